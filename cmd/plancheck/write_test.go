package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// setFailpoint makes step of output name fail for the rest of the test.
func setFailpoint(t *testing.T, step, name string) {
	t.Helper()
	failpoint = func(s, n string) error {
		if s == step && n == name {
			return errors.New("no space left on device (test)")
		}
		return nil
	}
	t.Cleanup(func() { failpoint = nil })
}

func setStepHook(t *testing.T, h func(ctx context.Context, step, name string)) {
	t.Helper()
	stepHook = h
	t.Cleanup(func() { stepHook = nil })
}

// setNames is the default report's outputs for the sample's 2023.
func setNames() []string { return outputSet("haidian-14th_2023") }

// outputSet is the names, sorted, of the outputs a report named base
// writes by default (--format's default), so that the tests of the output
// set follow the default rather than repeat it.
func outputSet(base string) []string {
	f, err := parseFormats(defaultFormats)
	if err != nil {
		panic(err)
	}
	var names []string
	for _, n := range []struct {
		ext string
		on  bool
	}{{"docx", f.docx}, {"json", f.json}, {"pdf", f.pdf}, {"xlsx", f.xlsx}} {
		if n.on {
			names = append(names, base+"."+n.ext)
		}
	}
	return names
}

// TestOutputSetAtomic: a plan's outputs are renamed into place only when
// all are written; when writing or renaming the Nth fails, no old file is
// replaced (same inode, same bytes), nothing new stays, and no temporary
// file or backup is left.
func TestOutputSetAtomic(t *testing.T) {
	type failure struct {
		step, name string
		want       string // the message, after "<out>/"
	}
	var cases []failure
	for _, n := range setNames() {
		cases = append(cases,
			failure{"write", n, n + ": cannot write: no space left on device (test); no file of the set was replaced"},
			failure{"rename", n, n + ": cannot write: no space left on device (test); the outputs already in place were put back as they were"})
	}
	for _, c := range cases {
		t.Run(c.step+" "+c.name, func(t *testing.T) {
			// Over an old set: every old file stays, the very same file.
			o := t.TempDir()
			if _, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--out", o); code != 0 {
				t.Fatalf("first run: exit %d %s", code, stderr)
			}
			old := map[string]os.FileInfo{}
			oldBytes := map[string][]byte{}
			for _, n := range setNames() {
				old[n], _ = os.Stat(filepath.Join(o, n))
				oldBytes[n], _ = os.ReadFile(filepath.Join(o, n))
			}
			setFailpoint(t, c.step, c.name)
			_, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-04-01", "--out", o)
			if want := filepath.Join(o, c.want); code != exitInput || !strings.Contains(stderr, want) {
				t.Errorf("exit %d %s\nwant 1 and %q", code, stderr, want)
			}
			for _, n := range setNames() {
				st, err := os.Stat(filepath.Join(o, n))
				b, _ := os.ReadFile(filepath.Join(o, n))
				if err != nil || !os.SameFile(st, old[n]) || !bytes.Equal(b, oldBytes[n]) {
					t.Errorf("%s was replaced (%v)", n, err)
				}
			}
			if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock "+strings.Join(setNames(), " ") {
				t.Errorf("--out holds %s", got)
			}

			// Into an empty folder: nothing stays.
			o = t.TempDir()
			_, stderr, code = runCmd(t, "report", "--year", "2023", "--date", "2024-04-01", "--out", o)
			if code != exitInput || !strings.Contains(stderr, filepath.Join(o, c.want)) {
				t.Errorf("empty folder: exit %d %s", code, stderr)
			}
			if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock" {
				t.Errorf("empty folder: --out holds %s", got)
			}
		})
	}
}

// Temporary names stay short: a plan id of 64 characters (the longest the
// plan reader allows) and a department's report still fit under the
// 255-byte limit of a file name, and the temporary files are
// .plancheck-<random>.tmp whatever the output's name.
func TestLongPlanID(t *testing.T) {
	id := strings.Repeat("x", 60) + "-14t" // 64 characters
	root := t.TempDir()
	dir := planFolder(t, root, id)
	o := filepath.Join(root, "out")
	var temps []string
	failpoint = func(step, name string) error {
		if step == "rename" && temps == nil {
			for _, n := range listDir(t, o) {
				if strings.HasPrefix(n, ".plancheck-") && n != ".plancheck.lock" {
					temps = append(temps, n)
				}
			}
		}
		return nil
	}
	t.Cleanup(func() { failpoint = nil })
	if _, stderr, code := runCmd(t, "report", "--plan", dir, "--year", "2023", "--date", "2024-03-15", "--department", "kw", "--out", o); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	set := outputSet(id + "_2023_kw")
	want := ".plancheck.lock " + strings.Join(set, " ")
	if got := strings.Join(listDir(t, o), " "); got != want {
		t.Errorf("--out holds %s\nwant %s", got, want)
	}
	if len(temps) != len(set) {
		t.Errorf("temporary files %v, want %d", temps, len(set))
	}
	for _, n := range temps {
		if !strings.HasSuffix(n, ".tmp") || len(n) > 40 {
			t.Errorf("temporary file %q: want .plancheck-<random>.tmp", n)
		}
	}
}

// The temporary files and backups a killed run left are removed by the
// next run, under the lock; other hidden files are left alone.
func TestStaleTempsRemoved(t *testing.T) {
	o := t.TempDir()
	for _, n := range []string{".plancheck-123.tmp", ".plancheck-0123456789abcdef.bak", ".keep"} {
		must(t, os.WriteFile(filepath.Join(o, n), []byte("x"), 0o644))
	}
	if _, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--out", o); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	if got := strings.Join(listDir(t, o), " "); got != ".keep .plancheck.lock haidian-14th_2023.json" {
		t.Errorf("--out holds %s", got)
	}
}

// runCtx is runCmd with a context the test controls.
func runCtx(ctx context.Context, args ...string) (stdout, stderr string, code int) {
	var out, errb bytes.Buffer
	err := stoppedOr(ctx, run(ctx, args, &out, &errb))
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

// TestInterruptInProcess: a run stopped by a signal writes nothing after
// it, exits 128+signal (130 for SIGINT, 143 for SIGTERM), and in a batch
// starts no new plan; the summary says what was finished.
func TestInterruptInProcess(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		code int
		name string
	}{{syscall.SIGINT, 130, "SIGINT"}, {syscall.SIGTERM, 143, "SIGTERM"}} {
		t.Run(c.name, func(t *testing.T) {
			// One plan, stopped after its reports are built: nothing is written.
			ctx, cancel := context.WithCancelCause(context.Background())
			setStepHook(t, func(ctx context.Context, step, name string) {
				if step == "rendered" {
					cancel(&interrupted{c.sig})
				}
			})
			o := filepath.Join(t.TempDir(), "out")
			_, stderr, code := runCtx(ctx, "report", "--year", "2023", "--date", "2024-03-15", "--out", o)
			if want := "plancheck: stopped by " + c.name + "; no output was written after it, and no temporary file was left"; code != c.code || !strings.Contains(stderr, want) {
				t.Errorf("exit %d %s\nwant %d and %q", code, stderr, c.code, want)
			}
			if _, err := os.Stat(o); err == nil {
				t.Errorf("--out holds %v", listDir(t, o))
			}

			// Stopped with the set in its temporary files: they are removed.
			ctx, cancel = context.WithCancelCause(context.Background())
			setStepHook(t, func(ctx context.Context, step, name string) {
				if step == "written" {
					cancel(&interrupted{c.sig})
				}
			})
			o = t.TempDir()
			if _, stderr, code := runCtx(ctx, "report", "--year", "2023", "--date", "2024-03-15", "--out", o); code != c.code {
				t.Errorf("stopped at the renames: exit %d %s", code, stderr)
			}
			if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock" {
				t.Errorf("stopped at the renames: --out holds %s", got)
			}

			// A batch of three, one at a time, stopped during the second.
			root := t.TempDir()
			for _, id := range []string{"a-district", "b-district", "c-district"} {
				planFolder(t, root, id)
			}
			ctx, cancel = context.WithCancelCause(context.Background())
			setStepHook(t, func(ctx context.Context, step, name string) {
				if step == "rendered" && name == "b-district" {
					cancel(&interrupted{c.sig})
				}
			})
			o = t.TempDir()
			stdout, stderr, code := runCtx(ctx, "report", "--plan", root, "--year", "2023", "--date", "2024-03-15", "--jobs", "1", "--log-format", "text", "--out", o)
			if code != c.code {
				t.Errorf("batch: exit %d, want %d", code, c.code)
			}
			for _, want := range []string{
				"3 plan(s) in ",
				": 1 written, 0 failed, 1 stopped by " + c.name + " before they were written, 1 not started\n",
				"STOPPED " + filepath.Join(root, "b-district", "plan.yaml") + "\n",
			} {
				if !strings.Contains(stdout, want) {
					t.Errorf("batch summary lacks %q:\n%s%s", want, stdout, stderr)
				}
			}
			if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock "+strings.Join(outputSet("a-district_2023"), " ") {
				t.Errorf("batch: --out holds %s", got)
			}
		})
	}

	// A signal after the last step still makes the exit code 130, never 0.
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(&interrupted{syscall.SIGINT})
	var errb bytes.Buffer
	if code := exitCode(stoppedOr(ctx, nil), &errb); code != 130 {
		t.Errorf("a run interrupted after its work: exit %d", code)
	}
}

// TestSignals sends real signals to plancheck running as a process, while
// it waits at a known step: it stops within a second, exits 130 or 143,
// leaves no output, no temporary file in --out and nothing in the OS temp
// folder (TMPDIR), even what a library spilled there and forgot.
func TestSignals(t *testing.T) {
	for _, c := range []struct {
		sig  syscall.Signal
		code int
		step string
	}{
		{syscall.SIGINT, 130, "rendered"},
		{syscall.SIGTERM, 143, "rendered"},
		{syscall.SIGINT, 130, "written"},
		{syscall.SIGTERM, 143, "written"},
	} {
		t.Run(fmt.Sprintf("%s at %s", c.sig, c.step), func(t *testing.T) {
			tmp, o := t.TempDir(), t.TempDir()
			p := startProc(t, []string{"TMPDIR=" + tmp, "PLANCHECK_TEST_STALL=" + c.step, "PLANCHECK_TEST_SPILL=1"},
				"report", "--year", "2023", "--date", "2024-03-15", "--out", o)
			p.waitFor(t, "stalled at "+c.step, time.Minute)
			start := time.Now()
			must(t, p.cmd.Process.Signal(c.sig))
			code, stderr := p.wait(t, 10*time.Second)
			if took := time.Since(start); took > time.Second {
				t.Errorf("stopped %s after the signal; want within a second", took)
			}
			if code != c.code || !strings.Contains(stderr, "stopped by "+sigName(c.sig)) {
				t.Errorf("exit %d %s\nwant %d", code, stderr, c.code)
			}
			for _, n := range listDir(t, o) {
				if n != ".plancheck.lock" {
					t.Errorf("--out holds %s", n)
				}
			}
			if left := listDir(t, tmp); len(left) > 0 {
				t.Errorf("TMPDIR holds %v", left)
			}
		})
	}

	// A batch: the signal during the second plan; the first is written,
	// the third never starts.
	root := t.TempDir()
	for _, id := range []string{"a-district", "b-district", "c-district"} {
		planFolder(t, root, id)
	}
	o := t.TempDir()
	p := startProc(t, []string{"PLANCHECK_TEST_STALL=rendered:b-district"},
		"report", "--plan", root, "--year", "2023", "--date", "2024-03-15", "--jobs", "1", "--log-format", "text", "--out", o)
	p.waitFor(t, "stalled at rendered of b-district", time.Minute)
	must(t, p.cmd.Process.Signal(syscall.SIGTERM))
	code, stderr := p.wait(t, 10*time.Second)
	if code != 143 || !strings.Contains(p.stdout.String(), "1 written, 0 failed, 1 stopped by SIGTERM before they were written, 1 not started") {
		t.Errorf("batch: exit %d\n%s%s", code, p.stdout.String(), stderr)
	}
	if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock "+strings.Join(outputSet("a-district_2023"), " ") {
		t.Errorf("batch: --out holds %s", got)
	}
}

// Nothing of plancheck's stays in the OS temp folder after a run that
// succeeds or fails, even when a library spilled a file there.
func TestTempFolderLeftEmpty(t *testing.T) {
	for _, c := range []struct {
		name string
		env  []string
		args []string
		code int
	}{
		{"a report", nil, []string{"report", "--year", "2023", "--date", "2024-03-15"}, 0},
		{"a report whose library spilled", []string{"PLANCHECK_TEST_STALL=rendered", "PLANCHECK_TEST_STALL_FOR=1ms", "PLANCHECK_TEST_SPILL=1"}, []string{"report", "--year", "2023", "--date", "2024-03-15"}, 0},
		{"bad inputs", nil, []string{"report", "--data", "../../testdata/workbooks/bad/duplicate.xlsx"}, exitInput},
		{"a refused write", []string{"PLANCHECK_TEST_STALL=rendered", "PLANCHECK_TEST_STALL_FOR=1ms", "PLANCHECK_TEST_SPILL=1"}, []string{"report", "--year", "2023", "--date", "2024-03-15", "--out", "BLOCKED"}, exitInput},
	} {
		t.Run(c.name, func(t *testing.T) {
			tmp := t.TempDir()
			args := c.args
			if args[len(args)-1] == "BLOCKED" {
				// A folder where the JSON goes: the write is refused.
				o := t.TempDir()
				must(t, os.Mkdir(filepath.Join(o, "haidian-14th_2023.json"), 0o755))
				args = append(args[:len(args)-1:len(args)-1], o)
			} else {
				args = append(args, "--out", t.TempDir())
			}
			_, stderr, code := runProc(t, append(c.env, "TMPDIR="+tmp), args...)
			if code != c.code {
				t.Errorf("exit %d, want %d\n%s", code, c.code, stderr)
			}
			if left := listDir(t, tmp); len(left) > 0 {
				t.Errorf("TMPDIR holds %v", left)
			}
		})
	}
}
