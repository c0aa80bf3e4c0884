package pdf

// pageMap records what the layout put where, page by page: which table
// rows, how full each page was when a break left it, how term cells and
// captions were broken. The layout's rules are checked against it in the
// tests; nothing is drawn from it.
type pageMap struct {
	pages    []*pageInfo
	terms    []termCell
	captions []captionLines
	cells    []cellBox
}

// pageInfo is one page.
type pageInfo struct {
	number    int
	landscape bool
	// used is the share of the text area filled when the page was left;
	// broken says a page break left it (what followed did not fit), not
	// the document (a new part or annex, the end).
	used   float64
	broken bool
	rows   []rowRef
}

// rowRef is a table's row on a page.
type rowRef struct {
	table string
	row   int
	group bool
}

// termCell is a term column's cell as broken into lines.
type termCell struct {
	table    string
	row, col int
	text     string
	lines    []string
}

// cellBox is a table cell where it was set: its page, its box in mm from
// the page's top-left corner and its text.
type cellBox struct {
	table      string
	row, col   int
	page       int
	x, y, w, h float64
	text       string
}

// captionLines is a figure's caption as broken into lines.
type captionLines struct {
	number string
	lines  []string
}

func (m *pageMap) current() *pageInfo {
	if len(m.pages) == 0 {
		return nil
	}
	return m.pages[len(m.pages)-1]
}

// start records a new page.
func (m *pageMap) start(n int, landscape bool) {
	m.pages = append(m.pages, &pageInfo{number: n, landscape: landscape})
}

// leave records how full the current page is as the next starts.
func (m *pageMap) leave(d *typesetter, forced bool) {
	if p := m.current(); p != nil {
		p.used, p.broken = d.used(), !forced
	}
}

// finish records the last page.
func (m *pageMap) finish(d *typesetter) {
	if p := m.current(); p != nil && p.number == d.f.PageNo() {
		p.used = d.used()
	}
}

func (m *pageMap) row(table string, i int, group bool) {
	if p := m.current(); p != nil {
		p.rows = append(p.rows, rowRef{table, i, group})
	}
}

func (m *pageMap) termCell(table string, row, col int, text string, lines []string) {
	m.terms = append(m.terms, termCell{table, row, col, text, lines})
}

func (m *pageMap) caption(number string, lines []string) {
	m.captions = append(m.captions, captionLines{number, lines})
}

func (m *pageMap) cell(c cellBox) { m.cells = append(m.cells, c) }
