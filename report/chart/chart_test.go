package chart

import (
	"fmt"
	"image/color"
	"math"
	"reflect"
	"strings"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
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

// textWidth is the advance width of s in the embedded font, as the
// raster and the PDF measure it.
func textWidth(s string, size float64, bold bool) float64 {
	regular, b, err := loadFonts()
	if err != nil {
		panic(err)
	}
	if bold {
		return advance(b, s, size)
	}
	return advance(regular, s, size)
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

// in is one indicator of a fixture: the plan's entry and what the
// workbooks report, by year (values, municipal requirements, the
// reference's values).
type in struct {
	ind              model.Indicator
	vals, reqs, refs map[int]float64
	typed            map[int]string // a value's cell as typed (完成), by year
}

// observations are vals as a sheet's rows of id, in year order.
func observations(id string, vals map[int]float64) []model.Observation {
	var out []model.Observation
	for y := 1990; y <= 2060; y++ {
		if v, ok := vals[y]; ok {
			out = append(out, model.Observation{ID: id, Year: y, Value: v, Source: "测试"})
		}
	}
	return out
}

// evaluate evaluates a made-up plan of the indicators ins, 2020–2025
// unless plan says otherwise, in year y: the specs the charts draw are
// eval's. edit, when not nil, changes the plan or the workbooks before.
func evaluate(t testing.TB, y int, edit func(*model.Plan, *model.Dataset), ins ...in) *eval.Result {
	t.Helper()
	p := &model.Plan{ID: "hd14", Name: "示例区十四五规划", BaseYear: 2020, TargetYear: 2025, MidtermYear: 2023,
		Evaluation: model.DefaultThresholds(),
		Categories: []model.Category{{ID: "jl", Name: "减量提质"}, {ID: "cx", Name: "创新发展"}, {ID: "kf", Name: "开放协调"},
			{ID: "ls", Name: "绿色发展"}, {ID: "gx", Name: "共享发展"}, {ID: "aq", Name: "安全稳定"}},
		References: []model.Reference{{ID: "city", Name: "全市平均", Unit: "%"}},
	}
	ds := &model.Dataset{}
	for _, x := range ins {
		if x.ind.Category == "" {
			x.ind.Category = "aq"
		}
		p.Indicators = append(p.Indicators, x.ind)
		vals := observations(x.ind.ID, x.vals)
		for i := range vals {
			vals[i].Text = x.typed[vals[i].Year]
		}
		ds.Values = append(ds.Values, vals...)
		ds.Requirements = append(ds.Requirements, observations(x.ind.ID, x.reqs)...)
		ds.References = append(ds.References, observations("city", x.refs)...)
	}
	if edit != nil {
		edit(p, ds)
	}
	res, err := eval.Evaluate(p, ds, y)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// sampleIns are one indicator of each shape the charts draw.
func sampleIns() []in {
	return []in{
		// 1. A level, ahead of its path.
		{ind: model.Indicator{ID: "5", Name: "劳动生产率", Unit: "万元/人", Category: "jl", Baseline: f64(30.2),
			Target: model.Target{Kind: model.Level, Value: 38, Text: "38"}},
			vals: map[int]float64{2020: 30.2, 2021: 32.6, 2022: 34.5, 2023: 36.3}},
		// 2. A level lagging, projected short of its target.
		{ind: model.Indicator{ID: "9", Name: "PCT专利申请量", Unit: "件", Category: "cx", Baseline: f64(2900),
			Target: model.Target{Kind: model.Level, Value: 5000, Text: "5000"}},
			vals: map[int]float64{2020: 2900, 2021: 3050, 2022: 3260, 2023: 3580}},
		// 3. A ceiling.
		{ind: model.Indicator{ID: "1", Name: "常住人口规模", Unit: "万人", Category: "jl", Binding: true, Baseline: f64(313.3),
			Target: model.Target{Kind: model.Ceiling, Value: 312.6, Text: "312.6"}},
			vals: map[int]float64{2020: 313.3, 2021: 313.0, 2022: 312.4, 2023: 311.9}},
		// 4. A municipal requirement, missed in 2023 (32 > 31).
		{ind: model.Indicator{ID: "13", Name: "细颗粒物年均浓度", Unit: "微克/立方米", Category: "ls", Binding: true,
			Target: model.Target{Kind: model.Municipal, Compare: model.LE, Text: "达到市级要求"}},
			vals: map[int]float64{2020: 38, 2021: 33, 2022: 30, 2023: 32}, reqs: map[int]float64{2021: 35, 2022: 32, 2023: 31}},
		// 5. An average growth rate, reported as yearly rates.
		{ind: model.Indicator{ID: "4", Name: "地区生产总值年均增速", Unit: "%", Category: "jl",
			Target: model.Target{Kind: model.AvgGrowth, Value: 6, Text: "6"}},
			vals: map[int]float64{2020: 5.9, 2021: 10.2, 2022: 4.1, 2023: 7.1}},
		// 6. A yes/no indicator.
		{ind: model.Indicator{ID: "14", Name: "地表水环境质量目标完成情况", Category: "ls", Binding: true,
			Target: model.Target{Kind: model.Municipal, Compare: model.Yes, Text: "达到市级要求"}},
			vals: map[int]float64{2021: 1, 2022: 1, 2023: 0}, typed: map[int]string{2021: "完成", 2022: "完成", 2023: "未完成"}},
	}
}

// extraIns are the shapes the page of six leaves out: a cumulative total,
// a relative target, a reduction, a negative growth rate, an unjudged
// series and a series with a gap.
func extraIns() []in {
	return []in{
		{ind: model.Indicator{ID: "21", Name: "新增学前教育学位供给数", Unit: "个", Category: "gx",
			Target: model.Target{Kind: model.Cumulative, Value: 5000, Approx: 0.05, Text: "累计5000左右"}},
			vals: map[int]float64{2021: 1200, 2022: 1000, 2023: 890}},
		{ind: model.Indicator{ID: "20", Name: "城镇登记失业率", Unit: "%", Category: "gx",
			Target: model.Target{Kind: model.Relative, Reference: "city", Compare: model.LE, Text: "不高于全市平均水平"}},
			vals: map[int]float64{2020: 2.9, 2021: 2.6, 2022: 3.1, 2023: 2.8},
			refs: map[int]float64{2020: 3.2, 2021: 3.0, 2022: 3.3, 2023: 3.0}},
		{ind: model.Indicator{ID: "17", Name: "单位地区生产总值能耗降幅", Unit: "%", Category: "ls",
			Target: model.Target{Kind: model.Reduction, Value: 14, Text: "14"}},
			vals: map[int]float64{2021: 3.1, 2022: -0.8, 2023: 3.4}},
		{ind: model.Indicator{ID: "12", Name: "自贸区企业收入年均增速", Unit: "%", Category: "kf",
			Target: model.Target{Kind: model.AvgGrowth, Value: 15, Text: "15"}},
			vals: map[int]float64{2020: 12.5, 2021: 8.2, 2022: -12.4, 2023: -1.7}},
		{ind: model.Indicator{ID: "22", Name: "每千常住人口执业(助理)医师数", Unit: "人", Category: "gx",
			Target: model.Target{Kind: model.None}},
			vals: map[int]float64{2020: 5.11, 2021: 5.3, 2022: 5.42, 2023: 5.6}},
		{ind: model.Indicator{ID: "6", Name: "全社会研究与试验发展经费支出占地区生产总值的比重", Unit: "%", Category: "cx", Baseline: f64(10.5),
			Target: model.Target{Kind: model.Level, Value: 11, Text: "11"}},
			vals: map[int]float64{2020: 10.5, 2021: 10.4, 2023: 10.3}},
	}
}

// sample is the evaluation, in 2023, of a plan of sampleIns.
func sample(t testing.TB) *eval.Result { return evaluate(t, 2023, nil, sampleIns()...) }

// extras is the evaluation, in 2023, of a plan of extraIns.
func extras(t testing.TB) *eval.Result { return evaluate(t, 2023, nil, extraIns()...) }

// everything is the evaluation of both, with an indicator achieved and
// one without data, so that its status chart has a bar in every category
// but 安全稳定 and most statuses.
func everything(t testing.TB) *eval.Result {
	ins := append(sampleIns(), extraIns()...)
	ins = append(ins,
		in{ind: model.Indicator{ID: "30", Name: "绿化覆盖率", Unit: "%", Category: "ls", Baseline: f64(40),
			Target: model.Target{Kind: model.Level, Value: 42, Text: "42"}},
			vals: map[int]float64{2020: 40, 2021: 41, 2022: 42, 2023: 42.5}},
		in{ind: model.Indicator{ID: "31", Name: "城市更新面积", Unit: "万平方米", Category: "kf", Baseline: f64(0),
			Target: model.Target{Kind: model.Level, Value: 100, Text: "100"}}},
	)
	return evaluate(t, 2023, nil, ins...)
}

// charted are the charts eval made for res's indicators, by id; an
// indicator without one is not charted.
func charted(res *eval.Result) map[string]*eval.Chart {
	out := map[string]*eval.Chart{}
	for _, ind := range res.Indicators {
		if ind.Chart != nil {
			out[ind.ID] = ind.Chart
		}
	}
	return out
}

// chartOf is the chart eval made for indicator id of res.
func chartOf(t testing.TB, res *eval.Result, id string) *eval.Chart {
	t.Helper()
	for _, ind := range res.Indicators {
		if ind.ID == id {
			if ind.Chart == nil {
				t.Fatalf("indicator %s is not charted", id)
			}
			return ind.Chart
		}
	}
	t.Fatalf("no indicator %s", id)
	return nil
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
	var r recorder
	if err := Draw(&r, chartOf(t, sample(t), "5"), 250, 180); err != nil {
		t.Fatal(err)
	}
	texts := r.texts()
	for y := 2020; y <= 2025; y++ {
		if !contains(texts, fmt.Sprint(y)) {
			t.Errorf("no tick for %d in %q", y, texts)
		}
	}
	// The values and the target with the indicator's one decimal; the
	// projection 36.3 + 2×(36.3−30.2)/3 = 40.37.
	for _, s := range []string{"30.2", "32.6", "34.5", "36.3", "38.0", "40.4", "单位：万元/人", "实际值", "规划路径", "预计", "目标"} {
		if !contains(texts, s) {
			t.Errorf("no %q in %q", s, texts)
		}
	}
}

// TestKinds checks the text each kind's chart must carry, as eval fills
// the spec.
func TestKinds(t *testing.T) {
	s, x := sample(t), extras(t)
	tests := []struct {
		res  *eval.Result
		id   string
		want []string
	}{
		// The projection: 3580 + 2×(3580−2900)/3 = 4033.
		{s, "9", []string{"3580", "5000", "4033", "预计"}},
		{s, "1", []string{"上限312.6", "313.3", "311.9"}},
		{s, "13", []string{"市级要求", "31", "32"}},
		// (1.102 × 1.041 × 1.071)^(1/3) − 1 = 7.1%.
		{s, "4", []string{"10.2", "4.1", "7.1", "目标年均6.0%", "实际年均7.1%"}},
		{s, "14", []string{"完成", "未完成"}},
		// 1200, 1200+1000 = 2200, 2200+890 = 3090.
		{x, "21", []string{"1200", "2200", "3090", "5000"}},
		{x, "20", []string{"全市平均", "3.0", "2.8"}},
		// 14% over five years is 1−0.86^(1/5) = 2.97% a year.
		{x, "17", []string{"目标年均3.0%", "-0.8"}},
		{x, "12", []string{"-12.4", "目标年均15.0%", "实际年均-2.3%"}},
		{x, "22", []string{"5.11", "5.60"}},
		{x, "6", []string{"10.5", "10.4", "10.3", "11.0"}},
	}
	for _, tt := range tests {
		var r recorder
		if err := Draw(&r, chartOf(t, tt.res, tt.id), 250, 180); err != nil {
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
	for _, res := range []*eval.Result{sample(t), extras(t)} {
		for id, ch := range charted(res) {
			for _, sz := range sizes {
				var r recorder
				if err := Draw(&r, ch, sz[0], sz[1]); err != nil {
					t.Errorf("%s %v: %v", id, sz, err)
					continue
				}
				checkBox(t, fmt.Sprintf("%s %v", id, sz), &r, sz[0], sz[1])
			}
		}
	}
	for _, sz := range [][2]float64{{500, 170}, {250, 150}} {
		var r recorder
		if err := Draw(&r, everything(t).StatusChart, sz[0], sz[1]); err != nil {
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

// TestDeterministic: two evaluations of the same plan draw the same
// operations.
func TestDeterministic(t *testing.T) {
	draw := func() []op {
		res := everything(t)
		var r recorder
		for _, ind := range res.Indicators {
			if ind.Chart == nil {
				continue
			}
			if err := Draw(&r, ind.Chart, 250, 180); err != nil {
				t.Fatal(err)
			}
		}
		if err := Draw(&r, res.StatusChart, 500, 170); err != nil {
			t.Fatal(err)
		}
		return r.ops
	}
	a, b := draw(), draw()
	if !reflect.DeepEqual(a, b) {
		t.Error("the same results drew different operations")
	}
}

// TestDistribution draws eval's statuses by category: each bar's label and
// total, and a legend with every status that occurs, those drawn alike
// named together.
func TestDistribution(t *testing.T) {
	ch := everything(t).StatusChart
	var r recorder
	if err := Draw(&r, ch, 500, 170); err != nil {
		t.Fatal(err)
	}
	texts := r.texts()
	legend := map[string]bool{}
	for _, s := range texts {
		for _, part := range strings.Split(s, "/") {
			legend[part] = true
		}
	}
	for _, b := range ch.Bars {
		n := 0
		for _, sg := range b.Segments {
			n += sg.N
			if sg.N > 0 && !legend[sg.Label] {
				t.Errorf("%s: %s (%d) not in the legend %q", b.Label, sg.Label, sg.N, texts)
			}
		}
		for _, s := range []string{b.Label, fmt.Sprint(n)} {
			if !contains(texts, s) {
				t.Errorf("%s: no %q in %q", b.Label, s, texts)
			}
		}
	}
	// The statuses drawn alike (report/style's Key) share an entry.
	for _, s := range []string{"提前实现/快于预期", "基本符合预期/达到要求", "数据待补/无法评估"} {
		if !contains(texts, s) {
			t.Errorf("no %q in %q", s, texts)
		}
	}
}

func TestErrors(t *testing.T) {
	var r recorder
	// Indicator 31 has no value: eval charts nothing, and nothing is drawn.
	res := everything(t)
	for _, ind := range res.Indicators {
		if ind.ID == "31" {
			if ind.Chart != nil {
				t.Fatalf("31 without values charted: %+v", ind.Chart)
			}
			if err := Draw(&r, ind.Chart, 250, 180); err == nil {
				t.Error("no chart: no error")
			}
		}
	}
	if err := Draw(&r, chartOf(t, res, "5"), 80, 60); err == nil || !strings.Contains(err.Error(), "too small") {
		t.Errorf("tiny box: err = %v", err)
	}
	if err := Draw(&r, evaluate(t, 2023, nil).StatusChart, 500, 170); err == nil {
		t.Error("no categories: no error")
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

// oddity is an indicator at the edge of what an evaluation gives, and the
// chart eval made of it.
type oddity struct {
	name string
	ch   *eval.Chart
	want []string
}

// oddities are indicators with one value, a flat series, a value in the
// year evaluated alone, the target year itself, a long plan, numbers that
// are not numbers.
func oddities(t testing.TB) []oddity {
	one := func(name string, y int, edit func(*model.Plan, *model.Dataset), x in, want ...string) oddity {
		x.ind.ID = "x"
		return oddity{name, chartOf(t, evaluate(t, y, edit, x), "x"), want}
	}
	level := func(unit string, base, target float64) model.Indicator {
		return model.Indicator{Name: "指标", Unit: unit, Baseline: f64(base), Target: model.Target{Kind: model.Level, Value: target}}
	}
	long := func(p *model.Plan, _ *model.Dataset) { p.TargetYear = 2035 }
	return []oddity{
		one("one value", 2023, nil, in{ind: level("万人", 4, 10), vals: map[int]float64{2021: 5}}, "5", "10"),
		one("flat", 2023, nil, in{ind: model.Indicator{Unit: "%", Baseline: f64(98), Target: model.Target{Kind: model.Floor, Value: 98}},
			vals: map[int]float64{2020: 98, 2021: 98, 2022: 98}}, "98", "下限98"),
		one("value only", 2023, nil, in{ind: model.Indicator{Unit: "亿元", Target: model.Target{Kind: model.None}},
			vals: map[int]float64{2023: 8504.6}}, "8504.6"),
		one("final year", 2025, nil, in{ind: level("件", 2900, 5000),
			vals: map[int]float64{2020: 2900, 2021: 3500, 2022: 4000, 2023: 4400, 2024: 4800, 2025: 5100}}, "5100", "5000"),
		one("long plan", 2026, long, in{ind: level("万元/人", 30, 60),
			vals: map[int]float64{2020: 30, 2021: 32, 2022: 34, 2023: 37, 2024: 38, 2025: 40, 2026: 41}}, "41", "60", "2035"),
		one("not a number", 2023, nil, in{ind: level("个", 1, 10),
			vals: map[int]float64{2020: 1, 2021: math.NaN(), 2022: math.Inf(1), 2023: 4}}, "1", "4"),
	}
}

// TestOddInputs checks that odd indicators are drawn, in their box.
func TestOddInputs(t *testing.T) {
	for _, tt := range oddities(t) {
		for _, sz := range [][2]float64{{250, 180}, {120, 90}} {
			var r recorder
			if err := Draw(&r, tt.ch, sz[0], sz[1]); err != nil {
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
