package pdf

// TEMPORARY (issue 10): the old path, which laid out an eval.Result with
// its own wording (sections.go, tasks.go and the templates). It is kept
// only so that the command builds until report/doc's builder lands; the
// lead deletes this file, sections.go and tasks.go once cmd writes the
// PDF from a *doc.Document with Write.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"text/template"
	"time"

	"plancheck/report/eval"
	"plancheck/report/zh"
)

// ResultOptions are the old path's settings.
//
// TEMPORARY: see Options.
type ResultOptions struct {
	// Date is the report's date, printed on the cover and written as the
	// PDF's creation and modification dates. A zero Date is an error.
	Date time.Time
	// Templates holds *.tmpl files that replace the embedded templates of
	// the same name (templates.FS); nil uses the embedded ones alone.
	Templates fs.FS
	// Regular and Bold are TrueType fonts with the CJK glyphs, as in Options.
	Regular, Bold []byte
	// DrawIndicator draws an indicator's chart in a w×h point box. nil
	// means the report has no indicator charts.
	DrawIndicator func(c Canvas, res *eval.Result, ind *eval.IndicatorResult, w, h float64) error
	// Charted reports whether an indicator gets a chart. nil charts every
	// indicator with a value in at least two years.
	Charted func(ind *eval.IndicatorResult) bool
	// DrawDistribution draws the chart of statuses by category. nil leaves
	// the chart out.
	DrawDistribution func(c Canvas, res *eval.Result, w, h float64) error
	// DrawTasks draws the chart of the key tasks' progress by chapter.
	// nil leaves the chart out.
	DrawTasks func(c Canvas, res *eval.Result, w, h float64) error
}

// WriteResult writes the report for res to w the old way.
//
// TEMPORARY: Write writes a *doc.Document (issue 10).
func WriteResult(w io.Writer, res *eval.Result, opts ResultOptions) (err error) {
	if res == nil {
		return errors.New("pdf: no evaluation result")
	}
	if opts.Date.IsZero() {
		return errors.New("pdf: Options.Date is zero; the report needs its date")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: internal error: %v", r)
		}
	}()
	d, err := newLegacy(res, opts)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if err := d.build(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	return d.output(w)
}

// legacy is one report being laid out the old way.
type legacy struct {
	*typesetter
	res  *eval.Result
	opts ResultOptions
	tpl  *template.Template

	figures map[int]int // chapter → last figure number
	tables  map[int]int

	parts             parts
	tasksN, projectsN int
	sample            []*eval.IndicatorResult
	sampleTasks       []*eval.TaskResult
	sampleProjects    []*eval.ProjectResult
}

func newLegacy(res *eval.Result, opts ResultOptions) (*legacy, error) {
	tpl, err := loadTemplates(opts.Templates)
	if err != nil {
		return nil, err
	}
	ts, err := newTypesetter(opts.Date, opts.Regular, opts.Bold)
	if err != nil {
		return nil, err
	}
	d := &legacy{typesetter: ts, res: res, opts: opts, tpl: tpl, figures: map[int]int{}, tables: map[int]int{}}
	for i := range res.Indicators {
		if sampled(&res.Indicators[i]) {
			d.sample = append(d.sample, &res.Indicators[i])
		}
	}
	for i := range res.Tasks {
		if res.Tasks[i].Sample {
			d.sampleTasks = append(d.sampleTasks, &res.Tasks[i])
		}
	}
	for i := range res.Projects {
		if res.Projects[i].Sample {
			d.sampleProjects = append(d.sampleProjects, &res.Projects[i])
		}
	}
	d.number()
	if d.title, err = d.execute("title.tmpl", d.common()); err != nil {
		return nil, err
	}
	d.title = strings.Join(paragraphs(plain(d.title)), "")
	if d.title == "" {
		return nil, errors.New("title.tmpl: the title is empty")
	}
	d.headerRight = fmt.Sprintf("%d年度", res.Year)
	f := d.f
	f.SetTitle(d.title, true)
	f.SetAuthor(res.Plan.Issuer, true)
	f.SetSubject(fmt.Sprintf("%s %d年度实施情况评估", res.Plan.Name, res.Year), true)
	f.SetCreator("plancheck", true)
	f.SetLang("zh-CN")
	f.SetDisplayMode("fullwidth", "continuous")
	return d, nil
}

// sampled reports whether an indicator uses any sample value.
func sampled(ind *eval.IndicatorResult) bool {
	if ind.Sample {
		return true
	}
	for _, y := range ind.Years {
		if y.Sample {
			return true
		}
	}
	return false
}

// common is what every template's data carries.
type common struct {
	R     *eval.Result
	Nth   int   // which year of the plan R.Year is
	Span  int   // the plan's years
	Parts parts // the sections' numbers
}

func (d *legacy) common() common {
	p := d.res.Plan
	return common{R: d.res, Nth: d.res.Year - p.BaseYear, Span: p.TargetYear - p.BaseYear, Parts: d.parts}
}

// parts are the numbers of the report's sections in Chinese (一, 二, …).
type parts struct {
	Overall, Progress, Tasks, Projects, Problems, Suggestions string
	IndicatorTable, Departments, Quality, Method              string
}

// number numbers the sections the report has.
func (d *legacy) number() {
	n := 0
	next := func(on bool) string {
		if !on {
			return ""
		}
		n++
		return zh.Numeral(n)
	}
	d.parts.Overall = next(true)
	d.parts.Progress = next(len(d.groups()) > 0)
	d.parts.Tasks = next(len(d.res.Tasks) > 0)
	if d.parts.Tasks != "" {
		d.tasksN = n
	}
	d.parts.Projects = next(len(d.res.Projects) > 0)
	if d.parts.Projects != "" {
		d.projectsN = n
	}
	d.parts.Problems = next(true)
	d.parts.Suggestions = next(true)
	m := 0
	table := func(on bool) string {
		if !on {
			return ""
		}
		m++
		return fmt.Sprintf("附表%d", m)
	}
	d.parts.IndicatorTable = table(len(d.res.Indicators) > 0)
	d.parts.Departments = table(true)
	d.parts.Quality = table(true)
	d.parts.Method = table(true)
}

// build lays out the whole report.
func (d *legacy) build() error {
	type step struct {
		name string
		fn   func() error
	}
	steps := []step{
		{"cover", d.cover},
		{"contents", d.reserveContents},
		{d.heading0(titleOverall), d.overall},
	}
	if d.parts.Progress != "" {
		steps = append(steps, step{d.heading0(titleProgress), d.progress})
	}
	if d.parts.Tasks != "" {
		steps = append(steps, step{d.heading0(titleTasks), d.tasks})
	}
	if d.parts.Projects != "" {
		steps = append(steps, step{d.heading0(titleProjects), d.projects})
	}
	steps = append(steps,
		step{d.heading0(titleProblems), d.problems},
		step{d.heading0(titleSuggestions), d.suggestions},
		step{headAppendix, d.appendix},
		step{"contents", d.fillContents},
	)
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		if err := d.f.Error(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return nil
}

// execute runs the named template and returns its output.
func (d *legacy) execute(name string, data any) (string, error) {
	var b bytes.Buffer
	if err := d.tpl.ExecuteTemplate(&b, name, data); err != nil {
		return "", err
	}
	return b.String(), nil
}

// has reports whether the template exists.
func (d *legacy) has(name string) bool { return d.tpl.Lookup(name) != nil }

// paragraphs sets a template's output as body paragraphs.
func (d *legacy) paragraphs(name string, data any) error {
	s, err := d.execute(name, data)
	if err != nil {
		return err
	}
	for _, p := range paragraphs(s) {
		d.block(p, bodyStyle)
	}
	return nil
}
