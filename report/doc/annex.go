package doc

import (
	"fmt"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// annex is an annex (附表2) with its title.
func annex(number, title string) *Section {
	return &Section{Number: number, Title: title, Level: 1}
}

// indicatorAnnex is 附表1: every indicator with every year, the status,
// progress, pace, projection and what the remaining years need, by
// category. The projection's columns are left out in the target year.
func (b *builder) indicatorAnnex() *Section {
	s := annex(b.parts.IndicatorTable, b.title("title.annex.indicators"))
	s.Wide = true
	B, Y, T := b.res.Plan.BaseYear, b.res.Year, b.res.Plan.TargetYear
	t := &Table{Title: s.Title, Columns: []Column{
		{b.title("col.seq"), IDCol}, {b.title("col.indicator"), NameCol}, {b.title("col.attr"), TermCol},
		{b.title("col.target"), TermCol},
	}}
	for y := B; y <= Y; y++ {
		t.Columns = append(t.Columns, Column{zh.Year(y), NumberCol})
	}
	final := b.res.Stage == model.Final
	t.Columns = append(t.Columns, Column{b.title("col.status"), StatusCol}, Column{b.title("col.progress.share"), NumberCol})
	if final {
		// The final evaluation judges the target, not the pace: the years
		// a limit or requirement broke instead of the pace ratio.
		t.Columns = append(t.Columns, Column{b.title("col.broken"), TextCol})
	} else {
		t.Columns = append(t.Columns, Column{b.title("col.pace"), NumberCol})
	}
	projected := Y < T
	if projected {
		t.Columns = append(t.Columns, Column{b.label("col.projected", T), NumberCol},
			Column{b.title("col.band"), TermCol}, Column{b.title("col.required"), TextCol})
	}
	sample := false
	for _, g := range b.groups {
		t.Rows = append(t.Rows, Row{Group: true, Cells: []Cell{{
			Text: b.label("section.number", g.N) + Normalize(g.Name), Bold: true, Span: len(t.Columns)}}})
		for _, ind := range g.Indicators {
			cells := []Cell{{Text: Normalize(ind.ID)}, {Text: b.nameUnit(ind)}, {Text: b.attr(ind)}, {Text: orDash(ind.TargetText)}}
			for y := B; y <= Y; y++ {
				c := b.yearCell(ind, y)
				sample = sample || c.Sample
				cells = append(cells, c)
			}
			cells = append(cells, b.statusCell(ind), Cell{Text: pctOr(ind.Progress)})
			if final {
				cells = append(cells, Cell{Text: b.brokenYears(ind)})
			} else {
				cells = append(cells, Cell{Text: ratioOr(ind.PaceRatio)})
			}
			if projected {
				cells = append(cells, Cell{Text: b.number(ind, ind.Projected)}, bandCell(ind), Cell{Text: orDash(b.required(ind))})
			}
			t.Rows = append(t.Rows, Row{Cells: cells})
		}
	}
	b.footnote(t, sample)
	s.Blocks = []Block{t}
	return s
}

// brokenYears are the years a limit or requirement broke in the final
// evaluation (IndicatorResult.BrokenYears): 2023年、2025年; 无 for one
// met every year; "—" for the kinds without.
func (b *builder) brokenYears(ind *eval.IndicatorResult) string {
	switch {
	case len(ind.BrokenYears) > 0:
		return b.label("broken.years", ind.BrokenYears)
	case ind.Status.Final() && ind.Progress == nil:
		return b.title("broken.none")
	}
	return "—"
}

// dept is one lead department of 部门责任清单, as the templates see it.
type dept struct {
	Name       string
	Indicators []*eval.IndicatorResult
	Tasks      []*eval.TaskResult
	Projects   []*eval.ProjectResult
	// Problems are the problems about its items, as 存在的主要问题 lists
	// them.
	Problems []problem
	// D is the evaluation's account of the department: OnTrack of
	// Assessable items on track, Score.
	D eval.DepartmentResult
}

// depts lists the lead departments with their items, in the order of
// res.Departments.
func (b *builder) depts() []dept {
	inds := map[string]*eval.IndicatorResult{}
	for i := range b.res.Indicators {
		inds[b.res.Indicators[i].ID] = &b.res.Indicators[i]
	}
	tasks := map[string]*eval.TaskResult{}
	for i := range b.res.Tasks {
		tasks[b.res.Tasks[i].ID] = &b.res.Tasks[i]
	}
	projects := map[string]*eval.ProjectResult{}
	for i := range b.res.Projects {
		projects[b.res.Projects[i].ID] = &b.res.Projects[i]
	}
	var out []dept
	for _, dr := range b.res.Departments {
		dp := dept{Name: dr.Name, D: dr, Problems: b.problemsOf(dr.ID)}
		if dp.Name == "" {
			dp.Name = dr.ID
		}
		dp.Name = Normalize(dp.Name)
		for _, id := range dr.Indicators {
			if ind := inds[id]; ind != nil {
				dp.Indicators = append(dp.Indicators, ind)
			}
		}
		for _, id := range dr.Tasks {
			if t := tasks[id]; t != nil {
				dp.Tasks = append(dp.Tasks, t)
			}
		}
		for _, id := range dr.Projects {
			if p := projects[id]; p != nil {
				dp.Projects = append(dp.Projects, p)
			}
		}
		out = append(out, dp)
	}
	return out
}

// departments is 部门责任清单: per lead department, its indicators, tasks
// and projects with their state and problems, and what it reports next
// year.
func (b *builder) departments() *Section {
	s := annex(b.parts.Departments, b.title("title.annex.departments"))
	depts := b.depts()
	s.Blocks = b.paras(Body, "doc_departments.tmpl", struct {
		base
		Departments []dept
	}{b.base(), depts})
	t := &Table{Title: s.Title, Columns: []Column{
		{b.title("col.type"), TermCol}, {b.title("col.id"), IDCol}, {b.title("col.name"), NameCol},
		{b.label("col.year.state", b.res.Year), NumberCol}, {b.title("col.status"), StatusCol},
		{b.title("col.issues"), TextCol},
	}}
	issue := func(key string) Cell {
		if p := b.problemFor(key); p != nil {
			return Cell{Text: Normalize(strings.Join(p.Labels(), b.title("issues.sep")))}
		}
		return Cell{Text: "—"}
	}
	sample := false
	for _, dp := range depts {
		t.Rows = append(t.Rows, Row{Group: true, Cells: []Cell{{
			Text: b.label("doc_department.tmpl", struct {
				base
				dept
			}{b.base(), dp}), Bold: true, Span: len(t.Columns)}}})
		for _, ind := range dp.Indicators {
			v := b.yearCell(ind, b.res.Year)
			sample = sample || v.Sample
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: b.title("type.indicator")}, {Text: Normalize(ind.ID)}, {Text: b.nameUnit(ind)}, v,
				b.statusCell(ind), issue(subjectKey(ind.ID, "", "")),
			}})
		}
		for _, tk := range dp.Tasks {
			state := Cell{Text: "—"}
			if finite(tk.Share) {
				state.Text = b.label("task.share", *tk.Share)
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: b.title("type.task")}, {Text: Normalize(tk.ID)}, {Text: Normalize(tk.Title)}, state,
				b.taskCell(tk), issue(subjectKey("", tk.ID, "")),
			}})
		}
		for _, p := range dp.Projects {
			state := Cell{Text: "—"}
			switch {
			case finite(p.Share):
				state.Text = b.label("project.share", *p.Share)
			case finite(p.Completed):
				state.Text = b.label("project.completed", *p.Completed)
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: b.title("type.project")}, {Text: Normalize(p.ID)}, {Text: Normalize(p.Name)}, state,
				b.projectCell(p), issue(subjectKey("", "", p.ID)),
			}})
		}
		if next := b.label("doc_department_next.tmpl", struct {
			base
			nextYear
		}{b.base(), b.nextYear(dp)}); next != "" {
			t.Rows = append(t.Rows, Row{Note: true, Cells: []Cell{{Text: next, Span: len(t.Columns)}}})
		}
	}
	b.footnote(t, sample)
	s.Blocks = append(s.Blocks, t)
	return s
}

// nextYear is what a department reports next year, for
// doc_department_next.tmpl: eval's NextReport entries, and the ids of its
// indicators, tasks and projects that have one.
type nextYear struct {
	Year                        int
	Entries                     []eval.NextReport
	Indicators, Tasks, Projects []string
	// Own is set in a department's own report, where the entries are
	// printed in full.
	Own bool
}

func (b *builder) nextYear(dp dept) nextYear {
	n := nextYear{Year: b.res.Year + 1, Entries: dp.D.Next, Own: b.res.Department != nil}
	for _, e := range dp.D.Next {
		switch e.Subject {
		case eval.SubjectIndicator:
			n.Indicators = append(n.Indicators, e.ID)
		case eval.SubjectTask:
			n.Tasks = append(n.Tasks, e.ID)
		case eval.SubjectProject:
			n.Projects = append(n.Projects, e.ID)
		}
	}
	return n
}

// quality is 数据质量报告: every data-quality finding with where it is.
func (b *builder) quality() *Section {
	s := annex(b.parts.Quality, b.title("title.annex.quality"))
	var errs, warns []eval.Finding
	for _, f := range b.res.Quality {
		if f.Severity == eval.Error {
			errs = append(errs, f)
		} else {
			warns = append(warns, f)
		}
	}
	s.Blocks = b.paras(Body, "doc_quality.tmpl", struct {
		base
		Findings, Errors, Warnings []eval.Finding
	}{b.base(), b.res.Quality, errs, warns})
	if len(b.res.Quality) == 0 {
		return s
	}
	about := b.title("col.about.indicator")
	for _, f := range b.res.Quality {
		if f.Task != "" || f.Project != "" {
			about = b.title("col.about.any")
			break
		}
	}
	t := &Table{Title: s.Title, Columns: []Column{
		{b.title("col.seq"), IDCol}, {b.title("col.severity"), TermCol}, {about, NameCol},
		{b.title("col.year"), NumberCol}, {b.title("col.at"), TextCol}, {b.title("col.message"), TextCol},
	}}
	for i, f := range b.res.Quality {
		sev := f.Severity.Label()
		subject := orDash(b.subject(f))
		year := "—"
		if f.Year != 0 {
			year = zh.Year(f.Year)
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: fmt.Sprint(i + 1)}, {Text: sev}, {Text: subject}, {Text: year}, {Text: b.source(f.At)}, {Text: b.finding(f)},
		}})
	}
	s.Blocks = append(s.Blocks, t)
	return s
}

// subject names what a finding is about: subject.indicator, .task or
// .project of doc_labels.tmpl; "" for none.
func (b *builder) subject(f eval.Finding) string {
	switch {
	case f.Task != "":
		return b.label("subject.task", [2]string{f.Task, f.Name})
	case f.Project != "":
		return b.label("subject.project", [2]string{f.Project, f.Name})
	case f.Indicator != "":
		return b.label("subject.indicator", [2]string{f.Indicator, f.Name})
	}
	return ""
}

// finding is a data-quality finding's explanation, from its facts:
// finding.<code> of doc_findings.tmpl, else the code's label.
func (b *builder) finding(f eval.Finding) string {
	name := "finding." + string(f.Code)
	if !b.has(name) {
		return f.Code.Label()
	}
	return b.label(name, struct {
		base
		F    eval.Finding
		I    *eval.IndicatorResult // the finding's indicator, nil for none
		Task *eval.TaskResult      // the finding's task, nil for none
	}{b.base(), f, b.indicator(f.Indicator), b.task(f.Task)})
}

// method is 评估方法说明: doc_method.tmpl, with the formula of each method
// the plan's indicators are judged by (formula.<method> of
// doc_method_kinds.tmpl, one for every model.Methods).
func (b *builder) method() *Section {
	s := annex(b.parts.Method, b.title("title.annex.method"))
	used := map[model.Method]bool{}
	for _, ind := range b.res.Indicators {
		used[ind.Method] = true
	}
	var methods []model.Method
	for _, m := range model.Methods() {
		if used[m] {
			methods = append(methods, m)
		}
	}
	s.Blocks = b.paras(Body, "doc_method.tmpl", struct {
		base
		T       model.Thresholds
		Methods []model.Method
		J       eval.JudgmentRule
	}{b.base(), b.res.Thresholds, methods, b.res.Summary.JudgmentRule})
	return s
}
