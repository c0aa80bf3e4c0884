package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plancheck/data"
	"plancheck/report/plan"
)

// TestInitValidates: a folder made by plancheck init validates (exit 0)
// and validate says what is still to be filled.
func TestInitValidates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	stdout, stderr, code := runCmd(t, "init", dir, "--date", "2026-03-01")
	if code != 0 {
		t.Fatalf("init: exit %d: %s", code, stderr)
	}
	if got := strings.Join(listDir(t, dir), " "); got != ".plancheck.lock my-district-15th_2026_template.xlsx plan.yaml" {
		t.Errorf("init wrote %s", got)
	}
	if !strings.Contains(stdout, "plancheck validate --plan "+dir) {
		t.Errorf("init does not say what to do next:\n%s", stdout)
	}
	stdout, stderr, code = runCmd(t, "validate", "--plan", dir)
	if code != 0 {
		t.Fatalf("validate of a new folder: exit %d\n%s%s", code, stdout, stderr)
	}
	for _, want := range []string{
		"todo: plan.yaml:15: an example value still to replace",
		"todo: my-district-15th_2026_template.xlsx: no value after 2025 filled in yet",
		"11 indicators, no errors",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("validate: no %q in\n%s", want, stdout)
		}
	}
	// Once the marks are gone, validate no longer lists them.
	p := filepath.Join(dir, "plan.yaml")
	b, _ := os.ReadFile(p)
	must(t, os.WriteFile(p, []byte(strings.ReplaceAll(string(b), "# 待填", "")), 0o644))
	stdout, _, _ = runCmd(t, "validate", "--plan", dir)
	if strings.Contains(stdout, "todo: plan.yaml") {
		t.Errorf("validate lists lines no longer marked:\n%s", stdout)
	}
}

// TestInitRefuses: init writes only into a new or empty folder, and
// nothing anywhere when it refuses.
func TestInitRefuses(t *testing.T) {
	root := t.TempDir()
	full := filepath.Join(root, "full")
	must(t, os.Mkdir(full, 0o755))
	must(t, os.WriteFile(filepath.Join(full, "mine.txt"), []byte("x"), 0o644))
	file := filepath.Join(root, "file")
	must(t, os.WriteFile(file, []byte("x"), 0o644))
	empty := filepath.Join(root, "empty")
	must(t, os.Mkdir(empty, 0o755))
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"init"}, exitUsage, "give the folder to create"},
		{[]string{"init", "a", "b"}, exitUsage, "give one folder, not 2"},
		{[]string{"init", full}, exitUsage, "is not empty (it holds " + filepath.Join(full, "mine.txt")},
		{[]string{"init", file}, exitUsage, "is a file, not a folder"},
		{[]string{"init", empty, "--dat", "2026-01-01"}, exitUsage, "did you mean --date?"},
	} {
		_, stderr, code := runCmd(t, c.args...)
		if code != c.code || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, %q; want %d and %q", c.args, code, stderr, c.code, c.want)
		}
	}
	if got := strings.Join(listDir(t, full), " "); got != "mine.txt" {
		t.Errorf("a refused init touched the folder: %s", got)
	}
	if got := strings.Join(listDir(t, root), " "); got != "empty file full" {
		t.Errorf("a refused init wrote beside: %s", got)
	}
	if _, _, code := runCmd(t, "init", empty); code != 0 {
		t.Errorf("init into an empty folder: exit %d", code)
	}
}

// TestValidatePlanPlace: a finding without a cell names the indicator's
// line in plan.yaml (the embedded sample leaves out indicator 23's 2024
// requirement), never "(no cell)".
func TestValidatePlanPlace(t *testing.T) {
	stdout, _, _ := runCmd(t, "validate")
	if strings.Contains(stdout, "(no cell)") {
		t.Errorf("validate still says (no cell):\n%s", stdout)
	}
	p, err := plan.Parse(bytes.NewReader(mustRead(t, data.PlanFile)), data.PlanFile)
	if err != nil {
		t.Fatal(err)
	}
	line := p.Indicator("23").Line
	if want := fmt.Sprintf("warning: (embedded) plan.yaml:%d: 指标23", line); !strings.Contains(stdout, want) {
		t.Errorf("validate does not name plan.yaml:%d for indicator 23:\n%s", line, stdout)
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := data.FS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
