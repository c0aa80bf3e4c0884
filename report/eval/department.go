package eval

import (
	"fmt"

	"plancheck/report/model"
)

// ForDepartment narrows res to what one lead department answers for — its
// indicators, tasks, projects, their problems and data-quality findings —
// with the summary and chapter counts recomputed over them: the report the
// planning office sends that department. dept is a department id of p; an
// id that leads nothing is an error.
func ForDepartment(p *model.Plan, res *Result, dept string) (*Result, error) {
	out := *res
	out.Department = &DepartmentInfo{ID: dept, Name: p.DepartmentName(dept)}
	inds := map[string]bool{}
	out.Indicators = nil
	for _, r := range res.Indicators {
		if r.Lead == dept {
			out.Indicators = append(out.Indicators, r)
			inds[r.ID] = true
		}
	}
	tasks := map[string]bool{}
	out.Tasks = []TaskResult{}
	for _, t := range res.Tasks {
		if t.Lead == dept {
			out.Tasks = append(out.Tasks, t)
			tasks[t.ID] = true
		}
	}
	projects := map[string]bool{}
	out.Projects = []ProjectResult{}
	for _, pr := range res.Projects {
		if pr.Lead == dept {
			out.Projects = append(out.Projects, pr)
			projects[pr.ID] = true
		}
	}
	if len(out.Indicators)+len(out.Tasks)+len(out.Projects) == 0 {
		return nil, fmt.Errorf("department %q (%s) leads no indicator, task or project of %s", dept, p.DepartmentName(dept), p.ID)
	}
	out.Problems = []Problem{}
	for _, pb := range res.Problems {
		if pb.Lead == dept {
			out.Problems = append(out.Problems, pb)
		}
	}
	out.Quality = []Finding{}
	for _, q := range res.Quality {
		if inds[q.Indicator] || tasks[q.Task] || projects[q.Project] {
			out.Quality = append(out.Quality, q)
		}
	}
	out.TaskChapters = append([]TaskGroup{}, taskGroups(out.Tasks, func(t *TaskResult) (string, string) { return t.Chapter, t.Chapter })...)
	out.Departments = nil
	for _, d := range res.Departments {
		if d.ID == dept {
			out.Departments = append(out.Departments, d)
		}
	}
	out.Summary = summarize(p, &out)
	// A department's report shows only the categories it has indicators in.
	var cats []GroupSummary
	for _, c := range out.Summary.Categories {
		if c.Total > 0 {
			cats = append(cats, c)
		}
	}
	out.Summary.Categories = cats
	out.StatusChart = statusChart(&out)
	out.TaskChart = taskChart(&out)
	return &out, nil
}
