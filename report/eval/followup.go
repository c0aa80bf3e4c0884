package eval

import (
	"strings"

	"plancheck/report/model"
)

// followUp follows last year's problems up (FollowUp); nil without a
// previous report. Each of last year's problems, in last year's order, is
//   - resolved (已解决) when its subject is not a problem now and has a
//     judgment now: an indicator with a status other than no_data and
//     not_assessed, a task reported for Y, a project not no_data;
//   - worsened (加重) when it is a problem now and the indicator's status
//     ranks lower than last year's (Status.Rank, both ranked; by tier
//     alone, and without comparing rules, between a pace status and a
//     final judgment, as movement does), or the
//     most severe rule that fired on it now is more severe than last
//     year's most severe (model.ProblemRule.Severity; last year's rules
//     the table does not know are not compared);
//   - persists (仍存在) otherwise — a problem still, no worse; or not a
//     problem now for want of data (no value, a task or project not
//     reported): what cannot be shown solved is not called solved.
//
// A subject the plan no longer has (a plan revised since, or last year's
// report of another plan) is not judged: it is listed in NotInPlan with
// last year's name. Names are this year's where the subject is in the
// plan. Comments are last year's non-empty 分析意见, in plan order, then
// those on indicators the plan no longer has in last year's order.
func followUp(res *Result, prev *model.Previous) *FollowUp {
	if prev == nil {
		return nil
	}
	fu := &FollowUp{Year: prev.Year, Problems: []FollowProblem{}, Comments: []PreviousRemark{}}
	inds := map[string]*IndicatorResult{}
	for i := range res.Indicators {
		inds[res.Indicators[i].ID] = &res.Indicators[i]
	}
	tasks := map[string]*TaskResult{}
	for i := range res.Tasks {
		tasks[res.Tasks[i].ID] = &res.Tasks[i]
	}
	projects := map[string]*ProjectResult{}
	for i := range res.Projects {
		projects[res.Projects[i].ID] = &res.Projects[i]
	}
	now := map[string]*Problem{}
	for i := range res.Problems {
		pb := &res.Problems[i]
		now[subjectKey(pb.Indicator, pb.Task, pb.Project)] = pb
	}
	for _, pp := range prev.Problems {
		fp := FollowProblem{Indicator: pp.Indicator, Task: pp.Task, Project: pp.Project, Name: pp.Name,
			Rules: append([]model.ProblemRule{}, pp.Rules...), PrevStatus: pp.Status}
		pb := now[subjectKey(pp.Indicator, pp.Task, pp.Project)]
		var judged, known bool // judged: the subject has a judgment now
		switch {
		case pp.Indicator != "":
			if r := inds[pp.Indicator]; r != nil {
				known, fp.Name, fp.Status, judged = true, r.Name, r.Status, r.Status.Assessable()
			}
		case pp.Task != "":
			if t := tasks[pp.Task]; t != nil {
				known, fp.Name, judged = true, t.Title, t.Progress != model.NotReported
			}
		case pp.Project != "":
			if p := projects[pp.Project]; p != nil {
				known, fp.Name, judged = true, p.Name, p.Status != model.ProjectNoData
			}
		}
		if !known {
			fu.NotInPlan = append(fu.NotInPlan, fp)
			continue
		}
		switch {
		case pb == nil && judged:
			fp.State = model.Resolved
		case pb != nil && worse(pp, pb):
			fp.State = model.Aggravate
		default:
			fp.State = model.Persists
		}
		fp.StateLabel = fp.State.Label()
		switch fp.State {
		case model.Resolved:
			fu.Resolved++
		case model.Aggravate:
			fu.Worsened++
		default:
			fu.Persists++
		}
		fu.Problems = append(fu.Problems, fp)
	}
	remarks := map[string]model.PreviousComment{}
	for _, c := range prev.Comments {
		if strings.TrimSpace(c.Comment) != "" {
			remarks[c.ID] = c
		}
	}
	for _, r := range res.Indicators {
		if c, ok := remarks[r.ID]; ok {
			fu.Comments = append(fu.Comments, PreviousRemark{Indicator: r.ID, Name: r.Name, Comment: c.Comment})
		}
	}
	for _, c := range prev.Comments {
		if _, inPlan := inds[c.ID]; !inPlan && strings.TrimSpace(c.Comment) != "" {
			fu.Comments = append(fu.Comments, PreviousRemark{Indicator: c.ID, Name: c.Name, Comment: c.Comment})
		}
	}
	return fu
}

// worse reports whether a problem now is worse than last year's (see
// followUp).
func worse(pp model.PreviousProblem, pb *Problem) bool {
	if pp.Indicator != "" {
		was, is, ok := ranks(pp.Status, pb.Status)
		if ok && is > was {
			return true
		}
		if ok && pp.Status.Final() != pb.Status.Final() {
			// Last year's pace status against this year's final judgment:
			// a target projected to be missed and then missed (预计难以
			// 完成 → 未完成) is the same problem, not a worse one; only
			// the tier is compared, and the rules (which change with the
			// stage) are not.
			return false
		}
	}
	if len(pb.Rules) == 0 {
		return false
	}
	prevSev := len(model.ProblemRules())
	for _, r := range pp.Rules {
		prevSev = min(prevSev, r.Severity())
	}
	if prevSev >= len(model.ProblemRules()) {
		return false // no rule of last year's the table knows
	}
	nowSev := len(model.ProblemRules())
	for _, r := range pb.Rules {
		nowSev = min(nowSev, r.Severity())
	}
	return nowSev < prevSev
}

// subjectKey names an indicator, task or project in one namespace.
func subjectKey(ind, task, project string) string {
	switch {
	case ind != "":
		return "i" + ind
	case task != "":
		return "t" + task
	}
	return "p" + project
}
