package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// plancheck template writes a blank workbook that validate reads as empty,
// for the whole plan or one department, with last year's values beside.
func TestTemplateCommand(t *testing.T) {
	dir := t.TempDir()
	stdout, stderr, code := runCmd(t, "template", "--year", "2025", "--date", "2025-01-05", "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	blank := filepath.Join(dir, "haidian-14th_2025_template.xlsx")
	if _, err := os.Stat(blank); err != nil {
		t.Fatal(err)
	}
	// An untouched template reads without errors (and reports nothing for 2025).
	if stdout, _, code := runCmd(t, "validate", "--data", blank, "--year", "2024"); code != 0 || !strings.Contains(stdout, "0 error(s)") {
		t.Errorf("validate the blank template: exit %d\n%s", code, stdout)
	}

	// One department's template, with last year's values from a report.
	report := filepath.Join(dir, "report")
	if _, stderr, code := runCmd(t, "report", "--year", "2024", "--date", "2025-01-05", "--out", report); code != 0 {
		t.Fatalf("report: exit %d %s", code, stderr)
	}
	stdout, stderr, code = runCmd(t, "template", "--year", "2025", "--department", "区教委", "--data", filepath.Join(report, "haidian-14th_2024.xlsx"), "--out", dir)
	if code != 0 || !strings.Contains(stdout, "haidian-14th_2025_jw_template.xlsx") {
		t.Errorf("department template: exit %d\n%s%s", code, stdout, stderr)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"template"}, "give --year"},
		{[]string{"template", "--year", "2030"}, "outside the plan's years"},
		{[]string{"template", "--year", "2025", "--department", "区体育部"}, `--department "区体育部" is not a department of the plan`},
	} {
		if _, stderr, code := runCmd(t, c.args...); code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d %s", c.args, code, stderr)
		}
	}
}
