package main

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"plancheck/data"
)

// planFolder makes a plan folder under parent: plan.yaml (the embedded plan
// with its id replaced by id) and sample.xlsx (the embedded workbook).
func planFolder(t *testing.T, parent, id string) string {
	t.Helper()
	planBytes, _ := data.FS.ReadFile(data.PlanFile)
	book, _ := data.FS.ReadFile(data.SampleWorkbook)
	dir := filepath.Join(parent, id)
	must(t, os.MkdirAll(dir, 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "plan.yaml"), bytes.Replace(planBytes, []byte("id: haidian-14th"), []byte("id: "+id), 1), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "sample.xlsx"), book, 0o644))
	return dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// runCmdWithin is runCmd failing the test if plancheck has not returned
// within d: the cases it runs used to hang forever.
func runCmdWithin(t *testing.T, d time.Duration, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	type res struct {
		out, err string
		code     int
	}
	done := make(chan res, 1)
	go func() {
		var out, errb bytes.Buffer
		err := run(t.Context(), args, &out, &errb)
		c := exitCode(err, &errb)
		done <- res{out.String(), errb.String(), c}
	}()
	select {
	case r := <-done:
		return r.out, r.err, r.code
	case <-time.After(d):
		t.Fatalf("plancheck %s: still running after %s (it hangs)", strings.Join(args, " "), d)
	}
	return "", "", 0
}

// listDir is the names in dir, hidden ones included, sorted.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

// TestOutputGuardComparesFiles: the "output would overwrite an input" guard
// compares files (device and inode, links followed), not spellings.
// Nothing is written when it refuses, and the input is unchanged.
func TestOutputGuardComparesFiles(t *testing.T) {
	book, _ := data.FS.ReadFile(data.SampleWorkbook)
	const out = "haidian-14th_2025.xlsx" // the Excel report's name for the sample's latest year (its final year)
	for _, c := range []struct {
		name string
		// setup returns the --data workbook, the --out folder, and the
		// message expected (with the two placeholders filled in).
		setup func(t *testing.T, root string) (data, outDir, want string)
	}{
		{"--out is a symbolic link to the data folder", func(t *testing.T, root string) (string, string, string) {
			d := filepath.Join(root, "d")
			must(t, os.MkdirAll(d, 0o755))
			in := filepath.Join(d, out)
			must(t, os.WriteFile(in, book, 0o644))
			link := filepath.Join(root, "link")
			must(t, os.Symlink(d, link))
			return in, link, filepath.Join(link, out) + ": the output would overwrite the input " + in + "; choose another --out folder"
		}},
		{"the input spelled through a symbolic link, --out the real folder", func(t *testing.T, root string) (string, string, string) {
			d := filepath.Join(root, "d")
			must(t, os.MkdirAll(d, 0o755))
			must(t, os.WriteFile(filepath.Join(d, out), book, 0o644))
			must(t, os.Symlink(d, filepath.Join(root, "link")))
			in := filepath.Join(root, "link", ".", out)
			return in, d, filepath.Join(d, out) + ": the output would overwrite the input " + in + "; choose another --out folder"
		}},
		{"the output name is a hard link to the input", func(t *testing.T, root string) (string, string, string) {
			in := filepath.Join(root, "book.xlsx")
			must(t, os.WriteFile(in, book, 0o644))
			o := filepath.Join(root, "o")
			must(t, os.MkdirAll(o, 0o755))
			must(t, os.Link(in, filepath.Join(o, out)))
			return in, o, filepath.Join(o, out) + ": the output would overwrite the input " + in + "; choose another --out folder"
		}},
		{"the output name is a symbolic link to the input", func(t *testing.T, root string) (string, string, string) {
			in := filepath.Join(root, "book.xlsx")
			must(t, os.WriteFile(in, book, 0o644))
			o := filepath.Join(root, "o")
			must(t, os.MkdirAll(o, 0o755))
			must(t, os.Symlink(in, filepath.Join(o, out)))
			return in, o, filepath.Join(o, out) + ": the output would overwrite the input " + in + " (it is a symbolic link to it); choose another --out folder"
		}},
		{"a folder where an output goes", func(t *testing.T, root string) (string, string, string) {
			in := filepath.Join(root, "book.xlsx")
			must(t, os.WriteFile(in, book, 0o644))
			o := filepath.Join(root, "o")
			must(t, os.MkdirAll(filepath.Join(o, "haidian-14th_2025.pdf"), 0o755))
			return in, o, filepath.Join(o, "haidian-14th_2025.pdf") + ": is a folder where the output goes; move it or choose another --out folder"
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			in, o, want := c.setup(t, root)
			before := listDir(t, o)
			_, stderr, code := runCmd(t, "report", "--date", "2024-03-15", "--data", in, "--out", o)
			if code != exitInput || !strings.Contains(stderr, want) {
				t.Errorf("exit %d\n%s\nwant exit 1 and %q", code, stderr, want)
			}
			if b, _ := os.ReadFile(in); !bytes.Equal(b, book) {
				t.Error("the input was changed")
			}
			if after := listDir(t, o); strings.Join(after, " ") != strings.Join(before, " ") {
				t.Errorf("--out holds %v, before the run %v: a refused run wrote", after, before)
			}
		})
	}

	// The plan file too: the JSON output would replace plan.yaml reached
	// through a symbolic link to its folder.
	root := t.TempDir()
	planBytes, _ := data.FS.ReadFile(data.PlanFile)
	p := filepath.Join(root, "haidian-14th_2025.json")
	must(t, os.WriteFile(p, planBytes, 0o644))
	must(t, os.WriteFile(filepath.Join(root, "book.xlsx"), book, 0o644))
	must(t, os.Symlink(root, filepath.Join(root, "link")))
	_, stderr, code := runCmd(t, "evaluate", "--plan", p, "--data", filepath.Join(root, "book.xlsx"), "--out", filepath.Join(root, "link"))
	if want := filepath.Join(root, "link", "haidian-14th_2025.json") + ": the output would overwrite the input " + p; code != exitInput || !strings.Contains(stderr, want) {
		t.Errorf("plan through a link: exit %d %s\nwant %q", code, stderr, want)
	}
	if b, _ := os.ReadFile(p); !bytes.Equal(b, planBytes) {
		t.Error("the plan was changed")
	}
}

// A symbolic link at an output's name that points outside --out (at a file
// that is not an input) is replaced by the output; the file it pointed to
// is not written.
func TestOutputReplacesLinkNotTarget(t *testing.T) {
	root := t.TempDir()
	victim := filepath.Join(root, "victim.txt")
	must(t, os.WriteFile(victim, []byte("keep me"), 0o644))
	o := filepath.Join(root, "o")
	must(t, os.MkdirAll(o, 0o755))
	must(t, os.Symlink(victim, filepath.Join(o, "haidian-14th_2023.json")))
	if _, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--out", o); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	if b, _ := os.ReadFile(victim); string(b) != "keep me" {
		t.Errorf("the file the link pointed to was written: %q", b[:min(len(b), 40)])
	}
	if st, err := os.Lstat(filepath.Join(o, "haidian-14th_2023.json")); err != nil || !st.Mode().IsRegular() {
		t.Errorf("the output is not a plain file: %v %v", st.Mode(), err)
	}
}

// --out must be a folder (or missing): a file, or a link to nothing, is bad
// usage, refused before any work.
func TestOutMustBeFolder(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "file")
	must(t, os.WriteFile(file, []byte("x"), 0o644))
	dangling := filepath.Join(root, "dangling")
	must(t, os.Symlink(filepath.Join(root, "nowhere"), dangling))
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "--out", file}, "--out " + file + ": is a file, not a folder; give a folder (it is created if missing)"},
		{[]string{"evaluate", "--out", file}, "--out " + file + ": is a file, not a folder"},
		{[]string{"template", "--year", "2024", "--out", file}, "--out " + file + ": is a file, not a folder"},
		{[]string{"report", "--out", dangling}, "--out " + dangling + ": a symbolic link to a missing folder; create the folder or give another --out"},
		{[]string{"evaluate", "--out", ""}, "--out is empty"},
	} {
		_, stderr, code := runCmd(t, c.args...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d %s\nwant 2 and %q", c.args, code, stderr, c.want)
		}
	}
	if b, _ := os.ReadFile(file); string(b) != "x" {
		t.Error("the file given as --out was changed")
	}
}

// checkOutputName is the last line of defence against a name that would
// leave --out.
func TestCheckOutputName(t *testing.T) {
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"haidian-14th_2024.json", true},
		{"haidian-14th_2024_kw.xlsx", true},
		{strings.Repeat("a", 64) + "_2024_" + strings.Repeat("b", 64) + "_template.xlsx", true},
		{"x/../../victim/dept-fgw.json", false},
		{"../victim.json", false},
		{"/etc/passwd", false},
		{"a\\b.json", false},
		{"..", false},
		{".", false},
		{"", false},
		{".hidden.json", false},
		{"a\x00b.json", false},
		{strings.Repeat("a", 256), false},
	} {
		err := checkOutputName(c.name)
		if (err == nil) != c.ok {
			t.Errorf("checkOutputName(%q) = %v, want ok %v", c.name, err, c.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "is not a plain file name (a bug in plancheck") {
			t.Errorf("checkOutputName(%q): message %q", c.name, err)
		}
	}
}

// TestSpecialFilesRefused: --plan and --data read regular files and
// folders only. A FIFO (which used to hang forever), a device or a socket
// is refused at once with a message naming it, given directly, inside a
// --data folder or inside a plan folder.
func TestSpecialFilesRefused(t *testing.T) {
	root := t.TempDir()
	fifo := func(p string) string {
		t.Helper()
		must(t, os.MkdirAll(filepath.Dir(p), 0o755))
		must(t, syscall.Mkfifo(p, 0o644))
		return p
	}
	const pipe = ": is a named pipe (FIFO); plancheck reads regular files and folders only"
	plan := fifo(filepath.Join(root, "plan.yaml"))
	book := fifo(filepath.Join(root, "book.xlsx"))
	folder := filepath.Join(root, "folder")
	inFolder := fifo(filepath.Join(folder, "kw.xlsx"))
	pdir := planFolder(t, root, "p")
	beside := fifo(filepath.Join(pdir, "fifo.xlsx"))
	qdir := filepath.Join(root, "q")
	planInFolder := fifo(filepath.Join(qdir, "plan.yaml"))
	sock := filepath.Join(root, "s.xlsx")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"validate", "--plan", plan}, "--plan " + plan + pipe},
		{[]string{"validate", "--data", book}, "--data " + book + pipe},
		{[]string{"validate", "--data", folder}, inFolder + pipe},
		{[]string{"validate", "--plan", pdir}, beside + pipe},
		{[]string{"validate", "--plan", qdir}, "--plan " + planInFolder + pipe},
		{[]string{"validate", "--data", "/dev/null"}, "--data /dev/null: is a character device; plancheck reads regular files and folders only"},
		{[]string{"validate", "--data", sock}, "--data " + sock + ": is a socket; plancheck reads regular files and folders only"},
	} {
		stdout, stderr, code := runCmdWithin(t, 10*time.Second, c.args...)
		if code != exitInput || !strings.Contains(stdout, "error: "+c.want) {
			t.Errorf("%v: exit %d\n%s%s\nwant exit 1 and %q", c.args, code, stdout, stderr, c.want)
		}
	}
	// report and evaluate refuse them the same way, and write nothing.
	for _, args := range [][]string{
		{"report", "--plan", plan},
		{"report", "--data", book},
		{"evaluate", "--data", folder},
		{"report", "--plan", pdir},
	} {
		o := filepath.Join(t.TempDir(), "out")
		_, stderr, code := runCmdWithin(t, 10*time.Second, append(args, "--out", o)...)
		if code != exitInput || !strings.Contains(stderr, pipe) {
			t.Errorf("%v: exit %d %s", args, code, stderr)
		}
		if _, err := os.Stat(o); err == nil {
			t.Errorf("%v: wrote its output folder", args)
		}
	}
	// A FIFO among the --templates.
	tdir := filepath.Join(root, "tmpl")
	tmpl := fifo(filepath.Join(tdir, "cover.tmpl"))
	if _, stderr, code := runCmdWithin(t, 10*time.Second, "report", "--templates", tdir, "--out", t.TempDir()); code != exitInput || !strings.Contains(stderr, "--templates "+tmpl+pipe) {
		t.Errorf("--templates with a FIFO: exit %d %s", code, stderr)
	}
	// The check on the open file too: openRegular on a FIFO returns at once.
	start := time.Now()
	if _, _, err := openRegular(book); err == nil || !strings.Contains(err.Error(), pipe) || time.Since(start) > 5*time.Second {
		t.Errorf("openRegular(FIFO) = %v after %s", err, time.Since(start))
	}
}

// A folder of plan folders: a symbolic link to a plan folder is followed
// (its reports are written); a link to nothing is a failed plan with a
// message, and the other plans are still written. A FIFO as one plan's
// plan.yaml fails that plan only.
func TestPlanFolderLinks(t *testing.T) {
	root := t.TempDir()
	plans := filepath.Join(root, "plans")
	planFolder(t, plans, "a-district")
	elsewhere := planFolder(t, filepath.Join(root, "elsewhere"), "b-district")
	must(t, os.Symlink(elsewhere, filepath.Join(plans, "b-district")))
	must(t, os.Symlink(filepath.Join(root, "gone"), filepath.Join(plans, "c-gone")))
	must(t, os.MkdirAll(filepath.Join(plans, "d-fifo"), 0o755))
	must(t, syscall.Mkfifo(filepath.Join(plans, "d-fifo", "plan.yaml"), 0o644))
	o := t.TempDir()
	stdout, stderr, code := runCmdWithin(t, time.Minute, "report", "--plan", plans, "--year", "2023", "--date", "2024-03-15", "--jobs", "1", "--log-format", "text", "--out", o)
	if code != exitInput {
		t.Errorf("exit %d, want 1\n%s%s", code, stdout, stderr)
	}
	for _, name := range []string{"a-district_2023.pdf", "b-district_2023.pdf"} {
		if _, err := os.Stat(filepath.Join(o, name)); err != nil {
			t.Errorf("%s not written: the linked plan folder was skipped? %v", name, err)
		}
	}
	for _, want := range []string{
		"4 plan(s)",
		"2 written, 2 failed",
		"--plan " + plans + ": c-gone is a symbolic link to a missing folder; remove it or point it at a plan folder",
		"--plan " + filepath.Join(plans, "d-fifo", "plan.yaml") + ": is a named pipe (FIFO)",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout)
		}
	}
}

// Workbooks in a --data folder are found through symbolic links; a link to
// nothing with a workbook's name is an error naming it, not skipped.
func TestDataFolderLinks(t *testing.T) {
	root := t.TempDir()
	book, _ := data.FS.ReadFile(data.SampleWorkbook)
	real := filepath.Join(root, "real.xlsx")
	must(t, os.WriteFile(real, book, 0o644))
	d := filepath.Join(root, "d")
	must(t, os.MkdirAll(d, 0o755))
	must(t, os.Symlink(real, filepath.Join(d, "linked.xlsx")))
	stdout, stderr, code := runCmd(t, "validate", "--data", d)
	if code != 0 || !strings.Contains(stdout, "156 workbook value(s)") {
		t.Errorf("a linked workbook: exit %d\n%s%s", code, stdout, stderr)
	}
	must(t, os.Symlink(filepath.Join(root, "gone.xlsx"), filepath.Join(d, "gone.xlsx")))
	must(t, os.MkdirAll(filepath.Join(d, "folder.xlsx"), 0o755))
	stdout, _, code = runCmd(t, "validate", "--data", d)
	for _, want := range []string{
		"error: " + filepath.Join(d, "folder.xlsx") + ": is a folder, not a workbook; rename it or move it out of " + d,
		"error: " + filepath.Join(d, "gone.xlsx") + ": a symbolic link to a missing file; remove it or point it at the workbook",
	} {
		if code != exitInput || !strings.Contains(stdout, want) {
			t.Errorf("exit %d\n%s\nwant %q", code, stdout, want)
		}
	}
	_, _, code = runCmd(t, "validate", "--data", filepath.Join(d, "gone.xlsx"))
	if code != exitInput {
		t.Errorf("a dangling --data link: exit %d", code)
	}
}

// Numeric flags outside their range are bad usage (exit 2), refused before
// any work.
func TestNumericFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "--jobs", "0"}, "--jobs 0: give the number of plans to report on at once, at least 1"},
		{[]string{"report", "--jobs", "-1"}, "--jobs -1: give the number of plans to report on at once, at least 1"},
		{[]string{"report", "--year", "-1"}, "--year -1: give an evaluation year such as 2024"},
		{[]string{"evaluate", "--year", "-2024"}, "--year -2024: give an evaluation year such as 2024"},
		{[]string{"validate", "--year", "-1"}, "--year -1: give an evaluation year such as 2024"},
		{[]string{"template", "--year", "-5"}, "--year -5: give an evaluation year such as 2024"},
		{[]string{"report", "--year", "99999"}, "--year 99999: give an evaluation year such as 2024"},
		{[]string{"report", "--jobs", "x"}, `invalid value "x" for flag -jobs`},
	} {
		_, stderr, code := runCmd(t, c.args...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d %s\nwant 2 and %q", c.args, code, stderr, c.want)
		}
	}
}

// --templates is read through regularFS: an override identical to an
// embedded template gives the same PDF, and a broken one is an error.
func TestTemplatesOverrideRead(t *testing.T) {
	tdir := t.TempDir()
	src, err := os.ReadFile("../../templates/doc/doc_caption.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	must(t, os.WriteFile(filepath.Join(tdir, "doc_caption.tmpl"), src, 0o644))
	a, b := t.TempDir(), t.TempDir()
	for _, c := range []struct {
		out  string
		args []string
	}{{a, nil}, {b, []string{"--templates", tdir}}} {
		args := append([]string{"report", "--year", "2023", "--date", "2024-03-15", "--out", c.out}, c.args...)
		if _, stderr, code := runCmd(t, args...); code != 0 {
			t.Fatalf("%v: exit %d %s", args, code, stderr)
		}
	}
	x, _ := os.ReadFile(filepath.Join(a, "haidian-14th_2023.pdf"))
	y, _ := os.ReadFile(filepath.Join(b, "haidian-14th_2023.pdf"))
	if len(x) == 0 || !bytes.Equal(x, y) {
		t.Error("an identical override changed the PDF")
	}
	must(t, os.WriteFile(filepath.Join(tdir, "doc_caption.tmpl"), []byte(`{{define "broken"}}{{.`), 0o644))
	if _, stderr, code := runCmd(t, "report", "--year", "2023", "--templates", tdir, "--out", t.TempDir()); code != exitInput || !strings.Contains(stderr, "doc_caption.tmpl") {
		t.Errorf("a broken override: exit %d %s", code, stderr)
	}
}

// TestReportCSVNotAnInput: the indicator table published beside the page
// (<id>_<year>.csv) is an output: a --data folder holding it is read
// without it; a sheet saved as CSV (指标数据.csv) is still read.
func TestReportCSVNotAnInput(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"haidian-14th_2024.csv", true},
		{"haidian-14th_2024_kw_public.csv", true},
		{"haidian-14th_2024.CSV", true},
		{"指标数据.csv", false},
		{"indicators.csv", false},
		{"kw_2024.xlsx", false},
		{"2024.csv", false},
	} {
		if got := isReportCSV(c.name); got != c.want {
			t.Errorf("isReportCSV(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
