package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
)

func TestAdjustmentsFor(t *testing.T) {
	at := func(file string) model.Loc { return model.Loc{File: file, Sheet: "指标评估", Cell: "M5"} }
	adj := []model.Adjustment{
		{ID: "1", Year: 2024, At: at("a.xlsx")},
		{ID: "2", Year: 2023, At: at("b.xlsx")},
		{ID: "3", Year: 0, At: at("c.xlsx")},
		{ID: "4", Year: 2022, At: at("b.xlsx")},
		{ID: "5", Year: 0, At: at("c.xlsx")},
	}
	keep, notes := adjustmentsFor(adj, 2024)
	var ids []string
	for _, a := range keep {
		ids = append(ids, a.ID)
	}
	// 1 is 2024's; 3 and 5 do not say (applied, with a note); 2 and 4 are
	// 2023's and 2022's (dropped, with a note).
	if got := strings.Join(ids, " "); got != "1 3 5" {
		t.Errorf("kept %s, want 1 3 5", got)
	}
	want := []string{
		"b.xlsx: its 状态调整/调整理由/分析意见 were written for 2022 and 2023 and are not applied to the 2024 evaluation",
		"c.xlsx: the workbook does not record which year its 状态调整/调整理由/分析意见 were written for (an Excel report of an older plancheck); 2 are applied to the 2024 evaluation: check that they still hold",
	}
	if strings.Join(notes, "\n") != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", strings.Join(notes, "\n"), strings.Join(want, "\n"))
	}
	if keep, notes := adjustmentsFor(nil, 2024); keep != nil || notes != nil {
		t.Errorf("no adjustments: %v %v", keep, notes)
	}
}

// TestProposalsFor: the choices on 规划调整建议 follow the same rule.
func TestProposalsFor(t *testing.T) {
	at := func(file string) model.Loc { return model.Loc{File: file, Sheet: "规划调整建议", Cell: "J2"} }
	ps := []model.Proposal{
		{ID: "7", Year: 2025, At: at("a.xlsx")},
		{ID: "12", Year: 2024, At: at("a.xlsx")},
	}
	keep, notes := proposalsFor(ps, 2025)
	if len(keep) != 1 || keep[0].ID != "7" {
		t.Errorf("kept %v, want 7 only", keep)
	}
	want := "a.xlsx: its 规划调整建议 were written for 2024 and are not applied to the 2025 evaluation"
	if strings.Join(notes, "\n") != want {
		t.Errorf("notes %q, want %q", notes, want)
	}
}

// TestAdjustmentsOfAnotherYear: the analysts' 状态调整 and 分析意见 in a
// 2023 Excel report fed into a 2024 run are not applied to 2024, and
// stderr says so; fed into a 2023 run they are applied without a word.
func TestAdjustmentsOfAnotherYear(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--out", dir); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "haidian-14th_2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	setRowCell(t, f, "指标评估", map[int]string{2: "12"}, col(t, f, "指标评估", "状态调整"), "基本符合预期")
	setRowCell(t, f, "指标评估", map[int]string{2: "12"}, col(t, f, "指标评估", "调整理由"), "统计口径调整")
	setRowCell(t, f, "指标评估", map[int]string{2: "5"}, col(t, f, "指标评估", "分析意见"), "稳步提高")
	edited := filepath.Join(t.TempDir(), "edited.xlsx")
	must(t, f.SaveAs(edited))
	f.Close()

	// Which year the workbook records depends on report/sheet reading
	// the Excel report's year (0 from a report that does not record it).
	b, _ := os.ReadFile(edited)
	ds, err := readWorkbook(b, "edited.xlsx", "", mustPlan(t))
	if err != nil || len(ds.Adjustments) != 2 {
		t.Fatalf("the edited workbook reads as %v adjustments, %v", len(ds.Adjustments), err)
	}
	recorded := ds.Adjustments[0].Year

	o := t.TempDir()
	_, stderr, code := runCmd(t, "evaluate", "--year", "2024", "--data", edited, "--out", o)
	if code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	res := readResult(t, filepath.Join(o, "haidian-14th_2024.json"))
	manual := false
	for _, ind := range res.Indicators {
		manual = manual || ind.Manual || ind.Comment != ""
	}
	switch recorded {
	case 2023:
		if want := "edited.xlsx: its 状态调整/调整理由/分析意见 were written for 2023 and are not applied to the 2024 evaluation\n"; !strings.Contains(stderr, want) || manual {
			t.Errorf("2023's adjustments in 2024: applied %v, stderr %s\nwant %q", manual, stderr, want)
		}
	case 0:
		if want := "edited.xlsx: the workbook does not record which year its 状态调整/调整理由/分析意见 were written for (an Excel report of an older plancheck); 2 are applied to the 2024 evaluation: check that they still hold\n"; !strings.Contains(stderr, want) || !manual {
			t.Errorf("adjustments of no year: applied %v, stderr %s\nwant %q", manual, stderr, want)
		}
	default:
		t.Fatalf("the 2023 report records the year %d", recorded)
	}

	// In 2023, the year they were written for.
	o = t.TempDir()
	_, stderr, code = runCmd(t, "evaluate", "--year", "2023", "--data", edited, "--out", o)
	if code != 0 || strings.Contains(stderr, "are not applied") {
		t.Errorf("2023: exit %d %s", code, stderr)
	}
	res = readResult(t, filepath.Join(o, "haidian-14th_2023.json"))
	for _, ind := range res.Indicators {
		if ind.ID == "12" && !ind.Manual {
			t.Error("2023's status adjustment is not applied to 2023")
		}
	}
}

func mustPlan(t *testing.T) *model.Plan {
	t.Helper()
	f := inputFlags{}
	in, err := f.load(true)
	if err != nil {
		t.Fatal(err)
	}
	return in.plan
}

func TestMissingSummary(t *testing.T) {
	p := &model.Plan{
		ID: "t", BaseYear: 2020, TargetYear: 2025,
		Categories:  []model.Category{{ID: "c"}},
		Departments: []model.Department{{ID: "kw", Name: "区科委"}, {ID: "fgw", Name: "区发展改革委"}, {ID: "jw", Name: "区教委"}},
		Indicators: []model.Indicator{
			{ID: "1", Category: "c", Lead: "fgw", Target: model.Target{Kind: model.None}},
			{ID: "2", Category: "c", Lead: "kw", Target: model.Target{Kind: model.None}},
			{ID: "3", Category: "c", Lead: "kw", Target: model.Target{Kind: model.Municipal, Compare: model.GE}},
			{ID: "4", Category: "c", Lead: "某街道", Target: model.Target{Kind: model.None}},
			{ID: "5", Category: "c", Lead: "jw", Target: model.Target{Kind: model.None}},
		},
		Tasks:    []model.Task{{ID: "t1", Lead: "kw"}},
		Projects: []model.Project{{ID: "p1", Lead: "fgw", Years: map[int]model.ProjectYear{2024: {Investment: 1}}}},
	}
	// Indicator 5 (jw) is reported every year; 2 reports 2021–2023 but not
	// 2024, and one value out of range (listed on its own); 3 lacks the
	// municipality's requirements too (the municipality's, not listed here).
	var values []model.Observation
	for y := 2021; y <= 2024; y++ {
		values = append(values, model.Observation{ID: "5", Year: y, Value: 1, Source: "s"})
		if y < 2024 {
			values = append(values, model.Observation{ID: "2", Year: y, Value: float64(y), Source: "s"})
		}
	}
	values[1].Value = 1e20
	res, err := eval.Evaluate(p, &model.Dataset{Values: values}, 2024)
	if err != nil {
		t.Fatal(err)
	}
	// kw: indicators 2 and 3, task t1; fgw: indicator 1, project p1; jw:
	// nothing (no line); 某街道, a lead the plan does not list, last.
	want := []string{
		"区科委 (kw): data not reported up to 2024 for 2 indicators, 1 task",
		"区发展改革委 (fgw): data not reported up to 2024 for 1 indicator, 1 project",
		"某街道: data not reported up to 2024 for 1 indicator",
	}
	if got := missingSummary(res); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A workbook with no values at all (the blank template): validate and
// report print one line per department for the missing reports, not one
// per indicator, task and project; the other findings are still listed.
func TestMissingSummaryPrinted(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := runCmd(t, "template", "--year", "2024", "--date", "2024-03-15", "--out", dir); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	blank := filepath.Join(dir, "haidian-14th_2024_template.xlsx")
	stdout, stderr, _ := runCmd(t, "validate", "--year", "2024", "--data", blank)
	if want := "warning: 区统计局 (tjj): data not reported up to 2024 for 1 indicator (plancheck report lists each in the 数据质量 sheet) [missing]\n"; !strings.Contains(stdout, want) {
		t.Errorf("validate:\n%s%s\nwant %q", stdout, stderr, want)
	}
	if n := strings.Count(stdout, "[task_missing]") + strings.Count(stdout, "[project_missing]"); n > 0 {
		t.Errorf("validate lists %d missing tasks and projects one by one", n)
	}
	if !strings.Contains(stdout, "[requirement_missing]") {
		t.Error("validate no longer lists the other findings")
	}
	o := t.TempDir()
	_, stderr, code := runCmd(t, "report", "--year", "2024", "--date", "2024-03-15", "--data", blank, "--out", o)
	if code != 0 {
		t.Fatalf("report: exit %d %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	for _, l := range lines {
		if !strings.Contains(l, ": data not reported up to 2024 for ") || !strings.HasSuffix(l, "; see the 数据质量 sheet of haidian-14th_2024.xlsx") {
			t.Errorf("report stderr line %q", l)
		}
	}
	if want := "区科委(中关村科学城管委会) (kw): data not reported up to 2024 for 3 indicators, 23 tasks, 1 project; see the 数据质量 sheet of haidian-14th_2024.xlsx"; !strings.Contains(stderr, want) {
		t.Errorf("report stderr:\n%s\nwant %q", stderr, want)
	}
	// Without the workbook, the lines point to validate instead.
	_, stderr, code = runCmd(t, "report", "--year", "2024", "--date", "2024-03-15", "--data", blank, "--format", "json", "--out", t.TempDir())
	if code != 0 {
		t.Fatalf("report --format json: exit %d %s", code, stderr)
	}
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if !strings.HasSuffix(l, "; plancheck validate --year 2024 lists each") {
			t.Errorf("report --format json stderr line %q", l)
		}
	}
	res := readResult(t, filepath.Join(o, "haidian-14th_2024.json"))
	missing := 0
	for _, q := range res.Quality {
		if isMissing(q) {
			missing++
		}
	}
	if missing <= len(lines) {
		t.Errorf("%d missing findings in the JSON for %d lines: the full list must stay in the outputs", missing, len(lines))
	}
}
