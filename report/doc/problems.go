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
	// HasCause, LaggingYears, Causes …) and N, its number.
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
	return d
}

// problemsPart is 存在的主要问题: one paragraph per subject, with every
// rule that fired.
func (b *builder) problemsPart() *Section {
	s := b.part(b.parts.Problems, b.title("title.problems"))
	data := struct {
		base
		Problems                    []problem
		Indicators, Tasks, Projects int // how many of them are about each
	}{base: b.base(), Problems: b.problems}
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
	for _, p := range b.problems {
		s.Blocks = append(s.Blocks, b.paras(Body, "doc_problem.tmpl", b.problemData(p))...)
	}
	return s
}

// suggestions is 下一步工作建议: one per problem, from the template of its
// most severe rule (doc_suggest_<rule>.tmpl, else doc_suggest_default.tmpl),
// which sees every rule that fired.
func (b *builder) suggestions() *Section {
	s := b.part(b.parts.Suggestions, b.title("title.suggestions"))
	s.Blocks = b.paras(Body, "doc_suggestions.tmpl", struct {
		base
		Problems []problem
	}{b.base(), b.problems})
	for _, p := range b.problems {
		name := b.either("doc_suggest_"+string(p.Rule)+".tmpl", "doc_suggest_default.tmpl")
		s.Blocks = append(s.Blocks, b.paras(Body, name, b.problemData(p))...)
	}
	return s
}
