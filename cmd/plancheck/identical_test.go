package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"plancheck/scripts/genplans/gen"
)

// TestOutputsUnchanged holds the performance work to its promise: every
// output of a set of runs covering each mode (annual, mid-term, final,
// public, a department, a 260-indicator plan, a batch) has the SHA-256 in
// testdata/outputs.sha256. An optimisation must leave it as it is; a change
// of content updates it on purpose with
// `go test ./cmd/plancheck -run TestOutputsUnchanged -update`, and the
// commit says why the bytes changed.
func TestOutputsUnchanged(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 9 report sets")
	}
	const golden = "testdata/outputs.sha256"
	tmp := t.TempDir()
	big := filepath.Join(tmp, "in", "big")
	batch := filepath.Join(tmp, "in", "batch")
	if err := gen.Indicators(big, 260); err != nil {
		t.Fatal(err)
	}
	if err := gen.Plans(batch, 3); err != nil {
		t.Fatal(err)
	}
	all := "pdf,docx,xlsx,json,html"
	runs := []struct{ name, args string }{
		{"2023", "--year 2023 --format " + all},
		{"2024", "--year 2024 --format " + all},
		{"2025", "--year 2025 --format " + all},
		{"public", "--year 2024 --edition public --format " + all},
		{"department", "--year 2024 --department kw --format " + all},
		{"big", "--year 2024 --plan " + big + " --format " + all},
		{"batch", "--year 2024 --jobs 2 --log-format text --plan " + filepath.Join(batch, "district-001") +
			" --plan " + filepath.Join(batch, "district-002") + " --plan " + filepath.Join(batch, "district-003")},
	}
	var lines []string
	for _, r := range runs {
		out := filepath.Join(tmp, r.name)
		args := append([]string{"report", "--date", "2024-03-15", "--out", out}, strings.Fields(r.args)...)
		if err := run(context.Background(), args, io.Discard, io.Discard); err != nil {
			t.Fatalf("%s: %v", r.args, err)
		}
		names, err := os.ReadDir(out)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range names {
			b, err := os.ReadFile(filepath.Join(out, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasPrefix(e.Name(), ".") {
				continue // the folder's lock
			}
			lines = append(lines, fmt.Sprintf("%x  %s/%s", sha256.Sum256(b), r.name, e.Name()))
		}
	}
	sort.Strings(lines)
	got := strings.Join(lines, "\n") + "\n"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/plancheck -run TestOutputsUnchanged -update to create it)", err)
	}
	if got != string(want) {
		wantSet := map[string]bool{}
		for _, l := range strings.Split(string(want), "\n") {
			wantSet[l] = true
		}
		for _, l := range lines {
			if !wantSet[l] {
				t.Errorf("changed: %s", l)
			}
		}
		t.Errorf("the outputs' bytes differ from %s; if the change of content is intended, run with -update and say why in the commit", golden)
	}
}
