package sheet

import (
	"io"
	"strings"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// ProblemSheet is the sheet of plancheck's own Excel report that lists the
// year's major problems (重大问题), one row each: 规则 (the labels of every
// rule that fired, joined by "、"), 编号, 名称, 属性, 牵头部门, 状态, 说明.
const ProblemSheet = "重大问题"

// PropPlan is the custom document property naming the plan's id in
// plancheck's Excel report, when the report records it. ReadPrevious
// compares it with the plan's; a report without it is taken to be the
// plan's, its ids checked against the plan's.
const PropPlan = "PlancheckPlan"

// ReadPrevious reads plancheck's own Excel report of an earlier year
// (last year's, given to report as --previous) with DefaultOptions: its
// evaluation year (the custom property PlancheckYear, else the year of
// the 指标评估 headers, 状态调整(2024年)), its major problems (the 重大问题
// sheet) and its analysts' comments (the 分析意见 column of 指标评估). name
// is how messages name the file; p is the plan the report was written for,
// whose indicator, task and project ids every row must name.
//
// The error, when not nil, is an ErrorList naming the file, sheet and
// cell of each problem: a file that is not plancheck's Excel report (a
// monitoring workbook, any other workbook), a report that records no year
// or names another plan, a row whose 编号 the plan does not have, a 规则
// or 状态 that is not one of plancheck's labels. The Previous is then nil.
func ReadPrevious(r io.Reader, name string, p *model.Plan) (*model.Previous, error) {
	var prev *model.Previous
	err := Options{}.open(r, name, p, tr.Format("sheet.lastYears"), false, func(rd *reader) (err error) {
		prev, err = rd.previous()
		return err
	})
	if err != nil {
		return nil, err
	}
	return prev, nil
}

// previous reads the report's year, problems and comments.
func (rd *reader) previous() (*model.Previous, error) {
	sheets := rd.wb.sheets
	pr, problem := rd.props()
	if problem != "" {
		rd.errorf(model.Loc{File: rd.file}, "%s", problem)
		return nil, rd.errs
	}
	assess, problems := "", ""
	values := false
	for _, s := range sheets {
		switch n := fold(s); {
		case n == AssessmentSheet && assess == "":
			assess = s
		case n == ProblemSheet && problems == "":
			problems = s
		default:
			if k, ok := sheetKind(s); ok && k == kindValues {
				values = true
			}
		}
	}
	if assess == "" && pr.year == 0 && !pr.hasSheets {
		what := tr.Format("sheet.pNotReport") + PropYear
		if values {
			what = tr.Format("sheet.pMonitoring")
		}
		rd.errorf(model.Loc{File: rd.file}, tr.Format("sheet.pTakes"), what, sheetList(sheets))
		return nil, rd.errs
	}
	rd.checkReport(sheets)
	if len(rd.errs) > 0 {
		return nil, rd.errs
	}
	if id := rd.planProp(); id != "" && id != rd.p.ID {
		rd.errorf(model.Loc{File: rd.file}, tr.Format("sheet.pOtherPlan"), quoteProp(id), PropPlan, rd.p.ID, rd.p.ID)
		return nil, rd.errs
	}
	if assess == "" {
		rd.errorf(model.Loc{File: rd.file}, tr.Format("sheet.pNoAssess"), sheetList(sheets))
		return nil, rd.errs
	}
	if problems == "" {
		rd.errorf(model.Loc{File: rd.file}, tr.Format("sheet.pNoSheet"), ProblemSheet, ProblemSheet, sheetList(sheets))
		return nil, rd.errs
	}
	prev := &model.Previous{File: rd.file}
	year, comments, ok := rd.previousComments(assess)
	if !ok {
		return nil, rd.errs
	}
	if year == 0 {
		rd.errorf(model.Loc{File: rd.file, Sheet: assess}, tr.Format("sheet.pNoYear"), PropYear)
		return nil, rd.errs
	}
	prev.Year, prev.Comments = year, comments
	prev.Problems = rd.previousProblems(problems)
	if len(rd.errs) > 0 {
		return nil, rd.errs
	}
	return prev, nil
}

// planProp is the report's PropPlan, "" when it has none.
func (rd *reader) planProp() string {
	props, err := rd.f.GetCustomProps()
	if err != nil {
		return "" // props has reported it
	}
	for _, p := range props {
		if p.Name == PropPlan {
			if s, ok := p.Value.(string); ok {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

// previousComments reads the 分析意见 of 指标评估, and the year its
// analysts' columns belong to (0 when recorded nowhere).
func (rd *reader) previousComments(sheet string) (int, []model.PreviousComment, bool) {
	t, ok := rd.readTable(sheet, map[string][]string{
		"id": {"编号", "指标编号", "id"}, "name": {"指标", "指标名称"},
		"status": {colAdjustStatus}, "reason": {colAdjustReason}, "comment": {colComment},
	}, "id", "comment")
	if !ok {
		return 0, nil, false
	}
	year, ok := t.adjustYear()
	if !ok {
		return 0, nil, false
	}
	rows, ok := t.analystRows()
	if !ok {
		return 0, nil, false
	}
	var out []model.PreviousComment
	for i := range rows {
		r := &rows[i]
		comment := t.get(r, "comment")
		if comment == "" {
			continue
		}
		id := t.get(r, "id")
		ind := rd.p.FindIndicator(id)
		if ind == nil {
			msg := tr.Format("sheet.pNoID")
			if id != "" {
				msg = tr.Sprintf("sheet.pUnknown", quoteProp(id), rd.p.ID)
			}
			if !t.sr.errorf(t.cell(r, "id"), "%s", msg) {
				break
			}
			continue
		}
		out = append(out, model.PreviousComment{ID: ind.ID, Name: ind.Name, Comment: comment})
	}
	return year, out, len(rd.errs) == 0
}

// previousProblems reads the rows of 重大问题. A row with neither 编号 nor
// 名称 is a note (未发现重大问题。) and is skipped.
func (rd *reader) previousProblems(sheet string) []model.PreviousProblem {
	t, ok := rd.readTable(sheet, map[string][]string{
		"rule": {"规则"}, "id": {"编号"}, "name": {"名称"}, "kind": {"属性"}, "status": {"状态"},
	}, "rule", "id")
	if !ok {
		return nil
	}
	var out []model.PreviousProblem
	for i := range t.rows {
		r := &t.rows[i]
		id, name, kind := t.get(r, "id"), t.get(r, "name"), t.get(r, "kind")
		if id == "" {
			if name != "" {
				if !t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.pProblemNoID"), quoteProp(name)) {
					break
				}
			}
			continue
		}
		pb := model.PreviousProblem{Name: name}
		switch kind {
		case TaskSheet:
			if tk := rd.p.FindTask(id); tk != nil {
				pb.Task, pb.Name = tk.ID, tk.Title
			}
		case ProjectSheet:
			if pj := rd.p.FindProject(id); pj != nil {
				pb.Project, pb.Name = pj.ID, pj.Name
			}
		default:
			if ind := rd.p.FindIndicator(id); ind != nil {
				pb.Indicator, pb.Name = ind.ID, ind.Name
			}
		}
		if pb.Indicator == "" && pb.Task == "" && pb.Project == "" {
			what := tr.Format("sheet.what.indicator")
			switch kind {
			case TaskSheet:
				what = tr.Format("sheet.pTask")
			case ProjectSheet:
				what = tr.Format("sheet.pProject")
			}
			if !t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.pUnknownOf"), what, quoteProp(id), rd.p.ID, what) {
				break
			}
			continue
		}
		rules, ok := parseRules(t.get(r, "rule"))
		if !ok {
			var labels []string
			for _, rl := range model.ProblemRules() {
				labels = append(labels, rl.Label())
			}
			if !t.sr.errorf(t.cell(r, "rule"), tr.Format("sheet.pRule"), quoteProp(t.get(r, "rule")), strings.Join(labels, ", ")) {
				break
			}
			continue
		}
		pb.Rules = rules
		if pb.Indicator != "" {
			if text := t.get(r, "status"); text != "" {
				st, ok := model.ParseStatus(text)
				if !ok {
					if !t.sr.errorf(t.cell(r, "status"), tr.Format("sheet.pStatus"), quoteProp(text)) {
						break
					}
					continue
				}
				pb.Status = st
			}
		}
		out = append(out, pb)
	}
	return out
}

// parseRules reads a 规则 cell: rule labels (or ids) joined by "、".
func parseRules(text string) ([]model.ProblemRule, bool) {
	var out []model.ProblemRule
	for _, part := range strings.Split(text, "、") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		r, ok := model.ParseProblemRule(part)
		if !ok {
			return nil, false
		}
		out = append(out, r)
	}
	return out, len(out) > 0
}
