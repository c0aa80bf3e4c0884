package doc

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"text/template"
	"time"

	"plancheck/report/compare"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
	"plancheck/templates"
)

// CompareOptions are the settings of BuildComparison.
type CompareOptions struct {
	// Templates holds cmp_*.tmpl files replacing the embedded ones of the
	// same name (templates.Compare); nil uses the embedded ones alone.
	Templates fs.FS
	// Date is the report's date; required, as in Options.
	Date time.Time
}

// comparePattern names the comparison report's template files.
const comparePattern = "cmp_*.tmpl"

// compareData is what the comparison's templates get.
type compareData struct {
	C    *compare.Comparison
	Date time.Time
}

// BuildComparison builds the comparison report of plancheck compare: the
// cover, 一、各规划总体情况 (each plan's status distribution), 二、共同
// 指标对比 (the shared indicators, the ones most plans lag on, the status
// matrix), 三、约束性指标未达预期情况, 四、可比指标进度排名, and an annex
// of every plan's row of every shared indicator. It is a tree of the same
// types as Build's, so the PDF, Word and web renderers render it as they
// render a plan's report. Every sentence comes from the cmp_*.tmpl
// templates; every number and judgment is c's. It fails on a nil c, a
// zero Date or a template that does not parse or execute.
func BuildComparison(c *compare.Comparison, opts CompareOptions) (*Document, error) {
	if c == nil {
		return nil, errors.New("doc: no comparison")
	}
	if opts.Date.IsZero() {
		return nil, errors.New("doc: CompareOptions.Date is zero; the report needs its date")
	}
	// The builder of a plan's report lends its functions and its helpers
	// (label, paras, numbering); its result is empty, as no template here
	// reads it.
	b := &builder{res: &eval.Result{}, opts: Options{Date: opts.Date}, figures: map[int]int{}, tables: map[int]int{}}
	funcs := b.funcs()
	funcs["kind"] = func(k model.Kind) string { return k.Label() }
	tpl, err := templates.Parse(template.New("").Funcs(funcs), templates.Compare, opts.Templates, comparePattern)
	if err != nil {
		return nil, fmt.Errorf("doc: comparison %w", err)
	}
	b.tpl = tpl
	cb := &cmpBuilder{b: b, c: c, data: compareData{C: c, Date: opts.Date}}
	d := cb.document()
	if b.err != nil {
		return nil, fmt.Errorf("doc: %w", b.err)
	}
	return d, nil
}

type cmpBuilder struct {
	b    *builder
	c    *compare.Comparison
	data compareData
}

func (cb *cmpBuilder) label(name string) string { return cb.b.label(name, cb.data) }

func (cb *cmpBuilder) document() *Document {
	b, c := cb.b, cb.c
	d := &Document{
		Meta: Meta{
			Title: cb.label("meta.title"), Author: cb.label("meta.author"), Subject: cb.label("meta.subject"),
			Date: b.opts.Date.UTC().Format("2006-01-02"), Language: "zh-CN",
		},
		Cover: Cover{
			Title: cb.label("cover.title"), Subtitle: cb.label("cover.subtitle"), Date: cb.label("cover.date"),
		},
	}
	for _, l := range paragraphs(b.execute("cover.lines", cb.data)) {
		d.Cover.Lines = append(d.Cover.Lines, plain(runs(l)))
	}
	if s := cb.label("cover.sample"); s != "" {
		d.Cover.Notice = runs(s)
	}
	d.Parts = []*Section{cb.overall(), cb.shared(), cb.binding(), cb.rankings()}
	if len(c.Indicators) > 0 {
		d.Annexes = append(d.Annexes, cb.rowsAnnex())
	}
	return d
}

func (cb *cmpBuilder) col(name string, role ColumnRole) Column {
	return Column{Title: cb.label(name), Role: role}
}

func (cb *cmpBuilder) table(part int, title string, cols ...Column) *Table {
	return &Table{Number: cb.b.tableNumber(part), Title: title, Columns: cols}
}

func planName(p *compare.Plan) string { return Normalize(p.Label()) }

// overall is 一、各规划总体情况: the sentence, the plans' table and the
// status chart.
func (cb *cmpBuilder) overall() *Section {
	b, c := cb.b, cb.c
	s := b.part(zh.Numeral(1), cb.label("part.overall"))
	s.Blocks = append(s.Blocks, b.paras(Lead, "overall", cb.data)...)
	t := cb.table(1, cb.label("table.plans"),
		cb.col("col.no", IDCol), cb.col("col.plan", NameCol), cb.col("col.total", NumberCol), cb.col("col.assessable", NumberCol),
		cb.col("col.good", NumberCol), cb.col("col.good_share", NumberCol), cb.col("col.off", NumberCol), cb.col("col.binding_off", NumberCol))
	for i, p := range c.Plans {
		off := p.OffTrack()
		share := "—"
		if p.Assessable > 0 {
			share = zh.Pct(p.GoodShare)
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: strconv.Itoa(i + 1)}, {Text: planName(p)}, {Text: strconv.Itoa(p.Total)}, {Text: strconv.Itoa(p.Assessable)},
			{Text: strconv.Itoa(p.Good)}, {Text: share}, {Text: strconv.Itoa(off)}, {Text: strconv.Itoa(len(p.BindingOff))},
		}})
	}
	s.Blocks = append(s.Blocks, t)
	if c.PlanChart != nil {
		s.Blocks = append(s.Blocks, &Figure{Number: b.figureNumber(1), Caption: cb.label("figure.plans"), Chart: c.PlanChart})
	}
	return s
}

// shared is 二、共同指标对比.
func (cb *cmpBuilder) shared() *Section {
	b, c := cb.b, cb.c
	s := b.part(zh.Numeral(2), cb.label("part.shared"))
	s.Blocks = append(s.Blocks, b.paras(Body, "shared", cb.data)...)
	if len(c.Indicators) == 0 {
		return s
	}
	t := cb.table(2, cb.label("table.shared"),
		cb.col("col.code", IDCol), cb.col("col.indicator", NameCol), cb.col("col.unit", TermCol), cb.col("col.plans", NumberCol),
		cb.col("col.off", NumberCol), cb.col("col.nodata", NumberCol), cb.col("col.binding", NumberCol))
	for _, sh := range c.Indicators {
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: sh.Code}, {Text: Normalize(sh.Name)}, {Text: orDash(sh.Unit)}, {Text: strconv.Itoa(sh.Plans)},
			{Text: strconv.Itoa(sh.OffTrack)}, {Text: strconv.Itoa(sh.NoData)}, {Text: strconv.Itoa(sh.Binding)},
		}})
	}
	s.Blocks = append(s.Blocks, t)
	if c.IndicatorChart != nil {
		s.Blocks = append(s.Blocks, &Figure{Number: b.figureNumber(2), Caption: cb.label("figure.shared"), Chart: c.IndicatorChart})
	}
	// The matrix: a row a plan, a column a shared indicator, each cell
	// the plan's status. A table wider than the page is split by the
	// renderers' rules, so it is kept to the shared indicators.
	m := cb.table(2, cb.label("table.matrix"), cb.col("col.plan", NameCol))
	for _, sh := range c.Indicators {
		m.Columns = append(m.Columns, Column{Title: Normalize(sh.Name), Role: StatusCol})
	}
	for _, p := range c.Plans {
		row := Row{Cells: []Cell{{Text: planName(p)}}}
		for _, sh := range c.Indicators {
			if r := p.Row(sh.Code); r != nil {
				row.Cells = append(row.Cells, Cell{Text: r.Status.Label(), Status: r.Status, Sample: r.Sample})
			} else {
				row.Cells = append(row.Cells, Cell{Text: cb.label("cell.none")})
			}
		}
		m.Rows = append(m.Rows, row)
	}
	m.Notes = b.notes("matrix.note", cb.data)
	sec := &Section{Number: b.label("section.number", 1), Title: cb.label("table.matrix"), Level: 2, Blocks: []Block{m}, Wide: len(c.Indicators) > 6}
	s.Sections = append(s.Sections, sec)
	return s
}

// binding is 三、约束性指标未达预期情况.
func (cb *cmpBuilder) binding() *Section {
	b, c := cb.b, cb.c
	s := b.part(zh.Numeral(3), cb.label("part.binding"))
	s.Blocks = append(s.Blocks, b.paras(Body, "binding", cb.data)...)
	t := cb.table(3, cb.label("table.binding"),
		cb.col("col.plan", NameCol), cb.col("col.id", IDCol), cb.col("col.indicator", NameCol), cb.col("col.code", IDCol), cb.col("col.status", StatusCol))
	for _, p := range c.Plans {
		for _, o := range p.BindingOff {
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: planName(p)}, {Text: o.ID}, {Text: Normalize(o.Name)}, {Text: orDash(o.Code)},
				{Text: o.Status.Label(), Status: o.Status},
			}})
		}
	}
	if len(t.Rows) > 0 {
		s.Blocks = append(s.Blocks, t)
	}
	return s
}

// rankings is 四、可比指标进度排名: a table per ranking.
func (cb *cmpBuilder) rankings() *Section {
	b, c := cb.b, cb.c
	s := b.part(zh.Numeral(4), cb.label("part.rankings"))
	s.Blocks = append(s.Blocks, b.paras(Body, "rankings", cb.data)...)
	for _, r := range c.Rankings {
		t := cb.table(4, b.label("table.ranking", r),
			cb.col("col.rank", IDCol), cb.col("col.plan", NameCol), cb.col("col.pace", NumberCol), cb.col("col.status", StatusCol))
		t.Keep = true
		for _, e := range r.Entries {
			name := Normalize(e.Label())
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: strconv.Itoa(e.Rank)}, {Text: name}, {Text: zh.Ratio(e.PaceRatio)}, {Text: e.Status.Label(), Status: e.Status},
			}})
		}
		s.Blocks = append(s.Blocks, t)
	}
	return s
}

// rowsAnnex is 附表1: every plan's row of every shared indicator, the
// same rows as the workbook's.
func (cb *cmpBuilder) rowsAnnex() *Section {
	b, c := cb.b, cb.c
	// Not Wide: its six columns fit the portrait page, and the PDF lays
	// out the contents on the last page's size (a landscape last page
	// puts the page numbers off the portrait contents page).
	s := &Section{Number: b.label("annex.number", 1), Title: cb.label("annex.rows"), Level: 1}
	t := &Table{Columns: []Column{
		cb.col("col.plan", NameCol), cb.col("col.id", IDCol), cb.col("col.indicator", NameCol),
		cb.col("col.value", NumberCol), cb.col("col.target", TermCol), cb.col("col.status", StatusCol),
	}}
	for _, sh := range c.Indicators {
		t.Rows = append(t.Rows, Row{Group: true, Cells: []Cell{{Text: Normalize(sh.Name) + "（" + sh.Code + "，" + orDash(sh.Unit) + "）", Span: len(t.Columns)}}})
		for _, p := range c.Plans {
			r := p.Row(sh.Code)
			if r == nil {
				continue
			}
			value := cb.label("cell.none")
			if r.Value != nil {
				value = eval.Fixed(*r.Value, r.Decimals)
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: planName(p)}, {Text: r.ID}, {Text: Normalize(r.Name)},
				{Text: value, Sample: r.Sample}, {Text: orDash(Normalize(r.TargetText))}, {Text: r.Status.Label(), Status: r.Status},
			}})
		}
	}
	t.Notes = b.notes("rows.note", cb.data)
	if c.Samples {
		t.Notes = append(t.Notes, b.notes("rows.sample", cb.data)...)
	}
	s.Blocks = []Block{t}
	return s
}
