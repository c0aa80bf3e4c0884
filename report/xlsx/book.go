package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"image/color"
	"io"
	"io/fs"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"text/template"
	"time"

	"github.com/xuri/excelize/v2"

	"plancheck/report/style"
)

// book is a workbook being built. Its first error stops the building; the
// later calls do nothing, so that the writers read as a list of steps and
// check b.err once.
type book struct {
	f      *excelize.File
	tpl    *template.Template // the sentences (text.go)
	wide   bool               // the sentences' punctuation full-width between Chinese characters (prose)
	err    error
	fresh  bool              // the new file's Sheet1 is still unused
	sheets []string          // the sheets added, in order
	styles map[cellStyle]int // cell styles made so far
	dxfs   map[dxfStyle]int  // conditional formats' styles made so far

	activated bool // the first sheet made the active one (activate)
}

// newBook starts a workbook worded by the templates tpl.
func newBook(tpl *template.Template) *book {
	return &book{f: excelize.NewFile(), tpl: tpl, fresh: true, styles: map[cellStyle]int{}, dxfs: map[dxfStyle]int{}}
}

// sheet adds a sheet at the end of the workbook; the first call renames the
// new file's Sheet1 instead, so that no empty sheet is left over.
func (b *book) sheet(name string) {
	if b.err != nil {
		return
	}
	b.sheets = append(b.sheets, name)
	if b.fresh {
		b.fresh = false
		b.err = b.f.SetSheetName("Sheet1", name)
		return
	}
	_, b.err = b.f.NewSheet(name)
}

// has reports whether the sheet was added.
func (b *book) has(name string) bool {
	for _, s := range b.sheets {
		if s == name {
			return true
		}
	}
	return false
}

// set writes v into the cell at col, row (1-based); a nil v writes nothing.
// A text is written as cellText makes it.
func (b *book) set(sheet string, col, r int, v any) {
	if b.err != nil || v == nil {
		return
	}
	if s, ok := v.(string); ok {
		v = cellText(s)
	}
	if err := b.f.SetCellValue(sheet, cellName(col, r), v); err != nil {
		b.err = fmt.Errorf("%s!%s: %w", sheet, cellName(col, r), err)
	}
}

// maxCellText is the most a cell holds, in UTF-16 units (Excel's limit).
const maxCellText = excelize.TotalCellChars

// cellText is s as a cell can hold it: valid UTF-8, and cut to Excel's
// 32,767 characters with … at the end. Only the plan's own texts can be
// that long (what report/sheet reads comes from cells); the cut is shown
// rather than left to excelize, which cuts silently.
func cellText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if utf16Len(s) <= maxCellText {
		return s
	}
	n := 0
	for i, r := range s {
		w := 1
		if r > 0xFFFF {
			w = 2
		}
		if n+w > maxCellText-1 {
			return s[:i] + "…"
		}
		n += w
	}
	return s
}

// utf16Len is the length of s in UTF-16 units, as Excel counts text.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r > 0xFFFF {
			n++
		}
	}
	return n
}

// setStyled writes v and gives the cell the style s.
func (b *book) setStyled(sheet string, col, r int, v any, s cellStyle) {
	b.set(sheet, col, r, v)
	b.styleRange(sheet, col, r, col, r, s)
}

// styleRange gives the cells from col1, r1 to col2, r2 the style s.
func (b *book) styleRange(sheet string, col1, r1, col2, r2 int, s cellStyle) {
	id := b.style(s)
	if b.err != nil {
		return
	}
	if err := b.f.SetCellStyle(sheet, cellName(col1, r1), cellName(col2, r2), id); err != nil {
		b.err = fmt.Errorf("%s!%s: %w", sheet, cellName(col1, r1), err)
	}
}

// cellName is the A1 name of a cell; col and r are 1-based and in range.
func cellName(col, r int) string {
	name, _ := excelize.CoordinatesToCellName(col, r)
	return name
}

// colName is the letter name of a 1-based column.
func colName(col int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return name
}

// absRange is a range as formulas and charts name it: '总览'!$B$3:$G$3.
func absRange(sheet string, col1, r1, col2, r2 int) string {
	a, _ := excelize.CoordinatesToCellName(col1, r1, true)
	z, _ := excelize.CoordinatesToCellName(col2, r2, true)
	return quoteSheet(sheet) + "!" + a + ":" + z
}

// quoteSheet quotes a sheet name for a formula. Quoting is always allowed,
// and needed for names that are not plain words.
func quoteSheet(name string) string {
	return "'" + strings.ReplaceAll(name, "'", "''") + "'"
}

// cellStyle is a cell's look, as a comparable key: the book makes each
// distinct style once.
type cellStyle struct {
	numFmt   string // number format code; "" is General
	header   bool   // a header cell: bold on a pale blue fill with a rule below
	bold     bool
	title    bool // a sheet's title: bold and larger
	wrap     bool
	unlocked bool   // editable on a protected sheet
	align    string // horizontal alignment; "" is Excel's default
	grey     bool   // secondary text
	top      bool   // aligned to the top, for long text
}

// style returns the id of s, making it on first use.
func (b *book) style(s cellStyle) int {
	if b.err != nil {
		return 0
	}
	if id, ok := b.styles[s]; ok {
		return id
	}
	st := &excelize.Style{
		Alignment:  &excelize.Alignment{Vertical: "center", WrapText: s.wrap, Horizontal: s.align},
		Protection: &excelize.Protection{Locked: !s.unlocked},
	}
	if s.top {
		st.Alignment.Vertical = "top"
	}
	if s.numFmt != "" {
		code := s.numFmt
		st.CustomNumFmt = &code
	}
	font := &excelize.Font{Bold: s.bold || s.header || s.title}
	if s.title {
		font.Size = 14
		font.Color = style.Hex(style.Accent)
	}
	if s.grey {
		font.Color = "595959"
	}
	st.Font = font
	if s.header {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}
		st.Border = []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
		st.Alignment.WrapText = true
	}
	id, err := b.f.NewStyle(st)
	if err != nil {
		b.err = err
		return 0
	}
	b.styles[s] = id
	return id
}

// dxfStyle is a conditional format's look.
type dxfStyle struct {
	fill, font string // RGB hex; "" leaves it
	strike     bool
}

func (b *book) dxf(s dxfStyle) int {
	if b.err != nil {
		return 0
	}
	if id, ok := b.dxfs[s]; ok {
		return id
	}
	st := &excelize.Style{}
	if s.fill != "" {
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{s.fill}}
	}
	if s.font != "" || s.strike {
		st.Font = &excelize.Font{Color: s.font, Strike: s.strike}
	}
	id, err := b.f.NewConditionalStyle(st)
	if err != nil {
		b.err = err
		return 0
	}
	b.dxfs[s] = id
	return id
}

// widths sets the widths of the columns from the first, in Excel's
// character units.
func (b *book) widths(sheet string, ws []float64) {
	for i, w := range ws {
		if b.err != nil {
			return
		}
		name := colName(i + 1)
		b.err = b.f.SetColWidth(sheet, name, name, w)
	}
}

// tint mixes c with white: share 0 is c, 1 is white.
func tint(c color.RGBA, share float64) color.RGBA {
	mix := func(v uint8) uint8 { return uint8(float64(v) + (255-float64(v))*share + 0.5) }
	return color.RGBA{mix(c.R), mix(c.G), mix(c.B), 0xff}
}

// textWidth is how wide s shows in Excel's character units: a CJK
// character (and the full-width punctuation around it) takes about two, a
// Latin letter or digit one. A text of several lines is as wide as its
// longest.
func textWidth(s string) float64 {
	widest, w := 0.0, 0.0
	for _, r := range s {
		switch {
		case r == '\n':
			widest, w = max(widest, w), 0
		case r >= 0x2000:
			w += 2
		default:
			w++
		}
	}
	return max(widest, w)
}

// fitWidth is the width of a column that shows texts: the widest, with a
// little room, between lo and hi (a longer text wraps).
func fitWidth(lo, hi float64, texts ...string) float64 {
	w := lo
	for _, t := range texts {
		w = max(w, textWidth(t)+2)
	}
	return min(w, hi)
}

// lineHeight is the height, in points, of a line of 11-point text with
// CJK characters in it, as Excel and LibreOffice lay it out (LibreOffice's
// CJK fonts need a little more than 15.5 once a cell wraps to three lines).
const lineHeight = 16

// lineCount is how many lines s wraps to in a column width wide: a CJK
// character takes a little more than the two units textWidth counts. It
// stops counting past what the tallest row shows.
func lineCount(s string, width float64) int {
	const most = maxRowHeight/lineHeight + 1
	n := 0
	for para := range strings.SplitSeq(s, "\n") {
		w := textWidth(para) * 1.05
		n += max(1, int(math.Ceil(w/max(1, width-1))))
		if n > most {
			return n
		}
	}
	return n
}

// maxRowHeight is the tallest a row can be, in points (Excel's limit;
// excelize refuses more).
const maxRowHeight = excelize.MaxRowHeight

// wrapHeight is the height of a row that shows each text wrapped in the
// column width given with it, or 0 when each fits on one line and the
// row can keep the default height. Spreadsheets do not grow a row to fit
// wrapped text when they open a file, so the writer must.
//
// A text too long for the tallest row, 409 points (25 lines), gets that
// row: the cell holds the whole text, which the formula bar, the cell's
// editor and report/sheet see in full, and the row shows its first 25
// lines. Rows are not split into continuation rows, since each row of a
// table is one indicator, task or problem, which the reader and the
// filters take it for.
func wrapHeight(texts []string, widths []float64) float64 {
	n := 1
	for i, t := range texts {
		if t != "" {
			n = max(n, lineCount(t, widths[i]))
		}
	}
	if n == 1 {
		return 0
	}
	return min(float64(n)*lineHeight+2, maxRowHeight)
}

// fitRow gives row r the height its wrapped texts need.
func (b *book) fitRow(sheet string, r int, texts []string, widths []float64) {
	if h := wrapHeight(texts, widths); h > 0 && b.err == nil {
		if err := b.f.SetRowHeight(sheet, r, h); err != nil {
			b.err = fmt.Errorf("%s: row %d: %w", sheet, r, err)
		}
	}
}

// protect protects a sheet without a password: its locked cells cannot be
// changed, while filtering, sizing columns and rows and selecting still
// work. Unprotecting needs no password; the protection guards against
// slips, not people.
func (b *book) protect(sheet string) {
	if b.err != nil {
		return
	}
	b.err = b.f.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		AutoFilter:          true,
		FormatColumns:       true,
		FormatRows:          true,
		SelectLockedCells:   true,
		SelectUnlockedCells: true,
	})
}

// printSetup lays a sheet out for printing: A4 landscape, as wide as one
// page, the first rows repeated on every page, page numbers below. Call it
// after AutoFilter, which resets the sheet's properties.
func (b *book) printSetup(sheet string, titleRows int, stream bool) {
	if b.err != nil {
		return
	}
	a4, landscape, one, tall := 9, "landscape", 1, 0
	if !stream {
		// A stream writer has written the sheet properties already; its
		// caller sets FitToPage before streaming.
		fit := true
		if b.err = b.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); b.err != nil {
			return
		}
	}
	b.err = b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &tall,
	})
	if b.err != nil {
		return
	}
	m, hf := 0.4, 0.2
	b.err = b.f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &m, Right: &m, Top: &m, Bottom: &m, Header: &hf, Footer: &hf,
	})
	if b.err != nil {
		return
	}
	b.err = b.f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddFooter: "&L&A&R" + b.say("xlsx_footer", nil),
	})
	if b.err != nil || titleRows == 0 {
		return
	}
	b.err = b.f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("%s!$1:$%d", quoteSheet(sheet), titleRows),
		Scope:    sheet,
	})
}

// The printable A4 landscape page of printSetup, in points: 842 × 595
// less the margins of 0.4 inch, and a line for the footer.
const (
	pageWidth  = 842 - 2*0.4*72
	pageHeight = 595 - 2*0.4*72 - lineHeight
)

// pageScale is the print scale, in percent, at which rows r1..r2 of a
// sheet, with columns ws wide, fit one printSetup page: at most 100, a
// little under the exact fit, since a spreadsheet's fonts are a little
// wider or taller than this reckons.
func (b *book) pageScale(sheet string, ws []float64, r1, r2 int) int {
	if b.err != nil {
		return 100
	}
	// A column w characters wide is w·7 + 5 pixels, at ¾ point a pixel.
	var w, h float64
	for _, x := range ws {
		w += (x*7 + 5) * 0.75
	}
	for r := r1; r <= r2; r++ {
		ht, err := b.f.GetRowHeight(sheet, r)
		if err != nil {
			b.err = err
			return 100
		}
		h += ht
	}
	scale := 100.0
	if w > 0 {
		scale = min(scale, pageWidth/w*100)
	}
	if h > 0 {
		scale = min(scale, pageHeight/h*100)
	}
	return max(10, int(scale*0.95))
}

// writeTo writes the workbook to w. It first orders what excelize leaves
// in map order — the image types a drawing (a chart) adds to
// [Content_Types].xml, and the order of the zip's entries when more than
// one sheet is streamed — so that the same input gives the same bytes.
func (b *book) writeTo(w io.Writer) error {
	if ct := b.f.ContentTypes; ct != nil {
		d := ct.Defaults
		sort.SliceStable(d, func(i, j int) bool { return d[i].Extension < d[j].Extension })
	}
	b.activate()
	b.f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return newSortedZip(w) })
	_, err := b.f.WriteTo(w)
	return err
}

// activate makes the first sheet the active one, once: excelize's
// SetActiveSheet reads every worksheet, decoding again those a stream
// writer has written, so a writer with stream-written sheets calls it
// before they are (Write), and writeTo then does not again.
func (b *book) activate() {
	if !b.activated {
		b.f.SetActiveSheet(0)
		b.activated = true
	}
}

// sortedZip is the zip writer excelize writes the workbook with: it keeps
// the parts as they come and, at Close, writes them in name order,
// [Content_Types].xml first, so that the same workbook gives the same
// bytes (excelize writes its parts from maps, in no fixed order). Before
// it, the archive was written twice: by excelize, then copied entry by
// entry in that order.
//
// Each part is deflated as soon as it is complete (excelize writes one
// part at a time, so a part is complete when the next is created), on
// every core while excelize goes on encoding the next parts, and written
// raw at Close. The bytes are those archive/zip's Create and Write give:
// the same deflate (compress/flate at archive/zip's level 5, the part in
// one Write) and the same headers (see deflated). A part written to after
// the next one was created is an error rather than a silent truncation.
type sortedZip struct {
	w     io.Writer
	names []string
	parts map[string]*zipPart
	last  *zipPart
	sem   chan struct{} // bounds the parts deflated at once
	wg    sync.WaitGroup
}

// zipPart is one entry of the archive.
type zipPart struct {
	name   string
	data   bytes.Buffer
	sealed bool // the next part was created (or Close called)

	// Set by deflate when raw: the deflated data, their CRC-32 and the
	// size of the data before.
	raw  bool
	comp []byte
	crc  uint32
	size int64
	err  error
}

func newSortedZip(w io.Writer) *sortedZip {
	return &sortedZip{w: w, parts: map[string]*zipPart{}, sem: make(chan struct{}, runtime.GOMAXPROCS(0))}
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	if _, dup := z.parts[name]; dup {
		return nil, fmt.Errorf("the workbook's part %s is written twice", name)
	}
	z.seal()
	p := &zipPart{name: name}
	z.parts[name] = p
	z.names = append(z.names, name)
	z.last = p
	return p, nil
}

func (p *zipPart) Write(b []byte) (int, error) {
	if p.sealed {
		return 0, fmt.Errorf("the workbook's part %s is written to after the next part began", p.name)
	}
	return p.data.Write(b)
}

// seal ends the part last created and starts deflating it.
func (z *sortedZip) seal() {
	p := z.last
	if p == nil || p.sealed {
		return
	}
	p.sealed = true
	if !plainName(p.name) {
		return // left to archive/zip, which decides the name's encoding flag
	}
	p.raw = true
	z.wg.Add(1)
	go func() {
		defer z.wg.Done()
		z.sem <- struct{}{}
		defer func() { <-z.sem }()
		p.deflate()
	}()
}

// zipFlate are deflaters at archive/zip's level, reused as archive/zip
// reuses its own (a reset writer writes what a new one does).
var zipFlate sync.Pool

// zipLevel is the level of archive/zip's Deflate compressor.
const zipLevel = 5

func (p *zipPart) deflate() {
	data := p.data.Bytes()
	var out bytes.Buffer
	fw, ok := zipFlate.Get().(*flate.Writer)
	if ok {
		fw.Reset(&out)
	} else {
		fw, _ = flate.NewWriter(&out, zipLevel)
	}
	if _, err := fw.Write(data); err != nil {
		p.err = err
		return
	}
	if err := fw.Close(); err != nil {
		p.err = err
		return
	}
	zipFlate.Put(fw)
	p.comp, p.crc, p.size = out.Bytes(), crc32.ChecksumIEEE(data), int64(len(data))
	p.data = bytes.Buffer{} // only the deflated data are written now
}

// plainName is whether archive/zip writes name without the UTF-8 flag:
// every byte in 0x20–0x7d and none a backslash (its detectUTF8), as every
// name excelize gives a part is.
func plainName(name string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c < 0x20 || c > 0x7d || c == '\\' {
			return false
		}
	}
	return true
}

// deflated is the header archive/zip's Create gives an entry whose data
// it deflates, with the sizes and CRC it finds at the end: no time, a data
// descriptor (flag 0x8) after the data, version 2.0.
func deflated(p *zipPart) *zip.FileHeader {
	return &zip.FileHeader{
		Name:               p.name,
		Method:             zip.Deflate,
		Flags:              0x8,
		CreatorVersion:     20,
		ReaderVersion:      20,
		CRC32:              p.crc,
		CompressedSize64:   uint64(len(p.comp)),
		UncompressedSize64: uint64(p.size),
	}
}

func (z *sortedZip) AddFS(fs.FS) error {
	return errors.New("the workbook is not written from a file system")
}

func (z *sortedZip) Close() error {
	z.seal()
	z.wg.Wait()
	const types = "[Content_Types].xml"
	sort.SliceStable(z.names, func(i, j int) bool {
		a, b := z.names[i], z.names[j]
		if (a == types) != (b == types) {
			return a == types
		}
		return a < b
	})
	zw := zip.NewWriter(z.w)
	for _, name := range z.names {
		p := z.parts[name]
		if p.err != nil {
			return fmt.Errorf("the workbook's part %s: %w", name, p.err)
		}
		if !p.raw {
			f, err := zw.Create(name)
			if err != nil {
				return err
			}
			if _, err := f.Write(p.data.Bytes()); err != nil {
				return err
			}
			continue
		}
		// 4 GiB or more would need the zip64 headers archive/zip sets
		// only for what it deflates itself.
		if p.size >= math.MaxUint32 || len(p.comp) >= math.MaxUint32 {
			return fmt.Errorf("the workbook's part %s is too large for the zip (%d bytes)", name, p.size)
		}
		f, err := zw.CreateRaw(deflated(p))
		if err != nil {
			return err
		}
		if _, err := f.Write(p.comp); err != nil {
			return err
		}
		p.comp = nil // in the archive now
	}
	return zw.Close()
}

// epoch is the date of a workbook written with a zero Date option: the zip
// format's own epoch, so that no run's clock leaks into the file.
var epoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// props sets the document properties (the subject is the plan's name), dated date (epoch when zero), never
// by the clock.
func (b *book) props(subject, title string, date time.Time) {
	if b.err != nil {
		return
	}
	if date.IsZero() {
		date = epoch
	}
	stamp := date.UTC().Format(time.RFC3339)
	b.err = b.f.SetDocProps(&excelize.DocProperties{
		Title:          title,
		Subject:        subject,
		Creator:        "plancheck",
		LastModifiedBy: "plancheck",
		Language:       "zh-CN",
		Created:        stamp,
		Modified:       stamp,
	})
}

// The custom document properties of the report, which report/sheet reads
// back (sheet.PropYear, sheet.PropSheets): the evaluation year the
// analysts' columns belong to, and the input sheets written, which the
// workbook must keep when it comes back.
const (
	propYear   = "PlancheckYear"
	propPlan   = "PlancheckPlan" // the plan's id: a report fed back as --previous must be of the same plan
	propSheets = "PlancheckSheets"
)

// reportProps records the report's plan id, evaluation year and its input
// sheets, in the order given, in the custom document properties.
func (b *book) reportProps(plan string, year int, sheets []string) {
	if b.err != nil {
		return
	}
	if b.err = b.f.SetCustomProps(excelize.CustomProperty{Name: propYear, Value: int32(year)}); b.err != nil {
		return
	}
	if b.err = b.f.SetCustomProps(excelize.CustomProperty{Name: propPlan, Value: plan}); b.err != nil {
		return
	}
	b.err = b.f.SetCustomProps(excelize.CustomProperty{Name: propSheets, Value: strings.Join(sheets, ",")})
}

// note gives a header cell a note (a comment) that says what its column is.
func (b *book) note(sheet string, col, r int, text string) {
	if b.err != nil {
		return
	}
	err := b.f.AddComment(sheet, excelize.Comment{
		Cell:      cellName(col, r),
		Author:    "plancheck",
		Paragraph: []excelize.RichTextRun{{Text: text}},
		Width:     noteWidth,
		Height:    noteHeight,
	})
	if err != nil {
		b.err = fmt.Errorf("%s!%s: %w", sheet, cellName(col, r), err)
	}
}

// The size of a header's note, in pixels: room for about four lines.
const (
	noteWidth  = 240
	noteHeight = 90
)
