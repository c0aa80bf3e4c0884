package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plancheck/data"
)

// plansFolder makes a folder of plan folders: two good copies of the
// embedded plan under other ids, and one broken plan.
func plansFolder(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	planBytes, _ := data.FS.ReadFile(data.PlanFile)
	book, _ := data.FS.ReadFile(data.SampleWorkbook)
	for _, id := range []string{"a-district", "b-district"} {
		dir := filepath.Join(root, id)
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, "plan.yaml"), bytes.Replace(planBytes, []byte("id: haidian-14th"), []byte("id: "+id), 1), 0o644)
		os.WriteFile(filepath.Join(dir, "sample.xlsx"), book, 0o644)
	}
	bad := filepath.Join(root, "c-broken")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, "plan.yaml"), []byte("plan: {id: c-broken\n"), 0o644)
	return root
}

func TestBatch(t *testing.T) {
	root := plansFolder(t)
	out := t.TempDir()
	stdout, stderr, code := runCmd(t, "report", "--plan", root, "--year", "2023", "--date", "2024-03-15", "--jobs", "2", "--log-format", "json", "--out", out)
	if code != exitInput {
		t.Errorf("one broken plan: exit %d, want 1", code)
	}
	for _, name := range []string{"a-district_2023.pdf", "a-district_2023.xlsx", "b-district_2023.json"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("the good plans were not all written: %v", err)
		}
	}
	if !strings.Contains(stdout, "3 plan(s)") || !strings.Contains(stdout, "2 written, 1 failed") || !strings.Contains(stdout, "FAILED "+filepath.Join(root, "c-broken", "plan.yaml")) {
		t.Errorf("summary:\n%s", stdout)
	}
	if strings.Count(stderr, `"msg":"report written"`) != 2 || strings.Count(stderr, `"msg":"plan failed"`) != 1 {
		t.Errorf("json log:\n%s", stderr)
	}
}

func TestShardAndPolicy(t *testing.T) {
	root := plansFolder(t)
	os.RemoveAll(filepath.Join(root, "c-broken"))
	// Shares of [a, b]: 1/2 is a, 2/2 is b.
	out := t.TempDir()
	_, _, code := runCmd(t, "report", "--plan", root, "--year", "2023", "--date", "2024-03-15", "--shard", "2/2", "--log-format", "text", "--out", out)
	if code != 0 {
		t.Errorf("shard: exit %d", code)
	}
	if _, err := os.Stat(filepath.Join(out, "a-district_2023.pdf")); err == nil {
		t.Error("shard 2/2 wrote plan a")
	}
	if _, err := os.Stat(filepath.Join(out, "b-district_2023.pdf")); err != nil {
		t.Error("shard 2/2 did not write plan b")
	}
	// The sample has major problems: --fail-on problems exits 3, after writing.
	out = t.TempDir()
	stdout, _, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--fail-on", "problems,data-errors", "--out", out)
	if code != exitPolicy || !strings.Contains(stdout, "POLICY haidian-14th 2023: problems") {
		t.Errorf("--fail-on problems: exit %d\n%s", code, stdout)
	}
	if _, err := os.Stat(filepath.Join(out, "haidian-14th_2023.pdf")); err != nil {
		t.Error("a policy failure must still write the reports")
	}
	if _, stderr, code := runCmd(t, "report", "--fail-on", "everything"); code != exitUsage || !strings.Contains(stderr, `unknown policy "everything"`) {
		t.Errorf("unknown policy: exit %d %s", code, stderr)
	}
	for _, bad := range []string{"0/2", "3/2", "x"} {
		if _, _, code := runCmd(t, "report", "--shard", bad); code != exitUsage {
			t.Errorf("--shard %s: exit %d", bad, code)
		}
	}
}

// Same inputs and --date: byte-identical outputs (JSON, PDF, DOCX, XLSX).
func TestReproducible(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if _, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--out", dir); code != 0 {
			t.Fatalf("exit %d %s", code, stderr)
		}
	}
	for _, name := range setNames() {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs (%d and %d bytes)", name, len(x), len(y))
		}
	}
	// SOURCE_DATE_EPOCH stands for --date.
	t.Setenv("SOURCE_DATE_EPOCH", "1710460800") // 2024-03-15 00:00 UTC
	c := t.TempDir()
	if _, stderr, code := runCmd(t, "report", "--year", "2023", "--out", c); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	x, _ := os.ReadFile(filepath.Join(c, "haidian-14th_2023.json"))
	y, _ := os.ReadFile(filepath.Join(a, "haidian-14th_2023.json"))
	if !bytes.Equal(x, y) {
		t.Error("SOURCE_DATE_EPOCH run differs")
	}
}

// A workbook far larger than any monitoring workbook is refused before it is read.
func TestOversizeWorkbook(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(maxWorkbook + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	out := t.TempDir()
	stdout, _, code := runCmd(t, "validate", "--data", path)
	if code != exitInput || !strings.Contains(stdout, "huge.xlsx: 33554433 bytes (32.0 MiB) is more than the 32 MiB plancheck reads") {
		t.Errorf("exit %d\n%s", code, stdout)
	}
	if _, _, code := runCmd(t, "report", "--data", path, "--out", out); code != exitInput {
		t.Errorf("report: exit %d", code)
	}
	if ents, _ := os.ReadDir(out); len(ents) > 0 {
		t.Error("a refused run wrote output")
	}
}
