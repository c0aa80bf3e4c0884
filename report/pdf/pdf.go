// Package pdf typesets the evaluation report, a *doc.Document, as a
// printable A4 PDF: the 规划体检评估报告 a district sends to its People's
// Congress, with a cover, a table of contents with page numbers and
// bookmarks, running headers, page numbers in the official style (— 3 —),
// numbered sections, tables and figures, and annexes (landscape where a
// table needs the width).
//
// The package lays the tree out and decides nothing else: every word comes
// from the tree (and so from the templates), every number as doc printed
// it, every chart's data from its eval.Chart. What it does decide is where
// things go: column widths from the columns' roles and contents, where
// pages break (a table never leaves one row alone on a page, repeats its
// header under 续表 over a break and keeps a group row with the next; no
// break leaves a page less than a quarter full; a caption does not end in a
// line of one or two characters), and the type.
//
// fpdf lives in this package only. Charts are drawn by a callback on a
// Canvas that this package implements with fpdf, so they are vector
// graphics with real text. Lines are broken at the opportunities of the
// Unicode line breaking algorithm (UAX #14), so no line starts with a
// closing mark; a term column's cells only at spaces and punctuation.
//
// The output depends on nothing but the inputs: the same Document, Options
// and fonts give the same bytes.
package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"io"
	"time"

	"github.com/go-pdf/fpdf"

	"plancheck/fonts"
	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/style"
)

// Options are the report's settings.
type Options struct {
	// Date is written as the PDF's creation and modification dates (the
	// cover prints doc.Cover.Date). It is required: a zero Date is an
	// error, so that the output never depends on the clock.
	Date time.Time

	// Regular and Bold are TrueType fonts with the CJK glyphs. A nil
	// Regular is the embedded Noto Sans SC Regular (package fonts); a nil
	// Bold is the embedded Bold when Regular is nil too, else Regular.
	Regular, Bold []byte

	// Draw draws a figure's chart in a w×h point box (report/chart's Draw).
	// nil leaves the figures out, captions and all.
	Draw func(c Canvas, ch *eval.Chart, w, h float64) error
}

// Write typesets d and writes the PDF to w. It fails on a nil d, a zero
// Options.Date, a font fpdf cannot read, or a chart's error (with the
// figure's number).
func Write(w io.Writer, d *doc.Document, opts Options) error {
	ts, err := start(opts)
	return write(w, d, opts, ts, err)
}

// Prepared is a PDF begun before its document is known: its fonts
// registered with fpdf, which parses each whole font file (about 13 ms for
// the two embedded faces, a sixth of the default report's PDF) and cannot
// share a parsed font between documents. Prepare does that on a goroutine
// of its own, so that a caller can read and evaluate its inputs meanwhile
// on the other core; Write then lays the document out. What is written is
// what Write gives: the fonts are registered the same way, only earlier.
type Prepared struct {
	opts Options
	done chan struct{}
	ts   *typesetter
	err  error
}

// Prepare begins a PDF with opts. Its Write is to be called once; a
// Prepared never written costs the goroutine's work and nothing else.
func Prepare(opts Options) *Prepared {
	p := &Prepared{opts: opts, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.ts, p.err = start(opts)
	}()
	return p
}

// Write typesets d into the prepared PDF and writes it to w, as the
// package's Write does.
func (p *Prepared) Write(w io.Writer, d *doc.Document) error {
	<-p.done
	ts, err := p.ts, p.err
	p.ts, p.err = nil, errors.New("pdf: a prepared PDF is written once")
	return write(w, d, p.opts, ts, err)
}

// start checks opts and registers the fonts: the part of a PDF that does
// not depend on its document.
func start(opts Options) (ts *typesetter, err error) {
	if opts.Date.IsZero() {
		return nil, errors.New("pdf: Options.Date is zero; the report needs its date")
	}
	defer func() {
		// A malformed font can make fpdf panic; see typeset.
		if p := recover(); p != nil {
			ts, err = nil, fmt.Errorf("pdf: internal error: %v", p)
		}
	}()
	if ts, err = newTypesetter(opts.Date, opts.Regular, opts.Bold); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return ts, nil
}

// write lays d out on ts (or reports start's error) and writes the PDF.
func write(w io.Writer, d *doc.Document, opts Options, ts *typesetter, err error) error {
	if d == nil {
		return errors.New("pdf: no document")
	}
	if err != nil {
		return err
	}
	r, err := typeset(d, opts, ts)
	if err != nil {
		return err
	}
	return r.output(w)
}

// typeset lays d out on ts; the result holds the PDF and the page map.
func typeset(d *doc.Document, opts Options, ts *typesetter) (r *report, err error) {
	defer func() {
		// fpdf reports most failures through Err, but a malformed font or
		// an unexpected input can still make it panic; the caller gets an
		// error instead of a crash.
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("pdf: internal error: %v", p)
		}
	}()
	r = &report{typesetter: ts, d: d, draw: opts.Draw}
	if err := r.build(); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return r, nil
}

// typesetter is a PDF being laid out: fpdf, its fonts and a cursor, y on
// the current page from the top, in mm; and what has been set where (the
// contents' entries, the page map).
type typesetter struct {
	f *fpdf.Fpdf
	y float64

	// title is the running header's text; headerRight, if any, is set at
	// the header's right end.
	title, headerRight string

	faces         []fontFace
	regular, bold string // the fpdf families

	// font is the font last selected, so that measuring does not write a
	// font change into the page for every call.
	fontBold  bool
	fontSize  float64
	fontValid bool

	toc      []tocEntry
	tocPages []int

	pages pageMap

	segs map[segKey][]segment // see segments
}

type tocEntry struct {
	level int
	text  string
	page  int
	link  int
}

func newTypesetter(date time.Time, regular, bold []byte) (*typesetter, error) {
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
	f.SetCreationDate(date.UTC())
	f.SetModificationDate(date.UTC())
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(marginLeft, marginTop, marginRight)
	d := &typesetter{f: f}
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
	return d, nil
}

// output writes the finished PDF, its fonts named as subsets.
func (d *typesetter) output(w io.Writer) error {
	d.pages.finish(d)
	var b bytes.Buffer
	if err := d.f.Output(&b); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if _, err := w.Write(nameFonts(b.Bytes(), d.faces)); err != nil {
		return fmt.Errorf("pdf: writing: %w", err)
	}
	return nil
}

// Page geometry of the current page.

// The page's size is that of the page being written, which is not the last
// page added when the contents are filled in after the body (resume):
// fpdf's GetPageSize gives the last page's, so a document ending on a
// landscape annex had its contents laid out landscape on portrait pages.
func (d *typesetter) pageWidth() float64 { w, _ := d.pageSize(); return w }

func (d *typesetter) pageHeight() float64 { _, h := d.pageSize(); return h }

func (d *typesetter) pageSize() (w, h float64) {
	n := d.f.PageNo()
	for i := len(d.pages.pages) - 1; i >= 0; i-- {
		if p := d.pages.pages[i]; p.number == n {
			if p.landscape {
				return pageLong, pageShort
			}
			return pageShort, pageLong
		}
	}
	return d.f.GetPageSize()
}

func (d *typesetter) left() float64 { return marginLeft }

func (d *typesetter) textWidth() float64 { return d.pageWidth() - marginLeft - marginRight }

func (d *typesetter) bottom() float64 { return d.pageHeight() - marginBottom }

// textHeight is the height of the current page's text area.
func (d *typesetter) textHeight() float64 { return d.bottom() - marginTop }

func (d *typesetter) landscape() bool { return d.pageWidth() > d.pageHeight() }

// addPage starts a page in the given orientation that the document asks
// for (the cover, the contents, a part or an annex that starts a page).
func (d *typesetter) addPage(landscape bool) { d.newPage(landscape, true) }

// newPage starts a page with its running header and footer (except on the
// cover, page 1) and puts the cursor at the top. forced says the document
// asked for the page; otherwise what follows did not fit the last.
func (d *typesetter) newPage(landscape, forced bool) {
	d.pages.leave(d, forced)
	orient := "P"
	if landscape {
		orient = "L"
	}
	d.f.AddPageFormat(orient, fpdf.SizeType{Wd: pageShort, Ht: pageLong})
	d.fontValid = false
	d.y = marginTop
	d.pages.start(d.f.PageNo(), landscape)
	if d.f.PageNo() > 1 {
		d.header()
	}
}

// header draws the running header (the title, a double rule) and the
// footer (the page number in the official style "— 3 —"). Both depend only
// on the page, so they are drawn when the page starts.
func (d *typesetter) header() {
	w := d.pageWidth()
	d.font(false, sizeHeader)
	d.color(style.Accent)
	title := d.title
	room := d.textWidth()
	if d.headerRight != "" {
		room -= d.width(d.headerRight, false, sizeHeader) + 10
	}
	if d.width(title, false, sizeHeader) > room {
		title = d.clip(title, false, sizeHeader, room)
	}
	d.f.Text(marginLeft, headerY, title)
	if d.headerRight != "" {
		d.f.Text(w-marginRight-d.width(d.headerRight, false, sizeHeader), headerY, d.headerRight)
	}
	d.rule(marginLeft, headerY+2.5, w-marginRight, 0.5, style.Accent)
	d.rule(marginLeft, headerY+3.3, w-marginRight, 0.15, style.Accent)
	n := fmt.Sprintf("— %d —", d.f.PageNo())
	d.font(false, sizeFolio)
	d.color(black)
	d.f.Text((w-d.width(n, false, sizeFolio))/2, d.pageHeight()-folioFromFoot, n)
}

// clip is s cut short with an ellipsis to be no wider than w.
func (d *typesetter) clip(s string, bold bool, size, w float64) string {
	r := []rune(s)
	for len(r) > 1 {
		r = r[:len(r)-1]
		if t := string(r) + "…"; d.width(t, bold, size) <= w {
			return t
		}
	}
	return string(r)
}

// resume makes page n the current page again, to add to it, and puts the
// page's colours in a known state: fpdf leaves out a colour it believes
// is already set, which after a return to an earlier page it may not be.
func (d *typesetter) resume(n int) {
	d.f.SetPage(n)
	d.fontValid = false
	d.f.SetFillColor(int(black.R), int(black.G), int(black.B))
	d.f.SetDrawColor(int(black.R), int(black.G), int(black.B))
	d.y = marginTop
}

// font selects the embedded font in a style and size, writing the change
// into the page only when it is one.
func (d *typesetter) font(bold bool, size float64) {
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
func (d *typesetter) width(s string, bold bool, size float64) float64 {
	d.font(bold, size)
	return d.f.GetStringWidth(s)
}

func (d *typesetter) measure(size float64) measureFunc {
	return func(s string, bold bool) float64 { return d.width(s, bold, size) }
}

func (d *typesetter) color(c color.RGBA) { d.f.SetTextColor(int(c.R), int(c.G), int(c.B)) }

// rule draws a horizontal line.
func (d *typesetter) rule(x1, y, x2, width float64, c color.RGBA) {
	d.f.SetDrawColor(int(c.R), int(c.G), int(c.B))
	d.f.SetLineWidth(width)
	d.f.Line(x1, y, x2, y)
}

func (d *typesetter) fillRect(x, y, w, h float64, c color.RGBA) {
	d.f.SetFillColor(int(c.R), int(c.G), int(c.B))
	d.f.Rect(x, y, w, h, "F")
}

// fits reports whether h mm fit on the page below the cursor.
func (d *typesetter) fits(h float64) bool { return d.y+h <= d.bottom()+1e-6 }

// ensure starts a new page when less than h mm are left on this one.
func (d *typesetter) ensure(h float64) {
	if !d.fits(h) {
		d.newPage(d.landscape(), false)
	}
}

// used is the share of the page's text area filled so far.
func (d *typesetter) used() float64 { return (d.y - marginTop) / d.textHeight() }

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
	bold    bool    // the whole text bold (runs add bold too)
	indent  float64 // first-line indent, mm
	align   byte    // 'L', 'C', 'R', 'J' (justified, the last line left)
	x, w    float64 // the block's left edge and width; zero w: the text area
	after   float64 // space after, mm
	noBreak bool    // keep the block on one page
	terms   bool    // break lines only at spaces and punctuation (wrapTerms)
}

// layout wraps plain text in a style.
func (d *typesetter) layout(text string, st textStyle) []line {
	return d.layoutSpans([]span{{text: text}}, st)
}

// layoutSpans wraps spans in a style.
func (d *typesetter) layoutSpans(spans []span, st textStyle) []line {
	w := st.w
	if w == 0 {
		w = d.textWidth()
	}
	if st.bold {
		bold := make([]span, len(spans))
		for i, s := range spans {
			s.bold = true
			bold[i] = s
		}
		spans = bold
	}
	return wrapSegmented(spans, w, st.indent, d.measure(st.size), st.terms, d.segments)
}

// segments is the package's segments, remembered for the document: a
// paragraph is laid out once to find how much of it must stay with what
// precedes it and again to set it, and a table cell to size its column
// and to set it; the line-breaking rules (uniseg) were a third of the
// layout's time.
func (d *typesetter) segments(s string, terms bool) []segment {
	k := segKey{s, terms}
	if sg, ok := d.segs[k]; ok {
		return sg
	}
	sg := segments(s, terms)
	if d.segs == nil {
		d.segs = map[segKey][]segment{}
	}
	d.segs[k] = sg
	return sg
}

type segKey struct {
	text  string
	terms bool
}

// balanced is st with the narrowest width that sets text in as few lines
// as the full width does, so that a centred title breaks into lines of
// about equal length instead of a full line and a stub.
func (d *typesetter) balanced(text string, st textStyle) textStyle {
	return d.balancedSpans([]span{{text: text}}, st)
}

func (d *typesetter) balancedSpans(spans []span, st textStyle) textStyle {
	n := len(d.layoutSpans(spans, st))
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
		if len(d.layoutSpans(spans, st)) > n {
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

// untailed wraps spans in st and, when the last line would have fewer
// than minCaptionTail characters, narrows the width (keeping the number of
// lines) until it has them; the lines are still set in st's width.
func (d *typesetter) untailed(spans []span, st textStyle) []line {
	ls := d.layoutSpans(spans, st)
	if len(ls) < 2 || ls[len(ls)-1].runes >= minCaptionTail {
		return ls
	}
	full := st.w
	if full == 0 {
		full = d.textWidth()
	}
	// The widest width, below full, whose last line is long enough in as
	// many lines: narrower widths push characters down to the last line.
	best := ls
	for w := full - 0.25; w > full*0.6; w -= 0.25 {
		st.w = w
		try := d.layoutSpans(spans, st)
		if len(try) > len(ls) {
			break
		}
		if try[len(try)-1].runes >= minCaptionTail {
			best = try
			break
		}
	}
	return best
}

// block sets plain text at the cursor in a style.
func (d *typesetter) block(text string, st textStyle) {
	d.blockLines(d.layout(text, st), st)
}

// blockLines sets lines at the cursor in a style, breaking pages between
// lines (or before the block when st.noBreak), keeping two lines together
// at a page's foot and head, and moves the cursor below them.
func (d *typesetter) blockLines(ls []line, st textStyle) {
	if st.noBreak {
		d.ensure(float64(len(ls)) * st.lead)
	}
	x, w := st.x, st.w
	if w == 0 {
		x, w = d.left(), d.textWidth()
	}
	for i, l := range ls {
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
func (d *typesetter) setLine(l line, x, top, w float64, st textStyle, last bool) {
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

// headingLines lays out a heading of a level (0: 一、, 1: （一）, 2: 1.).
func (d *typesetter) headingLines(level int, text string) ([]line, textStyle) {
	hs := headings[min(max(level, 0), len(headings)-1)]
	st := textStyle{size: hs.size, lead: hs.lead, color: style.Accent, bold: true, align: 'L'}
	return d.layout(text, st), st
}

// headingHeight is the height a heading takes, the space before it (when
// not at a page's top) and after it included.
func (d *typesetter) headingHeight(level int, text string) float64 {
	ls, st := d.headingLines(level, text)
	hs := headings[min(max(level, 0), len(headings)-1)]
	return hs.before + float64(len(ls))*st.lead + hs.after
}

// heading sets a section heading, with a bookmark and, for the levels the
// contents list, a contents entry, keeping it on one page with the next
// keep mm.
func (d *typesetter) heading(level int, text string, keep float64) {
	hs := headings[min(max(level, 0), len(headings)-1)]
	ls, st := d.headingLines(level, text)
	if d.y > marginTop+0.1 {
		d.y += hs.before
	}
	d.ensure(float64(len(ls))*st.lead + hs.after + keep)
	d.f.Bookmark(text, level, d.y)
	if level < contentsLevels {
		link := d.f.AddLink()
		d.f.SetLink(link, d.y, d.f.PageNo())
		d.toc = append(d.toc, tocEntry{level: level, text: text, page: d.f.PageNo(), link: link})
	}
	for i, l := range ls {
		d.setLine(l, d.left(), d.y+float64(i)*st.lead, d.textWidth(), st, true)
	}
	d.y += float64(len(ls))*st.lead + hs.after
}

// noteBoxSpans sets spans in a tinted box with a coloured bar at its
// left. On the cover it stays where it is put: the cover has no second
// page.
func (d *typesetter) noteBoxSpans(spans []span, size float64, fill, bar color.RGBA) {
	ls, st, h := d.note(spans, size)
	if d.f.PageNo() > 1 {
		if h+2 > d.textHeight() {
			// Taller than a page: set as text, indented, breaking pages.
			st.after = 3
			d.blockLines(ls, st)
			return
		}
		d.ensure(h + 2)
	}
	d.fillRect(d.left(), d.y, d.textWidth(), h, fill)
	d.fillRect(d.left(), d.y, 1.2, h, bar)
	top := d.y + 2
	for i, l := range ls {
		d.setLine(l, st.x, top+float64(i)*st.lead, st.w, st, i == len(ls)-1)
	}
	d.y += h + 3
}

// note lays out a note box: its lines, their style and the box's height.
func (d *typesetter) note(spans []span, size float64) ([]line, textStyle, float64) {
	st := textStyle{size: size, lead: size * ptmm * 1.6, color: black, align: 'J',
		x: d.left() + 5, w: d.textWidth() - 8}
	ls := d.layoutSpans(spans, st)
	return ls, st, float64(len(ls))*st.lead + 4
}

// chart draws a callback's chart in a box of w×h mm at (x, y).
func (d *typesetter) chart(x, y, w, h float64, draw func(Canvas, float64, float64) error) error {
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
