package xlsx

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// The 指标评估 columns an analyst writes in, and the one report/sheet finds
// the indicator by. They are the contract of the round trip: report/sheet
// reads them back as model.Adjustment.
const (
	colAssessID = "编号"
	colAdjust   = "状态调整"
	colReason   = "调整理由"
	colComment  = "分析意见"
	colPublic   = "公开"
)

// The values of 公开: 是 marks the 分析意见 for the public edition; empty (or
// 否) leaves it to the internal one.
const (
	publicYes = "是"
	publicNo  = "否"
)

// assessLayout is where 指标评估's columns are (1-based).
type assessLayout struct {
	category, id, name, unit, binding, target, base int
	year0                                           int // the first year's column (B+1); the years run to Y
	expected, progress, pace, status, prev          int
	projected                                       int
	band, required, change, lead                    int
	adjust, reason, comment, public                 int
	n                                               int // the number of columns
}

func newAssessLayout(years int) assessLayout {
	var l assessLayout
	next := func() int { l.n++; return l.n }
	l.category, l.id, l.name, l.unit, l.binding, l.target, l.base = next(), next(), next(), next(), next(), next(), next()
	l.year0 = l.n + 1
	l.n += years
	l.expected, l.progress, l.pace, l.status, l.prev, l.projected = next(), next(), next(), next(), next(), next()
	l.band, l.required, l.change, l.lead = next(), next(), next(), next()
	l.adjust, l.reason, l.comment, l.public = next(), next(), next(), next()
	return l
}

// analystHeader is the header of an analysts' column in the report of
// year y: 状态调整(2024年). The year tells people, and report/sheet when a
// spreadsheet has dropped the workbook's custom properties, which
// evaluation the column's texts belong to; report/sheet reads the header
// as 状态调整 (it drops a trailing parenthesis).
func analystHeader(name string, y int) string {
	return name + "(" + zh.Year(y) + ")"
}

// assessHeaders are 指标评估's headers for the plan years B..Y.
func (l assessLayout) headers(b, y, t int) []string {
	h := make([]string, l.n)
	set := func(col int, s string) { h[col-1] = s }
	set(l.category, "类别")
	set(l.id, colAssessID)
	set(l.name, "指标")
	set(l.unit, "单位")
	set(l.binding, "属性")
	set(l.target, "目标")
	set(l.base, fmt.Sprintf("基期值(%d年)", b))
	for i := 0; b+1+i <= y; i++ {
		set(l.year0+i, zh.Year(b+1+i))
	}
	set(l.expected, "预期进度值")
	set(l.progress, "完成进度")
	set(l.pace, "进度比")
	set(l.status, "状态")
	set(l.prev, "上年状态")
	set(l.projected, fmt.Sprintf("预计(%d年)", t))
	set(l.band, "预计完成情况")
	set(l.required, "剩余年份需")
	set(l.change, "较上年")
	set(l.lead, "牵头部门")
	set(l.adjust, analystHeader(colAdjust, y))
	set(l.reason, analystHeader(colReason, y))
	set(l.comment, analystHeader(colComment, y))
	set(l.public, analystHeader(colPublic, y))
	return h
}

// notes are the header notes of 指标评估, by column: templates
// xlsx_note_<name> (xlsx_assess.tmpl), so that nobody takes a result for a
// live formula, or a formula for plancheck's judgment.
func (rp *report) assessNotes(l assessLayout) map[int]string {
	names := map[int]string{
		l.target: "plan", l.base: "value",
		l.expected: "computed", l.progress: "progress", l.pace: "progress",
		l.status: "result", l.prev: "computed", l.projected: "computed", l.band: "computed",
		l.required: "computed", l.change: "computed",
		l.adjust: "adjust", l.reason: "reason", l.comment: "comment", l.public: "public",
	}
	for c := l.year0; c < l.expected; c++ {
		names[c] = "value"
	}
	m := make(map[int]string, len(names))
	for col, name := range names {
		m[col] = rp.say("xlsx_note_"+name, nil)
	}
	return m
}

// assess writes 指标评估 through excelize's stream writer, the one way it
// saves a formula together with a numeric value (its cell API saves a
// formula's value as text). Everything that belongs to the sheet — widths,
// panes, filter, formats, validation, protection, print setup — is set
// before Flush, which writes the sheet once.
func (rp *report) assess() {
	b, res := rp.b, rp.res
	if b.err != nil {
		return
	}
	const sh = sheetAssess
	lay := newAssessLayout(res.Year - res.Plan.BaseYear)
	heads := lay.headers(res.Plan.BaseYear, res.Year, res.Plan.TargetYear)

	fit := true
	if b.err = b.f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); b.err != nil {
		return
	}
	sw, err := b.f.NewStreamWriter(sh)
	if err != nil {
		b.err = err
		return
	}
	ws := rp.assessWidths(lay)
	for i, w := range ws {
		if b.err = sw.SetColWidth(i+1, i+1, w); b.err != nil {
			return
		}
	}
	if b.err = sw.SetPanes(panes(3, 1)); b.err != nil {
		return
	}
	head := make([]any, len(heads))
	hs := b.style(cellStyle{header: true, align: "center"})
	for i, h := range heads {
		head[i] = excelize.Cell{StyleID: hs, Value: h}
	}
	if b.err = sw.SetRow("A1", head, excelize.RowOpts{Height: max(2*lineHeight+2, wrapHeight(heads, ws))}); b.err != nil {
		return
	}
	for i := range res.Indicators {
		ir := &res.Indicators[i]
		cells := rp.assessRow(lay, i+2, ir)
		if err := sw.SetRow(cellName(1, i+2), cells, excelize.RowOpts{Height: rp.assessHeight(lay, ws, ir)}); err != nil {
			b.err = fmt.Errorf("%s: row %d (indicator %s): %w", sh, i+2, ir.ID, err)
			return
		}
	}

	last := len(res.Indicators) + 1
	b.err = b.f.AutoFilter(sh, fmt.Sprintf("A1:%s%d", colName(lay.n), last), nil)
	if last >= 2 {
		rp.assessRules(lay, last)
	}
	// The notes go in before Flush, which writes the sheet's reference to
	// them.
	b.notes(sh, rp.assessNotes(lay))
	b.printSetup(sh, 1, true)
	b.protect(sh)
	if b.err != nil {
		return
	}
	b.err = sw.Flush()
}

// assessRules adds 指标评估's conditional formats, the drop-down list of
// statuses in 状态调整 and that of 是/否 in 公开.
func (rp *report) assessRules(lay assessLayout, last int) {
	b := rp.b
	const sh = sheetAssess
	status := fmt.Sprintf("%s2:%s%d", colName(lay.status), colName(lay.status), last)
	adjust := fmt.Sprintf("%s2:%s%d", colName(lay.adjust), colName(lay.adjust), last)
	// The drop-down covers the whole column, not the rows written, so
	// that it stays on every row whatever a spreadsheet does to the rows.
	adjustColumn := wholeColumn(lay.adjust)

	// A status an analyst replaced is struck through on grey. The rule
	// comes first: Excel then takes its font and fill over the status
	// colours', LibreOffice applies only the first rule that holds.
	strike := b.dxf(dxfStyle{fill: "EDEDED", font: "808080", strike: true})
	if b.err == nil {
		b.err = b.f.SetConditionalFormat(sh, status, []excelize.ConditionalFormatOptions{{
			Type: "formula", Criteria: fmt.Sprintf(`LEN(TRIM($%s2))>0`, colName(lay.adjust)), Format: &strike,
		}})
	}
	b.statusRules(sh, status)
	b.statusRules(sh, fmt.Sprintf("%s2:%s%d", colName(lay.prev), colName(lay.prev), last))
	b.statusRules(sh, adjust)

	if b.err != nil {
		return
	}
	var labels []string
	for _, st := range model.StageStatuses(rp.res.Stage) {
		labels = append(labels, st.Label())
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = adjustColumn
	if b.err = dv.SetDropList(labels); b.err != nil {
		return
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, rp.say("xlsx_adjust_error_title", labels), rp.say("xlsx_adjust_error", labels))
	dv.SetInput(rp.say("xlsx_adjust_prompt_title", labels), rp.say("xlsx_adjust_prompt", labels))
	if b.err != nil {
		return
	}
	if b.err = b.f.AddDataValidation(sh, dv); b.err != nil {
		return
	}
	// 公开: 是 or 否 (empty: not public).
	pv := excelize.NewDataValidation(true)
	pv.Sqref = wholeColumn(lay.public)
	yesNo := []string{publicYes, publicNo}
	if b.err = pv.SetDropList(yesNo); b.err != nil {
		return
	}
	pv.SetError(excelize.DataValidationErrorStyleStop, rp.say("xlsx_public_error_title", yesNo), rp.say("xlsx_public_error", yesNo))
	pv.SetInput(rp.say("xlsx_public_prompt_title", yesNo), rp.say("xlsx_public_prompt", yesNo))
	if b.err != nil {
		return
	}
	b.err = b.f.AddDataValidation(sh, pv)
}

// assessWidths fits 指标评估's columns to their contents, narrow enough
// that the 20-odd columns print legibly on one page's width: long texts
// wrap, headers wrap over two lines.
func (rp *report) assessWidths(lay assessLayout) []float64 {
	ws := make([]float64, lay.n)
	for i := range ws {
		ws[i] = 8
	}
	fixed := map[int]float64{
		lay.id: 5, lay.binding: 7, lay.base: 9, lay.expected: 9, lay.progress: 8, lay.pace: 7,
		lay.status: 12, lay.prev: 12, lay.projected: 9, lay.change: 6, lay.adjust: 12, lay.public: 8,
	}
	for col, w := range fixed {
		ws[col-1] = w
	}
	grow := func(col int, lo, hi float64, s string) {
		ws[col-1] = max(ws[col-1], fitWidth(lo, hi, s))
	}
	for i := range rp.res.Indicators {
		ir := &rp.res.Indicators[i]
		grow(lay.category, 6, 10, ir.CategoryName)
		grow(lay.name, 12, 22, ir.Name)
		grow(lay.unit, 6, 10, ir.Unit)
		grow(lay.target, 8, 14, ir.TargetText)
		grow(lay.band, 8, 12, ir.BandLabel)
		grow(lay.required, 10, 20, rp.words.Required(ir))
		grow(lay.lead, 10, 14, ir.LeadName)
		grow(lay.reason, 14, 24, ir.ManualReason)
		grow(lay.comment, 20, 30, ir.Comment)
		for _, y := range ir.Years {
			if c := lay.year0 + y.Year - rp.res.Plan.BaseYear - 1; y.Year > rp.res.Plan.BaseYear && c < lay.expected {
				grow(c, 8, 12, y.Text)
			}
		}
	}
	return ws
}

// assessHeight is the height row r of 指标评估 needs for its wrapped texts.
func (rp *report) assessHeight(lay assessLayout, ws []float64, ir *eval.IndicatorResult) float64 {
	var texts []string
	var widths []float64
	for col, s := range map[int]string{
		lay.category: ir.CategoryName, lay.name: ir.Name, lay.unit: ir.Unit, lay.target: ir.TargetText,
		lay.band: ir.BandLabel, lay.required: rp.words.Required(ir), lay.lead: ir.LeadName,
		lay.reason: ir.ManualReason, lay.comment: ir.Comment,
	} {
		texts, widths = append(texts, s), append(widths, ws[col-1])
	}
	return wrapHeight(texts, widths)
}

// assessRow is the cells of one indicator's row r.
func (rp *report) assessRow(lay assessLayout, r int, ir *eval.IndicatorResult) []any {
	b, base, targetYear := rp.b, rp.res.Plan.BaseYear, rp.res.Plan.TargetYear
	ind := rp.in.indicator(ir.ID)
	nf := numFmt(ir.Decimals)
	wrap := b.style(cellStyle{wrap: true})
	center := b.style(cellStyle{align: "center"})
	num := b.style(cellStyle{numFmt: nf})
	numCenter := b.style(cellStyle{numFmt: nf, align: "center"})
	cells := make(rowCells, lay.n)
	put, formula := cells.put, cells.formula

	put(lay.category, ir.CategoryName, wrap)
	put(lay.id, ir.ID, center)
	put(lay.name, ir.Name, wrap)
	put(lay.unit, ir.Unit, center)
	put(lay.binding, bindingLabel(ir.Binding), center)
	put(lay.target, ir.TargetText, wrap)

	// 基期值: the plan's baseline, or 指标数据's base-year value. Only the
	// latter is a formula; known tells the progress formula whether the
	// cell holds a base it can use.
	baseCell := cellName(lay.base, r)
	baseKnown, baseNumeric := false, true
	if dr, ok := rp.dataRows[idYear{ir.ID, base}]; ok && ind.Baseline == nil {
		v := rp.dataValue(ind, dr)
		_, isText := v.(string)
		baseKnown, baseNumeric = true, !isText
		rp.showValue(cells, lay.base, ir.ID, base, v, numCenter)
	} else {
		baseKnown = ir.Baseline != nil
		put(lay.base, number(ir.Baseline), numCenter)
	}

	// The year cells show 指标数据's values, looked up by id and year, so
	// that the one place to correct a value is 指标数据 and this row
	// follows it, wherever its row is.
	yearsNumeric := true
	for y := base + 1; y <= rp.res.Year; y++ {
		col := lay.year0 + y - base - 1
		var v any = ""
		if dr, ok := rp.dataRows[idYear{ir.ID, y}]; ok {
			v = rp.dataValue(ind, dr)
		}
		if s, isText := v.(string); isText && s != "" {
			yearsNumeric = false
		}
		rp.showValue(cells, col, ir.ID, y, v, numCenter)
	}

	put(lay.expected, number(ir.Expected), num)
	pct := b.style(cellStyle{numFmt: "0.0%"})
	ratio := b.style(cellStyle{numFmt: "0.00"})
	progressCell := cellName(lay.progress, r)
	yCell := cellName(lay.year0+rp.res.Year-base-1, r)
	firstYear, lastYear := cellName(lay.year0, r), yCell
	n := rp.res.Year - base
	var progress string
	switch ir.Kind {
	case model.Level, model.Delta:
		// p = (v_Y − base)/(target − base), as report/eval computes it:
		// for delta the target is base + value, so that the arithmetic
		// (and its rounding) is the same. A target equal to the base is
		// judged as holding it (model.ReasonHoldLevel), which no ratio says.
		if !baseKnown || !baseNumeric || !yearsNumeric || ir.TargetValue == nil || ir.Reason == model.ReasonHoldLevel {
			break
		}
		target := formulaNumber(*ir.TargetValue)
		if ir.Kind == model.Delta {
			target = fmt.Sprintf("(%s+%s)", baseCell, formulaNumber(ind.Target))
		}
		progress = fmt.Sprintf(`IFERROR((%s-%s)/(%s-%s),"")`, yCell, baseCell, target, baseCell)
	case model.Cumulative:
		// p = Σ values / target, once every year has its value.
		if !yearsNumeric || ind.Target == 0 {
			break
		}
		progress = fmt.Sprintf(`IF(COUNT(%s:%s)=%d,SUM(%s:%s)/%s,"")`, firstYear, lastYear, n, firstYear, lastYear, formulaNumber(ind.Target))
	}
	if progress != "" {
		formula(lay.progress, progress, number(ir.Progress), pct)
		// R = p / s, s = (Y−B)/(T−B).
		pace := fmt.Sprintf(`IF(ISNUMBER(%s),%s/(%d/%d),"")`, progressCell, progressCell, n, targetYear-base)
		formula(lay.pace, pace, number(ir.PaceRatio), ratio)
	} else {
		put(lay.progress, number(ir.Progress), pct)
		put(lay.pace, number(ir.PaceRatio), ratio)
	}

	put(lay.status, computedLabel(ir), center)
	put(lay.prev, ir.PrevStatus.Label(), center)
	put(lay.projected, number(ir.Projected), num)
	put(lay.band, ir.BandLabel, center)
	put(lay.required, rp.words.Required(ir), wrap)
	put(lay.change, ir.ChangeLabel, center)
	put(lay.lead, ir.LeadName, wrap)

	open := b.style(cellStyle{unlocked: true, align: "center"})
	openWrap := b.style(cellStyle{unlocked: true, wrap: true})
	adjust, reason := "", ""
	if ir.Manual {
		adjust, reason = statusLabel(ir), ir.ManualReason
	}
	put(lay.adjust, adjust, open)
	put(lay.reason, reason, openWrap)
	put(lay.comment, ir.Comment, openWrap)
	public := ""
	if ir.CommentPublic {
		public = publicYes
	}
	put(lay.public, public, open)
	return cells
}

// dataValue is what 指标数据's value cell on row dr holds: a number, a
// text (yes/no, 约…), or "" for an empty row.
func (rp *report) dataValue(ind *eval.InputIndicator, dr int) any {
	o := rp.in.values[dr-2].obs
	if o == nil {
		return ""
	}
	return cellValue(o, ind.YesNo)
}

// showValue puts into cells at col the formula that shows 指标数据's value
// of indicator id in year y, saved with v, what it shows now: a number
// through a numeric lookup, a text through a text lookup.
func (rp *report) showValue(cells rowCells, col int, id string, y int, v any, st int) {
	values := newLookup(sheetValues, colIndex(valueColumns, colID), colIndex(valueColumns, colYear), len(rp.in.values))
	vc := colIndex(valueColumns, colValue)
	f, ok := values.number(vc, id, y)
	if s, isText := v.(string); isText && s != "" {
		f, ok = values.text(vc, id, y)
	}
	if !ok {
		cells.put(col, v, st)
		return
	}
	cells.formula(col, f, v, st)
}

// wholeColumn is column col from row 2 to the sheet's last row: where a
// drop-down or a check of what is typed goes, so that it stays on rows
// inserted, sorted or added below.
func wholeColumn(col int) string {
	return fmt.Sprintf("%s2:%s%d", colName(col), colName(col), excelize.TotalRows)
}

// formulaNumber writes v into a formula exactly: the shortest decimal that
// reads back as v.
func formulaNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if v < 0 {
		return "(" + s + ")"
	}
	return s
}
