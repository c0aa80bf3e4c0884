package xlsx

import (
	"bytes"
	"fmt"
	"io/fs"
	"math"
	"strings"
	"text/template"
	"unicode"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
	"plancheck/templates"
)

// The workbooks' sentences are templates/xlsx_*.tmpl: the notes on the
// sheets and their headers, the titles, 方法说明 and 填报说明. Go code holds
// the ids, numbers and labels they are made of.
const templateGlob = "xlsx_*.tmpl"

// loadTemplates parses the embedded xlsx_*.tmpl files and then, when
// override is not nil, those of override, which replace the embedded ones
// of the same name (a file, and each template it defines). Parse errors
// name the file and line.
func loadTemplates(override fs.FS) (*template.Template, error) {
	return templates.Parse(template.New(""), templates.FS, override, templateGlob)
}

// say is the text of template name run on data, its lines joined by line
// breaks and trimmed; "" when it fails, with the error kept in b.
func (b *book) say(name string, data any) string {
	return strings.Join(b.lines(name, data), "\n")
}

// lines is the output of template name run on data, one entry a non-blank
// line, without the spaces around it; in the report, its punctuation made
// full-width between Chinese characters (prose). The monitoring
// workbooks keep theirs, as their readers have them. The first error is kept in b, and
// later calls return nothing.
func (b *book) lines(name string, data any) []string {
	if b.err != nil {
		return nil
	}
	var out bytes.Buffer
	if err := b.tpl.ExecuteTemplate(&out, name, data); err != nil {
		b.err = fmt.Errorf("template %s: %w", name, err)
		return nil
	}
	var ls []string
	for l := range strings.SplitSeq(out.String(), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			if b.wide {
				l = prose(l)
			}
			ls = append(ls, l)
		}
	}
	return ls
}

// entry is a line of a template that lists entries, such as 方法说明's:
// "**时间进度**s = …" is the key 时间进度 and the text after it; a line
// without a leading **…** is a text without a key.
type entry struct {
	key, text string
}

// entries reads lines as entries.
func entries(lines []string) []entry {
	out := make([]entry, 0, len(lines))
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(l, "**"); ok {
			if key, text, ok := strings.Cut(rest, "**"); ok {
				out = append(out, entry{strings.TrimSpace(key), strings.TrimSpace(text)})
				continue
			}
		}
		out = append(out, entry{text: l})
	}
	return out
}

// view is what a template is run on: the result (nil for a monitoring
// workbook), and X, the part the template is about. Its methods are the
// templates' functions — called as {{$.Pct .X.Progress}} — rather than a
// FuncMap, since every output parses the whole templates folder, and a
// function one output defines would be unknown to the others. They take
// numbers as float64, *float64 or int, and print a nil or missing number
// as "—".
type view struct {
	R *eval.Result
	X any
	W *doc.Words // the report's wording (nil for a monitoring workbook)
}

// With is the view of another subject, for a template called from
// another: {{template "xlsx_projected" ($.With .X)}}.
func (v view) With(x any) view { return view{R: v.R, X: x, W: v.W} }

// Target is the target of indicator x in words, as the report says it
// (doc.Words.Target): x an eval.IndicatorResult, or an eval.Problem of an
// indicator; "" for anything else.
func (v view) Target(x any) string {
	if ind := v.indicator(x); ind != nil && v.W != nil {
		return v.W.Target(ind)
	}
	return ""
}

// Required is what the remaining years need for indicator x's target, as
// the report says it (doc.Words.Required); x as for Target.
func (v view) Required(x any) string {
	if ind := v.indicator(x); ind != nil && v.W != nil {
		return v.W.Required(ind)
	}
	return ""
}

// indicator is the indicator result x is or is about.
func (v view) indicator(x any) *eval.IndicatorResult {
	switch x := x.(type) {
	case *eval.IndicatorResult:
		return x
	case eval.IndicatorResult:
		return &x
	case eval.Problem:
		if x.Indicator == "" || v.R == nil {
			return nil
		}
		for i := range v.R.Indicators {
			if v.R.Indicators[i].ID == x.Indicator {
				return &v.R.Indicators[i]
			}
		}
	}
	return nil
}

// Num prints a number with at most two decimals: 313.3, 5000.
func (view) Num(x any) string { return format(x, zh.Num) }

// Fixed prints a number with d decimals, as an indicator's numbers print
// with its Decimals: 313.0.
func (view) Fixed(x any, d int) string {
	return format(x, func(v float64) string { return eval.Fixed(v, d) })
}

// Level is a vocabulary's label as the plan's superior level says it
// (model.AtLevel); s as it is without a result.
func (v view) Level(s string) string {
	if v.R == nil {
		return s
	}
	return model.AtLevel(s, v.R.Plan.Superior)
}

// Pct prints a share as a percentage: 0.871 → 87.1%.
func (view) Pct(x any) string { return format(x, zh.Pct) }

// Points prints a rate in per cent with one decimal: 5.93 → 5.9%.
func (view) Points(x any) string { return format(x, zh.Points) }

// Ratio prints a ratio with two decimals: 0.87.
func (view) Ratio(x any) string { return format(x, zh.Ratio) }

// Year prints a year: 2023年.
func (view) Year(x any) string {
	return format(x, func(v float64) string { return zh.Year(int(v)) })
}

// Add and Sub are a + b and a − b.
func (view) Add(a, b int) int { return a + b }

// Sub is a − b.
func (view) Sub(a, b int) int { return a - b }

// Join joins texts with sep.
func (view) Join(list []string, sep string) string { return strings.Join(list, sep) }

// Abs is |x|, 0 for no number.
func (view) Abs(x any) float64 {
	v, _ := doc.Number(x)
	return math.Abs(v)
}

// Neg reports whether x is a number below 0.
func (view) Neg(x any) bool {
	v, ok := doc.Number(x)
	return ok && v < 0
}

// format prints x with f, or "—" when x is not a number.
func format(x any, f func(float64) string) string {
	if v, ok := doc.Number(x); ok {
		return f(v)
	}
	return "—"
}

// prose writes the half-width parentheses, commas, colons and semicolons
// of a Chinese text full-width where they stand by a Chinese character
// (执业(助理)医师 → 执业（助理）医师; 约束性13项,预期性13项 → 约束性13项，预期性13项),
// as Chinese typesetting has them; a closing parenthesis follows its
// opening one. Elsewhere (R < 0, 5.9%) they stay.
func prose(s string) string {
	rs := []rune(s)
	var open []bool // for each "(" still open, whether it was made full-width
	out := make([]rune, len(rs))
	near := func(i, step int) bool {
		for j := i + step; j >= 0 && j < len(rs); j += step {
			if rs[j] != ' ' {
				return chinese(rs[j])
			}
		}
		return false
	}
	for i, r := range rs {
		out[i] = r
		switch r {
		case '(':
			wide := near(i, -1) || near(i, 1)
			open = append(open, wide)
			if wide {
				out[i] = '（'
			}
		case ')':
			wide := near(i, -1) || near(i, 1)
			if n := len(open); n > 0 {
				wide = open[n-1] // as its opening one: (1 + 当年增速) stays
				open = open[:n-1]
			}
			if wide {
				out[i] = '）'
			}
		case ',', ';', ':':
			if near(i, -1) || near(i, 1) {
				out[i] = map[rune]rune{',': '，', ';': '；', ':': '：'}[r]
			}
		}
	}
	return string(out)
}

// chinese reports whether r is a Chinese character or full-width
// punctuation, or a Chinese quotation mark.
func chinese(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r):
		return true
	case r >= 0x3000 && r <= 0x303F, r >= 0xFF00 && r <= 0xFFEF:
		return true
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—':
		return true
	}
	return false
}
