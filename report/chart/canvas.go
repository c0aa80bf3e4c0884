// Package chart draws the report's figures onto a Canvas: Draw lays out
// an eval.Chart — an indicator's values against its planned path, yearly
// rates against the target rate, yes/no marks, or stacked bars of counts —
// and decides nothing about what is shown: eval decides which series,
// rules and labels a chart has, this package only where they go (no label
// over another or the legend, the rules named in the legend, years
// labelled one way on every axis).
//
// go-chart lives in this package only. It draws through its Renderer
// interface; this package implements that interface on top of Canvas, a
// small vector surface that report/pdf implements with fpdf, so that charts
// in the PDF are vector graphics with real, extractable text. PNG draws
// the same drawing onto a raster Canvas of its own (go-chart's freetype
// rasterizer, antialiased, the same embedded font) for formats that take
// pictures, such as the Word report. The colours,
// markers and textures of statuses and task states are report/style's.
package chart

import "image/color"

// Canvas is a vector drawing surface. Coordinates are in points (1/72 inch)
// from the top-left corner of the chart's box; y grows downwards, as in
// go-chart. A path is built with MoveTo/LineTo/ArcTo/Close and painted by
// Stroke, Fill or FillStroke, which also end it.
type Canvas interface {
	MoveTo(x, y float64)
	LineTo(x, y float64)
	// ArcTo adds an elliptical arc around (cx, cy) with radii rx, ry, from
	// startAngle sweeping delta, both in radians, clockwise on the page.
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
