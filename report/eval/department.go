package eval

import (
	"fmt"

	"plancheck/report/model"
)

// ForDepartment narrows res to what one lead department answers for — its
// indicators, tasks, projects, their problems and data-quality findings —
// with the summary and chapter counts recomputed over them, and every fact
// of the report narrowed to them (主要成效, the themes and causes, the
// measures and their leads, the adjustment proposals, the mid-term's lists
// and outlook, last year's follow-up): the report the planning office
// sends that department. District keeps the whole plan's summary, so the
// department's report can state the district's overall result. dept is a
// department id of p; an id that leads nothing is an error.
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
		return nil, &LeadsNothingError{Dept: dept, Name: p.DepartmentName(dept), Plan: p.ID}
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
	// The facts of 主要成效, the themes, the causes and the measures are
	// functions of the indicators, tasks, projects and problems kept: they
	// are computed again over them. The proposals (which need the
	// analysts' choices) and the follow-up (which needs last year's
	// report) are narrowed to the department's.
	out.Achievements = achievements(p, &out)
	out.Themes, out.BehindByCause = themes(p, &out)
	out.Measures = measures(&out)
	out.Proposals = []Proposal{}
	for _, pr := range res.Proposals {
		if inds[pr.Indicator] {
			out.Proposals = append(out.Proposals, pr)
		}
	}
	out.FollowUp = followUpFor(res.FollowUp, inds, tasks, projects)
	district := res.Summary
	out.District = &district
	out.Summary = summarize(p, &out)
	if res.Midterm != nil {
		out.Midterm = midterm(&out)
	}
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

// followUpFor narrows last year's follow-up to the department's indicators,
// tasks and projects (those the plan no longer has have no department and
// are left out), with the counts recomputed; nil stays nil.
func followUpFor(fu *FollowUp, inds, tasks, projects map[string]bool) *FollowUp {
	if fu == nil {
		return nil
	}
	out := &FollowUp{Year: fu.Year, Problems: []FollowProblem{}, Comments: []PreviousRemark{}}
	for _, fp := range fu.Problems {
		if !(inds[fp.Indicator] || tasks[fp.Task] || projects[fp.Project]) {
			continue
		}
		out.Problems = append(out.Problems, fp)
		switch fp.State {
		case model.Resolved:
			out.Resolved++
		case model.Aggravate:
			out.Worsened++
		default:
			out.Persists++
		}
	}
	for _, c := range fu.Comments {
		if inds[c.Indicator] {
			out.Comments = append(out.Comments, c)
		}
	}
	return out
}

// LeadsNothingError is ForDepartment's error for a department that leads
// no indicator, task or project of the plan (cmd words it in the user's
// language).
type LeadsNothingError struct {
	Dept, Name, Plan string
}

func (e *LeadsNothingError) Error() string {
	return fmt.Sprintf("department %q (%s) leads no indicator, task or project of %s", e.Dept, e.Name, e.Plan)
}
