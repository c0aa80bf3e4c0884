package pdf

import (
	"fmt"
	"io/fs"
	"math"
	"strings"
	"text/template"

	"plancheck/report/eval"
	"plancheck/report/style"
	"plancheck/report/zh"
	"plancheck/templates"
)

// loadTemplates parses the embedded templates and then, when override is
// not nil, the *.tmpl files of override, which replace the embedded ones of
// the same name. Parse errors name the file and line.
func loadTemplates(override fs.FS) (*template.Template, error) {
	t, err := template.New("").Funcs(funcs).ParseFS(templates.FS, "*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("embedded templates: %w", err)
	}
	if override != nil {
		if t, err = t.ParseFS(override, "*.tmpl"); err != nil {
			return nil, fmt.Errorf("templates: %w", err)
		}
	}
	return t, nil
}

// paragraphs splits a template's output into paragraphs: one a non-blank
// line, without the spaces around it.
func paragraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// funcs are the templates' functions. They take numbers as float64,
// *float64 or int, and format a nil or missing number as "—".
var funcs = template.FuncMap{
	"num": func(v any) string {
		if x, ok := float(v); ok {
			return zh.Num(x)
		}
		return "—"
	},
	"value": func(v any, unit string) string {
		if x, ok := float(v); ok {
			return zh.Value(x, unit)
		}
		return "—"
	},
	"pct": func(v any) string {
		if x, ok := float(v); ok {
			return zh.Pct(x)
		}
		return "—"
	},
	"points": func(v any) string {
		if x, ok := float(v); ok {
			return zh.Points(x)
		}
		return "—"
	},
	"ratio": func(v any) string {
		if x, ok := float(v); ok {
			return zh.Ratio(x)
		}
		return "—"
	},
	"year": func(v any) string {
		if x, ok := float(v); ok {
			return zh.Year(int(x))
		}
		return "—"
	},
	"date":   zh.Date,
	"cn":     zh.Numeral,
	"marker": func(s eval.Status) string { return string(style.StatusMarker(s)) },
	"status": func(s eval.Status) string {
		return statusOpen + string(s) + statusMid + string(style.StatusMarker(s)) + s.Label() + statusClose
	},
	"add":       func(a, b int) int { return a + b },
	"sub":       func(a, b int) int { return a - b },
	"hasSuffix": strings.HasSuffix,
	"join":      strings.Join,
	"hasPrefix": strings.HasPrefix,
}

// float reads a template number.
func float(v any) (float64, bool) {
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
