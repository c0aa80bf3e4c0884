package chart

import (
	"fmt"
	"image/color"
	"io"
	"math"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
)

// segment is one part of a stacked bar: a count and its colour.
type segment struct {
	n     int
	color color.RGBA
}

// stackedBars draws horizontal stacked bars with go-chart — one bar per
// label, the first at the top, x the count in whole steps — leaving top
// points above for the legend and totalW to the right for each bar's total.
// It returns the frame and series, so that the caller can mark the segments.
func stackedBars(c Canvas, regular, bold *truetype.Font, w, h, top, totalW float64, labels []string, bars [][]segment, what string) (*frame, barSeries, error) {
	maxTotal := 0
	for _, segs := range bars {
		t := 0
		for _, s := range segs {
			t += s.n
		}
		maxTotal = max(maxTotal, t)
	}
	n := len(labels)
	yr := &fixedRange{min: -0.5, max: float64(n) - 0.5, descending: true}
	var yt []gochart.Tick
	for i, l := range labels {
		yt = append(yt, gochart.Tick{Value: float64(i), Label: l})
	}
	// Counts: whole steps of 1, 2 or 5 times a power of ten.
	step := math.Max(1, niceStep(float64(maxTotal), 8))
	if step != math.Trunc(step) {
		step = math.Max(1, niceStep(float64(maxTotal), 5))
		if step != math.Trunc(step) {
			step *= 2
		}
	}
	xr := &fixedRange{min: 0, max: float64(maxTotal)}
	xt := ticks(0, float64(maxTotal), step)

	f := &frame{x: xr, y: yr}
	axis := gochart.Style{
		StrokeColor: dc(axisColor), StrokeWidth: px(0.6),
		FontColor: dc(textColor), FontSize: tickSize, Font: regular,
	}
	bs := barSeries{width: 0.62, horizontal: true}
	for i, segs := range bars {
		at := 0.0
		for _, s := range segs {
			if s.n == 0 {
				continue
			}
			bs.bars = append(bs.bars, bar{x: float64(i), v: float64(s.n), color: s.color})
			bs.lo = append(bs.lo, at)
			at += float64(s.n)
		}
	}
	ch := gochart.Chart{
		Width: int(math.Round(px(w))), Height: int(math.Round(px(h))), DPI: dpi, Font: regular,
		Background: gochart.Style{
			Padding:   gochart.Box{Top: int(px(top)), Left: int(px(1)), Right: int(px(totalW + 6)), Bottom: int(px(2)), IsSet: true},
			FillColor: invisible, StrokeColor: invisible,
		},
		Canvas: gochart.Style{FillColor: invisible, StrokeColor: invisible},
		XAxis: gochart.XAxis{
			Style: axis, Range: xr, Ticks: xt,
			GridMajorStyle: gochart.Style{StrokeColor: dc(gridColor), StrokeWidth: px(0.5)},
			GridMinorStyle: gochart.Hidden(),
		},
		YAxis: gochart.YAxis{Style: gochart.Hidden(), Range: &fixedRange{min: -0.5, max: float64(n) - 0.5}},
		YAxisSecondary: gochart.YAxis{
			Style: axis, Range: yr, Ticks: yt,
			GridMajorStyle: gochart.Hidden(), GridMinorStyle: gochart.Hidden(),
		},
		Series:   []gochart.Series{bs},
		Elements: []gochart.Renderable{f.capture()},
	}
	for _, t := range xt[1:] {
		ch.XAxis.GridLines = append(ch.XAxis.GridLines, gochart.GridLine{Value: t.Value})
	}
	if err := ch.Render(newRenderer(c, bold).provider(), io.Discard); err != nil {
		return nil, bs, fmt.Errorf("chart: %s: %w", what, err)
	}
	return f, bs, nil
}
