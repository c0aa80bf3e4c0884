package eval

import "plancheck/report/model"

// final judges an indicator in the target year against its target itself
// (完成, 基本完成, 未完成), replacing the pace status of r.Status and of
// r.Years[T].
//
// TODO(issue 11): implement.
func (e *evaluator) final(ind *model.Indicator, k rule, r *IndicatorResult) {}
