package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"time"

	"plancheck/report/chart"
	"plancheck/report/eval"
	"plancheck/report/pdf"
	"plancheck/report/xlsx"
)

func runReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f evalFlags
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	f.register(fs)
	date := fs.String("date", "", "the report's date, YYYY-MM-DD, printed on the cover and written as the PDF's creation date; default: $SOURCE_DATE_EPOCH if set, else today")
	tmpl := fs.String("templates", "", "a folder of *.tmpl files replacing the embedded sentence templates of the same name")
	dept := fs.String("department", "", "write only this lead department's report (its id or name in the plan): its indicators, tasks, projects and problems")
	if help, err := parseFlags(fs, args, stdout); help || err != nil {
		return err
	}
	when, err := reportDate(*date)
	if err != nil {
		return err
	}
	templates, err := templateDir(*tmpl)
	if err != nil {
		return err
	}
	in, res, err := f.evaluate()
	if err != nil {
		return err
	}
	name := baseName(res)
	if *dept != "" {
		id, ok := departmentID(in.plan, *dept)
		if !ok {
			return usagef("--department %q is not a department of the plan; the departments are %s", *dept, departmentList(in.plan))
		}
		if res, err = eval.ForDepartment(in.plan, res, id); err != nil {
			return usagef("--department: %v", err)
		}
		name += "_" + id
	}
	js, err := encodeJSON(res)
	if err != nil {
		return err
	}
	var doc bytes.Buffer
	err = pdf.Write(&doc, res, pdf.Options{
		Date:      when,
		Templates: templates,
		DrawIndicator: func(c pdf.Canvas, res *eval.Result, ind *eval.IndicatorResult, w, h float64) error {
			return chart.Indicator(c, res, ind, w, h)
		},
		Charted: chart.Charted,
		DrawDistribution: func(c pdf.Canvas, res *eval.Result, w, h float64) error {
			return chart.Distribution(c, res, w, h)
		},
	})
	if err != nil {
		return fmt.Errorf("writing the PDF report: %w", err)
	}
	var book bytes.Buffer
	if err := xlsx.Write(&book, res, in.plan, in.data, xlsx.Options{Date: when}); err != nil {
		return fmt.Errorf("writing the Excel report: %w", err)
	}
	outs := []output{
		{name: name + ".json", data: js},
		{name: name + ".pdf", data: doc.Bytes()},
		{name: name + ".xlsx", data: book.Bytes()},
	}
	paths, err := writeOutputs(f.out, outs, in.files)
	if err != nil {
		return err
	}
	printDone(stdout, res, paths)
	return nil
}

// reportDate is --date, or SOURCE_DATE_EPOCH (the reproducible-builds
// convention), or today. The date is the only thing a report takes from
// the clock, and it is taken here, at the edge.
func reportDate(flagValue string) (time.Time, error) {
	if flagValue != "" {
		t, err := time.ParseInLocation("2006-01-02", flagValue, time.Local)
		if err != nil {
			return time.Time{}, usagef("--date %q: give the date as YYYY-MM-DD, e.g. 2024-03-15", flagValue)
		}
		return t, nil
	}
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, usagef("SOURCE_DATE_EPOCH %q is not a number of seconds", s)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	y, m, d := time.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local), nil
}

// templateDir opens --templates, checking that it is a folder.
func templateDir(dir string) (fs.FS, error) {
	if dir == "" {
		return nil, nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, usagef("--templates %s: %v", dir, cleanPathErr(err))
	}
	if !st.IsDir() {
		return nil, usagef("--templates %s: not a folder", dir)
	}
	return os.DirFS(dir), nil
}
