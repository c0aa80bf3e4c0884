package doc

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"text/template"
	"time"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
	"plancheck/templates"
)

// Options are the settings of Build.
type Options struct {
	// Templates holds doc_*.tmpl files that replace the embedded
	// templates of the same name (package templates); nil uses the
	// embedded ones alone. A file may also redefine single {{define}}
	// blocks of the embedded files, such as one label of doc_labels.tmpl.
	// Other files are ignored.
	Templates fs.FS
	// Date is the report's date, printed on the cover and written to
	// Meta.Date. It is required: a zero Date is an error, so that the
	// report never depends on the clock.
	Date time.Time
}

// Build builds the whole report for res: the cover, the parts 一、总体评价
// to 下一步工作建议 with their tables and figures, and the annexes 附表1….
// Every sentence comes from the templates (doc_*.tmpl); the numbers and
// judgments are res's. It fails on a nil res, a zero Options.Date, or a
// template that does not parse or execute (the error names the file and
// line).
func Build(res *eval.Result, opts Options) (*Document, error) {
	if res == nil {
		return nil, errors.New("doc: no evaluation result")
	}
	if opts.Date.IsZero() {
		return nil, errors.New("doc: Options.Date is zero; the report needs its date")
	}
	b, err := newBuilder(res, opts)
	if err != nil {
		return nil, err
	}
	b.prepare()
	d := b.document()
	if b.err != nil {
		return nil, fmt.Errorf("doc: %w", b.err)
	}
	return d, nil
}

// newBuilder parses the templates for a build of res.
func newBuilder(res *eval.Result, opts Options) (*builder, error) {
	b := &builder{res: res, opts: opts, figures: map[int]int{}, tables: map[int]int{}}
	// A folder may hold the PDF's older templates too, or none of the tree's.
	tpl, err := templates.Parse(template.New("").Funcs(b.funcs()), templates.Doc, opts.Templates, pattern)
	if err != nil {
		return nil, fmt.Errorf("doc: %w", err)
	}
	b.tpl = tpl
	b.index()
	return b, nil
}

// pattern names the tree's template files, embedded and overriding.
const pattern = "doc_*.tmpl"

// builder builds one Document. Its first error sticks (see fail): the
// build goes on with empty text and Build returns that error.
type builder struct {
	res  *eval.Result
	opts Options
	tpl  *template.Template
	err  error

	parts           parts
	figures, tables map[int]int // part → last number given

	groups   []group
	problems []problem // one per subject, in eval's order
	sample   samples
	// The results by id, for a finding's or a problem's subject.
	indicators map[string]*eval.IndicatorResult
	taskByID   map[string]*eval.TaskResult
	projByID   map[string]*eval.ProjectResult
}

func (b *builder) fail(err error) {
	if err != nil && b.err == nil {
		b.err = err
	}
}

// base is what every template's data carries.
type base struct {
	R         *eval.Result
	Nth       int    // which year of the plan R.Year is (2024 in a 2021–2025 plan: 4)
	Span      int    // the plan's years (5)
	Remaining int    // the years after R.Year up to the target year (1 in 2024)
	Next      int    // R.Year + 1
	Stage     string // the stage's label: 年度评估, 中期评估, 总结评估
	// Final and Mid are set in the final (target-year) and the mid-term
	// evaluation; Superior is the level above the plan's (市级, 省级,
	// 国家), which names its requirements (达到市级要求).
	Final, Mid bool
	Superior   string
	Parts      parts
	// Sample is set when the report uses sample values: the notice on the
	// cover says so once, and tables mark them with *.
	Sample bool
	// Public is set in the public edition (R.Edition): the sentences about
	// what it leaves out (the data-quality check, the departments' scores
	// and duties) are left out too.
	Public bool
}

func (b *builder) base() base {
	p := b.res.Plan
	return base{
		R: b.res, Nth: b.res.Year - p.BaseYear, Span: p.TargetYear - p.BaseYear,
		Remaining: b.res.Remaining, Next: b.res.Year + 1,
		Stage: b.res.Stage.Label(), Parts: b.parts, Sample: b.sample.any(), Public: b.public(),
		Final: b.res.Stage == model.Final, Mid: b.res.Stage == model.Midterm,
		Superior: b.superior(),
	}
}

// superior is the plan's superior level, superior.default of
// doc_labels.tmpl (市级) when the result names none (a result written
// before plans had one).
func (b *builder) superior() string {
	if s := b.res.Plan.Superior; s != "" {
		return Normalize(s)
	}
	return b.label("superior.default", nil)
}

// parts are the numbers of the report's parts in Chinese (一, 二, …), so
// that the templates can refer to them (详见第五部分). A part the report
// leaves out has "": 主要指标进展情况 without indicators, 重点任务实施情况
// without key tasks, 重大项目推进情况 without major projects; the parts
// after it are numbered on. The annexes are numbered the same way:
// IndicatorTable (附表1, left out without indicators), Departments,
// Quality (left out of the public edition) and Method.
type parts struct {
	Overall, Achievements, Progress, Tasks, Projects, FollowUp string
	Problems, Outlook, Suggestions, Proposals                  string
	IndicatorTable, Departments, Quality, Method               string
	// ProposalsAnnex is set when 规划调整建议 is an annex (附表2), not a
	// part (in the mid-term evaluation it is a part).
	ProposalsAnnex bool
	// The parts' ordinals, for the numbers of their tables and figures
	// (表2-1); 0 for a part left out.
	overallN, progressN, tasksN, projectsN, followN, outlookN, proposalsN int
}

func (b *builder) numberParts() {
	n := 0
	next := func(on bool, ord *int) string {
		if !on {
			return ""
		}
		n++
		if ord != nil {
			*ord = n
		}
		return zh.Numeral(n)
	}
	p := &b.parts
	mid := b.res.Stage == model.Midterm
	p.Overall = next(true, &p.overallN)
	p.Achievements = next(true, nil)
	p.Progress = next(len(b.groups) > 0, &p.progressN)
	p.Tasks = next(len(b.res.Tasks) > 0, &p.tasksN)
	p.Projects = next(len(b.res.Projects) > 0, &p.projectsN)
	p.FollowUp = next(b.res.FollowUp != nil, &p.followN)
	p.Problems = next(true, nil)
	p.Outlook = next(b.res.Midterm != nil, &p.outlookN)
	p.Suggestions = next(true, nil)
	// The mid-term report has 规划调整建议 as a part, saying so when there
	// is nothing to propose; the others have it as an annex, when there
	// is something.
	p.Proposals = next(mid, &p.proposalsN)
	m := 0
	annex := func(on bool) string {
		if !on {
			return ""
		}
		m++
		return b.label("annex.number", m)
	}
	p.IndicatorTable = annex(len(b.res.Indicators) > 0)
	if !mid && len(b.res.Proposals) > 0 {
		p.Proposals, p.ProposalsAnnex = annex(true), true
	}
	p.Departments = annex(true)
	p.Quality = annex(!b.public())
	p.Method = annex(true)
}

// public reports whether the tree is the public edition's, which leaves
// out the data-quality annex (eval.ForEdition has emptied the findings).
func (b *builder) public() bool { return b.res.Edition == model.Public }

// prepare gathers what the parts share: the categories, the merged
// problems, the sample values and the parts' numbers.
func (b *builder) prepare() {
	b.groups = groups(b.res)
	b.problems = b.problemList()
	b.sample = findSamples(b.res)
	b.numberParts()
}

// document builds the tree.
func (b *builder) document() *Document {
	d := &Document{}
	d.Meta = Meta{
		Title:    b.title("meta.title"),
		Author:   Normalize(b.res.Plan.Issuer),
		Subject:  Normalize(b.res.Plan.Name),
		Date:     b.opts.Date.UTC().Format("2006-01-02"),
		Language: "zh-CN",
	}
	d.Cover = b.cover()
	d.Parts = append(d.Parts, b.overall(), b.achievements())
	if b.parts.Progress != "" {
		d.Parts = append(d.Parts, b.progress())
	}
	if b.parts.Tasks != "" {
		d.Parts = append(d.Parts, b.tasks())
	}
	if b.parts.Projects != "" {
		d.Parts = append(d.Parts, b.projects())
	}
	if b.parts.FollowUp != "" {
		d.Parts = append(d.Parts, b.followUp())
	}
	d.Parts = append(d.Parts, b.problemsPart())
	if b.parts.Outlook != "" {
		d.Parts = append(d.Parts, b.outlook())
	}
	d.Parts = append(d.Parts, b.suggestions())
	if b.parts.Proposals != "" && !b.parts.ProposalsAnnex {
		d.Parts = append(d.Parts, b.proposals())
	}
	if b.parts.IndicatorTable != "" {
		d.Annexes = append(d.Annexes, b.indicatorAnnex())
	}
	if b.parts.ProposalsAnnex {
		d.Annexes = append(d.Annexes, b.proposals())
	}
	d.Annexes = append(d.Annexes, b.departments())
	if b.parts.Quality != "" {
		d.Annexes = append(d.Annexes, b.quality())
	}
	d.Annexes = append(d.Annexes, b.method())
	return d
}

// execute runs the named template. text/template's errors carry the file
// name, line and column.
func (b *builder) execute(name string, data any) string {
	if b.tpl.Lookup(name) == nil {
		b.fail(fmt.Errorf("template %q is missing", name))
		return ""
	}
	var out bytes.Buffer
	if err := b.tpl.ExecuteTemplate(&out, name, data); err != nil {
		b.fail(err)
		return ""
	}
	return out.String()
}

// index maps the ids of the result's indicators, tasks and projects to
// them (the first of an id).
func (b *builder) index() {
	b.indicators = map[string]*eval.IndicatorResult{}
	for i := range b.res.Indicators {
		if id := b.res.Indicators[i].ID; b.indicators[id] == nil {
			b.indicators[id] = &b.res.Indicators[i]
		}
	}
	b.taskByID = map[string]*eval.TaskResult{}
	for i := range b.res.Tasks {
		if id := b.res.Tasks[i].ID; b.taskByID[id] == nil {
			b.taskByID[id] = &b.res.Tasks[i]
		}
	}
	b.projByID = map[string]*eval.ProjectResult{}
	for i := range b.res.Projects {
		if id := b.res.Projects[i].ID; b.projByID[id] == nil {
			b.projByID[id] = &b.res.Projects[i]
		}
	}
}

// indicator, task and project are the results of an id; nil for "" or an
// id the result does not hold.
func (b *builder) indicator(id string) *eval.IndicatorResult { return b.indicators[id] }
func (b *builder) task(id string) *eval.TaskResult           { return b.taskByID[id] }
func (b *builder) project(id string) *eval.ProjectResult     { return b.projByID[id] }

// either is the template name when it exists, else fallback: the one of
// a kind, a rule or a code, else the common one.
func (b *builder) either(name, fallback string) string {
	if b.has(name) {
		return name
	}
	return fallback
}

// has reports whether a template exists.
func (b *builder) has(name string) bool { return b.tpl.Lookup(name) != nil }

// label is a short text (a title, a column's heading, a word): the
// template name, defined in doc_labels.tmpl, run with data and joined
// into one line, normalized and without markup.
func (b *builder) label(name string, data any) string {
	return plain(runs(strings.Join(paragraphs(b.execute(name, data)), "")))
}

// title is a label run with the common data.
func (b *builder) title(name string) string { return b.label(name, b.base()) }

// paras runs a template and makes each line of its output a paragraph.
// A paragraph that ends with a colon introduces what follows and is kept
// with it.
func (b *builder) paras(style ParaStyle, name string, data any) []Block {
	var out []Block
	for _, p := range paragraphs(b.execute(name, data)) {
		rs := runs(p)
		out = append(out, &Paragraph{Style: style, Runs: rs, KeepWithNext: strings.HasSuffix(plain(rs), "：")})
	}
	return out
}

// notes runs a template and makes each line of its output a footnote.
func (b *builder) notes(name string, data any) []Paragraph {
	var out []Paragraph
	for _, p := range paragraphs(b.execute(name, data)) {
		out = append(out, Paragraph{Style: Footnote, Runs: runs(p)})
	}
	return out
}

// tableNumber numbers the next table of a part: 表2-3.
func (b *builder) tableNumber(part int) string {
	b.tables[part]++
	return b.label("table.number", [2]int{part, b.tables[part]})
}

// figureNumber numbers the next figure of a part: 图2-3.
func (b *builder) figureNumber(part int) string {
	b.figures[part]++
	return b.label("figure.number", [2]int{part, b.figures[part]})
}

// section is a numbered section of level 2 (（一）) with its blocks.
func (b *builder) section(n int, title string, blocks ...Block) *Section {
	return &Section{Number: b.label("section.number", n), Title: title, Level: 2, Blocks: blocks}
}

// part is a part of level 1 (一、); number is its numeral (一).
func (b *builder) part(number, title string) *Section {
	return &Section{Number: b.label("part.number", number), Title: title, Level: 1}
}
