package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"path"
	"strings"
	"unicode"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// Extensions are the extensions, in lower case with the dot, of the files
// a folder of monitoring files is read for: the ones ReadFile reads
// (.xlsx, .xlsm, .csv) and the ones it refuses with how to convert them,
// so that an .xls among the workbooks is named, not skipped. Text files
// (.txt, .tsv) are read when they are named, not picked from a folder,
// where they are more often notes than sheets.
var Extensions = []string{".xlsx", ".xlsm", ".csv", ".xls", ".et", ".ods", ".xlsb", ".numbers"}

// ReadFile reads one monitoring file in any format plancheck knows, with
// DefaultOptions: a workbook as Read does, a sheet saved as CSV as ReadCSV
// does. name is how messages name the file; its extension says the format
// when the content does not.
//
// The content decides first: an Excel 97–2003 or WPS file (an OLE
// compound file) is refused, whatever its name, and so are the other
// spreadsheets plancheck does not read (.ods, .xlsb, .numbers), each with
// how to convert it — for the ones LibreOffice converts, the exact
// command, as in
//
//	soffice --headless --convert-to xlsx --outdir data data/kw-2023.xls
//
// A zip holding a workbook is read as one, whatever its extension (WPS
// saves some .et files so). Other content goes by the extension: .xlsx,
// .xlsm, .xltx and .xltm to Read, which says what is wrong with a file
// that is not a workbook; .csv, .txt and .tsv to ReadCSV. Any other file
// is refused. The error is an ErrorList, as Read's.
func ReadFile(r io.Reader, name string, p *model.Plan) (*model.Dataset, error) {
	return Options{}.ReadFile(r, name, p)
}

// Refusal says why ReadFile refuses the file named name, ending with the
// command that converts it, or "" when ReadFile would try to read it. A
// caller that names files in its outputs by a short name can still give
// the person at the terminal a command that runs where they typed the path.
func Refusal(data []byte, name string) string {
	if how, msg := classify(data, name); how == refused {
		return msg
	}
	return ""
}

// ReadFile is the package's ReadFile with the limits o.
func (o Options) ReadFile(r io.Reader, name string, p *model.Plan) (*model.Dataset, error) {
	o = o.withDefaults()
	data, err := io.ReadAll(io.LimitReader(r, o.MaxFileSize+1))
	if err != nil {
		return nil, ErrorList{{At: model.Loc{File: name}, Msg: tr.Sprintf("sheet.cannotRead", err), Err: err}}
	}
	switch how, msg := classify(data, name); how {
	case asCSV:
		return o.ReadCSV(bytes.NewReader(data), name, p)
	case refused:
		return nil, ErrorList{{At: model.Loc{File: name}, Msg: msg}}
	}
	return o.Read(bytes.NewReader(data), name, p)
}

// route is how ReadFile reads a file.
type route int

const (
	asWorkbook route = iota
	asCSV
	refused
)

// classify decides how to read a file, from its content, then its name.
// For a file refused, msg says what it is and what to do; a command to
// run comes last, where it is easy to copy.
func classify(data []byte, name string) (how route, msg string) {
	ext := strings.ToLower(path.Ext(baseName(name)))
	switch {
	case bytes.HasPrefix(data, oleMagic):
		return refused, oleMessage(data, name, ext)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		switch zipKind(data) {
		case "xlsb":
			return refused, tr.Sprintf("sheet.isXLSBRead", saveOrConvert(name, tr.Format("sheet.fromExcelSaveAs")))
		case "ods":
			return refused, tr.Sprintf("sheet.isODSRead", ".ods", saveOrConvert(name, tr.Format("sheet.fromLibre")))
		case "numbers":
			return refused, tr.Format(numbersMessage)
		}
		return asWorkbook, ""
	}
	switch ext {
	case ".csv", ".txt", ".tsv":
		return asCSV, ""
	case ".xlsx", ".xlsm", ".xltx", ".xltm":
		return asWorkbook, ""
	case ".xls", ".xlt", ".et", ".ett":
		switch {
		case len(data) == 0:
			return refused, tr.Format("sheet.xlsEmpty")
		case looksHTML(data):
			return refused, tr.Sprintf("sheet.namedButHTML", ext, saveOrConvert(name, tr.Format("sheet.fromExcelWPS")))
		case looksLikeText(data):
			return refused, tr.Sprintf("sheet.xlsText",
				ext, csvSheets[0].sheet, convertedName(name), convertCommand(name))
		}
		return refused, tr.Sprintf("sheet.namedButNot", ext)
	case ".ods", ".fods":
		return refused, tr.Sprintf("sheet.isODSRead", ext, saveOrConvert(name, tr.Format("sheet.fromLibre")))
	case ".xlsb":
		return refused, tr.Sprintf("sheet.namedXLSB", saveOrConvert(name, tr.Format("sheet.fromExcelSaveAs")))
	case ".numbers":
		return refused, tr.Format(numbersMessage)
	}
	what := tr.Format("sheet.notOne")
	switch {
	case len(data) == 0:
		what = tr.Format("sheet.thisEmpty")
	case bytes.HasPrefix(data, []byte("%PDF")):
		what = tr.Format("sheet.thisPDF")
	case looksHTML(data):
		what = tr.Format("sheet.thisHTML")
	case looksLikeText(data):
		what = tr.Sprintf("sheet.thisText", csvSheets[0].sheet)
	}
	return refused, tr.Sprintf("sheet.readsOnly", what)
}

// saveOrConvert says to save the file as .xlsx from the programs given,
// or to convert it with LibreOffice, and how.
func saveOrConvert(name, from string) string {
	return tr.Sprintf("sheet.saveOrConvert", from, convertedName(name), convertCommand(name))
}

// numbersMessage is the id (report/msg) of the refusal of a Numbers document.
const numbersMessage = "sheet.numbers"

// oleMessage says what an OLE compound file is and how to convert it. The
// names of its streams, stored in UTF-16, tell an encrypted .xlsx from an
// Excel 97–2003 or WPS workbook and from other Office files.
func oleMessage(data []byte, name, ext string) string {
	has := func(stream string) bool {
		var b []byte
		for _, c := range []byte(stream) {
			b = append(b, c, 0)
		}
		return bytes.Contains(data, b)
	}
	switch {
	case has("EncryptedPackage"):
		return tr.Format("sheet.encrypted")
	case has("WordDocument"):
		return tr.Format("sheet.wordDoc")
	case has("PowerPoint Document"):
		return tr.Format("sheet.pptDoc")
	}
	what, from := tr.Format("sheet.anXLS"), tr.Format("sheet.fromExcelWPS")
	switch {
	case strings.HasPrefix(ext, ".et"):
		what, from = tr.Sprintf("sheet.aWPS", ext), tr.Format("sheet.fromWPSSaveAs")
	case ext != "" && ext != ".xls" && ext != ".xlt":
		what += tr.Sprintf("sheet.thoughNamed", ext)
	}
	return tr.Sprintf("sheet.fileIs", what, saveOrConvert(name, from))
}

// zipKind says which spreadsheet a zip holds: "xlsx" (or a zip that is no
// spreadsheet plancheck knows), "xlsb", "ods" or "numbers".
func zipKind(data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "xlsx" // Read says what is wrong with it
	}
	kind := "xlsx"
	for _, f := range zr.File {
		switch n := strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, `\`, "/"), "/")); {
		case n == "xl/workbook.xml":
			return "xlsx"
		case n == "xl/workbook.bin":
			kind = "xlsb"
		case n == "content.xml" && kind == "xlsx":
			kind = "ods"
		case n == "index/document.iwa" || n == "index.zip":
			kind = "numbers"
		}
	}
	return kind
}

// looksHTML reports whether the text starts as a web page does.
func looksHTML(data []byte) bool {
	s := strings.ToLower(strings.TrimLeft(string(data[:min(len(data), 512)]), "\ufeff \t\r\n"))
	for _, p := range []string{"<!doctype html", "<html", "<table", "<?xml", "<meta", "<head"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// convertCommand is the LibreOffice command that converts the file to
// .xlsx beside it. soffice writes into the current folder unless told
// otherwise, so a file in another folder gets --outdir; a file already
// named .xlsx would be overwritten, so it is converted into a folder
// "converted" beside it.
func convertCommand(name string) string {
	cmd := "soffice --headless --convert-to xlsx"
	if dir := convertDir(name); dir != "" {
		cmd += " --outdir " + shellQuote(dir)
	}
	arg := name
	if strings.HasPrefix(arg, "-") {
		arg = "./" + arg // not an option
	}
	return cmd + " " + shellQuote(arg)
}

// convertDir is the folder convertCommand writes into, "" for the
// current one.
func convertDir(name string) string {
	dir := dirName(name)
	if strings.EqualFold(path.Ext(baseName(name)), ".xlsx") {
		if dir == "" {
			return "converted"
		}
		return dir + "/converted"
	}
	return dir
}

// convertedName is the file convertCommand writes.
func convertedName(name string) string {
	base := baseName(name)
	base = strings.TrimSuffix(base, path.Ext(base)) + ".xlsx"
	if dir := convertDir(name); dir != "" {
		return strings.TrimSuffix(dir, "/") + "/" + base
	}
	return base
}

// baseName and dirName split a name at its last slash or backslash.
func baseName(name string) string { return name[strings.LastIndexAny(name, `/\`)+1:] }

func dirName(name string) string {
	i := strings.LastIndexAny(name, `/\`)
	switch {
	case i < 0:
		return ""
	case i == 0:
		return name[:1]
	}
	return name[:i]
}

// shellQuote quotes s for a POSIX shell when it needs it: letters of any
// script, digits and a few marks need none.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r < unicode.MaxASCII && (isAlnum(byte(r)) || strings.ContainsRune("_@%+=:,./-", r)) ||
			r > unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
