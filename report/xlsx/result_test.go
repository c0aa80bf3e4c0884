package xlsx

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/model"
)

// TestCountsAreTheResults: every count the Excel prints is the Result's,
// not a recount of its lists. The Result's counts are made to disagree
// with its lists on purpose (each plus 100, or 1000); the workbook must
// print the Result's numbers, which it can only do by reading them.
func TestCountsAreTheResults(t *testing.T) {
	fx := loadFixture(t, 2024)
	res := fx.res
	s := &res.Summary
	bump := func(cs []eval.Count) {
		for i := range cs {
			cs[i].N += 100 + i
		}
	}
	bump(s.ByStatus)
	groups := []*eval.GroupSummary{&s.Binding, &s.Expected}
	for i := range s.Categories {
		groups = append(groups, &s.Categories[i])
	}
	for i, g := range groups {
		bump(g.ByStatus)
		g.Total += 1000
		g.Assessable += 1000
		g.Good += 1000
		g.GoodShare = 0.01 * float64(i+1)
	}
	s.Total, s.Assessable, s.Good, s.Problems, s.Findings = 9001, 9002, 9003, 9004, 9005
	s.GoodShare, s.JudgmentLabel = 0.123, "判断来自评估结果"
	s.Samples, s.Manual = 9006, 9007
	s.Tasks.Total, s.Tasks.Done, s.Tasks.Share = 9008, 9009, 0.456
	s.Projects.Total, s.Projects.Planned, s.Projects.Completed = 9010, 9011, 9012
	for i := range s.Projects.ByStatus {
		s.Projects.ByStatus[i].N = 400 + i
	}
	for i := range res.Departments {
		d := &res.Departments[i]
		d.Assessable, d.OnTrack, d.Problems, d.Score, d.Binding = 700+i, 600+i, 500+i, 0.5, 800+i
	}
	for i := range res.TaskChapters {
		g := &res.TaskChapters[i]
		g.Total, g.Done, g.OnSchedule, g.Behind, g.NotStarted, g.NoReport = 80+i, 81+i, 82+i, 83+i, 84+i, 85+i
	}
	for i := range res.StatusChart.Bars {
		for j := range res.StatusChart.Bars[i].Segments {
			res.StatusChart.Bars[i].Segments[j].N = 300 + 10*i + j
		}
	}
	f := open(t, fx.write(t, Options{}))

	// 总览's headline: key | value.
	over := rows(t, f, "总览")
	value := map[string]string{}
	for _, r := range over {
		if len(r) > 1 {
			value[r[0]] = r[1]
		}
	}
	for key, want := range map[string]string{
		"总体判断": "判断来自评估结果", "进展良好指标占比": "12.3%", "指标总数": "9001", "可评估指标": "9002",
		"重大问题": "9004", "数据质量提示": "9005", "含示例数据的指标": "9006", "人工调整状态": "9007",
		"重点任务": strconv.Itoa(len(res.Tasks)), "重大项目": strconv.Itoa(len(res.Projects)),
	} {
		if value[key] != want {
			t.Errorf("总览 %s = %q, want the Result's %q", key, value[key], want)
		}
	}

	// 总览's table: a status a row, a group a column (the categories,
	// then binding and expected), the total last.
	top := -1
	for i, r := range over {
		if len(r) > 0 && r[0] == "状态" {
			top = i
			break
		}
	}
	if top < 0 {
		t.Fatal("总览 has no table of statuses")
	}
	cols := append(append([]eval.GroupSummary{}, s.Categories...), s.Binding, s.Expected)
	for i, st := range model.StageStatuses(res.Stage) {
		r := pad(over[top+1+i], len(cols)+2)
		if r[0] != st.Label() {
			t.Fatalf("总览 row %d is %q, want the status %s", top+2+i, r[0], st.Label())
		}
		for j, g := range cols {
			if want := strconv.Itoa(countOf(g.ByStatus, st)); r[1+j] != want {
				t.Errorf("总览 %s × %s = %s, want the Result's %s", st.Label(), g.Name, r[1+j], want)
			}
		}
		if want := strconv.Itoa(countOf(s.ByStatus, st)); r[len(cols)+1] != want {
			t.Errorf("总览 %s in all = %s, want the Result's %s", st.Label(), r[len(cols)+1], want)
		}
	}
	foot := top + 1 + len(model.StageStatuses(res.Stage))
	for k, line := range []struct {
		label string
		of    func(eval.GroupSummary) int
		all   int
	}{
		{"合计", func(g eval.GroupSummary) int { return g.Total }, s.Total},
		{"可评估", func(g eval.GroupSummary) int { return g.Assessable }, s.Assessable},
		{"进展良好", func(g eval.GroupSummary) int { return g.Good }, s.Good},
	} {
		r := pad(over[foot+k], len(cols)+2)
		for j, g := range cols {
			if want := strconv.Itoa(line.of(g)); r[0] != line.label || r[1+j] != want {
				t.Errorf("总览 %s × %s = %q %s, want the Result's %s", line.label, g.Name, r[0], r[1+j], want)
			}
		}
		if want := strconv.Itoa(line.all); r[len(cols)+1] != want {
			t.Errorf("总览 %s in all = %s, want %s", line.label, r[len(cols)+1], want)
		}
	}

	shares := pad(over[foot+3], len(cols)+2)
	for j, g := range cols {
		if want := fmt.Sprintf("%.1f%%", 100*g.GoodShare); shares[0] != "良好占比" || shares[1+j] != want {
			t.Errorf("总览 %s × %s = %q %s, want the Result's %s", shares[0], g.Name, shares[0], shares[1+j], want)
		}
	}

	// 总览's second page: the tasks in all and by chapter, the projects by
	// status and in all.
	// below(head, first) is the first row starting with first after the
	// header row whose second cell is head.
	below := func(head, first string) []string {
		in := false
		for _, x := range over {
			x = pad(x, 10)
			if x[1] == head || x[3] == head {
				in = true
			}
			if in && x[0] == first {
				return x
			}
		}
		return nil
	}
	if r := pad(below("任务数", "合计"), 10); r[3] != "9008" || r[4] != "9009" || r[9] != "45.6%" {
		t.Errorf("总览's tasks in all = %q, want the Result's 9008 tasks, 9009 done, 45.6%%", r)
	}
	for i, c := range s.Projects.ByStatus {
		if r := pad(below("项目数", c.Label), 4); r[3] != strconv.Itoa(400+i) {
			t.Errorf("总览's projects %s = %q, want the Result's %d", c.Label, r, 400+i)
		}
	}
	var note string
	for _, x := range over {
		for _, c := range x {
			if strings.Contains(c, "计划投资") {
				note = c
			}
		}
	}
	if !strings.Contains(note, "共9010项") || !strings.Contains(note, "9011.00亿元") || !strings.Contains(note, "9012.00亿元") {
		t.Errorf("总览's note on projects = %q, want the Result's 9010 projects, 9011.00 and 9012.00亿元", note)
	}

	// 总览's second page: the key tasks by chapter.
	for _, g := range res.TaskChapters {
		var r []string
		for _, x := range over {
			if len(x) > 0 && x[0] == g.Name {
				r = pad(x, 9)
			}
		}
		want := []string{strconv.Itoa(g.Total), strconv.Itoa(g.Done), strconv.Itoa(g.OnSchedule), strconv.Itoa(g.Behind), strconv.Itoa(g.NotStarted), strconv.Itoa(g.NoReport)}
		if r == nil || strings.Join(r[3:9], ",") != strings.Join(want, ",") {
			t.Errorf("总览 chapter %s = %q, want the Result's %v", g.Name, r, want)
		}
	}

	// 部门责任清单: each department's counts.
	depts := rows(t, f, "部门责任清单")
	for i, d := range res.Departments {
		if len(d.Indicators)+len(d.Tasks)+len(d.Projects) == 0 {
			continue
		}
		var r []string
		for _, x := range depts {
			if len(x) > 0 && x[0] == prose(d.Name) {
				r = pad(x, 10)
				break
			}
		}
		want := []string{strconv.Itoa(len(d.Indicators)), strconv.Itoa(800 + i), strconv.Itoa(len(d.Tasks)), strconv.Itoa(len(d.Projects)),
			strconv.Itoa(700 + i), strconv.Itoa(600 + i), "50.0%", strconv.Itoa(500 + i), strconv.Itoa(len(d.Next))}
		if r == nil {
			t.Errorf("部门责任清单 has no line of %s", d.Name)
			continue
		}
		if strings.Join(r[1:], ",") != strings.Join(want, ",") {
			t.Errorf("部门责任清单 %s = %q, want the Result's %q", d.Name, r[1:], want)
		}
	}

	// The status chart's numbers are StatusChart's.
	data := rows(t, f, "图表数据")
	col := res.Plan.TargetYear - res.Plan.BaseYear + 4 // 0-based
	for i, bar := range res.StatusChart.Bars {
		if got := pad(data[0], col+2+i)[col+1+i]; got != bar.Label {
			t.Errorf("图表数据 bar %d = %q, want %q", i, got, bar.Label)
		}
		for j, seg := range bar.Segments {
			if got := pad(data[1+j], col+2+i)[col+1+i]; got != strconv.Itoa(seg.N) {
				t.Errorf("图表数据 %s × %s = %q, want the Result's %d", bar.Label, seg.Label, got, seg.N)
			}
		}
	}
}

// TestCountsEqualLists: on an evaluation as it comes, the counts printed
// equal the lists printed beside them.
func TestCountsEqualLists(t *testing.T) {
	fx := loadFixture(t, 2024)
	f := open(t, fx.write(t, Options{}))
	value := map[string]string{}
	for _, r := range rows(t, f, "总览") {
		if len(r) > 1 {
			value[r[0]] = r[1]
		}
	}
	for sheet, key := range map[string]string{"重大问题": "重大问题", "数据质量": "数据质量提示", "任务评估": "重点任务", "项目评估": "重大项目", "指标评估": "指标总数"} {
		if n := len(rows(t, f, sheet)) - 1; value[key] != strconv.Itoa(n) {
			t.Errorf("总览 %s = %s, but %s lists %d", key, value[key], sheet, n)
		}
	}
}

// TestMethodFormulas: 方法说明 states the formula of every rule eval
// judges by (model.Method, the table eval computes with), so that every
// target kind has its formula, and each indicator's rule is named.
func TestMethodFormulas(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	method := rows(t, f, "方法说明")
	formula := map[string]string{} // rule label → formula
	for _, r := range method {
		if len(r) > 1 {
			formula[r[0]] = r[1]
		}
	}
	for _, m := range model.Methods() {
		// The formula as eval has it, typeset (prose).
		if got := formula[m.Label()]; got == "" || got != prose(m.Formula()) {
			t.Errorf("方法说明 gives rule %s the formula %q, want %q", m.Label(), got, prose(m.Formula()))
		}
	}
	// Every kind, in each of the ways it is compared, has its rule.
	for _, k := range model.Kinds {
		for _, c := range []model.Compare{"", model.LE, model.GE, model.Yes, model.Sync} {
			for _, d := range []model.DataForm{"", model.LevelD} {
				ind := &model.Indicator{Target: model.Target{Kind: k, Compare: c, Data: d}}
				m := ind.MethodOf()
				if m.Formula() == "" || formula[m.Label()] != prose(m.Formula()) {
					t.Errorf("kind %s (compare %q, data %q): rule %s has no formula in 方法说明", k, c, d, m)
				}
			}
		}
	}
	// Each indicator's rule is named in the last table.
	last := map[string]string{}
	for _, r := range method {
		if len(r) > 4 {
			last[r[0]] = r[4]
		}
	}
	for _, ir := range fx.res.Indicators {
		if last[ir.ID] != ir.Method.Label() {
			t.Errorf("方法说明 names %q the rule of indicator %s, want %q", last[ir.ID], ir.ID, ir.Method.Label())
		}
	}
}

// TestTemplatesOverride: a folder of templates replaces the embedded
// sentences of the same name, here 方法说明's; one without xlsx_*.tmpl
// files (the PDF's only) changes nothing, and a broken one is an error
// naming the file.
func TestTemplatesOverride(t *testing.T) {
	fx := loadFixture(t, 2023)
	joined := func(opts Options) string {
		return strings.Join(flatten(rows(t, open(t, fx.write(t, opts)), "方法说明")), "|")
	}
	plain := joined(Options{})
	over := fstest.MapFS{"xlsx_method.tmpl": {Data: []byte(
		`{{define "xlsx_method_title"}}评估口径{{end}}` +
			`{{define "xlsx_method"}}**时间进度**本年按新口径,为{{$.Pct .R.Elapsed}}{{end}}` +
			`{{define "xlsx_method_formula"}}见{{.X.Label}}细则{{end}}`)}}
	got := joined(Options{Templates: over})
	for _, want := range []string{"评估口径", "时间进度|本年按新口径，为60.0%", "目标值|见目标值细则"} {
		if !strings.Contains(got, want) {
			t.Errorf("方法说明 with the override lacks %q:\n%s", want, got)
		}
	}
	for _, gone := range []string{"快于预期|R ≥", prose(model.MethodLevel.Formula())} {
		if strings.Contains(got, gone) {
			t.Errorf("方法说明 with the override still has %q", gone)
		}
	}
	// The tasks' lines are a template of their own and stay.
	if !strings.Contains(got, "重点任务进展|") {
		t.Error("方法说明 with the override lost the tasks' lines")
	}

	if got := joined(Options{Templates: fstest.MapFS{"summary.tmpl": {Data: []byte("x")}}}); got != plain {
		t.Error("a templates folder without xlsx_*.tmpl changed 方法说明")
	}

	var buf strings.Builder
	err := Write(&buf, fx.res, Options{Templates: fstest.MapFS{"xlsx_method.tmpl": {Data: []byte(`{{define "xlsx_method"}}{{.R.Nope}}{{end}}`)}}})
	if err == nil || !strings.Contains(err.Error(), "xlsx_method") {
		t.Errorf("a template that fails: err = %v, want one naming xlsx_method", err)
	}
	err = Write(&buf, fx.res, Options{Templates: fstest.MapFS{"xlsx_method.tmpl": {Data: []byte(`{{define "xlsx_method"}}{{if}}{{end}}`)}}})
	if err == nil || !strings.Contains(err.Error(), "xlsx_method.tmpl") {
		t.Errorf("a template that does not parse: err = %v, want one naming xlsx_method.tmpl", err)
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written on error", buf.Len())
	}
}

// TestWriteDepartment: a department's result (eval.ForDepartment) writes
// the input sheets of its own indicators, tasks and projects, with their
// data, and every reference.
func TestWriteDepartment(t *testing.T) {
	fx := loadFixture(t, 2023)
	res, err := eval.ForDepartment(fx.p, fx.res, "fgw")
	if err != nil {
		t.Fatal(err)
	}
	fx.res = res
	f := open(t, fx.write(t, Options{}))
	own := map[string]bool{}
	for _, ir := range res.Indicators {
		own[ir.ID] = true
	}
	vals := rows(t, f, "指标数据")
	seen := map[string]bool{}
	for _, r := range vals[1:] {
		if !own[r[0]] {
			t.Errorf("指标数据 has %s, which fgw does not lead", r[0])
		}
		seen[r[0]] = true
	}
	if len(seen) != len(own) {
		t.Errorf("指标数据 has %d indicators, want fgw's %d", len(seen), len(own))
	}
	tasks := map[string]bool{}
	for _, tr := range res.Tasks {
		tasks[tr.ID] = true
	}
	for _, r := range rows(t, f, "重点任务")[1:] {
		if !tasks[r[0]] {
			t.Errorf("重点任务 has task %s, which fgw does not lead", r[0])
		}
	}
	refs := map[string]bool{}
	for _, r := range rows(t, f, "参照数据")[1:] {
		refs[r[0]] = true
	}
	if len(refs) != len(fx.p.References) {
		t.Errorf("参照数据 has %d references, want the plan's %d", len(refs), len(fx.p.References))
	}
}

func TestProse(t *testing.T) {
	for in, want := range map[string]string{
		"执业(助理)医师":              "执业（助理）医师",
		"区科委(中关村科学城管委会)":        "区科委（中关村科学城管委会）",
		"约束性13项,预期性13项":         "约束性13项，预期性13项",
		"进度比0.74;2021年":         "进度比0.74;2021年", // digits on both sides
		"R < 0:指标":              "R < 0：指标",
		"完成进度55.6%(时间进度80.0%)":  "完成进度55.6%（时间进度80.0%）",
		"∏(1 + 当年增速) − 1":       "∏(1 + 当年增速) − 1", // a formula's pair stays as it opened
		"(1 + G)^(1/(Y−B)) − 1": "(1 + G)^(1/(Y−B)) − 1",
		"R ≥ 1.1":               "R ≥ 1.1",
		"“示例”,仅作演示":             "“示例”，仅作演示",
		"a (b) c, d":            "a (b) c, d",
		"未闭合(":                  "未闭合（",
		"多余)的":                  "多余）的",
	} {
		if got := prose(in); got != want {
			t.Errorf("prose(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFindingText: 数据质量's 说明 is worded from the finding's facts,
// for every code, as the report words it (doc.Words, the one template of
// each code).
func TestFindingText(t *testing.T) {
	lo := -10.0
	f := func(v float64) *float64 { return &v }
	series := func(id string, vs map[int]float64) []model.Observation {
		var out []model.Observation
		for y := 2020; y <= 2022; y++ {
			if v, ok := vs[y]; ok {
				out = append(out, model.Observation{ID: id, Year: y, Value: v, Text: strconv.FormatFloat(v, 'f', -1, 64), Source: "统计公报"})
			}
		}
		return out
	}
	p := &model.Plan{
		ID: "t", Name: "测试规划", BaseYear: 2020, TargetYear: 2025,
		Departments: []model.Department{{ID: "kw", Name: "区科委"}},
		References:  []model.Reference{{ID: "gdp", Name: "GDP", Unit: "亿元"}, {ID: "city", Name: "全市", Unit: "%"}},
		Indicators: []model.Indicator{
			{ID: "share", Name: "占比", Unit: "%", Target: model.Target{Kind: model.Level, Value: 60}},
			{ID: "people", Name: "人口", Unit: "万人", Baseline: f(313), Target: model.Target{Kind: model.Ceiling, Value: 312.6}},
			{ID: "growth", Name: "增速", Unit: "%", Levels: "gdp", Target: model.Target{Kind: model.AvgGrowth, Value: 6}},
			{ID: "big", Name: "总量", Unit: "亿元", Min: &lo, Target: model.Target{Kind: model.None}},
			{ID: "pm25", Name: "细颗粒物", Unit: "微克/立方米", Target: model.Target{Kind: model.Municipal, Compare: model.LE}},
			{ID: "jobs", Name: "失业率", Unit: "%", Target: model.Target{Kind: model.Relative, Reference: "city", Compare: model.LE}},
		},
		Tasks:    []model.Task{{ID: "1.1", Title: "甲", Lead: "kw"}, {ID: "1.2", Title: "乙", Lead: "kw"}},
		Projects: []model.Project{{ID: "P1", Name: "会址", Years: map[int]model.ProjectYear{2021: {Investment: 1}, 2022: {Investment: 1}}}},
	}
	var values []model.Observation
	for _, s := range [][]model.Observation{
		series("share", map[int]float64{2020: 40, 2021: 100.5, 2022: 50}),
		series("people", map[int]float64{2020: 312, 2021: 313, 2022: 312.9}),
		series("growth", map[int]float64{2021: 6, 2022: 25}),
		series("big", map[int]float64{2021: 1e60, 2022: -11}),
		series("pm25", map[int]float64{2021: 30}),
		{{ID: "jobs", Year: 2021, Value: 3, Approx: true, Text: "约3"}},
	} {
		values = append(values, s...)
	}
	ds := &model.Dataset{
		Values:     values,
		References: append(series("gdp", map[int]float64{2020: 100, 2021: 110, 2022: 120}), series("city", map[int]float64{2021: 4})...),
		Tasks:      []model.TaskReport{{ID: "1.1", Year: 2021, Progress: model.Done}, {ID: "1.1", Year: 2022, Progress: model.Behind}},
	}
	res, err := eval.Evaluate(p, ds, 2022)
	if err != nil {
		t.Fatal(err)
	}
	fx := &fixture{p: p, ds: ds, res: res}
	q := rows(t, open(t, fx.write(t, Options{})), "数据质量")
	if len(q) != 1+len(res.Quality) {
		t.Fatalf("数据质量 has %d rows for %d findings", len(q)-1, len(res.Quality))
	}
	words, err := doc.NewWords(res, nil)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[model.FindingCode]bool{}
	for i, fd := range res.Quality {
		codes[fd.Code] = true
		want := words.Finding(fd)
		if got := pad(q[1+i], 8)[7]; got != want || want == "" || want == fd.Code.Label() {
			t.Errorf("%s: 说明 %q\nthe report says %q", fd.Code, got, want)
		}
	}
	// One template words a finding for every output: --templates's
	// doc_findings.tmpl words the Excel's too.
	over := fstest.MapFS{"doc_findings.tmpl": {Data: []byte(`{{define "finding.missing"}}缺{{yearlist .F.Years}}的数{{end}}`)}}
	q = rows(t, open(t, fx.write(t, Options{Templates: over})), "数据质量")
	for i, fd := range res.Quality {
		if got := pad(q[1+i], 8)[7]; fd.Code == model.FindMissing && !strings.HasPrefix(got, "缺") {
			t.Errorf("missing with the folder's doc_findings.tmpl: 说明 %q", got)
		}
	}
	for _, c := range model.FindingCodes() {
		if !codes[c] {
			t.Errorf("no %s finding to check the wording with", c)
		}
	}
}

// TestWordsAreTheReports: 指标评估's 剩余年份需 and 重大问题's 规划目标 are
// worded as the report words them (doc.Words: doc_required.tmpl and
// doc_target.tmpl), not by templates of the Excel's own.
func TestWordsAreTheReports(t *testing.T) {
	fx := loadFixture(t, 2024)
	words, err := doc.NewWords(fx.res, nil)
	if err != nil {
		t.Fatal(err)
	}
	f := open(t, fx.write(t, Options{}))
	assess := rows(t, f, "指标评估")
	col := -1
	for j, h := range assess[0] {
		if h == "剩余年份需" {
			col = j
		}
	}
	if col < 0 {
		t.Fatal("指标评估 has no 剩余年份需")
	}
	byID := map[string][]string{}
	for _, r := range assess[1:] {
		if len(r) > 1 {
			byID[r[1]] = r // 编号
		}
	}
	needs := 0
	for i := range fx.res.Indicators {
		ind := &fx.res.Indicators[i]
		want := words.Required(ind)
		if got := pad(byID[ind.ID], col+1)[col]; got != want {
			t.Errorf("%s: 剩余年份需 %q, the report says %q", ind.ID, got, want)
		}
		if want != "" {
			needs++
		}
	}
	if needs == 0 {
		t.Error("no indicator needs anything: the test checks nothing")
	}
	problems := rows(t, f, "重大问题")
	targets := 0
	for i, pb := range fx.res.Problems {
		if pb.Indicator == "" {
			continue
		}
		for j := range fx.res.Indicators {
			ind := &fx.res.Indicators[j]
			if ind.ID != pb.Indicator || pb.Requirement != nil || pb.Compared != nil {
				continue
			}
			if want := words.Target(ind); want != "" {
				targets++
				if got := pad(problems[1+i], 7)[6]; !strings.Contains(got, "规划目标"+want) {
					t.Errorf("%s: 说明 %q does not say 规划目标%s", ind.ID, got, want)
				}
			}
		}
	}
	if targets == 0 {
		t.Error("no problem states a target: the test checks nothing")
	}
}
