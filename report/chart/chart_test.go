package chart

import (
	"fmt"
	"image/color"
	"math"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/image/math/fixed"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// op is one call on a recorder.
type op struct {
	Kind   string // M L A Z stroke fill fillstroke text
	X, Y   float64
	RX, RY float64
	A0, DA float64
	W      float64
	Dash   []float64
	C1, C2 color.RGBA
	S      string
	Size   float64
	Bold   bool
	Rot    float64
}

// recorder is a Canvas that records what is drawn, measuring text with the
// embedded fonts' advance widths (as the PDF does).
type recorder struct {
	ops []op
}

func (r *recorder) MoveTo(x, y float64) { r.ops = append(r.ops, op{Kind: "M", X: x, Y: y}) }
func (r *recorder) LineTo(x, y float64) { r.ops = append(r.ops, op{Kind: "L", X: x, Y: y}) }
func (r *recorder) ArcTo(cx, cy, rx, ry, a0, da float64) {
	r.ops = append(r.ops, op{Kind: "A", X: cx, Y: cy, RX: rx, RY: ry, A0: a0, DA: da})
}
func (r *recorder) Close() { r.ops = append(r.ops, op{Kind: "Z"}) }
func (r *recorder) Stroke(c color.RGBA, w float64, dash []float64) {
	r.ops = append(r.ops, op{Kind: "stroke", C1: c, W: w, Dash: dash})
}
func (r *recorder) Fill(c color.RGBA) { r.ops = append(r.ops, op{Kind: "fill", C1: c}) }
func (r *recorder) FillStroke(f, s color.RGBA, w float64) {
	r.ops = append(r.ops, op{Kind: "fillstroke", C1: f, C2: s, W: w})
}
func (r *recorder) Text(x, y float64, s string, size float64, bold bool, c color.RGBA, rot float64) {
	r.ops = append(r.ops, op{Kind: "text", X: x, Y: y, S: s, Size: size, Bold: bold, C1: c, Rot: rot})
}
func (r *recorder) TextWidth(s string, size float64, bold bool) float64 {
	return textWidth(s, size, bold)
}

// textWidth is the advance width of s in the embedded font: the sum of the
// glyphs' advances in font units, scaled to size.
func textWidth(s string, size float64, bold bool) float64 {
	regular, b, err := loadFonts()
	if err != nil {
		panic(err)
	}
	f := regular
	if bold {
		f = b
	}
	upe := fixed.Int26_6(f.FUnitsPerEm())
	units := 0
	for _, r := range s {
		units += int(f.HMetric(upe, f.Index(r)).AdvanceWidth)
	}
	return float64(units) * size / float64(upe)
}

func (r *recorder) texts() []string {
	var out []string
	for _, o := range r.ops {
		if o.Kind == "text" {
			out = append(out, o.S)
		}
	}
	return out
}

// extent is the rectangle everything drawn covers: path points (with half
// the stroke width), arcs' boxes and text boxes.
func (r *recorder) extent() rect {
	e := rect{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	add := func(x0, y0, x1, y1 float64) {
		e.x0, e.y0 = math.Min(e.x0, x0), math.Min(e.y0, y0)
		e.x1, e.y1 = math.Max(e.x1, x1), math.Max(e.y1, y1)
	}
	var path []op
	for _, o := range r.ops {
		switch o.Kind {
		case "M", "L", "A", "Z":
			path = append(path, o)
		case "stroke", "fill", "fillstroke":
			hw := 0.0
			if o.Kind != "fill" {
				hw = o.W / 2
			}
			for _, p := range path {
				switch p.Kind {
				case "M", "L":
					add(p.X-hw, p.Y-hw, p.X+hw, p.Y+hw)
				case "A":
					add(p.X-p.RX-hw, p.Y-p.RY-hw, p.X+p.RX+hw, p.Y+p.RY+hw)
				}
			}
			path = nil
		case "text":
			w := textWidth(o.S, o.Size, o.Bold)
			a, d := ascent(o.S)*o.Size, descent*o.Size
			// The corners of the text's box, rotated about the baseline's start.
			sin, cos := math.Sin(o.Rot), math.Cos(o.Rot)
			for _, p := range [][2]float64{{0, -a}, {w, -a}, {0, d}, {w, d}} {
				x := o.X + p[0]*cos + p[1]*sin
				y := o.Y - p[0]*sin + p[1]*cos
				add(x, y, x, y)
			}
		}
	}
	return e
}

func f64(v float64) *float64 { return &v }

// sample builds an evaluation of a made-up plan, 2020–2025, in 2023, with
// one indicator of each shape the charts draw.
func sample() *eval.Result {
	res := &eval.Result{
		Plan: eval.PlanInfo{ID: "hd14", Name: "示例区十四五规划", BaseYear: 2020, TargetYear: 2025},
		Year: 2023, Elapsed: 0.6, Stage: "midterm",
	}
	years := func(vals map[int]float64, expected func(y int) *float64) []eval.YearResult {
		var out []eval.YearResult
		for y := 2020; y <= 2023; y++ {
			yr := eval.YearResult{Year: y}
			if v, ok := vals[y]; ok {
				yr.Value = f64(v)
			}
			if expected != nil {
				yr.Expected = expected(y)
			}
			out = append(out, yr)
		}
		return out
	}
	linear := func(b, t float64) func(int) *float64 {
		return func(y int) *float64 { return f64(b + (t-b)*float64(y-2020)/5) }
	}
	add := func(ind eval.IndicatorResult) {
		ind.StatusLabel = ind.Status.Label()
		if n := len(ind.Years); n > 0 {
			ind.Value = ind.Years[n-1].Value
		}
		res.Indicators = append(res.Indicators, ind)
	}

	// 1. A level, ahead of its path.
	add(eval.IndicatorResult{
		ID: "5", Name: "劳动生产率", Unit: "万元/人", Category: "jl", CategoryName: "减量提质",
		Kind: model.Level, TargetText: "38", TargetValue: f64(38), Baseline: f64(30.2),
		Status: eval.Ahead, Projected: f64(40.1), ProjectionBand: eval.Likely,
		Years: years(map[int]float64{2020: 30.2, 2021: 32.6, 2022: 34.5, 2023: 36.3}, linear(30.2, 38)),
	})
	// 2. A level lagging, projected short of its target.
	add(eval.IndicatorResult{
		ID: "9", Name: "PCT专利申请量", Unit: "件", Category: "cx", CategoryName: "创新发展",
		Kind: model.Level, TargetText: "5000", TargetValue: f64(5000), Baseline: f64(2900),
		Status: eval.Lagging, Projected: f64(4030), ProjectionBand: eval.Unlikely,
		Years: years(map[int]float64{2020: 2900, 2021: 3050, 2022: 3260, 2023: 3580}, linear(2900, 5000)),
	})
	// 3. A ceiling.
	add(eval.IndicatorResult{
		ID: "1", Name: "常住人口规模", Unit: "万人", Category: "jl", CategoryName: "减量提质",
		Kind: model.Ceiling, TargetText: "312.6", TargetValue: f64(312.6), Baseline: f64(313.3),
		Binding: true, Status: eval.Met,
		Years: years(map[int]float64{2020: 313.3, 2021: 313.0, 2022: 312.4, 2023: 311.9}, nil),
	})
	// 4. A municipal requirement, one year missed.
	pm := years(map[int]float64{2020: 38, 2021: 33, 2022: 30, 2023: 32}, nil)
	for i, req := range []float64{0, 35, 32, 31} {
		if req > 0 {
			pm[i].Requirement = f64(req)
		}
	}
	add(eval.IndicatorResult{
		ID: "13", Name: "细颗粒物年均浓度", Unit: "微克/立方米", Category: "ls", CategoryName: "绿色发展",
		Kind: model.Municipal, TargetText: "达到市级要求", Binding: true, Status: eval.NotMet, Years: pm,
	})
	// 5. An average growth rate, reported as yearly rates.
	add(eval.IndicatorResult{
		ID: "4", Name: "地区生产总值年均增速", Unit: "%", Category: "jl", CategoryName: "减量提质",
		Kind: model.AvgGrowth, TargetText: "6", Status: eval.Ahead, Realized: f64(7.1),
		Years: years(map[int]float64{2020: 5.9, 2021: 10.2, 2022: 4.1, 2023: 7.1},
			func(y int) *float64 {
				if y == 2020 {
					return nil
				}
				return f64(6)
			}),
	})
	// 6. A yes/no indicator.
	add(eval.IndicatorResult{
		ID: "14", Name: "地表水环境质量目标完成情况", Unit: "", Category: "ls", CategoryName: "绿色发展",
		Kind: model.Municipal, TargetText: "达到市级要求", Binding: true, Status: eval.NotMet,
		Years: years(map[int]float64{2021: 1, 2022: 1, 2023: 0}, nil),
	})
	return res
}

// extras are the shapes the page of six leaves out: a cumulative total, a
// relative target, a reduction, a negative growth rate, an unjudged series
// and a series with a gap.
func extras() *eval.Result {
	res := sample()
	res.Indicators = nil
	y := func(year int, v *float64) eval.YearResult { return eval.YearResult{Year: year, Value: v} }
	add := func(ind eval.IndicatorResult) {
		ind.StatusLabel = ind.Status.Label()
		res.Indicators = append(res.Indicators, ind)
	}
	add(eval.IndicatorResult{
		ID: "21", Name: "新增学前教育学位供给数", Unit: "个", Category: "gx", CategoryName: "共享发展",
		Kind: model.Cumulative, TargetText: "累计5000左右", TargetValue: f64(5000),
		Status: eval.OnTrack, Projected: f64(5150),
		Years: []eval.YearResult{y(2021, f64(1200)), y(2022, f64(1000)), y(2023, f64(890))},
	})
	un := []eval.YearResult{y(2020, f64(2.9)), y(2021, f64(2.6)), y(2022, f64(3.1)), y(2023, f64(2.8))}
	for i, v := range []float64{3.2, 3.0, 3.3, 3.0} {
		un[i].Compared = f64(v)
	}
	add(eval.IndicatorResult{
		ID: "20", Name: "城镇登记失业率", Unit: "%", Category: "gx", CategoryName: "共享发展",
		Kind: model.Relative, TargetText: "不高于全市平均水平", Status: eval.Met, Years: un,
	})
	add(eval.IndicatorResult{
		ID: "17", Name: "单位地区生产总值能耗降幅", Unit: "%", Category: "ls", CategoryName: "绿色发展",
		Kind: model.Reduction, TargetText: "14", Status: eval.SeriouslyLagging, Realized: f64(1.9),
		Years: []eval.YearResult{y(2021, f64(3.1)), y(2022, f64(-0.8)), y(2023, f64(3.4))},
	})
	add(eval.IndicatorResult{
		ID: "12", Name: "自贸区企业收入年均增速", Unit: "%", Category: "kf", CategoryName: "开放协调",
		Kind: model.AvgGrowth, TargetText: "15", Status: eval.Reversed, Realized: f64(-2.3),
		Years: []eval.YearResult{y(2020, f64(12.5)), y(2021, f64(8.2)), y(2022, f64(-12.4)), y(2023, f64(-1.7))},
	})
	add(eval.IndicatorResult{
		ID: "22", Name: "每千常住人口执业(助理)医师数", Unit: "人", Category: "gx", CategoryName: "共享发展",
		Kind: model.None, Status: eval.NotAssessed,
		Years: []eval.YearResult{y(2020, f64(5.11)), y(2021, f64(5.3)), y(2022, f64(5.42)), y(2023, f64(5.6))},
	})
	add(eval.IndicatorResult{
		ID: "6", Name: "全社会研究与试验发展经费支出占地区生产总值的比重", Unit: "%", Category: "cx", CategoryName: "创新发展",
		Kind: model.Level, TargetText: "11", TargetValue: f64(11), Baseline: f64(10.5),
		Status: eval.SeriouslyLagging, Projected: f64(10.2),
		Years: []eval.YearResult{
			{Year: 2020, Value: f64(10.5), Expected: f64(10.5)}, {Year: 2021, Value: f64(10.4), Expected: f64(10.6)},
			{Year: 2022, Expected: f64(10.7)}, {Year: 2023, Value: f64(10.3), Expected: f64(10.8)},
		},
	})
	return res
}

// withSummary adds the by-category summary the distribution draws.
func withSummary(res *eval.Result) *eval.Result {
	cats := []struct {
		id, name string
		n        map[eval.Status]int
	}{
		{"jl", "减量提质", map[eval.Status]int{eval.Achieved: 1, eval.Ahead: 2, eval.Met: 1, eval.NoData: 1}},
		{"cx", "创新发展", map[eval.Status]int{eval.Ahead: 1, eval.OnTrack: 2, eval.Lagging: 1, eval.SeriouslyLagging: 1}},
		{"kf", "开放协调", map[eval.Status]int{eval.Reversed: 1, eval.Met: 1}},
		{"ls", "绿色发展", map[eval.Status]int{eval.Met: 4, eval.NotMet: 1, eval.NotAssessed: 1}},
		{"gx", "共享发展", map[eval.Status]int{eval.OnTrack: 1, eval.Met: 1, eval.Lagging: 1, eval.NoData: 1}},
		{"aq", "安全稳定", map[eval.Status]int{eval.Met: 4}},
	}
	for _, c := range cats {
		g := eval.GroupSummary{ID: c.id, Name: c.name}
		for _, st := range eval.Statuses() {
			g.ByStatus = append(g.ByStatus, eval.Count{Status: st, Label: st.Label(), N: c.n[st]})
			g.Total += c.n[st]
		}
		res.Summary.Categories = append(res.Summary.Categories, g)
	}
	return res
}

func find(res *eval.Result, id string) *eval.IndicatorResult {
	for i := range res.Indicators {
		if res.Indicators[i].ID == id {
			return &res.Indicators[i]
		}
	}
	panic("no indicator " + id)
}

func contains(ss []string, s string) bool {
	for _, t := range ss {
		if t == s {
			return true
		}
	}
	return false
}

func TestIndicatorText(t *testing.T) {
	res := sample()
	ind := find(res, "5")
	var r recorder
	if err := Indicator(&r, res, ind, 250, 180); err != nil {
		t.Fatal(err)
	}
	texts := r.texts()
	for y := 2020; y <= 2025; y++ {
		if !contains(texts, zh.Year(y)) && !contains(texts, fmt.Sprint(y)) {
			t.Errorf("no tick for %d in %q", y, texts)
		}
	}
	for _, yr := range ind.Years {
		if s := zh.Num(*yr.Value); !contains(texts, s) {
			t.Errorf("no label %q for %d in %q", s, yr.Year, texts)
		}
	}
	for _, s := range []string{"2025年目标 38", "单位：万元/人", "实际值", "规划路径", "预测", "目标"} {
		if !contains(texts, s) {
			t.Errorf("no %q in %q", s, texts)
		}
	}
}

// TestKinds checks the text each kind's chart must carry.
func TestKinds(t *testing.T) {
	tests := []struct {
		res  *eval.Result
		id   string
		want []string
	}{
		{sample(), "9", []string{"3580", "2025年目标 5000", "预测"}},
		{sample(), "1", []string{"上限 312.6", "313.3", "311.9"}},
		{sample(), "13", []string{"市级要求 31", "市级要求", "32"}},
		{sample(), "4", []string{"10.2%", "4.1%", "7.1%", "目标 6%", "实际年均 7.1%"}},
		{sample(), "14", []string{"完成", "未完成"}},
		// 1200, 1200+1000 = 2200, 2200+890 = 3090.
		{extras(), "21", []string{"1200", "2200", "3090", "2025年目标 累计5000", "累计完成"}},
		{extras(), "20", []string{"参照值 3", "参照值"}},
		// 14% over five years is 1−0.86^(1/5) = 2.97% a year.
		{extras(), "17", []string{"目标 年均3%", "-0.8%"}},
		{extras(), "12", []string{"-12.4%", "目标 15%"}},
		{extras(), "6", []string{"10.5", "10.4", "10.3", "2025年目标 11"}},
	}
	for _, tt := range tests {
		var r recorder
		if err := Indicator(&r, tt.res, find(tt.res, tt.id), 250, 180); err != nil {
			t.Errorf("%s: %v", tt.id, err)
			continue
		}
		texts := r.texts()
		for _, s := range tt.want {
			if !contains(texts, s) {
				t.Errorf("%s: no %q in %q", tt.id, s, texts)
			}
		}
	}
}

// TestInBox checks that nothing is drawn outside the box, at the sizes the
// report uses.
func TestInBox(t *testing.T) {
	sizes := [][2]float64{{250, 180}, {170, 130}, {120, 90}, {400, 260}}
	for _, res := range []*eval.Result{sample(), extras()} {
		for i := range res.Indicators {
			ind := &res.Indicators[i]
			for _, sz := range sizes {
				var r recorder
				if err := Indicator(&r, res, ind, sz[0], sz[1]); err != nil {
					t.Errorf("%s %v: %v", ind.ID, sz, err)
					continue
				}
				checkBox(t, fmt.Sprintf("%s %v", ind.ID, sz), &r, sz[0], sz[1])
			}
		}
	}
	for _, sz := range [][2]float64{{500, 170}, {250, 150}} {
		var r recorder
		if err := Distribution(&r, withSummary(sample()), sz[0], sz[1]); err != nil {
			t.Fatal(err)
		}
		checkBox(t, fmt.Sprintf("distribution %v", sz), &r, sz[0], sz[1])
	}
}

func checkBox(t *testing.T, name string, r *recorder, w, h float64) {
	t.Helper()
	if len(r.ops) == 0 {
		t.Errorf("%s: nothing drawn", name)
		return
	}
	e := r.extent()
	const eps = 0.01
	if e.x0 < -eps || e.y0 < -eps || e.x1 > w+eps || e.y1 > h+eps {
		t.Errorf("%s: drawn over [%.2f,%.2f]–[%.2f,%.2f], outside the %g×%g box", name, e.x0, e.y0, e.x1, e.y1, w, h)
	}
}

func TestDeterministic(t *testing.T) {
	res := withSummary(sample())
	draw := func() []op {
		var r recorder
		for i := range res.Indicators {
			if err := Indicator(&r, res, &res.Indicators[i], 250, 180); err != nil {
				t.Fatal(err)
			}
		}
		if err := Distribution(&r, res, 500, 170); err != nil {
			t.Fatal(err)
		}
		return r.ops
	}
	a, b := draw(), draw()
	if !reflect.DeepEqual(a, b) {
		t.Error("the same results drew different operations")
	}
}

func TestDistribution(t *testing.T) {
	res := withSummary(sample())
	var r recorder
	if err := Distribution(&r, res, 500, 170); err != nil {
		t.Fatal(err)
	}
	texts := r.texts()
	want := []string{"减量提质", "安全稳定", "5", "4", "6", "提前实现/快于预期", "数据待补/无法评估", "基本符合预期/达到要求"}
	for _, s := range want {
		if !contains(texts, s) {
			t.Errorf("no %q in %q", s, texts)
		}
	}
	// Without a summary the categories are counted from the indicators.
	res = sample()
	r = recorder{}
	if err := Distribution(&r, res, 500, 170); err != nil {
		t.Fatal(err)
	}
	texts = r.texts()
	// 减量提质 has indicators 5, 1 and 4; 绿色发展 13 and 14; 创新发展 9.
	for _, s := range []string{"减量提质", "绿色发展", "创新发展", "3", "2", "1"} {
		if !contains(texts, s) {
			t.Errorf("counted: no %q in %q", s, texts)
		}
	}
}

func TestErrors(t *testing.T) {
	res := sample()
	empty := &eval.IndicatorResult{ID: "2", Kind: model.Municipal, Years: []eval.YearResult{{Year: 2021}}}
	var r recorder
	if err := Indicator(&r, res, empty, 250, 180); err == nil || !strings.Contains(err.Error(), `"2"`) {
		t.Errorf("no value: err = %v", err)
	}
	if err := Indicator(&r, res, find(res, "5"), 80, 60); err == nil {
		t.Error("tiny box: no error")
	}
	if err := Distribution(&r, &eval.Result{}, 500, 170); err == nil {
		t.Error("no categories: no error")
	}
}

func TestCharted(t *testing.T) {
	tests := []struct {
		ind  *eval.IndicatorResult
		want bool
	}{
		{nil, false},
		{&eval.IndicatorResult{}, false},
		{&eval.IndicatorResult{Years: []eval.YearResult{{Year: 2021}}}, false},
		{&eval.IndicatorResult{Years: []eval.YearResult{{Year: 2021, Value: f64(0)}}}, true},
		{&eval.IndicatorResult{Value: f64(1)}, true},
		{&eval.IndicatorResult{Years: []eval.YearResult{{Year: 2021, Value: f64(math.NaN())}}}, false},
	}
	for i, tt := range tests {
		if got := Charted(tt.ind); got != tt.want {
			t.Errorf("%d: Charted = %v, want %v", i, got, tt.want)
		}
	}
}

// TestRenderer checks the unit conversions: go-chart's pixels are
// 1/pxPerPt points, its font sizes points, its rotation clockwise.
func TestRenderer(t *testing.T) {
	var rec recorder
	r := newRenderer(&rec, nil)
	r.SetStrokeColor(dc(color.RGBA{0, 0, 0, 0xff}))
	r.SetStrokeWidth(3)
	r.SetStrokeDashArray([]float64{6, 3})
	r.MoveTo(30, 60)
	r.LineTo(90, 60)
	r.Stroke()
	r.SetFillColor(invisible)
	r.MoveTo(0, 0)
	r.LineTo(3, 3)
	r.Fill() // invisible: not drawn
	r.SetFontSize(10)
	r.SetFontColor(dc(color.RGBA{0x33, 0x33, 0x33, 0xff}))
	r.SetTextRotation(math.Pi / 2)
	r.Text("年", 3, 6)
	r.ClearTextRotation()
	want := []op{
		{Kind: "M", X: 10, Y: 20},
		{Kind: "L", X: 30, Y: 20},
		{Kind: "stroke", C1: color.RGBA{0, 0, 0, 0xff}, W: 1, Dash: []float64{2, 1}},
		{Kind: "text", X: 1, Y: 2, S: "年", Size: 10, C1: color.RGBA{0x33, 0x33, 0x33, 0xff}, Rot: -math.Pi / 2},
	}
	if !reflect.DeepEqual(rec.ops, want) {
		t.Errorf("ops\n%+v\nwant\n%+v", rec.ops, want)
	}
	// 年 is 1 em wide: 10 pt, 30 px; 0.75 em high.
	if b := r.MeasureText("年"); b.Width() != 30 || b.Height() != int(math.Ceil(10*textHeight*pxPerPt)) {
		t.Errorf("MeasureText = %v", b)
	}
}

func TestTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		n      int
		want   []string
	}{
		// span 1.8 in ≤ 4 steps: 0.45 → 0.5.
		{412.4, 414.2, 4, []string{"412.5", "413.0", "413.5", "414.0"}},
		// span 2600 in ≤ 5: 520 → 1000.
		{2700, 5300, 5, []string{"3000", "4000", "5000"}},
		// span 22.6 in ≤ 5: 4.52 → 5.
		{-13.7, 8.9, 5, []string{"-10", "-5", "0", "5"}},
		// span 0.9 in ≤ 4: 0.225 → 0.25.
		{10.1, 11, 4, []string{"10.25", "10.50", "10.75", "11.00"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range ticks(tt.lo, tt.hi, niceStep(tt.hi-tt.lo, tt.n)) {
			got = append(got, tk.Label)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ticks(%g, %g, %d) = %q, want %q", tt.lo, tt.hi, tt.n, got, tt.want)
		}
	}
}

// oddity is an indicator at the edge of what an evaluation gives.
type oddity struct {
	name string
	res  *eval.Result
	ind  eval.IndicatorResult
	want []string
}

// oddities are indicators with one value, a flat series, a value without
// years, the target year itself, a long plan, numbers that are not numbers.
func oddities() []oddity {
	res := sample()
	yr := func(y int, v float64) eval.YearResult { return eval.YearResult{Year: y, Value: f64(v)} }
	long := *res
	long.Plan.BaseYear, long.Plan.TargetYear, long.Year = 2020, 2035, 2026
	final := *res
	final.Year = 2025
	return []oddity{
		{"one value", res, eval.IndicatorResult{ID: "a", Unit: "万人", Kind: model.Level, TargetValue: f64(10), Status: eval.NoData,
			Years: []eval.YearResult{yr(2020, 5), {Year: 2021}}}, []string{"5", "2025年目标 10"}},
		{"flat", res, eval.IndicatorResult{ID: "b", Unit: "%", Kind: model.Floor, TargetValue: f64(98), Status: eval.Met,
			Years: []eval.YearResult{yr(2020, 98), yr(2021, 98), yr(2022, 98)}}, []string{"98", "下限 98"}},
		{"value only", res, eval.IndicatorResult{ID: "c", Unit: "亿元", Kind: model.None, Value: f64(8504.6), Status: eval.NotAssessed},
			[]string{"8504.6"}},
		{"final year", &final, eval.IndicatorResult{ID: "d", Unit: "件", Kind: model.Level, TargetValue: f64(5000), Projected: f64(5100), Status: eval.Achieved,
			Years: []eval.YearResult{yr(2020, 2900), yr(2021, 3500), yr(2022, 4000), yr(2023, 4400), yr(2024, 4800), yr(2025, 5100)}},
			[]string{"5100", "2025年目标 5000"}},
		{"long plan", &long, eval.IndicatorResult{ID: "e", Unit: "万元/人", Kind: model.Level, TargetValue: f64(60), Baseline: f64(30), Status: eval.OnTrack,
			Years: []eval.YearResult{yr(2020, 30), yr(2021, 32), yr(2022, 34), yr(2023, 37), yr(2024, 38), yr(2025, 40), yr(2026, 41)}},
			[]string{"41", "2035年目标 60"}},
		{"not a number", res, eval.IndicatorResult{ID: "f", Unit: "个", Kind: model.Level, TargetValue: f64(10), Status: eval.Lagging,
			Years: []eval.YearResult{yr(2020, 1), yr(2021, math.NaN()), yr(2022, math.Inf(1)), yr(2023, 4)}},
			[]string{"1", "4"}},
	}
}

// TestOddInputs checks that odd indicators are drawn, in their box.
func TestOddInputs(t *testing.T) {
	for _, tt := range oddities() {
		for _, sz := range [][2]float64{{250, 180}, {120, 90}} {
			var r recorder
			if err := Indicator(&r, tt.res, &tt.ind, sz[0], sz[1]); err != nil {
				t.Errorf("%s %v: %v", tt.name, sz, err)
				continue
			}
			checkBox(t, tt.name, &r, sz[0], sz[1])
			texts := r.texts()
			for _, s := range tt.want {
				if !contains(texts, s) {
					t.Errorf("%s %v: no %q in %q", tt.name, sz, s, texts)
				}
			}
		}
	}
}
