package pdf

import (
	"bytes"
	"strings"
	"testing"
	"text/template"

	"plancheck/fonts"
	"plancheck/report/eval"
)

func TestParagraphs(t *testing.T) {
	got := paragraphs("  第一段。\n\n\t第二段。 \n   \n")
	if strings.Join(got, "|") != "第一段。|第二段。" {
		t.Errorf("paragraphs = %q", got)
	}
}

// TestFuncs runs the template functions on the kinds of number the
// templates pass them: float64, *float64 (nil too) and int.
func TestFuncs(t *testing.T) {
	v := 313.25
	for _, c := range []struct {
		tmpl string
		data any
		want string
	}{
		{`{{num .}}`, 313.25, "313.25"},
		{`{{num .}}`, &v, "313.25"},
		{`{{num .}}`, (*float64)(nil), "—"},
		{`{{value . "万人"}}`, &v, "313.25万人"},
		{`{{pct .}}`, 0.8712, "87.1%"},
		{`{{points .}}`, 5.96, "6.0%"},
		{`{{ratio .}}`, 1.1, "1.10"},
		{`{{year .}}`, 2023, "2023年"},
		{`{{cn .}}`, 3, "三"},
		{`{{marker .}}`, eval.Ahead, "▲"},
		{`{{sub 2025 2020}}`, nil, "5"},
		{`{{if hasSuffix . "。"}}y{{end}}`, "句。", "y"},
	} {
		tp := template.Must(template.New("").Funcs(funcs).Parse(c.tmpl))
		var b bytes.Buffer
		if err := tp.Execute(&b, c.data); err != nil {
			t.Errorf("%s with %v: %v", c.tmpl, c.data, err)
			continue
		}
		if b.String() != c.want {
			t.Errorf("%s with %v = %q, want %q", c.tmpl, c.data, b.String(), c.want)
		}
	}
}

// TestEmbeddedTemplates checks that the templates the report looks up by
// name are embedded (TestWriteFixture executes them all).
func TestEmbeddedTemplates(t *testing.T) {
	tpl, err := loadTemplates(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"title.tmpl", "summary.tmpl", "method.tmpl", "sample_footnote.tmpl"} {
		if tpl.Lookup(name) == nil {
			t.Errorf("%s is not embedded", name)
		}
	}
	for _, rule := range []string{"binding_off_track", "reversed", "lagging_two_years", "projected_unlikely", "default"} {
		if tpl.Lookup("suggest_"+rule+".tmpl") == nil {
			t.Errorf("suggest_%s.tmpl is not embedded", rule)
		}
	}
}

func TestPostScriptName(t *testing.T) {
	for _, c := range []struct {
		ttf  []byte
		want string
	}{
		{fonts.Regular, "NotoSansSC-Regular"},
		{fonts.Bold, "NotoSansSC-Bold"},
		{[]byte("\x00\x01\x00\x00short"), ""},
		{nil, ""},
	} {
		if got := postScriptName(c.ttf); got != c.want {
			t.Errorf("postScriptName = %q, want %q", got, c.want)
		}
	}
	f := newFace(fonts.Regular, "r")
	if len(f.placeholder()) != len("/ABCDEF+"+f.ps) {
		t.Errorf("placeholder %q and name %q differ in length", f.placeholder(), "/ABCDEF+"+f.ps)
	}
}
