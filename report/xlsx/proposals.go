package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// sheetProposals is 规划调整建议: res.Proposals, each indicator that will
// miss its target (in the final year: that missed it), with the handling
// plancheck proposes and the analysts' columns 建议处理方式 and 理由, which
// report/sheet reads back as model.Proposals (sheet.ProposalSheet).
const sheetProposals = "规划调整建议"

// The 规划调整建议 columns report/sheet reads: 编号 finds the indicator,
// 拟定处理方式 is plancheck's proposal (locked), against which a changed
// 建议处理方式 needs its 理由. They are the contract of the round trip.
const (
	colProposed = "拟定处理方式"
	colHandling = "建议处理方式"
	colWhy      = "理由"
)

// proposalLayout is where 规划调整建议's columns are (1-based).
type proposalLayout struct {
	id, name, binding, lead, unit, target, value, gap int
	proposed, handling, reason                        int
	n                                                 int
}

func newProposalLayout() proposalLayout {
	var l proposalLayout
	next := func() int { l.n++; return l.n }
	l.id, l.name, l.binding, l.lead, l.unit, l.target, l.value, l.gap = next(), next(), next(), next(), next(), next(), next(), next()
	l.proposed, l.handling, l.reason = next(), next(), next()
	return l
}

// headers are the sheet's headers: the value column is the projection to
// T (预计值(2025年)) before the target year and the value itself
// (实际值(2025年)) in it; the analysts' columns state the evaluation year,
// as 指标评估's do.
func (l proposalLayout) headers(res *eval.Result) []string {
	h := make([]string, l.n)
	set := func(col int, s string) { h[col-1] = s }
	set(l.id, colAssessID)
	set(l.name, "指标")
	set(l.binding, "属性")
	set(l.lead, "牵头部门")
	set(l.unit, "单位")
	set(l.target, "现行目标")
	if res.Stage == model.Final {
		set(l.value, "实际值("+zh.Year(res.Year)+")")
	} else {
		set(l.value, "预计值("+zh.Year(res.Plan.TargetYear)+")")
	}
	set(l.gap, "差距")
	set(l.proposed, colProposed)
	set(l.handling, analystHeader(colHandling, res.Year))
	set(l.reason, analystHeader(colWhy, res.Year))
	return h
}

// proposals writes 规划调整建议 (only when res has proposals): one row per
// proposal, the target, the projected (final: actual) value and the gap in
// the indicator's unit and decimals, plancheck's proposed handling, and the
// unlocked 建议处理方式 (a drop-down of model.Handlings, filled with the
// proposed or chosen handling) and 理由.
func (rp *report) proposals() {
	b, res := rp.b, rp.res
	if b.err != nil || len(res.Proposals) == 0 {
		return
	}
	const sh = sheetProposals
	lay := newProposalLayout()
	heads := lay.headers(res)
	for j, h := range heads {
		b.setStyled(sh, j+1, 1, h, cellStyle{header: true, align: "center"})
	}
	inds := map[string]*eval.IndicatorResult{}
	for i := range res.Indicators {
		inds[res.Indicators[i].ID] = &res.Indicators[i]
	}
	ws := make([]float64, lay.n)
	for j, h := range heads {
		ws[j] = textWidth(h) + 2
	}
	grow := func(col int, lo, hi float64, s string) { ws[col-1] = max(ws[col-1], fitWidth(lo, hi, s)) }
	var labels []string
	for _, h := range model.Handlings() {
		labels = append(labels, h.Label())
		grow(lay.proposed, 10, 20, h.Label())
		grow(lay.handling, 12, 20, h.Label())
	}
	center := cellStyle{align: "center"}
	for i, p := range res.Proposals {
		r := i + 2
		nf := cellStyle{numFmt: numFmt(p.Decimals), align: "center"}
		name, target := prose(p.Name), any(nil)
		if ir := inds[p.Indicator]; ir != nil {
			name = ir.Name // typeset already
			target = ir.TargetText
		}
		if p.Target != nil {
			target = number(p.Target)
		}
		value := p.Projected
		if res.Stage == model.Final {
			value = p.Value
		}
		b.setStyled(sh, lay.id, r, p.Indicator, center)
		b.setStyled(sh, lay.name, r, name, cellStyle{wrap: true})
		b.setStyled(sh, lay.binding, r, bindingLabel(p.Binding), center)
		b.setStyled(sh, lay.lead, r, prose(p.LeadName), cellStyle{wrap: true})
		b.setStyled(sh, lay.unit, r, p.Unit, center)
		if s, ok := target.(string); ok {
			b.setStyled(sh, lay.target, r, s, cellStyle{wrap: true})
			grow(lay.target, 8, 16, s)
		} else {
			b.setStyled(sh, lay.target, r, target, nf)
		}
		if t := typedText(inds[p.Indicator], res.Year); res.Stage == model.Final && t != "" {
			// A yes/no or approximate value reads as typed (未完成), not as its number.
			b.setStyled(sh, lay.value, r, t, center)
		} else {
			b.setStyled(sh, lay.value, r, number(value), nf)
		}
		b.setStyled(sh, lay.gap, r, number(p.Gap), nf)
		b.setStyled(sh, lay.proposed, r, p.HandlingLabel, center)
		b.setStyled(sh, lay.handling, r, p.HandlingLabel, cellStyle{unlocked: true, align: "center"})
		b.setStyled(sh, lay.reason, r, p.Reason, cellStyle{unlocked: true, wrap: true})
		grow(lay.name, 12, 24, name)
		grow(lay.lead, 10, 16, prose(p.LeadName))
		grow(lay.unit, 6, 10, p.Unit)
		grow(lay.reason, 24, 40, p.Reason)
	}
	b.widths(sh, ws)
	for i, p := range res.Proposals {
		name := prose(p.Name)
		if ir := inds[p.Indicator]; ir != nil {
			name = ir.Name
		}
		b.fitRow(sh, i+2, []string{name, prose(p.LeadName), p.Reason}, []float64{ws[lay.name-1], ws[lay.lead-1], ws[lay.reason-1]})
	}
	last := len(res.Proposals) + 1
	if b.err == nil {
		b.err = b.f.AutoFilter(sh, fmt.Sprintf("A1:%s%d", colName(lay.n), last), nil)
	}
	// The drop-down covers the whole column, as 状态调整's does.
	if b.err == nil {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = wholeColumn(lay.handling)
		if b.err = dv.SetDropList(labels); b.err == nil {
			b.err = b.f.AddDataValidation(sh, dv)
		}
	}
	b.freeze(sh, 0, 1)
	b.printSetup(sh, 1, false)
	b.protect(sh)
}

// typedText is the value of year y as typed, for a yes/no or approximate
// value (YearResult.Text); "" for none.
func typedText(ir *eval.IndicatorResult, y int) string {
	if ir == nil {
		return ""
	}
	for _, yr := range ir.Years {
		if yr.Year == y {
			return yr.Text
		}
	}
	return ""
}
