package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strings"
	"text/template"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/msg"
	"plancheck/templates"
)

// The messages of explain: ids in report/msg's catalog.
const (
	msgExplainNoID   = "explain.noID"
	msgExplainManyID = "explain.manyID"
)

// runExplain prints the whole judgment of one indicator, task or project:
// what eval decided, with the values read and the cells they came from
// (eval.Explain, worded by templates/explain_text.tmpl).
func runExplain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f evalFlags
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	f.inputFlags.register(fs)
	fs.IntVar(&f.year, "year", 0, msg.Format("flag.explain.year"))
	// The id may come before or after the flags.
	var ids []string
	for len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		ids, args = append(ids, args[0]), args[1:]
	}
	help, err := parseFlagsArgs(fs, args, stdout)
	if help || err != nil {
		return err
	}
	ids = append(ids, fs.Args()...)
	switch {
	case len(ids) == 0:
		return usagef(msgExplainNoID)
	case len(ids) > 1:
		return usagef(msgExplainManyID, len(ids), strings.Join(ids, " "))
	}
	if err := checkYearFlag(f.year); err != nil {
		return err
	}
	_, res, err := f.evaluateNoting(stderr)
	if err != nil {
		return err
	}
	x, err := eval.Explain(res, ids[0])
	var unknown *eval.UnknownIDError
	if errors.As(err, &unknown) {
		// eval words it in English; the message is said here.
		if len(unknown.Near) == 0 {
			return usagef("explain.unknown", unknown.ID)
		}
		return usagef("explain.unknownNear", unknown.ID, strings.Join(unknown.Near, ", "))
	}
	if err != nil {
		return err
	}
	words, err := doc.NewWords(res, nil)
	if err != nil {
		return err
	}
	return writeExplanation(stdout, x, words)
}

// writeExplanation words x with templates/explain_text.tmpl.
func writeExplanation(w io.Writer, x *eval.Explanation, words *doc.Words) error {
	dec := 2
	if x.Indicator != nil {
		dec = x.Indicator.Decimals
	}
	t, err := template.New("explain").Funcs(explainFuncs(dec)).ParseFS(templates.Explain, "explain_text.tmpl")
	if err != nil {
		return msg.Errorf("explain.template", err)
	}
	var findings []string
	for _, q := range x.Findings {
		line := findingLine(words, q)
		if q.At != "" {
			line = q.At + ": " + line
		}
		findings = append(findings, line)
	}
	name := "indicator"
	switch {
	case x.Task != nil:
		name = "task"
	case x.Project != nil:
		name = "project"
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, name, map[string]any{"X": x, "Findings": findings}); err != nil {
		return msg.Errorf("explain.template", err)
	}
	if err := words.Err(); err != nil {
		return err
	}
	out := strings.TrimRight(b.String(), "\n") + "\n"
	_, err = io.WriteString(w, out)
	return err
}

// explainFuncs are the number functions of explain_text.tmpl; dec is the
// indicator's decimals.
func explainFuncs(dec int) template.FuncMap {
	fixed := func(v any, d int) string {
		switch x := v.(type) {
		case *float64:
			if x == nil {
				return "—"
			}
			return eval.Fixed(*x, d)
		case float64:
			return eval.Fixed(x, d)
		case int:
			return fmt.Sprint(x)
		}
		return fmt.Sprint(v)
	}
	scaled := func(v any, k float64) any {
		switch x := v.(type) {
		case *float64:
			if x == nil {
				return x
			}
			y := *x * k
			return &y
		case float64:
			return x * k
		}
		return v
	}
	return template.FuncMap{
		"v":    func(v any) string { return fixed(v, dec) },
		"r":    func(v any) string { return fixed(v, 3) },
		"rate": func(v any) string { return fixed(v, 2) },
		"pct":  func(v any) string { return fixed(scaled(v, 100), 2) + "%" },
		"yn": func(v *float64) string {
			if v != nil && math.Abs(*v-1) < 1e-9 {
				return "是"
			}
			return "否"
		},
		"status": func(id string) string { return model.Status(id).Label() },
		"band":   func(id string) string { return model.Band(id).Label() },
		"sub":    func(a, b int) int { return a - b },
		"add":    func(a, b int) int { return a + b },
		"deref":  func(b *bool) bool { return b != nil && *b },
		"req":    func(r *eval.IndicatorResult) *float64 { return evalYear(r).Requirement },
		"cmp":    func(r *eval.IndicatorResult) *float64 { return evalYear(r).Compared },
	}
}

// evalYear is the indicator's evaluation year.
func evalYear(r *eval.IndicatorResult) eval.YearResult {
	if len(r.Years) == 0 {
		return eval.YearResult{}
	}
	return r.Years[len(r.Years)-1]
}
