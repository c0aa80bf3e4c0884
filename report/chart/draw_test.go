package chart

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"plancheck/report/eval"
)

func yes(b bool) *bool { return &b }

// pts are points from year y0 on, one a year, labelled with text(v).
func pts(y0 int, text func(float64) string, vs ...float64) []eval.ChartPoint {
	var out []eval.ChartPoint
	for i, v := range vs {
		p := eval.ChartPoint{Year: y0 + i, Value: v}
		if text != nil {
			p.Text = text(v)
		}
		out = append(out, p)
	}
	return out
}

func num(v float64) string { return numLabel(v) }

// specs are hand-built charts of every kind, as eval would fill them:
// rates printed without their %, the rules named with their values.
func specs() map[string]*eval.Chart {
	return map[string]*eval.Chart{
		"line": {Kind: eval.ChartLine, Unit: "万元/人", FromYear: 2020, ToYear: 2025, Status: eval.Ahead,
			Series: []eval.ChartSeries{
				{Role: eval.SeriesPlanned, Label: "规划路径", Points: pts(2020, nil, 27.1, 29.2, 31.3, 33.5, 35.7, 38)},
				{Role: eval.SeriesActual, Label: "实际值", Points: pts(2020, num, 27.1, 30.6, 32.5, 35.9, 36.2)},
				{Role: eval.SeriesProjected, Label: "预计", Points: []eval.ChartPoint{{Year: 2024, Value: 36.2, Text: "36.2"}, {Year: 2025, Value: 38.4, Text: "38.4"}}},
				{Role: eval.SeriesTarget, Label: "目标", Points: []eval.ChartPoint{{Year: 2025, Value: 38, Text: "38"}}},
			}},
		"limit": {Kind: eval.ChartLine, Unit: "万人", FromYear: 2020, ToYear: 2025, Status: eval.Met,
			Series: []eval.ChartSeries{{Role: eval.SeriesActual, Label: "实际值", Points: pts(2020, num, 313.3, 312.4, 312.6, 311.5, 311.9)}},
			Lines:  []eval.ChartRule{{Value: 312.6, Label: "上限312.6", Role: eval.RuleLimit}}},
		"requirement": {Kind: eval.ChartLine, Unit: "微克/立方米", FromYear: 2020, ToYear: 2025, Status: eval.NotMet,
			Series: []eval.ChartSeries{
				{Role: eval.SeriesRequirement, Label: "市级要求", Points: pts(2021, num, 35, 32, 31)},
				{Role: eval.SeriesActual, Label: "实际值", Points: pts(2020, num, 38, 33, 30, 32)},
			}},
		// 图2-4/2-8/2-10 of the 2024 report: the latest rate next to the
		// average achieved.
		"rate": {Kind: eval.ChartRate, Unit: "%", FromYear: 2020, ToYear: 2025, Status: eval.OnTrack,
			Series: []eval.ChartSeries{{Role: eval.SeriesActual, Label: "实际值", Points: pts(2020, num, 6.9, 7.5, 4.2, 6.8, 6.3)}},
			Lines: []eval.ChartRule{{Value: 6, Label: "目标年均6%", Role: eval.RuleTargetRate},
				{Value: 6.2, Label: "实际年均6.2%", Role: eval.RuleRealized}}},
		"rate negative": {Kind: eval.ChartRate, Unit: "%", FromYear: 2020, ToYear: 2025, Status: eval.Reversed,
			Series: []eval.ChartSeries{{Role: eval.SeriesActual, Label: "实际值", Points: pts(2020, num, 12.5, 8.2, -12.4, -1.7)}},
			Lines: []eval.ChartRule{{Value: 15, Label: "目标年均15%", Role: eval.RuleTargetRate},
				{Value: -2.3, Label: "实际年均-2.3%", Role: eval.RuleRealized}}},
		"yesno": {Kind: eval.ChartYesNo, FromYear: 2020, ToYear: 2025, Status: eval.NotMet,
			Series: []eval.ChartSeries{{Role: eval.SeriesActual, Points: []eval.ChartPoint{
				{Year: 2021, Value: 1, Done: yes(true), Text: "完成"}, {Year: 2022, Value: 1, Done: yes(true), Text: "完成", Sample: true},
				{Year: 2023, Done: yes(false), Text: "未完成"}, {Year: 2024, Text: "数据待补"}}}}},
		"bars": {Kind: eval.ChartBars, Legend: []string{"achieved", "ahead", "on_track", "met", "lagging", "not_met", "no_data"},
			Bars: []eval.BarGroup{
				{Label: "减量提质", Segments: []eval.BarSegment{{Key: "on_track", Label: "基本符合预期", N: 2}, {Key: "met", Label: "达到要求", N: 3}}},
				{Label: "创新发展", Segments: []eval.BarSegment{{Key: "ahead", Label: "快于预期", N: 1}, {Key: "lagging", Label: "滞后", N: 1}, {Key: "on_track", Label: "基本符合预期", N: 3}}},
				{Label: "共享发展", Segments: []eval.BarSegment{{Key: "not_met", Label: "未达要求", N: 1}, {Key: "no_data", Label: "数据待补", N: 1}}},
			}},
		"tasks": {Kind: eval.ChartBars, Legend: []string{"done", "on_schedule", "behind", "not_started", eval.TaskNotReported},
			Bars: []eval.BarGroup{
				{Label: "第三章 国际科技创新中心核心区", Segments: []eval.BarSegment{{Key: "done", Label: "已完成", N: 4}, {Key: "on_schedule", Label: "按计划推进", N: 30}, {Key: "behind", Label: "滞后", N: 2}}},
				{Label: "第五章 高品质新型城市形态", Segments: []eval.BarSegment{{Key: "not_started", Label: "未启动", N: 1}, {Key: eval.TaskNotReported, Label: "未报送", N: 3}}},
			}},
	}
}

var sizes = [][2]float64{{250, 180}, {165, 125}, {120, 90}, {448, 220}}

// TestDrawSpecs draws every kind at every size: inside its box, with the
// labels and legend the spec names.
func TestDrawSpecs(t *testing.T) {
	want := map[string][]string{
		"line":          {"36.2", "38", "实际值", "规划路径", "预计", "目标", "单位：万元/人"},
		"limit":         {"311.9", "上限312.6"},
		"requirement":   {"32", "31", "市级要求"},
		"rate":          {"6.3", "目标年均6%", "实际年均6.2%"},
		"rate negative": {"-1.7", "实际年均-2.3%"},
		"yesno":         {"完成", "完成*", "未完成", "数据待补"},
		"bars":          {"减量提质", "基本符合预期/达到要求", "快于预期", "5", "2"},
		"tasks":         {"已完成", "按计划推进", "未报送", "36", "4"},
	}
	for name, ch := range specs() {
		for _, sz := range sizes {
			var r recorder
			if !drawOK(t, &r, ch, sz[0], sz[1]) {
				continue
			}
			checkBox(t, fmt.Sprintf("%s %v", name, sz), &r, sz[0], sz[1])
			if sz[0] < 250 {
				continue // a small box may leave an optional label out
			}
			texts := r.texts()
			for _, s := range want[name] {
				if !contains(texts, s) {
					t.Errorf("%s %v: no %q in %q", name, sz, s, texts)
				}
			}
		}
	}
}

// textBoxes are the boxes of the texts drawn, unrotated.
func textBoxes(r *recorder) ([]rect, []string) {
	var boxes []rect
	var texts []string
	for _, o := range r.ops {
		if o.Kind != "text" || o.Rot != 0 {
			continue
		}
		w := textWidth(o.S, o.Size, o.Bold)
		boxes = append(boxes, rect{o.X, o.Y - ascent(o.S)*o.Size, o.X + w, o.Y + descent*o.Size})
		texts = append(texts, o.S)
	}
	return boxes, texts
}

// TestNoOverlap: no text of a chart (value labels, annotations, the
// legend, the unit, tick labels) overlaps another, in any box size, for
// the hand-built specs and for every indicator of the samples.
func TestNoOverlap(t *testing.T) {
	check := func(name string, r *recorder) {
		t.Helper()
		boxes, texts := textBoxes(r)
		for i := range boxes {
			for j := i + 1; j < len(boxes); j++ {
				if a := boxes[i].overlap(boxes[j]); a > 0.5 {
					t.Errorf("%s: %q and %q overlap (%.1f pt²)", name, texts[i], texts[j], a)
				}
			}
		}
	}
	for name, ch := range specs() {
		for _, sz := range sizes {
			var r recorder
			if !drawOK(t, &r, ch, sz[0], sz[1]) {
				continue
			}
			check(fmt.Sprintf("%s %v", name, sz), &r)
		}
	}
	for _, res := range []*eval.Result{sample(t), extras(t)} {
		for id, ch := range charted(res) {
			for _, sz := range sizes {
				var r recorder
				if err := Draw(&r, ch, sz[0], sz[1]); err != nil {
					t.Fatal(err)
				}
				check(fmt.Sprintf("indicator %s %v", id, sz), &r)
			}
		}
	}
}

// TestLatestLabelClearOfRule is 图2-4, 2-8 and 2-10 of the 2024 report:
// the latest bar's label was set on top of 实际年均 6.2%. The rules are
// named in the legend; the latest value keeps its label, clear of it.
func TestLatestLabelClearOfRule(t *testing.T) {
	var r recorder
	if err := Draw(&r, specs()["rate"], 250, 180); err != nil {
		t.Fatal(err)
	}
	boxes, texts := textBoxes(&r)
	var latest, rule rect
	for i, s := range texts {
		switch s {
		case "6.3":
			latest = boxes[i]
		case "实际年均6.2%":
			rule = boxes[i]
		}
	}
	if latest.w() == 0 || rule.w() == 0 {
		t.Fatalf("no label 6.3 or no rule 实际年均6.2%% in %q", texts)
	}
	if latest.overlap(rule.inflate(1)) > 0 {
		t.Errorf("6.3 at %v touches 实际年均6.2%% at %v", latest, rule)
	}
}

// TestYearsOneWay: every chart labels its years 2020, never 2020年, so
// that no two charts of a report differ (2020 on one, 2020年 on the next).
func TestYearsOneWay(t *testing.T) {
	year := regexp.MustCompile(`^(19|20)\d\d`)
	for name, ch := range specs() {
		for _, sz := range sizes {
			var r recorder
			if !drawOK(t, &r, ch, sz[0], sz[1]) {
				continue
			}
			for _, s := range r.texts() {
				if year.MatchString(s) && strings.HasPrefix(strings.TrimPrefix(s, year.FindString(s)), "年") && !strings.Contains(s, "目标") {
					t.Errorf("%s %v: a year labelled %q", name, sz, s)
				}
			}
		}
	}
}

// TestNothingWhiteInBars: no marker or dot is painted white on a bar (the
// 2024 report had a white status dot inside the latest bar and in every
// segment); counts on segments are text.
func TestNothingWhiteInBars(t *testing.T) {
	for _, name := range []string{"rate", "rate negative", "bars", "tasks"} {
		var r recorder
		if err := Draw(&r, specs()[name], 250, 180); err != nil {
			t.Fatal(err)
		}
		var bars []rect
		var path []op
		for _, o := range r.ops {
			switch o.Kind {
			case "M", "L", "A", "Z":
				path = append(path, o)
				continue
			case "fill", "fillstroke":
				b := pathBox(path)
				switch {
				case o.C1 == white && len(bars) > 0:
					for _, bar := range bars {
						if b.overlap(bar) > 0.25*b.w()*(b.y1-b.y0) {
							t.Errorf("%s: a white shape %v on the bar %v", name, b, bar)
						}
					}
				case o.C1 != white && b.w() > 4 && isRect(path):
					bars = append(bars, b)
				}
			}
			path = nil
		}
	}
}

func pathBox(path []op) rect {
	b := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, p := range path {
		x0, y0, x1, y1 := p.X, p.Y, p.X, p.Y
		if p.Kind == "Z" {
			continue
		}
		if p.Kind == "A" {
			x0, y0, x1, y1 = p.X-p.RX, p.Y-p.RY, p.X+p.RX, p.Y+p.RY
		}
		b.x0, b.y0 = math.Min(b.x0, x0), math.Min(b.y0, y0)
		b.x1, b.y1 = math.Max(b.x1, x1), math.Max(b.y1, y1)
	}
	return b
}

func isRect(path []op) bool {
	n := 0
	for _, p := range path {
		switch p.Kind {
		case "M", "L":
			n++
		case "A":
			return false
		}
	}
	return n == 4
}

// TestDrawExtremes: every kind with every extreme value, in a roomy and in
// the smallest box, terminates and draws inside its box or says why not.
func TestDrawExtremes(t *testing.T) {
	for _, x := range extremes {
		for name, ch := range specs() {
			c := *ch
			c.Series = nil
			for _, s := range ch.Series {
				s.Points = append([]eval.ChartPoint(nil), s.Points...)
				for i := range s.Points {
					if i < len(x.vals) {
						s.Points[i].Value = x.vals[i]
					}
				}
				c.Series = append(c.Series, s)
			}
			c.Lines = nil
			for i, l := range ch.Lines {
				l.Value = x.vals[i%len(x.vals)]
				c.Lines = append(c.Lines, l)
			}
			if name == "bars" || name == "tasks" {
				c.Bars = nil
				for _, b := range ch.Bars {
					b.Segments = append([]eval.BarSegment(nil), b.Segments...)
					for i := range b.Segments {
						b.Segments[i].N = []int{0, 1, 1 << 20, math.MaxInt32}[i%4]
					}
					c.Bars = append(c.Bars, b)
				}
			}
			for _, sz := range [][2]float64{{250, 180}, {120, 90}} {
				label := fmt.Sprintf("%s, %s, %v", x.name, name, sz)
				var r recorder
				var err error
				within(t, label, func() { err = Draw(&r, &c, sz[0], sz[1]) })
				if err != nil {
					if !strings.Contains(err.Error(), "no value") {
						t.Errorf("%s: %v", label, err)
					}
					continue
				}
				checkBox(t, label, &r, sz[0], sz[1])
			}
		}
	}
}

func manyBars(n int) *eval.Chart {
	ch := &eval.Chart{Kind: eval.ChartBars}
	for i := 0; i < n; i++ {
		ch.Bars = append(ch.Bars, eval.BarGroup{Label: fmt.Sprint(i), Segments: []eval.BarSegment{{Key: "done", Label: "已完成", N: i}}})
	}
	return ch
}

// draw draws ch, allowing a box too small for its bars.
func drawOK(t *testing.T, r *recorder, ch *eval.Chart, w, h float64) bool {
	t.Helper()
	err := Draw(r, ch, w, h)
	if err != nil && ch.Kind == eval.ChartBars && strings.Contains(err.Error(), "too small for") && h < 100 {
		return false
	}
	if err != nil {
		t.Errorf("%v: %v", []float64{w, h}, err)
		return false
	}
	return true
}

func TestDrawErrors(t *testing.T) {
	var r recorder
	for _, c := range []struct {
		name string
		ch   *eval.Chart
		w, h float64
		want string
	}{
		{"nil", nil, 250, 180, "no chart"},
		{"unknown kind", &eval.Chart{Kind: "pie"}, 250, 180, `unknown kind "pie"`},
		{"small", specs()["line"], 80, 60, "too small"},
		{"NaN box", specs()["line"], math.NaN(), 180, "too small"},
		{"no points", &eval.Chart{Kind: eval.ChartLine, FromYear: 2020, ToYear: 2025}, 250, 180, "no value"},
		{"no bars", &eval.Chart{Kind: eval.ChartBars}, 250, 180, "no bar"},
		{"no marks", &eval.Chart{Kind: eval.ChartYesNo}, 250, 180, "no yes/no"},
		{"centuries", &eval.Chart{Kind: eval.ChartLine, FromYear: 1800, ToYear: 2025,
			Series: []eval.ChartSeries{{Role: eval.SeriesActual, Points: pts(2020, nil, 1, 2)}}}, 250, 180, "more than a chart shows"},
		{"many bars", manyBars(12), 250, 120, "too small for 12 bars"},
	} {
		err := Draw(&r, c.ch, c.w, c.h)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Draw = %v, want an error with %q", c.name, err, c.want)
		}
	}
}

// TestTargetAndProjection is 图2-9 of the 2024 report: the projection
// (5350) above the target (5000) in the last year; each number must be on
// its own ring's side, the projection's above the target's.
func TestTargetAndProjection(t *testing.T) {
	ch := &eval.Chart{Kind: eval.ChartLine, Unit: "件", FromYear: 2020, ToYear: 2025, Status: eval.Ahead,
		Series: []eval.ChartSeries{
			{Role: eval.SeriesPlanned, Label: "规划路径", Points: pts(2020, nil, 3150, 3520, 3890, 4260, 4630, 5000)},
			{Role: eval.SeriesActual, Label: "实际值", Points: pts(2020, num, 3150, 3560, 4020, 4480, 4910)},
			{Role: eval.SeriesProjected, Label: "预计", Points: []eval.ChartPoint{{Year: 2024, Value: 4910}, {Year: 2025, Value: 5350, Text: "5350"}}},
			{Role: eval.SeriesTarget, Label: "目标", Points: []eval.ChartPoint{{Year: 2025, Value: 5000, Text: "5000"}}},
		}}
	for _, sz := range [][2]float64{{250, 180}, {165, 125}} {
		var r recorder
		if err := Draw(&r, ch, sz[0], sz[1]); err != nil {
			t.Fatal(err)
		}
		boxes, texts := textBoxes(&r)
		var target, proj *rect
		for i, s := range texts {
			switch s {
			case "5000":
				target = &boxes[i]
			case "5350":
				proj = &boxes[i]
			}
		}
		if target == nil {
			t.Fatalf("%v: no target label in %q", sz, texts)
		}
		if proj != nil && (proj.y0+proj.y1)/2 >= (target.y0+target.y1)/2 {
			t.Errorf("%v: the projection's 5350 at %v is not above the target's 5000 at %v", sz, *proj, *target)
		}
	}
}
