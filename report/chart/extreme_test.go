package chart

import (
	"fmt"
	"math"
	"testing"
	"time"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// extremes are the numbers a chart must survive: any finite float, and the
// values that are not numbers.
var extremes = []struct {
	name string
	vals []float64 // 2021, 2022, 2023 (2020 is 50)
}{
	{"1e60", []float64{52, 1e60, 55}},
	{"-1e60", []float64{52, -1e60, 55}},
	{"1e308", []float64{52, 1e308, 55}},
	{"-1e308", []float64{-1e308, 52, 55}},
	{"max float", []float64{math.MaxFloat64, -math.MaxFloat64, 55}},
	{"1e15", []float64{52, 1e15, 55}},
	{"-1e15 and 1e15", []float64{-1e15, 1e15, 55}},
	{"a few ulps apart", []float64{1e15, 1e15 + 0.125, 1e15 + 0.25}},
	{"denormals", []float64{5e-324, 0, 1e-320}},
	{"smallest normal", []float64{2.2250738585072014e-308, 2.2250738585072014e-308, 0}},
	{"all equal", []float64{50, 50, 50}},
	{"all equal huge", []float64{9e14, 9e14, 9e14}},
	{"all equal tiny", []float64{1e-9, 1e-9, 1e-9}},
	{"NaN and Inf", []float64{math.NaN(), math.Inf(1), math.Inf(-1)}},
	{"tiny and huge", []float64{1e-7, 1e14, -3}},
}

// within runs f, failing the test when it has not returned in 10 s: a hang
// guard, not a timing.
func within(t *testing.T, name string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: did not finish in 10 s", name)
	}
}

// extremeResult evaluates one indicator of the given kind with the values
// (and, for municipal and relative, requirements and references equal to
// them), so that every chart mode sees them in values, paths, projections,
// requirements and compared values.
func extremeResult(t *testing.T, kind model.Kind, unit string, vals []float64) *eval.Result {
	t.Helper()
	base := 50.0
	ind := model.Indicator{ID: "x", Name: "指标", Unit: unit, Category: "c", Target: model.Target{Kind: kind, Value: 70}}
	switch kind {
	case model.Level, model.Delta, model.Ceiling, model.Floor:
		ind.Baseline = &base
	case model.Reduction:
		ind.Target.Value = 13.5
	case model.AvgGrowth:
		ind.Target.Value = 6
	case model.Municipal:
		ind.Target.Compare = model.GE
	case model.Relative:
		ind.Target.Reference, ind.Target.Compare = "city", model.LE
	}
	p := &model.Plan{ID: "t", Name: "测试", BaseYear: 2020, TargetYear: 2025, Evaluation: model.DefaultThresholds(),
		Categories: []model.Category{{ID: "c", Name: "类"}}, References: []model.Reference{{ID: "city", Name: "全市"}},
		Indicators: []model.Indicator{ind}}
	ds := &model.Dataset{}
	for i, v := range append([]float64{50}, vals...) {
		o := model.Observation{ID: "x", Year: 2020 + i, Value: v, Source: "测试"}
		ds.Values = append(ds.Values, o)
		ds.Requirements = append(ds.Requirements, o)
		o.ID = "city"
		ds.References = append(ds.References, o)
	}
	res, err := eval.Evaluate(p, ds, 2023)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestExtremeValues: eval's spec of every chart mode, with every extreme,
// in a roomy and in the smallest box, terminates, draws inside its box, and
// leaves out what no indicator can have.
func TestExtremeValues(t *testing.T) {
	kinds := []struct {
		kind model.Kind
		unit string
	}{
		{model.Level, "万人"}, {model.Level, "%"}, {model.Ceiling, "万人"}, {model.Cumulative, "亿元"},
		{model.AvgGrowth, "%"}, {model.Reduction, "%"}, {model.Municipal, "微克/立方米"}, {model.Relative, "%"}, {model.None, "个"},
	}
	drawn := 0
	for _, x := range extremes {
		for _, k := range kinds {
			res := extremeResult(t, k.kind, k.unit, x.vals)
			ind := &res.Indicators[0]
			for _, sz := range [][2]float64{{250, 180}, {120, 90}} {
				name := fmt.Sprintf("%s, %s in %s, %g×%g", x.name, k.kind, k.unit, sz[0], sz[1])
				var r recorder
				var err error
				within(t, name, func() { err = Draw(&r, ind.Chart, sz[0], sz[1]) })
				if ind.Chart == nil {
					// No value after the base year can be drawn: eval charts
					// nothing, and Draw says so.
					if err == nil {
						t.Errorf("%s: nothing to chart, but no error", name)
					}
					continue
				}
				drawn++
				if err != nil {
					t.Errorf("%s: %v", name, err)
					continue
				}
				checkBox(t, name, &r, sz[0], sz[1])
				for _, o := range r.ops {
					for _, v := range []float64{o.X, o.Y, o.RX, o.RY} {
						if math.IsNaN(v) || math.IsInf(v, 0) {
							t.Fatalf("%s: drew at %v", name, o)
						}
					}
				}
			}
		}
	}
	// Every extreme but NaN and Inf leaves 2021 or 2023 plottable.
	if want := (len(extremes) - 1) * len(kinds) * 2; drawn < want {
		t.Errorf("%d charts drawn, want at least %d", drawn, want)
	}
}

// TestTicksTerminate: the tick functions on their own, with ranges and
// steps no chart should pass them.
func TestTicksTerminate(t *testing.T) {
	for _, c := range []struct{ lo, hi, step float64 }{
		{1e60, 1e60 + 1e45, 1e43}, // the step is below the values' ulp
		{0, 1e308, 1e-308},        // far too many ticks
		{-math.MaxFloat64, math.MaxFloat64, math.Inf(1)},
		{0, 1, 0}, {0, 1, -1}, {0, 1, math.NaN()}, {1, 0, 0.1},
		{5e-324, 1e-323, 5e-324},
	} {
		within(t, fmt.Sprint(c), func() {
			if n := len(ticks(c.lo, c.hi, c.step)); n > maxTicks {
				t.Errorf("ticks(%g, %g, %g): %d ticks", c.lo, c.hi, c.step, n)
			}
		})
	}
	for _, span := range []float64{0, -1, 5e-324, 1e-320, math.MaxFloat64, math.Inf(1), math.NaN()} {
		within(t, fmt.Sprint(span), func() {
			if s := niceStep(span, 5); !(s > 0) || math.IsInf(s, 0) {
				t.Errorf("niceStep(%g) = %g", span, s)
			}
		})
	}
}

// TestAbsurdLeftOut: a value beyond model.MaxMagnitude is not drawn — eval
// has reported it — and the others keep their scale: the axis of 50, 52,
// 55 with 1e60 left out runs in steps of a few units, not of 1e59.
func TestAbsurdLeftOut(t *testing.T) {
	res := extremeResult(t, model.None, "个", []float64{52, 1e60, 55})
	var r recorder
	if err := Draw(&r, chartOf(t, res, "x"), 250, 180); err != nil {
		t.Fatal(err)
	}
	texts := r.texts()
	for _, s := range []string{"50", "52", "55"} {
		if !contains(texts, s) {
			t.Errorf("no %q in %q", s, texts)
		}
	}
	for _, s := range texts {
		if len(s) > 12 {
			t.Errorf("label %q: a value of 1e60 reached the chart", s)
		}
	}
}
