package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"plancheck/data"
)

// ciCommands are the plancheck commands of docs/ci.md's pipelines (the
// GitHub Actions and GitLab CI jobs and the nightly check), continuation
// lines joined, with the CI's variables given the values of a local run:
// no --year (the latest), one shard of one.
func ciCommands(t *testing.T) [][]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	s = s[strings.Index(s, "## GitHub Actions"):]
	// The comparison's pipeline, shards then compare, is TestCIPipeline's.
	if i := strings.Index(s, "## Comparing the districts"); i >= 0 {
		if j := strings.Index(s[i+3:], "\n## "); j >= 0 {
			s = s[:i] + s[i+3+j:]
		}
	}
	s = regexp.MustCompile(`\\\n\s*`).ReplaceAllString(s, "")
	// GitLab's YAML folds a plain scalar's indented next line into it.
	s = regexp.MustCompile(`\n {8}(--)`).ReplaceAllString(s, " $1")
	repl := strings.NewReplacer(
		"${YEAR:+--year $YEAR}", "",
		"${{ matrix.shard }}/4", "1/1",
		"${CI_NODE_INDEX}/${CI_NODE_TOTAL}", "1/1",
	)
	var cmds [][]string
	for _, line := range strings.Split(s, "\n") {
		line = repl.Replace(line)
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		if i := strings.Index(line, " && "); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(line), "- "))
		if len(f) > 1 && (f[0] == "plancheck" || f[0] == "./plancheck") && (f[1] == "report" || f[1] == "validate") {
			cmds = append(cmds, f[1:])
		}
	}
	return cmds
}

// TestCIReports runs docs/ci.md's pipeline commands on a plans/ folder
// holding the embedded Haidian plan and its sample workbook: each exits
// as the doc says (0, or 3 when a --fail-on policy fires) and writes where
// the job uploads from.
func TestCIReports(t *testing.T) {
	cmds := ciCommands(t)
	if len(cmds) != 4 {
		t.Fatalf("docs/ci.md: %d plancheck commands found, want 4 (GitHub's two, GitLab's, the nightly validate): %q", len(cmds), cmds)
	}
	t.Chdir(t.TempDir())
	t.Setenv("SOURCE_DATE_EPOCH", "1710460800")
	must(t, os.MkdirAll("plans/haidian", 0o755))
	for _, name := range []string{data.PlanFile, data.SampleWorkbook} {
		b, err := data.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		must(t, os.WriteFile(filepath.Join("plans/haidian", name), b, 0o644))
	}
	for _, args := range cmds {
		stdout, stderr, code := runCmd(t, args...)
		fails := strings.Contains(strings.Join(args, " "), "--fail-on")
		if code != 0 && !(fails && code == exitPolicy) {
			t.Errorf("plancheck %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout, stderr)
		}
	}
	for _, f := range []string{"reports/haidian-14th_2025.pdf", "site/haidian-14th_2025_public.html", "site/haidian-14th_2025_public.csv"} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("the pipeline did not write %s: %v", f, err)
		}
	}
}
