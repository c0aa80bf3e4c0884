package doc

import (
	"fmt"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// proposals is 规划调整建议 (Result.Proposals): a part in the mid-term
// evaluation, which says so in one sentence when there is nothing to
// propose; an annex otherwise, left out when there is nothing. Each
// indicator with its current target, its projected (final: attained)
// value, the gap, its lead and the handling, an analyst's choice marked
// with its reason; and the note on the legal procedure of a binding
// target.
func (b *builder) proposals() *Section {
	var s *Section
	part := 0
	if b.parts.ProposalsAnnex {
		s = annex(b.parts.Proposals, b.title("title.proposals"))
	} else {
		s = b.part(b.parts.Proposals, b.title("title.proposals"))
		part = b.parts.proposalsN
	}
	binding := 0
	for _, p := range b.res.Proposals {
		if p.Binding {
			binding++
		}
	}
	s.Blocks = b.paras(Body, "doc_proposals.tmpl", struct {
		base
		Proposals []eval.Proposal
		Binding   int
	}{b.base(), b.res.Proposals, binding})
	if len(b.res.Proposals) == 0 {
		return s
	}
	t := &Table{Title: b.title("table.proposals"), Columns: []Column{
		{b.title("col.seq"), IDCol}, {b.title("col.indicator"), NameCol},
		{b.title("col.current.target"), TermCol}, {b.title("col.proposal.value"), NumberCol},
		{b.title("col.gap"), NumberCol}, {b.title("col.lead"), NameCol}, {b.title("col.handling"), NameCol},
	}}
	if part > 0 {
		t.Number = b.tableNumber(part)
	}
	for _, p := range b.res.Proposals {
		ind := b.indicator(p.Indicator)
		name, target := Normalize(p.Name), "—"
		if ind != nil {
			name, target = b.nameUnit(ind), b.targetWords(ind)
		}
		if p.Binding {
			// The binding ones are few and come first: marked in the name.
			name = b.label("name.binding", name)
		}
		value := Cell{Text: b.proposalNumber(p, p.Projected, false)}
		if b.res.Stage == model.Final {
			value.Text = b.proposalNumber(p, p.Attained, false)
			if !finite(p.Attained) && ind != nil {
				// A requirement, a comparison, a yes/no: the value as reported.
				// The name column carries the unit.
				value = b.yearCell(ind, b.res.Year)
			}
		}
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: Normalize(p.Indicator)}, {Text: name}, {Text: target},
			value, {Text: b.proposalNumber(p, p.Gap, true)},
			{Text: orDash(p.LeadName)}, {Text: b.label("proposal.handling", p)},
		}})
	}
	t.Notes = b.notes("doc_proposals_note.tmpl", struct {
		base
		Binding int
	}{b.base(), binding})
	s.Blocks = append(s.Blocks, t)
	return s
}

// proposalNumber is a number of a proposal in its kind's terms
// (proposal.number of doc_labels.tmpl): 5.92%, 9.6%（年均）, a gap of
// 5.4个百分点; "—" for none (the kinds without a target number).
func (b *builder) proposalNumber(p eval.Proposal, v *float64, gap bool) string {
	if !finite(v) {
		return "—"
	}
	return b.label("proposal.number", struct {
		P     eval.Proposal
		Text  string // the number with the proposal's decimals
		Gap   bool
		Rate  bool // the kind's terms are a rate in % (avg_growth, reduction)
		Short bool // a gap > 0: the target is missed by it
	}{p, eval.Fixed(*v, p.Decimals), gap, p.Kind == model.AvgGrowth || p.Kind == model.Reduction || p.Unit == "%", *v > 0})
}

// outlook is 后半程展望 (the mid-term evaluation, Midterm.Outlook): what
// each off-track indicator needs per year to reach its target, against
// what it did per year so far.
func (b *builder) outlook() *Section {
	m := b.res.Midterm
	s := b.part(b.parts.Outlook, b.title("title.outlook"))
	type item struct {
		I        *eval.IndicatorResult
		O        eval.Outlook
		Required string // doc_required.tmpl's wording of O.Required
		// RealizedText and NeededText are O.Realized and O.Required as
		// the table prints them (pace.number).
		RealizedText, NeededText string
	}
	var items []item
	for _, o := range m.Outlook {
		if ind := b.indicator(o.Indicator); ind != nil {
			items = append(items, item{ind, o, b.required(ind), b.paceNumber(ind, o.Realized), b.paceNumber(ind, o.Required)})
		}
	}
	s.Blocks = b.paras(Body, "doc_outlook.tmpl", struct {
		base
		Items []item
	}{b.base(), items})
	if len(items) == 0 {
		return s
	}
	t := &Table{Number: b.tableNumber(b.parts.outlookN), Title: b.title("table.outlook"), Columns: []Column{
		{b.title("col.seq"), IDCol}, {b.title("col.indicator"), NameCol}, {b.title("col.status"), StatusCol},
		{b.title("col.target"), TermCol}, {b.title("col.realized"), NumberCol}, {b.title("col.needed"), NumberCol},
		{b.title("col.lead"), NameCol},
	}}
	for _, it := range items {
		t.Rows = append(t.Rows, Row{Cells: []Cell{
			{Text: Normalize(it.I.ID)}, {Text: b.nameUnit(it.I)}, b.statusCell(it.I), {Text: b.targetWords(it.I)},
			{Text: it.RealizedText}, {Text: it.NeededText},
			{Text: orDash(it.I.LeadName)},
		}})
	}
	t.Notes = b.notes("doc_outlook_note.tmpl", b.base())
	s.Blocks = append(s.Blocks, t)
	return s
}

// paceNumber is a yearly pace in RequiredPace's terms (pace.number of
// doc_labels.tmpl): +0.13个百分点, 9.6%, 新增260件; "—" for none.
func (b *builder) paceNumber(ind *eval.IndicatorResult, v *float64) string {
	if !finite(v) {
		return "—"
	}
	return b.label("pace.number", struct {
		I    *eval.IndicatorResult
		V    float64
		Text string
	}{ind, *v, ind.Format(*v)})
}

// followUp is 上年问题整改情况 (Result.FollowUp): last year's problems with
// their state now and the counts, and last year's 分析意见 (上年意见).
func (b *builder) followUp() *Section {
	f := b.res.FollowUp
	s := b.part(b.parts.FollowUp, b.title("title.followup"))
	one := b.section(1, b.title("title.followup.problems"))
	one.Blocks = b.paras(Body, "doc_followup.tmpl", struct {
		base
		F *eval.FollowUp
	}{b.base(), f})
	if len(f.Problems)+len(f.NotInPlan) > 0 {
		t := &Table{Number: b.tableNumber(b.parts.followN), Title: b.title("table.followup"), Columns: []Column{
			{b.title("col.seq"), IDCol}, {b.title("col.type"), TermCol}, {b.title("col.name"), NameCol},
			{b.title("col.problem.last"), TextCol}, {b.label("col.status.year", f.Year), StatusCol},
			{b.label("col.status.year", b.res.Year), StatusCol}, {b.title("col.state"), StatusCol},
		}}
		for i, p := range append(append([]eval.FollowProblem(nil), f.Problems...), f.NotInPlan...) {
			kind, id := b.title("type.indicator"), p.Indicator
			switch {
			case p.Task != "":
				kind, id = b.title("type.task"), p.Task
			case p.Project != "":
				kind, id = b.title("type.project"), p.Project
			}
			var rules []string
			for _, r := range p.Rules {
				if r == model.RuleNotMet && contains(p.Rules, model.RuleBindingOffTrack) {
					continue
				}
				rules = append(rules, r.Label())
			}
			state := Cell{Text: orDash(p.StateLabel), Status: followStatus(p.State)}
			if p.State == "" {
				state = Cell{Text: b.title("follow.not.in.plan")}
			}
			t.Rows = append(t.Rows, Row{Cells: []Cell{
				{Text: fmt.Sprint(i + 1)}, {Text: kind}, {Text: Normalize(b.label("name.id", [2]string{id, p.Name}))},
				{Text: orDash(strings.Join(rules, b.title("issues.sep")))},
				{Text: orDash(p.PrevStatus.Label()), Status: p.PrevStatus}, {Text: orDash(p.Status.Label()), Status: p.Status},
				state,
			}})
		}
		one.Blocks = append(one.Blocks, t)
	}
	s.Sections = append(s.Sections, one)
	if len(f.Comments) > 0 {
		two := b.section(2, b.title("title.followup.comments"))
		two.Blocks = b.paras(Body, "doc_followup_comments.tmpl", struct {
			base
			F *eval.FollowUp
		}{b.base(), f})
		for _, c := range f.Comments {
			two.Blocks = append(two.Blocks, b.paras(Comment, "doc_followup_comment.tmpl", struct {
				base
				C eval.PreviousRemark
			}{b.base(), c})...)
		}
		s.Sections = append(s.Sections, two)
	}
	return s
}

// followStatus is the indicator status a follow-up state is shown as
// (its marker and colour): resolved as met, persists as lagging,
// worsened as not met.
func followStatus(s model.FollowState) eval.Status {
	switch s {
	case model.Resolved:
		return eval.Met
	case model.Persists:
		return eval.Lagging
	case model.Aggravate:
		return eval.NotMet
	}
	return ""
}

// targetWords is the indicator's target in words (2025年达到6.20%), else
// as the plan prints it, else "—".
func (b *builder) targetWords(ind *eval.IndicatorResult) string {
	if t := b.target(ind); t != "" {
		return t
	}
	return orDash(ind.TargetText)
}
