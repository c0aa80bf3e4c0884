package docx

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// The parts are written as strings: WordprocessingML's element order is
// fixed by its schema, and writing it in that order by hand is plainer
// than structs with xml tags for every element. Every text and attribute
// value from the tree goes through esc.

// esc escapes s for XML character data and attribute values (quotes
// included); characters XML cannot hold become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// Namespaces.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsWP  = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
	nsA   = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsPic = "http://schemas.openxmlformats.org/drawingml/2006/picture"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"

	relDoc       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relCore      = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relApp       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
	relStyles    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relSettings  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	relFontTable = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
	relFootnotes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
	relFooter    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	relImage     = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"

	xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// rFonts is a font's w:rFonts: the East Asian slot named (the slot Word
// uses for CJK text; without it the text falls back to the theme's font),
// Latin letters and digits in Times New Roman, and the hint that
// ambiguous characters (quotes, dashes, the status markers) are East
// Asian.
func rFonts(east font, latin font) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:cs="%s" w:hint="eastAsia"/>`,
		esc(latin.name), esc(east.name), esc(latin.name), esc(latin.name))
}

// rel is a relationship of word/document.xml.
type rel struct{ id, typ, target string }

func relsXML(rels []rel) string {
	var b strings.Builder
	b.WriteString(xmlDecl)
	b.WriteString(`<Relationships xmlns="` + nsRel + `">`)
	for _, r := range rels {
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="%s" Target="%s"/>`, r.id, r.typ, esc(r.target))
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}
