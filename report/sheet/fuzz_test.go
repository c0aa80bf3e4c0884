package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"plancheck/report/model"
)

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{
		"37.2", "-3.5", "1.5E-3", "１２３．４", "－５", "8,504.6", "8，504.6", "5.9%", "５．９％",
		"38万元/人", "约5000", "5000左右", "312.6万人以内", "11%以上", "", "—", "／", "待补", "待核实",
		"12,34", "1e999", "\u3000 5 \u00a0", "约 5,000 件左右", ".", "+", "0x10",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			if n != (Number{}) {
				t.Errorf("ParseNumber(%q) = %+v with error %v; want the zero Number", s, n, err)
			}
			if !strings.Contains(err.Error(), "is not a number") && !strings.Contains(err.Error(), "is out of range") {
				t.Errorf("ParseNumber(%q): unexpected message %q", s, err)
			}
			return
		}
		if math.IsNaN(n.Value) || math.IsInf(n.Value, 0) {
			t.Errorf("ParseNumber(%q) = %v", s, n.Value)
		}
		if n.Missing && n != (Number{Missing: true}) {
			t.Errorf("ParseNumber(%q) = %+v; a missing value has nothing else", s, n)
		}
		if n.Bound != "" && !n.Approx {
			t.Errorf("ParseNumber(%q) = %+v; a bound is approximate", s, n)
		}
		// The value printed plainly reads back the same.
		if !n.Missing {
			back, err := ParseNumber(strconv.FormatFloat(n.Value, 'g', -1, 64))
			if err != nil || back.Value != n.Value {
				t.Errorf("ParseNumber(%q) = %v, which reads back as %v, %v", s, n.Value, back.Value, err)
			}
		}
	})
}

// fuzzSeeds are the test workbooks' bytes.
func fuzzSeeds(f testing.TB) [][]byte {
	var seeds [][]byte
	for _, dir := range []string{goodDir, badDir} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			seeds = append(seeds, data)
		}
	}
	return seeds
}

// generatedSeeds are small workbooks of the hostile and wrong-read
// families, written by hand (handbook_test.go): the cases excelize cannot
// write, from which mutations reach the checks of guard.go.
func generatedSeeds(t testing.TB) [][]byte {
	sheet1 := indicatorSheet(valueRow(2, num("C2", "36.5", "")))
	var seeds [][]byte
	for _, rows := range []string{
		valueRow(2, num("C2", "36.5", "")) + valueRow(2, num("C2", "37", "")),             // a row twice
		valueRow(3, num("C3", "36.5", "")) + valueRow(2, num("C2", "37", "")),             // out of order
		row(2, num("C2", "36.5", ""), is("A2", "5"), num("B2", "2021", "")),               // cells out of order
		valueRow(2, `<c r="C2" t="s"><v>999</v></c>`),                                     // no such string
		valueRow(2, num("C2", "44927", "1")) + valueRow(3, num("C3", "44927", "3")),       // dates
		row(2, is("A2", "5"), num("B2", "44927", "4"), num("C2", "36.5", "")),             // a year as a date
		valueRow(2, fx("C2", "C2+1", "0")),                                                // itself
		valueRow(2, fx("C2", "D2", "")+fx("D2", "E2", "")+fx("E2", "D2", "")),             // a circle below
		valueRow(2, fx("C2", "SUM(D2:E2)", "")+num("D2", "18.25", "")+fx("E2", "D2", "")), // calculated
		chainRows(120, false),
		valueRow(2, `<c r="C2" t="e"><v>#DIV/0!</v></c>`) + valueRow(3, `<c r="C3" t="b"><v>1</v></c>`) + valueRow(4, `<c r="C4" t="d"><v>2023-01-01</v></c>`),
		valueRow(2, num("C2", "36500", "5")) + `<row r="1048576" s="1"><c r="A1048576" s="1"/></row>`,
	} {
		seeds = append(seeds, handBook(t, []handSheet{indicatorSheet(rows, `<mergeCells><mergeCell ref="E5:F6"/><mergeCell ref="F6:G7"/></mergeCells>`)}, []string{"36.5", "x"}))
		seeds = append(seeds, indicators(t, rows))
	}
	seeds = append(seeds,
		handZip(t, append(handParts([]handSheet{sheet1}, nil), zpart{`xl\worksheets\sheet1.xml`, `<worksheet/>`})...),
		lyingZip(t, handParts([]handSheet{sheet1}, nil), "xl/worksheets/sheet1.xml", 100),
		handBook(t, []handSheet{sheet1, {"计算", "<sheetData>" + row(1, fx("A1", "指标数据!C2", "1")) + "</sheetData>"}}, nil),
		handBook(t, []handSheet{{"Indicators", ""}, {"INDICATORS", ""}}, nil),
	)
	return seeds
}

func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	for _, s := range generatedSeeds(f) {
		f.Add(s)
	}
	catchPanics = false
	f.Cleanup(func() { catchPanics = true })
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data)
		checkDirect(t, data)
	})
}

// FuzzReadSheetXML mutates the XML of a sheet rather than the zip that
// holds it, which reaches the cell handling far more often than FuzzRead.
func FuzzReadSheetXML(f *testing.F) {
	good, err := os.ReadFile(filepath.Join(goodDir, "kw-2023.xlsx"))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range append(fuzzSeeds(f), generatedSeeds(f)...) {
		if xml := sheetXML(s, "xl/worksheets/sheet1.xml"); xml != nil {
			f.Add(xml)
		}
	}
	catchPanics = false
	f.Cleanup(func() { catchPanics = true })
	f.Fuzz(func(t *testing.T, xml []byte) {
		data := withSheetXML(t, good, "xl/worksheets/sheet1.xml", xml)
		checkRead(t, data)
		checkDirect(t, data)
	})
}

// checkRead reads data and checks what any answer must satisfy.
func checkRead(t *testing.T, data []byte) {
	const name = "fuzz.xlsx"
	p := testPlan()
	type result struct {
		ds  *model.Dataset
		err error
	}
	done := make(chan result, 1)
	go func() {
		ds, err := Options{MaxRows: 2000, MaxCalcCells: 20}.Read(bytes.NewReader(data), name, p)
		done <- result{ds, err}
	}()
	var ds *model.Dataset
	var err error
	select {
	case r := <-done:
		ds, err = r.ds, r.err
	case <-time.After(10 * time.Second):
		t.Fatalf("Read did not return within 10 s")
	}
	if err != nil {
		var list ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %T %v, want a non-empty ErrorList", err, err)
		}
		for _, e := range list {
			if e.At.File != name {
				t.Errorf("error without the file's name: %v", e)
			}
		}
	}
	if ds == nil {
		if err == nil {
			t.Fatal("no dataset and no error")
		}
		return
	}
	check := func(what string, ids func(string) bool, obs []model.Observation) {
		for _, o := range obs {
			if !ids(o.ID) || o.Year < p.BaseYear || o.Year > p.TargetYear || math.IsNaN(o.Value) || math.IsInf(o.Value, 0) ||
				o.At.File != name || o.At.Sheet == "" || o.At.Cell == "" {
				t.Errorf("%s: bad observation %+v", what, o)
			}
		}
	}
	isIndicator := func(id string) bool { return p.Indicator(id) != nil }
	check("values", isIndicator, ds.Values)
	check("requirements", isIndicator, ds.Requirements)
	check("references", func(id string) bool { return p.Reference(id) != nil }, ds.References)
}

// checkDirect reads data directly and through excelize's row iterator
// and fails unless both give the same dataset and the same messages.
func checkDirect(t *testing.T, data []byte) {
	t.Helper()
	p := testPlan()
	o := Options{MaxRows: 2000, MaxCalcCells: 20}
	ds1, err1 := o.Read(bytes.NewReader(data), "fuzz.xlsx", p)
	o.viaExcelize = true
	ds2, err2 := o.Read(bytes.NewReader(data), "fuzz.xlsx", p)
	if fmt.Sprint(err1) != fmt.Sprint(err2) {
		t.Fatalf("the direct reading says\n%v\nexcelize's\n%v", err1, err2)
	}
	if !reflect.DeepEqual(ds1, ds2) {
		t.Fatalf("the direct reading reads\n%+v\nexcelize's\n%+v", ds1, ds2)
	}
}

// sheetXML returns a file of an .xlsx, or nil.
func sheetXML(data []byte, name string) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				return nil
			}
			b, _ := io.ReadAll(rc)
			return b
		}
	}
	return nil
}

// withSheetXML returns the .xlsx data with one file replaced.
func withSheetXML(t *testing.T, data []byte, name string, content []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == name {
			_, err = w.Write(content)
		} else {
			var rc io.ReadCloser
			if rc, err = f.Open(); err == nil {
				_, err = io.Copy(w, rc)
			}
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

// TestDirectMatchesExcelize: every workbook of the test data, good and
// bad, and every generated case reads the same directly and through
// excelize's row iterator; and the good ones are read directly (nothing
// in them sends a sheet to excelize).
func TestDirectMatchesExcelize(t *testing.T) {
	seeds := append(fuzzSeeds(t), generatedSeeds(t)...)
	if len(seeds) < 50 {
		t.Fatalf("only %d workbooks", len(seeds))
	}
	for i, data := range seeds {
		t.Run(strconv.Itoa(i), func(t *testing.T) { checkDirect(t, data) })
	}
	good, err := filepath.Glob(filepath.Join(goodDir, "*.xlsx"))
	if err != nil || len(good) == 0 {
		t.Fatalf("no good workbooks: %v", err)
	}
	for _, path := range good {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		o := DefaultOptions.withDefaults()
		wb, _, ie := inspect(data, &o)
		if ie != nil {
			continue // a good workbook of another kind (a report); read by its own test
		}
		if wb.oddStrings {
			t.Errorf("%s: its shared strings are read through excelize", filepath.Base(path))
		}
		for _, name := range wb.sheets {
			if wb.sheet(name).odd {
				t.Errorf("%s: sheet %s is read through excelize", filepath.Base(path), name)
			}
		}
	}
}

// Shared strings declared in another encoding than UTF-8, at the start or
// further on (where the decoder obeys the declaration too), are left to
// excelize's reading, and both readings agree.
func TestSharedStringsEncoding(t *testing.T) {
	sheet := []handSheet{{"指标数据", `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>`}}
	for name, sst := range map[string]string{
		"declared first": `<?xml version="1.0" encoding="GBK"?><sst ` + nsMain + `><si><t>a</t></si><si><t>` + "\xc4\xe3" + `</t></si></sst>`,
		"declared later": `<sst ` + nsMain + `><si><t>a</t></si><?xml version="1.0" encoding="GBK"?><si><t>` + "\xc4\xe3" + `</t></si></sst>`,
	} {
		t.Run(name, func(t *testing.T) {
			data := handBook(t, sheet, nil, zpart{"xl/sharedStrings.xml", sst})
			o := DefaultOptions.withDefaults()
			wb, _, ie := inspect(data, &o)
			if ie != nil {
				t.Skipf("refused before reading: %v", ie.msg)
			}
			if !wb.oddStrings {
				t.Error("GBK shared strings are read directly, as UTF-8")
			}
			checkDirect(t, data)
		})
	}
}
