package chart

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"

	"plancheck/report/eval"
	"plancheck/report/style"
)

// The stacked bars' layout, in points.
const (
	barRowMin   = 12   // the least height of a bar's row
	barWidth    = 0.62 // a bar's thickness, as a share of its row
	barLegendH  = 11   // a legend row
	barMaxLabel = 0.38 // a group's label takes at most this share of the width
)

// segment is one part of a stacked bar: a count and its look.
type segment struct {
	n     int
	color color.RGBA
	hatch int
}

// drawBars draws a ChartBars spec: a horizontal bar per group, the first
// at the top, cut into a segment per key in the order of ch.Legend (keys
// not listed there follow, in the order they come), each in its key's
// colour and texture (report/style's Key) with its count on it where it
// fits, the bar's total at its end, and a legend of the keys that occur
// above. Keys drawn alike share a legend entry.
func drawBars(c Canvas, ch *eval.Chart, regular, bold *truetype.Font, w, h float64) error {
	if len(ch.Bars) == 0 {
		return errors.New("chart: no bar to draw")
	}
	// The keys, in order.
	var keys []string
	seen := map[string]bool{}
	label := map[string]string{}
	for _, k := range ch.Legend {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	used := map[string]bool{}
	for _, b := range ch.Bars {
		for _, s := range b.Segments {
			if !seen[s.Key] {
				seen[s.Key] = true
				keys = append(keys, s.Key)
			}
			if s.N > 0 {
				used[s.Key] = true
				if label[s.Key] == "" {
					label[s.Key] = s.Label
				}
			}
		}
	}
	var entries []legendEntry
	for _, k := range keys {
		if !used[k] || label[k] == "" {
			continue
		}
		col, _, hat := style.Key(k)
		shared := false
		for i := range entries {
			if entries[i].color == col && entries[i].hatch == hat {
				entries[i].name += "/" + label[k]
				shared = true
			}
		}
		if !shared {
			entries = append(entries, legendEntry{name: label[k], color: col, bar: true, hatch: hat})
		}
	}
	entries = fitEntries(c, entries, w-4)
	rows := legendRows(c, entries, w-4)
	top := float64(len(rows))*barLegendH + 6
	if h-top-18 < barRowMin*float64(len(ch.Bars)) {
		return fmt.Errorf("chart: a %g×%g pt box is too small for %d bars", w, h, len(ch.Bars))
	}

	totalW := 0.0
	labels := make([]string, len(ch.Bars))
	bars := make([][]segment, len(ch.Bars))
	totals := make([]int, len(ch.Bars))
	for i, b := range ch.Bars {
		labels[i] = fit(c, b.Label, tickSize, w*barMaxLabel)
		for _, k := range keys {
			for _, s := range b.Segments {
				if s.Key != k || s.N <= 0 {
					continue
				}
				col, _, hat := style.Key(k)
				bars[i] = append(bars[i], segment{n: s.N, color: col, hatch: hat})
				totals[i] += s.N
			}
		}
		totalW = math.Max(totalW, c.TextWidth(strconv.Itoa(totals[i]), labelSize, false))
	}
	f, bs, err := stackedBars(c, regular, bold, w, h, top, totalW, labels, bars)
	if err != nil {
		return err
	}

	// Each segment's texture and count, and each bar's total.
	half := math.Abs(f.Y(bs.width/2)-f.Y(0)) + 0.2
	const size = labelSize + 0.5
	for i, segs := range bars {
		y := f.Y(float64(i))
		at := 0
		for _, sg := range segs {
			x0, x1 := f.X(float64(at)), f.X(float64(at+sg.n))
			hatch(c, rect{x0, y - half, x1, y + half}, sg.hatch)
			if at > 0 {
				// A white seam between segments, which may share a colour.
				c.MoveTo(x0, y-half)
				c.LineTo(x0, y+half)
				c.Stroke(white, 0.8, nil)
			}
			at += sg.n
			s := strconv.Itoa(sg.n)
			tw := c.TextWidth(s, size, true)
			if x1-x0 < tw+3 {
				continue
			}
			ink := white
			if lum(sg.color) > 0.6 {
				ink = textColor
			}
			if sg.hatch > 0 {
				// The count on a plain patch, clear of the hatching.
				fillRect(c, rect{(x0+x1)/2 - tw/2 - 1.2, y - 4.5, (x0+x1)/2 + tw/2 + 1.2, y + 4.5}, sg.color)
			}
			c.Text((x0+x1)/2-tw/2, y+0.36*size, s, size, true, ink, 0)
		}
		c.Text(f.X(float64(totals[i]))+3, y+0.36*labelSize, strconv.Itoa(totals[i]), labelSize, false, textColor, 0)
	}

	y := 6.0
	for _, row := range rows {
		drawLegendRow(c, row, (w-legendWidth(c, row))/2, y)
		y += barLegendH
	}
	return nil
}

// stackedBars draws horizontal stacked bars with go-chart — one bar per
// label, the first at the top, x the count in whole steps — leaving top
// points above for the legend and totalW to the right for each bar's total.
// It returns the frame and series, so that the caller can mark the segments.
func stackedBars(c Canvas, regular, bold *truetype.Font, w, h, top, totalW float64, labels []string, bars [][]segment) (*frame, barSeries, error) {
	maxTotal := 0
	for _, segs := range bars {
		t := 0
		for _, s := range segs {
			t += s.n
		}
		maxTotal = max(maxTotal, t)
	}
	if maxTotal == 0 {
		maxTotal = 1 // an axis for bars of nothing
	}
	n := len(labels)
	yr := &fixedRange{min: -0.5, max: float64(n) - 0.5, descending: true}
	var yt []gochart.Tick
	for i, l := range labels {
		yt = append(yt, gochart.Tick{Value: float64(i), Label: l})
	}
	// Counts: whole steps of 1, 2 or 5 times a power of ten, a tick about
	// every 25 pt of the plot, at most 8.
	labelW := 0.0
	for _, l := range labels {
		labelW = math.Max(labelW, c.TextWidth(l, tickSize, false))
	}
	k := max(2, min(8, int((w-labelW-totalW-16)/25)))
	step := math.Max(1, niceStep(float64(maxTotal), k))
	if step != math.Trunc(step) {
		step = math.Max(1, niceStep(float64(maxTotal), max(2, k*5/8)))
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
	bs := barSeries{width: barWidth, horizontal: true}
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
	if len(xt) > 1 {
		for _, t := range xt[1:] {
			ch.XAxis.GridLines = append(ch.XAxis.GridLines, gochart.GridLine{Value: t.Value})
		}
	}
	if err := ch.Render(newRenderer(c, bold).provider(), io.Discard); err != nil {
		return nil, bs, fmt.Errorf("chart: %w", err)
	}
	return f, bs, nil
}

// lum is a colour's relative lightness, 0–1, to choose the ink on it.
func lum(c interface{ RGBA() (r, g, b, a uint32) }) float64 {
	r, g, b, _ := c.RGBA()
	return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 0xffff
}
