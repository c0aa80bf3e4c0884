package pdf

import (
	"fmt"
	"image/color"
	"math"
	"time"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
	"plancheck/report/zh"
)

// reportDate is the fixture's report date.
var reportDate = time.Date(2026, 11, 25, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

func f(v float64) *float64 { return &v }

// series is a value per year from 2020; NaN is a missing year, and a year
// listed in samples is marked 示例.
type series struct {
	values  []float64
	samples []int
	texts   []string // yes/no or approximate values, by position
}

type fixtureIndicator struct {
	id, name, unit, cat string
	binding             bool
	lead, leadName      string
	kind                model.Kind
	targetText          string
	target, baseline    *float64
	s                   series
	status              eval.Status
	reason              string
	progress, pace      *float64
	projected           *float64
	band                eval.Band
	required            string
	yearStatus          map[int]eval.Status
}

// fixture is a realistic evaluation of a 2021–2025 district plan in its
// midterm year 2023: 6 categories, 18 indicators of every kind of target
// and status, problems of the four rules, data-quality findings and some
// sample values.
func fixture() *eval.Result {
	nan := math.NaN()
	cats := []model.Category{
		{ID: "jlzt", Name: "减量提质"}, {ID: "cxfz", Name: "创新发展"}, {ID: "kfxt", Name: "开放协调"},
		{ID: "lsfz", Name: "绿色发展"}, {ID: "gxfz", Name: "共享发展"}, {ID: "aqwd", Name: "安全稳定"},
	}
	inds := []fixtureIndicator{
		{id: "1", name: "常住人口规模", unit: "万人", cat: "jlzt", binding: true, lead: "fgw", leadName: "区发展改革委",
			kind: model.Ceiling, targetText: "312.6", target: f(312.6), baseline: f(313.3),
			s: series{values: []float64{313.3, 312.4, 312.6, 311.5}}, status: eval.Met},
		{id: "2", name: "城乡建设用地规模", unit: "平方公里", cat: "jlzt", binding: true, lead: "ghzr", leadName: "区规划自然资源分局",
			kind: model.Municipal, targetText: "达到市级要求",
			s: series{values: []float64{216.4, 216.0, 215.3, 214.9}}, status: eval.Met},
		{id: "4", name: "地区生产总值年均增速", unit: "%", cat: "jlzt", lead: "fgw", leadName: "区发展改革委",
			kind: model.AvgGrowth, targetText: "6", target: f(6),
			s: series{values: []float64{nan, 9.6, 3.1, 5.6}}, status: eval.OnTrack,
			progress: f(0.571), pace: f(1.01), projected: f(6.05), band: eval.Likely, required: "2024—2025年年均需增长5.9%"},
		{id: "5", name: "劳动生产率", unit: "万元/人", cat: "jlzt", lead: "tjj", leadName: "区统计局",
			kind: model.Level, targetText: "38", target: f(38), baseline: f(27.1),
			s: series{values: []float64{27.1, 30.6, 32.5, 35.9}}, status: eval.Ahead,
			progress: f(0.807), pace: f(1.346), projected: f(41.8), band: eval.Likely, required: "年均需提高1.05万元/人"},
		{id: "6", name: "全社会研究与试验发展经费支出占地区生产总值的比重", unit: "%", cat: "cxfz", lead: "kw", leadName: "区科委（中关村科学城管委会）",
			kind: model.Level, targetText: "11", target: f(11), baseline: f(10.2),
			s: series{values: []float64{10.2, 10.5, 10.4, 10.6}}, status: eval.Lagging,
			progress: f(0.5), pace: f(0.833), projected: f(10.87), band: eval.Unlikely, required: "年均需提高0.2个百分点"},
		{id: "8", name: "技术合同成交额年均增速", unit: "%", cat: "cxfz", lead: "kw", leadName: "区科委（中关村科学城管委会）",
			kind: model.AvgGrowth, targetText: "6", target: f(6),
			s: series{values: []float64{nan, -2.0, -5.1, 1.2}}, status: eval.Reversed,
			progress: f(-0.177), pace: f(-0.33), projected: f(-1.2), band: eval.Unlikely, required: "2024—2025年年均需增长21.8%"},
		{id: "9", name: "PCT专利申请量", unit: "件", cat: "cxfz", lead: "zscq", leadName: "区知识产权局",
			kind: model.Level, targetText: "5000", target: f(5000), baseline: f(2600),
			s: series{values: []float64{2600, 2900, 3300, 3700}}, status: eval.Lagging,
			progress: f(0.458), pace: f(0.764), projected: f(4433), band: eval.Unlikely, required: "年均需增加650件",
			yearStatus: map[int]eval.Status{2021: eval.Lagging, 2022: eval.Lagging}},
		{id: "11", name: "实际利用外资额", unit: "亿美元", cat: "kfxt", lead: "swj", leadName: "区商务局",
			kind: model.Municipal, targetText: "达到市级要求",
			s: series{values: []float64{nan, 28.6, 31.2, nan}}, status: eval.NoData, reason: "2023年数据未报送"},
		{id: "12", name: "自贸区企业收入年均增速", unit: "%", cat: "kfxt", lead: "swj", leadName: "区商务局",
			kind: model.AvgGrowth, targetText: "15", target: f(15),
			s: series{values: []float64{nan, 21.3, 12.0, 16.5}, samples: []int{2023}}, status: eval.OnTrack,
			progress: f(0.612), pace: f(1.02), projected: f(16.2), band: eval.Likely},
		{id: "13", name: "细颗粒物年均浓度", unit: "微克/立方米", cat: "lsfz", binding: true, lead: "sthj", leadName: "生态环境局海淀分局",
			kind: model.Municipal, targetText: "达到市级要求",
			s: series{values: []float64{37, 34, 31, 33}}, status: eval.Met},
		{id: "14", name: "地表水环境质量目标完成情况", cat: "lsfz", binding: true, lead: "sw", leadName: "区水务局",
			kind: model.Municipal, targetText: "达到市级要求",
			s: series{values: []float64{nan, 1, 1, 1}, texts: []string{"", "是", "是", "是"}}, status: eval.Met},
		{id: "15", name: "生活垃圾回收利用率", unit: "%", cat: "lsfz", binding: true, lead: "cgw", leadName: "区城市管理委",
			kind: model.Municipal, targetText: "达到市级要求",
			s: series{values: []float64{37.0, 37.5, 38.0, 38.2}}, status: eval.NotMet,
			yearStatus: map[int]eval.Status{2021: eval.Met, 2022: eval.NotMet}},
		{id: "17", name: "单位地区生产总值能耗降幅", unit: "%", cat: "lsfz", binding: true, lead: "fgw", leadName: "区发展改革委",
			kind: model.Municipal, targetText: "达到市级要求",
			s: series{values: []float64{nan, 4.1, 3.6, 2.9}}, status: eval.NotAssessed, reason: "缺少2023年市级要求"},
		{id: "19", name: "居民人均可支配收入年均增速", unit: "%", cat: "gxfz", lead: "tjj", leadName: "区统计局",
			kind: model.Relative, targetText: "与经济增长基本同步",
			s: series{values: []float64{nan, 8.2, 3.3, 5.3}}, status: eval.Met},
		{id: "20", name: "城镇登记失业率", unit: "%", cat: "gxfz", lead: "rsj", leadName: "区人力社保局",
			kind: model.Relative, targetText: "不高于全市平均水平",
			s: series{values: []float64{1.6, 1.4, 1.7, 1.6}}, status: eval.Met},
		{id: "21", name: "新增学前教育学位供给数", unit: "个", cat: "gxfz", lead: "jw", leadName: "区教委",
			kind: model.Cumulative, targetText: "累计5000左右", target: f(5000),
			s: series{values: []float64{nan, 800, 1000, 900}, samples: []int{2022, 2023}}, status: eval.Lagging,
			progress: f(0.54), pace: f(0.9), projected: f(4500), band: eval.AtRisk, required: "2024—2025年每年需新增1150个",
			yearStatus: map[int]eval.Status{2021: eval.Lagging, 2022: eval.Lagging}},
		{id: "22", name: "每千常住人口执业（助理）医师数", unit: "人", cat: "gxfz", lead: "wjw", leadName: "区卫生健康委",
			kind: model.Level, targetText: "5.11", target: f(5.11), baseline: f(4.6),
			s: series{values: []float64{4.6, 4.82, 5.0, 5.2}}, status: eval.Achieved, progress: f(1.176), pace: f(1.96)},
		{id: "25a", name: "食品药品安全：食品安全抽检合格率", unit: "%", cat: "aqwd", binding: true, lead: "scjg", leadName: "区市场监管局",
			kind: model.Municipal, targetText: "达到市级要求",
			s: series{values: []float64{98.7, 98.9, 99.1, 99.0}, samples: []int{2021, 2022, 2023}}, status: eval.Met},
	}

	res := &eval.Result{
		Plan: eval.PlanInfo{ID: "haidian-14", Name: "北京市海淀区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
			ShortName: "海淀区“十四五”规划", Region: "北京市海淀区", Issuer: "北京市海淀区发展和改革委员会",
			BaseYear: 2020, TargetYear: 2025},
		Year: 2023, Elapsed: 0.6, Stage: "midterm", Thresholds: model.DefaultThresholds(),
	}
	catName := map[string]string{}
	for _, c := range cats {
		catName[c.ID] = c.Name
	}
	for _, fi := range inds {
		r := eval.IndicatorResult{
			ID: fi.id, Name: fi.name, Unit: fi.unit, Category: fi.cat, CategoryName: catName[fi.cat],
			Binding: fi.binding, Lead: fi.lead, LeadName: fi.leadName, Kind: fi.kind,
			TargetText: fi.targetText, TargetLabel: fi.targetText, TargetValue: fi.target, Baseline: fi.baseline,
			Progress: fi.progress, PaceRatio: fi.pace, Status: fi.status, StatusLabel: fi.status.Label(),
			Reason: fi.reason, Projected: fi.projected, ProjectionBand: fi.band, BandLabel: fi.band.Label(),
			RequiredText: fi.required,
		}
		for i, v := range fi.s.values {
			y := 2020 + i
			yr := eval.YearResult{Year: y}
			if !math.IsNaN(v) {
				yr.Value = f(v)
				yr.At = fmt.Sprintf("kw-%d.xlsx: 指标数据!%c%d", y, 'C'+rune(i), 4+len(res.Indicators))
				yr.Source = "区统计局"
			}
			if i < len(fi.s.texts) {
				yr.Text = fi.s.texts[i]
			}
			for _, s := range fi.s.samples {
				if s == y && yr.Value != nil {
					yr.Sample, r.Sample, yr.Source = true, true, model.SampleSource
				}
			}
			if y > 2020 {
				yr.Status = fi.status
				if s, ok := fi.yearStatus[y]; ok {
					yr.Status = s
				}
				yr.StatusLabel = yr.Status.Label()
			}
			r.Years = append(r.Years, yr)
		}
		if v := r.Years[len(r.Years)-1].Value; v != nil {
			r.Value = v
		}
		res.Indicators = append(res.Indicators, r)
	}
	res.Problems = []eval.Problem{
		{Rule: "binding_off_track", RuleLabel: "约束性指标未达要求", Indicator: "15", Name: "生活垃圾回收利用率", Binding: true,
			Lead: "cgw", LeadName: "区城市管理委", Status: eval.NotMet,
			Detail: "2023年为38.2%，低于市级要求39%，相差0.8个百分点；2022年也未达要求"},
		{Rule: "reversed", RuleLabel: "指标逆向变化", Indicator: "8", Name: "技术合同成交额年均增速",
			Lead: "kw", LeadName: "区科委（中关村科学城管委会）", Status: eval.Reversed,
			Detail: "2021—2023年分别为−2.0%、−5.1%、1.2%，三年累计下降5.9%，与年均增长6%的目标方向相反"},
		{Rule: "lagging_two_years", RuleLabel: "连续两年进度滞后", Indicator: "9", Name: "PCT专利申请量",
			Lead: "zscq", LeadName: "区知识产权局", Status: eval.Lagging,
			Detail: "2022年、2023年进度比分别为0.78、0.76，连续两年低于0.95"},
		{Rule: "projected_unlikely", RuleLabel: "预计难以完成目标", Indicator: "6", Name: "全社会研究与试验发展经费支出占地区生产总值的比重",
			Lead: "kw", LeadName: "区科委（中关村科学城管委会）", Status: eval.Lagging,
			Detail: "按2021—2023年年均提高0.13个百分点推算，2025年为10.87%，低于目标11%"},
		{Rule: "new_rule", RuleLabel: "其他需关注事项", Indicator: "21", Name: "新增学前教育学位供给数",
			Lead: "jw", LeadName: "区教委", Status: eval.Lagging,
			Detail: "三年累计新增2700个，按规划路径应为3000个"},
	}
	res.Quality = []eval.Finding{
		{Severity: eval.Error, Code: "out_of_range", Indicator: "25a", Year: 2021, At: "kw-2021.xlsx: 指标数据!D21",
			Message: "食品安全抽检合格率填报为108.9，超出0—100的合理范围，已按98.9（示例）处理，请核实"},
		{Severity: eval.Warning, Code: "missing", Indicator: "11", Year: 2023, At: "kw-2023.xlsx: 指标数据!F11",
			Message: "实际利用外资额2023年数据缺失"},
		{Severity: eval.Warning, Code: "requirement_missing", Indicator: "17", Year: 2023, At: "kw-2023.xlsx: 市级要求",
			Message: "单位地区生产总值能耗降幅缺少2023年市级要求，无法判断是否达标"},
		{Severity: eval.Warning, Code: "growth_mismatch", Indicator: "4", Year: 2023, At: "kw-2023.xlsx: 指标数据!F6",
			Message: "地区生产总值年均增速2023年填报5.6%，按地区生产总值水平值推算为8.1%，相差2.5个百分点"},
		{Severity: eval.Warning, Code: "no_source", Indicator: "12", Year: 2023, At: "kw-2023.xlsx: 指标数据!H15",
			Message: "数据来源标注为“示例”，不是正式统计数据"},
	}
	addTasks(res)
	res.Summary = summarize(res, cats)
	return res
}

type fixtureTask struct {
	id, title, chapter, lead, leadName string
	key, sample                        bool
	progress                           model.Progress
	share                              float64
	milestone, text                    string
	behind                             bool
}

// addTasks gives the fixture ten key tasks in three chapters, in every
// state (two key tasks and one other behind, a key task not reported),
// four major projects (one behind, one without a report), their problems
// and findings, and the departments.
func addTasks(res *eval.Result) {
	const ch3, ch5, ch8 = "第三章 加快建设国际科技创新中心核心区", "第五章 加快构建高品质新型城市形态", "第八章 建设更有温度的“幸福海淀”"
	tasks := []fixtureTask{
		{"3.1.1", "加强基础前沿研究和核心技术攻关", ch3, "kw", "区科委（中关村科学城管委会）", true, false, model.OnSchedule, 60, "建成一批新型研发机构", "按计划推进", false},
		{"3.1.2", "培育和集聚高水平研发创新平台", ch3, "kw", "区科委（中关村科学城管委会）", true, false, model.Behind, 35, "国际氢能中心主体建成",
			"国际氢能中心选址调整，主体工程开工晚于计划，年度节点未完成", true},
		{"3.2.1", "进一步强化企业创新主体地位", ch3, "kw", "区科委（中关村科学城管委会）", false, false, model.Done, 100, "", "已完成", false},
		{"3.5.2", "提升知识产权服务效能", ch3, "zscq", "区知识产权局", false, false, model.NotStarted, 0, "建成知识产权保护中心分中心", "选址未落实，尚未启动", true},
		{"5.3.2", "扎实推进老旧小区改造", ch5, "zjw", "区住房城乡建设委", true, true, model.Behind, 40, "完成需改造老旧小区改造任务过半",
			"居民意见征集和资金落实慢于计划", true},
		{"5.3.3", "健全城市更新工作机制", ch5, "ghzr", "区规划自然资源分局", false, true, model.OnSchedule, 65, "出台城市更新实施细则", "", false},
		{"5.4.1", "深入推进高水平新型城镇化", ch5, "nyj", "区农业农村局", true, true, "", 0, "完成集体产业用地规划调整", "", false},
		{"8.2.1", "提升教育发展支撑能力", ch8, "jw", "区教委", false, false, model.OnSchedule, 65, "新增学前学位1000个", "", false},
		{"8.3.2", "完善医疗卫生服务体系", ch8, "wjw", "区卫生健康委", false, false, model.OnSchedule, 60, "", "", false},
		{"8.4.1", "推进高质量充分就业", ch8, "rsj", "区人力社保局", false, false, model.Done, 100, "", "", false},
	}
	for _, ft := range tasks {
		t := eval.TaskResult{ID: ft.id, Title: ft.title, Chapter: ft.chapter, Lead: ft.lead, LeadName: ft.leadName,
			Key: ft.key, Sample: ft.sample, Milestone: ft.milestone, Progress: ft.progress, Text: ft.text, Behind: ft.behind}
		if ft.progress != "" {
			t.ProgressLabel, t.Share = ft.progress.Label(), f(ft.share)
		} else {
			t.ProgressLabel = "未报送"
		}
		res.Tasks = append(res.Tasks, t)
	}
	res.TaskChapters = chapters(res.Tasks)

	yes, no := true, false
	res.Projects = []eval.ProjectResult{
		{ID: "P01", Name: "中关村论坛永久会址", Lead: "kw", LeadName: "区科委（中关村科学城管委会）", Investment: 60,
			Planned: 33, Completed: f(31.98), Share: f(31.98 / 33), Milestone: "主体结构施工", Reported: "主体结构施工", Reached: &yes,
			Status: "on_track", StatusLabel: "按计划推进"},
		{ID: "P04", Name: "中关村科学城北区教育配套设施(中关村三小等25个)", Lead: "jw", LeadName: "区教委", Investment: 40,
			Planned: 24, Completed: f(22.94), Share: f(22.94 / 24), Milestone: "首批学校竣工", Reported: "首批学校竣工", Reached: &yes,
			Status: "on_track", StatusLabel: "按计划推进"},
		{ID: "P05", Name: "科学城北区三所医院北院区(北京大学第三医院、海淀区妇幼保健院、航天中心医院)", Lead: "wjw", LeadName: "区卫生健康委",
			Investment: 90, Planned: 53, Completed: f(38.16), Share: f(38.16 / 53), Milestone: "主体结构施工", Reported: "未完成：主体结构施工", Reached: &no,
			Status: "behind", StatusLabel: "进度滞后", Reason: "累计完成投资38.16亿元，为计划53亿元的72.0%，差距超过20.0%"},
		{ID: "P09", Name: "海淀北部文化中心", Lead: "wlj", LeadName: "区文化和旅游局", Investment: 12, Sample: true,
			Planned: 5, Milestone: "完成立项", Status: "no_data", StatusLabel: "数据待补", Reason: "未报送完成投资"},
	}
	for _, t := range res.Tasks {
		if t.Key && t.Behind {
			res.Problems = append(res.Problems, eval.Problem{Rule: "key_task_behind", RuleLabel: "重点任务进展滞后", Task: t.ID,
				Name: t.Title, Lead: t.Lead, LeadName: t.LeadName,
				Detail: fmt.Sprintf("2023年报告“%s”；计划节点：%s；进展说明：%s", t.ProgressLabel, t.Milestone, t.Text)})
		}
	}
	res.Problems = append(res.Problems, eval.Problem{Rule: "project_behind", RuleLabel: "重大项目推进滞后", Project: "P05",
		Name: res.Projects[2].Name, Lead: "wjw", LeadName: "区卫生健康委", Detail: res.Projects[2].Reason})
	res.Quality = append(res.Quality,
		eval.Finding{Severity: eval.Warning, Code: "task_missing", Task: "5.4.1", Year: 2023,
			Message: "任务5.4.1（深入推进高水平新型城镇化）：2023年进展未报送（区农业农村局）"},
		eval.Finding{Severity: eval.Warning, Code: "project_missing", Project: "P09", Year: 2023,
			Message: "项目P09（海淀北部文化中心）：2023年进展未报送"})
	res.Departments = departments(res)
}

// chapters counts tasks by chapter (consecutive runs), as the evaluation does.
func chapters(tasks []eval.TaskResult) []eval.TaskGroup {
	var out []eval.TaskGroup
	for i := 0; i < len(tasks); {
		j := i
		for j < len(tasks) && tasks[j].Chapter == tasks[i].Chapter {
			j++
		}
		out = append(out, eval.CountTasks(tasks[i].Chapter, tasks[i].Chapter, tasks[i:j]))
		i = j
	}
	return out
}

// departments lists the leads in the order they first lead something,
// with what they report in 2024, worded as the evaluation words it.
func departments(res *eval.Result) []eval.DepartmentResult {
	var out []eval.DepartmentResult
	idx := map[string]int{}
	get := func(id, name string) *eval.DepartmentResult {
		i, ok := idx[id]
		if !ok {
			i = len(out)
			idx[id] = i
			out = append(out, eval.DepartmentResult{ID: id, Name: name})
		}
		return &out[i]
	}
	for _, ind := range res.Indicators {
		d := get(ind.Lead, ind.LeadName)
		d.Indicators = append(d.Indicators, ind.ID)
		if ind.Status.Assessable() {
			d.Assessable++
			if ind.Status.Good() {
				d.OnTrack++
			}
		}
		d.NextYear = append(d.NextYear, fmt.Sprintf("指标%s %s：2024年数值", ind.ID, ind.Name))
	}
	for _, t := range res.Tasks {
		d := get(t.Lead, t.LeadName)
		d.Tasks = append(d.Tasks, t.ID)
		if t.Progress != "" {
			d.Assessable++
			if t.Progress == model.Done || t.Progress == model.OnSchedule {
				d.OnTrack++
			}
		}
		if t.Progress != model.Done {
			d.NextYear = append(d.NextYear, fmt.Sprintf("任务%s %s：2024年节点“%s（2024年）”", t.ID, t.Title, t.Title))
		}
	}
	for _, p := range res.Projects {
		d := get(p.Lead, p.LeadName)
		d.Projects = append(d.Projects, p.ID)
		if p.Status != "no_data" {
			d.Assessable++
			if p.Status == "on_track" {
				d.OnTrack++
			}
		}
		d.NextYear = append(d.NextYear, fmt.Sprintf("项目%s %s：2024年完成投资10亿元、形象进度“主体结构封顶”", p.ID, p.Name))
	}
	for _, p := range res.Problems {
		get(p.Lead, p.LeadName).Problems++
	}
	for i := range out {
		if out[i].Assessable > 0 {
			out[i].Score = float64(out[i].OnTrack) / float64(out[i].Assessable)
		}
	}
	return out
}

// withoutTasks is the fixture of a plan without key tasks or projects.
func withoutTasks() *eval.Result {
	res := fixture()
	res.Tasks, res.TaskChapters, res.Projects = nil, nil, nil
	var ps []eval.Problem
	for _, p := range res.Problems {
		if p.Indicator != "" {
			ps = append(ps, p)
		}
	}
	res.Problems = ps
	var qs []eval.Finding
	for _, q := range res.Quality {
		if q.Task == "" && q.Project == "" {
			qs = append(qs, q)
		}
	}
	res.Quality = qs
	res.Departments = departments(res)
	res.Summary.Problems, res.Summary.Findings = len(ps), len(qs)
	return res
}

// summarize counts statuses as the evaluation does.
func summarize(res *eval.Result, cats []model.Category) eval.Summary {
	all := make([]*eval.IndicatorResult, len(res.Indicators))
	var binding, expected []*eval.IndicatorResult
	for i := range res.Indicators {
		ind := &res.Indicators[i]
		all[i] = ind
		if ind.Binding {
			binding = append(binding, ind)
		} else {
			expected = append(expected, ind)
		}
	}
	total := count("", "", all)
	s := eval.Summary{
		Total: total.Total, Assessable: total.Assessable, Good: total.Good, ByStatus: total.ByStatus,
		Binding: count("binding", "约束性指标", binding), Expected: count("expected", "预期性指标", expected),
		Problems: len(res.Problems), Findings: len(res.Quality),
	}
	if s.Assessable > 0 {
		s.GoodShare = float64(s.Good) / float64(s.Assessable)
	}
	switch {
	case s.GoodShare >= res.Elapsed+0.05:
		s.Judgment, s.JudgmentLabel = "ahead", "快于时间进度"
	case s.GoodShare >= res.Elapsed-0.05:
		s.Judgment, s.JudgmentLabel = "on_track", "时间过半、任务过半"
	default:
		s.Judgment, s.JudgmentLabel = "behind", "慢于时间进度"
	}
	for _, c := range cats {
		var inds []*eval.IndicatorResult
		for _, ind := range all {
			if ind.Category == c.ID {
				inds = append(inds, ind)
			}
		}
		s.Categories = append(s.Categories, count(c.ID, c.Name, inds))
	}
	return s
}

// standIn draws a simple indicator chart, standing in for report/chart:
// a frame, gridlines with labels, the planned path dashed, the values as a
// polyline with round markers and value labels, a rotated unit label and
// the target line. It exercises every Canvas method.
func standIn(c Canvas, res *eval.Result, ind *eval.IndicatorResult, w, h float64) error {
	var vals []float64
	for _, y := range ind.Years {
		if y.Value != nil {
			vals = append(vals, *y.Value)
		}
	}
	if ind.TargetValue != nil {
		vals = append(vals, *ind.TargetValue)
	}
	lo, hi := vals[0], vals[0]
	for _, v := range vals {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if hi == lo {
		hi, lo = hi+1, lo-1
	}
	pad := (hi - lo) * 0.15
	lo, hi = lo-pad, hi+pad
	left, right, top, bottom := 34.0, w-8, 18.0, h-20
	X := func(year int) float64 {
		return left + (right-left)*float64(year-res.Plan.BaseYear)/float64(res.Plan.TargetYear-res.Plan.BaseYear)
	}
	Y := func(v float64) float64 { return bottom - (bottom-top)*(v-lo)/(hi-lo) }
	ink := color.RGBA{0x33, 0x33, 0x33, 0xff}
	light := color.RGBA{0xdd, 0xdd, 0xdd, 0xff}
	c.Text(left, 11, ind.Name, 8, true, ink, 0)
	for i := 0; i <= 4; i++ {
		v := lo + (hi-lo)*float64(i)/4
		c.MoveTo(left, Y(v))
		c.LineTo(right, Y(v))
		c.Stroke(light, 0.5, nil)
		label := zh.NumDigits(v, 1)
		c.Text(left-3-c.TextWidth(label, 6.5, false), Y(v)+2.3, label, 6.5, false, ink, 0)
	}
	for y := res.Plan.BaseYear; y <= res.Plan.TargetYear; y++ {
		label := fmt.Sprint(y)
		c.Text(X(y)-c.TextWidth(label, 6.5, false)/2, bottom+10, label, 6.5, false, ink, 0)
	}
	c.MoveTo(left, top)
	c.LineTo(left, bottom)
	c.LineTo(right, bottom)
	c.Stroke(ink, 0.8, nil)
	c.Text(10, (top+bottom)/2+8, ind.Unit, 6.5, false, ink, math.Pi/2)
	if ind.TargetValue != nil && ind.Baseline != nil {
		c.MoveTo(X(res.Plan.BaseYear), Y(*ind.Baseline))
		c.LineTo(X(res.Plan.TargetYear), Y(*ind.TargetValue))
		c.Stroke(style.Grey, 1, []float64{3, 2})
	}
	if ind.TargetValue != nil {
		c.MoveTo(left, Y(*ind.TargetValue))
		c.LineTo(right, Y(*ind.TargetValue))
		c.Stroke(style.Vermillion, 0.8, []float64{1, 1.5})
		label := fmt.Sprintf("%d年目标 %s", res.Plan.TargetYear, zh.Num(*ind.TargetValue))
		c.Text(right-c.TextWidth(label, 6.5, false), Y(*ind.TargetValue)-3, label, 6.5, false, style.Vermillion, 0)
	}
	col := style.StatusColor(ind.Status)
	started := false
	for _, y := range ind.Years {
		if y.Value == nil {
			continue
		}
		if !started {
			c.MoveTo(X(y.Year), Y(*y.Value))
			started = true
		} else {
			c.LineTo(X(y.Year), Y(*y.Value))
		}
	}
	c.Stroke(col, 1.6, nil)
	for _, y := range ind.Years {
		if y.Value == nil {
			continue
		}
		x, yy := X(y.Year), Y(*y.Value)
		c.ArcTo(x, yy, 2.4, 2.4, 0, 2*math.Pi)
		c.Close()
		c.FillStroke(color.RGBA{0xff, 0xff, 0xff, 0xff}, col, 1.2)
		label := zh.Num(*y.Value)
		c.Text(x-c.TextWidth(label, 6.5, false)/2, yy-5, label, 6.5, false, col, 0)
	}
	// A translucent band marks the years still to come.
	c.MoveTo(X(res.Year), top)
	c.LineTo(right, top)
	c.LineTo(right, bottom)
	c.LineTo(X(res.Year), bottom)
	c.Close()
	c.Fill(color.RGBA{0x56, 0xb4, 0xe9, 0x20})
	return nil
}

// standInDistribution draws stacked bars of statuses by category with a
// legend.
func standInDistribution(c Canvas, res *eval.Result, w, h float64) error {
	ink := color.RGBA{0x33, 0x33, 0x33, 0xff}
	cats := res.Summary.Categories
	left, right, top := 60.0, w-10, 30.0
	barH := (h - top - 10) / float64(len(cats))
	maxN := 0
	for _, g := range cats {
		maxN = max(maxN, g.Total)
	}
	x := left
	for _, s := range eval.Statuses() {
		if n(eval.GroupSummary{ByStatus: res.Summary.ByStatus}, s) == 0 {
			continue
		}
		c.MoveTo(x, 8)
		c.LineTo(x+8, 8)
		c.LineTo(x+8, 16)
		c.LineTo(x, 16)
		c.Close()
		c.Fill(style.StatusColor(s))
		c.Text(x+11, 15, s.Label(), 7, false, ink, 0)
		x += 16 + c.TextWidth(s.Label(), 7, false)
	}
	for i, g := range cats {
		y := top + float64(i)*barH
		c.Text(left-4-c.TextWidth(g.Name, 8, false), y+barH/2+3, g.Name, 8, false, ink, 0)
		x := left
		for _, cnt := range g.ByStatus {
			if cnt.N == 0 {
				continue
			}
			bw := (right - left) * float64(cnt.N) / float64(maxN)
			c.MoveTo(x, y+2)
			c.LineTo(x+bw, y+2)
			c.LineTo(x+bw, y+barH-2)
			c.LineTo(x, y+barH-2)
			c.Close()
			c.FillStroke(style.StatusColor(cnt.Status), color.RGBA{0xff, 0xff, 0xff, 0xff}, 1)
			label := fmt.Sprint(cnt.N)
			c.Text(x+bw/2-c.TextWidth(label, 7, true)/2, y+barH/2+2.5, label, 7, true, color.RGBA{0xff, 0xff, 0xff, 0xff}, 0)
			x += bw
		}
	}
	return nil
}

// standInTasks draws a bar per chapter, a segment per state, with the
// chapter's name and count, standing in for report/chart's Tasks.
func standInTasks(c Canvas, res *eval.Result, w, h float64) error {
	ink := color.RGBA{0x33, 0x33, 0x33, 0xff}
	left, right := 120.0, w-40
	barH := (h - 10) / float64(len(res.TaskChapters))
	maxN := 0
	for _, g := range res.TaskChapters {
		maxN = max(maxN, g.Total)
	}
	for i, g := range res.TaskChapters {
		y := 5 + float64(i)*barH
		c.Text(left-4-c.TextWidth(g.Name, 7, false), y+barH/2+2.5, g.Name, 7, false, ink, 0)
		x := left
		for _, p := range progressStates {
			k := groupCount(g, p)
			if k == 0 {
				continue
			}
			bw := (right - left) * float64(k) / float64(maxN)
			c.MoveTo(x, y+2)
			c.LineTo(x+bw, y+2)
			c.LineTo(x+bw, y+barH-2)
			c.LineTo(x, y+barH-2)
			c.Close()
			c.Fill(style.TaskColor(p))
			x += bw
		}
		label := fmt.Sprintf("共%d项", g.Total)
		c.Text(x+3, y+barH/2+2.5, label, 7, false, ink, 0)
	}
	return nil
}
