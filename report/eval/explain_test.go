package eval

import (
	"errors"
	"math"
	"reflect"
	"testing"

	"plancheck/report/model"
)

// explainPlan is one indicator of every target kind, evaluated in 2023:
// B = 2020, T = 2025, s = 3/5 = 0.6.
func explainPlan() (*model.Plan, *model.Dataset) {
	p := testPlan(
		model.Indicator{ID: "level", Baseline: f(10), Target: model.Target{Kind: model.Level, Value: 20}},
		model.Indicator{ID: "delta", Baseline: f(100), Target: model.Target{Kind: model.Delta, Value: 50}},
		model.Indicator{ID: "rate", Unit: "%", Target: model.Target{Kind: model.AvgGrowth, Value: 10}},
		model.Indicator{ID: "lvl", Baseline: f(100), Target: model.Target{Kind: model.AvgGrowth, Value: 10, Data: model.LevelD}},
		model.Indicator{ID: "cum", Target: model.Target{Kind: model.Cumulative, Value: 5000}},
		model.Indicator{ID: "red", Unit: "%", Target: model.Target{Kind: model.Reduction, Value: 20}},
		model.Indicator{ID: "ceil", Baseline: f(40), Target: model.Target{Kind: model.Ceiling, Value: 50}},
		model.Indicator{ID: "floor", Baseline: f(12), Target: model.Target{Kind: model.Floor, Value: 10}},
		model.Indicator{ID: "muni", Target: model.Target{Kind: model.Municipal, Compare: model.LE}},
		model.Indicator{ID: "rel", Unit: "%", Target: model.Target{Kind: model.Relative, To: "rate", Compare: model.Sync}},
		model.Indicator{ID: "bool", Target: model.Target{Kind: model.Boolean}},
		model.Indicator{ID: "none", Target: model.Target{Kind: model.None}},
	)
	ds := &model.Dataset{}
	add := func(id string, vals map[int]float64) { ds.Values = append(ds.Values, series(id, vals)...) }
	add("level", map[int]float64{2021: 12, 2022: 14, 2023: 15})
	add("delta", map[int]float64{2021: 110, 2022: 120, 2023: 130})
	add("rate", map[int]float64{2021: 10, 2022: 10, 2023: 10})
	add("lvl", map[int]float64{2021: 107, 2022: 114, 2023: 121})
	add("cum", map[int]float64{2021: 1000, 2022: 1000, 2023: 1000})
	add("red", map[int]float64{2021: 5, 2022: 5, 2023: 5})
	add("ceil", map[int]float64{2021: 42, 2022: 44, 2023: 45})
	add("floor", map[int]float64{2021: 11, 2022: 10, 2023: 9})
	add("muni", map[int]float64{2021: 30, 2022: 30, 2023: 30})
	ds.Requirements = series("muni", map[int]float64{2021: 32, 2022: 32, 2023: 32})
	add("rel", map[int]float64{2021: 10, 2022: 10, 2023: 9.4})
	add("bool", map[int]float64{2021: 1, 2022: 1, 2023: 1})
	add("none", map[int]float64{2021: 1, 2022: 2, 2023: 3})
	ds.Values[0].At = model.Loc{File: "kw.xlsx", Sheet: "指标数据", Cell: "D2"}
	ds.Adjustments = []model.Adjustment{{ID: "delta", Status: "滞后", Reason: "统计口径调整", Year: 2023}}
	return p, ds
}

func approx(a *float64, b float64) bool { return a != nil && math.Abs(*a-b) < 5e-5 }

// TestExplainKinds checks, for every target kind, the facts explain
// prints against the arithmetic of docs/FORMAT.md done by hand.
func TestExplainKinds(t *testing.T) {
	p, ds := explainPlan()
	res := run(t, p, ds, 2023)
	type want struct {
		status                   Status
		progress, pace           float64 // -1: none
		paceBasis, progressBasis float64 // -1: none
		cumulative, expected     float64 // -1: none
		projected, bandShare     float64 // -1: none
		band                     Band
	}
	const no = -1
	for _, c := range []struct {
		id string
		w  want
	}{
		// p = (15 − 10) ÷ (20 − 10) = 0.5; R = 0.5 ÷ 0.6 = 0.83333 (lagging, ≥ 0.60);
		// path 10 + 10 × 0.6 = 16; projected 15 + (5/3) × 2 = 18.3333;
		// miss 20 − 18.3333 = 1.6667 of the gap 20 − 15 = 5: 0.33333 > 0.20 → unlikely.
		{"level", want{Lagging, 0.5, 0.83333, 0.6, 10, no, 16, 18.33333, 0.33333, Unlikely}},
		// p = (130 − 100) ÷ 50 = 0.6; R = 0.6 ÷ 0.6 = 1 (on track); path 100 + 50 × 0.6 = 130;
		// projected 130 + 10 × 2 = 150 = the target: no miss.
		{"delta", want{OnTrack, 0.6, 1, 0.6, 50, no, 130, 150, no, Likely}},
		// G = 1.1³ − 1 = 0.331 (33.1%); planned by 2023 1.1³ − 1 = 0.331: R = 1;
		// whole 1.1⁵ − 1 = 0.61051: p = 0.331 ÷ 0.61051 = 0.54217; projected average 10%.
		{"rate", want{OnTrack, 0.54217, 1, 0.331, 0.61051, 33.1, 10, 10, no, Likely}},
		// G = 121 ÷ 100 − 1 = 0.21; R = 0.21 ÷ 0.331 = 0.63444 (lagging); p = 0.21 ÷ 0.61051 = 0.34397;
		// path 100 × 1.1³ = 133.1; projected 100 × 1.21^(5/3) = 137.3965
		// (GP = 1.21^(5/3) − 1 = e^(5/3 × ln 1.21) − 1 = 0.373965);
		// miss 0.61051 − 0.373965 = 0.236545 of the gap 0.61051 − 0.21 = 0.40051: 0.59061.
		{"lvl", want{Lagging, 0.34397, 0.63444, 0.331, 0.61051, 21, 133.1, 137.39648, 0.59061, Unlikely}},
		// S = 1000 × 3 = 3000; p = 3000 ÷ 5000 = 0.6; R = 0.6 ÷ 0.6 = 1; path 5000 × 0.6 = 3000;
		// projected 3000 + 1000 × 2 = 5000: no miss.
		{"cum", want{OnTrack, 0.6, 1, 0.6, 5000, 3000, 3000, 5000, no, Likely}},
		// C = 1 − 0.95³ = 0.142625; planned by 2023 1 − 0.8^0.6 = 0.125310: R = 1.13818 (ahead);
		// p = 0.142625 ÷ 0.2 = 0.713125; yearly path 1 − 0.8^(1/5) = 4.3648%;
		// projected 1 − 0.95⁵ = 22.6219% ≥ 20%: no miss.
		{"red", want{Ahead, 0.713125, 1.13818, 0.12531, 0.2, 14.2625, 4.36480, 22.62191, no, Likely}},
		// 45 ≤ 50: met; a limit the base keeps has no pace and no projection.
		{"ceil", want{Met, no, no, no, no, no, no, no, no, ""}},
		// 9 < 10: not met.
		{"floor", want{NotMet, no, no, no, no, no, no, no, no, ""}},
		// 30 ≤ the requirement 32: met.
		{"muni", want{Met, no, no, no, no, no, no, no, no, ""}},
		// 9.4 ≥ 10 − 0.5 = 9.5? no: not met; expected 9.5.
		{"rel", want{NotMet, no, no, no, no, no, 9.5, no, no, ""}},
		{"bool", want{Met, no, no, no, no, no, no, no, no, ""}},
		{"none", want{NotAssessed, no, no, no, no, no, no, no, no, ""}},
	} {
		x, err := Explain(res, c.id)
		if err != nil {
			t.Fatalf("%s: %v", c.id, err)
		}
		r := x.Indicator
		if r == nil || r.ID != c.id {
			t.Fatalf("%s: explained %+v", c.id, r)
		}
		if x.Elapsed != 0.6 || x.Thresholds != p.Evaluation {
			t.Errorf("%s: s = %v, thresholds %+v", c.id, x.Elapsed, x.Thresholds)
		}
		st := r.Status
		if r.Manual {
			st = r.ComputedStatus
		}
		if st != c.w.status {
			t.Errorf("%s: status %s, want %s", c.id, st, c.w.status)
		}
		check := func(name string, got *float64, w float64) {
			if w == no {
				if got != nil {
					t.Errorf("%s: %s = %v, want none", c.id, name, *got)
				}
				return
			}
			if !approx(got, w) {
				t.Errorf("%s: %s = %v, want %v", c.id, name, deref(got), w)
			}
		}
		check("progress", r.Progress, c.w.progress)
		check("pace", r.PaceRatio, c.w.pace)
		check("pace basis", r.PaceBasis, c.w.paceBasis)
		check("progress basis", r.ProgressBasis, c.w.progressBasis)
		check("cumulative", r.Cumulative, c.w.cumulative)
		check("expected", r.Expected, c.w.expected)
		check("projected", r.Projected, c.w.projected)
		check("band share", x.BandShare, c.w.bandShare)
		if r.ProjectionBand != c.w.band {
			t.Errorf("%s: band %q, want %q", c.id, r.ProjectionBand, c.w.band)
		}
	}
}

func TestExplainFacts(t *testing.T) {
	p, ds := explainPlan()
	res := run(t, p, ds, 2023)
	x, err := Explain(res, "level")
	if err != nil {
		t.Fatal(err)
	}
	if got := x.Indicator.Years[1].At; got != "kw.xlsx: 指标数据!D2" {
		t.Errorf("the 2021 value's cell = %q", got)
	}
	if x.Problem == nil || !x.Problem.Has(model.RuleProjectedUnlikely) {
		t.Errorf("level: problem %+v, want the rule %s", x.Problem, model.RuleProjectedUnlikely)
	}
	// The manual adjustment, with its reason, replaces the computed status.
	d, _ := Explain(res, "delta")
	if !d.Indicator.Manual || d.Indicator.Status != Lagging || d.Indicator.ComputedStatus != OnTrack || d.Indicator.ManualReason != "统计口径调整" {
		t.Errorf("delta: manual %v %s (computed %s), reason %q", d.Indicator.Manual, d.Indicator.Status, d.Indicator.ComputedStatus, d.Indicator.ManualReason)
	}
	// The name finds the indicator too.
	if n, err := Explain(res, "指标level"); err != nil || n.Indicator.ID != "level" {
		t.Errorf("by name: %v, %v", n, err)
	}
}

func TestExplainUnknown(t *testing.T) {
	p, ds := explainPlan()
	res := run(t, p, ds, 2023)
	_, err := Explain(res, "levle")
	var u *UnknownIDError
	if !errors.As(err, &u) {
		t.Fatalf("err = %v, want an *UnknownIDError", err)
	}
	if len(u.Near) == 0 || u.Near[0] != "level" {
		t.Errorf("near = %v, want level first", u.Near)
	}
	if _, err := Explain(res, "qqqqqqqq"); !errors.As(err, &u) || !reflect.DeepEqual(u.Near, []string(nil)) {
		t.Errorf("nothing near: %v %v", err, u.Near)
	}
}
