package eval

import (
	"fmt"

	"plancheck/report/model"
	"plancheck/report/zh"
)

// The old report/pdf path prints two phrases eval built in Go: the target
// (IndicatorResult.TargetLabel, Problem.TargetLabel) and what the remaining
// years need (IndicatorResult.RequiredText). Everything else words them
// from the facts with report/doc's Words (templates/doc). This file goes
// when report/pdf renders report/doc.

// targetLabel is the target in words: 年均增长6%、不高于312.6万人、累计5000左右
// (Deprecated, see IndicatorResult.TargetLabel).
func targetLabel(ind *model.Indicator, T int, level *float64, dec int) string {
	t := ind.Target
	v := zh.Num(t.Value) // a rate as the plan prints it
	val := func(x float64) string { return Fixed(x, dec) + ind.Unit }
	switch t.Kind {
	case model.Level, model.Delta:
		if level != nil {
			return fmt.Sprintf("%s达到%s", zh.Year(T), val(*level))
		}
		if t.Value >= 0 {
			return fmt.Sprintf("较基期增加%s", val(t.Value))
		}
		return fmt.Sprintf("较基期减少%s", val(-t.Value))
	case model.AvgGrowth:
		return "年均增长" + v + "%"
	case model.Cumulative:
		s := "累计" + val(t.Value)
		if t.Approx > 0 {
			s += "左右"
		}
		return s
	case model.Reduction:
		return "累计降低" + v + "%"
	case model.Ceiling:
		return "不高于" + val(t.Value)
	case model.Floor:
		return "不低于" + val(t.Value)
	}
	if t.Text != "" {
		return t.Text
	}
	return "—"
}

// requiredText is RequiredPace in words (Deprecated, see
// IndicatorResult.RequiredText). With one year
// left it names the year: "2025年需增长…", not "剩余1年需年均…".
func requiredText(r *IndicatorResult, T, Y int) string {
	if r.RequiredPace == nil {
		return ""
	}
	need := *r.RequiredPace
	left := T - Y
	when := fmt.Sprintf("剩余%d年需年均", left)
	if left == 1 {
		when = zh.Year(T) + "需"
	}
	switch r.Kind {
	case model.AvgGrowth:
		if r.GapClosed {
			return "累计增长已达到目标要求"
		}
		return when + "增长" + zh.Points(need)
	case model.Reduction:
		if r.GapClosed {
			return "累计降幅已达到目标"
		}
		return when + "下降" + zh.Points(need)
	case model.Cumulative:
		if r.GapClosed {
			return "累计值已达到目标"
		}
		return when + "新增" + r.Format(need) + r.Unit
	}
	unit := r.Unit
	if model.NormalizeUnit(unit) == "%" {
		unit = "个百分点" // a share moves by points, not by per cent
	}
	switch {
	case r.GapClosed:
		return "已达到目标，剩余年份保持即可"
	case need >= 0:
		return when + "增加" + r.Format(need) + unit
	}
	return when + "减少" + r.Format(-need) + unit
}
