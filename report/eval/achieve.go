package eval

import "plancheck/report/model"

// achievements gathers 主要成效.
//
// TODO(issue 11): implement.
func achievements(p *model.Plan, res *Result) Achievements {
	return Achievements{Groups: []AchievementGroup{}}
}
