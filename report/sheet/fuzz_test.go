package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

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
func fuzzSeeds(f *testing.F) [][]byte {
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

func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	catchPanics = false
	f.Cleanup(func() { catchPanics = true })
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data)
	})
}

// FuzzReadSheetXML mutates the XML of a sheet rather than the zip that
// holds it, which reaches the cell handling far more often than FuzzRead.
func FuzzReadSheetXML(f *testing.F) {
	good, err := os.ReadFile(filepath.Join(goodDir, "kw-2023.xlsx"))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range fuzzSeeds(f) {
		if xml := sheetXML(s, "xl/worksheets/sheet1.xml"); xml != nil {
			f.Add(xml)
		}
	}
	catchPanics = false
	f.Cleanup(func() { catchPanics = true })
	f.Fuzz(func(t *testing.T, xml []byte) {
		checkRead(t, withSheetXML(t, good, "xl/worksheets/sheet1.xml", xml))
	})
}

// checkRead reads data and checks what any answer must satisfy.
func checkRead(t *testing.T, data []byte) {
	const name = "fuzz.xlsx"
	p := testPlan()
	ds, err := Options{MaxRows: 2000, MaxCalcCells: 20}.Read(bytes.NewReader(data), name, p)
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
