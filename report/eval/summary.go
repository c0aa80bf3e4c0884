package eval

import (
	"sort"

	"plancheck/report/model"
)

// ProblemRuleLabel is the Chinese label of a problem rule id (model.ProblemRule.Label).
func ProblemRuleLabel(id model.ProblemRule) string { return id.Label() }

// The overall judgment's shares of assessable indicators at or above on
// track: see Summary.Judgment.
const (
	JudgmentOnTrackShare = 0.75 // at least three in four
	JudgmentMixedShare   = 0.5  // at least half
)

// summarize counts the results by status, category and binding, and
// judges the whole. The counts by status are of the stage's statuses
// (model.StageStatuses: the final evaluation's 完成, 基本完成, 未完成, …),
// and of any other status an analyst set (see GroupSummary.ByStatus).
func summarize(p *model.Plan, res *Result) Summary {
	s := Summary{Total: len(res.Indicators), Problems: len(res.Problems), Findings: len(res.Quality), NoData: []string{}}
	all := newGroup("all", "全部指标", res.Stage)
	for _, c := range p.Categories {
		s.Categories = append(s.Categories, newGroup(c.ID, c.Name, res.Stage))
	}
	s.Binding = newGroup("binding", "约束性指标", res.Stage)
	s.Expected = newGroup("expected", "预期性指标", res.Stage)
	for _, ind := range p.Indicators {
		s.PlanHasBinding = s.PlanHasBinding || ind.Binding
	}
	s.JudgmentRule = JudgmentRule{OnTrackShare: JudgmentOnTrackShare, MixedShare: JudgmentMixedShare}
	for _, r := range res.Indicators {
		all.add(&r)
		for i := range s.Categories {
			if s.Categories[i].ID == r.Category {
				s.Categories[i].add(&r)
			}
		}
		if r.Sample {
			s.Samples++
		}
		if r.Manual {
			s.Manual++
		}
		if r.Status == NoData {
			s.NoData = append(s.NoData, r.ID)
		}
		switch r.StatusMove {
		case Improved:
			s.Movement.Improved++
		case Unchanged:
			s.Movement.Unchanged++
		case Worsened:
			s.Movement.Worsened++
		}
		if r.Binding {
			s.Binding.add(&r)
			if r.Status.OffTrack() {
				s.JudgmentRule.BindingOffTrack++
			}
		} else {
			s.Expected.add(&r)
		}
	}
	for _, g := range append([]*GroupSummary{&all, &s.Binding, &s.Expected}, groupsOf(s.Categories)...) {
		g.order()
		if g.Assessable > 0 {
			g.GoodShare = float64(g.Good) / float64(g.Assessable)
		}
	}
	s.ByStatus = all.ByStatus
	s.Assessable, s.Good, s.GoodShare = all.Assessable, all.Good, all.GoodShare
	s.Tasks = CountTasks("all", "", res.Tasks)
	s.Projects = countProjects(res.Projects)
	s.Judgment = overall(s.GoodShare, s.Assessable, s.JudgmentRule)
	s.JudgmentLabel = s.Judgment.StageLabel(res.Stage)
	return s
}

// overall is the judgment by its rule (Summary.Judgment).
func overall(share float64, assessable int, rule JudgmentRule) model.Judgment {
	share = round9(share)
	switch {
	case assessable == 0:
		return model.JudgedUnknown
	case share >= rule.OnTrackShare && rule.BindingOffTrack == 0:
		return model.JudgedOnTrack
	case share >= rule.MixedShare:
		return model.JudgedMixed
	}
	return model.JudgedBehind
}

// JudgmentLabel is the overall judgment in Chinese (model.Judgment.Label).
func JudgmentLabel(j model.Judgment) string { return j.Label() }

// newGroup is a group with a zero count for each of the stage's statuses.
func newGroup(id, name string, stage model.Stage) GroupSummary {
	g := GroupSummary{ID: id, Name: name}
	for _, st := range model.StageStatuses(stage) {
		g.ByStatus = append(g.ByStatus, Count{Status: st, Label: st.Label()})
	}
	return g
}

// order puts the counts in Statuses() order: a status outside the stage's
// (an analyst's 提前实现 in the final year) among the others where it
// belongs. The stage's statuses keep their order, which is Statuses'.
func (g *GroupSummary) order() {
	rank := map[Status]int{}
	for i, st := range Statuses() {
		rank[st] = i
	}
	sort.SliceStable(g.ByStatus, func(a, b int) bool { return rank[g.ByStatus[a].Status] < rank[g.ByStatus[b].Status] })
}

// groupsOf points to each of gs.
func groupsOf(gs []GroupSummary) []*GroupSummary {
	out := make([]*GroupSummary, len(gs))
	for i := range gs {
		out[i] = &gs[i]
	}
	return out
}

func (g *GroupSummary) add(r *IndicatorResult) {
	s := r.Status
	g.Total++
	if r.Binding {
		g.Binding++
	}
	if s.Assessable() {
		g.Assessable++
	}
	if s.Good() {
		g.Good++
	}
	for i := range g.ByStatus {
		if g.ByStatus[i].Status == s {
			g.ByStatus[i].N++
			return
		}
	}
	if s != "" {
		// Not one of the stage's: an analyst's status from another stage.
		g.ByStatus = append(g.ByStatus, Count{Status: s, Label: s.Label(), N: 1})
	}
}

// countProjects counts the projects by status, with their investment.
func countProjects(projects []ProjectResult) ProjectSummary {
	s := ProjectSummary{Total: len(projects)}
	for _, st := range model.ProjectStatuses() {
		s.ByStatus = append(s.ByStatus, ProjectCount{Status: st, Label: st.Label()})
	}
	reported := make([]bool, len(s.ByStatus))
	for _, pr := range projects {
		if pr.Sample {
			s.Sample++
		}
		s.Investment += pr.Investment
		for i := range s.ByStatus {
			if c := &s.ByStatus[i]; c.Status == pr.Status {
				c.N++
				c.Planned += pr.Planned
				if pr.Completed != nil {
					c.Completed += *pr.Completed
					reported[i] = true
				}
			}
		}
	}
	anyReported := false
	for i := range s.ByStatus {
		c := &s.ByStatus[i]
		s.Planned += c.Planned
		s.Completed += c.Completed
		c.Share = investmentShare(c.Completed, c.Planned, reported[i])
		anyReported = anyReported || reported[i]
	}
	s.Share = investmentShare(s.Completed, s.Planned, anyReported)
	return s
}

// investmentShare is completed / planned, nil when nothing is planned or
// nothing was reported.
func investmentShare(completed, planned float64, reported bool) *float64 {
	if !reported || planned <= 0 {
		return nil
	}
	return num(completed / planned)
}
