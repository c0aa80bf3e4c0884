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
	res.Summary = summarize(res, cats)
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
