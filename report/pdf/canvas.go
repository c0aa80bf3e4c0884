package pdf

import (
	"image/color"
	"math"

	"github.com/go-pdf/fpdf"
)

// Canvas is a vector drawing surface. Coordinates are in points (1/72 inch)
// from the top-left corner of the chart's box; y grows downwards. A path is
// built with MoveTo/LineTo/ArcTo/Close and painted by Stroke, Fill or
// FillStroke, which also end it.
//
// It has the method set of report/chart's Canvas, so the value this
// package passes to Options.Draw can be handed to chart.Draw as it is.
//
// A colour with A == 0 paints nothing (the path is still ended); one with
// 0 < A < 255 paints with that opacity, its R, G, B taken as they are (not
// premultiplied).
type Canvas interface {
	MoveTo(x, y float64)
	LineTo(x, y float64)
	// ArcTo adds an elliptical arc around (cx, cy) with radii rx, ry, from
	// startAngle sweeping delta, both in radians, clockwise on the page. A
	// line joins the current point to the arc's start.
	ArcTo(cx, cy, rx, ry, startAngle, delta float64)
	Close()

	// Stroke paints the current path's outline. dash is a dash pattern in
	// points; nil or empty means a solid line.
	Stroke(c color.RGBA, width float64, dash []float64)
	Fill(c color.RGBA)
	FillStroke(fill, stroke color.RGBA, width float64)

	// Text draws s with its baseline starting at (x, y), rotated by
	// rotation radians counter-clockwise around (x, y), in the embedded
	// CJK font at size points.
	Text(x, y float64, s string, size float64, bold bool, c color.RGBA, rotation float64)
	// TextWidth is the advance width of s at size points.
	TextWidth(s string, size float64, bold bool) float64
}

// ptmm converts points to millimetres, the document's unit.
const ptmm = 25.4 / 72

// canvas draws on an fpdf page inside a box whose top-left corner is at
// (x0, y0) mm.
type canvas struct {
	f      *fpdf.Fpdf
	font   func(bold bool, size float64) // selects the embedded font
	x0, y0 float64
	open   bool    // a path has been started
	px, py float64 // the current point, in points
}

func newCanvas(f *fpdf.Fpdf, font func(bool, float64), x0, y0 float64) *canvas {
	return &canvas{f: f, font: font, x0: x0, y0: y0}
}

func (c *canvas) x(v float64) float64 { return c.x0 + v*ptmm }
func (c *canvas) y(v float64) float64 { return c.y0 + v*ptmm }

func (c *canvas) MoveTo(x, y float64) {
	c.f.MoveTo(c.x(x), c.y(y))
	c.open, c.px, c.py = true, x, y
}

func (c *canvas) LineTo(x, y float64) {
	if !c.open {
		c.MoveTo(x, y)
		return
	}
	c.f.LineTo(c.x(x), c.y(y))
	c.px, c.py = x, y
}

// ArcTo approximates the arc with cubic Bézier curves of at most 90° each.
// It works in the y-down space of the canvas, where growing angles turn
// clockwise on the page.
func (c *canvas) ArcTo(cx, cy, rx, ry, start, delta float64) {
	if math.IsNaN(start+delta+cx+cy+rx+ry) || math.IsInf(start+delta+cx+cy+rx+ry, 0) {
		return
	}
	if delta > 2*math.Pi {
		delta = 2 * math.Pi
	} else if delta < -2*math.Pi {
		delta = -2 * math.Pi
	}
	sx, sy := cx+rx*math.Cos(start), cy+ry*math.Sin(start)
	if c.open {
		if sx != c.px || sy != c.py {
			c.LineTo(sx, sy)
		}
	} else {
		c.MoveTo(sx, sy)
	}
	n := int(math.Ceil(math.Abs(delta) / (math.Pi / 2)))
	if n == 0 {
		return
	}
	step := delta / float64(n)
	k := 4.0 / 3 * math.Tan(step/4)
	a := start
	for i := 0; i < n; i++ {
		b := a + step
		cosA, sinA := math.Cos(a), math.Sin(a)
		cosB, sinB := math.Cos(b), math.Sin(b)
		x1, y1 := cx+rx*(cosA-k*sinA), cy+ry*(sinA+k*cosA)
		x2, y2 := cx+rx*(cosB+k*sinB), cy+ry*(sinB-k*cosB)
		x3, y3 := cx+rx*cosB, cy+ry*sinB
		c.f.CurveBezierCubicTo(c.x(x1), c.y(y1), c.x(x2), c.y(y2), c.x(x3), c.y(y3))
		c.px, c.py = x3, y3
		a = b
	}
}

func (c *canvas) Close() {
	if c.open {
		c.f.ClosePath()
	}
}

// paint ends the current path with op, or with "n" (no painting) when
// nothing visible is asked for.
func (c *canvas) paint(op string, visible bool, alpha uint8) {
	if !c.open {
		return
	}
	c.open = false
	if !visible {
		c.f.DrawPath("n")
		return
	}
	if alpha < 255 {
		c.f.SetAlpha(float64(alpha)/255, "Normal")
		defer c.f.SetAlpha(1, "Normal")
	}
	c.f.DrawPath(op)
}

func (c *canvas) Stroke(col color.RGBA, width float64, dash []float64) {
	if !c.open {
		return
	}
	visible := col.A > 0 && width > 0
	if visible {
		c.f.SetDrawColor(int(col.R), int(col.G), int(col.B))
		c.f.SetLineWidth(width * ptmm)
		if len(dash) > 0 {
			mm := make([]float64, len(dash))
			for i, d := range dash {
				mm[i] = d * ptmm
			}
			c.f.SetDashPattern(mm, 0)
			defer c.f.SetDashPattern(nil, 0)
		}
	}
	c.paint("S", visible, col.A)
}

func (c *canvas) Fill(col color.RGBA) {
	if !c.open {
		return
	}
	if col.A > 0 {
		c.f.SetFillColor(int(col.R), int(col.G), int(col.B))
	}
	c.paint("f", col.A > 0, col.A)
}

func (c *canvas) FillStroke(fill, stroke color.RGBA, width float64) {
	switch {
	case !c.open:
		return
	case stroke.A == 0 || width <= 0:
		c.Fill(fill)
		return
	case fill.A == 0:
		c.Stroke(stroke, width, nil)
		return
	}
	c.f.SetFillColor(int(fill.R), int(fill.G), int(fill.B))
	c.f.SetDrawColor(int(stroke.R), int(stroke.G), int(stroke.B))
	c.f.SetLineWidth(width * ptmm)
	c.paint("B", true, min(fill.A, stroke.A))
}

func (c *canvas) Text(x, y float64, s string, size float64, bold bool, col color.RGBA, rotation float64) {
	if s == "" || col.A == 0 || size <= 0 {
		return
	}
	c.font(bold, size)
	c.f.SetTextColor(int(col.R), int(col.G), int(col.B))
	X, Y := c.x(x), c.y(y)
	if col.A < 255 {
		c.f.SetAlpha(float64(col.A)/255, "Normal")
		defer c.f.SetAlpha(1, "Normal")
	}
	if rotation != 0 {
		c.f.TransformBegin()
		c.f.TransformRotate(rotation*180/math.Pi, X, Y)
		c.f.Text(X, Y, s)
		c.f.TransformEnd()
		return
	}
	c.f.Text(X, Y, s)
}

func (c *canvas) TextWidth(s string, size float64, bold bool) float64 {
	if s == "" || size <= 0 {
		return 0
	}
	c.font(bold, size)
	return c.f.GetStringWidth(s) / ptmm
}
