package chart

import (
	"fmt"
	"math"
	"strconv"

	"plancheck/report/eval"
	"plancheck/report/style"
)

// Distribution draws how the indicators' statuses are distributed in each
// category into a w×h point box on c: a horizontal bar per category, in the
// plan's order from the top, cut into one segment per status (best first,
// in the status's colour, marked with its shape and count), with the
// category's total at the end and a legend of the statuses above.
//
// It returns an error when there is no category with an indicator, when the
// box is too small for the categories (each bar needs 12 pt), or when
// go-chart cannot lay the chart out.
func Distribution(c Canvas, res *eval.Result, w, h float64) error {
	if res == nil {
		return fmt.Errorf("chart: no result to draw")
	}
	cats := categories(res)
	if len(cats) == 0 {
		return fmt.Errorf("chart: no category has an indicator")
	}
	regular, bold, err := loadFonts()
	if err != nil {
		return err
	}

	// The statuses that occur, in report order, for the legend.
	var used []eval.Status
	for _, st := range eval.Statuses() {
		for _, g := range cats {
			if count(g, st) > 0 {
				used = append(used, st)
				break
			}
		}
	}
	// Statuses drawn alike (on track and met, say: each kind has one of
	// them) share a key.
	var entries []legendEntry
	for _, st := range used {
		col, m := style.StatusColor(st), style.StatusMarker(st)
		shared := false
		for i := range entries {
			if entries[i].color == col && entries[i].marker == m {
				entries[i].name += "/" + st.Label()
				shared = true
			}
		}
		if !shared {
			entries = append(entries, legendEntry{name: st.Label(), color: col, marker: m})
		}
	}
	rows := legendRows(c, entries, w-4)
	const rowH = 10
	top := float64(len(rows))*rowH + 6
	if h-top-18 < 12*float64(len(cats)) || w < minW {
		return fmt.Errorf("chart: a %g×%g pt box is too small for %d categories", w, h, len(cats))
	}

	// y: one bar per category, the first at the top; x: the count.
	totalW := 0.0
	labels := make([]string, len(cats))
	bars := make([][]segment, len(cats))
	for i, g := range cats {
		totalW = math.Max(totalW, c.TextWidth(totalLabel(g.Total), labelSize, false))
		labels[i] = g.Name
		for _, st := range used {
			bars[i] = append(bars[i], segment{n: count(g, st), color: style.StatusColor(st)})
		}
	}
	f, bs, err := stackedBars(c, regular, bold, w, h, top, totalW, labels, bars, "distribution")
	if err != nil {
		return err
	}

	// Each segment's shape and count, and each bar's total.
	half := math.Abs(f.Y(bs.width/2)-f.Y(0)) + 0.2
	for i, g := range cats {
		y := f.Y(float64(i))
		at := 0
		for _, st := range used {
			k := count(g, st)
			if k == 0 {
				continue
			}
			x0, x1 := f.X(float64(at)), f.X(float64(at+k))
			if at > 0 {
				// A white seam between segments, which may share a colour.
				c.MoveTo(x0, y-half)
				c.LineTo(x0, y+half)
				c.Stroke(white, 0.8, nil)
			}
			at += k
			s := strconv.Itoa(k)
			tw := c.TextWidth(s, labelSize+0.5, true)
			col := style.StatusColor(st)
			ink := white
			if lum(col) > 0.6 {
				ink = textColor
			}
			switch {
			case x1-x0 >= tw+14:
				cx := (x0+x1)/2 - (tw+7)/2
				markerOn(c, style.StatusMarker(st), cx+2.6, y, 2.4, ink, col)
				c.Text(cx+7, y+0.36*(labelSize+0.5), s, labelSize+0.5, true, ink, 0)
			case x1-x0 >= tw+3:
				c.Text((x0+x1)/2-tw/2, y+0.36*(labelSize+0.5), s, labelSize+0.5, true, ink, 0)
			}
		}
		tl := totalLabel(g.Total)
		c.Text(f.X(float64(g.Total))+3, y+0.36*labelSize, tl, labelSize, false, textColor, 0)
	}

	y := 6.0
	for _, row := range rows {
		drawLegendRow(c, row, (w-legendWidth(c, row))/2, y)
		y += rowH
	}
	return nil
}

func totalLabel(n int) string { return "共" + strconv.Itoa(n) + "项" }

// categories are the result's categories that have indicators: from the
// summary, or counted from the indicators when the summary has none.
func categories(res *eval.Result) []eval.GroupSummary {
	var out []eval.GroupSummary
	for _, g := range res.Summary.Categories {
		if g.Total > 0 {
			out = append(out, g)
		}
	}
	if len(out) > 0 {
		return out
	}
	idx := map[string]int{}
	for _, ind := range res.Indicators {
		i, ok := idx[ind.Category]
		if !ok {
			i = len(out)
			idx[ind.Category] = i
			name := ind.CategoryName
			if name == "" {
				name = ind.Category
			}
			out = append(out, eval.GroupSummary{ID: ind.Category, Name: name})
		}
		g := &out[i]
		g.Total++
		found := false
		for j := range g.ByStatus {
			if g.ByStatus[j].Status == ind.Status {
				g.ByStatus[j].N++
				found = true
			}
		}
		if !found {
			g.ByStatus = append(g.ByStatus, eval.Count{Status: ind.Status, Label: ind.Status.Label(), N: 1})
		}
	}
	return out
}

func count(g eval.GroupSummary, st eval.Status) int {
	n := 0
	for _, c := range g.ByStatus {
		if c.Status == st {
			n += c.N
		}
	}
	return n
}

// lum is a colour's relative lightness, 0–1, to choose the ink on it.
func lum(c interface{ RGBA() (r, g, b, a uint32) }) float64 {
	r, g, b, _ := c.RGBA()
	return (0.299*float64(r) + 0.587*float64(g) + 0.114*float64(b)) / 0xffff
}
