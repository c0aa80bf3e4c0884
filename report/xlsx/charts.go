package xlsx

import (
	"image/color"
	"math"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
)

// lineRole is what a chart line shows; it decides the line's look.
type lineRole int

const (
	roleActual lineRole = iota // the values reported (or their running total)
	rolePlan                   // the plan's path
	roleTarget                 // the target, a limit or the target rate
	roleOther                  // the municipal requirement, or what a relative target compares with
)

// chartLine is one line of an indicator's chart: its values by year.
type chartLine struct {
	name   string
	role   lineRole
	values map[int]float64
}

// charted reports whether an indicator gets a line chart: the evaluation
// charts it (IndicatorResult.Chart, the rule every report follows), and
// its chart is not a row of yes/no marks, which an Excel chart cannot draw.
func charted(ir *eval.IndicatorResult) bool {
	return ir.Chart != nil && ir.Chart.Kind != eval.ChartYesNo
}

// chartLines are the lines of an indicator's chart over the plan period:
// what was reported against the plan's path and the target, or the limit,
// the requirement or the value compared with, by the kind of target.
func chartLines(res *eval.Result, ir *eval.IndicatorResult, ind *model.Indicator) []chartLine {
	B, T := res.Plan.BaseYear, res.Plan.TargetYear
	actual := chartLine{name: "实际值", role: roleActual, values: map[int]float64{}}
	expected := map[int]float64{}
	other := map[int]float64{}
	otherName := ""
	total := 0.0
	for _, y := range ir.Years {
		if v := number(y.Value); v != nil {
			x := v.(float64)
			if ir.Kind == model.Cumulative {
				if y.Year <= B {
					continue
				}
				total += x
				x = total
			}
			actual.values[y.Year] = x
		}
		if v := number(y.Expected); v != nil {
			expected[y.Year] = v.(float64)
		}
		switch {
		case ir.Kind == model.Relative && number(y.Compared) != nil:
			other[y.Year], otherName = *y.Compared, "对比值"
		case number(y.Requirement) != nil:
			other[y.Year], otherName = *y.Requirement, "市级要求"
		}
	}
	if ir.Kind == model.Level || ir.Kind == model.Delta || ir.Kind == model.Ceiling || ir.Kind == model.Floor || ir.Kind == model.None {
		if v := number(ir.Baseline); v != nil {
			if _, ok := actual.values[B]; !ok {
				actual.values[B] = v.(float64)
			}
		}
	}
	if ir.Kind == model.Cumulative {
		actual.name = "累计值"
	}
	if ind.IsRate() {
		actual.name = "当年值"
	}
	lines := []chartLine{actual}
	constant := func(name string, role lineRole, v float64) chartLine {
		l := chartLine{name: name, role: role, values: map[int]float64{}}
		for y := B; y <= T; y++ {
			l.values[y] = v
		}
		return l
	}

	switch ir.Kind {
	case model.Level, model.Delta, model.Cumulative, model.AvgGrowth:
		if ind.IsRate() {
			// A growth rate: the yearly rates against the target rate.
			lines = append(lines, constant("目标年均增速", roleTarget, ind.Target.Value))
			break
		}
		path := chartLine{name: "规划路径", role: rolePlan, values: map[int]float64{}}
		for y, v := range expected {
			path.values[y] = v
		}
		if ir.Kind == model.Cumulative {
			path.values[B] = 0
		}
		// Extend the path to the target year the way report/eval draws it.
		for y := B; y <= T; y++ {
			if _, ok := path.values[y]; ok {
				continue
			}
			s := float64(y-B) / float64(T-B)
			switch {
			case ir.Kind == model.Cumulative:
				path.values[y] = ind.Target.Value * s
			case ir.Kind == model.AvgGrowth && ir.Baseline != nil:
				path.values[y] = *ir.Baseline * math.Pow(1+ind.Target.Value/100, float64(y-B))
			case ir.TargetValue != nil && ir.Baseline != nil:
				path.values[y] = *ir.Baseline + (*ir.TargetValue-*ir.Baseline)*s
			}
		}
		lines = append(lines, path)
		if v := number(ir.TargetValue); v != nil {
			lines = append(lines, constant("目标值", roleTarget, v.(float64)))
		}
	case model.Reduction:
		var rate *float64
		for y := B; y <= T; y++ {
			if v, ok := expected[y]; ok {
				rate = &v
			}
		}
		if rate != nil {
			lines = append(lines, constant("目标年均降幅", roleTarget, *rate))
		}
	case model.Ceiling:
		lines = append(lines, constant("上限", roleTarget, ind.Target.Value))
	case model.Floor:
		lines = append(lines, constant("下限", roleTarget, ind.Target.Value))
	}
	if len(other) > 0 {
		lines = append(lines, chartLine{name: otherName, role: roleOther, values: other})
	}
	return lines
}

// charts writes 图表, a grid of line charts, three to a row, over the numbers
// they draw in the hidden 图表数据.
func (rp *report) charts() {
	b, res, p := rp.b, rp.res, rp.p
	const sh, data = sheetCharts, sheetChartData
	B, T := p.BaseYear, p.TargetYear
	b.setStyled(sh, 1, 1, reportTitle(res, p)+" 指标走势图", cellStyle{title: true})
	b.setStyled(sh, 1, 2, "实线为实际值(累计类为累计值),虚线为规划路径,点线为目标值、上下限或市级要求。图中数据见隐藏的“图表数据”表;在“指标数据”表修改数值后,重新运行 plancheck 更新图表。", cellStyle{grey: true})

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
		ind := p.Indicator(ir.ID)
		if !charted(ir) {
			continue
		}
		lines := chartLines(res, ir, ind)
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
			series = append(series, chartSeries(l.role, style.StatusColor(ir.Status),
				absRange(data, 2, row, 2, row), years, absRange(data, 3, row, 3+T-B, row)))
			row++
		}
		title := ir.ID + " " + ir.Name
		if ir.Unit != "" {
			title += "(" + ir.Unit + ")"
		}
		ymin, ymax := axisBounds(lo, hi)
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
			YAxis:        excelize.ChartAxis{MajorGridLines: true, Minimum: ymin, Maximum: ymax, Font: axisFont, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "General"}},
			ShowBlanksAs: "gap",
			Dimension:    excelize.ChartDimension{Width: 480, Height: 288},
		})
	}
	if k == 0 {
		b.set(sh, 1, 4, "没有可绘制走势图的定量指标。")
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
// bold in the status colour, with markers; the plan's path grey and
// dashed; the target dark blue and dotted; a requirement vermillion.
func chartSeries(role lineRole, status color.RGBA, name, cats, values string) excelize.ChartSeries {
	if status == style.Grey {
		status = color.RGBA{0x59, 0x59, 0x59, 0xff} // grey is the plan's path
	}
	fill := func(c color.RGBA) excelize.Fill {
		return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{hex(c)}}
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
	case roleTarget:
		s.Fill = fill(style.Accent)
		s.Line = excelize.LineOptions{Width: 1.25, Dash: excelize.LineDashSysDot}
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
