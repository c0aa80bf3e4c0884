package sheet

import (
	"strings"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// ProposalSheet is the sheet of plancheck's own Excel report where
// analysts choose how each indicator that will miss its target (in the
// final year: that missed it) is to be handled: 规划调整建议. When that
// workbook comes back as an input, its 建议处理方式 and 理由 columns are
// read as model.Proposals; everything else on the sheet is plancheck's
// output and is ignored, except 拟定处理方式, plancheck's own proposal, which
// tells a handling the analysts changed from one they kept.
//
// A row gives a Proposal when its 建议处理方式 differs from 拟定处理方式 (it
// then needs its 理由), or when it has a 理由 (an empty 建议处理方式 then
// keeps the proposed one); a row as plancheck wrote it, the proposal kept
// without a reason, gives none. A handling that is not one of
// model.Handlings is an error at its cell listing the valid ones.
//
// The choices belong to the evaluation year of the report, as the
// adjustments of AssessmentSheet do: the workbook's PropYear, else the
// year in the headers (建议处理方式(2025年)), else 0; it becomes each
// Proposal's Year, for the caller to drop another year's.
const ProposalSheet = "规划调整建议"

// The columns of ProposalSheet that are read.
const (
	colProposed = "拟定处理方式"
	colHandling = "建议处理方式"
	colWhy      = "理由"
)

// proposalFields are ProposalSheet's analysts' columns.
var proposalFields = []analystField{{"handling", colHandling}, {"reason", colWhy}}

// readProposals reads the analysts' columns of the 规划调整建议 sheet.
func (rd *reader) readProposals(sheet string) []model.Proposal {
	t, ok := rd.readTable(sheet, map[string][]string{
		"id": {"编号", "指标编号", "id"}, "proposed": {colProposed}, "handling": {colHandling, "处理方式", "handling"}, "reason": {colWhy, "reason"},
	}, "id", "handling")
	if !ok {
		return nil
	}
	year, ok := t.analystYear(proposalFields)
	if !ok {
		return nil
	}
	rows, ok := t.analystRowsOf(proposalFields, "indicator")
	if !ok {
		return nil
	}
	var out []model.Proposal
	for i := range rows {
		r := &rows[i]
		handling, reason, proposed := t.get(r, "handling"), t.get(r, "reason"), t.get(r, "proposed")
		if handling == "" && reason == "" {
			continue
		}
		id := t.get(r, "id")
		ind := rd.p.FindIndicator(id)
		switch {
		case id == "":
			if !t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.propNoID")) {
				return out
			}
			continue
		case ind == nil:
			if !t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.propUnknown"), quoteProp(id)) {
				return out
			}
			continue
		}
		cell := t.cell(r, "handling")
		typed := handling
		if typed == "" {
			// A reason for the proposal as it stands.
			typed = proposed
		}
		h, ok := model.ParseHandling(typed)
		if !ok {
			what := tr.Sprintf("sheet.propNotHandling", quoteProp(typed))
			if handling == "" {
				what = tr.Format("sheet.propNoHandling")
			}
			t.sr.errorf(cell, tr.Format("sheet.propBad"), what, ind.ID, ind.Name, handlingLabels())
			continue
		}
		p, known := model.ParseHandling(proposed)
		changed := !known || p != h
		switch {
		case changed && reason == "":
			from := tr.Sprintf("sheet.propWas", quoteProp(proposed))
			if !known {
				from = tr.Format("sheet.propProposed")
			}
			t.sr.errorf(cell, tr.Format("sheet.propNoReason"), quoteProp(handling), ind.ID, ind.Name, from, t.cell(r, "reason"))
			continue
		case !changed && reason == "":
			continue // the proposal as plancheck wrote it
		}
		out = append(out, model.Proposal{ID: ind.ID, Handling: typed, Reason: reason, Year: year, At: t.sr.loc(cell)})
	}
	return out
}

// handlingLabels lists the handlings' labels for a message.
func handlingLabels() string {
	var ls []string
	for _, h := range model.Handlings() {
		ls = append(ls, quoteProp(h.Label()))
	}
	return joinOr(ls)
}

// joinOr lists names as a message does: a, b or c.
func joinOr(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
