package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"plancheck/data"
	"plancheck/report/eval"
)

// runCmd runs plancheck in-process, as main would, and returns what it
// printed and its exit code.
func runCmd(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, &out, &errb)
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

func readResult(t *testing.T, path string) *eval.Result {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var res eval.Result
	if err := json.Unmarshal(b, &res); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return &res
}

// TestEvaluateDefaults is the "done when": the JSON for 2023 and
// 2024 from the embedded plan and sample workbook.
func TestEvaluateDefaults(t *testing.T) {
	for _, year := range []string{"2023", "2024"} {
		t.Run(year, func(t *testing.T) {
			dir := t.TempDir()
			stdout, stderr, code := runCmd(t, "evaluate", "--year", year, "--out", dir)
			if code != 0 {
				t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
			}
			res := readResult(t, filepath.Join(dir, "haidian-14th_"+year+".json"))
			if res.Plan.ID != "haidian-14th" || strconv.Itoa(res.Year) != year || len(res.Indicators) != 26 {
				t.Fatalf("plan %q year %d with %d indicators", res.Plan.ID, res.Year, len(res.Indicators))
			}
			statuses := map[eval.Status]int{}
			for _, ind := range res.Indicators {
				if ind.Status == "" || ind.StatusLabel == "" || ind.Kind == "" || ind.Name == "" {
					t.Errorf("indicator %s: incomplete %+v", ind.ID, ind)
				}
				if !ind.Status.Assessable() && ind.Reason == "" {
					t.Errorf("indicator %s: %s without a reason", ind.ID, ind.Status)
				}
				statuses[ind.Status]++
			}
			if len(statuses) < 4 {
				t.Errorf("the sample shows only %v; it should show the range of statuses", statuses)
			}
			if res.Summary.Total != 26 || res.Summary.Assessable == 0 {
				t.Errorf("summary = %+v", res.Summary)
			}
			if year == "2023" && res.Stage != "midterm" {
				t.Errorf("2023 is the midterm, got %q", res.Stage)
			}
			if !strings.Contains(stdout, "wrote ") {
				t.Errorf("stdout = %q", stdout)
			}
		})
	}
}

// A bare `plancheck report` works and picks the latest year with data.
func TestReportBare(t *testing.T) {
	dir := t.TempDir()
	wd, _ := os.Getwd()
	t.Chdir(dir)
	defer os.Chdir(wd)
	stdout, stderr, code := runCmd(t, "report")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out", "haidian-14th_2025.json")); err != nil {
		t.Errorf("bare report: %v\n%s", err, stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "no command given"},
		{[]string{"evalute"}, `unknown command "evalute"`},
		{[]string{"evaluate", "--yaer", "2023"}, "flag provided but not defined: -yaer"},
		{[]string{"evaluate", "--year", "2019"}, "year 2019 is outside the plan's evaluation years 2021–2025"},
		{[]string{"evaluate", "--year", "2026"}, "year 2026 is outside"},
		{[]string{"evaluate", "--year", "二〇二三"}, `invalid value "二〇二三" for flag -year`},
		{[]string{"evaluate", "2023"}, `unexpected argument "2023"`},
		{[]string{"evaluate", "--plan", "../../testdata/workbooks/plan.yaml"}, "no --data was given and there is no workbook (.xlsx or .csv) beside the plan"},
		{[]string{"evaluate", "--plan", "a.yaml", "--plan", "b.yaml"}, "only report takes several plans"},
	} {
		_, stderr, code := runCmd(t, c.args...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
	stdout, _, code := runCmd(t, "help", "report")
	if code != 0 || !strings.Contains(stdout, "-year") || !strings.Contains(stdout, "-data") {
		t.Errorf("help report: %d %q", code, stdout)
	}
}

// TestBadWorkbooks: validate names the file, sheet and cell of every bad
// workbook in testdata/, and evaluate refuses to write anything.
func TestBadWorkbooks(t *testing.T) {
	plan := "../../testdata/workbooks/plan.yaml"
	files, _ := filepath.Glob("../../testdata/workbooks/bad/*.xlsx")
	if len(files) < 10 {
		t.Fatalf("found %d bad workbooks", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(path, ".xlsx") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			if filepath.Base(path) == "old-xls.xlsx" {
				// A refusal names the file as typed, so that its command
				// runs from where the user is (here, this folder).
				want = []byte(path + ": the file is an Excel 97–2003 workbook (.xls), though named .xlsx, which plancheck does not read; save it as .xlsx from Excel or WPS, or convert it to ../../testdata/workbooks/bad/converted/old-xls.xlsx with LibreOffice: soffice --headless --convert-to xlsx --outdir ../../testdata/workbooks/bad/converted ../../testdata/workbooks/bad/old-xls.xlsx")
			}
			stdout, stderr, code := runCmd(t, "validate", "--plan", plan, "--data", path)
			if code != exitInput || !strings.Contains(stdout, strings.TrimSpace(string(want))) {
				t.Errorf("exit %d\nstdout: %s\nstderr: %s\nwant exit 1 and %q", code, stdout, stderr, want)
			}
			out := t.TempDir()
			_, stderr, code = runCmd(t, "evaluate", "--year", "2023", "--plan", plan, "--data", path, "--out", out)
			if code != exitInput || !strings.Contains(stderr, strings.TrimSpace(string(want))) {
				t.Errorf("evaluate: exit %d, %s", code, stderr)
			}
			if ents, _ := os.ReadDir(out); len(ents) > 0 {
				t.Errorf("evaluate wrote %d file(s) from a bad workbook", len(ents))
			}
		})
	}
}

func TestBadPlans(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/plans/bad/*.yaml")
	for _, path := range files {
		want, _ := os.ReadFile(strings.TrimSuffix(path, ".yaml") + ".want")
		stdout, stderr, code := runCmd(t, "validate", "--plan", path)
		if code != exitInput || !strings.Contains(stdout, strings.TrimSpace(string(want))) {
			t.Errorf("%s: exit %d\n%s%s\nwant %q", path, code, stdout, stderr, want)
		}
	}
}

func TestValidateDefault(t *testing.T) {
	stdout, stderr, code := runCmd(t, "validate")
	if code != 0 {
		t.Fatalf("the embedded data do not validate: exit %d\n%s%s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "0 error(s)") {
		t.Errorf("stdout = %s", stdout)
	}
}

// No output may overwrite an input.
func TestOutputNeverOverwritesInput(t *testing.T) {
	dir := t.TempDir()
	planBytes, _ := data.FS.ReadFile(data.PlanFile)
	book, _ := data.FS.ReadFile(data.SampleWorkbook)
	// A plan file that happens to carry the JSON output's name.
	planPath := filepath.Join(dir, "haidian-14th_2023.json")
	os.WriteFile(planPath, planBytes, 0o644)
	os.WriteFile(filepath.Join(dir, "book.xlsx"), book, 0o644)
	_, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--plan", planPath, "--data", filepath.Join(dir, "book.xlsx"), "--out", dir)
	if code == 0 || !strings.Contains(stderr, "would overwrite the input") {
		t.Errorf("exit %d, %s", code, stderr)
	}
	if b, _ := os.ReadFile(planPath); !bytes.Equal(b, planBytes) {
		t.Error("the input was overwritten")
	}
}

// Two workbooks reporting the same indicator-year differently: an error naming both cells.
func TestConflictAcrossWorkbooks(t *testing.T) {
	dir := t.TempDir()
	book, _ := data.FS.ReadFile(data.SampleWorkbook)
	a, b := filepath.Join(dir, "a.xlsx"), filepath.Join(dir, "b.xlsx")
	os.WriteFile(a, book, 0o644)
	os.WriteFile(b, book, 0o644)
	// Identical workbooks merge cleanly.
	if stdout, stderr, code := runCmd(t, "validate", "--data", dir); code != 0 {
		t.Fatalf("identical workbooks: exit %d\n%s%s", code, stdout, stderr)
	}
}
