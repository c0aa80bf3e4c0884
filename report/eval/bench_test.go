package eval

import (
	"fmt"
	"testing"

	"plancheck/report/model"
)

// generated builds a plan of n indicators cycling through every kind, with
// values for 2020–2024 — the size of a province's hundred counties.
func generated(n int) (*model.Plan, *model.Dataset) {
	p := testPlan()
	ds := &model.Dataset{}
	for i := 0; i < n; i++ {
		id := fmt.Sprint(i + 1)
		ind := model.Indicator{ID: id, Name: "指标" + id, Category: "c", Unit: "%", Binding: i%3 == 0}
		vals := map[int]float64{}
		for y := 2020; y <= 2024; y++ {
			vals[y] = 50 + float64((i*7+y)%11)
		}
		switch model.Kinds[i%len(model.Kinds)] {
		case model.Level:
			ind.Target = model.Target{Kind: model.Level, Value: 70}
		case model.Delta:
			ind.Target = model.Target{Kind: model.Delta, Value: 5}
		case model.AvgGrowth:
			ind.Target = model.Target{Kind: model.AvgGrowth, Value: 6}
			for y := range vals {
				vals[y] = 3 + float64((i+y)%6)
			}
		case model.Cumulative:
			ind.Target = model.Target{Kind: model.Cumulative, Value: 250, Approx: 0.05}
		case model.Reduction:
			ind.Target = model.Target{Kind: model.Reduction, Value: 13.5}
			for y := range vals {
				vals[y] = 2 + float64((i+y)%3)
			}
		case model.Ceiling:
			ind.Target = model.Target{Kind: model.Ceiling, Value: 55}
		case model.Floor:
			ind.Target = model.Target{Kind: model.Floor, Value: 52}
		case model.Municipal:
			ind.Target = model.Target{Kind: model.Municipal, Compare: model.GE}
			ds.Requirements = append(ds.Requirements, series(id, map[int]float64{2021: 52, 2022: 53, 2023: 54, 2024: 55})...)
		case model.Relative:
			ind.Target = model.Target{Kind: model.Relative, Reference: "city", Compare: model.LE}
		case model.Boolean:
			ind.Target = model.Target{Kind: model.Boolean}
			for y := range vals {
				vals[y] = float64((i + y) % 2)
			}
		default:
			ind.Target = model.Target{Kind: model.None}
		}
		p.Indicators = append(p.Indicators, ind)
		ds.Values = append(ds.Values, series(id, vals)...)
	}
	ds.References = series("city", map[int]float64{2020: 55, 2021: 55, 2022: 56, 2023: 56, 2024: 57})
	return p, ds
}

// BenchmarkEvaluate2700 evaluates 2,700 indicators × 5 years (docs/PERFORMANCE.md).
func BenchmarkEvaluate2700(b *testing.B) {
	p, ds := generated(2700)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(p, ds, 2024); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEvaluate26(b *testing.B) {
	p, ds := generated(26)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(p, ds, 2024); err != nil {
			b.Fatal(err)
		}
	}
}
