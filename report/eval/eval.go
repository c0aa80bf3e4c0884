// Package eval is plancheck's evaluation core: given a plan, the observations
// of its monitoring workbooks and an evaluation year, it judges every
// indicator against its target, projects it to the target year, names the
// major problems and checks the data.
//
// It is pure: it imports only the standard library and report/model, and
// touches no file, clock or network, so the same inputs always give the same
// Result. The arithmetic of each target kind is documented in
// docs/FORMAT.md and shown, case by case, in the tests.
package eval

import (
	"fmt"
	"math"
	"sort"

	"plancheck/report/model"
)

// YearError is returned when the evaluation year is outside the plan's
// evaluation years (B, T].
type YearError struct {
	Year, Base, Target int
}

func (e *YearError) Error() string {
	return fmt.Sprintf("year %d is outside the plan's evaluation years %d–%d (the year after the base year %d up to the target year); choose --year between them",
		e.Year, e.Base+1, e.Target, e.Base)
}

// Evaluate judges plan p in year y against the observations in ds. It fails
// only when y is outside (B, T]; everything wrong with the data becomes a
// status (no_data, not_assessed) with its reason, or a data-quality finding.
func Evaluate(p *model.Plan, ds *model.Dataset, y int) (*Result, error) {
	if y <= p.BaseYear || y > p.TargetYear {
		return nil, &YearError{Year: y, Base: p.BaseYear, Target: p.TargetYear}
	}
	if ds == nil {
		ds = &model.Dataset{}
	}
	e := &evaluator{
		p: p, th: p.Evaluation, B: p.BaseYear, T: p.TargetYear, Y: y,
		values: model.ByID(ds.Values), reqs: model.ByID(ds.Requirements), refs: model.ByID(ds.References),
		inds: make(map[string]*model.Indicator, len(p.Indicators)), refInfo: make(map[string]*model.Reference, len(p.References)),
	}
	// Relative targets and references look their partners up by id; a map
	// keeps a plan of thousands of linked indicators linear.
	for i := range p.Indicators {
		if _, dup := e.inds[p.Indicators[i].ID]; !dup {
			e.inds[p.Indicators[i].ID] = &p.Indicators[i]
		}
	}
	for i := range p.References {
		if _, dup := e.refInfo[p.References[i].ID]; !dup {
			e.refInfo[p.References[i].ID] = &p.References[i]
		}
	}
	if e.th == (model.Thresholds{}) {
		e.th = model.DefaultThresholds()
	}
	res := &Result{
		Format: Format,
		Plan: PlanInfo{ID: p.ID, Name: p.Name, ShortName: p.ShortName, Region: p.Region, Issuer: p.Issuer,
			BaseYear: p.BaseYear, TargetYear: p.TargetYear, Superior: p.SuperiorLevel()},
		Year:       y,
		Edition:    model.Internal,
		Elapsed:    e.elapsed(y),
		Remaining:  p.TargetYear - y,
		Stage:      p.Stage(y),
		Thresholds: e.th,
	}
	adjust := map[string]model.Adjustment{}
	for _, a := range ds.Adjustments {
		adjust[a.ID] = a
	}
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		r := e.indicator(ind)
		if a, ok := adjust[ind.ID]; ok {
			applyAdjustment(&r, a)
		}
		movement(&r, y)
		res.Indicators = append(res.Indicators, r)
		e.quality(ind, &r)
	}
	res.Tasks = e.tasks(ds)
	res.Projects = e.projects(ds)
	res.TaskChapters = taskGroups(res.Tasks, func(t *TaskResult) (string, string) { return t.Chapter, t.Chapter })
	res.Problems = problems(res)
	res.Quality = e.findings
	if res.Quality == nil {
		res.Quality = []Finding{}
	}
	res.Departments = departments(p, res)
	if res.Problems == nil {
		res.Problems = []Problem{}
	}
	if res.TaskChapters == nil {
		res.TaskChapters = []TaskGroup{}
	}
	res.Themes, res.BehindByCause = themes(p, res)
	res.Measures = measures(res)
	res.Proposals = proposals(res, ds.Proposals)
	if res.Stage == model.Midterm {
		res.Midterm = midterm(res)
	}
	res.FollowUp = followUp(res, ds.Previous)
	res.Achievements = achievements(p, res)
	res.Summary = summarize(p, res)
	res.StatusChart = statusChart(res)
	res.TaskChart = taskChart(res)
	res.Inputs = NewInputs(p, ds)
	return res, nil
}

// applyAdjustment puts an analyst's judgment over the rules': a manual
// status replaces the computed one (which is kept), a comment is carried to
// the reports. report/sheet has already refused a status without a reason
// or with an unknown label; an unknown label here is ignored.
func applyAdjustment(r *IndicatorResult, a model.Adjustment) {
	r.Comment, r.CommentPublic = a.Comment, a.Public
	st, ok := model.ParseStatus(a.Status)
	if !ok || a.Reason == "" {
		return
	}
	r.Manual, r.ComputedStatus, r.ManualReason = true, r.Status, a.Reason
	r.Status, r.StatusLabel = st, st.Label()
}

type evaluator struct {
	p          *model.Plan
	th         model.Thresholds
	B, T, Y    int
	values     map[string]model.Series
	reqs, refs map[string]model.Series
	inds       map[string]*model.Indicator // by id as the plan spells it
	refInfo    map[string]*model.Reference
	findings   []Finding
}

// elapsed is s = (y−B)/(T−B), the share of the plan's time gone by in year y.
func (e *evaluator) elapsed(y int) float64 {
	return float64(y-e.B) / float64(e.T-e.B)
}

// judgment is what a kind's rule says of one year.
type judgment struct {
	expected, progress, pace, cumulative, realized *float64
	requirement, compared                          *float64
	// paceBasis and progressBasis are the denominators of pace and
	// progress (for explain): R = numerator ÷ paceBasis, p = numerator ÷
	// progressBasis.
	paceBasis, progressBasis *float64
	status                   Status
	reason                   model.Reason
	years                    []int // the years the reason is about
}

func (e *evaluator) indicator(ind *model.Indicator) IndicatorResult {
	r := IndicatorResult{
		ID: ind.ID, Name: ind.Name, Unit: ind.Unit, Category: ind.Category, Binding: ind.Binding,
		Lead: ind.Lead, LeadName: e.p.DepartmentName(ind.Lead), Kind: ind.Target.Kind, TargetText: ind.Target.Text,
		Method: ind.MethodOf(), Code: ind.Code,
	}
	if c := e.p.Category(ind.Category); c != nil {
		r.CategoryName = c.Name
	}
	series := e.values[ind.ID]
	k := e.kindFor(ind)
	base, baseOK := k.base()
	if baseOK {
		r.Baseline = num(base)
	}
	r.TargetValue = k.targetLevel()
	r.Decimals = e.decimals(ind)
	r.TargetNumber, r.TargetApprox = targetNumber(ind)
	if rel, ok := k.(*relativeRule); ok {
		_, r.CompareID, r.CompareName = rel.other()
	}

	for y := e.B; y <= e.Y; y++ {
		yr := YearResult{Year: y}
		if o, ok := series[y]; ok {
			yr.Value = num(o.Value)
			yr.Source = o.Source
			yr.Sample = o.IsSample()
			yr.At = o.At.String()
			if o.Approx || ind.IsYesNo() {
				yr.Text = o.Text
			}
			r.Sample = r.Sample || yr.Sample
		} else if y == e.B && baseOK {
			yr.Value = num(base)
		}
		if y == e.B {
			yr.Expected = yr.Value
			if baseOK {
				yr.Expected = num(base)
			}
		} else {
			j := k.judge(y)
			if j.expected == nil {
				// The plan's path does not depend on the year's data.
				if v, ok := k.planned(y); ok {
					j.expected = num(v)
				}
			}
			yr.Expected, yr.PaceRatio, yr.Status = j.expected, j.pace, j.status
			yr.Requirement, yr.Compared = j.requirement, j.compared
			if y == e.Y {
				r.Expected, r.Progress, r.PaceRatio = j.expected, j.progress, j.pace
				r.Cumulative, r.Realized = j.cumulative, j.realized
				r.PaceBasis, r.ProgressBasis = j.paceBasis, j.progressBasis
				r.Status, r.Reason, r.ReasonYears = j.status, j.reason, j.years
			}
		}
		yr.StatusLabel = yr.Status.Label()
		if yr.Status == "" {
			yr.StatusLabel = ""
		}
		r.Years = append(r.Years, yr)
	}
	if o, ok := series[e.Y]; ok {
		r.Value = num(o.Value)
	}
	for _, name := range k.usedRefs() {
		for y := e.B + 1; y <= e.Y; y++ {
			if o, ok := e.refs[name][y]; ok && o.IsSample() {
				r.Sample = true
			}
		}
	}
	if e.Y == e.T {
		e.final(ind, k, &r)
	}
	r.StatusLabel = r.Status.Label()
	if r.Status.Assessable() && e.Y < e.T {
		if pr, ok := k.project(); ok {
			r.Projected = num(pr.value)
			r.ProjectionBand = e.band(pr)
			r.ProjectionMiss, r.ProjectionGap = num(pr.miss), num(pr.gap)
			r.RequiredPace = pr.required
			r.GapClosed = pr.closed
		}
	}
	r.BandLabel = r.ProjectionBand.Label()
	r.Change = e.change(ind, series, k.direction())
	r.ChangeLabel = r.Change.Label()
	r.Chart = e.indicatorChart(ind, k, &r)
	return r
}

// projection is a kind's view of the target year at the realized pace.
type projection struct {
	value     float64 // in the kind's own terms (level, average rate, total, reduction)
	miss, gap float64 // how far the projection falls short of the goal; how far the latest value is from it
	required  *float64
	closed    bool // the latest value already meets the goal
}

// bandShare is a projection's miss as a share of the gap still to close,
// which band classes; ok is false when there is no miss or no gap (the
// target is likely met).
func bandShare(miss, gap float64) (share float64, ok bool) {
	if miss <= 0 || gap <= 0 {
		return 0, false
	}
	return round9(miss / gap), true
}

// band classes a projection by bandShare.
func (e *evaluator) band(pr projection) Band {
	share, ok := bandShare(pr.miss, pr.gap)
	if !ok {
		return Likely
	}
	switch {
	case share < e.th.Likely:
		return Likely
	case share <= e.th.AtRisk:
		return AtRisk
	}
	return Unlikely
}

// classify turns a pace ratio into a status with the plan's thresholds. R is
// rounded to nine decimals first so that a ratio meant to be exactly 1.10
// is not judged by the last bit of a float.
func classify(R float64, th model.Thresholds) Status {
	R = round9(R)
	switch {
	case R >= th.Ahead:
		return Ahead
	case R >= th.OnTrack:
		return OnTrack
	case R >= th.Lagging:
		return Lagging
	case R >= 0:
		return SeriouslyLagging
	}
	return Reversed
}

func round9(v float64) float64 { return math.Round(v*1e9) / 1e9 }

// num returns a pointer to v, or nil when v is not a finite number (JSON has
// no NaN, and a report must not print one).
func num(v float64) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	return &v
}

// change compares year Y with Y−1 in the indicator's direction of improvement.
func (e *evaluator) change(ind *model.Indicator, s model.Series, dir model.Direction) Change {
	cur, ok1 := s[e.Y]
	prev, ok2 := s[e.Y-1]
	if !ok2 && e.Y-1 == e.B && ind.Baseline != nil {
		prev, ok2 = model.Observation{Value: *ind.Baseline}, true
	}
	if !ok1 || !ok2 || dir == "" {
		return ""
	}
	d := cur.Value - prev.Value
	if math.Abs(d) <= 1e-9*math.Max(1, math.Abs(prev.Value)) {
		return Unchanged
	}
	if (d > 0) == (dir == model.Up) {
		return Improved
	}
	return Worsened
}

// missingYears lists the years in (from, to] that s lacks.
func missingYears(s model.Series, from, to int) []int {
	var out []int
	for y := from + 1; y <= to; y++ {
		if _, ok := s[y]; !ok {
			out = append(out, y)
		}
	}
	return out
}

func sortedYears(s model.Series) []int {
	ys := make([]int, 0, len(s))
	for y := range s {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	return ys
}

// targetNumber is the number the plan's target states and whether it is
// approximate (IndicatorResult.TargetNumber).
func targetNumber(ind *model.Indicator) (*float64, bool) {
	switch t := ind.Target; t.Kind {
	case model.Level, model.Delta, model.AvgGrowth, model.Reduction, model.Ceiling, model.Floor:
		return num(t.Value), false
	case model.Cumulative:
		return num(t.Value), t.Approx > 0
	}
	return nil, false
}
