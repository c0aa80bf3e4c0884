package pdf

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// The document fixture: the midterm report of the fixture's evaluation
// (legacy_fixture_test.go), built by hand as report/doc would build it,
// with every kind of block: bold runs and sample marks, tables of every
// column role with multi-row headers, group rows and notes, figures two a
// row and full width, an analyst's comment, footnotes and a wide annex.

func runs(parts ...any) []doc.Run {
	var out []doc.Run
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			out = append(out, doc.Run{Text: p})
		case doc.Run:
			out = append(out, p)
		}
	}
	return out
}

func bold(s string) doc.Run   { return doc.Run{Text: s, Bold: true} }
func sample(s string) doc.Run { return doc.Run{Text: s, Sample: true} }

func para(parts ...any) *doc.Paragraph { return &doc.Paragraph{Runs: runs(parts...)} }

func styled(st doc.ParaStyle, parts ...any) *doc.Paragraph {
	return &doc.Paragraph{Style: st, Runs: runs(parts...)}
}

func item(parts ...any) *doc.Paragraph {
	return &doc.Paragraph{Runs: runs(parts...), KeepWithNext: true}
}

func text(s string) doc.Cell { return doc.Cell{Text: s} }

// value is an indicator's value in a year as a cell, marked when a sample.
func value(ind *eval.IndicatorResult, y int) doc.Cell {
	for _, yr := range ind.Years {
		if yr.Year != y {
			continue
		}
		switch {
		case yr.Text != "":
			return doc.Cell{Text: yr.Text, Sample: yr.Sample}
		case yr.Value != nil:
			return doc.Cell{Text: zh.Num(*yr.Value), Sample: yr.Sample}
		}
	}
	return text("—")
}

func nameUnitOf(ind *eval.IndicatorResult) string {
	if ind.Unit == "" {
		return ind.Name
	}
	return ind.Name + "（" + ind.Unit + "）"
}

func statusOf(s eval.Status) doc.Cell {
	if s == "" {
		return text("—")
	}
	return doc.Cell{Text: s.Label(), Status: s}
}

func attrOf(ind *eval.IndicatorResult) string {
	if ind.Binding {
		return "约束性"
	}
	return "预期性"
}

// chartOf is an indicator's chart spec, as eval would fill it: the values
// as a line (a rate as bars), the target, the limit.
func chartOf(res *eval.Result, ind *eval.IndicatorResult) *eval.Chart {
	ch := &eval.Chart{Kind: eval.ChartLine, Unit: ind.Unit, FromYear: res.Plan.BaseYear, ToYear: res.Plan.TargetYear, Status: ind.Status}
	if ind.Kind == model.AvgGrowth {
		ch.Kind = eval.ChartRate
	}
	var ps []eval.ChartPoint
	for _, y := range ind.Years {
		if y.Value != nil {
			ps = append(ps, eval.ChartPoint{Year: y.Year, Value: *y.Value, Text: zh.Num(*y.Value), Sample: y.Sample})
		}
	}
	ch.Series = append(ch.Series, eval.ChartSeries{Role: eval.SeriesActual, Label: "实际值", Points: ps})
	if ind.TargetValue != nil {
		switch ind.Kind {
		case model.Ceiling:
			ch.Lines = append(ch.Lines, eval.ChartRule{Value: *ind.TargetValue, Label: "上限 " + zh.Num(*ind.TargetValue), Role: eval.RuleLimit})
		case model.AvgGrowth:
			ch.Lines = append(ch.Lines, eval.ChartRule{Value: *ind.TargetValue, Label: "目标 " + zh.Num(*ind.TargetValue) + "%", Role: eval.RuleTargetRate})
		default:
			ch.Series = append(ch.Series, eval.ChartSeries{Role: eval.SeriesTarget, Label: "目标",
				Points: []eval.ChartPoint{{Year: res.Plan.TargetYear, Value: *ind.TargetValue, Text: fmt.Sprintf("%d年目标 %s", res.Plan.TargetYear, zh.Num(*ind.TargetValue))}}})
		}
	}
	return ch
}

// docFixture is the fixture's report as a document tree.
func docFixture() *doc.Document {
	res := fixture()
	sampleNote := []doc.Paragraph{*styled(doc.Footnote, "注：标“*”的数值为示例数据，非正式统计数据。")}
	d := &doc.Document{
		Meta: doc.Meta{Title: "海淀区“十四五”规划实施情况中期评估报告（2023年度）", Author: res.Plan.Issuer,
			Subject: res.Plan.Name, Date: "2026-11-25", Language: "zh-CN"},
		Cover: doc.Cover{Title: "海淀区“十四五”规划实施情况中期评估报告（2023年度）", Subtitle: "中期评估",
			Lines: []string{res.Plan.Issuer}, Date: "二〇二六年十一月",
			Notice: runs(bold("数据说明："), "本报告中标“*”的数值为示例数据（内置示例数据），仅用于演示评估方法，非正式统计数据；正式评估前应以各部门报送的数据替换。")},
	}

	// 一、总体评价
	var dist eval.Chart
	dist.Kind = eval.ChartBars
	for _, st := range eval.Statuses() {
		dist.Legend = append(dist.Legend, string(st))
	}
	var catRows []doc.Row
	var used []eval.Status
	for _, st := range eval.Statuses() {
		if n(eval.GroupSummary{ByStatus: res.Summary.ByStatus}, st) > 0 {
			used = append(used, st)
		}
	}
	for _, g := range res.Summary.Categories {
		b := eval.BarGroup{Label: g.Name}
		cells := []doc.Cell{text(g.Name), text(fmt.Sprint(g.Total)), text(fmt.Sprint(g.Assessable))}
		for _, st := range used {
			k := n(g, st)
			cells = append(cells, text(fmt.Sprint(k)))
			if k > 0 {
				b.Segments = append(b.Segments, eval.BarSegment{Key: string(st), Label: st.Label(), N: k})
			}
		}
		share := "—"
		if g.Assessable > 0 {
			share = zh.Pct(float64(g.Good) / float64(g.Assessable))
		}
		catRows = append(catRows, doc.Row{Cells: append(cells, text(share))})
		dist.Bars = append(dist.Bars, b)
	}
	catCols := []doc.Column{{Title: "类别", Role: doc.NameCol}, {Title: "指标数", Role: doc.NumberCol}, {Title: "可评估", Role: doc.NumberCol}}
	header := [][]doc.Cell{{text("类别"), text("指标数"), text("可评估"), {Text: "评估状态", Span: len(used)}, text("达到或快于预期的占比")},
		{text(""), text(""), text("")}}
	for _, st := range used {
		catCols = append(catCols, doc.Column{Title: st.Label(), Role: doc.NumberCol})
		header[1] = append(header[1], text(st.Label()))
	}
	catCols = append(catCols, doc.Column{Title: "达到或快于预期的占比", Role: doc.NumberCol})
	header[1] = append(header[1], text(""))

	var bindingRows []doc.Row
	for i := range res.Indicators {
		ind := &res.Indicators[i]
		if !ind.Binding {
			continue
		}
		bindingRows = append(bindingRows, doc.Row{Cells: []doc.Cell{text(ind.ID), text(nameUnitOf(ind)), text(ind.TargetText),
			value(ind, res.Year), statusOf(ind.Status), text(ind.LeadName)}})
	}
	overall := &doc.Section{Number: "一、", Title: "总体评价", Level: 1,
		Blocks: []doc.Block{styled(doc.Lead, "2023年是海淀区“十四五”规划实施的第三年，规划期时间进度为60.0%。总体看，规划实施", bold("时间过半、任务过半"), "。")},
		Sections: []*doc.Section{
			{Number: "（一）", Title: "总体进展", Level: 2, Blocks: []doc.Block{
				para("纳入评估的18项主要指标中，可量化评估的16项有11项进度达到或快于预期，占68.8%，", bold("时间过半、任务过半"), "。其中，提前实现1项，快于预期1项，基本符合预期3项，达到要求6项，滞后3项，逆向变化1项，未达要求1项，无法评估2项。"),
				para("规划确定重点任务10项（其中年度评估重点关注4项），已报送进展9项，其中已完成2项、按计划推进4项，进展顺利的占66.7%，详见第三部分。4个重大项目计划总投资202亿元，截至2023年底累计完成投资93.08亿元，为同期计划的80.9%，详见第四部分。"),
				&doc.Figure{Number: "图1-1", Caption: "主要指标评估状态分类别分布（2023年）", Size: doc.Full, Chart: &dist},
				para("评估发现需要重点关注的问题8个，详见第五部分；数据质量检查发现7处需要核实的数据，详见附表3。"),
			}},
			{Number: "（二）", Title: "分类别进展", Level: 2, Blocks: []doc.Block{
				para("从六个类别看，安全稳定、减量提质类指标进展较好，创新发展、绿色发展类指标进展相对滞后。"),
				&doc.Table{Number: "表1-1", Title: "分类别主要指标评估情况", Columns: catCols, Header: header, Rows: catRows, Keep: true},
			}},
			{Number: "（三）", Title: "约束性指标", Level: 2, Blocks: []doc.Block{
				para("7项约束性指标中，可评估的6项有5项达到要求，生活垃圾回收利用率未达到市级要求。"),
				&doc.Table{Number: "表1-2", Title: "约束性指标评估情况", Columns: []doc.Column{
					{Title: "序号", Role: doc.IDCol}, {Title: "指标", Role: doc.NameCol}, {Title: "目标", Role: doc.TermCol},
					{Title: "2023年", Role: doc.NumberCol}, {Title: "状态", Role: doc.StatusCol}, {Title: "牵头部门", Role: doc.TextCol}},
					Rows: bindingRows, Notes: sampleNote},
			}},
		}}
	d.Parts = append(d.Parts, overall)

	// 二、主要指标进展情况: a table and the charts of each category.
	progress := &doc.Section{Number: "二、", Title: "主要指标进展情况", Level: 1}
	for k, g := range res.Summary.Categories {
		var rows []doc.Row
		var figs []*doc.Figure
		for i := range res.Indicators {
			ind := &res.Indicators[i]
			if ind.Category != g.ID {
				continue
			}
			cells := []doc.Cell{text(nameUnitOf(ind)), text(attrOf(ind)), value(ind, 2020), text(ind.TargetText)}
			for y := 2021; y <= 2023; y++ {
				cells = append(cells, value(ind, y))
			}
			cells = append(cells, statusOf(ind.Status), text(orDashOf(ind.BandLabel)))
			rows = append(rows, doc.Row{Cells: cells})
			if ind.Value != nil {
				caption := fmt.Sprintf("%s：2023年%s，评估结论：%s", ind.Name, value(ind, 2023).Text, ind.Status.Label())
				if ind.Progress != nil {
					caption = fmt.Sprintf("%s：2023年%s，完成进度%s，进度比%s，评估结论：%s", ind.Name, value(ind, 2023).Text,
						zh.Pct(*ind.Progress), zh.Ratio(*ind.PaceRatio), ind.Status.Label())
				}
				figs = append(figs, &doc.Figure{Number: fmt.Sprintf("图2-%d", len(figs)+1+10*k), Caption: caption, Size: doc.Half, Chart: chartOf(res, ind)})
			}
		}
		cols := []doc.Column{{Title: "指标", Role: doc.NameCol}, {Title: "属性", Role: doc.TermCol}, {Title: "基期值\n（2020年）", Role: doc.NumberCol},
			{Title: "2025年目标", Role: doc.TermCol}}
		for y := 2021; y <= 2023; y++ {
			cols = append(cols, doc.Column{Title: fmt.Sprintf("%d年", y), Role: doc.NumberCol})
		}
		cols = append(cols, doc.Column{Title: "状态", Role: doc.StatusCol}, doc.Column{Title: "预计", Role: doc.TermCol})
		sec := &doc.Section{Number: "（" + zh.Numeral(k+1) + "）", Title: g.Name, Level: 2, Blocks: []doc.Block{
			para(fmt.Sprintf("%s类共%d项指标，可评估的%d项中%d项进度达到或快于预期。", g.Name, g.Total, g.Assessable, g.Good)),
			&doc.Table{Number: fmt.Sprintf("表2-%d", k+1), Title: g.Name + "类指标进展情况", Columns: cols, Rows: rows, Notes: sampleNote},
		}}
		if len(figs) > 0 {
			sec.Blocks = append(sec.Blocks, &doc.Figures{Items: figs})
		}
		progress.Sections = append(progress.Sections, sec)
	}
	d.Parts = append(d.Parts, progress)

	// 三、重点任务实施情况
	tasks := eval.Chart{Kind: eval.ChartBars, Legend: []string{"done", "on_schedule", "behind", "not_started", "no_report"}}
	var chapterRows []doc.Row
	for _, g := range res.TaskChapters {
		b := eval.BarGroup{Label: g.Name}
		for _, s := range []struct {
			key, label string
			n          int
		}{{"done", "已完成", g.Done}, {"on_schedule", "按计划推进", g.OnSchedule}, {"behind", "滞后", g.Behind}, {"not_started", "未启动", g.NotStarted}, {"no_report", "未报送", g.NoReport}} {
			if s.n > 0 {
				b.Segments = append(b.Segments, eval.BarSegment{Key: s.key, Label: s.label, N: s.n})
			}
		}
		tasks.Bars = append(tasks.Bars, b)
		chapterRows = append(chapterRows, doc.Row{Cells: []doc.Cell{text(g.Name), text(fmt.Sprint(g.Total)), text(fmt.Sprint(g.Done)),
			text(fmt.Sprint(g.OnSchedule)), text(fmt.Sprint(g.Behind)), text(fmt.Sprint(g.NotStarted)), text(fmt.Sprint(g.NoReport))}})
	}
	var behindRows []doc.Row
	for _, t := range res.Tasks {
		if t.Behind {
			behindRows = append(behindRows, doc.Row{Cells: []doc.Cell{text(t.ID), text(t.Title), text(t.LeadName), text(t.Milestone),
				{Text: t.ProgressLabel}, text(t.Text)}})
		}
	}
	d.Parts = append(d.Parts, &doc.Section{Number: "三、", Title: "重点任务实施情况", Level: 1, Sections: []*doc.Section{
		{Number: "（一）", Title: "分章节实施情况", Level: 2, Blocks: []doc.Block{
			para("规划确定重点任务10项，分布在3章。第三章国际科技创新中心核心区建设的任务最多，进展总体顺利。"),
			&doc.Figure{Number: "图3-1", Caption: "重点任务分章节实施情况（2023年）", Size: doc.Full, Chart: &tasks},
			&doc.Table{Number: "表3-1", Title: "各章重点任务实施情况", Keep: true, Columns: []doc.Column{{Title: "章节", Role: doc.NameCol},
				{Title: "任务数", Role: doc.NumberCol}, {Title: "已完成", Role: doc.NumberCol}, {Title: "按计划推进", Role: doc.NumberCol},
				{Title: "滞后", Role: doc.NumberCol}, {Title: "未启动", Role: doc.NumberCol}, {Title: "未报送", Role: doc.NumberCol}}, Rows: chapterRows},
		}},
		{Number: "（二）", Title: "进展滞后的任务", Level: 2, Blocks: []doc.Block{
			para("重点任务3.1.2 培育和集聚高水平研发创新平台进展滞后。重点任务5.3.2 扎实推进老旧小区改造进展滞后。"),
			&doc.Table{Number: "表3-2", Title: "进展滞后的任务", Columns: []doc.Column{{Title: "编号", Role: doc.IDCol}, {Title: "任务", Role: doc.NameCol},
				{Title: "牵头部门", Role: doc.TextCol}, {Title: "年度节点", Role: doc.TextCol}, {Title: "报告进展", Role: doc.TermCol}, {Title: "进展说明", Role: doc.TextCol}},
				Rows: behindRows},
		}},
	}})

	// 四、重大项目推进情况
	var projectRows []doc.Row
	for _, p := range res.Projects {
		completed := "—"
		if p.Completed != nil {
			completed = zh.Num(*p.Completed)
		}
		projectRows = append(projectRows, doc.Row{Cells: []doc.Cell{text(p.ID), text(p.Name), text(p.LeadName), text(zh.Num(p.Investment)),
			text(zh.Num(p.Planned)), {Text: completed, Sample: p.Sample}, text(p.Milestone), text(p.StatusLabel)}})
	}
	d.Parts = append(d.Parts, &doc.Section{Number: "四、", Title: "重大项目推进情况", Level: 1, Blocks: []doc.Block{
		para("4个重大项目计划总投资202亿元，截至2023年底累计完成投资93.08亿元，为同期计划的80.9%。"),
		&doc.Table{Number: "表4-1", Title: "重大项目推进情况", Columns: []doc.Column{{Title: "编号", Role: doc.IDCol}, {Title: "项目", Role: doc.NameCol},
			{Title: "牵头部门", Role: doc.TextCol}, {Title: "总投资\n（亿元）", Role: doc.NumberCol}, {Title: "计划完成\n（亿元）", Role: doc.NumberCol},
			{Title: "累计完成\n（亿元）", Role: doc.NumberCol}, {Title: "形象进度", Role: doc.TextCol}, {Title: "状态", Role: doc.TermCol}},
			Rows: projectRows, Notes: sampleNote},
		styled(doc.Comment, bold("分析意见："), "科学城北区三所医院北院区项目受征地拆迁影响，主体结构施工晚于计划，建议区卫生健康委会同属地街镇加快推进。"),
	}})

	// 五、存在的主要问题: each problem an item heading kept with its text.
	var problems []doc.Block
	problems = append(problems, para(fmt.Sprintf("评估发现需要重点关注的问题%d个（主要指标5个、重点任务2个、重大项目1个）。", len(res.Problems))))
	for i, p := range res.Problems {
		problems = append(problems, item(bold(fmt.Sprintf("（%s）%s%s。", zh.Numeral(i+1), p.Name, p.RuleLabel))),
			para(p.LeadName+"牵头的"+p.Name+"进展慢于预期，与规划确定的目标仍有差距，需要分析原因、加大推进力度。"))
	}
	d.Parts = append(d.Parts, &doc.Section{Number: "五、", Title: "存在的主要问题", Level: 1, Blocks: problems})

	// 六、下一步工作建议
	var suggestions []doc.Block
	for i, p := range res.Problems {
		suggestions = append(suggestions, para(bold(fmt.Sprintf("（%s）加快推进%s。", zh.Numeral(i+1), p.Name)),
			"建议"+p.LeadName+"会同有关部门分析原因，制定针对性措施，确保规划目标如期实现。"))
	}
	suggestions = append(suggestions, styled(doc.Footnote, "注：建议按问题顺序排列，牵头部门为问题所涉指标、任务或项目的牵头部门。"))
	d.Parts = append(d.Parts, &doc.Section{Number: "六、", Title: "下一步工作建议", Level: 1, Blocks: suggestions})

	// 附表1 (wide): every indicator, in groups by category.
	full := &doc.Table{Columns: []doc.Column{{Title: "序号", Role: doc.IDCol}, {Title: "指标", Role: doc.NameCol}, {Title: "属性", Role: doc.TermCol},
		{Title: "目标", Role: doc.TermCol}, {Title: "基期值", Role: doc.NumberCol}}, Notes: sampleNote}
	for y := 2021; y <= 2023; y++ {
		full.Columns = append(full.Columns, doc.Column{Title: fmt.Sprintf("%d年", y), Role: doc.NumberCol})
	}
	full.Columns = append(full.Columns, doc.Column{Title: "状态", Role: doc.StatusCol}, doc.Column{Title: "完成进度", Role: doc.NumberCol},
		doc.Column{Title: "进度比", Role: doc.NumberCol}, doc.Column{Title: "预计完成情况", Role: doc.TermCol}, doc.Column{Title: "所需进度", Role: doc.TextCol})
	for k, g := range res.Summary.Categories {
		full.Rows = append(full.Rows, doc.Row{Group: true, Cells: []doc.Cell{text(fmt.Sprintf("（%s）%s", zh.Numeral(k+1), g.Name))}})
		for i := range res.Indicators {
			ind := &res.Indicators[i]
			if ind.Category != g.ID {
				continue
			}
			cells := []doc.Cell{text(ind.ID), text(nameUnitOf(ind)), text(attrOf(ind)), text(ind.TargetText), value(ind, 2020)}
			for y := 2021; y <= 2023; y++ {
				cells = append(cells, value(ind, y))
			}
			prog, ratio := "—", "—"
			if ind.Progress != nil {
				prog, ratio = zh.Pct(*ind.Progress), zh.Ratio(*ind.PaceRatio)
			}
			cells = append(cells, statusOf(ind.Status), text(prog), text(ratio), text(orDashOf(ind.BandLabel)), text(orDashOf(ind.RequiredText)))
			full.Rows = append(full.Rows, doc.Row{Cells: cells})
		}
	}
	// 附表2: the departments, each a group of rows.
	depts := &doc.Table{Columns: []doc.Column{{Title: "类型", Role: doc.TermCol}, {Title: "编号", Role: doc.IDCol}, {Title: "名称", Role: doc.NameCol},
		{Title: "2023年情况", Role: doc.TermCol}, {Title: "需关注问题", Role: doc.TextCol}},
		Notes: []doc.Paragraph{*styled(doc.Footnote, "注：按牵头部门列出其牵头的指标、任务和项目；“需关注问题”为第五部分所列问题。")}}
	for _, dp := range res.Departments {
		depts.Rows = append(depts.Rows, doc.Row{Group: true, Cells: []doc.Cell{text(fmt.Sprintf("%s：牵头指标%d项、任务%d项、项目%d项", dp.Name, len(dp.Indicators), len(dp.Tasks), len(dp.Projects)))}})
		for _, id := range dp.Indicators {
			for i := range res.Indicators {
				if ind := &res.Indicators[i]; ind.ID == id {
					depts.Rows = append(depts.Rows, doc.Row{Cells: []doc.Cell{text("指标"), text(id), text(nameUnitOf(ind)), statusOf(ind.Status), text("—")}})
				}
			}
		}
		for _, id := range dp.Tasks {
			for _, t := range res.Tasks {
				if t.ID == id {
					depts.Rows = append(depts.Rows, doc.Row{Cells: []doc.Cell{text("任务"), text(id), text(t.Title), text(t.ProgressLabel), text("—")}})
				}
			}
		}
		for _, id := range dp.Projects {
			for _, p := range res.Projects {
				if p.ID == id {
					depts.Rows = append(depts.Rows, doc.Row{Cells: []doc.Cell{text("项目"), text(id), text(p.Name), text(p.StatusLabel), text(orDashOf(p.StatusLabel))}})
				}
			}
		}
	}
	// 附表3: the data-quality findings.
	quality := &doc.Table{Columns: []doc.Column{{Title: "序号", Role: doc.IDCol}, {Title: "类别", Role: doc.TermCol}, {Title: "对象", Role: doc.TextCol},
		{Title: "年份", Role: doc.NumberCol}, {Title: "位置（文件：工作表!单元格）", Role: doc.TextCol}, {Title: "问题说明", Role: doc.TextCol}}}
	for i, q := range res.Quality {
		sev := "提示"
		if q.Severity == eval.Error {
			sev = "错误"
		}
		subject := "指标" + q.Indicator
		switch {
		case q.Task != "":
			subject = "任务" + q.Task
		case q.Project != "":
			subject = "项目" + q.Project
		}
		quality.Rows = append(quality.Rows, doc.Row{Cells: []doc.Cell{text(fmt.Sprint(i + 1)), text(sev), text(subject), text(fmt.Sprint(q.Year)),
			text(orDashOf(q.At)), text(q.Message)}})
	}
	d.Annexes = []*doc.Section{
		{Number: "附表1", Title: "主要指标评估明细表", Level: 1, Wide: true, Blocks: []doc.Block{full}},
		{Number: "附表2", Title: "部门责任清单", Level: 1, Blocks: []doc.Block{
			para("按牵头部门汇总，区发展改革委等部门牵头的指标、任务和项目进展如下。"), depts}},
		{Number: "附表3", Title: "数据质量报告", Level: 1, Blocks: []doc.Block{
			para("按照“数据真实、准确、完整、及时”的要求，对报送的数据进行了完整性、合理性和一致性检查。"), quality}},
		{Number: "附表4", Title: "评估方法说明", Level: 1, Blocks: []doc.Block{
			para(bold("时间进度。"), "评估年度为2023年，基期为2020年，目标年为2025年，时间进度 = （评估年 − 基期年） ÷ （目标年 − 基期年） = 3 ÷ 5 = 60.0%。"),
			para(bold("完成进度与进度比。"), "完成进度为评估年实际值较基期值的变化量占目标变化量的比重；进度比为完成进度与时间进度之比。年均增速类指标的进度比为实际年均增速 ÷ 目标年均增速。"),
			para(bold("进度判断。"), "进度比不低于1.10的为“快于预期”，0.95至1.10的为“基本符合预期”，0.80至0.95的为“滞后”，低于0.80的为“明显滞后”。"),
		}},
	}
	return d
}

func orDashOf(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// drawStandIn draws a chart spec simply, standing in for report/chart: a
// frame, the actual series as a polyline with round markers and labels, the
// rules dashed, the bars as stacked blocks, a rotated unit label. It
// exercises every Canvas method.
func drawStandIn(c Canvas, ch *eval.Chart, w, h float64) error {
	ink := color.RGBA{0x33, 0x33, 0x33, 0xff}
	light := color.RGBA{0xdd, 0xdd, 0xdd, 0xff}
	left, right, top, bottom := 34.0, w-8, 18.0, h-20
	c.MoveTo(left, top)
	c.LineTo(left, bottom)
	c.LineTo(right, bottom)
	c.Stroke(ink, 0.8, nil)
	c.Text(10, (top+bottom)/2+8, ch.Unit, 6.5, false, ink, math.Pi/2)
	if ch.Kind == eval.ChartBars {
		maxN := 1
		for _, b := range ch.Bars {
			t := 0
			for _, s := range b.Segments {
				t += s.N
			}
			maxN = max(maxN, t)
		}
		barH := (bottom - top) / float64(max(len(ch.Bars), 1))
		for i, b := range ch.Bars {
			y := top + float64(i)*barH
			c.Text(left+2, y+barH/2+2.5, b.Label, 7, false, ink, 0)
			x := left + 100
			for _, s := range b.Segments {
				bw := (right - left - 100) * float64(s.N) / float64(maxN)
				c.MoveTo(x, y+2)
				c.LineTo(x+bw, y+2)
				c.LineTo(x+bw, y+barH-2)
				c.LineTo(x, y+barH-2)
				c.Close()
				c.FillStroke(color.RGBA{0x00, 0x72, 0xb2, 0xff}, color.RGBA{0xff, 0xff, 0xff, 0xff}, 1)
				x += bw
			}
		}
		return nil
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, s := range ch.Series {
		for _, p := range s.Points {
			lo, hi = math.Min(lo, p.Value), math.Max(hi, p.Value)
		}
	}
	for _, r := range ch.Lines {
		lo, hi = math.Min(lo, r.Value), math.Max(hi, r.Value)
	}
	if !(hi > lo) {
		lo, hi = lo-1, lo+1
	}
	span := float64(max(ch.ToYear-ch.FromYear, 1))
	X := func(y int) float64 { return left + (right-left)*float64(y-ch.FromYear)/span }
	Y := func(v float64) float64 { return bottom - (bottom-top)*(v-lo)/(hi-lo) }
	for y := ch.FromYear; y <= ch.ToYear; y++ {
		c.Text(X(y)-8, bottom+10, fmt.Sprint(y), 6.5, false, ink, 0)
	}
	for _, r := range ch.Lines {
		c.MoveTo(left, Y(r.Value))
		c.LineTo(right, Y(r.Value))
		c.Stroke(light, 0.8, []float64{1, 1.5})
		c.Text(right-c.TextWidth(r.Label, 6.5, false), Y(r.Value)-3, r.Label, 6.5, false, ink, 0)
	}
	for _, s := range ch.Series {
		for i, p := range s.Points {
			if i == 0 {
				c.MoveTo(X(p.Year), Y(p.Value))
			} else {
				c.LineTo(X(p.Year), Y(p.Value))
			}
		}
		c.Stroke(ink, 1.2, nil)
		for _, p := range s.Points {
			c.MoveTo(X(p.Year)+2, Y(p.Value))
			c.ArcTo(X(p.Year), Y(p.Value), 2, 2, 0, 2*math.Pi)
			c.Close()
			c.Fill(color.RGBA{0x00, 0x9e, 0x73, 0xff})
			c.Text(X(p.Year)+3, Y(p.Value)-3, p.Text, 6.5, false, ink, 0)
		}
	}
	return nil
}
