package pdf

import (
	"image/color"
	"strings"
)

// A column of a table. Widths are found from the contents: each column
// gets its natural width when all fit, else what is left after the
// narrowest layout is shared in proportion to how much each column can
// still take (the automatic table layout of CSS). A wrap column's cells
// break at any line break opportunity; a term column's only between terms
// (wrapTerms), and the column is never made narrower than its widest term
// while the table can fit otherwise; any other column's cells break only at
// their own newlines.
type column struct {
	title string
	align byte    // 'L', 'C' or 'R'
	wrap  bool    // the cells may be broken over lines
	term  bool    // … but only between terms
	chars int     // a wrap column is at least this many CJK characters wide if its cells need it; 0: wrapChars
	min   float64 // … and at least this wide (mm)
	max   float64 // a cap on a wrap column's natural width, mm; 0: none
}

// A cell is one table cell's text and look: its text, or spans when set; a zero color is black. span > 1 merges the cell with the
// cells of the next span−1 columns.
type cell struct {
	text  string
	spans []span
	color color.RGBA
	bold  bool
	span  int
}

// A row of cells. A group row has one cell set across the whole table,
// on a tint, and stays with the row after it; a note row has one cell set
// across the table without a tint or shade, and stays with the row before
// it.
type row struct {
	cells []cell
	group bool
	note  bool
}

// span reports whether the row is one cell across the table.
func (r row) span() bool { return r.group || r.note }

// table is a three-line table (三线表: rules above and below the header and
// under the last row) with a tinted header and shaded alternate rows.
type table struct {
	id     string // names the table in the page map; "" is number
	number string // 表1-1, 附表1
	title  string
	// contTitle is the title over a page break; "" is contPrefix + number
	// and the title (续表1-1 …).
	contTitle string
	// untitled leaves the title out above the table (a heading says it)
	// but not over a page break.
	untitled bool
	cols     []column
	// header are the header rows, repeated over a page break; nil is one
	// row of the columns' titles. A header cell with no text under a cell
	// of the same columns continues that cell down.
	header [][]cell
	rows   []row
	notes  [][]span // paragraphs under the table, small
	// keep breaks the table over pages only when it does not fit a page.
	keep  bool
	size  float64
	lead  float64
	width float64 // mm; zero: the text area
}

func (t *table) key() string {
	if t.id != "" {
		return t.id
	}
	return t.number
}

// spansOf is a cell's text as spans in its look.
func spansOf(c cell) []span {
	ss := c.spans
	if ss == nil {
		ss = []span{{text: c.text}}
	}
	out := make([]span, len(ss))
	for i, s := range ss {
		s.bold = s.bold || c.bold
		if s.color == (color.RGBA{}) {
			s.color = c.color
		}
		out[i] = s
	}
	return out
}

// plainOf is a cell's text without markup.
func plainOf(c cell) string {
	var b strings.Builder
	for _, s := range spansOf(c) {
		b.WriteString(s.text)
	}
	return b.String()
}

func (c cell) cols() int { return max(c.span, 1) }

// headerRows are the table's header rows: its own, or the titles.
func (t *table) headerRows() [][]cell {
	if t.header != nil {
		return t.header
	}
	var r []cell
	for _, c := range t.cols {
		r = append(r, cell{text: c.title})
	}
	return [][]cell{r}
}

// widths lays out the columns for a total width at the table's size, in
// stages, each column growing from one width to the next by the same share
// of what the stage needs until the room runs out:
//
//   - hard: the widest piece no cell should be broken inside: a number, a
//     term of a term column, one character of text; a title's piece;
//   - soft: a text column a few characters wide (nameChars for a name),
//     a title's terms of up to wrapChars characters whole;
//   - titles: a title's terms of up to titleTermChars whole ((2020年));
//   - preferred: a name column up to nameRoom characters, before the
//     others get more;
//   - natural: every cell and title on one line.
//
// It reports the stage the table reaches whole: 0 (stageHard) when even
// the unbroken pieces do not fit, stageSoft when no term, number or short
// title is broken and no text column is narrower than its characters,
// stageTitles when no title term is broken either, and so on.
func (d *typesetter) widths(t *table, total float64) ([]float64, int) {
	n := len(t.cols)
	hard := make([]float64, n)
	soft := make([]float64, n)
	titles := make([]float64, n)
	pref := make([]float64, n)
	maxW := make([]float64, n)
	em := d.width("中", false, t.size)
	pad := 2 * cellPadX
	widest := func(segs []segment, bold bool) float64 {
		w := 0.0
		for _, s := range segs {
			w = max(w, d.width(strings.TrimRight(s.text, spaces+"\n"), bold, t.size))
		}
		return w
	}
	for _, hr := range t.headerRows() {
		j := 0
		for _, c := range hr {
			if j >= n {
				break
			}
			if c.cols() == 1 {
				for _, l := range strings.Split(plainOf(c), "\n") {
					maxW[j] = max(maxW[j], d.width(l, true, t.size)+pad)
					hard[j] = max(hard[j], widest(d.segments(l, false), true)+pad)
					term := widest(d.segments(l, true), true)
					soft[j] = max(soft[j], min(term, wrapChars*em)+pad)
					titles[j] = max(titles[j], min(term, titleTermChars*em)+pad)
				}
			}
			j += c.cols()
		}
	}
	for _, r := range t.rows {
		if r.span() {
			continue
		}
		j := 0
		for _, c := range r.cells {
			if j >= n {
				break
			}
			if c.cols() > 1 {
				j += c.cols()
				continue
			}
			col := t.cols[j]
			for _, l := range strings.Split(plainOf(c), "\n") {
				w := d.width(l, c.bold, t.size) + pad
				switch {
				case col.term:
					hard[j] = max(hard[j], widest(d.segments(l, true), c.bold)+pad)
					maxW[j] = max(maxW[j], w)
				case !col.wrap:
					hard[j] = max(hard[j], w)
					maxW[j] = max(maxW[j], w)
				default:
					if col.max > 0 {
						w = min(w, col.max)
					}
					maxW[j] = max(maxW[j], w)
					hard[j] = max(hard[j], widest(d.segments(l, false), c.bold)+pad)
					chars := col.chars
					if chars == 0 {
						chars = wrapChars
					}
					soft[j] = max(soft[j], min(w, max(float64(chars)*em+pad, col.min)))
					if chars >= nameChars {
						pref[j] = max(pref[j], min(w, nameRoom*em+pad))
					}
				}
			}
			j++
		}
	}
	stages := [][]float64{hard, soft, titles, pref, maxW}
	for i := range t.cols {
		for k := 1; k < len(stages); k++ {
			stages[k][i] = max(stages[k][i], stages[k-1][i])
		}
	}
	sum := func(v []float64) float64 {
		s := 0.0
		for _, x := range v {
			s += x
		}
		return s
	}
	w := make([]float64, n)
	if sum(hard) > total {
		// Even the unbroken pieces do not fit. The text columns give way
		// first, so that the terms and numbers stay whole while they can.
		var fixed, wrapped float64
		for i, c := range t.cols {
			if c.wrap && !c.term {
				wrapped += hard[i]
			} else {
				fixed += hard[i]
			}
		}
		if wrapped > 0 && fixed+float64(countWrap(t))*2*em < total {
			for i, c := range t.cols {
				w[i] = hard[i]
				if c.wrap && !c.term {
					w[i] = hard[i] * (total - fixed) / wrapped
				}
			}
			return w, stageHard
		}
		for i := range w {
			w[i] = hard[i] * total / sum(hard)
		}
		return w, stageHard
	}
	for k := 1; k < len(stages); k++ {
		lo, hi := stages[k-1], stages[k]
		sumLo, sumHi := sum(lo), sum(hi)
		if sumHi <= total {
			continue
		}
		// This stage does not fit whole: each column from lo towards hi by
		// the same share of the room that is left.
		for i := range w {
			w[i] = lo[i] + (hi[i]-lo[i])*(total-sumLo)/(sumHi-sumLo)
		}
		return w, k - 1
	}
	// Everything fits: share the rest by natural width.
	sumMax := sum(maxW)
	for i := range w {
		w[i] = maxW[i] + (total-sumMax)*maxW[i]/sumMax
	}
	return w, stageNatural
}

// The stages of widths.
const (
	stageHard = iota
	stageSoft
	stageTitles
	stagePreferred
	stageNatural
)

func countWrap(t *table) int {
	n := 0
	for _, c := range t.cols {
		if c.wrap && !c.term {
			n++
		}
	}
	return n
}

// laidCell is a cell wrapped into its box: the columns it covers and its
// lines.
type laidCell struct {
	c      cell
	c0, c1 int // columns [c0, c1)
	r0, r1 int // header rows [r0, r1)
	lines  []line
	align  byte
}

// laidRow is a row wrapped into its columns.
type laidRow struct {
	cells  []laidCell
	height float64
}

// cellStyle is how a cell of column col (−1: a row across the table) is
// wrapped.
func (t *table) cellStyle(col int, bold bool, w float64) textStyle {
	st := textStyle{size: t.size, lead: t.lead, bold: bold, w: w - 2*cellPadX}
	if col >= 0 && col < len(t.cols) {
		st.terms = t.cols[col].term
	}
	return st
}

// x0s are the columns' left edges from 0, and their right end.
func offsets(widths []float64) []float64 {
	xs := make([]float64, len(widths)+1)
	for i, w := range widths {
		xs[i+1] = xs[i] + w
	}
	return xs
}

func (d *typesetter) layRow(t *table, r row, widths []float64) laidRow {
	xs := offsets(widths)
	var lr laidRow
	n := 1
	if r.span() {
		c := r.cells[0]
		ls := d.layoutSpans(spansOf(c), t.cellStyle(-1, c.bold, xs[len(widths)]))
		lr.cells = []laidCell{{c: c, c0: 0, c1: len(widths), lines: ls, align: 'L'}}
		n = len(ls)
	} else {
		j := 0
		for _, c := range r.cells {
			if j >= len(widths) {
				break
			}
			c1 := min(j+c.cols(), len(widths))
			ls := d.cellLines(spansOf(c), t.cellStyle(j, c.bold, xs[c1]-xs[j]))
			align := t.cols[j].align
			if c1-j > 1 {
				align = 'L'
			}
			lr.cells = append(lr.cells, laidCell{c: c, c0: j, c1: c1, lines: ls, align: align})
			n = max(n, len(ls))
			j = c1
		}
	}
	lr.height = float64(n)*t.lead + 2*cellPadY
	return lr
}

// cellLines wraps a cell's text in its style, and when its last line would
// have fewer than minCaptionTail characters (常住人口规模（万/人）) takes, in
// as many lines, the breaks between terms (常住人口规模/（万人）) or a
// narrower measure instead.
func (d *typesetter) cellLines(spans []span, st textStyle) []line {
	ls := d.layoutSpans(spans, st)
	if n := len(ls); n < 2 || ls[n-1].runes >= minCaptionTail || st.terms {
		return ls
	}
	terms := st
	terms.terms = true
	if ts := d.layoutSpans(spans, terms); len(ts) == len(ls) && ts[len(ts)-1].runes >= minCaptionTail {
		return ts
	}
	return d.untailed(spans, st)
}

// laidHeader is the header laid out: its cells (each with the rows it
// covers) and the rows' heights.
type laidHeader struct {
	cells   []laidCell
	heights []float64
	height  float64
}

func (d *typesetter) layHeader(t *table, widths []float64) laidHeader {
	xs := offsets(widths)
	rows := t.headerRows()
	var h laidHeader
	h.heights = make([]float64, len(rows))
	owner := make([][]int, len(rows)) // the index in h.cells covering (row, column)
	for r, hr := range rows {
		owner[r] = make([]int, len(widths))
		for j := range owner[r] {
			owner[r][j] = -1
		}
		j := 0
		for _, c := range hr {
			if j >= len(widths) {
				break
			}
			c1 := min(j+c.cols(), len(widths))
			// An empty cell under a cell of the same columns continues it.
			if r > 0 && strings.TrimSpace(plainOf(c)) == "" {
				if k := owner[r-1][j]; k >= 0 && h.cells[k].c0 == j && h.cells[k].c1 == c1 {
					h.cells[k].r1 = r + 1
					for x := j; x < c1; x++ {
						owner[r][x] = k
					}
					j = c1
					continue
				}
			}
			st := t.cellStyle(-1, true, xs[c1]-xs[j])
			spans := spansOf(cell{text: c.text, spans: c.spans, bold: true, color: c.color})
			st = d.balancedSpans(spans, st)
			ls := d.layoutSpans(spans, st)
			for x := j; x < c1; x++ {
				owner[r][x] = len(h.cells)
			}
			h.cells = append(h.cells, laidCell{c: c, c0: j, c1: c1, r0: r, r1: r + 1, lines: ls, align: 'C'})
			j = c1
		}
	}
	need := func(c laidCell) float64 { return float64(len(c.lines))*t.lead + 2*cellPadY }
	for _, c := range h.cells {
		if c.r1-c.r0 == 1 {
			h.heights[c.r0] = max(h.heights[c.r0], need(c))
		}
	}
	for _, c := range h.cells {
		if c.r1-c.r0 > 1 {
			sum := 0.0
			for r := c.r0; r < c.r1; r++ {
				sum += h.heights[r]
			}
			if n := need(c); n > sum {
				h.heights[c.r1-1] += n - sum
			}
		}
	}
	for _, v := range h.heights {
		h.height += v
	}
	return h
}

// breakRows plans a table's pages. h are the rows' heights; stick[i]
// forbids the break after row i (a group row stays with the next, a row
// with its note); counted[i] says row i counts towards minPieceRows (a
// group row does not). first is the room left for rows on this page, full
// on a fresh one. keep moves a table that does not fit here but fits a
// page to the next page, unless squeeze (this page would be left mostly
// empty).
//
// It returns the first row of each page's piece and whether the table
// starts on the next page. No piece has fewer than minPieceRows counted
// rows, and so a table with fewer than twice as many is never split,
// unless a piece that long cannot fit a whole page.
func breakRows(h []float64, stick, counted []bool, first, full float64, keep, squeeze bool) (starts []int, skip bool) {
	n := len(h)
	if n == 0 {
		return nil, false
	}
	const eps = 1e-6
	total := 0.0
	for _, v := range h {
		total += v
	}
	if total <= first+eps {
		return []int{0}, false
	}
	if keep && !squeeze && total <= full+eps {
		return []int{0}, true
	}
	cum := make([]int, n+1)
	for i, c := range counted {
		cum[i+1] = cum[i]
		if c {
			cum[i+1]++
		}
	}
	count := func(i, j int) int { return cum[j] - cum[i] }
	room := first
	for i := 0; i < n; {
		j, acc := i, 0.0
		for j < n && acc+h[j] <= room+eps {
			acc += h[j]
			j++
		}
		if j == n {
			starts = append(starts, i)
			break
		}
		k := j
		for k > i && (stick[k-1] || count(i, k) < minPieceRows || count(k, n) < minPieceRows) {
			k--
		}
		if k == i {
			if len(starts) == 0 && !skip && room < full {
				skip, room = true, full
				continue
			}
			// No valid piece fits a whole page: as many rows as fit,
			// at least one, and not after a group row if it can be helped.
			k = max(j, i+1)
			for k > i+1 && stick[k-1] {
				k--
			}
		}
		starts = append(starts, i)
		i, room = k, full
	}
	return starts, skip
}

// drawTable sets the table at the cursor: its title, header and first
// rows together; over a page break the header repeated under a 续表 title;
// no page with fewer than minPieceRows of its rows; then its notes.
func (d *typesetter) drawTable(t *table) {
	if len(t.rows) == 0 || len(t.cols) == 0 {
		return
	}
	if t.size == 0 {
		t.size, t.lead = sizeTable, leadTable
	}
	total := t.width
	if total == 0 {
		total = d.textWidth()
	}
	x0 := d.left() + (d.textWidth()-total)/2
	t, widths := d.fit(t, total)
	head := d.layHeader(t, widths)
	rows := make([]laidRow, len(t.rows))
	h := make([]float64, len(t.rows))
	stick := make([]bool, len(t.rows))
	counted := make([]bool, len(t.rows))
	for i, r := range t.rows {
		rows[i] = d.layRow(t, r, widths)
		h[i] = rows[i].height
		stick[i] = r.group || (i+1 < len(t.rows) && t.rows[i+1].note)
		counted[i] = !r.group && !r.note
	}
	// The notes' first lines stay with the last row.
	noteSt := footnoteStyle
	noteSt.x, noteSt.w = x0, total
	var notes [][]line
	for _, p := range t.notes {
		notes = append(notes, d.layoutSpans(p, noteSt))
	}
	if len(notes) > 0 {
		h[len(h)-1] += 1.5 + float64(min(len(notes[0]), 2))*noteSt.lead
	}
	titleH := leadTableTitle
	if t.untitled {
		titleH = 1
	}
	first := d.bottom() - d.y - titleH - head.height - 0.5
	full := d.textHeight() - leadTableTitle - head.height - 0.5
	// A short table is not broken either, if it fits the next page.
	keep := t.keep
	if sum := sumOf(h); sum <= shortTable*d.textHeight() {
		keep = true
	}
	starts, skip := breakRows(h, stick, counted, first, full, keep, d.used() < minFill)
	if skip {
		d.newPage(d.landscape(), false)
	}
	for p, start := range starts {
		end := len(rows)
		if p+1 < len(starts) {
			end = starts[p+1]
		}
		if p > 0 {
			d.newPage(d.landscape(), false)
		}
		switch {
		case p > 0:
			title := t.contTitle
			if title == "" {
				title = strings.TrimSpace(contPrefix + t.number + " " + t.title)
			}
			d.tableTitle(title, x0, total)
		case t.untitled:
			d.y += 1
		default:
			d.tableTitle(strings.TrimSpace(t.number+" "+t.title), x0, total)
		}
		d.drawHeader(t, head, widths, x0, total)
		shade := false
		for i := start; i < end; i++ {
			r, lr := t.rows[i], rows[i]
			switch {
			case r.group:
				d.fillRect(x0, d.y, total, lr.height, tint)
				shade = false
			case shade && !r.note:
				d.fillRect(x0, d.y, total, lr.height, zebra)
			}
			if !r.span() {
				shade = !shade
			}
			d.drawRow(t, i, lr, widths, x0)
			d.pages.row(t.key(), i, r.group)
			d.y += lr.height
			if i < end-1 {
				d.rule(x0, d.y, x0+total, 0.1, lightRule)
			}
		}
		d.rule(x0, d.y, x0+total, 0.5, black)
	}
	d.y += 1.5
	for _, ls := range notes {
		d.blockLines(ls, noteSt)
	}
	d.y += tableAfter
}

// fit is the table at the size it is set in, and its columns' widths: a
// table too wide for its columns is set a little smaller, down to
// tableShrink below its size, before its titles' terms or its cells are
// broken; the first size that keeps the titles' terms whole, else the
// first that keeps the cells whole, else its own.
func (d *typesetter) fit(t *table, total float64) (*table, []float64) {
	if t.size == 0 {
		t.size, t.lead = sizeTable, leadTable
	}
	widths, stage := d.widths(t, total)
	if stage >= stageTitles {
		return t, widths
	}
	best, bestW, bestStage := t, widths, stage
	for size := t.size - 0.5; size >= t.size-tableShrink-1e-9; size -= 0.5 {
		small := *t
		small.size, small.lead = size, t.lead*size/t.size
		w, st := d.widths(&small, total)
		if st >= stageTitles {
			return &small, w
		}
		if bestStage < stageSoft && st >= stageSoft {
			best, bestW, bestStage = &small, w, st
		}
	}
	return best, bestW
}

func (d *typesetter) tableTitle(s string, x0, total float64) {
	st := textStyle{size: sizeTableTitle, lead: leadTableTitle, color: black, bold: true, align: 'C', x: x0, w: total}
	st = d.balancedSpans([]span{{text: s}}, st)
	ls := d.layoutSpans([]span{{text: s}}, st)
	for i, l := range ls {
		d.setLine(l, st.x, d.y+float64(i)*st.lead, st.w, st, true)
	}
	d.y += float64(len(ls)) * st.lead
}

func (d *typesetter) drawHeader(t *table, head laidHeader, widths []float64, x0, total float64) {
	xs := offsets(widths)
	d.rule(x0, d.y, x0+total, 0.5, black)
	d.fillRect(x0, d.y+0.25, total, head.height-0.25, tint)
	tops := make([]float64, len(head.heights)+1)
	tops[0] = d.y
	for i, v := range head.heights {
		tops[i+1] = tops[i] + v
	}
	for _, c := range head.cells {
		top, bottom := tops[c.r0], tops[c.r1]
		d.drawCellAt(t, c, x0+xs[c.c0], top, xs[c.c1]-xs[c.c0], bottom-top, true)
		if c.r1 < len(head.heights) {
			// A thin rule under a cell spanning the cells below it.
			d.rule(x0+xs[c.c0]+0.8, bottom, x0+xs[c.c1]-0.8, 0.15, black)
		}
	}
	d.y += head.height
	d.rule(x0, d.y, x0+total, 0.25, black)
}

func (d *typesetter) drawRow(t *table, i int, lr laidRow, widths []float64, x0 float64) {
	xs := offsets(widths)
	for _, c := range lr.cells {
		d.drawCellAt(t, c, x0+xs[c.c0], d.y, xs[c.c1]-xs[c.c0], lr.height, false)
		d.pages.cell(cellBox{table: t.key(), row: i, col: c.c0, page: d.f.PageNo(),
			x: x0 + xs[c.c0], y: d.y, w: xs[c.c1] - xs[c.c0], h: lr.height, text: plainOf(c.c)})
		if c.c0 < len(t.cols) && t.cols[c.c0].term && c.c1-c.c0 == 1 && !t.rows[i].span() {
			var ls []string
			for _, l := range c.lines {
				ls = append(ls, l.String())
			}
			d.pages.termCell(t.key(), i, c.c0, plainOf(c.c), ls)
		}
	}
}

// drawCellAt sets a cell's lines in its box, centred vertically.
func (d *typesetter) drawCellAt(t *table, c laidCell, x, y, w, h float64, header bool) {
	col := c.c.color
	if col == (color.RGBA{}) {
		col = black
	}
	st := textStyle{size: t.size, lead: t.lead, color: col, bold: c.c.bold || header, align: c.align}
	top := y + (h-float64(len(c.lines))*t.lead)/2
	for i, l := range c.lines {
		d.setLine(l, x+cellPadX, top+float64(i)*t.lead, w-2*cellPadX, st, true)
	}
}

func sumOf(vs []float64) float64 {
	s := 0.0
	for _, v := range vs {
		s += v
	}
	return s
}
