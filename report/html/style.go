package html

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"plancheck/report/model"
	"plancheck/report/style"
)

// The page's words that are not the report's: labels of the page's own
// parts, as the PDF's 目录 and 续表 are its own.
const (
	contentsTitle = "目录"
	dataSummary   = "数据表"
	csvLink       = "下载指标数据（CSV）"
	yearTitle     = "年份"
	totalTitle    = "合计"
	noValue       = "—"
	doneText      = "完成"
	notDoneText   = "未完成"
	descSeries    = "图中包括："
	descData      = "。数据见图下数据表。"
	descBars      = "按类别堆积的柱状图，各段为："
	tableRegion   = "（可横向滚动）"
)

// contentsLevels is how deep the contents go: parts and their sections.
const contentsLevels = 2

// Figures: the box the SVG is drawn in, in points. A half figure's is
// the PDF's (half the text width less the gap × 58 mm); a full figure is
// drawn narrower than the PDF's text width, 320 pt, so that its 7 pt
// labels are still about 7 px on a 320 px phone, where the page scales
// the drawing to its column (a bar chart taller with its bars, as in the
// PDF).
const (
	ptPerMM     = 72 / 25.4
	figureFullW = 320.0
	figureFullH = 200.0
	figureHalfW = (style.TextWidthMM - style.FigureGapMM) / 2 * ptPerMM
	figureHalfH = style.HalfFigureMM * ptPerMM
)

// minContrast is the least contrast of text on white the page uses: WCAG
// 2.1 AA for body text.
const minContrast = 4.5

// textColor is c made dark enough to be text on white and on the header
// rows' tint: the same hue, scaled towards black in steps of 1/64 until
// its contrast on the tint is at least minContrast with a margin for rounding (Okabe–Ito's orange is
// 2.2:1 on white, its green 3.3:1).
func textColor(c color.RGBA) color.RGBA {
	for k := 64; k > 0; k-- {
		f := float64(k) / 64
		d := color.RGBA{uint8(math.Round(float64(c.R) * f)), uint8(math.Round(float64(c.G) * f)), uint8(math.Round(float64(c.B) * f)), 0xff}
		// tint is the darkest ground a status is set on (a header row).
		if contrast(d, tint) >= minContrast+0.1 {
			return d
		}
	}
	return color.RGBA{0, 0, 0, 0xff}
}

// luminance is WCAG 2.1's relative luminance of c.
func luminance(c color.RGBA) float64 {
	ch := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
}

// contrast is WCAG 2.1's contrast ratio of two colours.
func contrast(a, b color.RGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// statusClass and taskClass name a status's and a task state's class.
func statusClass(s model.Status) string { return "st-" + strings.ReplaceAll(string(s), "_", "-") }
func taskClass(p model.Progress) string {
	if p == model.NotReported {
		return "tk-none"
	}
	return "tk-" + strings.ReplaceAll(string(p), "_", "-")
}

// textColors are the colour classes of the statuses and task states, in
// a fixed order.
func textColors() []struct {
	class string
	c     color.RGBA
} {
	var out []struct {
		class string
		c     color.RGBA
	}
	for _, s := range append(model.Statuses(), "") {
		cls := statusClass(s)
		if s == "" {
			cls = "st-none"
		}
		out = append(out, struct {
			class string
			c     color.RGBA
		}{cls, textColor(style.StatusColor(s))})
	}
	for _, p := range append(model.Progresses(), model.NotReported) {
		out = append(out, struct {
			class string
			c     color.RGBA
		}{taskClass(p), textColor(style.TaskColor(p))})
	}
	return out
}

// Colours of the page's own parts; all have at least 7:1 on white but
// the rules, which are not text.
var (
	ink     = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	muted   = color.RGBA{0x4d, 0x4d, 0x4d, 0xff} // 8.4:1
	accent  = style.Accent                       // 8.9:1
	rule    = color.RGBA{0xc8, 0xd3, 0xe0, 0xff}
	tint    = color.RGBA{0xee, 0xf3, 0xf8, 0xff} // header and group rows' ground: accent on it 8.0:1
	noteBg  = color.RGBA{0xfb, 0xf7, 0xea, 0xff}
	noteRul = color.RGBA{0xb0, 0x8a, 0x1e, 0xff}
)

// css is the page's style sheet: a single column up to 52 em wide, type
// that scales from a phone up, tables that scroll inside their own box
// rather than widen the page, and A4 print styles.
func css() string {
	var b strings.Builder
	b.WriteString(`:root{color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:` + hex(ink) + `;font-family:"Noto Sans SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;font-size:1rem;line-height:1.75;overflow-wrap:anywhere}
.page{max-width:56rem;margin:0 auto;padding:0 1rem 3rem}
header.cover{border-top:.5rem solid ` + hex(accent) + `;padding:1.5rem 0 1rem;margin-bottom:1.5rem;border-bottom:1px solid ` + hex(rule) + `}
header.cover h1{color:` + hex(accent) + `;font-size:clamp(1.35rem,1rem + 2vw,2rem);line-height:1.4;margin:.5rem 0}
header.cover .subtitle{font-size:1.15rem;font-weight:bold;margin:.25rem 0 1rem}
header.cover p{margin:.25rem 0}
header.cover .issuer{margin-top:1rem}
.notice{background:` + hex(noteBg) + `;border-left:.25rem solid ` + hex(noteRul) + `;padding:.5rem .75rem;margin:1rem 0;font-size:.9rem}
.download a{font-weight:bold}
a{color:` + hex(accent) + `}
a:focus-visible,.scroll:focus-visible,summary:focus-visible{outline:3px solid ` + hex(accent) + `;outline-offset:2px}
nav.toc{border:1px solid ` + hex(rule) + `;padding:.5rem 1rem;margin:1.5rem 0}
nav.toc ol{list-style:none;padding-left:0;margin:.25rem 0}
nav.toc ol ol{padding-left:1.5em}
nav.toc li{margin:.2rem 0}
h2,h3,h4,h5,h6{color:` + hex(accent) + `;line-height:1.45;margin:2rem 0 .75rem}
h2{font-size:1.4rem;border-bottom:2px solid ` + hex(accent) + `;padding-bottom:.25rem}
h3{font-size:1.2rem}
h4{font-size:1.05rem}
h5,h6{font-size:1rem}
nav.toc h2{border:0;margin:.5rem 0;font-size:1.2rem}
p{margin:.6rem 0}
p.body{text-indent:2em}
p.lead{font-weight:bold}
p.footnote,.figure-note{font-size:.875rem;color:` + hex(muted) + `}
blockquote.comment{margin:.75rem 0;padding:.5rem .75rem;background:` + hex(tint) + `;border-left:.25rem solid ` + hex(accent) + `}
blockquote.comment p{margin:.25rem 0}
.table{margin:1.25rem 0}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.875rem;line-height:1.5;min-width:100%}
caption{text-align:left;font-weight:bold;color:` + hex(accent) + `;padding:.25rem 0 .5rem;caption-side:top}
th,td{border:1px solid ` + hex(rule) + `;padding:.3rem .45rem;vertical-align:top;text-align:left}
thead th{min-width:4.5em;background:` + hex(tint) + `;color:` + hex(ink) + `;text-align:center;vertical-align:bottom}
tbody th{font-weight:normal}
tbody th.group{background:` + hex(tint) + `;color:` + hex(accent) + `;font-weight:bold}
td.note{color:` + hex(muted) + `;font-size:.8125rem}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.term,.id{white-space:nowrap;text-align:center}
.name{min-width:7em}
.text{min-width:10em}
.wide .text{min-width:14em}
.bold{font-weight:bold}
.st,.tk{font-weight:bold;white-space:nowrap}
.mk{font-style:normal;margin-right:.15em}
figure{margin:1.5rem 0;break-inside:avoid}
figure svg{display:block;width:100%;height:auto;max-width:100%}
figure.full svg{max-width:40rem;margin:0 auto}
figcaption{font-size:.9rem;text-align:center;margin:.5rem 0}
figcaption .num{white-space:normal;font-weight:bold}
details{margin:.25rem 0 .5rem;font-size:.875rem}
summary{cursor:pointer;color:` + hex(accent) + `;font-weight:bold}
details table{margin-top:.5rem}
.figures{display:grid;grid-template-columns:1fr;gap:0 1.5rem}
@media (min-width:48rem){.figures{grid-template-columns:1fr 1fr}}
`)
	for _, c := range textColors() {
		fmt.Fprintf(&b, ".%s{color:%s}\n", c.class, hex(c.c))
	}
	b.WriteString(`@page{size:A4;margin:20mm 18mm}
@media print{
body{font-size:10.5pt;line-height:1.6}
.page{max-width:none;padding:0}
nav.toc,.download{display:none}
header.cover{break-after:page;border-top-width:6mm}
h2,h3,h4,h5,h6{break-after:avoid}
.scroll{overflow:visible}
table{font-size:8.5pt}
thead{display:table-header-group}
tr,figure,blockquote{break-inside:avoid}
details{display:none}
a{color:inherit;text-decoration:none}
.figures{grid-template-columns:1fr 1fr}
}
`)
	return b.String()
}
