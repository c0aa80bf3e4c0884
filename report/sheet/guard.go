package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	tr "plancheck/report/msg"

	"github.com/xuri/excelize/v2"
)

// A workbook is untrusted input, and excelize trusts it: it holds every
// part of the zip in memory, parses styles.xml and sharedStrings.xml whole,
// gives every row of a sheet a cell for each column up to the row's last
// cell and every sheet a row for each number up to its last row, merges
// two <row> elements with the same number, reads a shared-string index it
// cannot find as another string, and recalculates a chain of formulas by
// recursion until the stack overflows. So before excelize sees a byte,
// inspect reads the zip and the XML itself, streaming and with a limit on
// everything, and hands excelize a new zip that holds only what has been
// checked:
//
//   - the zip: how many entries, no two with the same name (in any case,
//     backslash or slash, as excelize matches them), the sum of their
//     sizes, and each part read no further than it says it is long;
//   - xl/styles.xml and xl/sharedStrings.xml: their size, the number of
//     cell formats, number formats and strings, the strings' total size
//     and each one's length;
//   - every worksheet: the rows and cells with content, their order, each
//     cell's text and shared-string index, the merged ranges and whether
//     they overlap. A sheet is rewritten without its empty rows and
//     cells (what LibreOffice leaves after a row is deleted, such as an
//     empty row 1,048,576), so that excelize holds only what has content;
//     a sheet that breaks a rule is replaced by an empty one.
//
// Everything else in the zip (pictures, the calculation chain, the theme,
// comments) is left out: reading needs none of it. What inspect learns
// (the sheets, their cells' types, styles and formulas, the number formats)
// is what the reader uses; excelize only streams the rows' values and,
// for formulas, returns their text and calculates them.

// part names the workbook's parts as inspect rewrites them for excelize.
const (
	partRootRels     = "_rels/.rels"
	partWorkbook     = "xl/workbook.xml"
	partWorkbookRels = "xl/_rels/workbook.xml.rels"
	partStyles       = "xl/styles.xml"
	partStrings      = "xl/sharedStrings.xml"
	partCustomProps  = "docProps/custom.xml" // where plancheck's report records its year and sheets (report.go)
)

// cellType is a cell's t attribute.
type cellType byte

const (
	typNumber cellType = iota // t="n" or none
	typShared                 // t="s": an index into the shared strings
	typStr                    // t="str": a formula's text
	typInline                 // t="inlineStr"
	typBool                   // t="b"
	typError                  // t="e", such as #DIV/0!
	typDate                   // t="d": an ISO 8601 date
)

var cellTypes = map[string]cellType{
	"": typNumber, "n": typNumber, "s": typShared, "str": typStr, "inlineStr": typInline,
	"b": typBool, "e": typError, "d": typDate,
}

// cellMeta is what inspect knows of a cell with content.
type cellMeta struct {
	row, col int32
	style    int32
	text     int32 // the formula's text in sheetInfo.texts, or -1
	val      int32 // the cell's text as excelize reads it, in sheetInfo.vals, or -1 for none
	typ      cellType
	flags    uint8
}

const (
	hasFormula uint8 = 1 << iota // an <f> element
	hasValue                     // a <v> element, even empty: a saved value
	sharedKid                    // a shared formula's other cell (<f t="shared" si="0"/>)
	orphan                       // a shared formula's cell whose master is missing
)

// problem is something wrong with a sheet, at a cell or range when it has
// one.
type problem struct{ at, msg string }

// sheetInfo is what inspect learned of one worksheet.
type sheetInfo struct {
	name     string
	problems []problem // the sheet is not read when there are any
	vals     []string  // the cells' texts (cellMeta.val)
	odd      bool      // the direct reading may not read the sheet as excelize does (direct.go)
	cells    []cellMeta
	merges   []rect
	arrays   []rect          // array formulas' ranges; ref is the master cell
	texts    []string        // formulas' texts, but for a shared formula's other cells
	byCol    map[int32][]int // formula cells by column, as indexes into cells, built when needed
	fcols    []int32         // the columns of byCol, in order
	lastRow  int
	lastCol  int
}

// usable reports whether excelize may read the sheet.
func (s *sheetInfo) usable() bool { return s != nil && len(s.problems) == 0 }

// cell returns the content cell at col, row. A nil sheetInfo (a table
// not read from a worksheet) has none.
func (s *sheetInfo) cell(col, row int) (cellMeta, bool) {
	if s == nil {
		return cellMeta{}, false
	}
	i, ok := slices.BinarySearchFunc(s.cells, [2]int{row, col}, func(c cellMeta, k [2]int) int {
		if d := int(c.row) - k[0]; d != 0 {
			return d
		}
		return int(c.col) - k[1]
	})
	if !ok {
		return cellMeta{}, false
	}
	return s.cells[i], true
}

// formulas calls fn for each formula cell within r, column by column,
// until fn returns false.
func (s *sheetInfo) formulas(r rect, fn func(cellMeta) bool) {
	if s.byCol == nil {
		s.byCol = map[int32][]int{}
		for i, c := range s.cells {
			if c.flags&hasFormula != 0 {
				if s.byCol[c.col] == nil {
					s.fcols = append(s.fcols, c.col)
				}
				s.byCol[c.col] = append(s.byCol[c.col], i)
			}
		}
		slices.Sort(s.fcols)
	}
	j, _ := slices.BinarySearch(s.fcols, int32(r.c1))
	for ; j < len(s.fcols) && int(s.fcols[j]) <= r.c2; j++ {
		idx := s.byCol[s.fcols[j]] // in row order
		k, _ := slices.BinarySearchFunc(idx, r.r1, func(i, row int) int { return int(s.cells[i].row) - row })
		for ; k < len(idx) && int(s.cells[idx[k]].row) <= r.r2; k++ {
			if !fn(s.cells[idx[k]]) {
				return
			}
		}
	}
}

// styleTable is styles.xml as far as reading needs it.
type styleTable struct {
	numFmtIDs []int          // by cell style (cellXfs) index
	codes     map[int]string // custom number formats by id
}

// numFmt returns the number format of a cell style; General for a nil
// table.
func (st *styleTable) numFmt(style int) numFmt {
	if st == nil || style < 0 || style >= len(st.numFmtIDs) {
		return numFmt{}
	}
	id := st.numFmtIDs[style]
	if code, ok := st.codes[id]; ok {
		return numFmt{id: id, code: code, custom: true}
	}
	return numFmt{id: id}
}

// workbook is what inspect learned of a workbook.
type workbook struct {
	sheets   []string              // in the workbook's order
	info     map[string]*sheetInfo // by sheet name in lower case
	styles   styleTable
	strings  int // shared strings
	date1904 bool
	calcOff  string // why no formula may be calculated, or ""

	propsTooLarge bool // docProps/custom.xml is larger than maxPropsSize

	// sst is the shared strings' texts as excelize reads them, unless
	// oddStrings says they may not be (direct.go).
	sst        []string
	oddStrings bool
}

// mainNS is SpreadsheetML's name space, which excelize requires of the
// shared strings' root.
const mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

func (wb *workbook) sheet(name string) *sheetInfo { return wb.info[strings.ToLower(name)] }

// inspectError is a problem of the whole file.
type inspectError struct {
	msg string
	err error
}

// charsetReader is excelize's, so that an XML part in another encoding
// (GBK, say) reads here as it does there.
var charsetReader = sync.OnceValue(func() func(string, io.Reader) (io.Reader, error) {
	return excelize.NewFile().CharsetReader
})

func newDecoder(data []byte) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charsetReader()
	return d
}

// zipEntries reads the number of entries from the end of a zip archive,
// so that a directory of a million entries is refused before
// archive/zip allocates them.
func zipEntries(data []byte) (uint64, bool) {
	const eocdLen = 22
	if len(data) < eocdLen {
		return 0, false
	}
	start := max(0, len(data)-eocdLen-0xffff)
	i := bytes.LastIndex(data[start:], []byte("PK\x05\x06"))
	if i < 0 {
		return 0, false
	}
	i += start
	if i+eocdLen > len(data) {
		return 0, false
	}
	n := uint64(binary.LittleEndian.Uint16(data[i+10:]))
	if n == 0xffff && i >= 20 && bytes.Equal(data[i-20:i-16], []byte("PK\x06\x07")) {
		off := binary.LittleEndian.Uint64(data[i-20+8:])
		if off < uint64(len(data)) && uint64(len(data))-off >= 56 && bytes.Equal(data[off:off+4], []byte("PK\x06\x06")) {
			n = binary.LittleEndian.Uint64(data[off+32:])
		}
	}
	return n, true
}

// normPart is a zip entry's name as excelize matches it, and in any case.
func normPart(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, "\\", "/"), "/"))
}

// inspector reads one workbook's zip.
type inspector struct {
	o      *Options
	zr     *zip.Reader
	byName map[string]*zip.File
	read   int64 // bytes unpacked so far
}

func (in *inspector) fail(format string, args ...any) *inspectError {
	return &inspectError{msg: fmt.Sprintf(format, args...)}
}

// part returns a part's content, or nil when the zip has no such part.
// limit bounds it; what is larger, or larger than the zip says, is an
// error.
func (in *inspector) part(name string, limit int64) ([]byte, *inspectError) {
	f := in.byName[normPart(name)]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(limit) {
		return nil, in.fail(tr.Format("sheet.gPartBig"), f.Name, mib(limit))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, &inspectError{msg: tr.Sprintf("sheet.gUnpack", f.Name, err), err: err}
	}
	defer rc.Close()
	// archive/zip stops at the declared size; the limit is a second
	// fence, for a part that says it is smaller than it is.
	b, err := io.ReadAll(io.LimitReader(rc, int64(f.UncompressedSize64)+1))
	switch {
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, io.ErrUnexpectedEOF):
		return nil, &inspectError{msg: tr.Sprintf("sheet.gDamaged", f.Name, err), err: err}
	case err != nil:
		return nil, &inspectError{msg: tr.Sprintf("sheet.gUnpack", f.Name, err), err: err}
	case uint64(len(b)) > f.UncompressedSize64:
		return nil, in.fail(tr.Format("sheet.gLarger"), f.Name)
	}
	in.read += int64(len(b))
	if in.read > in.o.UnzipSizeLimit {
		return nil, in.fail(tr.Format("sheet.gBookBig"), mib(in.o.UnzipSizeLimit))
	}
	return b, nil
}

// mib prints a size limit.
func mib(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	if n >= 1<<10 && n%(1<<10) == 0 {
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// inspect checks a workbook's zip and returns what it learned and the zip
// to give excelize. A nil workbook comes with the error.
func inspect(data []byte, o *Options) (*workbook, []byte, *inspectError) {
	if n, ok := zipEntries(data); ok && n > uint64(o.MaxParts) {
		return nil, nil, &inspectError{msg: tr.Sprintf("sheet.gParts", n, o.MaxParts)}
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, &inspectError{msg: openMessage(err, data, *o), err: err}
	}
	in := &inspector{o: o, zr: zr, byName: make(map[string]*zip.File, len(zr.File))}
	if len(zr.File) > o.MaxParts {
		return nil, nil, in.fail(tr.Format("sheet.gParts"), len(zr.File), o.MaxParts)
	}
	var total uint64
	for _, f := range zr.File {
		n := normPart(f.Name)
		if prev, dup := in.byName[n]; dup {
			return nil, nil, in.fail(tr.Format("sheet.gTwoNames"), n, prev.Name, f.Name)
		}
		in.byName[n] = f
		total += f.UncompressedSize64
		if total > uint64(o.UnzipSizeLimit) {
			return nil, nil, in.fail(tr.Format("sheet.gBookBig"), mib(o.UnzipSizeLimit))
		}
	}

	wbPath, e := in.workbookPath()
	if e != nil {
		return nil, nil, e
	}
	if wbPath == "" {
		what := zipContent(data)
		if what == "" {
			what = tr.Format("sheet.zipNoBook")
		}
		return nil, nil, &inspectError{msg: tr.Sprintf("sheet.notXLSX", what)}
	}
	wbXML, e := in.part(wbPath, o.UnzipXMLSizeLimit)
	if e != nil {
		return nil, nil, e
	}
	wb := &workbook{info: map[string]*sheetInfo{}}
	sheets, err := parseWorkbook(wbXML, wb)
	if err != nil {
		return nil, nil, in.fail(tr.Format("sheet.gPartDamaged"), wbPath, err)
	}
	relsPath := path.Join(path.Dir(wbPath), "_rels", path.Base(wbPath)+".rels")
	relsXML, e := in.part(relsPath, o.UnzipXMLSizeLimit)
	if e != nil {
		return nil, nil, e
	}
	rels, err := parseRels(relsXML)
	if err != nil {
		return nil, nil, in.fail(tr.Format("sheet.gPartDamaged"), relsPath, err)
	}

	stylesXML, e := in.part(partStyles, o.MaxStylesSize)
	if e != nil {
		return nil, nil, e
	}
	if e := in.scanStyles(stylesXML, &wb.styles); e != nil {
		return nil, nil, e
	}
	stringsXML, e := in.part(partStrings, o.UnzipXMLSizeLimit)
	if e != nil {
		return nil, nil, e
	}
	long, e := in.scanStrings(stringsXML, wb)
	if e != nil {
		return nil, nil, e
	}

	// The sheets, each part read once even when two sheets name it.
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	put := func(name string, b []byte) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		if err == nil {
			_, err = w.Write(b)
		}
		if err != nil {
			panic(err) // writing to memory does not fail
		}
	}
	var relsOut strings.Builder
	relsOut.WriteString(xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	parts := map[string]string{} // source part → the part written
	scanned := map[string]*sheetInfo{}
	if len(sheets) > maxSheets {
		return nil, nil, in.fail(tr.Format("sheet.gSheets"), len(sheets), maxSheets)
	}
	targets := make(map[string]string, len(rels))
	for _, r := range rels {
		if _, dup := targets[r.id]; !dup && r.id != "" {
			targets[r.id] = r.target
		}
	}
	for _, s := range sheets {
		if utf8.RuneCountInString(s.name) > maxSheetName {
			return nil, nil, in.fail(tr.Format("sheet.gSheetName"), maxSheetName, quote(s.name))
		}
		key := strings.ToLower(s.name)
		if _, dup := wb.info[key]; dup {
			return nil, nil, in.fail(tr.Format("sheet.gSheetTwice"), s.name)
		}
		target := ""
		if t, ok := targets[s.rid]; ok {
			target = resolveTarget(wbPath, t)
		}
		src := normPart(target)
		if info, ok := scanned[src]; ok && src != "" {
			same := *info // two sheets of one part: the same content under another name
			same.name, same.byCol, same.fcols = s.name, nil, nil
			wb.info[key] = &same
			wb.sheets = append(wb.sheets, s.name)
			fmt.Fprintf(&relsOut, `<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/%s"/>`, xmlEscape(s.rid), parts[src])
			continue
		}
		info := &sheetInfo{name: s.name}
		var content []byte
		if f := in.byName[src]; f != nil && isWorksheet(src) {
			// A sheet is bounded by the whole and by its content, which
			// scanSheet counts as it streams.
			b, e := in.part(src, o.UnzipSizeLimit)
			if e != nil {
				return nil, nil, e
			}
			if b, err = toUTF8(b, o.UnzipSizeLimit); err != nil {
				info.problems = append(info.problems, problem{msg: tr.Sprintf("sheet.gSheetXML", err)})
			} else {
				content = scanSheet(b, info, o, wb.sst, wb.strings, long)
			}
		}
		if !info.usable() || content == nil {
			content = []byte(emptySheet)
		}
		name := fmt.Sprintf("xl/worksheets/sheet%d.xml", len(parts)+1)
		put(name, content)
		if src != "" {
			parts[src], scanned[src] = name, info
		}
		wb.info[key] = info
		wb.sheets = append(wb.sheets, s.name)
		fmt.Fprintf(&relsOut, `<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/%s"/>`, xmlEscape(s.rid), name)
	}
	relsOut.WriteString(`</Relationships>`)

	wb.calcOff = arraysTooLarge(wb)
	put(partRootRels, []byte(xml.Header+`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`))
	put(partWorkbook, wbXML)
	put(partWorkbookRels, []byte(relsOut.String()))
	if stylesXML != nil {
		put(partStyles, stylesXML)
	}
	if stringsXML != nil {
		put(partStrings, stringsXML)
	}
	// The custom document properties, read by report.go; a part larger
	// than maxPropsSize is left out and remembered, for report.go to say so.
	if f := in.byName[normPart(partCustomProps)]; f != nil {
		if f.UncompressedSize64 > maxPropsSize {
			wb.propsTooLarge = true
		} else if b, e := in.part(partCustomProps, maxPropsSize); e == nil && b != nil {
			put(partCustomProps, b)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return wb, out.Bytes(), nil
}

// maxSheets bounds the sheets of a workbook, and maxSheetName a sheet's
// name, which every message about the sheet quotes. (Excel's own limit on
// a name is 31 characters; LibreOffice allows longer ones.)
const (
	maxSheets    = 1000
	maxSheetName = 100
)

// isWorksheet reports whether excelize reads a sheet's part as a
// worksheet: any part but a chart sheet, dialog sheet or macro sheet.
func isWorksheet(part string) bool {
	for _, p := range []string{"xl/chartsheets", "xl/dialogsheet", "xl/macrosheet"} {
		if strings.HasPrefix(part, p) {
			return false
		}
	}
	return true
}

// emptySheet replaces a sheet that breaks a rule, so that excelize never
// parses it.
const emptySheet = xml.Header + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`

func xmlEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// maxArrayCells is the most cells the array formulas of a workbook may
// cover for any formula to be calculated: excelize spreads each array
// formula over every cell of its range before calculating anything.
const maxArrayCells = 10_000

func arraysTooLarge(wb *workbook) string {
	n := 0
	for _, s := range wb.sheets {
		for _, a := range wb.sheet(s).arrays {
			n += (a.c2 - a.c1 + 1) * (a.r2 - a.r1 + 1)
			if n > maxArrayCells {
				return tr.Sprintf("sheet.gArray", maxArrayCells)
			}
		}
	}
	return ""
}

// workbookPath finds the workbook part as excelize does, from the
// package's relationships; without them, xl/workbook.xml.
func (in *inspector) workbookPath() (string, *inspectError) {
	b, e := in.part(partRootRels, in.o.UnzipXMLSizeLimit)
	if e != nil {
		return "", e
	}
	rels, _ := parseRels(b)
	for _, r := range rels {
		if strings.HasSuffix(r.typ, "/officeDocument") {
			p := normPart(path.Clean("/" + strings.ReplaceAll(r.target, "\\", "/")))
			if in.byName[p] != nil {
				return p, nil
			}
		}
	}
	if in.byName[partWorkbook] != nil {
		return partWorkbook, nil
	}
	return "", nil
}

// resolveTarget is a relationship's target as a part name, as excelize
// resolves it (getWorksheetPath).
func resolveTarget(wbPath, target string) string {
	t := strings.ReplaceAll(target, "\\", "/")
	if strings.HasPrefix(t, "/") {
		return strings.TrimPrefix(path.Clean(t), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Dir(wbPath)+"/"+t), "/")
}

type sheetEntry struct{ name, rid string }

// parseWorkbook reads the sheets of workbook.xml and whether dates count
// from 1904.
func parseWorkbook(data []byte, wb *workbook) ([]sheetEntry, error) {
	d := newDecoder(data)
	var sheets []sheetEntry
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return sheets, nil
		}
		if err != nil {
			return sheets, err
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch t.Name.Local {
		case "sheet":
			var s sheetEntry
			for _, a := range t.Attr {
				switch {
				case a.Name.Local == "name" && a.Name.Space == "":
					s.name = a.Value
				case a.Name.Local == "id" && strings.Contains(a.Name.Space, "relationships"):
					s.rid = a.Value
				}
			}
			sheets = append(sheets, s)
		case "workbookPr":
			for _, a := range t.Attr {
				if a.Name.Local == "date1904" {
					wb.date1904 = a.Value == "1" || a.Value == "true"
				}
			}
		}
	}
}

type relationship struct{ id, typ, target string }

func parseRels(data []byte) ([]relationship, error) {
	if data == nil {
		return nil, nil
	}
	d := newDecoder(data)
	var rels []relationship
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return rels, nil
		}
		if err != nil {
			return rels, err
		}
		if t, ok := tok.(xml.StartElement); ok && t.Name.Local == "Relationship" {
			var r relationship
			for _, a := range t.Attr {
				switch a.Name.Local {
				case "Id":
					r.id = a.Value
				case "Type":
					r.typ = a.Value
				case "Target":
					r.target = a.Value
				}
			}
			rels = append(rels, r)
		}
	}
}

// scanStyles counts the cell formats and number formats of styles.xml and
// keeps what the reader needs of them.
func (in *inspector) scanStyles(data []byte, st *styleTable) *inspectError {
	st.codes = map[int]string{}
	if data == nil {
		return nil
	}
	d := newDecoder(data)
	var stack []string
	numFmts := 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return in.fail(tr.Format("sheet.gStyles"), err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, t.Name.Local)
			switch {
			case t.Name.Local == "xf" && parent == "cellXfs":
				if len(st.numFmtIDs) >= in.o.MaxCellStyles {
					return in.fail(tr.Format("sheet.gCellFormats"), in.o.MaxCellStyles)
				}
				id, _ := strconv.Atoi(attr(t, "numFmtId"))
				st.numFmtIDs = append(st.numFmtIDs, id)
			case t.Name.Local == "numFmt" && parent == "numFmts":
				if numFmts++; numFmts > in.o.MaxNumFmts {
					return in.fail(tr.Format("sheet.gNumFormats"), in.o.MaxNumFmts)
				}
				if id, err := strconv.Atoi(attr(t, "numFmtId")); err == nil {
					code := attr(t, "formatCode")
					if c16 := attr(t, "formatCode16"); c16 != "" {
						code = c16 // as excelize prefers it
					}
					st.codes[id] = code
				}
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

// scanStrings counts the shared strings and their size. It returns the
// strings longer than MaxCellText, by index, with their length.
func (in *inspector) scanStrings(data []byte, wb *workbook) (map[int]int, *inspectError) {
	long := map[int]int{}
	if data == nil {
		return long, nil
	}
	d := newDecoder(data)
	var stack []string
	n, size, cur := 0, 0, 0 // strings, characters in all, in this one
	phonetic := 0           // depth inside <rPh>, whose text is not the cell's
	// The strings' texts, for the direct reading (direct.go).
	var item runText
	siDepth, tDepth := 0, 0 // the depths of the current <si> and text <t>, or 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			wb.strings = n
			if len(wb.sst) != n {
				wb.oddStrings = true
			}
			return long, nil
		}
		if err != nil {
			return nil, in.fail(tr.Format("sheet.gShared"), err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			} else if t.Name.Local != "sst" || t.Name.Space != "" || attr(t, "xmlns") != mainNS {
				wb.oddStrings = true // excelize checks the root's name space
			}
			stack = append(stack, t.Name.Local)
			if tDepth > 0 {
				wb.oddStrings = true // an element inside a text
			}
			switch {
			case t.Name.Local == "si" && parent == "sst":
				if n++; n > in.o.MaxSharedStrings {
					return nil, in.fail(tr.Format("sheet.gSharedCount"), in.o.MaxSharedStrings)
				}
				cur = 0
				item.reset()
				siDepth = len(stack)
			case t.Name.Local == "rPh":
				phonetic++
			}
			if siDepth > 0 && len(stack) > siDepth && item.start(t.Name.Local, parent, len(stack)-siDepth) {
				tDepth = len(stack)
			}
		case xml.CharData:
			if tDepth > 0 && len(stack) == tDepth {
				item.b.Write(t)
			}
			if len(stack) > 0 && stack[len(stack)-1] == "t" && phonetic == 0 {
				k := utf8.RuneCount(t)
				cur += k
				if size += k; size > in.o.MaxSharedStringsSize {
					return nil, in.fail(tr.Format("sheet.gSharedSize"), in.o.MaxSharedStringsSize)
				}
			}
		case xml.ProcInst:
			// Another encoding than UTF-8, declared where the decoder
			// obeys it (at the start or further on, as scanSheet finds it):
			// the texts are left to excelize's own reading.
			if t.Target == "xml" {
				if enc := procInstAttr(string(t.Inst), "encoding"); enc != "" && !isUTF8(enc) {
					wb.oddStrings = true
				}
			}
		case xml.EndElement:
			if len(stack) == tDepth {
				tDepth = 0
			}
			switch t.Name.Local {
			case "rPh":
				phonetic = max(0, phonetic-1)
			case "si":
				if cur > in.o.MaxCellText {
					long[n-1] = cur
				}
				if len(stack) == siDepth {
					wb.sst = append(wb.sst, item.text())
					wb.oddStrings = wb.oddStrings || item.unusual
					siDepth = 0
				}
			}
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// xmlDecl matches the encoding of an XML declaration.
var xmlDecl = regexp.MustCompile(`^(\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']`)

// toUTF8 converts an XML part declared in another encoding (GBK, say) to
// UTF-8, as excelize's decoder would read it, so that the offsets of its
// elements are those of the text excelize gets.
func toUTF8(b []byte, limit int64) ([]byte, error) {
	m := xmlDecl.FindSubmatchIndex(b[:min(len(b), 512)])
	if m == nil {
		return b, nil
	}
	enc := string(b[m[4]:m[5]])
	if isUTF8(enc) {
		return b, nil
	}
	// The declaration's next character is copied as it is (the end of the
	// declaration is ASCII in every encoding), the rest converted; a part
	// that ends right after the encoding's closing quote has no next one.
	cut := min(m[1]+1, len(b))
	r, err := charsetReader()(enc, bytes.NewReader(b[cut:]))
	if err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	switch {
	case err != nil:
		return nil, err
	case int64(len(body)) > limit:
		return nil, tr.Errorf("sheet.gUTF8Big", mib(limit))
	}
	out := append([]byte{}, b[:m[4]]...)
	out = append(out, "UTF-8"...)
	out = append(out, b[m[5]:cut]...)
	return append(out, body...), nil
}

// isUTF8 reports whether an XML declaration's encoding names UTF-8.
func isUTF8(enc string) bool {
	return strings.EqualFold(enc, "utf-8") || strings.EqualFold(enc, "utf8")
}

// procInstAttr reads a pseudo-attribute of <?xml …?>.
func procInstAttr(inst, name string) string {
	i := strings.Index(inst, name+"=")
	if i < 0 || i+len(name)+1 >= len(inst) {
		return ""
	}
	rest := inst[i+len(name)+1:]
	q := rest[0]
	if q != '"' && q != '\'' {
		return ""
	}
	if j := strings.IndexByte(rest[1:], q); j >= 0 {
		return rest[1 : 1+j]
	}
	return ""
}

// rawName prints an element's name as written, with its prefix.
func rawName(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// maxFormula is Excel's limit on a formula's length, in characters.
const maxFormula = 8192

// span is a range of bytes of a sheet's XML to leave out.
type span struct{ from, to int64 }

// sheetScan is the state of scanSheet.
type sheetScan struct {
	o     *Options
	info  *sheetInfo
	nStr  int
	long  map[int]int
	drops []span
	stop  bool // a limit was reached or the XML is broken: stop reading
	cells int64
	rows  int

	sheetData int   // <sheetData> elements seen
	dataDone  bool  // after </sheetData>
	noDrop    bool  // keep the empty rows and cells: the XML is not in UTF-8
	elements  int64 // elements seen
	cellElems int   // <c> elements seen, empty or not
	masters   map[string]bool

	// the current row
	inRow             bool
	row, prevRow      int
	rowHasR           bool
	rowStart          int64
	rowContent        bool
	rowKept           int // the last cell kept, by column
	rowDrops          int // drops before this row
	prevCol           int
	kids              []int // the shared formulas' other cells, by index in info.cells
	kidsSI            []string
	cellStart         int64
	inCell            bool
	col               int
	cellHasR          bool
	t, s              string
	nV, nF, nIS       int
	vLen, isLen, fLen int
	f                 []byte // the formula's text
	v                 []byte // the first bytes of <v>, for a shared-string index
	fType, fSI, fRef  string
	cellDepth         int
	isDepth, phonetic int
	inV, inF, inT     bool
	badNesting        bool

	// The direct reading (direct.go): the shared strings' texts, the
	// current depth, the cell's whole <v> text, its <is> and the depth of
	// the <t> whose text it is reading.
	sst   []string
	depth int
	vText []byte
	item  runText
	itemT int
}

func (sc *sheetScan) problem(at, format string, args ...any) {
	if len(sc.info.problems) >= sc.o.MaxErrors {
		sc.stop = true
		return
	}
	sc.info.problems = append(sc.info.problems, problem{at: at, msg: fmt.Sprintf(format, args...)})
}

// scanSheet reads a worksheet's XML into info and returns it without its
// empty rows and cells. It stops at the first limit reached, and records
// in info.problems what is wrong.
func scanSheet(data []byte, info *sheetInfo, o *Options, sst []string, nStr int, long map[int]int) []byte {
	sc := &sheetScan{o: o, info: info, sst: sst, nStr: nStr, long: long, masters: map[string]bool{}}
	d := newDecoder(data)
	var stack []xml.Name
	for !sc.stop {
		start := d.InputOffset()
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				sc.problem("", tr.Format("sheet.gXMLLine"), se.Line, se.Msg)
			} else {
				sc.problem("", tr.Format("sheet.gXML"), err)
			}
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1].Local
			}
			stack = append(stack, t.Name)
			sc.start(t, parent, len(stack), start)
		case xml.EndElement:
			// RawToken does not match the end to the start; excelize's
			// reader does, and its rows iterator stops without a word
			// where they differ.
			if len(stack) == 0 || stack[len(stack)-1] != t.Name {
				open := "none"
				if len(stack) > 0 {
					open = "<" + rawName(stack[len(stack)-1]) + ">"
				}
				sc.problem("", tr.Format("sheet.gXMLClose"), open, rawName(t.Name))
				sc.stop = true
				break
			}
			sc.end(t.Name.Local, len(stack), d.InputOffset())
			stack = stack[:len(stack)-1]
		case xml.CharData:
			sc.text(t)
		case xml.ProcInst:
			// In another encoding than UTF-8, the decoder's offsets are
			// in the converted text: nothing can be cut out.
			if t.Target == "xml" {
				if enc := procInstAttr(string(t.Inst), "encoding"); enc != "" && !isUTF8(enc) {
					sc.noDrop = true
					info.odd = true
				}
			}
		}
	}
	if len(stack) > 0 && len(info.problems) == 0 {
		sc.problem("", tr.Format("sheet.gXMLEnd"), rawName(stack[len(stack)-1]))
	}
	if len(info.problems) > 0 {
		return nil
	}
	sc.resolveKids()
	checkMerges(sc)
	if len(info.problems) > 0 {
		return nil
	}
	if len(sc.drops) == 0 {
		return data
	}
	out := make([]byte, 0, len(data))
	at := int64(0)
	for _, s := range sc.drops {
		out = append(out, data[at:s.from]...)
		at = s.to
	}
	return append(out, data[at:]...)
}

func (sc *sheetScan) start(t xml.StartElement, parent string, depth int, offset int64) {
	name := t.Name.Local
	// Reading the XML costs time for every element, content or not;
	// these bounds keep a sheet of empty elements from taking long.
	if sc.elements++; sc.elements > 4*int64(sc.o.MaxCells)+excelize.TotalRows {
		sc.problem("", tr.Format("sheet.gXMLElems"), 4*int64(sc.o.MaxCells)+excelize.TotalRows)
		sc.stop = true
		return
	}
	sc.depth = depth
	if sc.inCell {
		if sc.inV || sc.itemT > 0 {
			sc.info.odd = true // an element inside a value or a text: excelize skips its text
		}
		if sc.isDepth > 0 && depth > sc.isDepth && sc.item.start(name, parent, depth-sc.isDepth) {
			sc.itemT = depth
		}
		switch name {
		case "v", "f", "is":
			if depth != sc.cellDepth+1 {
				sc.badNesting = true
				return
			}
		case "c", "row":
			sc.problem(sc.at(), tr.Format("sheet.gElemInCell"), name)
			return
		}
		switch {
		case name == "v" && depth == sc.cellDepth+1:
			sc.nV++
			sc.inV = true
		case name == "f" && depth == sc.cellDepth+1:
			sc.nF++
			sc.inF = true
			sc.fType, sc.fSI, sc.fRef = attr(t, "t"), attr(t, "si"), attr(t, "ref")
		case name == "is" && depth == sc.cellDepth+1:
			sc.nIS++
			sc.isDepth = depth
			sc.item.reset()
		case name == "rPh" && sc.isDepth > 0:
			sc.phonetic++
		case name == "t" && sc.isDepth > 0 && sc.phonetic == 0:
			sc.inT = true
		}
		return
	}
	switch name {
	case "sheetData":
		if sc.sheetData++; sc.sheetData > 1 {
			sc.problem("", "%s", tr.Format("sheet.gTwoData"))
		}
	case "row":
		switch {
		case sc.dataDone:
			return // another part of the sheet that happens to use the name
		case parent != "sheetData":
			// excelize's rows iterator would read it as a row.
			sc.problem("", "%s", tr.Format("sheet.gRowOutside"))
			return
		}
		sc.startRow(t, offset)
	case "c":
		if sc.sheetData == 0 || sc.dataDone {
			return // another part of the sheet that happens to use the name
		}
		if parent != "row" || !sc.inRow {
			sc.problem("", "%s", tr.Format("sheet.gCellOutside"))
			return
		}
		if sc.cellElems++; sc.cellElems > sc.o.MaxCells {
			sc.problem("", tr.Format("sheet.gCells"), sc.o.MaxCells)
			sc.stop = true
			return
		}
		sc.startCell(t, depth, offset)
	case "mergeCell":
		if parent == "mergeCells" {
			sc.merge(attr(t, "ref"))
		}
	}
}

func (sc *sheetScan) startRow(t xml.StartElement, offset int64) {
	sc.inRow, sc.rowStart, sc.rowContent, sc.rowKept, sc.prevCol = true, offset, false, 0, 0
	sc.rowDrops = len(sc.drops)
	r := attr(t, "r")
	sc.rowHasR = r != ""
	if r == "" {
		if sc.row = sc.prevRow + 1; sc.row > excelize.TotalRows {
			sc.problem("", tr.Format("sheet.gRows"), excelize.TotalRows)
			sc.stop = true
			return
		}
	} else {
		n, err := strconv.Atoi(r)
		if err != nil || n < 1 || n > excelize.TotalRows {
			sc.problem("", tr.Format("sheet.gRowNum"), clip(r), excelize.TotalRows)
			sc.stop = true
			return
		}
		sc.row = n
	}
	switch {
	case sc.row == sc.prevRow:
		sc.problem("", tr.Format("sheet.gRowTwice"), sc.row)
	case sc.row < sc.prevRow:
		sc.problem("", tr.Format("sheet.gRowOrder"), sc.row, sc.prevRow)
	}
	sc.prevRow = max(sc.prevRow, sc.row)
}

func (sc *sheetScan) startCell(t xml.StartElement, depth int, offset int64) {
	sc.inCell, sc.cellDepth, sc.cellStart = true, depth, offset
	sc.nV, sc.nF, sc.nIS, sc.vLen, sc.isLen, sc.fLen = 0, 0, 0, 0, 0, 0
	sc.v, sc.f, sc.isDepth, sc.phonetic, sc.badNesting = sc.v[:0], sc.f[:0], 0, 0, false
	sc.vText, sc.itemT = sc.vText[:0], 0
	sc.item.reset()
	sc.fType, sc.fSI, sc.fRef = "", "", ""
	sc.t, sc.s = attr(t, "t"), attr(t, "s")
	r := attr(t, "r")
	sc.cellHasR = r != ""
	if r == "" {
		sc.col = sc.prevCol + 1
	} else {
		col, row, err := cellCoordinates(r)
		if err != nil {
			sc.problem("", tr.Format("sheet.gCellName"), clip(r), sc.row)
			sc.stop = true
			return
		}
		if row != sc.row {
			sc.problem(cellName(col, row), tr.Format("sheet.gCellInRow"), sc.row)
			return
		}
		sc.col = col
	}
	switch {
	case sc.col > excelize.MaxColumns:
		sc.problem("", tr.Format("sheet.gBeyondXFD"), sc.row)
		sc.stop = true
	case sc.col == sc.prevCol:
		sc.problem(sc.at(), "%s", tr.Format("sheet.gCellTwice"))
	case sc.col < sc.prevCol:
		sc.problem(sc.at(), tr.Format("sheet.gCellOrder"), cellName(sc.prevCol, sc.row))
	}
	sc.prevCol = max(sc.prevCol, sc.col)
}

// at names the current cell.
func (sc *sheetScan) at() string { return cellName(sc.col, sc.row) }

// cellCoordinates is excelize.CellNameToCoordinates, faster for the
// common form (letters, then digits) that a sheet has in every cell.
func cellCoordinates(ref string) (col, row int, err error) {
	i := 0
	for i < len(ref) && i < 4 {
		c := ref[i] | 0x20 // lower case
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a'+1)
		i++
	}
	j := i
	for j < len(ref) && j-i < 8 && ref[j] >= '0' && ref[j] <= '9' {
		row = row*10 + int(ref[j]-'0')
		j++
	}
	if i == 0 || i > 3 || j == i || j != len(ref) || ref[i] == '0' || col > excelize.MaxColumns || row > excelize.TotalRows {
		return excelize.CellNameToCoordinates(ref)
	}
	return col, row, nil
}

func (sc *sheetScan) text(t xml.CharData) {
	switch {
	case !sc.inCell:
	case sc.inV:
		sc.vLen += utf8.RuneCount(t)
		if len(sc.v) < 32 {
			sc.v = append(sc.v, t[:min(len(t), 32-len(sc.v))]...)
		}
		if len(sc.vText) <= 4*sc.o.MaxCellText {
			sc.vText = append(sc.vText, t...)
		}
	case sc.inF:
		sc.fLen += utf8.RuneCount(t)
		if len(sc.f) <= 4*maxFormula {
			sc.f = append(sc.f, t...)
		}
	case sc.inT:
		sc.isLen += utf8.RuneCount(t)
		if sc.itemT > 0 && sc.depth == sc.itemT && sc.item.b.Len() <= 4*sc.o.MaxCellText {
			sc.item.b.Write(t)
		}
	}
}

func (sc *sheetScan) end(name string, depth int, offset int64) {
	sc.depth = depth - 1
	if depth == sc.itemT {
		sc.itemT = 0
	}
	if sc.inCell {
		switch {
		case name == "c" && depth == sc.cellDepth:
			sc.endCell(offset)
		case name == "v" && depth == sc.cellDepth+1:
			sc.inV = false
		case name == "f" && depth == sc.cellDepth+1:
			sc.inF = false
		case name == "is" && depth == sc.isDepth:
			sc.isDepth = 0
		case name == "rPh" && sc.isDepth > 0:
			sc.phonetic = max(0, sc.phonetic-1)
		case name == "t":
			sc.inT = false
		}
		return
	}
	switch {
	case name == "row" && sc.inRow:
		sc.endRow(offset)
	case name == "sheetData":
		sc.dataDone = true
	}
}

func (sc *sheetScan) endCell(offset int64) {
	sc.inCell = false
	at := sc.at()
	switch {
	case sc.badNesting:
		sc.problem(at, "%s", tr.Format("sheet.gNested"))
		return
	case sc.nV > 1 || sc.nF > 1 || sc.nIS > 1:
		sc.problem(at, "%s", tr.Format("sheet.gTwoValues"))
		return
	}
	content := sc.nF > 0 || sc.vLen > 0 || sc.isLen > 0
	if !content {
		if sc.cellHasR && !sc.noDrop {
			sc.drop(sc.cellStart, offset)
		} else {
			sc.rowKept = sc.col // excelize counts it, and it places the next cell
		}
		return
	}
	typ, ok := cellTypes[sc.t]
	if !ok {
		sc.problem(at, tr.Format("sheet.gType"), clip(sc.t))
		return
	}
	style := 0
	if sc.s != "" {
		n, err := strconv.Atoi(sc.s)
		if err != nil || n < 0 {
			sc.problem(at, tr.Format("sheet.gStyle"), clip(sc.s))
			return
		}
		style = n
	}
	if sc.col > sc.o.MaxColumns {
		sc.problem(at, tr.Format("sheet.beyondCol"), sc.o.MaxColumns)
		sc.stop = true
		return
	}
	switch text := max(sc.vLen, sc.isLen); {
	case text > sc.o.MaxCellText:
		sc.problem(at, tr.Format("sheet.gCellLong"), text, sc.o.MaxCellText)
		return
	case sc.fLen > maxFormula:
		sc.problem(at, tr.Format("sheet.gFormulaLong"), sc.fLen, maxFormula)
		return
	}
	raw := string(sc.vText) // what excelize reads, RawCellValue: the <v> text …
	if typ == typShared && sc.vLen > 0 {
		idx, err := strconv.Atoi(strings.TrimSpace(string(sc.v)))
		switch {
		case err != nil || sc.vLen > 20:
			sc.problem(at, tr.Format("sheet.gSSTIndex"), quote(string(sc.v)))
			return
		case idx < 0 || idx >= sc.nStr:
			sc.problem(at, tr.Format("sheet.gSSTRange"), idx, sc.nStr)
			return
		case sc.long[idx] > 0:
			sc.problem(at, tr.Format("sheet.gCellLong"), sc.long[idx], sc.o.MaxCellText)
			return
		}
		if idx < len(sc.sst) { // … a shared string's …
			raw = sc.sst[idx]
		}
	}
	if typ == typInline && sc.nIS > 0 { // … or the runs of an inline string
		raw = sc.item.text()
		sc.info.odd = sc.info.odd || sc.item.unusual
	}
	m := cellMeta{row: int32(sc.row), col: int32(sc.col), style: int32(min(style, 1<<30)), typ: typ, text: -1, val: -1}
	if raw != "" {
		m.val = int32(len(sc.info.vals))
		sc.info.vals = append(sc.info.vals, raw)
	}
	if sc.nF > 0 {
		m.flags |= hasFormula
		if sc.fType != "shared" || sc.fRef != "" {
			m.text = int32(len(sc.info.texts))
			sc.info.texts = append(sc.info.texts, string(sc.f))
		}
		switch sc.fType {
		case "shared":
			if sc.fRef != "" {
				sc.masters[sc.fSI] = true
			} else {
				m.flags |= sharedKid
				sc.kids = append(sc.kids, len(sc.info.cells))
				sc.kidsSI = append(sc.kidsSI, sc.fSI)
			}
		case "array":
			if r, ok := parseRange(sc.fRef); ok {
				r.ref = at
				sc.info.arrays = append(sc.info.arrays, r)
			}
		}
	}
	if sc.nV > 0 {
		m.flags |= hasValue
	}
	sc.info.cells = append(sc.info.cells, m)
	sc.rowContent, sc.rowKept = true, sc.col
}

// drop leaves the bytes from, to out of the sheet, joined to the span
// before when they follow it (a run of empty cells or rows is one span).
func (sc *sheetScan) drop(from, to int64) {
	if n := len(sc.drops); n > 0 && sc.drops[n-1].to == from {
		sc.drops[n-1].to = to
		return
	}
	sc.drops = append(sc.drops, span{from, to})
}

func (sc *sheetScan) endRow(offset int64) {
	sc.inRow = false
	if !sc.rowContent && sc.rowKept == 0 && !sc.noDrop {
		if sc.rowHasR {
			sc.drops = sc.drops[:sc.rowDrops]
			sc.drop(sc.rowStart, offset)
		}
		return
	}
	if sc.rowContent {
		if sc.rows++; sc.rows > sc.o.MaxRows {
			sc.problem("", tr.Format("sheet.gRowsContent"), sc.o.MaxRows)
			sc.stop = true
			return
		}
	}
	sc.info.lastRow = sc.row
	sc.info.lastCol = max(sc.info.lastCol, sc.rowKept)
	// excelize holds a row for each number up to the last, and a cell for
	// each column up to the row's last.
	sc.cells += int64(sc.rowKept)
	if sc.cells+int64(sc.row) > int64(sc.o.MaxCells) {
		sc.problem("", tr.Format("sheet.gSpan"), sc.o.MaxCells, sc.row)
		sc.stop = true
	}
}

// resolveKids marks the shared formulas' cells whose master is missing:
// excelize would search the whole sheet for it at every look, and Excel
// would not know the formula.
func (sc *sheetScan) resolveKids() {
	for i, k := range sc.kids {
		if !sc.masters[sc.kidsSI[i]] {
			sc.info.cells[k].flags |= orphan
		}
	}
}

func (sc *sheetScan) merge(ref string) {
	if len(sc.info.merges) >= sc.o.MaxMerges {
		sc.problem("", tr.Format("sheet.gMerges"), sc.o.MaxMerges)
		sc.stop = true
		return
	}
	r, ok := parseRange(ref)
	if !ok {
		sc.problem("", tr.Format("sheet.gMergeBad"), quote(ref))
		return
	}
	sc.info.merges = append(sc.info.merges, r)
}

// parseRange reads a range such as B2:D3 (or one cell).
func parseRange(ref string) (rect, bool) {
	from, to, _ := strings.Cut(ref, ":")
	if to == "" {
		to = from
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(strings.ReplaceAll(from, "$", ""))
	c2, r2, err2 := excelize.CellNameToCoordinates(strings.ReplaceAll(to, "$", ""))
	if err1 != nil || err2 != nil {
		return rect{}, false
	}
	return rect{c1: min(c1, c2), r1: min(r1, r2), c2: max(c1, c2), r2: max(r1, r2), ref: ref}, true
}

// checkMerges refuses overlapping merged ranges: excelize and Excel each
// resolve them their own way.
func checkMerges(sc *sheetScan) {
	ms := slices.Clone(sc.info.merges)
	slices.SortFunc(ms, func(a, b rect) int { return a.r1 - b.r1 })
	for i, a := range ms {
		for _, b := range ms[i+1:] {
			if b.r1 > a.r2 {
				break
			}
			if b.c1 <= a.c2 && a.c1 <= b.c2 {
				first, second := a, b
				if b.ref < a.ref && b.r1 == a.r1 {
					first, second = b, a
				}
				sc.problem(first.ref, tr.Format("sheet.gOverlap"), first.ref, second.ref)
				if sc.stop {
					return
				}
			}
		}
	}
}
