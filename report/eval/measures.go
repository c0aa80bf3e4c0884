package eval

import (
	"sort"

	"plancheck/report/model"
)

// measures groups the indicators by what they need next (下一步工作建议),
// each indicator in one group at most, tested in this order:
//   - adjust (调整): projected unlikely to be met (band unlikely) or, in
//     the final year, not completed — policy or plan adjustment; an
//     indicator whose status is good but whose projection is unlikely is
//     here, not under 巩固, as it is among the Proposals;
//   - consolidate (巩固): a good status (achieved, ahead, on track, met;
//     completed in the final year), mostly completed excepted;
//   - push (加力): off track (lagging, seriously lagging, reversed, not met)
//     and not projected unlikely; in the final year mostly completed (基本
//     完成: short of the target within the tolerance).
//
// An indicator without a judgment (no data, not assessed) is in none.
// Each group's indicators are the binding ones first, then plan order; its
// Leads are their lead departments in that order, each once. A group with
// no indicator is left out.
func measures(res *Result) []MeasureGroup {
	by := map[model.Measure][]*IndicatorResult{}
	for i := range res.Indicators {
		r := &res.Indicators[i]
		if m, ok := measureOf(r); ok {
			by[m] = append(by[m], r)
		}
	}
	out := []MeasureGroup{}
	for _, m := range model.Measures() {
		rs := by[m]
		if len(rs) == 0 {
			continue
		}
		sort.SliceStable(rs, func(a, b int) bool { return rs[a].Binding && !rs[b].Binding })
		g := MeasureGroup{Measure: m, Label: m.Label(), Indicators: []string{}, Leads: []string{}}
		seen := map[string]bool{}
		for _, r := range rs {
			g.Indicators = append(g.Indicators, r.ID)
			if r.Lead != "" && !seen[r.Lead] {
				seen[r.Lead] = true
				g.Leads = append(g.Leads, r.Lead)
			}
		}
		out = append(out, g)
	}
	return out
}

// measureOf is the measure an indicator needs (see measures); false for
// one without a judgment.
func measureOf(r *IndicatorResult) (model.Measure, bool) {
	switch s := r.Status; {
	case !s.Assessable():
		return "", false
	case willMiss(r):
		return model.Adjust, true
	case s == model.MostlyCompleted:
		return model.Push, true
	case s.Good():
		return model.Consolidate, true
	case s.OffTrack():
		return model.Push, true
	}
	return "", false
}

// willMiss reports whether an indicator will miss its target or has missed
// it: projected unlikely, or not completed in the final year. It is the
// rule of 调整 and of the Proposals.
func willMiss(r *IndicatorResult) bool {
	return r.Status.Assessable() && (r.ProjectionBand == Unlikely || r.Status == model.NotCompleted)
}
