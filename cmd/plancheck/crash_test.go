package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPanicIsAPlanError: a panic while one plan of a batch is reported (a
// bug in a renderer, say) becomes that plan's error, with a message asking
// to report the bug and no stack trace; the other plans are written and
// the exit code is 1, never 2.
func TestPanicIsAPlanError(t *testing.T) {
	setStepHook(t, func(ctx context.Context, step, name string) {
		if step == "rendered" && (name == "b-district" || name == "haidian-14th") {
			panic("test panic")
		}
	})
	root := t.TempDir()
	for _, id := range []string{"a-district", "b-district", "c-district"} {
		planFolder(t, root, id)
	}
	o := t.TempDir()
	stdout, stderr, code := runCmd(t, "report", "--plan", root, "--year", "2023", "--date", "2024-03-15", "--jobs", "2", "--log-format", "text", "--out", o)
	if code != exitInput {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"3 plan(s) in ",
		": 2 written, 1 failed\n",
		"FAILED " + filepath.Join(root, "b-district", "plan.yaml") + ":\n  " + filepath.Join(root, "b-district", "plan.yaml") + ": internal error: plancheck crashed (panic: test panic, at plancheck/cmd/plancheck.TestPanicIsAPlanError.func1 (cmd/plancheck/crash_test.go:",
		"This is a bug in plancheck: please report it with the command line and the input files\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout+stderr, "goroutine ") {
		t.Errorf("a stack trace was printed:\n%s%s", stdout, stderr)
	}
	for _, id := range []string{"a-district", "c-district"} {
		if _, err := os.Stat(filepath.Join(o, id+"_2023.pdf")); err != nil {
			t.Errorf("%s was not written after b's crash: %v", id, err)
		}
	}

	// One plan: the same message, exit 1, nothing written.
	o = filepath.Join(t.TempDir(), "out")
	_, stderr, code = runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--out", o)
	if code != exitInput || !strings.Contains(stderr, "internal error: plancheck crashed (panic: test panic") || strings.Contains(stderr, "Run 'plancheck help'") {
		t.Errorf("one plan: exit %d %s", code, stderr)
	}
	if _, err := os.Stat(o); err == nil {
		t.Error("a crashed run wrote its output folder")
	}
}

// recovered names the function that panicked, outside the runtime.
func TestRecoveredNamesThePlace(t *testing.T) {
	var c *crash
	func() {
		defer func() { c = recovered(recover()) }()
		var s []int
		_ = s[len(s)+1-1] // out of range: the runtime panics
	}()
	if c == nil || !strings.HasPrefix(c.at, "plancheck/cmd/plancheck.TestRecoveredNamesThePlace.func1 (cmd/plancheck/crash_test.go:") {
		t.Fatalf("recovered = %+v", c)
	}
	if msg := c.Error(); !strings.HasPrefix(msg, "internal error: plancheck crashed (panic: runtime error: index out of range [0] with length 0, at ") {
		t.Errorf("message %q", msg)
	}
	// A huge panic value is cut.
	long := (&crash{value: strings.Repeat("x", 1000), at: "f"}).Error()
	if strings.Count(long, "x") != 200 || !strings.Contains(long, "x…, at f") {
		t.Errorf("long value: %q", long)
	}
}

// Errors that are not the command line's fault exit 1, never 2: the plan
// or its data, a department that leads nothing, a workbook without a year.
func TestExitCodesAreNotUsage(t *testing.T) {
	plan := "../../testdata/workbooks/plan.yaml"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "--department", "区体育局"}, "leads no indicator, task or project"},
		{[]string{"report", "--plan", "../../testdata/plans/bad/" + firstBadPlan(t)}, ""},
		{[]string{"report", "--plan", "nowhere/plan.yaml"}, "--plan nowhere/plan.yaml: no such file or folder"},
		{[]string{"evaluate", "--plan", plan, "--data", "../../testdata/workbooks/bad/duplicate.xlsx"}, ""},
	} {
		_, stderr, code := runCmd(t, append(c.args, "--out", t.TempDir())...)
		if code != exitInput || !strings.Contains(stderr, c.want) || strings.Contains(stderr, "Run 'plancheck help'") {
			t.Errorf("%v: exit %d %s\nwant 1 and %q", c.args, code, stderr, c.want)
		}
	}
}

func firstBadPlan(t *testing.T) string {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/plans/bad/*.yaml")
	if len(files) == 0 {
		t.Fatal("no bad plans in testdata")
	}
	return filepath.Base(files[0])
}

// A panic outside a report job (here while evaluate writes) is caught by
// run: exit 1 with the bug message, no temporary file left.
func TestPanicInCommand(t *testing.T) {
	failpoint = func(step, name string) error {
		if step == "rename" {
			panic("test panic in evaluate")
		}
		return nil
	}
	defer func() { failpoint = nil }()
	o := t.TempDir()
	_, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--out", o)
	if code != exitInput || !strings.Contains(stderr, "internal error: plancheck crashed (panic: test panic in evaluate, at ") {
		t.Errorf("exit %d %s", code, stderr)
	}
	for _, n := range listDir(t, o) {
		if strings.HasSuffix(n, ".tmp") {
			t.Errorf("left %s", n)
		}
	}

	// A panic between two renames of a set puts the first back.
	failpoint = nil
	if _, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--out", o); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	old, _ := os.Stat(filepath.Join(o, "haidian-14th_2023.json"))
	failpoint = func(step, name string) error {
		if step == "rename" && name == "haidian-14th_2023.pdf" {
			panic("test panic between renames")
		}
		return nil
	}
	_, stderr, code = runCmd(t, "report", "--year", "2023", "--date", "2024-04-01", "--out", o)
	if code != exitInput || !strings.Contains(stderr, "panic: test panic between renames") {
		t.Errorf("exit %d %s", code, stderr)
	}
	if st, _ := os.Stat(filepath.Join(o, "haidian-14th_2023.json")); !os.SameFile(st, old) {
		t.Error("the JSON renamed before the panic was not put back")
	}
	if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock "+strings.Join(setNames(), " ") {
		t.Errorf("--out holds %s", got)
	}
}
