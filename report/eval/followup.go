package eval

import "plancheck/report/model"

// followUp follows last year's problems up; nil without a previous report.
//
// TODO(issue 11): implement.
func followUp(res *Result, prev *model.Previous) *FollowUp { return nil }
