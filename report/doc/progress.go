package doc

import (
	"plancheck/report/eval"
	"plancheck/report/zh"
)

// progress is 二、主要指标进展情况: per category its opening, its table,
// its indicators' charts and the analysts' words.
func (b *builder) progress() *Section {
	s := b.part(b.parts.Progress, b.title("title.progress"))
	n := b.parts.progressN
	for _, g := range b.groups {
		sec := b.section(g.N, Normalize(g.Name))
		sec.Blocks = b.paras(Body, "doc_category.tmpl", struct {
			base
			N          int
			G          eval.GroupSummary
			Indicators []*eval.IndicatorResult
			Binding    int
		}{b.base(), g.N, g.G, g.Indicators, g.Binding})
		sec.Blocks = append(sec.Blocks, b.progressTable(n, g))
		var figs []*Figure
		for _, ind := range g.Indicators {
			if ind.Chart == nil {
				continue
			}
			figs = append(figs, b.indicatorFigure(n, ind))
		}
		if len(figs) > 0 {
			sec.Blocks = append(sec.Blocks, &Figures{Items: figs})
		}
		for _, ind := range g.Indicators {
			if ind.Manual {
				sec.Blocks = append(sec.Blocks, b.paras(Body, "doc_manual.tmpl", struct {
					base
					I *eval.IndicatorResult
				}{b.base(), ind})...)
			}
			if ind.Comment != "" {
				sec.Blocks = append(sec.Blocks, b.paras(Comment, "doc_comment.tmpl", struct {
					base
					I *eval.IndicatorResult
				}{b.base(), ind})...)
			}
		}
		s.Sections = append(s.Sections, sec)
	}
	return s
}

// progressTable is 指标 | 属性 | 基期值 | 目标 | each year | 状态 | 预计.
func (b *builder) progressTable(part int, g group) *Table {
	B, Y, T := b.res.Plan.BaseYear, b.res.Year, b.res.Plan.TargetYear
	t := &Table{Number: b.tableNumber(part), Title: b.label("table.category", b.withName(g.Name)), Columns: []Column{
		{b.title("col.indicator"), NameCol}, {b.title("col.attr"), TermCol},
		{b.label("col.base", B), NumberCol}, {b.label("col.target.year", T), TermCol},
	}}
	for y := B + 1; y <= Y; y++ {
		t.Columns = append(t.Columns, Column{zh.Year(y), NumberCol})
	}
	t.Columns = append(t.Columns, Column{b.title("col.status"), StatusCol})
	if Y < T {
		t.Columns = append(t.Columns, Column{b.title("col.band"), TermCol})
	}
	sample := false
	for _, ind := range g.Indicators {
		base := b.yearCell(ind, B)
		sample = sample || base.Sample
		cells := []Cell{{Text: b.nameUnit(ind)}, {Text: b.attr(ind)}, base, {Text: orDash(ind.TargetText)}}
		for y := B + 1; y <= Y; y++ {
			c := b.yearCell(ind, y)
			sample = sample || c.Sample
			cells = append(cells, c)
		}
		cells = append(cells, b.statusCell(ind))
		if Y < T {
			cells = append(cells, bandCell(ind))
		}
		t.Rows = append(t.Rows, Row{Cells: cells})
	}
	b.footnote(t, sample)
	return t
}

// indicatorFigure is an indicator's chart with its caption.
func (b *builder) indicatorFigure(part int, ind *eval.IndicatorResult) *Figure {
	num := b.figureNumber(part)
	last := latest(ind)
	return &Figure{
		Number: num,
		Caption: b.label("doc_caption.tmpl", struct {
			base
			I        *eval.IndicatorResult
			Latest   *eval.YearResult
			Required string
		}{b.base(), ind, last, b.required(ind)}),
		Size:  Half,
		Chart: normalizeChart(ind.Chart),
	}
}

// withName is the common data with a name, for labels such as 减量提质类指标进展情况.
func (b *builder) withName(name string) any {
	return struct {
		base
		Name string
	}{b.base(), name}
}

// target is the indicator's target in words, from doc_target.tmpl:
// 年均增长6%, 不高于312.6万人; "" when the plan states none.
func (b *builder) target(ind *eval.IndicatorResult) string {
	if ind == nil {
		return ""
	}
	return b.label(b.either("target."+string(ind.Kind), "target.none"), struct {
		base
		I *eval.IndicatorResult
	}{b.base(), ind})
}

// required is what the remaining years need for the target, from
// doc_required.tmpl: 2025年需增长45.1%, 2024—2025年需年均增加0.2个百分点;
// "" when the indicator is not projected.
func (b *builder) required(ind *eval.IndicatorResult) string {
	if ind == nil || !finite(ind.RequiredPace) || b.res.Remaining == 0 {
		return ""
	}
	return b.label(b.either("required."+string(ind.Kind), "required.level"), struct {
		base
		I       *eval.IndicatorResult
		Need    float64
		Reached bool
		Points  bool // the indicator is a share in %: it moves by points
	}{b.base(), ind, *ind.RequiredPace, ind.GapClosed, ind.Unit == "%"})
}
