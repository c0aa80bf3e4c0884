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
	"strings"
	"sync"
	"time"

	"plancheck/report/chart"
	"plancheck/report/eval"
	"plancheck/report/pdf"
	"plancheck/report/xlsx"
)

func runReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f evalFlags
	var b batchFlags
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	f.register(fs)
	b.register(fs)
	date := fs.String("date", "", "the report's date, YYYY-MM-DD, printed on the cover and written as the PDF's creation date; default: $SOURCE_DATE_EPOCH if set, else today")
	tmpl := fs.String("templates", "", "a folder of *.tmpl files replacing the embedded sentence templates of the same name")
	dept := fs.String("department", "", "write only this lead department's report (its id or name in the plan): its indicators, tasks, projects and problems")
	if help, err := parseFlags(fs, args, stdout); help || err != nil {
		return err
	}
	opts := reportOptions{year: f.year, out: f.out, department: *dept}
	var err error
	if opts.date, err = reportDate(*date); err != nil {
		return err
	}
	if opts.templates, err = templateDir(*tmpl); err != nil {
		return err
	}
	if opts.policies, err = parsePolicies(b.failOn); err != nil {
		return err
	}
	jobs, err := planJobs(f.plans, f.data)
	if err != nil {
		return err
	}
	if jobs, err = shard(jobs, b.shard); err != nil {
		return err
	}
	opts.written = map[string]string{}

	// One plan: the analyst at a terminal. Its errors are the run's.
	if len(jobs) == 1 && b.shard == "" && b.logFormat == "" {
		o := reportJob(ctx, jobs[0], &opts)
		if o.err != nil {
			return o.err
		}
		printDone(stdout, o.res, o.paths)
		if len(o.policy) > 0 {
			fmt.Fprintf(stdout, "POLICY %s %d: %s\n", o.res.Plan.ID, o.res.Year, strings.Join(o.policy, ", "))
			return &reported{exitPolicy}
		}
		return nil
	}

	// Many plans: a scheduled job. One bad plan does not stop the others.
	rep, err := newReporter(b.logFormat, len(jobs), stderr)
	if err != nil {
		return err
	}
	start := time.Now()
	outs := runJobs(ctx, jobs, b.jobs, func(ctx context.Context, j job) outcome {
		o := reportJob(ctx, j, &opts)
		if o.res != nil {
			o.brief, o.res = briefOf(o.res), nil
		}
		return o
	}, rep.done)
	return summarizeBatch(stdout, outs, time.Since(start))
}

// reportOptions are what every plan of a report run shares.
type reportOptions struct {
	year       int
	out        string
	date       time.Time
	templates  fs.FS
	department string
	policies   []string

	mu      sync.Mutex
	written map[string]string // output name → the plan that wrote it
}

// reportJob evaluates one plan and writes its JSON, PDF and Excel reports.
func reportJob(ctx context.Context, j job, o *reportOptions) outcome {
	out := outcome{job: j}
	if err := ctx.Err(); err != nil {
		out.err = err
		return out
	}
	f := evalFlags{inputFlags: inputFlags{plan: j.plan, data: j.data}, year: o.year, out: o.out}
	in, res, err := f.evaluate()
	if err != nil {
		out.err = err
		return out
	}
	name := baseName(res)
	if o.department != "" {
		id, ok := in.plan.FindDepartment(o.department)
		if !ok {
			out.err = usagef("--department %q is not a department of the plan; the departments are %s", o.department, departmentList(in.plan))
			return out
		}
		if res, err = eval.ForDepartment(in.plan, res, id); err != nil {
			out.err = usagef("--department: %v", err)
			return out
		}
		name += "_" + id
		// The department's workbook holds its own items and their data only.
		dp := in.plan.ForDepartment(id)
		in = &inputs{plan: dp, data: in.data.Only(dp), files: in.files, planSrc: in.planSrc}
	}
	out.res = res
	o.mu.Lock()
	other, dup := o.written[name]
	if !dup {
		o.written[name] = j.String()
	}
	o.mu.Unlock()
	if dup {
		out.err = fmt.Errorf("%s: plan id %q is also the id of %s; the reports of both would have the same names — give each plan its own id", j, res.Plan.ID, other)
		return out
	}
	outs, err := renderReports(res, in, name, o)
	if err != nil {
		out.err = err
		return out
	}
	if out.paths, err = writeOutputs(o.out, outs, in.files); err != nil {
		out.err = err
		return out
	}
	out.policy = policyHits(res, o.policies)
	return out
}

// renderReports builds the JSON, PDF and Excel reports in memory.
func renderReports(res *eval.Result, in *inputs, name string, o *reportOptions) ([]output, error) {
	js, err := encodeJSON(res)
	if err != nil {
		return nil, err
	}
	var doc bytes.Buffer
	err = pdf.Write(&doc, res, pdf.Options{
		Date:      o.date,
		Templates: o.templates,
		DrawIndicator: func(c pdf.Canvas, res *eval.Result, ind *eval.IndicatorResult, w, h float64) error {
			return chart.Indicator(c, res, ind, w, h)
		},
		Charted: chart.Charted,
		DrawDistribution: func(c pdf.Canvas, res *eval.Result, w, h float64) error {
			return chart.Distribution(c, res, w, h)
		},
		DrawTasks: func(c pdf.Canvas, res *eval.Result, w, h float64) error {
			return chart.Tasks(c, res, w, h)
		},
	})
	if err != nil {
		return nil, fmt.Errorf("writing the PDF report: %w", err)
	}
	var book bytes.Buffer
	if err := xlsx.Write(&book, res, in.plan, in.data, xlsx.Options{Date: o.date}); err != nil {
		return nil, fmt.Errorf("writing the Excel report: %w", err)
	}
	return []output{
		{name: name + ".json", data: js},
		{name: name + ".pdf", data: doc.Bytes()},
		{name: name + ".xlsx", data: book.Bytes()},
	}, nil
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
