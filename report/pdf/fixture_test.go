package pdf

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"time"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// The document fixture: a midterm report of a 2021–2025 district plan in
// 2023, built by hand as report/doc would build it, with every kind of
// block: bold runs, status runs and sample marks, tables of every column
// role with multi-row headers, group rows, note rows and notes, figures two
// a row and full width, an analyst's comment, footnotes and a wide annex.
// It holds its own data (and no eval.Result), so that it stays what it is
// whatever the evaluation's types become.

// reportDate is the fixture's report date.
var reportDate = time.Date(2026, 11, 25, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

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

func bold(s string) doc.Run { return doc.Run{Text: s, Bold: true} }

func statusRun(s eval.Status) doc.Run { return doc.Run{Text: s.Label(), Status: s} }

func para(parts ...any) *doc.Paragraph { return &doc.Paragraph{Runs: runs(parts...)} }

func styled(st doc.ParaStyle, parts ...any) *doc.Paragraph {
	return &doc.Paragraph{Style: st, Runs: runs(parts...)}
}

func item(parts ...any) *doc.Paragraph {
	return &doc.Paragraph{Runs: runs(parts...), KeepWithNext: true}
}

func text(s string) doc.Cell { return doc.Cell{Text: s} }

func statusOf(s eval.Status) doc.Cell {
	if s == "" {
		return text("—")
	}
	return doc.Cell{Text: s.Label(), Status: s}
}

func orDashOf(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// fxInd is an indicator of the fixture: values from 2020 (NaN missing),
// the years whose values are samples.
type fxInd struct {
	id, name, unit, cat string
	binding             bool
	lead                string
	chart               eval.ChartKind // "" for none
	limit               bool           // the target is a ceiling
	targetText          string
	target              float64 // NaN for none
	values              []float64
	samples             []int
	status              eval.Status
	progress, pace      float64 // NaN for none
	band, required      string
}

func (f fxInd) nameUnit() string {
	if f.unit == "" {
		return f.name
	}
	return f.name + "（" + f.unit + "）"
}

func (f fxInd) attr() string {
	if f.binding {
		return "约束性"
	}
	return "预期性"
}

// value is the indicator's value in a year as a cell, marked when a sample.
func (f fxInd) value(y int) doc.Cell {
	i := y - 2020
	if i < 0 || i >= len(f.values) || math.IsNaN(f.values[i]) {
		return text("—")
	}
	c := text(zh.Num(f.values[i]))
	for _, s := range f.samples {
		c.Sample = c.Sample || s == y
	}
	return c
}

// spec is the indicator's chart, as eval would fill it.
func (f fxInd) spec() *eval.Chart {
	if f.chart == "" {
		return nil
	}
	ch := &eval.Chart{Kind: f.chart, Unit: f.unit, FromYear: 2020, ToYear: 2025, Status: f.status}
	var ps []eval.ChartPoint
	for i, v := range f.values {
		if !math.IsNaN(v) {
			p := eval.ChartPoint{Year: 2020 + i, Value: v, Text: zh.Num(v)}
			p.Sample = f.value(2020 + i).Sample
			ps = append(ps, p)
		}
	}
	ch.Series = append(ch.Series, eval.ChartSeries{Role: eval.SeriesActual, Label: "实际值", Points: ps})
	switch {
	case math.IsNaN(f.target):
	case f.limit:
		ch.Lines = append(ch.Lines, eval.ChartRule{Role: eval.RuleLimit, Value: f.target, Label: "上限" + zh.Num(f.target)})
	case f.chart == eval.ChartRate:
		ch.Lines = append(ch.Lines, eval.ChartRule{Role: eval.RuleTargetRate, Value: f.target, Label: "目标年均" + zh.Num(f.target) + "%"})
	default:
		ch.Series = append(ch.Series, eval.ChartSeries{Role: eval.SeriesTarget, Label: "目标",
			Points: []eval.ChartPoint{{Year: 2025, Value: f.target, Text: zh.Num(f.target)}}})
	}
	return ch
}

var nan = math.NaN()

var fxCats = []struct{ id, name string }{
	{"jlzt", "减量提质"}, {"cxfz", "创新发展"}, {"kfxt", "开放协调"}, {"lsfz", "绿色发展"}, {"gxfz", "共享发展"}, {"aqwd", "安全稳定"},
}

var fxInds = []fxInd{
	{"1", "常住人口规模", "万人", "jlzt", true, "区发展改革委", eval.ChartLine, true, "312.6", 312.6, []float64{313.3, 312.4, 312.6, 311.5}, nil, eval.Met, nan, nan, "", ""},
	{"2", "城乡建设用地规模", "平方公里", "jlzt", true, "区规划自然资源分局", eval.ChartLine, false, "达到市级要求", nan, []float64{216.4, 216.0, 215.3, 214.9}, nil, eval.Met, nan, nan, "", ""},
	{"4", "地区生产总值年均增速", "%", "jlzt", false, "区发展改革委", eval.ChartRate, false, "6", 6, []float64{nan, 9.6, 3.1, 5.6}, nil, eval.OnTrack, 0.571, 1.01, "预计可完成", "2024—2025年年均需增长5.9%"},
	{"5", "劳动生产率", "万元/人", "jlzt", false, "区统计局", eval.ChartLine, false, "38", 38, []float64{27.1, 30.6, 32.5, 35.9}, nil, eval.Ahead, 0.807, 1.346, "预计可完成", "年均需提高1.05万元/人"},
	{"6", "全社会研究与试验发展经费支出占地区生产总值的比重", "%", "cxfz", false, "区科委（中关村科学城管委会）", eval.ChartLine, false, "11", 11, []float64{10.2, 10.5, 10.4, 10.6}, nil, eval.Lagging, 0.5, 0.833, "预计难以完成", "年均需提高0.2个百分点"},
	{"8", "技术合同成交额年均增速", "%", "cxfz", false, "区科委（中关村科学城管委会）", eval.ChartRate, false, "6", 6, []float64{nan, -2.0, -5.1, 1.2}, nil, eval.Reversed, -0.177, -0.33, "预计难以完成", "2024—2025年年均需增长21.8%"},
	{"9", "PCT专利申请量", "件", "cxfz", false, "区知识产权局", eval.ChartLine, false, "5000", 5000, []float64{2600, 2900, 3300, 3700}, nil, eval.Lagging, 0.458, 0.764, "预计难以完成", "年均需增加650件"},
	{"11", "实际利用外资额", "亿美元", "kfxt", false, "区商务局", "", false, "达到市级要求", nan, []float64{nan, 28.6, 31.2, nan}, nil, eval.NoData, nan, nan, "", ""},
	{"12", "自贸区企业收入年均增速", "%", "kfxt", false, "区商务局", eval.ChartRate, false, "15", 15, []float64{nan, 21.3, 12.0, 16.5}, []int{2023}, eval.OnTrack, 0.612, 1.02, "预计可完成", ""},
	{"13", "细颗粒物年均浓度", "微克/立方米", "lsfz", true, "生态环境局海淀分局", eval.ChartLine, false, "达到市级要求", nan, []float64{37, 34, 31, 33}, nil, eval.Met, nan, nan, "", ""},
	{"14", "地表水环境质量目标完成情况", "", "lsfz", true, "区水务局", "", false, "达到市级要求", nan, []float64{nan, 1, 1, 1}, nil, eval.Met, nan, nan, "", ""},
	{"15", "生活垃圾回收利用率", "%", "lsfz", true, "区城市管理委", eval.ChartLine, false, "达到市级要求", nan, []float64{37.0, 37.5, 38.0, 38.2}, nil, eval.NotMet, nan, nan, "", ""},
	{"17", "单位地区生产总值能耗降幅", "%", "lsfz", true, "区发展改革委", "", false, "达到市级要求", nan, []float64{nan, 4.1, 3.6, 2.9}, nil, eval.NotAssessed, nan, nan, "", ""},
	{"19", "居民人均可支配收入年均增速", "%", "gxfz", false, "区统计局", eval.ChartRate, false, "与经济增长基本同步", nan, []float64{nan, 8.2, 3.3, 5.3}, nil, eval.Met, nan, nan, "", ""},
	{"20", "城镇登记失业率", "%", "gxfz", false, "区人力社保局", eval.ChartLine, false, "不高于全市平均水平", nan, []float64{1.6, 1.4, 1.7, 1.6}, nil, eval.Met, nan, nan, "", ""},
	{"21", "新增学前教育学位供给数", "个", "gxfz", false, "区教委", eval.ChartLine, false, "累计5000左右", 5000, []float64{nan, 800, 1800, 2700}, []int{2022, 2023}, eval.Lagging, 0.54, 0.9, "存在风险", "2024—2025年每年需新增1150个"},
	{"22", "每千常住人口执业（助理）医师数", "人", "gxfz", false, "区卫生健康委", eval.ChartLine, false, "5.11", 5.11, []float64{4.6, 4.82, 5.0, 5.2}, nil, eval.Achieved, 1.176, 1.96, "", ""},
	{"25a", "食品药品安全：食品安全抽检合格率", "%", "aqwd", true, "区市场监管局", eval.ChartLine, false, "达到市级要求", nan, []float64{98.7, 98.9, 99.1, 99.0}, []int{2021, 2022, 2023}, eval.Met, nan, nan, "", ""},
}

type fxTask struct {
	id, title, chapter, lead string
	key                      bool
	progress                 string // as reported; "" not reported
	milestone, text          string
	behind                   bool
}

const (
	ch3 = "第三章 加快建设国际科技创新中心核心区"
	ch5 = "第五章 加快构建高品质新型城市形态"
	ch8 = "第八章 建设更有温度的“幸福海淀”"
)

var fxTasks = []fxTask{
	{"3.1.1", "加强基础前沿研究和核心技术攻关", ch3, "区科委（中关村科学城管委会）", true, "按计划推进", "建成一批新型研发机构", "按计划推进", false},
	{"3.1.2", "培育和集聚高水平研发创新平台", ch3, "区科委（中关村科学城管委会）", true, "滞后", "国际氢能中心主体建成", "国际氢能中心选址调整，主体工程开工晚于计划，年度节点未完成", true},
	{"3.2.1", "进一步强化企业创新主体地位", ch3, "区科委（中关村科学城管委会）", false, "已完成", "", "已完成", false},
	{"3.5.2", "提升知识产权服务效能", ch3, "区知识产权局", false, "未启动", "建成知识产权保护中心分中心", "选址未落实，尚未启动", true},
	{"5.3.2", "扎实推进老旧小区改造", ch5, "区住房城乡建设委", true, "滞后", "完成需改造老旧小区改造任务过半", "居民意见征集和资金落实慢于计划", true},
	{"5.3.3", "健全城市更新工作机制", ch5, "区规划自然资源分局", false, "按计划推进", "出台城市更新实施细则", "", false},
	{"5.4.1", "深入推进高水平新型城镇化", ch5, "区农业农村局", true, "", "完成集体产业用地规划调整", "", false},
	{"8.2.1", "提升教育发展支撑能力", ch8, "区教委", false, "按计划推进", "新增学前学位1000个", "", false},
	{"8.3.2", "完善医疗卫生服务体系", ch8, "区卫生健康委", false, "按计划推进", "", "", false},
	{"8.4.1", "推进高质量充分就业", ch8, "区人力社保局", false, "已完成", "", "", false},
}

type fxProject struct {
	id, name, lead               string
	investment, planned, percent float64
	completed                    string
	milestone, status            string
	sample                       bool
}

var fxProjects = []fxProject{
	{"P01", "中关村论坛永久会址", "区科委（中关村科学城管委会）", 60, 33, 96.9, "31.98", "主体结构施工", "按计划推进", false},
	{"P04", "中关村科学城北区教育配套设施（中关村三小等25个）", "区教委", 40, 24, 95.6, "22.94", "首批学校竣工", "按计划推进", false},
	{"P05", "科学城北区三所医院北院区（北京大学第三医院、海淀区妇幼保健院、航天中心医院）", "区卫生健康委", 90, 53, 72.0, "38.16", "主体结构施工", "进度滞后", false},
	{"P09", "海淀北部文化中心", "区文化和旅游局", 12, 5, nan, "—", "完成立项", "数据待补", true},
}

// fxProblems are the problems: a subject, its rule and its lead.
var fxProblems = []struct{ name, rule, lead string }{
	{"生活垃圾回收利用率", "约束性指标未达要求", "区城市管理委"},
	{"技术合同成交额年均增速", "指标逆向变化", "区科委（中关村科学城管委会）"},
	{"PCT专利申请量", "连续两年进度滞后", "区知识产权局"},
	{"全社会研究与试验发展经费支出占地区生产总值的比重", "预计难以完成目标", "区科委（中关村科学城管委会）"},
	{"新增学前教育学位供给数", "进度滞后", "区教委"},
	{"重点任务3.1.2 培育和集聚高水平研发创新平台", "重点任务进展滞后", "区科委（中关村科学城管委会）"},
	{"重点任务5.3.2 扎实推进老旧小区改造", "重点任务进展滞后", "区住房城乡建设委"},
	{"重大项目P05 科学城北区三所医院北院区（北京大学第三医院、海淀区妇幼保健院、航天中心医院）", "重大项目推进滞后", "区卫生健康委"},
}

var fxFindings = []struct{ severity, subject, year, at, message string }{
	{"错误", "指标25a", "2021", "kw-2021.xlsx：指标数据!D21", "食品安全抽检合格率填报为108.9，超出0—100的合理范围，已按98.9（示例）处理，请核实"},
	{"提示", "指标11", "2023", "kw-2023.xlsx：指标数据!F11", "实际利用外资额2023年数据缺失"},
	{"提示", "指标17", "2023", "kw-2023.xlsx：市级要求", "单位地区生产总值能耗降幅缺少2023年市级要求，无法判断是否达标"},
	{"提示", "指标4", "2023", "kw-2023.xlsx：指标数据!F6", "地区生产总值年均增速2023年填报5.6%，按地区生产总值水平值推算为8.1%，相差2.5个百分点"},
	{"提示", "指标12", "2023", "kw-2023.xlsx：指标数据!H15", "数据来源标注为“示例”，不是正式统计数据"},
	{"提示", "任务5.4.1", "2023", "—", "任务5.4.1（深入推进高水平新型城镇化）：2023年进展未报送（区农业农村局）"},
	{"提示", "项目P09", "2023", "—", "项目P09（海淀北部文化中心）：2023年进展未报送"},
}

// docFixture is the fixture's report as a document tree.
func docFixture() *doc.Document {
	sampleNote := []doc.Paragraph{*styled(doc.Footnote, "注：标“*”的数值为示例数据，非正式统计数据。")}
	const title = "海淀区“十四五”规划实施情况中期评估报告（2023年度）"
	const issuer = "北京市海淀区发展和改革委员会"
	const planName = "北京市海淀区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
	d := &doc.Document{
		Meta: doc.Meta{Title: title, Author: issuer, Subject: planName, Date: "2026-11-25", Language: "zh-CN"},
		Cover: doc.Cover{Title: title, Subtitle: "中期评估", Lines: []string{planName, "评估年度：2023年　　规划期：2021—2025年"},
			Issuer: issuer, Date: "二〇二六年十一月",
			Notice: runs(bold("数据说明："), "本报告中标“*”的数值为示例数据（内置示例数据），仅用于演示评估方法，非正式统计数据；正式评估前应以各部门报送的数据替换。")},
	}

	// The statuses by category: the table and the chart.
	statuses := eval.Statuses()
	count := map[string]map[eval.Status]int{}
	for _, f := range fxInds {
		if count[f.cat] == nil {
			count[f.cat] = map[eval.Status]int{}
		}
		count[f.cat][f.status]++
	}
	var used []eval.Status
	for _, st := range statuses {
		for _, c := range fxCats {
			if count[c.id][st] > 0 {
				used = append(used, st)
				break
			}
		}
	}
	dist := &eval.Chart{Kind: eval.ChartBars}
	for _, st := range used {
		dist.Legend = append(dist.Legend, string(st))
	}
	catCols := []doc.Column{{Title: "类别", Role: doc.NameCol}, {Title: "指标数", Role: doc.NumberCol}}
	header := [][]doc.Cell{{text("类别"), text("指标数"), {Text: "评估状态", Span: len(used)}, text("达到或快于预期的占比")}, {text(""), text("")}}
	for _, st := range used {
		catCols = append(catCols, doc.Column{Title: st.Label(), Role: doc.NumberCol})
		header[1] = append(header[1], text(st.Label()))
	}
	catCols = append(catCols, doc.Column{Title: "达到或快于预期的占比", Role: doc.NumberCol})
	header[1] = append(header[1], text(""))
	var catRows []doc.Row
	for _, c := range fxCats {
		total, good, assessable := 0, 0, 0
		b := eval.BarGroup{Label: c.name}
		cells := []doc.Cell{text(c.name), {}}
		for _, st := range used {
			k := count[c.id][st]
			total += k
			if st.Assessable() {
				assessable += k
			}
			if st.Good() {
				good += k
			}
			cells = append(cells, text(fmt.Sprint(k)))
			b.Segments = append(b.Segments, eval.BarSegment{Key: string(st), Label: st.Label(), N: k})
		}
		cells[1] = text(fmt.Sprint(total))
		share := "—"
		if assessable > 0 {
			share = zh.Pct(float64(good) / float64(assessable))
		}
		catRows = append(catRows, doc.Row{Cells: append(cells, text(share))})
		dist.Bars = append(dist.Bars, b)
	}

	var bindingRows []doc.Row
	for _, f := range fxInds {
		if f.binding {
			bindingRows = append(bindingRows, doc.Row{Cells: []doc.Cell{text(f.id), text(f.nameUnit()), text(f.targetText),
				f.value(2023), statusOf(f.status), text(f.lead)}})
		}
	}
	d.Parts = append(d.Parts, &doc.Section{Number: "一、", Title: "总体评价", Level: 1,
		Blocks: []doc.Block{styled(doc.Lead, "2023年是海淀区“十四五”规划实施的第三年，规划期时间进度为60.0%。总体看，规划实施", bold("时间过半、任务过半"), "。")},
		Sections: []*doc.Section{
			{Number: "（一）", Title: "总体进展", Level: 2, Blocks: []doc.Block{
				para("纳入评估的18项主要指标中，可量化评估的16项有11项进度达到或快于预期，占68.8%，", bold("时间过半、任务过半"), "。其中，提前实现1项，快于预期1项，基本符合预期3项，达到要求6项，滞后3项，逆向变化1项，未达要求1项，无法评估2项。"),
				para("规划确定重点任务10项（其中年度评估重点关注4项），已报送进展9项，其中已完成2项、按计划推进4项，进展顺利的占66.7%，详见第三部分。4个重大项目计划总投资202亿元，截至2023年底累计完成投资93.08亿元，为同期计划的80.9%，详见第四部分。"),
				&doc.Figure{Number: "图1-1", Caption: "主要指标评估状态分类别分布（2023年）", Size: doc.Full, Chart: dist},
				para("评估发现需要重点关注的问题8个，详见第五部分；数据质量检查发现7处需要核实的数据，详见附表3。"),
			}},
			{Number: "（二）", Title: "分类别进展", Level: 2, Blocks: []doc.Block{
				para("从六个类别看，安全稳定、减量提质类指标进展较好，创新发展、绿色发展类指标进展相对滞后。"),
				&doc.Table{Number: "表1-1", Title: "分类别主要指标评估情况", Columns: catCols, Header: header, Rows: catRows, Keep: true},
			}},
			{Number: "（三）", Title: "约束性指标", Level: 2, Blocks: []doc.Block{
				para("7项约束性指标中，可评估的6项有5项", statusRun(eval.Met), "，生活垃圾回收利用率", statusRun(eval.NotMet), "。"),
				&doc.Table{Number: "表1-2", Title: "约束性指标评估情况", Columns: []doc.Column{
					{Title: "序号", Role: doc.IDCol}, {Title: "指标", Role: doc.NameCol}, {Title: "目标", Role: doc.TermCol},
					{Title: "2023年", Role: doc.NumberCol}, {Title: "状态", Role: doc.StatusCol}, {Title: "牵头部门", Role: doc.TextCol}},
					Rows: bindingRows, Notes: sampleNote},
			}},
		}})

	// 二、主要指标进展情况: a table and the charts of each category.
	progress := &doc.Section{Number: "二、", Title: "主要指标进展情况", Level: 1}
	fig := 0
	for k, c := range fxCats {
		var rows []doc.Row
		var figs []*doc.Figure
		n := 0
		for _, f := range fxInds {
			if f.cat != c.id {
				continue
			}
			n++
			cells := []doc.Cell{text(f.nameUnit()), text(f.attr()), f.value(2020), text(f.targetText)}
			for y := 2021; y <= 2023; y++ {
				cells = append(cells, f.value(y))
			}
			rows = append(rows, doc.Row{Cells: append(cells, statusOf(f.status), text(orDashOf(f.band)))})
			if ch := f.spec(); ch != nil {
				fig++
				caption := fmt.Sprintf("%s：2023年%s，评估结论：%s", f.name, f.value(2023).Text, f.status.Label())
				if !math.IsNaN(f.progress) {
					caption = fmt.Sprintf("%s：2023年%s，完成进度%s，进度比%s，评估结论：%s", f.name, f.value(2023).Text,
						zh.Pct(f.progress), zh.Ratio(f.pace), f.status.Label())
				}
				figs = append(figs, &doc.Figure{Number: fmt.Sprintf("图2-%d", fig), Caption: caption, Size: doc.Half, Chart: ch})
			}
		}
		cols := []doc.Column{{Title: "指标", Role: doc.NameCol}, {Title: "属性", Role: doc.TermCol}, {Title: "基期值\n（2020年）", Role: doc.NumberCol},
			{Title: "2025年目标", Role: doc.TermCol}}
		for y := 2021; y <= 2023; y++ {
			cols = append(cols, doc.Column{Title: fmt.Sprintf("%d年", y), Role: doc.NumberCol})
		}
		cols = append(cols, doc.Column{Title: "状态", Role: doc.StatusCol}, doc.Column{Title: "预计", Role: doc.TermCol})
		sec := &doc.Section{Number: "（" + zh.Numeral(k+1) + "）", Title: c.name, Level: 2, Blocks: []doc.Block{
			para(fmt.Sprintf("%s类共%d项指标。", c.name, n)),
			&doc.Table{Number: fmt.Sprintf("表2-%d", k+1), Title: c.name + "类指标进展情况", Columns: cols, Rows: rows, Notes: sampleNote},
		}}
		if len(figs) > 0 {
			sec.Blocks = append(sec.Blocks, &doc.Figures{Items: figs})
		}
		progress.Sections = append(progress.Sections, sec)
	}
	d.Parts = append(d.Parts, progress)

	// 三、重点任务实施情况
	tasks := &eval.Chart{Kind: eval.ChartBars, Legend: []string{"done", "on_schedule", "behind", "not_started", "not_reported"}}
	keys := map[string]string{"已完成": "done", "按计划推进": "on_schedule", "滞后": "behind", "未启动": "not_started", "": "not_reported"}
	var chapterRows, behindRows []doc.Row
	for _, ch := range []string{ch3, ch5, ch8} {
		b := eval.BarGroup{Label: ch}
		n := map[string]int{}
		total := 0
		for _, t := range fxTasks {
			if t.chapter == ch {
				n[t.progress]++
				total++
			}
		}
		for _, p := range []string{"已完成", "按计划推进", "滞后", "未启动", ""} {
			label := p
			if p == "" {
				label = "未报送"
			}
			b.Segments = append(b.Segments, eval.BarSegment{Key: keys[p], Label: label, N: n[p]})
		}
		tasks.Bars = append(tasks.Bars, b)
		chapterRows = append(chapterRows, doc.Row{Cells: []doc.Cell{text(ch), text(fmt.Sprint(total)), text(fmt.Sprint(n["已完成"])),
			text(fmt.Sprint(n["按计划推进"])), text(fmt.Sprint(n["滞后"])), text(fmt.Sprint(n["未启动"])), text(fmt.Sprint(n[""]))}})
	}
	for _, t := range fxTasks {
		if t.behind {
			behindRows = append(behindRows, doc.Row{Cells: []doc.Cell{text(t.id), text(t.title), text(t.lead), text(t.milestone),
				{Text: t.progress, Task: true, Progress: "behind"}, text(t.text)}})
		}
	}
	d.Parts = append(d.Parts, &doc.Section{Number: "三、", Title: "重点任务实施情况", Level: 1, Sections: []*doc.Section{
		{Number: "（一）", Title: "分章节实施情况", Level: 2, Blocks: []doc.Block{
			para("规划确定重点任务10项，分布在3章。第三章国际科技创新中心核心区建设的任务最多，进展总体顺利。"),
			&doc.Figure{Number: "图3-1", Caption: "重点任务分章节实施情况（2023年）", Size: doc.Full, Chart: tasks},
			&doc.Table{Number: "表3-1", Title: "各章重点任务实施情况", Keep: true, Columns: []doc.Column{{Title: "章节", Role: doc.NameCol},
				{Title: "任务数", Role: doc.NumberCol}, {Title: "已完成", Role: doc.NumberCol}, {Title: "按计划推进", Role: doc.NumberCol},
				{Title: "滞后", Role: doc.NumberCol}, {Title: "未启动", Role: doc.NumberCol}, {Title: "未报送", Role: doc.NumberCol}}, Rows: chapterRows},
		}},
		{Number: "（二）", Title: "进展滞后的任务", Level: 2, Blocks: []doc.Block{
			para("重点任务3.1.2 培育和集聚高水平研发创新平台进展滞后。重点任务5.3.2 扎实推进老旧小区改造进展滞后。"),
			&doc.Table{Number: "表3-2", Title: "进展滞后的任务", Columns: []doc.Column{{Title: "编号", Role: doc.IDCol}, {Title: "任务", Role: doc.NameCol},
				{Title: "牵头部门", Role: doc.TextCol}, {Title: "年度节点", Role: doc.TextCol}, {Title: "报告进展", Role: doc.StatusCol}, {Title: "进展说明", Role: doc.TextCol}},
				Rows: behindRows},
		}},
	}})

	// 四、重大项目推进情况
	var projectRows []doc.Row
	for _, p := range fxProjects {
		pct := "—"
		if !math.IsNaN(p.percent) {
			pct = zh.Num(p.percent) + "%"
		}
		projectRows = append(projectRows, doc.Row{Cells: []doc.Cell{text(p.id), text(p.name), text(p.lead), text(zh.Num(p.investment)),
			text(zh.Num(p.planned)), {Text: p.completed, Sample: p.sample}, text(pct), text(p.milestone), text(p.status)}})
	}
	d.Parts = append(d.Parts, &doc.Section{Number: "四、", Title: "重大项目推进情况", Level: 1, Blocks: []doc.Block{
		para("4个重大项目计划总投资202亿元，截至2023年底累计完成投资93.08亿元，为同期计划的80.9%。"),
		&doc.Table{Number: "表4-1", Title: "重大项目推进情况", Columns: []doc.Column{{Title: "编号", Role: doc.IDCol}, {Title: "项目", Role: doc.NameCol},
			{Title: "牵头部门", Role: doc.TextCol}, {Title: "总投资\n（亿元）", Role: doc.NumberCol}, {Title: "计划完成\n（亿元）", Role: doc.NumberCol},
			{Title: "累计完成\n（亿元）", Role: doc.NumberCol}, {Title: "完成比例", Role: doc.NumberCol}, {Title: "形象进度", Role: doc.TextCol},
			{Title: "状态", Role: doc.TermCol}},
			Rows: projectRows, Notes: sampleNote},
		styled(doc.Comment, bold("分析意见："), "科学城北区三所医院北院区项目受征地拆迁影响，主体结构施工晚于计划，建议区卫生健康委会同属地街镇加快推进。"),
	}})

	// 五、存在的主要问题: each problem an item heading kept with its text.
	problems := []doc.Block{para(fmt.Sprintf("评估发现需要重点关注的问题%d个（主要指标5个、重点任务2个、重大项目1个）。", len(fxProblems)))}
	for i, p := range fxProblems {
		problems = append(problems, item(bold(fmt.Sprintf("（%s）%s：%s。", zh.Numeral(i+1), p.name, p.rule))),
			para(p.lead+"牵头的"+p.name+"进展慢于预期，与规划确定的目标仍有差距，需要分析原因、加大推进力度。"))
	}
	d.Parts = append(d.Parts, &doc.Section{Number: "五、", Title: "存在的主要问题", Level: 1, Blocks: problems})

	// 六、下一步工作建议
	var suggestions []doc.Block
	for i, p := range fxProblems {
		suggestions = append(suggestions, para(bold(fmt.Sprintf("（%s）加快推进%s。", zh.Numeral(i+1), p.name)),
			"建议"+p.lead+"会同有关部门分析原因，制定针对性措施，确保规划目标如期实现。"))
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
	for k, c := range fxCats {
		full.Rows = append(full.Rows, doc.Row{Group: true, Cells: []doc.Cell{text(fmt.Sprintf("（%s）%s", zh.Numeral(k+1), c.name))}})
		for _, f := range fxInds {
			if f.cat != c.id {
				continue
			}
			cells := []doc.Cell{text(f.id), text(f.nameUnit()), text(f.attr()), text(f.targetText), f.value(2020)}
			for y := 2021; y <= 2023; y++ {
				cells = append(cells, f.value(y))
			}
			prog, ratio := "—", "—"
			if !math.IsNaN(f.progress) {
				prog, ratio = zh.Pct(f.progress), zh.Ratio(f.pace)
			}
			full.Rows = append(full.Rows, doc.Row{Cells: append(cells, statusOf(f.status), text(prog), text(ratio), text(orDashOf(f.band)), text(orDashOf(f.required)))})
		}
	}
	// 附表2: the departments, each a group of rows and a note row.
	depts := &doc.Table{Columns: []doc.Column{{Title: "类型", Role: doc.TermCol}, {Title: "编号", Role: doc.IDCol}, {Title: "名称", Role: doc.NameCol},
		{Title: "2023年情况", Role: doc.StatusCol}, {Title: "需关注问题", Role: doc.TextCol}},
		Notes: []doc.Paragraph{*styled(doc.Footnote, "注：按牵头部门列出其牵头的指标、任务和项目；“需关注问题”为第五部分所列问题。")}}
	var leads []string
	seen := map[string]bool{}
	for _, f := range fxInds {
		if !seen[f.lead] {
			seen[f.lead] = true
			leads = append(leads, f.lead)
		}
	}
	for _, t := range fxTasks {
		if !seen[t.lead] {
			seen[t.lead] = true
			leads = append(leads, t.lead)
		}
	}
	for _, lead := range leads {
		var rows []doc.Row
		ni, nt := 0, 0
		for _, f := range fxInds {
			if f.lead == lead {
				ni++
				rows = append(rows, doc.Row{Cells: []doc.Cell{text("指标"), text(f.id), text(f.nameUnit()), statusOf(f.status), text("—")}})
			}
		}
		for _, t := range fxTasks {
			if t.lead == lead {
				nt++
				p := map[string]string{"已完成": "done", "按计划推进": "on_schedule", "滞后": "behind", "未启动": "not_started"}[t.progress]
				label := t.progress
				if label == "" {
					label = "未报送"
				}
				rows = append(rows, doc.Row{Cells: []doc.Cell{text("任务"), text(t.id), text(t.title), {Text: label, Task: true, Progress: model.Progress(p)}, text("—")}})
			}
		}
		depts.Rows = append(depts.Rows, doc.Row{Group: true, Cells: []doc.Cell{text(fmt.Sprintf("%s：牵头指标%d项、任务%d项", lead, ni, nt))}})
		depts.Rows = append(depts.Rows, rows...)
		depts.Rows = append(depts.Rows, doc.Row{Note: true, Cells: []doc.Cell{text("2024年需报送：各项指标的2024年数值和各项任务的年度进展。")}})
	}
	// 附表3: the data-quality findings.
	quality := &doc.Table{Columns: []doc.Column{{Title: "序号", Role: doc.IDCol}, {Title: "类别", Role: doc.TermCol}, {Title: "对象", Role: doc.TextCol},
		{Title: "年份", Role: doc.NumberCol}, {Title: "位置（文件：工作表!单元格）", Role: doc.TextCol}, {Title: "问题说明", Role: doc.TextCol}}}
	for i, q := range fxFindings {
		quality.Rows = append(quality.Rows, doc.Row{Cells: []doc.Cell{text(fmt.Sprint(i + 1)), text(q.severity), text(q.subject), text(q.year), text(q.at), text(q.message)}})
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

// drawStandIn draws a chart spec simply, standing in for report/chart: a
// frame, the series as polylines with round markers and labels, the rules
// dashed, the bars as stacked blocks, a rotated unit label. It exercises
// every Canvas method.
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
