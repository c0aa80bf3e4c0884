package chart

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
)

// The smallest box a chart is drawn in, in points.
const minW, minH = 120, 90

// maxYears is the most years a chart spans: a plan spans at most 50
// (report/plan), so more is a malformed spec.
const maxYears = 100

// xPad is the room, in years, left and right of the first and last year, so
// that their marks and labels clear the axes.
const xPad = 0.45

// unitPrefix introduces the unit above the y axis.
const unitPrefix = "单位："

// Draw draws ch into a w×h point box on c: a line chart of levels against
// the planned path (ChartLine), bars of yearly rates against the target
// rate (ChartRate), a row of yes/no marks (ChartYesNo) or stacked bars of
// counts (ChartBars). It draws what the spec holds and decides nothing: a
// series, rule or label the spec lacks is not drawn. It draws no title;
// the report captions the chart.
//
// Every axis labels its years the same way (2020, never 2020年). Value
// labels are placed where they hide no other label, mark or the legend; a
// label that finds no such place is left out, except the latest value's
// and the target's. The rules (limits, target rates, the average
// achieved) are named in the legend with their values, not on the plot.
//
// Draw returns an error for a nil spec, an unknown kind, a box smaller
// than 120×90 pt, a spec with nothing to draw (no point with a finite
// value, no bar), years spanning more than 100, or when go-chart cannot
// lay the chart out; nothing sensible has been drawn then.
func Draw(c Canvas, ch *eval.Chart, w, h float64) error {
	if c == nil {
		return errNoChart
	}
	if err := check(ch, w, h); err != nil {
		return err
	}
	regular, bold, err := loadFonts()
	if err != nil {
		return err
	}
	switch ch.Kind {
	case eval.ChartLine, eval.ChartRate, eval.ChartYesNo:
		s, err := newSpec(ch)
		if err != nil {
			return err
		}
		return s.draw(c, regular, bold, w, h)
	case eval.ChartBars:
		return drawBars(c, ch, regular, bold, w, h)
	}
	return fmt.Errorf("chart: unknown kind %q", ch.Kind)
}

// check refuses what Draw cannot draw whatever the spec holds: no spec, or
// a box too small (PNG checks it before it allocates the image).
func check(ch *eval.Chart, w, h float64) error {
	if ch == nil {
		return errNoChart
	}
	if !(w >= minW && h >= minH) || math.IsInf(w+h, 0) {
		return fmt.Errorf("chart: a %g×%g pt box is too small; a chart needs at least %d×%d pt", w, h, minW, minH)
	}
	return nil
}

var errNoChart = errors.New("chart: no chart to draw")

// point is a value in a year, as data.
type point struct{ x, y float64 }

// mark is a point with its label ("" for none).
type mark struct {
	point
	text string
}

// spec is what a line, rate or yes/no chart shows, read from eval.Chart
// with what cannot be drawn left out, before any geometry.
type spec struct {
	mode   eval.ChartKind
	x0, x1 int // first and last year of the x axis
	color  color.RGBA
	marker style.Marker
	unit   string

	actual      []mark // the values; in a rate chart those up to x0 are the base years', shown apart
	actualLabel string
	runs        [][]point // the actual values in runs of consecutive years
	plan        []point
	planLabel   string
	target      *mark
	targetLabel string
	proj        []mark // from the latest value to the projection
	projLabel   string
	req         []mark // requirements or compared values
	reqLabel    string
	rules       []eval.ChartRule
	yesNo       []yesNoMark
}

type yesNoMark struct {
	year int
	done *bool
	text string
}

// newSpec reads a chart's spec. Points whose values are not finite, or
// beyond model.MaxMagnitude (which no indicator can have; eval reports
// them), are left out, so that they do not squash the others to a line.
func newSpec(ch *eval.Chart) (*spec, error) {
	s := &spec{mode: ch.Kind, unit: ch.Unit, x0: ch.FromYear, x1: ch.ToYear}
	s.color = style.StatusColor(ch.Status)
	if s.color == style.Grey {
		// Grey is the plan's path; an unjudged series is drawn darker.
		s.color = color.RGBA{0x59, 0x59, 0x59, 0xff}
	}
	s.marker = style.StatusMarker(ch.Status)
	marks := func(ps []eval.ChartPoint) []mark {
		var out []mark
		for _, p := range ps {
			if finite(&p.Value) == nil {
				continue
			}
			t := p.Text
			t = style.Sampled(t, p.Sample)
			out = append(out, mark{point{float64(p.Year), p.Value}, t})
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].x < out[j].x })
		return out
	}
	years := func(ms []mark) {
		for _, m := range ms {
			y := int(m.x)
			if s.x0 == 0 || y < s.x0 {
				s.x0 = y
			}
			if s.x1 == 0 || y > s.x1 {
				s.x1 = y
			}
		}
	}
	for _, se := range ch.Series {
		if ch.Kind == eval.ChartYesNo {
			if se.Role != eval.SeriesActual {
				continue
			}
			for _, p := range se.Points {
				t := p.Text
				t = style.Sampled(t, p.Sample)
				s.yesNo = append(s.yesNo, yesNoMark{year: p.Year, done: p.Done, text: t})
			}
			sort.SliceStable(s.yesNo, func(i, j int) bool { return s.yesNo[i].year < s.yesNo[j].year })
			for _, m := range s.yesNo {
				years([]mark{{point: point{x: float64(m.year)}}})
			}
			continue
		}
		ms := marks(se.Points)
		years(ms)
		switch se.Role {
		case eval.SeriesActual:
			s.actual, s.actualLabel = ms, se.Label
		case eval.SeriesPlanned:
			for _, m := range ms {
				s.plan = append(s.plan, m.point)
			}
			s.planLabel = se.Label
		case eval.SeriesRequirement, eval.SeriesCompared:
			s.req, s.reqLabel = ms, se.Label
		case eval.SeriesProjected:
			s.proj, s.projLabel = ms, se.Label
		case eval.SeriesTarget:
			if len(ms) > 0 {
				s.target, s.targetLabel = &ms[len(ms)-1], se.Label
			}
		}
	}
	for _, r := range ch.Lines {
		if finite(&r.Value) != nil {
			s.rules = append(s.rules, r)
		}
	}
	if len(s.plan) < 2 {
		s.plan = nil
	}
	if len(s.proj) < 2 {
		s.proj = nil
	}
	if s.x1 <= s.x0 {
		s.x1 = s.x0 + 1
	}
	if s.x1-s.x0 > maxYears {
		return nil, fmt.Errorf("chart: %d years from %d to %d are more than a chart shows (%d)", s.x1-s.x0+1, s.x0, s.x1, maxYears)
	}
	if ch.Kind == eval.ChartYesNo {
		if len(s.yesNo) == 0 {
			return nil, errors.New("chart: no yes/no mark to draw")
		}
		return s, nil
	}
	if len(s.actual)+len(s.plan)+len(s.req)+len(s.rules) == 0 && s.target == nil {
		return nil, errors.New("chart: no value to draw")
	}
	if len(s.actual) == 0 {
		return s, nil
	}
	var run []point
	for i, m := range s.actual {
		if i > 0 && m.x-s.actual[i-1].x > 1 {
			s.runs = append(s.runs, run)
			run = nil
		}
		run = append(run, m.point)
	}
	s.runs = append(s.runs, run)
	return s, nil
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

// darker is a colour for text in a series' colour: Okabe–Ito's orange and
// sky blue are too light for small type on white.
func darker(c color.RGBA) color.RGBA {
	const k = 0.78
	return color.RGBA{uint8(float64(c.R) * k), uint8(float64(c.G) * k), uint8(float64(c.B) * k), 0xff}
}

// ruleLook is how a rule is drawn: its colour and dash.
func (s *spec) ruleLook(r eval.ChartRule) (color.RGBA, []float64) {
	if r.Role == eval.RuleRealized {
		return s.color, dashProj
	}
	return limitColor, dashLimit
}

// legend is the chart's key, in drawing order. A series or rule without a
// label has no key.
func (s *spec) legend() []legendEntry {
	var es []legendEntry
	add := func(e legendEntry) {
		if e.name != "" {
			es = append(es, e)
		}
	}
	switch s.mode {
	case eval.ChartYesNo:
		var done, notDone string
		for _, m := range s.yesNo {
			switch {
			case m.done == nil:
			case *m.done && done == "":
				done = strings.TrimSuffix(m.text, style.SampleMark)
			case !*m.done && notDone == "":
				notDone = strings.TrimSuffix(m.text, style.SampleMark)
			}
		}
		add(legendEntry{name: done, color: style.StatusColor(eval.Met), marker: style.Circle})
		add(legendEntry{name: notDone, color: style.StatusColor(eval.NotMet), marker: style.Down})
		return es
	case eval.ChartRate:
		add(legendEntry{name: s.actualLabel, color: s.color, bar: true})
	default:
		add(legendEntry{name: s.actualLabel, color: s.color, line: true, marker: style.Circle})
	}
	if len(s.plan) > 1 {
		add(legendEntry{name: s.planLabel, color: planColor, line: true, dash: dashPlan})
	}
	if len(s.proj) > 1 {
		add(legendEntry{name: s.projLabel, color: s.color, line: true, dash: dashProj})
	}
	if s.target != nil {
		add(legendEntry{name: s.targetLabel, color: limitColor, marker: style.Ring})
	}
	if len(s.req) > 0 {
		add(legendEntry{name: s.reqLabel, color: limitColor, line: true, dash: dashLimit})
	}
	for _, r := range s.rules {
		col, dash := s.ruleLook(r)
		add(legendEntry{name: r.Label, color: col, line: true, dash: dash})
	}
	return es
}

// yValues are all the values the y axis must show.
func (s *spec) yValues() []float64 {
	var vs []float64
	addM := func(ms []mark) {
		for _, m := range ms {
			vs = append(vs, m.y)
		}
	}
	addM(s.actual)
	addM(s.proj)
	addM(s.req)
	for _, p := range s.plan {
		vs = append(vs, p.y)
	}
	if s.target != nil {
		vs = append(vs, s.target.y)
	}
	for _, r := range s.rules {
		vs = append(vs, r.Value)
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
	if s.mode == eval.ChartRate {
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
	// Room for a label beyond the outermost values: about a tenth of the
	// spread, and at least labelRoom points of the plot.
	k := labelRoom / math.Max(plotH-2*labelRoom, labelRoom)
	lo, hi = lo-math.Max(0.12, k)*span, hi+math.Max(0.16, k)*span
	if nonNeg && lo < 0 {
		lo = 0
	}
	// A share in % does not run past 100 unless a value does.
	if s.mode == eval.ChartLine && model.NormalizeUnit(s.unit) == "%" && hi > 100 && vmax <= 100 {
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

// labelRoom is the room, in points, the y axis leaves beyond the outermost
// values for their labels.
const labelRoom = 12

// The top strip's layout, in points.
const (
	legendRowH   = 10  // a legend row
	legendFirstY = 6.0 // the middle of the first row
	legendGapY   = 5   // between the legend and the plot
)

func (s *spec) draw(c Canvas, regular, bold *truetype.Font, w, h float64) error {
	// The top strip: the unit on the left, the legend on the right.
	unit := ""
	if s.unit != "" {
		unit = fit(c, unitPrefix+s.unit, legendSize, w/2)
	}
	unitW := 0.0
	if unit != "" {
		unitW = c.TextWidth(unit, legendSize, false) + 10
	}
	entries := fitEntries(c, s.legend(), w-2)
	rows := legendRows(c, entries, w-unitW-2)
	legendY := legendFirstY
	if len(rows) > 2 && unit != "" {
		// A narrow box: the unit gets a row of its own.
		rows = legendRows(c, entries, w-2)
		legendY += legendRowH
	}
	top := legendY - legendFirstY + float64(max(len(rows), 1))*legendRowH + legendGapY

	// The x axis: every year from the first to the last.
	xr := &fixedRange{min: float64(s.x0) - xPad, max: float64(s.x1) + xPad}
	n := s.x1 - s.x0 + 1

	// The y axis, sized for the plot area we expect (go-chart fixes it).
	plotH := h - top - 16
	if plotH < 30 {
		return fmt.Errorf("chart: a %g×%g pt box leaves no room for the plot under its legend", w, h)
	}
	lo, hi, step := 0.0, 1.0, 1.0
	var yt []gochart.Tick
	if s.mode != eval.ChartYesNo {
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
	// Years are labelled as numbers on every chart, 2020 and never 2020年,
	// and every few years when they do not all fit.
	every := 1
	for c.TextWidth("2020", tickSize, false)+4 > spacing*float64(every) && every < n {
		every++
	}
	var xt []gochart.Tick
	for y := s.x0; y <= s.x1; y++ {
		l := ""
		if (s.x1-y)%every == 0 { // the last year always has its label
			l = strconv.Itoa(y)
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
	zero := s.mode == eval.ChartRate && lo < 0 // bars both ways need a zero line
	for _, t := range yt {
		if zero && t.Value == 0 {
			continue // go-chart would draw the grid over it
		}
		ch.YAxisSecondary.GridLines = append(ch.YAxisSecondary.GridLines, gochart.GridLine{Value: t.Value})
	}
	if zero {
		ch.YAxisSecondary.Zero = gochart.GridLine{Value: 0, Style: gochart.Style{StrokeColor: dc(axisColor), StrokeWidth: px(0.6)}}
	}
	if s.mode == eval.ChartYesNo {
		ch.YAxisSecondary = gochart.YAxis{Style: gochart.Hidden(), Range: yr}
	}
	ch.Series = s.series(xr)

	r := newRenderer(c, bold)
	if err := ch.Render(r.provider(), io.Discard); err != nil {
		return fmt.Errorf("chart: %w", err)
	}

	// The unit and the legend, which the labels then keep clear of.
	var legendBoxes []rect
	if unit != "" {
		c.Text(0.5, legendFirstY+0.36*legendSize, unit, legendSize, false, textColor, 0)
		legendBoxes = append(legendBoxes, rect{0, legendFirstY - 4, unitW - 10, legendFirstY + 4})
	}
	y := legendY
	for _, row := range rows {
		x := w - legendWidth(c, row) - 2
		drawLegendRow(c, row, x, y)
		legendBoxes = append(legendBoxes, rect{x, y - 4.5, x + legendWidth(c, row), y + 4.5})
		y += legendRowH
	}
	s.overlay(c, f, legendBoxes)
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
	points := func(ms []mark) []point {
		var ps []point
		for _, m := range ms {
			ps = append(ps, m.point)
		}
		return ps
	}
	if s.mode == eval.ChartYesNo {
		return []gochart.Series{gochart.ContinuousSeries{
			YAxis:   gochart.YAxisSecondary,
			Style:   gochart.Style{StrokeColor: invisible, StrokeWidth: 1},
			XValues: []float64{xr.min, xr.max}, YValues: []float64{0, 0},
		}}
	}
	for _, r := range s.rules {
		if r.Role != eval.RuleRealized {
			col, dash := s.ruleLook(r)
			line(s.ruleSpan(r, xr), col, 0.9, dash)
		}
	}
	line(points(s.req), limitColor, 0.9, dashLimit)
	line(s.plan, planColor, 1, dashPlan)
	if s.mode == eval.ChartRate {
		bs := barSeries{width: 0.5}
		for _, m := range s.actual {
			col := s.color
			if s.base(m) {
				col = baseColor
			}
			bs.bars = append(bs.bars, bar{x: m.x, v: m.y, color: col})
		}
		out = append(out, bs)
	}
	for _, r := range s.rules {
		if r.Role == eval.RuleRealized {
			col, dash := s.ruleLook(r)
			line(s.ruleSpan(r, xr), col, 1, dash)
		}
	}
	line(points(s.proj), s.color, 1.2, dashProj)
	if s.mode == eval.ChartLine {
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

// base reports whether a rate chart's value is a base year's, before the
// period: shown in grey, not judged.
func (s *spec) base(m mark) bool {
	return s.mode == eval.ChartRate && m.x <= float64(s.x0) && len(s.actual) > 1
}

// ruleSpan is where a rule runs: across the plot, or, for a rate chart's
// target rate, over the years of the period only.
func (s *spec) ruleSpan(r eval.ChartRule, xr *fixedRange) []point {
	from := xr.min
	if s.mode == eval.ChartRate && r.Role == eval.RuleTargetRate {
		from = float64(s.x0) + 0.5
	}
	return []point{{from, r.Value}, {xr.max, r.Value}}
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
func (s *spec) overlay(c Canvas, f *frame, legend []rect) {
	plot := f.plot()
	pl := &placer{bounds: rect{plot.x0 + 1, plot.y0 - 2, plot.x1 + 2, plot.y1 - 1}}
	for _, b := range legend {
		pl.addBox(b)
	}
	if s.mode == eval.ChartYesNo {
		s.yesNoOverlay(c, f, pl)
		return
	}
	xy := func(ps []point) (xs, ys []float64) {
		for _, p := range ps {
			xs = append(xs, f.X(p.x))
			ys = append(ys, f.Y(p.y))
		}
		return xs, ys
	}
	points := func(ms []mark) []point {
		var ps []point
		for _, m := range ms {
			ps = append(ps, m.point)
		}
		return ps
	}
	textCol := darker(s.color)

	// Lines are obstacles for labels.
	for _, ps := range [][]point{s.plan, points(s.proj), points(s.req)} {
		pl.addLine(xy(ps))
	}
	if s.mode == eval.ChartLine {
		for _, run := range s.runs {
			pl.addLine(xy(run))
		}
	}
	for _, r := range s.rules {
		pl.addLine([]float64{plot.x0, plot.x1}, []float64{f.Y(r.Value), f.Y(r.Value)})
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
	if n := len(s.proj); n > 1 {
		x, y := f.X(s.proj[n-1].x), f.Y(s.proj[n-1].y)
		marker(c, style.Ring, x, y, 2.2, s.color)
		pl.addBox(rect{x - 2.4, y - 2.4, x + 2.4, y + 2.4})
	}

	// The labels, the latest value's first: it is the one the reader
	// looks for; it and the target's are always set, the others only where
	// they hide nothing.
	var labels []label
	put := func(cands []label, must bool) {
		if len(cands) == 0 {
			return
		}
		if i := pl.place(cands, must); i >= 0 {
			labels = append(labels, cands[i])
		}
	}
	var later []func() // the earlier values' labels, after the annotations
	if s.mode == eval.ChartRate {
		half := (f.X(1) - f.X(0)) * 0.25
		for _, m := range s.actual {
			x, y0, y1 := f.X(m.x), f.Y(0), f.Y(m.y)
			pl.addBox(rect{x - half, math.Min(y0, y1), x + half, math.Max(y0, y1)})
		}
		for i := len(s.actual) - 1; i >= 0; i-- {
			m := s.actual[i]
			if m.text == "" {
				continue
			}
			x, y := f.X(m.x), f.Y(m.y)
			col := textCol
			if s.base(m) {
				col = textColor
			}
			latest := i == len(s.actual)-1
			var cands []label
			// Beyond the bar's end, a little further out if that is taken.
			for _, d := range []float64{1.5, 8, 14} {
				l := newLabel(c, m.text, labelSize, col, x, 0, center)
				if latest {
					// The latest bar carries the status's shape, beside its
					// value: never inside the bar.
					l = l.withMarker(s.marker, s.color)
				}
				hh := l.box.y1 - l.box.y0
				top := y - d - hh
				if m.y < 0 {
					top = y + d
				}
				cands = append(cands, l.moveTo(top))
			}
			if latest {
				put(cands, true)
			} else {
				later = append(later, func() { put(cands, false) })
			}
		}
	} else {
		for i := len(s.actual) - 1; i >= 0; i-- {
			m := s.actual[i]
			x, y := f.X(m.x), f.Y(m.y)
			r := 2.2
			if i == len(s.actual)-1 {
				r = 3.6
			}
			pl.addBox(rect{x - r, y - r, x + r, y + r})
		}
		for i := len(s.actual) - 1; i >= 0; i-- {
			m := s.actual[i]
			if m.text == "" {
				continue
			}
			x, y := f.X(m.x), f.Y(m.y)
			up := true
			if e, ok := at(s.plan, m.x); ok && m.y < e {
				up = false
			} else if e, ok := at(points(s.req), m.x); ok && m.y < e {
				up = false
			}
			r := 2.2
			latest := i == len(s.actual)-1
			if latest {
				r = 3.6
			}
			cands := aroundPoint(c, m.text, labelSize, textCol, x, y, r, up)
			if latest {
				put(cands, true)
			} else {
				later = append(later, func() { put(cands, false) })
			}
		}
		for i, m := range s.actual {
			if i == len(s.actual)-1 {
				marker(c, s.marker, f.X(m.x), f.Y(m.y), 3.4, s.color)
			} else {
				marker(c, style.Circle, f.X(m.x), f.Y(m.y), 2.2, s.color)
			}
		}
	}

	// The target, the requirement and the projection.
	// Each label on the side away from the other ring, so that neither
	// reads as the other's.
	var projected *mark
	if n := len(s.proj); n > 1 {
		projected = &s.proj[n-1]
	}
	if s.target != nil && s.target.text != "" {
		x, y := f.X(s.target.x), f.Y(s.target.y)
		up := len(s.plan) < 2 || s.plan[len(s.plan)-2].y <= s.target.y
		if projected != nil && projected.x == s.target.x {
			up = projected.y <= s.target.y
		}
		put(annotation(c, s.target.text, limitColor, x, y, 3.5, up), true)
	}
	if projected != nil && projected.text != "" {
		p := *projected
		x, y := f.X(p.x), f.Y(p.y)
		up := s.target == nil || p.y >= s.target.y
		// Next to the target the projection's ring says enough; its
		// number would crowd the target's.
		if s.target == nil || math.Abs(f.Y(s.target.y)-y) >= 2*labelSize {
			put(annotation(c, p.text, textCol, x, y, 3, up), false)
		}
	}
	if n := len(s.req); n > 0 && s.req[n-1].text != "" {
		p := s.req[n-1]
		x, y := f.X(p.x), f.Y(p.y)
		up := true
		if i := len(s.actual) - 1; i >= 0 {
			if v, ok := at(points(s.actual), p.x); ok && v > p.y {
				up = false
			}
		}
		put(aroundPoint(c, p.text, labelSize, limitColor, x, y, 1.5, up), false)
	}
	for _, f := range later {
		f()
	}
	for _, l := range labels {
		l.draw(c)
	}
}

// annotation returns candidate positions for a note on a point at the right
// end of the x axis: to its left, above or below.
func annotation(c Canvas, text string, col color.RGBA, x, y, r float64, up bool) []label {
	h := (ascent(text) + descent) * labelSize
	var above, below []label
	for _, d := range []float64{1, 5, 9} {
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

// yesNoOverlay draws the yes/no marks, one per year, across the middle,
// each with its label under it.
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
		switch {
		case m.done != nil && *m.done:
			marker(c, style.Circle, x, y, 5, done)
			l = newLabel(c, m.text, labelSize+0.5, darker(done), x, y+8, center)
		case m.done != nil:
			marker(c, style.Down, x, y, 5, notDone)
			l = newLabel(c, m.text, labelSize+0.5, darker(notDone), x, y+8, center)
		default:
			marker(c, style.Ring, x, y, 4, planColor)
			l = newLabel(c, m.text, labelSize, textColor, x, y+8, center)
		}
		if m.text == "" {
			continue
		}
		// Under the mark, else over it; where neither is free (a narrow
		// box), the label is left out: the mark's shape and the legend say it.
		up := l.moveTo(y - 8 - (l.box.y1 - l.box.y0))
		if i := pl.place([]label{l, up}, false); i >= 0 {
			[]label{l, up}[i].draw(c)
		}
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
