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
	Binding    int // how many of them are binding
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
		if ind.Binding {
			out[k].Binding++
		}
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
		if sampled(&res.Indicators[i]) {
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

// sampled reports whether an indicator uses any sample value.
func sampled(ind *eval.IndicatorResult) bool {
	if ind.Sample {
		return true
	}
	for _, y := range ind.Years {
		if y.Sample {
			return true
		}
	}
	return false
}

// problem is a major problem as the report prints it: one subject (an
// indicator, a key task or a major project) with every rule that fired,
// most severe first.
type problem struct {
	N      int                 // its number in 存在的主要问题 (1…)
	Rules  []model.ProblemRule // the rules, most severe first
	Labels []string            // their labels
	// The subject: exactly one of Indicator, Task and Project is set.
	Indicator *eval.IndicatorResult
	Task      *eval.TaskResult
	Project   *eval.ProjectResult
	ID, Name  string
	Binding   bool
	Lead      string
	LeadName  string
}

// Has reports whether rule fired, for the templates.
func (p problem) Has(rule model.ProblemRule) bool { return contains(p.Rules, rule) }

// Rule is the most severe rule, whose suggestion template the report
// uses.
func (p problem) Rule() model.ProblemRule { return p.Rules[0] }

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
		p := &b.problems[i]
		if subjectKey(p.indicatorID(), p.taskID(), p.projectID()) == key {
			return p
		}
	}
	return nil
}

func (p problem) indicatorID() string {
	if p.Indicator != nil {
		return p.Indicator.ID
	}
	return ""
}

func (p problem) taskID() string {
	if p.Task != nil {
		return p.Task.ID
	}
	return ""
}

func (p problem) projectID() string {
	if p.Project != nil {
		return p.Project.ID
	}
	return ""
}

// The progress states in the order of the tables and charts, best first,
// then not reported ("").
var progressStates = []model.Progress{model.Done, model.OnSchedule, model.Behind, model.NotStarted, ""}

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

// progressLabel is a progress's label; 未报送 for none comes from the
// evaluation (TaskResult.ProgressLabel) or the labels.
func progressLabel(p model.Progress) string {
	if p == "" {
		return "未报送"
	}
	return p.Label()
}
