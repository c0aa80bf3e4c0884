package xlsx

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"plancheck/report/clients"
	"plancheck/report/model"
	"plancheck/report/sheet"
)

// libreOffice runs LibreOffice headless with a private profile, so that
// parallel runs do not share (and lock) one. The profile recalculates
// every formula when it loads a workbook, so that what it shows is its own
// arithmetic, not the values plancheck saved.
type libreOffice struct {
	bin, profile string
}

// recalcAlways is the profile setting "recalculate on load: always" for
// Excel 2007+ and ODF files.
const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// newLibreOffice finds soffice (or libreoffice) on PATH (report/clients).
func newLibreOffice(t *testing.T) *libreOffice {
	t.Helper()
	bin := clients.Path(t, "install libreoffice-calc-nogui", "soffice", "libreoffice")
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "user", "registrymodifications.xcu"), []byte(recalcAlways), 0o644); err != nil {
		t.Fatal(err)
	}
	return &libreOffice{bin: bin, profile: (&url.URL{Scheme: "file", Path: dir}).String()}
}

// csvAllSheets is the CSV export filter: comma, double quotes, UTF-8 (76),
// values as stored rather than as shown (the 9th token, false), every
// sheet to its own file (the 12th, -1), named file-Sheet.csv.
const csvAllSheets = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

// convert converts files into dir with the export filter.
func (lo *libreOffice) convert(t *testing.T, filter, dir string, files ...string) {
	t.Helper()
	lo.convertFrom(t, "", filter, dir, files...)
}

// convertFrom is convert with the import filter infilter ("" for
// LibreOffice's choice).
func (lo *libreOffice) convertFrom(t *testing.T, infilter, filter, dir string, files ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	args := []string{"-env:UserInstallation=" + lo.profile, "--headless", "--norestore"}
	if infilter != "" {
		args = append(args, "--infilter="+infilter)
	}
	args = append(append(args, "--convert-to", filter, "--outdir", dir), files...)
	cmd := exec.CommandContext(ctx, lo.bin, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	for _, f := range files {
		base := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		if m, _ := filepath.Glob(filepath.Join(dir, base+"*")); len(m) == 0 {
			t.Fatalf("soffice converted nothing for %s:\n%s", f, out)
		}
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

// sameCell compares a cell as plancheck saved it (raw) with LibreOffice's
// export of it: equal text, or numbers equal to the 15 digits spreadsheets
// keep (a percentage is exported as 62.5%). LibreOffice exports a tab in
// the text a formula gives as U+0001; that is taken for the tab.
func sameCell(ours, theirs string) bool {
	theirs = strings.ReplaceAll(theirs, "\x01", "\t")
	ours, theirs = strings.TrimSpace(ours), strings.TrimSpace(theirs)
	if ours == theirs {
		return true
	}
	a, err1 := strconv.ParseFloat(ours, 64)
	scale := 1.0
	if strings.HasSuffix(theirs, "%") {
		theirs, scale = strings.TrimSuffix(theirs, "%"), 100
	}
	b, err2 := strconv.ParseFloat(theirs, 64)
	if err1 != nil || err2 != nil {
		return false
	}
	b /= scale
	return abs(a-b) <= 1e-9*max(1, abs(a), abs(b))
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// compareSheets compares every cell of every sheet of the workbook at path
// with LibreOffice's CSV export of it in dir.
func compareSheets(t *testing.T, path, dir string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f := open(t, b)
	base := strings.TrimSuffix(filepath.Base(path), ".xlsx")
	for _, s := range f.GetSheetList() {
		ours, err := f.GetRows(s, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		theirs := readCSV(t, filepath.Join(dir, base+"-"+s+".csv"))
		if len(theirs) != len(ours) {
			t.Errorf("%s!%s: LibreOffice has %d rows, plancheck wrote %d", base, s, len(theirs), len(ours))
		}
		bad := 0
		for i := 0; i < min(len(ours), len(theirs)); i++ {
			for j := 0; j < max(len(ours[i]), len(theirs[i])); j++ {
				var o, th string
				if j < len(ours[i]) {
					o = ours[i][j]
				}
				if j < len(theirs[i]) {
					th = theirs[i][j]
				}
				if !sameCell(o, th) {
					if bad++; bad <= 5 {
						t.Errorf("%s!%s: LibreOffice shows %q, plancheck wrote %q", base, s, th, o)
					}
				}
			}
		}
		if bad > 5 {
			t.Errorf("%s!%s: %d cells differ in all", base, s, bad)
		}
	}
}

// TestLibreOffice opens every workbook plancheck writes in LibreOffice:
// each converts to CSV, sheet by sheet, with the values plancheck wrote —
// the formulas recalculated by LibreOffice included — and a report saved
// again by LibreOffice still reads back, through report/sheet, as the
// observations and adjustments it was written from.
func TestLibreOffice(t *testing.T) {
	lo := newLibreOffice(t)
	dir := t.TempDir()
	fx := loadFixture(t, 2023)
	fx.ds.Adjustments = []model.Adjustment{
		{ID: "7", Status: "基本符合预期", Reason: "统计口径调整", Comment: "口径调整后数据可比"},
		{ID: "9", Comment: "增长较快"},
	}
	var err error
	if fx.res, err = evaluate(fx, 2023); err != nil {
		t.Fatal(err)
	}
	report := fx.write(t, Options{})
	template := writeTemplate(t, fx.p, 2025, TemplateOptions{Previous: fx.ds})
	// The report with indicator 5's 2023 value corrected on 指标数据 from
	// 35.5 to 37: 完成进度 must follow, (37 − 32)/(38 − 32) = 5/6.
	ef := open(t, report)
	for i, r := range rows(t, ef, "指标数据") {
		if len(r) > 2 && r[0] == "5" && r[2] == "2023" {
			if err := ef.SetCellValue("指标数据", "D"+strconv.Itoa(i+1), 37); err != nil {
				t.Fatal(err)
			}
		}
	}
	// And on 重点任务, 2.1.2 reported lagging and 2.1.1's report of 2023
	// cleared; on 重大项目, P05's 2023 investment corrected from 18 to 24.5.
	for _, e := range []struct {
		sheet, id, col string
		v              any
	}{
		{"重点任务", "2.1.2", "D", "滞后"},
		{"重点任务", "2.1.1", "D", ""},
		{"重大项目", "P05", "D", 24.5},
	} {
		cell := e.col + strconv.Itoa(inputRow(t, ef, e.sheet, e.id, 2023))
		if err := ef.SetCellValue(e.sheet, cell, e.v); err != nil {
			t.Fatal(err)
		}
	}
	var edited bytes.Buffer
	if _, err := ef.WriteTo(&edited); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"report.xlsx": report, "template.xlsx": template, "edited.xlsx": edited.Bytes()}
	var paths []string
	for _, name := range []string{"report.xlsx", "template.xlsx", "edited.xlsx"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}

	csvDir := filepath.Join(dir, "csv")
	lo.convert(t, csvAllSheets, csvDir, paths...)
	for _, s := range reportSheets {
		if _, err := os.Stat(filepath.Join(csvDir, "report-"+s+".csv")); err != nil {
			t.Errorf("no CSV of sheet %s: %v", s, err)
		}
	}
	compareSheets(t, paths[0], csvDir)
	compareSheets(t, paths[1], csvDir)

	assess := readCSV(t, filepath.Join(csvDir, "edited-指标评估.csv"))
	for _, r := range assess {
		if len(r) > 11 && r[1] == "5" {
			if !sameCell(fmt.Sprint(5.0/6), r[11]) || r[9] != "37" {
				t.Errorf("after correcting indicator 5 to 37, LibreOffice shows 2023 %q and 完成进度 %q; want 37 and 83.3%%", r[9], r[11])
			}
		}
	}

	// 任务评估 and 项目评估 follow the corrections, as LibreOffice
	// calculates them: 2.1.2 lagging is 滞后; 2.1.1 without a report is
	// 未报送 and not 滞后; P05 has 5.76 + 14.4 + 24.5 = 44.66 of 53 done.
	checked := 0
	for _, r := range readCSV(t, filepath.Join(csvDir, "edited-任务评估.csv")) {
		if len(r) < 11 {
			continue
		}
		want := map[string][2]string{"2.1.2": {"滞后", "是"}, "2.1.1": {"未报送", "否"}}[r[2]]
		if want[0] == "" {
			continue
		}
		checked++
		if r[7] != want[0] || r[10] != want[1] {
			t.Errorf("任务评估 %s after the correction: 进展状态 %q, 滞后 %q; want %q", r[2], r[7], r[10], want)
		}
	}
	for _, r := range readCSV(t, filepath.Join(csvDir, "edited-项目评估.csv")) {
		if len(r) > 6 && r[0] == "P05" {
			checked++
			if !sameCell("44.66", r[5]) || !sameCell(fmt.Sprint(44.66/53), r[6]) {
				t.Errorf("项目评估 P05 after the correction: 完成累计投资 %q, 完成比例 %q; want 44.66 and 84.3%%", r[5], r[6])
			}
		}
	}
	if checked != 3 {
		t.Errorf("found %d of the 3 corrected rows in LibreOffice's 任务评估 and 项目评估", checked)
	}

	// Saved again by LibreOffice, the report still reads back.
	xlsxDir := filepath.Join(dir, "xlsx")
	lo.convert(t, "xlsx:Calc MS Excel 2007 XML", xlsxDir, paths[0], paths[1])
	saved, err := os.ReadFile(filepath.Join(xlsxDir, "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	ds, err := sheet.Read(bytes.NewReader(saved), "report.xlsx", fx.p)
	if err != nil {
		t.Fatalf("the report saved by LibreOffice does not read:\n%v", err)
	}
	sameObservations(t, ds, fx.ds)
	if len(ds.Adjustments) > 0 {
		again, err := evaluate(&fixture{p: fx.p, ds: ds}, 2023)
		if err != nil {
			t.Fatal(err)
		}
		for i := range again.Indicators {
			g, w := again.Indicators[i], fx.res.Indicators[i]
			if g.Status != w.Status || g.Manual != w.Manual || g.ManualReason != w.ManualReason || g.Comment != w.Comment {
				t.Errorf("indicator %s after LibreOffice: %s manual %v %q %q; before: %s manual %v %q %q",
					g.ID, g.Status, g.Manual, g.ManualReason, g.Comment, w.Status, w.Manual, w.ManualReason, w.Comment)
			}
		}
	}
	saved, err = os.ReadFile(filepath.Join(xlsxDir, "template.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	ds, err = sheet.Read(bytes.NewReader(saved), "template.xlsx", fx.p)
	if err != nil {
		t.Fatalf("the template saved by LibreOffice does not read:\n%v", err)
	}
	if n := len(ds.Values) + len(ds.Requirements) + len(ds.References); n != 0 {
		t.Errorf("the untouched template saved by LibreOffice reads as %d values, want none", n)
	}
}

// TestLibreOfficeSorted: sorted in reverse and with rows inserted on
// 指标数据, 重点任务 and 重大项目, the report's evaluation sheets, as
// LibreOffice calculates them, show what they showed before: each
// indicator, task and project its own values, numbers and texts alike.
func TestLibreOfficeSorted(t *testing.T) {
	lo := newLibreOffice(t)
	dir := t.TempDir()
	fx := loadFixture(t, 2023)
	report := fx.write(t, Options{})
	f := open(t, report)
	for _, sh := range []string{"指标数据", "重点任务", "重大项目"} {
		reverseRows(t, f, sh)
		if err := f.InsertRows(sh, 4, 2); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "sorted.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	csvDir := filepath.Join(dir, "csv")
	lo.convert(t, csvAllSheets, csvDir, path)
	before := open(t, report)
	for _, sh := range []string{"指标评估", "任务评估", "项目评估"} {
		ours, err := before.GetRows(sh, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		theirs := readCSV(t, filepath.Join(csvDir, "sorted-"+sh+".csv"))
		bad := 0
		for i := 0; i < min(len(ours), len(theirs)); i++ {
			for j := 0; j < max(len(ours[i]), len(theirs[i])); j++ {
				var o, th string
				if j < len(ours[i]) {
					o = ours[i][j]
				}
				if j < len(theirs[i]) {
					th = theirs[i][j]
				}
				if !sameCell(o, th) {
					if bad++; bad <= 5 {
						t.Errorf("%s!%s after sorting: LibreOffice shows %q, before %q", sh, cellName(j+1, i+1), th, o)
					}
				}
			}
		}
		if len(ours) != len(theirs) || bad > 5 {
			t.Errorf("%s: %d rows (before %d), %d cells differ", sh, len(theirs), len(ours), bad)
		}
	}
}

// TestLibreOfficeKeeps: saved again by LibreOffice, the report keeps what
// the round trip needs — the custom properties (the year as a real
// number), the header notes, the whole-column drop-down of 状态调整 — and
// its adjustments read back with their year; when a spreadsheet drops the
// custom properties, the year comes from the analysts' headers.
func TestLibreOfficeKeeps(t *testing.T) {
	lo := newLibreOffice(t)
	dir := t.TempDir()
	fx := loadFixture(t, 2023)
	fx.ds.Adjustments = []model.Adjustment{{ID: "7", Status: "基本符合预期", Reason: "统计口径调整", Comment: "口径调整后数据可比"}}
	var err error
	if fx.res, err = evaluate(fx, 2023); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "report.xlsx")
	if err := os.WriteFile(path, fx.write(t, Options{}), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "saved")
	lo.convert(t, "xlsx:Calc MS Excel 2007 XML", out, path)
	saved, err := os.ReadFile(filepath.Join(out, "report.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	f := open(t, saved)
	props, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]any{}
	for _, p := range props {
		got[p.Name] = p.Value
	}
	if y, ok := got["PlancheckYear"].(float64); !ok || y != 2023 || got["PlancheckPlan"] == "" || got["PlancheckSheets"] != "指标评估,规划调整建议,指标数据,市级要求,参照数据,重点任务,重大项目" {
		t.Errorf("custom properties after LibreOffice: %v", got)
	}
	cs, err := f.GetComments("指标评估")
	if err != nil || len(cs) == 0 {
		t.Errorf("指标评估's notes after LibreOffice: %d, %v", len(cs), err)
	}
	// LibreOffice saves a whole column's validation as the rows in use and
	// 1000 more.
	for _, c := range []struct {
		sheet, col string
		n          int // validations: 指标评估 has 状态调整's and 公开's; the first is checked
	}{{"指标评估", "U", 2}, {"指标数据", "D", 1}, {"重点任务", "D", 1}} {
		dvs, err := f.GetDataValidations(c.sheet)
		if err != nil || len(dvs) != c.n {
			t.Fatalf("%s's validations after LibreOffice: %d, %v", c.sheet, len(dvs), err)
		}
		n := len(rows(t, f, c.sheet))
		from, to, _ := strings.Cut(dvs[0].Sqref, ":")
		_, last, err := excelize.CellNameToCoordinates(to)
		if from != c.col+"2" || err != nil || last < n+1000 {
			t.Errorf("%s's validation after LibreOffice covers %s, want %s2 down to row %d or further", c.sheet, dvs[0].Sqref, c.col, n+1000)
		}
		t.Logf("%s: %s (%d rows)", c.sheet, dvs[0].Sqref, n)
	}
	check := func(name string, data []byte) {
		t.Helper()
		ds, err := sheet.Read(bytes.NewReader(data), name, fx.p)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(ds.Adjustments) != 1 || ds.Adjustments[0].Year != 2023 || ds.Adjustments[0].Status != "on_track" {
			t.Errorf("%s: adjustments %+v, want 7's of 2023", name, ds.Adjustments)
		}
	}
	check("saved.xlsx", saved)
	check("no-props.xlsx", withoutPart(t, saved, "docProps/custom.xml"))
}

// withoutPart is the workbook data without the zip entry name (its
// relationship left dangling, as some programs leave it).
func withoutPart(t *testing.T, data []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	found := false
	for _, zf := range zr.File {
		if zf.Name == name {
			found = true
			continue
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: zf.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, rc); err != nil {
			t.Fatal(err)
		}
		rc.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if !found {
		t.Fatalf("no %s in the workbook", name)
	}
	return buf.Bytes()
}
