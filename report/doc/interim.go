package doc

// This file holds what report/eval does not yet provide as facts (issue 10
// §2, helper E): each function says what replaces it once eval has it.

import (
	"strconv"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// decimals is how many decimals an indicator's values are printed with:
// the most any of its reported values has (313, 313.2 and 312.86 print as
// 313.00, 313.20 and 312.86), at most four. Replaced by
// IndicatorResult.Decimals.
func (b *builder) decimals(ind *eval.IndicatorResult) int {
	d := 0
	for _, y := range ind.Years {
		if !finite(y.Value) || y.Text != "" {
			continue
		}
		s := strconv.FormatFloat(*y.Value, 'f', -1, 64)
		if i := strings.IndexByte(s, '.'); i >= 0 {
			d = max(d, len(s)-i-1)
		}
	}
	return min(d, 4)
}

// mergedProblems are the problems merged per subject: one per indicator,
// task or project, with every rule that fired in order of severity, in the
// order of the indicators, then the tasks, then the projects; an
// indicator not met is a problem though no rule of eval fired. Replaced by
// eval's merged problems.
func (b *builder) mergedProblems() []problem {
	rules := map[string][]model.ProblemRule{}
	for _, p := range b.res.Problems {
		k := subjectKey(p.Indicator, p.Task, p.Project)
		rules[k] = append(rules[k], p.Rule)
	}
	var out []problem
	add := func(k string, p problem) {
		rs := rules[k]
		if p.Indicator != nil && p.Indicator.Status == eval.NotMet && !contains(rs, model.RuleBindingOffTrack) && !contains(rs, model.RuleNotMet) {
			rs = append(rs, model.RuleNotMet)
		}
		if len(rs) == 0 {
			return
		}
		var sorted []model.ProblemRule
		for _, id := range model.ProblemRules() {
			if contains(rs, id) {
				sorted = append(sorted, id)
			}
		}
		for _, id := range rs {
			if !contains(sorted, id) {
				sorted = append(sorted, id)
			}
		}
		p.Rules = sorted
		for _, id := range sorted {
			p.Labels = append(p.Labels, id.Label())
		}
		p.N = len(out) + 1
		out = append(out, p)
	}
	for i := range b.res.Indicators {
		ind := &b.res.Indicators[i]
		add(subjectKey(ind.ID, "", ""), problem{Indicator: ind, ID: ind.ID, Name: ind.Name, Binding: ind.Binding, Lead: ind.Lead, LeadName: ind.LeadName})
	}
	for i := range b.res.Tasks {
		t := &b.res.Tasks[i]
		add(subjectKey("", t.ID, ""), problem{Task: t, ID: t.ID, Name: t.Title, Lead: t.Lead, LeadName: t.LeadName})
	}
	for i := range b.res.Projects {
		pr := &b.res.Projects[i]
		add(subjectKey("", "", pr.ID), problem{Project: pr, ID: pr.ID, Name: pr.Name, Lead: pr.Lead, LeadName: pr.LeadName})
	}
	return out
}

func subjectKey(ind, task, project string) string {
	switch {
	case task != "":
		return "t" + task
	case project != "":
		return "p" + project
	}
	return "i" + ind
}

func contains[T comparable](list []T, s T) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// The overall judgment's thresholds, as eval's summary applies them to
// the share of assessable indicators at or above on track (eval's
// overallOnTrack and overallMixed). Replaced by eval's.
const (
	judgmentOnTrack = 0.75
	judgmentMixed   = 0.5
)

// projectCauses says why a project is behind: its investment (more than
// the threshold short of plan) or its milestone (not reached). Replaced by
// eval's project facts.
func projectCauses(p *eval.ProjectResult, th model.Thresholds) (investment, milestone bool) {
	if p.Status != model.ProjectBehind {
		return false, false
	}
	if finite(p.Completed) && p.Planned > 0 && (p.Planned-*p.Completed)/p.Planned > th.ProjectBehind {
		investment = true
	}
	milestone = p.Reached != nil && !*p.Reached
	return investment, milestone
}

// charted reports whether an indicator gets a chart: when it has a value.
// Replaced by IndicatorResult.Chart != nil.
func charted(ind *eval.IndicatorResult) bool {
	if finite(ind.Value) {
		return true
	}
	for _, y := range ind.Years {
		if finite(y.Value) {
			return true
		}
	}
	return false
}

// indicatorChart is an indicator's chart. Replaced by IndicatorResult.Chart.
func indicatorChart(ind *eval.IndicatorResult) *eval.Chart { return nil }

// statusChart is the chart of statuses by category, from the summary's
// counts. Replaced by Result.StatusChart.
func statusChart(res *eval.Result, gs []group) *eval.Chart {
	c := &eval.Chart{Kind: eval.ChartBars}
	for _, s := range eval.Statuses() {
		c.Legend = append(c.Legend, string(s))
	}
	for _, g := range gs {
		bar := eval.BarGroup{Label: Normalize(g.Name)}
		for _, n := range g.G.ByStatus {
			if n.N > 0 {
				bar.Segments = append(bar.Segments, eval.BarSegment{Key: string(n.Status), Label: n.Status.Label(), N: n.N})
			}
		}
		c.Bars = append(c.Bars, bar)
	}
	return c
}

// taskChart is the chart of the key tasks by chapter. Replaced by
// Result.TaskChart.
func taskChart(res *eval.Result) *eval.Chart {
	c := &eval.Chart{Kind: eval.ChartBars}
	for _, p := range progressStates {
		c.Legend = append(c.Legend, progressKey(p))
	}
	for _, g := range res.TaskChapters {
		bar := eval.BarGroup{Label: Normalize(g.Name)}
		for _, p := range progressStates {
			if n := groupCount(g, p); n > 0 {
				bar.Segments = append(bar.Segments, eval.BarSegment{Key: progressKey(p), Label: progressLabel(p), N: n})
			}
		}
		c.Bars = append(c.Bars, bar)
	}
	return c
}

func progressKey(p model.Progress) string {
	if p == "" {
		return "no_report"
	}
	return string(p)
}

// reason is why an indicator is not assessed, short: the evaluation's
// reason up to its advice (市级要求未提供（2024年）). Replaced by eval's
// reason codes.
func reason(ind *eval.IndicatorResult) string {
	r := ind.Reason
	if i := strings.IndexAny(r, "：，:;；"); i > 0 {
		r = r[:i]
	}
	return strings.TrimRight(r, "。")
}

// reached reports whether an indicator's target is reached already, so
// that what the remaining years need is to hold it. Replaced by eval's
// projection facts.
func reached(ind *eval.IndicatorResult) bool {
	switch {
	case ind.Status == eval.Achieved:
		return true
	case ind.Kind == model.Cumulative:
		return finite(ind.RequiredPace) && *ind.RequiredPace <= 0
	}
	return false
}
