package eval

import (
	"fmt"
	"strings"

	"plancheck/report/model"
	"plancheck/report/zh"
)

// ProblemRuleLabel is the Chinese label of a problem rule id (model.ProblemRule.Label).
func ProblemRuleLabel(id model.ProblemRule) string { return id.Label() }

func offTrack(s Status) bool {
	return s == Lagging || s == SeriouslyLagging || s == Reversed || s == NotMet
}

func lagging(s Status) bool { return s == Lagging || s == SeriouslyLagging }

// problems applies the major-problem rules to every indicator, indicator by
// indicator in plan order, rules in their order.
func problems(res *Result, th model.Thresholds) []Problem {
	var out []Problem
	for i := range res.Indicators {
		r := &res.Indicators[i]
		fire := func(id model.ProblemRule) {
			out = append(out, Problem{
				Rule: id, RuleLabel: ProblemRuleLabel(id), Indicator: r.ID, Name: r.Name, Binding: r.Binding,
				Lead: r.Lead, LeadName: r.LeadName, Status: r.Status, Detail: detail(res, r, id),
			})
		}
		if r.Binding && offTrack(r.Status) {
			fire(model.RuleBindingOffTrack)
		}
		if r.Status == Reversed {
			fire(model.RuleReversed)
		}
		if n := len(r.Years); n >= 3 && lagging(r.Years[n-1].Status) && lagging(r.Years[n-2].Status) {
			fire(model.RuleLaggingTwoYears)
		}
		if r.ProjectionBand == Unlikely {
			fire(model.RuleProjectedUnlikely)
		}
	}
	return out
}

// detail is the numbers behind a problem, in Chinese, for the reports.
func detail(res *Result, r *IndicatorResult, rule model.ProblemRule) string {
	var parts []string
	last := r.Years[len(r.Years)-1]
	if last.Value != nil {
		parts = append(parts, fmt.Sprintf("%s为%s", zh.Year(res.Year), valueText(r, last)))
	}
	switch {
	case last.Requirement != nil:
		parts = append(parts, fmt.Sprintf("要求值%s", zh.Value(*last.Requirement, r.Unit)))
	case last.Compared != nil:
		parts = append(parts, fmt.Sprintf("对比值%s", zh.Value(*last.Compared, r.Unit)))
	case r.TargetValue != nil && r.TargetText == zh.Num(*r.TargetValue):
		parts = append(parts, fmt.Sprintf("目标%s", zh.Value(*r.TargetValue, r.Unit)))
	case r.TargetText != "":
		parts = append(parts, fmt.Sprintf("目标%s", r.TargetText))
	}
	if r.Progress != nil {
		parts = append(parts, fmt.Sprintf("完成进度%s（时间进度%s）", zh.Pct(*r.Progress), zh.Pct(res.Elapsed)))
	}
	if r.PaceRatio != nil {
		parts = append(parts, "进度比"+zh.Ratio(*r.PaceRatio))
	}
	switch rule {
	case model.RuleLaggingTwoYears:
		prev := r.Years[len(r.Years)-2]
		parts = append(parts, fmt.Sprintf("%s、%s均为%s", zh.Year(prev.Year), zh.Year(last.Year), "进度滞后"))
	case model.RuleProjectedUnlikely:
		if r.Projected != nil {
			parts = append(parts, fmt.Sprintf("按当前趋势预计%s为%s", zh.Year(res.Plan.TargetYear), projectedText(r)))
		}
		if r.RequiredText != "" {
			parts = append(parts, r.RequiredText)
		}
	}
	parts = append(parts, "评估结论："+r.Status.Label())
	return strings.Join(parts, "；")
}

func valueText(r *IndicatorResult, y YearResult) string {
	if y.Text != "" {
		return y.Text
	}
	if y.Value == nil {
		return "—"
	}
	return zh.Value(*y.Value, r.Unit)
}

func projectedText(r *IndicatorResult) string {
	v := *r.Projected
	switch r.Kind {
	case model.AvgGrowth:
		if r.Unit == "%" {
			return "年均增长" + zh.Points(v)
		}
	case model.Reduction:
		return "累计降低" + zh.Points(v)
	case model.Cumulative:
		return "累计" + zh.Value(v, r.Unit)
	}
	return zh.Value(v, r.Unit)
}

// summarize counts the results by status, category and binding.
func summarize(p *model.Plan, res *Result) Summary {
	s := Summary{Total: len(res.Indicators), Problems: len(res.Problems), Findings: len(res.Quality)}
	all := newGroup("all", "全部指标")
	for _, c := range p.Categories {
		s.Categories = append(s.Categories, newGroup(c.ID, c.Name))
	}
	s.Binding = newGroup("binding", "约束性指标")
	s.Expected = newGroup("expected", "预期性指标")
	for _, r := range res.Indicators {
		all.add(r.Status)
		for i := range s.Categories {
			if s.Categories[i].ID == r.Category {
				s.Categories[i].add(r.Status)
			}
		}
		if r.Binding {
			s.Binding.add(r.Status)
		} else {
			s.Expected.add(r.Status)
		}
	}
	s.ByStatus = all.ByStatus
	s.Assessable, s.Good = all.Assessable, all.Good
	if s.Assessable > 0 {
		s.GoodShare = float64(s.Good) / float64(s.Assessable)
	}
	s.Judgment = overall(s.GoodShare, s.Assessable)
	s.JudgmentLabel = JudgmentLabel(s.Judgment)
	return s
}

// The overall judgment: the share of assessable indicators at or above on
// track. "时间过半、任务过半" at the midterm means most of the work is where
// the time says it should be.
const (
	overallOnTrack = 0.75 // at least three in four assessable indicators on track
	overallMixed   = 0.5
)

func overall(share float64, assessable int) model.Judgment {
	switch {
	case assessable == 0:
		return model.JudgedUnknown
	case share >= overallOnTrack:
		return model.JudgedOnTrack
	case share >= overallMixed:
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
