package eval

import (
	"math"
	"strings"

	"plancheck/report/model"
)

// quality adds the data-quality findings (数据质量) of one indicator: years
// missing up to Y, impossible values (out_of_range: outside the range the
// unit or the plan allows, or of an absurd magnitude — in its values, its
// municipal requirements and the reference it is compared with), implausible
// jumps, a growth rate that contradicts its level series, municipal
// requirements missing, values without a source, approximate values, a
// baseline that disagrees with the workbook.
func (e *evaluator) quality(ind *model.Indicator, r *IndicatorResult) {
	s := e.values[ind.ID]
	// add records a finding of the indicator; f holds its facts (report/doc
	// words them).
	add := func(f Finding) {
		f.Indicator, f.Name = ind.ID, ind.Name
		e.findings = append(e.findings, f)
	}
	at := func(l model.Loc) string { return l.String() }

	// Years missing up to Y. A level needs its base year too, unless the plan prints the baseline.
	from := e.B + 1
	if needsBase(ind) && ind.Baseline == nil {
		from = e.B
	}
	var missing []int
	for y := from; y <= e.Y; y++ {
		if _, ok := s[y]; !ok {
			missing = append(missing, y)
		}
	}
	if len(missing) > 0 {
		add(Finding{Severity: Warning, Code: model.FindMissing, Year: missing[len(missing)-1], Years: missing})
	}

	// Requirements of a municipal le/ge indicator.
	if ind.Target.Kind == model.Municipal && ind.Target.Compare != model.Yes {
		var noReq []int
		for y := e.B + 1; y <= e.Y; y++ {
			if _, ok := e.reqs[ind.ID][y]; !ok {
				noReq = append(noReq, y)
			}
		}
		if len(noReq) > 0 {
			add(Finding{Severity: Warning, Code: model.FindRequirementMissing, Year: noReq[len(noReq)-1], Years: noReq})
		}
	}
	if ref := ind.Target.Reference; ind.Target.Kind == model.Relative && ref != "" {
		if m := missingYears(e.refs[ref], e.B, e.Y); len(m) > 0 {
			name := ref
			if rf := e.refInfo[ref]; rf != nil {
				name = rf.Name
			}
			add(Finding{Severity: Warning, Code: model.FindReferenceMissing, Year: m[len(m)-1], Years: m, Reference: model.Excerpt(name)})
		}
	}

	// Impossible values: the indicator's own, the city's requirements for
	// it, and the reference values it is compared with. Each finding names
	// the cell.
	lo, hi := ind.Bounds()
	// impossible checks a value of (of: value, requirement, reference)
	// against its bounds.
	impossible := func(y int, o model.Observation, of, ref string, lo, hi *float64) bool {
		f := Finding{Severity: Error, Code: model.FindOutOfRange, Year: y, At: at(o.At), Value: num(o.Value), Of: of, Reference: ref}
		switch {
		case math.Abs(o.Value) > model.MaxMagnitude:
			f.Limit, f.Bound = num(model.MaxMagnitude), "magnitude"
		case lo != nil && o.Value < *lo:
			f.Limit, f.Bound = num(*lo), "min"
		case hi != nil && o.Value > *hi:
			f.Limit, f.Bound = num(*hi), "max"
		default:
			return false
		}
		add(f)
		return true
	}
	if ind.Target.Kind == model.Municipal && ind.Target.Compare != model.Yes {
		reqs := e.reqs[ind.ID]
		for _, y := range sortedYears(reqs) {
			if y <= e.Y {
				impossible(y, reqs[y], "requirement", "", lo, hi)
			}
		}
	}
	if ref := ind.Target.Reference; ind.Target.Kind == model.Relative && ref != "" {
		name := ref
		if rf := e.refInfo[ref]; rf != nil {
			name = rf.Name
		}
		rs := e.refs[ref]
		for _, y := range sortedYears(rs) {
			// A reference's unit does not say whether it is a share or a
			// rate: only its magnitude is checked.
			if y <= e.Y {
				impossible(y, rs[y], "reference", model.Excerpt(name), nil, nil)
			}
		}
	}
	var noSource []int
	var noSourceAt model.Loc
	for _, y := range sortedYears(s) {
		o := s[y]
		if y > e.Y {
			continue
		}
		absurd := impossible(y, o, "value", "", lo, hi) && math.Abs(o.Value) > model.MaxMagnitude
		if strings.TrimSpace(o.Source) == "" {
			if len(noSource) == 0 {
				noSourceAt = o.At
			}
			noSource = append(noSource, y)
		}
		if o.Approx {
			add(Finding{Severity: Warning, Code: model.FindApproximate, Year: y, At: at(o.At), Value: num(o.Value), Text: model.Excerpt(o.Text)})
		}
		// Jumps against the year before; an absurd value is refused already.
		prev, ok := s[y-1]
		if !ok || absurd || math.Abs(prev.Value) > model.MaxMagnitude || ind.IsYesNo() || ind.Target.Kind == model.Cumulative {
			continue
		}
		if ind.IsRate() {
			if d := math.Abs(o.Value - prev.Value); d > e.th.RateJump {
				add(Finding{Severity: Warning, Code: model.FindJump, Year: y, At: at(o.At), Of: "rate", Value: num(o.Value), Previous: num(prev.Value), Change: num(d), Limit: num(e.th.RateJump)})
			}
		} else if prev.Value != 0 {
			if d := math.Abs(o.Value-prev.Value) / math.Abs(prev.Value); d > e.th.Jump {
				add(Finding{Severity: Warning, Code: model.FindJump, Year: y, At: at(o.At), Of: "value", Value: num(o.Value), Previous: num(prev.Value), Change: num(d), Limit: num(e.th.Jump)})
			}
		}
	}
	if len(noSource) > 0 {
		add(Finding{Severity: Warning, Code: model.FindNoSource, Year: noSource[0], At: at(noSourceAt), Years: noSource})
	}

	// A growth rate against the level series behind it.
	if ind.Levels != "" && ind.IsRate() {
		lv := e.values[ind.Levels]
		if lv == nil {
			lv = e.refs[ind.Levels]
		}
		for _, y := range sortedYears(s) {
			cur, ok1 := lv[y]
			prev, ok2 := lv[y-1]
			if y > e.Y || !ok1 || !ok2 || prev.Value == 0 {
				continue
			}
			implied := (cur.Value/prev.Value - 1) * 100
			if d := math.Abs(implied - s[y].Value); d > e.th.GrowthTolerance {
				add(Finding{Severity: Warning, Code: model.FindGrowthMismatch, Year: y, At: at(s[y].At),
					Value: num(s[y].Value), Expected: num(implied), Previous: num(prev.Value), Current: num(cur.Value), Change: num(d), Limit: num(e.th.GrowthTolerance)})
			}
		}
	}

	// The plan's printed baseline against the workbook's base year.
	if o, ok := s[e.B]; ok && ind.Baseline != nil && needsBase(ind) && math.Abs(o.Value-*ind.Baseline) > 1e-9*math.Max(1, math.Abs(o.Value)) {
		add(Finding{Severity: Warning, Code: model.FindBaselineMismatch, Year: e.B, At: at(o.At), Value: num(o.Value), Expected: num(*ind.Baseline)})
	}
}

// needsBase reports whether the kind measures progress from a base level.
func needsBase(ind *model.Indicator) bool {
	switch ind.Target.Kind {
	case model.Level, model.Delta, model.Ceiling, model.Floor:
		return true
	case model.AvgGrowth:
		return ind.Target.Data == model.LevelD
	}
	return false
}
