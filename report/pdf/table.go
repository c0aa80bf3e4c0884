package pdf

import (
	"image/color"
	"strings"

	"github.com/rivo/uniseg"
)

// A column of a table. A column's cells are not broken unless it is a wrap
// column (long names, texts); a title breaks only at its own newlines.
// Widths are found from the contents: each column gets its natural width
// when all fit, else what is left after the narrowest layout is shared in
// proportion to how much each column can still take (the automatic table
// layout of CSS).
type column struct {
	title string
	align byte    // 'L', 'C' or 'R'
	wrap  bool    // the cells may be broken over lines
	chars int     // a wrap column is at least this many CJK characters wide if its cells need it; 0: 4
	min   float64 // … and at least this wide (mm)
	max   float64 // a cap on a wrap column's natural width, mm; 0: none
}

// A cell is one table cell's text and look; a zero color is black.
type cell struct {
	text  string
	color color.RGBA
	bold  bool
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
// under the last row) with shaded header and alternate rows.
type table struct {
	number string // 表1-1, 附表1; repeated as 续表1-1 over a page break
	title  string
	// untitled leaves the title out above the table (a heading says it)
	// but not over a page break.
	untitled bool
	cols     []column
	rows     []row
	note     string // under the table, small
	// keep breaks the table over pages only where a few rows are left on
	// each (widow and orphan control for a short table).
	keep  bool
	size  float64
	lead  float64
	width float64 // mm; zero: the text area
}

const (
	cellPadX = 1.1
	cellPadY = 1.1
)

func (d *doc) cellStyle(t *table) textStyle {
	return textStyle{size: t.size, lead: t.lead, color: black, align: 'L'}
}

// widths lays out the columns for a total width at the table's size. It
// reports whether the columns fit without breaking a wrap column's cells
// more than into pieces four characters wide.
func (d *doc) widths(t *table, total float64) ([]float64, bool) {
	n := len(t.cols)
	hard := make([]float64, n) // the widest piece that cannot be broken
	soft := make([]float64, n) // what a column should not go below
	maxW := make([]float64, n) // the natural width
	// A wrap column is not made narrower than a few characters, so that
	// its cells do not break after every character.
	em := d.width("中", false, t.size)
	for i, c := range t.cols {
		for _, l := range strings.Split(c.title, "\n") {
			w := d.width(l, true, t.size) + 2*cellPadX
			hard[i] = max(hard[i], w)
			maxW[i] = max(maxW[i], w)
		}
	}
	for _, r := range t.rows {
		if r.span() {
			continue
		}
		for i, c := range r.cells[:min(n, len(r.cells))] {
			col := t.cols[i]
			for _, l := range strings.Split(c.text, "\n") {
				w := d.width(l, c.bold, t.size) + 2*cellPadX
				if !col.wrap {
					hard[i] = max(hard[i], w)
					maxW[i] = max(maxW[i], w)
					continue
				}
				if col.max > 0 {
					w = min(w, col.max)
				}
				maxW[i] = max(maxW[i], w)
				rest, state := l, -1
				for len(rest) > 0 {
					var seg string
					seg, rest, _, state = uniseg.FirstLineSegmentInString(rest, state)
					hard[i] = max(hard[i], d.width(strings.TrimRight(seg, " "), c.bold, t.size)+2*cellPadX)
				}
				chars := col.chars
				if chars == 0 {
					chars = 4
				}
				soft[i] = max(soft[i], min(w, max(float64(chars)*em+2*cellPadX, col.min)))
			}
		}
	}
	var sumHard, sumSoft, sumMax float64
	for i := range t.cols {
		soft[i] = max(soft[i], hard[i])
		maxW[i] = max(maxW[i], soft[i])
		sumHard += hard[i]
		sumSoft += soft[i]
		sumMax += maxW[i]
	}
	// between sets each width from lo towards hi by the same share of the
	// room that is left.
	between := func(lo, hi []float64, sumLo, sumHi float64) []float64 {
		w := make([]float64, n)
		for i := range w {
			w[i] = lo[i]
			if sumHi > sumLo {
				w[i] += (hi[i] - lo[i]) * (total - sumLo) / (sumHi - sumLo)
			}
		}
		return w
	}
	switch {
	case sumMax <= total:
		// Everything fits: share the rest by natural width.
		w := make([]float64, n)
		for i := range w {
			w[i] = maxW[i] + (total-sumMax)*maxW[i]/sumMax
		}
		return w, true
	case sumSoft <= total:
		return between(soft, maxW, sumSoft, sumMax), true
	case sumHard <= total:
		return between(hard, soft, sumHard, sumSoft), false
	}
	// Even the unbreakable pieces do not fit: shrink them all; the wrapper
	// then breaks inside the cells.
	w := make([]float64, n)
	for i := range w {
		w[i] = hard[i] * total / sumHard
	}
	return w, false
}

// laidRow is a row wrapped into its columns.
type laidRow struct {
	lines  [][]line
	height float64
}

func (d *doc) layRow(t *table, cells []cell, widths []float64, headerRow bool) laidRow {
	st := d.cellStyle(t)
	var lr laidRow
	n := 1
	for i, c := range cells {
		w := widths[i]
		st.bold = c.bold || headerRow
		ls := d.layout(c.text, textStyle{size: st.size, lead: st.lead, bold: st.bold, w: w - 2*cellPadX})
		lr.lines = append(lr.lines, ls)
		n = max(n, len(ls))
	}
	lr.height = float64(n)*t.lead + 2*cellPadY
	return lr
}

// drawTable sets the table at the cursor. Its title, header and first row
// stay together; over a page break the header row is repeated under a
// 续表 title.
func (d *doc) drawTable(t *table) {
	if len(t.rows) == 0 {
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
	// A table too wide for its columns is set a little smaller, down to
	// 1.5 pt below its size, before its cells are broken.
	widths, fits := d.widths(t, total)
	for size, lead := t.size, t.lead; !fits && size > t.size-1.5; {
		size -= 0.5
		small := *t
		small.size, small.lead = size, lead*size/t.size
		if w, ok := d.widths(&small, total); ok {
			t, widths, fits = &small, w, true
		}
	}
	var titles []cell
	for _, c := range t.cols {
		titles = append(titles, cell{text: c.title, color: black, bold: true})
	}
	head := d.layRow(t, titles, widths, true)
	rows := make([]laidRow, len(t.rows))
	for i, r := range t.rows {
		if r.span() {
			rows[i] = d.layRow(t, r.cells[:1], []float64{total}, false)
		} else {
			rows[i] = d.layRow(t, r.cells, widths, false)
		}
	}
	titleLead := 6.5
	first := 0.0
	if len(rows) > 0 {
		first = rows[0].height
		if len(rows) > 1 && t.rows[0].group {
			first += rows[1].height
		}
	}
	if t.keep {
		// Break the table only where it leaves at least 4 rows on this
		// page and 3 on the next; else start it on the next page, if it
		// fits there.
		all, n, room := 0.0, 0, d.bottom()-d.y-titleLead-head.height-1
		for _, r := range rows {
			all += r.height
			if all <= room {
				n++
			}
		}
		if n < len(rows) && (n < 4 || len(rows)-n < 3) && titleLead+head.height+1+all <= d.bottom()-marginTop {
			first = all
		}
	}
	if t.untitled {
		d.ensure(head.height + first + 1)
		d.y += 1
	} else {
		d.ensure(titleLead + head.height + first + 1)
		d.tableTitle(t.number, t.title, titleLead, x0, total)
	}
	d.drawHeader(t, head, widths, x0, total)
	shade := false
	for i, r := range t.rows {
		lr := rows[i]
		need := lr.height
		if r.group && i+1 < len(rows) {
			need += rows[i+1].height // a group row stays with its first member
		}
		if i+1 < len(rows) && t.rows[i+1].note {
			need += rows[i+1].height // … and a row with its note
		}
		if d.y+need > d.bottom() {
			d.rule(x0, d.y, x0+total, 0.5, black)
			d.addPage(d.landscape())
			d.tableTitle("续"+t.number, t.title, titleLead, x0, total)
			d.drawHeader(t, head, widths, x0, total)
			shade = false
		}
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
		if r.span() {
			d.drawCell(t, r.cells[0], lr.lines[0], x0, total, lr.height, 'L')
		} else {
			x := x0
			for j, c := range r.cells {
				d.drawCell(t, c, lr.lines[j], x, widths[j], lr.height, t.cols[j].align)
				x += widths[j]
			}
		}
		d.y += lr.height
		if i < len(rows)-1 {
			d.rule(x0, d.y, x0+total, 0.1, lightRule)
		}
	}
	d.rule(x0, d.y, x0+total, 0.5, black)
	d.y += 1.5
	if t.note != "" {
		st := textStyle{size: 8, lead: 4, color: grey, align: 'J', x: x0, w: total}
		d.block(t.note, st)
	}
	d.y += 3
}

func (d *doc) tableTitle(number, title string, lead, x0, total float64) {
	s := strings.TrimSpace(number + " " + title)
	d.font(true, 10)
	d.color(black)
	d.f.Text(x0+(total-d.width(s, true, 10))/2, baseline(d.y, lead, 10), s)
	d.y += lead
}

func (d *doc) drawHeader(t *table, head laidRow, widths []float64, x0, total float64) {
	d.rule(x0, d.y, x0+total, 0.5, black)
	d.fillRect(x0, d.y+0.25, total, head.height-0.25, tint)
	x := x0
	for j, c := range t.cols {
		d.drawCell(t, cell{text: c.title, bold: true, color: black}, head.lines[j], x, widths[j], head.height, 'C')
		x += widths[j]
	}
	d.y += head.height
	d.rule(x0, d.y, x0+total, 0.25, black)
}

// drawCell sets a cell's lines in its box, centred vertically.
func (d *doc) drawCell(t *table, c cell, ls []line, x, w, h float64, align byte) {
	col := c.color
	if col == (color.RGBA{}) {
		col = black
	}
	st := textStyle{size: t.size, lead: t.lead, color: col, bold: c.bold, align: align}
	top := d.y + (h-float64(len(ls))*t.lead)/2
	for i, l := range ls {
		d.setLine(l, x+cellPadX, top+float64(i)*t.lead, w-2*cellPadX, st, true)
	}
}
