package eval

import (
	"testing"

	"plancheck/report/model"
)

// Movement compares Y−1's status (the rules') with Y's by Status.Rank,
// lower being better. Level 100 → 200, s = .2 a year.
func TestMovement(t *testing.T) {
	for _, c := range []struct {
		name     string
		ind      model.Indicator
		vals     map[int]float64
		year     int
		adjust   string // an analyst's status for Y
		prev     Status
		move     Change
		moveText string
	}{
		// 2022: v = 124, p = .24, R = .6 → lagging (3); 2023: v = 150,
		// p = .5, R = .5/.6 = .833 → lagging: unchanged.
		{"lagging both years", level(100, 200), map[int]float64{2022: 124, 2023: 150}, 2023, "", Lagging, Unchanged, "持平"},
		// 2022: v = 120, p = .2, R = .5 → seriously lagging (4); 2023:
		// v = 140, p = .4, R = .667 → lagging (3): improved.
		{"seriously lagging → lagging", level(100, 200), map[int]float64{2022: 120, 2023: 140}, 2023, "", SeriouslyLagging, Improved, "改善"},
		// 2022: v = 140, R = 1 → on track (2); 2023: v = 150, R = .833 → lagging (3).
		{"on track → lagging", level(100, 200), map[int]float64{2022: 140, 2023: 150}, 2023, "", OnTrack, Worsened, "变差"},
		// the analyst's 基本符合预期 (2) for 2023 against the rules' lagging (3) in 2022.
		{"adjusted Y", level(100, 200), map[int]float64{2022: 124, 2023: 150}, 2023, "基本符合预期", Lagging, Improved, "改善"},
		// 2022 without a value: no_data (−1) → no movement.
		{"no data in Y−1", level(100, 200), map[int]float64{2023: 150}, 2023, "", NoData, "", ""},
		{"no data in Y", level(100, 200), map[int]float64{2022: 150}, 2023, "", Ahead, "", ""},
		// Y = B+1: Y−1 is the base year, which has no judgment.
		{"first year", level(100, 200), map[int]float64{2021: 120}, 2021, "", "", "", ""},
		// Final: a pace status against a final judgment compares tiers
		// only (good 0, off track 1). 2024 v = 190, p = .9, R = 1.125 →
		// ahead (good); 2025 v = 200 → completed (good): unchanged, as
		// expected of an indicator ahead. 2024 v = 150 (p = .5, R = .625,
		// lagging: off track) → 2025 v = 200 completed: improved.
		// 2024 v = 180 (R = 1, on track) → 2025 v = 196 (.96, mostly
		// completed): unchanged.
		{"ahead → completed", level(100, 200), map[int]float64{2024: 190, 2025: 200}, 2025, "", Ahead, Unchanged, "持平"},
		{"lagging → completed", level(100, 200), map[int]float64{2024: 150, 2025: 200}, 2025, "", Lagging, Improved, "改善"},
		{"on track → mostly completed", level(100, 200), map[int]float64{2024: 180, 2025: 196}, 2025, "", OnTrack, Unchanged, "持平"},
		// a ceiling met in 2024 (good) and not completed in 2025 (off track).
		{"met → not completed", model.Indicator{Baseline: f(30), Target: model.Target{Kind: model.Ceiling, Value: 35}},
			map[int]float64{2021: 30, 2022: 30, 2023: 30, 2024: 34, 2025: 36}, 2025, "", Met, Worsened, "变差"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ind := c.ind
			ind.ID = "x"
			ds := &model.Dataset{Values: series("x", c.vals)}
			if c.adjust != "" {
				ds.Adjustments = []model.Adjustment{{ID: "x", Status: c.adjust, Reason: "理由"}}
			}
			res := run(t, testPlan(ind), ds, c.year)
			r := res.Indicators[0]
			if r.PrevStatus != c.prev || r.StatusMove != c.move || r.StatusMoveLabel != c.moveText {
				t.Errorf("prev %s, move %q %q; want %s, %q %q (now %s)", r.PrevStatus, r.StatusMove, r.StatusMoveLabel, c.prev, c.move, c.moveText, r.Status)
			}
			m := res.Summary.Movement
			var want Movement
			switch c.move {
			case Improved:
				want.Improved = 1
			case Unchanged:
				want.Unchanged = 1
			case Worsened:
				want.Worsened = 1
			}
			if m != want {
				t.Errorf("summary movement = %+v, want %+v", m, want)
			}
		})
	}
}
