package sheet

import (
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// AssessmentSheet is the sheet of plancheck's own Excel report where
// analysts adjust statuses and write their analysis. When that workbook
// comes back as an input, its 状态调整, 调整理由 and 分析意见 columns are read
// as model.Adjustments; everything else on the sheet is plancheck's output
// and is ignored.
const AssessmentSheet = "指标评估"

// The columns of AssessmentSheet that are read.
const (
	colAdjustStatus = "状态调整"
	colAdjustReason = "调整理由"
	colComment      = "分析意见"
)

// readAdjustments reads the analysts' columns of the 指标评估 sheet. A
// status adjustment must name a known status and give its reason.
func (rd *reader) readAdjustments(sheet string) []model.Adjustment {
	sr := &sheetReader{rd: rd, sheet: sheet}
	if !sr.scan() || !sr.measure() {
		return nil
	}
	// The header: the first row (of the first ten) with an id and 状态调整.
	var head *gridRow
	cols := map[string]int{}
	for i := range sr.rows {
		r := &sr.rows[i]
		if r.num > HeaderRows {
			break
		}
		found := map[string]int{}
		for _, c := range r.cells {
			switch h := normHeader(c.v); h {
			case "编号", "指标编号", "id":
				found["id"] = c.col
			case colAdjustStatus, colAdjustReason, colComment:
				found[h] = c.col
			}
		}
		if found["id"] > 0 && found[colAdjustStatus] > 0 {
			head, cols = r, found
			break
		}
	}
	if head == nil {
		rd.errorf(sr.loc(""), "no header row with 编号 and %s in the first %d rows; this sheet is plancheck's report — keep its header row as written", colAdjustStatus, HeaderRows)
		return nil
	}
	var out []model.Adjustment
	for i := range sr.rows {
		r := &sr.rows[i]
		if r.num <= head.num {
			continue
		}
		get := func(key string) string {
			if c := cols[key]; c > 0 {
				return strings.TrimSpace(r.get(c))
			}
			return ""
		}
		status, reason, comment := get(colAdjustStatus), get(colAdjustReason), get(colComment)
		if status == "" && reason == "" && comment == "" {
			continue
		}
		idCell := cellName(cols["id"], r.num)
		statusCell := cellName(cols[colAdjustStatus], r.num)
		id := get("id")
		ind := rd.p.FindIndicator(id)
		if ind == nil {
			if !sr.errorf(idCell, "unknown indicator %q next to an adjustment or analysis; keep the 编号 plancheck wrote", id) {
				break
			}
			continue
		}
		a := model.Adjustment{ID: ind.ID, Reason: reason, Comment: comment, At: sr.loc(statusCell)}
		if status == "" {
			a.At = sr.loc(cellName(cols[colComment], r.num))
			if reason != "" && comment == "" {
				// A reason without a status changes nothing; keep it as the analysis.
				a.Comment = reason
			}
			out = append(out, a)
			continue
		}
		st, ok := eval.ParseStatus(status)
		switch {
		case !ok:
			labels := make([]string, 0, len(eval.Statuses()))
			for _, s := range eval.Statuses() {
				labels = append(labels, s.Label())
			}
			sr.errorf(statusCell, "状态调整 %q is not a status; write one of %s, or leave it empty to keep the computed status", status, strings.Join(labels, "、"))
			continue
		case reason == "":
			sr.errorf(statusCell, "状态调整 %q for indicator %q (%s) has no 调整理由; write the reason in %s, or clear the adjustment", status, ind.ID, ind.Name, cellName(cols[colAdjustReason], r.num))
			continue
		}
		a.Status = string(st)
		out = append(out, a)
	}
	return out
}
