package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plancheck/data"
)

// TestInParallel: every index is done once, and a panic on a worker is
// raised again on the caller as a *crash, the first by index.
func TestInParallel(t *testing.T) {
	done := make([]int, 100)
	inParallel(len(done), func(i int) { done[i]++ })
	for i, n := range done {
		if n != 1 {
			t.Fatalf("index %d done %d times", i, n)
		}
	}
	defer func() {
		c, ok := recover().(*crash)
		if !ok || !strings.Contains(c.Error(), "boom 3") {
			t.Errorf("recovered %v, want the crash of index 3", c)
		}
	}()
	inParallel(10, func(i int) {
		if i == 3 || i == 7 {
			panic("boom " + string(rune('0'+i)))
		}
	})
	t.Error("inParallel returned after a panic")
}

// TestWorkbooksInOrder: the workbooks are read side by side, but their
// findings are reported in the order of --data, run after run.
func TestWorkbooksInOrder(t *testing.T) {
	dir := t.TempDir()
	plan, err := data.FS.ReadFile(data.PlanFile)
	if err != nil {
		t.Fatal(err)
	}
	book, err := data.FS.ReadFile(data.SampleWorkbook)
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(filepath.Join(dir, "plan.yaml"), plan, 0o644))
	var args []string
	for _, n := range []string{"c-broken.xlsx", "a-good.xlsx", "b-broken.xlsx", "d-empty.xlsx"} {
		body := book
		switch {
		case strings.Contains(n, "broken"):
			body = []byte("not a workbook " + n)
		case strings.Contains(n, "empty"):
			body = nil
		}
		must(t, os.WriteFile(filepath.Join(dir, n), body, 0o644))
		args = append(args, "--data", filepath.Join(dir, n))
	}
	var first string
	for range 10 {
		var stdout, stderr strings.Builder
		err := run(context.Background(), append([]string{"validate", "--plan", filepath.Join(dir, "plan.yaml")}, args...), &stdout, &stderr)
		if err == nil {
			t.Fatal("validate passed broken workbooks")
		}
		got := stdout.String() + stderr.String()
		c, b, d := strings.Index(got, "c-broken.xlsx"), strings.Index(got, "b-broken.xlsx"), strings.Index(got, "d-empty.xlsx")
		if c < 0 || b < 0 || d < 0 || !(c < b && b < d) {
			t.Fatalf("the workbooks' findings are not in --data's order:\n%s", got)
		}
		if first == "" {
			first = got
		} else if got != first {
			t.Fatalf("two runs differ:\n%s\n---\n%s", first, got)
		}
	}
}
