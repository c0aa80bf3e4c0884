package eval

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"plancheck/report/model"
)

// B = 2020, T = 2025 throughout (testPlan), so s = (y−2020)/5.

// checkProblems asserts what every Result must hold of its problems: one
// per subject; every indicator not met and every binding indicator off
// track among them; each problem's rules in severity order, the problems
// most severe first (indicators), then tasks, then projects; the count
// printed equal to the list.
func checkProblems(t *testing.T, res *Result) {
	t.Helper()
	seen := map[string]bool{}
	byIndicator := map[string]Problem{}
	lastRank, phase := -1, 0 // phase: 0 indicators, 1 tasks, 2 projects
	for _, p := range res.Problems {
		key, ph := "i"+p.Indicator, 0
		switch {
		case p.Task != "":
			key, ph = "t"+p.Task, 1
		case p.Project != "":
			key, ph = "p"+p.Project, 2
		}
		if seen[key] {
			t.Errorf("%s is listed twice among the problems", key)
		}
		seen[key] = true
		if ph < phase {
			t.Errorf("%s comes after a problem of a later kind", key)
		}
		if ph == 0 {
			byIndicator[p.Indicator] = p
			if r := p.Rules[0].Severity(); r < lastRank {
				t.Errorf("%s (most severe %s) comes after a less severe problem", key, p.Rules[0])
			} else {
				lastRank = r
			}
		}
		phase = ph
		if len(p.Rules) == 0 || p.Rule != p.Rules[0] || p.RuleLabel != p.Rule.Label() || len(p.RuleLabels) != len(p.Rules) {
			t.Errorf("%s: rules %v, rule %s %q, labels %v", key, p.Rules, p.Rule, p.RuleLabel, p.RuleLabels)
		}
		for i := 1; i < len(p.Rules); i++ {
			if p.Rules[i-1].Severity() >= p.Rules[i].Severity() {
				t.Errorf("%s: rules %v are not in severity order", key, p.Rules)
			}
		}
	}
	for _, r := range res.Indicators {
		p, ok := byIndicator[r.ID]
		if r.Status == NotMet && !(ok && p.Has(model.RuleNotMet)) {
			t.Errorf("indicator %s is not met but not a not_met problem", r.ID)
		}
		if r.Binding && r.Status.OffTrack() && !(ok && p.Has(model.RuleBindingOffTrack)) {
			t.Errorf("binding indicator %s is %s but not a binding_off_track problem", r.ID, r.Status)
		}
	}
	if res.Summary.Problems != len(res.Problems) {
		t.Errorf("Summary.Problems = %d, the list has %d", res.Summary.Problems, len(res.Problems))
	}
}

func TestProblemsMerged(t *testing.T) {
	p := testPlan(
		// a: binding level 100 → 200, values 110, 130, 145 in 2021–2023:
		//   2022 p = 30/100 = .30, s = .4, R = .75 (lagging); 2023 p = .45,
		//   s = .6, R = .75 (lagging) → lagging two years; projected
		//   145 + 2·(45/3) = 175, miss 25 / gap 55 = .45 > .20 → unlikely.
		model.Indicator{ID: "a", Binding: true, Unit: "万人", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
		// b: expected municipal ge, 40 against a requirement of 42 → not met.
		model.Indicator{ID: "b", Unit: "%", Target: model.Target{Kind: model.Municipal, Compare: model.GE}},
		// c: binding municipal le, 32 against 30 → not met, binding.
		model.Indicator{ID: "c", Binding: true, Unit: "微克/立方米", Target: model.Target{Kind: model.Municipal, Compare: model.LE}},
		// d: level 50 → 60, 2023 at 49: p = −1/10, R = −.1/.6 < 0 → reversed;
		//   projected 49 − 2/3 = 48.3 → unlikely.
		model.Indicator{ID: "d", Unit: "%", Baseline: f(50), Target: model.Target{Kind: model.Level, Value: 60}},
		// e: level 100 → 200 at 160 in 2023: p = .6, R = 1 → on track, no problem.
		model.Indicator{ID: "e", Unit: "万元", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
		// f: binding without data: no judgment, so not a problem (a finding).
		model.Indicator{ID: "f", Binding: true, Unit: "万元", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
	)
	ds := &model.Dataset{
		Values: concat(
			series("a", map[int]float64{2021: 110, 2022: 130, 2023: 145}),
			series("b", map[int]float64{2023: 40}),
			series("c", map[int]float64{2023: 32}),
			series("d", map[int]float64{2021: 52, 2022: 50.5, 2023: 49}),
			series("e", map[int]float64{2023: 160}),
		),
		Requirements: concat(series("b", map[int]float64{2023: 42}), series("c", map[int]float64{2023: 30})),
	}
	res := run(t, p, ds, 2023)
	checkProblems(t, res)
	got := map[string][]model.ProblemRule{}
	var order []string
	for _, pb := range res.Problems {
		got[pb.Indicator] = pb.Rules
		order = append(order, pb.Indicator)
	}
	want := map[string][]model.ProblemRule{
		"a": {model.RuleBindingOffTrack, model.RuleProjectedUnlikely, model.RuleLaggingTwoYears},
		"b": {model.RuleNotMet},
		"c": {model.RuleBindingOffTrack, model.RuleNotMet},
		"d": {model.RuleReversed, model.RuleProjectedUnlikely},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rules = %v\nwant %v", got, want)
	}
	// Most severe first, plan order within a rank: a, c (binding), b (not met), d (reversed).
	if strings.Join(order, "") != "acbd" {
		t.Errorf("order = %v, want a c b d", order)
	}
	a := res.Problems[0]
	if !reflect.DeepEqual(a.LaggingYears, []int{2021, 2022, 2023}) || !near(a.PaceRatio, 0.75) || !near(a.Projected, 175) || a.Band != Unlikely {
		// 2021 too: p = .1, s = .2, R = .5 < .6 — seriously lagging, which counts.
		t.Errorf("a's facts: lagging %v, R %v, projected %v %s", a.LaggingYears, deref(a.PaceRatio), deref(a.Projected), a.Band)
	}
	// remaining 2 years need (200 − 145)/2 = 27.5 a year.
	if !near(a.RequiredPace, 27.5) || a.NeedDown() || a.Need() != 27.5 {
		t.Errorf("a needs %v", deref(a.RequiredPace))
	}
	if b := res.Problems[2]; !near(b.Value, 40) || !near(b.Requirement, 42) || b.Status != NotMet {
		t.Errorf("b's facts: %v against %v, %s", deref(b.Value), deref(b.Requirement), b.Status)
	}
	// The judgment counts the binding indicators off track: a and c.
	if res.Summary.JudgmentRule.BindingOffTrack != 2 {
		t.Errorf("binding off track = %d, want 2", res.Summary.JudgmentRule.BindingOffTrack)
	}
}

// TestCauses: what a task or a project is behind on, so that a suggestion
// fits it. The P06 case: investment at 96.6% of plan, the milestone missed.
func TestCauses(t *testing.T) {
	p := testPlan(level(100, 200))
	p.Tasks = []model.Task{
		{ID: "1.1", Title: "滞后任务", Chapter: "第一章", Key: true, Milestones: map[int]string{2024: "建成"}},
		{ID: "1.2", Title: "未启动任务", Chapter: "第一章", Key: true, Milestones: map[int]string{2024: "开工"}},
		{ID: "1.3", Title: "一般任务", Chapter: "第一章", Milestones: map[int]string{2024: "开工"}},
	}
	years := func(inv ...float64) map[int]model.ProjectYear {
		m := map[int]model.ProjectYear{}
		for i, v := range inv {
			m[2021+i] = model.ProjectYear{Investment: v, Milestone: "节点"}
		}
		return m
	}
	p.Projects = []model.Project{
		{ID: "P06", Name: "征地拆迁", Years: years(7, 8, 8, 8)},     // planned 31
		{ID: "P01", Name: "投资滞后", Years: years(10, 10, 10, 10)}, // planned 40
		{ID: "P02", Name: "两者皆滞后", Years: years(10, 10, 10, 10)},
		{ID: "P03", Name: "正常", Years: years(10, 10, 10, 10)},
	}
	v := func(x float64) *float64 { return &x }
	yes, no := true, false
	report := func(id string, total float64, reached *bool) []model.ProjectReport {
		// the total spread over four years, the last one with the milestone.
		return []model.ProjectReport{
			{ID: id, Year: 2021, Investment: v(total / 4)}, {ID: id, Year: 2022, Investment: v(total / 4)},
			{ID: id, Year: 2023, Investment: v(total / 4)}, {ID: id, Year: 2024, Investment: v(total / 4), Reached: reached},
		}
	}
	ds := &model.Dataset{
		Values: series("x", nil),
		Tasks: []model.TaskReport{
			{ID: "1.1", Year: 2024, Progress: model.Behind},
			{ID: "1.2", Year: 2024, Progress: model.NotStarted},
			{ID: "1.3", Year: 2024, Progress: model.Behind},
		},
		Projects: concatReports(
			report("P06", 29.94, &no), // 29.94 / 31 = 96.6%: short by 3.4% ≤ 20% — on plan
			report("P01", 30, &yes),   // 30 / 40 = 75%: short by 25% > 20%
			report("P02", 30, &no),    // both
			report("P03", 39, &yes),   // 97.5%, reached
		),
	}
	res := run(t, p, ds, 2024)
	checkProblems(t, res)
	causes := map[string][]model.Cause{}
	for _, pb := range res.Problems {
		causes[pb.Task+pb.Project] = pb.Causes
	}
	want := map[string][]model.Cause{
		"1.1": {model.CauseReportedBehind},
		"1.2": {model.CauseNotStarted},
		"P06": {model.CauseMilestoneMissed},
		"P01": {model.CauseInvestmentBehind},
		"P02": {model.CauseInvestmentBehind, model.CauseMilestoneMissed},
	}
	if !reflect.DeepEqual(causes, want) {
		t.Errorf("causes = %v\nwant %v", causes, want)
	}
	for _, pb := range res.Problems {
		if pb.Project == "P06" {
			if !near(pb.InvestmentShare, 29.94/31) || pb.HasCause(model.CauseInvestmentBehind) || !pb.HasCause(model.CauseMilestoneMissed) {
				t.Errorf("P06 = %+v", pb)
			}
		}
	}
	if st := res.Projects[3].Status; st != model.ProjectOnTrack {
		t.Errorf("P03 = %s", st)
	}
}

func concatReports(parts ...[]model.ProjectReport) []model.ProjectReport {
	var out []model.ProjectReport
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// TestPlannedPath: the planned path, B to T, per kind, with the numbers;
// the chart's planned series and each year's Expected are the same numbers.
func TestPlannedPath(t *testing.T) {
	for _, c := range []struct {
		name string
		ind  model.Indicator
		vals map[int]float64
		kind ChartKind
		path []float64 // 2020…2025; nil: no planned series
		rate float64   // ChartRate: the target rate's rule
	}{
		// base + (target − base)·s: 100 + 100·(0, .2, .4, .6, .8, 1).
		{"level", level(100, 200), map[int]float64{2022: 150}, ChartLine, []float64{100, 120, 140, 160, 180, 200}, 0},
		// delta −10 from 50: target 40; 50 − 10·s.
		{"delta", model.Indicator{Unit: "万吨", Baseline: f(50), Target: model.Target{Kind: model.Delta, Value: -10}},
			map[int]float64{2022: 47}, ChartLine, []float64{50, 48, 46, 44, 42, 40}, 0},
		// growth from levels, 6%: 100·1.06^(y−2020).
		{"avg_growth from levels", model.Indicator{Unit: "亿元", Baseline: f(100), Target: model.Target{Kind: model.AvgGrowth, Value: 6, Data: model.LevelD}},
			map[int]float64{2022: 110}, ChartLine, []float64{100, 106, 112.36, 119.1016, 126.247696, 133.82255776}, 0},
		// a cumulative 5000: 5000·s, from nothing in the base year.
		{"cumulative", model.Indicator{Unit: "个", Target: model.Target{Kind: model.Cumulative, Value: 5000}},
			map[int]float64{2021: 1200, 2022: 900}, ChartLine, []float64{0, 1000, 2000, 3000, 4000, 5000}, 0},
		// a ceiling the base breaks: the line from 313.3 to 312.6, −0.14 a year.
		{"ceiling broken", model.Indicator{Unit: "万人", Baseline: f(313.3), Target: model.Target{Kind: model.Ceiling, Value: 312.6}},
			map[int]float64{2022: 313}, ChartLine, []float64{313.3, 313.16, 313.02, 312.88, 312.74, 312.6}, 0},
		// a ceiling the base keeps has no path, only the limit.
		{"ceiling kept", model.Indicator{Unit: "万人", Baseline: f(300), Target: model.Target{Kind: model.Ceiling, Value: 312.6}},
			map[int]float64{2022: 305}, ChartLine, nil, 0},
		// growth rates: bars against the target rate 6.
		{"avg_growth rates", growth(6), map[int]float64{2021: 5, 2022: 7}, ChartRate, nil, 6},
		// reduction 15% over 5 years: 1 − 0.85^(1/5) = 3.1989…% a year.
		{"reduction", model.Indicator{Unit: "%", Target: model.Target{Kind: model.Reduction, Value: 15}},
			map[int]float64{2021: 3, 2022: 3.5}, ChartRate, nil, (1 - math.Pow(0.85, 0.2)) * 100},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := one(t, c.ind, c.vals, 2022)
			ch := r.Chart
			if ch == nil || ch.Kind != c.kind {
				t.Fatalf("chart = %+v, want a %s chart", ch, c.kind)
			}
			var planned *ChartSeries
			for i := range ch.Series {
				if ch.Series[i].Role == SeriesPlanned {
					planned = &ch.Series[i]
				}
			}
			switch {
			case c.path == nil && planned != nil:
				t.Errorf("a planned series %v where there is none", planned.Points)
			case c.path != nil && (planned == nil || len(planned.Points) != len(c.path)):
				t.Fatalf("planned = %+v, want %v", planned, c.path)
			}
			for i, want := range c.path {
				if pt := planned.Points[i]; pt.Year != 2020+i || math.Abs(pt.Value-want) > 1e-9 {
					t.Errorf("planned %d = %v, want %v", pt.Year, pt.Value, want)
				}
			}
			// Expected of each judged year is on the same path.
			for _, y := range r.Years {
				if y.Year > 2020 && c.path != nil && !near(y.Expected, c.path[y.Year-2020]) {
					t.Errorf("Expected %d = %v, path %v", y.Year, deref(y.Expected), c.path[y.Year-2020])
				}
			}
			if c.kind == ChartRate {
				if len(ch.Lines) == 0 || ch.Lines[0].Role != RuleTargetRate || math.Abs(ch.Lines[0].Value-c.rate) > 1e-9 {
					t.Errorf("lines = %+v, want the target rate %v", ch.Lines, c.rate)
				}
				for _, y := range r.Years {
					if y.Year > 2020 && !near(y.Expected, c.rate) {
						t.Errorf("Expected %d = %v, want the target rate %v", y.Year, deref(y.Expected), c.rate)
					}
				}
			}
		})
	}
}

// TestChartSeries: what a line chart holds besides the path.
func TestChartSeries(t *testing.T) {
	// Cumulative: running totals 1200, 2100; projected 2100 + 1050·3 = 5250
	// in 2025; the target 5000 in 2025.
	r := one(t, model.Indicator{Unit: "个", Target: model.Target{Kind: model.Cumulative, Value: 5000}}, map[int]float64{2021: 1200, 2022: 900}, 2022)
	roles := map[SeriesRole][]ChartPoint{}
	for _, s := range r.Chart.Series {
		roles[s.Role] = s.Points
	}
	if a := roles[SeriesActual]; len(a) != 2 || a[0].Value != 1200 || a[1].Value != 2100 || a[1].Text != "2100" {
		t.Errorf("actual = %+v", a)
	}
	if p := roles[SeriesProjected]; len(p) != 2 || p[0].Year != 2022 || p[1].Year != 2025 || p[1].Value != 5250 {
		t.Errorf("projected = %+v", p)
	}
	if tg := roles[SeriesTarget]; len(tg) != 1 || tg[0].Year != 2025 || tg[0].Value != 5000 {
		t.Errorf("target = %+v", tg)
	}

	// Municipal le: the requirement series and no path.
	p := testPlan(model.Indicator{ID: "m", Unit: "微克/立方米", Target: model.Target{Kind: model.Municipal, Compare: model.LE}})
	res := run(t, p, &model.Dataset{Values: series("m", map[int]float64{2021: 33, 2022: 31}),
		Requirements: series("m", map[int]float64{2021: 35, 2022: 32})}, 2022)
	ch := res.Indicators[0].Chart
	if ch.Kind != ChartLine || len(ch.Series) != 2 || ch.Series[0].Role != SeriesRequirement || ch.Series[0].Points[1].Value != 32 || ch.Series[1].Role != SeriesActual {
		t.Errorf("municipal chart = %+v", ch)
	}

	// A ceiling: the limit as a rule.
	r = one(t, model.Indicator{Unit: "万人", Baseline: f(300), Target: model.Target{Kind: model.Ceiling, Value: 312.6}}, map[int]float64{2022: 305}, 2022)
	if l := r.Chart.Lines; len(l) != 1 || l[0].Role != RuleLimit || l[0].Value != 312.6 || l[0].Label != "上限312.6" {
		t.Errorf("ceiling lines = %+v", l)
	}

	// Yes/no: a mark a year, done or not.
	r = one(t, model.Indicator{Target: model.Target{Kind: model.Boolean}}, map[int]float64{2021: 1, 2022: 0}, 2022)
	if ch := r.Chart; ch.Kind != ChartYesNo || len(ch.Series[0].Points) != 2 || !*ch.Series[0].Points[0].Done || *ch.Series[0].Points[1].Done {
		t.Errorf("yes/no chart = %+v", ch)
	}
}

// TestCharted: the one rule — a value in a year after the base.
func TestCharted(t *testing.T) {
	for _, c := range []struct {
		name string
		vals map[int]float64
		want bool
	}{
		{"nothing", nil, false},
		{"the base year alone", map[int]float64{2020: 100}, false},
		{"a year after the base", map[int]float64{2022: 150}, true},
		{"an absurd value only", map[int]float64{2021: 1e20}, false},
	} {
		ind := model.Indicator{Unit: "万元", Target: model.Target{Kind: model.Level, Value: 200}}
		if r := one(t, ind, c.vals, 2022); (r.Chart != nil) != c.want {
			t.Errorf("%s: charted = %v, want %v", c.name, r.Chart != nil, c.want)
		}
	}
	// A monitored indicator is charted too, values only.
	r := one(t, model.Indicator{Unit: "万元", Target: model.Target{Kind: model.None}}, map[int]float64{2021: 5, 2022: 6}, 2022)
	if r.Chart == nil || len(r.Chart.Series) != 1 || r.Chart.Series[0].Role != SeriesActual {
		t.Errorf("none chart = %+v", r.Chart)
	}
}

// TestDecimals: the plan's decimals, else the most typed, capped; every
// number of the indicator printed with them.
func TestDecimals(t *testing.T) {
	obs := func(texts ...string) []model.Observation {
		var out []model.Observation
		for i, s := range texts {
			out = append(out, model.Observation{ID: "x", Year: 2021 + i, Value: float64(313 + i), Text: s, Source: "测试"})
		}
		return out
	}
	two := 1
	for _, c := range []struct {
		name     string
		plan     *int
		baseline *float64
		texts    []string
		want     int
	}{
		{"as typed: 313, 313.2, 312.86", nil, nil, []string{"313", "313.2", "312.86"}, 2},
		{"integers", nil, nil, []string{"5000", "约5287"}, 0},
		{"the baseline's", nil, f(5.3), []string{"6", "7"}, 1},
		{"a percentage typed", nil, nil, []string{"5.10%"}, 2},
		{"capped at MaxDataDecimals", nil, nil, []string{"0.123456"}, MaxDataDecimals},
		{"the plan's decimals win", &two, nil, []string{"313", "312.86"}, 1},
	} {
		ind := model.Indicator{ID: "x", Unit: "万人", Baseline: c.baseline, Decimals: c.plan, Target: model.Target{Kind: model.None}}
		res := run(t, testPlan(ind), &model.Dataset{Values: obs(c.texts...)}, 2023)
		if got := res.Indicators[0].Decimals; got != c.want {
			t.Errorf("%s: decimals = %d, want %d", c.name, got, c.want)
		}
	}
	// A level target's value counts: 312.6 → 1.
	r := one(t, model.Indicator{Unit: "万人", Target: model.Target{Kind: model.Ceiling, Value: 312.6}}, map[int]float64{2021: 313, 2022: 312}, 2022)
	if r.Decimals != 1 || r.Chart.Series[0].Points[0].Text != "313.0" || !near(r.TargetNumber, 312.6) {
		t.Errorf("decimals %d, text %q, target number %v", r.Decimals, r.Chart.Series[0].Points[0].Text, deref(r.TargetNumber))
	}
	for _, c := range []struct {
		v    float64
		dec  int
		want string
	}{
		{313, 1, "313.0"}, {5287.5, 0, "5288"}, {312.86, 2, "312.86"}, {8.508, 1, "8.5"}, {-0.04, 1, "0.0"}, {-1.26, 1, "-1.3"},
	} {
		if got := Fixed(c.v, c.dec); got != c.want {
			t.Errorf("Fixed(%v, %d) = %q, want %q", c.v, c.dec, got, c.want)
		}
	}
	for s, want := range map[string]int{"313.2": 1, "约5000": 0, "1,234.56": 2, "5.10%": 2, "完成": 0, "3–3.5": 1} {
		if got, _ := textDecimals(s); got != want {
			t.Errorf("textDecimals(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestJudgment: the overall judgment by its rule, not against the time
// elapsed.
func TestJudgment(t *testing.T) {
	rule := JudgmentRule{OnTrackShare: JudgmentOnTrackShare, MixedShare: JudgmentMixedShare}
	off := rule
	off.BindingOffTrack = 1
	for _, c := range []struct {
		share      float64
		assessable int
		rule       JudgmentRule
		want       model.Judgment
	}{
		{0.8, 10, rule, model.JudgedOnTrack},  // 8/10 ≥ .75
		{0.75, 4, rule, model.JudgedOnTrack},  // 3/4 exactly
		{0.8, 10, off, model.JudgedMixed},     // a binding indicator off track
		{0.6, 10, rule, model.JudgedMixed},    // .5 ≤ .6 < .75
		{0.4, 10, rule, model.JudgedBehind},   // < .5
		{0, 0, rule, model.JudgedUnknown},     // nothing assessable
		{2.0 / 3, 3, rule, model.JudgedMixed}, // 2/3
	} {
		if got := overall(c.share, c.assessable, c.rule); got != c.want {
			t.Errorf("overall(%v, %d, %+v) = %s, want %s", c.share, c.assessable, c.rule, got, c.want)
		}
	}
}

// TestRemaining: T − Y, and what the one year left needs (report/doc's
// Words.Required words it: 2025年需增加30万人).
func TestRemaining(t *testing.T) {
	// 2024: base 100, target 200, at 170: 2025 needs +30.
	res := run(t, testPlan(model.Indicator{ID: "x", Unit: "万人", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}}),
		&model.Dataset{Values: series("x", map[int]float64{2024: 170})}, 2024)
	r := res.Indicators[0]
	if res.Remaining != 1 || !near(r.RequiredPace, 30) {
		t.Errorf("remaining %d, required %v", res.Remaining, deref(r.RequiredPace))
	}
	if res := run(t, testPlan(level(100, 200)), nil, 2025); res.Remaining != 0 {
		t.Errorf("remaining in T = %d", res.Remaining)
	}
}

// TestDepartmentBinding: a department's result says the plan has binding
// indicators when the department leads none.
func TestDepartmentBinding(t *testing.T) {
	p := testPlan(
		model.Indicator{ID: "1", Binding: true, Lead: "a", Unit: "万人", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
		model.Indicator{ID: "2", Lead: "b", Unit: "万人", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
	)
	res := run(t, p, &model.Dataset{Values: concat(series("1", map[int]float64{2022: 140}), series("2", map[int]float64{2022: 140}))}, 2022)
	d, err := ForDepartment(p, res, "b")
	if err != nil {
		t.Fatal(err)
	}
	if d.Summary.Binding.Total != 0 || !d.Summary.PlanHasBinding {
		t.Errorf("department b: binding %d, plan has binding %v", d.Summary.Binding.Total, d.Summary.PlanHasBinding)
	}
	if d.StatusChart == nil || len(d.StatusChart.Bars) != 1 || d.StatusChart.Bars[0].Segments[0].N != 1 {
		t.Errorf("department status chart = %+v", d.StatusChart)
	}
}

// TestStatusAndTaskCharts: the bars count what the summary counts.
func TestStatusAndTaskCharts(t *testing.T) {
	p := testPlan(level(100, 200), model.Indicator{ID: "y", Unit: "万人", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}})
	p.Indicators[0].ID = "x"
	p.Tasks = []model.Task{
		{ID: "1.1", Title: "甲", Chapter: "第一章"}, {ID: "1.2", Title: "乙", Chapter: "第一章"}, {ID: "2.1", Title: "丙", Chapter: "第二章"},
	}
	// x at 140 in 2022: R = 1 → on track; y at 110: p = .1, R = .25 → seriously lagging.
	ds := &model.Dataset{
		Values: concat(series("x", map[int]float64{2022: 140}), series("y", map[int]float64{2022: 110})),
		Tasks:  []model.TaskReport{{ID: "1.1", Year: 2022, Progress: model.Done}},
	}
	res := run(t, p, ds, 2022)
	sc := res.StatusChart
	if sc.Kind != ChartBars || !reflect.DeepEqual(sc.Legend, []string{"on_track", "seriously_lagging"}) || len(sc.Bars) != 1 ||
		sc.Bars[0].Label != "类别" || sc.Bars[0].Segments[0].N != 1 || sc.Bars[0].Segments[1].N != 1 {
		t.Errorf("status chart = %+v", sc)
	}
	tc := res.TaskChart
	if tc.Kind != ChartBars || !reflect.DeepEqual(tc.Legend, []string{"done", TaskNotReported}) || len(tc.Bars) != 2 ||
		tc.Bars[0].Segments[0].N != 1 || tc.Bars[0].Segments[1].N != 1 || tc.Bars[1].Segments[1].N != 1 {
		t.Errorf("task chart = %+v", tc)
	}
	if res := run(t, testPlan(), nil, 2022); res.StatusChart != nil || res.TaskChart != nil {
		t.Error("charts of nothing")
	}
}
