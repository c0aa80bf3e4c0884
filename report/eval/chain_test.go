package eval

import (
	"fmt"
	"testing"
	"time"

	"plancheck/report/model"
)

// chained builds n indicators, each relative (sync) to the one before it;
// the first compares with the city's reference. Indicator i reports
// 5 + (i mod 3) every year from 2021 to 2024.
func chained(n int) (*model.Plan, *model.Dataset) {
	var inds []model.Indicator
	ds := &model.Dataset{References: series("city", map[int]float64{2021: 6, 2022: 6, 2023: 6, 2024: 6})}
	for i := 1; i <= n; i++ {
		id := fmt.Sprint(i)
		ind := model.Indicator{ID: id, Unit: "%", Target: model.Target{Kind: model.Relative, To: fmt.Sprint(i - 1), Compare: model.Sync}}
		if i == 1 {
			ind.Target = model.Target{Kind: model.Relative, Reference: "city", Compare: model.LE}
		}
		inds = append(inds, ind)
		v := 5 + float64(i%3)
		ds.Values = append(ds.Values, series(id, map[int]float64{2021: v, 2022: v, 2023: v, 2024: v})...)
	}
	return testPlan(inds...), ds
}

// TestLongChain evaluates 10,000 indicators in one chain of relative
// targets. The 10 s limit guards against a hang; BenchmarkChain times it.
func TestLongChain(t *testing.T) {
	p, ds := chained(10000)
	done := make(chan *Result, 1)
	go func() {
		res, err := Evaluate(p, ds, 2024)
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	var res *Result
	select {
	case res = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Evaluate of a 10,000-indicator chain did not finish in 10 s")
	}
	if res == nil {
		return
	}
	// Indicator 1: 6 ≤ city 6 → met.
	// Indicator i > 1 reports a = 5 + i mod 3 against b = 5 + (i−1) mod 3, met when a ≥ b − 0.5:
	//   i = 3: a = 5, b = 7 → 5 ≥ 6.5 no, not met;
	//   i = 4: a = 6, b = 5 → met;   i = 5: a = 7, b = 6 → met.
	for id, want := range map[string]Status{"1": Met, "3": NotMet, "4": Met, "5": Met, "9999": NotMet, "10000": Met} {
		var got Status
		for _, r := range res.Indicators {
			if r.ID == id {
				got = r.Status
			}
		}
		if got != want {
			t.Errorf("indicator %s: %s, want %s", id, got, want)
		}
	}
}

func BenchmarkChain8000(b *testing.B) {
	p, ds := chained(8000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(p, ds, 2024); err != nil {
			b.Fatal(err)
		}
	}
}
