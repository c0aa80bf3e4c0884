package doc

import "plancheck/report/eval"

// achievement is one category of 主要成效, as the templates see it.
type achievement struct {
	N          int // its number (1…)
	Name       string
	Indicators []achieved
}

// achieved is one indicator of 主要成效 with its year Y.
type achieved struct {
	I *eval.IndicatorResult
	Y *eval.YearResult // nil when Y has no row
}

// achievements is 主要成效 (Result.Achievements): by category, the
// indicators achieved, ahead, met or completed with their value against
// the target; the tasks completed; the projects completed and the
// investment. Only what eval counted: nothing is said of a category
// without one.
func (b *builder) achievements() *Section {
	s := b.part(b.parts.Achievements, b.title("title.achievements"))
	a := b.res.Achievements
	var groups []achievement
	for _, g := range a.Groups {
		ag := achievement{Name: Normalize(g.Name)}
		for _, ind := range b.indicatorsOf(g.Indicators) {
			ag.Indicators = append(ag.Indicators, achieved{I: ind, Y: yearOf(ind, b.res.Year)})
		}
		if len(ag.Indicators) == 0 {
			continue
		}
		ag.N = len(groups) + 1
		groups = append(groups, ag)
	}
	var tasks []*eval.TaskResult
	for _, id := range a.TasksDone {
		if t := b.task(id); t != nil {
			tasks = append(tasks, t)
		}
	}
	var projects []*eval.ProjectResult
	for _, id := range a.ProjectsDone {
		if p := b.project(id); p != nil {
			projects = append(projects, p)
		}
	}
	n := 0
	for _, g := range groups {
		n += len(g.Indicators)
	}
	s.Blocks = b.paras(Body, "doc_achievements.tmpl", struct {
		base
		Groups     []achievement
		Indicators int // how many indicators the groups hold
		Tasks      []*eval.TaskResult
		Projects   []*eval.ProjectResult
		A          eval.Achievements
		// ListTasks is set when the tasks done are few enough to name.
		ListTasks bool
	}{b.base(), groups, n, tasks, projects, a, len(tasks) <= maxListed})
	return s
}

// maxListed is how many completed tasks 主要成效 names one by one; more
// are counted (the tables of 重点任务实施情况 list them).
const maxListed = 12

// yearOf is an indicator's row of year y, nil for none.
func yearOf(ind *eval.IndicatorResult, y int) *eval.YearResult {
	for i := range ind.Years {
		if ind.Years[i].Year == y {
			return &ind.Years[i]
		}
	}
	return nil
}
