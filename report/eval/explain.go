package eval

import (
	"fmt"
	"sort"
	"strings"

	"plancheck/report/model"
)

// Explanation is the whole judgment of one indicator, key task or major
// project, as Evaluate decided it: what plancheck explain prints. Exactly
// one of Indicator, Task and Project is set. It holds eval's facts only;
// the words are templates/'.
type Explanation struct {
	Year       int
	Stage      model.Stage
	Elapsed    float64 // s = (Y−B)/(T−B)
	Remaining  int     // T − Y
	BaseYear   int
	TargetYear int
	Thresholds model.Thresholds

	Indicator *IndicatorResult
	Task      *TaskResult
	Project   *ProjectResult

	// Problem is the major problem the subject is, with every rule that
	// fired; nil when none fired. Findings are the data-quality findings
	// about it.
	Problem  *Problem
	Findings []Finding

	// BandShare is ProjectionMiss ÷ ProjectionGap, the share the
	// projection band compares with Thresholds.Likely and AtRisk; nil when
	// the band needed no share (the projection reaches the goal, or the
	// goal is reached already).
	BandShare *float64
}

// UnknownIDError is an id that names no indicator, task or project of
// the result; Near are the closest ids, best first (at most five).
type UnknownIDError struct {
	ID   string
	Near []string
}

func (e *UnknownIDError) Error() string {
	if len(e.Near) == 0 {
		return fmt.Sprintf("%q is not an indicator, task or project of the plan", e.ID)
	}
	return fmt.Sprintf("%q is not an indicator, task or project of the plan; did you mean %s?", e.ID, strings.Join(e.Near, ", "))
}

// Explain finds id (an indicator's, task's or project's id, or its exact
// name) in res and returns its explanation. An id found nowhere is an
// *UnknownIDError listing the nearest ids.
func Explain(res *Result, id string) (*Explanation, error) {
	x := &Explanation{
		Year: res.Year, Stage: res.Stage, Elapsed: res.Elapsed, Remaining: res.Remaining,
		BaseYear: res.Plan.BaseYear, TargetYear: res.Plan.TargetYear, Thresholds: res.Thresholds,
	}
	id = strings.TrimSpace(id)
	for i := range res.Indicators {
		if r := &res.Indicators[i]; r.ID == id || r.Name == id {
			x.Indicator = r
			break
		}
	}
	if x.Indicator == nil {
		for i := range res.Tasks {
			if t := &res.Tasks[i]; t.ID == id || t.Title == id {
				x.Task = t
				break
			}
		}
	}
	if x.Indicator == nil && x.Task == nil {
		for i := range res.Projects {
			if p := &res.Projects[i]; p.ID == id || p.Name == id {
				x.Project = p
				break
			}
		}
	}
	var ind, task, proj string
	switch {
	case x.Indicator != nil:
		ind = x.Indicator.ID
		r := x.Indicator
		if r.ProjectionMiss != nil && r.ProjectionGap != nil {
			if share, ok := bandShare(*r.ProjectionMiss, *r.ProjectionGap); ok {
				x.BandShare = num(share)
			}
		}
	case x.Task != nil:
		task = x.Task.ID
	case x.Project != nil:
		proj = x.Project.ID
	default:
		return nil, &UnknownIDError{ID: id, Near: nearIDs(res, id)}
	}
	for i := range res.Problems {
		if p := &res.Problems[i]; (ind != "" && p.Indicator == ind) || (task != "" && p.Task == task) || (proj != "" && p.Project == proj) {
			x.Problem = p
			break
		}
	}
	for _, q := range res.Quality {
		if (ind != "" && q.Indicator == ind) || (task != "" && q.Task == task) || (proj != "" && q.Project == proj) {
			x.Findings = append(x.Findings, q)
		}
	}
	return x, nil
}

// nearIDs are the ids closest to id by model.Distance (ids that contain it,
// or whose name does, first), at most five.
func nearIDs(res *Result, id string) []string {
	type cand struct {
		id string
		d  int
	}
	var cs []cand
	add := func(cid, name string) {
		d := model.Distance(strings.ToLower(id), strings.ToLower(cid))
		if id != "" && (strings.Contains(cid, id) || strings.Contains(name, id)) {
			d = 0
		}
		cs = append(cs, cand{cid, d})
	}
	for _, r := range res.Indicators {
		add(r.ID, r.Name)
	}
	for _, t := range res.Tasks {
		add(t.ID, t.Title)
	}
	for _, p := range res.Projects {
		add(p.ID, p.Name)
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	limit := len([]rune(id))/2 + 1
	var out []string
	for _, c := range cs {
		if len(out) == 5 || c.d > limit {
			break
		}
		out = append(out, c.id)
	}
	return out
}
