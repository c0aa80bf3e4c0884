package doc

import (
	"plancheck/report/eval"
	"plancheck/report/model"
)

// measureItem is one indicator of a measure's group, with what the
// remaining years need.
type measureItem struct {
	I        *eval.IndicatorResult
	Required string // doc_required.tmpl's, "" when not projected
	// Proposal is the indicator's 规划调整建议, nil for none.
	Proposal *eval.Proposal
	// Latest is the indicator's latest year with a value, nil for none.
	Latest *eval.YearResult
}

// measureData is one group of 下一步工作建议: the indicators that need one
// measure (Result.Measures) or the tasks and projects behind for one
// cause (Result.BehindByCause).
type measureData struct {
	base
	N       int
	Measure model.Measure // "" for a cause's group
	Label   string
	Items   []measureItem
	// Binding counts the binding indicators among Items.
	Binding int
	// The cause's group: its cause, tasks and projects.
	Cause    model.Cause
	Tasks    []*eval.TaskResult
	Projects []*eval.ProjectResult
	// Leads are the lead departments' names, first appearance order.
	Leads []string
}

// suggestions is 下一步工作建议: by what each indicator needs (巩固, 加力,
// 调整: Result.Measures), each naming its indicators and lead
// departments; then the key tasks and major projects by cause.
func (b *builder) suggestions() *Section {
	s := b.part(b.parts.Suggestions, b.title("title.suggestions"))
	var groups []measureData
	for _, mg := range b.res.Measures {
		g := measureData{Measure: mg.Measure, Label: Normalize(mg.Label), Leads: b.leadNames(mg.Leads)}
		for _, ind := range b.indicatorsOf(mg.Indicators) {
			g.Items = append(g.Items, measureItem{I: ind, Required: b.required(ind), Proposal: b.proposalFor(ind.ID), Latest: latest(ind)})
			if ind.Binding {
				g.Binding++
			}
		}
		if len(g.Items) > 0 {
			groups = append(groups, g)
		}
	}
	for _, cg := range b.res.BehindByCause {
		g := measureData{Cause: cg.Cause, Label: Normalize(cg.Label), Leads: b.leadNames(cg.Leads)}
		for _, id := range cg.Tasks {
			if t := b.task(id); t != nil {
				g.Tasks = append(g.Tasks, t)
			}
		}
		for _, id := range cg.Projects {
			if p := b.project(id); p != nil {
				g.Projects = append(g.Projects, p)
			}
		}
		if len(g.Tasks)+len(g.Projects) > 0 {
			groups = append(groups, g)
		}
	}
	for i := range groups {
		groups[i].base, groups[i].N = b.base(), i+1
	}
	s.Blocks = b.paras(Body, "doc_suggestions.tmpl", struct {
		base
		Problems []problem
		Groups   []measureData
	}{b.base(), b.problems, groups})
	for _, g := range groups {
		name := "doc_suggest_measure.tmpl"
		if g.Measure == "" {
			name = "doc_suggest_cause.tmpl"
		}
		s.Blocks = append(s.Blocks, b.paras(Body, name, g)...)
	}
	return s
}

// leadNames are the names of lead departments' ids (the id for one the
// result does not name).
func (b *builder) leadNames(ids []string) []string {
	var out []string
	for _, id := range ids {
		out = append(out, Normalize(b.leadName(id)))
	}
	return out
}

// proposalFor is the indicator's 规划调整建议, nil for none.
func (b *builder) proposalFor(id string) *eval.Proposal {
	for i := range b.res.Proposals {
		if b.res.Proposals[i].Indicator == id {
			return &b.res.Proposals[i]
		}
	}
	return nil
}

// leadName is a lead department's name: the department's, else the one
// an indicator, task or project it leads gives, else its id.
func (b *builder) leadName(id string) string {
	for _, d := range b.res.Departments {
		if d.ID == id && d.Name != "" {
			return d.Name
		}
	}
	for _, ind := range b.res.Indicators {
		if ind.Lead == id && ind.LeadName != "" {
			return ind.LeadName
		}
	}
	for _, t := range b.res.Tasks {
		if t.Lead == id && t.LeadName != "" {
			return t.LeadName
		}
	}
	for _, p := range b.res.Projects {
		if p.Lead == id && p.LeadName != "" {
			return p.LeadName
		}
	}
	return id
}
