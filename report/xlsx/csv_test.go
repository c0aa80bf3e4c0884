package xlsx

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
)

func writeCSV(t *testing.T, res *eval.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, res, CSVOptions{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// parseCSV checks the BOM and the CRLF line ends and parses the rest.
func parseCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("the CSV does not start with UTF-8's BOM: % x", b[:min(3, len(b))])
	}
	if n, m := bytes.Count(b, []byte("\n")), bytes.Count(b, []byte("\r\n")); n == 0 || n != m {
		t.Errorf("line ends: %d LF, %d of them CRLF; want every one CRLF", n, m)
	}
	rows, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestWriteCSV: 指标评估's headers without the analysts' four columns, one
// row per indicator in the result's order, values as the JSON has them
// (in the indicator's decimals), statuses as labels, the same bytes each
// time.
func TestWriteCSV(t *testing.T) {
	fx := loadFixture(t, 2024)
	fx.ds.Adjustments = []model.Adjustment{{ID: "7", Status: "基本符合预期", Reason: "统计口径调整", Comment: "不应出现在CSV中", Year: 2024}}
	res, err := eval.Evaluate(fx.p, fx.ds, 2024)
	if err != nil {
		t.Fatal(err)
	}
	fx.res = res
	b := writeCSV(t, res)
	if again := writeCSV(t, res); !bytes.Equal(b, again) {
		t.Error("two writes of the same result differ")
	}
	heads := rows(t, open(t, fx.write(t, Options{})), sheetAssess)[0]
	got := parseCSV(t, b)
	if want := heads[:len(heads)-4]; !reflect.DeepEqual(got[0], want) {
		t.Errorf("header:\n got %q\nwant %q (指标评估's without the analysts')", got[0], want)
	}
	if len(got) != 1+len(res.Indicators) {
		t.Fatalf("%d rows, want a header and %d indicators", len(got), len(res.Indicators))
	}
	if strings.Contains(string(b), "不应出现在CSV中") || strings.Contains(string(b), "统计口径调整") {
		t.Error("the CSV has an analyst's comment or reason")
	}
	col := map[string]int{}
	for i, h := range got[0] {
		col[h] = i
	}

	// The values against the JSON summary's.
	js, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var sum struct {
		Indicators []struct {
			ID          string   `json:"id"`
			Decimals    int      `json:"decimals"`
			Value       *float64 `json:"value"`
			Progress    *float64 `json:"progress"`
			StatusLabel string   `json:"status_label"`
			LeadName    string   `json:"lead_name"`
		} `json:"indicators"`
	}
	if err := json.Unmarshal(js, &sum); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for i, ind := range sum.Indicators {
		r := got[1+i]
		if r[col["编号"]] != ind.ID || r[col["状态"]] != ind.StatusLabel {
			t.Errorf("row %d: 编号 %q 状态 %q, want %q %q", i+2, r[col["编号"]], r[col["状态"]], ind.ID, ind.StatusLabel)
		}
		if ind.Value != nil && r[col["2024年"]] != "" && !strings.ContainsAny(r[col["2024年"]], "约完成") {
			// 2024年 is the value in the indicator's decimals.
			if want := strconv.FormatFloat(*ind.Value, 'f', ind.Decimals, 64); r[col["2024年"]] != want {
				t.Errorf("indicator %s: 2024年 %q, want %q (JSON value %v, %d decimals)", ind.ID, r[col["2024年"]], want, *ind.Value, ind.Decimals)
			}
			checked++
		}
		if ind.Progress != nil {
			// 完成进度 in percent, one decimal: 0.4530 → 45.3%.
			if want := strconv.FormatFloat(*ind.Progress*100, 'f', 1, 64) + "%"; r[col["完成进度"]] != want {
				t.Errorf("indicator %s: 完成进度 %q, want %q", ind.ID, r[col["完成进度"]], want)
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d values compared with the JSON", checked)
	}
	// The manual status is the one stated (the analysts' columns are left out).
	for i, ir := range res.Indicators {
		if ir.ID == "7" && (!ir.Manual || got[1+i][col["状态"]] != "基本符合预期") {
			t.Errorf("indicator 7: manual %v, 状态 %q; want the analyst's 基本符合预期", ir.Manual, got[1+i][col["状态"]])
		}
	}
	// No formula: nothing starts with =.
	for _, r := range got[1:] {
		for _, c := range r {
			if strings.HasPrefix(c, "=") {
				t.Errorf("cell %q is a formula", c)
			}
		}
	}
}

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "45.3%": "45.3%", "-1.5": "-1.5", "-2%": "-2%", "=1+1": "'=1+1", "+A1": "'+A1", "@SUM(A1)": "'@SUM(A1)",
		"-A1": "'-A1", "约5000": "约5000", "\t=x": "'\t=x",
	} {
		if got := safeCell(in); got != want {
			t.Errorf("safeCell(%q) = %q, want %q", in, got, want)
		}
	}
	if got := fixed(nil, 2); got != "" {
		t.Errorf("fixed(nil) = %q", got)
	}
	v := -0.0001
	if got := fixed(&v, 2); got != "0.00" {
		t.Errorf("fixed(-0.0001, 2) = %q, want 0.00", got)
	}
}

// TestCSVLibreOffice: LibreOffice opens the CSV (converting it to .xlsx)
// as UTF-8, with its header and every indicator's row, and reads 完成进度
// (45.3%) as a number.
func TestCSVLibreOffice(t *testing.T) {
	lo := newLibreOffice(t)
	fx := loadFixture(t, 2024)
	b := writeCSV(t, fx.res)
	dir := t.TempDir()
	in := filepath.Join(dir, "haidian-14th_2024.csv")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	// Headless, LibreOffice imports a CSV file as Windows-1252 whatever its
	// BOM (its import dialog, which detects the encoding, is not shown):
	// the import filter names UTF-8 (76), as the dialog would.
	lo.convertFrom(t, "CSV:44,34,76,1", "xlsx", out, in)
	f, err := excelize.OpenFile(filepath.Join(out, "haidian-14th_2024.xlsx"))
	if err != nil {
		t.Fatalf("LibreOffice wrote no workbook from the CSV: %v", err)
	}
	defer f.Close()
	got, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	want := parseCSV(t, b)
	if len(got) != len(want) || !reflect.DeepEqual(got[0], want[0]) {
		t.Fatalf("LibreOffice read %d rows, header %q; want %d, %q", len(got), got[0], len(want), want[0])
	}
	for i := range want {
		if got[i][2] != want[i][2] {
			t.Errorf("row %d: 指标 %q, want %q", i+1, got[i][2], want[i][2])
		}
	}
	progress := -1
	for j, h := range want[0] {
		if h == "完成进度" {
			progress = j
		}
	}
	numbers := 0
	for i := 1; i < len(want); i++ {
		if want[i][progress] == "" {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(progress+1, i+1)
		if typ, _ := f.GetCellType(f.GetSheetName(0), cell); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
			numbers++
		}
	}
	if numbers == 0 {
		t.Error("LibreOffice read no 完成进度 as a number")
	}
}

// The CSV words 剩余年份需 with the templates the workbook is given, so
// that the page's table and the workbook's 指标评估 say the same.
func TestWriteCSVTemplates(t *testing.T) {
	fx := loadFixture(t, 2024)
	over := fstest.MapFS{"doc_required.tmpl": {Data: []byte(`{{define "required.level"}}按新口径测算{{end}}`)}}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, fx.res, CSVOptions{Templates: over}); err != nil {
		t.Fatal(err)
	}
	got := parseCSV(t, buf.Bytes())
	col := slices.Index(got[0], "剩余年份需")
	if col < 0 {
		t.Fatalf("no 剩余年份需 column in %q", got[0])
	}
	book := rows(t, open(t, fx.write(t, Options{Templates: over})), sheetAssess)
	n := 0
	for i, row := range got[1:] {
		if row[col] == "按新口径测算" {
			n++
		}
		if want := book[i+1][col]; row[col] != want {
			t.Errorf("row %d: the CSV says %q, 指标评估 %q", i+1, row[col], want)
		}
	}
	if n == 0 {
		t.Error("the CSV does not use the override's 剩余年份需")
	}
}
