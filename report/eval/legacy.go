package eval

import (
	"fmt"

	"plancheck/report/model"
	"plancheck/report/zh"
)

// requiredText is RequiredPace in words, for the Excel writer until it
// words it from the facts (see IndicatorResult.RequiredText). With one year
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
