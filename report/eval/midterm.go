package eval

import "plancheck/report/model"

// The mid-term rule of 时间过半、任务过半 (Midterm.HalfRule).
const (
	// MidtermHalfShare is the progress at or above which an indicator is
	// 过半: half of its target done.
	MidtermHalfShare = 0.5
	// MidtermPlanShare is the share of the assessable indicators that must
	// be 过半 for the plan to be: the overall judgment's on-track share.
	MidtermPlanShare = JudgmentOnTrackShare
)

// midterm is the mid-term evaluation's look back and ahead (Midterm).
//
// 过半 is judged on the assessable indicators (Status.Assessable, after
// the analysts' adjustment): by Progress ≥ MidtermHalfShare where the rule
// computed a progress (level, delta, avg_growth, cumulative, reduction, a
// limit still approached), else by the status of Y being good (met,
// achieved; a requirement or limit kept). The plan is 过半 when at least
// MidtermPlanShare of them are and every assessable binding one is.
//
// The outlook lists each indicator off track (Status.OffTrack) or
// projected unlikely, in plan order, with what each remaining year needs
// (RequiredPace) and what each year did so far in the same terms:
//   - level, delta, and a limit being approached: (v_Y − base)/(Y−B), a
//     yearly change in the unit;
//   - cumulative: Σx_i/(Y−B), the yearly addition so far;
//   - avg_growth, reduction: the realized average yearly rate in %
//     (IndicatorResult.Realized).
//
// Where the kind has no required pace (municipal, relative, boolean, a
// limit already reached once, a target equal to the base) both are nil:
// the indicator is listed, and what it needs is to meet its requirement
// every remaining year.
func midterm(res *Result) *Midterm {
	B, Y := res.Plan.BaseYear, res.Year
	m := &Midterm{
		HalfShare: MidtermHalfShare, PlanShare: MidtermPlanShare,
		Years: []int{}, Half: []string{}, NotHalf: []string{}, Outlook: []Outlook{},
	}
	for y := B + 1; y <= Y; y++ {
		m.Years = append(m.Years, y)
	}
	bindingShort := false
	for i := range res.Indicators {
		r := &res.Indicators[i]
		if !r.Status.Assessable() {
			continue
		}
		half := r.Status.Good()
		if r.Progress != nil {
			half = round9(*r.Progress) >= MidtermHalfShare
		}
		if half {
			m.Half = append(m.Half, r.ID)
		} else {
			m.NotHalf = append(m.NotHalf, r.ID)
			bindingShort = bindingShort || r.Binding
		}
		if r.Status.OffTrack() || r.ProjectionBand == Unlikely {
			m.Outlook = append(m.Outlook, outlook(r, Y-B, res.Remaining))
		}
	}
	if n := len(m.Half) + len(m.NotHalf); n > 0 {
		m.HalfOfPlan = float64(len(m.Half)) / float64(n)
		m.HalfDone = round9(m.HalfOfPlan) >= MidtermPlanShare && !bindingShort
	}
	return m
}

// outlook is what an indicator needs per remaining year against what it
// did per year in the n years B<y≤Y (see midterm).
func outlook(r *IndicatorResult, n, remaining int) Outlook {
	o := Outlook{Indicator: r.ID, Required: r.RequiredPace, Remaining: remaining}
	if r.RequiredPace == nil || n <= 0 {
		return o
	}
	switch r.Kind {
	case model.Level, model.Delta, model.Ceiling, model.Floor:
		if r.Value != nil && r.Baseline != nil {
			o.Realized = num((*r.Value - *r.Baseline) / float64(n))
		}
	case model.Cumulative:
		if r.Cumulative != nil {
			o.Realized = num(*r.Cumulative / float64(n))
		}
	case model.AvgGrowth, model.Reduction:
		o.Realized = r.Realized
	}
	return o
}
