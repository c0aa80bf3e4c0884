package eval

import (
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
// judges the whole.
func summarize(p *model.Plan, res *Result) Summary {
	s := Summary{Total: len(res.Indicators), Problems: len(res.Problems), Findings: len(res.Quality)}
	all := newGroup("all", "全部指标")
	for _, c := range p.Categories {
		s.Categories = append(s.Categories, newGroup(c.ID, c.Name))
	}
	s.Binding = newGroup("binding", "约束性指标")
	s.Expected = newGroup("expected", "预期性指标")
	for _, ind := range p.Indicators {
		s.PlanHasBinding = s.PlanHasBinding || ind.Binding
	}
	s.JudgmentRule = JudgmentRule{OnTrackShare: JudgmentOnTrackShare, MixedShare: JudgmentMixedShare}
	for _, r := range res.Indicators {
		all.add(r.Status)
		for i := range s.Categories {
			if s.Categories[i].ID == r.Category {
				s.Categories[i].add(r.Status)
			}
		}
		if r.Binding {
			s.Binding.add(r.Status)
			if r.Status.OffTrack() {
				s.JudgmentRule.BindingOffTrack++
			}
		} else {
			s.Expected.add(r.Status)
		}
	}
	s.ByStatus = all.ByStatus
	s.Assessable, s.Good = all.Assessable, all.Good
	if s.Assessable > 0 {
		s.GoodShare = float64(s.Good) / float64(s.Assessable)
	}
	s.Judgment = overall(s.GoodShare, s.Assessable, s.JudgmentRule)
	s.JudgmentLabel = s.Judgment.Label()
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

func newGroup(id, name string) GroupSummary {
	g := GroupSummary{ID: id, Name: name}
	for _, st := range Statuses() {
		g.ByStatus = append(g.ByStatus, Count{Status: st, Label: st.Label()})
	}
	return g
}

func (g *GroupSummary) add(s Status) {
	g.Total++
	if s.Assessable() {
		g.Assessable++
	}
	if s.Good() {
		g.Good++
	}
	for i := range g.ByStatus {
		if g.ByStatus[i].Status == s {
			g.ByStatus[i].N++
		}
	}
}
