package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"os"
	"strings"
	"testing"
	"time"
)

// chainRows is a chain of n formulas without saved values: the value cell
// C2 is =D2+1, D2 is =D3+1, …, and the last, D(n), is =1. C2 depends on
// n formulas: D2 … D(n).
func chainRows(n int, saved bool) string {
	v := func(x int) string {
		if saved {
			return fmt.Sprint(x)
		}
		return ""
	}
	var b strings.Builder
	b.WriteString(row(2, is("A2", "5"), num("B2", "2021", ""), fx("C2", "D2+1", v(n)), fx("D2", "D3+1", v(n-1))))
	for i := 3; i < n; i++ {
		b.WriteString(row(i, fx(fmt.Sprintf("D%d", i), fmt.Sprintf("D%d+1", i+1), v(n-i+1))))
	}
	b.WriteString(row(n, fx(fmt.Sprintf("D%d", n), "1", v(1))))
	return b.String()
}

// rawEntry is a zip entry whose header says it unpacks to declared
// bytes, whatever it holds.
func lyingZip(t testing.TB, parts []zpart, name string, declared uint64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		if p.name != name {
			w, err := zw.Create(p.name)
			if err == nil {
				_, err = w.Write([]byte(p.body))
			}
			if err != nil {
				t.Fatal(err)
			}
			continue
		}
		var comp bytes.Buffer
		fw, _ := flate.NewWriter(&comp, flate.BestSpeed)
		fw.Write([]byte(p.body))
		fw.Close()
		w, err := zw.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE([]byte(p.body)),
			CompressedSize64: uint64(comp.Len()), UncompressedSize64: declared})
		if err == nil {
			_, err = w.Write(comp.Bytes())
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// emptyCells is a row n holding the value row's cells and then every
// column to XFD as an empty cell with a style: some 300 KB of XML that
// holds nothing.
func emptyCells(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<row r="%d">`, n)
	for c := 1; c <= 16384; c++ {
		fmt.Fprintf(&b, `<c r="%s" s="1"/>`, cellName(c, n))
	}
	b.WriteString(`</row>`)
	return b.String()
}

// TestHostileGenerated reads workbooks built to exhaust memory or time,
// or to crash: each is refused with its message (or read, when it holds
// nothing harmful) within 10 s and bounded memory.
func TestHostileGenerated(t *testing.T) {
	good := valueRow(2, num("C2", "36.5", ""))
	sheet1 := indicatorSheet(good)
	bomb := strings.Repeat(`<row><c r="XFD1" s="0"/></row>`, 1_000_000) // 30 MB of empty cells in 30 KB
	tests := []struct {
		name   string
		o      Options
		build  func(t testing.TB) []byte
		want   string // the whole message; "" when the workbook reads
		maxMiB uint64
	}{
		{"dup-entry.xlsx", Options{}, func(t testing.TB) []byte {
			// The second entry is the one excelize would keep: a sheet of
			// a million rows of cells in column XFD.
			return handZip(t, append(handParts([]handSheet{sheet1}, nil),
				zpart{"xl/worksheets/sheet1.xml", `<worksheet ` + nsMain + `><sheetData>` + bomb + `</sheetData></worksheet>`})...)
		}, `dup-entry.xlsx: the zip holds two files named xl/worksheets/sheet1.xml ("xl/worksheets/sheet1.xml" and "xl/worksheets/sheet1.xml"); the file is damaged or forged — open it in Excel and save it again as .xlsx`, 50},

		{"dup-backslash.xlsx", Options{}, func(t testing.TB) []byte {
			return handZip(t, append(handParts([]handSheet{sheet1}, nil), zpart{`xl\worksheets\sheet1.xml`, `<worksheet/>`})...)
		}, `dup-backslash.xlsx: the zip holds two files named xl/worksheets/sheet1.xml ("xl/worksheets/sheet1.xml" and "xl\\worksheets\\sheet1.xml"); the file is damaged or forged — open it in Excel and save it again as .xlsx`, 50},

		{"dup-case.xlsx", Options{}, func(t testing.TB) []byte {
			return handZip(t, append(handParts([]handSheet{sheet1}, nil), zpart{`/XL/Styles.XML`, handStyles})...)
		}, `dup-case.xlsx: the zip holds two files named xl/styles.xml ("xl/styles.xml" and "/XL/Styles.XML"); the file is damaged or forged — open it in Excel and save it again as .xlsx`, 50},

		{"sum-of-sizes.xlsx", Options{}, func(t testing.TB) []byte {
			// Seven pictures of 10 MiB each: 70 MiB in all, each part
			// below the limit.
			parts := handParts([]handSheet{sheet1}, nil)
			for i := range 7 {
				parts = append(parts, zpart{fmt.Sprintf("xl/media/image%d.png", i), strings.Repeat("\x00", 10<<20)})
			}
			return handZip(t, parts...)
		}, `sum-of-sizes.xlsx: the workbook is larger than 64 MiB once unpacked (the limit); a monitoring workbook is far smaller — is this the right file?`, 150},

		{"lying-size.xlsx", Options{}, func(t testing.TB) []byte {
			// The sheet says it is 1,000 bytes long and holds 30 MB.
			return lyingZip(t, handParts([]handSheet{{"指标数据", `<sheetData>` + bomb + `</sheetData>`}}, nil), "xl/worksheets/sheet1.xml", 1000)
		}, `lying-size.xlsx: xl/worksheets/sheet1.xml is damaged: it does not unpack to what the zip says (zip: not a valid zip file); open the workbook in Excel and save it again as .xlsx`, 50},

		{"short-size.xlsx", Options{}, func(t testing.TB) []byte {
			// The sheet says it is 10 MiB long and holds less.
			return lyingZip(t, handParts([]handSheet{sheet1}, nil), "xl/worksheets/sheet1.xml", 10<<20)
		}, `short-size.xlsx: xl/worksheets/sheet1.xml is damaged: it does not unpack to what the zip says (unexpected EOF); open the workbook in Excel and save it again as .xlsx`, 50},

		{"huge-sheet.xlsx", Options{}, func(t testing.TB) []byte {
			// 100 MiB of XML in a sheet, compressed to some hundred KB.
			return handBook(t, []handSheet{{"指标数据", `<sheetData>` + strings.Repeat(`<row><c r="XFD1" s="0"/></row>`, 3_500_000) + `</sheetData>`}}, nil)
		}, `huge-sheet.xlsx: the workbook is larger than 64 MiB once unpacked (the limit); a monitoring workbook is far smaller — is this the right file?`, 300},

		{"empty-styled-cells.xlsx", Options{}, func(t testing.TB) []byte {
			// 57 MB of empty cells with a style, every column to XFD in
			// 190 rows: 3 million cells to read.
			var b strings.Builder
			b.WriteString(good)
			for n := 3; n <= 190; n++ {
				b.WriteString(emptyCells(n))
			}
			return indicators(t, b.String())
		}, `empty-styled-cells.xlsx: 指标数据: the sheet has more than 1000000 cells, counting the empty ones that have a format (the limit); delete the rows and columns around the table, or copy the table into a new workbook`, 700},

		{"empty-styled-cells-fit.xlsx", Options{}, func(t testing.TB) []byte {
			// 15 MB of them in 50 rows, 819,200 cells: read, as the value
			// in C2 alone (excelize never sees the empty cells).
			var b strings.Builder
			b.WriteString(good)
			for n := 3; n <= 52; n++ {
				b.WriteString(emptyCells(n))
			}
			return indicators(t, b.String())
		}, "", 700},

		{"many-rows.xlsx", Options{MaxRows: 50}, func(t testing.TB) []byte {
			var b strings.Builder
			for n := 2; n <= 60; n++ {
				b.WriteString(valueRow(n, num(fmt.Sprintf("C%d", n), "36.5", "")))
			}
			return indicators(t, b.String())
		}, `many-rows.xlsx: 指标数据: the sheet has more than 50 rows with content; a monitoring sheet has one row per indicator and year — delete the rows below the table (select them, then 删除行)`, 50},

		{"many-cells.xlsx", Options{MaxCells: 1000}, func(t testing.TB) []byte {
			// At row 995: rows up to 995 and 3 columns in 3 rows (1, 2 and
			// 995), 995+3·3 = 1,004 cells.
			return indicators(t, valueRow(2, num("C2", "36.5", ""))+valueRow(995, num("C995", "37", ""))+valueRow(996, num("C996", "38", "")))
		}, `many-cells.xlsx: 指标数据: the sheet spans more than 1000 cells (its rows up to 995, each up to its last cell with content); delete the rows and columns around the table`, 50},

		{"formula-chain.xlsx", Options{}, func(t testing.TB) []byte {
			return indicators(t, chainRows(99_000, false))
		}, `formula-chain.xlsx: 指标数据!C2: the formula =D2+1 has no saved value and depends on a chain of 99000 formulas, more than 100 (the limit); open the workbook in Excel or LibreOffice and save it again so the values are saved`, 900},

		{"formula-chain-saved.xlsx", Options{}, func(t testing.TB) []byte {
			// The same chain as Excel saves it: C2's saved value is read.
			return indicators(t, chainRows(99_000, true))
		}, "", 900},

		{"big-styles.xlsx", Options{}, func(t testing.TB) []byte {
			return handBook(t, []handSheet{sheet1}, nil, zpart{"xl/styles.xml", strings.Replace(handStyles, "<numFmts", strings.Repeat(" ", 5<<20)+"<numFmts", 1)})
		}, `big-styles.xlsx: xl/styles.xml is larger than 4 MiB once unpacked (the limit); a monitoring workbook is far smaller — is this the right file?`, 50},

		{"cell-formats.xlsx", Options{}, func(t testing.TB) []byte {
			return handBook(t, []handSheet{sheet1}, nil, zpart{"xl/styles.xml", `<styleSheet ` + nsMain + `><cellXfs>` + strings.Repeat(`<xf numFmtId="0"/>`, 64_001) + `</cellXfs></styleSheet>`})
		}, `cell-formats.xlsx: xl/styles.xml has more than 64000 cell formats (the limit; Excel's own is 64,000); copy the table into a new workbook (粘贴为数值) and format it again`, 50},

		{"number-formats.xlsx", Options{}, func(t testing.TB) []byte {
			var b strings.Builder
			for i := range 1001 {
				fmt.Fprintf(&b, `<numFmt numFmtId="%d" formatCode="0.%d"/>`, 164+i, i)
			}
			return handBook(t, []handSheet{sheet1}, nil, zpart{"xl/styles.xml", `<styleSheet ` + nsMain + `><numFmts>` + b.String() + `</numFmts></styleSheet>`})
		}, `number-formats.xlsx: xl/styles.xml has more than 1000 number formats (the limit); copy the table into a new workbook (粘贴为数值) and format it again`, 50},

		{"shared-strings.xlsx", Options{}, func(t testing.TB) []byte {
			return handBook(t, []handSheet{sheet1}, make([]string, 200_001))
		}, `shared-strings.xlsx: xl/sharedStrings.xml has more than 200000 strings (the limit); a monitoring workbook has some hundreds — is this the right file?`, 100},

		{"shared-strings-size.xlsx", Options{}, func(t testing.TB) []byte {
			s := strings.Repeat("x", 3_000_000)
			return handBook(t, []handSheet{sheet1}, []string{s, s, s})
		}, `shared-strings-size.xlsx: the shared strings (xl/sharedStrings.xml) hold more than 8000000 characters (the limit); a monitoring workbook holds far fewer — is this the right file?`, 200},

		{"long-inline.xlsx", Options{}, func(t testing.TB) []byte {
			return indicators(t, valueRow(2, is("C2", strings.Repeat("长", 40_000))))
		}, `long-inline.xlsx: 指标数据!C2: the cell holds 40000 characters, more than 32767 (Excel's limit for a cell); is this the right file?`, 50},

		{"long-shared.xlsx", Options{}, func(t testing.TB) []byte {
			return handBook(t, []handSheet{indicatorSheet(valueRow(2, `<c r="C2" t="s"><v>1</v></c>`))}, []string{"x", strings.Repeat("长", 32_768)})
		}, `long-shared.xlsx: 指标数据!C2: the cell holds 32768 characters, more than 32767 (Excel's limit for a cell); is this the right file?`, 50},

		{"long-value.xlsx", Options{}, func(t testing.TB) []byte {
			return indicators(t, valueRow(2, `<c r="C2" t="str"><f>A1</f><v>`+strings.Repeat("9", 50_000)+`</v></c>`))
		}, `long-value.xlsx: 指标数据!C2: the cell holds 50000 characters, more than 32767 (Excel's limit for a cell); is this the right file?`, 50},

		{"many-sheets.xlsx", Options{}, func(t testing.TB) []byte {
			sheets := []handSheet{sheet1}
			for i := range 1000 {
				sheets = append(sheets, handSheet{fmt.Sprintf("s%d", i), ""})
			}
			return handBook(t, sheets, nil)
		}, `many-sheets.xlsx: the workbook has 1001 sheets, more than 1000 (the limit); a monitoring workbook has a few — is this the right file?`, 100},

		{"sheet-name.xlsx", Options{}, func(t testing.TB) []byte {
			return handBook(t, []handSheet{sheet1, {strings.Repeat("名", 5000), ""}}, nil)
		}, `sheet-name.xlsx: a sheet's name is longer than 100 characters ("` + strings.Repeat("名", 80) + `…"); the file is damaged — open it in Excel and save it again as .xlsx`, 50},

		{"many-entries.xlsx", Options{}, func(t testing.TB) []byte {
			parts := handParts([]handSheet{sheet1}, nil)
			for i := range 10_001 {
				parts = append(parts, zpart{fmt.Sprintf("xl/media/i%d", i), ""})
			}
			return handZip(t, parts...)
		}, `many-entries.xlsx: the zip holds 10007 files, more than 10000 (the limit); a workbook holds a few dozen — is this the right file?`, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.build(t)
			start := time.Now()
			ds, alloc, err := readBounded(t, tt.o, data, tt.name)
			t.Logf("%d KB file, %v, %d MiB allocated", len(data)>>10, time.Since(start), alloc)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Read: %v", err)
				}
				if len(ds.Values) != 1 {
					t.Errorf("values: %v, want one", lines(ds.Values))
				}
			} else {
				errorIs(t, "Read", err, tt.want)
			}
			if alloc > tt.maxMiB {
				t.Errorf("allocated %d MiB, more than %d", alloc, tt.maxMiB)
			}
		})
	}
}

// TestNoTempFiles checks that Read leaves nothing in the OS temp folder,
// whatever the workbook: excelize writes a part larger than its
// UnzipXMLSizeLimit to a temporary file, and the shared strings of such a
// workbook to another, and loses them when it fails to open the file.
func TestNoTempFiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var big, strs strings.Builder
	big.WriteString(valueRow(2, `<c r="C2" t="s"><v>0</v></c>`))
	for n := 3; n <= 60_000; n++ { // some 20 MB: more than excelize's 16 MiB default
		big.WriteString(row(n, `<c r="D`+fmt.Sprint(n)+`" t="s"><v>1</v></c>`, is(fmt.Sprintf("E%d", n), strings.Repeat("填", 100))))
	}
	strs.WriteString(strings.Repeat("x", 20<<20))
	books := map[string][]byte{
		"big.xlsx":     handBook(t, []handSheet{indicatorSheet(big.String())}, []string{"36.5", "备注"}),
		"strings.xlsx": handBook(t, []handSheet{indicatorSheet(valueRow(2, `<c r="C2" t="s"><v>0</v></c>`))}, []string{"36.5", strs.String()}),
		"bad.xlsx":     indicators(t, row(2, is("A2", "5"))+row(2, is("A2", "5"))),
		"chain.xlsx":   indicators(t, chainRows(500, false)),
		"sum.xlsx": handZip(t, append(handParts([]handSheet{indicatorSheet(valueRow(2, num("C2", "1", "")))}, nil),
			zpart{"xl/worksheets/sheet9.xml", strings.Repeat(" ", 20<<20)}, zpart{"xl/media/a.png", strings.Repeat(" ", 50<<20)})...),
	}
	for name, data := range books {
		_, _, err := readBounded(t, Options{MaxCellText: 30 << 20, MaxSharedStringsSize: 30 << 20, UnzipXMLSizeLimit: 30 << 20}, data, name)
		t.Logf("%s: %v", name, err)
		left, _ := os.ReadDir(tmp)
		for _, e := range left {
			t.Errorf("after %s: %s left in the temp folder", name, e.Name())
		}
	}
}
