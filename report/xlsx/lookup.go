package xlsx

import (
	"fmt"
	"strconv"
	"strings"
)

// The report's evaluation sheets show what the input sheets hold through
// formulas that look each value up by its id and year, never by a fixed
// cell: an analyst may sort 指标数据, or insert rows into it, and every
// indicator still shows its own values. A number is looked up with
// AVERAGEIFS (the same id and year twice hold the same value, or
// report/sheet refuses them), a text — a yes/no answer, 约5000, a task's
// progress — with LOOKUP(2,1/(…)), the lookup Excel and LibreOffice both
// calculate without an array formula. Each formula is saved with its value,
// for readers that do not calculate.

// lookupSlack is how many rows below an input sheet's table its lookups
// reach at least, so that rows added at the end are found too (rows
// inserted within the table widen the ranges by themselves).
const lookupSlack = 1000

// formulaTextLimit is the longest text a formula may quote, in UTF-16
// units (Excel's limit; excelize counts the same way).
const formulaTextLimit = 255

// lookup is an input sheet as the lookups see it: its id and year columns
// and the rows they search.
type lookup struct {
	sheet          string
	idCol, yearCol int
	last           int // the last row searched
}

// newLookup searches sheet, whose table has n rows under the header.
func newLookup(sheet string, idCol, yearCol, n int) lookup {
	return lookup{sheet: sheet, idCol: idCol, yearCol: yearCol, last: 1 + n + max(lookupSlack, n)}
}

// col is column c over the rows searched: '指标数据'!$D$2:$D$1027.
func (l lookup) col(c int) string {
	return absRange(l.sheet, c, 2, c, l.last)
}

// number is the formula of the number in column col for id and year, or
// "" when the row holds none; ok is false when id is too long to quote
// in a formula.
func (l lookup) number(col int, id string, year int) (string, bool) {
	crit, ok := criterion(id)
	if !ok {
		return "", false
	}
	return fmt.Sprintf(`IFERROR(AVERAGEIFS(%s,%s,%s,%s,%d),"")`, l.col(col), l.col(l.idCol), crit, l.col(l.yearCol), year), true
}

// text is the formula of what column col holds for id and year, as text
// (a number as its digits), or "" when nothing.
func (l lookup) text(col int, id string, year int) (string, bool) {
	lit, ok := formulaText(id)
	if !ok {
		return "", false
	}
	return fmt.Sprintf(`IFERROR(LOOKUP(2,1/((%s&"")=%s)/((%s&"")="%d"),%s)&"","")`,
		l.col(l.idCol), lit, l.col(l.yearCol), year, l.col(col)), true
}

// textOr is text, with blank shown when nothing is found: 未报送.
func (l lookup) textOr(col int, id string, year int, blank string) (string, bool) {
	f, ok := l.text(col, id, year)
	if !ok || blank == "" {
		return f, ok
	}
	return fmt.Sprintf(`IF(LEN(%s)=0,%s,%s)`, f, strconv.Quote(blank), f), true
}

// sum is the formula of the sum of column col for id over the years from
// y1 to y2, or "" when none of them holds a number (a number ≥ 0: the
// sums are of investments, which are never negative).
func (l lookup) sum(col int, id string, y1, y2 int) (string, bool) {
	crit, ok := criterion(id)
	if !ok {
		return "", false
	}
	ids, years, vals := l.col(l.idCol), l.col(l.yearCol), l.col(col)
	within := fmt.Sprintf(`%s,%s,%s,">=%d",%s,"<=%d"`, ids, crit, years, y1, years, y2)
	return fmt.Sprintf(`IF(COUNTIFS(%s,%s,">=0")=0,"",SUMIFS(%s,%s))`, within, vals, vals, within), true
}

// criterion is the criterion of AVERAGEIFS, SUMIFS and COUNTIFS that
// matches id exactly: "=" first, so that an id such as <5 is no
// comparison, and the wildcards * and ? (and the escape ~) escaped.
func criterion(id string) (string, bool) {
	esc := strings.NewReplacer("~", "~~", "*", "~*", "?", "~?").Replace(id)
	return formulaText("=" + esc)
}

// formulaText is s as a formula's quoted text: "…", quotes doubled.
// ok is false when s is too long for a formula to quote.
func formulaText(s string) (string, bool) {
	if utf16Len(s) > formulaTextLimit {
		return "", false
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`, true
}
