package xlsx

import (
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
)

// The sheets of key tasks and major projects, as report/sheet reads them.
const (
	sheetTasks    = "重点任务"
	sheetProjects = "重大项目"
)

var (
	taskColumns = []column{
		{"任务编号", 10}, {"任务名称", 36}, {"年份", 8}, {"进展状态", 12}, {"完成比例", 10},
		{"进展说明", 56}, {"填报单位", 22}, {"数据来源", 22}, {"计划节点", 44},
	}
	projectColumns = []column{
		{"项目编号", 10}, {"项目名称", 36}, {"年份", 8}, {"完成投资", 10}, {"形象进度", 30},
		{"节点完成", 10}, {"说明", 36}, {"填报单位", 22}, {"数据来源", 22}, {"计划投资", 10}, {"计划节点", 30},
	}
	progressChoices = []string{"已完成", "按计划推进", "滞后", "未启动"}
)

// taskLine is one row of 重点任务: a report, or an empty row of a template.
type taskLine struct {
	task *model.Task
	year int
	rep  *model.TaskReport
}

// writeTasks writes 重点任务 when the plan has tasks: every report of the
// dataset, in the plan's order then by year, and an empty row for each task
// (of the layout's department) and template year without a report. The 计划节点
// column, which the reader ignores, shows the milestone due that year.
func (b *book) writeTasks(in *input) {
	p := in.p
	if len(p.Tasks) == 0 || (len(in.tasks) == 0 && len(in.lay.years) == 0) {
		return
	}
	byID := map[string][]model.TaskReport{}
	for _, r := range in.tasks {
		byID[r.ID] = append(byID[r.ID], r)
	}
	var lines []taskLine
	for i := range p.Tasks {
		t := &p.Tasks[i]
		reps := byID[t.ID]
		sort.SliceStable(reps, func(a, c int) bool { return reps[a].Year < reps[c].Year })
		have := map[int]bool{}
		for j := range reps {
			have[reps[j].Year] = true
			lines = append(lines, taskLine{task: t, year: reps[j].Year, rep: &reps[j]})
		}
		if in.lay.dept != "" && t.Lead != in.lay.dept {
			continue
		}
		for _, y := range in.lay.years {
			if !have[y] {
				lines = append(lines, taskLine{task: t, year: y})
			}
		}
	}
	b.sheet(sheetTasks)
	b.header(sheetTasks, taskColumns, len(lines))
	for i, l := range lines {
		r := i + 2
		b.set(sheetTasks, 1, r, l.task.ID)
		b.set(sheetTasks, 2, r, l.task.Title)
		b.set(sheetTasks, 3, r, l.year)
		reporter := p.DepartmentName(l.task.Lead)
		if x := l.rep; x != nil {
			b.set(sheetTasks, 4, r, x.Progress.Label())
			if x.Share != nil {
				b.set(sheetTasks, 5, r, *x.Share)
			}
			b.set(sheetTasks, 6, r, text(x.Text))
			if x.Reporter != "" {
				reporter = x.Reporter
			}
			b.set(sheetTasks, 8, r, text(x.Source))
		}
		b.set(sheetTasks, 7, r, text(reporter))
		b.setStyled(sheetTasks, 9, r, text(l.task.Milestones[l.year]), cellStyle{grey: true})
	}
	if in.lay.validate && len(lines) > 0 {
		b.listValidation(sheetTasks, 4, 2, len(lines)+1, progressChoices)
	}
}

// projectLine is one row of 重大项目.
type projectLine struct {
	pj   *model.Project
	year int
	rep  *model.ProjectReport
}

// writeProjects writes 重大项目 as writeTasks writes 重点任务, with the year's
// planned investment and milestone beside each row.
func (b *book) writeProjects(in *input) {
	p := in.p
	if len(p.Projects) == 0 || (len(in.projects) == 0 && len(in.lay.years) == 0) {
		return
	}
	byID := map[string][]model.ProjectReport{}
	for _, r := range in.projects {
		byID[r.ID] = append(byID[r.ID], r)
	}
	var lines []projectLine
	for i := range p.Projects {
		pj := &p.Projects[i]
		reps := byID[pj.ID]
		sort.SliceStable(reps, func(a, c int) bool { return reps[a].Year < reps[c].Year })
		have := map[int]bool{}
		for j := range reps {
			have[reps[j].Year] = true
			lines = append(lines, projectLine{pj: pj, year: reps[j].Year, rep: &reps[j]})
		}
		if in.lay.dept != "" && pj.Lead != in.lay.dept {
			continue
		}
		for _, y := range in.lay.years {
			if !have[y] {
				lines = append(lines, projectLine{pj: pj, year: y})
			}
		}
	}
	b.sheet(sheetProjects)
	b.header(sheetProjects, projectColumns, len(lines))
	for i, l := range lines {
		r := i + 2
		b.set(sheetProjects, 1, r, l.pj.ID)
		b.set(sheetProjects, 2, r, l.pj.Name)
		b.set(sheetProjects, 3, r, l.year)
		reporter := p.DepartmentName(l.pj.Lead)
		if x := l.rep; x != nil {
			if x.Investment != nil {
				b.set(sheetProjects, 4, r, *x.Investment)
			}
			b.set(sheetProjects, 5, r, text(x.Milestone))
			if x.Reached != nil {
				yes := "否"
				if *x.Reached {
					yes = "是"
				}
				b.set(sheetProjects, 6, r, yes)
			}
			b.set(sheetProjects, 7, r, text(x.Note))
			if x.Reporter != "" {
				reporter = x.Reporter
			}
			b.set(sheetProjects, 9, r, text(x.Source))
		}
		b.set(sheetProjects, 8, r, text(reporter))
		if py, ok := l.pj.Years[l.year]; ok {
			b.setStyled(sheetProjects, 10, r, py.Investment, cellStyle{grey: true})
			b.setStyled(sheetProjects, 11, r, text(py.Milestone), cellStyle{grey: true})
		}
	}
	if in.lay.validate && len(lines) > 0 {
		b.listValidation(sheetProjects, 6, 2, len(lines)+1, []string{"是", "否"})
	}
}

// listValidation offers choices in a drop-down on rows r1..r2 of column col;
// other entries are refused, since the reader accepts only these words.
func (b *book) listValidation(sheet string, col, r1, r2 int, choices []string) {
	if b.err != nil {
		return
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = cellName(col, r1) + ":" + cellName(col, r2)
	if b.err = dv.SetDropList(choices); b.err != nil {
		return
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "请从列表中选择", "请填写:"+strings.Join(choices, "、"))
	b.err = b.f.AddDataValidation(sheet, dv)
}
