package xlsx

import (
	"plancheck/report/eval"
	"plancheck/report/model"
)

// The numbers below are counts the Excel prints that eval.Result does not
// hold yet. Each is counted here, in one place, from the Result's own
// judgments (never re-judged), until eval provides it.
//
// TODO(E): move each into eval.Result and delete this file:
//   - Summary: how many indicators use a sample value (Sample) and how many
//     have a manual status (Manual);
//   - GroupSummary.GoodShare (Good / Assessable) for each category and for
//     binding and expected indicators, as Summary.GoodShare is for all;
//   - the tasks' total TaskGroup (eval.CountTasks over all tasks), beside
//     TaskChapters;
//   - the projects counted by status, with their planned and completed
//     investment B<y≤Y, and in all;
//   - DepartmentResult: how many of its indicators are binding;
//   - whether any task or project is a sample (as IndicatorResult.Sample).

// marked counts the indicators of res with a sample value and those with
// a manual status.
func marked(res *eval.Result) (samples, manual int) {
	for i := range res.Indicators {
		if res.Indicators[i].Sample {
			samples++
		}
		if res.Indicators[i].Manual {
			manual++
		}
	}
	return samples, manual
}

// goodShare is a group's Good / Assessable, 0 when nothing is assessable.
func goodShare(g eval.GroupSummary) float64 {
	if g.Assessable == 0 {
		return 0
	}
	return float64(g.Good) / float64(g.Assessable)
}

// allTasks is the tasks counted by progress in one group.
func allTasks(res *eval.Result) eval.TaskGroup {
	return eval.CountTasks("total", "合计", res.Tasks)
}

// projectCount is the projects of one status and their investment.
type projectCount struct {
	Status             model.ProjectStatus // "" for the total
	N                  int
	Planned, Completed float64
	Share              float64 // Completed / Planned; 0 when nothing is planned
}

// projectCounts counts the projects by status, in model.ProjectStatuses'
// order, and in all (the last).
func projectCounts(projects []eval.ProjectResult) []projectCount {
	statuses := model.ProjectStatuses()
	out := make([]projectCount, len(statuses)+1)
	for i, st := range statuses {
		out[i].Status = st
	}
	for _, pr := range projects {
		for i := range out {
			if i == len(statuses) || out[i].Status == pr.Status {
				out[i].N++
				out[i].Planned += pr.Planned
				if pr.Completed != nil {
					out[i].Completed += *pr.Completed
				}
			}
		}
	}
	for i := range out {
		if out[i].Planned > 0 {
			out[i].Share = out[i].Completed / out[i].Planned
		}
	}
	return out
}

// bindingOf counts the binding indicators among ids.
func bindingOf(inds map[string]*eval.IndicatorResult, ids []string) int {
	n := 0
	for _, id := range ids {
		if ir := inds[id]; ir != nil && ir.Binding {
			n++
		}
	}
	return n
}

// anySample reports whether a task or project of res is a sample.
func anySample(res *eval.Result) bool {
	for _, t := range res.Tasks {
		if t.Sample {
			return true
		}
	}
	for _, pr := range res.Projects {
		if pr.Sample {
			return true
		}
	}
	return false
}
