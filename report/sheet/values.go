package sheet

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// target is the indicator or reference a row reports on.
type target struct {
	id, name, unit string
	yesNo          bool
	what           string // "indicator" or "reference"
}

func (t *target) String() string {
	what := tr.Format("sheet.what.indicator")
	if t.what == "reference" {
		what = tr.Format("sheet.what.reference")
	}
	return tr.Sprintf("sheet.target", what, t.id, t.name)
}

// valueCell is a value cell of a row that is not blank.
type valueCell struct {
	col     int
	year    int    // wide form: the column's year
	head    string // wide form: the column's header cell
	raw     string
	date    bool // raw is the date the cell shows
	meta    cellMeta
	formula bool // a formula without a saved value
}

// row reads one row of the table, appending its observations to out.
func (sr *sheetReader) row(r *gridRow, out []model.Observation) []model.Observation {
	lay := &sr.lay
	var cells []valueCell
	add := func(c valueCell) {
		rc := r.at(c.col)
		c.raw, c.date = rc.v, rc.date
		c.meta, _ = sr.info.cell(c.col, r.num)
		if c.raw == "" {
			// The rows iterator gives a formula without a saved value
			// as an empty cell; a saved empty text is a blank.
			if c.meta.flags&hasFormula == 0 || c.meta.flags&hasValue != 0 {
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
		sr.errorf(idCell, tr.Format("sheet.vNoID"),
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
				sr.errorf(at, tr.Format("sheet.vUnitNone"), u, &t, fieldName(sr.kind, colUnit))
			} else {
				sr.errorf(at, tr.Format("sheet.vUnitDiffers"), u, t.unit, &t, t.unit)
			}
			return out
		}
	}
	year := 0
	if !lay.wide {
		col := lay.cols[colYear]
		at := cellName(col, r.num)
		yc := r.at(col)
		raw := strings.TrimSpace(yc.v)
		y, ok := parseYear(raw)
		switch {
		case fold(raw) == "":
			sr.errorf(at, tr.Format("sheet.vNoYear"), cellName(cells[0].col, r.num), sr.exampleYear())
			return out
		case !ok && yc.date:
			sr.errorf(at, tr.Format("sheet.vDateYear"), raw, sr.exampleYear())
			return out
		case !ok:
			sr.errorf(at, tr.Format("sheet.notYear"), raw, sr.exampleYear())
			return out
		case !sr.inPeriod(y):
			sr.errorf(at, tr.Format("sheet.vYearOutside"), y, sr.rd.p.BaseYear, sr.rd.p.TargetYear)
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
					sr.errorf(c.head, tr.Format("sheet.vYearOutside"), year, sr.rd.p.BaseYear, sr.rd.p.TargetYear)
				}
				continue
			}
		}
		at := cellName(c.col, r.num)
		v, ok := sr.value(&t, at, c)
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
				sr.errorf(at, tr.Format("sheet.vConflict"), &t, year, o.Text, prev.Text, prev.At.Sheet, prev.At.Cell)
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
				sr.errorf(at, tr.Format("sheet.vRefName"), raw, ref.ID)
				return target{}, false
			}
			ids = append(ids, ref.ID)
		}
		if len(ids) == 0 {
			sr.errorf(at, tr.Format("sheet.vRefNone"), raw)
		} else {
			sr.errorf(at, tr.Format("sheet.vRefUnknown"), raw, idList(ids))
		}
		return target{}, false
	}
	if ind := p.FindIndicator(raw); ind != nil {
		return target{id: ind.ID, name: ind.Name, unit: ind.Unit, yesNo: ind.IsYesNo(), what: "indicator"}, true
	}
	for _, ind := range p.Indicators {
		if ind.Name == raw {
			sr.errorf(at, tr.Format("sheet.vIndName"), raw, ind.ID)
			return target{}, false
		}
		ids = append(ids, ind.ID)
	}
	sr.errorf(at, tr.Format("sheet.vIndUnknown"), raw, idList(ids))
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
		return strings.Join(ids[:6], ", ") + ", …, " + ids[n-1] + tr.Sprintf("sheet.vInAll", n)
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
func (sr *sheetReader) value(t *target, at string, c valueCell) (v reading, ok bool) {
	raw := c.raw
	if c.meta.flags&hasFormula != 0 {
		// A formula is read through its saved value, but not when it
		// refers to itself: Excel then saves 0 or the last of its
		// iterations, neither of which is the figure.
		if !sr.rd.checkFormula(sr, at, c.meta) {
			return reading{}, false
		}
	}
	if c.formula {
		res, ok := sr.calc(at, c.meta)
		if !ok {
			return reading{}, false
		}
		raw = res
	}
	if c.date {
		sr.errorf(at, tr.Format("sheet.vDateNumber"), raw)
		return reading{}, false
	}
	text := strings.TrimSpace(raw)
	if f := fold(text); f == "" || isMissing(f) {
		return reading{missing: true}, true
	}
	typ := c.meta.typ
	if c.formula {
		typ = typNumber // excelize returns a calculated number or text without a type
	}
	if typ == typError || isExcelError(text) {
		sr.errorf(at, tr.Format("sheet.vErrorValue"), clip(text))
		return reading{}, false
	}
	var n Number
	formatted := false
	switch {
	case typ == typBool:
		shown := map[string]string{"1": "TRUE", "0": "FALSE"}[text]
		if shown == "" {
			shown = clip(text)
		}
		if !t.yesNo {
			sr.errorf(at, "%s is a yes/no (TRUE/FALSE) cell, but %s takes a number", shown, t)
			return reading{}, false
		}
		if yes, ok := parseYesNo(text); ok {
			return reading{value: yes, text: shown}, true
		}
		sr.errorf(at, tr.Format("sheet.vYesNo"), shown, t, YesNoWords)
		return reading{}, false
	case t.yesNo:
		if yes, ok := parseYesNo(text); ok {
			return reading{value: yes, text: text}, true
		}
		if n, err := ParseNumber(text); err == nil && !n.Missing {
			sr.errorf(at, tr.Format("sheet.vYesNoNumber"), t, text, YesNoWords)
		} else {
			sr.errorf(at, tr.Format("sheet.vYesNo"), text, t, YesNoWords)
		}
		return reading{}, false
	case typ == typNumber && isPlainNumber(text):
		x, _ := strconv.ParseFloat(text, 64)
		nf := sr.rd.numFmt(c.meta)
		switch {
		case nf.isDate():
			// A calculated date; a saved one is c.date.
			sr.errorf(at, tr.Format("sheet.vDateNumber"), showDate(x, nf, sr.rd.date1904()))
			return reading{}, false
		case nf.scale() > 1:
			sr.errorf(at, tr.Format("sheet.vScaled"), text, quote(nf.pattern()), nf.scale())
			return reading{}, false
		case nf.isPercent(x):
			formatted = true
			n = Number{Value: percentPoints(x), Percent: true}
			text = strconv.FormatFloat(n.Value, 'f', -1, 64) + "%"
		default:
			if n, ok = sr.parse(at, text); !ok {
				return reading{}, false
			}
		}
	default:
		if n, ok = sr.parse(at, text); !ok {
			return reading{}, false
		}
	}
	if n.Missing {
		return reading{missing: true}, true
	}
	switch {
	case n.Percent && !sameUnit("%", t.unit):
		how := ""
		if formatted {
			how = tr.Format("sheet.vPercentFormat")
		}
		if t.unit == "" {
			sr.errorf(at, tr.Format("sheet.vPercentNoUnit"), text, how, t)
		} else {
			sr.errorf(at, tr.Format("sheet.vPercentUnit"), text, how, t, t.unit, t.unit)
		}
		return reading{}, false
	case n.Unit != "" && !sameUnit(n.Unit, t.unit):
		if t.unit == "" {
			sr.errorf(at, tr.Format("sheet.vHasUnit"), text, clip(n.Unit), t)
		} else {
			sr.errorf(at, tr.Format("sheet.vUnitDiffersAt"), text, n.Unit, t.unit, t, t.unit)
		}
		return reading{}, false
	}
	return reading{value: n.Value, approx: n.Approx, text: text, bound: n.Bound}, true
}

// parse reads a number as typed, reporting it when it is not one.
func (sr *sheetReader) parse(at, text string) (Number, bool) {
	n, err := ParseNumber(text)
	if err != nil {
		sr.errorf(at, tr.Format("sheet.vLeaveEmpty"), err)
		return Number{}, false
	}
	return n, true
}

// calc calculates a formula that has no saved value, when it can be done
// safely (see checkFormula and depGraph).
func (sr *sheetReader) calc(at string, m cellMeta) (string, bool) {
	rd := sr.rd
	n := rd.deps.node(sr.info, m)
	formula := clip(n.formula)
	switch {
	case rd.calcs >= rd.o.MaxCalcCells:
		sr.errorf(at, tr.Format("sheet.vNoSaved"), formula, rd.o.MaxCalcCells)
		return "", false
	case n.why != "":
		sr.errorf(at, tr.Format("sheet.vCannotCalc"), formula, n.why)
		return "", false
	case rd.wb != nil && rd.wb.calcOff != "":
		sr.errorf(at, tr.Format("sheet.vCannotCalc"), formula, rd.wb.calcOff)
		return "", false
	case n.height > rd.o.MaxCalcDepth:
		sr.errorf(at, tr.Format("sheet.vChain"), formula, n.height, rd.o.MaxCalcDepth)
		return "", false
	}
	rd.calcs++
	res, err := rd.calculate(sr.sheet, at)
	if err != nil {
		sr.errorf(at, tr.Format("sheet.vCannotCalcErr"), formula, err)
		return "", false
	}
	return res, true
}

// calculate is excelize's calculator, with a panic in it turned into an
// error. (What would overflow the stack, checkFormula has refused: that
// cannot be recovered.)
func (rd *reader) calculate(sheet, at string) (res string, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = tr.Errorf("sheet.vLibFailed", v)
		}
	}()
	return rd.f.CalcCellValue(sheet, at, excelize.Options{RawCellValue: true})
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

// numFmt is a cell style's number format: a built-in one by id, or a
// custom code.
type numFmt struct {
	id     int
	code   string
	custom bool
}

// builtinCodes are the built-in formats that show something other than
// the number itself, as Excel shows them on a Chinese system (ids 14 and
// 22 follow the system's short date, 27 to 58 are the Chinese ones).
var builtinCodes = map[int]string{
	9: "0%", 10: "0.00%",
	14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy",
	18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "yyyy/m/d h:mm",
	27: `yyyy"年"m"月"`, 28: `m"月"d"日"`, 29: `m"月"d"日"`, 30: "m/d/yy", 31: `yyyy"年"m"月"d"日"`,
	32: `h"时"mm"分"`, 33: `h"时"mm"分"ss"秒"`, 34: `上午/下午h"时"mm"分"`, 35: `上午/下午h"时"mm"分"ss"秒"`,
	36: `yyyy"年"m"月"`, 45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0",
	50: `yyyy"年"m"月"`, 51: `m"月"d"日"`, 52: `yyyy"年"m"月"`, 53: `m"月"d"日"`, 54: `m"月"d"日"`,
	55: `上午/下午h"时"mm"分"`, 56: `上午/下午h"时"mm"分"ss"秒"`, 57: `yyyy"年"m"月"`, 58: `m"月"d"日"`,
}

// pattern is the format's code: the custom one, or the built-in's.
func (nf numFmt) pattern() string {
	if nf.custom {
		return nf.code
	}
	return builtinCodes[nf.id]
}

// fmtTok is a token of a number format's first section.
type fmtTok struct {
	kind byte   // 'y' 'm' 'd' 'h' 's' 'e' (year), 'a' (AM/PM), 'E' (elapsed [h]), '0' (digit), ',' '.' '%', or 'L' (literal)
	n    int    // how many letters: 4 for yyyy
	text string // a literal's text
}

// fmtTokens splits the section of a number format that applies to x.
func fmtTokens(code string, x float64) []fmtTok {
	sections := splitSections(code)
	sec := sections[0]
	if x < 0 && len(sections) > 1 {
		sec = sections[1]
	}
	rs := []rune(sec)
	var toks []fmtTok
	lit := func(s string) { toks = append(toks, fmtTok{kind: 'L', text: s}) }
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch lr := unicode.ToLower(r); {
		case r == '"':
			j := i + 1
			for j < len(rs) && rs[j] != '"' {
				j++
			}
			lit(string(rs[i+1 : j]))
			i = j
		case r == '\\':
			if i+1 < len(rs) {
				lit(string(rs[i+1]))
				i++
			}
		case r == '_':
			lit(" ")
			i++
		case r == '*':
			i++
		case r == '[':
			j := i + 1
			for j < len(rs) && rs[j] != ']' {
				j++
			}
			if inner := strings.ToLower(string(rs[i+1 : min(j, len(rs))])); inner != "" && strings.Trim(inner, "hms") == "" {
				toks = append(toks, fmtTok{kind: 'E', text: inner})
			}
			i = j // colours, conditions and locales show nothing
		case strings.HasPrefix(strings.ToUpper(string(rs[i:])), "AM/PM"):
			toks = append(toks, fmtTok{kind: 'a', text: "AM/PM"})
			i += 4
		case strings.HasPrefix(strings.ToUpper(string(rs[i:])), "A/P"):
			toks = append(toks, fmtTok{kind: 'a', text: "A/P"})
			i += 2
		case strings.HasPrefix(string(rs[i:]), "上午/下午"):
			toks = append(toks, fmtTok{kind: 'a', text: "上午/下午"})
			i += 4
		case lr == 'y' || lr == 'm' || lr == 'd' || lr == 'h' || lr == 's' || lr == 'e':
			j := i
			for j < len(rs) && unicode.ToLower(rs[j]) == lr {
				j++
			}
			toks = append(toks, fmtTok{kind: byte(lr), n: j - i})
			i = j - 1
		case r == '0' || r == '#' || r == '?':
			toks = append(toks, fmtTok{kind: '0', text: string(r)})
		case r == ',' || r == '.' || r == '%':
			toks = append(toks, fmtTok{kind: byte(r)})
		default:
			lit(string(r))
		}
	}
	return toks
}

// isDate reports whether the format shows a number as a date or a time.
// (The e of a scientific format, 0.00E+00, is upper case and follows a
// digit; it is not a year.)
func (nf numFmt) isDate() bool {
	for _, t := range fmtTokens(nf.pattern(), 1) {
		switch t.kind {
		case 'y', 'm', 'd', 'h', 's', 'E':
			return true
		}
	}
	return false
}

// yearOnly reports whether the format shows a date as its year alone,
// such as yyyy or yyyy"年".
func (nf numFmt) yearOnly() bool {
	year := false
	for _, t := range fmtTokens(nf.pattern(), 1) {
		switch t.kind {
		case 'y':
			year = true
		case 'm', 'd', 'h', 's', 'E', 'a':
			return false
		}
	}
	return year
}

// isPercent reports whether the format shows x scaled by 100.
func (nf numFmt) isPercent(x float64) bool {
	return nf.id == 9 || nf.id == 10 || (nf.custom && isPercentCode(nf.code, x))
}

// scale is what the format divides a number by before showing it: 1000
// for each comma after the last digit placeholder, as in #,##0.0, (which
// shows 8504600 as 8,504.6); 1 for most formats.
func (nf numFmt) scale() int {
	if !nf.custom {
		return 1
	}
	toks := fmtTokens(nf.code, 1)
	k := 1
	for i, t := range toks {
		if t.kind != ',' || i == 0 || (toks[i-1].kind != '0' && toks[i-1].kind != ',') {
			continue
		}
		next := byte(0)
		if i+1 < len(toks) {
			next = toks[i+1].kind
		}
		if next != '0' && next != ',' && k < 1_000_000_000 {
			// The last of a run of commas that ends the digits: each
			// comma of the run divides by 1000.
			for j := i; j >= 0 && toks[j].kind == ','; j-- {
				k *= 1000
			}
		}
	}
	return k
}

// showDate is how a date cell holding x shows it, for a message: its text
// in the cell's format, or the date in ISO form.
func showDate(x float64, nf numFmt, date1904 bool) string {
	t, err := excelize.ExcelDateToTime(x, date1904)
	if err != nil || x < 0 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return formatDate(t, x, nf.pattern())
}

var (
	monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	dayNames   = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// formatDate writes t as the format code shows it. It knows the date and
// time tokens; literals are copied, digit placeholders are not shown.
func formatDate(t time.Time, x float64, code string) string {
	toks := fmtTokens(code, x)
	ampm := slices.ContainsFunc(toks, func(t fmtTok) bool { return t.kind == 'a' })
	var b strings.Builder
	pad := func(v, n int) {
		if n >= 2 {
			fmt.Fprintf(&b, "%02d", v)
		} else {
			b.WriteString(strconv.Itoa(v))
		}
	}
	for i, tk := range toks {
		switch tk.kind {
		case 'y', 'e':
			if tk.kind == 'y' && tk.n <= 2 {
				fmt.Fprintf(&b, "%02d", t.Year()%100)
			} else {
				b.WriteString(strconv.Itoa(t.Year()))
			}
		case 'm':
			// Minutes after an hour or before a second, else the month.
			var prev, next byte
			for j := i - 1; j >= 0 && prev == 0; j-- {
				if k := toks[j].kind; strings.IndexByte("ymdhseE", k) >= 0 {
					prev = k
				}
			}
			for j := i + 1; j < len(toks) && next == 0; j++ {
				if k := toks[j].kind; strings.IndexByte("ymdhseE", k) >= 0 {
					next = k
				}
			}
			minute := prev == 'h' || prev == 'E' || next == 's'
			switch {
			case minute:
				pad(t.Minute(), tk.n)
			case tk.n == 3:
				b.WriteString(monthNames[t.Month()-1][:3])
			case tk.n == 4:
				b.WriteString(monthNames[t.Month()-1])
			case tk.n >= 5:
				b.WriteString(monthNames[t.Month()-1][:1])
			default:
				pad(int(t.Month()), tk.n)
			}
		case 'd':
			switch {
			case tk.n == 3:
				b.WriteString(dayNames[t.Weekday()][:3])
			case tk.n >= 4:
				b.WriteString(dayNames[t.Weekday()])
			default:
				pad(t.Day(), tk.n)
			}
		case 'h':
			h := t.Hour()
			if ampm {
				h = (h+11)%12 + 1
			}
			pad(h, tk.n)
		case 's':
			pad(t.Second(), tk.n)
		case 'E':
			hours := int(x * 24)
			switch tk.text[0] {
			case 'm':
				b.WriteString(strconv.Itoa(int(x * 24 * 60)))
			case 's':
				b.WriteString(strconv.Itoa(int(x * 24 * 3600)))
			default:
				b.WriteString(strconv.Itoa(hours))
			}
		case 'a':
			am := t.Hour() < 12
			switch tk.text {
			case "上午/下午":
				b.WriteString(map[bool]string{true: "上午", false: "下午"}[am])
			case "A/P":
				b.WriteString(map[bool]string{true: "A", false: "P"}[am])
			default:
				b.WriteString(map[bool]string{true: "AM", false: "PM"}[am])
			}
		case 'L':
			b.WriteString(tk.text)
		case '.', ',':
			b.WriteByte(tk.kind)
		}
	}
	if b.Len() == 0 {
		return t.Format("2006-01-02")
	}
	return b.String()
}

// numFmt is a cell's number format: General when the reader has no
// workbook (a table that is not a worksheet).
func (rd *reader) numFmt(m cellMeta) numFmt {
	if rd.wb == nil {
		return numFmt{}
	}
	return rd.wb.styles.numFmt(int(m.style))
}

// date1904 reports whether the workbook's dates count from 1904.
func (rd *reader) date1904() bool { return rd.wb != nil && rd.wb.date1904 }

// isoLayouts are the forms of a t="d" cell's ISO 8601 value.
var isoLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "15:04:05"}

// display returns a cell as the reader reads it. A date cell — a number
// with a date or time format, or a cell of type d — becomes the text it
// shows, or its year alone when the format shows only the year, so that
// a date is never read as the number that Excel stores (44927 for
// 2023-01-01).
func (rd *reader) display(c cell, m cellMeta) cell {
	c.meta = m
	nf := rd.numFmt(m)
	switch m.typ {
	case typNumber:
		if !nf.isDate() {
			return c
		}
		x, err := strconv.ParseFloat(strings.TrimSpace(c.v), 64)
		if err != nil {
			return c
		}
		t, err := excelize.ExcelDateToTime(x, rd.date1904())
		c.date = true
		switch {
		case err == nil && x >= 0 && nf.yearOnly():
			c.v = strconv.Itoa(t.Year())
		default:
			c.v = showDate(x, nf, rd.date1904())
		}
	case typDate:
		c.date = true
		v := strings.TrimSpace(c.v)
		for _, l := range isoLayouts {
			t, err := time.Parse(l, v)
			if err != nil {
				continue
			}
			switch {
			case nf.yearOnly():
				c.v = strconv.Itoa(t.Year())
			case nf.isDate():
				c.v = formatDate(t, 0, nf.pattern())
			case t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && l != "15:04:05":
				c.v = t.Format("2006-01-02")
			default:
				c.v = strings.TrimSuffix(t.Format("2006-01-02 15:04:05"), " 00:00:00")
			}
			break
		}
	}
	return c
}

// dateText matches text that is a date rather than a year: 2023-01-01,
// 2023/1/1, 2023.1.1, 2023年1月, 2023年1月1日, 2023-01, 2023.5.
var dateText = regexp.MustCompile(`^(19|20|21|22)\d\d([-/.]\d{1,2}([-/.]\d{1,2})?|年\d{1,2}月(\d{1,2}日)?)$`)

// looksLikeDate reports whether a header is a date typed as text.
func looksLikeDate(s string) bool { return dateText.MatchString(fold(s)) }
