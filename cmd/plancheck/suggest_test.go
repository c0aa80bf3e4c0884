package main

import (
	"strings"
	"testing"
)

// TestUnknownFlagSuggests: on every subcommand a misspelt flag is bad
// usage naming the nearest flag.
func TestUnknownFlagSuggests(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "--yaer", "2024"}, "--year"},
		{[]string{"report", "--fromat", "pdf"}, "--format"},
		{[]string{"evaluate", "--yaer", "2024"}, "--year"},
		{[]string{"validate", "--plna", "x"}, "--plan"},
		{[]string{"template", "--departmnet", "kw"}, "--department"},
		{[]string{"explain", "--dta", "x", "7"}, "--data"},
		{[]string{"init", "--dat", "2026-01-01", "x"}, "--date"},
	} {
		_, stderr, code := runCmd(t, c.args...)
		if code != exitUsage || !strings.Contains(stderr, "did you mean "+c.want+"?") {
			t.Errorf("%v: exit %d, %q; want 2 and did you mean %s?", c.args, code, stderr, c.want)
		}
	}
	// Nothing near: no suggestion.
	if _, stderr, code := runCmd(t, "report", "--zzzzzzzz"); code != exitUsage || strings.Contains(stderr, "did you mean") {
		t.Errorf("--zzzzzzzz: exit %d, %q", code, stderr)
	}
}

// TestHelpExitCodes: plancheck --help lists every exit code and command.
func TestHelpExitCodes(t *testing.T) {
	stdout, _, code := runCmd(t, "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"0 done", "1 the inputs have errors", "2 bad usage", "3 a --fail-on policy fired", "130/143", "plancheck explain", "plancheck init DIR"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--help lacks %q", want)
		}
	}
}
