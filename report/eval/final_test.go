package eval

import (
	"math"
	"reflect"
	"testing"

	"plancheck/report/model"
)

// The final judgment: B = 2020, T = Y = 2025, the default final_tolerance
// 0.05 unless a case sets its own, so 基本完成 needs progress ≥ 1 − .05 = .95.

func every(v float64) map[int]float64 {
	return map[int]float64{2021: v, 2022: v, 2023: v, 2024: v, 2025: v}
}

func TestFinalPaceKinds(t *testing.T) {
	growth := func(v float64, data model.DataForm) model.Indicator {
		return model.Indicator{Unit: "%", Baseline: f(100), Target: model.Target{Kind: model.AvgGrowth, Value: v, Data: data}}
	}
	cumul := func(v, approx float64) model.Indicator {
		return model.Indicator{Unit: "个", Target: model.Target{Kind: model.Cumulative, Value: v, Approx: approx}}
	}
	reduction := model.Indicator{Unit: "%", Target: model.Target{Kind: model.Reduction, Value: 13.5}}
	W := math.Pow(1.06, 5) - 1 // 6% a year over 5 years: W = .3382255776
	for _, c := range []struct {
		name   string
		ind    model.Indicator
		vals   map[int]float64
		tolSet float64 // final_tolerance; 0: the default .05
		status Status
		tol    float64 // NaN: Tolerance not set
	}{
		// level 100 → 200: p = (v − 100)/100.
		{"level reached", level(100, 200), map[int]float64{2025: 200}, 0, model.Completed, .05},                // p = 1
		{"level beyond", level(100, 200), map[int]float64{2025: 210}, 0, model.Completed, .05},                 // p = 1.1
		{"level .95 exactly", level(100, 200), map[int]float64{2025: 195}, 0, model.MostlyCompleted, .05},      // p = .95 ≥ .95
		{"level just short of .95", level(100, 200), map[int]float64{2025: 194.9}, 0, model.NotCompleted, .05}, // p = .949
		{"level half", level(100, 200), map[int]float64{2025: 150}, 0, model.NotCompleted, .05},                // p = .5
		{"level reversed", level(100, 200), map[int]float64{2025: 90}, 0, model.NotCompleted, .05},             // p = −.1
		// final_tolerance .1: p = .9 ≥ 1 − .1.
		{"level, tolerance .1", level(100, 200), map[int]float64{2025: 190}, .1, model.MostlyCompleted, .1},
		// lower is better, 10 → 5: p = (5.25 − 10)/(5 − 10) = .95.
		{"level down .95", level(10, 5), map[int]float64{2025: 5.25}, 0, model.MostlyCompleted, .05},
		{"level down reached", level(10, 5), map[int]float64{2025: 4.8}, 0, model.Completed, .05},
		// target = base: held or not, no distance to share.
		{"hold level, held", level(50, 50), map[int]float64{2025: 50}, 0, model.Completed, math.NaN()},
		{"hold level, fell", level(50, 50), map[int]float64{2025: 49.9}, 0, model.NotCompleted, math.NaN()},
		// delta +1 from the workbook's base 80: target 81; p = (80.95 − 80)/1 = .95.
		{"delta .95", model.Indicator{Target: model.Target{Kind: model.Delta, Value: 1}}, map[int]float64{2020: 80, 2025: 80.95}, 0, model.MostlyCompleted, .05},
		{"delta reached", model.Indicator{Target: model.Target{Kind: model.Delta, Value: 1}}, map[int]float64{2020: 80, 2025: 81}, 0, model.Completed, .05},
		// avg_growth 6% from rates: share G/W with G = Π(1 + r) − 1, W = 1.06^5 − 1.
		{"growth 6% every year", growth(6, ""), every(6), 0, model.Completed, .05},                                                              // G = W
		{"growth 5.8% every year", growth(6, ""), every(5.8), 0, model.MostlyCompleted, .05},                                                    // G = 1.058^5 − 1 = .325648; G/W = .9628
		{"growth 5.7% every year", growth(6, ""), every(5.7), 0, model.NotCompleted, .05},                                                       // G = .319395; G/W = .9443 < .95
		{"growth .95 exactly", growth(6, ""), map[int]float64{2021: 0, 2022: 0, 2023: 0, 2024: 0, 2025: 95 * W}, 0, model.MostlyCompleted, .05}, // G = .95·W
		// avg_growth from levels, base 100: target level 100·1.06^5 = 133.82; share (v − 100)/33.82.
		{"growth levels .95", growth(6, model.LevelD), map[int]float64{2025: 100 * (1 + .95*W)}, 0, model.MostlyCompleted, .05},
		{"growth levels reached", growth(6, model.LevelD), map[int]float64{2025: 134}, 0, model.Completed, .05},
		// a −2% target: W = .98^5 − 1 = −.0961, no share of a distance.
		{"growth −2%, −1% a year", growth(-2, ""), every(-1), 0, model.Completed, math.NaN()},    // G = .99^5 − 1 = −.0490 ≥ W
		{"growth −2%, −3% a year", growth(-2, ""), every(-3), 0, model.NotCompleted, math.NaN()}, // G = −.1413 < W
		// reduction 13.5%: share C/V, C = 1 − Π(1 − d).
		{"reduction 2.9% a year", reduction, every(2.9), 0, model.Completed, .05},                                                              // C = 1 − .971^5 = .13683 ≥ .135
		{"reduction 2.75% a year", reduction, every(2.75), 0, model.MostlyCompleted, .05},                                                      // C = .130143; C/V = .9640
		{"reduction 2.7% a year", reduction, every(2.7), 0, model.NotCompleted, .05},                                                           // C = .127904; C/V = .9474
		{"reduction .95 exactly", reduction, map[int]float64{2021: 0, 2022: 0, 2023: 0, 2024: 0, 2025: 12.825}, 0, model.MostlyCompleted, .05}, // C = .12825 = .95·.135
		// cumulative 5000: share Σ/5000.
		{"cumulative reached", cumul(5000, 0), every(1000), 0, model.Completed, .05},  // Σ = 5000
		{"cumulative .95", cumul(5000, 0), every(950), 0, model.MostlyCompleted, .05}, // Σ = 4750 = .95·5000
		{"cumulative .94", cumul(5000, 0), every(940), 0, model.NotCompleted, .05},    // Σ = 4700
		// 左右 (approx .05): the full 5000 is 完成; the band 4750–5000 基本完成,
		// though the annual rule counts Σ ≥ 5000·(1 − .05) as reached.
		{"左右, full value", cumul(5000, .05), every(1000), 0, model.Completed, .05},
		{"左右, within approx", cumul(5000, .05), every(960), 0, model.MostlyCompleted, .05}, // Σ = 4800 ≥ 4750
		{"左右, below approx", cumul(5000, .05), every(940), 0, model.NotCompleted, .05},     // Σ = 4700 < 4750
		// approx .1 is the tolerance, whatever final_tolerance says: Σ = 4600 ≥ 4500.
		{"左右 .1 over final_tolerance", cumul(5000, .1), every(920), .02, model.MostlyCompleted, .1},
	} {
		t.Run(c.name, func(t *testing.T) {
			ind := c.ind
			ind.ID = "x"
			p := testPlan(ind)
			if c.tolSet > 0 {
				p.Evaluation.FinalTolerance = c.tolSet
			}
			res := run(t, p, &model.Dataset{Values: series("x", c.vals)}, 2025)
			r := res.Indicators[0]
			if r.Status != c.status || r.StatusLabel != c.status.Label() {
				t.Errorf("status = %s %q (progress %v), want %s", r.Status, r.StatusLabel, deref(r.Progress), c.status)
			}
			last := r.Years[len(r.Years)-1]
			if last.Year != 2025 || last.Status != c.status || last.StatusLabel != c.status.Label() {
				t.Errorf("Years[2025] = %d %s %q, want the final status", last.Year, last.Status, last.StatusLabel)
			}
			if math.IsNaN(c.tol) {
				if r.Tolerance != nil {
					t.Errorf("tolerance = %v, want none", *r.Tolerance)
				}
			} else if !near(r.Tolerance, c.tol) {
				t.Errorf("tolerance = %v, want %v", deref(r.Tolerance), c.tol)
			}
			if r.Projected != nil || r.ProjectionBand != "" || r.RequiredPace != nil {
				t.Errorf("projected in the final year: %v %q %v", deref(r.Projected), r.ProjectionBand, deref(r.RequiredPace))
			}
			if r.BrokenYears != nil {
				t.Errorf("broken years %v for a pace kind", r.BrokenYears)
			}
		})
	}
}

func TestFinalLimitsAndRequirements(t *testing.T) {
	ceiling := func(base, limit float64) model.Indicator {
		return model.Indicator{Unit: "万人", Baseline: f(base), Target: model.Target{Kind: model.Ceiling, Value: limit}}
	}
	for _, c := range []struct {
		name   string
		ind    model.Indicator
		vals   map[int]float64
		reqs   map[int]float64
		status Status
		broken []int
	}{
		// ceiling 35, base 30 within it.
		{"kept every year", ceiling(30, 35), map[int]float64{2021: 34, 2022: 35, 2023: 33, 2024: 35, 2025: 32}, nil, model.Completed, nil},
		{"broken in 2022", ceiling(30, 35), map[int]float64{2021: 34, 2022: 36, 2023: 33, 2024: 35, 2025: 32}, nil, model.MostlyCompleted, []int{2022}},
		{"broken in 2022 and 2025", ceiling(30, 35), map[int]float64{2021: 34, 2022: 36, 2023: 33, 2024: 35, 2025: 35.1}, nil, model.NotCompleted, []int{2022, 2025}},
		// 2023 has no value: not a broken year.
		{"a year missing", ceiling(30, 35), map[int]float64{2021: 34, 2022: 35, 2024: 35, 2025: 32}, nil, model.Completed, nil},
		// base 313.3 breaks the ceiling 312.6: 2021–2024 are judged by the
		// path toward it, not as breaches.
		{"approached, reached in T", ceiling(313.3, 312.6), map[int]float64{2021: 313.2, 2022: 313, 2023: 312.9, 2024: 312.7, 2025: 312.5}, nil, model.Completed, nil},
		{"approached, not reached", ceiling(313.3, 312.6), map[int]float64{2021: 313.2, 2022: 313, 2023: 312.9, 2024: 312.7, 2025: 312.8}, nil, model.NotCompleted, []int{2025}},
		// reached in 2023; from then on a limit: 2024's 312.8 > 312.6 breaks it.
		{"approached, reached, broken", ceiling(313.3, 312.6), map[int]float64{2021: 313.2, 2022: 313, 2023: 312.5, 2024: 312.8, 2025: 312.4}, nil, model.MostlyCompleted, []int{2024}},
		// floor 60: 2021's 59 < 60.
		{"floor broken in 2021", model.Indicator{Unit: "%", Baseline: f(61), Target: model.Target{Kind: model.Floor, Value: 60}},
			map[int]float64{2021: 59, 2022: 60, 2023: 61, 2024: 62, 2025: 63}, nil, model.MostlyCompleted, []int{2021}},
		// municipal le: 2021 32 > 31 broken; 2022 has no requirement (not assessed, not broken).
		{"municipal", model.Indicator{Unit: "微克/立方米", Target: model.Target{Kind: model.Municipal, Compare: model.LE}},
			map[int]float64{2021: 32, 2022: 30, 2023: 30, 2024: 29, 2025: 28}, map[int]float64{2021: 31, 2023: 30, 2024: 30, 2025: 30}, model.MostlyCompleted, []int{2021}},
		{"municipal met every year", model.Indicator{Unit: "微克/立方米", Target: model.Target{Kind: model.Municipal, Compare: model.LE}},
			map[int]float64{2021: 30, 2022: 30, 2023: 30, 2024: 29, 2025: 28}, every(30), model.Completed, nil},
		{"municipal not met in T", model.Indicator{Unit: "微克/立方米", Target: model.Target{Kind: model.Municipal, Compare: model.LE}},
			map[int]float64{2021: 30, 2022: 30, 2023: 30, 2024: 29, 2025: 31}, every(30), model.NotCompleted, []int{2025}},
		// relative ≤ the city's reference 3.5 every year: 2024's 3.6 breaks it.
		{"relative", model.Indicator{Unit: "%", Target: model.Target{Kind: model.Relative, Compare: model.LE, Reference: "city"}},
			map[int]float64{2021: 3, 2022: 3, 2023: 3, 2024: 3.6, 2025: 3.2}, nil, model.MostlyCompleted, []int{2024}},
		// boolean: no in 2021 and 2022, yes since.
		{"boolean", model.Indicator{Target: model.Target{Kind: model.Boolean}}, map[int]float64{2021: 0, 2022: 0, 2023: 1, 2024: 1, 2025: 1}, nil, model.MostlyCompleted, []int{2021, 2022}},
		{"boolean no in T", model.Indicator{Target: model.Target{Kind: model.Boolean}}, map[int]float64{2021: 1, 2022: 1, 2023: 1, 2024: 1, 2025: 0}, nil, model.NotCompleted, []int{2025}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ind := c.ind
			ind.ID = "x"
			ds := &model.Dataset{Values: series("x", c.vals), Requirements: series("x", c.reqs), References: series("city", every(3.5))}
			r := run(t, testPlan(ind), ds, 2025).Indicators[0]
			if r.Status != c.status {
				t.Errorf("status = %s, want %s (years %v)", r.Status, c.status, yearStatuses(r))
			}
			if !reflect.DeepEqual(r.BrokenYears, c.broken) {
				t.Errorf("broken years = %v, want %v", r.BrokenYears, c.broken)
			}
			if r.Tolerance != nil {
				t.Errorf("tolerance %v for a limit", *r.Tolerance)
			}
			if last := r.Years[len(r.Years)-1]; last.Status != c.status {
				t.Errorf("Years[2025] = %s", last.Status)
			}
		})
	}
}

func yearStatuses(r IndicatorResult) []Status {
	var out []Status
	for _, y := range r.Years {
		out = append(out, y.Status)
	}
	return out
}

// Without a judgment in T the final judgment keeps the status and its
// reason; a monitored indicator stays not assessed.
func TestFinalNoJudgment(t *testing.T) {
	r := one(t, level(100, 200), map[int]float64{2024: 180}, 2025)
	if r.Status != NoData || r.Reason != model.ReasonNoValue || r.Years[5].Status != NoData {
		t.Errorf("no value in T: %s %s %s", r.Status, r.Reason, r.Years[5].Status)
	}
	r = one(t, model.Indicator{Target: model.Target{Kind: model.Municipal, Compare: model.GE}}, every(40), 2025)
	if r.Status != NotAssessed || r.Reason != model.ReasonRequirementMissing || r.BrokenYears != nil {
		t.Errorf("no requirement in T: %s %s %v", r.Status, r.Reason, r.BrokenYears)
	}
	r = one(t, model.Indicator{Target: model.Target{Kind: model.None}}, every(40), 2025)
	if r.Status != NotAssessed || r.Reason != model.ReasonMonitorOnly {
		t.Errorf("none: %s %s", r.Status, r.Reason)
	}
}

// The analyst's status still overrides the final judgment, which is kept.
func TestFinalAdjusted(t *testing.T) {
	p := testPlan(level(100, 200))
	p.Indicators[0].ID = "x"
	ds := &model.Dataset{
		Values:      series("x", map[int]float64{2025: 190}), // p = .9: not completed
		Adjustments: []model.Adjustment{{ID: "x", Status: "基本完成", Reason: "统计口径调整"}},
	}
	r := run(t, p, ds, 2025).Indicators[0]
	if r.Status != model.MostlyCompleted || !r.Manual || r.ComputedStatus != model.NotCompleted || r.StatusLabel != "基本完成" {
		t.Errorf("adjusted: %s %v %s %q", r.Status, r.Manual, r.ComputedStatus, r.StatusLabel)
	}
}

// In the final year not_completed is not_met (and binding_off_track for a
// binding indicator); mostly completed is no problem; lagging two years
// does not fire, for Y's entry of Years is the final judgment.
func TestFinalProblems(t *testing.T) {
	bind := level(100, 200)
	bind.ID, bind.Binding = "b", true
	exp := level(100, 200)
	exp.ID = "e"
	mostly := level(100, 200)
	mostly.ID = "m"
	p := testPlan(bind, exp, mostly)
	// 2024: s = .8, v = 160: p = .6, R = .75 → lagging; 2023: v = 140,
	// p = .4, R = .4/.6 = .667 → lagging; 2025: v = 170, p = .7 → not
	// completed. m: 2025 v = 196, p = .96 → mostly completed.
	lag := map[int]float64{2023: 140, 2024: 160, 2025: 170}
	ds := &model.Dataset{Values: append(append(series("b", lag), series("e", lag)...),
		series("m", map[int]float64{2023: 140, 2024: 160, 2025: 196})...)}
	res := run(t, p, ds, 2025)
	if st := res.Indicators[0].Years[4].Status; st != Lagging {
		t.Fatalf("2024 = %s, want lagging (the setup)", st)
	}
	if !hasProblem(res, "binding_off_track", "b") || !hasProblem(res, "not_met", "b") {
		t.Errorf("binding not completed: %+v", res.Problems)
	}
	if hasProblem(res, "binding_off_track", "e") || !hasProblem(res, "not_met", "e") {
		t.Errorf("expected not completed: %+v", res.Problems)
	}
	for _, pb := range res.Problems {
		if pb.Indicator == "m" {
			t.Errorf("mostly completed is a problem: %+v", pb)
		}
		if pb.Has(model.RuleLaggingTwoYears) || pb.LaggingYears != nil {
			t.Errorf("lagging_two_years fired in the final year: %+v", pb)
		}
	}
}

// The final year's summary counts the final statuses only (and any an
// analyst set), and the judgment counts completed and mostly completed as
// good.
func TestFinalSummary(t *testing.T) {
	inds := []model.Indicator{level(100, 200), level(100, 200), level(100, 200), level(100, 200), level(100, 200)}
	for i, id := range []string{"a", "b", "c", "d", "e"} {
		inds[i].ID = id
	}
	p := testPlan(inds...)
	ds := &model.Dataset{
		Values: append(append(append(series("a", map[int]float64{2025: 200}), // completed
			series("b", map[int]float64{2025: 196})...), // .96: mostly completed
			series("c", map[int]float64{2025: 150})...), // .5: not completed
			series("e", map[int]float64{2025: 150})...), // d: no data; e: analyst's 提前实现
		Adjustments: []model.Adjustment{{ID: "e", Status: "提前实现", Reason: "口径调整"}},
	}
	res := run(t, p, ds, 2025)
	s := res.Summary
	var got []string
	for _, c := range s.ByStatus {
		got = append(got, string(c.Status)+":"+string(rune('0'+c.N)))
	}
	want := []string{"achieved:1", "completed:1", "mostly_completed:1", "not_completed:1", "no_data:1", "not_assessed:0"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("by status = %v, want %v", got, want)
	}
	// good: a, b, e = 3 of 4 assessable = .75 ≥ .75, no binding → on track.
	if s.Assessable != 4 || s.Good != 3 || s.Judgment != model.JudgedOnTrack {
		t.Errorf("assessable %d good %d judgment %s", s.Assessable, s.Good, s.Judgment)
	}
	if !reflect.DeepEqual(s.NoData, []string{"d"}) {
		t.Errorf("no data = %v", s.NoData)
	}
	var legend []string
	legend = append(legend, res.StatusChart.Legend...)
	if !reflect.DeepEqual(legend, []string{"achieved", "completed", "mostly_completed", "not_completed", "no_data"}) {
		t.Errorf("legend = %v", legend)
	}
	// An annual year lists the pace statuses, and NoData is never nil.
	x := level(100, 200)
	x.ID = "x"
	res = run(t, testPlan(x), &model.Dataset{Values: series("x", map[int]float64{2022: 140})}, 2022)
	var ids []Status
	for _, c := range res.Summary.ByStatus {
		ids = append(ids, c.Status)
	}
	if !reflect.DeepEqual(ids, model.StageStatuses(model.Annual)) {
		t.Errorf("annual by status = %v", ids)
	}
	if res.Summary.NoData == nil || len(res.Summary.NoData) != 0 {
		t.Errorf("NoData = %#v, want empty, not nil", res.Summary.NoData)
	}
}

// The requirement series of a chart is named by the plan's superior level.
func TestRequirementLabel(t *testing.T) {
	for _, c := range []struct{ superior, want string }{{"", "市级要求"}, {"省级", "省级要求"}, {"国家", "国家要求"}} {
		ind := model.Indicator{ID: "x", Unit: "%", Target: model.Target{Kind: model.Municipal, Compare: model.GE}}
		p := testPlan(ind)
		p.Superior = c.superior
		ds := &model.Dataset{Values: series("x", map[int]float64{2021: 40}), Requirements: series("x", map[int]float64{2021: 39})}
		r := run(t, p, ds, 2021).Indicators[0]
		found := false
		for _, s := range r.Chart.Series {
			if s.Role == SeriesRequirement {
				found = s.Label == c.want
			}
		}
		if !found {
			t.Errorf("superior %q: requirement series %+v, want label %s", c.superior, r.Chart.Series, c.want)
		}
	}
}
