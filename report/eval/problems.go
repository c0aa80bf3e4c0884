package eval

import (
	"sort"

	"plancheck/report/model"
)

// problems applies the major-problem rules and merges what fired into one
// Problem per subject: each indicator with every rule that fired on it,
// then each key task behind, then each major project behind. Indicators
// come most severe first (by their most severe rule), in plan order within
// a rule; tasks and projects in plan order.
//
// The indicator rules (model.ProblemRules gives their order):
//   - binding_off_track: a binding indicator lagging, seriously lagging,
//     reversed, not met or not completed (Status.OffTrack);
//   - not_met: any indicator not met (未达要求) in Y, or, in the final
//     year, not completed (未完成); 基本完成 is not a problem;
//   - reversed: the indicator moved away from its target;
//   - projected_unlikely: the projection band is unlikely;
//   - lagging_two_years: the rules judged Y and the year before lagging
//     or seriously lagging (an analyst's adjustment of Y does not undo
//     what the two years' values say). In the final year Y's entry of
//     Years holds the final judgment, never lagging, so the rule does not
//     fire: a target missed is not_completed, not lagging.
func problems(res *Result) []Problem {
	var out []Problem
	for i := range res.Indicators {
		r := &res.Indicators[i]
		var rules []model.ProblemRule
		if r.Binding && r.Status.OffTrack() {
			rules = append(rules, model.RuleBindingOffTrack)
		}
		if r.Status == NotMet || r.Status == model.NotCompleted {
			rules = append(rules, model.RuleNotMet)
		}
		if r.Status == Reversed {
			rules = append(rules, model.RuleReversed)
		}
		if r.ProjectionBand == Unlikely {
			rules = append(rules, model.RuleProjectedUnlikely)
		}
		run := laggingRun(r)
		if len(run) >= 2 {
			rules = append(rules, model.RuleLaggingTwoYears)
		}
		if len(rules) == 0 {
			continue
		}
		p := Problem{
			Indicator: r.ID, Name: r.Name, Binding: r.Binding, Lead: r.Lead, LeadName: r.LeadName,
			Status: r.Status, Kind: r.Kind, Method: r.Method, Unit: r.Unit, Decimals: r.Decimals,
			Value: r.Value, Target: r.TargetValue, TargetText: r.TargetText, Cumulative: r.Cumulative,
			Progress: r.Progress, PaceRatio: r.PaceRatio, Realized: r.Realized,
			Projected: r.Projected, Band: r.ProjectionBand, RequiredPace: r.RequiredPace, GapClosed: r.GapClosed,
		}
		if len(r.Years) > 0 {
			last := r.Years[len(r.Years)-1]
			if last.Year == res.Year {
				p.Text, p.Requirement, p.Compared = last.Text, last.Requirement, last.Compared
			}
		}
		if len(run) >= 2 {
			p.LaggingYears = run
		}
		out = append(out, withRules(p, rules, res.Stage))
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Rules[0].Severity() < out[b].Rules[0].Severity() })

	for _, t := range res.Tasks {
		if !t.Key || !t.Behind {
			continue
		}
		p := Problem{
			Task: t.ID, Name: t.Title, Lead: t.Lead, LeadName: t.LeadName,
			TaskProgress: t.Progress, Share: t.Share, Milestone: t.Milestone,
		}
		switch t.Progress {
		case model.Behind:
			p.Causes = []model.Cause{model.CauseReportedBehind}
		case model.NotStarted:
			p.Causes = []model.Cause{model.CauseNotStarted}
		}
		out = append(out, withRules(p, []model.ProblemRule{model.RuleKeyTaskBehind}, res.Stage))
	}
	for _, pr := range res.Projects {
		if pr.Status != model.ProjectBehind {
			continue
		}
		planned := pr.Planned
		p := Problem{
			Project: pr.ID, Name: pr.Name, Lead: pr.Lead, LeadName: pr.LeadName,
			Causes: pr.Causes, Planned: &planned, Completed: pr.Completed, InvestmentShare: pr.Share,
			Milestone: pr.Milestone, Reported: pr.Reported, Reached: pr.Reached,
		}
		out = append(out, withRules(p, []model.ProblemRule{model.RuleProjectBehind}, res.Stage))
	}
	return out
}

// withRules sets a problem's rules, most severe first, and their labels
// as the stage's report says them (ProblemRule.StageLabel).
func withRules(p Problem, rules []model.ProblemRule, st model.Stage) Problem {
	sort.SliceStable(rules, func(a, b int) bool { return rules[a].Severity() < rules[b].Severity() })
	p.Rules = rules
	for _, r := range rules {
		p.RuleLabels = append(p.RuleLabels, r.StageLabel(st))
	}
	p.Rule, p.RuleLabel = rules[0], rules[0].StageLabel(st)
	return p
}

// laggingRun is the run of years, ending at the evaluation year, that the
// rules judged lagging or seriously lagging; nil when Y is not one.
func laggingRun(r *IndicatorResult) []int {
	var run []int
	for i := len(r.Years) - 1; i >= 0; i-- {
		st := r.Years[i].Status
		if st != Lagging && st != SeriouslyLagging {
			break
		}
		run = append([]int{r.Years[i].Year}, run...)
	}
	return run
}
