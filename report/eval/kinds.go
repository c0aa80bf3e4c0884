package eval

import (
	"math"

	"plancheck/report/model"
)

// A rule judges one target kind. B = base year, T = target year, y = the
// year judged, s = (y−B)/(T−B).
type rule interface {
	base() (float64, bool)
	targetLevel() *float64 // the level to reach by T, where the kind has one
	// planned is the planned path in year y (B ≤ y ≤ T), in the terms of
	// the yearly values (a level, a yearly rate, a running total); false
	// where the kind has no path. It is the one formula of Expected and of
	// the charts' planned series.
	planned(y int) (float64, bool)
	judge(y int) judgment
	project() (projection, bool) // at Y, when the kind can be projected
	direction() model.Direction  // which way is better; "" when none
	usedRefs() []string
}

type common struct {
	e   *evaluator
	ind *model.Indicator
	s   model.Series
}

func (c common) base() (float64, bool) {
	if c.ind.Baseline != nil {
		return *c.ind.Baseline, true
	}
	if o, ok := c.s[c.e.B]; ok {
		return o.Value, true
	}
	return 0, false
}

func (c common) targetLevel() *float64       { return nil }
func (c common) usedRefs() []string          { return nil }
func (c common) planned(int) (float64, bool) { return 0, false }
func (c common) project() (projection, bool) {
	return projection{}, false
}

func (c common) noValue(y int) judgment {
	return judgment{status: NoData, reason: model.ReasonNoValue, years: []int{y}}
}

func (c common) noBase() judgment {
	return judgment{status: NoData, reason: model.ReasonNoBaseline, years: []int{c.e.B}}
}

// gaps reports the years in (B, y] without a value, as a no_data judgment.
func (c common) gaps(y int) (judgment, bool) {
	if m := missingYears(c.s, c.e.B, y); len(m) > 0 {
		return judgment{status: NoData, reason: model.ReasonMissingYears, years: m}, true
	}
	return judgment{}, false
}

// linear is the planned path of a level moving from base to target over
// the plan: base + (target − base)·s.
func linear(base, target, s float64) float64 { return base + (target-base)*s }

// reachedStatus is the status of a target reached in year y: achieved ahead
// of time before T, met in T itself.
func (c common) reachedStatus(y int) Status {
	if y < c.e.T {
		return Achieved
	}
	return Met
}

func (c common) remaining() int { return c.e.T - c.e.Y }

func (e *evaluator) kindFor(ind *model.Indicator) rule {
	c := common{e: e, ind: ind, s: e.values[ind.ID]}
	t := ind.Target
	switch t.Kind {
	case model.Level:
		return &levelRule{common: c, delta: false}
	case model.Delta:
		return &levelRule{common: c, delta: true}
	case model.AvgGrowth:
		return &growthRule{common: c}
	case model.Cumulative:
		return &cumulativeRule{common: c}
	case model.Reduction:
		return &reductionRule{common: c}
	case model.Ceiling, model.Floor:
		return &limitRule{common: c, ceiling: t.Kind == model.Ceiling}
	case model.Municipal:
		return &municipalRule{common: c}
	case model.Relative:
		return &relativeRule{common: c}
	case model.Boolean:
		return &booleanRule{common: c}
	}
	return &noneRule{common: c}
}

// levelRule: reach a level by T (level), or change by an amount (delta).
// progress p = (v_y − base)/(target − base), pace R = p/s; achieved once the
// target is reached. The planned path is linear.
type levelRule struct {
	common
	delta bool
}

func (r *levelRule) target() (float64, bool) {
	base, ok := r.base()
	if !r.delta {
		return r.ind.Target.Value, true
	}
	return base + r.ind.Target.Value, ok
}

func (r *levelRule) targetLevel() *float64 {
	if t, ok := r.target(); ok {
		return num(t)
	}
	return nil
}

func (r *levelRule) direction() model.Direction {
	if d := r.ind.Target.Direction; d != "" {
		return d
	}
	base, ok := r.base()
	if t, tok := r.target(); ok && tok && t < base {
		return model.Down
	}
	return model.Up
}

func (r *levelRule) planned(y int) (float64, bool) {
	base, ok := r.base()
	target, tok := r.target()
	return linear(base, target, r.e.elapsed(y)), ok && tok
}

func (r *levelRule) judge(y int) judgment {
	base, ok := r.base()
	if !ok {
		return r.noBase()
	}
	target, _ := r.target()
	o, ok := r.s[y]
	if !ok {
		return r.noValue(y)
	}
	return judgeLevel(r.common, y, base, target, o.Value, r.direction())
}

// judgeLevel is the level arithmetic, shared by level, delta and a limit the
// base year breaks.
func judgeLevel(c common, y int, base, target, v float64, dir model.Direction) judgment {
	s := c.e.elapsed(y)
	j := judgment{expected: num(linear(base, target, s))}
	reached := v >= target
	if dir == model.Down {
		reached = v <= target
	}
	if target == base {
		// Nothing to move: the target is to hold the level.
		j.reason = model.ReasonHoldLevel
		if reached {
			j.status = Met
		} else {
			j.status = NotMet
		}
		return j
	}
	p := (v - base) / (target - base)
	R := p / s
	j.progress, j.pace = num(p), num(R)
	j.paceBasis, j.progressBasis = num(s), num(target-base)
	switch {
	case reached:
		j.status = c.reachedStatus(y)
	default:
		j.status = classify(R, c.e.th)
	}
	return j
}

func (r *levelRule) project() (projection, bool) {
	base, ok := r.base()
	o, ok2 := r.s[r.e.Y]
	if !ok || !ok2 {
		return projection{}, false
	}
	target, _ := r.target()
	return projectLevel(r.common, base, target, o.Value, r.direction()), true
}

// projectLevel extends the realized average yearly change since B to T.
func projectLevel(c common, base, target, v float64, dir model.Direction) projection {
	n := float64(c.e.Y - c.e.B)
	d := (v - base) / n
	left := float64(c.remaining())
	pr := projection{value: v + d*left}
	if dir == model.Down {
		pr.miss, pr.gap = pr.value-target, v-target
	} else {
		pr.miss, pr.gap = target-pr.value, target-v
	}
	need := (target - v) / left
	pr.required = num(need)
	pr.closed = pr.gap <= 0
	return pr
}

// growthRule: average yearly growth ≥ value %. Cumulative growth
// G = Π(1 + r_i/100) − 1 over B < i ≤ y (or v_y/v_B − 1 from levels);
// R = G / ((1 + value/100)^(y−B) − 1); the realized average is
// (1+G)^(1/(y−B)) − 1 — never an average of the rates.
type growthRule struct{ common }

func (r *growthRule) levels() bool               { return r.ind.Target.Data == model.LevelD }
func (r *growthRule) direction() model.Direction { return model.Up }
func (r *growthRule) rate() float64              { return r.ind.Target.Value / 100 }

// planned is, from levels, the base grown at the target rate:
// base·(1 + v)^(y−B); from rates, the target rate itself.
func (r *growthRule) planned(y int) (float64, bool) {
	if !r.levels() {
		return r.ind.Target.Value, true
	}
	base, ok := r.common.base()
	return base * math.Pow(1+r.rate(), float64(y-r.e.B)), ok
}

// targetLevel is, from levels, the base grown at the target rate to T.
func (r *growthRule) targetLevel() *float64 {
	if v, ok := r.planned(r.e.T); ok && r.levels() {
		return num(v)
	}
	return nil
}

func (r *growthRule) base() (float64, bool) {
	if r.levels() {
		return r.common.base()
	}
	// A rate series has no base level; the base year's rate is shown if reported.
	if o, ok := r.s[r.e.B]; ok {
		return o.Value, true
	}
	return 0, false
}

// growth returns G for year y, or a judgment saying why there is none.
func (r *growthRule) growth(y int) (float64, judgment, bool) {
	if r.levels() {
		base, ok := r.common.base()
		if !ok {
			return 0, r.noBase(), false
		}
		o, ok := r.s[y]
		if !ok {
			return 0, r.noValue(y), false
		}
		if base <= 0 {
			return 0, judgment{status: NotAssessed, reason: model.ReasonBaseNotPositive, years: []int{r.e.B}}, false
		}
		return o.Value/base - 1, judgment{}, true
	}
	if j, bad := r.gaps(y); bad {
		return 0, j, false
	}
	g := 1.0
	for i := r.e.B + 1; i <= y; i++ {
		g *= 1 + r.s[i].Value/100
	}
	return g - 1, judgment{}, true
}

func (r *growthRule) judge(y int) judgment {
	G, j, ok := r.growth(y)
	if !ok {
		return j
	}
	n := float64(y - r.e.B)
	v := r.rate()
	planned := math.Pow(1+v, n) - 1
	whole := math.Pow(1+v, float64(r.e.T-r.e.B)) - 1
	j = judgment{cumulative: num(G * 100)}
	if 1+G > 0 {
		j.realized = num((math.Pow(1+G, 1/n) - 1) * 100)
	}
	if e, ok := r.planned(y); ok {
		j.expected = num(e)
	}
	if math.Abs(planned) < 1e-12 {
		// A target of 0% growth: hold the level; judged as met or not.
		j.reason = model.ReasonZeroGrowth
		if G >= 0 {
			j.status = Met
		} else {
			j.status = NotMet
		}
		return j
	}
	R := G / planned
	j.pace = num(R)
	j.progress = num(G / whole)
	j.paceBasis, j.progressBasis = num(planned), num(whole)
	if whole > 0 && round9(G) >= round9(whole) {
		j.status = r.reachedStatus(y)
	} else {
		j.status = classify(R, r.e.th)
	}
	return j
}

func (r *growthRule) project() (projection, bool) {
	G, _, ok := r.growth(r.e.Y)
	if !ok || 1+G <= 0 {
		return projection{}, false
	}
	n := float64(r.e.Y - r.e.B)
	left := float64(r.remaining())
	a := math.Pow(1+G, 1/n) - 1
	whole := math.Pow(1+r.rate(), float64(r.e.T-r.e.B)) - 1
	GP := (1+G)*math.Pow(1+a, left) - 1
	pr := projection{value: a * 100, miss: whole - GP, gap: whole - G}
	if r.levels() {
		base, _ := r.common.base()
		pr.value = base * (1 + GP)
	}
	need := (math.Pow((1+whole)/(1+G), 1/left) - 1) * 100
	pr.required = num(need)
	pr.closed = pr.gap <= 0
	return pr, true
}

// cumulativeRule: a total over the period of about value. R = (Σx_i/value)/s;
// achieved when Σ ≥ value·(1−approx).
type cumulativeRule struct{ common }

func (r *cumulativeRule) direction() model.Direction { return model.Up }
func (r *cumulativeRule) base() (float64, bool)      { return r.common.base() }
func (r *cumulativeRule) targetLevel() *float64      { return num(r.ind.Target.Value) }
func (r *cumulativeRule) goal() float64              { return r.ind.Target.Value * (1 - r.ind.Target.Approx) }

// planned is the running total the plan expects by y: value·s.
func (r *cumulativeRule) planned(y int) (float64, bool) {
	return r.ind.Target.Value * r.e.elapsed(y), true
}

func (r *cumulativeRule) sum(y int) float64 {
	var S float64
	for i := r.e.B + 1; i <= y; i++ {
		S += r.s[i].Value
	}
	return S
}

func (r *cumulativeRule) judge(y int) judgment {
	if j, bad := r.gaps(y); bad {
		return j
	}
	S := r.sum(y)
	s := r.e.elapsed(y)
	p := S / r.ind.Target.Value
	planned, _ := r.planned(y)
	j := judgment{expected: num(planned), cumulative: num(S), progress: num(p), pace: num(p / s),
		paceBasis: num(s), progressBasis: num(r.ind.Target.Value)}
	if round9(S) >= round9(r.goal()) {
		j.status = r.reachedStatus(y)
	} else {
		j.status = classify(p/s, r.e.th)
	}
	return j
}

func (r *cumulativeRule) project() (projection, bool) {
	if _, bad := r.gaps(r.e.Y); bad {
		return projection{}, false
	}
	S := r.sum(r.e.Y)
	left := float64(r.remaining())
	pr := projection{value: S + S/float64(r.e.Y-r.e.B)*left}
	pr.miss, pr.gap = r.goal()-pr.value, r.goal()-S
	need := (r.ind.Target.Value - S) / left
	pr.required = num(need)
	pr.closed = need <= 0
	return pr, true
}

// reductionRule: a total reduction over the period of at least value %, from
// yearly reductions d_i. C = 1 − Π(1 − d_i/100); R = C / (1 − (1 − value/100)^s).
type reductionRule struct{ common }

func (r *reductionRule) direction() model.Direction { return model.Up }
func (r *reductionRule) V() float64                 { return r.ind.Target.Value / 100 }

// planned is the yearly reduction that gives the target over the plan:
// 1 − (1 − V)^(1/(T−B)), in %.
func (r *reductionRule) planned(int) (float64, bool) {
	return (1 - math.Pow(1-r.V(), 1/float64(r.e.T-r.e.B))) * 100, true
}

func (r *reductionRule) reduction(y int) (float64, judgment, bool) {
	if j, bad := r.gaps(y); bad {
		return 0, j, false
	}
	keep := 1.0
	for i := r.e.B + 1; i <= y; i++ {
		keep *= 1 - r.s[i].Value/100
	}
	return 1 - keep, judgment{}, true
}

func (r *reductionRule) judge(y int) judgment {
	C, j, ok := r.reduction(y)
	if !ok {
		return j
	}
	s := r.e.elapsed(y)
	V := r.V()
	n := float64(y - r.e.B)
	R := C / (1 - math.Pow(1-V, s))
	planned, _ := r.planned(y)
	j = judgment{
		expected:   num(planned),
		cumulative: num(C * 100), progress: num(C / V), pace: num(R),
		paceBasis: num(1 - math.Pow(1-V, s)), progressBasis: num(V),
	}
	if C < 1 {
		j.realized = num((1 - math.Pow(1-C, 1/n)) * 100)
	}
	if round9(C) >= round9(V) {
		j.status = r.reachedStatus(y)
	} else {
		j.status = classify(R, r.e.th)
	}
	return j
}

func (r *reductionRule) project() (projection, bool) {
	C, _, ok := r.reduction(r.e.Y)
	if !ok || C >= 1 {
		return projection{}, false
	}
	n := float64(r.e.Y - r.e.B)
	left := float64(r.remaining())
	V := r.V()
	a := 1 - math.Pow(1-C, 1/n)
	CP := 1 - (1-C)*math.Pow(1-a, left)
	pr := projection{value: CP * 100, miss: V - CP, gap: V - C}
	need := (1 - math.Pow((1-V)/(1-C), 1/left)) * 100
	pr.required = num(need)
	pr.closed = pr.gap <= 0
	return pr, true
}

// limitRule: never above (ceiling) or below (floor) the value, judged met or
// not met every year. A limit the base year already breaks is judged as a
// level target moving toward the limit, with pace, until it is reached;
// from then on as a limit.
type limitRule struct {
	common
	ceiling bool
}

func (r *limitRule) direction() model.Direction {
	if r.ceiling {
		return model.Down
	}
	return model.Up
}

func (r *limitRule) targetLevel() *float64 { return num(r.ind.Target.Value) }

func (r *limitRule) within(v float64) bool {
	if r.ceiling {
		return v <= r.ind.Target.Value
	}
	return v >= r.ind.Target.Value
}

// planned is, when the base breaks the limit, the straight line from the
// base to the limit in T (the path judgeLevel judges by while the limit is
// not yet reached); a limit the base keeps has no path.
func (r *limitRule) planned(y int) (float64, bool) {
	base, ok := r.base()
	if !ok || r.within(base) {
		return 0, false
	}
	return linear(base, r.ind.Target.Value, r.e.elapsed(y)), true
}

// approaching reports whether year y is still judged as a level moving
// toward the limit: the base breaks it and no year in (B, y] has met it.
func (r *limitRule) approaching(y int) bool {
	base, ok := r.base()
	if !ok || r.within(base) {
		return false
	}
	for i := r.e.B + 1; i <= y; i++ {
		if o, ok := r.s[i]; ok && r.within(o.Value) {
			return false
		}
	}
	return true
}

func (r *limitRule) judge(y int) judgment {
	o, ok := r.s[y]
	if !ok {
		return r.noValue(y)
	}
	L := r.ind.Target.Value
	if r.approaching(y) {
		base, _ := r.base()
		return judgeLevel(r.common, y, base, L, o.Value, r.direction())
	}
	// A limit has no planned path: the limit itself is TargetValue.
	var j judgment
	if r.within(o.Value) {
		j.status = Met
	} else {
		j.status = NotMet
	}
	return j
}

func (r *limitRule) project() (projection, bool) {
	if !r.approaching(r.e.Y) {
		return projection{}, false
	}
	base, _ := r.base()
	o, ok := r.s[r.e.Y]
	if !ok {
		return projection{}, false
	}
	return projectLevel(r.common, base, r.ind.Target.Value, o.Value, r.direction()), true
}

// municipalRule: meet the city's yearly requirement (compare le or ge), or a
// yes/no that must be yes. Not assessed when the requirement is missing.
type municipalRule struct{ common }

func (r *municipalRule) direction() model.Direction {
	if r.ind.Target.Compare == model.LE {
		return model.Down
	}
	return model.Up
}

func (r *municipalRule) judge(y int) judgment {
	o, ok := r.s[y]
	if r.ind.Target.Compare == model.Yes {
		if !ok {
			return r.noValue(y)
		}
		return yesNo(o.Value)
	}
	req, rok := r.e.reqs[r.ind.ID][y]
	switch {
	case !ok && !rok:
		return judgment{status: NoData, reason: model.ReasonNoValueNoReq, years: []int{y}}
	case !ok:
		j := r.noValue(y)
		j.requirement = num(req.Value)
		return j
	case !rok:
		return judgment{status: NotAssessed, reason: model.ReasonRequirementMissing, years: []int{y}}
	}
	// The city's requirement is not a planned path: Expected stays empty.
	j := judgment{requirement: num(req.Value)}
	met := o.Value <= req.Value
	if r.ind.Target.Compare == model.GE {
		met = o.Value >= req.Value
	}
	if met {
		j.status = Met
	} else {
		j.status = NotMet
	}
	return j
}

func yesNo(v float64) judgment {
	if v == 1 {
		return judgment{status: Met}
	}
	return judgment{status: NotMet}
}

// relativeRule: compared each year with another indicator (compare: sync,
// a ≥ b − tolerance; or le/ge) or with a reference series (le/ge).
type relativeRule struct{ common }

func (r *relativeRule) direction() model.Direction {
	if r.ind.Target.Compare == model.LE {
		return model.Down
	}
	return model.Up
}

func (r *relativeRule) usedRefs() []string {
	if r.ind.Target.Reference != "" {
		return []string{r.ind.Target.Reference}
	}
	return nil
}

// other is the series the indicator is compared with, and its id and name:
// another indicator's (To) or a reference's.
func (r *relativeRule) other() (s model.Series, id, name string) {
	t := r.ind.Target
	if t.To != "" {
		name := t.To
		if o := r.e.inds[t.To]; o != nil {
			name = o.Name
		}
		return r.e.values[t.To], t.To, name
	}
	name = t.Reference
	if ref := r.e.refInfo[t.Reference]; ref != nil {
		name = ref.Name
	}
	return r.e.refs[t.Reference], t.Reference, name
}

func (r *relativeRule) judge(y int) judgment {
	o, ok := r.s[y]
	if !ok {
		return r.noValue(y)
	}
	s, _, _ := r.other()
	b, bok := s[y]
	if !bok {
		return judgment{status: NotAssessed, reason: model.ReasonComparedMissing, years: []int{y}}
	}
	j := judgment{compared: num(b.Value), expected: num(b.Value)}
	var met bool
	switch r.ind.Target.Compare {
	case model.Sync:
		met = round9(o.Value) >= round9(b.Value-r.e.th.SyncTolerance)
		j.expected = num(b.Value - r.e.th.SyncTolerance)
	case model.LE:
		met = o.Value <= b.Value
	default:
		met = o.Value >= b.Value
	}
	if met {
		j.status = Met
	} else {
		j.status = NotMet
	}
	return j
}

// booleanRule: a yes/no that must be yes.
type booleanRule struct{ common }

func (r *booleanRule) direction() model.Direction { return model.Up }
func (r *booleanRule) judge(y int) judgment {
	o, ok := r.s[y]
	if !ok {
		return r.noValue(y)
	}
	return yesNo(o.Value)
}

// noneRule: monitored, no target.
type noneRule struct{ common }

func (r *noneRule) direction() model.Direction { return r.ind.Target.Direction }
func (r *noneRule) judge(y int) judgment {
	return judgment{status: NotAssessed, reason: model.ReasonMonitorOnly}
}
