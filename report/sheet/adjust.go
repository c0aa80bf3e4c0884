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
	t, ok := rd.readTable(sheet, map[string][]string{
		"id": {"编号", "指标编号", "id"}, "status": {colAdjustStatus}, "reason": {colAdjustReason}, "comment": {colComment},
	}, "id", "status")
	if !ok {
		return nil
	}
	var out []model.Adjustment
	for i := range t.rows {
		r := &t.rows[i]
		status, reason, comment := t.get(r, "status"), t.get(r, "reason"), t.get(r, "comment")
		if status == "" && reason == "" && comment == "" {
			continue
		}
		id := t.get(r, "id")
		ind := rd.p.FindIndicator(id)
		if ind == nil {
			if !t.sr.errorf(t.cell(r, "id"), "unknown indicator %q next to an adjustment or analysis; keep the 编号 plancheck wrote", id) {
				break
			}
			continue
		}
		statusCell := t.cell(r, "status")
		a := model.Adjustment{ID: ind.ID, Reason: reason, Comment: comment, At: t.sr.loc(statusCell)}
		if status == "" {
			a.At = t.sr.loc(t.cell(r, "comment"))
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
			t.sr.errorf(statusCell, "状态调整 %q is not a status; write one of %s, or leave it empty to keep the computed status", status, strings.Join(labels, "、"))
			continue
		case reason == "":
			t.sr.errorf(statusCell, "状态调整 %q for indicator %q (%s) has no 调整理由; write the reason in %s, or clear the adjustment", status, ind.ID, ind.Name, t.cell(r, "reason"))
			continue
		}
		a.Status = string(st)
		out = append(out, a)
	}
	return out
}
