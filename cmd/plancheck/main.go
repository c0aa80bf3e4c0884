// Command plancheck writes the yearly evaluation (规划体检评估) of a five-year
// plan: it reads the plan's indicator table (plan.yaml) and the monitoring
// workbooks (.xlsx), judges every indicator against its target, and writes
// the results as JSON, a printable PDF report and an Excel workbook.
//
// Usage:
//
//	plancheck report   [--year Y] [--plan F] [--data F|DIR ...] [--out DIR] [--date D]
//	plancheck evaluate [--year Y] [--plan F] [--data F|DIR ...] [--out DIR]
//	plancheck validate [--plan F] [--data F|DIR ...]
//
// Without --plan and --data it uses the embedded plan of 北京市海淀区's 14th
// Five-Year Plan and its sample monitoring workbook. Exit codes: 0 done;
// 1 the inputs have errors; 2 bad usage.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// Exit codes, documented in the README.
const (
	exitOK     = 0
	exitInput  = 1 // the inputs have errors
	exitUsage  = 2 // bad command line
	exitPolicy = 3 // reserved: a --fail-on policy fired
)

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// reported is an error whose details were already printed (validate's
// findings); only its exit code matters.
type reported struct{ code int }

func (e *reported) Error() string { return fmt.Sprintf("exit %d", e.code) }

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	var r *reported
	if errors.As(err, &r) {
		return r.code
	}
	var u *usageError
	if errors.As(err, &u) {
		fmt.Fprintf(stderr, "plancheck: %v\nRun 'plancheck help' for usage.\n", err)
		return exitUsage
	}
	fmt.Fprintf(stderr, "plancheck: %v\n", err)
	return exitInput
}
