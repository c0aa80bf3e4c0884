// Package docx writes the evaluation report as a Word document
// (WordprocessingML, .docx) in 公文 format (GB/T 9704-2012) from the same
// document tree as the PDF, for the drafting office to revise in Word or
// WPS: outline-level heading styles, a table of contents field, real
// tables, charts as pictures, captions with sequence fields, the sample
// mark as a footnote, and styles that carry the formatting.
//
// It walks a *doc.Document and decides nothing: every text, number and
// judgment is the tree's, with the PDF's marks (a status's marker before
// its label, * after a sample value). It is written with the standard
// library (archive/zip and strings of WordprocessingML); the same tree,
// Options and pictures give the same bytes.
//
// The page is A4 with GB/T 9704's margins and a grid of 22 lines of 28
// characters of 3号 仿宋_GB2312; headings 一、 in 黑体, （一） in
// 楷体_GB2312, 1. in bold 仿宋_GB2312 (styles Heading1–3, outline levels
// 1–3); the title in 2号 方正小标宋简体; tables in 五号 仿宋_GB2312; page
// numbers "— 1 —" in 4号 宋体 at the outer edge, none on the cover. Annexes
// the tree marks Wide are set in a landscape section.
//
// Fonts are named, never embedded (the offices have them; their licences
// forbid redistribution). Every style sets the East Asian slot
// (w:eastAsia) and Times New Roman for Latin letters and digits. On a
// machine without the GB2312 fonts, fontTable.xml's w:altName and the
// usual substitutions give:
//
//	仿宋_GB2312     → 仿宋 (FangSong), then any serif CJK font
//	楷体_GB2312     → 楷体 (KaiTi), then any serif CJK font
//	黑体            → SimHei, then any sans CJK font
//	方正小标宋简体  → 宋体 (SimSun), or 华文中宋 (STZhongsong)
//	宋体            → SimSun, then Noto Serif CJK SC / Source Han Serif
//
// LibreOffice on Linux without them (fonts-noto-cjk) sets all of them in
// Noto Sans/Serif CJK.
package docx

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"plancheck/report/doc"
	"plancheck/report/eval"
)

// Options are the document's settings.
type Options struct {
	// Date is written as the document's creation and modification dates
	// (the cover prints doc.Cover.Date) and as every zip entry's time. It
	// is required: a zero Date is an error, so that the output never
	// depends on the clock.
	Date time.Time

	// Picture renders a figure's chart as a PNG image of w×h points
	// (report/chart's PNG, at 200 dpi or more). It is called for several
	// figures at once, so it must be safe for concurrent use. nil leaves
	// the figures out, captions and all.
	Picture func(ch *eval.Chart, w, h float64) ([]byte, error)
}

// Write writes d as a .docx to w. It fails on a nil d, a zero
// Options.Date, a picture's error or an image that is not a PNG (with the
// figure's number), or when w fails.
func Write(w io.Writer, d *doc.Document, opts Options) error {
	if d == nil {
		return errors.New("docx: no document")
	}
	if opts.Date.IsZero() {
		return errors.New("docx: Options.Date is zero; the report needs its date")
	}
	wr := &writer{d: d, opts: opts, width: textW}
	wr.rels = []rel{
		{"rIdStyles", relStyles, "styles.xml"},
		{"rIdSettings", relSettings, "settings.xml"},
		{"rIdFontTable", relFontTable, "fontTable.xml"},
		{"rIdFooterOdd", relFooter, "footer1.xml"},
		{"rIdFooterEven", relFooter, "footer2.xml"},
		{"rIdFooterFirst", relFooter, "footer3.xml"},
	}
	wr.drawPictures()
	if err := wr.document(); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	if wr.footnote != "" {
		wr.rels = append(wr.rels, rel{"rIdFootnotes", relFootnotes, "footnotes.xml"})
	}
	type part struct{ name, body string }
	parts := []part{
		{"[Content_Types].xml", contentTypesXML(wr.footnote != "", len(wr.media) > 0)},
		{"_rels/.rels", relsXML([]rel{
			{"rId1", relDoc, "word/document.xml"},
			{"rId2", relCore, "docProps/core.xml"},
			{"rId3", relApp, "docProps/app.xml"},
		})},
		{"docProps/core.xml", coreXML(d, opts.Date)},
		{"docProps/app.xml", appXML(d)},
		{"word/document.xml", wr.b.String()},
		{"word/styles.xml", stylesXML()},
		{"word/settings.xml", settingsXML()},
		{"word/fontTable.xml", fontTableXML()},
		{"word/footer1.xml", footerXML("right")},
		{"word/footer2.xml", footerXML("left")},
		{"word/footer3.xml", footerXML("")},
	}
	if wr.footnote != "" {
		parts = append(parts, part{"word/footnotes.xml", wr.footnote})
	}
	parts = append(parts, part{"word/_rels/document.xml.rels", relsXML(wr.rels)})

	// The entries in a fixed order, each dated Options.Date (in UTC, so
	// that the bytes do not depend on the Date's zone).
	mod := opts.Date.UTC()
	z := zip.NewWriter(w)
	add := func(name string, body []byte, method uint16) error {
		f, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: mod})
		if err != nil {
			return err
		}
		_, err = f.Write(body)
		return err
	}
	for _, p := range parts {
		if err := add(p.name, []byte(p.body), zip.Deflate); err != nil {
			return fmt.Errorf("docx: %s: %w", p.name, err)
		}
	}
	for _, m := range wr.media {
		// PNG is compressed already.
		if err := add("word/media/"+m.name, m.png, zip.Store); err != nil {
			return fmt.Errorf("docx: %s: %w", m.name, err)
		}
	}
	if err := z.Close(); err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	return nil
}

func contentTypesXML(footnotes, png bool) string {
	var b strings.Builder
	b.WriteString(xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	if png {
		b.WriteString(`<Default Extension="png" ContentType="image/png"/>`)
	}
	over := func(part, typ string) {
		b.WriteString(`<Override PartName="` + part + `" ContentType="` + typ + `"/>`)
	}
	const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	over("/word/document.xml", wml+"document.main+xml")
	over("/word/styles.xml", wml+"styles+xml")
	over("/word/settings.xml", wml+"settings+xml")
	over("/word/fontTable.xml", wml+"fontTable+xml")
	for _, f := range []string{"footer1", "footer2", "footer3"} {
		over("/word/"+f+".xml", wml+"footer+xml")
	}
	if footnotes {
		over("/word/footnotes.xml", wml+"footnotes+xml")
	}
	over("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
	over("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
	b.WriteString(`</Types>`)
	return b.String()
}

// coreXML is the document's properties: the title, the issuer as its
// author, the plan as its subject, the language, and Options.Date as its
// creation and modification dates.
func coreXML(d *doc.Document, date time.Time) string {
	m := d.Meta
	title := m.Title
	if title == "" {
		title = d.Cover.Title
	}
	lang := m.Language
	if lang == "" {
		lang = "zh-CN"
	}
	t := date.UTC().Format("2006-01-02T15:04:05Z")
	return xmlDecl + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(title) + `</dc:title><dc:subject>` + esc(m.Subject) + `</dc:subject><dc:creator>` + esc(m.Author) + `</dc:creator>` +
		`<cp:lastModifiedBy>` + esc(m.Author) + `</cp:lastModifiedBy><dc:language>` + esc(lang) + `</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + t + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + t + `</dcterms:modified>` +
		`</cp:coreProperties>`
}

func appXML(d *doc.Document) string {
	return xmlDecl + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
		`<Application>plancheck</Application><DocSecurity>0</DocSecurity><Company>` + esc(d.Meta.Author) + `</Company>` +
		`<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>`
}
