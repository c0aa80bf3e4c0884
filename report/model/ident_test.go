package model

import (
	"fmt"
	"strings"
	"testing"
)

func TestCheckFileID(t *testing.T) {
	const rule = "; an id that names output files may hold only ASCII letters, digits, '-', '_' and '.', must not start with '.', and is at most 64 characters long"
	for _, c := range []struct{ id, want string }{
		{"haidian-14th", ""},
		{"fgw", ""},
		{"hd.14th_v2", ""},
		{strings.Repeat("a", 64), ""},
		{"", `"" is empty`},
		{strings.Repeat("a", 65), `"` + strings.Repeat("a", 65) + `" is 65 characters long`},
		{".hidden", `".hidden" starts with '.'`},
		{"..", `".." starts with '.'`},
		{"x/../../victim/dept-fgw", `"x/../../victim/dept-fgw" holds '/' at character 2`},
		{`x\y`, `"x\\y" holds '\\' at character 2`},
		{"a b", `"a b" holds a space at character 2`},
		{"海淀", `"海淀" holds '海' at character 1`},
		{"fgw\x00", `"fgw\x00" holds U+0000 at character 4`},
		{"fgw\u200b", `"fgw\u200b" holds U+200B at character 4`},
		{"ｆｇｗ", `"ｆｇｗ" holds 'ｆ' at character 1`},
		{"C:", `"C:" holds ':' at character 2`},
		{"a*b", `"a*b" holds '*' at character 2`},
	} {
		err := CheckFileID(c.id)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("CheckFileID(%q) = %v, want nil", c.id, err)
		case c.want != "" && (err == nil || err.Error() != c.want+rule):
			t.Errorf("CheckFileID(%q) = %v\nwant %s", c.id, err, c.want+rule)
		}
	}
}

func TestQuote(t *testing.T) {
	for _, c := range []struct{ in, quote, excerpt string }{
		{"常住人口", `"常住人口"`, "常住人口"},
		{"a\x1b[31mb", `"a\x1b[31mb"`, `a\x1b[31mb`},
		{"1\u200b", `"1\u200b"`, `1\u200b`},
		{"\u202eabc", `"\u202eabc"`, `\u202eabc`},
		{"line\nbreak", `"line\nbreak"`, `line\nbreak`},
		{strings.Repeat("五", 81), `"` + strings.Repeat("五", 80) + `…"`, strings.Repeat("五", 80) + "…"},
		{strings.Repeat("x", 80), `"` + strings.Repeat("x", 80) + `"`, strings.Repeat("x", 80)},
		{"\xff", `"\xff"`, `\xff`},
	} {
		if got := Quote(c.in); got != c.quote {
			t.Errorf("Quote(%q) = %s, want %s", c.in, got, c.quote)
		}
		if got := Excerpt(c.in); got != c.excerpt {
			t.Errorf("Excerpt(%q) = %s, want %s", c.in, got, c.excerpt)
		}
	}
}

func TestBadText(t *testing.T) {
	for _, c := range []struct {
		in      string
		newline bool
		want    string
	}{
		{"常住人口规模", false, ""},
		{"区科委(中关村科学城管委会)", false, ""},
		{"第一行\n第二行", true, ""},
		{"第一行\n第二行", false, "a control character (U+000A) at character 4"},
		{"a\tb", true, "a control character (U+0009) at character 2"},
		{"常住\x1b[31m人口", false, "a control character (U+001B) at character 3"},
		{"x\x7f", false, "a control character (U+007F) at character 2"},
		{"x\u0085", false, "a control character (U+0085) at character 2"},
		{"常住\u202e人口", false, "a bidirectional control character (U+202E) at character 3"},
		{"\u2067x", false, "a bidirectional control character (U+2067) at character 1"},
	} {
		if got := BadText(c.in, c.newline); got != c.want {
			t.Errorf("BadText(%q, %v) = %q, want %q", c.in, c.newline, got, c.want)
		}
	}
}

// TestFind: the Find methods match as NormalizeID does, with or without
// the index, and the index notices a plan whose lists changed.
func TestFind(t *testing.T) {
	p := &Plan{
		Indicators: []Indicator{{ID: "1"}, {ID: "25a"}, {ID: "①0"}},
		References: []Reference{{ID: "city"}},
		Tasks:      []Task{{ID: "3.1.1"}},
		Projects:   []Project{{ID: "P01"}},
	}
	check := func(how string) {
		t.Helper()
		for typed, want := range map[string]string{"1": "1", "０１": "1", "1\u200b": "1", "25A": "25a", "２５ａ": "25a", "10": "①0", "\ufeff①0": "①0"} {
			if ind := p.FindIndicator(typed); ind == nil || ind.ID != want {
				t.Errorf("%s: FindIndicator(%+q) = %v, want %s", how, typed, ind, want)
			}
		}
		if p.FindIndicator("2") != nil || p.FindIndicator("") != nil {
			t.Errorf("%s: found an indicator the plan does not have", how)
		}
		if p.FindReference("CITY") == nil || p.FindTask("３.１.１") == nil || p.FindProject("p01\u2060") == nil {
			t.Errorf("%s: a reference, task or project was not found", how)
		}
		if p.Indicator("25a") == nil || p.Indicator("25A") != nil {
			t.Errorf("%s: Indicator is an exact lookup", how)
		}
	}
	check("no index")
	p.Index()
	check("index")
	p.Indicators = append(p.Indicators, Indicator{ID: "7"})
	if ind := p.FindIndicator("７"); ind == nil || ind.ID != "7" {
		t.Errorf("an indicator appended after Index is not found: %v", ind)
	}
	q := p.ForDepartment("")
	if q.FindIndicator("１") == nil {
		t.Error("ForDepartment's copy finds its indicators")
	}
}

func TestFindDepartment(t *testing.T) {
	p := &Plan{Departments: []Department{{ID: "fgw", Name: "区发展改革委"}, {ID: "kw", Name: "fgw2"}}}
	for typed, want := range map[string]string{"fgw": "fgw", "FGW": "fgw", "ｆｇｗ": "fgw", " fgw\u200b": "fgw", "区发展改革委": "fgw", "区发展改革委\u00a0": "fgw", "fgw2": "kw", "KW": "kw"} {
		if id, ok := p.FindDepartment(typed); !ok || id != want {
			t.Errorf("FindDepartment(%+q) = %q, %v; want %s", typed, id, ok, want)
		}
	}
	for _, typed := range []string{"", "\u200b", "tjj", "../fgw"} {
		if id, ok := p.FindDepartment(typed); ok {
			t.Errorf("FindDepartment(%+q) = %q", typed, id)
		}
	}
	// Without departments:, the leads are the departments, as the plan spells them.
	p = &Plan{Indicators: []Indicator{{ID: "1", Lead: "fgw"}}}
	if id, ok := p.FindDepartment("FGW"); !ok || id != "fgw" {
		t.Errorf("FindDepartment by lead = %q, %v", id, ok)
	}
}

func TestBounds(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	show := func(lo, hi *float64) string {
		s := func(p *float64) string {
			if p == nil {
				return "open"
			}
			return fmt.Sprint(*p)
		}
		return s(lo) + ".." + s(hi)
	}
	for _, c := range []struct {
		ind  Indicator
		want string
	}{
		{Indicator{Unit: "%", Target: Target{Kind: Level}}, "0..100"},
		{Indicator{Unit: "％", Target: Target{Kind: Ceiling}}, "0..100"},
		{Indicator{Unit: "‰", Target: Target{Kind: None}}, "0..1000"},
		{Indicator{Unit: "万人", Target: Target{Kind: Ceiling}}, "0..open"},
		{Indicator{Unit: "个", Target: Target{Kind: Cumulative}}, "0..open"},
		{Indicator{Unit: "%", Target: Target{Kind: AvgGrowth}}, "-100..open"},
		{Indicator{Unit: "亿元", Target: Target{Kind: AvgGrowth, Data: LevelD}}, "0..open"},
		{Indicator{Unit: "%", Target: Target{Kind: Reduction}}, "open..100"},
		{Indicator{Unit: "%", Target: Target{Kind: Relative, To: "4", Compare: Sync}}, "-100..open"},
		{Indicator{Unit: "%", Target: Target{Kind: Relative, Reference: "city", Compare: LE}}, "0..100"},
		{Indicator{Target: Target{Kind: Boolean}}, "open..open"},
		{Indicator{Unit: "%", Min: f(-5), Max: f(120), Target: Target{Kind: Level}}, "-5..120"},
		{Indicator{Unit: "%", Min: f(-300), Target: Target{Kind: AvgGrowth}}, "-300..open"},
	} {
		if got := show(c.ind.Bounds()); got != c.want {
			t.Errorf("Bounds of %s in %q: %s, want %s", c.ind.Target.Kind, c.ind.Unit, got, c.want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"year", "year", 0}, {"yaer", "year", 1}, {"kitten", "sitting", 3}, {"", "abc", 3}, {"指标", "指示", 1}, {"25a", "52a", 1}} {
		if got := Distance(c.a, c.b); got != c.want {
			t.Errorf("Distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}
