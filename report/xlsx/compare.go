package xlsx

// The comparison workbook of plancheck compare. It is apart from the plan's
// Excel report (report.go and the files it calls) and shares only the
// book's helpers with it.

import (
	"fmt"
	"io"
	"io/fs"
	"time"

	"github.com/xuri/excelize/v2"

	"plancheck/report/compare"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
)

// CompareOptions are the settings of WriteComparison.
type CompareOptions struct {
	// Date is written as the workbook's creation and modification dates;
	// zero writes the zip format's epoch, never the clock.
	Date time.Time
	// Templates holds xlsx_*.tmpl files replacing the embedded ones (the
	// comparison's are xlsx_compare.tmpl); nil uses the embedded ones.
	Templates fs.FS
}

// WriteComparison writes the comparison workbook of c to w: 对比总览 (each
// plan's counts, with a chart of their status distributions), 共同指标
// 明细 (a row per plan and shared indicator: value, target, status), 状态
// 矩阵 (plans × shared indicators, each cell its status in the status's
// colour, with a chart of the plans' statuses on each indicator) and 进度
// 排名 (c.Rankings, and why the other shared indicators are not ranked).
// The charts are native Excel charts drawn from the hidden sheet 图表数据.
// It decides nothing: every count and status is c's. It fails on a nil c,
// a template that does not parse or run, or w's error.
func WriteComparison(w io.Writer, c *compare.Comparison, opts CompareOptions) error {
	if c == nil {
		return fmt.Errorf("xlsx: no comparison")
	}
	tpl, err := loadTemplates(opts.Templates)
	if err != nil {
		return fmt.Errorf("xlsx: %w", err)
	}
	b := newBook(tpl)
	b.wide = true
	cw := &cmpWriter{b: b, c: c, data: struct{ C *compare.Comparison }{c}, fills: map[model.Status]int{}}
	cw.names()
	cw.overview()
	cw.rows()
	cw.matrix()
	cw.rankings()
	b.props(cw.say("xlsx_compare_title"), cw.say("xlsx_compare_title"), opts.Date)
	if b.err == nil {
		b.err = b.f.SetSheetVisible(cw.sheetData, false)
	}
	if b.err != nil {
		return fmt.Errorf("xlsx: comparison workbook: %w", b.err)
	}
	return b.writeTo(w)
}

type cmpWriter struct {
	b     *book
	c     *compare.Comparison
	data  any
	fills map[model.Status]int // a status's cell style (its colour's tint)
	// The sheets' names, from the templates.
	sheetOverview, sheetRows, sheetMatrix, sheetRankings, sheetData string
	dataCol                                                         int // the next free column of the data sheet
}

func (cw *cmpWriter) say(name string) string { return cw.b.say(name, cw.data) }

func (cw *cmpWriter) names() {
	cw.sheetOverview = cw.say("xlsx_compare_sheet_overview")
	cw.sheetRows = cw.say("xlsx_compare_sheet_rows")
	cw.sheetMatrix = cw.say("xlsx_compare_sheet_matrix")
	cw.sheetRankings = cw.say("xlsx_compare_sheet_rankings")
	cw.sheetData = cw.say("xlsx_compare_sheet_data")
	for _, s := range []string{cw.sheetOverview, cw.sheetRows, cw.sheetMatrix, cw.sheetRankings, cw.sheetData} {
		cw.b.sheet(s)
	}
	cw.dataCol = 1
}

// header writes the column headings in row r from column 1.
func (cw *cmpWriter) header(sheet string, r int, ids ...string) {
	for i, id := range ids {
		cw.b.setStyled(sheet, i+1, r, cw.say("xlsx_compare_col_"+id), cellStyle{header: true})
	}
}

// statusFill is the style of a status cell: the status's colour, tinted
// so that its label stays readable.
func (cw *cmpWriter) statusFill(st model.Status) int {
	b := cw.b
	if id, ok := cw.fills[st]; ok || b.err != nil {
		return id
	}
	s := &excelize.Style{
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"},
		Border: []excelize.Border{{Type: "left", Color: "FFFFFF", Style: 1}, {Type: "right", Color: "FFFFFF", Style: 1},
			{Type: "top", Color: "FFFFFF", Style: 1}, {Type: "bottom", Color: "FFFFFF", Style: 1}},
	}
	if st != "" {
		s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{style.Hex(tint(style.StatusColor(st), 0.55))}}
	}
	id, err := b.f.NewStyle(s)
	if err != nil {
		b.err = err
	}
	cw.fills[st] = id
	return id
}

func (cw *cmpWriter) setStatus(sheet string, col, r int, st model.Status) {
	b := cw.b
	b.set(sheet, col, r, st.Label())
	if b.err == nil {
		b.err = b.f.SetCellStyle(sheet, cellName(col, r), cellName(col, r), cw.statusFill(st))
	}
}

// overview is 对比总览: the title, a row per plan and the plans' chart.
func (cw *cmpWriter) overview() {
	b, c, sh := cw.b, cw.c, cw.sheetOverview
	b.setStyled(sh, 1, 1, cw.say("xlsx_compare_title"), cellStyle{title: true})
	b.setStyled(sh, 1, 2, cw.say("xlsx_compare_subtitle"), cellStyle{grey: true})
	cw.header(sh, 4, "plan_id", "plan", "total", "assessable", "good", "good_share", "off", "binding_off")
	for i, p := range c.Plans {
		r := 5 + i
		off := p.OffTrack()
		b.set(sh, 1, r, p.ID)
		b.set(sh, 2, r, p.Label())
		b.set(sh, 3, r, p.Total)
		b.set(sh, 4, r, p.Assessable)
		b.set(sh, 5, r, p.Good)
		if p.Assessable > 0 {
			b.setStyled(sh, 6, r, p.GoodShare, cellStyle{numFmt: "0.0%"})
		}
		b.set(sh, 7, r, off)
		b.set(sh, 8, r, len(p.BindingOff))
	}
	b.widths(sh, []float64{18, 28, 8, 8, 14, 8, 10, 14})
	last := 4 + len(c.Plans)
	if b.err == nil && len(c.Plans) > 0 {
		b.err = b.f.AutoFilter(sh, fmt.Sprintf("A4:H%d", last), nil)
	}
	cw.chart(sh, cellName(1, last+2), c.PlanChart, cw.say("xlsx_compare_chart_plans"))
	b.printSetup(sh, 4, false)
}

// rows is 共同指标明细: a row per plan and shared indicator, by code then plan.
func (cw *cmpWriter) rows() {
	b, c, sh := cw.b, cw.c, cw.sheetRows
	cw.header(sh, 1, "code", "name", "unit", "plan_id", "plan", "id", "binding", "kind", "target_text", "target", "value", "pace", "status")
	r := 2
	for _, s := range c.Indicators {
		for _, p := range c.Plans {
			row := p.Row(s.Code)
			if row == nil {
				continue
			}
			nf := cellStyle{numFmt: numFmt(row.Decimals)}
			b.set(sh, 1, r, row.Code)
			b.set(sh, 2, r, row.Name)
			b.set(sh, 3, r, row.Unit)
			b.set(sh, 4, r, p.ID)
			b.set(sh, 5, r, p.Label())
			b.set(sh, 6, r, row.ID)
			if row.Binding {
				b.set(sh, 7, r, cw.say("xlsx_compare_yes"))
			} else {
				b.set(sh, 7, r, cw.say("xlsx_compare_no"))
			}
			b.set(sh, 8, r, row.Kind.Label())
			b.set(sh, 9, r, row.TargetText)
			if row.Target != nil {
				b.setStyled(sh, 10, r, *row.Target, nf)
			}
			if row.Value != nil {
				b.setStyled(sh, 11, r, *row.Value, nf)
			}
			if row.PaceRatio != nil {
				b.setStyled(sh, 12, r, *row.PaceRatio, cellStyle{numFmt: "0.00"})
			}
			cw.setStatus(sh, 13, r, row.Status)
			r++
		}
	}
	b.widths(sh, []float64{22, 30, 12, 16, 24, 8, 8, 12, 16, 10, 10, 8, 12})
	if b.err == nil {
		b.err = b.f.AutoFilter(sh, fmt.Sprintf("A1:M%d", max(r-1, 1)), nil)
	}
	if b.err == nil {
		b.err = b.f.SetPanes(sh, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	}
	b.printSetup(sh, 1, false)
}

// matrix is 状态矩阵: plans down, shared indicators across, each cell the
// plan's status in its colour, with the shared indicators' chart below.
func (cw *cmpWriter) matrix() {
	b, c, sh := cw.b, cw.c, cw.sheetMatrix
	b.setStyled(sh, 1, 1, cw.say("xlsx_compare_col_plan"), cellStyle{header: true})
	for j, s := range c.Indicators {
		b.setStyled(sh, 2+j, 1, s.Name+"\n"+s.Code, cellStyle{header: true, wrap: true, align: "center"})
	}
	for i, p := range c.Plans {
		r := 2 + i
		b.set(sh, 1, r, p.Label())
		for j, s := range c.Indicators {
			if row := p.Row(s.Code); row != nil {
				cw.setStatus(sh, 2+j, r, row.Status)
			} else {
				b.setStyled(sh, 2+j, r, cw.say("xlsx_compare_none"), cellStyle{align: "center", grey: true})
			}
		}
	}
	ws := []float64{26}
	for range c.Indicators {
		ws = append(ws, 14)
	}
	b.widths(sh, ws)
	// The header holds each name wrapped in its 14-wide column (about 6
	// Chinese characters a line) and the code under it: as tall as the
	// longest needs, so that no name is cut off at the top.
	lines := 3
	for _, s := range c.Indicators {
		lines = max(lines, (len([]rune(s.Name))+5)/6+1)
	}
	if b.err == nil {
		b.err = b.f.SetRowHeight(sh, 1, float64(16*lines))
	}
	if b.err == nil {
		b.err = b.f.SetPanes(sh, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"})
	}
	cw.chart(sh, cellName(1, len(c.Plans)+3), c.IndicatorChart, cw.say("xlsx_compare_chart_shared"))
	b.printSetup(sh, 1, false)
}

// rankings is 进度排名: a block per ranking, then the unranked.
func (cw *cmpWriter) rankings() {
	b, c, sh := cw.b, cw.c, cw.sheetRankings
	r := 1
	for _, rk := range c.Rankings {
		b.setStyled(sh, 1, r, fmt.Sprintf("%s（%s，%s）", rk.Name, rk.Code, rk.Kind.Label()), cellStyle{bold: true})
		r++
		cw.header(sh, r, "rank", "plan", "pace", "status")
		r++
		for _, e := range rk.Entries {
			b.set(sh, 1, r, e.Rank)
			b.set(sh, 2, r, e.Label())
			b.setStyled(sh, 3, r, e.PaceRatio, cellStyle{numFmt: "0.00"})
			cw.setStatus(sh, 4, r, e.Status)
			r++
		}
		r++
	}
	for _, u := range c.Unranked {
		what := u.Name + "（" + u.Code
		if u.Kind != "" {
			what += "，" + u.Kind.Label()
		}
		b.set(sh, 1, r, what+"）")
		b.setStyled(sh, 2, r, cw.say("xlsx_compare_unranked_"+string(u.Reason)), cellStyle{grey: true})
		r++
	}
	b.widths(sh, []float64{40, 40, 10, 12})
	b.printSetup(sh, 0, false)
}

// chart adds a stacked-bar chart of spec (eval.ChartBars) at cell of
// sheet, its numbers in the hidden data sheet.
func (cw *cmpWriter) chart(sheet, cell string, spec *eval.Chart, title string) {
	b := cw.b
	if spec == nil || len(spec.Bars) == 0 || b.err != nil {
		return
	}
	data, col := cw.sheetData, cw.dataCol
	series, last := b.statusSeries(data, col, spec)
	cw.dataCol = last + 2
	gap, overlap := uint(60), 100
	height := 140 + 30*len(spec.Bars)
	b.err = b.f.AddChart(sheet, cell, &excelize.Chart{
		Type:      excelize.BarStacked,
		Series:    series,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title, Font: &excelize.Font{Size: 12, Bold: true}}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Format:    excelize.GraphicOptions{OffsetX: 4, OffsetY: 8, AltText: title},
		XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: excelize.Font{Size: 9, Color: "404040"}},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, Font: excelize.Font{Size: 8, Color: "595959"}},
		GapWidth:  &gap,
		Overlap:   &overlap,
		Dimension: excelize.ChartDimension{Width: 720, Height: uint(height)},
	})
}
