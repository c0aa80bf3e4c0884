package xlsx

import (
	"image/color"
	"math"
	"sort"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/style"
)

// lineRole is what a chart line shows; it decides the line's look.
type lineRole int

const (
	roleActual    lineRole = iota // the values reported (or their running total)
	rolePlan                      // the plan's path
	roleTarget                    // the target, a limit or the target rate
	roleOther                     // the municipal requirement, or what a relative target compares with
	roleProjected                 // from the latest value to the projection
)

// chartLine is one line of an indicator's chart: its values by year.
type chartLine struct {
	name   string
	role   lineRole
	values map[int]float64
}

// chartLines are the lines of an Excel chart of spec, over the years
// from B to T: each series of the spec as it is, and each horizontal rule
// as a line across every year.
func chartLines(spec *eval.Chart, B, T int) []chartLine {
	var lines []chartLine
	for _, s := range spec.Series {
		l := chartLine{name: s.Label, values: map[int]float64{}}
		switch s.Role {
		case eval.SeriesActual:
			l.role = roleActual
		case eval.SeriesPlanned:
			l.role = rolePlan
		case eval.SeriesTarget:
			l.role = roleTarget
		case eval.SeriesProjected:
			l.role = roleProjected
		default:
			l.role = roleOther
		}
		for _, pt := range s.Points {
			if spec.Kind == eval.ChartYesNo && pt.Done == nil {
				continue
			}
			l.values[pt.Year] = pt.Value
		}
		lines = append(lines, l)
	}
	for _, r := range spec.Lines {
		l := chartLine{name: r.Label, role: roleTarget, values: map[int]float64{}}
		for y := B; y <= T; y++ {
			l.values[y] = r.Value
		}
		lines = append(lines, l)
	}
	// The values first, as the legend lists them.
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].role == roleActual && lines[j].role != roleActual })
	return lines
}

// charts writes 图表, a grid of line charts, three to a row, over the numbers
// they draw in the hidden 图表数据: one for each indicator the evaluation
// charts, drawing what its chart spec holds.
func (rp *report) charts() {
	b, res := rp.b, rp.res
	const sh, data = sheetCharts, sheetChartData
	B, T := res.Plan.BaseYear, res.Plan.TargetYear
	b.setStyled(sh, 1, 1, rp.say("xlsx_charts_title", nil), cellStyle{title: true})
	b.setStyled(sh, 1, 2, rp.say("xlsx_charts_note", nil), cellStyle{grey: true})

	b.set(data, 1, 1, "编号")
	b.set(data, 2, 1, "系列")
	for y := B; y <= T; y++ {
		b.set(data, 3+y-B, 1, y)
	}
	b.widths(data, []float64{10, 14})
	years := absRange(data, 3, 1, 3+T-B, 1)

	row, k := 2, 0
	for i := range res.Indicators {
		ir := &res.Indicators[i]
		spec := ir.Chart
		if spec == nil {
			continue
		}
		lines := chartLines(spec, B, T)
		var series []excelize.ChartSeries
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, l := range lines {
			b.set(data, 1, row, ir.ID)
			b.set(data, 2, row, l.name)
			for y := B; y <= T; y++ {
				if v, ok := l.values[y]; ok && !math.IsNaN(v) && !math.IsInf(v, 0) {
					b.set(data, 3+y-B, row, v)
					lo, hi = math.Min(lo, v), math.Max(hi, v)
				}
			}
			series = append(series, chartSeries(l.role, style.StatusColor(spec.Status),
				absRange(data, 2, row, 2, row), years, absRange(data, 3, row, 3+T-B, row)))
			row++
		}
		title := rp.say("xlsx_chart_title", ir)
		ymin, ymax := axisBounds(lo, hi)
		if spec.Kind == eval.ChartYesNo {
			zero, one := 0.0, 1.0
			ymin, ymax = &zero, &one
		}
		cell := cellName(1+(k%3)*8, 4+(k/3)*chartRows)
		if k > 0 && k%(3*chartsDown) == 0 && b.err == nil {
			// A printed page holds three rows of charts; break before a
			// row rather than through it.
			b.err = b.f.InsertPageBreak(sh, cellName(1, 4+(k/3)*chartRows))
		}
		k++
		if b.err != nil {
			return
		}
		b.err = b.f.AddChart(sh, cell, &excelize.Chart{
			Type:         excelize.Line,
			Series:       series,
			Title:        excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title, Font: &excelize.Font{Size: 10, Bold: true}}}},
			Legend:       excelize.ChartLegend{Position: "bottom", Font: &excelize.Font{Size: 8}},
			Format:       excelize.GraphicOptions{OffsetX: 6, OffsetY: 6, AltText: title},
			XAxis:        excelize.ChartAxis{Font: axisFont},
			YAxis:        excelize.ChartAxis{MajorGridLines: true, Minimum: ymin, Maximum: ymax, Font: axisFont, NumFmt: excelize.ChartNumFmt{CustomNumFmt: numFmt(spec.Decimals)}},
			ShowBlanksAs: "gap",
			Dimension:    excelize.ChartDimension{Width: 480, Height: 288},
		})
	}
	if k == 0 {
		b.set(sh, 1, 4, rp.say("xlsx_charts_none", nil))
	}
	b.printSetup(sh, 0, false)
}

// The chart grid: each chart takes chartRows rows of the default height
// (20 pixels) and 8 columns of the default width (64 pixels); chartsDown
// rows of charts fill a printed page.
const (
	chartRows  = 16
	chartsDown = 3
)

// axisFont is the charts' axis labels: small, dark enough to read.
var axisFont = excelize.Font{Size: 8, Color: "404040"}

// chartSeries is a chart line in the look of its role: the actual values
// bold in the status colour, with markers, and their projection dashed in
// it; the plan's path grey and dashed; the target dark blue and dotted
// (a point of its own with a marker); a requirement vermillion.
func chartSeries(role lineRole, status color.RGBA, name, cats, values string) excelize.ChartSeries {
	if status == style.Grey {
		status = color.RGBA{0x59, 0x59, 0x59, 0xff} // grey is the plan's path
	}
	fill := func(c color.RGBA) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{style.Hex(c)}}
	}
	s := excelize.ChartSeries{Name: name, Categories: cats, Values: values, Marker: excelize.ChartMarker{Symbol: "none"}}
	switch role {
	case roleActual:
		s.Fill = fill(status)
		s.Line = excelize.LineOptions{Width: 2.25}
		s.Marker = excelize.ChartMarker{Symbol: "circle", Size: 6, Fill: fill(status)}
	case rolePlan:
		s.Fill = fill(style.Grey)
		s.Line = excelize.LineOptions{Width: 1.5, Dash: excelize.LineDashDash}
	case roleProjected:
		s.Fill = fill(status)
		s.Line = excelize.LineOptions{Width: 1.25, Dash: excelize.LineDashDash}
	case roleTarget:
		s.Fill = fill(style.Accent)
		s.Line = excelize.LineOptions{Width: 1.25, Dash: excelize.LineDashSysDot}
		s.Marker = excelize.ChartMarker{Symbol: "diamond", Size: 6, Fill: fill(style.Accent)}
	default:
		s.Fill = fill(style.Vermillion)
		s.Line = excelize.LineOptions{Width: 1.5, Dash: excelize.LineDashLgDashDot}
		s.Marker = excelize.ChartMarker{Symbol: "triangle", Size: 5, Fill: fill(style.Vermillion)}
	}
	return s
}

// axisBounds is a value axis that shows lo..hi with some room, on round
// numbers, so that a series that moves little is not drawn flat against
// an axis from 0. nil, nil leaves the axis to the spreadsheet.
func axisBounds(lo, hi float64) (*float64, *float64) {
	if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil, nil
	}
	span := hi - lo
	if span == 0 {
		span = math.Max(math.Abs(hi)*0.2, 1)
	}
	step := niceStep(span / 4)
	bottom := math.Floor((lo-span*0.1)/step) * step
	top := math.Ceil((hi+span*0.1)/step) * step
	if lo >= 0 && bottom < 0 {
		bottom = 0
	}
	// A float step leaves 12.000000000000002; round to the step's digits.
	digits := math.Max(0, -math.Floor(math.Log10(step))+1)
	scale := math.Pow(10, digits)
	bottom, top = math.Round(bottom*scale)/scale, math.Round(top*scale)/scale
	return &bottom, &top
}

// niceStep is the round number (1, 2 or 5 times a power of ten) nearest
// above x.
func niceStep(x float64) float64 {
	if x <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(x)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= x {
			return m * p
		}
	}
	return 10 * p
}

// statusSeries writes the data of a stacked status chart (spec's bars,
// each made of segments by status) into sheet data from column col: the
// bars' labels across row 1, a row per legend entry below with its label
// in col and its counts after. It returns the chart's series, each filled
// in its status's colour, and the data's last column.
func (b *book) statusSeries(data string, col int, spec *eval.Chart) (series []excelize.ChartSeries, last int) {
	for j, bar := range spec.Bars {
		b.set(data, col+1+j, 1, bar.Label)
	}
	last = col + len(spec.Bars)
	for i, key := range spec.Legend {
		row := 2 + i
		for j, bar := range spec.Bars {
			for _, seg := range bar.Segments {
				if seg.Key == key {
					b.set(data, col, row, seg.Label)
					b.set(data, col+1+j, row, seg.N)
				}
			}
		}
		series = append(series, excelize.ChartSeries{
			Name:       absRange(data, col, row, col, row),
			Categories: absRange(data, col+1, 1, last, 1),
			Values:     absRange(data, col+1, row, last, row),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{style.Hex(style.StatusColor(eval.Status(key)))}},
		})
	}
	return series, last
}
