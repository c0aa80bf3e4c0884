package sheet

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// field is what a column holds.
type field int

const (
	colIgnored field = iota
	colID
	colYear
	colValue
	colUnit
	colSource
	colReporter
	colNote
	nFields
)

// headerWords maps a normalized header (see normHeader) to its field, for
// every sheet. idWords and valueWords add each sheet's own.
var headerWords = map[string]field{
	"年份": colYear, "年度": colYear, "year": colYear,
	"单位": colUnit, "unit": colUnit,
	"数据来源": colSource, "source": colSource,
	"填报单位": colReporter, "reporter": colReporter,
	"备注": colNote, "note": colNote,
}

var (
	idWords = [...][]string{
		kindValues:       {"指标编号", "编号", "id"},
		kindRequirements: {"指标编号", "编号", "id"},
		kindReferences:   {"参照编号", "编号", "id"},
	}
	valueWords = [...][]string{
		kindValues:       {"数值", "value"},
		kindRequirements: {"要求值", "requirement", "数值", "value"},
		kindReferences:   {"数值", "value"},
	}
)

// fieldName is how messages name a field's column on a sheet.
func fieldName(k kind, f field) string {
	switch f {
	case colID:
		return idWords[k][0]
	case colYear:
		return "年份"
	case colValue:
		return valueWords[k][0]
	case colUnit:
		return "单位"
	case colSource:
		return "数据来源"
	case colReporter:
		return "填报单位"
	case colNote:
		return "备注"
	}
	return "?"
}

func headerField(k kind, h string) field {
	for _, w := range idWords[k] {
		if h == w {
			return colID
		}
	}
	for _, w := range valueWords[k] {
		if h == w {
			return colValue
		}
	}
	return headerWords[h]
}

// normHeader folds a header cell for matching: no spaces, half-width, lower
// case, without a trailing unit in parentheses ("数值（万人）" is "数值").
func normHeader(s string) string {
	t := strings.ToLower(fold(s))
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 {
			t = t[:i]
		}
	}
	return t
}

// parseYear reads a year as typed: 2023, 2023年, 2023年度, 2023.0.
func parseYear(s string) (int, bool) {
	t := fold(s)
	t = strings.TrimSuffix(t, "年度")
	t = strings.TrimSuffix(t, "年")
	if i := strings.IndexByte(t, '.'); i >= 0 {
		if strings.Trim(t[i+1:], "0") != "" {
			return 0, false
		}
		t = t[:i]
	}
	if len(t) == 0 || len(t) > 4 {
		return 0, false
	}
	y := 0
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return 0, false
		}
		y = y*10 + int(t[i]-'0')
	}
	return y, true
}

// cell is a non-empty cell as the rows iterator gave it: its raw value,
// but a date as the text the cell shows (see reader.display).
type cell struct {
	col  int
	v    string
	date bool // a date or time: v is the text shown, or the year
	meta cellMeta
}

// gridRow is a row that has at least one non-empty cell.
type gridRow struct {
	num   int
	cells []cell
}

func (r *gridRow) get(col int) string { return r.at(col).v }

// at returns the row's cell in column col; the zero cell when it is
// empty.
func (r *gridRow) at(col int) cell {
	for _, c := range r.cells {
		if c.col == col {
			return c
		}
	}
	return cell{}
}

// rect is a merged range, 1-based and inclusive.
type rect struct {
	c1, r1, c2, r2 int
	ref            string
}

func (m rect) has(col, row int) bool {
	return m.c1 <= col && col <= m.c2 && m.r1 <= row && row <= m.r2
}

// yearCol is a wide form's year column.
type yearCol struct {
	col, year int
	cell      string // the header cell, for messages
}

// layout is where a table's columns are.
type layout struct {
	bottom int             // the header's last row
	cols   [nFields]int    // column by field, 0 when absent
	heads  [nFields]string // header cell by field
	wide   bool
	years  []yearCol
}

// sheetReader reads one of the three sheets.
type sheetReader struct {
	rd    *reader
	sheet string
	kind  kind
	info  *sheetInfo // what inspect learned of the sheet
	rows  []gridRow
	lay   layout

	seen         map[[2]string]model.Observation // by id and year, the first observation
	yearReported map[int]bool                    // wide form: year columns already reported out of range
}

func (sr *sheetReader) loc(cell string) model.Loc {
	return model.Loc{File: sr.rd.file, Sheet: sr.sheet, Cell: cell}
}

func (sr *sheetReader) errorf(cell string, format string, args ...any) bool {
	return sr.rd.errorf(sr.loc(cell), format, args...)
}

func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return fmt.Sprintf("R%dC%d", row, col)
	}
	return name
}

// read reads the sheet's observations, recording problems in sr.rd.
func (sr *sheetReader) read() []model.Observation {
	if !sr.scan() || len(sr.rows) == 0 || !sr.measure() {
		return nil
	}
	merges, ok := sr.merges()
	if !ok {
		return nil
	}
	if !sr.header(merges) {
		return nil
	}
	bad := sr.dataMerges(merges)
	sr.seen = make(map[[2]string]model.Observation)
	sr.yearReported = make(map[int]bool)
	var out []model.Observation
	for i := range sr.rows {
		r := &sr.rows[i]
		if r.num <= sr.lay.bottom || inAny(bad, r.num) {
			continue
		}
		out = sr.row(r, out)
		if sr.rd.full {
			break
		}
	}
	return out
}

// scan streams the sheet's rows, keeping the non-empty cells. It first
// reports what inspect found wrong with the sheet, and then reads
// nothing: a sheet breaking a limit or written inconsistently would be
// read wrong.
func (sr *sheetReader) scan() bool {
	sr.info = sr.rd.wb.sheet(sr.sheet)
	if sr.info == nil {
		sr.errorf("", tr.Format("sheet.tNotListed"))
		return false
	}
	if !sr.info.usable() {
		for _, p := range sr.info.problems {
			if !sr.errorf(p.at, "%s", p.msg) {
				break
			}
		}
		return false
	}
	if sr.direct() {
		return true
	}
	rows, err := sr.rd.f.Rows(sr.sheet)
	if err != nil {
		sr.errorf("", tr.Format("sheet.tCannotRead"), err)
		return false
	}
	defer rows.Close()
	n := 0
	for n < sr.info.lastRow && rows.Next() {
		n++
		cols, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			sr.errorf(cellName(1, n), tr.Format("sheet.tRow"), n, err)
			return false
		}
		var r gridRow
		for i, v := range cols {
			if v == "" {
				continue
			}
			if i >= sr.rd.o.MaxColumns {
				sr.errorf(cellName(i+1, n), tr.Format("sheet.beyondCol"), sr.rd.o.MaxColumns)
				return false
			}
			c := cell{col: i + 1, v: v}
			if m, ok := sr.info.cell(i+1, n); ok {
				c = sr.rd.display(c, m)
			}
			r.cells = append(r.cells, c)
		}
		if len(r.cells) > 0 {
			r.num = n
			sr.rows = append(sr.rows, r)
		}
	}
	if err := rows.Error(); err != nil {
		sr.errorf("", tr.Format("sheet.tCannotRead"), err)
		return false
	}
	if n < sr.info.lastRow {
		// The rows iterator stops without a word where the XML breaks.
		sr.errorf("", tr.Format("sheet.tStopped"), n)
		return false
	}
	return true
}

// direct builds the sheet's rows from what inspect kept of its cells, as
// excelize's row iterator would give them (direct.go), and reports
// whether it could: not for a sheet or shared strings the direct reading
// is not sure of, nor when the tests ask for excelize's reading.
func (sr *sheetReader) direct() bool {
	if sr.info.odd || sr.rd.wb.oddStrings || sr.rd.o.viaExcelize {
		return false
	}
	var r gridRow
	for _, m := range sr.info.cells {
		if m.val < 0 {
			continue
		}
		if int(m.row) != r.num && len(r.cells) > 0 {
			sr.rows = append(sr.rows, r)
			r = gridRow{}
		}
		r.num = int(m.row)
		r.cells = append(r.cells, sr.rd.display(cell{col: int(m.col), v: sr.info.vals[m.val]}, m))
	}
	if len(r.cells) > 0 {
		sr.rows = append(sr.rows, r)
	}
	return true
}

// measure reports whether the sheet is within the limits. scan has
// already reported why not: inspect measured the sheet on its XML (see
// guard.go).
// A table that is not a worksheet (sr.info nil) has nothing to measure.
func (sr *sheetReader) measure() bool { return sr.info == nil || sr.info.usable() }

// merges returns the sheet's merged ranges, which inspect has checked:
// none overlaps another. A table that is not a worksheet has none.
func (sr *sheetReader) merges() ([]rect, bool) {
	switch {
	case sr.info == nil:
		return nil, true
	case !sr.info.usable():
		return nil, false
	}
	return sr.info.merges, true
}

// raw returns the non-empty cell at col, row, from the scanned rows.
func (sr *sheetReader) raw(col, row int) cell {
	for i := range sr.rows {
		if sr.rows[i].num == row {
			return sr.rows[i].at(col)
		}
		if sr.rows[i].num > row {
			break
		}
	}
	return cell{}
}

// header finds the header row and the columns.
func (sr *sheetReader) header(merges []rect) bool {
	k := sr.kind
	top, idCol := 0, 0
	for _, r := range sr.rows {
		if r.num > HeaderRows {
			break
		}
		for _, c := range r.cells {
			if headerField(k, normHeader(c.v)) == colID {
				top, idCol = r.num, c.col
				break
			}
		}
		if top > 0 {
			break
		}
	}
	if top == 0 {
		sr.errorf("", tr.Format("sheet.tNoHeader"),
			HeaderRows, fieldName(k, colID), fieldName(k, colID), fieldName(k, colValue))
		return false
	}
	bottom := top
	for _, m := range merges {
		if m.has(idCol, top) {
			bottom = max(bottom, m.r2)
		}
	}
	bottom = min(bottom, top+HeaderRows) // a merge down the whole column is not a header
	sr.lay.bottom = bottom

	// Only the merges over the header rows name columns.
	var hm []rect
	for _, m := range merges {
		if m.r1 <= bottom && m.r2 >= top {
			hm = append(hm, m)
		}
	}
	merges = hm

	// The header's columns: those with a cell in the header rows, and
	// those a merge spreads a header over.
	lastCol := 0
	for _, r := range sr.rows {
		if r.num >= top && r.num <= bottom && len(r.cells) > 0 {
			lastCol = max(lastCol, r.cells[len(r.cells)-1].col)
		}
	}
	for _, m := range merges {
		lastCol = max(lastCol, m.c2)
	}
	lastCol = min(lastCol, sr.rd.o.MaxColumns)

	var from [nFields]int // the merge (index+1) a field's header came from
	years := map[int]int{}
	var dates []problem // headers that look like a date but are not a year
	for col := 1; col <= lastCol; col++ {
		hc, at, via := sr.headerCell(merges, col, top, bottom)
		name := hc.v
		if name == "" {
			continue
		}
		h := normHeader(name)
		f := headerField(k, h)
		if f == colIgnored {
			y, ok := parseYear(h)
			switch {
			case hc.date && !ok:
				dates = append(dates, problem{at, sprintf(tr.Format("sheet.tHeaderDate"), name)})
				continue
			case !ok && looksLikeDate(name):
				dates = append(dates, problem{at, sprintf(tr.Format("sheet.tHeaderLikeDate"), name)})
				continue
			}
			if ok && y >= 1900 && y <= 2200 {
				if prev, dup := years[y]; dup {
					sr.errorf(at, tr.Format("sheet.tYearTwice"), y, cellName(prev, bottom))
					return false
				}
				years[y] = col
				sr.lay.years = append(sr.lay.years, yearCol{col: col, year: y, cell: at})
			}
			continue
		}
		if sr.lay.cols[f] != 0 {
			if via != 0 && via == from[f] {
				continue // one header merged over several columns names the first
			}
			sr.errorf(at, tr.Format("sheet.tColTwice"), fieldName(k, f), sr.lay.heads[f])
			return false
		}
		sr.lay.cols[f], sr.lay.heads[f], from[f] = col, at, via
	}
	idAt := cellName(idCol, top)
	if sr.lay.cols[colYear] == 0 && len(dates) > 0 {
		// Wide form: a year column whose header is not a year would be
		// dropped without a word.
		for _, d := range dates {
			sr.errorf(d.at, "%s", d.msg)
		}
		return false
	}
	switch {
	case sr.lay.cols[colYear] != 0 && sr.lay.cols[colValue] == 0:
		sr.errorf(idAt, tr.Format("sheet.tNoValueCol"), fieldName(k, colID), fieldName(k, colValue))
		return false
	case sr.lay.cols[colYear] != 0:
		sr.lay.years = nil // long form; columns headed by a year are not read
	case len(sr.lay.years) > 0:
		sr.lay.wide = true
	default:
		sr.errorf(idAt, tr.Format("sheet.tNoYears"),
			fieldName(k, colID), fieldName(k, colValue))
		return false
	}
	return true
}

// headerCell returns the name of column col's header: the lowest non-empty
// cell of the header rows, a merged cell counting as its range's first.
// at is the cell, via the merge it came from (index+1), or 0.
func (sr *sheetReader) headerCell(merges []rect, col, top, bottom int) (c cell, at string, via int) {
	for row := bottom; row >= top; row-- {
		if c := sr.raw(col, row); strings.TrimSpace(c.v) != "" {
			return c, cellName(col, row), 0
		}
		for i, m := range merges {
			if m.has(col, row) {
				if c := sr.raw(m.c1, m.r1); strings.TrimSpace(c.v) != "" {
					return c, cellName(col, row), i + 1
				}
			}
		}
	}
	return cell{}, "", 0
}

// columns returns the columns the table reads.
func (lay *layout) columns() []int {
	var cols []int
	for f := colID; f < nFields; f++ {
		if lay.cols[f] != 0 && (f != colValue || !lay.wide) {
			cols = append(cols, lay.cols[f])
		}
	}
	for _, y := range lay.years {
		cols = append(cols, y.col)
	}
	return cols
}

// dataMerges reports the merged ranges below the header that touch a
// column the table reads, and returns them: their rows are not read.
func (sr *sheetReader) dataMerges(merges []rect) []rect {
	var bad []rect
	cols := sr.lay.columns()
	for _, m := range merges {
		if m.r2 <= sr.lay.bottom {
			continue
		}
		touches := false
		for _, col := range cols {
			touches = touches || (m.c1 <= col && col <= m.c2)
		}
		if touches {
			sr.errorf(m.ref, tr.Format("sheet.tMerged"))
			bad = append(bad, m)
		}
	}
	return bad
}

// inAny reports whether row is in one of the ranges.
func inAny(ranges []rect, row int) bool {
	for _, m := range ranges {
		if m.r1 <= row && row <= m.r2 {
			return true
		}
	}
	return false
}
