package eval

import (
	"reflect"
	"testing"

	"plancheck/report/model"
)

func TestFollowUp(t *testing.T) {
	rules := func(rs ...model.ProblemRule) []model.ProblemRule { return rs }
	res := &Result{
		Year: 2024,
		Indicators: []IndicatorResult{
			{ID: "a", Name: "甲指标（今年名）", Status: Lagging},
			{ID: "b", Name: "乙", Status: SeriouslyLagging},
			{ID: "c", Name: "丙", Status: OnTrack},
			{ID: "d", Name: "丁", Status: NoData},
			{ID: "e", Name: "戊", Status: Lagging},
			{ID: "f", Name: "己", Status: NotMet},
		},
		Tasks: []TaskResult{
			{ID: "t1", Title: "任务一", Key: true, Behind: true, Progress: model.Behind},
			{ID: "t2", Title: "任务二", Key: true, Progress: model.OnSchedule},
			{ID: "t3", Title: "任务三", Key: true}, // not reported
		},
		Projects: []ProjectResult{
			{ID: "P1", Name: "项目一", Status: model.ProjectBehind},
			{ID: "P2", Name: "项目二", Status: model.ProjectOnTrack},
			{ID: "P3", Name: "项目三", Status: model.ProjectNoData},
		},
		Problems: []Problem{
			{Indicator: "a", Status: Lagging, Rules: rules(model.RuleBindingOffTrack)},
			{Indicator: "b", Status: SeriouslyLagging, Rules: rules(model.RuleLaggingTwoYears)},
			{Indicator: "e", Status: Lagging, Rules: rules(model.RuleProjectedUnlikely, model.RuleLaggingTwoYears)},
			{Indicator: "f", Status: NotMet, Rules: rules(model.RuleNotMet)},
			{Task: "t1", Rules: rules(model.RuleKeyTaskBehind)},
			{Project: "P1", Rules: rules(model.RuleProjectBehind)},
		},
	}
	prev := &model.Previous{
		Year: 2023,
		Problems: []model.PreviousProblem{
			// rank 4 → 3 (better), the same rule: persists.
			{Indicator: "a", Name: "甲指标", Status: SeriouslyLagging, Rules: rules(model.RuleBindingOffTrack)},
			// rank 3 → 4: worsened.
			{Indicator: "b", Name: "乙", Status: Lagging, Rules: rules(model.RuleLaggingTwoYears)},
			// on track now, no problem: resolved.
			{Indicator: "c", Name: "丙", Status: Lagging, Rules: rules(model.RuleProjectedUnlikely)},
			// no data now: cannot be shown resolved — persists.
			{Indicator: "d", Name: "丁", Status: NotMet, Rules: rules(model.RuleNotMet)},
			// rank 3 → 3, but now projected_unlikely (severity 3) fires, more severe
			// than last year's only lagging_two_years (4): worsened.
			{Indicator: "e", Name: "戊", Status: Lagging, Rules: rules(model.RuleLaggingTwoYears)},
			// last year's status and rule unknown: nothing to compare — persists.
			{Indicator: "f", Name: "己", Rules: rules("mystery")},
			// gone from the plan: not judged.
			{Indicator: "g", Name: "庚", Status: Lagging, Rules: rules(model.RuleLaggingTwoYears)},
			{Task: "t1", Name: "任务一", Rules: rules(model.RuleKeyTaskBehind)}, // still behind: persists
			{Task: "t2", Name: "任务二", Rules: rules(model.RuleKeyTaskBehind)}, // on schedule: resolved
			{Task: "t3", Name: "任务三", Rules: rules(model.RuleKeyTaskBehind)}, // not reported: persists
			{Project: "P1", Name: "项目一", Rules: rules(model.RuleProjectBehind)},
			{Project: "P2", Name: "项目二", Rules: rules(model.RuleProjectBehind)}, // on track: resolved
			{Project: "P3", Name: "项目三", Rules: rules(model.RuleProjectBehind)}, // no data: persists
		},
		Comments: []model.PreviousComment{
			{ID: "c", Name: "丙", Comment: "注意口径"},
			{ID: "a", Name: "甲指标", Comment: "关注"},
			{ID: "b", Name: "乙", Comment: "  "}, // blank: left out
			{ID: "g", Name: "庚", Comment: "旧指标"},
		},
	}
	fu := followUp(res, prev)
	states := map[string]model.FollowState{}
	for _, fp := range fu.Problems {
		states[fp.Indicator+fp.Task+fp.Project] = fp.State
		if fp.StateLabel != fp.State.Label() {
			t.Errorf("%s: label %q", fp.Indicator+fp.Task+fp.Project, fp.StateLabel)
		}
	}
	want := map[string]model.FollowState{
		"a": model.Persists, "b": model.Aggravate, "c": model.Resolved, "d": model.Persists, "e": model.Aggravate, "f": model.Persists,
		"t1": model.Persists, "t2": model.Resolved, "t3": model.Persists,
		"P1": model.Persists, "P2": model.Resolved, "P3": model.Persists,
	}
	if !reflect.DeepEqual(states, want) {
		t.Errorf("states = %v\nwant %v", states, want)
	}
	// Resolved c, t2, P2 = 3; worsened b, e = 2; persists a, d, f, t1, t3, P1, P3 = 7.
	if fu.Year != 2023 || fu.Resolved != 3 || fu.Worsened != 2 || fu.Persists != 7 {
		t.Errorf("year %d, resolved %d worsened %d persists %d; want 2023, 3 2 7", fu.Year, fu.Resolved, fu.Worsened, fu.Persists)
	}
	if a := fu.Problems[0]; a.Name != "甲指标（今年名）" || a.PrevStatus != SeriouslyLagging || a.Status != Lagging || !reflect.DeepEqual(a.Rules, prev.Problems[0].Rules) {
		t.Errorf("a = %+v", a)
	}
	if len(fu.NotInPlan) != 1 || fu.NotInPlan[0].Indicator != "g" || fu.NotInPlan[0].Name != "庚" || fu.NotInPlan[0].State != "" {
		t.Errorf("not in plan = %+v", fu.NotInPlan)
	}
	// Plan order (a before c), then the one the plan no longer has.
	wantC := []PreviousRemark{{"a", "甲指标（今年名）", "关注"}, {"c", "丙", "注意口径"}, {"g", "庚", "旧指标"}}
	if !reflect.DeepEqual(fu.Comments, wantC) {
		t.Errorf("comments = %+v\nwant %+v", fu.Comments, wantC)
	}
	if followUp(res, nil) != nil {
		t.Error("no previous report: want nil")
	}
}

// TestFollowUpFinal: last year's pace statuses against the final ones,
// by tier (good 0, off track 1) and not by rules: lagging (off track) →
// not completed (off track) persists — projected to miss, then missed, is
// the same problem; on track (good) → not completed (off track) worsened;
// seriously lagging → mostly completed and no problem: resolved.
func TestFollowUpFinal(t *testing.T) {
	res := &Result{Year: 2025, Stage: model.Final,
		Indicators: []IndicatorResult{{ID: "x", Status: model.NotCompleted}, {ID: "y", Status: model.MostlyCompleted}, {ID: "z", Status: model.NotCompleted}},
		Problems: []Problem{
			{Indicator: "x", Status: model.NotCompleted, Rules: []model.ProblemRule{model.RuleNotMet}},
			{Indicator: "z", Status: model.NotCompleted, Rules: []model.ProblemRule{model.RuleNotMet}},
		},
	}
	prev := &model.Previous{Year: 2024, Problems: []model.PreviousProblem{
		{Indicator: "x", Status: Lagging, Rules: []model.ProblemRule{model.RuleProjectedUnlikely, model.RuleLaggingTwoYears}},
		{Indicator: "y", Status: SeriouslyLagging, Rules: []model.ProblemRule{model.RuleLaggingTwoYears}},
		{Indicator: "z", Status: OnTrack, Rules: []model.ProblemRule{model.RuleProjectedUnlikely}},
	}}
	fu := followUp(res, prev)
	if fu.Problems[0].State != model.Persists || fu.Problems[1].State != model.Resolved || fu.Problems[2].State != model.Aggravate {
		t.Errorf("states = %s, %s, %s; want persists, resolved, worsened", fu.Problems[0].State, fu.Problems[1].State, fu.Problems[2].State)
	}
}
