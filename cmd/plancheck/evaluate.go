package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/msg"
)

// evalFlags are the flags of the commands that evaluate.
type evalFlags struct {
	inputFlags
	year     int
	out      string
	previous string // --previous: last year's report, "" for none
	// edition is --edition, read by check: which edition the outputs are.
	edition     model.Edition
	editionFlag string
}

func (f *evalFlags) register(fs *flag.FlagSet) {
	f.inputFlags.register(fs)
	fs.IntVar(&f.year, "year", 0, msg.Format("flag.year"))
	fs.StringVar(&f.out, "out", "out", msg.Format("flag.out"))
	fs.StringVar(&f.editionFlag, "edition", string(model.Internal), msg.Format("flag.edition"))
	fs.StringVar(&f.previous, "previous", "", msg.Format("flag.previous"))
}

// check refuses flag values that are wrong whatever the plan: a negative
// --year, an unknown --edition, an --out that is a file.
func (f *evalFlags) check() error {
	if err := checkYearFlag(f.year); err != nil {
		return err
	}
	var err error
	if f.edition, err = parseEdition(f.editionFlag); err != nil {
		return err
	}
	return checkOutFlag(f.out)
}

// parseEdition reads --edition: an edition's id (internal, public) or its
// label (内部版, 公开版).
func parseEdition(s string) (model.Edition, error) {
	ed, ok := model.ParseEdition(strings.TrimSpace(s))
	if !ok {
		ids := make([]string, 0, 2)
		for _, e := range model.Editions() {
			ids = append(ids, string(e))
		}
		return "", usagef("evaluate.edition", clip(s), strings.Join(ids, msg.Format("cmd.or")))
	}
	return ed, nil
}

// editionSuffix is what an edition adds to the outputs' names before the
// extension: nothing for the internal edition (the names plancheck has
// always written), "_public" for the public one, so that both editions
// can be written into one --out without one replacing the other.
func editionSuffix(ed model.Edition) string {
	if ed == model.Public {
		return "_" + string(model.Public)
	}
	return ""
}

// checkYearFlag refuses a --year that no plan can have; whether it is in
// the plan's years is checked once the plan is read.
func checkYearFlag(y int) error {
	if y < 0 || y > maxDateYear {
		return usagef("evaluate.year", y)
	}
	return nil
}

// checkOutFlag refuses an --out that exists and is not a folder, before any
// work is done.
func checkOutFlag(dir string) error {
	if dir == "" {
		return usagef("evaluate.out")
	}
	if _, err := checkOutDir(dir); err != nil {
		return &usageError{msg: err.Error()}
	}
	return nil
}

// evaluate loads the inputs and evaluates them in the chosen year. The
// adjustments written for another year are dropped first (see
// adjustmentsFor); what was dropped is in in.notes.
func (f *evalFlags) evaluate() (*inputs, *eval.Result, error) {
	in, err := f.load(false)
	if err != nil {
		return nil, nil, err
	}
	y := f.year
	if y == 0 {
		y = latestYear(in.plan, in.data)
		if y == 0 {
			return in, nil, msg.Errorf("evaluate.noYear", in.plan.BaseYear)
		}
	}
	if y > in.plan.BaseYear && y <= in.plan.TargetYear {
		in.data.Adjustments, in.notes = adjustmentsFor(in.data.Adjustments, y)
		var notes []string
		in.data.Proposals, notes = proposalsFor(in.data.Proposals, y)
		in.notes = append(in.notes, notes...)
	}
	if f.previous != "" {
		if err := in.readPrevious(f.previous, y); err != nil {
			return in, nil, err
		}
	}
	res, err := eval.Evaluate(in.plan, in.data, y)
	if err != nil {
		return in, nil, wordYear(err, f.year != 0)
	}
	return in, res, nil
}

// yearError is eval's YearError in the user's language.
type yearError struct{ *eval.YearError }

func (e yearError) Error() string {
	return msg.Sprintf("cmd.yearOutside", e.Year, e.Base+1, e.Target, e.Base)
}

func (e yearError) Unwrap() error { return e.YearError }

// wordYear words eval.Evaluate's error, a year outside the plan's
// evaluation years: as bad usage of --year when the year was given, else
// (a year taken from the data) alone.
func wordYear(err error, given bool) error {
	var ye *eval.YearError
	if !errors.As(err, &ye) {
		return err
	}
	if given {
		return usagef("cmd.yearErr", yearError{ye})
	}
	return yearError{ye}
}

// evaluateNoting is evaluate, printing to stderr the notes of what was
// read (the adjustments of another year dropped, …), even when it then
// fails.
func (f *evalFlags) evaluateNoting(stderr io.Writer) (*inputs, *eval.Result, error) {
	in, res, err := f.evaluate()
	if in != nil {
		for _, n := range in.notes {
			fmt.Fprintln(stderr, n)
		}
	}
	return in, res, err
}

// latestYear is the latest evaluation year with any value reported: the
// default --year, so that a scheduled run needs no date arithmetic.
func latestYear(p *model.Plan, ds *model.Dataset) int {
	y := 0
	for _, o := range ds.Values {
		if o.Year > y && o.Year > p.BaseYear && o.Year <= p.TargetYear {
			y = o.Year
		}
	}
	return y
}

func runEvaluate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f evalFlags
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	f.register(fs)
	if help, err := parseFlags(fs, args, stdout); help || err != nil {
		return err
	}
	if err := f.check(); err != nil {
		return err
	}
	in, res, err := f.evaluateNoting(stderr)
	if err != nil {
		return err
	}
	if err := nothingAssessable(res, in); err != nil {
		for _, line := range missingSummary(res) {
			fmt.Fprintln(stderr, line+msg.Sprintf("report.validateEach", res.Year))
		}
		return err
	}
	if err := checkPreviousDepartment(in, f.previous, ""); err != nil {
		return err
	}
	if line := noDataLine(res); line != "" {
		fmt.Fprintln(stderr, line)
	}
	name := baseName(res) + editionSuffix(f.edition)
	for _, line := range missingSummary(res) {
		if f.edition == model.Public {
			// The public JSON has no data_quality.
			fmt.Fprintln(stderr, line+msg.Sprintf("report.validateEach", res.Year))
		} else {
			msg.Fprintf(stderr, "evaluate.seeJSON", line, name)
		}
	}
	js, err := encodeJSON(eval.ForEdition(res, f.edition))
	if err != nil {
		return err
	}
	w := newOutWriter(f.out)
	defer w.close()
	paths, err := w.write(ctx, []output{{name: name + ".json", data: js}}, in.files)
	if err != nil {
		return err
	}
	printDone(stdout, res, paths)
	return nil
}

func baseName(res *eval.Result) string { return fmt.Sprintf("%s_%d", res.Plan.ID, res.Year) }

// encodeJSON is the JSON summary: see jsonBytes.
func encodeJSON(res *eval.Result) ([]byte, error) {
	b, err := jsonBytes(res)
	if err != nil {
		return nil, msg.Errorf("evaluate.encode", err)
	}
	return b, nil
}

// jsonBytes is the JSON every output of ours is written as: indented, with
// a trailing newline, and without HTML escaping so that Chinese text and
// "<" stay readable.
func jsonBytes(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func printDone(w io.Writer, res *eval.Result, paths []string) {
	s := res.Summary
	good := msg.Format("evaluate.goodPace")
	if res.Stage == model.Final {
		good = msg.Format("evaluate.goodFinal") // the final year judges the targets, not the pace
	}
	msg.Fprintf(w, "evaluate.done",
		res.Plan.ShortName, res.Year, res.Stage.Label(), s.Total, s.Assessable, good, s.Good, s.Problems, s.Findings)
	for _, p := range paths {
		msg.Fprintf(w, "cmd.wrote", p)
	}
}
