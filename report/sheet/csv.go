package sheet

// Reading a sheet saved as CSV.
//
// A CSV file holds one sheet, so the file's name says which: 指标数据.csv
// is the 指标数据 sheet. Its text is read into a grid of cells, each with
// its A1 reference, and the grid is handed to the workbook reader as a
// one-sheet .xlsx built in memory, so that every rule of the sheets — the
// header search, long and wide forms, ParseNumber, units, years,
// duplicates, placeholders, the limits — applies to a CSV file unchanged,
// and its messages read the same ("指标数据.csv: 指标数据!D3: …", the cell
// Excel shows when it opens the file).
//
// Why a workbook and not a grid the sheet reader walks directly: the
// reader asks excelize for each cell's type, number format and formula,
// and a CSV cell has none of them. A grid abstraction under both paths
// would change the reader throughout; the in-memory workbook needs no
// change to it. The cost is building and unpacking the workbook: about
// 40 bytes of XML a cell, a second or two for the largest file the
// limits allow. The workbook is written here, with inline strings,
// rather than with excelize's writer, which holds every cell as a struct
// (330 MB for a million cells) and cuts a cell longer than 32,767
// characters without a word; here such a cell is an error naming it.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// csvSheets are the sheets a CSV file may hold, each with the English
// name a file may take instead.
var csvSheets = []struct{ sheet, alias string }{
	{sheetNames[kindValues][0], sheetNames[kindValues][1]},
	{sheetNames[kindRequirements][0], sheetNames[kindRequirements][1]},
	{sheetNames[kindReferences][0], sheetNames[kindReferences][1]},
	{requirementNames[0], ""}, // 省级要求, 国家要求, 上级要求: no English name of their own
	{requirementNames[1], ""},
	{requirementNames[2], ""},
	{TaskSheet, "tasks"},
	{ProjectSheet, "projects"},
}

// maxCellText is the longest text a cell may hold, in UTF-16 code units
// as Excel counts them: Excel's own limit, 32,767.
const maxCellText = excelize.TotalCellChars

// ReadCSV reads one sheet of a monitoring workbook saved as a CSV file,
// with DefaultOptions. name is how messages name the file, and its base
// name says which sheet the file holds: it must contain the name of
// exactly one of 指标数据, 市级要求, 参照数据, 重点任务 and 重大项目, or its
// English name as a word (indicators, requirements, references, tasks,
// projects), so that 指标数据.csv, 区科委-市级要求.csv and
// kw-2023-tasks.csv all work. p is the plan the file reports on.
//
// The text may be UTF-8 (with or without a byte order mark), GB18030 (and
// so GBK, in which Chinese Excel saves "CSV (逗号分隔)"), or UTF-16 with a
// byte order mark (Excel's "Unicode 文本", tab-separated). Cells are
// separated by commas; by tabs or semicolons when the header row is
// separated by them. A first line "sep=;" names the separator, as Excel
// reads it, and is not a row.
//
// Fields follow RFC 4180 as Excel reads it: a field that starts with a
// double quote runs to the next lone quote, "" inside it is a quote, and
// it may hold separators and line breaks; a quote elsewhere is text. A
// quote opened and never closed is an error naming its cell, not the rest
// of the file read as one cell. Rows may have any number of fields, and
// an empty line is an empty row. Row and column numbers are the record's
// and the field's, as Excel numbers them when it opens the file.
//
// The cells are then read as the sheet's cells in a workbook (see the
// package comment), and the messages name them so: "指标数据.csv:
// 指标数据!D3: …". Every value is text, as the CSV holds it ("5.9%",
// "8,504.6", "2023年"). A wide table's row of years right under the header
// row, as Excel saves a header merged over two rows, is part of the header.
//
// The error is an ErrorList, as Read's; when the file cannot be read as a
// sheet at all, the Dataset is nil.
func ReadCSV(r io.Reader, name string, p *model.Plan) (*model.Dataset, error) {
	return Options{}.ReadCSV(r, name, p)
}

// ReadCSV is the package's ReadCSV with the limits o: MaxFileSize,
// MaxRows (rows with a cell that is not empty), MaxColumns, MaxCells and
// MaxErrors apply to the CSV file as to a sheet.
func (o Options) ReadCSV(r io.Reader, name string, p *model.Plan) (*model.Dataset, error) {
	o = o.withDefaults()
	fail := func(msg string) (*model.Dataset, error) {
		return nil, ErrorList{{At: model.Loc{File: name}, Msg: msg}}
	}
	if p == nil {
		return fail(tr.Format("sheet.noPlanFile"))
	}
	sheet, msg := csvSheet(name)
	if msg != "" {
		return fail(msg)
	}
	data, err := io.ReadAll(io.LimitReader(r, o.MaxFileSize+1))
	if err != nil {
		return fail(tr.Sprintf("sheet.cannotRead", err))
	}
	switch {
	case len(data) == 0:
		return fail(tr.Format("sheet.csvEmpty"))
	case int64(len(data)) > o.MaxFileSize:
		return fail(tr.Sprintf("sheet.csvTooBig", o.MaxFileSize>>20))
	}
	text, msg := decodeText(data)
	if msg != "" {
		return fail(msg)
	}
	rows, errs := parseCSV(text, name, sheet, o)
	if len(errs) > 0 {
		return nil, errs
	}
	if len(rows) == 0 {
		return fail(tr.Format("sheet.csvNoCells"))
	}
	book, unpacked, err := buildBook(sheet, rows, headerMerge(sheet, rows))
	if err != nil {
		return fail(tr.Sprintf("sheet.cannotRead", err))
	}
	// The workbook is no larger than the limits above allow; hold it in
	// memory rather than let excelize spill its sheet to a temporary file.
	ro := o
	ro.MaxFileSize = max(o.MaxFileSize, int64(len(book)))
	ro.UnzipSizeLimit = max(o.UnzipSizeLimit, unpacked+1<<20)
	ro.UnzipXMLSizeLimit = ro.UnzipSizeLimit
	return ro.Read(bytes.NewReader(book), name, p)
}

// csvSheet returns the sheet a CSV file holds, from its name: the base
// name, without its extension, folded as sheet names are (full-width
// forms, spaces, case), must hold exactly one sheet name — the Chinese
// name anywhere, the English one as a word. 指标数据.csv, 区科委-指标数据.csv
// and kw-2023-indicators.csv hold the 指标数据 sheet, so that the files of
// several departments can share a folder. Otherwise msg says why not.
func csvSheet(name string) (sheet, msg string) {
	base := baseName(name)
	stem := base
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		stem = base[:i]
	}
	s := strings.ToLower(fold(stem))
	var found []string
	for _, c := range csvSheets {
		if strings.Contains(s, c.sheet) || c.alias != "" && hasWord(s, c.alias) {
			found = append(found, c.sheet)
		}
	}
	switch {
	case len(found) == 1:
		return found[0], ""
	case len(found) > 1:
		return "", tr.Sprintf("sheet.csvTwoNames", found[0], found[1])
	case strings.Contains(s, AssessmentSheet):
		return "", tr.Sprintf("sheet.csvAssessment", AssessmentSheet)
	}
	var zh, en []string
	for _, c := range csvSheets {
		if c.alias != "" { // the other names of 市级要求 go unlisted
			zh = append(zh, c.sheet+".csv")
			en = append(en, c.alias+".csv")
		}
	}
	return "", tr.Sprintf("sheet.csvNoName",
		strings.Join(zh, ", "), strings.Join(en, ", "), zh[0])
}

// hasWord reports whether s holds w with no ASCII letter or digit either
// side.
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(w)
		if (at == 0 || !isAlnum(s[at-1])) && (end == len(s) || !isAlnum(s[end])) {
			return true
		}
		i = at + 1
	}
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// decodeText returns the file's text in UTF-8, or msg saying why it cannot.
//
// The encoding is decided in this order: a byte order mark (UTF-8, or
// UTF-16 as Excel's "Unicode 文本" writes it; UTF-32 is refused); then
// valid UTF-8; then GB18030, which Chinese Excel and WPS write (GBK is a
// subset). Text that is almost all valid UTF-8 is not taken for GB18030
// — that reading would succeed and give nonsense — but refused at its bad
// line. Text that neither encoding reads is refused at its first bad line.
func decodeText(data []byte) (text, msg string) {
	howUTF8 := tr.Format("sheet.howUTF8")
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe, 0, 0}), bytes.HasPrefix(data, []byte{0, 0, 0xfe, 0xff}):
		return "", tr.Format("sheet.utf32") + howUTF8
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
		if bad := invalidUTF8(data); bad >= 0 {
			return "", tr.Sprintf("sheet.utf8Bad", lineAt(data, bad), data[bad], howUTF8)
		}
		return string(data), ""
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		order := unicode.LittleEndian
		if data[0] == 0xfe {
			order = unicode.BigEndian
		}
		if len(data)%2 != 0 {
			return "", tr.Format("sheet.utf16Cut") + howUTF8
		}
		text, bad := decodeWith(unicode.UTF16(order, unicode.IgnoreBOM), data[2:])
		if bad > 0 {
			return "", tr.Sprintf("sheet.utf16Bad", bad, howUTF8)
		}
		return text, ""
	case bytes.IndexByte(data, 0) >= 0:
		if looksUTF16(data) {
			return "", tr.Format("sheet.nulBytes") + howUTF8
		}
		return "", tr.Format("sheet.notText")
	case utf8.Valid(data):
		return string(data), ""
	}
	if good, bad := utf8Counts(data); good > 4*bad {
		at := invalidUTF8(data)
		return "", tr.Sprintf("sheet.utf8Joined", lineAt(data, at), data[at], howUTF8)
	}
	text, bad := decodeWith(simplifiedchinese.GB18030, data)
	if bad > 0 {
		return "", tr.Sprintf("sheet.encoding", bad, howUTF8)
	}
	return text, ""
}

// decodeWith decodes data. bad is the first line holding bytes the
// decoder could not read (it gives U+FFFD for them), or 0.
func decodeWith(enc encoding.Encoding, data []byte) (text string, bad int) {
	out, err := enc.NewDecoder().Bytes(data)
	if err == nil && !bytes.ContainsRune(out, utf8.RuneError) {
		return string(out), 0
	}
	if i := bytes.IndexRune(out, utf8.RuneError); i >= 0 {
		return "", bytes.Count(out[:i], []byte{'\n'}) + 1
	}
	return "", 1
}

// looksUTF16 reports whether the NUL bytes of data's start fall on every
// other byte, as in UTF-16 text of mostly ASCII characters.
func looksUTF16(data []byte) bool {
	var zeros [2]int
	n := min(len(data), 1024)
	for i, c := range data[:n] {
		if c == 0 {
			zeros[i%2]++
		}
	}
	return n >= 4 && max(zeros[0], zeros[1]) >= n/4 && min(zeros[0], zeros[1]) == 0
}

// invalidUTF8 returns the offset of the first byte that is not valid
// UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// utf8Counts counts the valid multi-byte UTF-8 sequences and the bytes
// that are not valid UTF-8. In GB18030 text some character pairs happen
// to be valid UTF-8, but far fewer than the bytes that are not.
func utf8Counts(b []byte) (good, bad int) {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			bad++
		case n > 1:
			good++
		}
		i += max(n, 1)
	}
	return good, bad
}

func lineAt(b []byte, off int) int { return bytes.Count(b[:off], []byte{'\n'}) + 1 }

// idHeaders are the header words of the id columns of every sheet (see
// the package comment and tasks.go), normalized as normHeader does. A row
// that has one is the header row.
var idHeaders = map[string]bool{"指标编号": true, "参照编号": true, "任务编号": true, "项目编号": true, "编号": true, "id": true}

// csvDelimiter returns the separator of the text's cells: a comma, unless
// the header row — a row among the first HeaderRows with an id column, as
// the sheet reader finds it — is separated by tabs (Excel's text exports)
// or by semicolons (Excel where the decimal mark is a comma), and not by
// commas. With no such row it is a comma, and the sheet reader says that
// there is no header row.
func csvDelimiter(text string) byte {
	for _, d := range []byte{',', '\t', ';'} {
		sc := csvScanner{s: text, delim: d}
		found := false
		for n := 0; n < HeaderRows && !found; n++ {
			more, _ := sc.record(func(_ int, f string) bool {
				found = found || idHeaders[normHeader(f)]
				return !found
			})
			if !more {
				break
			}
		}
		if found {
			return d
		}
	}
	return ','
}

// csvCell is a cell of a CSV file that is not empty.
type csvCell struct {
	col  int
	text string
}

// csvRow is a row of a CSV file with a cell that is not empty.
type csvRow struct {
	num   int
	cells []csvCell
}

// parseCSV splits the text into rows of cells, refusing what a sheet
// cannot hold: too many rows, columns or cells, a cell longer than
// maxCellText, control characters, a quote never closed.
func parseCSV(text, name, sheet string, o Options) ([]csvRow, ErrorList) {
	var errs ErrorList
	full := false
	errorf := func(cell, format string, args ...any) bool {
		if full {
			return false
		}
		at := model.Loc{File: name}
		if cell != "" {
			at.Sheet, at.Cell = sheet, cell
		}
		if len(errs) >= o.MaxErrors {
			full = true
			errs = append(errs, &Error{At: model.Loc{File: name}, Msg: tr.Sprintf("sheet.csvMaxErrors", o.MaxErrors)})
			return false
		}
		errs = append(errs, &Error{At: at, Msg: fmt.Sprintf(format, args...)})
		return true
	}

	delim := byte(0)
	if line, rest, ok := strings.Cut(text, "\n"); strings.HasPrefix(line, "sep=") {
		if sep := strings.TrimSuffix(line[4:], "\r"); len(sep) == 1 && sep[0] != '"' {
			delim, text = sep[0], rest
			if !ok {
				text = ""
			}
		}
	}
	if delim == 0 {
		delim = csvDelimiter(text)
	}

	var rows []csvRow
	cells := 0 // the rows' spans, as the sheet reader's MaxCells counts them
	sc := csvScanner{s: text, delim: delim}
	for num := 1; ; num++ {
		var row csvRow
		more, err := sc.record(func(col int, f string) bool {
			at := cellName(col, num)
			switch {
			case num > excelize.TotalRows:
				errorf("", tr.Format("sheet.csvRows"), excelize.TotalRows)
				return false
			case col > o.MaxColumns:
				errorf(at, tr.Format("sheet.beyondCol"), o.MaxColumns)
				return false
			case len(f) > maxCellText && utf16Len(f) > maxCellText:
				errorf(at, tr.Format("sheet.csvCellLong"), utf16Len(f), maxCellText, clipTo(f, 40))
				return false
			}
			if r, ok := badRune(f); ok {
				return errorf(at, tr.Format("sheet.csvControl"), r, clipTo(f, 80))
			}
			if delim == ';' && commaNumber(f) {
				// Excel separates cells with semicolons where the decimal
				// mark is a comma: 36,500 may be 36.5 there, and 36500 here.
				return errorf(at, tr.Format("sheet.csvComma"), clipTo(f, 40))
			}
			row.cells = append(row.cells, csvCell{col: col, text: f})
			return true
		})
		if err != nil {
			// A quote never closed, or a limit passed: stop here.
			var q *openQuote
			if errors.As(err, &q) {
				errorf(cellName(q.col, num), tr.Format("sheet.csvQuote"), clipTo(q.text, 40))
			}
			return nil, errs
		}
		if !more {
			break
		}
		if len(row.cells) == 0 {
			continue
		}
		if len(rows) == o.MaxRows {
			errorf("", tr.Format("sheet.csvRowsData"), o.MaxRows)
			return nil, errs
		}
		cells += row.cells[len(row.cells)-1].col
		if cells > o.MaxCells {
			errorf("", tr.Format("sheet.csvCells"), o.MaxCells)
			return nil, errs
		}
		row.num = num
		rows = append(rows, row)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return rows, nil
}

// commaNumber reports whether s is digits with one or more commas between
// them, and maybe a sign, a decimal point or a %: a number with a decimal
// comma or with thousands separators.
func commaNumber(s string) bool {
	t := strings.TrimSuffix(strings.TrimLeft(strings.TrimSpace(s), "+-"), "%")
	if !strings.Contains(t, ",") {
		return false
	}
	digit := false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case c == ',' || c == '.':
			if !digit {
				return false
			}
			digit = false
		default:
			return false
		}
	}
	return digit
}

// headerMerge returns the merged range that makes a wide table's two
// header rows one header, or "". A workbook's wide table often heads its
// year columns with a merged cell (年度数据 over 2021, 2022, …) and merges
// the other headers down over both rows; saved as CSV, the merges are
// gone and the years are a row of their own under the header. So when
// the row under the header row has no id and has years where the header
// row is empty, and the header row has no 年份 column, the id's header
// cell is merged down over it, as the sheet reader expects a two-row
// header to be (see the package comment).
func headerMerge(sheet string, rows []csvRow) string {
	k, ok := sheetKind(sheet)
	if !ok {
		return "" // tasks and projects are long tables
	}
	for i, r := range rows {
		if r.num > HeaderRows {
			return ""
		}
		idCol, long := 0, false
		for _, c := range r.cells {
			switch headerField(k, normHeader(c.text)) {
			case colID:
				if idCol == 0 {
					idCol = c.col
				}
			case colYear:
				long = true
			}
		}
		switch {
		case idCol == 0:
			continue
		case long, i+1 == len(rows), rows[i+1].num != r.num+1:
			return ""
		}
		header := map[int]bool{}
		for _, c := range r.cells {
			header[c.col] = true
		}
		years := false
		for _, c := range rows[i+1].cells {
			if c.col == idCol {
				return ""
			}
			if y, ok := parseYear(normHeader(c.text)); ok && y >= 1900 && y <= 2200 && !header[c.col] {
				years = true
			}
		}
		if !years {
			return ""
		}
		return cellName(idCol, r.num) + ":" + cellName(idCol, r.num+1)
	}
	return ""
}

// utf16Len is the length of s in UTF-16 code units, as Excel counts a
// cell's characters.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// badRune returns the first character of s that XML, and so a sheet,
// cannot hold.
func badRune(s string) (rune, bool) {
	for _, r := range s {
		if r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == 0xfffe || r == 0xffff {
			return r, true
		}
	}
	return 0, false
}

// openQuote is a quoted field with no closing quote.
type openQuote struct {
	col  int
	text string // from after the opening quote
}

func (e *openQuote) Error() string { return tr.Format("sheet.quoteOpen") }

// errStop is returned by record when its callback stopped it.
var errStop = errors.New("stopped")

// csvScanner reads the records of a CSV text.
type csvScanner struct {
	s     string
	pos   int
	delim byte
}

// record reads the next record, calling cell for each field that is not
// empty with its column (from 1). It reports false at the end of the text.
// When cell returns false it stops, with errStop, in the middle of the
// record.
func (sc *csvScanner) record(cell func(col int, text string) bool) (bool, error) {
	if sc.pos >= len(sc.s) {
		return false, nil
	}
	for col := 1; ; col++ {
		start := sc.pos
		f, end, ok := sc.field()
		if !ok {
			return true, &openQuote{col: col, text: sc.s[start+1:]}
		}
		if f != "" && !cell(col, f) {
			return true, errStop
		}
		if end {
			return true, nil
		}
	}
}

// field reads one field and the separator or line break after it; end
// reports that it ended its record. ok is false for a quote never closed.
func (sc *csvScanner) field() (text string, end, ok bool) {
	s := sc.s
	var b strings.Builder
	quoted := sc.pos < len(s) && s[sc.pos] == '"'
	if quoted {
		sc.pos++
		for {
			i := strings.IndexByte(s[sc.pos:], '"')
			if i < 0 {
				sc.pos = len(s)
				return "", true, false
			}
			b.WriteString(s[sc.pos : sc.pos+i])
			sc.pos += i + 1
			if sc.pos < len(s) && s[sc.pos] == '"' {
				b.WriteByte('"')
				sc.pos++
				continue
			}
			break
		}
	}
	// Up to the separator: the whole field, or what follows a closing
	// quote, which Excel keeps as text ("ab"c is abc).
	i := sc.pos
	for i < len(s) && s[i] != sc.delim && s[i] != '\n' && s[i] != '\r' {
		i++
	}
	if quoted {
		b.WriteString(s[sc.pos:i])
		text = b.String()
	} else {
		text = s[sc.pos:i]
	}
	sc.pos = i
	switch {
	case i == len(s):
		return text, true, true
	case s[i] == sc.delim:
		sc.pos++
		return text, false, true
	case s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n':
		sc.pos += 2
	default:
		sc.pos++
	}
	return text, true, true
}

// buildBook writes a workbook of one sheet holding the rows as text cells,
// and the merged range merge when it is not "", and returns its bytes and
// its size unpacked.
func buildBook(sheet string, rows []csvRow, merge string) ([]byte, int64, error) {
	const (
		ns      = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
		rels    = "http://schemas.openxmlformats.org/package/2006/relationships"
		relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
		header  = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	)
	var name bytes.Buffer
	_ = xml.EscapeText(&name, []byte(sheet))
	parts := []struct{ path, xml string }{
		{"[Content_Types].xml", header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", header + `<Relationships xmlns="` + rels + `"><Relationship Id="rId1" Type="` + relType + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", header + `<workbook xmlns="` + ns + `" xmlns:r="` + relType + `"><sheets><sheet name="` + name.String() + `" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", header + `<Relationships xmlns="` + rels + `"><Relationship Id="rId1" Type="` + relType + `/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	var unpacked int64
	for _, p := range parts {
		w, err := zw.Create(p.path)
		if err != nil {
			return nil, 0, err
		}
		n, err := io.WriteString(w, p.xml)
		if err != nil {
			return nil, 0, err
		}
		unpacked += int64(n)
	}
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return nil, 0, err
	}
	cw := &countWriter{w: w}
	io.WriteString(cw, header+`<worksheet xmlns="`+ns+`"><sheetData>`)
	for _, r := range rows {
		num := strconv.Itoa(r.num)
		io.WriteString(cw, `<row r="`+num+`">`)
		for _, c := range r.cells {
			io.WriteString(cw, `<c r="`+cellName(c.col, r.num)+`" t="inlineStr"><is><t xml:space="preserve">`)
			if err := xml.EscapeText(cw, []byte(c.text)); err != nil {
				return nil, 0, err
			}
			io.WriteString(cw, `</t></is></c>`)
		}
		io.WriteString(cw, `</row>`)
	}
	io.WriteString(cw, `</sheetData>`)
	if merge != "" {
		io.WriteString(cw, `<mergeCells count="1"><mergeCell ref="`+merge+`"/></mergeCells>`)
	}
	io.WriteString(cw, `</worksheet>`)
	if cw.err != nil {
		return nil, 0, cw.err
	}
	if err := zw.Close(); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), unpacked + cw.n, nil
}

// countWriter counts what it writes and keeps the first error, so that a
// run of writes is checked once.
type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
