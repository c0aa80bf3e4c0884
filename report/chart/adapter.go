package chart

// TEMPORARY (issue 10): until report/eval fills IndicatorResult.Chart and
// the figures' specs (helper E), this file builds an eval.Chart from an
// evaluation the way the chart package used to decide for itself, and keeps
// the old entry points (Indicator, Distribution, Tasks, Charted) for the
// command and the old PDF path. Everything here is to be deleted by the
// lead once eval's specs land; Draw is the package's API.

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// Charted reports whether an indicator gets a chart: whether it has at
// least one (finite) value, in some year or in the year evaluated.
//
// TEMPORARY: eval decides this (issue 10).
func Charted(ind *eval.IndicatorResult) bool {
	if ind == nil {
		return false
	}
	if finite(ind.Value) != nil {
		return true
	}
	for _, y := range ind.Years {
		if finite(y.Value) != nil {
			return true
		}
	}
	return false
}

// Indicator draws one indicator's chart into a w×h point box on c, from
// the spec FromIndicator builds. It returns an error when the indicator
// has no value (see Charted) and whatever Draw returns.
//
// TEMPORARY: the report draws eval's spec with Draw (issue 10).
func Indicator(c Canvas, res *eval.Result, ind *eval.IndicatorResult, w, h float64) error {
	if ind == nil || res == nil {
		return fmt.Errorf("chart: no indicator to draw")
	}
	if !Charted(ind) {
		return fmt.Errorf("chart: indicator %q has no value to chart", ind.ID)
	}
	if err := Draw(c, FromIndicator(res, ind), w, h); err != nil {
		return fmt.Errorf("chart: indicator %q: %w", ind.ID, err)
	}
	return nil
}

// Distribution draws the statuses by category (FromDistribution).
//
// TEMPORARY: the report draws eval's spec with Draw (issue 10).
func Distribution(c Canvas, res *eval.Result, w, h float64) error {
	if res == nil {
		return fmt.Errorf("chart: no result to draw")
	}
	ch := FromDistribution(res)
	if len(ch.Bars) == 0 {
		return fmt.Errorf("chart: no category has an indicator")
	}
	if err := Draw(c, ch, w, h); err != nil {
		return fmt.Errorf("chart: distribution: %w", err)
	}
	return nil
}

// Tasks draws the key tasks' progress by chapter (FromTasks).
//
// TEMPORARY: the report draws eval's spec with Draw (issue 10).
func Tasks(c Canvas, res *eval.Result, w, h float64) error {
	if res == nil {
		return fmt.Errorf("chart: no result to draw")
	}
	ch := FromTasks(res)
	if len(ch.Bars) == 0 {
		return fmt.Errorf("chart: no chapter has a task")
	}
	if err := Draw(c, ch, w, h); err != nil {
		return fmt.Errorf("chart: tasks: %w", err)
	}
	return nil
}

// FromIndicator is an indicator's chart: its values year by year against
// the plan's path, the target, the projection to the target year and, for
// the kinds that have one, the limit or the yearly requirement.
//
// TEMPORARY: eval fills IndicatorResult.Chart (issue 10).
func FromIndicator(res *eval.Result, in *eval.IndicatorResult) *eval.Chart {
	// A number that is not finite is drawn as missing.
	ind := *in
	ind.TargetValue, ind.Baseline, ind.Value = finite(ind.TargetValue), finite(ind.Baseline), finite(ind.Value)
	ind.Projected, ind.Realized, ind.Expected = finite(ind.Projected), finite(ind.Realized), finite(ind.Expected)
	years := append([]eval.YearResult(nil), ind.Years...)
	for i := range years {
		y := &years[i]
		y.Value, y.Expected, y.Requirement, y.Compared = finite(y.Value), finite(y.Expected), finite(y.Requirement), finite(y.Compared)
	}
	sort.SliceStable(years, func(i, j int) bool { return years[i].Year < years[j].Year })
	if ind.Value != nil && (len(years) == 0 || years[len(years)-1].Year < res.Year) {
		years = append(years, eval.YearResult{Year: res.Year, Value: ind.Value, Expected: ind.Expected})
	}
	ch := &eval.Chart{Kind: eval.ChartLine, Unit: ind.Unit, Status: ind.Status,
		FromYear: res.Plan.BaseYear, ToYear: res.Plan.TargetYear}
	if len(years) > 0 {
		if ch.FromYear == 0 || years[0].Year < ch.FromYear {
			ch.FromYear = years[0].Year
		}
		if last := years[len(years)-1].Year; ch.ToYear == 0 || last > ch.ToYear {
			ch.ToYear = last
		}
	}
	if ch.ToYear <= ch.FromYear {
		ch.ToYear = ch.FromYear + 1
	}
	x0, x1 := ch.FromYear, ch.ToYear
	switch {
	case ind.Kind == model.Boolean || (ind.Unit == "" && allYesNo(years)):
		ch.Kind = eval.ChartYesNo
	case ind.Kind == model.Reduction || (ind.Kind == model.AvgGrowth && model.NormalizeUnit(ind.Unit) == "%"):
		ch.Kind = eval.ChartRate
	}
	series := func(role eval.SeriesRole, label string, ps []eval.ChartPoint) {
		if len(ps) > 0 {
			ch.Series = append(ch.Series, eval.ChartSeries{Role: role, Label: label, Points: ps})
		}
	}

	switch ch.Kind {
	case eval.ChartYesNo:
		var ps []eval.ChartPoint
		for _, y := range years {
			p := eval.ChartPoint{Year: y.Year, Text: "数据待补", Sample: y.Sample}
			if y.Value != nil {
				done := *y.Value >= 0.5
				p.Done, p.Value, p.Text = &done, *y.Value, "未完成"
				if done {
					p.Text = "完成"
				}
			}
			if y.Year > x0 || y.Value != nil {
				ps = append(ps, p)
			}
		}
		series(eval.SeriesActual, "", ps)
		return ch
	case eval.ChartRate:
		var actual, rate []eval.ChartPoint
		for _, y := range years {
			if y.Value == nil {
				continue
			}
			actual = append(actual, eval.ChartPoint{Year: y.Year, Value: *y.Value, Text: numLabel(*y.Value) + "%", Sample: y.Sample})
		}
		for _, y := range years {
			if y.Expected != nil && y.Year > x0 {
				rate = append(rate, eval.ChartPoint{Year: y.Year, Value: *y.Expected})
			}
		}
		series(eval.SeriesActual, "实际值", actual)
		var target *float64
		if len(rate) > 0 {
			target = &rate[len(rate)-1].Value
		} else if v := numberIn(ind.TargetText); v != nil {
			target = v
			if ind.Kind == model.Reduction {
				// A reduction over the period, as the yearly rate that gives it.
				n := float64(x1 - x0)
				r := 100 * (1 - math.Pow(1-*v/100, 1/n))
				target = &r
			}
		}
		if target != nil {
			l := "目标 " + numLabel(*target) + "%"
			if ind.Kind == model.Reduction {
				l = "目标 年均" + numLabelDigits(*target, 1) + "%"
			}
			ch.Lines = append(ch.Lines, eval.ChartRule{Value: *target, Label: l, Role: eval.RuleTargetRate})
		}
		if ind.Realized != nil {
			ch.Lines = append(ch.Lines, eval.ChartRule{Value: *ind.Realized,
				Label: "实际年均 " + numLabelDigits(*ind.Realized, 1) + "%", Role: eval.RuleRealized})
		}
		return ch
	}

	// Line mode.
	var actual []eval.ChartPoint
	total := 0.0
	for _, y := range years {
		if y.Value == nil {
			continue
		}
		v := *y.Value
		if ind.Kind == model.Cumulative {
			if y.Year <= x0 {
				continue // the base year is before the period
			}
			total += v
			v = total
		}
		actual = append(actual, eval.ChartPoint{Year: y.Year, Value: v, Text: numLabel(v), Sample: y.Sample})
	}
	name := "实际值"
	if ind.Kind == model.Cumulative {
		name = "累计完成"
	}
	var target *eval.ChartPoint
	tv := ind.TargetValue
	switch ind.Kind {
	case model.Level, model.Delta, model.AvgGrowth, model.Cumulative:
		if tv == nil {
			tv = numberIn(ind.TargetText)
		}
		if tv != nil {
			target = &eval.ChartPoint{Year: x1, Value: *tv, Text: zh.Year(x1) + "目标 " + numLabel(*tv)}
			if ind.Kind == model.Cumulative {
				target.Text = zh.Year(x1) + "目标 累计" + numLabel(*tv)
			}
		}
	case model.Ceiling, model.Floor:
		if tv == nil {
			tv = numberIn(ind.TargetText)
		}
		if tv != nil {
			l := "上限 " + numLabel(*tv)
			if ind.Kind == model.Floor {
				l = "下限 " + numLabel(*tv)
			}
			ch.Lines = append(ch.Lines, eval.ChartRule{Value: *tv, Label: l, Role: eval.RuleLimit})
		}
	}
	var plan []eval.ChartPoint
	if ind.Kind == model.Cumulative {
		if target != nil {
			plan = []eval.ChartPoint{{Year: x0}, {Year: x1, Value: target.Value}}
		}
	} else {
		for _, y := range years {
			if y.Expected != nil {
				plan = append(plan, eval.ChartPoint{Year: y.Year, Value: *y.Expected})
			}
		}
		if len(plan) == 0 && target != nil && ind.Baseline != nil && (ind.Kind == model.Level || ind.Kind == model.Delta) {
			plan = []eval.ChartPoint{{Year: x0, Value: *ind.Baseline}}
		}
		if target != nil && len(plan) > 0 && plan[len(plan)-1].Year < target.Year {
			plan = append(plan, extendPath(plan[len(plan)-1], *target, ind.Kind == model.AvgGrowth)...)
		}
	}
	if len(plan) < 2 {
		plan = nil
	}
	var proj []eval.ChartPoint
	if ind.Projected != nil && len(actual) > 0 {
		last := actual[len(actual)-1]
		if last.Year < x1 {
			proj = []eval.ChartPoint{{Year: last.Year, Value: last.Value}, {Year: x1, Value: *ind.Projected, Text: "预计 " + numLabel(*ind.Projected)}}
		}
	}
	var req []eval.ChartPoint
	role, reqName := eval.SeriesRequirement, "市级要求"
	for _, y := range years {
		switch {
		case ind.Kind == model.Relative && y.Compared != nil:
			req = append(req, eval.ChartPoint{Year: y.Year, Value: *y.Compared})
			role, reqName = eval.SeriesCompared, "参照值"
		case y.Requirement != nil:
			req = append(req, eval.ChartPoint{Year: y.Year, Value: *y.Requirement})
		}
	}
	if n := len(req); n > 0 {
		req[n-1].Text = reqName + " " + numLabel(req[n-1].Value)
	}
	series(eval.SeriesPlanned, "规划路径", plan)
	series(role, reqName, req)
	series(eval.SeriesActual, name, actual)
	series(eval.SeriesProjected, "预测", proj)
	if target != nil {
		series(eval.SeriesTarget, "目标", []eval.ChartPoint{*target})
	}
	return ch
}

// extendPath continues the plan's path from p to the target t, year by
// year: along a constant growth rate for avg_growth (so the path curves as
// the evaluation's does), straight otherwise.
func extendPath(p, t eval.ChartPoint, compound bool) []eval.ChartPoint {
	var out []eval.ChartPoint
	n := float64(t.Year - p.Year)
	for x := p.Year + 1; x <= t.Year; x++ {
		f := float64(x-p.Year) / n
		y := p.Value + f*(t.Value-p.Value)
		if compound && p.Value > 0 && t.Value > 0 {
			y = p.Value * math.Pow(t.Value/p.Value, f)
		}
		out = append(out, eval.ChartPoint{Year: x, Value: y})
	}
	return out
}

func allYesNo(years []eval.YearResult) bool {
	n := 0
	for _, y := range years {
		if y.Value == nil {
			continue
		}
		if *y.Value != 0 && *y.Value != 1 {
			return false
		}
		n++
	}
	return n > 0
}

var numberRE = regexp.MustCompile(`-?\d+(\.\d+)?`)

// numberIn is the first number in a target's text ("312.6", "累计5000左右"),
// or nil.
func numberIn(s string) *float64 {
	if len(s) > 200 {
		s = s[:200] // a target's text is short; a number in it shorter still
	}
	m := numberRE.FindString(s)
	if m == "" {
		return nil
	}
	v, err := strconv.ParseFloat(m, 64)
	if err != nil {
		return nil
	}
	return finite(&v)
}

// FromDistribution is the chart of statuses by category: a bar per
// category with indicators, a segment per status, best first.
//
// TEMPORARY: eval fills the figure's spec (issue 10).
func FromDistribution(res *eval.Result) *eval.Chart {
	cats := categories(res)
	ch := &eval.Chart{Kind: eval.ChartBars}
	for _, st := range eval.Statuses() {
		ch.Legend = append(ch.Legend, string(st))
	}
	for _, g := range cats {
		b := eval.BarGroup{Label: g.Name}
		for _, st := range eval.Statuses() {
			if n := count(g, st); n > 0 {
				b.Segments = append(b.Segments, eval.BarSegment{Key: string(st), Label: st.Label(), N: n})
			}
		}
		ch.Bars = append(ch.Bars, b)
	}
	return ch
}

// categories are the result's categories that have indicators: from the
// summary, or counted from the indicators when the summary has none.
func categories(res *eval.Result) []eval.GroupSummary {
	var out []eval.GroupSummary
	for _, g := range res.Summary.Categories {
		if g.Total > 0 {
			out = append(out, g)
		}
	}
	if len(out) > 0 {
		return out
	}
	idx := map[string]int{}
	for _, ind := range res.Indicators {
		i, ok := idx[ind.Category]
		if !ok {
			i = len(out)
			idx[ind.Category] = i
			name := ind.CategoryName
			if name == "" {
				name = ind.Category
			}
			out = append(out, eval.GroupSummary{ID: ind.Category, Name: name})
		}
		g := &out[i]
		g.Total++
		found := false
		for j := range g.ByStatus {
			if g.ByStatus[j].Status == ind.Status {
				g.ByStatus[j].N++
				found = true
			}
		}
		if !found {
			g.ByStatus = append(g.ByStatus, eval.Count{Status: ind.Status, Label: ind.Status.Label(), N: 1})
		}
	}
	return out
}

func count(g eval.GroupSummary, st eval.Status) int {
	n := 0
	for _, c := range g.ByStatus {
		if c.Status == st {
			n += c.N
		}
	}
	return n
}

// noReport is the key of the tasks not reported.
const noReport = "no_report"

// FromTasks is the chart of the key tasks' reported progress by chapter:
// a bar per chapter with tasks, segments 已完成, 按计划推进, 滞后, 未启动 and
// 未报送. Chapters are labelled by number and a short name (shortChapter).
//
// TEMPORARY: eval fills the figure's spec (issue 10).
func FromTasks(res *eval.Result) *eval.Chart {
	states := []struct {
		key, label string
		n          func(g eval.TaskGroup) int
	}{
		{string(model.Done), model.Done.Label(), func(g eval.TaskGroup) int { return g.Done }},
		{string(model.OnSchedule), model.OnSchedule.Label(), func(g eval.TaskGroup) int { return g.OnSchedule }},
		{string(model.Behind), model.Behind.Label(), func(g eval.TaskGroup) int { return g.Behind }},
		{string(model.NotStarted), model.NotStarted.Label(), func(g eval.TaskGroup) int { return g.NotStarted }},
		{noReport, "未报送", func(g eval.TaskGroup) int { return g.NoReport }},
	}
	ch := &eval.Chart{Kind: eval.ChartBars}
	for _, st := range states {
		ch.Legend = append(ch.Legend, st.key)
	}
	for _, g := range res.TaskChapters {
		if g.Total == 0 {
			continue
		}
		name := g.Name
		if name == "" {
			name = g.ID
		}
		b := eval.BarGroup{Label: shortChapter(name)}
		for _, st := range states {
			if n := st.n(g); n > 0 {
				b.Segments = append(b.Segments, eval.BarSegment{Key: st.key, Label: st.label, N: n})
			}
		}
		ch.Bars = append(ch.Bars, b)
	}
	return ch
}

// chapterNumber is the "第三章" that starts a chapter's name.
var chapterNumber = regexp.MustCompile(`^第[一二三四五六七八九十百零〇两0-9]+[章篇]`)

// leadVerbs are the words a chapter's title starts with that say what to
// do rather than what about: 加快建设、全面推进、着力 …; shortChapter drops
// them, the longest first.
var leadVerbs = []string{
	"进一步", "高标准", "高质量", "加快", "全面", "着力", "全力", "大力", "持续", "深入", "积极",
	"建设", "构建", "打造", "推进", "推动", "健全", "深化", "完善", "提升", "强化", "实施", "坚持", "服务",
}

// shortName is how many characters a chapter's short name aims at.
const shortName = 10

// shortChapter shortens a chapter's title for an axis label: its number,
// then its subject without the leading verbs while it is longer than ten
// characters, or failing that what follows its last 的, or the first
// characters and an ellipsis. "第三章 加快建设国际科技创新中心核心区" is
// "第三章 国际科技创新中心核心区"; "第四章 构建具有全球竞争力的高精尖产业体系"
// is "第四章 高精尖产业体系".
func shortChapter(name string) string {
	name = strings.TrimSpace(name)
	num := chapterNumber.FindString(name)
	rest := strings.TrimSpace(strings.TrimPrefix(name, num))
	n := func(s string) int { return len([]rune(s)) }
	for n(rest) > shortName {
		cut := false
		for _, v := range leadVerbs {
			if strings.HasPrefix(rest, v) && n(rest) > n(v)+1 {
				rest, cut = strings.TrimPrefix(rest, v), true
				break
			}
		}
		if !cut {
			break
		}
	}
	if n(rest) > shortName {
		if i := strings.LastIndex(rest, "的"); i >= 0 && n(rest[i+len("的"):]) >= 4 {
			rest = rest[i+len("的"):]
		}
	}
	if r := []rune(rest); len(r) > shortName+2 {
		rest = string(r[:shortName+1]) + "…"
	}
	switch {
	case num == "":
		return rest
	case rest == "":
		return num
	}
	return num + " " + rest
}
