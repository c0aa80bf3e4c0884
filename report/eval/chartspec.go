package eval

import (
	"math"

	"plancheck/report/model"
)

// The legend's names of the series and rules, by role.
var seriesLabels = map[SeriesRole]string{
	SeriesPlanned:   "规划路径",
	SeriesActual:    "实际值",
	SeriesProjected: "预计",
	SeriesTarget:    "目标",
}

var ruleLabels = map[RuleRole]string{
	RuleTargetRate: "目标年均",
	RuleRealized:   "实际年均",
}

// plottable reports whether v is a number a chart can show: not NaN or
// infinite, and not beyond model.MaxMagnitude (an out_of_range error, which
// would squash every other value to a line).
func plottable(v *float64) bool {
	return v != nil && !math.IsNaN(*v) && !math.IsInf(*v, 0) && math.Abs(*v) <= model.MaxMagnitude
}

// indicatorChart is the one rule of whether an indicator is charted, and
// what its chart draws. An indicator is charted when a year after the base
// has a value: the base alone shows nothing of the plan's progress.
//
//   - yes/no indicators (boolean, municipal yes): ChartYesNo, a mark a year;
//   - yearly rates (avg_growth reported as rates, reduction): ChartRate,
//     the rates as bars against the target rate, with the realized average;
//   - every other kind: ChartLine, the values (running totals for a
//     cumulative target) against the planned path from B to T (the path
//     Expected is on), the projection to T, the target, the municipal
//     requirement or the compared series, and a limit's rule.
func (e *evaluator) indicatorChart(ind *model.Indicator, k rule, r *IndicatorResult) *Chart {
	charted := false
	for _, y := range r.Years {
		if y.Year > e.B && plottable(y.Value) {
			charted = true
		}
	}
	if !charted {
		return nil
	}
	c := &Chart{Unit: r.Unit, Decimals: r.Decimals, FromYear: e.B, ToYear: e.T, Status: r.Status}
	pt := func(y int, v float64) ChartPoint { return ChartPoint{Year: y, Value: v, Text: r.Format(v)} }
	switch {
	case ind.IsYesNo():
		c.Kind = ChartYesNo
		s := ChartSeries{Role: SeriesActual, Label: seriesLabels[SeriesActual]}
		for _, y := range r.Years {
			p := ChartPoint{Year: y.Year, Sample: y.Sample}
			if plottable(y.Value) {
				done := *y.Value >= 0.5
				p.Value, p.Done, p.Text = *y.Value, &done, y.Text
			} else if y.Year == e.B {
				continue // the base year is shown only when reported
			}
			s.Points = append(s.Points, p)
		}
		c.Series = []ChartSeries{s}
		return c

	case ind.Target.Kind == model.Reduction || (ind.Target.Kind == model.AvgGrowth && ind.IsRate()):
		c.Kind = ChartRate
		s := ChartSeries{Role: SeriesActual, Label: seriesLabels[SeriesActual]}
		for _, y := range r.Years {
			if plottable(y.Value) {
				p := pt(y.Year, *y.Value)
				p.Sample = y.Sample
				s.Points = append(s.Points, p)
			}
		}
		c.Series = []ChartSeries{s}
		if v, ok := k.planned(e.T); ok && !math.IsNaN(v) {
			c.Lines = append(c.Lines, ChartRule{Role: RuleTargetRate, Value: v, Label: ruleLabels[RuleTargetRate] + r.Format(v) + "%"})
		}
		if plottable(r.Realized) {
			c.Lines = append(c.Lines, ChartRule{Role: RuleRealized, Value: *r.Realized, Label: ruleLabels[RuleRealized] + r.Format(*r.Realized) + "%"})
		}
		return c
	}

	c.Kind = ChartLine
	// The planned path, B to T, by the formula Expected is computed with.
	if _, ok := k.planned(e.B); ok {
		s := ChartSeries{Role: SeriesPlanned, Label: seriesLabels[SeriesPlanned]}
		for y := e.B; y <= e.T; y++ {
			if v, ok := k.planned(y); ok && !math.IsNaN(v) && !math.IsInf(v, 0) {
				s.Points = append(s.Points, ChartPoint{Year: y, Value: v})
			}
		}
		c.Series = append(c.Series, s)
	}
	// The requirement is the superior level's: 市级要求, 省级要求, 国家要求.
	req := ChartSeries{Role: SeriesRequirement, Label: e.p.SuperiorLevel() + "要求"}
	cmp := ChartSeries{Role: SeriesCompared, Label: r.CompareName}
	for _, y := range r.Years {
		if plottable(y.Requirement) {
			req.Points = append(req.Points, pt(y.Year, *y.Requirement))
		}
		if ind.Target.Kind == model.Relative && plottable(y.Compared) {
			cmp.Points = append(cmp.Points, pt(y.Year, *y.Compared))
		}
	}
	for _, s := range []ChartSeries{req, cmp} {
		if len(s.Points) > 0 {
			c.Series = append(c.Series, s)
		}
	}
	// The values; a cumulative target's running totals from B+1, up to the
	// first year missing (a total after a gap is not the total).
	act := ChartSeries{Role: SeriesActual, Label: seriesLabels[SeriesActual]}
	total := 0.0
	for _, y := range r.Years {
		if ind.Target.Kind == model.Cumulative {
			if y.Year <= e.B {
				continue
			}
			if !plottable(y.Value) {
				break
			}
			total += *y.Value
			p := pt(y.Year, total)
			p.Sample = y.Sample
			act.Points = append(act.Points, p)
			continue
		}
		if plottable(y.Value) {
			p := pt(y.Year, *y.Value)
			p.Sample = y.Sample
			act.Points = append(act.Points, p)
		}
	}
	c.Series = append(c.Series, act)
	if n := len(act.Points); n > 0 && plottable(r.Projected) && act.Points[n-1].Year < e.T && act.Points[n-1].Year == e.Y {
		c.Series = append(c.Series, ChartSeries{Role: SeriesProjected, Label: seriesLabels[SeriesProjected],
			Points: []ChartPoint{act.Points[n-1], pt(e.T, *r.Projected)}})
	}
	switch ind.Target.Kind {
	case model.Ceiling, model.Floor:
		word := "上限"
		if ind.Target.Kind == model.Floor {
			word = "下限"
		}
		c.Lines = append(c.Lines, ChartRule{Role: RuleLimit, Value: ind.Target.Value, Label: word + r.Format(ind.Target.Value)})
	default:
		if plottable(r.TargetValue) {
			c.Series = append(c.Series, ChartSeries{Role: SeriesTarget, Label: seriesLabels[SeriesTarget],
				Points: []ChartPoint{pt(e.T, *r.TargetValue)}})
		}
	}
	return c
}

// statusChart counts the indicators by status in each category that has
// one: a bar a category, in the plan's order, a segment a status that
// occurs anywhere (Legend), best first. The statuses are the summary's
// (the stage's, model.StageStatuses, and any an analyst set).
func statusChart(res *Result) *Chart {
	var groups []GroupSummary
	for _, g := range res.Summary.Categories {
		if g.Total > 0 {
			groups = append(groups, g)
		}
	}
	if len(groups) == 0 {
		return nil
	}
	c := &Chart{Kind: ChartBars}
	var used []Status
	for _, st := range chartStatuses(res.Stage, groups) {
		for _, g := range groups {
			if groupCount(g, st) > 0 {
				used = append(used, st)
				break
			}
		}
	}
	for _, st := range used {
		c.Legend = append(c.Legend, string(st))
	}
	for _, g := range groups {
		b := BarGroup{Label: g.Name}
		for _, st := range used {
			b.Segments = append(b.Segments, BarSegment{Key: string(st), Label: st.Label(), N: groupCount(g, st)})
		}
		c.Bars = append(c.Bars, b)
	}
	return c
}

// chartStatuses is the stage's statuses and any other the groups count, in
// Statuses() order.
func chartStatuses(stage model.Stage, groups []GroupSummary) []Status {
	in := map[Status]bool{}
	for _, st := range model.StageStatuses(stage) {
		in[st] = true
	}
	for _, g := range groups {
		for _, c := range g.ByStatus {
			in[c.Status] = true
		}
	}
	var out []Status
	for _, st := range Statuses() {
		if in[st] {
			out = append(out, st)
		}
	}
	return out
}

func groupCount(g GroupSummary, st Status) int {
	for _, c := range g.ByStatus {
		if c.Status == st {
			return c.N
		}
	}
	return 0
}

// TaskNotReported is the key of the tasks not reported in TaskChart (the
// zero model.Progress, which a key cannot be).
const TaskNotReported = "not_reported"

// taskChart counts the tasks by reported progress in each chapter that has
// one: a bar a chapter, a segment a state that occurs anywhere, in the
// order 已完成, 按计划推进, 滞后, 未启动, 未报送.
func taskChart(res *Result) *Chart {
	var groups []TaskGroup
	for _, g := range res.TaskChapters {
		if g.Total > 0 {
			groups = append(groups, g)
		}
	}
	if len(groups) == 0 {
		return nil
	}
	states := []struct {
		key   string
		label string
		n     func(TaskGroup) int
	}{
		{string(model.Done), model.Done.Label(), func(g TaskGroup) int { return g.Done }},
		{string(model.OnSchedule), model.OnSchedule.Label(), func(g TaskGroup) int { return g.OnSchedule }},
		{string(model.Behind), model.Behind.Label(), func(g TaskGroup) int { return g.Behind }},
		{string(model.NotStarted), model.NotStarted.Label(), func(g TaskGroup) int { return g.NotStarted }},
		{TaskNotReported, model.NotReported.Label(), func(g TaskGroup) int { return g.NoReport }},
	}
	c := &Chart{Kind: ChartBars}
	var used []int
	for i, st := range states {
		for _, g := range groups {
			if st.n(g) > 0 {
				used = append(used, i)
				c.Legend = append(c.Legend, st.key)
				break
			}
		}
	}
	for _, g := range groups {
		b := BarGroup{Label: g.Name}
		for _, i := range used {
			b.Segments = append(b.Segments, BarSegment{Key: states[i].key, Label: states[i].label, N: states[i].n(g)})
		}
		c.Bars = append(c.Bars, b)
	}
	return c
}
