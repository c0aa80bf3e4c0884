package eval

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"plancheck/report/model"
)

// B = 2020, T = 2025 throughout, so s = (Y−2020)/5: 0.2, 0.4, 0.6, 0.8, 1.

func f(v float64) *float64 { return &v }

func testPlan(inds ...model.Indicator) *model.Plan {
	p := &model.Plan{
		ID: "t", Name: "测试规划", BaseYear: 2020, TargetYear: 2025, MidtermYear: 2023,
		Categories: []model.Category{{ID: "c", Name: "类别"}},
		References: []model.Reference{{ID: "city", Name: "全市平均", Unit: "%"}},
		Evaluation: model.DefaultThresholds(),
	}
	for _, ind := range inds {
		if ind.Category == "" {
			ind.Category = "c"
		}
		if ind.Name == "" {
			ind.Name = "指标" + ind.ID
		}
		p.Indicators = append(p.Indicators, ind)
	}
	return p
}

func series(id string, vals map[int]float64) []model.Observation {
	var out []model.Observation
	for y := 2015; y <= 2030; y++ {
		if v, ok := vals[y]; ok {
			out = append(out, model.Observation{ID: id, Year: y, Value: v, Source: "测试"})
		}
	}
	return out
}

func run(t *testing.T, p *model.Plan, ds *model.Dataset, y int) *Result {
	t.Helper()
	res, err := Evaluate(p, ds, y)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// one evaluates a single indicator with the given yearly values.
func one(t *testing.T, ind model.Indicator, vals map[int]float64, y int) IndicatorResult {
	t.Helper()
	ind.ID = "x"
	res := run(t, testPlan(ind), &model.Dataset{Values: series("x", vals)}, y)
	return res.Indicators[0]
}

func near(a *float64, b float64) bool { return a != nil && math.Abs(*a-b) < 1e-6 }

func level(base, target float64) model.Indicator {
	return model.Indicator{Unit: "万元/人", Baseline: f(base), Target: model.Target{Kind: model.Level, Value: target}}
}

func TestLevel(t *testing.T) {
	for _, c := range []struct {
		name     string
		ind      model.Indicator
		vals     map[int]float64
		year     int
		progress float64 // NaN: not computed
		pace     float64
		status   Status
	}{
		// base 100, target 200, 2022: s = 0.4, expected 140.
		{"R exactly 1.10", level(100, 200), map[int]float64{2022: 144}, 2022, 0.44, 1.10, Ahead}, // p = 44/100, R = .44/.4
		{"R just under 1.10", level(100, 200), map[int]float64{2022: 143.9}, 2022, 0.439, 1.0975, OnTrack},
		{"R exactly 0.95", level(100, 200), map[int]float64{2022: 138}, 2022, 0.38, 0.95, OnTrack}, // .38/.4
		{"R exactly 0.60", level(100, 200), map[int]float64{2022: 124}, 2022, 0.24, 0.60, Lagging}, // .24/.4
		{"R just under 0.60", level(100, 200), map[int]float64{2022: 123.9}, 2022, 0.239, 0.5975, SeriouslyLagging},
		{"R exactly 0", level(100, 200), map[int]float64{2022: 100}, 2022, 0, 0, SeriouslyLagging},
		{"R below 0", level(100, 200), map[int]float64{2022: 99}, 2022, -0.01, -0.025, Reversed},
		{"reached early", level(100, 200), map[int]float64{2022: 201}, 2022, 1.01, 2.525, Achieved},
		// In T the final judgment replaces the pace (final_test.go has its rules).
		{"Y = T, reached", level(100, 200), map[int]float64{2025: 200}, 2025, 1, 1, model.Completed},
		{"Y = T, short", level(100, 200), map[int]float64{2025: 190}, 2025, 0.9, 0.9, model.NotCompleted}, // .9 < 1 − .05
		{"Y = B+1", level(100, 200), map[int]float64{2021: 120}, 2021, 0.2, 1, OnTrack},                   // s = 0.2
		// lower is better: base 10 → 5; 2023 (s = .6): v = 7, p = (7−10)/(5−10) = .6, R = 1.
		{"down", level(10, 5), map[int]float64{2023: 7}, 2023, 0.6, 1, OnTrack},
		{"down, reversed", level(10, 5), map[int]float64{2023: 11}, 2023, -0.2, -1.0 / 3, Reversed},
		// zero base: 0 → 10; 2022: v = 4, p = .4, R = 1.
		{"zero base", level(0, 10), map[int]float64{2022: 4}, 2022, 0.4, 1, OnTrack},
		// negative base: −5 → 5; 2022: v = 0, p = 5/10 = .5, R = 1.25.
		{"negative base", level(-5, 5), map[int]float64{2022: 0}, 2022, 0.5, 1.25, Ahead},
		// base from the workbook when the plan prints none.
		{"base from workbook", model.Indicator{Target: model.Target{Kind: model.Level, Value: 38}}, map[int]float64{2020: 30, 2023: 34.8}, 2023, 0.6, 1, OnTrack},
		{"target equal to base, held", level(50, 50), map[int]float64{2022: 50}, 2022, math.NaN(), math.NaN(), Met},
		{"target equal to base, fell", level(50, 50), map[int]float64{2022: 49}, 2022, math.NaN(), math.NaN(), NotMet},
		{"no base", model.Indicator{Target: model.Target{Kind: model.Level, Value: 38}}, map[int]float64{2023: 34.8}, 2023, math.NaN(), math.NaN(), NoData},
		{"no value", level(100, 200), map[int]float64{2021: 120}, 2022, math.NaN(), math.NaN(), NoData},
		// delta: base 80 (workbook) + 1 = 81; 2023: v = 80.6, p = .6/1, R = 1.
		{"delta", model.Indicator{Target: model.Target{Kind: model.Delta, Value: 1}}, map[int]float64{2020: 80, 2023: 80.6}, 2023, 0.6, 1, OnTrack},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := one(t, c.ind, c.vals, c.year)
			if r.Status != c.status {
				t.Errorf("status = %s (%s), want %s", r.Status, r.Reason, c.status)
			}
			if math.IsNaN(c.progress) {
				if r.Progress != nil {
					t.Errorf("progress = %v, want none", *r.Progress)
				}
			} else if !near(r.Progress, c.progress) || !near(r.PaceRatio, c.pace) {
				t.Errorf("progress, pace = %v, %v; want %v, %v", deref(r.Progress), deref(r.PaceRatio), c.progress, c.pace)
			}
			if (r.Status == NoData || r.Status == NotAssessed) && r.Reason == "" {
				t.Error("no reason given")
			}
		})
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestLevelExpectedPath(t *testing.T) {
	r := one(t, level(100, 200), map[int]float64{2021: 121, 2022: 144}, 2022)
	// linear: 100 + 100·s → 2021: 120, 2022: 140.
	if !near(r.Years[1].Expected, 120) || !near(r.Years[2].Expected, 140) || !near(r.Expected, 140) {
		t.Errorf("expected path = %v, %v", deref(r.Years[1].Expected), deref(r.Years[2].Expected))
	}
	if r.Years[0].Year != 2020 || !near(r.Years[0].Value, 100) {
		t.Errorf("base year = %+v", r.Years[0])
	}
	if r.Change != Improved {
		t.Errorf("change = %s, want improved", r.Change)
	}
}

func TestProjection(t *testing.T) {
	for _, c := range []struct {
		v         float64 // value in 2023, base 100 → 200
		projected float64
		band      Band
	}{
		// d = (v−100)/3 a year, projected 2025 = v + 2d; gap = 200 − v; miss = 200 − projected.
		{150, 150 + 2*50.0/3, Unlikely},   // 183.33: miss 16.67 / gap 50 = .333 > .20
		{155, 155 + 2*55.0/3, AtRisk},     // 191.67: miss 8.33 / gap 45 = .185
		{158, 158 + 2*58.0/3, AtRisk},     // 196.67: miss 3.33 / gap 42 = .079 ≥ .05
		{159.5, 159.5 + 2*59.5/3, Likely}, // 199.17: miss .83 / gap 40.5 = .021 < .05
		{160, 200, Likely},                // miss 0
	} {
		r := one(t, level(100, 200), map[int]float64{2023: c.v}, 2023)
		if !near(r.Projected, c.projected) || r.ProjectionBand != c.band {
			t.Errorf("v=%v: projected %v %s, want %v %s", c.v, deref(r.Projected), r.ProjectionBand, c.projected, c.band)
		}
		// remaining 2 years need (200 − v)/2 a year.
		if !near(r.RequiredPace, (200-c.v)/2) || r.GapClosed != (c.v >= 200) {
			t.Errorf("v=%v: required %v closed %v", c.v, deref(r.RequiredPace), r.GapClosed)
		}
	}
	// No projection in the target year.
	if r := one(t, level(100, 200), map[int]float64{2025: 150}, 2025); r.Projected != nil || r.ProjectionBand != "" {
		t.Errorf("projected in T: %v %s", deref(r.Projected), r.ProjectionBand)
	}
}

func growth(v float64) model.Indicator {
	return model.Indicator{Unit: "%", Target: model.Target{Kind: model.AvgGrowth, Value: v}}
}

func TestAvgGrowth(t *testing.T) {
	// 6% a year; rates 10% (2021) and 3.5% (2022).
	r := one(t, growth(6), map[int]float64{2020: 5.9, 2021: 10, 2022: 3.5}, 2022)
	G := 1.10*1.035 - 1            // .1385 cumulative growth
	planned := 1.06*1.06 - 1       // .1236 planned by 2022
	whole := math.Pow(1.06, 5) - 1 // .3382 over the plan
	if !near(r.Cumulative, G*100) || !near(r.PaceRatio, G/planned) || !near(r.Progress, G/whole) {
		t.Errorf("G, R, p = %v, %v, %v; want %v, %v, %v", deref(r.Cumulative), deref(r.PaceRatio), deref(r.Progress), G*100, G/planned, G/whole)
	}
	if r.Status != Ahead { // R = 1.1206
		t.Errorf("status = %s, want ahead", r.Status)
	}
	// realized average = (1+G)^(1/2) − 1 = 6.70%, not the mean of the rates (6.75%).
	if !near(r.Realized, (math.Sqrt(1+G)-1)*100) {
		t.Errorf("realized = %v", deref(r.Realized))
	}
	// projection: the realized average kept for 3 more years.
	a := math.Sqrt(1+G) - 1
	GP := (1+G)*math.Pow(1+a, 3) - 1
	if !near(r.Projected, a*100) || r.ProjectionBand != Likely || GP < whole {
		t.Errorf("projected = %v %s (GP %v, whole %v)", deref(r.Projected), r.ProjectionBand, GP, whole)
	}
	need := (math.Pow((1+whole)/(1+G), 1.0/3) - 1) * 100 // 5.54%
	if !near(r.RequiredPace, need) || r.GapClosed {
		t.Errorf("required = %v, closed %v", deref(r.RequiredPace), r.GapClosed)
	}

	// A gap in the rates: the cumulative growth cannot be computed.
	r = one(t, growth(6), map[int]float64{2022: 3.5, 2023: 5}, 2023)
	if r.Status != NoData || r.Reason != model.ReasonMissingYears || len(r.ReasonYears) != 1 || r.ReasonYears[0] != 2021 {
		t.Errorf("gap: %s %q %v", r.Status, r.Reason, r.ReasonYears)
	}
	// Negative cumulative growth is a reversal: 2021 −2% → G = −.02, R < 0.
	if r := one(t, growth(6), map[int]float64{2021: -2}, 2021); r.Status != Reversed {
		t.Errorf("negative growth: %s", r.Status)
	}
	// From levels: base 100, 2022 level 112.36 → G = .1236 = planned, R = 1.
	ind := growth(6)
	ind.Unit = "亿元"
	ind.Target.Data = model.LevelD
	r = one(t, ind, map[int]float64{2020: 100, 2022: 112.36}, 2022)
	if r.Status != OnTrack || !near(r.PaceRatio, 1) || !near(r.Expected, 112.36) {
		t.Errorf("levels: %s R=%v expected=%v", r.Status, deref(r.PaceRatio), deref(r.Expected))
	}
	// Whole-period growth reached before T: 2021–2023 at 11% → 1.11³ − 1 = .3676 ≥ .3382.
	if r := one(t, growth(6), map[int]float64{2021: 11, 2022: 11, 2023: 11}, 2023); r.Status != Achieved {
		t.Errorf("reached early: %s", r.Status)
	}
}

func TestCumulative(t *testing.T) {
	ind := model.Indicator{Unit: "个", Target: model.Target{Kind: model.Cumulative, Value: 5000, Approx: 0.05}}
	// 1000 a year to 2023: Σ = 3000, p = .6, s = .6, R = 1.
	r := one(t, ind, map[int]float64{2021: 1000, 2022: 1000, 2023: 1000}, 2023)
	if r.Status != OnTrack || !near(r.Cumulative, 3000) || !near(r.Progress, 0.6) || !near(r.PaceRatio, 1) || !near(r.Expected, 3000) {
		t.Errorf("%s Σ=%v p=%v R=%v", r.Status, deref(r.Cumulative), deref(r.Progress), deref(r.PaceRatio))
	}
	// projected 3000 + 1000·2 = 5000; needs (5000 − 3000)/2 = 1000 a year.
	if !near(r.Projected, 5000) || r.ProjectionBand != Likely || !near(r.RequiredPace, 1000) {
		t.Errorf("projection %v %s %v", deref(r.Projected), r.ProjectionBand, deref(r.RequiredPace))
	}
	// 左右: 4800 ≥ 5000·(1−.05) = 4750 counts as done.
	r = one(t, ind, map[int]float64{2021: 1200, 2022: 1200, 2023: 1200, 2024: 1200}, 2024)
	if r.Status != Achieved {
		t.Errorf("4800 of 5000左右: %s", r.Status)
	}
	r = one(t, ind, map[int]float64{2021: 1200, 2022: 1200, 2023: 1200, 2024: 1140}, 2024) // 4740 < 4750
	if r.Status == Achieved {
		t.Errorf("4740 of 5000左右 counted as done")
	}
}

func TestReduction(t *testing.T) {
	ind := model.Indicator{Unit: "%", Target: model.Target{Kind: model.Reduction, Value: 13.5}}
	// 3% a year for 2 years: C = 1 − .97² = .0591; planned by s = .4: 1 − .865^.4 = .05636; R = 1.0486.
	r := one(t, ind, map[int]float64{2021: 3, 2022: 3}, 2022)
	C := 1 - 0.97*0.97
	planned := 1 - math.Pow(0.865, 0.4)
	if !near(r.Cumulative, C*100) || !near(r.PaceRatio, C/planned) || r.Status != OnTrack {
		t.Errorf("C=%v R=%v %s; want %v %v", deref(r.Cumulative), deref(r.PaceRatio), r.Status, C*100, C/planned)
	}
	if !near(r.Progress, C/0.135) || !near(r.Realized, 3) {
		t.Errorf("p=%v realized=%v", deref(r.Progress), deref(r.Realized))
	}
	// projected: 3% a year for 5 years = 1 − .97⁵ = 14.13% ≥ 13.5%.
	if !near(r.Projected, (1-math.Pow(0.97, 5))*100) || r.ProjectionBand != Likely {
		t.Errorf("projected %v %s", deref(r.Projected), r.ProjectionBand)
	}
}

func TestLimits(t *testing.T) {
	pop := model.Indicator{Unit: "万人", Baseline: f(313.3), Target: model.Target{Kind: model.Ceiling, Value: 312.6}}
	// Base breaks the cap: judged as a level moving toward it.
	// 2022 (s=.4): 312.9 → p = (312.9−313.3)/(312.6−313.3) = .4/.7 = .5714, R = 1.4286.
	r := one(t, pop, map[int]float64{2021: 313.1, 2022: 312.9}, 2022)
	if r.Status != Ahead || !near(r.Progress, 0.4/0.7) || !near(r.PaceRatio, 0.4/0.7/0.4) {
		t.Errorf("approaching: %s p=%v R=%v", r.Status, deref(r.Progress), deref(r.PaceRatio))
	}
	if r.Projected == nil {
		t.Error("approaching a cap is projected")
	}
	// 2023 within the cap → met; from then on a limit: 2024 above it → not met.
	vals := map[int]float64{2021: 313.1, 2022: 312.9, 2023: 312.5, 2024: 312.7}
	if r := one(t, pop, vals, 2023); r.Status != Met {
		t.Errorf("reached: %s", r.Status)
	}
	r = one(t, pop, vals, 2024)
	if r.Status != NotMet || r.Years[3].Status != Met || r.Years[4].Status != NotMet || !near(r.TargetValue, 312.6) {
		t.Errorf("after reaching: %s, years %v", r.Status, r.Years)
	}
	// A cap the base respects: met / not met every year.
	cap := model.Indicator{Baseline: f(300), Target: model.Target{Kind: model.Ceiling, Value: 312.6}}
	if r := one(t, cap, map[int]float64{2021: 305, 2022: 313}, 2022); r.Status != NotMet || r.Years[1].Status != Met {
		t.Errorf("cap: %s", r.Status)
	}
	floor := model.Indicator{Target: model.Target{Kind: model.Floor, Value: 6.5}}
	if r := one(t, floor, map[int]float64{2021: 6.6}, 2021); r.Status != Met {
		t.Errorf("floor met: %s", r.Status)
	}
	if r := one(t, floor, map[int]float64{2021: 6.4}, 2021); r.Status != NotMet {
		t.Errorf("floor broken: %s", r.Status)
	}
}

func TestMunicipal(t *testing.T) {
	p := testPlan(
		model.Indicator{ID: "13", Unit: "微克/立方米", Binding: true, Target: model.Target{Kind: model.Municipal, Compare: model.LE}},
		model.Indicator{ID: "15", Unit: "%", Target: model.Target{Kind: model.Municipal, Compare: model.GE}},
		model.Indicator{ID: "14", Binding: true, Target: model.Target{Kind: model.Municipal, Compare: model.Yes}},
	)
	ds := &model.Dataset{
		Values: append(append(series("13", map[int]float64{2022: 32, 2023: 32}), series("15", map[int]float64{2023: 40})...),
			series("14", map[int]float64{2022: 1, 2023: 0})...),
		Requirements: series("13", map[int]float64{2022: 34, 2023: 30}),
	}
	res := run(t, p, ds, 2023)
	pm, waste, water := res.Indicators[0], res.Indicators[1], res.Indicators[2]
	if pm.Years[2].Status != Met || pm.Status != NotMet || !near(pm.Years[3].Requirement, 30) { // 32 ≤ 34; 32 > 30
		t.Errorf("le: %s / %s", pm.Years[2].Status, pm.Status)
	}
	// The series is complete; the 市级要求 is what is missing, and the
	// reason says so (not 数据不全).
	if waste.Status != NotAssessed || waste.Reason != model.ReasonRequirementMissing || len(waste.ReasonYears) != 1 || waste.ReasonYears[0] != 2023 {
		t.Errorf("no requirement: %s %q %v", waste.Status, waste.Reason, waste.ReasonYears)
	}
	if water.Years[2].Status != Met || water.Status != NotMet {
		t.Errorf("yes: %s / %s", water.Years[2].Status, water.Status)
	}
	if !hasFinding(res, "requirement_missing", "15") {
		t.Error("missing requirement is not a data-quality finding")
	}
	if !hasProblem(res, "binding_off_track", "13") || !hasProblem(res, "binding_off_track", "14") || hasProblem(res, "binding_off_track", "15") {
		t.Errorf("problems = %+v", res.Problems)
	}
}

func TestRelative(t *testing.T) {
	p := testPlan(
		model.Indicator{ID: "4", Unit: "%", Target: model.Target{Kind: model.AvgGrowth, Value: 6}},
		model.Indicator{ID: "19", Unit: "%", Target: model.Target{Kind: model.Relative, To: "4", Compare: model.Sync}},
		model.Indicator{ID: "20", Unit: "%", Target: model.Target{Kind: model.Relative, Reference: "city", Compare: model.LE}},
	)
	ds := &model.Dataset{
		Values: append(append(series("4", map[int]float64{2021: 6, 2022: 6, 2023: 6, 2024: 6}),
			series("19", map[int]float64{2021: 5.5, 2022: 5.6, 2023: 4.1, 2024: 6})...),
			series("20", map[int]float64{2022: 3.1, 2023: 4.5, 2024: 3})...),
		References: series("city", map[int]float64{2022: 4.1, 2023: 4.4}),
	}
	res := run(t, p, ds, 2024)
	inc, jobs := res.Indicators[1], res.Indicators[2]
	// sync with tolerance .5: a ≥ b − .5 → 5.5 ≥ 5.5 met, 5.6 met, 4.1 not, 6 met.
	want := []Status{"", Met, Met, NotMet, Met}
	for i, y := range inc.Years {
		if y.Status != want[i] {
			t.Errorf("sync %d: %s, want %s", y.Year, y.Status, want[i])
		}
	}
	// le the city: 3.1 ≤ 4.1 met; 4.5 > 4.4 not met; 2024 reference missing → not assessed.
	if jobs.Years[2].Status != Met || jobs.Years[3].Status != NotMet || jobs.Status != NotAssessed {
		t.Errorf("reference: %v", jobs.Years)
	}
	if !hasFinding(res, "reference_missing", "20") {
		t.Error("missing reference values are a data-quality finding")
	}
}

func TestBooleanAndNone(t *testing.T) {
	b := model.Indicator{Target: model.Target{Kind: model.Boolean}}
	if r := one(t, b, map[int]float64{2022: 1}, 2022); r.Status != Met {
		t.Errorf("yes: %s", r.Status)
	}
	if r := one(t, b, map[int]float64{2022: 0}, 2022); r.Status != NotMet {
		t.Errorf("no: %s", r.Status)
	}
	n := model.Indicator{Unit: "人", Target: model.Target{Kind: model.None}}
	if r := one(t, n, map[int]float64{2022: 5}, 2022); r.Status != NotAssessed || r.Reason == "" {
		t.Errorf("none: %s %q", r.Status, r.Reason)
	}
}

func TestYearOutOfRange(t *testing.T) {
	p := testPlan(level(1, 2))
	for _, y := range []int{2019, 2020, 2026} {
		_, err := Evaluate(p, nil, y)
		var ye *YearError
		if !errors.As(err, &ye) || !strings.Contains(err.Error(), "2021–2025") {
			t.Errorf("year %d: %v", y, err)
		}
	}
}

func TestProblemsAndQuality(t *testing.T) {
	p := testPlan(
		model.Indicator{ID: "1", Binding: true, Unit: "万人", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
		model.Indicator{ID: "2", Unit: "%", Baseline: f(50), Target: model.Target{Kind: model.Level, Value: 60}},
		model.Indicator{ID: "3", Unit: "%", Levels: "gdp", Target: model.Target{Kind: model.AvgGrowth, Value: 6}},
	)
	p.References = append(p.References, model.Reference{ID: "gdp", Name: "GDP", Unit: "亿元"})
	ds := &model.Dataset{
		// 1: lagging in 2022 (R=.75) and 2023 (R=.75) → binding, two years; projected 175 → unlikely.
		// 2: a share above 100 in 2022, then down to 49 (reversed), and 50 → 120 is a jump.
		// 3: 2022 growth 6% but the levels imply 10%.
		Values: append(append(
			series("1", map[int]float64{2021: 110, 2022: 130, 2023: 145}),
			series("2", map[int]float64{2021: 50, 2022: 120, 2023: 49})...),
			series("3", map[int]float64{2021: 6, 2022: 6, 2023: 6})...),
		References: series("gdp", map[int]float64{2021: 100, 2022: 110}),
	}
	ds.Values[0].Source = ""
	res := run(t, p, ds, 2023)
	for _, want := range [][2]string{{"binding_off_track", "1"}, {"lagging_two_years", "1"}, {"projected_unlikely", "1"}, {"reversed", "2"}} {
		if !hasProblem(res, want[0], want[1]) {
			t.Errorf("no %s problem for %s; got %+v", want[0], want[1], res.Problems)
		}
	}
	for _, want := range [][2]string{{"out_of_range", "2"}, {"jump", "2"}, {"growth_mismatch", "3"}, {"no_source", "1"}} {
		if !hasFinding(res, want[0], want[1]) {
			t.Errorf("no %s finding for %s; got %+v", want[0], want[1], res.Quality)
		}
	}
	s := res.Summary
	if s.Total != 3 || s.Assessable != 3 || s.Good != 1 || s.Problems != len(res.Problems) {
		t.Errorf("summary = %+v", s)
	}
	if s.Binding.Total != 1 || s.Expected.Total != 2 || s.Categories[0].Total != 3 {
		t.Errorf("groups = %+v %+v", s.Binding, s.Expected)
	}
	if res.Stage != "midterm" || !near(&res.Elapsed, 0.6) {
		t.Errorf("stage %s elapsed %v", res.Stage, res.Elapsed)
	}
}

func TestMissingData(t *testing.T) {
	res := run(t, testPlan(model.Indicator{ID: "5", Unit: "万元/人", Target: model.Target{Kind: model.Level, Value: 38}}),
		&model.Dataset{Values: series("5", map[int]float64{2022: 33})}, 2023)
	r := res.Indicators[0]
	if r.Status != NoData || r.Reason != model.ReasonNoBaseline || r.ReasonYears[0] != 2020 {
		t.Errorf("%s %q %v", r.Status, r.Reason, r.ReasonYears)
	}
	if !hasFinding(res, "missing", "5") || fmt.Sprint(res.Quality[0].Years) != "[2020 2021 2023]" {
		t.Errorf("findings = %+v", res.Quality)
	}
}

func hasProblem(res *Result, rule, id string) bool {
	for _, p := range res.Problems {
		if p.Has(model.ProblemRule(rule)) && p.Indicator == id {
			return true
		}
	}
	return false
}

func hasFinding(res *Result, code, id string) bool {
	for _, q := range res.Quality {
		if string(q.Code) == code && q.Indicator == id {
			return true
		}
	}
	return false
}

func TestAdjustment(t *testing.T) {
	p := testPlan(level(100, 200), model.Indicator{ID: "y", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}})
	p.Indicators[0].ID = "x"
	ds := &model.Dataset{
		Values: append(series("x", map[int]float64{2022: 124}), series("y", map[int]float64{2022: 124})...),
		Adjustments: []model.Adjustment{
			{ID: "x", Status: "基本符合预期", Reason: "统计口径调整,实际进度符合预期", Comment: "口径调整后数据可比"},
			{ID: "y", Comment: "仅有意见"},
		},
	}
	res := run(t, p, ds, 2022)
	x, y := res.Indicators[0], res.Indicators[1]
	// computed: R = .24/.4 = .60 → lagging; the analyst says on track.
	if x.Status != OnTrack || !x.Manual || x.ComputedStatus != Lagging || x.ManualReason == "" || x.Comment != "口径调整后数据可比" {
		t.Errorf("adjusted: %+v", x)
	}
	if y.Manual || y.Status != Lagging || y.Comment != "仅有意见" {
		t.Errorf("comment only: %+v", y)
	}
	if s, ok := ParseStatus("lagging"); !ok || s != Lagging {
		t.Error("ParseStatus by id")
	}
	if _, ok := ParseStatus("还行"); ok {
		t.Error("ParseStatus accepted an unknown label")
	}
}
