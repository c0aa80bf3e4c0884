package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readmeUsing is README.md's "Using it" block: its ./plancheck lines, in
// order, each as its arguments (a trailing # comment removed).
func readmeUsing(t *testing.T) [][]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "## Using it\n")
	if i < 0 {
		t.Fatal("README.md has no section ## Using it")
	}
	s = s[i:]
	s = s[strings.Index(s, "```sh\n")+6:]
	s = s[:strings.Index(s, "```")]
	var cmds [][]string
	for _, line := range strings.Split(s, "\n") {
		if j := strings.Index(line, " #"); j >= 0 {
			line = line[:j]
		}
		f := strings.Fields(line)
		if len(f) > 0 && f[0] == "./plancheck" {
			cmds = append(cmds, f[1:])
		}
	}
	return cmds
}

// TestReadmeUsing runs README's "Using it" examples as written, in a
// fresh folder, in order: each exits 0 and writes what its comment says.
func TestReadmeUsing(t *testing.T) {
	cmds := readmeUsing(t)
	if len(cmds) < 10 {
		t.Fatalf("README's Using it has %d ./plancheck lines; the block was not found whole", len(cmds))
	}
	t.Chdir(t.TempDir())
	t.Setenv("SOURCE_DATE_EPOCH", "1772323200") // 2026-03-01
	for _, args := range cmds {
		_, stderr, code := runCmd(t, args...)
		if code != 0 {
			t.Fatalf("./plancheck %s: exit %d\n%s", strings.Join(args, " "), code, stderr)
		}
	}
	for _, f := range []string{
		"out/haidian-14th_2023.pdf", "out/haidian-14th_2023_kw.pdf", "out/haidian-14th_2024.docx",
		"out/haidian-14th_2024_public.html", "out/haidian-14th_2024_kw_template.xlsx",
		"my/plan.yaml", "my/my-district-15th_2026_template.xlsx", "reports/my-district-15th_2026.pdf",
	} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("README's examples did not write %s: %v", f, err)
		}
	}
}
