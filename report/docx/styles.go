package docx

import (
	"fmt"
	"image/color"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
)

// The style ids the body uses. Word's built-in styles keep their English
// built-in names (heading 1, caption, footnote text, toc 1), which Word
// and WPS show in the user's language and python-docx reports as
// "Heading 1"; the others are plancheck's own.
const (
	stNormal      = "Normal"
	stBody        = "BodyText"
	stLead        = "Lead"
	stComment     = "Comment"
	stNote        = "Note"
	stTitle       = "Title"
	stSubtitle    = "Subtitle"
	stCoverLine   = "CoverLine"
	stCoverIssuer = "CoverIssuer"
	stCoverDate   = "CoverDate"
	stTOCHeading  = "TOCHeading"
	stCaption     = "Caption"
	stFigure      = "Figure"
	stTableText   = "TableText"
	stTableNumber = "TableNumber"
	stTableCenter = "TableCenter"
	stTableHead   = "TableHeading"
	stTableGroup  = "TableGroup"
	stTableRemark = "TableRemark"
	smallSuffix   = "Small" // the 小五 variants of the table styles
	stFootnote    = "FootnoteText"
	stFootnoteRef = "FootnoteReference"
	stFooter      = "Footer"
	stTable       = "PlanTable"
	stGrid        = "FigureGrid"
)

func headingStyle(level int) string { return fmt.Sprintf("Heading%d", level) }
func tocStyle(level int) string     { return fmt.Sprintf("TOC%d", level) }

// statusStyles are the character styles of the status labels, one per
// colour of report/style: the marker and label take the status's colour.
var statusStyles = []struct {
	id, name string
	c        color.RGBA
}{
	{"StatusBlue", "Status Blue", style.Blue},
	{"StatusGreen", "Status Green", style.Green},
	{"StatusOrange", "Status Orange", style.Orange},
	{"StatusVermillion", "Status Vermillion", style.Vermillion},
	{"StatusGrey", "Status Grey", style.Grey},
}

func colorStyle(c color.RGBA) string {
	for _, s := range statusStyles {
		if s.c == c {
			return s.id
		}
	}
	return "StatusGrey"
}

// statusRunStyle is the character style of a status's label.
func statusRunStyle(s eval.Status) string { return colorStyle(style.StatusColor(s)) }

// taskRunStyle is the character style of a task's reported progress.
func taskRunStyle(p model.Progress) string { return colorStyle(style.TaskColor(p)) }

// A paragraph style's properties, written in the schema's order.
type pstyle struct {
	id, name, basedOn, next string
	builtin                 bool // a built-in style Word knows by its name
	keepNext, keepLines     bool
	pageBreak               bool
	noGrid                  bool // off the document grid: single lines of its own size
	border, shade           string
	tabs                    string
	spacing                 string // w:spacing's attributes
	indent                  string // w:ind's attributes
	jc                      string
	outline                 int // 1–9 for w:outlineLvl 0–8; 0 for none
	east, latin             *font
	bold, noBold            bool
	size                    int
	color                   string
	charSpacing             int
}

func (s pstyle) xml() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<w:style w:type="paragraph"`)
	if s.id == stNormal {
		b.WriteString(` w:default="1"`)
	}
	if !s.builtin {
		b.WriteString(` w:customStyle="1"`)
	}
	fmt.Fprintf(&b, ` w:styleId="%s"><w:name w:val="%s"/>`, s.id, s.name)
	if s.basedOn != "" {
		fmt.Fprintf(&b, `<w:basedOn w:val="%s"/>`, s.basedOn)
	}
	if s.next != "" {
		fmt.Fprintf(&b, `<w:next w:val="%s"/>`, s.next)
	}
	b.WriteString(`<w:qFormat/><w:pPr>`)
	if s.keepNext {
		b.WriteString(`<w:keepNext/>`)
	}
	if s.keepLines {
		b.WriteString(`<w:keepLines/>`)
	}
	if s.pageBreak {
		b.WriteString(`<w:pageBreakBefore/>`)
	}
	b.WriteString(s.border)
	b.WriteString(s.shade)
	b.WriteString(s.tabs)
	if s.noGrid {
		b.WriteString(`<w:snapToGrid w:val="0"/>`)
	}
	if s.spacing != "" {
		fmt.Fprintf(&b, `<w:spacing %s/>`, s.spacing)
	}
	if s.indent != "" {
		fmt.Fprintf(&b, `<w:ind %s/>`, s.indent)
	}
	if s.jc != "" {
		fmt.Fprintf(&b, `<w:jc w:val="%s"/>`, s.jc)
	}
	if s.outline > 0 {
		fmt.Fprintf(&b, `<w:outlineLvl w:val="%d"/>`, s.outline-1)
	}
	b.WriteString(`</w:pPr><w:rPr>`)
	if s.east != nil {
		latin := latinFont
		if s.latin != nil {
			latin = *s.latin
		}
		b.WriteString(rFonts(*s.east, latin))
	}
	if s.bold {
		b.WriteString(`<w:b/><w:bCs/>`)
	}
	if s.noBold {
		b.WriteString(`<w:b w:val="0"/><w:bCs w:val="0"/>`)
	}
	if s.color != "" {
		fmt.Fprintf(&b, `<w:color w:val="%s"/>`, s.color)
	}
	if s.noGrid && s.charSpacing == 0 {
		// Off the grid, characters keep their width.
		b.WriteString(`<w:spacing w:val="0"/>`)
	} else if s.charSpacing != 0 {
		fmt.Fprintf(&b, `<w:spacing w:val="%d"/>`, s.charSpacing)
	}
	if s.size > 0 {
		fmt.Fprintf(&b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, s.size, s.size)
	}
	b.WriteString(`</w:rPr></w:style>`)
	return b.String()
}

var (
	gridLine   = fmt.Sprintf(`w:line="%d" w:lineRule="exact"`, linePitch)
	singleLine = `w:line="240" w:lineRule="auto"`
	tocLine    = fmt.Sprintf(`w:before="0" w:after="0" w:line="%d" w:lineRule="exact"`, contentsLead)
	firstLine2 = fmt.Sprintf(`w:firstLineChars="%d" w:firstLine="%d"`, indent2ch, indent2)
)

// paragraphStyles are the document's paragraph styles. Body text,
// headings and the contents sit on the 22-line grid (exact 28.95 pt
// lines); tables, captions, notes, figures and footnotes are set off it
// in single lines of their own size.
func paragraphStyles() []pstyle {
	fs, kt, ht, xb, st := &fangSong, &kaiTi, &heiTi, &xiaoBiao, &songTi
	return []pstyle{
		{id: stNormal, name: "Normal", builtin: true, east: fs, size: sz3, jc: "both", spacing: `w:before="0" w:after="0" ` + gridLine, charSpacing: condense},
		{id: stBody, name: "Body Text", builtin: true, basedOn: stNormal, indent: firstLine2},
		{id: stLead, name: "Lead", basedOn: stBody, next: stBody, bold: true},
		{id: stComment, name: "Comment", basedOn: stBody, next: stBody, east: kt,
			border: fmt.Sprintf(`<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="%s"/></w:pBdr>`, ruleColor),
			shade:  fmt.Sprintf(`<w:shd w:val="clear" w:color="auto" w:fill="%s"/>`, commentFill),
			indent: `w:left="170" ` + firstLine2},
		{id: stNote, name: "Note", basedOn: stNormal, next: stBody, noGrid: true, east: fs, size: sz5, color: greyText,
			spacing: fmt.Sprintf(`w:before="40" w:after="80" w:line="%d" w:lineRule="atLeast"`, noteLead)},
		{id: headingStyle(1), name: "heading 1", builtin: true, basedOn: stNormal, next: stBody, keepNext: true, keepLines: true,
			outline: 1, east: ht, latin: ht, noBold: true, indent: firstLine2},
		{id: headingStyle(2), name: "heading 2", builtin: true, basedOn: stNormal, next: stBody, keepNext: true, keepLines: true,
			outline: 2, east: kt, noBold: true, indent: firstLine2},
		{id: headingStyle(3), name: "heading 3", builtin: true, basedOn: stNormal, next: stBody, keepNext: true, keepLines: true,
			outline: 3, east: fs, bold: true, indent: firstLine2},
		{id: stTitle, name: "Title", builtin: true, basedOn: stNormal, next: stSubtitle, east: xb, latin: xb, size: sz2, jc: "center",
			noGrid: true, spacing: fmt.Sprintf(`w:before="%d" w:after="240" w:line="%d" w:lineRule="exact"`, coverTitleBefore, coverLead)},
		{id: stSubtitle, name: "Subtitle", builtin: true, basedOn: stNormal, next: stCoverLine, east: kt, size: sz3, jc: "center",
			spacing: `w:before="240" w:after="480" ` + gridLine},
		{id: stCoverLine, name: "Cover Line", basedOn: stNormal, east: fs, size: sz3, jc: "center"},
		{id: stCoverIssuer, name: "Cover Issuer", basedOn: stNormal, next: stCoverDate, east: fs, size: sz3, jc: "center",
			spacing: fmt.Sprintf(`w:before="%d" `+gridLine, coverIssuerBefore)},
		{id: stCoverDate, name: "Cover Date", basedOn: stNormal, east: fs, size: sz3, jc: "center"},
		{id: stTOCHeading, name: "TOC Heading", builtin: true, basedOn: stNormal, next: tocStyle(1), pageBreak: true, east: ht, latin: ht,
			size: sz3, jc: "center", charSpacing: indent2 / 2, spacing: `w:before="0" w:after="579" ` + gridLine},
		{id: tocStyle(1), name: "toc 1", builtin: true, basedOn: stNormal, next: stBody, east: ht, latin: ht, jc: "left", spacing: tocLine, noGrid: true,
			tabs: fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:leader="middleDot" w:pos="%d"/></w:tabs>`, textW)},
		{id: tocStyle(2), name: "toc 2", builtin: true, basedOn: stNormal, next: stBody, east: fs, jc: "left", spacing: tocLine, noGrid: true,
			indent: fmt.Sprintf(`w:leftChars="%d" w:left="%d"`, indent2ch, indent2),
			tabs:   fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:leader="middleDot" w:pos="%d"/></w:tabs>`, textW)},
		{id: stCaption, name: "caption", builtin: true, basedOn: stNormal, next: stBody, east: ht, latin: ht, size: szXiao4, jc: "center",
			noGrid: true, spacing: fmt.Sprintf(`w:before="%d" w:after="%d" %s`, captionBefore, captionAfter, singleLine)},
		{id: stFigure, name: "Figure", basedOn: stNormal, next: stCaption, keepNext: true, jc: "center", noGrid: true,
			spacing: `w:before="120" w:after="0" ` + singleLine},
		{id: stTableText, name: "Table Text", basedOn: stNormal, east: fs, size: sz5, jc: "left", noGrid: true,
			spacing: fmt.Sprintf(`w:before="0" w:after="0" w:line="%d" w:lineRule="atLeast"`, tableLead)},
		{id: stTableNumber, name: "Table Number", basedOn: stTableText, jc: "right"},
		{id: stTableCenter, name: "Table Center", basedOn: stTableText, jc: "center"},
		{id: stTableHead, name: "Table Heading", basedOn: stTableText, east: ht, latin: ht, jc: "center"},
		{id: stTableGroup, name: "Table Group", basedOn: stTableText, keepNext: true, bold: true, color: ruleColor},
		{id: stTableRemark, name: "Table Remark", basedOn: stTableText, size: 18, color: greyText},
		// The same in 小五, for a table too wide for 五号 (see table).
		{id: stTableText + smallSuffix, name: "Table Text Small", basedOn: stTableText, size: szXiao5},
		{id: stTableNumber + smallSuffix, name: "Table Number Small", basedOn: stTableText + smallSuffix, jc: "right"},
		{id: stTableCenter + smallSuffix, name: "Table Center Small", basedOn: stTableText + smallSuffix, jc: "center"},
		{id: stTableHead + smallSuffix, name: "Table Heading Small", basedOn: stTableText + smallSuffix, east: ht, latin: ht, jc: "center"},
		{id: stTableGroup + smallSuffix, name: "Table Group Small", basedOn: stTableText + smallSuffix, keepNext: true, bold: true, color: ruleColor},
		{id: stFootnote, name: "footnote text", builtin: true, basedOn: stNormal, east: fs, size: sz5, noGrid: true,
			spacing: `w:before="0" w:after="0" ` + singleLine},
		{id: stFooter, name: "footer", builtin: true, basedOn: stNormal, east: st, latin: st, size: sz4, noGrid: true,
			spacing: `w:before="0" w:after="0" ` + singleLine},
	}
}

func stylesXML() string {
	var b strings.Builder
	b.WriteString(xmlDecl)
	b.WriteString(`<w:styles xmlns:w="` + nsW + `">`)
	// The defaults: 仿宋_GB2312 3号, Latin in Times New Roman, Chinese as
	// the East Asian language (LibreOffice and WPS choose the CJK font
	// by it).
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` + rFonts(fangSong, latinFont) +
		fmt.Sprintf(`<w:kern w:val="2"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>`, sz3, sz3) +
		`<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault></w:docDefaults>`)
	for _, s := range paragraphStyles() {
		b.WriteString(s.xml())
	}
	b.WriteString(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>`)
	b.WriteString(`<w:style w:type="character" w:styleId="` + stFootnoteRef + `"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`)
	for _, s := range statusStyles {
		fmt.Fprintf(&b, `<w:style w:type="character" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="%s"/></w:rPr></w:style>`,
			s.id, s.name, style.Hex(s.c))
	}
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	border := func(side string) string {
		return fmt.Sprintf(`<w:%s w:val="single" w:sz="4" w:space="0" w:color="%s"/>`, side, borderColor)
	}
	fmt.Fprintf(&b, `<w:style w:type="table" w:customStyle="1" w:styleId="%s"><w:name w:val="Plan Table"/><w:basedOn w:val="TableNormal"/><w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:tblPr><w:jc w:val="center"/><w:tblBorders>%s%s%s%s%s%s</w:tblBorders><w:tblCellMar><w:top w:w="%d" w:type="dxa"/><w:left w:w="%d" w:type="dxa"/><w:bottom w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
		stTable, border("top"), border("left"), border("bottom"), border("right"), border("insideH"), border("insideV"),
		cellMarginY, cellMarginX, cellMarginY, cellMarginX)
	fmt.Fprintf(&b, `<w:style w:type="table" w:customStyle="1" w:styleId="%s"><w:name w:val="Figure Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:jc w:val="center"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`, stGrid)
	b.WriteString(`</w:styles>`)
	return b.String()
}

func settingsXML() string {
	return xmlDecl + `<w:settings xmlns:w="` + nsW + `">` +
		`<w:zoom w:percent="100"/>` +
		// Word and WPS refresh the contents and the fields when the
		// document is opened (they ask first).
		`<w:updateFields w:val="true"/>` +
		`<w:defaultTabStop w:val="420"/>` +
		// Odd pages number at the right, even ones at the left.
		`<w:evenAndOddHeaders/>` +
		`<w:drawingGridHorizontalSpacing w:val="160"/><w:drawingGridVerticalSpacing w:val="579"/>` +
		`<w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/>` +
		// Full-width punctuation keeps its full width, on the grid.
		`<w:characterSpacingControl w:val="doNotCompress"/>` +
		`<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>` +
		`<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>` +
		`<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>` +
		`<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>` +
		`</w:settings>`
}

// fontTableXML names the fonts with their fallbacks (w:altName) and the
// GB2312 character set, so that a machine without them substitutes a
// font of the same kind rather than a Latin one.
func fontTableXML() string {
	var b strings.Builder
	b.WriteString(xmlDecl + `<w:fonts xmlns:w="` + nsW + `">`)
	for _, f := range fonts {
		fmt.Fprintf(&b, `<w:font w:name="%s">`, esc(f.name))
		if f.alt != "" {
			fmt.Fprintf(&b, `<w:altName w:val="%s"/>`, esc(f.alt))
		}
		charset := "86"
		if f == latinFont {
			charset = "00"
		}
		fmt.Fprintf(&b, `<w:charset w:val="%s"/><w:family w:val="%s"/><w:pitch w:val="%s"/></w:font>`, charset, f.family, f.pitch)
	}
	b.WriteString(`</w:fonts>`)
	return b.String()
}

// footerXML is a page's footer: the page number as — 1 — in 4号 宋体,
// one character in from the outer edge (GB/T 9704: 单页码居右空一字，双页码
// 居左空一字); side "" is the cover's empty footer.
func footerXML(side string) string {
	var p string
	switch side {
	case "right":
		p = `<w:pPr><w:pStyle w:val="` + stFooter + `"/><w:ind w:right="280"/><w:jc w:val="right"/></w:pPr>` + pageField()
	case "left":
		p = `<w:pPr><w:pStyle w:val="` + stFooter + `"/><w:ind w:left="280"/><w:jc w:val="left"/></w:pPr>` + pageField()
	default:
		p = `<w:pPr><w:pStyle w:val="` + stFooter + `"/></w:pPr>`
	}
	return xmlDecl + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p>` + p + `</w:p></w:ftr>`
}

func pageField() string {
	return `<w:r><w:t xml:space="preserve">— </w:t></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:t xml:space="preserve"> —</w:t></w:r>`
}
