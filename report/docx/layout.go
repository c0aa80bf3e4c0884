package docx

import "plancheck/report/style"

// The layout, in one place: the page, the type grid, the fonts and sizes
// of the styles, the tables' and figures' measures. Lengths are in twips
// (1/20 pt; 1 mm ≈ 56.69 twips) unless named otherwise; font sizes are in
// half-points, as WordprocessingML writes them (w:sz 32 is 16 pt).

// The page: A4 with the margins of GB/T 9704-2012 (top 37 mm, bottom 35,
// left 28, right 26), which leave a 156 × 225 mm text block.
const (
	pageW        = 11906                            // 210 mm
	pageH        = 16838                            // 297 mm
	marginTop    = 2098                             // 37 mm
	marginBottom = 1984                             // 35 mm
	marginLeft   = 1587                             // 28 mm
	marginRight  = 1474                             // 26 mm
	textW        = pageW - marginLeft - marginRight // 8845 ≈ 156 mm
	textH        = pageH - marginTop - marginBottom // 12756 = 225 mm
	// The footer's distance from the page's foot: GB/T 9704 sets the
	// page number's dashes 7 mm under the text block, so the line of a
	// 14 pt number (≈ 5 mm) ends ≈ 23 mm above the foot.
	footerDist = 1304
	headerDist = 851
	// A landscape annex turns the page and keeps the margins at the same
	// edges of the paper as read: 37 mm at the top of the turned page.
	wideW = pageH - marginLeft - marginRight // 13777 ≈ 243 mm
)

// The type grid: 22 lines of 28 characters of 3号 (16 pt) in the text
// block, GB/T 9704's 版心. A line is 225 mm / 22 ≈ 28.95 pt (579
// twips), the grid's line pitch; the body's lines are exactly that.
//
// 28 characters of 16 pt are 158 mm, 2 mm more than the block: a
// character is 156 mm / 28 ≈ 15.79 pt. Word's usual 公文 template gets
// there with a character grid (w:docGrid type="linesAndChars" and a
// charSpace of −842, 1/4096 pt under 16 pt), but LibreOffice gives a
// character wider than its grid cell two cells, which spreads a line of
// mixed Chinese and digits over 14 to 20 characters. So the grid is of
// lines only, and the styles on it narrow every character by 0.25 pt
// (condense): 28 × 15.75 pt fit the 442 pt line in Word, WPS and
// LibreOffice alike.
const (
	gridType  = "lines"
	linePitch = 579
	condense  = -5 // twentieths of a point
)

// Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt,
// 五号 10.5 pt.
const (
	sz2     = 44
	sz3     = 32
	sz4     = 28
	szXiao4 = 24
	sz5     = 21
)

// The fonts, by name: the offices have them and their licences forbid
// embedding. alt is the fallback written as w:altName in fontTable.xml
// (the common font of the same design on Windows and WPS); the package
// comment lists the others.
type font struct {
	name, alt string
	// panose and family help a word processor choose a substitute.
	family, pitch string
}

var (
	fangSong  = font{"仿宋_GB2312", "仿宋", "modern", "fixed"}
	kaiTi     = font{"楷体_GB2312", "楷体", "modern", "fixed"}
	heiTi     = font{"黑体", "SimHei", "modern", "fixed"}
	xiaoBiao  = font{"方正小标宋简体", "宋体", "script", "fixed"}
	songTi    = font{"宋体", "SimSun", "auto", "variable"}
	latinFont = font{"Times New Roman", "", "roman", "variable"}
)

// fonts are the fonts the document names, in fontTable.xml's order.
var fonts = []font{fangSong, kaiTi, heiTi, xiaoBiao, songTi, latinFont}

// Indents and spacing.
const (
	indent2   = 640 // two characters of 3号, the body's first-line indent
	indent2ch = 200 // the same in hundredths of a character (w:firstLineChars)
	// The cover: the title's room above it and the issuer's, from the top
	// of the text block down; the notice is its page's footnote below.
	coverTitleBefore  = 1417 // 25 mm
	coverIssuerBefore = 1700 // 30 mm under the cover's lines, room for the notice below
	coverLead         = 700  // the cover title's line, 35 pt
	// Captions and table text are set off the grid, on single lines.
	captionBefore = 120
	captionAfter  = 60
	tableLead     = 300 // 15 pt lines for 五号 table text
	noteLead      = 320 // 16 pt lines for the notes under a table
	cellMarginX   = 85  // 1.5 mm left and right in a cell
	cellMarginY   = 28
)

// Tables: column widths come from the cells' texts measured in
// characters of the table's size (a CJK character one, a Latin letter or
// digit a half), within these bounds per role.
const (
	tableChar  = sz5 * 10     // one character of 五号 in twips (210)
	smallChar  = szXiao5 * 10 // one character of 小五 in twips (180), for a table too wide for 五号
	szXiao5    = 18           // 小五, 9 pt, in half-points
	nameChars  = 6            // a name column is at least this many characters wide if its cells need it …
	nameRoom   = 14           // … and grows to this many before the others get more than their natural width
	textChars  = 4            // a text column at least this many
	titleChars = 4            // a column's title may break into lines this many characters wide
	minCol     = 420          // no column narrower than 2 characters of padding and text
)

// Figures: the box the Picture callback draws in, in points, as the PDF
// asks for it (a full figure the text width × 80 mm, a half one half the
// width less the gap × 58 mm, a bar chart taller with its bars).
const (
	ptPerMM     = 72 / 25.4
	figureFullW = style.TextWidthMM * ptPerMM
	figureFullH = style.FullFigureMM * ptPerMM
	figureHalfW = (style.TextWidthMM - style.FigureGapMM) / 2 * ptPerMM
	figureHalfH = style.HalfFigureMM * ptPerMM
	emuPerPt    = 12700
	figureColTw = textW / 2 // a cell of a row of two half figures
)

// contentsTitle heads the table of contents, as in the PDF.
const contentsTitle = "目录"

// contentsLevels are the heading levels the contents list: two, as the
// PDF's contents do.
const contentsLevels = 2

// contentsLead is a contents entry's line, 23 pt: a little closer than
// the body's so that the contents of a yearly report fit one page.
const contentsLead = 460

// The colours of the styles (hex RGB): table header and group rows' tint,
// the comment's rule (the accent, as the PDF's) and tint, a note's grey.
const (
	tintFill    = "E8EEF5"
	commentFill = "F0F4F9"
	greyText    = "595959"
	borderColor = "000000"
)

var ruleColor = style.Hex(style.Accent)
