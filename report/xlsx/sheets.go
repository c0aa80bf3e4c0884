package xlsx

import (
	"fmt"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// table writes a header row at row top and rows under it, sizes the
// columns to fit (between the given bounds), and puts a filter on it.
// Columns listed in wrap wrap their text; those in center are centred.
type table struct {
	sheet  string
	top    int
	heads  []string
	lo, hi []float64 // each column's narrowest and widest width
	wrap   map[int]bool
	center map[int]bool
	rows   [][]any
}

// write writes the table and returns the row after it.
func (b *book) table(t table) int {
	for j, h := range t.heads {
		b.setStyled(t.sheet, j+1, t.top, h, cellStyle{header: true, align: "center"})
	}
	ws := make([]float64, len(t.heads))
	for j := range ws {
		ws[j] = max(t.lo[j], textWidth(t.heads[j])+2)
	}
	for i, r := range t.rows {
		for j, v := range r {
			st := cellStyle{wrap: t.wrap[j], align: map[bool]string{true: "center"}[t.center[j]]}
			b.setStyled(t.sheet, j+1, t.top+1+i, v, st)
			if s, ok := v.(string); ok {
				ws[j] = max(ws[j], fitWidth(t.lo[j], t.hi[j], s))
			}
		}
	}
	b.widths(t.sheet, ws)
	for i, r := range t.rows {
		var texts []string
		var widths []float64
		for j, v := range r {
			if s, ok := v.(string); ok && t.wrap[j] {
				texts, widths = append(texts, s), append(widths, ws[j])
			}
		}
		b.fitRow(t.sheet, t.top+1+i, texts, widths)
	}
	if len(t.rows) > 0 && b.err == nil {
		b.err = b.f.AutoFilter(t.sheet, fmt.Sprintf("A%d:%s%d", t.top, colName(len(t.heads)), t.top+len(t.rows)), nil)
	}
	return t.top + 1 + len(t.rows)
}

// problems writes 重大问题: each major problem with the rules that found it.
func (rp *report) problems() {
	b := rp.b
	const sh = sheetProblems
	t := table{
		sheet: sh, top: 1,
		heads:  []string{"规则", "编号", "名称", "属性", "牵头部门", "状态", "说明"},
		lo:     []float64{16, 6, 16, 8, 12, 12, 30},
		hi:     []float64{30, 8, 30, 8, 20, 14, 70},
		wrap:   map[int]bool{0: true, 2: true, 6: true},
		center: map[int]bool{1: true, 3: true, 5: true},
	}
	progress := map[string]string{}
	for _, tr := range rp.res.Tasks {
		progress[tr.ID] = tr.ProgressLabel
	}
	state := map[string]string{}
	for _, pr := range rp.res.Projects {
		state[pr.ID] = pr.StatusLabel
	}
	for _, pr := range rp.res.Problems {
		// A problem is an indicator's, a key task's or a major project's;
		// 状态 is the indicator's status, the task's progress or the
		// project's status.
		id, kind, status := pr.Indicator, bindingLabel(pr.Binding), pr.Status.Label()
		switch {
		case pr.Task != "":
			id, kind, status = pr.Task, "重点任务", progress[pr.Task]
		case pr.Project != "":
			id, kind, status = pr.Project, "重大项目", state[pr.Project]
		}
		t.rows = append(t.rows, []any{rp.say("xlsx_problem_rules", pr), id, pr.Name, kind, pr.LeadName, text(status), text(rp.say("xlsx_problem", pr))})
	}
	end := b.table(t)
	if len(t.rows) == 0 {
		b.set(sh, 1, 2, rp.say("xlsx_problems_none", nil))
	} else {
		status := fmt.Sprintf("F2:F%d", end-1)
		b.statusRules(sh, status)
		b.labelRules(sh, status, progressColors)
		b.labelRules(sh, status, projectColors)
	}
	b.freeze(sh, 0, 1)
	b.printSetup(sh, 1, false)
}

// quality writes 数据质量: each finding, with the file, sheet and cell it
// is about.
func (rp *report) quality() {
	b := rp.b
	const sh = sheetQuality
	t := table{
		sheet: sh, top: 1,
		heads:  []string{"级别", "类别", "代码", "编号", "指标", "年份", "位置", "说明"},
		lo:     []float64{6, 12, 10, 6, 16, 7, 16, 30},
		hi:     []float64{6, 16, 20, 8, 30, 7, 40, 70},
		wrap:   map[int]bool{4: true, 6: true, 7: true},
		center: map[int]bool{0: true, 3: true, 5: true},
	}
	refs := map[string]string{}
	for _, r := range rp.in.src.References {
		refs[r.ID] = r.Name
	}
	for _, q := range rp.res.Quality {
		name := q.Name
		if name == "" && q.Indicator != "" {
			name = refs[q.Indicator] // a reference's finding
		}
		var year any
		if q.Year != 0 {
			year = q.Year
		}
		t.rows = append(t.rows, []any{q.Severity.Label(), rp.level(q.Code.Label()), q.Code, text(q.Indicator), text(name), year, text(q.At), text(rp.words.Finding(q))})
	}
	b.table(t)
	if len(t.rows) == 0 {
		b.set(sh, 1, 2, rp.say("xlsx_quality_none", nil))
	}
	b.freeze(sh, 0, 1)
	b.printSetup(sh, 1, false)
}

// departments writes 部门责任清单 from res.Departments: a line per lead
// department with its counts and score, then a table of every indicator,
// task and project it leads, one row each with its status and what the
// department must report next year, filtered by department or by type.
func (rp *report) departments() {
	b, res := rp.b, rp.res
	const sh = sheetDepts
	inds := map[string]*eval.IndicatorResult{}
	for i := range res.Indicators {
		inds[res.Indicators[i].ID] = &res.Indicators[i]
	}
	tasks := map[string]*eval.TaskResult{}
	for i := range res.Tasks {
		tasks[res.Tasks[i].ID] = &res.Tasks[i]
	}
	projects := map[string]*eval.ProjectResult{}
	for i := range res.Projects {
		projects[res.Projects[i].ID] = &res.Projects[i]
	}
	var depts []eval.DepartmentResult
	for _, d := range res.Departments {
		if len(d.Indicators)+len(d.Tasks)+len(d.Projects) > 0 {
			depts = append(depts, d)
		}
	}

	// The public edition has neither the scores (可评估, 进展正常, 综合得分,
	// and the note that defines them) nor what each department must report
	// next year (eval.ForEdition has left them out).
	public := res.Edition == model.Public
	nextHead := fmt.Sprintf("%s需报送", zh.Year(res.Year+1))
	b.setStyled(sh, 1, 1, rp.say("xlsx_departments_title", nil), cellStyle{title: true})
	heads := []string{"牵头部门", "牵头指标", "约束性", "重点任务", "重大项目", "可评估", "进展正常", "综合得分", "重大问题", nextHead}
	if public {
		heads = []string{"牵头部门", "牵头指标", "约束性", "重点任务", "重大项目", "重大问题"}
	} else {
		b.setStyled(sh, 1, 2, rp.say("xlsx_departments_note", nil), cellStyle{grey: true})
	}
	r := 4
	for j, h := range heads {
		b.setStyled(sh, j+1, r, h, cellStyle{header: true, align: "center"})
	}
	if b.err == nil {
		b.err = b.f.SetRowHeight(sh, r, 2*lineHeight+2)
	}
	var names []string // the summary's department names, row r−len+1.. r
	for _, d := range depts {
		r++
		name := rp.deptName(d)
		names = append(names, name)
		b.setStyled(sh, 1, r, name, cellStyle{wrap: true})
		if public {
			for j, n := range []int{len(d.Indicators), d.Binding, len(d.Tasks), len(d.Projects), d.Problems} {
				b.setStyled(sh, j+2, r, n, cellStyle{align: "center"})
			}
			continue
		}
		for j, n := range []int{len(d.Indicators), d.Binding, len(d.Tasks), len(d.Projects), d.Assessable, d.OnTrack} {
			b.setStyled(sh, j+2, r, n, cellStyle{align: "center"})
		}
		if d.Assessable > 0 {
			b.setStyled(sh, 8, r, d.Score, cellStyle{align: "center", numFmt: "0.0%"})
		}
		b.setStyled(sh, 9, r, d.Problems, cellStyle{align: "center"})
		b.setStyled(sh, 10, r, len(d.Next), cellStyle{align: "center"})
	}

	top := r + 2
	t := table{
		sheet: sh, top: top,
		heads:  []string{"牵头部门", "类型", "编号", "名称", "属性", "状态", "说明", nextHead, "配合部门", "备注"},
		lo:     []float64{16, 9, 8, 16, 8, 11, 18, 18, 12, 8},
		hi:     []float64{22, 9, 10, 26, 12, 12, 32, 36, 20, 24},
		wrap:   map[int]bool{0: true, 3: true, 6: true, 7: true, 8: true, 9: true},
		center: map[int]bool{1: true, 2: true, 4: true, 5: true},
	}
	partners := func(names []string) any { return text(strings.Join(names, "、")) }
	for _, d := range depts {
		name := rp.deptName(d)
		next := func(subject eval.Subject, id string) any {
			for _, n := range d.Next {
				if n.Subject == subject && n.ID == id {
					return text(rp.say("xlsx_department_next", n))
				}
			}
			return nil
		}
		for _, id := range d.Indicators {
			ir := inds[id]
			if ir == nil {
				continue
			}
			var with any
			if ind := rp.in.indicator(ir.ID); ind != nil {
				with = partners(ind.Partners)
			}
			t.rows = append(t.rows, []any{name, "指标", ir.ID, ir.Name, bindingLabel(ir.Binding), statusLabel(ir),
				text(rp.say("xlsx_department_indicator", ir)), next(eval.SubjectIndicator, ir.ID), with, text(rp.say("xlsx_department_manual", ir))})
		}
		for _, id := range d.Tasks {
			tr := tasks[id]
			if tr == nil {
				continue
			}
			key := ""
			if tr.Key {
				key = "重点关注"
			}
			var with any
			if tk := rp.in.task(tr.ID); tk != nil {
				with = partners(tk.Partners)
			}
			t.rows = append(t.rows, []any{name, "任务", tr.ID, tr.Title, text(key), tr.ProgressLabel,
				text(rp.say("xlsx_department_task", tr)), next(eval.SubjectTask, tr.ID), with, nil})
		}
		for _, id := range d.Projects {
			pr := projects[id]
			if pr == nil {
				continue
			}
			t.rows = append(t.rows, []any{name, "项目", pr.ID, pr.Name, rp.say("xlsx_department_investment", pr), pr.StatusLabel,
				text(rp.say("xlsx_department_project", pr)), next(eval.SubjectProject, pr.ID), nil, nil})
		}
	}
	if public {
		t = t.without(7) // 需报送
	}
	end := b.table(t)
	// The detail table has sized the columns the summary shares.
	if b.err == nil {
		var w float64
		if w, b.err = b.f.GetColWidth(sh, "A"); b.err == nil {
			for i, name := range names {
				b.fitRow(sh, r-len(names)+1+i, []string{name}, []float64{w})
			}
		}
	}
	if len(t.rows) > 0 {
		status := fmt.Sprintf("F%d:F%d", top+1, end-1)
		b.statusRules(sh, status)
		b.labelRules(sh, status, progressColors)
		b.labelRules(sh, status, projectColors)
	}
	b.printSetup(sh, 0, false)
}

// without is t without column j.
func (t table) without(j int) table {
	drop := func(m map[int]bool) map[int]bool {
		out := map[int]bool{}
		for c, v := range m {
			switch {
			case c < j:
				out[c] = v
			case c > j:
				out[c-1] = v
			}
		}
		return out
	}
	cut := func(fs []float64) []float64 { return append(append([]float64(nil), fs[:j]...), fs[j+1:]...) }
	out := table{sheet: t.sheet, top: t.top, lo: cut(t.lo), hi: cut(t.hi), wrap: drop(t.wrap), center: drop(t.center)}
	out.heads = append(append([]string(nil), t.heads[:j]...), t.heads[j+1:]...)
	for _, r := range t.rows {
		out.rows = append(out.rows, append(append([]any(nil), r[:j]...), r[j+1:]...))
	}
	return out
}

// deptName is a department's name as the sheets print it.
func (rp *report) deptName(d eval.DepartmentResult) string {
	switch {
	case d.Name != "" && d.Name != "—":
		return d.Name
	case d.ID != "" && d.ID != "—":
		return d.ID
	}
	return rp.say("xlsx_department_none", nil)
}

// method writes 方法说明: how the statuses are judged, with this plan's
// thresholds, each indicator's rule, and how to correct the workbook and
// feed it back.
func (rp *report) method() {
	b, res := rp.b, rp.res
	const sh = sheetMethod
	x := struct {
		Sample           bool
		Rules, Judgments []string
	}{Sample: res.Summary.Tasks.Sample+res.Summary.Projects.Sample > 0}
	for _, r := range model.ProblemRules() {
		if (r == model.RuleKeyTaskBehind && len(res.Tasks) == 0) || (r == model.RuleProjectBehind && len(res.Projects) == 0) {
			continue
		}
		x.Rules = append(x.Rules, r.StageLabel(rp.res.Stage))
	}
	for _, j := range []model.Judgment{model.JudgedOnTrack, model.JudgedMixed, model.JudgedBehind} {
		x.Judgments = append(x.Judgments, j.StageLabel(rp.res.Stage))
	}
	lines := entries(append(b.lines("xlsx_method", view{R: res, X: x}), b.lines("xlsx_method_tasks", view{R: res, X: x})...))
	b.setStyled(sh, 1, 1, rp.say("xlsx_method_title", nil), cellStyle{title: true})
	r := 3
	for _, l := range lines {
		b.setStyled(sh, 1, r, text(l.key), cellStyle{bold: true, top: true, wrap: true})
		b.setStyled(sh, 2, r, l.text, cellStyle{wrap: true, top: true})
		b.fitRow(sh, r, []string{l.key, l.text}, []float64{20, 70})
		r++
	}
	// The rules, each with the formula eval computes with (model.Method),
	// and the plan's indicators it judges.
	methods := table{
		sheet: sh, top: r + 1,
		heads:  []string{"评估规则", "计算方法", "本规划指标"},
		lo:     []float64{20, 70, 16},
		hi:     []float64{20, 70, 30},
		wrap:   map[int]bool{0: true, 1: true, 2: true},
		center: map[int]bool{},
	}
	using := map[model.Method][]string{}
	for i := range res.Indicators {
		ir := &res.Indicators[i]
		using[ir.Method] = append(using[ir.Method], ir.ID)
	}
	for _, m := range model.Methods() {
		methods.rows = append(methods.rows, []any{rp.level(m.Label()), rp.say("xlsx_method_formula", m), text(strings.Join(using[m], "、"))})
	}
	r = b.table(methods)
	// Each indicator's rule, and why it has no judgment where it has none.
	t := table{
		sheet: sh, top: r + 1,
		heads:  []string{"编号", "说明", "指标", "目标类型", "评估规则"},
		lo:     []float64{20, 70, 16, 10, 12},
		hi:     []float64{20, 70, 30, 12, 20},
		wrap:   map[int]bool{1: true, 2: true, 4: true},
		center: map[int]bool{0: true, 3: true},
	}
	for i := range res.Indicators {
		ir := &res.Indicators[i]
		t.rows = append(t.rows, []any{ir.ID, text(rp.say("xlsx_reason", ir)), ir.Name, rp.level(ir.Kind.Label()), rp.level(ir.Method.Label())})
	}
	b.table(t)
	b.printSetup(sh, 0, false)
}
