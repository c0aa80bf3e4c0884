package chart

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/golang/freetype/truetype"

	"plancheck/report/eval"
	"plancheck/report/zh"
)

// svgFonts is the font stack of an SVG chart's text: the embedded font's
// own family first, then the CJK fonts a reader's system is likely to
// have. The layout is measured in the embedded font, which these match
// closely enough for labels placed with room around them.
const svgFonts = `"Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif`

// SVG draws ch as Draw does into a w×h point box and returns it as an SVG
// element: the same drawing as the PDF's, its coordinates in points as
// the viewBox, 100% wide so that it scales with the page, its text as
// <text> in the CJK font stack above. It has no script and refers to
// nothing outside itself. The same chart and box give the same bytes.
//
// It is an element for an HTML page, where the SVG namespace is implied:
// it names no namespace, since a page that is to refer to no outside
// address should not carry one even as a name (a file of its own would
// need xmlns added). It carries no title, description or role: the page
// adds those. SVG returns Draw's errors.
func SVG(ch *eval.Chart, w, h float64) ([]byte, error) {
	regular, bold, err := loadFonts()
	if err != nil {
		return nil, err
	}
	s := &svgCanvas{font: [2]*truetype.Font{regular, bold}}
	if err := Draw(s, ch, w, h); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg viewBox="0 0 %s %s" width="100%%" preserveAspectRatio="xMidYMid meet" font-family='%s'>`,
		svgNum(w), svgNum(h), svgFonts)
	b.WriteString(`<rect width="100%" height="100%" fill="#fff"/>`)
	b.WriteString(s.b.String())
	b.WriteString(`</svg>`)
	return b.Bytes(), nil
}

// svgCanvas is a Canvas writing SVG elements: a path's data is collected
// until it is painted.
type svgCanvas struct {
	b    strings.Builder
	d    strings.Builder // the current path's data
	font [2]*truetype.Font
}

var _ Canvas = (*svgCanvas)(nil)

// svgNum prints a coordinate with two decimals, without trailing zeros
// (zh.NumDigits), so that the bytes do not depend on anything but the
// value; a coordinate that is not finite is 0.
func svgNum(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "0"
	}
	return zh.NumDigits(v, 2)
}

func (s *svgCanvas) MoveTo(x, y float64) { fmt.Fprintf(&s.d, "M%s %s", svgNum(x), svgNum(y)) }
func (s *svgCanvas) LineTo(x, y float64) {
	if s.d.Len() == 0 {
		s.MoveTo(x, y)
		return
	}
	fmt.Fprintf(&s.d, "L%s %s", svgNum(x), svgNum(y))
}

// ArcTo writes the arc in pieces of at most a quarter turn, so that every
// piece's large-arc flag is 0; a line joins the current point to its start.
func (s *svgCanvas) ArcTo(cx, cy, rx, ry, start, delta float64) {
	if math.IsNaN(start+delta+cx+cy+rx+ry) || math.IsInf(start+delta+cx+cy+rx+ry, 0) {
		return
	}
	delta = math.Max(-2*math.Pi, math.Min(2*math.Pi, delta))
	s.LineTo(cx+rx*math.Cos(start), cy+ry*math.Sin(start))
	n := int(math.Ceil(math.Abs(delta) / (math.Pi / 2)))
	sweep := 0
	if delta > 0 {
		sweep = 1
	}
	for i := 1; i <= n; i++ {
		a := start + delta*float64(i)/float64(n)
		fmt.Fprintf(&s.d, "A%s %s 0 0 %d %s %s", svgNum(rx), svgNum(ry), sweep, svgNum(cx+rx*math.Cos(a)), svgNum(cy+ry*math.Sin(a)))
	}
}

func (s *svgCanvas) Close() {
	if s.d.Len() > 0 {
		s.d.WriteString("Z")
	}
}

// paint writes the current path with its attributes and ends it.
func (s *svgCanvas) paint(attrs string) {
	if s.d.Len() > 0 && attrs != "" {
		fmt.Fprintf(&s.b, `<path d="%s"%s/>`, s.d.String(), attrs)
	}
	s.d.Reset()
}

// paintAttr is the attribute pair of a colour (fill or stroke), "" for
// a colour that paints nothing.
func paintAttr(name string, c color.RGBA) string {
	if c.A == 0 {
		return ""
	}
	a := fmt.Sprintf(` %s="#%02x%02x%02x"`, name, c.R, c.G, c.B)
	if c.A != 0xff {
		a += fmt.Sprintf(` %s-opacity="%s"`, name, svgNum(float64(c.A)/255))
	}
	return a
}

func strokeAttrs(c color.RGBA, w float64, dash []float64) string {
	a := paintAttr("stroke", c)
	if a == "" || !(w > 0) {
		return ""
	}
	a += fmt.Sprintf(` stroke-width="%s"`, svgNum(w))
	if len(dash) > 0 {
		ds := make([]string, len(dash))
		for i, v := range dash {
			ds[i] = svgNum(v)
		}
		a += ` stroke-dasharray="` + strings.Join(ds, " ") + `"`
	}
	return a
}

func (s *svgCanvas) Stroke(c color.RGBA, w float64, dash []float64) {
	a := strokeAttrs(c, w, dash)
	if a != "" {
		a = ` fill="none"` + a
	}
	s.paint(a)
}

func (s *svgCanvas) Fill(c color.RGBA) {
	s.paint(paintAttr("fill", c))
}

func (s *svgCanvas) FillStroke(f, c color.RGBA, w float64) {
	fa, sa := paintAttr("fill", f), strokeAttrs(c, w, nil)
	switch {
	case fa == "" && sa == "":
		s.paint("")
	case fa == "":
		s.paint(` fill="none"` + sa)
	default:
		s.paint(fa + sa)
	}
}

func (s *svgCanvas) Text(x, y float64, str string, size float64, bold bool, c color.RGBA, rot float64) {
	if str == "" || c.A == 0 || !(size > 0) {
		return
	}
	fmt.Fprintf(&s.b, `<text x="%s" y="%s" font-size="%s"`, svgNum(x), svgNum(y), svgNum(size))
	if bold {
		s.b.WriteString(` font-weight="bold"`)
	}
	s.b.WriteString(paintAttr("fill", c))
	if rot != 0 {
		// The Canvas turns counter-clockwise, SVG clockwise (y down).
		fmt.Fprintf(&s.b, ` transform="rotate(%s %s %s)"`, svgNum(-rot*180/math.Pi), svgNum(x), svgNum(y))
	}
	s.b.WriteString(">")
	s.b.WriteString(escapeXML(str))
	s.b.WriteString("</text>")
}

func (s *svgCanvas) TextWidth(str string, size float64, bold bool) float64 {
	f := s.font[0]
	if bold {
		f = s.font[1]
	}
	return advance(f, str, size)
}

// escapeXML escapes text for an element's content or an attribute.
func escapeXML(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			if r < 0x20 && r != '\t' && r != '\n' {
				// Not allowed in XML.
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
