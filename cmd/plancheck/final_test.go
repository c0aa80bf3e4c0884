package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// finalPlan makes a folder holding testdata/final/plan.yaml (three
// indicators, base 2020, target 2025) under the id given, and its
// 指标数据.csv: indicators 1 and 2 every year 2020–2025, indicator 3
// (led by kw) up to last, so that with last 2024 the final year lacks one
// indicator's data, and with rows up to 2024 for all (full false) it lacks
// every one.
func finalPlan(t *testing.T, parent, id string, full bool) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "final", "plan.yaml"))
	must(t, err)
	dir := filepath.Join(parent, id)
	must(t, os.MkdirAll(dir, 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "plan.yaml"), []byte(strings.Replace(string(b), "id: final-test", "id: "+id, 1)), 0o644))
	rows := []string{"指标编号,年份,数值,数据来源",
		"1,2020,313.3,示例", "1,2021,313.1,示例", "1,2022,312.9,示例", "1,2023,312.8,示例", "1,2024,312.6,示例",
		"2,2020,100,示例", "2,2021,106,示例", "2,2022,112,示例", "2,2023,118,示例", "2,2024,124,示例",
		"3,2020,10,示例", "3,2021,12,示例", "3,2022,14,示例", "3,2023,16,示例", "3,2024,18,示例",
	}
	if full {
		rows = append(rows, "1,2025,312.4,示例", "2,2025,131,示例") // no 2025 value for indicator 3
	}
	must(t, os.WriteFile(filepath.Join(dir, "指标数据.csv"), []byte(strings.Join(rows, "\n")+"\n"), 0o644))
	return dir
}

// TestFinalYearExitCodes: the final year (2025) with one indicator's data
// missing is written (exit 0), fires --fail-on no-data (exit 3); with no
// indicator's data it is refused (exit 1), nothing written, saying which
// data are missing — for the plan's report, a department's and each plan
// of a batch.
func TestFinalYearExitCodes(t *testing.T) {
	root := t.TempDir()
	some := finalPlan(t, root, "some-data", true)
	none := finalPlan(t, root, "no-data", false)

	out := t.TempDir()
	stdout, stderr, code := runCmd(t, "report", "--plan", some, "--year", "2025", "--date", "2026-03-01", "--out", out)
	if code != 0 {
		t.Fatalf("some data: exit %d\n%s%s", code, stdout, stderr)
	}
	res := readResult(t, filepath.Join(out, "some-data_2025.json"))
	// 3 indicators, 1 without its 2025 value: 2 assessable.
	if res.Stage != model.Final || res.Summary.Total != 3 || res.Summary.Assessable != 2 || statusOf(res, "3") != eval.NoData {
		t.Errorf("stage %s, %d of %d assessable, indicator 3 %s", res.Stage, res.Summary.Assessable, res.Summary.Total, statusOf(res, "3"))
	}
	if _, _, code := runCmd(t, "report", "--plan", some, "--year", "2025", "--date", "2026-03-01", "--out", t.TempDir(), "--fail-on", "no-data"); code != exitPolicy {
		t.Errorf("--fail-on no-data: exit %d, want %d", code, exitPolicy)
	}

	want := "none of the 3 indicators can be assessed in 2025"
	fill := "fill the 2025 column of the sheet 指标数据 in 指标数据.csv (plancheck template --year 2025 writes a blank workbook to fill), then run again; nothing was written"
	for _, args := range [][]string{nil, {"--department", "kw"}, {"--department", "fgw"}} {
		out := filepath.Join(t.TempDir(), "out")
		stdout, stderr, code := runCmd(t, append([]string{"report", "--plan", none, "--year", "2025", "--date", "2026-03-01", "--out", out}, args...)...)
		if code != exitInput || !strings.Contains(stderr, want) || !strings.Contains(stderr, fill) {
			t.Errorf("%v nothing assessable: exit %d\n%s%s\nwant %q and %q", args, code, stdout, stderr, want, fill)
		}
		// Who must report what, since no workbook lists it.
		if !strings.Contains(stderr, "区科委 (kw): data not reported up to 2025 for 1 indicator; plancheck validate --year 2025 lists each") {
			t.Errorf("%v: the departments' missing reports are not listed:\n%s", args, stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%v: %s was written", args, out)
		}
	}

	// In a batch, the plan without data fails alone.
	out = t.TempDir()
	stdout, _, code = runCmd(t, "report", "--plan", root, "--year", "2025", "--date", "2026-03-01", "--out", out, "--log-format", "text")
	if code != exitInput || !strings.Contains(stdout, "2 plan(s)") || !strings.Contains(stdout, "1 written, 1 failed") ||
		!strings.Contains(stdout, "FAILED "+filepath.Join(none, "plan.yaml")+":\n  "+want) {
		t.Errorf("batch: exit %d\n%s", code, stdout)
	}
	if got := listDir(t, out); !strings.Contains(strings.Join(got, " "), "some-data_2025.json") || strings.Contains(strings.Join(got, " "), "no-data_2025") {
		t.Errorf("batch wrote %v", got)
	}

	// Before the final year a report with nothing assessable is still
	// written: it is how the departments see what they have not reported.
	if _, stderr, code := runCmd(t, "report", "--plan", none, "--year", "2024", "--date", "2025-03-01", "--out", t.TempDir()); code != 0 {
		t.Errorf("2024: exit %d\n%s", code, stderr)
	}
}

// TestFinalNoDataLine: in the final year the indicators without data
// (eval's Summary.NoData) are named in one line on stderr, in a batch as
// the plan's NOTE.
func TestFinalNoDataLine(t *testing.T) {
	some := finalPlan(t, t.TempDir(), "some-data", true)
	_, stderr, code := runCmd(t, "report", "--plan", some, "--year", "2025", "--date", "2026-03-01", "--out", t.TempDir())
	want := "2025 is the plan's final year, and 1 of the 3 indicators have no 2025 data (数据待补): 3 研发机构数量; the report says so at its top"
	if code != 0 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d\n%s\nwant %q", code, stderr, want)
	}
}

func TestNoDataLine(t *testing.T) {
	inds := []eval.IndicatorResult{{ID: "1", Name: "常住人口规模"}, {ID: "2", Name: "地区生产总值"}, {ID: "3", Name: "研发机构数量"}}
	many := make([]string, 12)
	for i := range many {
		many[i] = "1"
	}
	cases := []struct {
		stage  model.Stage
		noData []string
		want   string
	}{
		{model.Final, []string{"2", "3"}, "2025 is the plan's final year, and 2 of the 3 indicators have no 2025 data (数据待补): 2 地区生产总值, 3 研发机构数量; the report says so at its top — fill the 2025 column of the sheet 指标数据 and run again"},
		{model.Final, nil, ""},
		{model.Annual, []string{"2"}, ""}, // the line is the final year's
		// 12 listed: the first 10, then "and 2 more".
		{model.Final, many, "12 of the 3 indicators have no 2025 data (数据待补): " + strings.Repeat("1 常住人口规模, ", 10) + "and 2 more;"},
	}
	for _, c := range cases {
		res := &eval.Result{Year: 2025, Stage: c.stage, Indicators: inds, Summary: eval.Summary{Total: 3, NoData: c.noData}}
		if got := noDataLine(res); (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
			t.Errorf("%s %v: %q\nwant %q", c.stage, c.noData, got, c.want)
		}
	}
}

func statusOf(res *eval.Result, id string) eval.Status {
	for _, ind := range res.Indicators {
		if ind.ID == id {
			return ind.Status
		}
	}
	return ""
}
