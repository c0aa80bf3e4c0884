package style

import "math"

// The figures' sizes, in mm, for every renderer: the PDF lays its charts
// out at them, and the Word pictures and the web page's drawings are drawn
// at the same sizes, so that a chart's labels are the same size wherever
// it is read.
const (
	TextWidthMM  = 156.0 // the text block of A4 with GB/T 9704's margins (28 and 26 mm)
	FigureGapMM  = 6.0   // between the two figures of a row
	HalfFigureMM = 58.0  // a half figure's chart height
	FullFigureMM = 80.0  // a full one's
)

// BarsHeightMM is the chart height of a bar chart of n bars: 20 mm and 8 a
// bar, at least 40 and at most 200.
func BarsHeightMM(n int) float64 { return math.Max(40, math.Min(20+8*float64(n), 200)) }
