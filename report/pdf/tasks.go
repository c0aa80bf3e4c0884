package pdf

import (
	"fmt"
	"regexp"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
	"plancheck/report/zh"
)

// The parts of 重点任务实施情况.
var taskParts = [...]string{"（一）分章节实施情况", "（二）进展滞后的任务"}

// noReport is the label of a task without a report for the year.
const noReport = "未报送"

// taskStats counts the key tasks by the progress reported for the year,
// for the templates.
type taskStats struct {
	Total      int // tasks of the plan (of the department, in its report)
	Key        int // tasks the evaluation singles out (key: true)
	Reported   int
	Done       int
	OnSchedule int
	Behind     int // reported 滞后
	NotStarted int
	NoReport   int
	// Share is (Done + OnSchedule) / Reported, the share 进展顺利; 0 when
	// nothing is reported.
	Share float64

	// KeyBehind are the key tasks behind (reported 滞后 or 未启动 while a
	// milestone was due: eval.TaskResult.Behind), a major problem each;
	// OtherBehind the other tasks behind; KeyNoReport the key tasks not
	// reported.
	KeyBehind, OtherBehind, KeyNoReport []*eval.TaskResult
	// Sample are the tasks with a sample lead, milestone or report.
	Sample []*eval.TaskResult
}

func (d *legacy) taskStats() taskStats {
	var s taskStats
	for i := range d.res.Tasks {
		t := &d.res.Tasks[i]
		s.Total++
		if t.Key {
			s.Key++
		}
		switch t.Progress {
		case model.Done:
			s.Done++
		case model.OnSchedule:
			s.OnSchedule++
		case model.Behind:
			s.Behind++
		case model.NotStarted:
			s.NotStarted++
		default:
			s.NoReport++
			if t.Key {
				s.KeyNoReport = append(s.KeyNoReport, t)
			}
		}
		switch {
		case t.Behind && t.Key:
			s.KeyBehind = append(s.KeyBehind, t)
		case t.Behind:
			s.OtherBehind = append(s.OtherBehind, t)
		}
	}
	s.Reported = s.Total - s.NoReport
	if s.Reported > 0 {
		s.Share = float64(s.Done+s.OnSchedule) / float64(s.Reported)
	}
	s.Sample = d.sampleTasks
	return s
}

// projectStats counts the major projects by status and sums their
// investment, for the templates.
type projectStats struct {
	Total, OnTrack, Behind, NoData int
	// Investment is the projects' total planned investment, Planned what
	// the plan expected by the end of the year and Completed what was
	// reported done by then (projects without a report count nothing), in
	// 亿元; Share is Completed / Planned, nil when nothing is planned or
	// reported.
	Investment, Planned, Completed float64
	Share                          *float64
	// Late are the projects behind, a major problem each; Sample the
	// projects with a sample plan or report.
	Late, Sample []*eval.ProjectResult
}

// The project statuses of eval.ProjectResult.Status.
const (
	projectOnTrack = "on_track"
	projectBehind  = "behind"
)

func (d *legacy) projectStats() projectStats {
	var s projectStats
	reported := false
	for i := range d.res.Projects {
		p := &d.res.Projects[i]
		s.Total++
		switch p.Status {
		case projectOnTrack:
			s.OnTrack++
		case projectBehind:
			s.Behind++
			s.Late = append(s.Late, p)
		default:
			s.NoData++
		}
		s.Investment += p.Investment
		s.Planned += p.Planned
		if finite(p.Completed) {
			s.Completed += *p.Completed
			reported = true
		}
	}
	if reported && s.Planned > 0 {
		share := s.Completed / s.Planned
		s.Share = &share
	}
	s.Sample = d.sampleProjects
	return s
}

// sectionNote sets a section's note on sample values, when the template
// says anything.
func (d *legacy) sectionNote(name string, data any) error {
	s, err := d.execute(name, data)
	if err != nil {
		return err
	}
	for _, p := range paragraphs(s) {
		d.noteBox(p, 9.5)
	}
	return nil
}

// tasks is 三、重点任务实施情况: the counts, the chart and the table by
// chapter, and the tasks behind by name.
func (d *legacy) tasks() error {
	d.heading(0, d.heading0(titleTasks), 60)
	st := d.taskStats()
	if err := d.sectionNote("sample_tasks.tmpl", struct {
		common
		Tasks taskStats
	}{d.common(), st}); err != nil {
		return err
	}
	if err := d.paragraphs("tasks.tmpl", struct {
		common
		Tasks taskStats
	}{d.common(), st}); err != nil {
		return err
	}

	d.heading(1, taskParts[0], 40)
	chapters := d.res.TaskChapters
	data := struct {
		common
		Tasks                               taskStats
		Chapters, AllGood, Lagging, Missing []chapter
		Figure, Table                       string
	}{common: d.common(), Tasks: st}
	for _, g := range chapters {
		c := chapter{TaskGroup: g, No: chapterNumber.FindString(g.Name)}
		if c.No == "" {
			c.No = g.Name
		}
		data.Chapters = append(data.Chapters, c)
		if g.Total > 0 && g.Done+g.OnSchedule == g.Total {
			data.AllGood = append(data.AllGood, c)
		}
		if g.Behind+g.NotStarted > 0 {
			data.Lagging = append(data.Lagging, c)
		}
		if g.NoReport > 0 {
			data.Missing = append(data.Missing, c)
		}
	}
	chart := d.opts.DrawTasks != nil && len(chapters) > 0
	if chart {
		data.Figure = d.figure(d.tasksN)
	}
	if len(chapters) > 0 {
		data.Table = d.table(d.tasksN)
	}
	if err := d.paragraphs("task_chapters.tmpl", data); err != nil {
		return err
	}
	if chart {
		// 7.5 mm a chapter and 16 mm for the legend and the axis.
		w, h := d.textWidth(), min(16+7.5*float64(len(chapters)), 200)
		caption, err := d.execute("caption_tasks.tmpl", struct {
			common
			Number string
		}{d.common(), data.Figure})
		if err != nil {
			return err
		}
		ls := d.layout(plain(caption), captionStyle)
		d.ensure(h + 2 + float64(len(ls))*captionStyle.lead)
		if err := d.chart(d.left(), d.y, w, h, func(c Canvas, w, h float64) error {
			return d.opts.DrawTasks(c, d.res, w, h)
		}); err != nil {
			return fmt.Errorf("tasks chart: %w", err)
		}
		d.y += h + 2
		d.block(caption, captionStyle)
		d.y += 3
	}
	d.drawTable(d.chapterTable(data.Table, chapters))

	d.heading(1, taskParts[1], 30)
	if err := d.paragraphs("tasks_behind.tmpl", struct {
		common
		Tasks taskStats
	}{d.common(), st}); err != nil {
		return err
	}
	d.drawTable(d.behindTable("进展滞后的重点关注任务", st.KeyBehind))
	d.drawTable(d.behindTable("其他进展滞后的任务", st.OtherBehind))
	return nil
}

// chapter is a chapter's task counts with its number (第三章), for
// task_chapters.tmpl.
type chapter struct {
	eval.TaskGroup
	No string
}

// chapterNumber is the 第三章 that starts a chapter's name.
var chapterNumber = regexp.MustCompile(`^第[一二三四五六七八九十百零〇两0-9]+[章篇]`)

// progressStates are the columns of the chapter table: the reported
// progress, best first, then 未报送 ("").
var progressStates = []model.Progress{model.Done, model.OnSchedule, model.Behind, model.NotStarted, ""}

// progressLabel is a progress's label, 未报送 for none.
func progressLabel(p model.Progress) string {
	if p == "" {
		return noReport
	}
	return p.Label()
}

// progressCell is a task's progress: its marker and label in its colour.
func progressCell(p model.Progress) cell {
	return cell{text: string(style.TaskMarker(p)) + progressLabel(p), color: style.TaskColor(p)}
}

func groupCount(g eval.TaskGroup, p model.Progress) int {
	switch p {
	case model.Done:
		return g.Done
	case model.OnSchedule:
		return g.OnSchedule
	case model.Behind:
		return g.Behind
	case model.NotStarted:
		return g.NotStarted
	}
	return g.NoReport
}

// chapterTable is 章 | 任务数 | a column for each progress | 进展顺利占比,
// with a total row.
func (d *legacy) chapterTable(number string, chapters []eval.TaskGroup) *table {
	if len(chapters) == 0 {
		return &table{}
	}
	t := &table{number: number, title: "各章重点任务实施情况", keep: true, cols: []column{
		{title: "章", align: 'L', wrap: true, chars: 8}, {title: "任务数", align: 'C'},
	}}
	for _, p := range progressStates {
		// The marker over the label, the label in lines of at most three
		// characters, as the status columns of 表1-1.
		r := []rune(progressLabel(p))
		title := string(style.TaskMarker(p))
		for i := 0; i < len(r); i += 3 {
			title += "\n" + string(r[i:min(i+3, len(r))])
		}
		t.cols = append(t.cols, column{title: title, align: 'C'})
	}
	t.cols = append(t.cols, column{title: "进展顺利\n占比", align: 'C'})
	line := func(name string, g eval.TaskGroup, bold bool) row {
		cells := []cell{{text: name, bold: bold}, {text: fmt.Sprint(g.Total), bold: bold}}
		for _, p := range progressStates {
			c := cell{text: "—", color: grey, bold: bold}
			if k := groupCount(g, p); k > 0 {
				c = cell{text: fmt.Sprint(k), color: style.TaskColor(p), bold: bold}
			}
			cells = append(cells, c)
		}
		share := "—"
		if g.Total > g.NoReport {
			share = zh.Pct(float64(g.Done+g.OnSchedule) / float64(g.Total-g.NoReport))
		}
		return row{cells: append(cells, cell{text: share, bold: bold})}
	}
	var total eval.TaskGroup
	for _, g := range chapters {
		name := g.Name
		if name == "" {
			name = g.ID
		}
		t.rows = append(t.rows, line(orDash(name), g, false))
		total.Total += g.Total
		total.Done += g.Done
		total.OnSchedule += g.OnSchedule
		total.Behind += g.Behind
		total.NotStarted += g.NotStarted
		total.NoReport += g.NoReport
	}
	if len(chapters) > 1 {
		t.rows = append(t.rows, line("合计", total, true))
	}
	return t
}

// behindTable lists tasks behind: 任务 | 牵头部门 | 计划节点 | 进展 | 进展说明.
func (d *legacy) behindTable(title string, tasks []*eval.TaskResult) *table {
	if len(tasks) == 0 {
		return &table{}
	}
	t := &table{number: d.table(d.tasksN), title: title, cols: []column{
		{title: "任务", align: 'L', wrap: true, chars: 7}, {title: "牵头部门", align: 'L', wrap: true, chars: 5},
		{title: zh.Year(d.res.Year) + "\n计划节点", align: 'L', wrap: true, chars: 7},
		{title: "进展", align: 'C'}, {title: "进展说明", align: 'L', wrap: true, chars: 8},
	}}
	for _, tk := range tasks {
		progress := progressCell(tk.Progress)
		if finite(tk.Share) {
			progress.text += "\n完成" + zh.Num(*tk.Share) + "%"
		}
		t.rows = append(t.rows, row{cells: []cell{
			{text: tk.ID + " " + tk.Title}, {text: orDash(tk.LeadName)}, {text: orDash(tk.Milestone)},
			progress, {text: orDash(tk.Text)},
		}})
	}
	return t
}

// projects is 四、重大项目推进情况: the counts and investment, the table
// and the projects behind with their reasons.
func (d *legacy) projects() error {
	d.heading(0, d.heading0(titleProjects), 60)
	st := d.projectStats()
	if err := d.sectionNote("sample_projects.tmpl", struct {
		common
		Projects projectStats
	}{d.common(), st}); err != nil {
		return err
	}
	if err := d.paragraphs("projects.tmpl", struct {
		common
		Projects projectStats
	}{d.common(), st}); err != nil {
		return err
	}
	d.drawTable(d.projectTable(st))
	if len(st.Late) > 0 {
		if err := d.paragraphs("projects_behind.tmpl", struct {
			common
			Projects projectStats
		}{d.common(), st}); err != nil {
			return err
		}
	}
	for i, p := range st.Late {
		if err := d.paragraphs("project_behind.tmpl", struct {
			common
			N       int
			Project *eval.ProjectResult
		}{d.common(), i + 1, p}); err != nil {
			return fmt.Errorf("project %s: %w", p.ID, err)
		}
	}
	return nil
}

// projectStatus is a project's status cell, drawn as the indicator status
// it resembles.
func projectStatus(p *eval.ProjectResult) cell {
	var like eval.Status
	switch p.Status {
	case projectOnTrack:
		like = eval.OnTrack
	case projectBehind:
		like = eval.Lagging
	default:
		like = eval.NoData
	}
	label := p.StatusLabel
	if label == "" {
		label = p.Status.Label()
	}
	return cell{text: string(style.StatusMarker(like)) + label, color: style.StatusColor(like)}
}

// projectTable is 项目 | 牵头部门 | 总投资 | 计划累计投资 | 完成累计投资 |
// 完成比例 | 年度节点 | 形象进度 | 状态, with a total row.
func (d *legacy) projectTable(st projectStats) *table {
	if len(d.res.Projects) == 0 {
		return &table{}
	}
	Y := zh.Year(d.res.Year)
	t := &table{number: d.table(d.projectsN), title: "重大项目推进情况（投资单位：亿元）", size: 8.5, lead: 4.25, keep: true, cols: []column{
		{title: "项目", align: 'L', wrap: true, chars: 9}, {title: "牵头部门", align: 'L', wrap: true, chars: 4},
		{title: "总投资", align: 'R'}, {title: "计划累计\n投资", align: 'R'}, {title: "完成累计\n投资", align: 'R'},
		{title: "完成\n比例", align: 'R'}, {title: Y + "计划\n形象进度", align: 'L', wrap: true, chars: 6},
		{title: "状态", align: 'C'},
	}}
	for i := range d.res.Projects {
		p := &d.res.Projects[i]
		t.rows = append(t.rows, row{cells: []cell{
			{text: p.ID + " " + p.Name}, {text: orDash(p.LeadName)}, {text: zh.Num(p.Investment)},
			{text: zh.Num(p.Planned)}, {text: valueOr(p.Completed, "")}, {text: pctOr(p.Share)},
			milestoneCell(p), projectStatus(p),
		}})
	}
	if len(d.res.Projects) > 1 {
		t.rows = append(t.rows, row{cells: []cell{
			{text: "合计", bold: true}, {text: ""}, {text: zh.Num(st.Investment), bold: true},
			{text: zh.Num(st.Planned), bold: true}, {text: zh.Num(st.Completed), bold: true},
			{text: pctOr(st.Share), bold: true}, {text: ""}, {text: ""},
		}})
	}
	return t
}

// milestoneCell is the year's planned 形象进度 and what was reported of
// it: the milestone alone when it was reached as planned, with 未完成 when
// it was not, with the report when that says something else.
func milestoneCell(p *eval.ProjectResult) cell {
	if p.Milestone == "" {
		return cell{text: orDash(p.Reported)}
	}
	c := cell{text: p.Milestone}
	switch {
	case p.Reached != nil && !*p.Reached:
		c.text += "\n（未完成）"
		c.color = style.Vermillion
	case p.Reported != "" && p.Reported != p.Milestone:
		c.text += "\n报送：" + p.Reported
	case p.Reported == "" && p.Reached == nil:
		c.text += "\n（未报送）"
	}
	return c
}

// taskByID and projectByID find a task or project of the result.
func (d *legacy) taskByID(id string) *eval.TaskResult {
	for i := range d.res.Tasks {
		if d.res.Tasks[i].ID == id {
			return &d.res.Tasks[i]
		}
	}
	return nil
}

func (d *legacy) projectByID(id string) *eval.ProjectResult {
	for i := range d.res.Projects {
		if d.res.Projects[i].ID == id {
			return &d.res.Projects[i]
		}
	}
	return nil
}

// subject names what a problem or finding is about: 指标1 常住人口规模,
// 任务2.1.1 强化“四个中心”功能建设, 项目P05 ….
func subject(kind, id, name string) string {
	return strings.TrimSpace(kind + id + " " + name)
}
