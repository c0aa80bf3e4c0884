package main

import (
	"strings"
	"testing"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/model"
)

// TestExplainDefault runs explain on the embedded plan: each line is the
// formula with eval's numbers filled in (docs/FORMAT.md's arithmetic; the
// hand-computed cases of every kind are report/eval's TestExplainKinds).
func TestExplainDefault(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		// 7, level: p = (5.80 − 5.30) ÷ (6.20 − 5.30) = 0.5 ÷ 0.9 = 0.556; R = 0.556 ÷ 0.8 = 0.694.
		{[]string{"--year", "2024", "7"}, []string{
			"指标数据!D42", "（5.80 − 5.30）÷ 0.90 = 0.556", "R = p ÷ s = 0.556 ÷ 0.800 = 0.694",
			"判定：滞后", "≥ 0.6 滞后", "差距占比", "触发的规则（重大问题）：", "剩余 1 年每年需 0.40",
		}},
		// 4, avg_growth from rates: G = 1.10 × 1.035 × 1.062 × 1.06 − 1 = 28.16%; (1.06)^4 − 1 = 26.25%.
		{[]string{"4", "--year", "2024"}, []string{"(1 + 10.0%) × (1 + 3.5%) × (1 + 6.2%) × (1 + 6.0%) − 1 = 28.16%", "28.16% ÷ 26.25% = 1.073"}},
		// 21, cumulative: 1180 + 1350 + 1020 + 680 = 4230; 4230 ÷ 5000 = 0.846.
		{[]string{"--year", "2024", "21"}, []string{"1180 + 1350 + 1020 + 680 = 4230", "4230 ÷ 5000 = 0.846"}},
		{[]string{"--year", "2024", "1"}, []string{"当年值 312.50，上限 312.60", "判定：达到要求"}},
		{[]string{"--year", "2024", "2"}, []string{"市级要求 256.0", "判定：达到要求"}},
		{[]string{"--year", "2024", "19"}, []string{"当年值 ≥ 对比值 − 同步容差 = 6.0 − 0.5 = 5.5", "判定：未达要求"}},
		{[]string{"--year", "2024", "14"}, []string{"当年值：否", "约束性指标未达要求或进度滞后"}},
		{[]string{"--year", "2024", "2.1.1"}, []string{"重点任务 2.1.1", "重点任务!D5", "判定：滞后"}},
		{[]string{"--year", "2024", "P05"}, []string{"重大项目 P05", "54.00 ÷ 75.00 = 72.00%", "形象进度节点未完成"}},
	} {
		stdout, stderr, code := runCmd(t, append([]string{"explain"}, c.args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", c.args, code, stderr)
		}
		for _, w := range c.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("%v: no %q in\n%s", c.args, w, stdout)
			}
		}
		if strings.Contains(stdout, "<no value>") || strings.Contains(stdout, "%!") {
			t.Errorf("%v: a template hole in\n%s", c.args, stdout)
		}
	}
}

func TestExplainErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "give the id"},
		{[]string{"7", "8"}, "give one id, not 2"},
		{[]string{"--year", "2024", "P5"}, "did you mean 5, 15, P05"},
		{[]string{"--yaer", "2024", "7"}, "did you mean --year?"},
	} {
		_, stderr, code := runCmd(t, append([]string{"explain"}, c.args...)...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, stderr, c.want)
		}
	}
}

// TestExplainEveryKind renders an indicator of each target kind (the
// kinds the embedded plan lacks included): every kind gets its formula
// with numbers, and no template hole.
func TestExplainEveryKind(t *testing.T) {
	p := &model.Plan{
		ID: "t", Name: "测试", BaseYear: 2020, TargetYear: 2025, MidtermYear: 2023,
		Categories: []model.Category{{ID: "c", Name: "类别"}}, Evaluation: model.DefaultThresholds(),
	}
	f := func(v float64) *float64 { return &v }
	vals := map[string][]float64{}
	add := func(id string, tg model.Target, base *float64, v ...float64) {
		p.Indicators = append(p.Indicators, model.Indicator{ID: id, Name: "指标" + id, Category: "c", Baseline: base, Target: tg})
		vals[id] = v
	}
	add("level", model.Target{Kind: model.Level, Value: 20}, f(10), 12, 14, 15)
	add("delta", model.Target{Kind: model.Delta, Value: 50}, f(100), 110, 120, 130)
	add("rate", model.Target{Kind: model.AvgGrowth, Value: 10}, nil, 10, 10, 10)
	add("lvl", model.Target{Kind: model.AvgGrowth, Value: 10, Data: model.LevelD}, f(100), 107, 114, 121)
	add("cum", model.Target{Kind: model.Cumulative, Value: 5000}, nil, 1000, 1000, 1000)
	add("red", model.Target{Kind: model.Reduction, Value: 20}, nil, 5, 5, 5)
	add("ceil", model.Target{Kind: model.Ceiling, Value: 50}, f(40), 42, 44, 45)
	add("floor", model.Target{Kind: model.Floor, Value: 10}, f(12), 11, 10, 9)
	add("muni", model.Target{Kind: model.Municipal, Compare: model.LE}, nil, 30, 30, 30)
	add("rel", model.Target{Kind: model.Relative, To: "rate", Compare: model.Sync}, nil, 10, 10, 9.4)
	add("bool", model.Target{Kind: model.Boolean}, nil, 1, 1, 1)
	add("none", model.Target{Kind: model.None}, nil, 1, 2, 3)
	ds := &model.Dataset{}
	for id, vs := range vals {
		for i, v := range vs {
			ds.Values = append(ds.Values, model.Observation{ID: id, Year: 2021 + i, Value: v, Source: "测试"})
		}
	}
	for y := 2021; y <= 2023; y++ {
		ds.Requirements = append(ds.Requirements, model.Observation{ID: "muni", Year: y, Value: 32, Source: "测试"})
	}
	ds.Adjustments = []model.Adjustment{{ID: "delta", Status: "滞后", Reason: "统计口径调整", Year: 2023}}
	res, err := eval.Evaluate(p, ds, 2023)
	if err != nil {
		t.Fatal(err)
	}
	words, err := doc.NewWords(res, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		// (15 − 10) ÷ 10 = 0.5; 0.5 ÷ 0.6 = 0.833.
		"level": "（15 − 10）÷ 10 = 0.500",
		"delta": "（130 − 100）÷ 50 = 0.600",
		// 1.1³ − 1 = 33.10%; (1.1)³ − 1 = 33.10%: R = 1.
		"rate": "33.10% ÷ 33.10% = 1.000",
		// 121 ÷ 100 − 1 = 21%; 0.21 ÷ 0.331 = 0.634.
		"lvl": "121 ÷ 100 − 1 = 21.00%",
		"cum": "1000 + 1000 + 1000 = 3000",
		// 1 − 0.95³ = 14.26%; 1 − 0.8^0.6 = 12.53%: R = 1.138.
		"red":   "14.26% ÷ 12.53% = 1.138",
		"ceil":  "当年值 45，上限 50",
		"floor": "当年值 9，下限 10",
		"muni":  "当年值 30，市级要求 32",
		"rel":   "10.0 − 0.5 = 9.5",
		"bool":  "当年值：是",
		"none":  "仅监测变化趋势",
	}
	for _, ind := range p.Indicators {
		x, err := eval.Explain(res, ind.ID)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := writeExplanation(&b, x, words); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if ind.ID == "delta" && !strings.Contains(out, "人工调整：计算结果 基本符合预期 → 调整为 滞后；调整理由：统计口径调整") {
			t.Errorf("delta: the manual adjustment is not shown:\n%s", out)
		}
		if !strings.Contains(out, want[ind.ID]) {
			t.Errorf("%s: no %q in\n%s", ind.ID, want[ind.ID], out)
		}
		if strings.Contains(out, "<no value>") || strings.Contains(out, "%!") {
			t.Errorf("%s: a template hole in\n%s", ind.ID, out)
		}
	}
}
