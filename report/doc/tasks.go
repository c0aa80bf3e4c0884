package doc

import (
	"fmt"
	"regexp"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// taskStats are the key tasks' counts for the templates: eval's counts
// (Summary.Tasks) and the lists the report prints.
type taskStats struct {
	eval.TaskGroup
	// Reported is Total − NoReport.
	Reported int
	// KeyBehind are the key tasks behind (a major problem each),
	// OtherBehind the other tasks behind, KeyNoReport the key tasks not
	// reported.
	KeyBehind, OtherBehind, KeyNoReport []*eval.TaskResult
}

func (b *builder) taskStats() taskStats {
	s := taskStats{TaskGroup: b.res.Summary.Tasks}
	s.Reported = s.Total - s.NoReport
	for i := range b.res.Tasks {
		t := &b.res.Tasks[i]
		if t.Key && t.Progress == "" {
			s.KeyNoReport = append(s.KeyNoReport, t)
		}
		switch {
		case t.Behind && t.Key:
			s.KeyBehind = append(s.KeyBehind, t)
		case t.Behind:
			s.OtherBehind = append(s.OtherBehind, t)
		}
	}
	return s
}

// projectStats are the major projects' counts and investment for the
// templates: eval's (Summary.Projects: Total, Investment, Planned,
// Completed, Share), the counts of its statuses, and the projects behind.
type projectStats struct {
	eval.ProjectSummary
	OnTrack, Behind, NoData int
	// Late are the projects behind, a major problem each.
	Late []*eval.ProjectResult
}

func (b *builder) projectStats() projectStats {
	s := projectStats{ProjectSummary: b.res.Summary.Projects}
	for _, c := range s.ByStatus {
		switch c.Status {
		case model.ProjectOnTrack:
			s.OnTrack = c.N
		case model.ProjectBehind:
			s.Behind = c.N
		case model.ProjectNoData:
			s.NoData = c.N
		}
	}
	for i := range b.res.Projects {
		if p := &b.res.Projects[i]; p.Status == model.ProjectBehind {
			s.Late = append(s.Late, p)
		}
	}
	return s
}

// chapter is a chapter's task counts with its number (第三章).
type chapter struct {
	eval.TaskGroup
	No string
}

// chapterNumber is the 第三章 that starts a chapter's name.
var chapterNumber = regexp.MustCompile(`^第[一二三四五六七八九十百零〇两0-9]+[章篇]`)

// tasks is 三、重点任务实施情况: the counts, then by chapter the chart and
// the table, then the tasks behind.
func (b *builder) tasks() *Section {
	s := b.part(b.parts.Tasks, b.title("title.tasks"))
	n := b.parts.tasksN
	st := b.taskStats()
	type taskData struct {
		base
		Tasks taskStats
	}
	s.Blocks = b.paras(Body, "doc_tasks.tmpl", taskData{b.base(), st})

	one := b.section(1, b.title("title.tasks.chapters"))
	data := struct {
		base
		Tasks                               taskStats
		Chapters, AllGood, Lagging, Missing []chapter
		Figure, Table                       string
	}{base: b.base(), Tasks: st}
	for _, g := range b.res.TaskChapters {
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
	if len(data.Chapters) > 0 {
		data.Figure = b.figureNumber(n)
		data.Table = b.tableNumber(n)
	}
	one.Blocks = b.paras(Body, "doc_task_chapters.tmpl", data)
	if len(data.Chapters) > 0 {
		one.Blocks = append(one.Blocks, &Figure{
			Number:  data.Figure,
			Caption: b.title("doc_caption_tasks.tmpl"),
			Size:    Full,
			Chart:   normalizeChart(b.res.TaskChart),
		}, b.chapterTable(data.Table))
	}
	two := b.section(2, b.title("title.tasks.behind"))
	two.Blocks = b.paras(Body, "doc_tasks_behind.tmpl", taskData{b.base(), st})
	if len(st.KeyBehind) > 0 {
		two.Blocks = append(two.Blocks, b.behindTable(n, b.title("table.tasks.key.behind"), st.KeyBehind))
	}
	if len(st.OtherBehind) > 0 {
		two.Blocks = append(two.Blocks, b.behindTable(n, b.title("table.tasks.other.behind"), st.OtherBehind))
	}
	s.Sections = append(s.Sections, one, two)
	return s
}

// chapterTable is 章 | 任务数 | a column for each progress | 进展顺利占比,
// with a total row.
func (b *builder) chapterTable(number string) *Table {
	t := &Table{Number: number, Title: b.title("table.chapters"), Keep: true, Columns: []Column{
		{b.title("col.chapter"), NameCol}, {b.title("col.tasks"), NumberCol},
	}}
	head := []Cell{{Text: t.Columns[0].Title}, {Text: t.Columns[1].Title}}
	for _, p := range progressStates {
		t.Columns = append(t.Columns, Column{b.progressLabel(p), NumberCol})
		head = append(head, Cell{Text: b.progressLabel(p), Task: true, Progress: p})
	}
	t.Columns = append(t.Columns, Column{b.title("col.smooth.share"), NumberCol})
	head = append(head, Cell{Text: t.Columns[len(t.Columns)-1].Title})
	t.Header = [][]Cell{head}
	line := func(name string, g eval.TaskGroup, bold bool) Row {
		cells := []Cell{{Text: name, Bold: bold}, {Text: fmt.Sprint(g.Total), Bold: bold}}
		for _, p := range progressStates {
			c := Cell{Text: "—", Bold: bold}
			if k := groupCount(g, p); k > 0 {
				c.Text = fmt.Sprint(k)
			}
			cells = append(cells, c)
		}
		share := "—"
		if g.Total > g.NoReport {
			share = zh.Pct(g.Share)
		}
		return Row{Cells: append(cells, Cell{Text: share, Bold: bold})}
	}
	for _, g := range b.res.TaskChapters {
		name := g.Name
		if name == "" {
			name = g.ID
		}
		t.Rows = append(t.Rows, line(orDash(name), g, false))
	}
	if len(b.res.TaskChapters) > 1 {
		t.Rows = append(t.Rows, line(b.title("row.total"), b.res.Summary.Tasks, true))
	}
	return t
}

// behindTable lists tasks behind: 任务 | 牵头部门 | 计划节点 | 进展 | 进展说明.
func (b *builder) behindTable(part int, title string, tasks []*eval.TaskResult) *Table {
	t := &Table{Number: b.tableNumber(part), Title: title, Columns: []Column{
		{b.title("col.task"), NameCol}, {b.title("col.lead"), NameCol},
		{b.label("col.milestone", b.res.Year), TextCol},
		{b.title("col.progress"), StatusCol}, {b.title("col.progress.text"), TextCol},
	}}
	sample := false
	for _, tk := range tasks {
		progress := b.taskCell(tk)
		if finite(tk.Share) {
			progress.Text = b.label("task.progress.share", struct {
				Label string
				Share float64
			}{progress.Text, *tk.Share})
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: b.label("task.name", tk), Sample: tk.Sample}, {Text: orDash(tk.LeadName)}, {Text: orDash(tk.Milestone)},
			progress, {Text: orDash(tk.Text)},
		}})
		sample = sample || tk.Sample
	}
	b.footnote(t, sample)
	return t
}

// projects is 四、重大项目推进情况: the counts and investment, the table,
// and the projects behind named once (存在的主要问题 describes them).
func (b *builder) projects() *Section {
	s := b.part(b.parts.Projects, b.title("title.projects"))
	n := b.parts.projectsN
	st := b.projectStats()
	data := struct {
		base
		Projects projectStats
	}{b.base(), st}
	s.Blocks = b.paras(Body, "doc_projects.tmpl", data)
	s.Blocks = append(s.Blocks, b.projectTable(n, st))
	return s
}

// projectTable is 项目 | 牵头部门 | 总投资 | 计划累计投资 | 完成累计投资 |
// 完成比例 | 年度节点 | 状态, with a total row.
func (b *builder) projectTable(part int, st projectStats) *Table {
	t := &Table{Number: b.tableNumber(part), Title: b.title("table.projects"), Keep: true, Columns: []Column{
		{b.title("col.project"), NameCol}, {b.title("col.lead"), NameCol},
		{b.title("col.investment"), NumberCol}, {b.title("col.planned"), NumberCol}, {b.title("col.completed"), NumberCol},
		{b.title("col.share"), NumberCol}, {b.label("col.project.milestone", b.res.Year), TextCol},
		{b.title("col.status"), StatusCol},
	}}
	sample := false
	for i := range b.res.Projects {
		p := &b.res.Projects[i]
		completed := "—"
		if finite(p.Completed) {
			completed = zh.Num(*p.Completed)
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: b.label("project.name", p), Sample: p.Sample}, {Text: orDash(p.LeadName)}, {Text: zh.Num(p.Investment)},
			{Text: zh.Num(p.Planned)}, {Text: completed}, {Text: pctOr(p.Share)},
			{Text: b.label("doc_milestone.tmpl", p)}, b.projectCell(p),
		}})
		sample = sample || p.Sample
	}
	if len(b.res.Projects) > 1 {
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: b.title("row.total"), Bold: true}, {}, {Text: zh.Num(st.Investment), Bold: true},
			{Text: zh.Num(st.Planned), Bold: true}, {Text: zh.Num(st.Completed), Bold: true},
			{Text: pctOr(st.Share), Bold: true}, {}, {},
		}})
	}
	b.footnote(t, sample)
	return t
}
