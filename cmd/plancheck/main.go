// Command plancheck writes the yearly evaluation (规划体检评估) of a five-year
// plan: it reads the plan's indicator table (plan.yaml) and the monitoring
// workbooks (.xlsx), judges every indicator against its target, and writes
// the results as JSON, a printable PDF report, a Word report (.docx) for the
// drafting office to revise, and an Excel workbook.
//
// Usage:
//
//	plancheck report   [--year Y] [--plan F] [--data F|DIR ...] [--out DIR] [--date D] [--previous F] [--format pdf,docx,xlsx,json]
//	plancheck evaluate [--year Y] [--plan F] [--data F|DIR ...] [--out DIR]
//	plancheck validate [--plan F] [--data F|DIR ...]
//	plancheck template --year Y [--plan F] [--department ID] [--data F] [--out DIR]
//	plancheck explain  [--year Y] [--plan F] [--data F|DIR ...] ID
//	plancheck init DIR
//
// Without --plan and --data it uses the embedded plan of 北京市海淀区's 14th
// Five-Year Plan and its sample monitoring workbook. Exit codes: 0 done;
// 1 the inputs have errors, or the outputs could not be written; 2 bad
// usage; 3 a --fail-on policy fired; 130 and 143 stopped by SIGINT and
// SIGTERM.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
	"syscall"

	"plancheck/report/msg"
)

func main() {
	// SIGINT and SIGTERM cancel the run's context with the signal as its
	// cause: the run stops at the next step, removes its temporary files
	// and exits 128+signal. Signals stay caught until exit, so a second
	// Ctrl-C cannot kill the run halfway through renaming an output set.
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() { cancel(&interrupted{<-sigs}) }()

	tuneGC()
	cleanup := privateTemp()
	err := stoppedOr(ctx, run(ctx, os.Args[1:], os.Stdout, os.Stderr))
	code := exitCode(err, os.Stderr)
	cleanup()
	os.Exit(code)
}

// tuneGC lets the heap grow to 5× what is live before a collection
// (GOGC=400) instead of 2×: a report allocates about 120 MB for 25 MB
// live, and the default spent a fifth of its CPU collecting (the default
// report 0.85× the wall time, 0.79× the CPU; docs/PERFORMANCE.md). A large
// plan turns it back (largePlan). GOGC, when set, is the user's and wins.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
		gcTuned.Store(true)
	}
}

// gcTuned is whether tuneGC set GOGC, for largePlan to undo.
var gcTuned atomic.Bool

// gcBack sets the collector back to its default (GOGC=100) for the rest
// of the run if tuneGC had changed it. A batch calls it (many plans one
// after another gain nothing from 5×: 10 plans peaked at 219 MB against 92
// for the same time), and so does a plan of more than largePlanItems
// indicators, tasks and projects, whose live heap makes 5× costly (at
// 2,600 indicators 400 doubled the peak, 1.6 GB against 0.8, for no time
// saved). Once back it stays.
func gcBack() {
	if gcTuned.CompareAndSwap(true, false) {
		debug.SetGCPercent(100)
	}
}

// largePlan calls gcBack for a plan of n items above largePlanItems.
func largePlan(n int) {
	if n > largePlanItems {
		gcBack()
	}
}

// largePlanItems is where largePlan turns the collector back: the default
// plan has 173 items, a 260-indicator plan about 1,500.
const largePlanItems = 1000

// stoppedOr is err, or the signal that stopped the run if there was one:
// an interrupted run never exits 0, even when the signal came after its
// last step.
func stoppedOr(ctx context.Context, err error) error {
	if cause := context.Cause(ctx); cause != nil && !errors.Is(err, cause) {
		return cause
	}
	return err
}

// privateTemp points $TMPDIR at a fresh folder for the run and returns the
// function that removes it: excelize spills big sheets to os.TempDir(),
// and this way nothing of ours stays in the OS temp folder, whatever a
// library forgets or a signal interrupts. If the folder cannot be made,
// the OS temp folder is used as it is.
func privateTemp() (cleanup func()) {
	dir, err := os.MkdirTemp("", "plancheck-")
	if err != nil {
		return func() {}
	}
	old, had := os.LookupEnv("TMPDIR")
	os.Setenv("TMPDIR", dir)
	return func() {
		os.RemoveAll(dir)
		if had {
			os.Setenv("TMPDIR", old)
		} else {
			os.Unsetenv("TMPDIR")
		}
	}
}

// Exit codes, documented in the README.
const (
	exitOK     = 0
	exitInput  = 1 // the inputs have errors, the outputs could not be written, or a bug was caught
	exitUsage  = 2 // bad command line
	exitPolicy = 3 // a --fail-on policy fired
	// 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM.
)

// usageError is a mistake on the command line. en is set when msg is the
// Chinese of a message that must be shown in both languages (a bad --lang).
type usageError struct {
	msg, en string
	cause   error // the first error among usagef's args, for errors.As
}

func (e *usageError) Error() string { return e.msg }

func (e *usageError) Unwrap() error { return e.cause }

// usagef is the usage error of the message id (report/msg) with args.
func usagef(id string, args ...any) error {
	u := &usageError{msg: msg.Sprintf(id, args...)}
	for _, a := range args {
		if err, ok := a.(error); ok {
			u.cause = err
			break
		}
	}
	return u
}

// reported is an error whose details were already printed (validate's
// findings); only its exit code matters.
type reported struct{ code int }

func (e *reported) Error() string { return fmt.Sprintf("exit %d", e.code) }

// interrupted is the cause of a run's context cancelled by a signal.
type interrupted struct{ sig os.Signal }

func (e *interrupted) Error() string {
	return msg.Sprintf("cmd.interrupted", sigName(e.sig))
}

func (e *interrupted) code() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 128 + int(syscall.SIGINT)
}

func sigName(s os.Signal) string {
	switch s {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return s.String()
}

// crash is a panic caught in plancheck: a bug, reported as such. It exits
// 1, never 2, since the command line was not at fault.
type crash struct {
	value any
	at    string // the function and line that panicked
}

func (e *crash) Error() string {
	v := fmt.Sprint(e.value)
	if r := []rune(v); len(r) > 200 {
		v = string(r[:200]) + "…"
	}
	return msg.Sprintf("cmd.crash", v, e.at)
}

// recovered turns a recovered panic value into a *crash naming where it
// happened. Call it from the deferred function that recovered.
func recovered(v any) *crash {
	if c, ok := v.(*crash); ok {
		return c // caught on another goroutine and raised again (inParallel)
	}
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	at := msg.Format("cmd.unknownPlace")
	for {
		f, more := frames.Next()
		if f.Function != "" && !strings.HasPrefix(f.Function, "runtime.") {
			at = fmt.Sprintf("%s (%s:%d)", f.Function, trimPath(f.File), f.Line)
			break
		}
		if !more {
			break
		}
	}
	return &crash{value: v, at: at}
}

// trimPath keeps a source file's path from the module root on.
func trimPath(file string) string {
	for _, root := range []string{"/report/", "/cmd/", "/templates/", "/pkg/mod/"} {
		if i := strings.LastIndex(file, root); i >= 0 {
			return file[i+1:]
		}
	}
	return file
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var sig *interrupted
	if errors.As(err, &sig) {
		msg.Fprintf(stderr, "cmd.error", sig)
		return sig.code()
	}
	var r *reported
	if errors.As(err, &r) {
		return r.code
	}
	var u *usageError
	if errors.As(err, &u) && u.en != "" {
		fmt.Fprint(stderr, msg.SprintfIn(msg.ZH, "cmd.usageError", u.msg)+msg.SprintfIn(msg.EN, "cmd.usageError", u.en))
		return exitUsage
	}
	if errors.As(err, &u) {
		msg.Fprintf(stderr, "cmd.usageError", err)
		return exitUsage
	}
	msg.Fprintf(stderr, "cmd.error", err)
	return exitInput
}
