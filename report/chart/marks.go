package chart

import (
	"image/color"
	"math"
	"strconv"

	gochart "github.com/wcharczuk/go-chart/v2"

	"plancheck/report/style"
	"plancheck/report/zh"
)

// The chart's type sizes, in points. The report sets 2–3 charts in a row,
// so a chart is about 250×180 pt on the page: 7 pt is the smallest size that
// prints cleanly and still leaves room for the data.
const (
	tickSize   = 7 // axis tick labels
	labelSize  = 7 // value labels and annotations
	legendSize = 7 // legend and unit
)

// The chart's greys.
var (
	textColor  = color.RGBA{0x33, 0x33, 0x33, 0xff}
	axisColor  = color.RGBA{0x59, 0x59, 0x59, 0xff}
	gridColor  = color.RGBA{0xe3, 0xe3, 0xe3, 0xff}
	planColor  = color.RGBA{0x8c, 0x8c, 0x8c, 0xff}
	limitColor = color.RGBA{0x40, 0x40, 0x40, 0xff}
	white      = color.RGBA{0xff, 0xff, 0xff, 0xff}
	baseColor  = color.RGBA{0xbd, 0xbd, 0xbd, 0xff}
)

// The line dashes, in points.
var (
	dashPlan  = []float64{3.5, 2}
	dashProj  = []float64{2, 1.6}
	dashLimit = []float64{5, 1.5, 1, 1.5}
)

// rect is a rectangle in points.
type rect struct{ x0, y0, x1, y1 float64 }

func (r rect) w() float64 { return r.x1 - r.x0 }

func (r rect) inflate(d float64) rect { return rect{r.x0 - d, r.y0 - d, r.x1 + d, r.y1 + d} }

func (r rect) overlap(o rect) float64 {
	w := math.Min(r.x1, o.x1) - math.Max(r.x0, o.x0)
	h := math.Min(r.y1, o.y1) - math.Max(r.y0, o.y0)
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h
}

// outside is how much of r lies outside b, as an area.
func (r rect) outside(b rect) float64 {
	area := r.w() * (r.y1 - r.y0)
	return area - r.overlap(b)
}

// crosses reports whether the segment (x0,y0)–(x1,y1) passes through r.
func (r rect) crosses(x0, y0, x1, y1 float64) bool {
	// Liang–Barsky clipping: the segment meets r if some part survives.
	t0, t1 := 0.0, 1.0
	dx, dy := x1-x0, y1-y0
	clip := func(p, q float64) bool {
		if p == 0 {
			return q >= 0
		}
		t := q / p
		if p < 0 {
			if t > t1 {
				return false
			}
			t0 = math.Max(t0, t)
		} else {
			if t < t0 {
				return false
			}
			t1 = math.Min(t1, t)
		}
		return true
	}
	return clip(-dx, x0-r.x0) && clip(dx, r.x1-x0) && clip(-dy, y0-r.y0) && clip(dy, r.y1-y0) && t0 <= t1
}

// Text metrics of Noto Sans SC, as shares of the size: how far ideographs
// and digits reach above the baseline and below it.
const (
	ascentCJK   = 0.85
	ascentASCII = 0.75
	descent     = 0.1
)

func ascent(s string) float64 {
	for _, r := range s {
		if r > 0x7f {
			return ascentCJK
		}
	}
	return ascentASCII
}

// align is a text's horizontal anchor.
type align int

const (
	left align = iota
	center
	right
)

// label is a text to draw: its box and where the baseline starts. A label
// may carry a marker before its text (mk), in mkColor.
type label struct {
	s       string
	size    float64
	bold    bool
	color   color.RGBA
	box     rect
	mk      style.Marker
	mkColor color.RGBA
}

// newLabel makes a label of s whose box is anchored at (x, top) by a.
func newLabel(c Canvas, s string, size float64, col color.RGBA, x, top float64, a align) label {
	w := c.TextWidth(s, size, false)
	switch a {
	case center:
		x -= w / 2
	case right:
		x -= w
	}
	h := (ascent(s) + descent) * size
	return label{s: s, size: size, color: col, box: rect{x, top, x + w, top + h}}
}

// labelMarkR is the radius of a label's marker, and labelMarkGap the room
// between it and the text.
const labelMarkR, labelMarkGap = 2.4, 1.5

// withMarker is l with the marker m before its text, the whole centred
// where l was.
func (l label) withMarker(m style.Marker, col color.RGBA) label {
	mw := 2*labelMarkR*1.2 + labelMarkGap
	cx := (l.box.x0 + l.box.x1) / 2
	w := l.box.w() + mw
	l.box.x0, l.box.x1 = cx-w/2, cx+w/2
	l.box.y0 = math.Min(l.box.y0, l.box.y1-2*labelMarkR*1.2)
	l.mk, l.mkColor = m, col
	return l
}

// moveTo is l with the top of its box at top.
func (l label) moveTo(top float64) label {
	h := l.box.y1 - l.box.y0
	l.box.y0, l.box.y1 = top, top+h
	return l
}

func (l label) draw(c Canvas) {
	x := l.box.x0
	base := l.box.y1 - descent*l.size
	if l.mk != "" {
		r := labelMarkR
		marker(c, l.mk, x+r*1.2, base-0.36*l.size, r, l.mkColor)
		x += 2*r*1.2 + labelMarkGap
	}
	c.Text(x, base, l.s, l.size, l.bold, l.color, 0)
}

// placer puts labels where they hide nothing: it keeps what has been drawn
// (label boxes, markers, bars, the legend, line segments) and picks, of a
// label's candidate positions, the first that collides least.
type placer struct {
	bounds rect // a label should stay inside
	boxes  []rect
	segs   [][4]float64
}

func (p *placer) addBox(r rect) { p.boxes = append(p.boxes, r) }

func (p *placer) addLine(xs, ys []float64) {
	for i := 1; i < len(xs); i++ {
		p.segs = append(p.segs, [4]float64{xs[i-1], ys[i-1], xs[i], ys[i]})
	}
}

// cost is how badly a label at r collides: hard for what it would hide or
// where it would leave the plot (an area), soft for the lines it crosses.
func (p *placer) cost(r rect) (hard, soft float64) {
	hard = 10 * r.outside(p.bounds)
	for _, b := range p.boxes {
		hard += r.overlap(b.inflate(0.6))
	}
	in := r.inflate(0.4)
	for _, s := range p.segs {
		if in.crosses(s[0], s[1], s[2], s[3]) {
			soft += 6
		}
	}
	return hard, soft
}

// place picks the best of the candidates (earlier ones win ties, so they
// are given in order of preference), records it and returns its index.
// Unless the label must be set, a label that would hide something or
// leave the plot wherever it goes is left out: place returns −1.
//
// A candidate sticking out of the bounds sideways is first moved in; one
// wider than the bounds is never set.
func (p *placer) place(cands []label, must bool) int {
	best, bestCost, bestHard := -1, math.Inf(1), 0.0
	for i := range cands {
		l := &cands[i]
		if l.box.w() > p.bounds.w() {
			continue
		}
		if d := p.bounds.x1 - l.box.x1; d < 0 {
			l.box.x0, l.box.x1 = l.box.x0+d, l.box.x1+d
		}
		if d := p.bounds.x0 - l.box.x0; d > 0 {
			l.box.x0, l.box.x1 = l.box.x0+d, l.box.x1+d
		}
	}
	for i, l := range cands {
		if l.box.w() > p.bounds.w() {
			continue
		}
		hard, soft := p.cost(l.box)
		// A slight preference for earlier candidates keeps the choice
		// stable when two are equally free.
		c := 10*hard + soft + 0.01*float64(i)
		if c < bestCost {
			best, bestCost, bestHard = i, c, hard
		}
	}
	if best < 0 || (!must && bestHard > 1e-9) {
		return -1
	}
	p.addBox(cands[best].box)
	return best
}

// aroundPoint returns candidate positions for a label of a point at (x, y)
// with a marker of radius r: above or below (up says which is preferred),
// then to the sides, then further out.
func aroundPoint(c Canvas, s string, size float64, col color.RGBA, x, y, r float64, up bool) []label {
	h := (ascent(s) + descent) * size
	var out []label
	for i, gap := range []float64{r + 1.5, r + 7, r + 13, r + 19} {
		above := newLabel(c, s, size, col, x, y-gap-h, center)
		below := newLabel(c, s, size, col, x, y+gap, center)
		if up {
			out = append(out, above, below)
		} else {
			out = append(out, below, above)
		}
		if i > 0 {
			continue
		}
		out = append(out,
			newLabel(c, s, size, col, x-gap, y-gap-h+1, right),
			newLabel(c, s, size, col, x+gap, y-gap-h+1, left),
			newLabel(c, s, size, col, x+gap, y-h/2, left),
			newLabel(c, s, size, col, x-gap, y-h/2, right),
			newLabel(c, s, size, col, x-gap, y+gap-1, right),
			newLabel(c, s, size, col, x+gap, y+gap-1, left),
		)
	}
	return out
}

// marker draws a status marker centred on (x, y) with radius r in col on
// white paper: filled shapes get a white rim, so that they stand out from
// the line they sit on; hollow ones are white inside.
func marker(c Canvas, m style.Marker, x, y, r float64, col color.RGBA) {
	markerOn(c, m, x, y, r, col, white)
}

// markerOn draws a marker in fg on a ground of colour bg.
func markerOn(c Canvas, m style.Marker, x, y, r float64, fg, bg color.RGBA) {
	hollow := m == style.HollowDn || m == style.Ring
	switch m {
	case style.Triangle:
		r *= 1.2
		c.MoveTo(x, y-r)
		c.LineTo(x+r*0.866, y+r*0.5)
		c.LineTo(x-r*0.866, y+r*0.5)
	case style.Down, style.HollowDn:
		r *= 1.2
		c.MoveTo(x, y+r)
		c.LineTo(x-r*0.866, y-r*0.5)
		c.LineTo(x+r*0.866, y-r*0.5)
	case style.Square:
		r *= 0.85
		c.MoveTo(x-r, y-r)
		c.LineTo(x+r, y-r)
		c.LineTo(x+r, y+r)
		c.LineTo(x-r, y+r)
	case style.Diamond:
		r *= 1.2
		c.MoveTo(x, y-r)
		c.LineTo(x+r, y)
		c.LineTo(x, y+r)
		c.LineTo(x-r, y)
	default: // Circle, Ring
		c.MoveTo(x+r, y)
		c.ArcTo(x, y, r, r, 0, 2*math.Pi)
	}
	c.Close()
	if hollow {
		c.FillStroke(bg, fg, 1)
		return
	}
	c.FillStroke(fg, bg, 0.5)
}

// dot draws a small filled circle.
func dot(c Canvas, x, y, r float64, col color.RGBA) {
	c.MoveTo(x+r, y)
	c.ArcTo(x, y, r, r, 0, 2*math.Pi)
	c.Close()
	c.Fill(col)
}

// fillRect fills a rectangle.
func fillRect(c Canvas, r rect, col color.RGBA) {
	c.MoveTo(r.x0, r.y0)
	c.LineTo(r.x1, r.y0)
	c.LineTo(r.x1, r.y1)
	c.LineTo(r.x0, r.y1)
	c.Close()
	c.Fill(col)
}

// legendEntry is one key of a legend: a sample of the mark and its name.
type legendEntry struct {
	name   string
	color  color.RGBA
	line   bool      // a line sample …
	dash   []float64 // … with this dash
	marker style.Marker
	bar    bool // a filled block …
	hatch  int  // … crossed by white hatching in this many directions
}

const legendSample = 13 // width of a line sample, points

func (e legendEntry) width(c Canvas) float64 {
	return legendSample + 2.5 + c.TextWidth(e.name, legendSize, false)
}

// legendRows splits the entries into rows no wider than w.
func legendRows(c Canvas, es []legendEntry, w float64) [][]legendEntry {
	const gap = 8
	var rows [][]legendEntry
	var row []legendEntry
	rw := 0.0
	for _, e := range es {
		ew := e.width(c)
		if len(row) > 0 && rw+gap+ew > w {
			rows = append(rows, row)
			row, rw = nil, 0
		}
		if len(row) > 0 {
			rw += gap
		}
		row = append(row, e)
		rw += ew
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

func legendWidth(c Canvas, row []legendEntry) float64 {
	w := 0.0
	for i, e := range row {
		if i > 0 {
			w += 8
		}
		w += e.width(c)
	}
	return w
}

// drawLegendRow draws a row of entries from x, centred on the line at y.
func drawLegendRow(c Canvas, row []legendEntry, x, y float64) {
	for _, e := range row {
		switch {
		case e.bar:
			sw := rect{x + 2, y - 3.5, x + legendSample - 2, y + 3.5}
			fillRect(c, sw, e.color)
			hatch(c, sw, e.hatch)
		case e.line:
			c.MoveTo(x, y)
			c.LineTo(x+legendSample, y)
			c.Stroke(e.color, 1.2, e.dash)
		}
		if e.marker != "" {
			marker(c, e.marker, x+legendSample/2, y, 2.4, e.color)
		}
		x += legendSample + 2.5
		c.Text(x, y+0.36*legendSize, e.name, legendSize, false, textColor, 0)
		x += c.TextWidth(e.name, legendSize, false) + 8
	}
}

// niceStep is the step, 1, 2 or 5 times a power of ten, that cuts span into
// at most n intervals.
func niceStep(span float64, n int) float64 {
	if !(span > 0) || math.IsInf(span, 0) || n < 1 {
		return 1
	}
	raw := span / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	if !(mag > 0) || math.IsInf(mag, 0) {
		return span // a denormal span: one step is all it has
	}
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw*(1-1e-9) {
			return m * mag
		}
	}
	return 10 * mag
}

// minSpan is the least spread of values the y axis shows as a spread: a
// millionth, or a billionth of the values' size, whichever is more.
// Closer values are drawn as one level; that keeps every step of the ticks
// well above the values' precision (a step below it would never advance).
func minSpan(lo, hi float64) float64 {
	return math.Max(1e-6, 1e-9*math.Max(math.Abs(lo), math.Abs(hi)))
}

// maxTicks bounds the ticks of an axis, whatever its range and step.
const maxTicks = 200

// decimals is how many decimals show a multiple of step exactly.
func decimals(step float64) int {
	for d := 0; d < 6; d++ {
		v := step * math.Pow(10, float64(d))
		if math.Abs(v-math.Round(v)) < 1e-6 {
			return d
		}
	}
	return 6
}

// ticks returns the multiples of step in [lo, hi], labelled with the same
// number of decimals (412.25, 412.50, … reads better than 412.25, 412.5).
func ticks(lo, hi, step float64) []gochart.Tick {
	for _, v := range []float64{lo, hi, step} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
	}
	if !(step > 0) || hi < lo {
		return nil
	}
	// Count the multiples first: adding step to a value much larger than
	// it would not move it, and a loop on the value would never end.
	k0, k1 := math.Ceil(lo/step-1e-9), math.Floor(hi/step+1e-9)
	if !(k1-k0 < maxTicks) {
		return nil
	}
	scale, suffix := magnitude(math.Max(math.Abs(lo), math.Abs(hi)))
	d := decimals(step / scale)
	var out []gochart.Tick
	for i := 0; i <= int(k1-k0); i++ {
		v := (k0 + float64(i)) * step
		s := strconv.FormatFloat(v/scale, 'f', d, 64)
		if s == "-0" || (len(s) > 1 && s[0] == '-' && allZero(s[1:])) {
			s = s[1:]
		}
		if s != "0" {
			s += suffix
		}
		out = append(out, gochart.Tick{Value: v, Label: s})
	}
	return out
}

// magnitude is how numbers of about v's size are labelled: as they are
// below 10⁸; in 亿 (10⁸) or 万亿 (10¹²) above, as Chinese writes large
// amounts, so that a label stays a few characters long in the smallest box.
func magnitude(v float64) (scale float64, suffix string) {
	switch {
	case v >= 1e12:
		return 1e12, "万亿"
	case v >= 1e8:
		return 1e8, "亿"
	}
	return 1, ""
}

// numLabel formats a value for a chart label: zh.Num below 10⁸, in 亿 or 万亿
// above (magnitude).
func numLabel(v float64) string { return numLabelDigits(v, 2) }

// numLabelDigits is numLabel with at most digits decimals.
func numLabelDigits(v float64, digits int) string {
	scale, suffix := magnitude(math.Abs(v))
	if scale == 1 {
		return zh.NumDigits(v, digits)
	}
	return zh.NumDigits(v/scale, digits) + suffix
}

func allZero(s string) bool {
	for _, r := range s {
		if r != '0' && r != '.' {
			return false
		}
	}
	return true
}

// fixedRange is a go-chart Range whose ends are ours. go-chart moves a
// range's ends to the outermost custom ticks; the chart wants its padding
// kept, so SetMin and SetMax are ignored.
type fixedRange struct {
	min, max   float64
	domain     int
	descending bool
}

var _ gochart.Range = (*fixedRange)(nil)

func (r *fixedRange) String() string     { return "fixedRange" }
func (r *fixedRange) IsZero() bool       { return false }
func (r *fixedRange) GetMin() float64    { return r.min }
func (r *fixedRange) SetMin(float64)     {}
func (r *fixedRange) GetMax() float64    { return r.max }
func (r *fixedRange) SetMax(float64)     {}
func (r *fixedRange) GetDelta() float64  { return r.max - r.min }
func (r *fixedRange) GetDomain() int     { return r.domain }
func (r *fixedRange) SetDomain(d int)    { r.domain = d }
func (r *fixedRange) IsDescending() bool { return r.descending }
func (r *fixedRange) Translate(v float64) int {
	t := (v - r.min) / (r.max - r.min)
	if r.descending {
		t = 1 - t
	}
	return int(math.Round(t * float64(r.domain)))
}

// frame maps data to points once go-chart has laid the chart out.
type frame struct {
	box  gochart.Box // the plot area, in go-chart pixels
	x, y *fixedRange
}

func (f *frame) X(v float64) float64 { return float64(f.box.Left+f.x.Translate(v)) / pxPerPt }
func (f *frame) Y(v float64) float64 { return float64(f.box.Bottom-f.y.Translate(v)) / pxPerPt }

// plot is the plot area in points.
func (f *frame) plot() rect {
	return rect{float64(f.box.Left) / pxPerPt, float64(f.box.Top) / pxPerPt,
		float64(f.box.Right) / pxPerPt, float64(f.box.Bottom) / pxPerPt}
}

// capture is a go-chart element that records the plot area go-chart chose.
func (f *frame) capture() gochart.Renderable {
	return func(_ gochart.Renderer, box gochart.Box, _ gochart.Style) { f.box = box }
}

// fit is s, cut short with an ellipsis to be no wider than w at size.
func fit(c Canvas, s string, size, w float64) string {
	if c.TextWidth(s, size, false) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if t := string(r) + "…"; c.TextWidth(t, size, false) <= w {
			return t
		}
	}
	return string(r)
}

// fitEntries cuts the entries' names short to fit a row w wide each.
func fitEntries(c Canvas, es []legendEntry, w float64) []legendEntry {
	for i := range es {
		es[i].name = fit(c, es[i].name, legendSize, w-legendSample-2.5)
	}
	return es
}

// hatch crosses r with white lines 45° one way (n ≥ 1) and the other (n ≥ 2).
func hatch(c Canvas, r rect, n int) {
	const gap, width = 3.2, 0.7
	if n < 1 || r.w() <= 0 {
		return
	}
	// Lines x + y = s (rising to the right on the page) and x − y = s.
	for s := math.Ceil((r.x0+r.y0)/gap) * gap; s < r.x1+r.y1; s += gap {
		lo, hi := math.Max(r.x0, s-r.y1), math.Min(r.x1, s-r.y0)
		if hi-lo > 0.05 {
			c.MoveTo(lo, s-lo)
			c.LineTo(hi, s-hi)
		}
	}
	c.Stroke(white, width, nil)
	if n < 2 {
		return
	}
	for s := math.Ceil((r.x0-r.y1)/gap) * gap; s < r.x1-r.y0; s += gap {
		lo, hi := math.Max(r.x0, s+r.y0), math.Min(r.x1, s+r.y1)
		if hi-lo > 0.05 {
			c.MoveTo(lo, lo-s)
			c.LineTo(hi, hi-s)
		}
	}
	c.Stroke(white, width, nil)
}
