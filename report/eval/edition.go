package eval

import "plancheck/report/model"

// ForEdition is res as the edition publishes it. The internal edition (or
// any other value) is res itself, unchanged. The public one is a copy —
// res is never modified, and no slice or pointer of the copy that differs
// from res is shared with it — without what a district does not publish:
//
//   - the departments' scores and duties: each DepartmentResult keeps its
//     id, name, the items it leads (Indicators, Tasks, Projects, Binding)
//     and its Problems count (the problems are public, in 存在的主要问题),
//     and loses Assessable, OnTrack, Score, Unreported and Next (what it
//     must report next year is an instruction to the office, not a
//     finding);
//   - the data-quality findings: Quality is empty and Summary.Findings
//     (and District.Findings) 0;
//   - every cell reference: YearResult.At, TaskResult.At, Proposal.At and
//     the locations of the observations and reports in Inputs;
//   - the analysts' 分析意见 (IndicatorResult.Comment) unless CommentPublic
//     is set, and last year's 分析意见 (FollowUp.Comments: internal
//     remarks, which carry no public mark).
//
// What stays: every judgment, count and chart; a manual status with its
// ComputedStatus and ManualReason (a published status that differs from
// the rules' must say why); the sample marks (Sample, the 示例 sources),
// so that the disclaimers are printed. Edition is set to model.Public, so
// that the writers leave out the parts that speak of what was left out.
func ForEdition(res *Result, ed model.Edition) *Result {
	if ed != model.Public || res == nil {
		return res
	}
	out := *res
	out.Edition = model.Public
	out.Quality = []Finding{}
	out.Summary.Findings = 0
	if res.District != nil {
		d := *res.District
		d.Findings = 0
		out.District = &d
	}
	out.Departments = nil
	if res.Departments != nil {
		out.Departments = make([]DepartmentResult, len(res.Departments))
		for i, d := range res.Departments {
			out.Departments[i] = DepartmentResult{
				ID: d.ID, Name: d.Name, Indicators: d.Indicators, Tasks: d.Tasks, Projects: d.Projects,
				Binding: d.Binding, Problems: d.Problems,
			}
		}
	}
	if res.Indicators != nil {
		out.Indicators = make([]IndicatorResult, len(res.Indicators))
		for i, r := range res.Indicators {
			if !r.CommentPublic {
				r.Comment = ""
			}
			if r.Years != nil {
				r.Years = append([]YearResult(nil), r.Years...)
				for j := range r.Years {
					r.Years[j].At = ""
				}
			}
			out.Indicators[i] = r
		}
	}
	if res.Tasks != nil {
		out.Tasks = make([]TaskResult, len(res.Tasks))
		for i, t := range res.Tasks {
			t.At = ""
			out.Tasks[i] = t
		}
	}
	if res.Proposals != nil {
		out.Proposals = make([]Proposal, len(res.Proposals))
		for i, p := range res.Proposals {
			p.At = ""
			out.Proposals[i] = p
		}
	}
	if res.FollowUp != nil {
		fu := *res.FollowUp
		fu.Comments = []PreviousRemark{}
		out.FollowUp = &fu
	}
	if res.Inputs != nil {
		in := *res.Inputs
		in.Values = obsWithoutAt(in.Values)
		in.Requirements = obsWithoutAt(in.Requirements)
		in.ReferenceValues = obsWithoutAt(in.ReferenceValues)
		if in.TaskReports != nil {
			in.TaskReports = append([]model.TaskReport(nil), in.TaskReports...)
			for i := range in.TaskReports {
				in.TaskReports[i].At = model.Loc{}
			}
		}
		if in.ProjectReports != nil {
			in.ProjectReports = append([]model.ProjectReport(nil), in.ProjectReports...)
			for i := range in.ProjectReports {
				in.ProjectReports[i].At = model.Loc{}
			}
		}
		out.Inputs = &in
	}
	return &out
}

// obsWithoutAt is a copy of obs without their locations; nil stays nil.
func obsWithoutAt(obs []model.Observation) []model.Observation {
	if obs == nil {
		return nil
	}
	out := append([]model.Observation(nil), obs...)
	for i := range out {
		out[i].At = model.Loc{}
	}
	return out
}
