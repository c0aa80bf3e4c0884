package eval

import (
	"math"
	"strings"
	"testing"

	"plancheck/report/model"
)

// TestProposals: in 2023 (n = Y − B = 3 years done, 2 left) every
// indicator projected unlikely, with its target, attainment, projection
// and gap in the target's terms (> 0: short), binding first.
func TestProposals(t *testing.T) {
	lvl := func(id string, base, target float64) model.Indicator {
		return model.Indicator{ID: id, Unit: "万元", Baseline: f(base), Target: model.Target{Kind: model.Level, Value: target}}
	}
	levels := model.Indicator{ID: "5", Unit: "亿元", Baseline: f(100), Target: model.Target{Kind: model.AvgGrowth, Value: 6, Data: model.LevelD}}
	cum := model.Indicator{ID: "7", Binding: true, Unit: "个", Target: model.Target{Kind: model.Cumulative, Value: 100}}
	p := testPlan(
		lvl("1", 100, 200), // up
		lvl("2", 50, 30),   // down
		model.Indicator{ID: "3", Unit: "万人", Baseline: f(100), Target: model.Target{Kind: model.Delta, Value: 50}},
		model.Indicator{ID: "4", Unit: "%", Target: model.Target{Kind: model.AvgGrowth, Value: 6}},
		levels,
		model.Indicator{ID: "6", Unit: "%", Target: model.Target{Kind: model.Reduction, Value: 15}},
		cum,
		model.Indicator{ID: "8", Unit: "%", Baseline: f(40), Target: model.Target{Kind: model.Ceiling, Value: 30}},
		model.Indicator{ID: "9", Unit: "%", Baseline: f(10), Target: model.Target{Kind: model.Floor, Value: 20}},
		model.Indicator{ID: "10", Unit: "%", Target: model.Target{Kind: model.Municipal, Compare: model.GE}}, // not met, no projection: not a proposal
		lvl("11", 100, 200), // on track: not a proposal
	)
	ds := &model.Dataset{
		Values: concat(
			series("1", map[int]float64{2023: 130}),
			series("2", map[int]float64{2023: 48}),
			series("3", map[int]float64{2023: 106}),
			series("4", map[int]float64{2021: 1, 2022: 1, 2023: 1}),
			series("5", map[int]float64{2023: 100 * 1.01 * 1.01 * 1.01}),
			series("6", map[int]float64{2021: 1, 2022: 1, 2023: 1}),
			series("7", map[int]float64{2021: 10, 2022: 10, 2023: 10}),
			series("8", map[int]float64{2021: 39, 2022: 38.5, 2023: 38}),
			series("9", map[int]float64{2021: 11, 2022: 11.5, 2023: 12}),
			series("10", map[int]float64{2023: 40}),
			series("11", map[int]float64{2023: 160}),
		),
		Requirements: series("10", map[int]float64{2023: 42}),
		Proposals: []model.Proposal{
			{ID: "1", Handling: "建议调整目标", Reason: "统计口径调整后目标偏高", Year: 2023, At: model.Loc{File: "r.xlsx", Sheet: "规划调整建议", Cell: "H3"}},
			{ID: "2", Handling: "adjust_measure", Reason: "上年的", Year: 2022}, // another year's: ignored
			{ID: "3", Handling: "降低目标", Reason: "?", Year: 2023},             // not a handling: ignored
			{ID: "4", Handling: " keep ", Year: 0},                           // year unknown: taken
			{ID: "5", Handling: "adjust_target", Year: 2023},
			{ID: "5", Handling: "adjust_measure", Reason: "改按现价", Year: 2023}, // the later wins
			{ID: "11", Handling: "adjust_target", Year: 2023},                 // not a proposal: ignored
		},
	}
	res := run(t, p, ds, 2023)

	type want struct {
		target, attained, projected, gap float64
		handling                         model.Handling
		chosen                           bool
	}
	wants := map[string]want{
		// level up: d = 30/3 = 10 a year, projected 130 + 2·10 = 150; gap 200 − 150 = 50
		// (miss 50 / gap to close 70 = .71 > .20: unlikely).
		"1": {200, 130, 150, 50, model.AdjustTarget, true},
		// level down 50 → 30: d = −2/3, projected 48 − 4/3 = 46.667; gap −(30 − 46.667) = 16.667
		// (miss 16.667 / 18 = .93: unlikely).
		"2": {30, 48, 48 - 4.0/3, 48 - 4.0/3 - 30, model.KeepTarget, false},
		// delta +50: at 106, change 6; projected 106 + 2·2 = 110, change 10; gap 50 − 10 = 40.
		"3": {50, 6, 10, 40, model.KeepTarget, false},
		// avg_growth from rates 1%, 1%, 1%: realized average (1.01³)^(1/3) − 1 = 1%, kept to T:
		// projected average 1%; gap 6 − 1 = 5 points (GP = 1.01⁵ − 1 = .0510 against .3382).
		"4": {6, 1, 1, 5, model.KeepTarget, true},
		// avg_growth from levels 100 → 103.0301: the same 1% (not the projected level 105.101).
		"5": {6, 1, 1, 5, model.AdjustMeasure, true},
		// reduction 15%: C = 1 − .99³ = 2.9701%, a = 1%, CP = 1 − .99⁵ = 4.90099%; gap 15 − 4.90099 = 10.09901.
		"6": {15, (1 - math.Pow(.99, 3)) * 100, (1 - math.Pow(.99, 5)) * 100, 15 - (1-math.Pow(.99, 5))*100, model.KeepTarget, false},
		// cumulative 100: S = 30, projected 30 + 2·10 = 50; gap 50.
		"7": {100, 30, 50, 50, model.KeepTarget, false},
		// ceiling 30 from 40: at 38, d = −2/3, projected 38 − 4/3 = 36.667; gap 36.667 − 30 = 6.667.
		"8": {30, 38, 38 - 4.0/3, 38 - 4.0/3 - 30, model.KeepTarget, false},
		// floor 20 from 10: at 12, d = 2/3, projected 12 + 4/3 = 13.333; gap 20 − 13.333 = 6.667.
		"9": {20, 12, 12 + 4.0/3, 20 - 12 - 4.0/3, model.KeepTarget, false},
	}
	var order []string
	for _, pr := range res.Proposals {
		order = append(order, pr.Indicator)
		w, ok := wants[pr.Indicator]
		if !ok {
			t.Errorf("%s is a proposal", pr.Indicator)
			continue
		}
		if !near(pr.Target, w.target) || !near(pr.Attained, w.attained) || !near(pr.Projected, w.projected) || !near(pr.Gap, w.gap) {
			t.Errorf("%s: target %v attained %v projected %v gap %v; want %v %v %v %v", pr.Indicator,
				deref(pr.Target), deref(pr.Attained), deref(pr.Projected), deref(pr.Gap), w.target, w.attained, w.projected, w.gap)
		}
		if pr.Handling != w.handling || pr.Chosen != w.chosen || pr.HandlingLabel != w.handling.Label() {
			t.Errorf("%s: handling %s %q chosen %v; want %s %v", pr.Indicator, pr.Handling, pr.HandlingLabel, pr.Chosen, w.handling, w.chosen)
		}
	}
	// binding 7 first, then plan order.
	if got := strings.Join(order, " "); got != "7 1 2 3 4 5 6 8 9" {
		t.Errorf("order = %s", got)
	}
	for _, pr := range res.Proposals {
		switch pr.Indicator {
		case "1":
			if pr.Reason != "统计口径调整后目标偏高" || pr.At != "r.xlsx: 规划调整建议!H3" || pr.Value == nil || *pr.Value != 130 {
				t.Errorf("1: reason %q at %q value %v", pr.Reason, pr.At, deref(pr.Value))
			}
		case "5":
			if pr.Reason != "改按现价" || !near(pr.Value, 103.0301) || pr.Kind != model.AvgGrowth {
				t.Errorf("5: reason %q value %v kind %s", pr.Reason, deref(pr.Value), pr.Kind)
			}
		case "2", "3":
			if pr.Reason != "" || pr.At != "" {
				t.Errorf("%s: an ignored choice left reason %q at %q", pr.Indicator, pr.Reason, pr.At)
			}
		}
	}
}

// TestProposalsFinal: in the final year every indicator not completed,
// with no projection and the gap against what was attained.
func TestProposalsFinal(t *testing.T) {
	res := &Result{Year: 2025, Stage: model.Final, Indicators: []IndicatorResult{
		// level 100 → 200 at 185 (not completed): gap 200 − 185 = 15.
		{ID: "a", Kind: model.Level, Status: model.NotCompleted, Baseline: f(100), TargetValue: f(200), TargetNumber: f(200), Value: f(185)},
		// avg_growth 6%, realized 4.2% a year: gap 6 − 4.2 = 1.8 points.
		{ID: "b", Kind: model.AvgGrowth, Status: model.NotCompleted, TargetNumber: f(6), Value: f(3.9), Realized: f(4.2)},
		// ceiling 30, broken in some years, 29 in T: gap 29 − 30 = −1 (the last value within).
		{ID: "c", Kind: model.Ceiling, Status: model.NotCompleted, TargetValue: f(30), TargetNumber: f(30), Value: f(29)},
		// municipal: no target number, no gap.
		{ID: "d", Kind: model.Municipal, Status: model.NotCompleted, Value: f(40)},
		// mostly completed: not a proposal.
		{ID: "e", Kind: model.Level, Status: model.MostlyCompleted, Baseline: f(100), TargetValue: f(200), TargetNumber: f(200), Value: f(197)},
		// hold 50 (target = base), 48 in T: the distance, 2.
		{ID: "f", Kind: model.Level, Status: model.NotCompleted, Baseline: f(50), TargetValue: f(50), TargetNumber: f(50), Value: f(48)},
	}}
	got := proposals(res, nil)
	want := map[string]*float64{"a": f(15), "b": f(1.8), "c": f(-1), "d": nil, "f": f(2)}
	if len(got) != len(want) {
		t.Fatalf("%d proposals, want %d: %+v", len(got), len(want), got)
	}
	for _, pr := range got {
		w := want[pr.Indicator]
		if pr.Projected != nil || (w == nil) != (pr.Gap == nil) || (w != nil && !near(pr.Gap, *w)) {
			t.Errorf("%s: projected %v gap %v, want no projection, gap %v", pr.Indicator, deref(pr.Projected), deref(pr.Gap), deref(w))
		}
		if pr.Handling != model.KeepTarget || pr.Chosen {
			t.Errorf("%s: handling %s chosen %v", pr.Indicator, pr.Handling, pr.Chosen)
		}
	}
}
