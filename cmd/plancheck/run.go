package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
)

const usage = `plancheck writes the yearly evaluation (规划体检评估报告) of a five-year plan.

Usage:
  plancheck report   [--year Y] [--plan F] [--data F|DIR ...] [--out DIR] [--date YYYY-MM-DD]
                     [--previous <plan.id>_<Y-1>.json|.xlsx] [--format pdf,docx,xlsx,json]
        evaluate and write <plan.id>_<Y>.json, the PDF report, the Word report
        (.docx) and the Excel report, or those --format names;
        --previous follows up last year's report (its problems and 分析意见)
  plancheck evaluate [--year Y] [--plan F] [--data F|DIR ...] [--out DIR]
        evaluate and write <plan.id>_<Y>.json
  plancheck validate [--plan F] [--data F|DIR ...]
        read and check the plan and workbooks; print every finding
  plancheck template --year Y [--plan F] [--department ID] [--data previous.xlsx] [--out DIR]
        write a blank monitoring workbook for the departments to fill in
  plancheck compare  --year Y [--out DIR] [--format pdf,docx,xlsx,json] INPUT...
        set many plans' results of year Y side by side on the indicators
        they share (code: in plan.yaml) and write compare_<Y>.*; an INPUT is
        a JSON result, a plan folder or a folder of JSON results
  plancheck explain  [--year Y] [--plan F] [--data F|DIR ...] ID
        print the whole judgment of one indicator, task or project: the values
        and their cells, the formula with its numbers, the thresholds, the
        projection, the rules that fired, any manual adjustment
  plancheck init DIR
        write a new plan folder to fill in: plan.yaml (explained in Chinese
        comments, one example indicator of every target kind) and its
        monitoring workbook template
  plancheck help [command]

Without --plan and --data, the embedded plan (北京市海淀区 14th Five-Year Plan)
and its sample monitoring workbook are used. --data may be given several times
(one workbook per department) or name a folder of .xlsx files.

Exit codes: 0 done; 1 the inputs have errors (or --previous was refused, or
the final year has no indicator with data) or the outputs could not be
written; 2 bad usage; 3 a --fail-on policy fired; 130/143 stopped by
SIGINT/SIGTERM (nothing half-written is left).
`

// run is the whole program: it parses args, does the work and returns an
// error for main to turn into an exit code. Nothing else prints or exits.
// A panic is a bug: it becomes a *crash error (exit 1), not a stack trace.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = recovered(v)
		}
	}()
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return usagef("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "report":
		return runReport(ctx, rest, stdout, stderr)
	case "evaluate":
		return runEvaluate(ctx, rest, stdout, stderr)
	case "validate":
		return runValidate(ctx, rest, stdout, stderr)
	case "template":
		return runTemplate(ctx, rest, stdout, stderr)
	case "compare":
		return runCompare(ctx, rest, stdout, stderr)
	case "explain":
		return runExplain(ctx, rest, stdout, stderr)
	case "init":
		return runInit(ctx, rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" {
			return run(ctx, []string{rest[0], "--help"}, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return nil
	}
	return usagef("unknown command %q; the commands are report, evaluate, validate, template, compare, explain, init and help", cmd)
}

// parseFlags parses a subcommand's flags; --help prints its usage to stdout
// and is not an error. An argument that is not a flag is bad usage.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) (help bool, err error) {
	if help, err := parseFlagsArgs(fs, args, stdout); help || err != nil {
		return help, err
	}
	if fs.NArg() > 0 {
		return false, usagef("%s: unexpected argument %q (flags start with --; workbooks go after --data)", fs.Name(), fs.Arg(0))
	}
	return false, nil
}

// parseFlagsArgs is parseFlags for a command that takes arguments after
// its flags (fs.Args()). An unknown flag is named with the nearest known
// one (--yaer: did you mean --year?).
func parseFlagsArgs(fs *flag.FlagSet, args []string, stdout io.Writer) (help bool, err error) {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			fmt.Fprintf(stdout, "Usage of plancheck %s:\n", fs.Name())
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return true, nil
		}
		if near := nearestFlag(fs, err); near != "" {
			return false, usagef(msgDidYouMean, fs.Name(), err, near)
		}
		return false, usagef("%s: %v", fs.Name(), err)
	}
	return false, nil
}

// stringList is a flag that may be given several times.
type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return fmt.Errorf("empty value")
	}
	*s = append(*s, v)
	return nil
}
