// Package pdf writes the evaluation as a printable report, the
// 规划体检评估报告 a district sends to its People's Congress: an A4 document
// in Chinese with a cover, a table of contents, the overall judgment, each
// category's indicators with tables and charts, the major problems, the
// suggestions and the appendix tables.
//
// fpdf lives in this package only. Charts are drawn by callbacks on a
// Canvas that this package implements with fpdf, so they are vector
// graphics with real text. Every sentence comes from the text/template
// files of package templates, which an analyst can override without
// recompiling. Lines are broken at the opportunities of the Unicode line
// breaking algorithm (UAX #14), so no line starts with a closing mark.
//
// The output depends on nothing but the inputs: the same Result, Options
// and fonts give the same bytes.
package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"io"
	"io/fs"
	"math"
	"strings"
	"text/template"
	"time"

	"github.com/go-pdf/fpdf"

	"plancheck/fonts"
	"plancheck/report/eval"
	"plancheck/report/style"
	"plancheck/report/zh"
)

// Options are the report's settings.
type Options struct {
	// Date is the report's date, printed on the cover and written as the
	// PDF's creation and modification dates. It is required: a zero Date
	// is an error, so that the output never depends on the clock.
	Date time.Time

	// Templates holds *.tmpl files that replace the embedded templates of
	// the same name (templates.FS); nil uses the embedded ones alone.
	Templates fs.FS

	// Regular and Bold are TrueType fonts with the CJK glyphs. A nil
	// Regular is the embedded Noto Sans SC Regular (package fonts); a nil
	// Bold is the embedded Bold when Regular is nil too, else Regular.
	Regular, Bold []byte

	// DrawIndicator draws an indicator's chart in a w×h point box. nil
	// means the report has no indicator charts.
	DrawIndicator func(c Canvas, res *eval.Result, ind *eval.IndicatorResult, w, h float64) error
	// Charted reports whether an indicator gets a chart. nil charts every
	// indicator with a value in at least two years.
	Charted func(ind *eval.IndicatorResult) bool
	// DrawDistribution draws the chart of statuses by category in a w×h
	// point box. nil leaves the chart out.
	DrawDistribution func(c Canvas, res *eval.Result, w, h float64) error
	// DrawTasks draws the chart of the key tasks' progress by chapter
	// (res.TaskChapters) in a w×h point box. nil leaves the chart out.
	DrawTasks func(c Canvas, res *eval.Result, w, h float64) error
}

// Write writes the report for res to w. It fails on a nil res, a zero
// Options.Date, a font fpdf cannot read, a template that does not parse or
// execute (the error names the file and line), or a chart callback's error
// (with the indicator's id).
func Write(w io.Writer, res *eval.Result, opts Options) (err error) {
	if res == nil {
		return errors.New("pdf: no evaluation result")
	}
	if opts.Date.IsZero() {
		return errors.New("pdf: Options.Date is zero; the report needs its date")
	}
	defer func() {
		// fpdf reports most failures through Err, but a malformed font or
		// an unexpected input can still make it panic; the caller gets an
		// error instead of a crash.
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: internal error: %v", r)
		}
	}()
	d, err := newDoc(res, opts)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if err := d.build(); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	var b bytes.Buffer
	if err := d.f.Output(&b); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if _, err := w.Write(nameFonts(b.Bytes(), d.faces)); err != nil {
		return fmt.Errorf("pdf: writing: %w", err)
	}
	return nil
}

// The page geometry, in millimetres: A4, margins in the spirit of GB/T 9704
// (which has 37 mm at the top and 28 mm at the left for a 156×225 mm text
// area), a little narrower for a report of tables and charts.
const (
	marginTop    = 30.0
	marginBottom = 27.0
	marginLeft   = 27.0
	marginRight  = 25.0
	headerY      = 18.0 // baseline of the running header
	footerY      = 284.0
)

// Type sizes in points and line heights in millimetres.
const (
	sizeBody    = 11.0
	leadBody    = 6.6
	sizeH1      = 16.0
	sizeH2      = 13.0
	sizeTable   = 9.0
	leadTable   = 4.5
	sizeCaption = 9.0
	leadCaption = 4.6
	sizeHeader  = 9.0
)

var (
	black     = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	grey      = color.RGBA{0x59, 0x59, 0x59, 0xff}
	lightRule = color.RGBA{0xbf, 0xc8, 0xd2, 0xff}
	tint      = color.RGBA{0xe8, 0xee, 0xf5, 0xff} // table headers
	zebra     = color.RGBA{0xf6, 0xf8, 0xfb, 0xff}
	noteFill  = color.RGBA{0xfd, 0xf6, 0xe3, 0xff}
	noteRule  = style.Orange
)

// doc is one report being laid out. It keeps its own cursor: y on the
// current page, from the top, in mm.
type doc struct {
	f    *fpdf.Fpdf
	res  *eval.Result
	opts Options
	tpl  *template.Template

	title string
	y     float64

	faces         []fontFace
	regular, bold string // the fpdf families

	// font is the font last selected, so that measuring does not write a
	// font change into the page for every call.
	fontBold  bool
	fontSize  float64
	fontValid bool

	toc      []tocEntry
	tocPages []int
	figures  map[int]int // chapter → last figure number
	tables   map[int]int

	// parts numbers the sections; tasksN and projectsN are the numbers of
	// the sections on tasks and projects, for their figures and tables,
	// 0 when the report has none.
	parts             parts
	tasksN, projectsN int
	sample            []*eval.IndicatorResult // indicators with sample values
	sampleTasks       []*eval.TaskResult      // tasks with a sample lead, milestone or report
	sampleProjects    []*eval.ProjectResult   // projects with a sample plan or report
}

type tocEntry struct {
	level int
	text  string
	page  int
	link  int
}

func newDoc(res *eval.Result, opts Options) (*doc, error) {
	tpl, err := loadTemplates(opts.Templates)
	if err != nil {
		return nil, err
	}
	regular, bold := opts.Regular, opts.Bold
	if regular == nil {
		regular = fonts.Regular
		if bold == nil {
			bold = fonts.Bold
		}
	}
	if bold == nil {
		bold = regular
	}
	for _, b := range [][]byte{regular, bold} {
		if len(b) < 12 || !(string(b[:4]) == "\x00\x01\x00\x00" || string(b[:4]) == "true") {
			return nil, errors.New("font: not a TrueType font (fpdf needs TrueType outlines, not CFF/OpenType or a collection)")
		}
	}
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	f.SetCatalogSort(true)
	f.SetCompression(true)
	// PDF dates carry no zone here, and readers take them as UTC.
	f.SetCreationDate(opts.Date.UTC())
	f.SetModificationDate(opts.Date.UTC())
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(marginLeft, marginTop, marginRight)
	d := &doc{f: f, res: res, opts: opts, tpl: tpl, figures: map[int]int{}, tables: map[int]int{}}
	// Each font is parsed once for the whole report and subset when
	// written. A bold that is the regular file is the regular face.
	d.faces = []fontFace{newFace(regular, "r")}
	if !bytes.Equal(regular, bold) {
		d.faces = append(d.faces, newFace(bold, "b"))
	}
	d.regular, d.bold = d.faces[0].key, d.faces[len(d.faces)-1].key
	f.AddUTF8FontFromBytes(d.regular, "", regular)
	f.AddUTF8FontFromBytes(d.bold, "", bold)
	f.SetFont(d.regular, "", sizeBody)
	f.SetFont(d.bold, "", sizeBody)
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("font: %w", err)
	}
	for i := range res.Indicators {
		if sampled(&res.Indicators[i]) {
			d.sample = append(d.sample, &res.Indicators[i])
		}
	}
	for i := range res.Tasks {
		if res.Tasks[i].Sample {
			d.sampleTasks = append(d.sampleTasks, &res.Tasks[i])
		}
	}
	for i := range res.Projects {
		if res.Projects[i].Sample {
			d.sampleProjects = append(d.sampleProjects, &res.Projects[i])
		}
	}
	d.number()
	if d.title, err = d.execute("title.tmpl", d.common()); err != nil {
		return nil, err
	}
	d.title = strings.Join(paragraphs(plain(d.title)), "")
	if d.title == "" {
		return nil, errors.New("title.tmpl: the title is empty")
	}
	f.SetTitle(d.title, true)
	f.SetAuthor(res.Plan.Issuer, true)
	f.SetSubject(fmt.Sprintf("%s %d年度实施情况评估", res.Plan.Name, res.Year), true)
	f.SetCreator("plancheck", true)
	f.SetLang("zh-CN")
	f.SetDisplayMode("fullwidth", "continuous")
	return d, nil
}

// sampled reports whether an indicator uses any sample value.
func sampled(ind *eval.IndicatorResult) bool {
	if ind.Sample {
		return true
	}
	for _, y := range ind.Years {
		if y.Sample {
			return true
		}
	}
	return false
}

// common is what every template's data carries.
type common struct {
	R     *eval.Result
	Nth   int   // which year of the plan R.Year is
	Span  int   // the plan's years
	Parts parts // the sections' numbers
}

func (d *doc) common() common {
	p := d.res.Plan
	return common{R: d.res, Nth: d.res.Year - p.BaseYear, Span: p.TargetYear - p.BaseYear, Parts: d.parts}
}

// parts are the numbers of the report's sections in Chinese (一, 二, …), so
// that the templates can refer to them (详见第五部分). A section the report
// leaves out has "": 主要指标进展情况 without indicators, 重点任务实施情况
// without key tasks, 重大项目推进情况 without major projects; the sections
// after it are numbered on, so the numbers stay continuous.
//
// The appendix tables are numbered the same way: IndicatorTable (附表1
// 主要指标评估明细表, left out without indicators), Departments,
// Quality and Method.
type parts struct {
	Overall, Progress, Tasks, Projects, Problems, Suggestions string
	IndicatorTable, Departments, Quality, Method              string
}

// number numbers the sections the report has.
func (d *doc) number() {
	n := 0
	next := func(on bool) string {
		if !on {
			return ""
		}
		n++
		return zh.Numeral(n)
	}
	d.parts.Overall = next(true)
	d.parts.Progress = next(len(d.groups()) > 0)
	d.parts.Tasks = next(len(d.res.Tasks) > 0)
	if d.parts.Tasks != "" {
		d.tasksN = n
	}
	d.parts.Projects = next(len(d.res.Projects) > 0)
	if d.parts.Projects != "" {
		d.projectsN = n
	}
	d.parts.Problems = next(true)
	d.parts.Suggestions = next(true)
	m := 0
	table := func(on bool) string {
		if !on {
			return ""
		}
		m++
		return fmt.Sprintf("附表%d", m)
	}
	d.parts.IndicatorTable = table(len(d.res.Indicators) > 0)
	d.parts.Departments = table(true)
	d.parts.Quality = table(true)
	d.parts.Method = table(true)
}

// build lays out the whole report.
func (d *doc) build() error {
	type step struct {
		name string
		fn   func() error
	}
	steps := []step{
		{"cover", d.cover},
		{"contents", d.reserveContents},
		{d.heading0(titleOverall), d.overall},
	}
	if d.parts.Progress != "" {
		steps = append(steps, step{d.heading0(titleProgress), d.progress})
	}
	if d.parts.Tasks != "" {
		steps = append(steps, step{d.heading0(titleTasks), d.tasks})
	}
	if d.parts.Projects != "" {
		steps = append(steps, step{d.heading0(titleProjects), d.projects})
	}
	steps = append(steps,
		step{d.heading0(titleProblems), d.problems},
		step{d.heading0(titleSuggestions), d.suggestions},
		step{headAppendix, d.appendix},
		step{"contents", d.fillContents},
	)
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		if err := d.f.Error(); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}
	return nil
}

// Page geometry of the current page.

func (d *doc) pageWidth() float64 { w, _ := d.f.GetPageSize(); return w }

func (d *doc) pageHeight() float64 { _, h := d.f.GetPageSize(); return h }

func (d *doc) left() float64 { return marginLeft }

func (d *doc) textWidth() float64 { return d.pageWidth() - marginLeft - marginRight }

func (d *doc) bottom() float64 { return d.pageHeight() - marginBottom }

func (d *doc) landscape() bool { return d.pageWidth() > d.pageHeight() }

// addPage starts a page in the given orientation with its running header
// and footer (except on the cover, page 1) and puts the cursor at the top.
func (d *doc) addPage(landscape bool) {
	orient := "P"
	if landscape {
		orient = "L"
	}
	d.f.AddPageFormat(orient, fpdf.SizeType{Wd: 210, Ht: 297})
	d.fontValid = false
	d.y = marginTop
	if d.f.PageNo() > 1 {
		d.header()
	}
}

// header draws the running header (the title, a rule) and the footer (the
// page number in the official style "— 3 —"). Both depend only on the page,
// so they are drawn when the page starts.
func (d *doc) header() {
	w := d.pageWidth()
	d.font(false, sizeHeader)
	d.color(style.Accent)
	d.f.Text(marginLeft, headerY, d.title)
	if y := fmt.Sprintf("%d年度", d.res.Year); d.width(d.title, false, sizeHeader)+d.width(y, false, sizeHeader)+10 < d.textWidth() {
		d.f.Text(w-marginRight-d.width(y, false, sizeHeader), headerY, y)
	}
	d.rule(marginLeft, headerY+2.5, w-marginRight, 0.5, style.Accent)
	d.rule(marginLeft, headerY+3.3, w-marginRight, 0.15, style.Accent)
	n := fmt.Sprintf("— %d —", d.f.PageNo())
	d.font(false, 10.5)
	d.color(black)
	footer := d.pageHeight() - (297 - footerY)
	d.f.Text((w-d.width(n, false, 10.5))/2, footer, n)
}

// resume makes page n the current page again, to add to it, and puts the
// page's colours in a known state: fpdf leaves out a colour it believes
// is already set, which after a return to an earlier page it may not be.
func (d *doc) resume(n int) {
	d.f.SetPage(n)
	d.fontValid = false
	d.f.SetFillColor(int(black.R), int(black.G), int(black.B))
	d.f.SetDrawColor(int(black.R), int(black.G), int(black.B))
	d.y = marginTop
}

// font selects the embedded font in a style and size, writing the change
// into the page only when it is one.
func (d *doc) font(bold bool, size float64) {
	if d.fontValid && d.fontBold == bold && d.fontSize == size {
		return
	}
	fam := d.regular
	if bold {
		fam = d.bold
	}
	d.f.SetFont(fam, "", size)
	d.fontBold, d.fontSize, d.fontValid = bold, size, true
}

// width is the advance width of s in mm.
func (d *doc) width(s string, bold bool, size float64) float64 {
	d.font(bold, size)
	return d.f.GetStringWidth(s)
}

func (d *doc) measure(size float64) measureFunc {
	return func(s string, bold bool) float64 { return d.width(s, bold, size) }
}

func (d *doc) color(c color.RGBA) { d.f.SetTextColor(int(c.R), int(c.G), int(c.B)) }

// rule draws a horizontal line.
func (d *doc) rule(x1, y, x2, width float64, c color.RGBA) {
	d.f.SetDrawColor(int(c.R), int(c.G), int(c.B))
	d.f.SetLineWidth(width)
	d.f.Line(x1, y, x2, y)
}

func (d *doc) fillRect(x, y, w, h float64, c color.RGBA) {
	d.f.SetFillColor(int(c.R), int(c.G), int(c.B))
	d.f.Rect(x, y, w, h, "F")
}

// ensure starts a new page when less than h mm are left on this one.
func (d *doc) ensure(h float64) {
	if d.y+h > d.bottom()+1e-6 {
		d.addPage(d.landscape())
	}
}

// baseline is where text of size pt sits in a line box of height lead
// whose top is at top: the CJK em box (−0.12 em to 0.88 em) centred.
func baseline(top, lead, size float64) float64 {
	return top + lead/2 + 0.38*size*ptmm
}

// textStyle is how a block of text is set.
type textStyle struct {
	size    float64
	lead    float64
	color   color.RGBA
	bold    bool    // the whole text bold (markup adds bold runs too)
	indent  float64 // first-line indent, mm
	align   byte    // 'L', 'C', 'J' (justified, the last line left)
	x, w    float64 // the block's left edge and width; zero w: the text area
	after   float64 // space after, mm
	noBreak bool    // keep the block on one page
}

var (
	bodyStyle    = textStyle{size: sizeBody, lead: leadBody, color: black, indent: 2 * sizeBody * ptmm, align: 'J', after: 1.2}
	captionStyle = textStyle{size: sizeCaption, lead: leadCaption, color: grey, align: 'C'}
)

// layout wraps text (with ** markup) in a style.
func (d *doc) layout(text string, st textStyle) []line {
	w := st.w
	if w == 0 {
		w = d.textWidth()
	}
	spans := parseMarkup(text)
	if st.bold {
		for i := range spans {
			spans[i].bold = true
		}
	}
	return wrap(spans, w, st.indent, d.measure(st.size))
}

// balanced is st with the narrowest width that sets text in as few lines
// as the full width does, so that a centred title breaks into lines of
// about equal length instead of a full line and a stub.
func (d *doc) balanced(text string, st textStyle) textStyle {
	n := len(d.layout(text, st))
	if n < 2 {
		return st
	}
	full := st.w
	if full == 0 {
		full = d.textWidth()
	}
	lo, hi := full/2, full
	for i := 0; i < 14; i++ {
		mid := (lo + hi) / 2
		st.w = mid
		if len(d.layout(text, st)) > n {
			lo = mid
		} else {
			hi = mid
		}
	}
	if st.x == 0 {
		st.x = d.left()
	}
	st.x += (full - hi) / 2
	st.w = hi
	return st
}

// block sets text at the cursor in a style, breaking pages between lines
// (or before the block when st.noBreak), and moves the cursor below it.
func (d *doc) block(text string, st textStyle) {
	ls := d.layout(text, st)
	if st.noBreak {
		d.ensure(float64(len(ls)) * st.lead)
	}
	x, w := st.x, st.w
	if w == 0 {
		x, w = d.left(), d.textWidth()
	}
	for i, l := range ls {
		// Keep at least two lines together at a page's foot and head.
		need := st.lead
		if i == 0 && len(ls) > 1 {
			need = 2 * st.lead
		}
		if i == len(ls)-2 && !st.noBreak {
			need = 2 * st.lead
		}
		d.ensure(need)
		indent := 0.0
		if i == 0 {
			indent = st.indent
		}
		d.setLine(l, x+indent, d.y, w-indent, st, i == len(ls)-1)
		d.y += st.lead
	}
	d.y += st.after
}

// setLine draws one wrapped line in a box of width w whose top-left corner
// is (x, top).
func (d *doc) setLine(l line, x, top, w float64, st textStyle, last bool) {
	base := baseline(top, st.lead, st.size)
	switch st.align {
	case 'C':
		x += (w - l.width) / 2
	case 'R':
		x += w - l.width
	}
	// Justify by spacing the characters (the PDF Tc operator), as Chinese
	// text is set; not the last line, and not when the gaps would be
	// glaring (more than 0.35 em; a text extractor still reads no spaces).
	tc := 0.0
	if st.align == 'J' && !last && l.runes > 1 && l.width < w {
		if gap := (w - l.width) / float64(l.runes-1); gap < 0.35*st.size*ptmm {
			tc = gap
		}
	}
	if tc > 0 {
		d.f.RawWriteStr(fmt.Sprintf("%.4f Tc", tc/ptmm))
	}
	for _, p := range l.pieces {
		d.font(p.bold || st.bold, st.size)
		if p.color != (color.RGBA{}) {
			d.color(p.color)
		} else {
			d.color(st.color)
		}
		d.f.Text(x, base, p.text)
		x += p.width + tc*float64(countRunes(p.text))
	}
	if tc > 0 {
		d.f.RawWriteStr("0 Tc")
	}
}

func countRunes(s string) int { return len([]rune(s)) }

// paragraphs sets a template's output as body paragraphs.
func (d *doc) paragraphs(name string, data any) error {
	s, err := d.execute(name, data)
	if err != nil {
		return err
	}
	for _, p := range paragraphs(s) {
		d.block(p, bodyStyle)
	}
	return nil
}

// heading sets a section heading, with a bookmark and a contents entry,
// keeping it on one page with the next keep mm.
func (d *doc) heading(level int, text string, keep float64) {
	size, lead, before, after := sizeH1, 10.0, 4.0, 2.0
	if level > 0 {
		size, lead, before, after = sizeH2, 8.0, 2.5, 1.0
	}
	if d.y > marginTop+0.1 {
		d.y += before
	}
	d.ensure(lead + after + keep)
	d.font(true, size)
	d.color(style.Accent)
	d.f.Bookmark(text, level, d.y)
	link := d.f.AddLink()
	d.f.SetLink(link, d.y, d.f.PageNo())
	d.toc = append(d.toc, tocEntry{level: level, text: text, page: d.f.PageNo(), link: link})
	d.f.Text(d.left(), baseline(d.y, lead, size), text)
	d.y += lead + after
}

// noteBox sets a note in a tinted box with a coloured bar at its left. On
// the cover it stays where it is put: the cover has no second page.
func (d *doc) noteBox(text string, size float64) {
	ls, st, h := d.note(text, size)
	if d.f.PageNo() > 1 {
		d.ensure(h + 2)
	}
	d.fillRect(d.left(), d.y, d.textWidth(), h, noteFill)
	d.fillRect(d.left(), d.y, 1.2, h, noteRule)
	top := d.y + 2
	for i, l := range ls {
		d.setLine(l, st.x, top+float64(i)*st.lead, st.w, st, i == len(ls)-1)
	}
	d.y += h + 3
}

// note lays out a note box: its lines, their style and the box's height.
func (d *doc) note(text string, size float64) ([]line, textStyle, float64) {
	st := textStyle{size: size, lead: size * ptmm * 1.6, color: black, align: 'J',
		x: d.left() + 5, w: d.textWidth() - 8}
	ls := d.layout(text, st)
	return ls, st, float64(len(ls))*st.lead + 4
}

// chart draws a callback's chart in a box of w×h mm at (x, y).
func (d *doc) chart(x, y, w, h float64, draw func(Canvas, float64, float64) error) error {
	c := newCanvas(d.f, d.font, x, y)
	d.f.SetLineJoinStyle("round")
	err := draw(c, w/ptmm, h/ptmm)
	if c.open {
		// A path the chart left unpainted must not swallow what follows.
		d.f.DrawPath("n")
	}
	d.f.SetLineJoinStyle("miter")
	d.fontValid = false
	return err
}

// finite reports whether p points to a finite number.
func finite(p *float64) bool { return p != nil && !math.IsNaN(*p) && !math.IsInf(*p, 0) }
