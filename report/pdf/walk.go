package pdf

import (
	"fmt"
	"math"
	"strings"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/style"
)

// report is a document being typeset: the tree and the layout state.
type report struct {
	*typesetter
	d    *doc.Document
	draw func(Canvas, *eval.Chart, float64, float64) error

	tables map[*doc.Table]*table // converted once
}

// build lays out the whole document: the cover, the contents (filled in
// once the page numbers are known), the parts from a new page, and the
// annexes from a new page each time the orientation changes.
func (r *report) build() error {
	r.tables = map[*doc.Table]*table{}
	m := r.d.Meta
	r.title = m.Title
	if r.title == "" {
		r.title = r.d.Cover.Title
	}
	lang := m.Language
	if lang == "" {
		lang = "zh-CN"
	}
	f := r.f
	f.SetTitle(m.Title, true)
	f.SetAuthor(m.Author, true)
	f.SetSubject(m.Subject, true)
	f.SetCreator("plancheck", true)
	f.SetLang(lang)
	f.SetDisplayMode("fullwidth", "continuous")

	r.cover()
	r.reserveContents()
	for i, s := range r.d.Parts {
		if i == 0 {
			r.addPage(false)
		}
		if err := r.section(s); err != nil {
			return fmt.Errorf("%s: %w", s.Heading(), err)
		}
	}
	wide := false
	for i, s := range r.d.Annexes {
		if i == 0 || s.Wide || wide {
			r.addPage(s.Wide)
		}
		wide = s.Wide
		if err := r.section(s); err != nil {
			return fmt.Errorf("%s: %w", s.Heading(), err)
		}
	}
	if err := r.fillContents(); err != nil {
		return err
	}
	return r.f.Error()
}

func level(s *doc.Section) int { return min(max(s.Level-1, 0), len(headings)-1) }

// section sets a section: its heading, kept with what follows it, its
// blocks and its subsections.
func (r *report) section(s *doc.Section) error {
	r.heading(level(s), s.Heading(), r.minContent(s.Blocks, s.Sections))
	for i, b := range s.Blocks {
		if err := r.setBlock(b, s, s.Blocks[i+1:], s.Sections); err != nil {
			return err
		}
	}
	for _, sub := range s.Sections {
		if err := r.section(sub); err != nil {
			return fmt.Errorf("%s: %w", sub.Heading(), err)
		}
	}
	return nil
}

// The least a block needs on a page to start there: what a heading or a
// paragraph kept with it must have beside it on its page.

func (r *report) minContent(blocks []doc.Block, secs []*doc.Section) float64 {
	if len(blocks) > 0 {
		return r.minBlock(blocks[0], blocks[1:], secs)
	}
	if len(secs) > 0 {
		s := secs[0]
		return r.headingHeight(level(s), s.Heading()) + r.minContent(s.Blocks, s.Sections)
	}
	return 0
}

func (r *report) minBlock(b doc.Block, rest []doc.Block, secs []*doc.Section) float64 {
	switch b := b.(type) {
	case *doc.Paragraph:
		ls, st := r.paragraph(b)
		if b.KeepWithNext {
			return float64(len(ls))*st.lead + st.after + r.minContent(rest, secs)
		}
		n := len(ls)
		if n > 3 {
			n = 2
		}
		h := float64(n) * st.lead
		if len(ls) <= 2 && len(rest) > 0 {
			// A lead-in of a line or two stays with what it introduces
			// (a heading's first sentence with its table).
			h += st.after + r.minBlock(rest[0], rest[1:], secs)
		}
		return h
	case *doc.Table:
		return r.minTable(b)
	case *doc.Figure:
		if len(charted([]*doc.Figure{b})) == 0 {
			return r.minContent(rest, secs)
		}
		return r.minFigures([]*doc.Figure{b})
	case *doc.Figures:
		items := charted(b.Items)
		if len(items) == 0 || r.draw == nil {
			return r.minContent(rest, secs)
		}
		return r.minFigures(items[:min(2, len(items))])
	}
	return 0
}

// setBlock sets one block of section s; rest and secs follow it.
func (r *report) setBlock(b doc.Block, s *doc.Section, rest []doc.Block, secs []*doc.Section) error {
	switch b := b.(type) {
	case *doc.Paragraph:
		r.setParagraph(b, r.minContent(rest, secs))
	case *doc.Table:
		it := r.table(b)
		if b.Number == "" && s != nil {
			// The section's heading names the table; over a break, 续 and
			// the heading do.
			it.id = s.Heading()
			it.contTitle = contPrefix + it.id
		}
		r.drawTable(it)
	case *doc.Figure:
		return r.figureRow(charted([]*doc.Figure{b}))
	case *doc.Figures:
		items := charted(b.Items)
		for i := 0; i < len(items); i += 2 {
			if err := r.figureRow(items[i:min(i+2, len(items))]); err != nil {
				return err
			}
		}
	}
	return nil
}

// charted are the figures with a chart to draw: one without is left out,
// caption and all, rather than leave an empty box.
func charted(figs []*doc.Figure) []*doc.Figure {
	var out []*doc.Figure
	for _, f := range figs {
		if f != nil && f.Chart != nil {
			out = append(out, f)
		}
	}
	return out
}

// spansOfRuns is a paragraph's runs as spans, a sample value followed by
// its mark.
func spansOfRuns(runs []doc.Run) []span {
	var out []span
	for _, r := range runs {
		t := r.Text
		t = style.Sampled(t, r.Sample)
		sp := span{text: t, bold: r.Bold}
		if r.Status != "" {
			// A status's label: its marker before it, bold, in its colour.
			sp.text = style.Marked(t, style.StatusMarker(r.Status))
			sp.bold, sp.color = true, style.StatusColor(r.Status)
		}
		out = append(out, sp)
	}
	return out
}

// paragraph lays a paragraph out in the style of its kind.
func (r *report) paragraph(p *doc.Paragraph) ([]line, textStyle) {
	spans := spansOfRuns(p.Runs)
	switch p.Style {
	case doc.Lead:
		st := bodyStyle
		st.bold = true
		return r.layoutSpans(spans, st), st
	case doc.Comment:
		ls, st, h := r.note(spans, sizeNote)
		st.after = h + 3 - float64(len(ls))*st.lead
		return ls, st
	case doc.Footnote:
		return r.layoutSpans(spans, footnoteStyle), footnoteStyle
	}
	return r.layoutSpans(spans, bodyStyle), bodyStyle
}

// setParagraph sets a paragraph; one kept with the next goes to the next
// page with next mm of what follows.
func (r *report) setParagraph(p *doc.Paragraph, next float64) {
	ls, st := r.paragraph(p)
	if p.KeepWithNext {
		if need := float64(len(ls))*st.lead + st.after + next; need <= r.textHeight() {
			r.ensure(need)
		}
	}
	if p.Style == doc.Comment {
		r.noteBoxSpans(spansOfRuns(p.Runs), sizeNote, commentFill, commentRule)
		return
	}
	r.blockLines(ls, st)
}

// table converts a doc table once: its columns' roles to alignments and
// breaking, its cells' marks and colours.
func (r *report) table(t *doc.Table) *table {
	if it, ok := r.tables[t]; ok {
		return it
	}
	it := &table{id: t.Number, number: t.Number, title: t.Title, keep: t.Keep}
	if t.Number == "" {
		it.untitled = true
		it.id, it.contTitle = t.Title, contPrefix+t.Title
	}
	roles := make([]doc.ColumnRole, len(t.Columns))
	for i, c := range t.Columns {
		roles[i] = c.Role
		col := column{title: c.Title}
		switch c.Role {
		case doc.TextCol:
			col.align, col.wrap = 'L', true
		case doc.NameCol:
			col.align, col.wrap, col.chars = 'L', true, nameChars
		case doc.TermCol, doc.StatusCol:
			col.align, col.term = 'C', true
		case doc.NumberCol:
			col.align = 'R'
		case doc.IDCol:
			col.align = 'C'
		default:
			col.align, col.wrap = 'L', true
		}
		it.cols = append(it.cols, col)
	}
	if t.Header != nil {
		for _, hr := range t.Header {
			var cs []cell
			for _, c := range hr {
				cs = append(cs, cell{text: c.Text, spans: []span{{text: c.Text}}, span: c.Span, bold: true})
			}
			it.header = append(it.header, cs)
		}
	}
	for _, row0 := range t.Rows {
		if row0.Note {
			var b strings.Builder
			for _, c := range row0.Cells {
				b.WriteString(c.Text)
			}
			it.rows = append(it.rows, row{note: true, cells: []cell{{spans: []span{{text: b.String()}}, color: grey}}})
			continue
		}
		if row0.Group {
			var b strings.Builder
			for _, c := range row0.Cells {
				b.WriteString(c.Text)
			}
			it.rows = append(it.rows, row{group: true, cells: []cell{{spans: []span{{text: b.String()}}, bold: true, color: style.Accent}}})
			continue
		}
		var cs []cell
		j := 0
		for _, c := range row0.Cells {
			role := doc.TextCol
			if j < len(roles) {
				role = roles[j]
			}
			cs = append(cs, cellOf(c, role))
			j += max(c.Span, 1)
		}
		it.rows = append(it.rows, row{cells: cs})
	}
	for _, n := range t.Notes {
		it.notes = append(it.notes, spansOfRuns(n.Runs))
	}
	r.tables[t] = it
	return it
}

// cellOf is a doc cell in a column of a role: a sample value with its
// mark, a status with its marker and colour.
func cellOf(c doc.Cell, role doc.ColumnRole) cell {
	text := c.Text
	text = style.Sampled(text, c.Sample)
	out := cell{bold: c.Bold, span: c.Span}
	switch {
	case c.Task:
		text, out.color = style.Marked(text, style.TaskMarker(c.Progress)), style.TaskColor(c.Progress)
	case c.Status != "":
		text, out.color = style.Marked(text, style.StatusMarker(c.Status)), style.StatusColor(c.Status)
	}
	out.spans = []span{{text: text}}
	out.text = text
	_ = role
	return out
}

// minTable is the least a table needs to start on a page: its title,
// header and first rows (the whole table if it is not to be broken).
func (r *report) minTable(t *doc.Table) float64 {
	it := r.table(t)
	if len(it.rows) == 0 || len(it.cols) == 0 {
		return 0
	}
	it, widths := r.fit(it, r.textWidth())
	h := leadTableTitle + r.layHeader(it, widths).height
	n, total := 0, 0.0
	for _, rw := range it.rows {
		rh := r.layRow(it, rw, widths).height
		total += rh
		if n < minPieceRows {
			h += rh
		}
		if !rw.group && !rw.note {
			n++
		}
	}
	if (it.keep || total <= shortTable*r.textHeight()) && total+h < r.textHeight() {
		// Not broken (drawTable): all of it.
		return leadTableTitle + r.layHeader(it, widths).height + total
	}
	return h
}

// figureSize is a figure's chart box height and the least it may shrink
// to, for a figure w mm wide.
func figureSize(f *doc.Figure, half bool) (h, least float64) {
	if f.Chart != nil && f.Chart.Kind == eval.ChartBars {
		h = style.BarsHeightMM(len(f.Chart.Bars))
		return h, h
	}
	if half {
		return halfHeight, minHalfHeight
	}
	return fullHeight, minFullHeight
}

// figureWidth is the width of each figure of a row.
func (r *report) figureWidth(figs []*doc.Figure) (w float64, half bool) {
	if len(figs) > 1 || figs[0].Size == doc.Half {
		return (r.textWidth() - figureGap) / 2, true
	}
	return r.textWidth(), false
}

// caption lays out a figure's numbered caption at width w: centred on one
// line, else justified (a half figure) or in balanced centred lines, and
// never ending in a line of fewer than minCaptionTail characters.
func (r *report) caption(f *doc.Figure, w float64, half bool) ([]line, textStyle) {
	text := strings.TrimSpace(f.Number + " " + f.Caption)
	spans := []span{{text: text}}
	st := captionStyle
	st.w = w
	if half {
		st.align = 'J'
	} else {
		st = r.balancedSpans(spans, st)
		st.x = 0
	}
	ls := r.untailed(spans, st)
	if len(ls) == 1 {
		st.align = 'C'
	}
	return ls, st
}

// figureRow measures a row of figures: the charts' height and least
// height, and the captions' and notes' heights below them.
func (r *report) figureRow0(figs []*doc.Figure) (w, h, least, below float64, half bool) {
	w, half = r.figureWidth(figs)
	for _, f := range figs {
		fh, fl := figureSize(f, half)
		h, least = math.Max(h, fh), math.Max(least, fl)
		ls, st := r.caption(f, w, half)
		b := captionGap + float64(len(ls))*st.lead
		for _, n := range f.Notes {
			nst := footnoteStyle
			nst.w = w
			b += float64(len(r.layoutSpans(spansOfRuns(n.Runs), nst)))*nst.lead + nst.after
		}
		below = math.Max(below, b)
	}
	return w, h, least, below, half
}

func (r *report) minFigures(figs []*doc.Figure) float64 {
	if r.draw == nil {
		return 0
	}
	_, _, least, below, _ := r.figureRow0(figs)
	return least + below
}

// figureRow sets one or two figures side by side, their captions below.
// A row a little taller than what is left of the page is made shorter
// rather than leave the rest of the page empty.
func (r *report) figureRow(figs []*doc.Figure) error {
	if r.draw == nil || len(figs) == 0 {
		return nil
	}
	w, h, least, below, half := r.figureRow0(figs)
	if left := r.bottom() - r.y - below; left < h && left >= least {
		h = left
	}
	r.ensure(h + below)
	top := r.y
	x0 := r.left()
	if len(figs) == 1 && half {
		x0 += (r.textWidth() - w) / 2
	}
	for j, f := range figs {
		x := x0 + float64(j)*(w+figureGap)
		ch := f.Chart
		if err := r.chart(x, top, w, h, func(c Canvas, cw, chh float64) error { return r.draw(c, ch, cw, chh) }); err != nil {
			return fmt.Errorf("%s: chart: %w", f.Number, err)
		}
		ls, st := r.caption(f, w, half)
		y := top + h + captionGap
		var texts []string
		for k, l := range ls {
			r.setLine(l, x, y+float64(k)*st.lead, w, st, k == len(ls)-1)
			texts = append(texts, l.String())
		}
		r.pages.caption(f.Number, texts)
		y += float64(len(ls)) * st.lead
		for _, n := range f.Notes {
			nst := footnoteStyle
			nst.x, nst.w = x, w
			nls := r.layoutSpans(spansOfRuns(n.Runs), nst)
			for k, l := range nls {
				r.setLine(l, x, y+float64(k)*nst.lead, w, nst, k == len(nls)-1)
			}
			y += float64(len(nls))*nst.lead + nst.after
		}
	}
	r.y = top + h + below + figureAfter
	return nil
}

// cover is page 1: the title and subtitle, the lines under them (the
// plan, the year), the issuer and the date at the foot, and the notice
// below them.
func (r *report) cover() {
	r.addPage(false)
	c := r.d.Cover
	w := r.pageWidth()
	r.fillRect(0, 0, w, coverBand, style.Accent)
	wide := func(st textStyle) textStyle { st.x, st.w = coverMargin, w-2*coverMargin; return st }
	narrow := func(st textStyle) textStyle { st.x, st.w = coverFootMargin, w-2*coverFootMargin; return st }
	// The title, with a trailing （2023年度） on a line of its own.
	main, sub := c.TitleParts()
	// On one line when it fits at coverTitleMin or more, else in balanced
	// lines at coverTitleLines.
	title := wide(coverTitle)
	if tw := r.width(main, true, title.size); tw > title.w {
		title.size = max(coverTitleMin, title.size*title.w/tw-0.1)
		if title.size == coverTitleMin {
			title.size = coverTitleLines
		}
	}
	title.lead = title.size * ptmm * 1.5
	r.y = coverTitleTop
	r.block(main, r.balanced(main, title))
	if sub != "" {
		r.y++
		r.block(sub, wide(coverYear))
	}
	if c.Subtitle != "" {
		r.y += 2
		r.block(c.Subtitle, r.balanced(c.Subtitle, wide(coverSubtitle)))
	}
	r.y += 5
	r.rule(coverMargin, r.y, w-coverMargin, 1.2, style.Accent)
	r.rule(coverMargin, r.y+1.6, w-coverMargin, 0.3, style.Accent)
	r.y += 10
	for _, l := range c.Lines {
		r.block(l, r.balanced(l, wide(coverLine)))
	}
	r.y = coverIssuerTop
	if c.Issuer != "" {
		r.block(c.Issuer, r.balanced(c.Issuer, narrow(coverIssuer)))
	}
	if c.Date != "" {
		r.block(c.Date, narrow(coverDate))
	}
	if len(c.Notice) > 0 {
		// At the foot of the cover, however long.
		_, _, h := r.note(spansOfRuns(c.Notice), sizeCoverNotice)
		r.y = min(coverNoticeTop, r.pageHeight()-coverNoticeFoot-h)
		r.noteBoxSpans(spansOfRuns(c.Notice), sizeCoverNotice, noteFill, noteRule)
	}
}

// The contents.

// contentsEntries are the sections the contents list, with their levels.
func (r *report) contentsEntries() []tocEntry {
	var out []tocEntry
	var walk func(ss []*doc.Section)
	walk = func(ss []*doc.Section) {
		for _, s := range ss {
			if l := level(s); l < contentsLevels {
				out = append(out, tocEntry{level: l, text: s.Heading()})
				walk(s.Sections)
			}
		}
	}
	walk(r.d.Parts)
	walk(r.d.Annexes)
	return out
}

// tocStyle is a contents entry's look, and the room for its text.
func (r *report) tocStyle(level int) (textStyle, float64) {
	st := textStyle{size: sizeContents1, lead: contentsLead, color: black, bold: true, align: 'L'}
	indent := 0.0
	if level > 0 {
		st.size, st.bold, indent = sizeContents2, false, 2*sizeContents2*ptmm
	}
	st.x = r.left() + indent
	st.w = r.textWidth() - indent - contentsFolio
	return st, indent
}

// reserveContents adds the pages the contents will fill once the page
// numbers are known.
func (r *report) reserveContents() {
	lines := 0
	for _, e := range r.contentsEntries() {
		st, _ := r.tocStyle(e.level)
		lines += len(r.layoutSpans([]span{{text: e.text}}, st))
	}
	avail := pageLong - marginTop - marginBottom - contentsTop
	pages := int(math.Ceil(float64(lines) * contentsLead / avail))
	for i := 0; i < max(pages, 1); i++ {
		r.addPage(false)
		if i == 0 {
			r.f.Bookmark(contentsTitle, 0, r.y)
		}
		r.tocPages = append(r.tocPages, r.f.PageNo())
	}
}

// fillContents writes the contents into the reserved pages: each entry
// with dot leaders, its page number and a link.
func (r *report) fillContents() error {
	last := r.f.PageNo()
	defer r.resume(last)
	page := 0
	r.resume(r.tocPages[page])
	// 目录 spaced out by character spacing, so that it still reads "目录".
	r.font(true, sizeContentsTitle)
	r.color(style.Accent)
	gap := 2 * sizeContentsTitle * ptmm
	w := r.width(contentsTitle, true, sizeContentsTitle) + gap*float64(len([]rune(contentsTitle))-1)
	r.f.RawWriteStr(fmt.Sprintf("%.4f Tc", gap/ptmm))
	r.f.Text(r.left()+(r.textWidth()-w)/2, baseline(r.y, 12, sizeContentsTitle), contentsTitle)
	r.f.RawWriteStr("0 Tc")
	r.y += contentsTop
	for _, e := range r.toc {
		st, _ := r.tocStyle(e.level)
		ls := r.layoutSpans([]span{{text: e.text}}, st)
		if r.y+float64(len(ls))*contentsLead > r.bottom() {
			page++
			if page >= len(r.tocPages) {
				return fmt.Errorf("contents: %d entries do not fit the %d pages reserved", len(r.toc), len(r.tocPages))
			}
			r.resume(r.tocPages[page])
		}
		right := r.left() + r.textWidth()
		top := r.y
		for i, l := range ls {
			r.setLine(l, st.x, r.y, st.w, st, true)
			if i < len(ls)-1 {
				r.y += contentsLead
			}
		}
		base := baseline(r.y, contentsLead, st.size)
		num := fmt.Sprint(e.page)
		nw := r.width(num, false, st.size)
		r.font(false, st.size)
		r.color(black)
		r.f.Text(right-nw, base, num)
		// Dot leaders between the text and the number.
		dot := "·"
		dw := r.width(dot, false, st.size)
		from, to := st.x+ls[len(ls)-1].width+2, right-nw-2
		if n := int((to - from) / dw); n > 0 {
			r.color(grey)
			r.f.Text(to-float64(n)*dw, base, strings.Repeat(dot, n))
		}
		r.f.Link(st.x, top, right-st.x, r.y+contentsLead-top, e.link)
		r.y += contentsLead
	}
	return nil
}
