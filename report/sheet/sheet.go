// Package sheet reads the monitoring workbooks (.xlsx) that departments
// fill in each year into a model.Dataset, remembering for every value the
// file, sheet and cell it came from.
//
// excelize is imported for reading here only. The package never panics on
// a bad file and never converts a unit silently: what it cannot read
// exactly is an error naming the file, the sheet and the cell, saying what
// was wrong and what to write instead.
//
// # The workbook format
//
// This is a contract with the people who fill the workbooks; docs/FORMAT.md
// repeats it for them.
//
// A workbook has at least one of three sheets, found by name (trimmed,
// full-width folded, English names in any case). Other sheets, such as
// 填报说明, are ignored.
//
//   - 指标数据 (indicators): the indicators' values. Ids are the plan's
//     indicators.
//   - 市级要求 (requirements): the superior level's yearly requirement for
//     an indicator judged against it; a plan whose superior is 省级 or 国家
//     names it 省级要求 or 国家要求, and 上级要求 is read for any plan. Ids
//     are the plan's indicators.
//   - 参照数据 (references): outside series, such as the city's average
//     unemployment rate. Ids are the plan's references.
//
// Each sheet is a table under a header row: the first row among the first
// ten (HeaderRows) that has an id column. Rows above it, such as titles,
// are ignored. Header names are matched after trimming spaces, folding
// full-width forms and dropping a trailing unit in parentheses (数值(万人)
// is 数值):
//
//	id        指标编号, 编号, id (参照数据 also 参照编号)
//	year      年份, 年度, year
//	value     数值, value (市级要求 also 要求值, requirement)
//	unit      单位, unit                 optional
//	source    数据来源, source           optional
//	reporter  填报单位, reporter         optional
//	note      备注, note                 optional
//
// Other columns (指标名称, 序号, …) are ignored. With a year column the
// table is in long form: one row per id and year. Without one it is in wide
// form: one row per id and one column per year, headed 2023 or 2023年 (a
// number or text), with the unit, source, reporter and note columns
// applying to the whole row.
//
// A merged header cell counts as if every cell of the range held its value,
// so a two-row header works when the id header is merged down over both
// rows (年度数据 merged over the year columns of the second row, say); the
// header then ends at the merge's last row. Merged cells below the header
// that touch a column read here are an error: unmerge them and fill every
// cell.
//
// Below the header, blank rows are skipped, and so is a row whose value
// cells are all blank or placeholders (see MissingWords): it reports
// nothing. A row that has a value must have an id the plan knows (typed as
// the plan prints it, in any case or width, "01" for "1") and, in long
// form, a year within the plan's period (2023, 2023年 or 2023.0).
//
// Values are read as ParseNumber describes. A unit typed after the number
// or in the unit column must be the plan's unit for the indicator (compared
// after model.NormalizeUnit); any other unit is an error, never a
// conversion. A numeric cell formatted as a percentage holds 0.059 for
// 5.9%; it is read as 5.9, the percent points the plan's % indicators are
// in. A number format that shows the value divided by 1,000 (#,##0.0,) is
// an error: the figure meant is unclear. A yes/no indicator
// (model.Indicator.IsYesNo) takes one of YesNoWords, read as 1 or 0. A
// value typed with a bound (以内, 以下, 以上) is read as approximate, and
// the bound is kept in the observation's note.
//
// A date is read as the text the cell shows (2023/1/1, 2023-01-01,
// 2023年1月1日), never as the number Excel stores for it (44927): as a
// value it is an error that quotes that text; as a year (a 年份 cell, or a
// wide form's year header) it is the date's year when the cell's format
// shows only the year (yyyy, yyyy"年"), and an error otherwise. A header
// that is a date typed as text (2023-01-01, 2023年1月) is an error too, not
// a column dropped. A cell showing an error (#DIV/0!, #N/A) is an error.
//
// A formula cell is read through its saved value. A formula that refers
// to itself, directly or through others, or depends on one that does, is
// an error: a circular reference has no value. A formula without a saved
// value (a program wrote the workbook) is calculated when that is safe:
// when the formulas it depends on are at most MaxCalcDepth deep, all its
// references are cells or ranges of the workbook, and its functions are
// bounded ones (SUM, ROUND, IF, VLOOKUP…; not INDIRECT, REPT or TODAY).
// Otherwise it is an error naming the cell: open the workbook in Excel or
// LibreOffice and save it, so that the values are saved.
//
// The same id and year twice in a sheet is fine with the same value (the
// first is kept) and an error with different values. Observations come out
// in the workbook's order: sheet, then row, then (wide form) column.
//
// # Limits
//
// A workbook is untrusted input. Before the Excel library reads anything,
// the zip and its XML are checked here, streaming and within Options: the
// file's size, the number of entries in the zip and their unpacked sizes
// (two entries of one name are refused), styles.xml and its formats, the
// number and size of the shared strings, each cell's text, and in every
// sheet the rows and cells with content, their order (a row or cell
// written twice is refused), each shared-string index, and the merged
// ranges (overlapping ones are refused). Empty rows and cells are left
// out, so that the empty row 1,048,576 LibreOffice writes after a row is
// deleted costs nothing. Nothing is written to a temporary file. A file
// beyond a limit is a message naming the file and the limit, not a machine
// out of memory, and every message quotes at most 80 characters of a
// cell.
package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// Options bound what Read accepts, so that a hostile or broken file fails
// with a message instead of exhausting memory or time. A zero field means
// the default given with it; DefaultOptions holds them all. Each limit is
// checked on the file itself, before the Excel library reads the part it
// bounds, and a file beyond one is refused with a message naming the file
// and the limit.
type Options struct {
	// MaxFileSize is the largest .xlsx file read, in bytes (32 MiB). A
	// monitoring workbook is some tens of kilobytes.
	MaxFileSize int64

	// UnzipSizeLimit bounds the unpacked size of the whole zip, the sum
	// of what its entries say they hold (64 MiB). UnzipXMLSizeLimit
	// bounds one unpacked part other than a sheet, such as the shared
	// strings (16 MiB); a sheet is bounded by the whole and by its rows
	// and cells. Every part is read no further than it says it is long,
	// and kept in memory: Read writes no temporary file.
	UnzipSizeLimit    int64
	UnzipXMLSizeLimit int64

	// MaxParts is the most entries the zip may hold (10,000).
	MaxParts int

	// MaxStylesSize bounds xl/styles.xml, unpacked (4 MiB); MaxCellStyles
	// the cell formats in it (64,000, Excel's own limit) and MaxNumFmts
	// its number formats (1,000).
	MaxStylesSize int64
	MaxCellStyles int
	MaxNumFmts    int

	// MaxSharedStrings is the most strings xl/sharedStrings.xml may hold
	// (200,000), and MaxSharedStringsSize the most characters in all of
	// them (8,000,000).
	MaxSharedStrings     int
	MaxSharedStringsSize int

	// MaxCellText is the most characters a cell may hold (32,767, Excel's
	// own limit).
	MaxCellText int

	// MaxRows is the most rows with content a sheet read may have
	// (100,000). Empty rows, such as the row 1,048,576 LibreOffice may
	// write after a row is deleted, do not count.
	MaxRows int

	// MaxColumns is the rightmost column that may hold data (1,000).
	MaxColumns int

	// MaxCells is the most cells a sheet read may span (1,000,000),
	// counting each row with content up to its last cell with content,
	// and one for each row number up to the last row with content: what
	// the Excel library holds to look a cell up.
	MaxCells int

	// MaxMerges is the most merged ranges a sheet read may have (1,000).
	MaxMerges int

	// MaxErrors is how many problems are reported before Read stops (50).
	MaxErrors int

	// MaxCalcCells is how many formulas without a saved value are
	// calculated in one workbook (1,000). Excel and LibreOffice save
	// every formula's value; only workbooks written by programs lack
	// them.
	MaxCalcCells int

	// MaxCalcDepth is the longest chain of formulas, each using the next,
	// that a formula without a saved value may depend on to be
	// calculated (100). The Excel library calculates by recursion; a
	// longer chain could overflow the stack, which would crash the
	// program.
	MaxCalcDepth int

	// viaExcelize, set by tests only, reads every sheet with excelize's
	// row iterator instead of directly (direct.go), to compare the two.
	viaExcelize bool
}

// DefaultOptions are the limits Read uses.
var DefaultOptions = Options{
	MaxFileSize:          32 << 20,
	UnzipSizeLimit:       64 << 20,
	UnzipXMLSizeLimit:    16 << 20,
	MaxParts:             10_000,
	MaxStylesSize:        4 << 20,
	MaxCellStyles:        64_000,
	MaxNumFmts:           1_000,
	MaxSharedStrings:     200_000,
	MaxSharedStringsSize: 8_000_000,
	MaxCellText:          32_767,
	MaxRows:              100_000,
	MaxColumns:           1_000,
	MaxCells:             1_000_000,
	MaxMerges:            1_000,
	MaxErrors:            50,
	MaxCalcCells:         1_000,
	MaxCalcDepth:         100,
}

// HeaderRows is how many rows at the top of a sheet are searched for the
// header row.
const HeaderRows = 10

func (o Options) withDefaults() Options {
	d := DefaultOptions
	set64 := func(dst *int64, v int64) {
		if v > 0 {
			*dst = v
		}
	}
	set := func(dst *int, v int) {
		if v > 0 {
			*dst = v
		}
	}
	set64(&d.MaxFileSize, o.MaxFileSize)
	set64(&d.UnzipSizeLimit, o.UnzipSizeLimit)
	set64(&d.UnzipXMLSizeLimit, o.UnzipXMLSizeLimit)
	d.UnzipXMLSizeLimit = min(d.UnzipXMLSizeLimit, d.UnzipSizeLimit)
	set(&d.MaxParts, o.MaxParts)
	set64(&d.MaxStylesSize, o.MaxStylesSize)
	d.MaxStylesSize = min(d.MaxStylesSize, d.UnzipXMLSizeLimit)
	set(&d.MaxCellStyles, o.MaxCellStyles)
	set(&d.MaxNumFmts, o.MaxNumFmts)
	set(&d.MaxSharedStrings, o.MaxSharedStrings)
	set(&d.MaxSharedStringsSize, o.MaxSharedStringsSize)
	set(&d.MaxCellText, o.MaxCellText)
	set(&d.MaxRows, o.MaxRows)
	if o.MaxColumns > 0 {
		d.MaxColumns = min(o.MaxColumns, excelize.MaxColumns)
	}
	set(&d.MaxCells, o.MaxCells)
	set(&d.MaxMerges, o.MaxMerges)
	set(&d.MaxErrors, o.MaxErrors)
	set(&d.MaxCalcCells, o.MaxCalcCells)
	set(&d.MaxCalcDepth, o.MaxCalcDepth)
	d.viaExcelize = o.viaExcelize
	return d
}

// Error is one problem in a workbook, at a cell when it has one. Its
// message reads like "kw-2023.xlsx: 指标数据!C14: "待核实" is not a number
// (…)".
type Error struct {
	At  model.Loc // At.Sheet and At.Cell are empty for a problem of the whole file or sheet
	Msg string
	Err error // the underlying error, when there is one
}

func (e *Error) Error() string {
	if at := e.At.String(); at != "" {
		return tr.Sprintf("sheet.at", at, e.Msg)
	}
	return e.Msg
}

// Unwrap returns the underlying error, or nil.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is every problem found in a workbook, in sheet and row order.
type ErrorList []*Error

// Error prints one problem a line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the problems, for errors.As.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Read reads one monitoring workbook with DefaultOptions. name is how
// messages name the file (usually its base name); p is the plan the
// workbook reports on.
//
// The error, when not nil, is an ErrorList. When the file cannot be read
// as a workbook at all it holds one Error and the Dataset is nil. When
// some cells are bad it names every one (up to MaxErrors), and the Dataset
// holds the values read from the good ones, for a caller that wants to
// show them; most callers should stop.
func Read(r io.Reader, name string, p *model.Plan) (*model.Dataset, error) {
	return Options{}.Read(r, name, p)
}

// Read is the package's Read with the limits o.
func (o Options) Read(r io.Reader, name string, p *model.Plan) (*model.Dataset, error) {
	var ds *model.Dataset
	err := o.open(r, name, p, tr.Format("sheet.theWorkbook"), true, func(rd *reader) (err error) {
		ds, err = rd.read()
		return err
	})
	return ds, err // with the cell errors, what could be read (see Read)
}

// open reads a workbook from r within o's limits, checks it (inspect) and
// opens it with excelize for use, which reads it; what names it in the
// message when there is no plan. An .xls (OLE) file is refused with the
// words ReadFile uses when ole is set. Every error is an ErrorList naming
// the file.
func (o Options) open(r io.Reader, name string, p *model.Plan, what string, ole bool, use func(rd *reader) error) (err error) {
	o = o.withDefaults()
	fail := func(msg string, cause error) error {
		return ErrorList{{At: model.Loc{File: name}, Msg: msg, Err: cause}}
	}
	if p == nil {
		return fail(tr.Sprintf("sheet.noPlan", what), nil)
	}
	data, err := io.ReadAll(io.LimitReader(r, o.MaxFileSize+1))
	if err != nil {
		return fail(tr.Sprintf("sheet.cannotRead", err), err)
	}
	if ole && bytes.HasPrefix(data, oleMagic) { // the same words as ReadFile for an .xls, whatever it is named
		return fail(oleMessage(data, name, strings.ToLower(path.Ext(baseName(name)))), nil)
	}
	if msg := checkBytes(data, o.MaxFileSize); msg != "" {
		return fail(msg, nil)
	}

	// excelize may panic on a malformed file. Our own code is written not
	// to; this is the last line of defence, so that a bad file is a
	// message naming it rather than a crash.
	defer func() {
		if !catchPanics {
			return
		}
		if v := recover(); v != nil {
			err = ErrorList{{At: model.Loc{File: name}, Msg: tr.Sprintf("sheet.libFailed", v)}}
		}
	}()

	wb, book, ie := inspect(data, &o)
	if ie != nil {
		return fail(ie.msg, ie.err)
	}
	// UnzipXMLSizeLimit as large as the whole: excelize would write a
	// larger part to a temporary file, and inspect has bounded every part
	// already.
	f, err := excelize.OpenReader(bytes.NewReader(book), excelize.Options{
		RawCellValue:      true,
		UnzipSizeLimit:    o.UnzipSizeLimit,
		UnzipXMLSizeLimit: o.UnzipSizeLimit,
	})
	if err != nil {
		return fail(openMessage(err, data, o), err)
	}
	defer f.Close()

	rd := &reader{o: o, f: f, file: name, p: p, wb: wb}
	rd.deps = &depGraph{rd: rd}
	return use(rd)
}

// catchPanics is false in the fuzz tests, so that a panic in this
// package's own code is found rather than turned into a message.
var catchPanics = true

// ole is the start of an OLE compound file: an Excel 97–2003 .xls, or an
// .xlsx encrypted with a password.
var oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// checkBytes says what is wrong with a file that cannot be an .xlsx, or "".
func checkBytes(data []byte, maxSize int64) string {
	switch {
	case len(data) == 0:
		return tr.Format("sheet.xlsxEmpty")
	case int64(len(data)) > maxSize:
		return tr.Sprintf("sheet.xlsxTooBig", maxSize>>20)
	case bytes.HasPrefix(data, oleMagic):
		return tr.Format("sheet.xlsOrPassword")
	}
	return ""
}

// openMessage explains why excelize could not open the file.
func openMessage(err error, data []byte, o Options) string {
	switch {
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrAlgorithm), errors.Is(err, zip.ErrChecksum):
		hint := ""
		if looksLikeText(data) {
			hint = tr.Format("sheet.looksText")
		}
		return tr.Sprintf("sheet.notXLSXHint", err, hint)
	case errors.Is(err, excelize.ErrWorkbookFileFormat), errors.Is(err, excelize.ErrWorkbookPassword):
		return tr.Sprintf("sheet.notXLSXPassword", err)
	case strings.Contains(err.Error(), "unzip size"):
		return tr.Sprintf("sheet.unzipBig", o.UnzipSizeLimit>>20)
	}
	if what := zipContent(data); what != "" {
		return tr.Sprintf("sheet.notXLSX", what)
	}
	return tr.Sprintf("sheet.cannotReadBook", err)
}

// zipContent says what a zip archive that excelize could not open holds,
// when it is not a workbook; "" when it looks like one.
func zipContent(data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	has := func(name string) bool {
		for _, f := range zr.File {
			if strings.EqualFold(f.Name, name) {
				return true
			}
		}
		return false
	}
	switch {
	case has("xl/workbook.xml"):
		return ""
	case has("xl/workbook.bin"):
		return tr.Format("sheet.isXLSB")
	case has("content.xml"):
		return tr.Format("sheet.isODS")
	case has("word/document.xml"):
		return tr.Format("sheet.isDOCX")
	}
	return tr.Format("sheet.zipNoBook")
}

// looksLikeText reports whether the file starts as text does: no control
// characters but white space. It accepts any ASCII-compatible encoding,
// GBK included, in which Excel saves CSV files on Chinese systems.
func looksLikeText(data []byte) bool {
	for _, c := range data[:min(len(data), 512)] {
		if (c < ' ' && c != '\n' && c != '\r' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

// kind is which of the three sheets a sheet is.
type kind int

const (
	kindValues kind = iota
	kindRequirements
	kindReferences
)

// sheetNames are the sheets' names and English aliases, by kind.
var sheetNames = [...][2]string{
	kindValues:       {"指标数据", "indicators"},
	kindRequirements: {"市级要求", "requirements"},
	kindReferences:   {"参照数据", "references"},
}

// requirementNames are the other names of the requirements sheet: a plan
// whose superior is a province or the state names it 省级要求 or 国家要求
// (model.Plan.SuperiorLevel), and 上级要求 fits any plan. Each is read as
// 市级要求 is, whatever the plan's level.
var requirementNames = []string{"省级要求", "国家要求", "上级要求"}

func sheetKind(name string) (kind, bool) {
	n := strings.ToLower(fold(name))
	for k, names := range sheetNames {
		if n == names[0] || n == names[1] {
			return kind(k), true
		}
	}
	for _, r := range requirementNames {
		if n == r {
			return kindRequirements, true
		}
	}
	return 0, false
}

// requirementSheet is the requirements sheet's name for plan p: its
// superior's (市级要求, 省级要求, 国家要求).
func requirementSheet(p *model.Plan) string {
	if p == nil {
		return sheetNames[kindRequirements][0]
	}
	return p.SuperiorLevel() + "要求"
}

// kindName is the name messages give a sheet kind for the reader's plan.
func (rd *reader) kindName(k kind) string {
	if k == kindRequirements {
		return requirementSheet(rd.p)
	}
	return sheetNames[k][0]
}

// reader reads one workbook.
type reader struct {
	o     Options
	f     *excelize.File
	file  string
	p     *model.Plan
	errs  ErrorList
	full  bool      // errs has reached MaxErrors
	calcs int       // formulas calculated so far
	wb    *workbook // what inspect learned of the file
	deps  *depGraph // the formulas' references, as far as followed
}

// errorf records a problem; it reports false once there are too many, so
// that callers can stop.
func (rd *reader) errorf(at model.Loc, format string, args ...any) bool {
	if rd.full {
		return false
	}
	if len(rd.errs) >= rd.o.MaxErrors {
		rd.full = true
		rd.errs = append(rd.errs, &Error{At: model.Loc{File: rd.file}, Msg: tr.Sprintf("sheet.maxErrors", rd.o.MaxErrors)})
		return false
	}
	rd.errs = append(rd.errs, &Error{At: at, Msg: sprintf(format, args...)})
	return true
}

// maxQuote is how many characters of a cell a message quotes.
const maxQuote = 80

// clip shortens a cell's text for a message: at most maxQuote characters,
// the rest replaced by "…".
func clip(s string) string { return clipTo(s, maxQuote) }

// clipTo shortens s to n characters for a message, marking the cut with ….
func clipTo(s string, n int) string {
	i, count := 0, 0
	for i < len(s) && count < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		count++
	}
	if i < len(s) {
		return s[:i] + "…"
	}
	return s
}

// quote is how every message quotes a cell's text: clipped, in Go quotes.
func quote(s string) string { return strconv.Quote(clip(s)) }

// sprintf is fmt.Sprintf with every string quoted by %q clipped, so that
// no message of the package quotes megabytes of a cell, whoever wrote it.
func sprintf(format string, args ...any) string {
	var clipped []any
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		for i++; i < len(format) && strings.IndexByte("+-# 0123456789.*", format[i]) >= 0; i++ {
			if format[i] == '*' {
				arg++
			}
		}
		if i >= len(format) || format[i] == '%' {
			continue
		}
		if format[i] == 'q' && arg < len(args) {
			if s, ok := args[arg].(string); ok && utf8.RuneCountInString(s) > maxQuote {
				if clipped == nil {
					clipped = slices.Clone(args)
				}
				clipped[arg] = clip(s)
			}
		}
		arg++
	}
	if clipped != nil {
		args = clipped
	}
	return fmt.Sprintf(format, args...)
}

func (rd *reader) read() (*model.Dataset, error) {
	var ds model.Dataset
	sheets := rd.wb.sheets
	rd.checkReport(sheets) // report.go: plancheck's own report must have its sheets
	seen := map[kind]string{}
	adjusted, other := false, false // 指标评估 read; 重点任务/重大项目/指标评估 present
	for _, s := range sheets {
		switch fold(s) {
		case AssessmentSheet:
			other = true
			if !adjusted {
				adjusted = true
				ds.Adjustments = append(ds.Adjustments, rd.readAdjustments(s)...)
			}
			continue
		case ProposalSheet:
			other = true
			ds.Proposals = append(ds.Proposals, rd.readProposals(s)...)
			continue
		case TaskSheet, "tasks":
			other = true
			ds.Tasks = append(ds.Tasks, rd.readTasks(s)...)
			continue
		case ProjectSheet, "projects":
			other = true
			ds.Projects = append(ds.Projects, rd.readProjects(s)...)
			continue
		}
		k, ok := sheetKind(s)
		if !ok {
			continue
		}
		if first, dup := seen[k]; dup {
			rd.errorf(model.Loc{File: rd.file, Sheet: s}, tr.Format("sheet.secondSheet"), rd.kindName(k), first)
			continue
		}
		seen[k] = s
		dst := &ds.Values
		switch k {
		case kindRequirements:
			dst = &ds.Requirements
		case kindReferences:
			dst = &ds.References
		}
		sr := &sheetReader{rd: rd, sheet: s, kind: k}
		*dst = append(*dst, sr.read()...)
		if rd.full {
			break
		}
	}
	if len(seen) == 0 && !other {
		var have []string
		for i, s := range sheets {
			if i == 10 {
				have = append(have, tr.Sprintf("sheet.inAll", len(sheets)))
				break
			}
			have = append(have, quote(s))
		}
		list := strings.Join(have, ", ")
		if list == "" {
			list = "none"
		}
		rd.errorf(model.Loc{File: rd.file}, tr.Format("sheet.noSheet"), requirementSheet(rd.p), list)
		return nil, rd.errs
	}
	if len(rd.errs) > 0 {
		return &ds, rd.errs
	}
	return &ds, nil
}
