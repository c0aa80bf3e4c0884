package eval

import (
	"sort"

	"plancheck/report/model"
)

// OtherTheme is the id of the theme of the key tasks with a problem that
// neither a plan theme nor a chapter names (a task without chapter:), and
// of indicators without a category; its name is OtherThemeName.
const (
	OtherTheme     = "other"
	OtherThemeName = "其他"
)

// themes groups res.Problems by theme, setting each indicator's and key
// task's Problem.Theme, and groups the key tasks and major projects behind
// or not reported by cause.
//
// The themes: with plan.yaml's themes:, each plan theme in plan order
// (FromPlan); an indicator no plan theme names goes to its category's
// theme and a key task no plan theme names to its chapter's (FromPlan
// false; the id and name are the category's id and name, or the chapter's
// text for both), after the plan's themes, categories in the plan's order,
// then chapters in the order of the tasks. Without themes: the categories
// and chapters alone. Theme ids are one namespace: a category or chapter
// spelled like a plan theme's id joins that theme. An indicator or task a
// plan lists under two themes is in the first. A theme's Indicators are
// the binding ones first, then plan order; its Tasks are in plan order. A
// theme with no problem is left out. A project's problem has no theme.
//
// It reads res.Problems, res.Indicators and res.Tasks only, so that a
// department's result gets its own by calling it again (ForDepartment).
func themes(p *model.Plan, res *Result) ([]Theme, []CauseGroup) {
	return themeGroups(p, res), causeGroups(res)
}

func themeGroups(p *model.Plan, res *Result) []Theme {
	indTheme, taskTheme := map[string]string{}, map[string]string{}
	var out []Theme
	idx := map[string]int{}
	add := func(id, name string, fromPlan bool) {
		if _, ok := idx[id]; !ok {
			idx[id] = len(out)
			out = append(out, Theme{ID: id, Name: name, FromPlan: fromPlan, Indicators: []string{}, Tasks: []string{}})
		}
	}
	for _, th := range p.Themes {
		add(th.ID, th.Name, true)
		for _, id := range th.Indicators {
			if _, ok := indTheme[id]; !ok {
				indTheme[id] = th.ID
			}
		}
		for _, id := range th.Tasks {
			if _, ok := taskTheme[id]; !ok {
				taskTheme[id] = th.ID
			}
		}
	}
	for _, c := range p.Categories {
		add(c.ID, c.Name, false)
	}
	order := map[string]int{} // indicator id → plan position
	binding := map[string]bool{}
	for i, r := range res.Indicators {
		order[r.ID] = i
		binding[r.ID] = r.Binding
		if _, ok := indTheme[r.ID]; ok {
			continue
		}
		id, name := r.Category, r.CategoryName
		if id == "" {
			id, name = OtherTheme, OtherThemeName
		}
		add(id, name, false)
		indTheme[r.ID] = id
	}
	for _, t := range res.Tasks {
		if _, ok := taskTheme[t.ID]; ok {
			continue
		}
		id, name := t.Chapter, t.Chapter
		if id == "" {
			id, name = OtherTheme, OtherThemeName
		}
		add(id, name, false)
		taskTheme[t.ID] = id
	}
	for i := range res.Problems {
		pb := &res.Problems[i]
		var id string
		switch {
		case pb.Indicator != "":
			id = indTheme[pb.Indicator]
			if id == "" {
				continue // not one of res.Indicators
			}
			out[idx[id]].Indicators = append(out[idx[id]].Indicators, pb.Indicator)
		case pb.Task != "":
			id = taskTheme[pb.Task]
			if id == "" {
				continue
			}
			out[idx[id]].Tasks = append(out[idx[id]].Tasks, pb.Task)
		default:
			continue
		}
		pb.Theme = id
	}
	taskOrder := map[string]int{}
	for i, t := range res.Tasks {
		taskOrder[t.ID] = i
	}
	kept := []Theme{}
	for _, th := range out {
		if len(th.Indicators)+len(th.Tasks) == 0 {
			continue
		}
		sort.SliceStable(th.Indicators, func(a, b int) bool {
			x, y := th.Indicators[a], th.Indicators[b]
			if binding[x] != binding[y] {
				return binding[x]
			}
			return order[x] < order[y]
		})
		sort.SliceStable(th.Tasks, func(a, b int) bool { return taskOrder[th.Tasks[a]] < taskOrder[th.Tasks[b]] })
		kept = append(kept, th)
	}
	return kept
}

// causeGroups groups the key tasks and major projects that are behind or
// not reported by cause, one group per cause in model.Causes order, a
// group only where it has a task or a project:
//   - a key task behind (TaskResult.Behind: reported 滞后 or 未启动 while a
//     milestone was due): reported_behind or not_started, as its problem
//     says (problems);
//   - a key task not reported for Y: not_reported (whether or not a
//     milestone was due: the department owes the report either way);
//   - a project behind: each of its Causes (investment_behind,
//     milestone_missed; both may hold);
//   - a project with no data (no investment reported): not_reported.
//
// Tasks and projects are in plan order; Leads are their lead departments,
// tasks' then projects', in first-appearance order.
func causeGroups(res *Result) []CauseGroup {
	tasks := map[model.Cause][]string{}
	projects := map[model.Cause][]string{}
	leads := map[model.Cause][]string{}
	lead := func(c model.Cause, id string) {
		if id == "" {
			return
		}
		for _, l := range leads[c] {
			if l == id {
				return
			}
		}
		leads[c] = append(leads[c], id)
	}
	for _, t := range res.Tasks {
		if !t.Key {
			continue
		}
		var c model.Cause
		switch {
		case t.Behind && t.Progress == model.Behind:
			c = model.CauseReportedBehind
		case t.Behind && t.Progress == model.NotStarted:
			c = model.CauseNotStarted
		case t.Progress == model.NotReported:
			c = model.CauseNotReported
		default:
			continue
		}
		tasks[c] = append(tasks[c], t.ID)
		lead(c, t.Lead)
	}
	for _, pr := range res.Projects {
		var cs []model.Cause
		switch pr.Status {
		case model.ProjectBehind:
			cs = pr.Causes
		case model.ProjectNoData:
			cs = []model.Cause{model.CauseNotReported}
		}
		for _, c := range cs {
			projects[c] = append(projects[c], pr.ID)
			lead(c, pr.Lead)
		}
	}
	out := []CauseGroup{}
	for _, c := range model.Causes() {
		if len(tasks[c])+len(projects[c]) == 0 {
			continue
		}
		g := CauseGroup{Cause: c, Label: c.Label(), Tasks: tasks[c], Projects: projects[c], Leads: leads[c]}
		if g.Tasks == nil {
			g.Tasks = []string{}
		}
		if g.Projects == nil {
			g.Projects = []string{}
		}
		if g.Leads == nil {
			g.Leads = []string{}
		}
		out = append(out, g)
	}
	return out
}
