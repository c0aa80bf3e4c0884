package doc

import (
	"strings"
	"testing"
	"testing/fstest"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// wordsPlan is a 2020–2025 plan of one indicator per case, each with the
// id of its case.
func wordsPlan(inds ...model.Indicator) *model.Plan {
	p := &model.Plan{
		ID: "t", Name: "测试规划", BaseYear: 2020, TargetYear: 2025, MidtermYear: 2023,
		Categories: []model.Category{{ID: "c", Name: "类别"}},
		Evaluation: model.DefaultThresholds(),
	}
	for _, ind := range inds {
		ind.Category, ind.Name = "c", "指标"+ind.ID
		p.Indicators = append(p.Indicators, ind)
	}
	return p
}

func obs(id string, vals map[int]float64) []model.Observation {
	var out []model.Observation
	for y := 2020; y <= 2025; y++ {
		if v, ok := vals[y]; ok {
			out = append(out, model.Observation{ID: id, Year: y, Value: v, Source: "测试"})
		}
	}
	return out
}

func evaluate(t *testing.T, p *model.Plan, values []model.Observation, y int) *eval.Result {
	t.Helper()
	res, err := eval.Evaluate(p, &model.Dataset{Values: values}, y)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func words(t *testing.T, res *eval.Result) *Words {
	t.Helper()
	w, err := NewWords(res, nil)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func f64(v float64) *float64 { return &v }

// TestWordsTarget: each kind of target in words, from eval's facts
// (TargetValue, TargetNumber, TargetApprox, TargetText), with the
// indicator's decimals and unit.
func TestWordsTarget(t *testing.T) {
	p := wordsPlan(
		// level: the level by T, 2025年.
		model.Indicator{ID: "level", Unit: "万人", Baseline: f64(300), Target: model.Target{Kind: model.Level, Value: 330}},
		// delta with a base: the level it makes, 100 + 5 = 105.
		model.Indicator{ID: "delta", Unit: "个", Baseline: f64(100), Target: model.Target{Kind: model.Delta, Value: 5}},
		// delta without a base: the change itself.
		model.Indicator{ID: "down", Unit: "个", Target: model.Target{Kind: model.Delta, Value: -5}},
		// a rate as the plan prints it.
		model.Indicator{ID: "growth", Unit: "%", Target: model.Target{Kind: model.AvgGrowth, Value: 6}},
		model.Indicator{ID: "cut", Unit: "%", Target: model.Target{Kind: model.Reduction, Value: 13.5}},
		model.Indicator{ID: "total", Unit: "个", Target: model.Target{Kind: model.Cumulative, Value: 5000, Approx: 0.05}},
		model.Indicator{ID: "cap", Unit: "万人", Target: model.Target{Kind: model.Ceiling, Value: 312.6}},
		model.Indicator{ID: "floor", Unit: "%", Target: model.Target{Kind: model.Floor, Value: 95}},
		// the kinds without a number: the plan's text, or nothing.
		model.Indicator{ID: "city", Unit: "%", Target: model.Target{Kind: model.Municipal, Compare: model.GE, Text: "达到市级要求"}},
		model.Indicator{ID: "none", Unit: "个", Target: model.Target{Kind: model.None}},
	)
	res := evaluate(t, p, nil, 2023)
	w := words(t, res)
	want := map[string]string{
		"level": "2025年达到330万人", "delta": "2025年达到105个", "down": "较基期减少5个",
		"growth": "年均增长6%", "cut": "累计降低13.5%", "total": "累计5000个左右",
		"cap": "不高于312.6万人", "floor": "不低于95%", "city": "达到市级要求", "none": "",
	}
	for i := range res.Indicators {
		ind := &res.Indicators[i]
		if got := w.Target(ind); got != want[ind.ID] {
			t.Errorf("%s: %q, want %q", ind.ID, got, want[ind.ID])
		}
	}
	if err := w.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestWordsRequired: what the remaining years need, by kind, with the
// numbers eval computed (B = 2020, T = 2025).
func TestWordsRequired(t *testing.T) {
	level := model.Indicator{ID: "x", Unit: "万人", Baseline: f64(100), Target: model.Target{Kind: model.Level, Value: 200}}
	share := model.Indicator{ID: "x", Unit: "%", Baseline: f64(50), Target: model.Target{Kind: model.Level, Value: 60}}
	growth := model.Indicator{ID: "x", Unit: "%", Target: model.Target{Kind: model.AvgGrowth, Value: 6}}
	total := model.Indicator{ID: "x", Unit: "个", Target: model.Target{Kind: model.Cumulative, Value: 5000}}
	for _, c := range []struct {
		name string
		ind  model.Indicator
		vals map[int]float64
		y    int
		want string
	}{
		// 2024 at 170: the one year left needs 200 − 170 = 30, named by its year.
		{"one year left", level, map[int]float64{2024: 170}, 2024, "2025年需增加30万人"},
		// 2023 at 160: (200 − 160) / 2 = 20 a year.
		{"two years left", level, map[int]float64{2023: 160}, 2023, "2024—2025年需年均增加20万人"},
		// a share moves by points: (60 − 54) / 2 = 3.
		{"points", share, map[int]float64{2023: 54}, 2023, "2024—2025年需年均增加3个百分点"},
		// 5.5% a year 2021–2023: (1.06⁵ / 1.055³)^½ − 1 = 6.75% a year, one decimal as typed.
		{"growth", growth, map[int]float64{2021: 5.5, 2022: 5.5, 2023: 5.5}, 2023, "2024—2025年需年均增长6.8%"},
		// 2000 a year 2021–2023: 6000 ≥ 5000, reached.
		{"reached", total, map[int]float64{2021: 2000, 2022: 2000, 2023: 2000}, 2023, "累计值已达到目标"},
		// 1000 a year: (5000 − 3000) / 2 = 1000 a year to add.
		{"cumulative", total, map[int]float64{2021: 1000, 2022: 1000, 2023: 1000}, 2023, "2024—2025年需年均新增1000个"},
		// the target year: nothing remains to need.
		{"target year", level, map[int]float64{2025: 170}, 2025, ""},
	} {
		res := evaluate(t, wordsPlan(c.ind), obs("x", c.vals), c.y)
		w := words(t, res)
		if got := w.Required(&res.Indicators[0]); got != c.want {
			t.Errorf("%s: %q, want %q (required pace %v)", c.name, got, c.want, res.Indicators[0].RequiredPace)
		}
	}
}

// TestWordsFinding: Words says of a finding what the report's 数据质量报告
// says, and names its subject; a code without a template prints its label.
func TestWordsFinding(t *testing.T) {
	res := evaluate(t, wordsPlan(model.Indicator{ID: "5", Unit: "万人", Baseline: f64(1), Target: model.Target{Kind: model.Level, Value: 2}}), nil, 2022)
	w := words(t, res)
	if len(res.Quality) == 0 {
		t.Fatal("no finding")
	}
	q := res.Quality[0] // 2021年、2022年 missing
	if got, want := w.Finding(q), "2021年、2022年数据缺失，请补报"; got != want {
		t.Errorf("finding = %q, want %q", got, want)
	}
	if got, want := w.Subject(q), "指标5 指标5"; got != want {
		t.Errorf("subject = %q, want %q", got, want)
	}
	for _, c := range []struct {
		f    eval.Finding
		want string
	}{
		{eval.Finding{Task: "3.1", Name: "任务(一)"}, "任务3.1 任务（一）"},
		{eval.Finding{Project: "P1", Name: "会址"}, "项目P1 会址"},
		{eval.Finding{}, ""},
	} {
		if got := w.Subject(c.f); got != c.want {
			t.Errorf("subject of %+v = %q, want %q", c.f, got, c.want)
		}
	}
	if got := w.Finding(eval.Finding{Code: "new_code"}); got != "new_code" {
		t.Errorf("a code without a template = %q, want its label", got)
	}
	if err := w.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestWordsOverride: a --templates folder's doc_*.tmpl words the facts for
// every output that uses Words; a template that fails is Err's.
func TestWordsOverride(t *testing.T) {
	res := evaluate(t, wordsPlan(
		model.Indicator{ID: "g", Unit: "%", Target: model.Target{Kind: model.AvgGrowth, Value: 6}},
		model.Indicator{ID: "c", Unit: "万人", Target: model.Target{Kind: model.Ceiling, Value: 312.6}},
	), nil, 2023)
	w, err := NewWords(res, fstest.MapFS{"doc_target.tmpl": {Data: []byte(`{{define "target.avg_growth"}}每年增长{{num .I.TargetNumber}}%{{end}}`)}})
	if err != nil {
		t.Fatal(err)
	}
	if got := w.Target(&res.Indicators[0]); got != "每年增长6%" {
		t.Errorf("overridden avg_growth = %q", got)
	}
	if got := w.Target(&res.Indicators[1]); got != "不高于312.6万人" {
		t.Errorf("a define the folder leaves alone = %q, want the embedded wording", got)
	}
	bad, err := NewWords(res, fstest.MapFS{"doc_target.tmpl": {Data: []byte(`{{define "target.ceiling"}}{{.Nope}}{{end}}`)}})
	if err != nil {
		t.Fatal(err)
	}
	if got := bad.Target(&res.Indicators[1]); got != "" || bad.Err() == nil || !strings.Contains(bad.Err().Error(), "Nope") {
		t.Errorf("a failing template gave %q, Err %v", got, bad.Err())
	}
	if _, err := NewWords(res, fstest.MapFS{"doc_target.tmpl": {Data: []byte(`{{define "x"}}`)}}); err == nil {
		t.Error("a template that does not parse was accepted")
	}
	if _, err := NewWords(nil, nil); err == nil {
		t.Error("NewWords(nil) succeeded")
	}
}
