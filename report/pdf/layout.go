package pdf

import (
	"image/color"

	"plancheck/report/style"
)

// The layout, in one place: the page, the type, the spacing of headings,
// paragraphs, tables and figures, the rules of breaking pages, and the
// colours. Lengths are in millimetres, type sizes in points.

// The page: A4, margins in the spirit of GB/T 9704 (which has 37 mm at the
// top and 28 mm at the left for a 156×225 mm text area), a little narrower
// for a report of tables and charts.
const (
	pageShort     = 210.0
	pageLong      = 297.0
	marginTop     = 30.0
	marginBottom  = 27.0
	marginLeft    = 27.0
	marginRight   = 25.0
	headerY       = 18.0 // the running header's baseline
	folioFromFoot = 13.0 // the page number's baseline, above the page's foot
)

// Type sizes (pt) and line heights (mm).
const (
	sizeBody     = 11.0
	leadBody     = 6.6
	paraAfter    = 1.2
	sizeFootnote = 8.0
	leadFootnote = 4.0
	sizeNote     = 9.5 // an analyst's comment and the cover's notice, in a tinted box
	sizeTable    = 9.0
	leadTable    = 4.5
	sizeCaption  = 9.0
	leadCaption  = 4.6
	sizeHeader   = 9.0
	sizeFolio    = 10.5
)

// The paragraphs' styles: body text (and a Lead, bold), captions,
// footnotes.
var (
	bodyStyle     = textStyle{size: sizeBody, lead: leadBody, color: black, indent: 2 * sizeBody * ptmm, align: 'J', after: paraAfter}
	captionStyle  = textStyle{size: sizeCaption, lead: leadCaption, color: grey, align: 'C'}
	footnoteStyle = textStyle{size: sizeFootnote, lead: leadFootnote, color: grey, align: 'J', after: 0.6}
)

// headingStyle is a heading level's look: size, line height, and the space
// before and after it.
type headingStyle struct{ size, lead, before, after float64 }

// headings are the looks of levels 1 (一、), 2 (（一）) and 3 (1.).
var headings = [...]headingStyle{
	{sizeH1, 10, 4, 2},
	{13, 8, 2.5, 1},
	{11.5, 7, 1.5, 0.5},
}

const sizeH1 = 16.0

// The cover: a band of colour at the top, the title, the year and the
// subtitle, a double rule, the lines under it, the issuer and the date low
// on the page and the notice at its foot.
const (
	coverBand       = 9.0  // the band's height
	coverMargin     = 22.0 // the title's left and right margins
	coverFootMargin = 30.0 // the issuer's and date's
	coverTitleTop   = 72.0
	coverTitleMin   = 20.0 // the least size of a title on one line …
	coverTitleLines = 24.0 // … else it is set in lines at this size
	coverIssuerTop  = 200.0
	coverNoticeTop  = 238.0 // the notice's top, higher when it is long …
	coverNoticeFoot = 18.0  // … to end this far above the page's foot
	sizeCoverNotice = 9.0
)

var (
	coverTitle    = textStyle{size: 26, color: style.Accent, bold: true, align: 'C'}
	coverYear     = textStyle{size: 18, lead: 10, color: style.Accent, bold: true, align: 'C'}
	coverSubtitle = textStyle{size: 16, lead: 9, color: style.Accent, align: 'C'}
	coverLine     = textStyle{size: 12, lead: 7, color: grey, align: 'C'}
	coverIssuer   = textStyle{size: 16, lead: 9, color: black, bold: true, align: 'C'}
	coverDate     = textStyle{size: 14, lead: 8, color: black, align: 'C'}
)

// The contents.
const (
	contentsTitle     = "目录" // spaced out, over the entries
	contentsTop       = 24.0 // the title's height
	contentsLead      = 9.0
	contentsLevels    = 2    // the levels of sections listed
	contentsFolio     = 14.0 // room for an entry's page number and leaders
	sizeContentsTitle = 18.0
	sizeContents1     = 12.0 // a part
	sizeContents2     = 11.0 // a section
)

// Tables.
const (
	cellPadX       = 1.1
	cellPadY       = 1.1
	sizeTableTitle = 10.0
	leadTableTitle = 6.5
	tableAfter     = 3.0
	// contPrefix marks a table's title over a page break: 续表2-1.
	contPrefix = "续"
	// minPieceRows is the fewest rows of a table set on a page: a table
	// never leaves one row alone at a page's foot or head.
	minPieceRows = 2
	// tableShrink is how much smaller (pt) a table too wide for its
	// columns may be set before its cells are broken.
	tableShrink = 1.5
	wrapChars   = 4 // a text column is at least this many characters wide if its cells need it
	nameChars   = 6 // … a name column this many
	// titleTermChars is the longest term of a column's title kept whole
	// while the table has room (基期值 / （2020年）, 2025年目标); a longer one
	// is broken into lines.
	titleTermChars = 6
	// nameRoom is how many characters wide a name column grows before the
	// other columns get more than their comfortable width.
	nameRoom = 12
	// shortTable is the share of a page under which a table is kept whole
	// like a Table.Keep one.
	shortTable = 0.3
)

// Figures.
const (
	figureGap     = style.FigureGapMM // between the figures of a row
	halfHeight    = style.HalfFigureMM
	minHalfHeight = 46.0
	fullHeight    = style.FullFigureMM
	minFullHeight = 60.0
	captionGap    = 1.5
	figureAfter   = 5.0
	// minCaptionTail is the fewest characters on the last line of a
	// caption or of a table cell of more than one line.
	minCaptionTail = 3
)

// minFill is how full a page is at least when a break leaves it: a block
// that does not fit shrinks (a figure row) or splits (a table) rather than
// leave a page less than a quarter full.
const minFill = 0.25

var (
	black       = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	grey        = color.RGBA{0x59, 0x59, 0x59, 0xff}
	lightRule   = color.RGBA{0xbf, 0xc8, 0xd2, 0xff}
	tint        = color.RGBA{0xe8, 0xee, 0xf5, 0xff} // table headers, group rows
	zebra       = color.RGBA{0xf6, 0xf8, 0xfb, 0xff}
	noteFill    = color.RGBA{0xfd, 0xf6, 0xe3, 0xff}
	noteRule    = style.Orange
	commentFill = color.RGBA{0xf0, 0xf4, 0xf9, 0xff}
	commentRule = style.Accent
)
