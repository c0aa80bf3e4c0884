package eval

import "plancheck/report/model"

// proposals lists every indicator projected unlikely to be met (in the
// final year: not completed) with its proposed handling, or the one an
// analyst chose.
//
// TODO(issue 11): implement.
func proposals(res *Result, chosen []model.Proposal) []Proposal { return []Proposal{} }
