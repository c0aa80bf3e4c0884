// Package html writes the evaluation report as one self-contained web
// page from the document tree: inline CSS, charts as inline SVG with
// their data tables, no script and no outside reference, accessible to
// WCAG 2.1 AA and printable on A4.
//
// It walks a *doc.Document and decides nothing: every text, number and
// judgment is the tree's. The words it adds are the page's own (目录,
// 数据表, the link to the CSV), as the PDF adds 目录 and 续表.
package html

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
)

// Options are the page's settings.
type Options struct {
	// Date is the page's date (meta). It is required.
	Date time.Time
	// SVG draws a figure's chart as an SVG element of w×h points
	// (report/chart's SVG); nil leaves the figures' pictures out (their
	// captions and data tables stay).
	SVG func(ch *eval.Chart, w, h float64) ([]byte, error)
	// CSV is the file name of the indicator table written beside the page
	// (<id>_<year>.csv), linked from it; "" for no link. It must be a
	// name relative to the page, not an address.
	CSV string
}

// Write writes d as one HTML page to w: the cover as the page's header,
// the contents, the parts and the annexes as sections, the tables as
// tables with captions and header cells, each figure's chart as an SVG
// image with a title, a description and its data in a table beside it.
// The same tree and options give the same bytes.
//
// Write returns an error for a nil tree, a zero Date, a CSV that is an
// address rather than a file name, an SVG callback's error or a drawing
// that is not an <svg> element (with the figure's number), or w's error.
func Write(w io.Writer, d *doc.Document, opts Options) error {
	if d == nil {
		return errors.New("html: no document")
	}
	if opts.Date.IsZero() {
		return errors.New("html: no date")
	}
	if c := opts.CSV; c != "" && (strings.ContainsAny(c, ":\\\"'<>") || strings.HasPrefix(c, "/")) {
		return fmt.Errorf("html: the CSV %q is not a file name beside the page", c)
	}
	p := &page{d: d, opts: opts, ids: map[*doc.Section]string{}}
	p.name(d.Parts, "s")
	p.name(d.Annexes, "a")
	if err := p.write(); err != nil {
		return err
	}
	if _, err := io.WriteString(w, p.b.String()); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	return nil
}

// page is a page being written.
type page struct {
	d    *doc.Document
	opts Options
	b    strings.Builder
	ids  map[*doc.Section]string // a section's id, by its place in the tree
	figs int                     // figures written, for their ids
}

// name gives every section an id from its place: s1, s1-2, s1-2-3; a1…
func (p *page) name(ss []*doc.Section, prefix string) {
	for i, s := range ss {
		if s == nil {
			continue
		}
		id := prefix + strconv.Itoa(i+1)
		p.ids[s] = id
		p.name(s.Sections, id+"-")
	}
}

func (p *page) w(ss ...string) {
	for _, s := range ss {
		p.b.WriteString(s)
	}
}

// esc escapes text for an element's content or a quoted attribute.
func esc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '\'':
			b.WriteString("&#39;")
		case '\n':
			b.WriteString(" ")
		default:
			if r < 0x20 && r != '\t' {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (p *page) write() error {
	d := p.d
	lang := d.Meta.Language
	if lang == "" {
		lang = "zh-CN"
	}
	title := d.Meta.Title
	if title == "" {
		title = d.Cover.Title
	}
	p.w("<!DOCTYPE html>\n<html lang=\"", esc(lang), "\">\n<head>\n<meta charset=\"utf-8\">\n",
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
		"<title>", esc(title), "</title>\n")
	if d.Meta.Author != "" {
		p.w("<meta name=\"author\" content=\"", esc(d.Meta.Author), "\">\n")
	}
	if d.Meta.Subject != "" {
		p.w("<meta name=\"description\" content=\"", esc(d.Meta.Subject), "\">\n")
	}
	p.w("<meta name=\"dcterms.date\" content=\"", p.opts.Date.UTC().Format("2006-01-02"), "\">\n",
		"<meta name=\"generator\" content=\"plancheck\">\n",
		"<style>\n", css(), "</style>\n</head>\n<body>\n<div class=\"page\">\n")
	p.cover()
	p.contents()
	p.w("<main id=\"main\">\n")
	for _, s := range d.Parts {
		if err := p.section(s, 0); err != nil {
			return err
		}
	}
	for _, s := range d.Annexes {
		if err := p.section(s, 0); err != nil {
			return err
		}
	}
	p.w("</main>\n</div>\n</body>\n</html>\n")
	return nil
}

// cover is the page's header: the title and subtitle, the lines, the
// issuer and date, the notice, and the link to the indicator table.
func (p *page) cover() {
	c := p.d.Cover
	p.w("<header class=\"cover\">\n<h1>", esc(c.Title), "</h1>\n")
	if c.Subtitle != "" {
		p.w("<p class=\"subtitle\">", esc(c.Subtitle), "</p>\n")
	}
	for _, l := range c.Lines {
		p.w("<p>", esc(l), "</p>\n")
	}
	if c.Issuer != "" {
		p.w("<p class=\"issuer\">", esc(c.Issuer), "</p>\n")
	}
	if c.Date != "" {
		p.w("<p class=\"date\">", esc(c.Date), "</p>\n")
	}
	if len(c.Notice) > 0 {
		p.w("<p class=\"notice\" role=\"note\">", runs(c.Notice), "</p>\n")
	}
	if p.opts.CSV != "" {
		p.w("<p class=\"download\"><a href=\"", esc(p.opts.CSV), "\" download>", csvLink, "</a></p>\n")
	}
	p.w("</header>\n")
}

// contents lists the parts, their sections and the annexes, linked.
func (p *page) contents() {
	p.w("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">", contentsTitle, "</h2>\n")
	var list func(ss []*doc.Section, depth int)
	list = func(ss []*doc.Section, depth int) {
		p.w("<ol>\n")
		for _, s := range ss {
			if s == nil {
				continue
			}
			p.w("<li><a href=\"#", p.ids[s], "\">", esc(s.Heading()), "</a>")
			if depth+1 < contentsLevels && hasSections(s) {
				p.w("\n")
				list(s.Sections, depth+1)
			}
			p.w("</li>\n")
		}
		p.w("</ol>\n")
	}
	list(append(append([]*doc.Section{}, p.d.Parts...), p.d.Annexes...), 0)
	p.w("</nav>\n")
}

func hasSections(s *doc.Section) bool {
	for _, c := range s.Sections {
		if c != nil {
			return true
		}
	}
	return false
}

// section writes a section and its subsections. Its heading is h2 for a
// part or an annex and one level deeper for each level of nesting, so
// that no level is skipped whatever the tree's Level says.
func (p *page) section(s *doc.Section, depth int) error {
	if s == nil {
		return nil
	}
	h := strconv.Itoa(min(depth+2, 6))
	cls := ""
	if s.Wide {
		cls = " class=\"wide\""
	}
	id := p.ids[s]
	p.w("<section id=\"", id, "\"", cls, " aria-labelledby=\"", id, "-h\">\n<h", h, " id=\"", id, "-h\">", esc(s.Heading()), "</h", h, ">\n")
	for _, b := range s.Blocks {
		if err := p.block(b, s); err != nil {
			return fmt.Errorf("%s: %w", s.Heading(), err)
		}
	}
	for _, sub := range s.Sections {
		if err := p.section(sub, depth+1); err != nil {
			return fmt.Errorf("%s: %w", s.Heading(), err)
		}
	}
	p.w("</section>\n")
	return nil
}

func (p *page) block(b doc.Block, s *doc.Section) error {
	switch b := b.(type) {
	case *doc.Paragraph:
		p.paragraph(b)
	case *doc.Table:
		p.table(b, s)
	case *doc.Figure:
		if b != nil {
			return p.figures([]*doc.Figure{b})
		}
	case *doc.Figures:
		if b != nil {
			return p.figures(b.Items)
		}
	}
	return nil
}

// paragraph writes a paragraph in its style's class; an analyst's
// comment is a quotation.
func (p *page) paragraph(para *doc.Paragraph) {
	if para == nil {
		return
	}
	switch para.Style {
	case doc.Lead:
		p.w("<p class=\"lead\">", runs(para.Runs), "</p>\n")
	case doc.Comment:
		p.w("<blockquote class=\"comment\"><p>", runs(para.Runs), "</p></blockquote>\n")
	case doc.Footnote:
		p.w("<p class=\"footnote\">", runs(para.Runs), "</p>\n")
	default:
		p.w("<p class=\"body\">", runs(para.Runs), "</p>\n")
	}
}

// runs is runs as HTML: bold as <strong>, a sample value with its mark,
// a status's label with its marker, in its colour.
func runs(rs []doc.Run) string {
	var b strings.Builder
	for _, r := range rs {
		t := r.Text
		t = style.Sampled(t, r.Sample)
		switch {
		case r.Status != "":
			b.WriteString(statusSpan(r.Status, t))
		case r.Bold:
			b.WriteString("<strong>" + esc(t) + "</strong>")
		default:
			b.WriteString(esc(t))
		}
	}
	return b.String()
}

// statusSpan is a status's label with its marker (hidden from screen
// readers, which read the word) in the status's text colour.
func statusSpan(s eval.Status, text string) string {
	m := string(style.StatusMarker(s))
	text = strings.TrimPrefix(text, m)
	cls := statusClass(s)
	if !knownStatus(s) {
		cls = "st-none"
	}
	return "<span class=\"st " + cls + "\"><i class=\"mk\" aria-hidden=\"true\">" + m + "</i>" + esc(text) + "</span>"
}

func taskSpan(pr model.Progress, text string) string {
	m := string(style.TaskMarker(pr))
	text = strings.TrimPrefix(text, m)
	cls := taskClass(pr)
	if !knownProgress(pr) {
		cls = taskClass(model.NotReported)
	}
	return "<span class=\"tk " + cls + "\"><i class=\"mk\" aria-hidden=\"true\">" + m + "</i>" + esc(text) + "</span>"
}

func knownStatus(s eval.Status) bool {
	for _, k := range model.Statuses() {
		if k == s {
			return true
		}
	}
	return false
}

func knownProgress(pr model.Progress) bool {
	for _, k := range model.Progresses() {
		if k == pr {
			return true
		}
	}
	return false
}

// roleClass is the class of a column's cells.
func roleClass(r doc.ColumnRole) string {
	switch r {
	case doc.NameCol:
		return "name"
	case doc.TermCol, doc.StatusCol:
		return "term"
	case doc.NumberCol:
		return "num"
	case doc.IDCol:
		return "id"
	}
	return "text"
}

// rowHeader is the column whose cells head their rows: the first name
// column, -1 for none.
func rowHeader(cols []doc.Column) int {
	for i, c := range cols {
		if c.Role == doc.NameCol {
			return i
		}
	}
	return -1
}

// table writes a table in a box that scrolls sideways when the table is
// wider than the page, with its caption, header rows, row headers, the
// group rows heading the rows after them, and its notes under it.
func (p *page) table(t *doc.Table, s *doc.Section) {
	if t == nil {
		return
	}
	cap := strings.TrimSpace(t.Number + "　" + t.Title)
	capHTML := esc(t.Title)
	if t.Number != "" {
		capHTML = "<span class=\"num\">" + esc(t.Number) + "</span>　" + capHTML
	} else if t.Title == "" && s != nil {
		cap, capHTML = s.Heading(), esc(s.Heading())
	}
	if t.Number == "" {
		cap = strings.TrimSpace(cap)
	}
	ncols := len(t.Columns)
	p.w("<div class=\"table\">\n<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"", esc(cap+tableRegion), "\">\n<table>\n<caption>", capHTML, "</caption>\n<thead>\n")
	if t.Header != nil {
		for _, hr := range t.Header {
			p.w("<tr>")
			for _, c := range hr {
				scope, span := "col", ""
				if c.Span > 1 {
					scope, span = "colgroup", " colspan=\""+strconv.Itoa(c.Span)+"\""
				}
				p.w("<th scope=\"", scope, "\"", span, ">", cellText(c), "</th>")
			}
			p.w("</tr>\n")
		}
	} else {
		p.w("<tr>")
		for _, c := range t.Columns {
			p.w("<th scope=\"col\">", esc(c.Title), "</th>")
		}
		p.w("</tr>\n")
	}
	p.w("</thead>\n<tbody>\n")
	rh := rowHeader(t.Columns)
	for i, r := range t.Rows {
		switch {
		case r.Group:
			if i > 0 {
				p.w("</tbody>\n<tbody>\n")
			}
			p.w("<tr><th class=\"group\" colspan=\"", strconv.Itoa(max(ncols, 1)), "\" scope=\"rowgroup\">", esc(joined(r.Cells)), "</th></tr>\n")
		case r.Note:
			p.w("<tr><td class=\"note\" colspan=\"", strconv.Itoa(max(ncols, 1)), "\">", esc(joined(r.Cells)), "</td></tr>\n")
		default:
			p.w("<tr>")
			j := 0
			for _, c := range r.Cells {
				role := doc.TextCol
				if j < ncols {
					role = t.Columns[j].Role
				}
				tag, attrs := "td", " class=\""+roleClass(role)
				if c.Bold {
					attrs += " bold"
				}
				attrs += "\""
				if j == rh && max(c.Span, 1) == 1 {
					tag, attrs = "th", attrs+" scope=\"row\""
				}
				if c.Span > 1 {
					attrs += " colspan=\"" + strconv.Itoa(c.Span) + "\""
				}
				p.w("<", tag, attrs, ">", cellText(c), "</", tag, ">")
				j += max(c.Span, 1)
			}
			p.w("</tr>\n")
		}
	}
	p.w("</tbody>\n</table>\n</div>\n")
	for i := range t.Notes {
		p.w("<p class=\"footnote\">", runs(t.Notes[i].Runs), "</p>\n")
	}
	p.w("</div>\n")
}

func joined(cs []doc.Cell) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.Text)
	}
	return b.String()
}

// cellText is a cell's content: a sample value with its mark, a status
// or a task's progress with its marker and colour.
func cellText(c doc.Cell) string {
	t := c.Text
	t = style.Sampled(t, c.Sample)
	switch {
	case t == "":
		return ""
	case c.Task:
		return taskSpan(c.Progress, t)
	case c.Status != "":
		return statusSpan(c.Status, t)
	}
	return esc(t)
}

// figures writes figures: a Half figure's row as a grid of two columns
// on a wide screen, one on a phone.
func (p *page) figures(figs []*doc.Figure) error {
	var fs []*doc.Figure
	for _, f := range figs {
		if f != nil {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return nil
	}
	grid := len(fs) > 1 || fs[0].Size == doc.Half
	if grid {
		p.w("<div class=\"figures\">\n")
	}
	for _, f := range fs {
		if err := p.figure(f); err != nil {
			return err
		}
	}
	if grid {
		p.w("</div>\n")
	}
	return nil
}

// figureBox is the box a figure's chart is drawn in, in points.
func figureBox(f *doc.Figure) (w, h float64) {
	w, h = figureFullW, figureFullH
	if f.Size == doc.Half {
		w, h = figureHalfW, figureHalfH
	}
	if f.Chart != nil && f.Chart.Kind == eval.ChartBars {
		w = figureFullW
		h = style.BarsHeightMM(len(f.Chart.Bars)) * ptPerMM
	}
	return w, h
}

// figure writes one figure: its chart as an image titled by the caption
// and described by what it shows, its numbered caption, its data table
// in a disclosure and its notes.
func (p *page) figure(f *doc.Figure) error {
	p.figs++
	id := "f" + strconv.Itoa(p.figs)
	caption := strings.TrimSpace(f.Number + " " + f.Caption)
	size := "full"
	if f.Size == doc.Half {
		size = "half"
	}
	p.w("<figure id=\"", id, "\" class=\"", size, "\">\n")
	if f.Chart != nil && p.opts.SVG != nil {
		w, h := figureBox(f)
		svg, err := p.opts.SVG(f.Chart, w, h)
		if err != nil {
			return fmt.Errorf("%s: chart: %w", f.Number, err)
		}
		s := strings.TrimSpace(string(svg))
		if !strings.HasPrefix(s, "<svg") || !strings.HasSuffix(s, "</svg>") {
			return fmt.Errorf("%s: chart: the drawing is not an <svg> element", f.Number)
		}
		end := strings.IndexByte(s, '>')
		if end < 0 || strings.HasSuffix(s[:end], "/") {
			return fmt.Errorf("%s: chart: the drawing is not an <svg> element", f.Number)
		}
		p.w(s[:end], " role=\"img\" aria-labelledby=\"", id, "-t ", id, "-d\">",
			"<title id=\"", id, "-t\">", esc(caption), "</title>",
			"<desc id=\"", id, "-d\">", esc(describe(f.Chart)), "</desc>",
			s[end+1:], "\n")
	}
	p.w("<figcaption>")
	if f.Number != "" {
		p.w("<span class=\"num\">", esc(f.Number), "</span> ")
	}
	p.w(esc(f.Caption), "</figcaption>\n")
	if f.Chart != nil {
		p.dataTable(f, caption)
	}
	for i := range f.Notes {
		p.w("<p class=\"footnote\">", runs(f.Notes[i].Runs), "</p>\n")
	}
	p.w("</figure>\n")
	return nil
}

// describe is a chart's short description: what its series, rules or
// segments are, by their legend labels.
func describe(ch *eval.Chart) string {
	var names []string
	if ch.Kind == eval.ChartBars {
		for _, k := range barKeys(ch) {
			names = append(names, k.label)
		}
		return descBars + strings.Join(names, "、") + descData
	}
	for _, s := range ch.Series {
		if s.Label != "" {
			names = append(names, s.Label)
		}
	}
	for _, r := range ch.Lines {
		if r.Label != "" {
			names = append(names, r.Label)
		}
	}
	if len(names) == 0 {
		return strings.TrimPrefix(descData, "。")
	}
	return descSeries + strings.Join(names, "、") + descData
}

type barKey struct{ key, label string }

// barKeys are a bar chart's keys in the legend's order, then any other
// key in the order the bars first show it, with their labels.
func barKeys(ch *eval.Chart) []barKey {
	labels := map[string]string{}
	var order []string
	for _, g := range ch.Bars {
		for _, s := range g.Segments {
			if _, ok := labels[s.Key]; !ok {
				order = append(order, s.Key)
				labels[s.Key] = s.Label
			}
		}
	}
	var out []barKey
	seen := map[string]bool{}
	for _, k := range append(append([]string{}, ch.Legend...), order...) {
		if seen[k] {
			continue
		}
		seen[k] = true
		if l, ok := labels[k]; ok {
			out = append(out, barKey{k, l})
		}
	}
	return out
}

// dataTable writes a chart's data as a table in a disclosure: the years
// down and the series across for a line, rate or yes/no chart, the bars
// down and their keys across for a bar chart; numbers as the chart's
// labels print them.
func (p *page) dataTable(f *doc.Figure, caption string) {
	ch := f.Chart
	p.w("<details>\n<summary>", dataSummary, "</summary>\n<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"", esc(f.Number+" "+dataSummary), "\">\n<table>\n<caption>", esc(caption), " ", dataSummary, "</caption>\n")
	if ch.Kind == eval.ChartBars {
		keys := barKeys(ch)
		p.w("<thead><tr><th scope=\"col\"></th>")
		for _, k := range keys {
			_, m, _ := style.Key(k.key)
			p.w("<th scope=\"col\">", keyLabel(k.key, string(m), k.label), "</th>")
		}
		p.w("<th scope=\"col\">", totalTitle, "</th></tr></thead>\n<tbody>\n")
		for _, g := range ch.Bars {
			n := map[string]int{}
			total := 0
			for _, s := range g.Segments {
				n[s.Key] += s.N
				total += s.N
			}
			p.w("<tr><th scope=\"row\">", esc(g.Label), "</th>")
			for _, k := range keys {
				p.w("<td class=\"num\">", strconv.Itoa(n[k.key]), "</td>")
			}
			p.w("<td class=\"num\">", strconv.Itoa(total), "</td></tr>\n")
		}
		p.w("</tbody>\n</table>\n</div>\n</details>\n")
		return
	}
	var series []eval.ChartSeries
	years := map[int]bool{}
	for _, s := range ch.Series {
		if len(s.Points) == 0 {
			continue
		}
		series = append(series, s)
		for _, pt := range s.Points {
			years[pt.Year] = true
		}
	}
	ys := make([]int, 0, len(years))
	for y := range years {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	unit := ""
	if ch.Unit != "" && ch.Kind != eval.ChartYesNo {
		unit = "（" + ch.Unit + "）"
	}
	p.w("<thead><tr><th scope=\"col\">", yearTitle, "</th>")
	for _, s := range series {
		label := s.Label
		if label == "" {
			label = string(s.Role)
		}
		p.w("<th scope=\"col\">", esc(label+unit), "</th>")
	}
	p.w("</tr></thead>\n<tbody>\n")
	for _, y := range ys {
		p.w("<tr><th scope=\"row\">", strconv.Itoa(y), "</th>")
		for _, s := range series {
			p.w("<td class=\"num\">", esc(pointText(ch, s, y)), "</td>")
		}
		p.w("</tr>\n")
	}
	p.w("</tbody>\n</table>\n</div>\n")
	var rules []string
	for _, r := range ch.Lines {
		if r.Label != "" {
			rules = append(rules, r.Label)
		}
	}
	if len(rules) > 0 {
		p.w("<p class=\"figure-note\">", esc(strings.Join(rules, "；")), "</p>\n")
	}
	p.w("</details>\n")
}

func keyLabel(key, marker, label string) string {
	if knownStatus(eval.Status(key)) {
		return statusSpan(eval.Status(key), label)
	}
	if knownProgress(model.Progress(key)) {
		return taskSpan(model.Progress(key), label)
	}
	return "<span class=\"st st-none\"><i class=\"mk\" aria-hidden=\"true\">" + marker + "</i>" + esc(label) + "</span>"
}

// pointText is series s's value in year y as the chart prints it: the
// point's Text, or its value with the chart's decimals; a sample value
// marked; — for none.
func pointText(ch *eval.Chart, s eval.ChartSeries, y int) string {
	for _, pt := range s.Points {
		if pt.Year != y {
			continue
		}
		t := pt.Text
		switch {
		case t != "":
		case ch.Kind == eval.ChartYesNo && pt.Done != nil && *pt.Done:
			t = doneText
		case ch.Kind == eval.ChartYesNo && pt.Done != nil:
			t = notDoneText
		case ch.Kind == eval.ChartYesNo:
			t = noValue
		case math.IsNaN(pt.Value) || math.IsInf(pt.Value, 0):
			t = noValue
		default:
			t = strconv.FormatFloat(pt.Value, 'f', max(ch.Decimals, 0), 64)
		}
		if t != noValue {
			t = style.Sampled(t, pt.Sample)
		}
		return t
	}
	return noValue
}
