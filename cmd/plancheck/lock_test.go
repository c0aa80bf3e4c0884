package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// holdLock takes --out's lock as another run would, with pid in the file.
func holdLock(t *testing.T, dir string) (release func()) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(dir, ".plancheck.lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	must(t, syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB))
	fmt.Fprintf(f, "%d\n", os.Getpid())
	return func() { f.Close() }
}

// A second run writing the same --out waits for the first's lock, then
// refuses with a message naming the folder and the holder, and writes
// nothing; once the lock is released, it writes.
func TestLockHeld(t *testing.T) {
	old := lockWait
	lockWait = 300 * time.Millisecond
	defer func() { lockWait = old }()
	o := t.TempDir()
	release := holdLock(t, o)
	start := time.Now()
	_, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--out", o)
	want := fmt.Sprintf("--out %s: another plancheck run (pid %d) is writing to this folder (it holds .plancheck.lock); waited 300ms for it. Run again when it has finished, or choose another --out folder", o, os.Getpid())
	if code != exitInput || !strings.Contains(stderr, want) {
		t.Errorf("exit %d %s\nwant 1 and %q", code, stderr, want)
	}
	if took := time.Since(start); took < 300*time.Millisecond {
		t.Errorf("refused after %s; want a wait of lockWait first", took)
	}
	if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock" {
		t.Errorf("--out holds %s", got)
	}
	// A batch waits once, not once per plan; every plan fails with the message.
	root := t.TempDir()
	for _, id := range []string{"a-district", "b-district", "c-district"} {
		planFolder(t, root, id)
	}
	lockWait = 2 * time.Second
	start = time.Now()
	// JSON only: the wait is what is measured, not the rendering of
	// three plans (a loaded CI machine drew their charts in over 3 s).
	stdout, _, code := runCmd(t, "report", "--plan", root, "--year", "2023", "--date", "2024-03-15", "--jobs", "1", "--log-format", "text", "--format", "json", "--out", o)
	if code != exitInput || strings.Count(stdout, "another plancheck run") != 3 || !strings.Contains(stdout, "0 written, 3 failed") {
		t.Errorf("batch: exit %d\n%s", code, stdout)
	}
	// One wait is 2 s, three would be 6 s; the work of three plans is well
	// under 3 s.
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("batch refused after %s; want one wait of 2s (plus the work)", took)
	}
	// A signal while waiting stops the wait at once.
	lockWait = time.Minute
	ctx, cancel := context.WithCancelCause(context.Background())
	time.AfterFunc(200*time.Millisecond, func() { cancel(&interrupted{syscall.SIGINT}) })
	start = time.Now()
	if _, stderr, code := runCtx(ctx, "evaluate", "--year", "2023", "--out", o); code != 130 || time.Since(start) > 5*time.Second {
		t.Errorf("a signal while waiting for the lock: exit %d after %s %s", code, time.Since(start), stderr)
	}
	release()
	if _, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--out", o); code != 0 {
		t.Errorf("after the release: exit %d %s", code, stderr)
	}
}

// A lock file that is a symbolic link is refused: opening it would create
// a file outside --out.
func TestLockFileLink(t *testing.T) {
	root := t.TempDir()
	o := filepath.Join(root, "o")
	must(t, os.Mkdir(o, 0o755))
	target := filepath.Join(root, "elsewhere")
	must(t, os.Symlink(target, filepath.Join(o, ".plancheck.lock")))
	_, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--out", o)
	if want := filepath.Join(o, ".plancheck.lock") + ": is a symbolic link; it is plancheck's lock file and must be a plain file: remove it"; code != exitInput || !strings.Contains(stderr, want) {
		t.Errorf("exit %d %s\nwant %q", code, stderr, want)
	}
	if _, err := os.Lstat(target); err == nil {
		t.Error("the link's target was created")
	}
}

// Two runs writing the same --out at once: the second waits for the
// first, and the set in --out is wholly one run's, never a mix. The renames
// are slowed down so that, without the lock, the two sets would interleave.
func TestConcurrentRunsDoNotMix(t *testing.T) {
	ref := map[string]map[string][]byte{} // date → name → bytes
	for _, date := range []string{"2024-03-15", "2024-04-01"} {
		o := t.TempDir()
		if _, stderr, code := runCmd(t, "report", "--year", "2023", "--date", date, "--out", o); code != 0 {
			t.Fatalf("exit %d %s", code, stderr)
		}
		ref[date] = map[string][]byte{}
		for _, n := range setNames() {
			ref[date][n], _ = os.ReadFile(filepath.Join(o, n))
		}
	}
	failpoint = func(step, name string) error {
		if step == "rename" {
			time.Sleep(100 * time.Millisecond)
		}
		return nil
	}
	defer func() { failpoint = nil }()
	o := t.TempDir()
	var wg sync.WaitGroup
	codes := make([]int, 2)
	errs := make([]string, 2)
	for i, date := range []string{"2024-03-15", "2024-04-01"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out, errb bytes.Buffer
			codes[i] = exitCode(run(context.Background(), []string{"report", "--year", "2023", "--date", date, "--out", o}, &out, &errb), &errb)
			errs[i] = errb.String()
		}()
	}
	wg.Wait()
	if codes[0] != 0 || codes[1] != 0 {
		t.Fatalf("exits %v: %s", codes, errs)
	}
	var from []string
	for _, n := range setNames() {
		b, _ := os.ReadFile(filepath.Join(o, n))
		for date, r := range ref {
			if bytes.Equal(b, r[n]) && n != "haidian-14th_2023.json" { // the JSON holds no date
				from = append(from, date)
			}
		}
	}
	// Every output but the JSON carries the date.
	one := len(from) == len(setNames())-1
	for _, d := range from {
		one = one && d == from[0]
	}
	if !one {
		t.Errorf("the dated outputs come from the runs of %v; want one run's", from)
	}
}

// A real second process refuses while the first holds the lock (stopped
// with its set in temporary files), naming the first's pid; the first,
// stopped by SIGINT, removes its temporary files.
func TestLockBetweenProcesses(t *testing.T) {
	o := t.TempDir()
	first := startProc(t, []string{"PLANCHECK_TEST_STALL=written"}, "evaluate", "--year", "2023", "--out", o)
	first.waitFor(t, "stalled at written", time.Minute)
	_, stderr, code := runProc(t, []string{"PLANCHECK_TEST_LOCKWAIT=200ms"}, "evaluate", "--year", "2023", "--out", o)
	want := fmt.Sprintf("--out %s: another plancheck run (pid %d) is writing to this folder", o, first.cmd.Process.Pid)
	if code != exitInput || !strings.Contains(stderr, want) {
		t.Errorf("second run: exit %d %s\nwant 1 and %q", code, stderr, want)
	}
	must(t, first.cmd.Process.Signal(syscall.SIGINT))
	if code, stderr := first.wait(t, 10*time.Second); code != 130 {
		t.Errorf("first run: exit %d %s", code, stderr)
	}
	if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock" {
		t.Errorf("--out holds %s", got)
	}
	// A run that waits gets the lock when the first finishes.
	first = startProc(t, []string{"PLANCHECK_TEST_STALL=written", "PLANCHECK_TEST_STALL_FOR=500ms"}, "evaluate", "--year", "2023", "--out", o)
	first.waitFor(t, "stalled at written", time.Minute)
	if _, stderr, code := runProc(t, nil, "evaluate", "--year", "2023", "--out", o); code != 0 {
		t.Errorf("a waiting run: exit %d %s", code, stderr)
	}
	if code, stderr := first.wait(t, 10*time.Second); code != 0 {
		t.Errorf("first run: exit %d %s", code, stderr)
	}
}
