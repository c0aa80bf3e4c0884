package eval

import (
	"reflect"
	"testing"

	"plancheck/report/model"
)

// themesCase is a plan evaluated in 2023 (s = 0.6) with problems in two
// categories and two chapters, and tasks and projects behind for every
// cause.
func themesCase(withThemes bool) (*model.Plan, *model.Dataset) {
	lvl := func(id, cat, lead string, binding bool) model.Indicator {
		return model.Indicator{ID: id, Category: cat, Lead: lead, Binding: binding, Unit: "万元", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}}
	}
	p := testPlan(
		// i1, i2, i3 at 130: p = .3, R = .5 → seriously lagging; projected
		// 130 + 2·(30/3) = 150, miss 50 / gap 70 = .71 > .20 → unlikely: a
		// problem each (i3, binding, also binding_off_track).
		lvl("i1", "a", "d1", false),
		lvl("i2", "a", "d1", false),
		lvl("i3", "b", "d2", true),
		// i4, i9 at 160: p = .6, R = 1 → on track, no problem.
		lvl("i4", "b", "d2", false),
		lvl("i9", "a", "d1", false),
	)
	p.Categories = []model.Category{{ID: "a", Name: "甲"}, {ID: "b", Name: "乙"}}
	due := map[int]string{2023: "节点"}
	p.Tasks = []model.Task{
		{ID: "t1", Chapter: "第一章", Key: true, Lead: "d1", Milestones: due}, // 滞后 → reported_behind
		{ID: "t2", Chapter: "第二章", Key: true, Lead: "d2", Milestones: due}, // 未启动 → not_started
		{ID: "t3", Chapter: "第三章", Key: true, Lead: "d3", Milestones: due}, // not reported → not_reported, not a problem
		{ID: "t4", Chapter: "第一章", Lead: "d1", Milestones: due},            // not key: neither
	}
	years := map[int]model.ProjectYear{2021: {Investment: 10, Milestone: "节点"}, 2022: {Investment: 10, Milestone: "节点"}, 2023: {Investment: 10, Milestone: "节点"}}
	p.Projects = []model.Project{
		{ID: "P1", Lead: "d1", Years: years}, // 5·3 = 15 of 30: short by 50% > 20% → investment_behind
		{ID: "P2", Lead: "d5", Years: years}, // nothing reported → no data → not_reported
		{ID: "P3", Lead: "d2", Years: years}, // 30 of 30, 2023's node not reached → milestone_missed
		{ID: "P4", Lead: "d4", Years: years}, // 15 of 30 and the node not reached → both
	}
	if withThemes {
		p.Themes = []model.Theme{
			{ID: "th1", Name: "科技创新", Indicators: []string{"i1", "i3"}, Tasks: []string{"t2"}},
			{ID: "th2", Name: "居民消费", Indicators: []string{"i9"}}, // no problem: left out
		}
	}
	v := func(x float64) *float64 { return &x }
	no := false
	var reps []model.ProjectReport
	for _, pr := range []struct {
		id      string
		inv     float64
		reached *bool
	}{{"P1", 5, nil}, {"P3", 10, &no}, {"P4", 5, &no}} {
		for y := 2021; y <= 2023; y++ {
			r := model.ProjectReport{ID: pr.id, Year: y, Investment: v(pr.inv)}
			if y == 2023 {
				r.Reached = pr.reached
			}
			reps = append(reps, r)
		}
	}
	ds := &model.Dataset{
		Values: concat(
			series("i1", map[int]float64{2023: 130}), series("i2", map[int]float64{2023: 130}),
			series("i3", map[int]float64{2023: 130}), series("i4", map[int]float64{2023: 160}),
			series("i9", map[int]float64{2023: 160}),
		),
		Tasks: []model.TaskReport{
			{ID: "t1", Year: 2023, Progress: model.Behind},
			{ID: "t2", Year: 2023, Progress: model.NotStarted},
			{ID: "t4", Year: 2023, Progress: model.Behind},
		},
		Projects: reps,
	}
	return p, ds
}

func problemThemes(res *Result) map[string]string {
	out := map[string]string{}
	for _, pb := range res.Problems {
		out[pb.Indicator+pb.Task+pb.Project] = pb.Theme
	}
	return out
}

func TestThemes(t *testing.T) {
	for _, c := range []struct {
		name       string
		withThemes bool
		themes     []Theme
		problem    map[string]string // subject → Problem.Theme
	}{
		{
			// th1 first (the plan's), binding i3 before i1; i2 in no
			// theme → its category 甲; 乙 has no problem left (i3 is
			// th1's); t1 in no theme → its chapter; th2 has no problem.
			name: "plan themes", withThemes: true,
			themes: []Theme{
				{ID: "th1", Name: "科技创新", FromPlan: true, Indicators: []string{"i3", "i1"}, Tasks: []string{"t2"}},
				{ID: "a", Name: "甲", Indicators: []string{"i2"}, Tasks: []string{}},
				{ID: "第一章", Name: "第一章", Indicators: []string{}, Tasks: []string{"t1"}},
			},
			problem: map[string]string{"i1": "th1", "i2": "a", "i3": "th1", "t1": "第一章", "t2": "th1", "P1": "", "P3": "", "P4": ""},
		},
		{
			// The categories in plan order, then the chapters in task order.
			name: "categories",
			themes: []Theme{
				{ID: "a", Name: "甲", Indicators: []string{"i1", "i2"}, Tasks: []string{}},
				{ID: "b", Name: "乙", Indicators: []string{"i3"}, Tasks: []string{}},
				{ID: "第一章", Name: "第一章", Indicators: []string{}, Tasks: []string{"t1"}},
				{ID: "第二章", Name: "第二章", Indicators: []string{}, Tasks: []string{"t2"}},
			},
			problem: map[string]string{"i1": "a", "i2": "a", "i3": "b", "t1": "第一章", "t2": "第二章", "P1": "", "P3": "", "P4": ""},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, ds := themesCase(c.withThemes)
			res := run(t, p, ds, 2023)
			if !reflect.DeepEqual(res.Themes, c.themes) {
				t.Errorf("themes = %+v\nwant %+v", res.Themes, c.themes)
			}
			if got := problemThemes(res); !reflect.DeepEqual(got, c.problem) {
				t.Errorf("Problem.Theme = %v\nwant %v", got, c.problem)
			}
		})
	}
}

func TestBehindByCause(t *testing.T) {
	p, ds := themesCase(false)
	res := run(t, p, ds, 2023)
	want := []CauseGroup{
		{Cause: model.CauseReportedBehind, Label: "进展滞后", Tasks: []string{"t1"}, Projects: []string{}, Leads: []string{"d1"}},
		{Cause: model.CauseNotStarted, Label: "尚未启动", Tasks: []string{"t2"}, Projects: []string{}, Leads: []string{"d2"}},
		{Cause: model.CauseInvestmentBehind, Label: "投资完成滞后", Tasks: []string{}, Projects: []string{"P1", "P4"}, Leads: []string{"d1", "d4"}},
		{Cause: model.CauseMilestoneMissed, Label: "形象进度节点未完成", Tasks: []string{}, Projects: []string{"P3", "P4"}, Leads: []string{"d2", "d4"}},
		// t3 (d3) not reported, P2 (d5) nothing reported: the task's lead first.
		{Cause: model.CauseNotReported, Label: "进展未报送", Tasks: []string{"t3"}, Projects: []string{"P2"}, Leads: []string{"d3", "d5"}},
	}
	if !reflect.DeepEqual(res.BehindByCause, want) {
		t.Errorf("by cause = %+v\nwant %+v", res.BehindByCause, want)
	}
}

// TestThemesOther: a key task behind without a chapter and an indicator
// without a category go to the theme 其他.
func TestThemesOther(t *testing.T) {
	res := &Result{
		Indicators: []IndicatorResult{{ID: "1"}},
		Tasks:      []TaskResult{{ID: "t", Key: true, Behind: true, Progress: model.Behind}},
		Problems:   []Problem{{Indicator: "1"}, {Task: "t"}},
	}
	th, _ := themes(&model.Plan{}, res)
	want := []Theme{{ID: OtherTheme, Name: OtherThemeName, Indicators: []string{"1"}, Tasks: []string{"t"}}}
	if !reflect.DeepEqual(th, want) {
		t.Errorf("themes = %+v\nwant %+v", th, want)
	}
	if res.Problems[0].Theme != OtherTheme || res.Problems[1].Theme != OtherTheme {
		t.Errorf("Problem.Theme = %q, %q", res.Problems[0].Theme, res.Problems[1].Theme)
	}
}
