package doc

import (
	"plancheck/report/eval"
	"plancheck/report/model"
)

// problemData is what doc_problem.tmpl and the suggestion templates see
// of one problem.
type problemData struct {
	base
	// P is the problem: eval.Problem's facts (Rules, RuleLabels, Has,
	// HasCause, LaggingYears, Causes …) and N, its number. An item listed
	// by cause that is not a major problem (a task not reported) has a
	// zero P.
	P problem
	// I, Task and Project are the problem's subject (the others nil).
	I       *eval.IndicatorResult
	Task    *eval.TaskResult
	Project *eval.ProjectResult
	// Latest is the indicator's latest year with a value (nil for none).
	Latest *eval.YearResult
	// Required is what the remaining years need (doc_required.tmpl), ""
	// when the indicator is not projected.
	Required string
	// Investment and Milestone say why a project is behind: its
	// investment is short of plan, its milestone of the year not reached.
	Investment, Milestone bool
}

func (b *builder) problemData(p problem) problemData {
	d := problemData{base: b.base(), P: p, I: p.Ind, Task: p.TaskR, Project: p.ProjR}
	if p.Ind != nil {
		d.Latest = latest(p.Ind)
		d.Required = b.required(p.Ind)
	}
	d.Investment = p.HasCause(model.CauseInvestmentBehind)
	d.Milestone = p.HasCause(model.CauseMilestoneMissed)
	if p.ProjR != nil && len(p.Causes) == 0 {
		d.Investment = contains(p.ProjR.Causes, model.CauseInvestmentBehind)
		d.Milestone = contains(p.ProjR.Causes, model.CauseMilestoneMissed)
	}
	return d
}

// themeGroup is one paragraph of 存在的主要问题: a theme's indicators
// (Result.Themes), or the key tasks and projects of one cause
// (Result.BehindByCause), each item once.
type themeGroup struct {
	base
	N     int    // its number (1…)
	Name  string // the theme's name, or the cause's label
	Cause model.Cause
	// FromPlan is set for a theme the plan defines (else a category).
	FromPlan bool
	Items    []problemData
	// Tasks and Projects count the items of a cause's group.
	Tasks, Projects int
}

// problemGroups are the paragraphs of 存在的主要问题: the themes with
// their indicators' problems, then the key tasks and projects by cause.
// An item is listed once, under its first theme or cause (its sentence
// names every cause); a problem eval grouped nowhere goes last, in a
// group without a name.
func (b *builder) problemGroups() []themeGroup {
	var out []themeGroup
	listed := map[string]bool{}
	add := func(g themeGroup) {
		if len(g.Items) > 0 {
			g.base, g.N = b.base(), len(out)+1
			out = append(out, g)
		}
	}
	for _, th := range b.res.Themes {
		g := themeGroup{Name: Normalize(th.Name), FromPlan: th.FromPlan}
		for _, id := range th.Indicators {
			if p := b.problemFor(subjectKey(id, "", "")); p != nil && !listed[p.key()] {
				listed[p.key()] = true
				g.Items = append(g.Items, b.problemData(*p))
			}
		}
		add(g)
	}
	var rest themeGroup
	for _, p := range b.problems {
		if p.Ind != nil && !listed[p.key()] {
			listed[p.key()] = true
			rest.Items = append(rest.Items, b.problemData(p))
		}
	}
	add(rest)
	item := func(g *themeGroup, key string, task *eval.TaskResult, proj *eval.ProjectResult) {
		if listed[key] || task == nil && proj == nil {
			return
		}
		listed[key] = true
		d := problemData{base: b.base(), Task: task, Project: proj}
		if p := b.problemFor(key); p != nil {
			d = b.problemData(*p)
		} else if proj != nil {
			d.Investment = contains(proj.Causes, model.CauseInvestmentBehind)
			d.Milestone = contains(proj.Causes, model.CauseMilestoneMissed)
		}
		g.Items = append(g.Items, d)
		if task != nil {
			g.Tasks++
		} else {
			g.Projects++
		}
	}
	for _, cg := range b.res.BehindByCause {
		g := themeGroup{Name: Normalize(cg.Label), Cause: cg.Cause}
		for _, id := range cg.Tasks {
			item(&g, subjectKey("", id, ""), b.task(id), nil)
		}
		for _, id := range cg.Projects {
			item(&g, subjectKey("", "", id), nil, b.project(id))
		}
		add(g)
	}
	// What eval grouped by no cause.
	var other themeGroup
	for _, p := range b.problems {
		item(&other, p.key(), p.TaskR, p.ProjR)
	}
	add(other)
	return out
}

// problemsPart is 存在的主要问题: the opening, then a paragraph per theme
// naming its indicators with the evidence, binding ones first, then the
// key tasks and major projects by cause.
func (b *builder) problemsPart() *Section {
	s := b.part(b.parts.Problems, b.title("title.problems"))
	groups := b.problemGroups()
	data := struct {
		base
		Problems                    []problem
		Groups                      []themeGroup
		Indicators, Tasks, Projects int // how many of them are about each
	}{base: b.base(), Problems: b.problems, Groups: groups}
	for _, p := range b.problems {
		switch {
		case p.Task != "":
			data.Tasks++
		case p.Project != "":
			data.Projects++
		default:
			data.Indicators++
		}
	}
	s.Blocks = b.paras(Body, "doc_problems.tmpl", data)
	for _, g := range groups {
		s.Blocks = append(s.Blocks, b.paras(Body, "doc_problem.tmpl", g)...)
	}
	return s
}
