package eval

import (
	"reflect"
	"testing"

	"plancheck/report/model"
)

// TestAchievements: 主要成效 in 2023 (s = 0.6).
func TestAchievements(t *testing.T) {
	p := testPlan(
		// i1 (乙): level 100 → 200 at 210: reached before T → achieved.
		model.Indicator{ID: "i1", Category: "b", Unit: "万元", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
		// i2 (甲): at 170: p = 70/100 = .7, R = .7/.6 = 1.167 ≥ 1.10 → ahead.
		model.Indicator{ID: "i2", Category: "a", Unit: "万元", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
		// i3 (甲): at 160: p = .6, R = 1 → on track: the ordinary pace, not an achievement.
		model.Indicator{ID: "i3", Category: "a", Unit: "万元", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
		// i4 (乙): ceiling 30 at 25 → met.
		model.Indicator{ID: "i4", Category: "b", Unit: "%", Baseline: f(28), Target: model.Target{Kind: model.Ceiling, Value: 30}},
		// i5 (甲): at 130: p = .3, R = .5 < .6 → seriously lagging.
		model.Indicator{ID: "i5", Category: "a", Unit: "万元", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}},
	)
	p.Categories = []model.Category{{ID: "a", Name: "甲"}, {ID: "b", Name: "乙"}}
	p.Tasks = []model.Task{
		{ID: "t1", Chapter: "第一章", Key: true},
		{ID: "t2", Chapter: "第一章", Key: true},
		{ID: "t3", Chapter: "第二章"}, // not key: a task done is an achievement all the same
	}
	node := func(ys ...int) map[int]model.ProjectYear {
		m := map[int]model.ProjectYear{}
		for _, y := range ys {
			m[y] = model.ProjectYear{Investment: 10, Milestone: "节点"}
		}
		return m
	}
	p.Projects = []model.Project{
		{ID: "P1", Years: node(2021, 2022, 2023)},       // last node 2023 ≤ Y, reached → done
		{ID: "P2", Years: node(2021, 2022, 2023, 2024)}, // last node 2024 > Y: not done, though 2023's is reached
		{ID: "P3", Years: node(2021, 2022)},             // last node 2022, its 节点完成 not given → not shown done
	}
	v := func(x float64) *float64 { return &x }
	yes := true
	rep := func(id string, y int, inv float64, reached *bool) model.ProjectReport {
		return model.ProjectReport{ID: id, Year: y, Investment: v(inv), Reached: reached}
	}
	ds := &model.Dataset{
		Values: concat(
			series("i1", map[int]float64{2023: 210}), series("i2", map[int]float64{2023: 170}),
			series("i3", map[int]float64{2023: 160}), series("i4", map[int]float64{2021: 29, 2022: 27, 2023: 25}),
			series("i5", map[int]float64{2023: 130}),
		),
		Tasks: []model.TaskReport{
			{ID: "t1", Year: 2023, Progress: model.Done},
			{ID: "t2", Year: 2023, Progress: model.OnSchedule},
			{ID: "t3", Year: 2023, Progress: model.Done},
		},
		Projects: []model.ProjectReport{
			rep("P1", 2021, 10, nil), rep("P1", 2022, 10, nil), rep("P1", 2023, 10, &yes),
			rep("P2", 2021, 5, nil), rep("P2", 2022, 5, nil), rep("P2", 2023, 5, &yes),
			rep("P3", 2021, 20, nil), rep("P3", 2022, 20, nil),
		},
	}
	res := run(t, p, ds, 2023)
	for id, want := range map[string]Status{"i1": Achieved, "i2": Ahead, "i3": OnTrack, "i4": Met, "i5": SeriouslyLagging} {
		for _, r := range res.Indicators {
			if r.ID == id && r.Status != want {
				t.Fatalf("%s = %s, want %s (the test's premise)", id, r.Status, want)
			}
		}
	}
	a := res.Achievements
	// The plan's category order (甲 before 乙), though i1 (乙) comes first.
	want := []AchievementGroup{
		{Category: "a", Name: "甲", Indicators: []string{"i2"}},
		{Category: "b", Name: "乙", Indicators: []string{"i1", "i4"}},
	}
	if !reflect.DeepEqual(a.Groups, want) {
		t.Errorf("groups = %+v\nwant %+v", a.Groups, want)
	}
	if !reflect.DeepEqual(a.TasksDone, []string{"t1", "t3"}) {
		t.Errorf("tasks done = %v, want t1 t3", a.TasksDone)
	}
	if !reflect.DeepEqual(a.ProjectsDone, []string{"P1"}) {
		t.Errorf("projects done = %v, want P1", a.ProjectsDone)
	}
	// Completed 2021–2023: P1 10·3 = 30, P2 5·3 = 15, P3 20 + 20 = 40 → 85;
	// planned: P1 30, P2 30, P3 20 (10 + 10) → 80; share 85/80 = 1.0625.
	if a.Invested != 85 || !near(a.InvestedShare, 85.0/80) {
		t.Errorf("invested = %v, share %v; want 85, 1.0625", a.Invested, deref(a.InvestedShare))
	}
	if a.Invested != res.Summary.Projects.Completed || !reflect.DeepEqual(a.InvestedShare, res.Summary.Projects.Share) {
		t.Errorf("invested %v / %v differs from the summary's %v / %v", a.Invested, deref(a.InvestedShare),
			res.Summary.Projects.Completed, deref(res.Summary.Projects.Share))
	}
}

// TestAchievementsFinal: in the final year completed counts, mostly
// completed and not completed do not; no project: nothing invested, no
// share.
func TestAchievementsFinal(t *testing.T) {
	p := testPlan()
	res := &Result{Year: 2025, Stage: model.Final, Indicators: []IndicatorResult{
		{ID: "1", Category: "c", Status: model.Completed},
		{ID: "2", Category: "c", Status: model.MostlyCompleted},
		{ID: "3", Category: "c", Status: model.NotCompleted},
		{ID: "4", Category: "c", Status: NoData},
		{ID: "5", Category: "x", CategoryName: "计划外类别", Status: model.Completed}, // a category the plan does not list: after the plan's
	}}
	a := achievements(p, res)
	want := []AchievementGroup{
		{Category: "c", Name: "类别", Indicators: []string{"1"}},
		{Category: "x", Name: "计划外类别", Indicators: []string{"5"}},
	}
	if !reflect.DeepEqual(a.Groups, want) {
		t.Errorf("groups = %+v\nwant %+v", a.Groups, want)
	}
	if a.Invested != 0 || a.InvestedShare != nil || len(a.TasksDone) != 0 || len(a.ProjectsDone) != 0 {
		t.Errorf("achievements = %+v, want nothing invested, no share", a)
	}
}
