package eval

import (
	"math"
	"sort"

	"plancheck/report/model"
)

// proposals lists 规划调整建议: every indicator projected unlikely to be met
// (in the final year: not completed), the binding ones first, then plan
// order, with its target, where it stands, its projection and its gap in
// the target's terms (see targetTerms), and its handling.
//
// The handling proposed is always KeepTarget (保持目标、加大力度): lowering
// a target or changing how it is measured is a decision of the analysts
// and, for a binding target, of the legal procedure, not a rule the tool
// may apply on its own; the tool states the gap, the analysts choose. An
// analyst's choice read back from the Excel report's 规划调整建议 sheet
// (chosen) replaces it where it is of this year (Proposal.Year = Y, or 0
// when the workbook does not say) and its handling reads as one of
// model.Handlings (report/sheet refuses the others; one that slipped
// through is ignored here); of two choices for an indicator the later
// wins. A choice for an indicator not among the proposals is ignored.
func proposals(res *Result, chosen []model.Proposal) []Proposal {
	pick := map[string]model.Proposal{}
	for _, c := range chosen {
		if c.Year != 0 && c.Year != res.Year {
			continue
		}
		if _, ok := model.ParseHandling(c.Handling); ok {
			pick[c.ID] = c
		}
	}
	var rs []*IndicatorResult
	for i := range res.Indicators {
		if willMiss(&res.Indicators[i]) {
			rs = append(rs, &res.Indicators[i])
		}
	}
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].Binding && !rs[b].Binding })
	out := []Proposal{}
	for _, r := range rs {
		pr := Proposal{
			Indicator: r.ID, Name: r.Name, Binding: r.Binding, Lead: r.Lead, LeadName: r.LeadName,
			Unit: r.Unit, Decimals: r.Decimals, Kind: r.Kind, Value: r.Value, Handling: model.KeepTarget,
		}
		pr.Target, pr.Attained, pr.Projected, pr.Gap = targetTerms(r)
		if c, ok := pick[r.ID]; ok {
			pr.Handling, _ = model.ParseHandling(c.Handling)
			pr.Chosen, pr.Reason, pr.At = true, c.Reason, c.At.String()
		}
		pr.HandlingLabel = pr.Handling.Label()
		out = append(out, pr)
	}
	return out
}

// targetTerms gives an indicator's target, where it stands in Y, where it
// is projected to stand in T (nil when not projected: the final year) and
// the gap, all in the terms of the target the plan states
// (IndicatorResult.TargetNumber, else TargetValue):
//
//	kind        target, attained, projected              gap (> 0: short)
//	level       the level                                target − projected (final: − value)
//	delta       the change from the base                 target − (projected − base)
//	avg_growth  the average yearly rate, %               target − the realized average rate, in points
//	reduction   the total reduction since B, %           target − projected reduction, in points
//	cumulative  the total since B                        target − projected total
//	ceiling     the bound                                projected − bound
//	floor       the bound                                bound − projected
//
// A target below the base (a level or delta to bring down) turns the gap's
// sign, as a ceiling's, so that a gap > 0 is always short. An avg_growth
// indicator's projection continues its realized average rate
// (IndicatorResult.Realized), so that rate is the projected average rate
// of the whole period, whether the workbooks report rates or levels. A
// target equal to its base (to hold a level) is missed on either side: its
// gap is the distance. The final year's gap is against what was attained
// (the value, the change, the realized rate, the total reduction or sum).
// The kinds without a target number (municipal, relative, boolean, none)
// have none of these.
func targetTerms(r *IndicatorResult) (target, attained, projected, gap *float64) {
	target = r.TargetNumber
	if target == nil {
		target = r.TargetValue
	}
	var sign float64 = 1
	switch r.Kind {
	case model.Level, model.Ceiling, model.Floor:
		attained, projected = r.Value, r.Projected
		switch {
		case r.Kind == model.Ceiling:
			sign = -1
		case r.Kind == model.Level && target != nil && r.Baseline != nil:
			if *target < *r.Baseline {
				sign = -1
			} else if *target == *r.Baseline {
				sign = 0
			}
		}
	case model.Delta:
		if r.Baseline != nil {
			attained, projected = minus(r.Value, *r.Baseline), minus(r.Projected, *r.Baseline)
		}
		if target != nil && *target < 0 {
			sign = -1
		} else if target != nil && *target == 0 {
			sign = 0
		}
	case model.AvgGrowth:
		attained = r.Realized
		if r.Projected != nil {
			projected = r.Realized
		}
	case model.Reduction, model.Cumulative:
		attained, projected = r.Cumulative, r.Projected
	default:
		return nil, nil, nil, nil
	}
	if target == nil {
		return nil, nil, nil, nil
	}
	x := projected
	if x == nil {
		x = attained
	}
	if x != nil {
		d := *target - *x
		if sign == 0 {
			d = math.Abs(d)
		} else {
			d *= sign
		}
		gap = num(d)
	}
	return target, attained, projected, gap
}

// minus is *v − d, nil when v is.
func minus(v *float64, d float64) *float64 {
	if v == nil {
		return nil
	}
	return num(*v - d)
}
