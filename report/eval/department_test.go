package eval

import (
	"reflect"
	"testing"

	"plancheck/report/model"
)

// TestDepartmentFacts: a department's report narrows every fact to what
// the department leads, and keeps the district's summary (themesCase with
// its themes, in 2023; d1 leads i1, i2, i9, t1, t4, t5 and P1).
func TestDepartmentFacts(t *testing.T) {
	p, ds := themesCase(true)
	// i10 (d2): level 100 → 200 at 210 → achieved; t5 (d1, not key) done.
	p.Indicators = append(p.Indicators, model.Indicator{ID: "i10", Name: "指标i10", Category: "b", Lead: "d2", Unit: "万元", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}})
	p.Tasks = append(p.Tasks, model.Task{ID: "t5", Chapter: "第一章", Lead: "d1"})
	ds.Values = append(ds.Values, series("i10", map[int]float64{2023: 210})...)
	ds.Tasks = append(ds.Tasks, model.TaskReport{ID: "t5", Year: 2023, Progress: model.Done})
	ds.Proposals = []model.Proposal{{ID: "i1", Handling: "建议调整目标", Reason: "理由", Year: 2023}}
	ds.Previous = &model.Previous{Year: 2022,
		Problems: []model.PreviousProblem{
			{Indicator: "i1", Status: Lagging, Rules: []model.ProblemRule{model.RuleProjectedUnlikely}}, // d1: still a problem, rank 3 → 4: worsened
			{Indicator: "i3", Status: Lagging, Rules: []model.ProblemRule{model.RuleBindingOffTrack}},   // d2's
			{Task: "t1", Rules: []model.ProblemRule{model.RuleKeyTaskBehind}},                           // d1: persists
			{Project: "P2", Rules: []model.ProblemRule{model.RuleProjectBehind}},                        // d5's
			{Indicator: "gone", Name: "已删除", Rules: []model.ProblemRule{model.RuleNotMet}},              // no department
		},
		Comments: []model.PreviousComment{{ID: "i2", Comment: "关注"}, {ID: "i3", Comment: "其他部门的"}},
	}
	res := run(t, p, ds, 2023)
	d, err := ForDepartment(p, res, "d1")
	if err != nil {
		t.Fatal(err)
	}
	if d.District == nil || !reflect.DeepEqual(*d.District, res.Summary) || d.District.Total != 6 || d.Summary.Total != 3 {
		t.Errorf("district = %+v (department total %d), want the plan's summary of 6 indicators", d.District, d.Summary.Total)
	}
	// 主要成效: i10 is d2's; t5 done; P1's 15 of 30 → .5.
	a := d.Achievements
	if len(a.Groups) != 0 || !reflect.DeepEqual(a.TasksDone, []string{"t5"}) || len(a.ProjectsDone) != 0 || a.Invested != 15 || !near(a.InvestedShare, .5) {
		t.Errorf("achievements = %+v", a)
	}
	if len(res.Achievements.Groups) != 1 || res.Achievements.Invested != 15+0+30+15 {
		t.Errorf("the plan's achievements = %+v, want i10's group and 60 invested", res.Achievements)
	}
	// Themes: th1 keeps i1 (i3 and t2 are d2's); 甲 i2; 第一章 t1.
	wantThemes := []Theme{
		{ID: "th1", Name: "科技创新", FromPlan: true, Indicators: []string{"i1"}, Tasks: []string{}},
		{ID: "a", Name: "甲", Indicators: []string{"i2"}, Tasks: []string{}},
		{ID: "第一章", Name: "第一章", Indicators: []string{}, Tasks: []string{"t1"}},
	}
	if !reflect.DeepEqual(d.Themes, wantThemes) {
		t.Errorf("themes = %+v\nwant %+v", d.Themes, wantThemes)
	}
	wantCauses := []CauseGroup{
		{Cause: model.CauseReportedBehind, Label: "进展滞后", Tasks: []string{"t1"}, Projects: []string{}, Leads: []string{"d1"}},
		{Cause: model.CauseInvestmentBehind, Label: "投资完成滞后", Tasks: []string{}, Projects: []string{"P1"}, Leads: []string{"d1"}},
	}
	if !reflect.DeepEqual(d.BehindByCause, wantCauses) {
		t.Errorf("by cause = %+v\nwant %+v", d.BehindByCause, wantCauses)
	}
	wantMeasures := []MeasureGroup{
		{Measure: model.Consolidate, Label: "巩固", Indicators: []string{"i9"}, Leads: []string{"d1"}},
		{Measure: model.Adjust, Label: "调整", Indicators: []string{"i1", "i2"}, Leads: []string{"d1"}},
	}
	if !reflect.DeepEqual(d.Measures, wantMeasures) {
		t.Errorf("measures = %+v\nwant %+v", d.Measures, wantMeasures)
	}
	if len(d.Proposals) != 2 || d.Proposals[0].Indicator != "i1" || !d.Proposals[0].Chosen || d.Proposals[1].Indicator != "i2" || len(res.Proposals) != 3 {
		t.Errorf("proposals = %+v (the plan's: %d)", d.Proposals, len(res.Proposals))
	}
	fu := d.FollowUp
	if fu == nil || len(fu.Problems) != 2 || fu.Problems[0].Indicator != "i1" || fu.Problems[1].Task != "t1" ||
		fu.Worsened != 1 || fu.Persists != 1 || fu.Resolved != 0 || len(fu.NotInPlan) != 0 ||
		!reflect.DeepEqual(fu.Comments, []PreviousRemark{{Indicator: "i2", Name: "指标i2", Comment: "关注"}}) {
		t.Errorf("follow-up = %+v", fu)
	}
	if res.FollowUp.Worsened+res.FollowUp.Persists+res.FollowUp.Resolved != 4 || len(res.FollowUp.NotInPlan) != 1 {
		t.Errorf("the plan's follow-up = %+v", res.FollowUp)
	}
	// 2023 is the plan's midterm: the department's has its own.
	if d.Midterm == nil {
		t.Error("midterm: nil on a midterm department report")
	}
	// The plan's result is left as it was.
	if len(res.Themes) != 3 || res.Themes[0].Indicators[0] != "i3" {
		t.Errorf("the plan's themes changed: %+v", res.Themes)
	}
}
