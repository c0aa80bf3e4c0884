package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// lastYear writes the 2023 report of the embedded plan with an analyst's
// 分析意见 on indicator 5, the way analysts make one: report 2023, write
// the comment into its Excel report, and report 2023 again from that
// workbook. It returns the folder holding haidian-14th_2023.json and
// .xlsx, which both carry the comment.
func lastYear(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	if stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--out", first); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	f, err := excelize.OpenFile(filepath.Join(first, "haidian-14th_2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	setRowCell(t, f, "指标评估", map[int]string{2: "5"}, col(t, f, "指标评估", "分析意见"), "劳动生产率稳步提高，新动能贡献加大")
	edited := filepath.Join(dir, "edited.xlsx")
	must(t, f.SaveAs(edited))
	out := filepath.Join(dir, "2023")
	if stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--data", edited, "--out", out); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	return out
}

// previousOf is what the 2023 JSON report says: its problems and its
// comments, as model.Previous holds them.
func previousOf(t *testing.T, res *eval.Result, file string) *model.Previous {
	t.Helper()
	want := &model.Previous{Year: res.Year, File: file}
	for _, p := range res.Problems {
		pp := model.PreviousProblem{Indicator: p.Indicator, Task: p.Task, Project: p.Project, Name: p.Name, Rules: p.Rules}
		if p.Indicator != "" {
			pp.Status = p.Status
		}
		want.Problems = append(want.Problems, pp)
	}
	for _, ind := range res.Indicators {
		if ind.Comment != "" {
			want.Comments = append(want.Comments, model.PreviousComment{ID: ind.ID, Name: ind.Name, Comment: ind.Comment})
		}
	}
	return want
}

// TestPreviousRoundTrip: the 2023 report, as JSON and as Excel, given as
// --previous to the 2024 evaluation, hands eval last year's problems and
// comments: the same from either file, and the same as the 2023 JSON
// lists them.
func TestPreviousRoundTrip(t *testing.T) {
	dir := lastYear(t)
	res2023 := readResult(t, filepath.Join(dir, "haidian-14th_2023.json"))
	if len(res2023.Problems) == 0 {
		t.Fatal("the 2023 sample report has no problems to follow up")
	}
	for _, ext := range []string{".json", ".xlsx"} {
		t.Run(ext, func(t *testing.T) {
			file := filepath.Join(dir, "haidian-14th_2023"+ext)
			f := evalFlags{year: 2024, previous: file}
			in, res, err := f.evaluate()
			if err != nil {
				t.Fatal(err)
			}
			got := in.data.Previous
			want := previousOf(t, res2023, file)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Previous =\n%+v\nwant (the 2023 JSON's problems and comments)\n%+v", got, want)
			}
			if len(got.Comments) != 1 || got.Comments[0].ID != "5" {
				t.Errorf("comments = %+v, want indicator 5's", got.Comments)
			}
			if res.Year != 2024 {
				t.Errorf("evaluated %d", res.Year)
			}
			// The whole run writes its set, and the file is untouched.
			before, _ := os.ReadFile(file)
			out := t.TempDir()
			if stdout, stderr, code := runCmd(t, "report", "--year", "2024", "--date", "2025-03-15", "--previous", file, "--out", out); code != 0 {
				t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
			}
			if after, _ := os.ReadFile(file); !bytes.Equal(before, after) {
				t.Error("--previous was written")
			}
		})
	}
}

// TestPreviousFollowUpInJSON: the 2024 JSON's follow_up carries the 2023
// report's problems and comments (eval's followUp decides their states).
func TestPreviousFollowUpInJSON(t *testing.T) {
	dir := lastYear(t)
	res2023 := readResult(t, filepath.Join(dir, "haidian-14th_2023.json"))
	out := t.TempDir()
	if stdout, stderr, code := runCmd(t, "evaluate", "--year", "2024", "--previous", filepath.Join(dir, "haidian-14th_2023.json"), "--out", out); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	res := readResult(t, filepath.Join(out, "haidian-14th_2024.json"))
	fu := res.FollowUp
	if fu == nil {
		t.Fatal("no follow_up in the JSON")
	}
	if fu.Year != 2023 || len(fu.Problems) != len(res2023.Problems) {
		t.Errorf("follow_up of %d with %d problems, want 2023's %d", fu.Year, len(fu.Problems), len(res2023.Problems))
	}
	if len(fu.Comments) != 1 || fu.Comments[0].Indicator != "5" || fu.Comments[0].Comment == "" {
		t.Errorf("follow_up comments = %+v, want indicator 5's", fu.Comments)
	}
}

// TestPreviousRefused: every file --previous refuses, and the message
// naming it; nothing is written.
func TestPreviousRefused(t *testing.T) {
	dir := lastYear(t)
	js := filepath.Join(dir, "haidian-14th_2023.json")
	book := filepath.Join(dir, "haidian-14th_2023.xlsx")
	tmp := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(tmp, name)
		must(t, os.WriteFile(p, data, 0o644))
		return p
	}
	b, _ := os.ReadFile(js)
	otherPlan := write("other.json", bytes.Replace(b, []byte(`"id": "haidian-14th"`), []byte(`"id": "chaoyang-14th"`), 1))
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	must(t, f.SetCustomProps(excelize.CustomProperty{Name: "PlancheckPlan", Value: "chaoyang-14th"}))
	otherBook := filepath.Join(tmp, "other.xlsx")
	must(t, f.SaveAs(otherBook))
	f, _ = excelize.OpenFile(book)
	must(t, f.DeleteSheet("重大问题"))
	noProblems := filepath.Join(tmp, "noproblems.xlsx")
	must(t, f.SaveAs(noProblems))
	f, _ = excelize.OpenFile(book)
	must(t, f.SetCellValue("重大问题", "B2", "99"))
	badID := filepath.Join(tmp, "badid.xlsx")
	must(t, f.SaveAs(badID))
	notOurs := write("notours.json", []byte(`{"indicators": {}}`))
	text := write("notes.txt", []byte("上年报告\n"))
	sample := filepath.Join("..", "..", "data", "haidian-sample.xlsx")

	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"the same year", []string{"--year", "2023", "--previous", js}, 1,
			"--previous " + js + ": the report of 2023, not of a year before the 2023 evaluation; --previous takes last year's report (2022)"},
		{"a later year", []string{"--year", "2022", "--previous", book}, 1,
			"--previous " + book + ": the report of 2023, not of a year before the 2022 evaluation"},
		{"another plan's JSON", []string{"--year", "2024", "--previous", otherPlan}, 1,
			"--previous " + otherPlan + `: the report of the plan "chaoyang-14th", not of haidian-14th; give last year's report of haidian-14th`},
		{"another plan's Excel", []string{"--year", "2024", "--previous", otherBook}, 1,
			"--previous " + otherBook + `: this is the report of the plan "chaoyang-14th" (custom property PlancheckPlan), not of haidian-14th`},
		{"a JSON not ours", []string{"--year", "2024", "--previous", notOurs}, 1,
			"--previous " + notOurs + ": not plancheck's JSON report: the field indicators is object"},
		{"neither", []string{"--year", "2024", "--previous", text}, 1,
			"--previous " + text + ": neither plancheck's JSON report nor its Excel report (.xlsx); --previous takes last year's report as plancheck wrote it: haidian-14th_<year>.json or haidian-14th_<year>.xlsx"},
		{"a monitoring workbook", []string{"--year", "2024", "--previous", sample}, 1,
			"a monitoring workbook (it has the sheet 指标数据), not plancheck's Excel report"},
		{"a report without 重大问题", []string{"--year", "2024", "--previous", noProblems}, 1,
			"noproblems.xlsx: plancheck's Excel report without its sheet 重大问题 (renamed or deleted)"},
		{"an id the plan lacks", []string{"--year", "2024", "--previous", badID}, 1,
			`badid.xlsx: 重大问题!B2: unknown `},
		{"a missing file", []string{"--year", "2024", "--previous", filepath.Join(tmp, "nope.json")}, 1,
			"--previous " + filepath.Join(tmp, "nope.json") + ": no such file or folder"},
		{"several plans", []string{"--year", "2024", "--plan", plansFolder(t), "--previous", js}, 2,
			"--previous " + js + " goes with one plan (it is last year's report of that plan); with 3 plans, run report once per plan"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			stdout, stderr, code := runCmd(t, append([]string{"report", "--date", "2025-03-15", "--out", out}, c.args...)...)
			if code != c.code || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, want %d\n%s%s\nwant %q", code, c.code, stdout, stderr, c.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was written", out)
			}
		})
	}

	// A report older than last year is taken, with a note on stderr.
	out := t.TempDir()
	if _, stderr, code := runCmd(t, "report", "--year", "2024", "--date", "2025-03-15", "--out", out, "--previous", write("2022.json", bytes.Replace(b, []byte(`"year": 2023`), []byte(`"year": 2022`), 1))); code != 0 ||
		!strings.Contains(stderr, "2022.json: the report of 2022, not of last year (2023): its problems are followed up over 2 years") {
		t.Errorf("a report of 2022 for 2024: exit %d\n%s", code, stderr)
	}

	// --previous is an input: an output that would replace it is refused,
	// and it is left as it was.
	guarded := t.TempDir()
	trap := filepath.Join(guarded, "haidian-14th_2024.json")
	must(t, os.WriteFile(trap, b, 0o644))
	if _, stderr, code := runCmd(t, "report", "--year", "2024", "--date", "2025-03-15", "--out", guarded, "--previous", trap); code != 1 || !strings.Contains(stderr, "the output would overwrite the input "+trap) {
		t.Errorf("an output over --previous: exit %d\n%s", code, stderr)
	}
	if after, _ := os.ReadFile(trap); !bytes.Equal(after, b) {
		t.Error("--previous was overwritten")
	}
}

// TestPreviousDepartment: a department's report of last year goes with
// --department of that department only; the whole plan's goes with any.
func TestPreviousDepartment(t *testing.T) {
	dir := t.TempDir()
	if stdout, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--out", dir); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--department", "kw", "--out", dir); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	plan, kw := filepath.Join(dir, "haidian-14th_2023.json"), filepath.Join(dir, "haidian-14th_2023_kw.json")
	cases := []struct {
		prev string
		args []string
		code int
		want string
	}{
		{kw, []string{"--department", "kw"}, 0, ""},
		{plan, []string{"--department", "kw"}, 0, ""},
		{kw, nil, 1, "--previous " + kw + ": the report of the department kw only; give last year's report of the whole plan, or add --department kw"},
		{kw, []string{"--department", "fgw"}, 1, "--previous " + kw + ": the report of the department kw, not of fgw; give last year's report of the whole plan or of fgw"},
	}
	for _, c := range cases {
		out := t.TempDir()
		args := append([]string{"report", "--year", "2024", "--date", "2025-03-15", "--out", out, "--previous", c.prev}, c.args...)
		stdout, stderr, code := runCmd(t, args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, want %d\n%s%s\nwant %q", c.args, code, c.code, stdout, stderr, c.want)
		}
	}
}
