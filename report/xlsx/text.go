package xlsx

import (
	"bytes"
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"
	"text/template"

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
	t, err := template.New("").Funcs(funcs).ParseFS(templates.FS, templateGlob)
	if err != nil {
		return nil, fmt.Errorf("embedded templates: %w", err)
	}
	if override == nil {
		return t, nil
	}
	names, err := fs.Glob(override, templateGlob)
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	if len(names) == 0 {
		return t, nil // the override holds other outputs' templates only
	}
	if t, err = t.ParseFS(override, templateGlob); err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	return t, nil
}

// say is the text of template name run on data, its lines joined by line
// breaks and trimmed; "" when it fails, with the error kept in b.
func (b *book) say(name string, data any) string {
	return strings.Join(b.lines(name, data), "\n")
}

// lines is the output of template name run on data, one entry a non-blank
// line, without the spaces around it. The first error is kept in b, and
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

// funcs are the templates' functions. They take numbers as float64,
// *float64 or int, and print a nil or missing number as "—".
var funcs = template.FuncMap{
	"num": func(v any) string {
		if x, ok := float(v); ok {
			return zh.Num(x)
		}
		return "—"
	},
	// fixed prints a number with d decimals, as the indicator's numbers print.
	"fixed": func(v any, d int) string {
		if x, ok := float(v); ok {
			return strconv.FormatFloat(x, 'f', max(d, 0), 64)
		}
		return "—"
	},
	"pct": func(v any) string {
		if x, ok := float(v); ok {
			return zh.Pct(x)
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
	"add":  func(a, b int) int { return a + b },
	"sub":  func(a, b int) int { return a - b },
	"join": strings.Join,
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
	default:
		return 0, false
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, false
	}
	return x, true
}
