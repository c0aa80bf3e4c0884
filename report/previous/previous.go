// Package previous reads last year's report, given to plancheck report as
// --previous, into a model.Previous: the year it evaluated, its major
// problems and its analysts' 分析意见, which this year's evaluation follows
// up (eval.Result.FollowUp).
//
// Last year's report is either plancheck's JSON report (<plan>_<year>.json,
// an eval.Result) or its Excel report (<plan>_<year>.xlsx, read by
// report/sheet, where excelize lives). Which one it is is told from the
// bytes, not the file name. Every refusal names the file (and, for the
// Excel report, the sheet and cell, or for the JSON the field) and says
// what to give instead.
package previous

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"plancheck/report/model"
	"plancheck/report/msg"
	"plancheck/report/sheet"
)

// MaxSize is the largest file Read reads: the Excel reader's own limit. A
// report's JSON is some hundreds of kilobytes.
var MaxSize = sheet.DefaultOptions.MaxFileSize

// Report is last year's report as read: what the evaluation follows up,
// and whose report it is.
type Report struct {
	Previous model.Previous
	// Plan is the plan id the report records (the JSON's plan.id, the
	// Excel's custom property PlancheckPlan); "" when it records none.
	// Read has checked that it is the plan's.
	Plan string
	// Department is the lead department a department's report is for
	// (the JSON's department.id); "" for the whole plan's report, and for
	// an Excel report, which does not record it.
	Department string
}

// Read reads last year's report from r, named name in messages (the path
// as typed after --previous), for the plan p. It refuses a file that is
// neither plancheck's JSON nor its Excel report, a report of another plan,
// and one whose problems or comments name an indicator, task or project
// the plan does not have. It does not check the year; see Check.
func Read(r io.Reader, name string, p *model.Plan) (*Report, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, msg.Errorf("prev.cannotRead", name, err)
	}
	if int64(len(data)) > MaxSize {
		return nil, msg.Errorf("prev.tooBig", name, MaxSize>>20)
	}
	switch kindOf(data) {
	case kindJSON:
		return readJSON(data, name, p)
	case kindExcel:
		prev, err := sheet.ReadPrevious(bytes.NewReader(data), name, p)
		if err != nil {
			return nil, err
		}
		rep := &Report{Previous: *prev}
		rep.Previous.File = name
		return rep, nil
	}
	what := msg.Format("prev.empty")
	if len(data) > 0 {
		what = msg.Format("prev.neither")
	}
	return nil, msg.Errorf("prev.notReport", name, what, p.ID, p.ID)
}

type kind int

const (
	kindOther kind = iota
	kindJSON
	kindExcel
)

// kindOf tells a JSON object (after a byte-order mark and white space)
// from a zip or OLE file (an .xlsx, or an .xls or a protected workbook,
// which report/sheet refuses with how to convert it).
func kindOf(data []byte) kind {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte{0xd0, 0xcf, 0x11, 0xe0}):
		return kindExcel
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(t) > 0 && t[0] == '{' {
		return kindJSON
	}
	return kindOther
}

// result is the part of eval.Result's JSON that is read. Pointers tell a
// field that is absent from one that is zero.
type result struct {
	Plan *struct {
		ID string `json:"id"`
	} `json:"plan"`
	Year       *int          `json:"year"`
	Edition    model.Edition `json:"edition"`
	Department *struct {
		ID string `json:"id"`
	} `json:"department"`
	Problems []struct {
		Indicator string              `json:"indicator"`
		Task      string              `json:"task"`
		Project   string              `json:"project"`
		Name      string              `json:"name"`
		Rules     []model.ProblemRule `json:"rules"`
		Status    string              `json:"status"`
	} `json:"problems"`
	Indicators *[]struct {
		ID      string `json:"id"`
		Name    string `json:"name"`
		Comment string `json:"comment"`
	} `json:"indicators"`
}

// readJSON reads plancheck's JSON report.
func readJSON(data []byte, name string, p *model.Plan) (*Report, error) {
	var res result
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &res); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return nil, msg.Errorf("prev.badJSON", name, se.Offset, err, p.ID)
		case errors.As(err, &te):
			return nil, msg.Errorf("prev.jsonField", name, te.Field, te.Value, te.Type, p.ID)
		}
		return nil, msg.Errorf("prev.jsonRead", name, err)
	}
	var missing []string
	if res.Plan == nil || res.Plan.ID == "" {
		missing = append(missing, "plan.id")
	}
	if res.Year == nil {
		missing = append(missing, "year")
	}
	if res.Indicators == nil {
		missing = append(missing, "indicators")
	}
	if len(missing) > 0 {
		return nil, msg.Errorf("prev.notPlancheck", name, strings.Join(missing, ", "), p.ID)
	}
	if res.Plan.ID != p.ID {
		return nil, msg.Errorf("prev.otherPlan", name, res.Plan.ID, p.ID, p.ID, p.ID)
	}
	if res.Edition == model.Public {
		// The public edition has left out the comments not marked public
		// and every cell reference: following it up would lose them.
		return nil, msg.Errorf("prev.public", name, *res.Year, p.ID, *res.Year)
	}
	rep := &Report{Plan: res.Plan.ID, Previous: model.Previous{Year: *res.Year, File: name}}
	if res.Department != nil {
		rep.Department = res.Department.ID
	}
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	for i, pb := range res.Problems {
		at := fmt.Sprintf("problems[%d]", i)
		out := model.PreviousProblem{Name: pb.Name}
		switch {
		case pb.Indicator != "":
			if ind := p.FindIndicator(pb.Indicator); ind != nil {
				out.Indicator = ind.ID
			} else {
				bad(msg.Format("prev.pbIndicator"), at, pb.Indicator, p.ID)
			}
		case pb.Task != "":
			if t := p.FindTask(pb.Task); t != nil {
				out.Task = t.ID
			} else {
				bad(msg.Format("prev.pbTask"), at, pb.Task, p.ID)
			}
		case pb.Project != "":
			if pj := p.FindProject(pb.Project); pj != nil {
				out.Project = pj.ID
			} else {
				bad(msg.Format("prev.pbProject"), at, pb.Project, p.ID)
			}
		default:
			bad(msg.Format("prev.pbNone"), at)
		}
		if len(pb.Rules) == 0 {
			bad(msg.Format("prev.pbNoRules"), at)
		}
		for j, r := range pb.Rules {
			if r.Severity() == len(model.ProblemRules()) {
				bad(msg.Format("prev.pbRule"), at, j, r)
			}
		}
		out.Rules = pb.Rules
		if pb.Status != "" {
			st, ok := model.ParseStatus(pb.Status)
			if !ok {
				bad(msg.Format("prev.pbStatus"), at, pb.Status)
			}
			out.Status = st
		}
		rep.Previous.Problems = append(rep.Previous.Problems, out)
	}
	for i, ind := range *res.Indicators {
		if ind.Comment == "" {
			continue
		}
		pi := p.FindIndicator(ind.ID)
		if pi == nil {
			bad(msg.Format("prev.indUnknown"), i, ind.ID, p.ID)
			continue
		}
		rep.Previous.Comments = append(rep.Previous.Comments, model.PreviousComment{ID: pi.ID, Name: pi.Name, Comment: ind.Comment})
	}
	if len(errs) > 0 {
		if len(errs) > 10 {
			errs = append(errs[:10], msg.Sprintf("prev.andMoreErrs", len(errs)-10))
		}
		return nil, msg.Errorf("prev.badReport", name, strings.Join(errs, "; "))
	}
	return rep, nil
}

// Check compares the year of last year's report with the evaluation year
// y: a report of y or later is refused (it cannot be followed up; a
// report's own adjustments apply to its own year through --data), and a
// report older than y−1 gives a note to print, since the follow-up then
// spans more than a year.
func Check(rep *Report, y int) (note string, err error) {
	py := rep.Previous.Year
	switch {
	case py >= y:
		return "", msg.Errorf("prev.year", rep.Previous.File, py, y, y-1)
	case py < y-1:
		return msg.Sprintf("prev.older", rep.Previous.File, py, y-1, y-py), nil
	}
	return "", nil
}
