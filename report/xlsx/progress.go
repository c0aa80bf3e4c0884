package xlsx

import (
	"fmt"
	"image/color"
	"sort"
	"strconv"
	"strings"

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

// notReported is report/eval's progress label of a task without a report.
const notReported = "未报送"

// progressColors colour a task's 进展状态 as the statuses are coloured:
// done blue, on schedule green, behind orange, not started vermillion,
// not reported grey.
var progressColors = []labelColor{
	{model.Done.Label(), style.Blue},
	{model.OnSchedule.Label(), style.Green},
	{model.Behind.Label(), style.Orange},
	{model.NotStarted.Label(), style.Vermillion},
	{notReported, style.Grey},
}

// projectColors colour a project's 状态: report/eval's labels of on track,
// behind and no data.
var projectColors = []labelColor{
	{"按计划推进", style.Green},
	{"进度滞后", style.Orange},
	{"数据待补", style.Grey},
}

// labelRules colour the cells of ref whose text is one of the labels, each
// on a pale fill of its colour in dark text, so that the colour follows a
// label typed over.
func (b *book) labelRules(sheet, ref string, labels []labelColor) {
	var rules []excelize.ConditionalFormatOptions
	for _, l := range labels {
		id := b.dxf(dxfStyle{fill: hex(tint(l.c, 0.72)), font: hex(style.Black)})
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

// The notes on the headers of 任务评估 and 项目评估.
const (
	noteTaskReport    = "公式：按编号和年份显示“重点任务”表中本任务本年的报送，随之更新；排序或插入行不影响。"
	noteBehind        = "已有计划节点的任务为公式：进展状态为滞后或未启动时为“是”；其余为计算结果，由 plancheck 写入。"
	noteInvested      = "公式：“重大项目”表中本项目各年完成投资之和，随之更新。"
	noteShare         = "公式：完成累计投资 ÷ 计划累计投资。"
	noteProjectReport = "公式：按编号和年份显示“重大项目”表中本项目本年的报送，随之更新。"
	noteProjectResult = "计算结果，由 plancheck 写入；修改无效。在“重大项目”表修正报送后，重新运行 plancheck 更新。"
)

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
			if f, ok := look.textOr(at(colTaskProgress), tr.ID, res.Year, notReported); ok {
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
		// a milestone was due. Where none was, it cannot lag.
		if t := rp.task(tr.ID); t != nil && milestoneDue(t, rp.p.BaseYear, res.Year) {
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
	b.notes(sh, map[int]string{
		tkProgress: noteTaskReport, tkShare: noteTaskReport, tkText: noteTaskReport, tkBehind: noteBehind,
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

// task is the plan's task with the id, or nil.
func (rp *report) task(id string) *model.Task {
	if rp.tasks == nil {
		rp.tasks = taskIndex(rp.p)
	}
	return rp.tasks[model.NormalizeID(id)]
}

// milestoneDue reports whether a milestone of t fell due by Y, as
// report/eval decides when a task lags: a task without milestones is due
// every year.
func milestoneDue(t *model.Task, base, y int) bool {
	if len(t.Milestones) == 0 {
		return true
	}
	for x := base + 1; x <= y; x++ {
		if t.Milestones[x] != "" {
			return true
		}
	}
	return false
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
	b, res, p := rp.b, rp.res, rp.p
	const sh = sheetProjectAssess
	heads := projectHeaders(p.BaseYear, res.Year)
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
		if f, ok := look.sum(at(colProjectInvest), pr.ID, p.BaseYear+1, res.Year); ok {
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
		cells.put(pjReason, causesText(pr.Causes), wrap)
		texts := []string{pr.Name, pr.LeadName, pr.Milestone, pr.Reported, causesText(pr.Causes)}
		widths := []float64{ws[pjName-1], ws[pjLead-1], ws[pjMilestone-1], ws[pjReported-1], ws[pjReason-1]}
		if err := sw.SetRow(cellName(1, r), cells, excelize.RowOpts{Height: wrapHeight(texts, widths)}); err != nil {
			b.err = fmt.Errorf("%s: row %d (project %s): %w", sh, r, pr.ID, err)
			return
		}
	}
	b.notes(sh, map[int]string{
		pjCompleted: noteInvested, pjShare: noteShare, pjReported: noteProjectReport, pjReached: noteProjectReport,
		pjStatus: noteProjectResult, pjReason: noteProjectResult,
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
		grow(pjReason, 36, causesText(pr.Causes))
	}
	return ws
}

// taskCounts counts tasks by their progress in Y.
func taskCounts(tasks []eval.TaskResult) eval.TaskGroup {
	return eval.CountTasks("total", "合计", tasks)
}

// taskNote is a count of tasks in words: 已完成4项、按计划推进130项、滞后5项.
func taskNote(g eval.TaskGroup) string {
	parts := []string{}
	for _, c := range []struct {
		label string
		n     int
	}{
		{model.Done.Label(), g.Done}, {model.OnSchedule.Label(), g.OnSchedule}, {model.Behind.Label(), g.Behind},
		{model.NotStarted.Label(), g.NotStarted}, {notReported, g.NoReport},
	} {
		parts = append(parts, fmt.Sprintf("%s%d项", c.label, c.n))
	}
	return strings.Join(parts, "、")
}

// projectCount is the projects of one status and their investment.
type projectCount struct {
	label              string
	n                  int
	planned, completed float64
}

// projectCounts counts projects by status, in projectColors' order, and
// in all (the last).
func projectCounts(projects []eval.ProjectResult) []projectCount {
	out := make([]projectCount, len(projectColors)+1)
	for i, l := range projectColors {
		out[i].label = l.label
	}
	all := &out[len(projectColors)]
	all.label = "合计"
	for _, pr := range projects {
		for i := range projectColors {
			if out[i].label == pr.StatusLabel {
				out[i].n++
				out[i].planned += pr.Planned
				if pr.Completed != nil {
					out[i].completed += *pr.Completed
				}
			}
		}
		all.n++
		all.planned += pr.Planned
		if pr.Completed != nil {
			all.completed += *pr.Completed
		}
	}
	return out
}

// projectNote is a count of projects in words: 按计划推进7项、进度滞后1项.
func projectNote(counts []projectCount) string {
	var parts []string
	for _, c := range counts[:len(counts)-1] {
		parts = append(parts, fmt.Sprintf("%s%d项", c.label, c.n))
	}
	return strings.Join(parts, "、")
}

// summaryTasks writes 总览's second part from row top: the key tasks by
// chapter and the major projects by status. It returns the last row.
func (rp *report) summaryTasks(top int, ws []float64) int {
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
		all := taskCounts(res.Tasks)
		b.setStyled(sh, 1, r, "重点任务实施情况", cellStyle{title: true})
		para(r+1, fmt.Sprintf("共%d项:%s;完成或按计划推进的占已报送任务的%s。各任务见“任务评估”表。", all.Total, taskNote(all), zh.Pct(all.Share)))
		r += 3
		head(r, []string{"章", "任务数", model.Done.Label(), model.OnSchedule.Label(), model.Behind.Label(), model.NotStarted.Label(), notReported, "完成或按计划推进占比"})
		chapters := res.TaskChapters
		for i, g := range append(append([]eval.TaskGroup{}, chapters...), all) {
			r++
			total := i == len(chapters)
			st := cellStyle{wrap: true, bold: total}
			if total {
				st.align = "center"
			}
			name(r, g.Name, st)
			for j, n := range []int{g.Total, g.Done, g.OnSchedule, g.Behind, g.NotStarted, g.NoReport} {
				b.setStyled(sh, 4+j, r, n, cellStyle{align: "center", bold: total})
			}
			var v any
			if g.Total > g.NoReport {
				v = g.Share
			}
			b.setStyled(sh, 10, r, v, cellStyle{align: "center", bold: total, numFmt: "0.0%"})
			b.fitRow(sh, r, []string{g.Name}, []float64{nameWidth})
		}
		if len(res.Projects) > 0 {
			r += 3
		}
	}
	if len(res.Projects) > 0 {
		counts := projectCounts(res.Projects)
		all := counts[len(counts)-1]
		b.setStyled(sh, 1, r, "重大项目推进情况", cellStyle{title: true})
		line := fmt.Sprintf("共%d项:%s;%d—%d年计划投资%s亿元,已完成%s亿元。各项目见“项目评估”表。", all.n, projectNote(counts),
			res.Plan.BaseYear+1, res.Year, zh.Num(all.planned), zh.Num(all.completed))
		para(r+1, line)
		r += 3
		head(r, []string{"状态", "项目数", "计划累计投资(亿元)", "完成累计投资(亿元)", "完成比例"})
		first := r + 1
		for i, c := range counts {
			r++
			total := i == len(counts)-1
			name(r, c.label, cellStyle{align: "center", bold: total})
			b.setStyled(sh, 4, r, c.n, cellStyle{align: "center", bold: total})
			b.setStyled(sh, 5, r, c.planned, cellStyle{align: "center", bold: total, numFmt: "0.00"})
			b.setStyled(sh, 6, r, c.completed, cellStyle{align: "center", bold: total, numFmt: "0.00"})
			var v any
			if c.planned > 0 {
				v = c.completed / c.planned
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
