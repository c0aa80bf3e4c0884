package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"plancheck/data"
	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/msg"
)

// findingLine is a finding as validate lists it: its subject, then what
// the report says of it (指标5 劳动生产率: 2023年数据缺失，请补报).
func findingLine(w *doc.Words, q eval.Finding) string {
	if s := w.Subject(q); s != "" {
		return s + ": " + w.Finding(q)
	}
	return w.Finding(q)
}

// The messages of validate added for plancheck init's folders: ids in
// report/msg's catalog.
const (
	msgValidateToFill     = "validate.toFill"
	msgValidateEmptyBooks = "validate.emptyBooks"
)

// toFill lists the lines of the user's plan.yaml still marked data.ToFill
// (the example values of plancheck init's skeleton).
func toFill(in *inputs) []string {
	var out []string // none for the embedded plan (planText nil)
	for i, line := range strings.Split(string(in.planText), "\n") {
		if strings.HasSuffix(strings.TrimRight(line, " \r"), data.ToFill) {
			out = append(out, msg.Sprintf(msgValidateToFill, filepath.Base(in.planSrc), i+1, data.ToFill))
		}
	}
	return out
}

// planPlace is where a finding without a cell is: its indicator's line in
// plan.yaml (plan.yaml:12), else the plan file itself.
func planPlace(in *inputs, q eval.Finding) string {
	name := filepath.Base(in.planSrc)
	if ind := in.plan.Indicator(q.Indicator); ind != nil && ind.Line > 0 {
		return msg.Sprintf("validate.planLine", name, ind.Line)
	}
	return name
}

func runValidate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f inputFlags
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	f.register(fs)
	year := fs.Int("year", 0, msg.Format("flag.validate.year"))
	if help, err := parseFlags(fs, args, stdout); help || err != nil {
		return err
	}
	if err := checkYearFlag(*year); err != nil {
		return err
	}
	in, err := f.load(true)
	var ie *inputError
	if errors.As(err, &ie) {
		n := 0
		for _, e := range ie.errs {
			// A file's errors come as one error of several lines, one per problem.
			for _, line := range strings.Split(e.Error(), "\n") {
				msg.Fprintf(stdout, "validate.error", line)
				n++
			}
		}
		msg.Fprintf(stdout, "validate.errors", n)
		return &reported{exitInput}
	}
	if err != nil {
		return err
	}
	// What plancheck init's skeleton still holds: the lines marked to fill.
	for _, line := range toFill(in) {
		fmt.Fprintln(stdout, line)
	}
	y := *year
	if y == 0 {
		y = latestYear(in.plan, in.data)
	}
	if y == 0 {
		if len(in.books) > 0 {
			msg.Fprintf(stdout, msgValidateEmptyBooks, strings.Join(in.books, ", "), in.plan.BaseYear)
		}
		msg.Fprintf(stdout, "validate.noValues", in.planSrc, len(in.plan.Indicators), in.plan.BaseYear)
		return nil
	}
	if y > in.plan.BaseYear && y <= in.plan.TargetYear {
		var notes []string
		in.data.Adjustments, notes = adjustmentsFor(in.data.Adjustments, y)
		var more []string
		in.data.Proposals, more = proposalsFor(in.data.Proposals, y)
		notes = append(notes, more...)
		for _, n := range notes {
			msg.Fprintf(stdout, "validate.warning", n)
		}
	}
	res, err := eval.Evaluate(in.plan, in.data, y)
	if err != nil {
		return wordYear(err, *year != 0)
	}
	// The findings are worded as the report words them (report/doc).
	words, err := doc.NewWords(res, nil)
	if err != nil {
		return err
	}
	errs := 0
	// The missing reports, one line per department, before the findings
	// that each need a look.
	for _, line := range missingSummary(res) {
		msg.Fprintf(stdout, "validate.missing", line)
	}
	for _, q := range res.Quality {
		if isMissing(q) {
			continue
		}
		at := q.At
		if at == "" {
			at = planPlace(in, q)
		}
		msg.Fprintf(stdout, "validate.finding", severityWord(q.Severity), at, findingLine(words, q), q.Code)
		if q.Severity == eval.Error {
			errs++
		}
	}
	if err := words.Err(); err != nil {
		return err
	}
	msg.Fprintf(stdout, "validate.summary",
		in.planSrc, len(in.data.Values), y, errs, len(res.Quality)-errs)
	if errs > 0 {
		return &reported{exitInput}
	}
	return nil
}

// severityWord is a finding's severity as validate's lines start with it
// (error, warning), in the language of the messages.
func severityWord(s model.Severity) string {
	if s == model.Error {
		return msg.Format("validate.sevError")
	}
	return msg.Format("validate.sevWarning")
}
