package xlsx

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
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
// 1980-01-01, titles it after the plan and the year, and words it with the
// embedded templates.
type Options struct {
	// Date is the created and modified time in the workbook's document
	// properties. The zero Date means 1980-01-01 UTC. It is an option, not
	// the clock, so that the same input gives the same bytes.
	Date time.Time

	// Title is the document title; "" means the plan's short name, the
	// year and the stage, such as 海淀区“十四五”规划2023年中期评估.
	Title string

	// Templates holds xlsx_*.tmpl files that replace the embedded
	// templates of the same name (package templates): the sentences of
	// 方法说明, the sheets' notes and the headers' notes. Its doc_*.tmpl
	// files word the targets, the paces the remaining years need and the
	// findings, as they do in the report (doc.Words). Nil uses the
	// embedded ones.
	Templates fs.FS
}

// Write writes the Excel report of res, an evaluation by eval.Evaluate
// (or its eval.ForDepartment), for analysts to read, correct, annotate and
// feed back to plancheck. It reads nothing but res: the numbers, statuses,
// counts and charts are res's, and the input sheets are res.Inputs, the
// data as the evaluation read them. Its sheets, in order:
//
//   - 总览: the headline judgment, the counts by status and category, and a
//     chart of them;
//   - 指标评估: one row per indicator, with its values, progress, status,
//     projection and the analyst's columns 状态调整, 调整理由, 分析意见 and
//     公开 (是 when the 分析意见 is for the public edition too);
//   - 图表: a line chart of each indicator the evaluation charts;
//   - 任务评估 and 项目评估, when res has key tasks and major projects: one
//     row per task (its chapter, section, lead, the year's milestone and
//     what was reported) and per project (investment completed against
//     plan since the base year, the year's milestone, its status); 总览
//     then has a second page counting them by chapter and by status;
//   - 重大问题, 数据质量, 部门责任清单 (each department's indicators, tasks
//     and projects, with its score and what it must report next year),
//     方法说明;
//   - in the public edition (res.Edition public: eval.ForEdition's
//     result), the same workbook without what it leaves out: no 数据质量
//     sheet (nor 总览's count of findings), 部门责任清单 without the scores
//     and next year's duties; the analysts' columns hold only what is
//     public (a comment not marked public is empty);
//   - 指标数据, 市级要求, 参照数据, 重点任务, 重大项目: the observations and
//     reports of res.Inputs in the monitoring workbook's long form, with an
//     empty row for every indicator-year (task-year, project-year) up to
//     res.Year that has none, so that the workbook is itself an input
//     report/sheet reads (each sheet but 指标数据 only when the plan or the
//     data have them);
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
// res must carry its Inputs, with every indicator, task and project res
// has. An observation or report whose id the plan does not know is an
// error naming the sheet, the id and the year, since the input sheets
// must hold every one. Nothing is written to w on error.
func Write(w io.Writer, res *eval.Result, opts Options) error {
	switch {
	case res == nil:
		return errors.New("xlsx.Write: no result")
	case res.Inputs == nil:
		return errors.New("xlsx.Write: the result carries no Inputs (eval.Evaluate fills them)")
	case res.Year <= res.Plan.BaseYear || res.Year > res.Plan.TargetYear:
		return fmt.Errorf("the result's year %d is outside the plan's evaluation years %d–%d", res.Year, res.Plan.BaseYear+1, res.Plan.TargetYear)
	}
	only := &scope{inds: map[string]bool{}, tasks: map[string]bool{}, projects: map[string]bool{}}
	for i := range res.Indicators {
		only.inds[res.Indicators[i].ID] = true
	}
	for i := range res.Tasks {
		only.tasks[res.Tasks[i].ID] = true
	}
	for i := range res.Projects {
		only.projects[res.Projects[i].ID] = true
	}
	var years []int
	for y := res.Plan.BaseYear + 1; y <= res.Year; y++ {
		years = append(years, y)
	}
	in, err := planInput(res.Plan.ID, res.Inputs, inputLayout{years: years, only: only, validate: true, superior: res.Plan.Superior})
	if err != nil {
		return err
	}
	if err := in.covers(res); err != nil {
		return err
	}
	res = typeset(res)
	tpl, err := loadTemplates(opts.Templates)
	if err != nil {
		return err
	}
	words, err := doc.NewWords(res, opts.Templates)
	if err != nil {
		return err
	}

	b := newBook(tpl)
	b.wide = true
	defer b.f.Close()
	rp := &report{b: b, res: res, words: words, in: in, dataRows: rowIndex(in.values)}
	for _, s := range frontSheets(res) {
		b.sheet(s)
	}
	b.writeInput(in)
	b.sheet(sheetChartData)
	// Hidden now, before any stream writer has written a sheet: excelize's
	// SetSheetVisible reads every worksheet, and one a stream writer has
	// flushed it would decode again from its XML (17 ms of the default
	// report's Excel workbook, more with every row). The bytes are the same.
	if b.err == nil {
		b.err = b.f.SetSheetVisible(sheetChartData, false)
	}
	// The first sheet is the active one, set now for the same reason:
	// SetActiveSheet reads every worksheet too (47 ms of the workbook when
	// writeTo did it, after the stream writers). Every sheet exists by now.
	b.activate()

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
	rp.proposals()
	if b.has(sheetQuality) {
		rp.quality()
	}
	rp.departments()
	rp.method()
	for _, s := range []string{sheetSummary, sheetCharts, sheetProblems, sheetQuality, sheetDepts, sheetMethod} {
		if b.has(s) {
			b.protect(s)
		}
	}
	title := opts.Title
	if title == "" {
		title = rp.say("xlsx_title", nil)
	}
	b.props(res.Plan.Name, title, opts.Date)
	var inputs []string
	for _, s := range []string{sheetAssess, sheetProposals, sheetValues, in.reqSheet, sheetReferences, sheetTasks, sheetProjects} {
		if b.has(s) {
			inputs = append(inputs, s)
		}
	}
	b.reportProps(res.Plan.ID, res.Year, inputs)
	if b.err == nil {
		b.err = words.Err()
	}
	if b.err != nil {
		return fmt.Errorf("building the workbook: %w", b.err)
	}
	return b.writeTo(w)
}

// covers checks that the input sheets have every indicator, task and
// project of res: res.Inputs must be of the plan res evaluates.
func (in *input) covers(res *eval.Result) error {
	for i := range res.Indicators {
		if in.indicator(res.Indicators[i].ID) == nil {
			return fmt.Errorf("indicator %q of the result is not in the plan %q", res.Indicators[i].ID, res.Plan.ID)
		}
	}
	for i := range res.Tasks {
		if in.task(res.Tasks[i].ID) == nil {
			return fmt.Errorf("task %q of the result is not in the plan %q", res.Tasks[i].ID, res.Plan.ID)
		}
	}
	for i := range res.Projects {
		if !in.hasProject(res.Projects[i].ID) {
			return fmt.Errorf("project %q of the result is not in the plan %q", res.Projects[i].ID, res.Plan.ID)
		}
	}
	return nil
}

// frontSheets are the report's sheets before the input sheets: 任务评估
// and 项目评估 only when res has tasks and projects, 规划调整建议 only when
// it has adjustment proposals.
func frontSheets(res *eval.Result) []string {
	sheets := []string{sheetSummary, sheetAssess, sheetCharts}
	if len(res.Tasks) > 0 {
		sheets = append(sheets, sheetTaskAssess)
	}
	if len(res.Projects) > 0 {
		sheets = append(sheets, sheetProjectAssess)
	}
	sheets = append(sheets, sheetProblems)
	if len(res.Proposals) > 0 {
		sheets = append(sheets, sheetProposals)
	}
	if res.Edition != model.Public {
		sheets = append(sheets, sheetQuality)
	}
	return append(sheets, sheetDepts, sheetMethod)
}

// report is the Excel report being written.
type report struct {
	b        *book
	res      *eval.Result
	words    *doc.Words // the report's wording of targets, required paces and findings
	in       *input
	dataRows map[idYear]int // 指标数据's row of each indicator and year
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

// say is the text of the report's template name on the result and x.
// level is a vocabulary's label as the plan's superior level says it
// (model.AtLevel: 达到省级要求).
func (rp *report) level(s string) string { return model.AtLevel(s, rp.res.Plan.Superior) }

func (rp *report) say(name string, x any) string {
	return rp.b.say(name, view{R: rp.res, X: x, W: rp.words})
}

// summary writes 总览: the headline, the counts by status and category, and
// a chart of them.
func (rp *report) summary() {
	b, res, s := rp.b, rp.res, rp.res.Summary
	const sh = sheetSummary
	b.setStyled(sh, 1, 1, rp.say("xlsx_summary_title", nil), cellStyle{title: true})
	b.setStyled(sh, 1, 2, rp.say("xlsx_summary_subtitle", nil), cellStyle{grey: true})

	type line struct {
		key   string // the template of the note: xlsx_summary_<key>
		label string
		value any
		st    cellStyle
	}
	kv := []line{
		{"judgment", "总体判断", s.JudgmentLabel, cellStyle{bold: true}},
		{"good_share", "进展良好指标占比", s.GoodShare, cellStyle{numFmt: "0.0%", bold: true, align: "left"}},
		{"total", "指标总数", s.Total, cellStyle{align: "left"}},
		{"assessable", "可评估指标", s.Assessable, cellStyle{align: "left"}},
		{"problems", "重大问题", s.Problems, cellStyle{align: "left"}},
	}
	if res.Edition != model.Public {
		kv = append(kv, line{"findings", "数据质量提示", s.Findings, cellStyle{align: "left"}})
	}
	if len(res.Tasks) > 0 {
		kv = append(kv, line{"tasks", "重点任务", len(res.Tasks), cellStyle{align: "left"}})
	}
	if len(res.Projects) > 0 {
		kv = append(kv, line{"projects", "重大项目", len(res.Projects), cellStyle{align: "left"}})
	}
	if s.Manual > 0 {
		kv = append(kv, line{"manual", "人工调整状态", s.Manual, cellStyle{align: "left"}})
	}
	if s.Samples > 0 {
		kv = append(kv, line{"samples", "含示例数据的指标", s.Samples, cellStyle{align: "left"}})
	}
	note := newSummaryNote(res)
	r := 4
	for _, x := range kv {
		b.setStyled(sh, 1, r, x.label, cellStyle{bold: true})
		b.setStyled(sh, 2, r, x.value, x.st)
		b.setStyled(sh, 3, r, text(rp.say("xlsx_summary_"+x.key, note)), cellStyle{grey: true})
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
			name = bindingLabel(true)
		case "expected":
			name = bindingLabel(false)
		}
		b.setStyled(sh, j+2, top, name, cellStyle{header: true, align: "center"})
	}
	totalCol := len(groups) + 2
	b.setStyled(sh, totalCol, top, "合计", cellStyle{header: true, align: "center"})
	statuses := model.StageStatuses(res.Stage)
	for i, st := range statuses {
		row := top + 1 + i
		b.setStyled(sh, 1, row, st.Label(), cellStyle{align: "center"})
		for j, g := range groups {
			b.setStyled(sh, j+2, row, countOf(g.ByStatus, st), cellStyle{align: "center"})
		}
		b.setStyled(sh, totalCol, row, countOf(s.ByStatus, st), cellStyle{align: "center", bold: true})
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
		{"良好占比", func(g eval.GroupSummary) any { return g.GoodShare }, s.GoodShare, "0.0%"},
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

	end := rp.summaryChart(foot + len(lines) + 1)
	if len(res.Tasks)+len(res.Projects) == 0 {
		return
	}
	// The tasks and projects on a second page. Spreadsheets ignore a page
	// break on a sheet fitted to pages, so the sheet is scaled instead,
	// as much as the larger page needs.
	second := end + 3
	last := rp.summaryTasks(second, ws, note)
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

// summaryNote is what 总览's notes on tasks and projects say: Tasks and
// TaskTally the tasks by progress, Projects the projects by status and in
// all, ProjectTally by status (the Result's counts, as lists of labels).
type summaryNote struct {
	Tasks        eval.TaskGroup
	TaskTally    []tally
	Projects     eval.ProjectSummary
	ProjectTally []tally
}

// tally is a label and a count, for a template to list.
type tally struct {
	Label string
	N     int
}

func newSummaryNote(res *eval.Result) summaryNote {
	n := summaryNote{Tasks: res.Summary.Tasks, Projects: res.Summary.Projects}
	g := n.Tasks
	for _, c := range []struct {
		p model.Progress
		n int
	}{{model.Done, g.Done}, {model.OnSchedule, g.OnSchedule}, {model.Behind, g.Behind}, {model.NotStarted, g.NotStarted}, {model.NotReported, g.NoReport}} {
		n.TaskTally = append(n.TaskTally, tally{c.p.Label(), c.n})
	}
	for _, c := range n.Projects.ByStatus {
		n.ProjectTally = append(n.ProjectTally, tally{c.Label, c.N})
	}
	return n
}

// countOf is the count of status st in cs, 0 when it is not there.
func countOf(cs []eval.Count, st eval.Status) int {
	for _, c := range cs {
		if c.Status == st {
			return c.N
		}
	}
	return 0
}

// summaryChart adds 总览's chart at row at: res.StatusChart, a stacked
// bar per category and a segment per status, drawn from its numbers,
// which go in the hidden 图表数据 to the right of the indicators' series.
// It returns the last row the chart covers (at−1 when there is no chart).
func (rp *report) summaryChart(at int) int {
	b, res := rp.b, rp.res
	spec := res.StatusChart
	if spec == nil || len(spec.Bars) == 0 || b.err != nil {
		return at - 1
	}
	const sh, data = sheetSummary, sheetChartData
	col := res.Plan.TargetYear - res.Plan.BaseYear + 5
	series, _ := b.statusSeries(data, col, spec)
	// Whole numbers on the count axis while the counts are small.
	var unit float64
	most := 0
	for _, bar := range spec.Bars {
		n := 0
		for _, seg := range bar.Segments {
			n += seg.N // the bar's height, for the axis
		}
		most = max(most, n)
	}
	if most <= 10 {
		unit = 1
	}
	title := rp.say("xlsx_summary_chart", nil)
	gap := uint(60)
	overlap := 100
	const offsetY = 8
	height := 120 + 36*len(spec.Bars)
	b.err = b.f.AddChart(sh, cellName(1, at), &excelize.Chart{
		Type:   excelize.BarStacked,
		Series: series,
		Title:  excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title, Font: &excelize.Font{Size: 12, Bold: true}}}},
		Legend: excelize.ChartLegend{Position: "bottom"},
		Format: excelize.GraphicOptions{OffsetX: 4, OffsetY: offsetY, AltText: rp.say("xlsx_summary_chart_alt", nil)},
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

// typeset is res with the names the report sheets print (of the plan,
// its categories, indicators, departments, tasks and projects) typeset as
// Chinese text: their half-width parentheses and punctuation between
// Chinese characters full-width (prose). res itself is not changed; the
// input sheets print the names as they are.
func typeset(res *eval.Result) *eval.Result {
	out := *res
	out.Plan.Name = prose(res.Plan.Name)
	out.Indicators = append([]eval.IndicatorResult(nil), res.Indicators...)
	for i := range out.Indicators {
		ir := &out.Indicators[i]
		ir.Name, ir.LeadName, ir.CategoryName = prose(ir.Name), prose(ir.LeadName), prose(ir.CategoryName)
	}
	out.Problems = append([]eval.Problem(nil), res.Problems...)
	for i := range out.Problems {
		pr := &out.Problems[i]
		pr.Name, pr.LeadName = prose(pr.Name), prose(pr.LeadName)
	}
	out.Quality = append([]eval.Finding(nil), res.Quality...)
	for i := range out.Quality {
		out.Quality[i].Name = prose(out.Quality[i].Name)
	}
	out.Tasks = append([]eval.TaskResult(nil), res.Tasks...)
	for i := range out.Tasks {
		t := &out.Tasks[i]
		t.Title, t.LeadName, t.Chapter, t.Section = prose(t.Title), prose(t.LeadName), prose(t.Chapter), prose(t.Section)
	}
	out.TaskChapters = append([]eval.TaskGroup(nil), res.TaskChapters...)
	for i := range out.TaskChapters {
		out.TaskChapters[i].Name = prose(out.TaskChapters[i].Name)
	}
	out.Projects = append([]eval.ProjectResult(nil), res.Projects...)
	for i := range out.Projects {
		pr := &out.Projects[i]
		pr.Name, pr.LeadName = prose(pr.Name), prose(pr.LeadName)
	}
	out.Departments = append([]eval.DepartmentResult(nil), res.Departments...)
	for i := range out.Departments {
		out.Departments[i].Name = prose(out.Departments[i].Name)
	}
	out.Summary.Categories = append([]eval.GroupSummary(nil), res.Summary.Categories...)
	for i := range out.Summary.Categories {
		out.Summary.Categories[i].Name = prose(out.Summary.Categories[i].Name)
	}
	return &out
}
