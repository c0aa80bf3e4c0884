package docx

import (
	"fmt"
	"strings"

	"plancheck/report/doc"
	"plancheck/report/style"
)

// table writes a table: its number and title as a caption above (kept
// with the table), the header rows repeated over a page break, rows never
// split, a group row and a note row as one cell across, and the notes
// below. A table the tree asks to keep is kept on one page where it fits.
func (w *writer) table(t *doc.Table) {
	n := len(t.Columns)
	if n == 0 {
		return
	}
	if t.Number != "" {
		w.para(stCaption, `<w:keepNext/>`, w.captionRuns(t.Number, "表", t.Title))
	}
	header := t.Header
	if header == nil {
		row := make([]doc.Cell, n)
		for i, c := range t.Columns {
			row[i] = doc.Cell{Text: c.Title}
		}
		header = [][]doc.Cell{row}
	}
	// A table whose columns cannot have what they must at 五号 (附表1's
	// sixteen columns) is set in 小五, as the PDF shrinks its type, rather
	// than in rows four lines tall.
	widths, fits := columnWidths(t, header, w.width, tableChar)
	small := ""
	if !fits {
		widths, _ = columnWidths(t, header, w.width, smallChar)
		small = smallSuffix
	}
	total := 0
	for _, cw := range widths {
		total += cw
	}
	fmt.Fprintf(&w.b, `<w:tbl><w:tblPr><w:tblStyle w:val="%s"/><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>`+
		`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`, stTable, total)
	for _, cw := range widths {
		fmt.Fprintf(&w.b, `<w:gridCol w:w="%d"/>`, cw)
	}
	w.b.WriteString(`</w:tblGrid>`)
	keep := func(i int) bool { return t.Keep && i < len(t.Rows)-1 }
	for _, hr := range header {
		w.b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
		col := 0
		for _, c := range hr {
			span := min(max(c.Span, 1), n-col)
			if span <= 0 {
				break
			}
			w.cell(widths[col:col+span], span, tintFill, stTableHead+small, true, textRun("", c.Text))
			col += span
		}
		w.b.WriteString(`</w:tr>`)
	}
	for i, r := range t.Rows {
		w.b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		switch {
		case r.Group || r.Note:
			var text strings.Builder
			bold := false
			for _, c := range r.Cells {
				text.WriteString(cellText(c))
				bold = bold || c.Bold
			}
			st, fill := stTableRemark, ""
			if r.Group {
				st, fill = stTableGroup+small, tintFill
			}
			// A group row stays with the row after it (its style keeps
			// with next); so does every row of a table kept whole.
			w.cell(widths, n, fill, st, keep(i), textRun("", text.String()))
		default:
			col := 0
			for _, c := range r.Cells {
				if col >= n {
					break
				}
				span := min(max(c.Span, 1), n-col)
				w.cell(widths[col:col+span], span, "", cellStyle(t.Columns[col].Role)+small, keep(i), cellRuns(c))
				col += span
			}
			for ; col < n; col++ {
				w.cell(widths[col:col+1], 1, "", stTableText+small, keep(i), "")
			}
		}
		w.b.WriteString(`</w:tr>`)
	}
	w.b.WriteString(`</w:tbl>`)
	if len(t.Notes) == 0 {
		// Two tables in a row would merge; an empty note keeps them apart
		// and leaves a little room under the table.
		w.para(stNote, "", "")
	}
	for _, p := range t.Notes {
		w.para(stNote, "", runsXML(p.Runs))
	}
}

// cell writes one cell spanning span grid columns of widths ws.
func (w *writer) cell(ws []int, span int, fill, st string, keepNext bool, runs string) {
	cw := 0
	for _, x := range ws {
		cw += x
	}
	fmt.Fprintf(&w.b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, cw)
	if span > 1 {
		fmt.Fprintf(&w.b, `<w:gridSpan w:val="%d"/>`, span)
	}
	if fill != "" {
		fmt.Fprintf(&w.b, `<w:shd w:val="clear" w:color="auto" w:fill="%s"/>`, fill)
	}
	w.b.WriteString(`<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="` + st + `"/>`)
	if keepNext {
		w.b.WriteString(`<w:keepNext/>`)
	}
	w.b.WriteString(`</w:pPr>` + runs + `</w:p></w:tc>`)
}

// cellStyle is a column role's paragraph style: names and text to the
// left, numbers to the right, terms, statuses and ids centred.
func cellStyle(r doc.ColumnRole) string {
	switch r {
	case doc.NumberCol:
		return stTableNumber
	case doc.TermCol, doc.StatusCol, doc.IDCol:
		return stTableCenter
	}
	return stTableText
}

// cellText is a cell's text as the PDF prints it: a sample value with its
// mark, a status or a task's progress after its marker.
func cellText(c doc.Cell) string {
	t := c.Text
	t = style.Sampled(t, c.Sample)
	switch {
	case c.Task:
		t = style.Marked(t, style.TaskMarker(c.Progress))
	case c.Status != "":
		t = style.Marked(t, style.StatusMarker(c.Status))
	}
	return t
}

// cellRuns is a cell's run: bold where the tree says, a status in its
// colour's character style.
func cellRuns(c doc.Cell) string {
	var rpr string
	switch {
	case c.Task:
		rpr = `<w:rStyle w:val="` + taskRunStyle(c.Progress) + `"/>`
	case c.Status != "":
		rpr = `<w:rStyle w:val="` + statusRunStyle(c.Status) + `"/>`
	}
	if c.Bold {
		rpr += `<w:b/><w:bCs/>`
	}
	return textRun(rpr, cellText(c))
}

// textWidth is s's width in characters of its size: a wide (CJK) rune
// one, a narrow one a half.
func textWidth(s string) float64 {
	n := 0.0
	for _, r := range s {
		if wide(r) {
			n++
		} else {
			n += 0.5
		}
	}
	return n
}

// wide reports whether r is set a full character wide in Chinese text:
// CJK, full-width forms, and the punctuation and shapes a Chinese font
// sets wide (“”、—, the status markers).
func wide(r rune) bool {
	switch {
	case r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, r >= 0x20000:
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x203B, r >= 0x2160 && r <= 0x21FF, r >= 0x2460 && r <= 0x27BF:
		return true
	}
	return false
}

// longestLine is the widest line of s.
func longestLine(s string) float64 {
	w := 0.0
	for _, l := range strings.Split(s, "\n") {
		w = max(w, textWidth(l))
	}
	return w
}

// columnWidths are the table's column widths in twips, summing to at most
// total: each column gets what its widest cell needs (a term, status, id
// or number kept on one line; a name up to nameRoom characters, a text
// up to its natural width), and when that is more than the page has, the
// columns that wrap (names and text) give up room first, down to
// nameChars and textChars characters, then all shrink alike. char is the
// width of one character of the table's type in twips; fits is false when
// the columns cannot all have what they must (the table should be set
// smaller).
func columnWidths(t *doc.Table, header [][]doc.Cell, total int, char float64) (widths []int, fits bool) {
	n := len(t.Columns)
	body := make([]float64, n) // the widest cell of the body, characters
	head := make([]float64, n) // the widest title, up to titleChars
	for j, c := range t.Columns {
		head[j] = min(longestLine(c.Title), titleChars)
	}
	for _, hr := range header {
		col := 0
		for _, c := range hr {
			span := max(c.Span, 1)
			if span == 1 && col < n {
				head[col] = max(head[col], min(longestLine(c.Text), titleChars))
			}
			col += span
		}
	}
	for _, r := range t.Rows {
		if r.Group || r.Note {
			continue
		}
		col := 0
		for _, c := range r.Cells {
			if col >= n {
				break
			}
			if max(c.Span, 1) == 1 {
				body[col] = max(body[col], longestLine(cellText(c)))
			}
			col += max(c.Span, 1)
		}
	}
	// need is what a column would like, least what it must have: a
	// term, status, id or number its widest cell on one line; a name or
	// text up to nameChars or textChars; a title at least two characters
	// a line.
	need := make([]float64, n)
	least := make([]float64, n)
	wraps := make([]bool, n)
	for j, c := range t.Columns {
		switch c.Role {
		case doc.NameCol:
			wraps[j] = true
			least[j] = min(body[j], nameChars)
			need[j] = min(body[j], nameRoom)
		case doc.TextCol:
			wraps[j] = true
			least[j] = min(body[j], textChars)
			need[j] = body[j]
		default:
			least[j] = body[j]
			need[j] = body[j]
		}
		least[j] = max(least[j], min(head[j], 2))
		need[j] = max(need[j], head[j], least[j])
	}
	pad := float64(2*cellMarginX+20) / char // a cell's margins, in characters
	room := float64(total)/char - pad*float64(n)
	sum := func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s
	}
	chars := make([]float64, n)
	switch {
	case sum(need) <= room:
		// Room to spare goes to the columns that wrap, else to all.
		copy(chars, need)
		extra := room - sum(need)
		var wrapNeed float64
		for j := range chars {
			if wraps[j] {
				wrapNeed += need[j]
			}
		}
		for j := range chars {
			switch {
			case wrapNeed > 0 && wraps[j]:
				chars[j] += extra * need[j] / wrapNeed
			case wrapNeed == 0:
				chars[j] += extra / float64(n)
			}
		}
	case sum(least) <= room:
		// The wrapping columns share what is left after the others.
		copy(chars, least)
		extra := room - sum(least)
		give := 0.0
		for j := range chars {
			give += need[j] - least[j]
		}
		for j := range chars {
			if give > 0 {
				chars[j] += extra * (need[j] - least[j]) / give
			}
		}
	default:
		// Numbers and ids keep their width; the others share the rest,
		// each at least two characters a line.
		copy(chars, least)
		fixed, flex := 0.0, 0.0
		for j, c := range t.Columns {
			if c.Role == doc.NumberCol || c.Role == doc.IDCol {
				fixed += least[j]
			} else {
				flex += least[j]
			}
		}
		if left := room - fixed; flex > 0 && left > 0 {
			for j, c := range t.Columns {
				if c.Role != doc.NumberCol && c.Role != doc.IDCol {
					chars[j] = max(least[j]*left/flex, 2)
				}
			}
		}
	}
	out := make([]int, n)
	used := 0
	for j := range out {
		out[j] = max(int((chars[j]+pad)*char), minCol)
		used += out[j]
	}
	// Rounding and the least width may overshoot: take it from the widest.
	for used > total {
		k := 0
		for j := range out {
			if out[j] > out[k] {
				k = j
			}
		}
		d := min(used-total, out[k]-minCol)
		if d <= 0 {
			break
		}
		out[k] -= d
		used -= d
	}
	return out, sum(least) <= room
}
