package doc

import (
	"fmt"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// cover is the title page: doc_cover.tmpl's title, subtitle, lines and
// date, the issuer, and the one statement on sample data.
func (b *builder) cover() Cover {
	data := b.base()
	c := Cover{
		Title:    b.label("cover.title", data),
		Subtitle: b.label("cover.subtitle", data),
		Date: b.label("cover.date", struct {
			base
			Date any
		}{data, b.opts.Date}),
		Issuer: Normalize(b.res.Plan.Issuer),
	}
	for _, l := range paragraphs(b.execute("cover.lines", data)) {
		c.Lines = append(c.Lines, plain(runs(l)))
	}
	if b.sample.any() {
		// One statement, however many lines its template has.
		c.Notice = runs(strings.Join(paragraphs(b.execute("doc_sample_note.tmpl", struct {
			base
			samples
		}{data, b.sample})), ""))
	}
	return c
}

// overall is 一、总体评价: the headline, the chart of statuses by category,
// the table of categories and the binding indicators.
func (b *builder) overall() *Section {
	s := b.part(b.parts.Overall, b.title("title.overall"))
	n := b.parts.overallN
	data := b.base()
	one := b.section(1, b.title("title.overall.progress"))
	one.Blocks = b.paras(Lead, "doc_overall_top.tmpl", struct {
		base
		NoData   []*eval.IndicatorResult
		District *eval.Summary
	}{data, b.indicatorsOf(b.res.Summary.NoData), b.res.District})
	one.Blocks = append(one.Blocks, b.paras(Body, "doc_summary.tmpl", struct {
		base
		Tasks    taskStats
		Projects projectStats
		Problems []problem
	}{base: data, Tasks: b.taskStats(), Projects: b.projectStats(), Problems: b.problems})...)
	if b.res.StatusChart != nil {
		num := b.figureNumber(n)
		one.Blocks = append(one.Blocks, &Figure{
			Number: num,
			Caption: b.label("doc_caption_distribution.tmpl", struct {
				base
				Number string
			}{data, num}),
			Size:  Full,
			Chart: normalizeChart(b.res.StatusChart),
		})
	}
	s.Sections = append(s.Sections, one)
	if len(b.res.Indicators) == 0 {
		// A department's own report may have tasks and projects only.
		return s
	}
	two := b.section(2, b.title("title.overall.categories"))
	two.Blocks = append(two.Blocks, b.categoryTable(n))
	three := b.section(3, b.title("title.overall.binding"))
	var binding, off, missing []*eval.IndicatorResult
	for i := range b.res.Indicators {
		ind := &b.res.Indicators[i]
		if !ind.Binding {
			continue
		}
		binding = append(binding, ind)
		switch {
		case !ind.Status.Assessable():
			missing = append(missing, ind)
		case !ind.Status.Good():
			off = append(off, ind)
		}
	}
	type why struct {
		I      *eval.IndicatorResult
		Reason string // why it is not assessed, from doc_reasons.tmpl
	}
	var whys []why
	for _, ind := range missing {
		whys = append(whys, why{ind, b.reason(ind)})
	}
	three.Blocks = b.paras(Body, "doc_binding.tmpl", struct {
		base
		G            eval.GroupSummary
		Binding, Off []*eval.IndicatorResult
		Missing      []why
	}{data, b.res.Summary.Binding, binding, off, whys})
	if len(binding) > 0 {
		t := &Table{Number: b.tableNumber(n), Title: b.title("table.binding"), Columns: []Column{
			{b.title("col.seq"), IDCol}, {b.title("col.indicator"), NameCol}, {b.title("col.target"), TermCol},
			{zh.Year(b.res.Year), NumberCol}, {b.title("col.status"), StatusCol}, {b.title("col.lead"), NameCol},
		}}
		sample := false
		for _, ind := range binding {
			v := b.yearCell(ind, b.res.Year)
			sample = sample || v.Sample
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: Normalize(ind.ID)}, {Text: b.nameUnit(ind)}, {Text: orDash(ind.TargetText)}, v,
				b.statusCell(ind), {Text: orDash(ind.LeadName)},
			}})
		}
		b.footnote(t, sample)
		three.Blocks = append(three.Blocks, t)
	}
	s.Sections = append(s.Sections, two, three)
	if b.res.Midterm != nil {
		s.Sections = append(s.Sections, b.halfway(n, len(s.Sections)+1))
	}
	if moved := b.moved(); len(moved) > 0 {
		s.Sections = append(s.Sections, b.movement(n, len(s.Sections)+1, moved))
	}
	return s
}

// indicatorsOf are the results of ids, in their order; ids the result
// does not hold are left out.
func (b *builder) indicatorsOf(ids []string) []*eval.IndicatorResult {
	var out []*eval.IndicatorResult
	for _, id := range ids {
		if ind := b.indicator(id); ind != nil {
			out = append(out, ind)
		}
	}
	return out
}

// moved are the indicators whose status improved or worsened against
// the year before (IndicatorResult.StatusMove), in plan order.
func (b *builder) moved() []*eval.IndicatorResult {
	var out []*eval.IndicatorResult
	for i := range b.res.Indicators {
		if ind := &b.res.Indicators[i]; ind.StatusMove == eval.Improved || ind.StatusMove == eval.Worsened {
			out = append(out, ind)
		}
	}
	return out
}

// movement is 较上年变化: the counts (Summary.Movement) and the table of
// the indicators whose status changed, 由明显滞后转为滞后.
func (b *builder) movement(part, n int, moved []*eval.IndicatorResult) *Section {
	s := b.section(n, b.title("title.overall.movement"))
	s.Blocks = b.paras(Body, "doc_movement.tmpl", struct {
		base
		M     eval.Movement
		Moved []*eval.IndicatorResult
		Prev  int
	}{b.base(), b.res.Summary.Movement, moved, b.res.Year - 1})
	t := &Table{Number: b.tableNumber(part), Title: b.title("table.movement"), Columns: []Column{
		{b.title("col.seq"), IDCol}, {b.title("col.indicator"), NameCol}, {b.title("col.lead"), NameCol},
		{b.label("col.status.year", b.res.Year-1), StatusCol}, {b.label("col.status.year", b.res.Year), StatusCol},
		{b.title("col.move"), TermCol},
	}}
	for _, ind := range moved {
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: Normalize(ind.ID)}, {Text: b.nameUnit(ind)}, {Text: orDash(ind.LeadName)},
			{Text: ind.PrevStatus.Label(), Status: ind.PrevStatus}, b.statusCell(ind),
			{Text: orDash(ind.StatusMove.Label())},
		}})
	}
	s.Blocks = append(s.Blocks, t)
	return s
}

// halfway is the mid-term's 时间过半、任务过半: the rule and the shares,
// and each indicator's status in every year B+1..Y.
func (b *builder) halfway(part, n int) *Section {
	m := b.res.Midterm
	s := b.section(n, b.title("title.overall.halfway"))
	s.Blocks = b.paras(Body, "doc_halfway.tmpl", struct {
		base
		M             *eval.Midterm
		Half, NotHalf []*eval.IndicatorResult
		// BindingShort are the assessable binding indicators not 过半.
		BindingShort []*eval.IndicatorResult
		Assessable   int
	}{b.base(), m, b.indicatorsOf(m.Half), b.indicatorsOf(m.NotHalf), b.bindingOf(m.NotHalf), len(m.Half) + len(m.NotHalf)})
	if len(m.Years) == 0 {
		return s
	}
	t := &Table{Number: b.tableNumber(part), Title: b.label("table.years", m.Years), Columns: []Column{
		{b.title("col.seq"), IDCol}, {b.title("col.indicator"), NameCol}, {b.title("col.attr"), TermCol},
	}}
	for _, y := range m.Years {
		t.Columns = append(t.Columns, Column{zh.Year(y), StatusCol})
	}
	t.Columns = append(t.Columns, Column{b.title("col.progress.share"), NumberCol}, Column{b.title("col.half"), TermCol})
	for _, g := range b.groups {
		t.Rows = append(t.Rows, Row{Group: true, Cells: []Cell{{
			Text: b.label("section.number", g.N) + Normalize(g.Name), Bold: true, Span: len(t.Columns)}}})
		for _, ind := range g.Indicators {
			cells := []Cell{{Text: Normalize(ind.ID)}, {Text: b.nameUnit(ind)}, {Text: b.attr(ind)}}
			for _, y := range m.Years {
				cells = append(cells, yearStatus(ind, y))
			}
			half := "—"
			switch {
			case contains(m.Half, ind.ID):
				half = b.title("half.yes")
			case contains(m.NotHalf, ind.ID):
				half = b.title("half.no")
			}
			cells = append(cells, Cell{Text: pctOr(ind.Progress)}, Cell{Text: half})
			t.Rows = append(t.Rows, Row{Cells: cells})
		}
	}
	s.Blocks = append(s.Blocks, t)
	return s
}

// bindingOf are the binding ones among ids.
func (b *builder) bindingOf(ids []string) []*eval.IndicatorResult {
	var out []*eval.IndicatorResult
	for _, ind := range b.indicatorsOf(ids) {
		if ind.Binding {
			out = append(out, ind)
		}
	}
	return out
}

// yearStatus is an indicator's status in year y, "—" for none.
func yearStatus(ind *eval.IndicatorResult, y int) Cell {
	for _, yr := range ind.Years {
		if yr.Year == y && yr.Status != "" {
			return Cell{Text: yr.Status.Label(), Status: yr.Status}
		}
	}
	return Cell{Text: "—"}
}

// categoryTable counts the statuses of each category: a column for each
// status that occurs, and a total row.
func (b *builder) categoryTable(part int) *Table {
	used := b.statusColumns()
	t := &Table{Number: b.tableNumber(part), Title: b.title("table.categories"), Columns: []Column{
		{b.title("col.category"), NameCol}, {b.title("col.count"), NumberCol}, {b.title("col.assessable"), NumberCol},
	}}
	head := []Cell{{Text: t.Columns[0].Title}, {Text: t.Columns[1].Title}, {Text: t.Columns[2].Title}}
	for _, st := range used {
		t.Columns = append(t.Columns, Column{st.Label(), NumberCol})
		head = append(head, Cell{Text: st.Label(), Status: st})
	}
	t.Columns = append(t.Columns, Column{b.title("col.good.share"), NumberCol})
	head = append(head, Cell{Text: t.Columns[len(t.Columns)-1].Title})
	t.Header = [][]Cell{head}
	cells := func(name string, g eval.GroupSummary, bold bool) []Cell {
		out := []Cell{{Text: Normalize(name), Bold: bold}, {Text: fmt.Sprint(g.Total), Bold: bold}, {Text: fmt.Sprint(g.Assessable), Bold: bold}}
		for _, st := range used {
			c := Cell{Text: "—", Bold: bold}
			if k := count(g, st); k > 0 {
				c.Text = fmt.Sprint(k)
			}
			out = append(out, c)
		}
		share := "—"
		if g.Assessable > 0 {
			share = zh.Pct(g.GoodShare)
		}
		return append(out, Cell{Text: share, Bold: bold})
	}
	for _, g := range b.groups {
		t.Rows = append(t.Rows, Row{Cells: cells(g.Name, g.G, false)})
	}
	if len(b.groups) > 1 {
		sum := b.res.Summary
		all := eval.GroupSummary{Total: sum.Total, Assessable: sum.Assessable, Good: sum.Good, GoodShare: sum.GoodShare, ByStatus: sum.ByStatus}
		t.Rows = append(t.Rows, Row{Cells: cells(b.title("row.total"), all, true)})
	}
	t.Keep = true
	return t
}

// statusColumns are the statuses a count table has a column for: the
// stage's (model.StageStatuses) that occur, with the final evaluation's
// 完成, 基本完成 and 未完成 always, and any other status that occurs (an
// analyst's manual 提前实现 in the final year), so that the columns add up
// to the total.
func (b *builder) statusColumns() []eval.Status {
	occurs := func(st eval.Status) bool {
		for _, g := range b.groups {
			if count(g.G, st) > 0 {
				return true
			}
		}
		return false
	}
	stage := model.StageStatuses(b.res.Stage)
	var out []eval.Status
	for _, st := range stage {
		if occurs(st) || st.Final() {
			out = append(out, st)
		}
	}
	for _, st := range eval.Statuses() {
		if !contains(stage, st) && occurs(st) {
			out = append(out, st)
		}
	}
	return out
}

func count(g eval.GroupSummary, s eval.Status) int {
	for _, c := range g.ByStatus {
		if c.Status == s {
			return c.N
		}
	}
	return 0
}

// reason says why an indicator has no judgment: reason.<code> of
// doc_reasons.tmpl with the years concerned, else the reason's label.
func (b *builder) reason(ind *eval.IndicatorResult) string {
	name := "reason." + string(ind.Reason)
	if !b.has(name) {
		return ind.Reason.Label()
	}
	return b.label(name, struct {
		base
		I *eval.IndicatorResult
	}{b.base(), ind})
}

// normalizeChart is a copy of c with its texts normalized; nil for nil.
func normalizeChart(c *eval.Chart) *eval.Chart {
	if c == nil {
		return nil
	}
	out := *c
	out.Unit = Normalize(c.Unit)
	out.Series = make([]eval.ChartSeries, len(c.Series))
	for i, s := range c.Series {
		s.Label = Normalize(s.Label)
		s.Points = append([]eval.ChartPoint(nil), s.Points...)
		for j := range s.Points {
			s.Points[j].Text = Normalize(s.Points[j].Text)
		}
		out.Series[i] = s
	}
	out.Lines = append([]eval.ChartRule(nil), c.Lines...)
	for i := range out.Lines {
		out.Lines[i].Label = Normalize(out.Lines[i].Label)
	}
	out.Bars = make([]eval.BarGroup, len(c.Bars))
	for i, g := range c.Bars {
		g.Label = Normalize(g.Label)
		g.Segments = append([]eval.BarSegment(nil), g.Segments...)
		for j := range g.Segments {
			g.Segments[j].Label = Normalize(g.Segments[j].Label)
		}
		out.Bars[i] = g
	}
	if c.Series == nil {
		out.Series = nil
	}
	if c.Bars == nil {
		out.Bars = nil
	}
	return &out
}
