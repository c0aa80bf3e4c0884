package docx

import (
	"bytes"
	"fmt"
	"image/png"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/style"
)

// writer walks the tree into word/document.xml and collects the parts it
// refers to: images and the cover's footnote.
type writer struct {
	d    *doc.Document
	opts Options
	b    strings.Builder

	anchors  map[*doc.Section]string // a heading's bookmark, for the contents
	toc      []tocEntry
	marks    bool // the tree marks sample values
	footnote string

	width int // the text block's width in the current section

	seqs map[string]int // the last number of each caption sequence

	rels   []rel
	media  []media
	nextID int // bookmark and drawing ids

	pictures map[picKey]picture // drawn ahead, at once (drawPictures)
}

type tocEntry struct {
	level        int
	text, anchor string
}

type media struct {
	name string
	png  []byte
}

func level(s *doc.Section) int { return min(max(s.Level, 1), 3) }

// prepare names the headings' bookmarks in the order of the document and
// notes whether the tree marks sample values.
func (w *writer) prepare() {
	w.anchors = map[*doc.Section]string{}
	w.seqs = map[string]int{}
	for s := range w.d.Sections() {
		w.nextID++
		a := fmt.Sprintf("_Toc%08d", w.nextID)
		w.anchors[s] = a
		if level(s) <= contentsLevels {
			w.toc = append(w.toc, tocEntry{level(s), s.Heading(), a})
		}
		for _, b := range s.Blocks {
			w.marks = w.marks || marked(b)
		}
	}
}

// marked reports whether a block holds a sample mark.
func marked(b doc.Block) bool {
	runs := func(rs []doc.Run) bool {
		for _, r := range rs {
			if r.Sample {
				return true
			}
		}
		return false
	}
	switch b := b.(type) {
	case *doc.Paragraph:
		return runs(b.Runs)
	case *doc.Table:
		for _, r := range b.Rows {
			for _, c := range r.Cells {
				if c.Sample {
					return true
				}
			}
		}
	}
	return false
}

// The body.

func (w *writer) document() error {
	w.prepare()
	w.b.WriteString(xmlDecl)
	w.b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `" xmlns:wp="` + nsWP + `" xmlns:a="` + nsA + `" xmlns:pic="` + nsPic + `"><w:body>`)
	w.cover()
	w.contents()
	first := true
	for _, s := range w.d.Parts {
		if s == nil {
			continue
		}
		if err := w.section(s, first); err != nil {
			return fmt.Errorf("%s: %w", s.Heading(), err)
		}
		first = false
	}
	wide, first := false, true
	sectionTitlePg := true
	for _, s := range w.d.Annexes {
		if s == nil {
			continue
		}
		breakBefore := first
		if s.Wide != wide {
			// A section break turns the page; it starts the new page.
			w.sectionBreak(wide, sectionTitlePg)
			sectionTitlePg = false
			breakBefore = false
		}
		wide = s.Wide
		w.width = textW
		if wide {
			w.width = wideW
		}
		if err := w.section(s, breakBefore); err != nil {
			return fmt.Errorf("%s: %w", s.Heading(), err)
		}
		first = false
	}
	w.b.WriteString(sectPr(wide, sectionTitlePg))
	w.b.WriteString(`</w:body></w:document>`)
	return nil
}

// sectPr is a section's page: A4 upright or turned, the 公文 margins, the
// type grid, and the footers (the first page's empty one on the cover).
func sectPr(wide, titlePg bool) string {
	size := fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d"/>`, pageW, pageH)
	if wide {
		size = fmt.Sprintf(`<w:pgSz w:w="%d" w:h="%d" w:orient="landscape"/>`, pageH, pageW)
	}
	s := `<w:sectPr><w:footerReference w:type="even" r:id="rIdFooterEven"/><w:footerReference w:type="default" r:id="rIdFooterOdd"/>`
	if titlePg {
		s += `<w:footerReference w:type="first" r:id="rIdFooterFirst"/>`
	}
	s += size + fmt.Sprintf(`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		marginTop, marginRight, marginBottom, marginLeft, headerDist, footerDist)
	if titlePg {
		s += `<w:titlePg/>`
	}
	s += fmt.Sprintf(`<w:docGrid w:type="%s" w:linePitch="%d"/></w:sectPr>`, gridType, linePitch)
	return s
}

// sectionBreak ends the section before a change of orientation in an
// empty paragraph of its own.
func (w *writer) sectionBreak(wide, titlePg bool) {
	w.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + stNote + `"/>` + sectPr(wide, titlePg) + `</w:pPr></w:p>`)
}

// para writes a paragraph of style st with extra paragraph properties
// (keepNext, pageBreakBefore…) and its runs' XML.
func (w *writer) para(st, ppr, runs string) {
	w.b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + st + `"/>` + ppr + `</w:pPr>` + runs + `</w:p>`)
}

// textRun is a run of plain text in the paragraph's style; line breaks
// in s become w:br.
func textRun(rpr, s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<w:r>`)
	if rpr != "" {
		b.WriteString(`<w:rPr>` + rpr + `</w:rPr>`)
	}
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		if line != "" {
			b.WriteString(`<w:t xml:space="preserve">` + esc(line) + `</w:t>`)
		}
	}
	b.WriteString(`</w:r>`)
	return b.String()
}

// runText is a run's text as printed: a sample value with its mark, a
// status's label after its marker (as the PDF prints them).
func runText(r doc.Run) string {
	t := r.Text
	t = style.Sampled(t, r.Sample)
	if r.Status != "" {
		t = style.Marked(t, style.StatusMarker(r.Status))
	}
	return t
}

// runsXML is a paragraph's runs: bold where the tree says so, a status's
// label bold in its colour's character style.
func runsXML(rs []doc.Run) string {
	var b strings.Builder
	for _, r := range rs {
		rpr := ""
		if r.Status != "" {
			rpr = `<w:rStyle w:val="` + statusRunStyle(r.Status) + `"/><w:b/><w:bCs/>`
		} else if r.Bold {
			rpr = `<w:b/><w:bCs/>`
		}
		b.WriteString(textRun(rpr, runText(r)))
	}
	return b.String()
}

// cover writes the title page: the title (its sample-data notice a
// footnote on it), the subtitle, the lines, the issuer and the date.
func (w *writer) cover() {
	c := w.d.Cover
	// The title, with a trailing （2023年度） on a line of its own, as in
	// the PDF.
	// A title too long for a line is broken into lines of even length,
	// as a 公文 title is (the PDF balances it too); Word users see the
	// breaks as line breaks in one paragraph.
	main, sub := c.TitleParts()
	title := strings.Join(balance(main, math.Floor(float64(textW)/float64(sz2*10))-1), "\n")
	if sub != "" {
		title += "\n" + sub
	}
	runs := textRun("", title)
	if len(c.Notice) > 0 {
		w.footnote = footnotesXML(c.Notice, w.marks)
		if w.marks {
			// The notice explains the mark: the mark is its reference.
			runs += `<w:r><w:rPr><w:rStyle w:val="` + stFootnoteRef + `"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>` + style.SampleMark + `</w:t></w:r>`
		} else {
			runs += `<w:r><w:rPr><w:rStyle w:val="` + stFootnoteRef + `"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`
		}
	}
	w.para(stTitle, "", runs)
	if c.Subtitle != "" {
		w.para(stSubtitle, "", textRun("", c.Subtitle))
	}
	for _, l := range c.Lines {
		w.para(stCoverLine, "", textRun("", strings.Join(balance(l, float64(textW)/float64(sz3*10)-1), "\n")))
	}
	if c.Issuer != "" {
		w.para(stCoverIssuer, "", textRun("", c.Issuer))
	}
	if c.Date != "" {
		st := stCoverDate
		if c.Issuer == "" {
			st = stCoverIssuer
		}
		w.para(st, "", textRun("", c.Date))
	}
}

// footnotesXML is word/footnotes.xml: the separators and the notice.
func footnotesXML(notice []doc.Run, mark bool) string {
	ref := `<w:r><w:rPr><w:rStyle w:val="` + stFootnoteRef + `"/></w:rPr><w:footnoteRef/></w:r>`
	if mark {
		ref = `<w:r><w:rPr><w:rStyle w:val="` + stFootnoteRef + `"/></w:rPr><w:t>` + style.SampleMark + `</w:t></w:r>`
	}
	return xmlDecl + `<w:footnotes xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">` +
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:pStyle w:val="` + stFootnote + `"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:pStyle w:val="` + stFootnote + `"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="` + stFootnote + `"/></w:pPr>` + ref +
		`<w:r><w:t xml:space="preserve"> </w:t></w:r>` + runsXML(notice) + `</w:p></w:footnote></w:footnotes>`
}

// contents writes the table of contents as a TOC field. Its cached
// result lists the headings with PAGEREF fields to their bookmarks, so
// that a reader that does not refresh the field (LibreOffice converting
// headless) still shows the entries, with the page numbers it computes
// from the references; Word and WPS rebuild it on opening (updateFields).
func (w *writer) contents() {
	w.para(stTOCHeading, "", textRun("", contentsTitle))
	begin := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-` +
		fmt.Sprint(contentsLevels) + `" \h \z \u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
	end := `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	if len(w.toc) == 0 {
		w.para(tocStyle(1), "", begin+end)
		return
	}
	for i, e := range w.toc {
		runs := ""
		if i == 0 {
			runs = begin
		}
		runs += `<w:hyperlink w:anchor="` + e.anchor + `" w:history="1">` + textRun("", e.text) +
			`<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF ` + e.anchor +
			` \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>` + "" + `</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>`
		if i == len(w.toc)-1 {
			runs += end
		}
		w.para(tocStyle(e.level), "", runs)
	}
}

// section writes a section's heading (bookmarked for the contents), its
// blocks and subsections; newPage starts it on a new page.
func (w *writer) section(s *doc.Section, newPage bool) error {
	ppr := ""
	if newPage {
		ppr = `<w:pageBreakBefore/>`
	}
	w.nextID++
	id := w.nextID
	w.para(headingStyle(level(s)), ppr, fmt.Sprintf(`<w:bookmarkStart w:id="%d" w:name="%s"/>`, id, w.anchors[s])+
		textRun("", s.Heading())+fmt.Sprintf(`<w:bookmarkEnd w:id="%d"/>`, id))
	for _, b := range s.Blocks {
		if err := w.block(b, s); err != nil {
			return err
		}
	}
	for _, sub := range s.Sections {
		if sub == nil {
			continue
		}
		if err := w.section(sub, false); err != nil {
			return fmt.Errorf("%s: %w", sub.Heading(), err)
		}
	}
	return nil
}

var paraStyles = map[doc.ParaStyle]string{doc.Body: stBody, doc.Lead: stLead, doc.Comment: stComment, doc.Footnote: stNote}

func paraStyle(s doc.ParaStyle) string {
	if st, ok := paraStyles[s]; ok {
		return st
	}
	return stBody
}

func (w *writer) paragraph(p *doc.Paragraph) {
	ppr := ""
	if p.KeepWithNext {
		ppr = `<w:keepNext/>`
	}
	w.para(paraStyle(p.Style), ppr, runsXML(p.Runs))
}

func (w *writer) block(b doc.Block, s *doc.Section) error {
	switch b := b.(type) {
	case *doc.Paragraph:
		if b != nil {
			w.paragraph(b)
		}
	case *doc.Table:
		if b != nil {
			w.table(b)
		}
	case *doc.Figure:
		if b != nil {
			return w.figures([]*doc.Figure{b}, b.Size == doc.Half)
		}
	case *doc.Figures:
		if b != nil {
			return w.figures(b.Items, true)
		}
	}
	return nil
}

// Figures.

// figureBox is the box (pt) the Picture callback draws a figure in, as
// the PDF sizes it.
func figureBox(f *doc.Figure, half bool) (wpt, hpt float64) {
	if f.Chart != nil && f.Chart.Kind == eval.ChartBars {
		h := style.BarsHeightMM(len(f.Chart.Bars))
		wpt = figureFullW
		if half {
			wpt = figureHalfW
		}
		return wpt, h * ptPerMM
	}
	if half {
		return figureHalfW, figureHalfH
	}
	return figureFullW, figureFullH
}

// figures writes figures: one full one a paragraph, half ones two a row
// of a borderless table (no text boxes, no floating frames), each with
// its caption and notes below.
func (w *writer) figures(items []*doc.Figure, half bool) error {
	if w.opts.Picture == nil {
		return nil
	}
	var figs []*doc.Figure
	for _, f := range items {
		if f != nil && f.Chart != nil {
			figs = append(figs, f)
		}
	}
	if len(figs) == 0 {
		return nil
	}
	if !half || len(figs) == 1 {
		for _, f := range figs {
			x, err := w.figure(f, half)
			if err != nil {
				return err
			}
			w.b.WriteString(x)
		}
		return nil
	}
	w.b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="` + stGrid + `"/>` + fmt.Sprintf(`<w:tblW w:w="%d" w:type="dxa"/>`, textW) +
		`<w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
		fmt.Sprintf(`<w:tblGrid><w:gridCol w:w="%d"/><w:gridCol w:w="%d"/></w:tblGrid>`, figureColTw, textW-figureColTw))
	for i := 0; i < len(figs); i += 2 {
		w.b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		row := figs[i:min(i+2, len(figs))]
		for j, f := range row {
			x, err := w.figure(f, true)
			if err != nil {
				return err
			}
			cw, span := figureColTw, ""
			if len(row) == 1 {
				cw, span = textW, `<w:gridSpan w:val="2"/>`
			} else if j == 1 {
				cw = textW - figureColTw
			}
			fmt.Fprintf(&w.b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s<w:vAlign w:val="top"/></w:tcPr>%s</w:tc>`, cw, span, x)
		}
		w.b.WriteString(`</w:tr>`)
	}
	w.b.WriteString(`</w:tbl>`)
	// A table is followed by a paragraph before the next table.
	return nil
}

// figure is a figure's picture paragraph, caption and notes.
func (w *writer) figure(f *doc.Figure, half bool) (string, error) {
	wpt, hpt := figureBox(f, half)
	img, err := w.picture(f.Chart, wpt, hpt)
	if err != nil {
		return "", fmt.Errorf("%s: picture: %w", figureName(f), err)
	}
	if _, err := png.DecodeConfig(bytes.NewReader(img)); err != nil {
		return "", fmt.Errorf("%s: picture: not a PNG image: %w", figureName(f), err)
	}
	n := len(w.media) + 1
	name := fmt.Sprintf("image%d.png", n)
	rid := fmt.Sprintf("rIdImage%d", n)
	w.media = append(w.media, media{name, img})
	w.rels = append(w.rels, rel{rid, relImage, "media/" + name})
	w.nextID++
	cx, cy := int64(math.Round(wpt*emuPerPt)), int64(math.Round(hpt*emuPerPt))
	descr := esc(strings.TrimSpace(f.Number + " " + f.Caption))
	var b strings.Builder
	fmt.Fprintf(&b, `<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">`+
		`<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="%s" descr="%s"/>`+
		`<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>`+
		`<a:graphic><a:graphicData uri="%s"><pic:pic><pic:nvPicPr><pic:cNvPr id="%d" name="%s"/><pic:cNvPicPr/></pic:nvPicPr>`+
		`<pic:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`+
		`<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`+
		`</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
		stFigure, cx, cy, w.nextID, esc(figureName(f)), descr, nsPic, w.nextID, name, rid, cx, cy)
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + stCaption + `"/></w:pPr>` + w.captionRuns(f.Number, "图", f.Caption) + `</w:p>`)
	for _, n := range f.Notes {
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + stNote + `"/></w:pPr>` + runsXML(n.Runs) + `</w:p>`)
	}
	return b.String(), nil
}

func figureName(f *doc.Figure) string {
	if f.Number != "" {
		return f.Number
	}
	return "figure " + f.Caption
}

// numbered is a caption number of the tree's form 图3-1 / 表1-2: the
// prefix with the part's number, and the number within the part.
var numbered = regexp.MustCompile(`^(\D+\d+-)(\d+)$`)

// captionRuns is a caption's number and text. A number of the form 图3-1
// keeps 图3- as text and sets the 1 as a SEQ field of a sequence of its
// own part (SEQ 图3), whose cached result is the tree's number: Word and
// LibreOffice both count such a field to the same number on refreshing
// (LibreOffice ignores the \s switch that would restart one sequence 图
// at each heading, and recounts rather than keep the cached result), and
// Word's cross-references see the captions. A number the count would
// not reach (the tree left a figure out) resets the sequence to it (\r).
func (w *writer) captionRuns(number, seq, caption string) string {
	number = strings.TrimSpace(number)
	text := strings.TrimSpace(caption)
	if number == "" {
		return textRun("", text)
	}
	m := numbered.FindStringSubmatch(number)
	if m == nil || !strings.HasPrefix(number, seq) {
		return textRun("", strings.TrimSpace(number+" "+text))
	}
	id := strings.TrimSuffix(m[1], "-")
	n, _ := strconv.Atoi(m[2])
	instr := " SEQ " + id + ` \* ARABIC `
	if w.seqs[id]+1 != n {
		instr += `\r ` + m[2] + " "
	}
	w.seqs[id] = n
	return textRun("", m[1]) +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + esc(instr) + `</w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` + textRun("", m[2]) + `<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		textRun("", " "+text)
}

// balance breaks s into the fewest lines of at most room characters,
// of widths as even as the break opportunities allow: between two
// characters unless both are Latin letters or digits, never before a
// closing mark nor after an opening one.
func balance(s string, room float64) []string {
	total := textWidth(s)
	if total <= room || room <= 0 {
		return []string{s}
	}
	rs := []rune(s)
	k := int(math.Ceil(total / room))
	var out []string
	start := 0
	for line := 1; line < k; line++ {
		target := textWidth(string(rs[start:])) / float64(k-line+1)
		best, bestD := -1, math.Inf(1)
		for i := start + 1; i < len(rs); i++ {
			if !breakable(rs[i-1], rs[i]) {
				continue
			}
			w := textWidth(string(rs[start:i]))
			if w > room {
				break
			}
			if d := math.Abs(w - target); d < bestD {
				best, bestD = i, d
			}
		}
		if best < 0 {
			break
		}
		out = append(out, string(rs[start:best]))
		start = best
	}
	return append(out, string(rs[start:]))
}

func breakable(a, b rune) bool {
	alnum := func(r rune) bool {
		return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '%')
	}
	if alnum(a) && alnum(b) {
		return false
	}
	if strings.ContainsRune("，。、；：？！”’）》〉」』】〕…—·%", b) {
		return false
	}
	return !strings.ContainsRune("“‘（《〈「『【〔", a)
}
