package chart

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
	"plancheck/report/zh"
)

// Charted reports whether an indicator gets a chart: whether it has at
// least one (finite) value, in some year or in the year evaluated.
func Charted(ind *eval.IndicatorResult) bool {
	if ind == nil {
		return false
	}
	if finite(ind.Value) != nil {
		return true
	}
	for _, y := range ind.Years {
		if finite(y.Value) != nil {
			return true
		}
	}
	return false
}

// The smallest box an indicator chart is drawn in, in points.
const minW, minH = 120, 90

// maxYears is the most years an indicator chart spans: a plan spans at
// most 50 (report/plan), so more is a malformed result.
const maxYears = 100

// xPad is the room, in years, left and right of the first and last year, so
// that their marks and labels clear the axes.
const xPad = 0.45

// Indicator draws one indicator's chart into a w×h point box on c: its
// values year by year against the plan's path, the target, the projection
// to the target year and, for the kinds that have one, the limit or the
// yearly requirement. It draws no title; the report captions the chart.
//
// It returns an error when the indicator has no value (see Charted), when
// the box is smaller than 120×90 pt, or when go-chart cannot lay the chart
// out; nothing sensible has been drawn then.
func Indicator(c Canvas, res *eval.Result, ind *eval.IndicatorResult, w, h float64) error {
	if ind == nil || res == nil {
		return fmt.Errorf("chart: no indicator to draw")
	}
	if !Charted(ind) {
		return fmt.Errorf("chart: indicator %q has no value to chart", ind.ID)
	}
	if w < minW || h < minH {
		return fmt.Errorf("chart: indicator %q: a %g×%g pt box is too small; the chart needs at least %d×%d pt", ind.ID, w, h, minW, minH)
	}
	regular, bold, err := loadFonts()
	if err != nil {
		return err
	}
	s := newSpec(res, ind)
	if s.x1-s.x0 > maxYears {
		return fmt.Errorf("chart: indicator %q: %d years from %d to %d are more than a chart shows (%d)", ind.ID, s.x1-s.x0+1, s.x0, s.x1, maxYears)
	}
	if err := s.draw(c, regular, bold, w, h); err != nil {
		return fmt.Errorf("chart: indicator %q: %w", ind.ID, err)
	}
	return nil
}

// mode is how an indicator is shown.
type mode int

const (
	lineMode  mode = iota // levels: a line against the plan's path
	rateMode              // yearly rates of change: bars against the target rate
	yesNoMode             // yes/no: a row of 完成/未完成 marks
)

// point is a value in a year.
type point struct{ x, y float64 }

// spec is what an indicator's chart shows, before any geometry.
type spec struct {
	ind      *eval.IndicatorResult
	mode     mode
	x0, x1   int // first and last year of the x axis
	color    color.RGBA
	marker   style.Marker
	unit     string
	actual   []point // the values (running totals for a cumulative target)
	runs     [][]point
	base     *point  // rate mode: the base year's rate, shown apart
	plan     []point // the planned path
	target   *point
	targetTx string
	proj     []point // from the latest value to the projected one
	limit    *float64
	limitTx  string
	req      []point // municipal requirements, or relative's compared values
	reqName  string
	rate     []point // rate mode: the target rate, year by year
	rateTx   string
	realized *float64
	yesNo    []yesNoMark
}

type yesNoMark struct {
	year  int
	state int // 1 done, 0 not done, -1 no data
}

func newSpec(res *eval.Result, in *eval.IndicatorResult) *spec {
	// A number that is not finite is drawn as missing.
	ind := *in
	ind.TargetValue, ind.Baseline, ind.Value = finite(ind.TargetValue), finite(ind.Baseline), finite(ind.Value)
	ind.Projected, ind.Realized, ind.Expected = finite(ind.Projected), finite(ind.Realized), finite(ind.Expected)
	years := append([]eval.YearResult(nil), ind.Years...)
	for i := range years {
		y := &years[i]
		y.Value, y.Expected, y.Requirement, y.Compared = finite(y.Value), finite(y.Expected), finite(y.Requirement), finite(y.Compared)
	}
	sort.SliceStable(years, func(i, j int) bool { return years[i].Year < years[j].Year })
	if ind.Value != nil && (len(years) == 0 || years[len(years)-1].Year < res.Year) {
		years = append(years, eval.YearResult{Year: res.Year, Value: ind.Value, Expected: ind.Expected})
	}

	s := &spec{ind: &ind, unit: ind.Unit, x0: res.Plan.BaseYear, x1: res.Plan.TargetYear}
	if len(years) > 0 {
		if s.x0 == 0 || years[0].Year < s.x0 {
			s.x0 = years[0].Year
		}
		if last := years[len(years)-1].Year; s.x1 == 0 || last > s.x1 {
			s.x1 = last
		}
	}
	if s.x1 <= s.x0 {
		s.x1 = s.x0 + 1
	}
	s.color = style.StatusColor(ind.Status)
	if s.color == style.Grey {
		// Grey is the plan's path; an unjudged series is drawn darker.
		s.color = color.RGBA{0x59, 0x59, 0x59, 0xff}
	}
	s.marker = style.StatusMarker(ind.Status)

	switch {
	case ind.Kind == model.Boolean || (ind.Unit == "" && allYesNo(years)):
		s.mode = yesNoMode
	case ind.Kind == model.Reduction || (ind.Kind == model.AvgGrowth && model.NormalizeUnit(ind.Unit) == "%"):
		s.mode = rateMode
	}

	switch s.mode {
	case yesNoMode:
		for _, y := range years {
			m := yesNoMark{year: y.Year, state: -1}
			if y.Value != nil {
				m.state = 0
				if *y.Value >= 0.5 {
					m.state = 1
				}
			}
			if y.Year > s.x0 || y.Value != nil {
				s.yesNo = append(s.yesNo, m)
			}
		}
		return s
	case rateMode:
		s.rateSpec(years)
		return s
	}

	// Line mode.
	total := 0.0
	var run []point
	for _, y := range years {
		if y.Value == nil {
			if len(run) > 0 {
				s.runs = append(s.runs, run)
				run = nil
			}
			continue
		}
		v := *y.Value
		if ind.Kind == model.Cumulative {
			if y.Year <= s.x0 {
				continue // the base year is before the period
			}
			total += v
			v = total
		}
		p := point{float64(y.Year), v}
		s.actual = append(s.actual, p)
		run = append(run, p)
	}
	if len(run) > 0 {
		s.runs = append(s.runs, run)
	}

	tv := ind.TargetValue
	switch ind.Kind {
	case model.Level, model.Delta, model.AvgGrowth, model.Cumulative:
		if tv == nil {
			tv = numberIn(ind.TargetText)
		}
		if tv != nil {
			s.target = &point{float64(s.x1), *tv}
			s.targetTx = zh.Year(s.x1) + "目标 " + numLabel(*tv)
			if ind.Kind == model.Cumulative {
				s.targetTx = zh.Year(s.x1) + "目标 累计" + numLabel(*tv)
			}
		}
	case model.Ceiling, model.Floor:
		if tv == nil {
			tv = numberIn(ind.TargetText)
		}
		if tv != nil {
			s.limit = tv
			s.limitTx = "上限 " + numLabel(*tv)
			if ind.Kind == model.Floor {
				s.limitTx = "下限 " + numLabel(*tv)
			}
		}
	}

	// The plan's path: the cumulative total grows from nothing; the other
	// kinds follow the evaluation's expected values, extended to the target.
	if ind.Kind == model.Cumulative {
		if s.target != nil {
			s.plan = []point{{float64(s.x0), 0}, *s.target}
		}
	} else {
		for _, y := range years {
			if y.Expected != nil {
				s.plan = append(s.plan, point{float64(y.Year), *y.Expected})
			}
		}
		if len(s.plan) == 0 && s.target != nil && ind.Baseline != nil && (ind.Kind == model.Level || ind.Kind == model.Delta) {
			s.plan = []point{{float64(s.x0), *ind.Baseline}}
		}
		if s.target != nil && len(s.plan) > 0 && s.plan[len(s.plan)-1].x < s.target.x {
			s.plan = append(s.plan, extendPath(s.plan[len(s.plan)-1], *s.target, ind.Kind == model.AvgGrowth)...)
		}
	}

	if ind.Projected != nil && len(s.actual) > 0 {
		last := s.actual[len(s.actual)-1]
		if last.x < float64(s.x1) {
			s.proj = []point{last, {float64(s.x1), *ind.Projected}}
		}
	}

	for _, y := range years {
		switch {
		case ind.Kind == model.Relative && y.Compared != nil:
			s.req = append(s.req, point{float64(y.Year), *y.Compared})
			s.reqName = "参照值"
		case y.Requirement != nil:
			s.req = append(s.req, point{float64(y.Year), *y.Requirement})
			s.reqName = "市级要求"
		}
	}
	return s
}

// rateSpec fills in a rate-mode spec: the yearly rates, the target rate and
// the realized average.
func (s *spec) rateSpec(years []eval.YearResult) {
	ind := s.ind
	for _, y := range years {
		if y.Value == nil {
			continue
		}
		p := point{float64(y.Year), *y.Value}
		if y.Year <= s.x0 && len(years) > 1 {
			// The base year's rate is before the period: shown, not judged.
			s.base = &p
			continue
		}
		s.actual = append(s.actual, p)
	}
	for _, y := range years {
		if y.Expected != nil && y.Year > s.x0 {
			s.rate = append(s.rate, point{float64(y.Year), *y.Expected})
		}
	}
	var target *float64
	if len(s.rate) > 0 {
		target = &s.rate[len(s.rate)-1].y
	} else if v := numberIn(ind.TargetText); v != nil {
		target = v
		if ind.Kind == model.Reduction {
			// A reduction over the period, as the yearly rate that gives it.
			n := float64(s.x1 - s.x0)
			r := 100 * (1 - math.Pow(1-*v/100, 1/n))
			target = &r
		}
	}
	if target != nil {
		if len(s.rate) == 0 {
			s.rate = []point{{float64(s.x0) + 0.5, *target}}
		}
		if last := s.rate[len(s.rate)-1]; last.x < float64(s.x1)+xPad {
			s.rate = append(s.rate, point{float64(s.x1) + xPad, last.y})
		}
		if first := s.rate[0]; first.x > float64(s.x0)+0.5 {
			s.rate = append([]point{{float64(s.x0) + 0.5, first.y}}, s.rate...)
		}
		s.rateTx = "目标 " + numLabel(*target) + "%"
		if ind.Kind == model.Reduction {
			s.rateTx = "目标 年均" + numLabelDigits(*target, 1) + "%"
		}
	}
	s.realized = ind.Realized
}

// extendPath continues the plan's path from p to the target t, year by
// year: along a constant growth rate for avg_growth (so the path curves as
// the evaluation's does), straight otherwise.
func extendPath(p, t point, compound bool) []point {
	var out []point
	n := t.x - p.x
	for x := p.x + 1; x <= t.x; x++ {
		f := (x - p.x) / n
		y := p.y + f*(t.y-p.y)
		if compound && p.y > 0 && t.y > 0 {
			y = p.y * math.Pow(t.y/p.y, f)
		}
		out = append(out, point{x, y})
	}
	return out
}

// finite returns v when it is a number a chart can show, nil otherwise: NaN
// and ±Inf, and magnitudes beyond model.MaxMagnitude, which no indicator can
// have — eval reports them as out_of_range errors naming their cells; the
// chart leaves them out rather than squash every other value to a line.
func finite(v *float64) *float64 {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) || math.Abs(*v) > model.MaxMagnitude {
		return nil
	}
	return v
}

func allYesNo(years []eval.YearResult) bool {
	n := 0
	for _, y := range years {
		if y.Value == nil {
			continue
		}
		if *y.Value != 0 && *y.Value != 1 {
			return false
		}
		n++
	}
	return n > 0
}

var numberRE = regexp.MustCompile(`-?\d+(\.\d+)?`)

// numberIn is the first number in a target's text ("312.6", "累计5000左右"),
// or nil.
func numberIn(s string) *float64 {
	if len(s) > 200 {
		s = s[:200] // a target's text is short; a number in it shorter still
	}
	m := numberRE.FindString(s)
	if m == "" {
		return nil
	}
	v, err := strconv.ParseFloat(m, 64)
	if err != nil {
		return nil
	}
	return finite(&v)
}

// darker is a colour for text in a series' colour: Okabe–Ito's orange and
// sky blue are too light for small type on white.
func darker(c color.RGBA) color.RGBA {
	const k = 0.78
	return color.RGBA{uint8(float64(c.R) * k), uint8(float64(c.G) * k), uint8(float64(c.B) * k), 0xff}
}

// legend is the chart's key, in drawing order.
func (s *spec) legend() []legendEntry {
	var es []legendEntry
	switch s.mode {
	case yesNoMode:
		return []legendEntry{
			{name: "完成", color: style.StatusColor(eval.Met), marker: style.Circle},
			{name: "未完成", color: style.StatusColor(eval.NotMet), marker: style.Down},
		}
	case rateMode:
		es = append(es, legendEntry{name: "实际值", color: s.color, bar: true})
		if len(s.rate) > 0 {
			es = append(es, legendEntry{name: "目标", color: limitColor, line: true, dash: dashLimit})
		}
		if s.realized != nil {
			es = append(es, legendEntry{name: "实际年均", color: s.color, line: true, dash: dashProj})
		}
		return es
	}
	name := "实际值"
	if s.ind.Kind == model.Cumulative {
		name = "累计完成"
	}
	es = append(es, legendEntry{name: name, color: s.color, line: true, marker: style.Circle})
	if len(s.plan) > 1 {
		es = append(es, legendEntry{name: "规划路径", color: planColor, line: true, dash: dashPlan})
	}
	if len(s.proj) > 0 {
		es = append(es, legendEntry{name: "预测", color: s.color, line: true, dash: dashProj})
	}
	if s.target != nil {
		es = append(es, legendEntry{name: "目标", color: limitColor, marker: style.Ring})
	}
	if s.limit != nil {
		name := "上限"
		if s.ind.Kind == model.Floor {
			name = "下限"
		}
		es = append(es, legendEntry{name: name, color: limitColor, line: true, dash: dashLimit})
	}
	if len(s.req) > 0 {
		es = append(es, legendEntry{name: s.reqName, color: limitColor, line: true, dash: dashLimit})
	}
	return es
}

// yValues are all the values the y axis must show.
func (s *spec) yValues() []float64 {
	var vs []float64
	add := func(ps []point) {
		for _, p := range ps {
			vs = append(vs, p.y)
		}
	}
	add(s.actual)
	add(s.plan)
	add(s.proj)
	add(s.req)
	add(s.rate)
	if s.target != nil {
		vs = append(vs, s.target.y)
	}
	if s.base != nil {
		vs = append(vs, s.base.y)
	}
	for _, p := range []*float64{s.limit, s.realized} {
		if p != nil {
			vs = append(vs, *p)
		}
	}
	return vs
}

// yRange is the y axis's extent: the values padded by about a tenth of
// their spread, and the step of its ticks. Bars start at zero.
func (s *spec) yRange(plotH float64) (lo, hi, step float64) {
	vs := s.yValues()
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, v := range vs {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if s.mode == rateMode {
		lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	}
	if len(vs) == 0 {
		lo, hi = 0, 1
	}
	vmax := hi
	span := hi - lo
	if span < minSpan(lo, hi) {
		// Flat to the chart's precision (equal values, or ones a few ulps or
		// a denormal apart): an axis around the value.
		mid := lo/2 + hi/2
		span = math.Max(math.Abs(mid)*0.1, 1)
		lo, hi = mid-span/2, mid+span/2
	}
	nonNeg := lo >= 0
	lo, hi = lo-0.12*span, hi+0.14*span
	if nonNeg && lo < 0 {
		lo = 0
	}
	// A share in % does not run past 100 unless a value does.
	if s.mode == lineMode && model.NormalizeUnit(s.unit) == "%" && hi > 100 && vmax <= 100 {
		hi = math.Max(100, vmax+0.02*span)
	}
	// About a tick every 24 pt, and never fewer than three.
	n := max(int(plotH/24), 3)
	step = niceStep(hi-lo, n)
	for len(ticks(lo, hi, step)) < 3 && n < 50 {
		step = niceStep(hi-lo, n+1)
		n++
	}
	return lo, hi, step
}

func (s *spec) draw(c Canvas, regular, bold *truetype.Font, w, h float64) error {
	// The top strip: the unit on the left, the legend on the right.
	unit := ""
	if s.unit != "" {
		unit = "单位：" + s.unit
	}
	unitW := 0.0
	if unit != "" {
		unitW = c.TextWidth(unit, legendSize, false) + 10
	}
	entries := s.legend()
	rows := legendRows(c, entries, w-unitW)
	legendY := 6.0 // the middle of the legend's first row
	const rowH = 10
	if len(rows) > 2 {
		// A narrow box: the unit gets a row of its own.
		rows = legendRows(c, entries, w)
		legendY += rowH
	}
	top := legendY - 6 + float64(len(rows))*rowH + 5

	// The x axis: every year from the base to the target.
	xr := &fixedRange{min: float64(s.x0) - xPad, max: float64(s.x1) + xPad}
	n := s.x1 - s.x0 + 1

	// The y axis, sized for the plot area we expect (go-chart fixes it).
	plotH := h - top - 16
	lo, hi, step := 0.0, 1.0, 1.0
	var yt []gochart.Tick
	if s.mode != yesNoMode {
		lo, hi, step = s.yRange(plotH)
		yt = ticks(lo, hi, step)
	}
	yr := &fixedRange{min: lo, max: hi}
	yLabelW := 0.0
	for _, t := range yt {
		yLabelW = math.Max(yLabelW, c.TextWidth(t.Label, tickSize, false))
	}
	// However long the labels, the plot keeps half the box.
	yLabelW = math.Min(yLabelW, w/2)
	plotW := w - yLabelW - 8
	spacing := plotW / (float64(n) + 0.9)
	format := func(y int) string { return zh.Year(y) }
	if c.TextWidth("2020年", tickSize, false)+5 > spacing {
		format = strconv.Itoa
	}
	every := 1
	for c.TextWidth("2020", tickSize, false)+4 > spacing*float64(every) && every < n {
		every++
	}
	var xt []gochart.Tick
	for y := s.x0; y <= s.x1; y++ {
		l := ""
		if (s.x1-y)%every == 0 { // the target year always has its label
			l = format(y)
		}
		xt = append(xt, gochart.Tick{Value: float64(y), Label: l})
	}

	f := &frame{x: xr, y: yr}
	axis := gochart.Style{
		StrokeColor: dc(axisColor), StrokeWidth: px(0.6),
		FontColor: dc(textColor), FontSize: tickSize, Font: regular,
	}
	ch := gochart.Chart{
		Width: int(math.Round(px(w))), Height: int(math.Round(px(h))), DPI: dpi, Font: regular,
		Background: gochart.Style{
			Padding:   gochart.Box{Top: int(px(top)), Left: int(px(1)), Right: int(px(3)), Bottom: int(px(2)), IsSet: true},
			FillColor: invisible, StrokeColor: invisible,
		},
		Canvas: gochart.Style{FillColor: invisible, StrokeColor: invisible},
		XAxis: gochart.XAxis{
			Style: axis, Range: xr, Ticks: xt,
			GridMajorStyle: gochart.Hidden(), GridMinorStyle: gochart.Hidden(),
		},
		YAxis: gochart.YAxis{Style: gochart.Hidden(), Range: &fixedRange{min: lo, max: hi}},
		YAxisSecondary: gochart.YAxis{
			Style: axis, Range: yr, Ticks: yt,
			GridMajorStyle: gochart.Style{StrokeColor: dc(gridColor), StrokeWidth: px(0.5)},
			GridMinorStyle: gochart.Hidden(),
		},
		Elements: []gochart.Renderable{f.capture()},
	}
	zero := s.mode == rateMode && lo < 0 // bars both ways need a zero line
	for _, t := range yt {
		if zero && t.Value == 0 {
			continue // go-chart would draw the grid over it
		}
		ch.YAxisSecondary.GridLines = append(ch.YAxisSecondary.GridLines, gochart.GridLine{Value: t.Value})
	}
	if zero {
		ch.YAxisSecondary.Zero = gochart.GridLine{Value: 0, Style: gochart.Style{StrokeColor: dc(axisColor), StrokeWidth: px(0.6)}}
	}
	if s.mode == yesNoMode {
		ch.YAxisSecondary = gochart.YAxis{Style: gochart.Hidden(), Range: yr}
	}
	ch.Series = s.series(xr)

	r := newRenderer(c, bold)
	if err := ch.Render(r.provider(), io.Discard); err != nil {
		return err
	}

	s.overlay(c, f)

	// The unit and the legend.
	if unit != "" {
		c.Text(0.5, 6+0.36*legendSize, unit, legendSize, false, textColor, 0)
	}
	y := legendY
	for _, row := range rows {
		drawLegendRow(c, row, w-legendWidth(c, row)-2, y)
		y += rowH
	}
	return nil
}

// series are what go-chart draws: the lines and the bars, bottom first.
func (s *spec) series(xr *fixedRange) []gochart.Series {
	var out []gochart.Series
	line := func(ps []point, col color.RGBA, width float64, dash []float64) {
		if len(ps) < 2 {
			return
		}
		cs := gochart.ContinuousSeries{
			YAxis: gochart.YAxisSecondary,
			Style: gochart.Style{StrokeColor: dc(col), StrokeWidth: px(width), StrokeDashArray: pxs(dash)},
		}
		for _, p := range ps {
			cs.XValues = append(cs.XValues, p.x)
			cs.YValues = append(cs.YValues, p.y)
		}
		out = append(out, cs)
	}
	if s.limit != nil {
		line([]point{{xr.min, *s.limit}, {xr.max, *s.limit}}, limitColor, 0.9, dashLimit)
	}
	line(s.req, limitColor, 0.9, dashLimit)
	line(s.plan, planColor, 1, dashPlan)
	if s.mode == rateMode {
		bs := barSeries{width: 0.5}
		if s.base != nil {
			bs.bars = append(bs.bars, bar{x: s.base.x, v: s.base.y, color: baseColor})
		}
		for _, p := range s.actual {
			bs.bars = append(bs.bars, bar{x: p.x, v: p.y, color: s.color})
		}
		out = append(out, bs)
		line(s.rate, limitColor, 0.9, dashLimit)
		if s.realized != nil {
			line([]point{{xr.min, *s.realized}, {xr.max, *s.realized}}, s.color, 1, dashProj)
		}
	}
	line(s.proj, s.color, 1.2, dashProj)
	if s.mode == lineMode {
		for _, run := range s.runs {
			line(run, s.color, 1.6, nil)
		}
	}
	if len(out) == 0 {
		// go-chart draws nothing without a visible series.
		out = append(out, gochart.ContinuousSeries{
			YAxis:   gochart.YAxisSecondary,
			Style:   gochart.Style{StrokeColor: invisible, StrokeWidth: 1},
			XValues: []float64{xr.min, xr.max}, YValues: []float64{0, 0},
		})
	}
	return out
}

func pxs(pts []float64) []float64 {
	if len(pts) == 0 {
		return nil
	}
	out := make([]float64, len(pts))
	for i, v := range pts {
		out[i] = px(v)
	}
	return out
}

// overlay draws on the Canvas what go-chart cannot place well: markers of
// several shapes and the labels, each put where it hides nothing.
func (s *spec) overlay(c Canvas, f *frame) {
	plot := f.plot()
	pl := &placer{bounds: rect{plot.x0 + 1, plot.y0 - 2, plot.x1 + 2, plot.y1 - 1}}
	xy := func(ps []point) (xs, ys []float64) {
		for _, p := range ps {
			xs = append(xs, f.X(p.x))
			ys = append(ys, f.Y(p.y))
		}
		return xs, ys
	}
	textCol := darker(s.color)

	if s.mode == yesNoMode {
		s.yesNoOverlay(c, f, pl)
		return
	}

	// Lines are obstacles for labels.
	for _, ps := range [][]point{s.plan, s.proj, s.req, s.rate} {
		pl.addLine(xy(ps))
	}
	for _, run := range s.runs {
		pl.addLine(xy(run))
	}
	if s.limit != nil {
		pl.addLine([]float64{plot.x0, plot.x1}, []float64{f.Y(*s.limit), f.Y(*s.limit)})
	}
	if s.realized != nil {
		pl.addLine([]float64{plot.x0, plot.x1}, []float64{f.Y(*s.realized), f.Y(*s.realized)})
	}

	// Marks, and their room.
	for _, p := range s.plan {
		if p.x > float64(s.x0) && (s.target == nil || p.x < s.target.x) {
			dot(c, f.X(p.x), f.Y(p.y), 1.1, planColor)
		}
	}
	for _, p := range s.req {
		x, y := f.X(p.x), f.Y(p.y)
		dot(c, x, y, 1.4, limitColor)
		pl.addBox(rect{x - 1.4, y - 1.4, x + 1.4, y + 1.4})
	}
	if s.target != nil {
		x, y := f.X(s.target.x), f.Y(s.target.y)
		marker(c, style.Ring, x, y, 2.8, limitColor)
		pl.addBox(rect{x - 3, y - 3, x + 3, y + 3})
	}
	if len(s.proj) == 2 {
		x, y := f.X(s.proj[1].x), f.Y(s.proj[1].y)
		marker(c, style.Ring, x, y, 2.2, s.color)
		pl.addBox(rect{x - 2.4, y - 2.4, x + 2.4, y + 2.4})
	}

	// The values, latest first: it is the one the reader looks for.
	var labels []label
	if s.mode == rateMode {
		half := (f.X(1) - f.X(0)) * 0.25
		bars := s.actual
		if s.base != nil {
			bars = append([]point{*s.base}, bars...)
		}
		for _, p := range bars {
			x, y0, y1 := f.X(p.x), f.Y(0), f.Y(p.y)
			pl.addBox(rect{x - half, math.Min(y0, y1), x + half, math.Max(y0, y1)})
		}
		for i := len(bars) - 1; i >= 0; i-- {
			p := bars[i]
			x, y := f.X(p.x), f.Y(p.y)
			col := textCol
			if s.base != nil && i == 0 {
				col = textColor
			}
			// Beyond the bar's end, a little further out if that is taken.
			text := numLabel(p.y) + "%"
			h := (ascent(text) + descent) * labelSize
			var cands []label
			for _, d := range []float64{1.5, 8, 14} {
				top := y - d - h
				if p.y < 0 {
					top = y + d
				}
				cands = append(cands, newLabel(c, text, labelSize, col, x, top, center))
			}
			labels = append(labels, cands[pl.place(cands)])
		}
		// The latest bar carries the status's shape: inside its end, in
		// white, when the bar is long enough, else just beyond its label.
		if n := len(s.actual); n > 0 {
			p := s.actual[n-1]
			x, y, y0 := f.X(p.x), f.Y(p.y), f.Y(0)
			const r = 2.6
			dir := 1.0 // from the bar's end towards zero
			if p.y < 0 {
				dir = -1
			}
			if math.Abs(y0-y) >= 2*r*1.3+4 {
				markerOn(c, s.marker, x, y+dir*(r*1.3+2), r, white, s.color)
			} else {
				l := labels[0]
				my := l.box.y0 - r*1.3 - 1.5
				if dir < 0 {
					my = l.box.y1 + r*1.3 + 1.5
				}
				marker(c, s.marker, x, my, r, s.color)
				pl.addBox(rect{x - r*1.3, my - r*1.3, x + r*1.3, my + r*1.3})
			}
		}
	} else {
		for i := len(s.actual) - 1; i >= 0; i-- {
			p := s.actual[i]
			x, y := f.X(p.x), f.Y(p.y)
			up := true
			if e, ok := at(s.plan, p.x); ok && p.y < e {
				up = false
			} else if e, ok := at(s.req, p.x); ok && p.y < e {
				up = false
			}
			r := 2.2
			if i == len(s.actual)-1 {
				r = 3.6
			}
			pl.addBox(rect{x - r, y - r, x + r, y + r})
			cands := aroundPoint(c, numLabel(p.y), labelSize, textCol, x, y, r, up)
			labels = append(labels, cands[pl.place(cands)])
		}
		for i, p := range s.actual {
			if i == len(s.actual)-1 {
				marker(c, s.marker, f.X(p.x), f.Y(p.y), 3.4, s.color)
			} else {
				marker(c, style.Circle, f.X(p.x), f.Y(p.y), 2.2, s.color)
			}
		}
	}

	// The target, the limit, the requirement and the projection.
	if s.target != nil {
		x, y := f.X(s.target.x), f.Y(s.target.y)
		up := len(s.plan) < 2 || s.plan[len(s.plan)-2].y <= s.target.y
		l := annotation(c, s.targetTx, limitColor, x, y, 3.5, up)
		labels = append(labels, l[pl.place(l)])
	}
	lineLabel := func(text string, v float64, col color.RGBA) {
		y := f.Y(v)
		h := (ascentCJK + descent) * labelSize
		cands := []label{
			newLabel(c, text, labelSize, col, plot.x1-2, y-h-1.5, right),
			newLabel(c, text, labelSize, col, plot.x1-2, y+2, right),
			newLabel(c, text, labelSize, col, plot.x0+3, y-h-1.5, left),
			newLabel(c, text, labelSize, col, plot.x0+3, y+2, left),
		}
		labels = append(labels, cands[pl.place(cands)])
	}
	if s.limit != nil {
		lineLabel(s.limitTx, *s.limit, limitColor)
	}
	if len(s.rate) > 0 {
		lineLabel(s.rateTx, s.rate[len(s.rate)-1].y, limitColor)
	}
	if s.realized != nil {
		lineLabel("实际年均 "+numLabelDigits(*s.realized, 1)+"%", *s.realized, textCol)
	}
	if n := len(s.req); n > 0 {
		p := s.req[n-1]
		x, y := f.X(p.x), f.Y(p.y)
		up := true
		if v, ok := at(s.actual, p.x); ok && v > p.y {
			up = false
		}
		cands := aroundPoint(c, s.reqName+" "+numLabel(p.y), labelSize, limitColor, x, y, 1.5, up)
		labels = append(labels, cands[pl.place(cands)])
	}
	if len(s.proj) == 2 {
		p := s.proj[1]
		x, y := f.X(p.x), f.Y(p.y)
		up := s.target == nil || p.y >= s.target.y
		cands := annotation(c, "预计 "+numLabel(p.y), textCol, x, y, 3, up)
		if s.target != nil && math.Abs(f.Y(s.target.y)-y) < 2*labelSize {
			// Next to the target the projection's ring says enough; its
			// number would crowd the target's.
			cands = nil
		}
		best := -1
		for i, l := range cands {
			if pl.free(l) {
				best = i
				break
			}
		}
		if best >= 0 {
			pl.addBox(cands[best].box)
			labels = append(labels, cands[best])
		}
	}
	for _, l := range labels {
		l.draw(c)
	}
}

// annotation returns candidate positions for a note on a point at the right
// end of the x axis: to its left, above or below.
func annotation(c Canvas, text string, col color.RGBA, x, y, r float64, up bool) []label {
	h := (ascentCJK + descent) * labelSize
	var above, below []label
	for _, d := range []float64{1, 7, 13, 19, 25} {
		above = append(above, newLabel(c, text, labelSize, col, x+r, y-r-d-h, right))
		below = append(below, newLabel(c, text, labelSize, col, x+r, y+r+d, right))
	}
	sideU := newLabel(c, text, labelSize, col, x-r-2, y-h-1, right)
	sideD := newLabel(c, text, labelSize, col, x-r-2, y+1, right)
	mid := newLabel(c, text, labelSize, col, x-r-2, y-h/2, right)
	if up {
		return append([]label{above[0], sideU, mid, below[0], sideD}, append(above[1:], below[1:]...)...)
	}
	return append([]label{below[0], sideD, mid, above[0], sideU}, append(below[1:], above[1:]...)...)
}

// at is the value of a path at x, interpolated, if the path spans x.
func at(ps []point, x float64) (float64, bool) {
	for i := 1; i < len(ps); i++ {
		a, b := ps[i-1], ps[i]
		if a.x <= x && x <= b.x && b.x > a.x {
			return a.y + (b.y-a.y)*(x-a.x)/(b.x-a.x), true
		}
	}
	if len(ps) == 1 && ps[0].x == x {
		return ps[0].y, true
	}
	return 0, false
}

// yesNoOverlay draws the 完成/未完成 marks, one per year, across the middle.
func (s *spec) yesNoOverlay(c Canvas, f *frame, pl *placer) {
	y := f.Y(0.55)
	done, notDone := style.StatusColor(eval.Met), style.StatusColor(eval.NotMet)
	if n := len(s.yesNo); n > 1 {
		// A faint track through the years reported.
		c.MoveTo(f.X(float64(s.yesNo[0].year)), y)
		c.LineTo(f.X(float64(s.yesNo[n-1].year)), y)
		c.Stroke(gridColor, 1.2, nil)
	}
	for _, m := range s.yesNo {
		x := f.X(float64(m.year))
		var l label
		switch m.state {
		case 1:
			marker(c, style.Circle, x, y, 5, done)
			l = newLabel(c, "完成", labelSize+0.5, darker(done), x, y+8, center)
		case 0:
			marker(c, style.Down, x, y, 5, notDone)
			l = newLabel(c, "未完成", labelSize+0.5, darker(notDone), x, y+8, center)
		default:
			marker(c, style.Ring, x, y, 4, planColor)
			l = newLabel(c, "数据待补", labelSize, textColor, x, y+8, center)
		}
		l.draw(c)
	}
}

// bar is one bar of a barSeries.
type bar struct {
	x, v  float64
	color color.RGBA
}

// barSeries is a go-chart series of vertical bars from zero, or of
// horizontal bars when horizontal is set (then x is the bar's position on
// the y axis and v its length along the x axis). lo is where a bar starts,
// for stacked bars.
type barSeries struct {
	bars       []bar
	width      float64 // in data units of the axis the bars stand on
	horizontal bool
	lo         []float64
}

var _ gochart.Series = barSeries{}

func (b barSeries) GetName() string             { return "" }
func (b barSeries) GetYAxis() gochart.YAxisType { return gochart.YAxisSecondary }
func (b barSeries) GetStyle() gochart.Style     { return gochart.Style{} }
func (b barSeries) Validate() error             { return nil }

// Render implements gochart.Series.
func (b barSeries) Render(r gochart.Renderer, box gochart.Box, xr, yr gochart.Range, _ gochart.Style) {
	for i, br := range b.bars {
		start := 0.0
		if i < len(b.lo) {
			start = b.lo[i]
		}
		var x0, x1, y0, y1 int
		if b.horizontal {
			x0, x1 = box.Left+xr.Translate(start), box.Left+xr.Translate(start+br.v)
			y0, y1 = box.Bottom-yr.Translate(br.x-b.width/2), box.Bottom-yr.Translate(br.x+b.width/2)
		} else {
			x0, x1 = box.Left+xr.Translate(br.x-b.width/2), box.Left+xr.Translate(br.x+b.width/2)
			y0, y1 = box.Bottom-yr.Translate(start), box.Bottom-yr.Translate(start+br.v)
		}
		r.SetFillColor(dc(br.color))
		r.SetStrokeColor(invisible)
		r.SetStrokeWidth(0)
		r.SetStrokeDashArray(nil)
		r.MoveTo(x0, y0)
		r.LineTo(x1, y0)
		r.LineTo(x1, y1)
		r.LineTo(x0, y1)
		r.Close()
		r.Fill()
	}
}
