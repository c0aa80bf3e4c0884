package sheet

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
)

// target is the indicator or reference a row reports on.
type target struct {
	id, name, unit string
	yesNo          bool
	what           string // "indicator" or "reference"
}

func (t *target) String() string { return fmt.Sprintf("%s %q (%s)", t.what, t.id, t.name) }

// valueCell is a value cell of a row that is not blank.
type valueCell struct {
	col     int
	year    int    // wide form: the column's year
	head    string // wide form: the column's header cell
	raw     string
	formula bool // a formula without a saved value
}

// row reads one row of the table, appending its observations to out.
func (sr *sheetReader) row(r *gridRow, out []model.Observation) []model.Observation {
	lay := &sr.lay
	var cells []valueCell
	add := func(c valueCell) {
		c.raw = r.get(c.col)
		if c.raw == "" {
			// The rows iterator gives a formula without a saved value
			// as an empty cell.
			if !sr.hasFormula(cellName(c.col, r.num)) {
				return
			}
			c.formula = true
		} else if t := fold(c.raw); t == "" || isMissing(t) {
			return
		}
		cells = append(cells, c)
	}
	if lay.wide {
		for _, y := range lay.years {
			add(valueCell{col: y.col, year: y.year, head: y.cell})
		}
	} else {
		add(valueCell{col: lay.cols[colValue]})
	}
	if len(cells) == 0 {
		return out // nothing reported on this row
	}

	idCell := cellName(lay.cols[colID], r.num)
	idRaw := strings.TrimSpace(r.get(lay.cols[colID]))
	if fold(idRaw) == "" {
		sr.errorf(idCell, "no %s, but the row has a value in %s; write the id or delete the row",
			fieldName(sr.kind, colID), cellName(cells[0].col, r.num))
		return out
	}
	t, ok := sr.resolve(idCell, idRaw)
	if !ok {
		return out
	}
	if col := lay.cols[colUnit]; col != 0 {
		if u := strings.TrimSpace(r.get(col)); fold(u) != "" && !isMissing(fold(u)) && !sameUnit(u, t.unit) {
			at := cellName(col, r.num)
			if t.unit == "" {
				sr.errorf(at, "unit %q given, but %s has no unit; leave the %s cell empty", u, &t, fieldName(sr.kind, colUnit))
			} else {
				sr.errorf(at, "unit %q differs from the plan's unit %q for %s; convert the value to %s and write that unit", u, t.unit, &t, t.unit)
			}
			return out
		}
	}
	year := 0
	if !lay.wide {
		col := lay.cols[colYear]
		at := cellName(col, r.num)
		raw := strings.TrimSpace(r.get(col))
		y, ok := parseYear(raw)
		switch {
		case fold(raw) == "":
			sr.errorf(at, "no 年份 for the value in %s; write the year, such as %d", cellName(cells[0].col, r.num), sr.exampleYear())
			return out
		case !ok:
			sr.errorf(at, "%q is not a year; write it as a number, such as %d", raw, sr.exampleYear())
			return out
		case !sr.inPeriod(y):
			sr.errorf(at, "year %d is outside the plan period %d–%d", y, sr.rd.p.BaseYear, sr.rd.p.TargetYear)
			return out
		}
		year = y
	}
	text := func(f field) string {
		if col := lay.cols[f]; col != 0 {
			return strings.TrimSpace(r.get(col))
		}
		return ""
	}
	source, reporter, note := text(colSource), text(colReporter), text(colNote)

	for _, c := range cells {
		if lay.wide {
			year = c.year
			if !sr.inPeriod(year) {
				if !sr.yearReported[year] {
					sr.yearReported[year] = true
					sr.errorf(c.head, "year %d is outside the plan period %d–%d", year, sr.rd.p.BaseYear, sr.rd.p.TargetYear)
				}
				continue
			}
		}
		at := cellName(c.col, r.num)
		v, ok := sr.value(&t, at, c.raw, c.formula)
		if !ok || v.missing {
			if sr.rd.full {
				return out
			}
			continue
		}
		o := model.Observation{
			ID: t.id, Year: year, Value: v.value, Approx: v.approx, Text: v.text,
			Source: source, Reporter: reporter, Note: note, At: sr.loc(at),
		}
		if v.bound != "" {
			o.Note = joinNote(note, "填报为“"+v.text+"”")
		}
		key := [2]string{t.id, strconv.Itoa(year)}
		if prev, dup := sr.seen[key]; dup {
			if prev.Value != o.Value {
				sr.errorf(at, "%s, %d: %q here but %q at %s!%s; keep one of them", &t, year, o.Text, prev.Text, prev.At.Sheet, prev.At.Cell)
			}
			continue
		}
		sr.seen[key] = o
		out = append(out, o)
	}
	return out
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + "；" + b
}

func sameUnit(a, b string) bool { return model.NormalizeUnit(a) == model.NormalizeUnit(b) }

func (sr *sheetReader) inPeriod(y int) bool {
	p := sr.rd.p
	if p.BaseYear <= 0 || p.TargetYear < p.BaseYear {
		return true // an unvalidated plan; report/plan checks the period
	}
	return p.BaseYear <= y && y <= p.TargetYear
}

func (sr *sheetReader) exampleYear() int {
	if y := sr.rd.p.BaseYear; y > 0 {
		return y + 1
	}
	return 2023
}

// resolve finds the plan's indicator or reference for an id as typed.
func (sr *sheetReader) resolve(at, raw string) (target, bool) {
	p := sr.rd.p
	var ids []string
	if sr.kind == kindReferences {
		if ref := p.FindReference(raw); ref != nil {
			return target{id: ref.ID, name: ref.Name, unit: ref.Unit, what: "reference"}, true
		}
		for _, ref := range p.References {
			if ref.Name == raw {
				sr.errorf(at, "unknown reference %q; that is the name of reference %q — write its id", raw, ref.ID)
				return target{}, false
			}
			ids = append(ids, ref.ID)
		}
		if len(ids) == 0 {
			sr.errorf(at, "unknown reference %q; the plan lists no references", raw)
		} else {
			sr.errorf(at, "unknown reference %q; the plan's references are %s", raw, idList(ids))
		}
		return target{}, false
	}
	if ind := p.FindIndicator(raw); ind != nil {
		return target{id: ind.ID, name: ind.Name, unit: ind.Unit, yesNo: ind.IsYesNo(), what: "indicator"}, true
	}
	for _, ind := range p.Indicators {
		if ind.Name == raw {
			sr.errorf(at, "unknown indicator %q; that is the name of indicator %q — write its id", raw, ind.ID)
			return target{}, false
		}
		ids = append(ids, ind.ID)
	}
	sr.errorf(at, "unknown indicator %q; the plan's indicators are %s", raw, idList(ids))
	return target{}, false
}

// idList lists a few ids for a message.
func idList(ids []string) string {
	switch n := len(ids); {
	case n == 0:
		return "none"
	case n <= 8:
		return strings.Join(ids, ", ")
	default:
		return strings.Join(ids[:6], ", ") + ", …, " + ids[n-1] + fmt.Sprintf(" (%d in all)", n)
	}
}

// reading is a value cell read.
type reading struct {
	value   float64
	approx  bool
	missing bool
	text    string // as typed; for a percent-formatted number, as shown
	bound   string
}

// value reads a value cell for t. ok is false when it reported a problem.
func (sr *sheetReader) value(t *target, at, raw string, formula bool) (v reading, ok bool) {
	if formula {
		res, ok := sr.calc(at)
		if !ok {
			return reading{}, false
		}
		raw = res
	}
	text := strings.TrimSpace(raw)
	if f := fold(text); f == "" || isMissing(f) {
		return reading{missing: true}, true
	}
	if isExcelError(text) {
		sr.errorf(at, "the cell shows the error %s; correct the formula or type the value", text)
		return reading{}, false
	}
	typ, err := sr.rd.f.GetCellType(sr.sheet, at)
	if err != nil {
		typ = excelize.CellTypeUnset
	}
	var n Number
	formatted := false
	switch {
	case typ == excelize.CellTypeBool:
		shown := map[string]string{"1": "TRUE", "0": "FALSE"}[text]
		if shown == "" {
			shown = text
		}
		if !t.yesNo {
			sr.errorf(at, "%s is a yes/no (TRUE/FALSE) cell, but %s takes a number", shown, t)
			return reading{}, false
		}
		if yes, ok := parseYesNo(text); ok {
			return reading{value: yes, text: shown}, true
		}
		sr.errorf(at, "%q is not a yes/no answer for %s; write one of %s", shown, t, YesNoWords)
		return reading{}, false
	case t.yesNo:
		if yes, ok := parseYesNo(text); ok {
			return reading{value: yes, text: text}, true
		}
		if n, err := ParseNumber(text); err == nil && !n.Missing {
			sr.errorf(at, "%s is yes/no: write 是 (1) or 否 (0), not %q (accepted: %s)", t, text, YesNoWords)
		} else {
			sr.errorf(at, "%q is not a yes/no answer for %s; write one of %s", text, t, YesNoWords)
		}
		return reading{}, false
	case (typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber) && isPlainNumber(text):
		x, _ := strconv.ParseFloat(text, 64)
		if sr.rd.percentFormat(sr.sheet, at, x) {
			formatted = true
			n = Number{Value: percentPoints(x), Percent: true}
			text = strconv.FormatFloat(n.Value, 'f', -1, 64) + "%"
			break
		}
		fallthrough
	default:
		var err error
		if n, err = ParseNumber(text); err != nil {
			sr.errorf(at, "%v (leave it empty or write 待补 if the figure is not available yet)", err)
			return reading{}, false
		}
		if n.Missing {
			return reading{missing: true}, true
		}
	}
	switch {
	case n.Percent && !sameUnit("%", t.unit):
		how := ""
		if formatted {
			how = " (the cell is formatted as a percentage)"
		}
		if t.unit == "" {
			sr.errorf(at, "%q is a percentage%s, but %s has no unit", text, how, t)
		} else {
			sr.errorf(at, "%q is a percentage%s, but the plan's unit for %s is %s; convert the value to %s", text, how, t, t.unit, t.unit)
		}
		return reading{}, false
	case n.Unit != "" && !sameUnit(n.Unit, t.unit):
		if t.unit == "" {
			sr.errorf(at, "%q has a unit (%s), but %s has none; write the number alone", text, n.Unit, t)
		} else {
			sr.errorf(at, "%q: unit %q differs from the plan's unit %q for %s; convert the value to %s", text, n.Unit, t.unit, t, t.unit)
		}
		return reading{}, false
	}
	return reading{value: n.Value, approx: n.Approx, text: text, bound: n.Bound}, true
}

// hasFormula reports whether the cell holds a formula.
func (sr *sheetReader) hasFormula(at string) bool {
	f, err := sr.rd.f.GetCellFormula(sr.sheet, at)
	return err == nil && f != ""
}

// calc calculates a formula that has no saved value.
func (sr *sheetReader) calc(at string) (string, bool) {
	f := sr.rd.f
	formula, _ := f.GetCellFormula(sr.sheet, at)
	if sr.rd.calcs >= sr.rd.o.MaxCalcCells {
		if typ, _ := f.GetCellType(sr.sheet, at); typ == excelize.CellTypeFormula {
			// Text formulas with no saved value are most often Excel's
			// saved empty text, which excelize cannot tell apart.
			return "", true
		}
		sr.errorf(at, "the formula =%s has no saved value, nor have %d others; open the workbook in Excel and save it, so that Excel saves the values", formula, sr.rd.o.MaxCalcCells)
		return "", false
	}
	sr.rd.calcs++
	res, err := f.CalcCellValue(sr.sheet, at, excelize.Options{RawCellValue: true})
	if err != nil {
		sr.errorf(at, "the formula =%s has no saved value and cannot be calculated here (%v); open the workbook in Excel and save it again, or type the value", formula, err)
		return "", false
	}
	return res, true
}

// isExcelError reports whether s is one of Excel's error values.
func isExcelError(s string) bool {
	switch strings.ToUpper(s) {
	case "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#BUSY!", "#CONNECT!", "#PYTHON!":
		return true
	}
	return false
}

// isPlainNumber reports whether a raw cell value is a number as Excel
// stores one (37.2, 1.5E-3).
func isPlainNumber(s string) bool {
	_, rest, ok, _ := scanNumber(s)
	return ok && rest == "" && !strings.ContainsAny(s, ", ")
}

// percentPoints is 100·x, computed in decimal so that 0.059 gives 5.9 and
// not 5.8999999999999995.
func percentPoints(x float64) float64 {
	s := strconv.FormatFloat(x, 'e', -1, 64) // "5.9e-02"
	mant, exp, _ := strings.Cut(s, "e")
	e, err := strconv.Atoi(exp)
	if err != nil {
		return x * 100
	}
	v, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(e+2), 64)
	if err != nil {
		return x * 100
	}
	return v
}

// numFmt is a cell style's number format.
type numFmt struct {
	builtinPercent bool   // built-in format 9 (0%) or 10 (0.00%)
	code           string // a custom format's code
}

// percentFormat reports whether the cell's number format shows x as a
// percentage, that is, scaled by 100.
func (rd *reader) percentFormat(sheet, at string, x float64) bool {
	idx, err := rd.f.GetCellStyle(sheet, at)
	if err != nil {
		return false
	}
	nf, ok := rd.formats[idx]
	if !ok {
		if st, err := rd.f.GetStyle(idx); err == nil && st != nil {
			nf.builtinPercent = st.NumFmt == 9 || st.NumFmt == 10
			if st.CustomNumFmt != nil {
				nf.code = *st.CustomNumFmt
			}
		}
		rd.formats[idx] = nf
	}
	return nf.builtinPercent || isPercentCode(nf.code, x)
}

// isPercentCode reports whether the number format code scales x by 100:
// the section that applies to x has a % that is not quoted or escaped.
func isPercentCode(code string, x float64) bool {
	sections := splitSections(code)
	sec := sections[0]
	if x < 0 && len(sections) > 1 {
		sec = sections[1]
	}
	rs := []rune(sec)
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '"':
			for i++; i < len(rs) && rs[i] != '"'; i++ {
			}
		case '[':
			for i++; i < len(rs) && rs[i] != ']'; i++ {
			}
		case '\\', '_', '*':
			i++ // the next character is literal
		case '%':
			return true
		}
	}
	return false
}

// splitSections splits a number format at its unquoted semicolons. It
// returns at least one section.
func splitSections(code string) []string {
	var out []string
	start, quoted := 0, false
	rs := []rune(code)
	for i := 0; i < len(rs); i++ {
		switch {
		case rs[i] == '"':
			quoted = !quoted
		case rs[i] == '\\' && !quoted:
			i++
		case rs[i] == ';' && !quoted:
			out = append(out, string(rs[start:i]))
			start = i + 1
		}
	}
	return append(out, string(rs[min(start, len(rs)):]))
}
