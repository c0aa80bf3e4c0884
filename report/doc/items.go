package doc

import (
	"plancheck/report/eval"
	"plancheck/report/model"
)

// group is one category's indicators, in the order of the evaluation.
type group struct {
	N          int // its number in 二、(1…)
	ID, Name   string
	G          eval.GroupSummary
	Indicators []*eval.IndicatorResult
	Binding    int // how many of them are binding (G.Binding)
}

// groups lists the categories in the order of the summary, then any other
// category the indicators name, in their order; a category without
// indicators is left out.
func groups(res *eval.Result) []group {
	var out []group
	index := map[string]int{}
	for _, g := range res.Summary.Categories {
		if _, ok := index[g.ID]; ok {
			continue
		}
		index[g.ID] = len(out)
		out = append(out, group{ID: g.ID, Name: g.Name, G: g})
	}
	for i := range res.Indicators {
		ind := &res.Indicators[i]
		k, ok := index[ind.Category]
		if !ok {
			k = len(out)
			index[ind.Category] = k
			out = append(out, group{ID: ind.Category, Name: ind.CategoryName, G: eval.GroupSummary{ID: ind.Category, Name: ind.CategoryName}})
		}
		out[k].Indicators = append(out[k].Indicators, ind)
	}
	var kept []group
	for _, g := range out {
		if len(g.Indicators) == 0 {
			continue
		}
		if g.Name == "" {
			g.Name = g.ID
		}
		g.G.Name = g.Name
		g.Binding = g.G.Binding
		g.N = len(kept) + 1
		kept = append(kept, g)
	}
	return kept
}

// samples are the items whose values or plans are marked 示例.
type samples struct {
	Indicators []*eval.IndicatorResult
	Tasks      []*eval.TaskResult
	Projects   []*eval.ProjectResult
}

func (s samples) any() bool { return len(s.Indicators)+len(s.Tasks)+len(s.Projects) > 0 }

func findSamples(res *eval.Result) samples {
	var s samples
	for i := range res.Indicators {
		if res.Indicators[i].Sample {
			s.Indicators = append(s.Indicators, &res.Indicators[i])
		}
	}
	for i := range res.Tasks {
		if res.Tasks[i].Sample {
			s.Tasks = append(s.Tasks, &res.Tasks[i])
		}
	}
	for i := range res.Projects {
		if res.Projects[i].Sample {
			s.Projects = append(s.Projects, &res.Projects[i])
		}
	}
	return s
}

// problem is a major problem as the report prints it: eval's problem
// (one subject with every rule that fired, most severe first, and the
// facts) with its number and its subject's result.
type problem struct {
	eval.Problem
	N int // its number in 存在的主要问题 (1…)
	// The subject's result: exactly one is set.
	Ind   *eval.IndicatorResult
	TaskR *eval.TaskResult
	ProjR *eval.ProjectResult
}

// Labels are the labels of the rules that fired, most severe first,
// without 指标未达要求 beside 约束性指标未达要求或进度滞后, which says it.
func (p problem) Labels() []string {
	var out []string
	for i, r := range p.Rules {
		if r == model.RuleNotMet && p.Has(model.RuleBindingOffTrack) {
			continue
		}
		if i < len(p.RuleLabels) {
			out = append(out, p.RuleLabels[i])
		} else {
			out = append(out, r.Label())
		}
	}
	return out
}

// key is the problem's subject as subjectKey writes it.
func (p problem) key() string { return subjectKey(p.Indicator, p.Task, p.Project) }

// problemList is the result's problems, in eval's order, with their
// subjects.
func (b *builder) problemList() []problem {
	var out []problem
	for _, ep := range b.res.Problems {
		p := problem{Problem: ep, N: len(out) + 1}
		switch {
		case ep.Task != "":
			p.TaskR = b.task(ep.Task)
		case ep.Project != "":
			p.ProjR = b.project(ep.Project)
		default:
			p.Ind = b.indicator(ep.Indicator)
		}
		out = append(out, p)
	}
	return out
}

func subjectKey(ind, task, project string) string {
	switch {
	case task != "":
		return "t" + task
	case project != "":
		return "p" + project
	}
	return "i" + ind
}

// problemsOf are the problems about one department's items.
func (b *builder) problemsOf(lead string) []problem {
	var out []problem
	for _, p := range b.problems {
		if p.Lead == lead {
			out = append(out, p)
		}
	}
	return out
}

// problemFor is the problem about an item, if any.
func (b *builder) problemFor(key string) *problem {
	for i := range b.problems {
		if b.problems[i].key() == key {
			return &b.problems[i]
		}
	}
	return nil
}

// The progress states in the order of the tables and charts, best first,
// then not reported.
var progressStates = []model.Progress{model.Done, model.OnSchedule, model.Behind, model.NotStarted, model.NotReported}

func groupCount(g eval.TaskGroup, p model.Progress) int {
	switch p {
	case model.Done:
		return g.Done
	case model.OnSchedule:
		return g.OnSchedule
	case model.Behind:
		return g.Behind
	case model.NotStarted:
		return g.NotStarted
	}
	return g.NoReport
}

func contains[T comparable](list []T, x T) bool {
	for _, y := range list {
		if y == x {
			return true
		}
	}
	return false
}
