package chart

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/color"
	"io"
	"strings"
	"testing"
)

// TestSVG: every chart the PNG tests draw is a well-formed SVG element
// whose viewBox is its box in points, 100% wide, with no script and no
// outside reference, and with the texts the recorder sees Draw write.
func TestSVG(t *testing.T) {
	for _, c := range pngCharts(t) {
		b, err := SVG(c.ch, c.w, c.h)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		s := string(b)
		if !strings.HasPrefix(s, `<svg viewBox="0 0 `+svgNum(c.w)+" "+svgNum(c.h)+`" width="100%"`) {
			t.Errorf("%s: starts %.80q", c.name, s)
		}
		for _, bad := range []string{"<script", "href", "http:", "https:", "url("} {
			if strings.Contains(s, bad) {
				t.Errorf("%s: holds %q", c.name, bad)
			}
		}
		texts, err := svgTexts(b)
		if err != nil {
			t.Fatalf("%s: not well-formed: %v", c.name, err)
		}
		var r recorder
		if err := Draw(&r, c.ch, c.w, c.h); err != nil {
			t.Fatal(err)
		}
		if got, want := strings.Join(texts, "|"), strings.Join(r.texts(), "|"); got != want {
			t.Errorf("%s: texts\n%s\nwant\n%s", c.name, got, want)
		}
		if !strings.Contains(s, `font-family='"Noto Sans SC"`) {
			t.Errorf("%s: no CJK font stack", c.name)
		}
	}
}

// svgTexts parses b strictly as XML and returns its <text> contents.
func svgTexts(b []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	var texts []string
	var in *strings.Builder
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if depth != 0 {
				return nil, errors.New("unclosed elements")
			}
			return texts, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			if tok.Name.Local == "text" {
				in = &strings.Builder{}
			}
		case xml.EndElement:
			depth--
			if tok.Name.Local == "text" && in != nil {
				texts = append(texts, in.String())
				in = nil
			}
		case xml.CharData:
			if in != nil {
				in.Write(tok)
			}
		}
	}
}

func TestSVGDeterministic(t *testing.T) {
	for _, c := range pngCharts(t) {
		a, err := SVG(c.ch, c.w, c.h)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := SVG(c.ch, c.w, c.h)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two drawings differ", c.name)
		}
	}
}

// TestSVGErrors: SVG rejects what Draw rejects, with Draw's message.
func TestSVGErrors(t *testing.T) {
	res := everything(t)
	for _, c := range []struct {
		name string
		w, h float64
		id   string
	}{
		{"tiny box", 80, 60, "5"},
		{"no chart", 250, 180, ""},
	} {
		ch := chartOf(t, res, "5")
		if c.id == "" {
			ch = nil
		}
		_, err := SVG(ch, c.w, c.h)
		want := Draw(&recorder{}, ch, c.w, c.h)
		if err == nil || want == nil || err.Error() != want.Error() {
			t.Errorf("%s: err = %v, want %v", c.name, err, want)
		}
	}
}

func TestSVGNumbersAndEscapes(t *testing.T) {
	for v, want := range map[float64]string{0: "0", -0.001: "0", 1.5: "1.5", 2.005: "2", 12.345: "12.35", -3.1: "-3.1", 100: "100"} {
		if got := svgNum(v); got != want && !(v == 2.005 && got == "2.01") {
			t.Errorf("svgNum(%g) = %q, want %q", v, got, want)
		}
	}
	if got := escapeXML(`a<b>&"c'` + "\x01"); got != "a&lt;b&gt;&amp;&#34;c&#39;" {
		t.Errorf("escapeXML = %q", got)
	}
	var s svgCanvas
	s.Text(1, 2, "<年>", 7, true, color.RGBA{0x11, 0x22, 0x33, 0xff}, 0)
	if got := s.b.String(); got != `<text x="1" y="2" font-size="7" font-weight="bold" fill="#112233">&lt;年&gt;</text>` {
		t.Errorf("text = %s", got)
	}
}
