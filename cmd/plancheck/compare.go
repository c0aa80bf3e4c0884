package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"plancheck/report/chart"
	"plancheck/report/compare"
	"plancheck/report/doc"
	"plancheck/report/docx"
	"plancheck/report/eval"
	"plancheck/report/html"
	"plancheck/report/msg"
	"plancheck/report/pdf"
	"plancheck/report/xlsx"
)

// runCompare is plancheck compare: many plans' results of one year side
// by side on the indicators they share (report/compare). Each input is a
// JSON result (<id>_<year>.json, as evaluate and report write it), a
// folder holding plan.yaml (the plan is evaluated here), or a folder of
// results (its <id>_<year>.json files of --year: a CI job's downloaded
// artifacts). The inputs are read one at a time and only their summaries
// kept, so that a thousand plans take the memory of a few.
func runCompare(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("compare", flag.ContinueOnError)
	year := fl.Int("year", 0, msg.Format("flag.compare.year"))
	out := fl.String("out", "out", msg.Format("flag.compare.out"))
	date := fl.String("date", "", msg.Format("flag.date"))
	tmpl := fl.String("templates", "", msg.Format("flag.compare.templates"))
	format := fl.String("format", defaultFormats, msg.Sprintf("flag.format", strings.Join(formatNames, ", ")))
	// The inputs come after the flags; flag stops at the first of them.
	if help, err := parseFlagsHelp(fl, args, stdout, func() { msg.Fprintf(stdout, "compare.help") }); help || err != nil {
		return err
	}
	inputs := fl.Args()
	for _, a := range inputs {
		if strings.HasPrefix(a, "-") {
			return usagef("compare.flagAfter", a)
		}
	}
	if *year == 0 {
		return usagef("compare.noYear")
	}
	if err := checkYearFlag(*year); err != nil {
		return err
	}
	if len(inputs) == 0 {
		return usagef("compare.noInput")
	}
	if err := checkOutFlag(*out); err != nil {
		return err
	}
	formats, err := parseFormats(*format)
	if err != nil {
		return err
	}
	when, err := reportDate(*date, os.Getenv("SOURCE_DATE_EPOCH"), time.Now())
	if err != nil {
		return err
	}
	templates, err := templateDir(*tmpl)
	if err != nil {
		return err
	}

	b := compare.New(*year)
	var files []inputFile
	var errs []error
	for _, arg := range inputs {
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		fl, err := addInput(b, arg, *year, stderr)
		files = append(files, fl...)
		if err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return &inputError{errs}
	}
	c, err := b.Comparison()
	if err != nil {
		return &inputError{[]error{err}}
	}
	outs, err := renderComparison(c, formats, when, templates)
	if err != nil {
		return err
	}
	w := newOutWriter(*out)
	defer w.close()
	paths, err := w.write(ctx, outs, files)
	if err != nil {
		return err
	}
	msg.Fprintf(stdout, "compare.done", c.Year, len(c.Plans), len(c.Indicators), len(c.Lagging))
	for _, p := range paths {
		msg.Fprintf(stdout, "cmd.wrote", p)
	}
	return nil
}

// addInput adds one INPUT to b and returns the files it read (which no
// output may replace).
func addInput(b *compare.Builder, arg string, year int, stderr io.Writer) ([]inputFile, error) {
	st, err := statInput("compare", arg)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return addJSON(b, arg)
	}
	if _, err := os.Stat(filepath.Join(arg, "plan.yaml")); err == nil {
		return addPlan(b, arg, year, stderr)
	}
	// A folder of results: its <id>_<year>.json (the internal editions;
	// a _public one would be the same plan twice).
	names, err := filepath.Glob(filepath.Join(arg, fmt.Sprintf("*_%d.json", year)))
	if err != nil {
		return nil, msg.Errorf("compare.glob", arg, err)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return nil, msg.Errorf("compare.noResult", arg, year, year)
	}
	var files []inputFile
	for _, n := range names {
		fl, err := addJSON(b, n)
		files = append(files, fl...)
		if err != nil {
			return files, err
		}
	}
	return files, nil
}

func addJSON(b *compare.Builder, path string) ([]inputFile, error) {
	fh, st, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	files := []inputFile{{path, st}}
	return files, b.Add(fh, path)
}

// addPlan evaluates the plan in folder dir in year, as plancheck evaluate
// --plan dir --year year does, and adds its result. The notes of what was
// read (an adjustment of another year dropped, …) are printed to stderr,
// each after the folder's name, as evaluate prints them.
func addPlan(b *compare.Builder, dir string, year int, stderr io.Writer) ([]inputFile, error) {
	f := evalFlags{year: year}
	f.plans = stringList{dir}
	in, res, err := f.evaluate()
	var files []inputFile
	if in != nil {
		files = in.files
		for _, n := range in.notes {
			fmt.Fprintln(stderr, msg.Sprintf("cmd.pathMsg", dir, n))
		}
	}
	if err != nil {
		var ye *eval.YearError
		var ue *usageError
		switch {
		case errors.As(err, &ye):
			// --year here is compare's: the plan's years are the input's
			// fault, so the message names the plan, not the flag.
			return files, msg.Errorf("cmd.pathMsg", dir, yearError{ye})
		case errors.As(err, &ue):
			return files, msg.Errorf("cmd.pathMsg", dir, ue)
		}
		return files, msg.Errorf("cmd.pathErr", dir, err)
	}
	return files, b.AddResult(res, dir)
}

// renderComparison writes the chosen outputs of c in memory, in the order
// json, pdf, docx, xlsx, html; the documents are walks of one tree.
func renderComparison(c *compare.Comparison, f formatSet, when time.Time, templates fs.FS) ([]output, error) {
	name := fmt.Sprintf("compare_%d", c.Year)
	var outs []output
	var tree *doc.Document
	if f.pdf || f.docx || f.html {
		var err error
		if tree, err = doc.BuildComparison(c, doc.CompareOptions{Date: when, Templates: templates}); err != nil {
			return nil, msg.Errorf("compare.build", err)
		}
	}
	if f.json {
		js, err := jsonBytes(c)
		if err != nil {
			return nil, msg.Errorf("compare.json", err)
		}
		outs = append(outs, output{name: name + ".json", data: js})
	}
	if f.pdf {
		var buf bytes.Buffer
		err := pdf.Write(&buf, tree, pdfOptions(when))
		if err != nil {
			return nil, msg.Errorf("compare.pdf", err)
		}
		outs = append(outs, output{name: name + ".pdf", data: buf.Bytes()})
	}
	if f.docx {
		var buf bytes.Buffer
		err := docx.Write(&buf, tree, docxOptions(when))
		if err != nil {
			return nil, msg.Errorf("compare.docx", err)
		}
		outs = append(outs, output{name: name + ".docx", data: buf.Bytes()})
	}
	if f.xlsx {
		var buf bytes.Buffer
		if err := xlsx.WriteComparison(&buf, c, xlsx.CompareOptions{Date: when, Templates: templates}); err != nil {
			return nil, msg.Errorf("compare.xlsx", err)
		}
		outs = append(outs, output{name: name + ".xlsx", data: buf.Bytes()})
	}
	if f.html {
		var buf bytes.Buffer
		if err := html.Write(&buf, tree, html.Options{Date: when, SVG: chart.SVG}); err != nil {
			return nil, msg.Errorf("compare.html", err)
		}
		outs = append(outs, output{name: name + ".html", data: buf.Bytes()})
	}
	return outs, nil
}
