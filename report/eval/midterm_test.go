package eval

import (
	"reflect"
	"testing"

	"plancheck/report/model"
)

// The mid-term evaluation in 2023: B = 2020, T = 2025, s = 3/5 = .6, two
// years remaining.
func TestMidterm(t *testing.T) {
	mk := func(id string, binding bool, tg model.Target, base *float64) model.Indicator {
		return model.Indicator{ID: id, Binding: binding, Baseline: base, Target: tg}
	}
	lvl := model.Target{Kind: model.Level, Value: 200}
	p := testPlan(
		mk("a", false, lvl, f(100)), // 150: p = .5, 过半 (exactly); R = .5/.6 = .833 → lagging
		mk("b", false, lvl, f(100)), // 149: p = .49, not 过半
		mk("c", false, model.Target{Kind: model.Cumulative, Value: 5000}, nil),      // Σ = 2400: p = .48; R = .8 → lagging
		mk("d", false, model.Target{Kind: model.AvgGrowth, Value: 6}, nil),          // 4% a year: G = 1.04³ − 1 = .124864, p = G/(1.06⁵ − 1) = .3692; R = .6537 → lagging
		mk("e", false, model.Target{Kind: model.Municipal, Compare: model.GE}, nil), // met in 2023: no progress, good → 过半
		mk("f", true, model.Target{Kind: model.Municipal, Compare: model.LE}, nil),  // not met in 2023 → not 过半, off track
		mk("g", false, model.Target{Kind: model.None}, nil),                         // not assessed: left out
		mk("h", false, model.Target{Kind: model.Reduction, Value: 13.5}, nil),       // 3% a year: C = 1 − .97³ = .087327, p = C/.135 = .6469 → 过半; on track
	)
	three := func(v float64) map[int]float64 { return map[int]float64{2021: v, 2022: v, 2023: v} }
	ds := &model.Dataset{
		Values: concat(
			series("a", map[int]float64{2023: 150}), series("b", map[int]float64{2023: 149}),
			series("c", three(800)), series("d", three(4)), series("e", three(40)), series("f", three(32)),
			series("g", three(1)), series("h", three(3)),
		),
		Requirements: concat(series("e", three(38)), series("f", three(30))),
	}
	res := run(t, p, ds, 2023)
	m := res.Midterm
	if m == nil {
		t.Fatal("no midterm")
	}
	if !reflect.DeepEqual(m.Years, []int{2021, 2022, 2023}) || m.HalfShare != .5 || m.PlanShare != .75 {
		t.Errorf("years %v, shares %v %v", m.Years, m.HalfShare, m.PlanShare)
	}
	if !reflect.DeepEqual(m.Half, []string{"a", "e", "h"}) || !reflect.DeepEqual(m.NotHalf, []string{"b", "c", "d", "f"}) {
		t.Errorf("half %v, not half %v", m.Half, m.NotHalf)
	}
	// 3 of 7 assessable = .4286 < .75.
	if m.HalfDone || !near(&m.HalfOfPlan, 3.0/7) {
		t.Errorf("half done %v, share %v", m.HalfDone, m.HalfOfPlan)
	}
	want := map[string][2]float64{ // required, realized per year; NaN: nil
		// a: (200 − 150)/2 = 25 a year needed; (150 − 100)/3 = 16.67 done.
		"a": {25, 50.0 / 3},
		// b: (200 − 149)/2 = 25.5 needed; 49/3 = 16.33 done.
		"b": {25.5, 49.0 / 3},
		// c: (5000 − 2400)/2 = 1300 needed; 2400/3 = 800 done.
		"c": {1300, 800},
		// d: ((1.06⁵)/(1.04³))^(1/2) − 1 = 9.0723% needed; (1.04³)^(1/3) − 1 = 4% done.
		"d": {9.072345971, 4},
	}
	var got []string
	for _, o := range m.Outlook {
		got = append(got, o.Indicator)
		if o.Remaining != 2 {
			t.Errorf("%s: remaining %d", o.Indicator, o.Remaining)
		}
		if w, ok := want[o.Indicator]; ok {
			if !near(o.Required, w[0]) || !near(o.Realized, w[1]) {
				t.Errorf("%s: required %v realized %v, want %v", o.Indicator, deref(o.Required), deref(o.Realized), w)
			}
		} else if o.Required != nil || o.Realized != nil {
			// f: a requirement has no yearly pace.
			t.Errorf("%s: required %v realized %v, want none", o.Indicator, deref(o.Required), deref(o.Realized))
		}
	}
	// b: p = .49, R = .817 → lagging; off track too.
	if !reflect.DeepEqual(got, []string{"a", "b", "c", "d", "f"}) {
		t.Errorf("outlook = %v", got)
	}
	if res := run(t, p, ds, 2022); res.Midterm != nil {
		t.Error("a midterm outside the midterm year")
	}
}

// The plan is 过半 when at least three in four assessable indicators are
// and every binding one is.
func TestMidtermHalfDone(t *testing.T) {
	lvl := func(id string, binding bool) model.Indicator {
		ind := level(100, 200)
		ind.ID, ind.Binding = id, binding
		return ind
	}
	for _, c := range []struct {
		name    string
		binding bool // whether the indicator not 过半 is binding
		done    bool
	}{
		{"3 of 4, the one short expected", false, true}, // 3/4 = .75 ≥ .75
		{"3 of 4, the one short binding", true, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := testPlan(lvl("a", false), lvl("b", false), lvl("c", false), lvl("d", c.binding))
			half := map[int]float64{2023: 160} // p = .6
			ds := &model.Dataset{Values: concat(series("a", half), series("b", half), series("c", half),
				series("d", map[int]float64{2023: 140}))} // p = .4
			m := run(t, p, ds, 2023).Midterm
			if m.HalfDone != c.done || !near(&m.HalfOfPlan, .75) {
				t.Errorf("half done %v (share %v), want %v", m.HalfDone, m.HalfOfPlan, c.done)
			}
		})
	}
}

// An indicator an analyst set on track but projected unlikely is in the
// outlook: 2023 v = 124, p = .24 (R = .4); at 8 a year 2025 reaches 140,
// missing 60 of the 76 left (.79 > .20) → unlikely. Its 过半 is by its
// progress, .24 < .5, whatever the analyst's status.
func TestMidtermOutlookUnlikely(t *testing.T) {
	ind := level(100, 200)
	ind.ID = "x"
	ds := &model.Dataset{Values: series("x", map[int]float64{2023: 124}),
		Adjustments: []model.Adjustment{{ID: "x", Status: "基本符合预期", Reason: "理由"}}}
	res := run(t, testPlan(ind), ds, 2023)
	r, m := res.Indicators[0], res.Midterm
	if r.Status != OnTrack || r.ProjectionBand != Unlikely {
		t.Fatalf("setup: %s %s", r.Status, r.ProjectionBand)
	}
	// (200 − 124)/2 = 38 needed; (124 − 100)/3 = 8 done.
	if len(m.Outlook) != 1 || !near(m.Outlook[0].Required, 38) || !near(m.Outlook[0].Realized, 8) {
		t.Errorf("outlook = %+v", m.Outlook)
	}
	if !reflect.DeepEqual(m.NotHalf, []string{"x"}) {
		t.Errorf("not half = %v", m.NotHalf)
	}
}
