package sheet

import (
	"sort"
	"strings"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// AssessmentSheet is the sheet of plancheck's own Excel report where
// analysts adjust statuses and write their analysis. When that workbook
// comes back as an input, its 状态调整, 调整理由, 分析意见 and 公开 columns
// are read as model.Adjustments; everything else on the sheet is
// plancheck's output and is ignored. 公开 marks the 分析意见 for the public
// edition: 是 (yes, true) is Adjustment.Public, 否 (no, false) or empty is
// not; any other text is an error naming the cell. A workbook without the
// column (one written before it) reads as nothing marked public.
//
// The adjustments belong to the evaluation year of the report they were
// written in: the workbook's custom property PropYear, or, when a
// spreadsheet dropped it, the year in the analysts' headers
// (状态调整(2024年)). It becomes each model.Adjustment's Year; a workbook
// that records no year gives 0. A property and a header that disagree are
// an error.
//
// A merged range within one analysts' column (状态调整 merged down over
// three rows, say) applies its text to every row it covers. A merged range
// across columns that touches an analysts' column, or that covers the
// 编号 of more than one row, is an error naming the range: it cannot be
// told which indicator or column its text is for.
const AssessmentSheet = "指标评估"

// The columns of AssessmentSheet that are read.
const (
	colAdjustStatus = "状态调整"
	colAdjustReason = "调整理由"
	colComment      = "分析意见"
	colPublic       = "公开"
)

// analystField is one analysts' column: its field, as readTable names it,
// and its header.
type analystField struct{ field, header string }

// analystFields are the analysts' columns of 指标评估.
var analystFields = []analystField{
	{"status", colAdjustStatus}, {"reason", colAdjustReason}, {"comment", colComment}, {"public", colPublic},
}

// parsePublic reads a 公开 cell: 是, yes or true (any case) is true; 否,
// no, false or empty is false; ok is false for anything else.
func parsePublic(s string) (public, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "是", "yes", "true":
		return true, true
	case "", "否", "no", "false":
		return false, true
	}
	return false, false
}

// readAdjustments reads the analysts' columns of the 指标评估 sheet. A
// status adjustment must name a known status and give its reason.
func (rd *reader) readAdjustments(sheet string) []model.Adjustment {
	t, ok := rd.readTable(sheet, map[string][]string{
		"id": {"编号", "指标编号", "id"}, "status": {colAdjustStatus}, "reason": {colAdjustReason}, "comment": {colComment},
		"public": {colPublic},
	}, "id", "status")
	if !ok {
		return nil
	}
	year, ok := t.adjustYear()
	if !ok {
		return nil
	}
	rows, ok := t.analystRows()
	if !ok {
		return nil
	}
	var out []model.Adjustment
	for i := range rows {
		r := &rows[i]
		status, reason, comment := t.get(r, "status"), t.get(r, "reason"), t.get(r, "comment")
		public, ok := parsePublic(t.get(r, "public"))
		if !ok {
			if !t.sr.errorf(t.cell(r, "public"), tr.Format("sheet.publicFlag"), quoteProp(t.get(r, "public"))) {
				break
			}
			continue
		}
		if status == "" && reason == "" && comment == "" {
			continue // 公开 without a 分析意见 publishes nothing
		}
		id := t.get(r, "id")
		ind := rd.p.FindIndicator(id)
		if id == "" {
			if !t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.adjNoID")) {
				break
			}
			continue
		}
		if ind == nil {
			if !t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.adjUnknown"), quoteProp(id)) {
				break
			}
			continue
		}
		statusCell := t.cell(r, "status")
		a := model.Adjustment{ID: ind.ID, Reason: reason, Comment: comment, Year: year, At: t.sr.loc(statusCell), Public: public}
		if status == "" {
			a.At = t.sr.loc(t.cell(r, "comment"))
			if reason != "" && comment == "" {
				// A reason without a status changes nothing; keep it as the analysis.
				a.Comment = reason
			}
			out = append(out, a)
			continue
		}
		st, ok := model.ParseStatus(status)
		switch {
		case !ok:
			labels := make([]string, 0, len(model.Statuses()))
			for _, s := range model.Statuses() {
				labels = append(labels, s.Label())
			}
			t.sr.errorf(statusCell, tr.Format("sheet.adjStatus"), quoteProp(status), strings.Join(labels, "、"))
			continue
		case reason == "":
			t.sr.errorf(statusCell, tr.Format("sheet.adjNoReason"), quoteProp(status), ind.ID, ind.Name, t.cell(r, "reason"))
			continue
		}
		a.Status = string(st)
		out = append(out, a)
	}
	return out
}

// header is the table's header row.
func (t *table) header() *gridRow {
	// readTable keeps the rows below the header, a tail of the sheet's.
	return &t.sr.rows[len(t.sr.rows)-len(t.rows)-1]
}

// adjustYear is the evaluation year 指标评估's analysts' columns belong to
// (analystYear).
func (t *table) adjustYear() (int, bool) { return t.analystYear(analystFields) }

// analystRows are 指标评估's rows with its analysts' columns' merged ranges
// spread (analystRowsOf).
func (t *table) analystRows() ([]gridRow, bool) { return t.analystRowsOf(analystFields, "indicator") }

// analystYear is the evaluation year the analysts' columns (fields) belong
// to: the workbook's PropYear, else the year their headers state, else 0.
// A header that states another year than the property, or two headers that
// state different years, are an error at the header.
func (t *table) analystYear(fields []analystField) (int, bool) {
	pr, _ := t.sr.rd.props() // checkReport has reported its problems
	h := t.header()
	year, from := pr.year, ""
	if year != 0 {
		from = tr.Sprintf("sheet.fromProp", PropYear)
	}
	for _, af := range fields {
		col := t.cols[af.field]
		if col == 0 {
			continue
		}
		y := headerYear(h.get(col))
		switch {
		case y == 0:
		case year == 0:
			year, from = y, tr.Sprintf("sheet.fromHeader", cellName(col, h.num))
		case y != year:
			t.sr.errorf(cellName(col, h.num), tr.Format("sheet.adjYears"),
				quoteProp(h.get(col)), y, from, year)
			return 0, false
		}
	}
	return year, true
}

// analystRowsOf are the table's rows with each merged range of one analysts'
// column (of fields) spread over the rows it covers. A merged range the
// analysts' columns cannot be read through is an error naming it: one
// across columns, over the header, or covering the 编号 of several rows.
// what names the rows' subject in the message (indicator).
func (t *table) analystRowsOf(fields []analystField, what string) ([]gridRow, bool) {
	merges, ok := t.sr.merges()
	if !ok {
		return nil, false
	}
	top := t.header().num
	analyst := map[int]string{}
	var headers []string
	for _, af := range fields {
		headers = append(headers, af.header)
		if c := t.cols[af.field]; c > 0 {
			analyst[c] = af.header
		}
	}
	idCol := t.cols["id"]
	fill := map[int]map[int]string{} // row → column → the merge's text
	bad := false
	for _, m := range merges {
		if m.r2 <= top {
			continue // within the header
		}
		var names []string
		for c := m.c1; c <= m.c2; c++ {
			if name, ok := analyst[c]; ok {
				names = append(names, name)
			}
		}
		coversID := m.c1 <= idCol && idCol <= m.c2 && (m.r1 < m.r2 || m.c1 != idCol)
		var msg string
		switch {
		case len(names) == 0 && !coversID:
			continue // plancheck's own columns, such as 类别 merged down
		case m.r1 <= top:
			msg = tr.Sprintf("sheet.mergeHeader", m.ref)
		case len(names) > 0 && m.c1 != m.c2:
			msg = tr.Sprintf("sheet.mergeCols", m.ref, strings.Join(names, " and "))
		case coversID:
			msg = tr.Sprintf("sheet.mergeID", m.ref)
		default:
			// One analysts' column, down several rows: the text is each
			// row's. A row it covers must be an indicator's.
			v := t.sr.raw(m.c1, m.r1).v
			if strings.TrimSpace(v) == "" {
				continue
			}
			from := sort.Search(len(t.rows), func(i int) bool { return t.rows[i].num >= m.r1 })
			r := m.r1
			for i := from; i < len(t.rows) && t.rows[i].num <= m.r2; i++ {
				if t.rows[i].num != r {
					break
				}
				if fill[r] == nil {
					fill[r] = map[int]string{}
				}
				fill[r][m.c1] = v
				r++
			}
			if r > m.r2 {
				continue
			}
			msg = tr.Sprintf("sheet.mergeNoID", m.ref, r)
		}
		bad = true
		if !t.sr.errorf(m.ref, tr.Format("sheet.mergeWhich"), msg, what, what, joinAnd(headers)) {
			break
		}
	}
	if bad {
		return nil, false
	}
	if len(fill) == 0 {
		return t.rows, true
	}
	rows := make([]gridRow, len(t.rows))
	for i, r := range t.rows {
		if cols, ok := fill[r.num]; ok {
			r = withCells(r, cols)
		}
		rows[i] = r
	}
	return rows, true
}

// joinAnd lists names as a message does: a, b and c.
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// withCells is a copy of r with the cells of cols (column → text) set.
func withCells(r gridRow, cols map[int]string) gridRow {
	out := gridRow{num: r.num}
	for _, c := range r.cells {
		if _, ok := cols[c.col]; !ok {
			out.cells = append(out.cells, c)
		}
	}
	for col, v := range cols {
		out.cells = append(out.cells, cell{col: col, v: v})
	}
	sort.Slice(out.cells, func(i, j int) bool { return out.cells[i].col < out.cells[j].col })
	return out
}
