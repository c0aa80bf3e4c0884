package xlsx

import (
	"fmt"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// table writes a header row at row top and rows under it, sizes the
// columns to fit (between the given bounds), and puts a filter on it.
// Columns listed in wrap wrap their text; those in center are centred.
type table struct {
	sheet  string
	top    int
	heads  []string
	lo, hi []float64 // each column's narrowest and widest width
	wrap   map[int]bool
	center map[int]bool
	rows   [][]any
}

// write writes the table and returns the row after it.
func (b *book) table(t table) int {
	for j, h := range t.heads {
		b.setStyled(t.sheet, j+1, t.top, h, cellStyle{header: true, align: "center"})
	}
	ws := make([]float64, len(t.heads))
	for j := range ws {
		ws[j] = max(t.lo[j], textWidth(t.heads[j])+2)
	}
	for i, r := range t.rows {
		for j, v := range r {
			st := cellStyle{wrap: t.wrap[j], align: map[bool]string{true: "center"}[t.center[j]]}
			b.setStyled(t.sheet, j+1, t.top+1+i, v, st)
			if s, ok := v.(string); ok {
				ws[j] = max(ws[j], fitWidth(t.lo[j], t.hi[j], s))
			}
		}
	}
	b.widths(t.sheet, ws)
	for i, r := range t.rows {
		var texts []string
		var widths []float64
		for j, v := range r {
			if s, ok := v.(string); ok && t.wrap[j] {
				texts, widths = append(texts, s), append(widths, ws[j])
			}
		}
		b.fitRow(t.sheet, t.top+1+i, texts, widths)
	}
	if len(t.rows) > 0 && b.err == nil {
		b.err = b.f.AutoFilter(t.sheet, fmt.Sprintf("A%d:%s%d", t.top, colName(len(t.heads)), t.top+len(t.rows)), nil)
	}
	return t.top + 1 + len(t.rows)
}

// problems writes 重大问题: each major problem with the rule that found it.
func (rp *report) problems() {
	b := rp.b
	const sh = sheetProblems
	t := table{
		sheet: sh, top: 1,
		heads:  []string{"规则", "编号", "名称", "属性", "牵头部门", "状态", "说明"},
		lo:     []float64{16, 6, 16, 8, 12, 12, 30},
		hi:     []float64{30, 8, 30, 8, 20, 14, 70},
		wrap:   map[int]bool{0: true, 2: true, 6: true},
		center: map[int]bool{1: true, 3: true, 5: true},
	}
	progress := map[string]string{}
	for _, tr := range rp.res.Tasks {
		progress[tr.ID] = tr.ProgressLabel
	}
	state := map[string]string{}
	for _, pr := range rp.res.Projects {
		state[pr.ID] = pr.StatusLabel
	}
	for _, pr := range rp.res.Problems {
		label := strings.Join(pr.RuleLabels, "；")
		// A problem is an indicator's, a key task's or a major project's;
		// 状态 is the indicator's status, the task's progress or the
		// project's status.
		id, kind, status := pr.Indicator, bindingLabel(pr.Binding), pr.Status.Label()
		switch {
		case pr.Task != "":
			id, kind, status = pr.Task, "重点任务", progress[pr.Task]
		case pr.Project != "":
			id, kind, status = pr.Project, "重大项目", state[pr.Project]
		}
		t.rows = append(t.rows, []any{label, id, pr.Name, kind, pr.LeadName, text(status), problemFacts(pr)})
	}
	end := b.table(t)
	if len(t.rows) == 0 {
		b.set(sh, 1, 2, "未发现重大问题。")
	} else {
		status := fmt.Sprintf("F2:F%d", end-1)
		b.statusRules(sh, status)
		b.labelRules(sh, status, progressColors)
		b.labelRules(sh, status, projectColors)
	}
	b.freeze(sh, 0, 1)
	b.printSetup(sh, 1, false)
}

// quality writes 数据质量: each finding, with the file, sheet and cell it
// is about.
func (rp *report) quality() {
	b, p := rp.b, rp.p
	const sh = sheetQuality
	t := table{
		sheet: sh, top: 1,
		heads:  []string{"级别", "类别", "代码", "编号", "指标", "年份", "位置", "说明"},
		lo:     []float64{6, 12, 10, 6, 16, 7, 16, 30},
		hi:     []float64{6, 16, 20, 8, 30, 7, 40, 70},
		wrap:   map[int]bool{4: true, 6: true, 7: true},
		center: map[int]bool{0: true, 3: true, 5: true},
	}
	for _, q := range rp.res.Quality {
		level, label := q.Severity.Label(), q.Code.Label()
		name := ""
		if ind := p.Indicator(q.Indicator); ind != nil {
			name = ind.Name
		} else if ref := p.Reference(q.Indicator); ref != nil {
			name = ref.Name
		}
		var year any
		if q.Year != 0 {
			year = q.Year
		}
		t.rows = append(t.rows, []any{level, label, q.Code, text(q.Indicator), text(name), year, text(q.At), q.Message})
	}
	b.table(t)
	if len(t.rows) == 0 {
		b.set(sh, 1, 2, "未发现数据质量问题。")
	}
	b.freeze(sh, 0, 1)
	b.printSetup(sh, 1, false)
}

// departments writes 部门责任清单 from res.Departments: a line per lead
// department with its counts and score, then a table of every indicator,
// task and project it leads, one row each with its status and what the
// department must report next year, filtered by department or by type.
func (rp *report) departments() {
	b, res, p := rp.b, rp.res, rp.p
	const sh = sheetDepts
	inds := map[string]*eval.IndicatorResult{}
	for i := range res.Indicators {
		inds[res.Indicators[i].ID] = &res.Indicators[i]
	}
	tasks := map[string]*eval.TaskResult{}
	for i := range res.Tasks {
		tasks[res.Tasks[i].ID] = &res.Tasks[i]
	}
	projects := map[string]*eval.ProjectResult{}
	for i := range res.Projects {
		projects[res.Projects[i].ID] = &res.Projects[i]
	}
	var depts []eval.DepartmentResult
	for _, d := range res.Departments {
		if len(d.Indicators)+len(d.Tasks)+len(d.Projects) > 0 {
			depts = append(depts, d)
		}
	}

	b.setStyled(sh, 1, 1, "部门责任清单", cellStyle{title: true})
	b.setStyled(sh, 1, 2, "进展正常:指标进展良好、任务已完成或按计划推进、项目按计划推进;综合得分 = 进展正常 ÷ 可评估。", cellStyle{grey: true})
	heads := []string{"牵头部门", "牵头指标", "约束性", "重点任务", "重大项目", "可评估", "进展正常", "综合得分", "重大问题", fmt.Sprintf("%s需报送", zh.Year(res.Year+1))}
	r := 4
	for j, h := range heads {
		b.setStyled(sh, j+1, r, h, cellStyle{header: true, align: "center"})
	}
	if b.err == nil {
		b.err = b.f.SetRowHeight(sh, r, 2*lineHeight+2)
	}
	var names []string // the summary's department names, row r−len+1.. r
	for _, d := range depts {
		r++
		binding := 0
		for _, id := range d.Indicators {
			if ir := inds[id]; ir != nil && ir.Binding {
				binding++
			}
		}
		name := deptName(d)
		names = append(names, name)
		b.setStyled(sh, 1, r, name, cellStyle{wrap: true})
		for j, n := range []int{len(d.Indicators), binding, len(d.Tasks), len(d.Projects), d.Assessable, d.OnTrack} {
			b.setStyled(sh, j+2, r, n, cellStyle{align: "center"})
		}
		if d.Assessable > 0 {
			b.setStyled(sh, 8, r, d.Score, cellStyle{align: "center", numFmt: "0.0%"})
		}
		b.setStyled(sh, 9, r, d.Problems, cellStyle{align: "center"})
		b.setStyled(sh, 10, r, len(d.Next), cellStyle{align: "center"})
	}

	top := r + 2
	t := table{
		sheet: sh, top: top,
		heads:  []string{"牵头部门", "类型", "编号", "名称", "属性", "状态", "说明", heads[len(heads)-1], "配合部门", "备注"},
		lo:     []float64{16, 9, 8, 16, 8, 11, 18, 18, 12, 8},
		hi:     []float64{22, 9, 10, 26, 12, 12, 32, 36, 20, 24},
		wrap:   map[int]bool{0: true, 3: true, 6: true, 7: true, 8: true, 9: true},
		center: map[int]bool{1: true, 2: true, 4: true, 5: true},
	}
	partners := func(ids []string) any {
		var names []string
		for _, id := range ids {
			names = append(names, p.DepartmentName(id))
		}
		return text(strings.Join(names, "、"))
	}
	for _, d := range depts {
		name := deptName(d)
		next := func(kind, id, _ string) any { return text(nextYear(d.Next, kind, id)) }
		for _, id := range d.Indicators {
			ir := inds[id]
			if ir == nil {
				continue
			}
			var about []string
			for _, s := range []string{ir.BandLabel, ir.RequiredText} {
				if s != "" {
					about = append(about, s)
				}
			}
			var with any
			if ind := p.Indicator(ir.ID); ind != nil {
				with = partners(ind.Partners)
			}
			note := ""
			if ir.Manual {
				note = "人工调整,原判断:" + computedLabel(ir)
			}
			t.rows = append(t.rows, []any{name, "指标", ir.ID, ir.Name, bindingLabel(ir.Binding), statusLabel(ir),
				text(strings.Join(about, ";")), next("指标", ir.ID, ir.Name), with, text(note)})
		}
		for _, id := range d.Tasks {
			tr := tasks[id]
			if tr == nil {
				continue
			}
			key := ""
			if tr.Key {
				key = "重点关注"
			}
			about := ""
			if tr.Milestone != "" {
				about = "计划节点:" + tr.Milestone
			}
			var with any
			if tk := rp.task(tr.ID); tk != nil {
				with = partners(tk.Partners)
			}
			t.rows = append(t.rows, []any{name, "任务", tr.ID, tr.Title, text(key), tr.ProgressLabel,
				text(about), next("任务", tr.ID, tr.Title), with, nil})
		}
		for _, id := range d.Projects {
			pr := projects[id]
			if pr == nil {
				continue
			}
			about := causesText(pr.Causes)
			if about == "" && pr.Completed != nil && pr.Share != nil {
				about = fmt.Sprintf("累计完成投资%s亿元,为计划的%s", zh.Num(*pr.Completed), zh.Pct(*pr.Share))
			}
			t.rows = append(t.rows, []any{name, "项目", pr.ID, pr.Name, fmt.Sprintf("总投资%s亿元", zh.Num(pr.Investment)), pr.StatusLabel,
				text(about), next("项目", pr.ID, pr.Name), nil, nil})
		}
	}
	end := b.table(t)
	// The detail table has sized the columns the summary shares.
	if b.err == nil {
		var w float64
		if w, b.err = b.f.GetColWidth(sh, "A"); b.err == nil {
			for i, name := range names {
				b.fitRow(sh, r-len(names)+1+i, []string{name}, []float64{w})
			}
		}
	}
	if len(t.rows) > 0 {
		status := fmt.Sprintf("F%d:F%d", top+1, end-1)
		b.statusRules(sh, status)
		b.labelRules(sh, status, progressColors)
		b.labelRules(sh, status, projectColors)
	}
	b.printSetup(sh, 0, false)
}

// taskMethod is 方法说明's lines on the key tasks and major projects, when
// the result has them.
func (rp *report) taskMethod() [][2]string {
	res, p := rp.res, rp.p
	var lines [][2]string
	sample := false
	if len(res.Tasks) > 0 {
		lines = append(lines, [2]string{"重点任务进展", fmt.Sprintf("牵头部门在“重点任务”表报送每项任务每年的进展状态(%s)、完成比例和进展说明,没有报送的记为%s。截至评估年已有计划节点、报告“%s”或“%s”的任务为滞后;重点关注的任务滞后列为重大问题。“总览”表各章的完成或按计划推进占比 = (已完成 + 按计划推进) ÷ 已报送。",
			strings.Join(progressChoices, "、"), notReported, model.Behind.Label(), model.NotStarted.Label())})
		for _, t := range res.Tasks {
			sample = sample || t.Sample
		}
	}
	if len(res.Projects) > 0 {
		lines = append(lines, [2]string{"重大项目进展", fmt.Sprintf("计划累计投资和完成累计投资是%d—%d年各年之和,完成比例 = 完成累计投资 ÷ 计划累计投资。完成累计投资低于计划超过%s,或本年计划节点未完成,为进度滞后,列为重大问题;没有报送完成投资为数据待补。",
			p.BaseYear+1, res.Year, zh.Pct(res.Thresholds.ProjectBehind))})
		for _, pr := range res.Projects {
			sample = sample || pr.Sample
		}
	}
	if len(lines) == 0 {
		return nil
	}
	lines = append(lines,
		[2]string{"部门责任清单", "每个牵头部门牵头的指标、重点任务和重大项目及其状态;进展正常指进展良好的指标、已完成或按计划推进的任务、按计划推进的项目,综合得分 = 进展正常 ÷ 可评估。下年需报送列出下一年要报送的数值、节点和投资。"},
		[2]string{"修改任务和项目进展", "在“重点任务”“重大项目”表修改或补填(“任务评估”“项目评估”表中的进展状态、完成比例、完成累计投资、形象进度随之更新);滞后判断、统计和部门得分须重新运行 plancheck report --data 本工作簿 后更新"})
	if sample {
		lines = append(lines, [2]string{"示例", "标注为示例的任务牵头部门、年度计划节点、重大项目及其报送不是规划原文或公开数据,仅作演示"})
	}
	return lines
}

// deptName is a department's name as the sheets print it.
func deptName(d eval.DepartmentResult) string {
	switch {
	case d.Name != "" && d.Name != "—":
		return d.Name
	case d.ID != "" && d.ID != "—":
		return d.ID
	}
	return "(未指定牵头部门)"
}

// nextYear is what a department reports next year about one item, in
// words.
//
// TODO(lead): word it in a template (templates/department_next.tmpl has it).
func nextYear(next []eval.NextReport, kind, id string) string {
	subject := map[string]eval.Subject{"指标": eval.SubjectIndicator, "任务": eval.SubjectTask, "项目": eval.SubjectProject}[kind]
	for _, n := range next {
		if n.Subject != subject || n.ID != id {
			continue
		}
		switch n.Subject {
		case eval.SubjectTask:
			return fmt.Sprintf("%s节点“%s”", zh.Year(n.Year), n.Milestone)
		case eval.SubjectProject:
			inv := 0.0
			if n.Investment != nil {
				inv = *n.Investment
			}
			return fmt.Sprintf("%s完成投资%s亿元、形象进度“%s”", zh.Year(n.Year), zh.Num(inv), n.Milestone)
		}
		return zh.Year(n.Year) + "数值"
	}
	return ""
}

// method writes 方法说明: how the statuses are judged, with this plan's
// thresholds, each indicator's rule, and how to correct the workbook and
// feed it back.
func (rp *report) method() {
	b, res, p := rp.b, rp.res, rp.p
	th := res.Thresholds
	const sh = sheetMethod
	n, span := res.Year-p.BaseYear, p.TargetYear-p.BaseYear
	num := zh.Num
	lines := [][2]string{
		{"评估年份", fmt.Sprintf("%s(规划期%d—%d年,基期%d年)", zh.Year(res.Year), p.BaseYear, p.TargetYear, p.BaseYear)},
		{"时间进度", fmt.Sprintf("s = (评估年−基期年)/(目标年−基期年) = %d/%d = %s", n, span, zh.Pct(res.Elapsed))},
		{"完成进度与进度比", "完成进度 p 是目标完成的比例(1 即 100% 完成);进度比 R = p/s,比较完成的比例与时间过去的比例。各类目标的计算见下表“评估规则”。"},
		{"快于预期", fmt.Sprintf("R ≥ %s", num(th.Ahead))},
		{"基本符合预期", fmt.Sprintf("%s ≤ R < %s", num(th.OnTrack), num(th.Ahead))},
		{"滞后", fmt.Sprintf("%s ≤ R < %s", num(th.Lagging), num(th.OnTrack))},
		{"明显滞后", fmt.Sprintf("0 ≤ R < %s", num(th.Lagging))},
		{"逆向变化", "R < 0:指标向远离目标的方向变化"},
		{"提前实现 / 达到要求", "目标在目标年之前已经达到为提前实现,在目标年达到为达到要求;上下限、市级要求、相对目标和是否类指标每年判断达到要求或未达要求"},
		{"数据待补 / 无法评估", "缺少评估所需的数值、基期值或市级要求时为数据待补;没有可比较的目标(监测指标)或无法计算时为无法评估"},
		{"预计完成情况", fmt.Sprintf("按基期以来的实际年均变化推算至%d年:预计差距小于剩余差距的%s为预计可完成,不超过%s为完成存在风险,超过%s为预计难以完成", p.TargetYear, zh.Pct(th.Likely), zh.Pct(th.AtRisk), zh.Pct(th.AtRisk))},
		{"与经济增长基本同步", fmt.Sprintf("指标增速不低于对比增速减%s个百分点", num(th.SyncTolerance))},
		{"总体判断", "进展良好(提前实现、快于预期、基本符合预期、达到要求)的指标占可评估指标四分之三及以上为总体进展符合预期,二分之一及以上为总体进展基本符合预期、部分指标滞后,不足二分之一为总体进展滞后于预期"},
		{"重大问题", "约束性指标未达要求或进度滞后;指标逆向变化;连续两年进度滞后;按当前进度预计难以完成目标"},
		{"数据质量", fmt.Sprintf("水平值年度变化超过%s、比率变化超过%s个百分点提示异常波动;增速与总量推算的增速相差超过%s个百分点提示不一致;超出合理范围为错误", zh.Pct(th.Jump), num(th.RateJump), num(th.GrowthTolerance))},
		{"修改数值", "在“指标数据”表修改或补填数值(指标评估表中的年度数值、完成进度和进度比随之更新;指标评估表按编号和年份查找数值,“指标数据”表可以排序、插入行);状态、统计和图表须重新运行 plancheck report --data 本工作簿 后更新"},
		{"人工调整状态", "在“指标评估”表“状态调整”列选择新状态,并在“调整理由”列写明理由(没有理由的调整会被拒绝);重新生成的报告按调整后的状态统计,并标明为人工判断"},
		{"分析意见", "在“指标评估”表“分析意见”列填写,重新生成报告时写入 PDF 报告该指标之下"},
		{"评估年度", fmt.Sprintf("本工作簿是%s评估的报告:“状态调整”“调整理由”“分析意见”三列属于%s评估(表头注明年份),只在%s的评估中采用;用于其他年份的评估时,这三列不被采用。请勿修改工作表名称,也不要删除工作表", zh.Year(res.Year), zh.Year(res.Year), zh.Year(res.Year))},
	}
	lines = append(lines, rp.taskMethod()...)
	b.setStyled(sh, 1, 1, "方法说明", cellStyle{title: true})
	r := 3
	for _, l := range lines {
		b.setStyled(sh, 1, r, l[0], cellStyle{bold: true, top: true, wrap: true})
		b.setStyled(sh, 2, r, l[1], cellStyle{wrap: true, top: true})
		b.fitRow(sh, r, l[:], []float64{20, 70})
		r++
	}
	t := table{
		sheet: sh, top: r + 1,
		heads:  []string{"编号", "评估规则", "指标", "目标类型", "说明"},
		lo:     []float64{20, 70, 16, 10, 20},
		hi:     []float64{20, 70, 30, 12, 40},
		wrap:   map[int]bool{1: true, 2: true, 4: true},
		center: map[int]bool{0: true, 3: true},
	}
	for i := range res.Indicators {
		ir := &res.Indicators[i]
		t.rows = append(t.rows, []any{ir.ID, text(ir.Method.Label() + "：" + ir.Method.Formula()), ir.Name, ir.Kind.Label(), text(reasonText(ir))})
	}
	b.table(t)
	b.printSetup(sh, 0, false)
}

// causesText is why a project or task is behind, in the model's labels.
func causesText(cs []model.Cause) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.Label()
	}
	return strings.Join(parts, "、")
}

// reasonText is why an indicator has no judgment, with the years.
//
// TODO(lead): word it in a template.
func reasonText(ir *eval.IndicatorResult) string {
	if ir.Reason == "" {
		return ""
	}
	s := ir.Reason.Label()
	if len(ir.ReasonYears) > 0 {
		ys := make([]string, len(ir.ReasonYears))
		for i, y := range ir.ReasonYears {
			ys[i] = zh.Year(y)
		}
		s += "（" + strings.Join(ys, "、") + "）"
	}
	return s
}

// problemFacts lists the numbers behind a problem for the 说明 column.
//
// TODO(lead): word it with templates/problem.tmpl through report/doc.
func problemFacts(pr eval.Problem) string {
	var parts []string
	val := func(v float64) string { return eval.Fixed(v, pr.Decimals) + pr.Unit }
	switch {
	case pr.Text != "":
		parts = append(parts, "当年值"+pr.Text)
	case pr.Value != nil:
		parts = append(parts, "当年值"+val(*pr.Value))
	}
	switch {
	case pr.Requirement != nil:
		parts = append(parts, "要求值"+val(*pr.Requirement))
	case pr.Compared != nil:
		parts = append(parts, "对比值"+val(*pr.Compared))
	case pr.TargetText != "":
		parts = append(parts, "目标"+pr.TargetText)
	}
	if pr.Progress != nil {
		parts = append(parts, "完成进度"+zh.Pct(*pr.Progress))
	}
	if pr.PaceRatio != nil {
		parts = append(parts, "进度比"+zh.Ratio(*pr.PaceRatio))
	}
	if pr.Band != "" {
		parts = append(parts, pr.Band.Label())
	}
	if pr.InvestmentShare != nil {
		parts = append(parts, "累计完成投资为计划的"+zh.Pct(*pr.InvestmentShare))
	}
	if pr.Milestone != "" {
		parts = append(parts, "计划节点："+pr.Milestone)
	}
	if c := causesText(pr.Causes); c != "" {
		parts = append(parts, c)
	}
	return strings.Join(parts, "；")
}
