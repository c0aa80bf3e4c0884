package xlsx

import (
	"fmt"
	"image/color"
	"sort"
	"strconv"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
	"plancheck/report/zh"
)

// The sheets of the key tasks' and major projects' evaluation. Each is
// written only when the result has tasks (projects), after 图表.
const (
	sheetTaskAssess    = "任务评估"
	sheetProjectAssess = "项目评估"
)

// labelColor is a label as the sheets print it and the colour its cells
// take.
type labelColor struct {
	label string
	c     color.RGBA
}

// progressColors colour a task's 进展状态 as the statuses are coloured:
// done blue, on schedule green, behind orange, not started vermillion,
// not reported grey.
var progressColors = []labelColor{
	{model.Done.Label(), style.Blue},
	{model.OnSchedule.Label(), style.Green},
	{model.Behind.Label(), style.Orange},
	{model.NotStarted.Label(), style.Vermillion},
	{model.NotReported.Label(), style.Grey},
}

// projectColors colour a project's 状态: on track green, behind orange,
// no data grey.
var projectColors = []labelColor{
	{model.ProjectOnTrack.Label(), style.Green},
	{model.ProjectBehind.Label(), style.Orange},
	{model.ProjectNoData.Label(), style.Grey},
}

// labelRules colour the cells of ref whose text is one of the labels, each
// on a pale fill of its colour in dark text, so that the colour follows a
// label typed over.
func (b *book) labelRules(sheet, ref string, labels []labelColor) {
	var rules []excelize.ConditionalFormatOptions
	for _, l := range labels {
		id := b.dxf(dxfStyle{fill: style.Hex(tint(l.c, 0.72)), font: style.Hex(style.Black)})
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "cell", Criteria: "==", Value: strconv.Quote(l.label), Format: &id,
		})
	}
	if b.err == nil {
		b.err = b.f.SetConditionalFormat(sheet, ref, rules)
	}
}

// streamSheet starts sheet sh as one table with a frozen header row,
// written through excelize's stream writer, the one way it saves a formula
// with a numeric value. The caller writes the rows from row 2 and then
// calls endStream.
func (b *book) streamSheet(sh string, heads []string, ws []float64) *excelize.StreamWriter {
	if b.err != nil {
		return nil
	}
	fit := true
	if b.err = b.f.SetSheetProps(sh, &excelize.SheetPropsOptions{FitToPage: &fit}); b.err != nil {
		return nil
	}
	sw, err := b.f.NewStreamWriter(sh)
	if err != nil {
		b.err = err
		return nil
	}
	for i, w := range ws {
		if b.err = sw.SetColWidth(i+1, i+1, w); b.err != nil {
			return nil
		}
	}
	if b.err = sw.SetPanes(panes(0, 1)); b.err != nil {
		return nil
	}
	hs := b.style(cellStyle{header: true, align: "center"})
	head := make([]any, len(heads))
	for i, h := range heads {
		head[i] = excelize.Cell{StyleID: hs, Value: h}
	}
	height := max(2*lineHeight+2, wrapHeight(heads, ws))
	if b.err = sw.SetRow("A1", head, excelize.RowOpts{Height: height}); b.err != nil {
		return nil
	}
	return sw
}

// notes gives the header cells of row 1 their notes, by column, in
// column order.
func (b *book) notes(sheet string, notes map[int]string) {
	cols := make([]int, 0, len(notes))
	for c := range notes {
		cols = append(cols, c)
	}
	sort.Ints(cols)
	for _, c := range cols {
		b.note(sheet, c, 1, notes[c])
	}
}

// endStream finishes a sheet streamSheet started with n data rows: a
// filter over the table, the rules rules adds (before the sheet is
// written), print setup with the header repeated, protection, and Flush.
func (b *book) endStream(sw *excelize.StreamWriter, sh string, cols, n int, rules func(last int)) {
	if b.err != nil {
		return
	}
	b.err = b.f.AutoFilter(sh, fmt.Sprintf("A1:%s%d", colName(cols), n+1), nil)
	if n > 0 && rules != nil {
		rules(n + 1)
	}
	b.printSetup(sh, 1, true)
	b.protect(sh)
	if b.err == nil {
		b.err = sw.Flush()
	}
}

// rowCells collects the cells of a streamed row.
type rowCells []any

func (rc rowCells) put(col int, v any, st int) {
	rc[col-1] = excelize.Cell{StyleID: st, Value: streamValue(v)}
}

func (rc rowCells) formula(col int, f string, v any, st int) {
	rc[col-1] = excelize.Cell{StyleID: st, Formula: f, Value: streamValue(v)}
}

// streamValue is v as a streamed cell holds it: "" for nil, a text as
// cellText makes it.
func streamValue(v any) any {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return cellText(v)
	}
	return v
}

// lineRow maps each id and year to its row on 重点任务 or 重大项目; the
// first row wins, as for 指标数据.
func lineRow[L any](lines []L, key func(L) idYear) map[idYear]int {
	m := make(map[idYear]int, len(lines))
	for i, l := range lines {
		if k := key(l); m[k] == 0 {
			m[k] = i + 2
		}
	}
	return m
}

// The columns of 任务评估.
const (
	tkChapter = iota + 1
	tkSection
	tkID
	tkTitle
	tkKey
	tkLead
	tkMilestone
	tkProgress
	tkShare
	tkText
	tkBehind
	tkColumns = tkBehind
)

// taskHeaders are 任务评估's headers in year y.
func taskHeaders(y int) []string {
	return []string{"章", "节", "任务编号", "任务名称", "重点任务", "牵头部门",
		fmt.Sprintf("计划节点(%s)", zh.Year(y)), "进展状态", "完成比例(%)", "进展说明", "滞后"}
}

// taskAssess writes 任务评估: one row per task in the plan's order, with
// what was due in Y and what its department reported. 进展状态, 完成比例
// and 进展说明 are formulas showing 重点任务's row of Y, and 滞后 a formula
// over 进展状态 where a milestone was due, so that a report corrected on
// 重点任务 shows at once; everything else is plancheck's.
func (rp *report) taskAssess() {
	b, res := rp.b, rp.res
	const sh = sheetTaskAssess
	heads := taskHeaders(res.Year)
	ws := rp.taskWidths(heads)
	sw := b.streamSheet(sh, heads, ws)
	if sw == nil {
		return
	}
	rows := lineRow(rp.in.taskLines, func(l taskLine) idYear { return idYear{l.task.ID, l.year} })
	at := func(name string) int { return colIndex(taskColumns, name) }
	look := newLookup(sheetTasks, at("任务编号"), at(colYear), len(rp.in.taskLines))
	wrap := b.style(cellStyle{wrap: true})
	center := b.style(cellStyle{align: "center"})
	share := b.style(cellStyle{align: "center", numFmt: "General"})
	for i := range res.Tasks {
		tr := &res.Tasks[i]
		r := i + 2
		cells := make(rowCells, tkColumns)
		cells.put(tkChapter, tr.Chapter, wrap)
		cells.put(tkSection, tr.Section, wrap)
		cells.put(tkID, tr.ID, center)
		cells.put(tkTitle, tr.Title, wrap)
		cells.put(tkKey, yesNo(tr.Key), center)
		cells.put(tkLead, tr.LeadName, wrap)
		cells.put(tkMilestone, tr.Milestone, wrap)
		cells.put(tkProgress, tr.ProgressLabel, center)
		cells.put(tkShare, number(tr.Share), share)
		cells.put(tkText, tr.Text, wrap)
		if _, ok := rows[idYear{tr.ID, res.Year}]; ok {
			// 重点任务's row of Y, looked up by id and year.
			if f, ok := look.textOr(at(colTaskProgress), tr.ID, res.Year, model.NotReported.Label()); ok {
				cells.formula(tkProgress, f, tr.ProgressLabel, center)
			}
			if f, ok := look.number(at(colTaskShare), tr.ID, res.Year); ok {
				cells.formula(tkShare, f, number(tr.Share), share)
			}
			if f, ok := look.text(at(colTaskText), tr.ID, res.Year); ok {
				cells.formula(tkText, f, tr.Text, wrap)
			}
		}
		// 滞后 is report/eval's rule: reported lagging or not started while
		// a milestone was due (from DueFrom on). Where none was, it cannot
		// lag.
		if t := rp.in.task(tr.ID); t != nil && t.DueFrom > 0 && t.DueFrom <= res.Year {
			p := cellName(tkProgress, r)
			f := fmt.Sprintf(`IF(OR(%s=%q,%s=%q),"是","否")`, p, model.Behind.Label(), p, model.NotStarted.Label())
			cells.formula(tkBehind, f, yesNo(tr.Behind), center)
		} else {
			cells.put(tkBehind, yesNo(tr.Behind), center)
		}
		texts := []string{tr.Chapter, tr.Section, tr.Title, tr.LeadName, tr.Milestone, tr.Text}
		widths := []float64{ws[tkChapter-1], ws[tkSection-1], ws[tkTitle-1], ws[tkLead-1], ws[tkMilestone-1], ws[tkText-1]}
		if err := sw.SetRow(cellName(1, r), cells, excelize.RowOpts{Height: wrapHeight(texts, widths)}); err != nil {
			b.err = fmt.Errorf("%s: row %d (task %s): %w", sh, r, tr.ID, err)
			return
		}
	}
	taskReport := rp.say("xlsx_note_task_report", nil)
	b.notes(sh, map[int]string{
		tkProgress: taskReport, tkShare: taskReport, tkText: taskReport, tkBehind: rp.say("xlsx_note_behind", nil),
	})
	b.endStream(sw, sh, tkColumns, len(res.Tasks), func(last int) {
		b.labelRules(sh, fmt.Sprintf("%s2:%s%d", colName(tkProgress), colName(tkProgress), last), progressColors)
		b.labelRules(sh, fmt.Sprintf("%s2:%s%d", colName(tkBehind), colName(tkBehind), last), []labelColor{{"是", style.Orange}})
	})
}

// taskWidths fits 任务评估's columns to the tasks: long texts wrap.
func (rp *report) taskWidths(heads []string) []float64 {
	ws := []float64{12, 12, 8, 16, 7, 10, 16, 11, 8, 20, 6}
	grow := func(col int, hi float64, s string) {
		ws[col-1] = max(ws[col-1], fitWidth(ws[col-1], hi, s))
	}
	for i := range rp.res.Tasks {
		tr := &rp.res.Tasks[i]
		grow(tkChapter, 18, tr.Chapter)
		grow(tkSection, 16, tr.Section)
		grow(tkID, 10, tr.ID)
		grow(tkTitle, 24, tr.Title)
		grow(tkLead, 14, tr.LeadName)
		grow(tkMilestone, 28, tr.Milestone)
		grow(tkText, 36, tr.Text)
	}
	return ws
}

// The columns of 项目评估.
const (
	pjID = iota + 1
	pjName
	pjLead
	pjInvestment
	pjPlanned
	pjCompleted
	pjShare
	pjMilestone
	pjReported
	pjReached
	pjStatus
	pjReason
	pjColumns = pjReason
)

// projectHeaders are 项目评估's headers for the years b+1..y.
func projectHeaders(b, y int) []string {
	span := fmt.Sprintf("\n%d—%d年\n(亿元)", b+1, y)
	return []string{"项目编号", "项目名称", "牵头部门", "总投资\n(亿元)",
		"计划累计投资" + span, "完成累计投资" + span, "完成比例",
		fmt.Sprintf("计划节点(%s)", zh.Year(y)), "形象进度", "节点完成", "状态", "说明"}
}

// projectAssess writes 项目评估: one row per project, with its investment
// completed against plan since the base year and the year's milestone.
// 完成累计投资 is a formula summing 重大项目's reports of the years, 完成比例
// one over it, and 形象进度 and 节点完成 show 重大项目's row of Y; 状态 is
// plancheck's and changes when it runs again.
func (rp *report) projectAssess() {
	b, res := rp.b, rp.res
	const sh = sheetProjectAssess
	heads := projectHeaders(res.Plan.BaseYear, res.Year)
	ws := rp.projectWidths()
	sw := b.streamSheet(sh, heads, ws)
	if sw == nil {
		return
	}
	rows := lineRow(rp.in.projectLines, func(l projectLine) idYear { return idYear{l.pj.ID, l.year} })
	at := func(name string) int { return colIndex(projectColumns, name) }
	look := newLookup(sheetProjects, at("项目编号"), at(colYear), len(rp.in.projectLines))
	wrap := b.style(cellStyle{wrap: true})
	center := b.style(cellStyle{align: "center"})
	money := b.style(cellStyle{numFmt: "0.00"})
	pct := b.style(cellStyle{numFmt: "0.0%", align: "center"})
	for i := range res.Projects {
		pr := &res.Projects[i]
		r := i + 2
		cells := make(rowCells, pjColumns)
		cells.put(pjID, pr.ID, center)
		cells.put(pjName, pr.Name, wrap)
		cells.put(pjLead, pr.LeadName, wrap)
		cells.put(pjInvestment, pr.Investment, money)
		cells.put(pjPlanned, pr.Planned, money)

		// Σ 完成投资 over the years B+1..Y, once any is reported, as
		// report/eval sums it.
		cells.put(pjCompleted, number(pr.Completed), money)
		if f, ok := look.sum(at(colProjectInvest), pr.ID, res.Plan.BaseYear+1, res.Year); ok {
			cells.formula(pjCompleted, f, number(pr.Completed), money)
		}
		planned, completed := cellName(pjPlanned, r), cellName(pjCompleted, r)
		cells.formula(pjShare, fmt.Sprintf(`IF(AND(ISNUMBER(%s),N(%s)>0),%s/%s,"")`, completed, planned, completed, planned), number(pr.Share), pct)

		cells.put(pjMilestone, pr.Milestone, wrap)
		reached := ""
		if pr.Reached != nil {
			reached = yesNo(*pr.Reached)
		}
		cells.put(pjReported, pr.Reported, wrap)
		cells.put(pjReached, reached, center)
		if _, ok := rows[idYear{pr.ID, res.Year}]; ok {
			if f, ok := look.text(at(colProjectReport), pr.ID, res.Year); ok {
				cells.formula(pjReported, f, pr.Reported, wrap)
			}
			if f, ok := look.text(at(colProjectReached), pr.ID, res.Year); ok {
				cells.formula(pjReached, f, reached, center)
			}
		}
		cells.put(pjStatus, pr.StatusLabel, center)
		why := rp.say("xlsx_project", pr)
		cells.put(pjReason, why, wrap)
		texts := []string{pr.Name, pr.LeadName, pr.Milestone, pr.Reported, why}
		widths := []float64{ws[pjName-1], ws[pjLead-1], ws[pjMilestone-1], ws[pjReported-1], ws[pjReason-1]}
		if err := sw.SetRow(cellName(1, r), cells, excelize.RowOpts{Height: wrapHeight(texts, widths)}); err != nil {
			b.err = fmt.Errorf("%s: row %d (project %s): %w", sh, r, pr.ID, err)
			return
		}
	}
	report, result := rp.say("xlsx_note_project_report", nil), rp.say("xlsx_note_project_result", nil)
	b.notes(sh, map[int]string{
		pjCompleted: rp.say("xlsx_note_invested", nil), pjShare: rp.say("xlsx_note_share", nil),
		pjReported: report, pjReached: report, pjStatus: result, pjReason: result,
	})
	b.endStream(sw, sh, pjColumns, len(res.Projects), func(last int) {
		b.labelRules(sh, fmt.Sprintf("%s2:%s%d", colName(pjStatus), colName(pjStatus), last), projectColors)
		b.labelRules(sh, fmt.Sprintf("%s2:%s%d", colName(pjReached), colName(pjReached), last), []labelColor{{"否", style.Orange}})
	})
}

// projectWidths fits 项目评估's columns to the projects.
func (rp *report) projectWidths() []float64 {
	ws := []float64{8, 16, 12, 9, 13, 13, 9, 14, 14, 7, 11, 20}
	grow := func(col int, hi float64, s string) {
		ws[col-1] = max(ws[col-1], fitWidth(ws[col-1], hi, s))
	}
	for i := range rp.res.Projects {
		pr := &rp.res.Projects[i]
		grow(pjID, 10, pr.ID)
		grow(pjName, 26, pr.Name)
		grow(pjLead, 16, pr.LeadName)
		grow(pjMilestone, 22, pr.Milestone)
		grow(pjReported, 22, pr.Reported)
		grow(pjReason, 36, rp.say("xlsx_project", pr))
	}
	return ws
}

// summaryTasks writes 总览's second part from row top: the key tasks by
// chapter and the major projects by status. It returns the last row.
func (rp *report) summaryTasks(top int, ws []float64, note summaryNote) int {
	b, res := rp.b, rp.res
	const sh = sheetSummary
	// The name takes columns A to C, merged; the numbers follow.
	nameWidth := ws[0] + ws[1] + ws[2]
	name := func(r int, v any, st cellStyle) {
		b.setStyled(sh, 1, r, v, st)
		b.styleRange(sh, 2, r, 3, r, st)
		if b.err == nil {
			b.err = b.f.MergeCell(sh, cellName(1, r), cellName(3, r))
		}
	}
	// A paragraph spans the table's width, wrapped.
	last := max(len(ws), 10)
	var full float64
	for c := 1; c <= last; c++ {
		full += colWidth(ws, c)
	}
	para := func(r int, s string) {
		b.setStyled(sh, 1, r, s, cellStyle{grey: true, wrap: true, top: true})
		if b.err == nil {
			b.err = b.f.MergeCell(sh, cellName(1, r), cellName(last, r))
		}
		b.fitRow(sh, r, []string{s}, []float64{full})
	}
	head := func(r int, heads []string) {
		name(r, heads[0], cellStyle{header: true, align: "center"})
		texts, widths := []string{heads[0]}, []float64{nameWidth}
		for j, h := range heads[1:] {
			b.setStyled(sh, 4+j, r, h, cellStyle{header: true, align: "center"})
			texts, widths = append(texts, h), append(widths, colWidth(ws, 4+j))
		}
		b.fitRow(sh, r, texts, widths)
	}
	r := top
	if len(res.Tasks) > 0 {
		all := note.Tasks
		b.setStyled(sh, 1, r, rp.say("xlsx_summary_tasks_title", note), cellStyle{title: true})
		para(r+1, rp.say("xlsx_summary_tasks_text", note))
		r += 3
		head(r, []string{"章", "任务数", model.Done.Label(), model.OnSchedule.Label(), model.Behind.Label(), model.NotStarted.Label(), model.NotReported.Label(), "完成或按计划推进占比"})
		chapters := res.TaskChapters
		for i, g := range append(append([]eval.TaskGroup{}, chapters...), all) {
			r++
			total := i == len(chapters)
			st := cellStyle{wrap: true, bold: total}
			if total {
				st.align = "center"
			}
			label := g.Name
			if total {
				label = "合计"
			}
			name(r, label, st)
			for j, n := range []int{g.Total, g.Done, g.OnSchedule, g.Behind, g.NotStarted, g.NoReport} {
				b.setStyled(sh, 4+j, r, n, cellStyle{align: "center", bold: total})
			}
			var v any
			if g.Total > g.NoReport {
				v = g.Share
			}
			b.setStyled(sh, 10, r, v, cellStyle{align: "center", bold: total, numFmt: "0.0%"})
			b.fitRow(sh, r, []string{label}, []float64{nameWidth})
		}
		if len(res.Projects) > 0 {
			r += 3
		}
	}
	if len(res.Projects) > 0 {
		all := note.Projects
		counts := append(append([]eval.ProjectCount(nil), all.ByStatus...), eval.ProjectCount{N: all.Total, Planned: all.Planned, Completed: all.Completed, Share: all.Share})
		b.setStyled(sh, 1, r, rp.say("xlsx_summary_projects_title", note), cellStyle{title: true})
		para(r+1, rp.say("xlsx_summary_projects_text", note))
		r += 3
		head(r, []string{"状态", "项目数", "计划累计投资(亿元)", "完成累计投资(亿元)", "完成比例"})
		first := r + 1
		for i, c := range counts {
			r++
			total := i == len(counts)-1
			label := c.Status.Label()
			if total {
				label = "合计"
			}
			name(r, label, cellStyle{align: "center", bold: total})
			b.setStyled(sh, 4, r, c.N, cellStyle{align: "center", bold: total})
			b.setStyled(sh, 5, r, c.Planned, cellStyle{align: "center", bold: total, numFmt: "0.00"})
			b.setStyled(sh, 6, r, c.Completed, cellStyle{align: "center", bold: total, numFmt: "0.00"})
			var v any
			if c.Share != nil {
				v = *c.Share
			}
			b.setStyled(sh, 7, r, v, cellStyle{align: "center", bold: total, numFmt: "0.0%"})
		}
		b.labelRules(sh, fmt.Sprintf("A%d:A%d", first, r-1), projectColors)
	}
	return r
}

// colWidth is column col's width in ws, or Excel's default beyond it.
func colWidth(ws []float64, col int) float64 {
	if col-1 < len(ws) {
		return ws[col-1]
	}
	return 8.43
}
