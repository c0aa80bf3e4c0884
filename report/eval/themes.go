package eval

import "plancheck/report/model"

// themes groups res.Problems by theme (sets Problem.Theme) and the tasks
// and projects behind by cause.
//
// TODO(issue 11): implement.
func themes(p *model.Plan, res *Result) ([]Theme, []CauseGroup) { return []Theme{}, []CauseGroup{} }
