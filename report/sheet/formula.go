package sheet

import (
	"fmt"
	"strings"
	"unicode"

	tr "plancheck/report/msg"

	"github.com/xuri/excelize/v2"
)

// A formula's value is its saved value. Two things can make that wrong or
// dangerous, and both are decided here, on the formulas' references,
// before excelize is asked anything:
//
//   - A formula that refers to itself, directly or through others, has no
//     value: Excel saves 0 or the last of its iterations. It is refused,
//     and so is every formula that depends on one.
//   - A formula without a saved value (a program wrote the workbook) is
//     calculated by excelize, which recalculates every formula it depends
//     on by recursion, ignoring their saved values: a chain of 99,000
//     formulas overflows the stack, and that crash cannot be recovered.
//     So it is calculated only when the chain below it is at most
//     MaxCalcDepth long, every reference in it is a plain cell or range
//     of a sheet inspect has read, and it uses only functions known to be
//     bounded (no REPT, no SEQUENCE, no INDIRECT, no TODAY: they can
//     allocate without bound, hide their references, or depend on the
//     clock).
//
// The references are followed once for the whole workbook, without
// recursion, within maxDepSteps.

// maxDepSteps bounds the formulas and references followed in one
// workbook.
const maxDepSteps = 1_000_000

// maxCalcRange is the most cells a range of a calculated formula may
// cover: excelize builds a matrix of the whole range.
const maxCalcRange = 100_000

// depGraph is the formulas of a workbook, as far as they have been
// followed.
type depGraph struct {
	rd    *reader
	nodes map[nodeKey]*depNode
	steps int
}

type nodeKey struct {
	sheet    *sheetInfo
	col, row int32
}

// depNode is one formula cell.
type depNode struct {
	state   uint8  // 0 not seen, 1 on the path being followed, 2 done
	height  int    // the longest chain of formulas from here down, this one counted
	formula string // as excelize gives it
	why     string // why excelize may not calculate it; "" when it may
	unknown bool   // not followed to the end: too many formulas
	cycle   string // a cell of a circular reference it is on or depends on
	onCycle bool   // it is on the circular reference itself
	via     string // on a cycle: another cell of it
}

// cellRef names a formula cell: 指标数据!B2.
func cellRef(k nodeKey) string { return k.sheet.name + "!" + cellName(int(k.col), int(k.row)) }

// local is how a message on sheet names the cell ref: without the sheet
// when it is the same.
func local(sheet, ref string) string { return strings.TrimPrefix(ref, sheet+"!") }

// node returns the formula of a cell, followed to the end.
func (g *depGraph) node(info *sheetInfo, m cellMeta) *depNode {
	if g.nodes == nil {
		g.nodes = map[nodeKey]*depNode{}
	}
	k := nodeKey{info, m.col, m.row}
	if n := g.nodes[k]; n != nil && n.state == 2 {
		return n
	}
	type frame struct {
		k    nodeKey
		n    *depNode
		kids []nodeKey
		next int
	}
	get := func(k nodeKey) *depNode {
		n := g.nodes[k]
		if n == nil {
			n = &depNode{}
			g.nodes[k] = n
		}
		return n
	}
	stack := []frame{{k: k, n: get(k)}}
	stack[0].n.state = 1
	stack[0].kids = g.expand(k, stack[0].n)
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if g.steps > maxDepSteps {
			// Too many to follow: what is on the path stays unknown.
			for _, f := range stack {
				f.n.state, f.n.unknown = 2, true
			}
			break
		}
		if top.next == len(top.kids) {
			top.n.state = 2
			top.n.height++
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				merge(stack[len(stack)-1].n, top.n)
			}
			continue
		}
		ck := top.kids[top.next]
		top.next++
		g.steps++
		c := get(ck)
		switch c.state {
		case 0:
			c.state = 1
			stack = append(stack, frame{k: ck, n: c, kids: g.expand(ck, c)})
		case 1:
			// Back to a cell on the path: every cell from there to here
			// is on a circular reference.
			entry, last := cellRef(ck), cellRef(top.k)
			on := false
			for i := range stack {
				f := &stack[i]
				if on = on || f.k == ck; on {
					f.n.cycle, f.n.onCycle, f.n.via = entry, true, last
				}
			}
		default:
			merge(top.n, c)
		}
	}
	return g.nodes[k]
}

// merge passes what a formula's reference found up to the formula.
func merge(parent, kid *depNode) {
	parent.height = max(parent.height, kid.height)
	if parent.why == "" && kid.why != "" {
		parent.why = kid.why
	}
	parent.unknown = parent.unknown || kid.unknown
	if parent.cycle == "" && kid.cycle != "" {
		parent.cycle = kid.cycle
	}
}

// expand reads a formula cell's formula and returns the formula cells it
// refers to.
func (g *depGraph) expand(k nodeKey, n *depNode) []nodeKey {
	info := k.sheet
	m, ok := info.cell(int(k.col), int(k.row))
	switch {
	case !ok || m.flags&hasFormula == 0:
		return nil // a value, not a formula
	case m.flags&orphan != 0:
		n.why = tr.Format("sheet.fSharedMissing")
		return nil
	}
	var formula string
	if m.text >= 0 {
		formula = info.texts[m.text]
	} else {
		// A shared formula's other cell: excelize moves the first
		// cell's formula to it.
		var err error
		if formula, err = g.rd.f.GetCellFormula(info.name, cellName(int(k.col), int(k.row))); err != nil {
			n.why = err.Error()
			return nil
		}
	}
	n.formula = formula
	refs, why := parseFormula(formula)
	n.why = why
	var kids []nodeKey
	for _, ref := range refs {
		to := info
		if ref.sheet != "" {
			if to = g.rd.wb.sheet(ref.sheet); to == nil {
				if n.why == "" {
					n.why = tr.Sprintf("sheet.fNoSheet", quote(ref.sheet))
				}
				continue
			}
		}
		if !to.usable() {
			if n.why == "" {
				n.why = tr.Sprintf("sheet.fSheetUnreadable", quote(to.name))
			}
			continue
		}
		r := ref.r
		// excelize limits a whole column or row to the sheet's content,
		// and builds a matrix of any other range as it is.
		if r.r2 == excelize.TotalRows {
			r.r2 = max(r.r1, to.lastRow)
		}
		if r.c2 == excelize.MaxColumns {
			r.c2 = max(r.c1, to.lastCol)
		}
		if area := (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1); area > maxCalcRange && n.why == "" {
			n.why = tr.Sprintf("sheet.fRange", area)
		}
		to.formulas(r, func(c cellMeta) bool {
			kids = append(kids, nodeKey{to, c.col, c.row})
			g.steps++
			return g.steps <= maxDepSteps
		})
		for _, a := range to.arrays {
			if a.c1 <= r.c2 && r.c1 <= a.c2 && a.r1 <= r.r2 && r.r1 <= a.r2 {
				if n.why == "" {
					n.why = tr.Format("sheet.fArray")
				}
				if col, row, err := excelize.CellNameToCoordinates(a.ref); err == nil {
					kids = append(kids, nodeKey{to, int32(col), int32(row)})
				}
			}
		}
	}
	return kids
}

// checkFormula refuses a formula on or depending on a circular reference,
// or one whose references are too many to follow. It reports false when it
// reported a problem.
func (rd *reader) checkFormula(sr *sheetReader, at string, m cellMeta) bool {
	n := rd.deps.node(sr.info, m)
	f := clip(n.formula)
	self := sr.sheet + "!" + at
	switch {
	case n.unknown:
		sr.errorf(at, tr.Format("sheet.fTooDeep"), f, maxDepSteps)
		return false
	case n.onCycle && n.cycle == self && n.via == self:
		sr.errorf(at, tr.Format("sheet.fSelf"), f)
		return false
	case n.onCycle:
		other := n.cycle
		if other == self {
			other = n.via
		}
		sr.errorf(at, tr.Format("sheet.fCircle"), f, local(sr.sheet, other))
		return false
	case n.cycle != "":
		sr.errorf(at, tr.Format("sheet.fDependsCircle"), f, local(sr.sheet, n.cycle))
		return false
	}
	return true
}

// fref is a reference in a formula: a cell or a range, on the formula's
// sheet when sheet is "".
type fref struct {
	sheet string
	r     rect
}

// calcFuncs are the functions excelize may calculate here: each is bounded
// in time and memory by its arguments, does not hide a reference and does
// not depend on the clock.
var calcFuncs = map[string]bool{}

func init() {
	for _, f := range strings.Fields(`ABS AND AVERAGE AVERAGEA AVERAGEIF AVERAGEIFS CEILING CHOOSE CONCAT
		CONCATENATE COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS DATE DAY EXACT EXP FIND FLOOR HLOOKUP IF
		IFERROR IFNA IFS INDEX INT ISBLANK ISERR ISERROR ISEVEN ISLOGICAL ISNA ISNONTEXT ISNUMBER ISODD
		ISTEXT LARGE LEFT LEN LN LOG LOG10 LOOKUP LOWER MATCH MAX MAXA MAXIFS MEDIAN MID MIN MINA MINIFS
		MOD MONTH N NOT OR PI POWER PRODUCT PROPER QUOTIENT RANK RIGHT ROUND ROUNDDOWN ROUNDUP SEARCH SIGN
		SMALL SQRT SUBSTITUTE SUBTOTAL SUM SUMIF SUMIFS SUMPRODUCT SUMSQ SWITCH T TRIM TRUNC UPPER VALUE
		VLOOKUP XLOOKUP XOR YEAR`) {
		calcFuncs[f] = true
	}
}

// isRefRune reports whether r may be part of a name or reference word.
func isRefRune(r rune) bool {
	return r == '_' || r == '.' || r == '$' || r == '\\' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// parseFormula finds a formula's references. why says what, if anything,
// keeps excelize from calculating it here: a function not in calcFuncs, a
// defined name, a reference to another workbook, a table or several
// sheets.
func parseFormula(f string) (refs []fref, why string) {
	rs := []rune(f)
	not := func(format string, args ...any) {
		if why == "" {
			why = fmt.Sprintf(format, args...)
		}
	}
	word := func(i int) int { // the end of the word at i
		for i < len(rs) && isRefRune(rs[i]) {
			i++
		}
		return i
	}
	sheet := "" // a sheet prefix just read
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '"':
			for i++; i < len(rs); i++ {
				if rs[i] == '"' {
					if i+1 < len(rs) && rs[i+1] == '"' {
						i++
						continue
					}
					break
				}
			}
			i++
			sheet = ""
		case r == '\'':
			var b strings.Builder
			for i++; i < len(rs); i++ {
				if rs[i] == '\'' {
					if i+1 < len(rs) && rs[i+1] == '\'' {
						b.WriteRune('\'')
						i++
						continue
					}
					break
				}
				b.WriteRune(rs[i])
			}
			i++
			name := b.String()
			if i < len(rs) && rs[i] == '!' {
				i++
				switch {
				case strings.ContainsAny(name, "[]"):
					not("%s", tr.Format("sheet.fOtherBook"))
				case strings.Contains(name, ":"):
					not("%s", tr.Format("sheet.fSheets"))
				}
				sheet = name
			}
		case r == '[':
			not("%s", tr.Format("sheet.fOtherBookTable"))
			depth := 0
			for ; i < len(rs); i++ {
				if rs[i] == '[' {
					depth++
				} else if rs[i] == ']' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			i++
		case r == '#':
			i++ // an error value, such as #REF! or #N/A
			for i < len(rs) && (isRefRune(rs[i]) || rs[i] == '/' || rs[i] == '!' || rs[i] == '?') {
				i++
			}
			not("%s", tr.Format("sheet.fErrorValue"))
		case isRefRune(r):
			end := word(i)
			w := string(rs[i:end])
			second := ""
			j := end
			if j < len(rs) && rs[j] == ':' && j+1 < len(rs) && isRefRune(rs[j+1]) {
				e2 := word(j + 1)
				second, j = string(rs[j+1:e2]), e2
			}
			switch {
			case j < len(rs) && rs[j] == '!':
				if second != "" {
					not("%s", tr.Format("sheet.fSheets"))
				}
				sheet = w
				i = j + 1
				continue
			case second == "" && j < len(rs) && rs[j] == '(':
				name := strings.ToUpper(w)
				for _, p := range []string{"_XLFN.", "_XLWS."} {
					name = strings.TrimPrefix(name, p)
				}
				if !calcFuncs[name] {
					not(tr.Format("sheet.fUses"), clip(w))
				}
			default:
				if ref, ok := parseRef(w, second); ok {
					refs = append(refs, fref{sheet: sheet, r: ref})
				} else if u := strings.ToUpper(w); second != "" || (u != "TRUE" && u != "FALSE" && !startsNumber(w)) {
					not(tr.Format("sheet.fUsesName"), clip(w))
				} else if startsNumber(w) && (strings.HasSuffix(u, "E")) && j < len(rs) && (rs[j] == '+' || rs[j] == '-') {
					j++ // 1.5E+3
					for j < len(rs) && unicode.IsDigit(rs[j]) {
						j++
					}
				}
			}
			sheet = ""
			i = j
		default:
			i++
			sheet = ""
		}
	}
	return refs, why
}

func startsNumber(w string) bool { return w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '.') }

// parseRef reads a cell (B2), a range (B2:D9), whole columns (C:C) or whole
// rows (3:5), each with or without $.
func parseRef(a, b string) (rect, bool) {
	a, b = strings.ReplaceAll(a, "$", ""), strings.ReplaceAll(b, "$", "")
	if b == "" {
		col, row, err := excelize.CellNameToCoordinates(a)
		if err != nil || !isCellName(a) {
			return rect{}, false
		}
		return rect{c1: col, r1: row, c2: col, r2: row}, true
	}
	if isCellName(a) && isCellName(b) {
		return parseRange(a + ":" + b)
	}
	if c1, err1 := excelize.ColumnNameToNumber(a); err1 == nil && isLetters(a) {
		if c2, err2 := excelize.ColumnNameToNumber(b); err2 == nil && isLetters(b) {
			return rect{c1: min(c1, c2), c2: max(c1, c2), r1: 1, r2: excelize.TotalRows}, true
		}
	}
	if isDigits(a) && isDigits(b) {
		var r1, r2 int
		fmt.Sscan(a, &r1)
		fmt.Sscan(b, &r2)
		if r1 >= 1 && r2 >= 1 && r1 <= excelize.TotalRows && r2 <= excelize.TotalRows {
			return rect{c1: 1, c2: excelize.MaxColumns, r1: min(r1, r2), r2: max(r1, r2)}, true
		}
	}
	return rect{}, false
}

// isCellName reports whether s is letters then digits, as B2 is.
func isCellName(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	if i == 0 || i > 3 || i == len(s) {
		return false
	}
	if _, _, err := excelize.CellNameToCoordinates(s); err != nil {
		return false
	}
	return isDigits(s[i:])
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= 'a' && s[i] <= 'z') {
			return false
		}
	}
	return s != "" && len(s) <= 3
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != "" && len(s) <= 7
}
