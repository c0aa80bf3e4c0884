package xlsx

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
	"plancheck/report/zh"
)

// The report's sheets, in the workbook's order. 任务评估 and 项目评估
// (progress.go) follow 图表 when the result has tasks and projects; the
// input sheets (指标数据, 市级要求, 参照数据, 重点任务, 重大项目) follow
// 方法说明, and the hidden chart data comes last.
const (
	sheetSummary   = "总览"
	sheetAssess    = "指标评估"
	sheetCharts    = "图表"
	sheetProblems  = "重大问题"
	sheetQuality   = "数据质量"
	sheetDepts     = "部门责任清单"
	sheetMethod    = "方法说明"
	sheetChartData = "图表数据"
)

// Options are the settings of Write. The zero value dates the workbook
// 1980-01-01 and titles it after the plan and the year.
type Options struct {
	// Date is the created and modified time in the workbook's document
	// properties. The zero Date means 1980-01-01 UTC. It is an option, not
	// the clock, so that the same input gives the same bytes.
	Date time.Time

	// Title is the document title; "" means the plan's short name, the
	// year and the stage, such as 海淀区“十四五”规划2023年中期评估.
	Title string
}

// Write writes the Excel report of res, the evaluation of plan p against
// the observations ds, for analysts to read, correct, annotate and feed back
// to plancheck. Its sheets, in order:
//
//   - 总览: the headline judgment, the counts by status and category, and a
//     chart of them;
//   - 指标评估: one row per indicator, with its values, progress, status,
//     projection and the analyst's columns 状态调整, 调整理由 and 分析意见;
//   - 图表: a line chart of each quantitative indicator;
//   - 任务评估 and 项目评估, when res has key tasks and major projects: one
//     row per task (its chapter, section, lead, the year's milestone and
//     what was reported) and per project (investment completed against
//     plan since the base year, the year's milestone, its status); 总览
//     then has a second page counting them by chapter and by status;
//   - 重大问题, 数据质量, 部门责任清单 (each department's indicators, tasks
//     and projects, with its score and what it must report next year),
//     方法说明;
//   - 指标数据, 市级要求, 参照数据, 重点任务, 重大项目: the observations and
//     reports of ds in the monitoring workbook's long form, with an empty
//     row for every indicator-year (task-year, project-year) up to res.Year
//     that has none, so that the workbook is itself an input report/sheet
//     reads (each sheet but 指标数据 only when the plan or ds has them);
//   - 图表数据 (hidden): the numbers the charts draw.
//
// The values are corrected in 指标数据: 指标评估's year cells are formulas
// that show them, and 完成进度 and 进度比 are formulas over those where
// Excel can compute them (level, delta and cumulative targets), saved with
// their values, so that a correction shows its effect at once. Likewise
// task and project reports are corrected in 重点任务 and 重大项目, which
// 任务评估 (进展状态, 完成比例, 进展说明, 滞后) and 项目评估 (完成累计投资,
// 完成比例, 形象进度, 节点完成) show through formulas. Statuses,
// counts and charts are plancheck's and change when it runs again on the
// corrected workbook. Every sheet but the input sheets is protected without
// a password; on 指标评估 the analyst's three columns are not locked.
//
// A manual status (res's indicator with Manual set) is written back as it
// came in: 状态 shows the status the rules computed, 状态调整 the analyst's
// status and 调整理由 the reason, so that reading the workbook again gives
// the same adjustment. 分析意见 is the indicator's Comment.
//
// res must be the evaluation of p (same plan id; indicators, tasks and
// projects p has). An observation or report in ds whose id p does not know
// is an error naming the sheet, the id and the year, since the input
// sheets must hold every one. Nothing is written to w on error.
func Write(w io.Writer, res *eval.Result, p *model.Plan, ds *model.Dataset, opts Options) error {
	switch {
	case res == nil || p == nil:
		return errors.New("xlsx.Write: no result or no plan")
	case res.Plan.ID != p.ID:
		return fmt.Errorf("the result is of plan %q, not of plan %q", res.Plan.ID, p.ID)
	case res.Year <= p.BaseYear || res.Year > p.TargetYear:
		return fmt.Errorf("the result's year %d is outside the plan's evaluation years %d–%d", res.Year, p.BaseYear+1, p.TargetYear)
	}
	for i := range res.Indicators {
		if p.Indicator(res.Indicators[i].ID) == nil {
			return fmt.Errorf("indicator %q of the result is not in the plan %q", res.Indicators[i].ID, p.ID)
		}
	}
	tasks, projects := taskIndex(p), projectIndex(p)
	for i := range res.Tasks {
		if tasks[model.NormalizeID(res.Tasks[i].ID)] == nil {
			return fmt.Errorf("task %q of the result is not in the plan %q", res.Tasks[i].ID, p.ID)
		}
	}
	for i := range res.Projects {
		if projects[model.NormalizeID(res.Projects[i].ID)] == nil {
			return fmt.Errorf("project %q of the result is not in the plan %q", res.Projects[i].ID, p.ID)
		}
	}
	var years []int
	for y := p.BaseYear + 1; y <= res.Year; y++ {
		years = append(years, y)
	}
	in, err := planInput(p, ds, inputLayout{years: years, validate: true})
	if err != nil {
		return err
	}

	b := newBook()
	defer b.f.Close()
	rp := &report{b: b, res: res, p: p, in: in, dataRows: rowIndex(in.values), tasks: tasks}
	for _, s := range frontSheets(res) {
		b.sheet(s)
	}
	b.writeInput(in)
	b.sheet(sheetChartData)

	rp.summary()
	rp.assess()
	rp.charts()
	if len(res.Tasks) > 0 {
		rp.taskAssess()
	}
	if len(res.Projects) > 0 {
		rp.projectAssess()
	}
	rp.problems()
	rp.quality()
	rp.departments()
	rp.method()
	for _, s := range []string{sheetSummary, sheetCharts, sheetProblems, sheetQuality, sheetDepts, sheetMethod} {
		b.protect(s)
	}
	if b.err == nil {
		b.err = b.f.SetSheetVisible(sheetChartData, false)
	}
	title := opts.Title
	if title == "" {
		title = reportTitle(res, p)
	}
	b.props(p, title, opts.Date)
	var inputs []string
	for _, s := range []string{sheetAssess, sheetValues, sheetRequirements, sheetReferences, sheetTasks, sheetProjects} {
		if b.has(s) {
			inputs = append(inputs, s)
		}
	}
	b.reportProps(res.Year, inputs)
	if b.err != nil {
		return fmt.Errorf("building the workbook: %w", b.err)
	}
	return b.writeTo(w)
}

// frontSheets are the report's sheets before the input sheets: 任务评估
// and 项目评估 only when res has tasks and projects.
func frontSheets(res *eval.Result) []string {
	sheets := []string{sheetSummary, sheetAssess, sheetCharts}
	if len(res.Tasks) > 0 {
		sheets = append(sheets, sheetTaskAssess)
	}
	if len(res.Projects) > 0 {
		sheets = append(sheets, sheetProjectAssess)
	}
	return append(sheets, sheetProblems, sheetQuality, sheetDepts, sheetMethod)
}

// report is the Excel report being written.
type report struct {
	b        *book
	res      *eval.Result
	p        *model.Plan
	in       *input
	dataRows map[idYear]int         // 指标数据's row of each indicator and year
	tasks    map[string]*model.Task // the plan's tasks by normalized id
}

// reportTitle is the report's title: 海淀区“十四五”规划2023年中期评估.
func reportTitle(res *eval.Result, p *model.Plan) string {
	return planTitle(p) + zh.Year(res.Year) + res.Stage.Label()
}

// statusRules colour a range of status cells by their text, so that the
// colour follows a status typed over: each status's label on a pale fill of
// its colour (report/style), in dark text.
func (b *book) statusRules(sheet, ref string) {
	b.labelRules(sheet, ref, statusColors())
}

// statusColors are the statuses' labels and colours, best first.
func statusColors() []labelColor {
	var out []labelColor
	for _, st := range eval.Statuses() {
		out = append(out, labelColor{st.Label(), style.StatusColor(st)})
	}
	return out
}

// numFmt is the number format with d decimals.
func numFmt(d int) string {
	if d <= 0 {
		return "0"
	}
	return "0." + strings.Repeat("0", d)
}

// countUnits are units of things counted whole.
var countUnits = []string{"件", "个", "所", "家", "项", "处", "张", "人", "户", "座", "床", "名", "套", "辆", "次"}

// digits is how many decimals an indicator's numbers show: none for counts
// (件, 个), one for other units, more where its values or target have them
// (5.11), at most two.
func digits(ir *eval.IndicatorResult) int {
	d := 1
	unit := model.NormalizeUnit(ir.Unit)
	for _, u := range countUnits {
		if unit == u || strings.HasSuffix(unit, u) && !strings.Contains(unit, "/") {
			d = 0
		}
	}
	seen := func(v *float64) {
		if v != nil {
			d = max(d, decimals(*v))
		}
	}
	seen(ir.Baseline)
	seen(ir.TargetValue)
	for _, y := range ir.Years {
		seen(y.Value)
	}
	return min(d, 2)
}

// decimals is how many decimals v has as the shortest decimal that reads
// back as v: 313.3 has 1, 5.11 has 2, 5000 has 0.
func decimals(v float64) int {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// number is *v as a cell value; nil (no cell) for nil or a number that is
// not finite.
func number(v *float64) any {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return nil
	}
	return *v
}

// bindingLabel is 属性: 约束性 or 预期性.
func bindingLabel(binding bool) string {
	if binding {
		return "约束性"
	}
	return "预期性"
}

// computedLabel is the status the rules gave: the one an analyst's manual
// status replaced, or the status itself.
func computedLabel(ir *eval.IndicatorResult) string {
	if ir.Manual && ir.ComputedStatus != "" {
		return ir.ComputedStatus.Label()
	}
	return statusLabel(ir)
}

// statusLabel is the indicator's status (manual or computed) in Chinese.
func statusLabel(ir *eval.IndicatorResult) string {
	if ir.StatusLabel != "" {
		return ir.StatusLabel
	}
	return ir.Status.Label()
}

// summary writes 总览: the headline, the counts by status and category, and
// a chart of them.
func (rp *report) summary() {
	b, res, s := rp.b, rp.res, rp.res.Summary
	const sh = sheetSummary
	b.setStyled(sh, 1, 1, reportTitle(res, rp.p)+" 指标总览", cellStyle{title: true})
	b.setStyled(sh, 1, 2, fmt.Sprintf("%s;评估年份%s,时间进度%s(%d—%d年)", rp.p.Name, zh.Year(res.Year), zh.Pct(res.Elapsed), res.Plan.BaseYear, res.Plan.TargetYear), cellStyle{grey: true})

	samples, manual := 0, 0
	for i := range res.Indicators {
		if res.Indicators[i].Sample {
			samples++
		}
		if res.Indicators[i].Manual {
			manual++
		}
	}
	type line struct {
		key   string
		value any
		st    cellStyle
		note  string
	}
	kv := []line{
		{"总体判断", s.JudgmentLabel, cellStyle{bold: true}, ""},
		{"进展良好指标占比", s.GoodShare, cellStyle{numFmt: "0.0%", bold: true, align: "left"}, "提前实现、快于预期、基本符合预期、达到要求的指标占可评估指标的比例"},
		{"指标总数", s.Total, cellStyle{align: "left"}, fmt.Sprintf("约束性%d项,预期性%d项", s.Binding.Total, s.Expected.Total)},
		{"可评估指标", s.Assessable, cellStyle{align: "left"}, "不含数据待补、无法评估的指标"},
		{"重大问题", s.Problems, cellStyle{align: "left"}, "见“重大问题”表"},
		{"数据质量提示", s.Findings, cellStyle{align: "left"}, "见“数据质量”表"},
	}
	if len(res.Tasks) > 0 {
		kv = append(kv, line{"重点任务", len(res.Tasks), cellStyle{align: "left"}, taskNote(taskCounts(res.Tasks)) + ",见“任务评估”表"})
	}
	if len(res.Projects) > 0 {
		kv = append(kv, line{"重大项目", len(res.Projects), cellStyle{align: "left"}, projectNote(projectCounts(res.Projects)) + ",见“项目评估”表"})
	}
	if manual > 0 {
		kv = append(kv, line{"人工调整状态", manual, cellStyle{align: "left"}, "见“指标评估”表“状态调整”“调整理由”列;统计按调整后的状态"})
	}
	if samples > 0 {
		kv = append(kv, line{"含示例数据的指标", samples, cellStyle{align: "left"}, "数据来源含“示例”的数值不是公开统计数据,仅作演示"})
	}
	r := 4
	for _, x := range kv {
		b.setStyled(sh, 1, r, x.key, cellStyle{bold: true})
		b.setStyled(sh, 2, r, x.value, x.st)
		b.setStyled(sh, 3, r, text(x.note), cellStyle{grey: true})
		r++
	}

	// The table: statuses down, categories and binding/expected across.
	groups := append([]eval.GroupSummary(nil), s.Categories...)
	groups = append(groups, s.Binding, s.Expected)
	top := r + 1
	b.setStyled(sh, 1, top, "状态", cellStyle{header: true})
	for j, g := range groups {
		name := g.Name
		switch g.ID {
		case "binding":
			name = "约束性"
		case "expected":
			name = "预期性"
		}
		b.setStyled(sh, j+2, top, name, cellStyle{header: true, align: "center"})
	}
	totalCol := len(groups) + 2
	b.setStyled(sh, totalCol, top, "合计", cellStyle{header: true, align: "center"})
	count := func(cs []eval.Count, st eval.Status) int {
		for _, c := range cs {
			if c.Status == st {
				return c.N
			}
		}
		return 0
	}
	statuses := eval.Statuses()
	for i, st := range statuses {
		row := top + 1 + i
		b.setStyled(sh, 1, row, st.Label(), cellStyle{align: "center"})
		for j, g := range groups {
			b.setStyled(sh, j+2, row, count(g.ByStatus, st), cellStyle{align: "center"})
		}
		b.setStyled(sh, totalCol, row, count(s.ByStatus, st), cellStyle{align: "center", bold: true})
	}
	foot := top + 1 + len(statuses)
	lines := []struct {
		label string
		value func(g eval.GroupSummary) any
		all   any
		fmt   string
	}{
		{"合计", func(g eval.GroupSummary) any { return g.Total }, s.Total, ""},
		{"可评估", func(g eval.GroupSummary) any { return g.Assessable }, s.Assessable, ""},
		{"进展良好", func(g eval.GroupSummary) any { return g.Good }, s.Good, ""},
		{"良好占比", func(g eval.GroupSummary) any { return share(g.Good, g.Assessable) }, share(s.Good, s.Assessable), "0.0%"},
	}
	for i, l := range lines {
		row := foot + i
		b.setStyled(sh, 1, row, l.label, cellStyle{bold: true, align: "center"})
		for j, g := range groups {
			b.setStyled(sh, j+2, row, l.value(g), cellStyle{bold: true, align: "center", numFmt: l.fmt})
		}
		b.setStyled(sh, totalCol, row, l.all, cellStyle{bold: true, align: "center", numFmt: l.fmt})
	}
	b.statusRules(sh, fmt.Sprintf("A%d:A%d", top+1, top+len(statuses)))
	b.printSetup(sh, 0, false)
	if b.err == nil {
		one := 1
		b.err = b.f.SetPageLayout(sh, &excelize.PageLayoutOptions{FitToHeight: &one})
	}

	ws := []float64{18}
	for _, g := range groups {
		ws = append(ws, fitWidth(9, 16, g.Name))
	}
	ws = append(ws, 9)
	b.widths(sh, ws)

	end := rp.summaryChart(top, foot+len(lines)+1)
	if len(res.Tasks)+len(res.Projects) == 0 {
		return
	}
	// The tasks and projects on a second page. Spreadsheets ignore a page
	// break on a sheet fitted to pages, so the sheet is scaled instead,
	// as much as the larger page needs.
	second := end + 3
	last := rp.summaryTasks(second, ws)
	if b.err != nil {
		return
	}
	b.err = b.f.InsertPageBreak(sh, cellName(1, second))
	scale := uint(min(b.pageScale(sh, ws, 1, second-1), b.pageScale(sh, ws, second, last)))
	if b.err == nil {
		b.err = b.f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: new(bool)})
	}
	if b.err == nil {
		b.err = b.f.SetPageLayout(sh, &excelize.PageLayoutOptions{AdjustTo: &scale})
	}
}

// summaryChart adds 总览's chart at row at, a stacked bar per category and
// a segment per status, from the table of counts whose header is row top.
// It returns the last row the chart covers (at−1 when there is no chart).
func (rp *report) summaryChart(top, at int) int {
	b, s := rp.b, rp.res.Summary
	const sh = sheetSummary
	count := func(cs []eval.Count, st eval.Status) int {
		for _, c := range cs {
			if c.Status == st {
				return c.N
			}
		}
		return 0
	}
	var series []excelize.ChartSeries
	for i, st := range eval.Statuses() {
		if count(s.ByStatus, st) == 0 {
			continue
		}
		row := top + 1 + i
		c := hex(style.StatusColor(st))
		series = append(series, excelize.ChartSeries{
			Name:       absRange(sh, 1, row, 1, row),
			Categories: absRange(sh, 2, top, len(s.Categories)+1, top),
			Values:     absRange(sh, 2, row, len(s.Categories)+1, row),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}},
		})
	}
	if len(series) == 0 || len(s.Categories) == 0 || b.err != nil {
		return at - 1
	}
	// Whole numbers on the count axis while the counts are small.
	var unit float64
	most := 0
	for _, g := range s.Categories {
		most = max(most, g.Total)
	}
	if most <= 10 {
		unit = 1
	}
	gap := uint(60)
	overlap := 100
	const offsetY = 8
	height := 120 + 36*len(s.Categories)
	b.err = b.f.AddChart(sh, cellName(1, at), &excelize.Chart{
		Type:   excelize.BarStacked,
		Series: series,
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "各类别指标评估状态分布(项)", Font: &excelize.Font{Size: 12, Bold: true}}}},
		Legend: excelize.ChartLegend{Position: "bottom"},
		Format: excelize.GraphicOptions{OffsetX: 4, OffsetY: offsetY, AltText: "各类别指标评估状态分布"},
		XAxis:  excelize.ChartAxis{ReverseOrder: true, Font: excelize.Font{Size: 9, Color: "404040"}},
		YAxis:  excelize.ChartAxis{MajorGridLines: true, Font: axisFont, MajorUnit: unit},
		PlotArea: excelize.ChartPlotArea{
			ShowVal: false,
		},
		GapWidth:  &gap,
		Overlap:   &overlap,
		Dimension: excelize.ChartDimension{Width: 720, Height: uint(height)},
	})
	// excelize anchors the chart on rows of the default height, 15
	// points, which it takes as 18 pixels.
	const rowPixels = 18
	return at + (offsetY+height+rowPixels-1)/rowPixels - 1
}

// share is n/of, 0 when of is 0.
func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}
