package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"plancheck/report/chart"
	"plancheck/report/doc"
	"plancheck/report/docx"
	"plancheck/report/eval"
	"plancheck/report/html"
	"plancheck/report/model"
	"plancheck/report/msg"
	"plancheck/report/pdf"
	"plancheck/report/xlsx"
)

func runReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f evalFlags
	var b batchFlags
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	f.register(fs)
	b.register(fs)
	date := fs.String("date", "", msg.Format("flag.report.date"))
	tmpl := fs.String("templates", "", msg.Format("flag.templates"))
	dept := fs.String("department", "", msg.Format("flag.report.department"))
	format := fs.String("format", defaultFormats, msg.Sprintf("flag.report.format", strings.Join(formatNames, ", ")))
	if help, err := parseFlags(fs, args, stdout); help || err != nil {
		return err
	}
	if err := f.check(); err != nil {
		return err
	}
	if err := b.check(); err != nil {
		return err
	}
	opts := reportOptions{year: f.year, department: *dept, previous: f.previous, edition: f.edition}
	var err error
	if opts.formats, err = parseFormats(*format); err != nil {
		return err
	}
	if opts.date, err = reportDate(*date, os.Getenv("SOURCE_DATE_EPOCH"), time.Now()); err != nil {
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
	if f.previous != "" && len(jobs) > 1 {
		return usagef("report.onePrevious", f.previous, len(jobs))
	}
	if jobs, err = shard(jobs, b.shard); err != nil {
		return err
	}
	opts.written = map[string]string{}
	opts.out = newOutWriter(f.out)
	defer opts.out.close()

	// One plan: the analyst at a terminal. Its errors are the run's.
	if len(jobs) == 1 && b.shard == "" && b.logFormat == "" {
		o := reportJob(ctx, jobs[0], &opts)
		for _, n := range append(o.notes, o.missing...) {
			fmt.Fprintln(stderr, n)
		}
		if o.err != nil {
			return o.err
		}
		printDone(stdout, o.res, o.paths)
		if len(o.policy) > 0 {
			msg.Fprintf(stdout, "report.policy", o.res.Plan.ID, o.res.Year, strings.Join(o.policy, ", "))
			return &reported{exitPolicy}
		}
		return nil
	}

	// Many plans: a scheduled job. One bad plan does not stop the others.
	gcBack()
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
		o.missing = nil // a line per department and plan would bury the log; the workbooks list them
		return o
	}, rep.done)
	return summarizeBatch(ctx, stdout, outs, time.Since(start))
}

// reportOptions are what every plan of a report run shares.
type reportOptions struct {
	year       int
	out        *outWriter
	date       time.Time
	templates  fs.FS
	department string
	formats    formatSet
	policies   []string
	previous   string // --previous, with one plan only
	edition    model.Edition

	mu      sync.Mutex
	written map[string]string // output name → the plan that wrote it
}

// stepHook, when set (by tests only), runs at named steps: "rendered",
// after a plan's reports are built in memory and before any is written
// (with the plan's id), and "written", when an output set is in its
// temporary files under the folder's lock, before the renames (with the
// first output's name). Tests use it to stop or crash a run at a known
// point.
var stepHook func(ctx context.Context, step, plan string)

// reportJob evaluates one plan and writes the reports of o.formats.
// A panic in any step is caught and becomes the plan's error, so that a bug
// met by one plan of a batch does not stop the others. The run's context is
// checked between steps: once it is cancelled nothing more is written.
func reportJob(ctx context.Context, j job, o *reportOptions) (out outcome) {
	out = outcome{job: j}
	defer func() {
		if v := recover(); v != nil {
			out.err = fmt.Errorf("%s: %w", j, recovered(v))
			out.res = nil
		}
	}()
	if j.err != nil {
		out.err = j.err
		return out
	}
	if ctx.Err() != nil {
		out.err = context.Cause(ctx)
		return out
	}
	out.started = true
	// The PDF's fonts are registered while the inputs are read: fpdf
	// parses them whole for every document, and reading leaves the other
	// core free (pdf.Prepare).
	var pre *pdf.Prepared
	if o.formats.pdf {
		pre = pdf.Prepare(pdfOptions(o.date))
	}
	f := evalFlags{inputFlags: inputFlags{plan: j.plan, data: j.data}, year: o.year, previous: o.previous}
	in, res, err := f.evaluate()
	if in != nil {
		out.notes = in.notes
	}
	if err != nil {
		out.err = err
		return out
	}
	if err := nothingAssessable(res, in); err != nil {
		// Who has to report what, since nothing was written to list it.
		for _, line := range missingSummary(res) {
			out.missing = append(out.missing, line+msg.Sprintf("report.validateEach", res.Year))
		}
		out.err = err
		return out
	}
	largePlan(len(res.Indicators) + len(res.Tasks) + len(res.Projects))
	name := baseName(res)
	dept := ""
	if o.department != "" {
		id, ok := in.plan.FindDepartment(o.department)
		if !ok {
			out.err = usagef("cmd.notDepartment", o.department, departmentList(in.plan))
			return out
		}
		// The name is made of the plan's id of the department, which the
		// plan reader checked, never of the text typed after --department.
		if res, err = eval.ForDepartment(in.plan, res, id); err != nil {
			out.err = msg.Errorf("report.department", o.department, wordLeadsNothing(err))
			return out
		}
		name += "_" + id
		dept = id
		// The department's workbook holds its own items and their data only.
		dp := in.plan.ForDepartment(id)
		in = &inputs{plan: dp, data: in.data.Only(dp), files: in.files, planSrc: in.planSrc, books: in.books, prevDept: in.prevDept}
	}
	if err := checkPreviousDepartment(in, o.previous, dept); err != nil {
		out.err = err
		return out
	}
	if line := noDataLine(res); line != "" {
		out.notes = append(out.notes, line)
	}
	name += editionSuffix(o.edition)
	for _, line := range missingSummary(res) {
		// The public edition leaves the data-quality findings out.
		if o.formats.xlsx && o.edition != model.Public {
			line += msg.Sprintf("report.seeSheet", name)
		} else {
			line += msg.Sprintf("report.validateEach", res.Year)
		}
		out.missing = append(out.missing, line)
	}
	// The run's messages, its policies and its summary speak of the whole
	// result; only the outputs are the edition's (renderReports).
	out.res = res
	o.mu.Lock()
	other, dup := o.written[name]
	if !dup {
		o.written[name] = j.String()
	}
	o.mu.Unlock()
	if dup {
		out.err = msg.Errorf("report.sameID", j, res.Plan.ID, other)
		return out
	}
	outs, err := renderReports(ctx, res, in, name, o, pre)
	if err != nil {
		out.err = err
		return out
	}
	if stepHook != nil {
		stepHook(ctx, "rendered", res.Plan.ID)
	}
	if out.paths, err = o.out.write(ctx, outs, in.files); err != nil {
		out.err = err
		return out
	}
	out.policy = policyHits(res, o.policies)
	return out
}

// pictureDPI is the resolution of the Word report's charts: 200 dpi, the
// least a printed chart needs (at 72 a 7 pt label is 7 pixels tall).
const pictureDPI = 200

// renderReports builds the reports of o.formats in memory and returns
// them in the order json, pdf, docx, xlsx, html (with its csv). Every
// output is of o.edition: res goes through eval.ForEdition first. The
// PDF, the Word report and the web page are walks of the same tree,
// which no renderer changes.
//
// The outputs are rendered at the same time, each on its own goroutine:
// they share only read-only inputs (res, the tree, the embedded fonts),
// so a single plan's report uses every core (a batch already runs plans
// side by side), and each output's bytes are what rendering it alone
// gives (TestReproducible and the renderers' own tests hold that).
//
// pre is the PDF begun with pdfOptions(o.date) when o.formats.pdf.
func renderReports(ctx context.Context, res *eval.Result, in *inputs, name string, o *reportOptions, pre *pdf.Prepared) ([]output, error) {
	res = eval.ForEdition(res, o.edition)
	var tree *doc.Document
	type render struct {
		on   bool
		tree bool // walks the document tree
		run  func() ([]output, error)
	}
	renders := []render{
		{o.formats.json, false, func() ([]output, error) {
			js, err := encodeJSON(res)
			if err != nil {
				return nil, err
			}
			return []output{{name: name + ".json", data: js}}, nil
		}},
		{o.formats.pdf, true, func() ([]output, error) {
			var report bytes.Buffer
			err := pre.Write(&report, tree)
			if err != nil {
				return nil, msg.Errorf("report.pdf", err)
			}
			return []output{{name: name + ".pdf", data: report.Bytes()}}, nil
		}},
		{o.formats.docx, true, func() ([]output, error) {
			var word bytes.Buffer
			err := docx.Write(&word, tree, docxOptions(o.date))
			if err != nil {
				return nil, msg.Errorf("report.docx", err)
			}
			return []output{{name: name + ".docx", data: word.Bytes()}}, nil
		}},
		{o.formats.xlsx, false, func() ([]output, error) {
			var book bytes.Buffer
			if err := xlsx.Write(&book, res, xlsx.Options{Date: o.date, Templates: o.templates}); err != nil {
				return nil, msg.Errorf("report.xlsx", err)
			}
			return []output{{name: name + ".xlsx", data: book.Bytes()}}, nil
		}},
		{o.formats.html, true, func() ([]output, error) {
			// The page links the CSV by its name in the same folder, so the
			// two are published together; they are one set with the others.
			var page, table bytes.Buffer
			err := html.Write(&page, tree, html.Options{Date: o.date, SVG: chart.SVG, CSV: name + ".csv"})
			if err != nil {
				return nil, msg.Errorf("report.html", err)
			}
			if err := xlsx.WriteCSV(&table, res, xlsx.CSVOptions{Templates: o.templates}); err != nil {
				return nil, msg.Errorf("report.csv", err)
			}
			return []output{{name: name + ".html", data: page.Bytes()}, {name: name + ".csv", data: table.Bytes()}}, nil
		}},
	}
	results := make([][]output, len(renders))
	errs := make([]error, len(renders))
	var wg sync.WaitGroup
	start := func(i int) {
		r := renders[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A panic in a renderer is that plan's error, as on the
			// plan's own goroutine (reportJob recovers there, not on this one).
			defer func() {
				if v := recover(); v != nil {
					errs[i] = recovered(v)
				}
			}()
			results[i], errs[i] = r.run()
		}()
	}
	// The JSON and the workbook are made of res alone: they start first,
	// and the tree the three documents walk is built meanwhile (on two
	// cores the workbook is the longest output, and building the tree
	// before it left the other core idle).
	needTree := false
	for i, r := range renders {
		if r.on && !r.tree {
			start(i)
		}
		needTree = needTree || r.on && r.tree
	}
	if needTree {
		var err error
		if tree, err = doc.Build(res, doc.Options{Date: o.date, Templates: o.templates}); err != nil {
			wg.Wait()
			return nil, msg.Errorf("report.build", err)
		}
		for i, r := range renders {
			if r.on && r.tree {
				start(i)
			}
		}
	}
	wg.Wait()
	var outs []output
	for i := range renders {
		if errs[i] != nil {
			return nil, errs[i]
		}
		outs = append(outs, results[i]...)
	}
	if ctx.Err() != nil {
		return nil, context.Cause(ctx)
	}
	return outs, nil
}

// pdfOptions are a report's PDF settings: its date, and the charts drawn
// by report/chart.
func pdfOptions(date time.Time) pdf.Options {
	return pdf.Options{
		Date: date,
		Draw: func(c pdf.Canvas, ch *eval.Chart, w, h float64) error { return chart.Draw(c, ch, w, h) },
	}
}

// docxOptions are a report's Word settings: its date, and the charts as
// pictures of pictureDPI.
func docxOptions(date time.Time) docx.Options {
	return docx.Options{
		Date:    date,
		Picture: func(ch *eval.Chart, w, h float64) ([]byte, error) { return chart.PNG(ch, w, h, pictureDPI) },
	}
}

// formatNames are the outputs --format chooses among, in the order they
// are written. html is the web page and, beside it, its CSV.
var formatNames = []string{"json", "pdf", "docx", "xlsx", "html"}

// defaultFormats is --format's default: the office's outputs. The web
// page is left out: it is written to be published, and publishing is a
// choice a run names (--format html, usually with --edition public), not
// a file that appears in every folder of internal reports.
const defaultFormats = "pdf,docx,xlsx,json"

// formatSet is the outputs a report run writes.
type formatSet struct{ json, pdf, docx, xlsx, html bool }

// parseFormats reads --format: a comma list of formatNames, each once, in
// any order (the outputs are written in formatNames' order whatever it
// is), spaces around a name allowed.
func parseFormats(s string) (formatSet, error) {
	var f formatSet
	choose := map[string]*bool{"json": &f.json, "pdf": &f.pdf, "docx": &f.docx, "xlsx": &f.xlsx, "html": &f.html}
	list := strings.Join(formatNames, ", ")
	if strings.TrimSpace(s) == "" {
		return f, usagef("report.formatEmpty", list)
	}
	for _, item := range strings.Split(s, ",") {
		name := strings.TrimSpace(item)
		p, ok := choose[name]
		switch {
		case name == "":
			return f, usagef("report.formatBlank", clip(s), list)
		case !ok:
			return f, usagef("report.formatUnknown", clip(s), clip(name), list)
		case *p:
			return f, usagef("report.formatTwice", clip(s), name)
		}
		*p = true
	}
	return f, nil
}

// The years a report's date may fall in: a typo such as 20240 or 1024 is
// refused rather than printed on the cover.
const minDateYear, maxDateYear = 1900, 2200

// reportDate is --date, or SOURCE_DATE_EPOCH (the reproducible-builds
// convention), or today, all in UTC, so that the same inputs give the same
// bytes in any time zone. The date is the only thing a report takes from
// the clock, and it is taken here, at the edge (now is the clock).
func reportDate(flagValue, epoch string, now time.Time) (time.Time, error) {
	var t time.Time
	switch {
	case flagValue != "":
		var err error
		t, err = time.ParseInLocation("2006-01-02", flagValue, time.UTC)
		if err != nil {
			return time.Time{}, usagef("report.date", clip(flagValue))
		}
		if y := t.Year(); y < minDateYear || y > maxDateYear {
			return time.Time{}, usagef("report.dateYear", flagValue, y, minDateYear, maxDateYear)
		}
	case epoch != "":
		sec, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil {
			return time.Time{}, usagef("report.epoch", clip(epoch))
		}
		// Bound the seconds before time.Unix, whose year would overflow.
		lo := time.Date(minDateYear, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
		hi := time.Date(maxDateYear+1, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
		if sec < lo || sec >= hi {
			return time.Time{}, usagef("report.epochYear", sec, minDateYear, maxDateYear)
		}
		t = time.Unix(sec, 0).UTC()
	default:
		y, m, d := now.UTC().Date()
		t = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return t, nil
}

// clip shortens a value quoted in a message to about 80 characters.
func clip(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

// templateDir opens --templates, checking that it is a folder whose *.tmpl
// files are regular files (a FIFO among them would hang the PDF writer).
func templateDir(dir string) (fs.FS, error) {
	if dir == "" {
		return nil, nil
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, usagef("report.templatesErr", dir, cleanPathErr(err))
	}
	if !st.IsDir() {
		return nil, usagef("report.templatesNotDir", dir)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "*.tmpl"))
	var errs []error
	for _, n := range names {
		st, err := os.Stat(n)
		switch {
		case err != nil:
			errs = append(errs, msg.Errorf("report.templatesFileErr", n, cleanPathErr(err)))
		case fileKind(st) != "":
			errs = append(errs, msg.Errorf("report.templatesFileMsg", n, fileKind(st)))
		}
	}
	if len(errs) > 0 {
		return nil, &inputError{errs}
	}
	return regularFS{dir: dir, fsys: os.DirFS(dir)}, nil
}

// regularFS is a folder as an fs.FS that opens folders and regular files
// only, checked as readFile checks inputs, so that a file swapped for a
// FIFO after templateDir looked cannot make a read wait forever.
type regularFS struct {
	dir  string
	fsys fs.FS
}

func (r regularFS) Open(name string) (fs.File, error) {
	st, err := fs.Stat(r.fsys, name)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return r.fsys.Open(name)
	}
	fh, _, err := openRegular(filepath.Join(r.dir, filepath.FromSlash(name)))
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return fh, nil
}
