package doc

import (
	"math"
	"strconv"
	"strings"
	"text/template"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// funcs are the templates' functions. They take numbers as float64,
// *float64 or int, and format a nil or missing number as "—".
//
//	num x          313.3 (at most two decimals)    value x unit   313.3万人
//	num1 x         3.14 → 3.1 (at most one decimal: a change in points)
//	pct share      0.871 → 87.1%                    points x       5.93 → 5.9%
//	ratio x        0.87                             year y         2023年
//	years a b      2024—2025年 (a < b), 2025年 (a = b)
//	date t         2026年11月25日                   cn n           3 → 三
//	val i x        x as indicator i prints it: its decimals and unit (312.50万人)
//	dec i x        the same without the unit
//	status s       an eval.Status's label, as a status run (renderers add its marker)
//	sample on s    s, marked as a sample value when on (renderers add *)
//	label name x   the label template name run with x (one line, no markup)
//	render name x  the template name run with x, as it is (for a name computed in the template)
//	add a b, sub a b                                integers
//	neg x          −x                               deref p        the bool *p (false for nil)
//	abs x          |x|                              big x          a number of any size, short (1e+60)
//	deref1 p       the number *p (NaN for nil)      pair a b       [a, b], to pass two values to a {{template}}
//	yearlist ys    2022年、2023年                   judgment id    an overall judgment's label (on_track …)
//	target i       indicator i's target in words (target.<kind> of doc_target.tmpl)
//	hasPrefix s p, hasSuffix s p, join list sep     package strings
//	trimEnd s      s without its closing 。 or ；
func (b *builder) funcs() template.FuncMap {
	return template.FuncMap{
		"num": func(v any) string {
			if x, ok := Number(v); ok {
				return zh.Num(x)
			}
			return "—"
		},
		"num1": func(v any) string {
			if x, ok := Number(v); ok {
				return zh.NumDigits(x, 1)
			}
			return "—"
		},
		"value": func(v any, unit string) string {
			if x, ok := Number(v); ok {
				return zh.Value(x, unit)
			}
			return "—"
		},
		"pct": func(v any) string {
			if x, ok := Number(v); ok {
				return zh.Pct(x)
			}
			return "—"
		},
		"points": func(v any) string {
			if x, ok := Number(v); ok {
				return zh.Points(x)
			}
			return "—"
		},
		"ratio": func(v any) string {
			if x, ok := Number(v); ok {
				return zh.Ratio(x)
			}
			return "—"
		},
		"year": func(v any) string {
			if x, ok := Number(v); ok {
				return zh.Year(int(x))
			}
			return "—"
		},
		"years": func(from, to int) string {
			if from >= to {
				return zh.Year(to)
			}
			return zh.Year(from)[:len(zh.Year(from))-len("年")] + "—" + zh.Year(to)
		},
		"date": zh.Date,
		"cn":   zh.Numeral,
		"val": func(ind *eval.IndicatorResult, v any) string {
			x, ok := Number(v)
			if !ok || ind == nil {
				return "—"
			}
			return ind.Format(x) + ind.Unit
		},
		"dec": func(ind *eval.IndicatorResult, v any) string {
			x, ok := Number(v)
			if !ok || ind == nil {
				return "—"
			}
			return ind.Format(x)
		},
		"status": func(s eval.Status) string {
			if s == "" {
				return "—"
			}
			return statusOpen + string(s) + statusMid + s.Label() + statusClose
		},
		"sample": func(on bool, s string) string {
			if !on {
				return s
			}
			return sampleOpen + s + sampleClose
		},
		"label":  func(name string, data any) string { return b.label(name, data) },
		"target": func(ind *eval.IndicatorResult) string { return b.target(ind) },
		"render": func(name string, data any) string { return b.execute(name, data) },
		"neg":    func(x float64) float64 { return -x },
		"abs": func(v any) float64 {
			x, _ := Number(v)
			return math.Abs(x)
		},
		"big": func(v any) string {
			x, ok := Number(v)
			switch {
			case !ok:
				return "—"
			case math.Abs(x) >= 1e9:
				return strconv.FormatFloat(x, 'g', 6, 64)
			}
			return zh.Num(x)
		},
		"yearlist": func(ys []int) string {
			out := make([]string, len(ys))
			for i, y := range ys {
				out[i] = zh.Year(y)
			}
			return strings.Join(out, "、")
		},
		"judgment": func(id string) string { return model.Judgment(id).StageLabel(b.res.Stage) },
		"deref":    func(p *bool) bool { return p != nil && *p },
		"deref1": func(p *float64) float64 {
			if p == nil {
				return math.NaN()
			}
			return *p
		},
		"pair":      func(a, b any) []any { return []any{a, b} },
		"add":       func(a, b int) int { return a + b },
		"sub":       func(a, b int) int { return a - b },
		"hasPrefix": strings.HasPrefix,
		"hasSuffix": strings.HasSuffix,
		"join":      strings.Join,
		// trimEnd drops a sentence's closing 。, so that a template can
		// go on after it.
		"trimEnd": func(s string) string { return strings.TrimRight(strings.TrimSpace(s), "。；;") },
	}
}

// Number reads a number handed to a template (a float64, *float64 or
// integer); it reports false for nil, NaN, ±Inf and anything else, which
// the templates print as —. Every output that formats template numbers
// reads them with it.
func Number(v any) (float64, bool) {
	var x float64
	switch v := v.(type) {
	case float64:
		x = v
	case *float64:
		if v == nil {
			return 0, false
		}
		x = *v
	case int:
		x = float64(v)
	case float32:
		x = float64(v)
	case int64:
		x = float64(v)
	default:
		return 0, false
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, false
	}
	return x, true
}
