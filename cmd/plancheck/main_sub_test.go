package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"plancheck/report/msg"

	_ "time/tzdata" // so that TZ=Asia/Shanghai means Shanghai in the subprocess, whatever the machine has
)

// TestMain lets a test run plancheck as a real process: the test binary,
// started with PLANCHECK_TEST_MAIN=1, is plancheck (main, its signal
// handling and exit codes). PLANCHECK_TEST_STALL=step[:name] makes that
// process print "stalled at step" on stderr at the step (see stepHook) and
// wait there until it is stopped or PLANCHECK_TEST_STALL_FOR has passed,
// so that a test can send a signal at a known point; with
// PLANCHECK_TEST_SPILL set, it then leaves a file in the OS temp folder as
// a careless library would. PLANCHECK_TEST_LOCKWAIT sets lockWait.
func TestMain(m *testing.M) {
	if os.Getenv("PLANCHECK_TEST_MAIN") == "1" {
		if spec := os.Getenv("PLANCHECK_TEST_STALL"); spec != "" {
			step, plan, _ := strings.Cut(spec, ":")
			stepHook = func(ctx context.Context, s, p string) {
				if s != step || !strings.HasPrefix(p, plan) {
					return
				}
				fmt.Fprintf(os.Stderr, "stalled at %s of %s\n", s, p)
				d := time.Minute
				if v := os.Getenv("PLANCHECK_TEST_STALL_FOR"); v != "" {
					d, _ = time.ParseDuration(v)
				}
				select {
				case <-ctx.Done():
				case <-time.After(d):
				}
				if os.Getenv("PLANCHECK_TEST_SPILL") != "" {
					// What a library that spills to the OS temp folder
					// and forgets its file would leave.
					if f, err := os.CreateTemp("", "excelize-"); err == nil {
						f.Close()
					}
				}
			}
		}
		if d := os.Getenv("PLANCHECK_TEST_LOCKWAIT"); d != "" {
			lockWait, _ = time.ParseDuration(d)
		}
		main()
		return
	}
	// The tests read plancheck's English messages; lang_test.go runs the
	// commands in both languages. The processes the tests start inherit it.
	os.Setenv("LC_ALL", "en_US.UTF-8")
	msg.Set(msg.EN)
	os.Exit(m.Run())
}

// proc is plancheck running as a subprocess.
type proc struct {
	cmd    *exec.Cmd
	stdout bytes.Buffer
	stderr *bufio.Reader
	errLog bytes.Buffer // stderr read so far
}

// startProc starts plancheck with args and extra environment variables.
func startProc(t *testing.T, env []string, args ...string) *proc {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: exec.Command(exe, args...)}
	p.cmd.Env = append(append(os.Environ(), "PLANCHECK_TEST_MAIN=1"), env...)
	p.cmd.Stdout = &p.stdout
	pipe, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.stderr = bufio.NewReader(pipe)
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	})
	return p
}

// waitFor reads stderr until a line containing s, failing after timeout.
func (p *proc) waitFor(t *testing.T, s string, timeout time.Duration) {
	t.Helper()
	found := make(chan bool, 1)
	go func() {
		for {
			line, err := p.stderr.ReadString('\n')
			p.errLog.WriteString(line)
			if strings.Contains(line, s) {
				found <- true
				return
			}
			if err != nil {
				found <- false
				return
			}
		}
	}()
	select {
	case ok := <-found:
		if !ok {
			t.Fatalf("plancheck ended before %q\nstderr: %s\nstdout: %s", s, p.errLog.String(), p.stdout.String())
		}
	case <-time.After(timeout):
		t.Fatalf("no %q after %s\nstderr: %s", s, timeout, p.errLog.String())
	}
}

// wait waits for the process to end, at most timeout, and returns its exit
// code and the rest of its stderr.
func (p *proc) wait(t *testing.T, timeout time.Duration) (code int, stderr string) {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		rest, _ := io.ReadAll(p.stderr)
		p.errLog.Write(rest)
		done <- p.cmd.Wait()
	}()
	select {
	case <-done:
	case <-time.After(timeout):
		p.cmd.Process.Kill()
		<-done
		t.Fatalf("plancheck did not end within %s\nstderr: %s", timeout, p.errLog.String())
	}
	return p.cmd.ProcessState.ExitCode(), p.errLog.String()
}

// runProc runs plancheck as a subprocess to the end (2 minutes at most).
func runProc(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	p := startProc(t, env, args...)
	code, stderr = p.wait(t, 2*time.Minute)
	return p.stdout.String(), stderr, code
}
