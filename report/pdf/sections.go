package pdf

import (
	"fmt"
	"math"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
	"plancheck/report/zh"
)

// The sections' titles: the structure of China's own plan evaluations.
// The headings number them (一、总体评价) in the order of the report,
// leaving out those a plan has nothing for (see parts).
const (
	titleOverall     = "总体评价"
	titleProgress    = "主要指标进展情况"
	titleTasks       = "重点任务实施情况"
	titleProjects    = "重大项目推进情况"
	titleProblems    = "存在的主要问题"
	titleSuggestions = "下一步工作建议"
	headAppendix     = "附表"
	headContents     = "目录"
)

// heading0 is a section's numbered heading: 三、重点任务实施情况.
func (d *legacy) heading0(title string) string {
	num := map[string]string{
		titleOverall: d.parts.Overall, titleProgress: d.parts.Progress, titleTasks: d.parts.Tasks,
		titleProjects: d.parts.Projects, titleProblems: d.parts.Problems, titleSuggestions: d.parts.Suggestions,
	}[title]
	return num + "、" + title
}

var overallParts = [...]string{"（一）总体进展", "（二）分类别进展", "（三）约束性指标"}

// The appendix tables' titles; they are numbered 附表1, 附表2, … in this
// order, leaving out the first when there is no indicator (see parts).
const (
	titleIndicatorTable = "主要指标评估明细表"
	titleDepartments    = "部门责任清单"
	titleQuality        = "数据质量报告"
	titleMethod         = "评估方法说明"
)

// appendixHeading is an appendix table's heading: 附表2　部门责任清单.
func appendixHeading(number, title string) string { return number + "　" + title }

// group is one category's indicators, in the order of the evaluation.
type group struct {
	N          int
	ID, Name   string
	G          eval.GroupSummary
	Indicators []*eval.IndicatorResult
	Binding    int
}

// groups lists the categories in the order of the summary, then any other
// category the indicators name, in their order. A category the summary
// does not count is counted here.
func (d *legacy) groups() []group {
	var out []group
	index := map[string]int{}
	for _, g := range d.res.Summary.Categories {
		if _, ok := index[g.ID]; ok {
			continue
		}
		index[g.ID] = len(out)
		out = append(out, group{ID: g.ID, Name: g.Name, G: g})
	}
	for i := range d.res.Indicators {
		ind := &d.res.Indicators[i]
		k, ok := index[ind.Category]
		if !ok {
			k = len(out)
			index[ind.Category] = k
			out = append(out, group{ID: ind.Category, Name: ind.CategoryName})
		}
		out[k].Indicators = append(out[k].Indicators, ind)
		if ind.Binding {
			out[k].Binding++
		}
	}
	var kept []group
	for _, g := range out {
		if len(g.Indicators) == 0 {
			continue
		}
		if g.Name == "" {
			g.Name = g.Indicators[0].CategoryName
		}
		if g.Name == "" {
			g.Name = g.ID
		}
		if g.G.Total == 0 {
			g.G = count(g.ID, g.Name, g.Indicators)
		}
		if g.G.Name == "" {
			g.G.Name = g.Name
		}
		g.N = len(kept) + 1
		kept = append(kept, g)
	}
	return kept
}

// count summarizes indicators the way eval.Summary does.
func count(id, name string, inds []*eval.IndicatorResult) eval.GroupSummary {
	g := eval.GroupSummary{ID: id, Name: name, Total: len(inds)}
	n := map[eval.Status]int{}
	for _, ind := range inds {
		n[ind.Status]++
		if ind.Status.Assessable() {
			g.Assessable++
		}
		if ind.Status.Good() {
			g.Good++
		}
	}
	for _, s := range eval.Statuses() {
		g.ByStatus = append(g.ByStatus, eval.Count{Status: s, Label: s.Label(), N: n[s]})
	}
	return g
}

// cover is page 1: the title, the plan, the issuer and the date.
func (d *legacy) cover() error {
	d.addPage(false)
	w := d.pageWidth()
	d.fillRect(0, 0, w, 9, style.Accent)
	// The title, with a trailing （2023年度） on a line of its own.
	main, sub := d.title, ""
	if i := strings.LastIndex(d.title, "（"); i > 0 && strings.HasSuffix(d.title, "）") {
		main, sub = d.title[:i], d.title[i:]
	}
	// On one line when it fits at 20 pt or more, else in balanced lines.
	title := textStyle{size: 26, color: style.Accent, bold: true, align: 'C', x: 22, w: w - 44}
	if tw := d.width(main, true, title.size); tw > title.w {
		title.size = max(20, title.size*title.w/tw-0.1)
		if title.size == 20 {
			title.size = 24
		}
	}
	title.lead = title.size * ptmm * 1.5
	d.y = 72
	d.block(main, d.balanced(main, title))
	if sub != "" {
		d.y += 1
		d.block(sub, textStyle{size: 18, lead: 10, color: style.Accent, bold: true, align: 'C', x: 22, w: w - 44})
	}
	d.y += 5
	d.rule(22, d.y, w-22, 1.2, style.Accent)
	d.rule(22, d.y+1.6, w-22, 0.3, style.Accent)
	d.y += 10
	if name := d.res.Plan.Name; name != "" && name != d.res.Plan.ShortName {
		st := textStyle{size: 12, lead: 7, color: grey, align: 'C', x: 22, w: w - 44}
		d.block(name, d.balanced(name, st))
	}
	p := d.res.Plan
	d.block(fmt.Sprintf("评估年度：%d年　　规划期：%d—%d年", d.res.Year, p.BaseYear+1, p.TargetYear),
		textStyle{size: 12, lead: 7, color: grey, align: 'C', x: 30, w: w - 60})
	d.y = 200
	if p.Issuer != "" {
		d.block(p.Issuer, textStyle{size: 16, lead: 9, color: black, bold: true, align: 'C', x: 30, w: w - 60})
	}
	d.block(zh.Date(d.opts.Date), textStyle{size: 14, lead: 8, color: black, align: 'C', x: 30, w: w - 60})
	if d.sampled() {
		s, err := d.sampleNote()
		if err != nil {
			return err
		}
		// At the foot of the cover, however long the list of indicators.
		total := 0.0
		for _, p := range paragraphs(s) {
			_, _, h := d.noteText(p, 9)
			total += h + 3
		}
		d.y = min(238, d.pageHeight()-15-total)
		for _, p := range paragraphs(s) {
			d.noteBox(p, 9)
		}
	}
	return nil
}

// sampled reports whether the report uses any sample value: an
// indicator's, or a task's or project's plan or report.
func (d *legacy) sampled() bool {
	return len(d.sample)+len(d.sampleTasks)+len(d.sampleProjects) > 0
}

// sampleNote is the note on sample values of the cover and 一、总体评价.
func (d *legacy) sampleNote() (string, error) {
	return d.execute("sample_note.tmpl", struct {
		common
		Indicators []*eval.IndicatorResult
		Tasks      []*eval.TaskResult
		Projects   []*eval.ProjectResult
	}{d.common(), d.sample, d.sampleTasks, d.sampleProjects})
}

// contentsEntries is how many entries the contents will have, known before
// the layout so that its pages can be reserved.
func (d *legacy) contentsEntries() int {
	// 一, problems, suggestions and 附表; （一）; the categories; the appendix
	// tables but the indicators' one.
	n := 4 + 1 + len(d.groups()) + 3
	if len(d.res.Indicators) > 0 {
		n += len(overallParts) - 1
	}
	if d.parts.Progress != "" {
		n++
	}
	if d.parts.IndicatorTable != "" {
		n++
	}
	if d.parts.Tasks != "" {
		n += 1 + len(taskParts)
	}
	if d.parts.Projects != "" {
		n++
	}
	return n
}

// reserveContents adds the pages the contents will fill once the page
// numbers are known.
func (d *legacy) reserveContents() error {
	avail := 297 - marginTop - marginBottom - contentsTop
	pages := int(math.Ceil(float64(d.contentsEntries()) * contentsLead / avail))
	for i := 0; i < max(pages, 1); i++ {
		d.addPage(false)
		if i == 0 {
			d.font(true, 18)
			d.f.Bookmark("目录", 0, d.y)
		}
		d.tocPages = append(d.tocPages, d.f.PageNo())
	}
	return nil
}

// fillContents writes the contents into the reserved pages: each entry
// with dot leaders, its page number and a link.
func (d *legacy) fillContents() error {
	last := d.f.PageNo()
	defer d.resume(last)
	page := 0
	d.resume(d.tocPages[page])
	// 目录 spaced out by character spacing, so that it still reads "目录".
	d.font(true, 18)
	d.color(style.Accent)
	gap := 2 * 18 * ptmm
	w := d.width(headContents, true, 18) + gap
	d.f.RawWriteStr(fmt.Sprintf("%.4f Tc", gap/ptmm))
	d.f.Text(d.left()+(d.textWidth()-w)/2, baseline(d.y, 12, 18), headContents)
	d.f.RawWriteStr("0 Tc")
	d.y += contentsTop
	for _, e := range d.toc {
		if d.y+contentsLead > d.bottom() {
			page++
			if page >= len(d.tocPages) {
				return fmt.Errorf("%d entries do not fit the %d pages reserved", len(d.toc), len(d.tocPages))
			}
			d.resume(d.tocPages[page])
		}
		size, indent, bold := 12.0, 0.0, true
		if e.level > 0 {
			size, indent, bold = 11, 2*11*ptmm, false
		}
		x := d.left() + indent
		right := d.left() + d.textWidth()
		base := baseline(d.y, contentsLead, size)
		num := fmt.Sprint(e.page)
		d.font(bold, size)
		d.color(black)
		d.f.Text(x, base, e.text)
		tw := d.width(e.text, bold, size)
		nw := d.width(num, false, size)
		d.font(false, size)
		d.f.Text(right-nw, base, num)
		// Dot leaders between the text and the number.
		dot := "·"
		dw := d.width(dot, false, size)
		from, to := x+tw+2, right-nw-2
		if n := int((to - from) / dw); n > 0 {
			d.color(grey)
			d.f.Text(to-float64(n)*dw, base, strings.Repeat(dot, n))
		}
		d.f.Link(x, d.y, right-x, contentsLead, e.link)
		d.y += contentsLead
	}
	return nil
}

// overall is 一、总体评价.
func (d *legacy) overall() error {
	d.addPage(false)
	d.heading(0, d.heading0(titleOverall), 20)
	if d.sampled() {
		s, err := d.sampleNote()
		if err != nil {
			return err
		}
		for _, p := range paragraphs(s) {
			d.noteBox(p, 9.5)
		}
	}
	d.heading(1, overallParts[0], 20)
	if err := d.paragraphs("summary.tmpl", struct {
		common
		Tasks    taskStats
		Projects projectStats
	}{d.common(), d.taskStats(), d.projectStats()}); err != nil {
		return err
	}
	if d.opts.DrawDistribution != nil && len(d.res.Indicators) > 0 {
		w, h := d.textWidth(), 78.0
		num := d.figure(1)
		caption, err := d.execute("caption_distribution.tmpl", struct {
			common
			Number string
		}{d.common(), num})
		if err != nil {
			return err
		}
		ls := d.layout(plain(caption), captionStyle)
		d.ensure(h + 2 + float64(len(ls))*captionStyle.lead)
		if err := d.chart(d.left(), d.y, w, h, func(c Canvas, w, h float64) error {
			return d.opts.DrawDistribution(c, d.res, w, h)
		}); err != nil {
			return fmt.Errorf("distribution chart: %w", err)
		}
		d.y += h + 2
		d.block(caption, captionStyle)
		d.y += 3
	}
	if len(d.res.Indicators) == 0 {
		// A department's own report may have tasks and projects only.
		return nil
	}

	groups := d.groups()
	d.heading(1, overallParts[1], 40)
	d.drawTable(d.categoryTable(groups))

	binding := d.res.Summary.Binding
	var bindingInds, off, missing []*eval.IndicatorResult
	for i := range d.res.Indicators {
		ind := &d.res.Indicators[i]
		if !ind.Binding {
			continue
		}
		bindingInds = append(bindingInds, ind)
		switch {
		case !ind.Status.Assessable():
			missing = append(missing, ind)
		case !ind.Status.Good():
			off = append(off, ind)
		}
	}
	if binding.Total == 0 && len(bindingInds) > 0 {
		binding = count("binding", "约束性", bindingInds)
	}
	d.heading(1, overallParts[2], 30)
	if err := d.paragraphs("binding.tmpl", struct {
		common
		G            eval.GroupSummary
		Off, Missing []*eval.IndicatorResult
	}{d.common(), binding, off, missing}); err != nil {
		return err
	}
	if len(bindingInds) > 0 {
		t := &table{number: d.table(1), title: "约束性指标评估情况", cols: []column{
			{title: "序号", align: 'C'}, {title: "指标", align: 'L', wrap: true, chars: 6}, {title: "目标", align: 'C', wrap: true},
			{title: zh.Year(d.res.Year), align: 'C'}, {title: "状态", align: 'C'}, {title: "牵头部门", align: 'C', wrap: true},
		}}
		sample := false
		for _, ind := range bindingInds {
			v, s := d.latest(ind)
			sample = sample || s
			t.rows = append(t.rows, row{cells: []cell{
				{text: ind.ID}, {text: nameUnit(ind)}, {text: orDash(ind.TargetText)}, {text: v},
				indicatorStatus(ind), {text: orDash(ind.LeadName)},
			}})
		}
		if err := d.footnote(t, sample); err != nil {
			return err
		}
		d.drawTable(t)
	}
	return nil
}

// categoryTable counts the statuses of each category: a column for each
// status that occurs.
func (d *legacy) categoryTable(groups []group) *table {
	var used []eval.Status
	for _, s := range eval.Statuses() {
		for _, g := range groups {
			if n(g.G, s) > 0 {
				used = append(used, s)
				break
			}
		}
	}
	if len(groups) == 0 {
		return &table{}
	}
	t := &table{number: d.table(1), title: "分类别主要指标评估情况", cols: []column{
		{title: "类别", align: 'L'}, {title: "指标数", align: 'C'}, {title: "可评估", align: 'C'},
	}}
	for _, s := range used {
		t.cols = append(t.cols, column{title: statusTitle(s), align: 'C'})
	}
	t.cols = append(t.cols, column{title: "达到或快于\n预期的占比", align: 'C'})
	var total eval.GroupSummary
	for _, g := range groups {
		t.rows = append(t.rows, row{cells: countCells(g.Name, g.G, used)})
		total.Total += g.G.Total
		total.Assessable += g.G.Assessable
		total.Good += g.G.Good
		for _, c := range g.G.ByStatus {
			addCount(&total, c)
		}
	}
	tr := countCells("合计", total, used)
	for i := range tr {
		tr[i].bold = true
	}
	t.rows = append(t.rows, row{cells: tr})
	return t
}

// statusTitle is a status column's title: the marker over the label, the
// label in lines of two characters (every label is made of two-character
// words), so that ten status columns fit across the page.
func statusTitle(s eval.Status) string {
	r := []rune(s.Label())
	var b strings.Builder
	b.WriteString(string(style.StatusMarker(s)))
	for i := 0; i < len(r); i += 2 {
		b.WriteString("\n")
		b.WriteString(string(r[i:min(i+2, len(r))]))
	}
	return b.String()
}

func addCount(g *eval.GroupSummary, c eval.Count) {
	for i := range g.ByStatus {
		if g.ByStatus[i].Status == c.Status {
			g.ByStatus[i].N += c.N
			return
		}
	}
	g.ByStatus = append(g.ByStatus, c)
}

func n(g eval.GroupSummary, s eval.Status) int {
	for _, c := range g.ByStatus {
		if c.Status == s {
			return c.N
		}
	}
	return 0
}

func countCells(name string, g eval.GroupSummary, used []eval.Status) []cell {
	cells := []cell{{text: name}, {text: fmt.Sprint(g.Total)}, {text: fmt.Sprint(g.Assessable)}}
	for _, s := range used {
		c := cell{text: fmt.Sprint(n(g, s))}
		if n(g, s) > 0 {
			c.color = style.StatusColor(s)
		} else {
			c.color = grey
			c.text = "—"
		}
		cells = append(cells, c)
	}
	share := "—"
	if g.Assessable > 0 {
		share = zh.Pct(float64(g.Good) / float64(g.Assessable))
	}
	return append(cells, cell{text: share})
}

// progress is 二、主要指标进展情况: per category a table and the charts.
func (d *legacy) progress() error {
	d.heading(0, d.heading0(titleProgress), 60)
	for _, g := range d.groups() {
		title := fmt.Sprintf("（%s）%s", zh.Numeral(g.N), g.Name)
		d.heading(1, title, 40)
		if err := d.paragraphs("category.tmpl", struct {
			common
			N          int
			G          eval.GroupSummary
			Indicators []*eval.IndicatorResult
			Binding    int
		}{d.common(), g.N, g.G, g.Indicators, g.Binding}); err != nil {
			return fmt.Errorf("%s: %w", g.Name, err)
		}
		t, err := d.progressTable(g)
		if err != nil {
			return fmt.Errorf("%s: %w", g.Name, err)
		}
		d.drawTable(t)
		if err := d.charts(g); err != nil {
			return fmt.Errorf("%s: %w", g.Name, err)
		}
		if err := d.paragraphs("analysis.tmpl", struct {
			common
			Indicators []*eval.IndicatorResult
		}{d.common(), g.Indicators}); err != nil {
			return fmt.Errorf("%s: %w", g.Name, err)
		}
	}
	return nil
}

// progressTable is 指标 | 属性 | 基期值 | 目标 | each year | 状态 | 预计.
func (d *legacy) progressTable(g group) (*table, error) {
	B, Y := d.res.Plan.BaseYear, d.res.Year
	t := &table{number: d.table(2), title: g.Name + "类指标进展情况", cols: []column{
		{title: "指标", align: 'L', wrap: true, chars: 6}, {title: "属性", align: 'C'},
		{title: "基期值\n（" + zh.Year(B) + "）", align: 'C'}, {title: fmt.Sprintf("%d年\n目标", d.res.Plan.TargetYear), align: 'C', wrap: true},
	}}
	for y := B + 1; y <= Y; y++ {
		t.cols = append(t.cols, column{title: zh.Year(y), align: 'C'})
	}
	t.cols = append(t.cols, column{title: "状态", align: 'C'}, column{title: "预计", align: 'C'})
	sample := false
	for _, ind := range g.Indicators {
		base, s := d.base(ind)
		sample = sample || s
		cells := []cell{{text: nameUnit(ind)}, {text: attr(ind)}, {text: base}, {text: orDash(ind.TargetText)}}
		for y := B + 1; y <= Y; y++ {
			v, s := yearValue(ind, y)
			sample = sample || s
			cells = append(cells, cell{text: v})
		}
		cells = append(cells, indicatorStatus(ind), bandCell(ind))
		t.rows = append(t.rows, row{cells: cells})
	}
	return t, d.footnote(t, sample)
}

// charted reports whether an indicator gets a chart.
func (d *legacy) charted(ind *eval.IndicatorResult) bool {
	if d.opts.DrawIndicator == nil {
		return false
	}
	if d.opts.Charted != nil {
		return d.opts.Charted(ind)
	}
	n := 0
	for _, y := range ind.Years {
		if finite(y.Value) {
			n++
		}
	}
	return n >= 2
}

// Chart geometry: two small multiples a row.
const (
	chartsPerRow   = 2
	chartGap       = 6.0
	chartHeight    = 58.0
	minChartHeight = 46.0
)

// charts draws a category's charted indicators as small multiples, each
// with its numbered caption below.
func (d *legacy) charts(g group) error {
	var inds []*eval.IndicatorResult
	for _, ind := range g.Indicators {
		if d.charted(ind) {
			inds = append(inds, ind)
		}
	}
	w := (d.textWidth() - chartGap*(chartsPerRow-1)) / chartsPerRow
	cst := captionStyle
	cst.w, cst.align = w, 'J'
	for i := 0; i < len(inds); i += chartsPerRow {
		row := inds[i:min(i+chartsPerRow, len(inds))]
		captions := make([][]line, len(row))
		texts := make([]string, len(row))
		capH := 0.0
		for j, ind := range row {
			num := d.figure(2)
			s, err := d.execute("caption.tmpl", struct {
				common
				Number string
				I      *eval.IndicatorResult
				Latest *eval.YearResult
			}{d.common(), num, ind, latestYear(ind)})
			if err != nil {
				return fmt.Errorf("indicator %q: %w", ind.ID, err)
			}
			texts[j] = strings.Join(paragraphs(s), "")
			captions[j] = d.layout(texts[j], cst)
			capH = max(capH, float64(len(captions[j]))*cst.lead)
		}
		// A row a little taller than what is left of the page is made
		// shorter rather than leave the rest of the page empty.
		h := chartHeight
		if left := d.bottom() - d.y - 1.5 - capH; left < h && left >= minChartHeight {
			h = left
		}
		d.ensure(h + 1.5 + capH)
		top := d.y
		for j, ind := range row {
			x := d.left() + float64(j)*(w+chartGap)
			if err := d.chart(x, top, w, h, func(c Canvas, cw, ch float64) error {
				return d.opts.DrawIndicator(c, d.res, ind, cw, ch)
			}); err != nil {
				return fmt.Errorf("indicator %q: chart: %w", ind.ID, err)
			}
			// One caption line is centred under its chart; more are justified.
			st := cst
			st.x = x
			if len(captions[j]) == 1 {
				st.align = 'C'
			}
			for k, l := range captions[j] {
				d.setLine(l, x, top+h+1.5+float64(k)*cst.lead, w, st, k == len(captions[j])-1)
			}
		}
		d.y = top + h + 1.5 + capH + 5
	}
	return nil
}

// problems is 三、存在的主要问题.
func (d *legacy) problems() error {
	d.heading(0, d.heading0(titleProblems), 25)
	data := struct {
		common
		Problems                    []eval.Problem
		Indicators, Tasks, Projects int // how many problems are about each
	}{common: d.common(), Problems: d.res.Problems}
	for _, p := range d.res.Problems {
		switch {
		case p.Task != "":
			data.Tasks++
		case p.Project != "":
			data.Projects++
		default:
			data.Indicators++
		}
	}
	if err := d.paragraphs("problems.tmpl", data); err != nil {
		return err
	}
	for i, p := range d.res.Problems {
		if err := d.paragraphs("problem.tmpl", d.problemData(i, p)); err != nil {
			return fmt.Errorf("problem %d (%s): %w", i+1, problemSubject(p), err)
		}
	}
	return nil
}

// problemSubject names what a problem is about, for errors.
func problemSubject(p eval.Problem) string {
	switch {
	case p.Task != "":
		return "task " + p.Task
	case p.Project != "":
		return "project " + p.Project
	}
	return p.Indicator
}

type problemData struct {
	common
	N       int
	P       eval.Problem
	I       *eval.IndicatorResult // the problem's indicator, or nil
	Task    *eval.TaskResult      // the problem's key task, or nil
	Project *eval.ProjectResult   // the problem's major project, or nil
}

func (d *legacy) problemData(i int, p eval.Problem) problemData {
	data := problemData{common: d.common(), N: i + 1, P: p}
	switch {
	case p.Task != "":
		data.Task = d.taskByID(p.Task)
	case p.Project != "":
		data.Project = d.projectByID(p.Project)
	case p.Indicator != "":
		for k := range d.res.Indicators {
			if d.res.Indicators[k].ID == p.Indicator {
				data.I = &d.res.Indicators[k]
				break
			}
		}
	}
	return data
}

// suggestions is 四、下一步工作建议: one per problem, from the template
// of its rule (suggest_<rule>.tmpl) or suggest_default.tmpl.
func (d *legacy) suggestions() error {
	d.heading(0, d.heading0(titleSuggestions), 25)
	if err := d.paragraphs("suggestions.tmpl", struct {
		common
		Problems []eval.Problem
	}{d.common(), d.res.Problems}); err != nil {
		return err
	}
	for i, p := range d.res.Problems {
		name := "suggest_" + string(p.Rule) + ".tmpl"
		if p.Rule == "" || !d.has(name) {
			name = "suggest_default.tmpl"
		}
		if err := d.paragraphs(name, d.problemData(i, p)); err != nil {
			return fmt.Errorf("problem %d (%s): %w", i+1, problemSubject(p), err)
		}
	}
	return nil
}

// appendix is 附表: the full table (landscape), the departments, the data
// quality findings and the method.
func (d *legacy) appendix() error {
	if d.parts.IndicatorTable != "" {
		d.addPage(true)
		d.heading(0, headAppendix, 40)
		d.heading(1, appendixHeading(d.parts.IndicatorTable, titleIndicatorTable), 40)
		t, err := d.fullTable()
		if err != nil {
			return err
		}
		d.drawTable(t)
		d.addPage(false)
	} else {
		d.addPage(false)
		d.heading(0, headAppendix, 40)
	}
	if err := d.departments(); err != nil {
		return err
	}
	if err := d.quality(); err != nil {
		return err
	}
	d.heading(1, appendixHeading(d.parts.Method, titleMethod), 30)
	return d.paragraphs("method.tmpl", struct {
		common
		T model.Thresholds
	}{d.common(), d.res.Thresholds})
}

// fullTable is every indicator with every year, the status, progress,
// pace, projection and the pace the remaining years need.
func (d *legacy) fullTable() (*table, error) {
	B, Y, T := d.res.Plan.BaseYear, d.res.Year, d.res.Plan.TargetYear
	t := &table{number: d.parts.IndicatorTable, title: titleIndicatorTable, untitled: true, size: 8, lead: 4, cols: []column{
		{title: "序号", align: 'C'}, {title: "指标", align: 'L', wrap: true, chars: 6}, {title: "属性", align: 'C'},
		{title: "目标", align: 'C', wrap: true},
	}}
	for y := B; y <= Y; y++ {
		t.cols = append(t.cols, column{title: zh.Year(y), align: 'C'})
	}
	t.cols = append(t.cols,
		column{title: "状态", align: 'C'}, column{title: "完成\n进度", align: 'C'}, column{title: "进度比", align: 'C'},
		column{title: fmt.Sprintf("预计\n%d年", T), align: 'C'}, column{title: "预计完成\n情况", align: 'C'},
		column{title: "所需进度", align: 'L', wrap: true})
	sample := false
	for _, g := range d.groups() {
		t.rows = append(t.rows, row{group: true, cells: []cell{{text: fmt.Sprintf("（%s）%s", zh.Numeral(g.N), g.Name), bold: true, color: style.Accent}}})
		for _, ind := range g.Indicators {
			cells := []cell{{text: ind.ID}, {text: nameUnit(ind)}, {text: attr(ind)}, {text: orDash(ind.TargetText)}}
			for y := B; y <= Y; y++ {
				v, s := yearValue(ind, y)
				if y == B && v == "—" {
					v, s = d.base(ind)
				}
				sample = sample || s
				cells = append(cells, cell{text: v})
			}
			cells = append(cells, indicatorStatus(ind),
				cell{text: pctOr(ind.Progress)}, cell{text: ratioOr(ind.PaceRatio)},
				cell{text: valueOr(ind.Projected, "")}, bandCell(ind), cell{text: required(ind)})
			t.rows = append(t.rows, row{cells: cells})
		}
	}
	return t, d.footnote(t, sample)
}

// dept is one lead department of 附表2, as department.tmpl sees it.
type dept struct {
	Name       string
	Indicators []*eval.IndicatorResult
	Tasks      []*eval.TaskResult
	Projects   []*eval.ProjectResult
	// Assessable and Good count its indicators that are assessable and at
	// or above on track.
	Assessable, Good int
	// D is the evaluation's account of the department: OnTrack of
	// Assessable items on track (indicators, tasks and projects), Score,
	// Problems and NextYear. Without res.Departments it is counted here
	// from the indicators.
	D eval.DepartmentResult
}

// depts lists the lead departments with their items: those of
// res.Departments, in its order, or else the indicators' leads in the
// indicators' order.
func (d *legacy) depts() []dept {
	inds := map[string]*eval.IndicatorResult{}
	for i := range d.res.Indicators {
		inds[d.res.Indicators[i].ID] = &d.res.Indicators[i]
	}
	tasks := map[string]*eval.TaskResult{}
	for i := range d.res.Tasks {
		tasks[d.res.Tasks[i].ID] = &d.res.Tasks[i]
	}
	projects := map[string]*eval.ProjectResult{}
	for i := range d.res.Projects {
		projects[d.res.Projects[i].ID] = &d.res.Projects[i]
	}
	var out []dept
	for _, dr := range d.res.Departments {
		dp := dept{Name: dr.Name, D: dr}
		if dp.Name == "" {
			dp.Name = dr.ID
		}
		for _, id := range dr.Indicators {
			if ind := inds[id]; ind != nil {
				dp.Indicators = append(dp.Indicators, ind)
			}
		}
		for _, id := range dr.Tasks {
			if t := tasks[id]; t != nil {
				dp.Tasks = append(dp.Tasks, t)
			}
		}
		for _, id := range dr.Projects {
			if p := projects[id]; p != nil {
				dp.Projects = append(dp.Projects, p)
			}
		}
		out = append(out, dp)
	}
	if len(out) == 0 {
		index := map[string]int{}
		for i := range d.res.Indicators {
			ind := &d.res.Indicators[i]
			name := ind.LeadName
			if name == "" {
				name = ind.Lead
			}
			if name == "" {
				name = "未明确牵头部门"
			}
			k, ok := index[name]
			if !ok {
				k = len(out)
				index[name] = k
				out = append(out, dept{Name: name, D: eval.DepartmentResult{ID: ind.Lead, Name: name}})
			}
			out[k].Indicators = append(out[k].Indicators, ind)
			out[k].D.Indicators = append(out[k].D.Indicators, ind.ID)
			if ind.Status.Assessable() {
				out[k].D.Assessable++
				if ind.Status.Good() {
					out[k].D.OnTrack++
				}
			}
		}
		for k := range out {
			if out[k].D.Assessable > 0 {
				out[k].D.Score = float64(out[k].D.OnTrack) / float64(out[k].D.Assessable)
			}
		}
	}
	for k := range out {
		for _, ind := range out[k].Indicators {
			if ind.Status.Assessable() {
				out[k].Assessable++
			}
			if ind.Status.Good() {
				out[k].Good++
			}
		}
	}
	return out
}

// nextYear sorts a department's NextYear entries by the items they are
// about, for department_next.tmpl: the ids of its indicators, tasks and
// projects that have an entry, and the entries about nothing of these.
type nextYear struct {
	Year                        int
	Indicators, Tasks, Projects []string
	Other                       []string
	// Entries are all of them as the evaluation words them (指标1
	// 常住人口规模：2024年数值); Own is set in a department's own report,
	// where they are printed in full.
	Entries []string
	Own     bool
}

func (d *legacy) nextYear(dp dept) nextYear {
	n := nextYear{Year: d.res.Year + 1, Entries: dp.D.NextYear, Own: d.res.Department != nil}
	match := func(e, kind string, ids []string) (string, bool) {
		for _, id := range ids {
			if strings.HasPrefix(e, kind+id+" ") || strings.HasPrefix(e, kind+id+"：") {
				return id, true
			}
		}
		return "", false
	}
	for _, e := range dp.D.NextYear {
		if id, ok := match(e, "指标", dp.D.Indicators); ok {
			n.Indicators = append(n.Indicators, id)
		} else if id, ok := match(e, "任务", dp.D.Tasks); ok {
			n.Tasks = append(n.Tasks, id)
		} else if id, ok := match(e, "项目", dp.D.Projects); ok {
			n.Projects = append(n.Projects, id)
		} else {
			n.Other = append(n.Other, e)
		}
	}
	return n
}

// departments is 附表2: per lead department, its indicators, tasks and
// projects with their state, its score and what it reports next year.
func (d *legacy) departments() error {
	depts := d.depts()
	d.heading(1, appendixHeading(d.parts.Departments, titleDepartments), 40)
	if err := d.paragraphs("departments.tmpl", struct {
		common
		Departments []dept
	}{d.common(), depts}); err != nil {
		return err
	}
	problems := map[string][]string{}
	for _, p := range d.res.Problems {
		k := "i" + p.Indicator
		switch {
		case p.Task != "":
			k = "t" + p.Task
		case p.Project != "":
			k = "p" + p.Project
		}
		problems[k] = append(problems[k], p.RuleLabel)
	}
	issue := func(key string) cell {
		c := cell{text: orDash(strings.Join(problems[key], "；"))}
		if len(problems[key]) > 0 {
			c.color = style.Vermillion
		}
		return c
	}
	t := &table{number: d.parts.Departments, title: titleDepartments, untitled: true, size: 8.5, lead: 4.25, cols: []column{
		{title: "类型", align: 'C'}, {title: "编号", align: 'C'}, {title: "名称", align: 'L', wrap: true, chars: 8},
		{title: zh.Year(d.res.Year) + "\n情况", align: 'C', wrap: true, chars: 5}, {title: "状态", align: 'C'},
		{title: "需关注问题", align: 'L', wrap: true, chars: 5},
	}}
	sample := false
	for _, dp := range depts {
		s, err := d.execute("department.tmpl", struct {
			common
			dept
		}{d.common(), dp})
		if err != nil {
			return fmt.Errorf("%s: %w", dp.Name, err)
		}
		t.rows = append(t.rows, row{group: true, cells: []cell{{
			text: strings.Join(paragraphs(plain(s)), ""), bold: true, color: style.Accent,
		}}})
		for _, ind := range dp.Indicators {
			v, s := d.latest(ind)
			sample = sample || s
			t.rows = append(t.rows, row{cells: []cell{
				{text: "指标"}, {text: ind.ID}, {text: nameUnit(ind)}, {text: v}, indicatorStatus(ind), issue("i" + ind.ID),
			}})
		}
		for _, tk := range dp.Tasks {
			state := "—"
			if finite(tk.Share) {
				state = "完成" + zh.Num(*tk.Share) + "%"
			}
			t.rows = append(t.rows, row{cells: []cell{
				{text: "任务"}, {text: tk.ID}, {text: tk.Title}, {text: state}, progressCell(tk.Progress), issue("t" + tk.ID),
			}})
		}
		for _, p := range dp.Projects {
			state := "—"
			switch {
			case finite(p.Share):
				state = "投资完成" + zh.Pct(*p.Share)
			case finite(p.Completed):
				state = "完成投资" + zh.Num(*p.Completed) + "亿元"
			}
			t.rows = append(t.rows, row{cells: []cell{
				{text: "项目"}, {text: p.ID}, {text: p.Name}, {text: state}, projectStatus(p), issue("p" + p.ID),
			}})
		}
		s, err = d.execute("department_next.tmpl", struct {
			common
			nextYear
		}{d.common(), d.nextYear(dp)})
		if err != nil {
			return fmt.Errorf("%s: %w", dp.Name, err)
		}
		if s := strings.Join(paragraphs(s), ""); s != "" {
			t.rows = append(t.rows, row{note: true, cells: []cell{{text: s, color: grey}}})
		}
	}
	if err := d.footnote(t, sample); err != nil {
		return err
	}
	d.drawTable(t)
	return nil
}

// quality is 附表3: every data-quality finding with its location.
func (d *legacy) quality() error {
	d.heading(1, appendixHeading(d.parts.Quality, titleQuality), 40)
	errs, warns := 0, 0
	for _, f := range d.res.Quality {
		if f.Severity == eval.Error {
			errs++
		} else {
			warns++
		}
	}
	if err := d.paragraphs("quality.tmpl", struct {
		common
		Findings         []eval.Finding
		Errors, Warnings int
	}{d.common(), d.res.Quality, errs, warns}); err != nil {
		return err
	}
	if len(d.res.Quality) == 0 {
		return nil
	}
	names := map[string]string{}
	for _, ind := range d.res.Indicators {
		names["i"+ind.ID] = ind.Name
	}
	for _, t := range d.res.Tasks {
		names["t"+t.ID] = t.Title
	}
	for _, p := range d.res.Projects {
		names["p"+p.ID] = p.Name
	}
	about := "指标"
	for _, f := range d.res.Quality {
		if f.Task != "" || f.Project != "" {
			about = "指标、任务\n或项目"
			break
		}
	}
	t := &table{number: d.parts.Quality, title: titleQuality, untitled: true, size: 8.5, lead: 4.2, cols: []column{
		{title: "序号", align: 'C'}, {title: "级别", align: 'C'}, {title: about, align: 'L', wrap: true, chars: 6},
		{title: "年份", align: 'C'}, {title: "位置\n（文件：工作表!单元格）", align: 'L', wrap: true, min: 60, max: 60},
		{title: "问题说明", align: 'L', wrap: true},
	}}
	for i, f := range d.res.Quality {
		sev := cell{text: f.Severity.Label(), color: style.Orange}
		if f.Severity == eval.Error {
			sev.color = style.Vermillion
		}
		ind := "—"
		switch {
		case f.Task != "":
			ind = subject("任务", f.Task, names["t"+f.Task])
		case f.Project != "":
			ind = subject("项目", f.Project, names["p"+f.Project])
		case f.Indicator != "":
			ind = subject("", f.Indicator, names["i"+f.Indicator])
		}
		year := "—"
		if f.Year != 0 {
			year = zh.Year(f.Year)
		}
		t.rows = append(t.rows, row{cells: []cell{
			{text: fmt.Sprint(i + 1)}, sev, {text: ind}, {text: year}, {text: orDash(f.At)}, {text: f.Message},
		}})
	}
	d.drawTable(t)
	return nil
}

// figure numbers the next figure of a chapter: 图2-3.
func (d *legacy) figure(chapter int) string {
	d.figures[chapter]++
	return fmt.Sprintf("图%d-%d", chapter, d.figures[chapter])
}

// table numbers the next table of a chapter: 表1-2.
func (d *legacy) table(chapter int) string {
	d.tables[chapter]++
	return fmt.Sprintf("表%d-%d", chapter, d.tables[chapter])
}

// footnote adds the sample note to a table that has sample values.
func (d *legacy) footnote(t *table, sample bool) error {
	if !sample {
		return nil
	}
	s, err := d.execute("sample_footnote.tmpl", d.common())
	if err != nil {
		return err
	}
	t.note = strings.Join(paragraphs(s), "")
	return nil
}

// Cell formatting.

// sampleMark follows a sample value in tables.
const sampleMark = "*"

func nameUnit(ind *eval.IndicatorResult) string {
	if ind.Unit == "" || strings.Contains(ind.Name, ind.Unit) {
		return ind.Name
	}
	return ind.Name + "（" + ind.Unit + "）"
}

func attr(ind *eval.IndicatorResult) string {
	if ind.Binding {
		return "约束性"
	}
	return "预期性"
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// indicatorStatus is an indicator's status cell; an analyst's manual
// status says so, so that no reader takes it for the rules' judgment.
func indicatorStatus(ind *eval.IndicatorResult) cell {
	c := statusCell(ind.Status)
	if ind.Manual {
		c.text += "（人工调整）"
	}
	return c
}

func statusCell(s eval.Status) cell {
	if s == "" {
		return cell{text: "—", color: grey}
	}
	return cell{text: string(style.StatusMarker(s)) + s.Label(), color: style.StatusColor(s)}
}

func bandCell(ind *eval.IndicatorResult) cell {
	c := cell{text: orDash(ind.ProjectionBand.Label())}
	switch ind.ProjectionBand {
	case eval.AtRisk:
		c.color = style.Orange
	case eval.Unlikely:
		c.color = style.Vermillion
	}
	return c
}

// yearValue formats an indicator's value in year y, marked when it is a
// sample, and reports whether it is.
func yearValue(ind *eval.IndicatorResult, y int) (string, bool) {
	for _, yr := range ind.Years {
		if yr.Year != y {
			continue
		}
		s := "—"
		switch {
		case yr.Text != "":
			s = yr.Text
		case finite(yr.Value):
			s = zh.Num(*yr.Value)
		default:
			return s, false
		}
		if yr.Sample {
			return s + sampleMark, true
		}
		return s, false
	}
	return "—", false
}

// base formats the base-year value: the plan's baseline, else the year's.
func (d *legacy) base(ind *eval.IndicatorResult) (string, bool) {
	if v, s := yearValue(ind, d.res.Plan.BaseYear); v != "—" {
		return v, s
	}
	if finite(ind.Baseline) {
		return zh.Num(*ind.Baseline), false
	}
	return "—", false
}

// latest formats the value of the evaluation year.
func (d *legacy) latest(ind *eval.IndicatorResult) (string, bool) {
	return yearValue(ind, d.res.Year)
}

// latestYear is the last year with a value, or nil.
func latestYear(ind *eval.IndicatorResult) *eval.YearResult {
	for i := len(ind.Years) - 1; i >= 0; i-- {
		if finite(ind.Years[i].Value) || ind.Years[i].Text != "" {
			return &ind.Years[i]
		}
	}
	return nil
}

func pctOr(p *float64) string {
	if !finite(p) {
		return "—"
	}
	return zh.Pct(*p)
}

func ratioOr(p *float64) string {
	if !finite(p) {
		return "—"
	}
	return zh.Ratio(*p)
}

func valueOr(p *float64, unit string) string {
	if !finite(p) {
		return "—"
	}
	return zh.Value(*p, unit)
}

func required(ind *eval.IndicatorResult) string {
	if ind.RequiredText != "" {
		return ind.RequiredText
	}
	return valueOr(ind.RequiredPace, "")
}
