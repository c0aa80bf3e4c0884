package chart

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"sync"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"plancheck/fonts"
)

// pxPerPt is how many go-chart pixels make a point. go-chart's Renderer
// takes integer pixel coordinates; at 1 px = 1 pt a small multiple
// (250×180 pt) would snap every line end and label to a whole point, which
// shows next to the markers drawn directly in points. At 3 px per point the
// grid is 1/3 pt, and go-chart's fixed pixel margins (10 px between an axis
// and its labels, 5 px ticks) come out at about matplotlib's 3.5 pt.
const pxPerPt = 3

// dpi is the DPI go-chart is told, so that its font sizes (points) and our
// pixels agree: a 7 pt label is 7×dpi/72 = 21 px tall.
const dpi = 72 * pxPerPt

// px converts points to go-chart pixels, for styles handed to go-chart.
func px(pt float64) float64 { return pt * pxPerPt }

// textHeight is the height MeasureText reports for one line, as a share of
// the font size: about the height of Noto Sans SC's digits (0.733 em) and
// ideographs above the baseline (0.88 em), so that go-chart, which centres a
// y-axis label by putting its baseline half this height below the tick, puts
// it where the eye expects.
const textHeight = 0.75

var (
	fontOnce          sync.Once
	regularTT, boldTT *truetype.Font
	errFont           error
)

// loadFonts parses the embedded fonts once per process. go-chart needs a
// *truetype.Font for its layout (it hands it back through SetFont); the
// measuring itself goes through Canvas.TextWidth so that it matches the PDF.
func loadFonts() (regular, bold *truetype.Font, err error) {
	fontOnce.Do(func() {
		regularTT, errFont = truetype.Parse(fonts.Regular)
		if errFont != nil {
			errFont = fmt.Errorf("chart: parsing the regular font: %w", errFont)
			return
		}
		boldTT, errFont = truetype.Parse(fonts.Bold)
		if errFont != nil {
			errFont = fmt.Errorf("chart: parsing the bold font: %w", errFont)
		}
	})
	return regularTT, boldTT, errFont
}

// pathOp is one buffered path element, in points.
type pathOp struct {
	kind                 byte // 'M', 'L', 'A', 'Z'
	x, y, rx, ry, a0, da float64
}

// renderer implements go-chart's Renderer on a Canvas. Coordinates and
// stroke widths arrive in go-chart pixels and leave in points; font sizes
// arrive and leave in points.
//
// Paths are buffered until they are painted, because go-chart paints some
// with invisible colours (the background, transparent styles) and a Canvas
// cannot drop a path it has begun.
type renderer struct {
	c    Canvas
	dpi  float64
	bold *truetype.Font

	stroke, fill, text drawing.Color
	width              float64
	dash               []float64
	font               *truetype.Font
	size               float64
	rotation           float64 // radians, clockwise on the page as go-chart means it

	path     []pathOp
	cx, cy   float64 // current point, in points
	sx, sy   float64 // start of the current subpath
	hasPoint bool
}

var _ gochart.Renderer = (*renderer)(nil)

// newRenderer returns a renderer drawing on c.
func newRenderer(c Canvas, bold *truetype.Font) *renderer {
	return &renderer{c: c, dpi: dpi, bold: bold}
}

// provider returns a go-chart RendererProvider that hands go-chart r.
func (r *renderer) provider() gochart.RendererProvider {
	return func(int, int) (gochart.Renderer, error) { return r, nil }
}

func (r *renderer) pt(v int) float64             { return float64(v) * 72 / r.dpi }
func (r *renderer) ptf(v float64) float64        { return v * 72 / r.dpi }
func (r *renderer) pxf(pt float64) float64       { return pt * r.dpi / 72 }
func (r *renderer) isBold() bool                 { return r.font != nil && r.font == r.bold }
func (r *renderer) visible(c drawing.Color) bool { return c.A != 0 }

// ResetStyle implements gochart.Renderer.
func (r *renderer) ResetStyle() {
	r.stroke, r.fill, r.text = drawing.Color{}, drawing.Color{}, drawing.Color{}
	r.width, r.dash, r.size, r.rotation = 0, nil, 0, 0
}

// GetDPI implements gochart.Renderer.
func (r *renderer) GetDPI() float64 { return r.dpi }

// SetDPI implements gochart.Renderer.
func (r *renderer) SetDPI(dpi float64) {
	if dpi > 0 {
		r.dpi = dpi
	}
}

// SetClassName implements gochart.Renderer; a Canvas has no classes.
func (r *renderer) SetClassName(string) {}

// SetStrokeColor implements gochart.Renderer.
func (r *renderer) SetStrokeColor(c drawing.Color) { r.stroke = c }

// SetFillColor implements gochart.Renderer.
func (r *renderer) SetFillColor(c drawing.Color) { r.fill = c }

// SetStrokeWidth implements gochart.Renderer.
func (r *renderer) SetStrokeWidth(w float64) { r.width = w }

// SetStrokeDashArray implements gochart.Renderer.
func (r *renderer) SetStrokeDashArray(dash []float64) { r.dash = dash }

// MoveTo implements gochart.Renderer.
func (r *renderer) MoveTo(x, y int) { r.moveTo(r.pt(x), r.pt(y)) }

func (r *renderer) moveTo(x, y float64) {
	r.path = append(r.path, pathOp{kind: 'M', x: x, y: y})
	r.cx, r.cy, r.sx, r.sy, r.hasPoint = x, y, x, y, true
}

// LineTo implements gochart.Renderer. Like go-chart's own renderers, a
// LineTo with no current point starts the path there.
func (r *renderer) LineTo(x, y int) { r.lineTo(r.pt(x), r.pt(y)) }

func (r *renderer) lineTo(x, y float64) {
	if !r.hasPoint {
		r.moveTo(x, y)
		return
	}
	r.path = append(r.path, pathOp{kind: 'L', x: x, y: y})
	r.cx, r.cy = x, y
}

// QuadCurveTo implements gochart.Renderer. A Canvas has no curves, so the
// curve is flattened into short lines (go-chart only uses it for circles in
// its raster renderer, which this renderer draws as arcs instead).
func (r *renderer) QuadCurveTo(cx, cy, x, y int) {
	x1, y1, x2, y2 := r.pt(cx), r.pt(cy), r.pt(x), r.pt(y)
	if !r.hasPoint {
		r.moveTo(x1, y1)
	}
	x0, y0 := r.cx, r.cy
	const n = 12
	for i := 1; i <= n; i++ {
		t := float64(i) / n
		u := 1 - t
		r.lineTo(u*u*x0+2*u*t*x1+t*t*x2, u*u*y0+2*u*t*y1+t*t*y2)
	}
}

// ArcTo implements gochart.Renderer. go-chart's angles are clockwise on the
// page from the positive x axis, as Canvas.ArcTo's are.
func (r *renderer) ArcTo(cx, cy int, rx, ry, startAngle, delta float64) {
	x, y := r.pt(cx), r.pt(cy)
	rxp, ryp := r.ptf(rx), r.ptf(ry)
	sx, sy := x+rxp*math.Cos(startAngle), y+ryp*math.Sin(startAngle)
	if r.hasPoint {
		r.lineTo(sx, sy)
	} else {
		r.moveTo(sx, sy)
	}
	r.path = append(r.path, pathOp{kind: 'A', x: x, y: y, rx: rxp, ry: ryp, a0: startAngle, da: delta})
	end := startAngle + delta
	r.cx, r.cy = x+rxp*math.Cos(end), y+ryp*math.Sin(end)
}

// Close implements gochart.Renderer.
func (r *renderer) Close() {
	if !r.hasPoint {
		return
	}
	r.path = append(r.path, pathOp{kind: 'Z'})
	r.cx, r.cy = r.sx, r.sy
}

// Circle implements gochart.Renderer: it adds a closed circle to the path,
// which the following Fill, Stroke or FillStroke paints.
func (r *renderer) Circle(radius float64, x, y int) {
	cx, cy, rr := r.pt(x), r.pt(y), r.ptf(radius)
	r.moveTo(cx+rr, cy)
	r.path = append(r.path, pathOp{kind: 'A', x: cx, y: cy, rx: rr, ry: rr, a0: 0, da: 2 * math.Pi})
	r.Close()
}

// Stroke implements gochart.Renderer.
func (r *renderer) Stroke() { r.paint(false, true) }

// Fill implements gochart.Renderer.
func (r *renderer) Fill() { r.paint(true, false) }

// FillStroke implements gochart.Renderer.
func (r *renderer) FillStroke() { r.paint(true, true) }

func (r *renderer) paint(fill, stroke bool) {
	defer r.clearPath()
	fill = fill && r.visible(r.fill)
	stroke = stroke && r.visible(r.stroke) && r.width > 0
	if len(r.path) == 0 || (!fill && !stroke) {
		return
	}
	r.replay()
	w := r.ptf(r.width)
	switch {
	case fill && stroke && len(r.dash) == 0:
		r.c.FillStroke(rgba(r.fill), rgba(r.stroke), w)
	case fill && stroke:
		// FillStroke has no dash; paint the two apart.
		r.c.Fill(rgba(r.fill))
		r.replay()
		r.c.Stroke(rgba(r.stroke), w, r.dashPt())
	case fill:
		r.c.Fill(rgba(r.fill))
	default:
		r.c.Stroke(rgba(r.stroke), w, r.dashPt())
	}
}

func (r *renderer) dashPt() []float64 {
	if len(r.dash) == 0 {
		return nil
	}
	d := make([]float64, len(r.dash))
	for i, v := range r.dash {
		d[i] = r.ptf(v)
	}
	return d
}

func (r *renderer) replay() {
	for _, op := range r.path {
		switch op.kind {
		case 'M':
			r.c.MoveTo(op.x, op.y)
		case 'L':
			r.c.LineTo(op.x, op.y)
		case 'A':
			r.c.ArcTo(op.x, op.y, op.rx, op.ry, op.a0, op.da)
		case 'Z':
			r.c.Close()
		}
	}
}

func (r *renderer) clearPath() {
	r.path = r.path[:0]
	r.hasPoint = false
}

// SetFont implements gochart.Renderer. The font only says regular or bold:
// the Canvas draws in the embedded font.
func (r *renderer) SetFont(f *truetype.Font) { r.font = f }

// SetFontColor implements gochart.Renderer.
func (r *renderer) SetFontColor(c drawing.Color) { r.text = c }

// SetFontSize implements gochart.Renderer; size is in points.
func (r *renderer) SetFontSize(size float64) { r.size = size }

// Text implements gochart.Renderer: (x, y) is the start of the baseline.
func (r *renderer) Text(body string, x, y int) {
	if body == "" || r.size <= 0 || !r.visible(r.text) {
		return
	}
	// go-chart rotates clockwise on the page; a Canvas counter-clockwise.
	r.c.Text(r.pt(x), r.pt(y), body, r.size, r.isBold(), rgba(r.text), -r.rotation)
}

// MeasureText implements gochart.Renderer, in pixels: the advance width the
// Canvas (and so the PDF) will use, and textHeight of the size.
func (r *renderer) MeasureText(body string) gochart.Box {
	if r.size <= 0 {
		return gochart.Box{}
	}
	w := r.pxf(r.c.TextWidth(body, r.size, r.isBold()))
	h := r.pxf(r.size * textHeight)
	b := gochart.Box{Right: int(math.Ceil(w)), Bottom: int(math.Ceil(h))}
	if r.rotation == 0 {
		return b
	}
	return b.Corners().Rotate(gochart.RadiansToDegrees(r.rotation)).Box()
}

// SetTextRotation implements gochart.Renderer.
func (r *renderer) SetTextRotation(radians float64) { r.rotation = radians }

// ClearTextRotation implements gochart.Renderer.
func (r *renderer) ClearTextRotation() { r.rotation = 0 }

// Save implements gochart.Renderer. Everything has already gone to the
// Canvas, so there is nothing to write.
func (r *renderer) Save(io.Writer) error { return nil }

// rgba converts go-chart's colour (not premultiplied) to an opaque colour,
// blending a translucent one over white: a Canvas paints opaque colours,
// and charts sit on white paper.
func rgba(c drawing.Color) color.RGBA {
	if c.A == 0xff {
		return color.RGBA{c.R, c.G, c.B, 0xff}
	}
	a := float64(c.A) / 255
	mix := func(v uint8) uint8 { return uint8(math.Round(float64(v)*a + 255*(1-a))) }
	return color.RGBA{mix(c.R), mix(c.G), mix(c.B), 0xff}
}

// dc converts a colour to go-chart's.
func dc(c color.RGBA) drawing.Color { return drawing.Color{R: c.R, G: c.G, B: c.B, A: c.A} }

// invisible is a colour go-chart treats as set (it is not all zeros) and the
// renderer does not paint.
var invisible = drawing.Color{R: 0xff, G: 0xff, B: 0xff, A: 0}
