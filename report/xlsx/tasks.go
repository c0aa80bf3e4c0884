package xlsx

import (
	"fmt"
	"sort"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// The sheets of key tasks and major projects, as report/sheet reads them.
const (
	sheetTasks    = "重点任务"
	sheetProjects = "重大项目"
)

var (
	taskColumns = []column{
		{"任务编号", 10}, {"任务名称", 36}, {colYear, 8}, {colTaskProgress, 12}, {colTaskShare, 10},
		{colTaskText, 56}, {colReporter, 22}, {colSource, 22}, {"计划节点", 44},
	}
	projectColumns = []column{
		{"项目编号", 10}, {"项目名称", 36}, {colYear, 8}, {colProjectInvest, 10}, {colProjectReport, 30},
		{colProjectReached, 10}, {"说明", 36}, {colReporter, 22}, {colSource, 22}, {"计划投资", 10}, {"计划节点", 30},
	}
)

// progressChoices are the states a department reports on 重点任务, in
// the words report/sheet reads (model.Progresses).
func progressChoices() []string {
	var out []string
	for _, p := range model.Progresses() {
		out = append(out, p.Label())
	}
	return out
}

// The columns of 重点任务 and 重大项目 that 任务评估 and 项目评估 show
// through formulas.
const (
	colTaskProgress   = "进展状态"
	colTaskShare      = "完成比例"
	colTaskText       = "进展说明"
	colProjectInvest  = "完成投资"
	colProjectReport  = "形象进度"
	colProjectReached = "节点完成"
)

// taskLine is one row of 重点任务: a report, or an empty row of a template.
type taskLine struct {
	task *eval.InputTask
	year int
	rep  *model.TaskReport
}

// taskLines plans 重点任务: every report, in the plan's order then by year,
// and an empty row for each task (of the layout's department) and layout
// year without one. A report of a task the plan (all) does not list is an
// error naming the task and the year, since the sheet must hold every
// report; one of a task outside src is left out.
func taskLines(planID string, src, all *eval.Inputs, lay inputLayout) ([]taskLine, error) {
	byID := map[string][]model.TaskReport{}
	own := newIDs(len(src.Tasks), func(i int) string { return src.Tasks[i].ID })
	known := newIDs(len(all.Tasks), func(i int) string { return all.Tasks[i].ID })
	for _, r := range src.TaskReports {
		i, ok := own.find(r.ID)
		if !ok {
			if _, ok := known.find(r.ID); ok {
				continue
			}
			return nil, fmt.Errorf("task %q (%d年) is not in the plan %q; check the id against plan.yaml's tasks", r.ID, r.Year, planID)
		}
		id := src.Tasks[i].ID
		byID[id] = append(byID[id], r)
	}
	var lines []taskLine
	for i := range src.Tasks {
		t := &src.Tasks[i]
		reps := byID[t.ID]
		have := map[int]bool{}
		var own []taskLine
		for j := range reps {
			have[reps[j].Year] = true
			own = append(own, taskLine{task: t, year: reps[j].Year, rep: &reps[j]})
		}
		if lay.dept == "" || t.Lead == lay.dept {
			for _, y := range lay.years {
				if !have[y] {
					own = append(own, taskLine{task: t, year: y})
				}
			}
		}
		sort.SliceStable(own, func(a, c int) bool { return own[a].year < own[c].year })
		lines = append(lines, own...)
	}
	return lines, nil
}

// writeTasks writes 重点任务, as planned, when the plan has tasks and there
// are reports or template years. The 计划节点 column, which the reader
// ignores, shows the milestone due that year.
func (b *book) writeTasks(in *input) {
	if len(in.src.Tasks) == 0 || (len(in.src.TaskReports) == 0 && len(in.lay.years) == 0) {
		return
	}
	lines := in.taskLines
	at := func(name string) int { return colIndex(taskColumns, name) }
	b.sheet(sheetTasks)
	b.header(sheetTasks, taskColumns, len(lines))
	for i, l := range lines {
		r := i + 2
		b.set(sheetTasks, at("任务编号"), r, l.task.ID)
		b.set(sheetTasks, at("任务名称"), r, l.task.Title)
		b.set(sheetTasks, at(colYear), r, l.year)
		reporter := l.task.LeadName
		if x := l.rep; x != nil {
			b.set(sheetTasks, at(colTaskProgress), r, x.Progress.Label())
			if x.Share != nil {
				b.set(sheetTasks, at(colTaskShare), r, *x.Share)
			}
			b.set(sheetTasks, at(colTaskText), r, text(x.Text))
			if x.Reporter != "" {
				reporter = x.Reporter
			}
			b.set(sheetTasks, at(colSource), r, text(x.Source))
		}
		b.set(sheetTasks, at(colReporter), r, text(reporter))
		b.setStyled(sheetTasks, at("计划节点"), r, text(l.task.Milestones[l.year]), cellStyle{grey: true})
	}
	if in.lay.validate {
		b.listValidation(sheetTasks, at(colTaskProgress), progressChoices())
	}
}

// projectLine is one row of 重大项目.
type projectLine struct {
	pj   *eval.InputProject
	year int
	rep  *model.ProjectReport
}

// projectLines plans 重大项目 as taskLines plans 重点任务.
func projectLines(planID string, src, all *eval.Inputs, lay inputLayout) ([]projectLine, error) {
	byID := map[string][]model.ProjectReport{}
	own := newIDs(len(src.Projects), func(i int) string { return src.Projects[i].ID })
	known := newIDs(len(all.Projects), func(i int) string { return all.Projects[i].ID })
	for _, r := range src.ProjectReports {
		i, ok := own.find(r.ID)
		if !ok {
			if _, ok := known.find(r.ID); ok {
				continue
			}
			return nil, fmt.Errorf("project %q (%d年) is not in the plan %q; check the id against plan.yaml's projects", r.ID, r.Year, planID)
		}
		id := src.Projects[i].ID
		byID[id] = append(byID[id], r)
	}
	var lines []projectLine
	for i := range src.Projects {
		pj := &src.Projects[i]
		reps := byID[pj.ID]
		have := map[int]bool{}
		var own []projectLine
		for j := range reps {
			have[reps[j].Year] = true
			own = append(own, projectLine{pj: pj, year: reps[j].Year, rep: &reps[j]})
		}
		if lay.dept == "" || pj.Lead == lay.dept {
			for _, y := range lay.years {
				if !have[y] {
					own = append(own, projectLine{pj: pj, year: y})
				}
			}
		}
		sort.SliceStable(own, func(a, c int) bool { return own[a].year < own[c].year })
		lines = append(lines, own...)
	}
	return lines, nil
}

// writeProjects writes 重大项目 as writeTasks writes 重点任务, with the year's
// planned investment and milestone beside each row.
func (b *book) writeProjects(in *input) {
	if len(in.src.Projects) == 0 || (len(in.src.ProjectReports) == 0 && len(in.lay.years) == 0) {
		return
	}
	lines := in.projectLines
	at := func(name string) int { return colIndex(projectColumns, name) }
	b.sheet(sheetProjects)
	b.header(sheetProjects, projectColumns, len(lines))
	for i, l := range lines {
		r := i + 2
		b.set(sheetProjects, at("项目编号"), r, l.pj.ID)
		b.set(sheetProjects, at("项目名称"), r, l.pj.Name)
		b.set(sheetProjects, at(colYear), r, l.year)
		reporter := l.pj.LeadName
		if x := l.rep; x != nil {
			if x.Investment != nil {
				b.set(sheetProjects, at(colProjectInvest), r, *x.Investment)
			}
			b.set(sheetProjects, at(colProjectReport), r, text(x.Milestone))
			if x.Reached != nil {
				b.set(sheetProjects, at(colProjectReached), r, yesNo(*x.Reached))
			}
			b.set(sheetProjects, at("说明"), r, text(x.Note))
			if x.Reporter != "" {
				reporter = x.Reporter
			}
			b.set(sheetProjects, at(colSource), r, text(x.Source))
		}
		b.set(sheetProjects, at(colReporter), r, text(reporter))
		if py, ok := l.pj.Years[l.year]; ok {
			b.setStyled(sheetProjects, at("计划投资"), r, py.Investment, cellStyle{grey: true})
			b.setStyled(sheetProjects, at("计划节点"), r, text(py.Milestone), cellStyle{grey: true})
		}
	}
	if in.lay.validate {
		b.listValidation(sheetProjects, at(colProjectReached), []string{"是", "否"})
	}
}

// yesNo is a yes/no answer as the sheets write it.
func yesNo(v bool) string {
	if v {
		return "是"
	}
	return "否"
}

// listValidation offers choices in a drop-down on column col, below the
// header down to the sheet's last row, so that rows inserted or added keep
// it; other entries are refused, since the reader accepts only these
// words.
func (b *book) listValidation(sheet string, col int, choices []string) {
	if b.err != nil {
		return
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = wholeColumn(col)
	if b.err = dv.SetDropList(choices); b.err != nil {
		return
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, b.say("xlsx_list_error_title", view{X: choices}), b.say("xlsx_list_error", view{X: choices}))
	b.err = b.f.AddDataValidation(sheet, dv)
}
