package eval

import (
	"math"

	"plancheck/report/model"
)

// final judges an indicator in the target year against its target itself
// (完成, 基本完成, 未完成), replacing the pace status of r.Status and of
// r.Years[T]. A year without a judgment (no_data, not_assessed) keeps it,
// with its reason; a monitored indicator (none) stays not assessed.
//
// The pace kinds (level, delta, avg_growth, cumulative, reduction) are
// judged by the share of the target done by T (progress, the share the
// annual rules compute):
//   - completed when the full target is reached;
//   - mostly completed when progress ≥ 1 − tol, where tol is the target's
//     own approx (a 左右 total) if it has one, else
//     Thresholds.FinalTolerance (default 0.05);
//   - not completed otherwise, and where no share of a distance exists (a
//     target equal to the base, held or not; a growth target ≤ 0%).
//
// A cumulative total's annual rule counts value·(1 − approx) as reached;
// the final one does not: 完成 is the full value, and the approx band is
// 基本完成.
//
// The limits and requirements (ceiling, floor, municipal, relative,
// boolean) are judged over the whole period B<y≤T by the statuses of its
// years: completed when met in every year with a judgment, mostly completed
// when met in T but not met in some earlier year, not completed when not
// met in T. r.BrokenYears lists the years not met. A year without a
// judgment (no value, no requirement, no compared value) is not a broken
// year; nor is a year a limit the base year broke was still judged by its
// path toward the limit (limitRule.approaching) — but T itself is broken
// when the limit is not reached by then.
func (e *evaluator) final(ind *model.Indicator, _ rule, r *IndicatorResult) {
	if !r.Status.Assessable() || len(r.Years) == 0 {
		return
	}
	var st Status
	switch ind.Target.Kind {
	case model.Level, model.Delta, model.AvgGrowth, model.Cumulative, model.Reduction:
		reached, share := finalShare(ind, r, e.B, e.T)
		tol := e.finalTolerance(ind)
		switch {
		case reached:
			st = model.Completed
		case share != nil && round9(*share) >= round9(1-tol):
			st = model.MostlyCompleted
		default:
			st = model.NotCompleted
		}
		if share != nil {
			r.Tolerance = num(tol)
		}
	case model.Ceiling, model.Floor, model.Municipal, model.Relative, model.Boolean:
		st, r.BrokenYears = finalPeriod(r.Years, e.B, e.T)
	default:
		return
	}
	r.Status = st
	last := &r.Years[len(r.Years)-1]
	last.Status, last.StatusLabel = st, st.Label()
}

// finalTolerance is the share of the target a 基本完成 may fall short by:
// the target's approx (左右) when it has one, else the plan's
// final_tolerance; a zero setting (Thresholds built without it) reads as
// the default.
func (e *evaluator) finalTolerance(ind *model.Indicator) float64 {
	if a := ind.Target.Approx; a > 0 {
		return a
	}
	if t := e.th.FinalTolerance; t > 0 {
		return t
	}
	return model.DefaultThresholds().FinalTolerance
}

// finalShare says whether a pace kind's full target is reached in T and
// the share of it done (nil where there is no distance to share).
//
//   - level, delta: reached when the rule says met (v_T at or beyond the
//     target in its direction); share p = (v_T − base)/(target − base);
//   - avg_growth: share G/W, the cumulative growth G = Π(1 + r_i) − 1
//     against the whole period's W = (1 + value)^(T−B) − 1 (compound:
//     from levels it is (v_T − base)/(target level − base), the level's
//     share); reached when G ≥ W. A target ≤ 0% has no share;
//   - reduction: share C/V, the total reduction against the target's;
//     reached when C ≥ V;
//   - cumulative: share Σx_i/value; reached when Σ ≥ value (not
//     value·(1 − approx): see final).
func finalShare(ind *model.Indicator, r *IndicatorResult, B, T int) (reached bool, share *float64) {
	full := r.Progress != nil && round9(*r.Progress) >= 1
	switch ind.Target.Kind {
	case model.Cumulative:
		return full, r.Progress
	case model.AvgGrowth:
		if ind.Target.Value <= 0 {
			// W ≤ 0: G/W does not measure how much was done. Reached
			// when the growth is at least the target's.
			if r.Status == Met {
				return true, nil
			}
			W := math.Pow(1+ind.Target.Value/100, float64(T-B)) - 1
			return r.Cumulative != nil && round9(*r.Cumulative/100) >= round9(W), nil
		}
	}
	return r.Status == Met || full, r.Progress
}

// finalPeriod judges a limit or requirement over the years B<y≤T from
// their statuses (see final) and lists the years it was not met.
func finalPeriod(years []YearResult, B, T int) (Status, []int) {
	var broken []int
	metT := false
	for _, y := range years {
		switch {
		case y.Year <= B:
		case y.Year == T:
			metT = y.Status == Met
			if !metT {
				broken = append(broken, y.Year)
			}
		case y.Status == NotMet:
			broken = append(broken, y.Year)
		}
	}
	switch {
	case !metT:
		return model.NotCompleted, broken
	case len(broken) > 0:
		return model.MostlyCompleted, broken
	}
	return model.Completed, nil
}
