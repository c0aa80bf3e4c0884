package sheet

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"

	"plancheck/report/clients"
	"plancheck/report/model"
)

// oleFile is the start of an OLE compound file whose directory names the
// streams, as their names are stored: in UTF-16LE.
func oleFile(streams ...string) []byte {
	b := append(append([]byte{}, oleMagic...), make([]byte, 504)...)
	for _, s := range streams {
		for _, c := range []byte(s) {
			b = append(b, c, 0)
		}
		b = append(b, make([]byte, 16)...)
	}
	return b
}

// zipOf is a zip archive holding the named files, empty.
func zipOf(t testing.TB, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		if _, err := zw.Create(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestReadFileFormats checks what ReadFile does with each format a
// department may send: reads it, or refuses it with how to convert it.
func TestReadFileFormats(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(goodDir, "kw-2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	const csvText = "指标编号,年份,数值\n5,2021,36.5\n"
	for _, c := range []struct {
		name string
		data []byte
		want string // the message; "" when the file is read, with the value of 5 in 2021
	}{
		// Read.
		{"kw-2023.xlsx", good, ""},
		{"kw-2023.xlsm", good, ""},
		{"kw-2023.et", good, ""}, // WPS saves some .et files as .xlsx
		{"kw-2023.xls", good, ""},
		{"指标数据.csv", []byte(csvText), ""},
		{"指标数据.txt", utf16(t, tabs(csvText), unicode.LittleEndian), ""},
		{"指标数据.tsv", []byte(tabs(csvText)), ""},

		// Excel 97–2003 and WPS, by content.
		{"kw-2023.xls", oleFile("Workbook", "SummaryInformation"),
			"kw-2023.xls: the file is an Excel 97–2003 workbook (.xls), which plancheck does not read; save it as .xlsx from Excel or WPS, or convert it to kw-2023.xlsx with LibreOffice: soffice --headless --convert-to xlsx kw-2023.xls"},
		{"data/区科委 2023.xls", oleFile("Workbook"),
			"data/区科委 2023.xls: the file is an Excel 97–2003 workbook (.xls), which plancheck does not read; save it as .xlsx from Excel or WPS, or convert it to data/区科委 2023.xlsx with LibreOffice: soffice --headless --convert-to xlsx --outdir data 'data/区科委 2023.xls'"},
		{"/srv/填报/区科委.XLS", oleFile("Book"),
			"/srv/填报/区科委.XLS: the file is an Excel 97–2003 workbook (.xls), which plancheck does not read; save it as .xlsx from Excel or WPS, or convert it to /srv/填报/区科委.xlsx with LibreOffice: soffice --headless --convert-to xlsx --outdir /srv/填报 /srv/填报/区科委.XLS"},
		{"kw.et", oleFile("Workbook"),
			"kw.et: the file is a WPS 表格 workbook (.et), which plancheck does not read; save it as .xlsx from WPS (文件 → 另存为 → Excel 工作簿), or convert it to kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx kw.et"},
		{"kw.ett", oleFile("Workbook"),
			"kw.ett: the file is a WPS 表格 workbook (.ett), which plancheck does not read; save it as .xlsx from WPS (文件 → 另存为 → Excel 工作簿), or convert it to kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx kw.ett"},
		{"kw.xlsx", oleFile("Workbook"), // converting beside it would replace it
			"kw.xlsx: the file is an Excel 97–2003 workbook (.xls), though named .xlsx, which plancheck does not read; save it as .xlsx from Excel or WPS, or convert it to converted/kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx --outdir converted kw.xlsx"},
		{"in/kw.dat", oleFile("Workbook"),
			"in/kw.dat: the file is an Excel 97–2003 workbook (.xls), though named .dat, which plancheck does not read; save it as .xlsx from Excel or WPS, or convert it to in/kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx --outdir in in/kw.dat"},
		{"-kw.xls", oleFile("Workbook"),
			"-kw.xls: the file is an Excel 97–2003 workbook (.xls), which plancheck does not read; save it as .xlsx from Excel or WPS, or convert it to -kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx ./-kw.xls"},
		{"it's $HOME.xls", oleFile("Workbook"),
			`it's $HOME.xls: the file is an Excel 97–2003 workbook (.xls), which plancheck does not read; save it as .xlsx from Excel or WPS, or convert it to it's $HOME.xlsx with LibreOffice: soffice --headless --convert-to xlsx 'it'\''s $HOME.xls'`},
		{"kw.xlsx", oleFile("EncryptionInfo", "EncryptedPackage"),
			"kw.xlsx: the file is a workbook protected by a password (encrypted), which plancheck cannot open; remove the password in Excel (文件 → 信息 → 保护工作簿 → 用密码进行加密: clear it; File → Info → Protect Workbook → Encrypt with Password) or in WPS, and save it again as .xlsx"},
		{"kw.xls", oleFile("WordDocument"),
			"kw.xls: the file is a Word 97–2003 document (.doc), not a workbook; give the monitoring workbook (.xlsx) instead"},

		// Other spreadsheets, by content.
		{"kw.ods", zipOf(t, "mimetype", "content.xml", "styles.xml"),
			"kw.ods: the file is an OpenDocument spreadsheet (.ods), which plancheck does not read; save it as .xlsx from LibreOffice or WPS, or convert it to kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx kw.ods"},
		{"kw.xlsb", zipOf(t, "[Content_Types].xml", "xl/workbook.bin"),
			"kw.xlsb: the file is an Excel binary workbook (.xlsb), which plancheck does not read; save it as .xlsx from Excel (文件 → 另存为 → Excel 工作簿), or convert it to kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx kw.xlsb"},
		{"kw.xlsx", zipOf(t, "[Content_Types].xml", "xl/workbook.bin"),
			"kw.xlsx: the file is an Excel binary workbook (.xlsb), which plancheck does not read; save it as .xlsx from Excel (文件 → 另存为 → Excel 工作簿), or convert it to converted/kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx --outdir converted kw.xlsx"},
		{"kw.numbers", zipOf(t, "Index/Document.iwa", "Metadata/Properties.plist"),
			"kw.numbers: the file is an Apple Numbers document (.numbers), which plancheck does not read; export it from Numbers as an Excel workbook (文件 → 导出为 → Excel…; File → Export To → Excel…) and give the .xlsx instead"},

		// By name, when the content says nothing better.
		{"kw.numbers", []byte("bplist00"),
			"kw.numbers: the file is an Apple Numbers document (.numbers), which plancheck does not read; export it from Numbers as an Excel workbook (文件 → 导出为 → Excel…; File → Export To → Excel…) and give the .xlsx instead"},
		{"kw.ods", []byte("<?xml"),
			"kw.ods: the file is an OpenDocument spreadsheet (.ods), which plancheck does not read; save it as .xlsx from LibreOffice or WPS, or convert it to kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx kw.ods"},
		{"kw.xlsb", []byte{1, 2, 3},
			"kw.xlsb: the file is named .xlsb (an Excel binary workbook), which plancheck does not read; save it as .xlsx from Excel (文件 → 另存为 → Excel 工作簿), or convert it to kw.xlsx with LibreOffice: soffice --headless --convert-to xlsx kw.xlsb"},
		{"export.xls", []byte("<html><body><table><tr><td>指标编号</td></tr></table>"),
			"export.xls: the file is named .xls but is a web page (HTML), as some systems export tables; save it as .xlsx from Excel or WPS, or convert it to export.xlsx with LibreOffice: soffice --headless --convert-to xlsx export.xls"},
		{"export.xls", []byte(tabs(csvText)),
			"export.xls: the file is named .xls but is text, as some systems export tables; if it is CSV or tab-separated, rename it to .csv after its sheet (such as 指标数据.csv); else convert it to export.xlsx with LibreOffice: soffice --headless --convert-to xlsx export.xls"},
		{"kw.xls", []byte{0x01, 0x02, 0x03, 0x04},
			"kw.xls: the file is named .xls but does not start as an Excel 97–2003 or WPS workbook does; open it in Excel or WPS and save it as .xlsx"},
		{"kw.xls", nil,
			"kw.xls: the file is empty; save the workbook from Excel or WPS as .xlsx"},
		{"kw.pdf", []byte("%PDF-1.7\n"),
			"kw.pdf: plancheck reads Excel workbooks (.xlsx, .xlsm) and sheets saved as CSV (.csv); this is a PDF file"},
		{"指标数据", []byte(csvText),
			"指标数据: plancheck reads Excel workbooks (.xlsx, .xlsm) and sheets saved as CSV (.csv); this is a text file: if it is a sheet saved as CSV, name it .csv after its sheet (such as 指标数据.csv)"},
		{"kw.html", []byte("<!DOCTYPE html><html>"),
			"kw.html: plancheck reads Excel workbooks (.xlsx, .xlsm) and sheets saved as CSV (.csv); this is a web page (HTML)"},
		{"kw.bin", []byte{0, 1, 2},
			"kw.bin: plancheck reads Excel workbooks (.xlsx, .xlsm) and sheets saved as CSV (.csv); it is not one"},
		{"kw.json", nil,
			"kw.json: plancheck reads Excel workbooks (.xlsx, .xlsm) and sheets saved as CSV (.csv); this file is empty"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ds, err := ReadFile(bytes.NewReader(c.data), c.name, testPlan())
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, o := range ds.Values {
					found = found || o.ID == "5" && o.Year == 2021 && o.Value == 36.5
				}
				if !found {
					t.Errorf("no value of 5 in 2021:\n%s", dump(ds, true))
				}
				return
			}
			if ds != nil || err == nil || err.Error() != c.want {
				t.Errorf("ReadFile(%q): %v\nwant\n%s", c.name, err, c.want)
			}
		})
	}

	// A file that is neither goes to the reader its name says, which
	// says what is wrong.
	for _, c := range []struct{ name, want string }{
		{"kw.xlsx", "kw.xlsx: not an Excel workbook (.xlsx): zip: not a valid zip file (it looks like a text file, such as a CSV file renamed to .xlsx)"},
		{"kw-2023.csv", "kw-2023.csv: the file's name does not say which sheet it holds"},
	} {
		_, err := ReadFile(strings.NewReader(csvText), c.name, testPlan())
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("ReadFile(%q): %v\nwant it to start with\n%s", c.name, err, c.want)
		}
	}
}

// TestExtensions checks that each extension a folder is read for is one
// ReadFile knows: read, or refused with its own message.
func TestExtensions(t *testing.T) {
	for _, ext := range Extensions {
		if ext != strings.ToLower(ext) || !strings.HasPrefix(ext, ".") {
			t.Errorf("%q: want a lower-case extension with its dot", ext)
		}
		how, msg := classify([]byte{1, 2, 3}, "kw"+ext)
		if how == refused && strings.HasPrefix(msg, "plancheck reads") {
			t.Errorf("%s: refused as an unknown file: %s", ext, msg)
		}
	}
}

func TestShellQuote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"kw-2023.xls", "kw-2023.xls"},
		{"data/区科委_2023.xls", "data/区科委_2023.xls"},
		{"区科委（2023）.xls", "'区科委（2023）.xls'"}, // full-width parentheses are not letters
		{"kw 2023.xls", "'kw 2023.xls'"},
		{"$(rm -rf ~).xls", "'$(rm -rf ~).xls'"},
		{"it's.xls", `'it'\''s.xls'`},
		{"a\nb.xls", "'a\nb.xls'"},
		{"", "''"},
	} {
		if got := shellQuote(c.in); got != c.want {
			t.Errorf("shellQuote(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestConvertWithLibreOffice makes an .xls, an .et and an .ods from the
// sample workbook with LibreOffice, runs the command each refusal gives,
// word for word, and reads what it wrote: the sample's values at the same
// cells. It also reads the sample's sheets as LibreOffice saves them as
// CSV: in GB18030 (as Chinese Excel does), and as UTF-16 text with tabs
// (Excel's "Unicode 文本"), one file per sheet named kw-2023-指标数据.csv
// and so on.
func TestConvertWithLibreOffice(t *testing.T) {
	bin := clients.Path(t, "install libreoffice-calc-nogui", "soffice")
	dir := t.TempDir()
	home := filepath.Join(dir, "home") // LibreOffice's profile, private to the test
	soffice := func(cwd string, args ...string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Dir = cwd
		cmd.Env = append(os.Environ(), "HOME="+home)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	sample, err := os.ReadFile(filepath.Join(goodDir, "kw-2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "kw-2023.xlsx"), sample)
	ds, err := Read(bytes.NewReader(sample), "kw-2023.xlsx", testPlan())
	if err != nil {
		t.Fatal(err)
	}
	want := values(ds)

	in := filepath.Join(dir, "in")
	soffice(dir, "--headless", "--convert-to", "xls:MS Excel 97", "--outdir", in, "kw-2023.xlsx")
	soffice(dir, "--headless", "--convert-to", "ods", "--outdir", in, "kw-2023.xlsx")
	xls, err := os.ReadFile(filepath.Join(in, "kw-2023.xls"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(in, "wps"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(in, "wps", "kw-2023.et"), xls) // WPS's .et is the same OLE workbook

	for _, name := range []string{"in/kw-2023.xls", "in/kw-2023.ods", "in/wps/kw-2023.et"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			_, err = ReadFile(bytes.NewReader(data), name, testPlan())
			if err == nil {
				t.Fatal("read, want it refused")
			}
			msg := err.Error()
			_, command, ok := strings.Cut(msg, "with LibreOffice: ")
			if !ok {
				t.Fatalf("no command in %s", msg)
			}
			_, converted, _ := strings.Cut(msg, "convert it to ")
			converted, _, _ = strings.Cut(converted, " with LibreOffice")
			words := shellWords(t, command)
			if words[0] != "soffice" {
				t.Fatalf("command %q", command)
			}
			soffice(dir, words[1:]...)
			data, err = os.ReadFile(filepath.Join(dir, converted))
			if err != nil {
				t.Fatalf("%s did not write %s: %v", command, converted, err)
			}
			ds, err := ReadFile(bytes.NewReader(data), converted, testPlan())
			if err != nil {
				t.Fatal(err)
			}
			if got := values(ds); got != want {
				t.Errorf("%s gives\n%s\nthe sample gives\n%s", converted, got, want)
			}
		})
	}

	for _, c := range []struct{ what, filter, ext string }{
		// The filter's tokens: separator (44 comma, 9 tab), quote (34),
		// character set (85 GB18030, 65535 UTF-16), first line (1), cell
		// formats, language, quote text cells, detect numbers, save as
		// shown (true), …, every sheet to its own file (-1).
		{"GB18030 CSV", "csv:Text - txt - csv (StarCalc):44,34,85,1,,0,false,true,true,false,false,-1", ".csv"},
		{"UTF-16 text", "txt:Text - txt - csv (StarCalc):9,34,65535,1,,0,false,true,true,false,false,-1", ".txt"},
	} {
		t.Run(c.what, func(t *testing.T) {
			out := filepath.Join(dir, "out"+c.ext)
			soffice(dir, "--headless", "--convert-to", c.filter, "--outdir", out, "kw-2023.xlsx")
			var all []string
			for _, sheet := range []string{"指标数据", "市级要求", "参照数据"} {
				name := "kw-2023-" + sheet + c.ext
				data, err := os.ReadFile(filepath.Join(out, name))
				if err != nil {
					t.Fatal(err)
				}
				ds, err := ReadFile(bytes.NewReader(data), name, testPlan())
				if err != nil {
					t.Fatal(err)
				}
				all = append(all, values(ds))
			}
			if got := strings.Join(all, ""); got != want {
				t.Errorf("the %s files give\n%s\nthe sample gives\n%s", c.what, got, want)
			}
		})
	}
}

// values prints a dataset's observations without their text as typed,
// which a conversion may change (98.5% shown as 98.50%), nor the file.
func values(ds *model.Dataset) string {
	var b strings.Builder
	for _, obs := range [][]model.Observation{ds.Values, ds.Requirements, ds.References} {
		for _, o := range obs {
			o.Text = ""
			o.At.File = "-"
			b.WriteString(line(o) + "\n")
		}
	}
	return b.String()
}

// shellWords splits a command as a POSIX shell does, for the words
// shellQuote writes: plain, or in single quotes.
func shellWords(t *testing.T, s string) []string {
	t.Helper()
	var words []string
	var w strings.Builder
	inWord, quoted := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quoted && c == '\'':
			quoted = false
		case quoted:
			w.WriteByte(c)
		case c == '\'':
			quoted, inWord = true, true
		case c == ' ':
			if inWord {
				words = append(words, w.String())
				w.Reset()
				inWord = false
			}
		case c == '\\' && i+1 < len(s):
			i++
			w.WriteByte(s[i])
			inWord = true
		default:
			w.WriteByte(c)
			inWord = true
		}
	}
	if quoted {
		t.Fatalf("unclosed quote in %q", s)
	}
	if inWord {
		words = append(words, w.String())
	}
	return words
}
