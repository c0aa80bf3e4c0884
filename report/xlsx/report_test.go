package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/sheet"
)

// reportSheets is the report's sheets, in order.
var reportSheets = []string{"总览", "指标评估", "图表", "任务评估", "项目评估", "重大问题", "规划调整建议", "数据质量", "部门责任清单", "方法说明", "指标数据", "市级要求", "参照数据", "重点任务", "重大项目", "图表数据"}

func TestWriteSheets(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	if got := f.GetSheetList(); !reflect.DeepEqual(got, reportSheets) {
		t.Fatalf("sheets = %q, want %q", got, reportSheets)
	}
	for _, s := range reportSheets {
		visible, err := f.GetSheetVisible(s)
		if err != nil {
			t.Fatal(err)
		}
		if visible != (s != "图表数据") {
			t.Errorf("%s: visible = %v", s, visible)
		}
	}
	if i := f.GetActiveSheetIndex(); i != 0 {
		t.Errorf("active sheet %d, want 总览", i)
	}
}

// assessRow finds indicator id's row on 指标评估 and returns it by header.
func assessRow(t *testing.T, f *excelize.File, id string) (int, map[string]string) {
	t.Helper()
	rs, err := f.GetRows("指标评估", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rs[1:] {
		if len(r) > 1 && r[1] == id {
			m := map[string]string{}
			for j, h := range rs[0] {
				if j < len(r) {
					m[h] = r[j]
					m[analystColumn(h)] = r[j]
				}
			}
			return i + 2, m
		}
	}
	t.Fatalf("指标评估 has no row for indicator %s", id)
	return 0, nil
}

// analystColumn is the name of an analysts' column without the year its
// header states: 状态调整 for 状态调整(2023年).
func analystColumn(h string) string {
	for _, name := range []string{"状态调整", "调整理由", "分析意见", "公开"} {
		if strings.HasPrefix(h, name+"(") {
			return name
		}
	}
	return h
}

func TestWriteAssessColumns(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	want := []string{"类别", "编号", "指标", "单位", "属性", "目标", "基期值(2020年)", "2021年", "2022年", "2023年",
		"预期进度值", "完成进度", "进度比", "状态", "上年状态", "预计(2025年)", "预计完成情况", "剩余年份需", "较上年", "牵头部门",
		"状态调整(2023年)", "调整理由(2023年)", "分析意见(2023年)", "公开(2023年)"}
	rs := rows(t, f, "指标评估")
	if !reflect.DeepEqual(rs[0], want) {
		t.Fatalf("header:\n got %q\nwant %q", rs[0], want)
	}
	if len(rs) != 1+len(fx.res.Indicators) {
		t.Errorf("%d rows, want the header and %d indicators", len(rs), len(fx.res.Indicators))
	}

	// Indicator 5 (劳动生产率, level 32 → 38 by 2025), as the spreadsheet
	// shows it: values with the indicator's one decimal.
	_, shown := assessRowShown(t, f, "5")
	for h, v := range map[string]string{
		"类别": "减量提质", "指标": "劳动生产率", "单位": "万元/人", "属性": "预期性", "目标": "38",
		"基期值(2020年)": "32.0", "2021年": "33.9", "2022年": "34.2", "2023年": "35.5",
		"完成进度": "58.3%", "进度比": "0.97", "状态": "基本符合预期", "牵头部门": "区发展改革委",
	} {
		if shown[h] != v {
			t.Errorf("indicator 5, %s shows %q, want %q", h, shown[h], v)
		}
	}
	// Yes/no values show as their text.
	if _, m := assessRowShown(t, f, "14"); m["2023年"] != "完成" {
		t.Errorf("indicator 14 in 2023 shows %q, want 完成", m["2023年"])
	}
}

func assessRowShown(t *testing.T, f *excelize.File, id string) (int, map[string]string) {
	t.Helper()
	r, _ := assessRow(t, f, id)
	rs := rows(t, f, "指标评估")
	m := map[string]string{}
	for j, h := range rs[0] {
		if j < len(rs[r-1]) {
			m[h] = rs[r-1][j]
		}
	}
	return r, m
}

// TestWriteFormulas checks the formulas of 指标评估 against hand-computed
// values, their saved values, and excelize's own calculation of them.
func TestWriteFormulas(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	const s = 3.0 / 5 // time elapsed: (2023−2020)/(2025−2020)
	for _, c := range []struct {
		id               string
		progress, pace   float64
		progressF, paceF string // the formulas, with {r} for the row
		progressC, yearC string // the columns
	}{
		// 5 劳动生产率, level: (35.5 − 32)/(38 − 32) = 3.5/6.
		{"5", 3.5 / 6, 3.5 / 6 / s, `IFERROR((J{r}-G{r})/(38-G{r}),"")`, `IF(ISNUMBER(L{r}),L{r}/(3/5),"")`, "L", "J"},
		// 22 执业医师数, level, reversed: (4.55 − 4.62)/(5.11 − 4.62) = −0.07/0.49.
		{"22", (4.55 - 4.62) / (5.11 - 4.62), (4.55 - 4.62) / (5.11 - 4.62) / s, `IFERROR((J{r}-G{r})/(5.11-G{r}),"")`, `IF(ISNUMBER(L{r}),L{r}/(3/5),"")`, "L", "J"},
		// 21 学前教育学位, cumulative: (1180 + 1350 + 1020)/5000 = 3550/5000.
		{"21", 0.71, 0.71 / s, `IF(COUNT(H{r}:J{r})=3,SUM(H{r}:J{r})/5000,"")`, `IF(ISNUMBER(L{r}),L{r}/(3/5),"")`, "L", "J"},
	} {
		r, raw := assessRow(t, f, c.id)
		row := strconv.Itoa(r)
		for _, x := range []struct {
			col, formula string
			want         float64
		}{
			{"L", c.progressF, c.progress},
			{"M", c.paceF, c.pace},
		} {
			cell := x.col + row
			got, err := f.GetCellFormula("指标评估", cell)
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.ReplaceAll(x.formula, "{r}", row); got != want {
				t.Errorf("indicator %s, %s: formula %q, want %q", c.id, cell, got, want)
			}
			saved, _ := strconv.ParseFloat(mustValue(t, f, cell), 64)
			calc, err := f.CalcCellValue("指标评估", cell, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatalf("indicator %s, %s: excelize cannot calculate =%s: %v", c.id, cell, got, err)
			}
			calculated, _ := strconv.ParseFloat(calc, 64)
			if !near(saved, x.want) || !near(calculated, x.want) {
				t.Errorf("indicator %s, %s: saved %v, calculated %v, want %v", c.id, cell, saved, calculated, x.want)
			}
			if typ, _ := f.GetCellType("指标评估", cell); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
				t.Errorf("indicator %s, %s: the saved value is of type %v, want a number", c.id, cell, typ)
			}
		}
		// The year cell looks 指标数据's value up by the indicator's id
		// and year, over the n rows of its table and 1000 more: rows 2 to
		// 1 + n + 1000.
		n := len(rows(t, f, "指标数据")) - 1
		last := strconv.Itoa(1 + n + 1000)
		col := func(c string) string { return "'指标数据'!$" + c + "$2:$" + c + "$" + last }
		want := `IFERROR(AVERAGEIFS(` + col("D") + `,` + col("A") + `,"=` + c.id + `",` + col("C") + `,2023),"")`
		if got, _ := f.GetCellFormula("指标评估", c.yearC+row); got != want {
			t.Errorf("indicator %s, %s%s: formula %q, want %q", c.id, c.yearC, row, got, want)
		}
		_ = raw
	}

	// A ceiling (indicator 1) is no formula: its progress is report/eval's.
	r, _ := assessRow(t, f, "1")
	if got, _ := f.GetCellFormula("指标评估", "L"+strconv.Itoa(r)); got != "" {
		t.Errorf("indicator 1 (ceiling): 完成进度 is the formula %q, want a value", got)
	}
}

func mustValue(t *testing.T, f *excelize.File, cell string) string {
	t.Helper()
	v, err := f.GetCellValue("指标评估", cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// near compares within the 15 significant digits a spreadsheet keeps.
func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-12*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// TestWriteCorrection shows the point of the formulas: a value corrected on
// 指标数据 changes 指标评估's progress, once calculated.
func TestWriteCorrection(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	dataRow := 0
	for i, r := range rows(t, f, "指标数据") {
		if len(r) > 2 && r[0] == "5" && r[2] == "2023" {
			dataRow = i + 1
		}
	}
	if err := f.SetCellValue("指标数据", "D"+strconv.Itoa(dataRow), 37); err != nil {
		t.Fatal(err)
	}
	r, _ := assessRow(t, f, "5")
	got, err := f.CalcCellValue("指标评估", "L"+strconv.Itoa(r), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	// (37 − 32)/(38 − 32) = 5/6.
	if v, _ := strconv.ParseFloat(got, 64); !near(v, 5.0/6) {
		t.Errorf("完成进度 after correcting 2023 to 37: %s, want 5/6", got)
	}
}

func TestWriteExcelParts(t *testing.T) {
	fx := loadFixture(t, 2023)
	b := fx.write(t, Options{})
	f := open(t, b)

	// Frozen panes: 指标评估's header row and first three columns; the
	// header of the other tables.
	panes, err := f.GetPanes("指标评估")
	if err != nil {
		t.Fatal(err)
	}
	if !panes.Freeze || panes.XSplit != 3 || panes.YSplit != 1 || panes.TopLeftCell != "D2" {
		t.Errorf("指标评估 panes = %+v, want three columns and a row frozen", panes)
	}
	for _, s := range []string{"重大问题", "数据质量", "指标数据"} {
		if p, _ := f.GetPanes(s); !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s panes = %+v, want the header frozen", s, p)
		}
	}

	// Conditional formats on 状态 (struck through when adjusted, then one
	// rule per status) and 状态调整 (one rule per status).
	cfs, err := f.GetConditionalFormats("指标评估")
	if err != nil {
		t.Fatal(err)
	}
	n := len(fx.res.Indicators) + 1
	statusRange, adjustRange := "N2:N"+strconv.Itoa(n), "U2:U"+strconv.Itoa(n)
	if len(cfs[statusRange]) != 1+len(eval.Statuses()) || len(cfs[adjustRange]) != len(eval.Statuses()) {
		t.Fatalf("conditional formats %v: want %d rules on %s and %d on %s", keys(cfs), 1+len(eval.Statuses()), statusRange, len(eval.Statuses()), adjustRange)
	}
	if r := cfs[statusRange][1]; r.Type != "cell" || r.Value != `"提前实现"` {
		t.Errorf("first status rule = %+v, want the cell equal to \"提前实现\"", r)
	}
	if r := cfs[statusRange][0]; r.Type != "formula" || !strings.Contains(r.Criteria, "$U2") {
		t.Errorf("the strike-through rule = %+v, want a formula on 状态调整", r)
	}
	for _, s := range []string{"总览", "重大问题", "部门责任清单"} {
		if c, _ := f.GetConditionalFormats(s); len(c) == 0 {
			t.Errorf("%s has no status colours", s)
		}
	}

	// Data validation: the statuses in 状态调整, 是/否 in 公开; numbers and
	// yes/no on 指标数据.
	dvs, err := f.GetDataValidations("指标评估")
	if err != nil {
		t.Fatal(err)
	}
	// Each covers its whole column, so that it stays on rows inserted or
	// added.
	if len(dvs) != 2 || dvs[0].Sqref != "U2:U1048576" || dvs[0].Type != "list" || !strings.Contains(dvs[0].Formula1, "明显滞后") ||
		dvs[1].Sqref != "X2:X1048576" || dvs[1].Type != "list" || dvs[1].Formula1 != `"是,否"` {
		t.Errorf("指标评估 validations = %+v", dvs)
	}
	for s, want := range map[string]string{"指标数据": "custom", "市级要求": "decimal", "参照数据": "decimal", "重点任务": "list", "重大项目": "list"} {
		dvs, err = f.GetDataValidations(s)
		if err != nil {
			t.Fatal(err)
		}
		col := map[string]string{"重大项目": "F"}[s]
		if col == "" {
			col = "D"
		}
		if len(dvs) != 1 || dvs[0].Type != want || dvs[0].Sqref != col+"2:"+col+"1048576" {
			t.Errorf("%s validations = %+v, want a %s on %s2:%s1048576", s, dvs, want, col, col)
		}
	}

	// Protection: the computed sheets are protected without a password;
	// on 指标评估 the analyst's columns are unlocked, the rest locked.
	sheets := sheetXML(t, b)
	for _, s := range []string{"总览", "指标评估", "图表", "重大问题", "数据质量", "部门责任清单", "方法说明"} {
		x := sheets[s]
		if !strings.Contains(x, `<sheetProtection sheet="true"`) && !strings.Contains(x, `<sheetProtection sheet="1"`) {
			t.Errorf("%s is not protected", s)
		}
		if strings.Contains(x, `password=`) || strings.Contains(x, `hashValue=`) {
			t.Errorf("%s is protected by a password", s)
		}
	}
	for _, s := range []string{"指标数据", "市级要求", "参照数据"} {
		if strings.Contains(sheets[s], `<sheetProtection`) {
			t.Errorf("%s is protected; the input sheets must stay editable", s)
		}
	}
	r := strconv.Itoa(n)
	for cell, unlocked := range map[string]bool{"U" + r: true, "V" + r: true, "W" + r: true, "N" + r: false, "O" + r: false, "L" + r: false, "J" + r: false, "B" + r: false} {
		id, err := f.GetCellStyle("指标评估", cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		locked := st.Protection == nil || st.Protection.Locked
		if locked == unlocked {
			t.Errorf("指标评估!%s: locked = %v", cell, locked)
		}
	}

	// Charts: the status distribution on 总览 and one per charted
	// indicator, in xl/charts.
	charted := 0
	for i := range fx.res.Indicators {
		if charted2(fx, i) {
			charted++
		}
	}
	if got := chartCount(t, b); got != 1+charted || charted < 20 {
		t.Errorf("%d charts, want 1 + %d", got, charted)
	}

	// Print: 指标评估 landscape A4, one page wide, its header repeated.
	if layout, err := f.GetPageLayout("指标评估"); err != nil || *layout.Orientation != "landscape" || *layout.Size != 9 || *layout.FitToWidth != 1 {
		t.Errorf("指标评估 page layout %+v, %v", layout, err)
	}
	found := false
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == "指标评估" && dn.RefersTo == "'指标评估'!$1:$1" {
			found = true
		}
	}
	if !found {
		t.Error("指标评估 has no print titles")
	}
	if !strings.Contains(sheets["指标评估"], `<autoFilter ref="$A$1:$X$27"`) {
		t.Error("指标评估 has no filter")
	}
}

// charted2 reports whether the evaluation charts indicator i.
func charted2(fx *fixture, i int) bool {
	return fx.res.Indicators[i].Chart != nil
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// sheetXML is each sheet's XML in the workbook, by sheet name.
func sheetXML(t *testing.T, b []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		files[zf.Name] = string(data)
	}
	// workbook.xml lists the sheets with their relationship ids, and
	// workbook.xml.rels maps those to files.
	sheetRE := regexp.MustCompile(`<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"`)
	relRE := regexp.MustCompile(`<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"`)
	targets := map[string]string{}
	for _, m := range relRE.FindAllStringSubmatch(files["xl/_rels/workbook.xml.rels"], -1) {
		targets[m[1]] = strings.TrimPrefix(m[2], "/xl/")
	}
	out := map[string]string{}
	for _, m := range sheetRE.FindAllStringSubmatch(files["xl/workbook.xml"], -1) {
		out[m[1]] = files["xl/"+targets[m[2]]]
	}
	return out
}

func chartCount(t *testing.T, b []byte) int {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") && strings.HasSuffix(zf.Name, ".xml") {
			n++
		}
	}
	return n
}

// obsKey is an observation without its location, which differs by file.
type obsKey struct {
	ID, Year                     string
	Value                        float64
	Approx                       bool
	Text, Source, Reporter, Note string
}

func obsKeys(obs []model.Observation) []obsKey {
	out := make([]obsKey, len(obs))
	for i, o := range obs {
		out[i] = obsKey{o.ID, strconv.Itoa(o.Year), o.Value, o.Approx, o.Text, o.Source, o.Reporter, o.Note}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ID != out[j].ID {
			return out[i].ID < out[j].ID
		}
		return out[i].Year < out[j].Year
	})
	return out
}

// sameObservations reports how got differs from want, sheet by sheet.
func sameObservations(t *testing.T, got, want *model.Dataset) {
	t.Helper()
	for _, c := range []struct {
		sheet     string
		got, want []model.Observation
	}{
		{"指标数据", got.Values, want.Values},
		{"市级要求", got.Requirements, want.Requirements},
		{"参照数据", got.References, want.References},
	} {
		g, w := obsKeys(c.got), obsKeys(c.want)
		if len(g) != len(w) {
			t.Errorf("%s: %d observations read back, want %d", c.sheet, len(g), len(w))
			continue
		}
		for i := range g {
			if g[i] != w[i] {
				t.Errorf("%s: read back %+v\n want %+v", c.sheet, g[i], w[i])
				break
			}
		}
	}
	// Key tasks' and major projects' reports go through 重点任务 and
	// 重大项目, every one of them, field by field.
	sameReports(t, "重点任务", taskKeys(got.Tasks), taskKeys(want.Tasks))
	sameReports(t, "重大项目", projectKeys(got.Projects), projectKeys(want.Projects))
}

// taskKey is a task report without its location, pointers resolved.
type taskKey struct {
	ID, Year, Progress, Share, Text, Reporter, Source string
}

func taskKeys(rs []model.TaskReport) []taskKey {
	out := make([]taskKey, len(rs))
	for i, r := range rs {
		out[i] = taskKey{r.ID, strconv.Itoa(r.Year), string(r.Progress), fmtPtr(r.Share), r.Text, r.Reporter, r.Source}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID+"/"+out[i].Year < out[j].ID+"/"+out[j].Year })
	return out
}

// projectKey is a project report without its location.
type projectKey struct {
	ID, Year, Investment, Milestone, Reached, Note, Reporter, Source string
}

func projectKeys(rs []model.ProjectReport) []projectKey {
	out := make([]projectKey, len(rs))
	for i, r := range rs {
		reached := ""
		if r.Reached != nil {
			reached = strconv.FormatBool(*r.Reached)
		}
		out[i] = projectKey{r.ID, strconv.Itoa(r.Year), fmtPtr(r.Investment), r.Milestone, reached, r.Note, r.Reporter, r.Source}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID+"/"+out[i].Year < out[j].ID+"/"+out[j].Year })
	return out
}

func fmtPtr(v *float64) string {
	if v == nil {
		return "nil"
	}
	return strconv.FormatFloat(*v, 'g', -1, 64)
}

// sameReports reports the first difference between got and want.
func sameReports[K comparable](t *testing.T, sheet string, got, want []K) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d reports read back, want %d", sheet, len(got), len(want))
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: read back %+v\n want %+v", sheet, got[i], want[i])
			return
		}
	}
}

// TestWriteReadsBack: the report is itself a monitoring workbook; read with
// report/sheet, it gives the observations it was written from, and they
// evaluate to the same statuses.
func TestWriteReadsBack(t *testing.T) {
	fx := loadFixture(t, 2023)
	b := fx.write(t, Options{})
	ds, err := sheet.Read(bytes.NewReader(b), "haidian-14th_2023.xlsx", fx.p)
	if err != nil {
		t.Fatalf("report/sheet cannot read the report:\n%v", err)
	}
	sameObservations(t, ds, fx.ds)
	res, err := eval.Evaluate(fx.p, ds, 2023)
	if err != nil {
		t.Fatal(err)
	}
	for i := range res.Indicators {
		if g, w := res.Indicators[i].Status, fx.res.Indicators[i].Status; g != w {
			t.Errorf("indicator %s: %s after the round trip, %s before", res.Indicators[i].ID, g, w)
		}
	}
}

// TestWriteAdjustments: a manual status is written as it was typed —
// the computed status in 状态, the analyst's in 状态调整 with the reason —
// and a comment in 分析意见, with 是 in 公开 when it is marked public.
func TestWriteAdjustments(t *testing.T) {
	fx := loadFixture(t, 2023)
	fx.ds.Adjustments = []model.Adjustment{
		{ID: "7", Status: "基本符合预期", Reason: "统计口径调整,实际进度符合预期", Comment: "口径调整后数据可比"},
		{ID: "9", Comment: "专利申请量增长较快", Public: true},
	}
	res, err := eval.Evaluate(fx.p, fx.ds, 2023)
	if err != nil {
		t.Fatal(err)
	}
	fx.res = res
	b := fx.write(t, Options{})
	f := open(t, b)
	_, r7 := assessRow(t, f, "7")
	if r7["状态"] != "滞后" || r7["状态调整"] != "基本符合预期" || r7["调整理由"] != "统计口径调整,实际进度符合预期" || r7["分析意见"] != "口径调整后数据可比" || r7["公开"] != "" {
		t.Errorf("indicator 7: 状态 %q, 状态调整 %q, 调整理由 %q, 分析意见 %q", r7["状态"], r7["状态调整"], r7["调整理由"], r7["分析意见"])
	}
	_, r9 := assessRow(t, f, "9")
	if r9["状态"] != "快于预期" || r9["状态调整"] != "" || r9["分析意见"] != "专利申请量增长较快" || r9["公开"] != "是" {
		t.Errorf("indicator 9: 状态 %q, 状态调整 %q, 分析意见 %q, 公开 %q", r9["状态"], r9["状态调整"], r9["分析意见"], r9["公开"])
	}
	// 总览 counts the adjusted status.
	if !strings.Contains(strings.Join(flatten(rows(t, f, "总览")), "|"), "人工调整状态|1") {
		t.Error("总览 does not count the manual status")
	}

	// Read back, the workbook gives the same adjustments, once
	// report/sheet reads 指标评估.
	ds, err := sheet.Read(bytes.NewReader(b), "out.xlsx", fx.p)
	if err != nil {
		t.Fatalf("report/sheet cannot read the report:\n%v", err)
	}
	if len(ds.Adjustments) == 0 {
		t.Log("report/sheet does not read 指标评估's adjustments yet")
		return
	}
	// Statuses compare as report/eval reads them (a label or an id).
	norm := func(as []model.Adjustment) []model.Adjustment {
		var out []model.Adjustment
		for _, a := range as {
			if st, ok := eval.ParseStatus(a.Status); ok {
				a.Status = string(st)
			}
			a.At = model.Loc{}
			out = append(out, a)
		}
		return out
	}
	// And they belong to the report's year, 2023.
	want := norm(fx.ds.Adjustments)
	for i := range want {
		want[i].Year = 2023
	}
	if got := norm(ds.Adjustments); !reflect.DeepEqual(got, want) {
		t.Errorf("adjustments read back:\n got %+v\nwant %+v", got, want)
	}
	// And they evaluate as before.
	again, err := eval.Evaluate(fx.p, ds, 2023)
	if err != nil {
		t.Fatal(err)
	}
	for i := range again.Indicators {
		g, w := again.Indicators[i], res.Indicators[i]
		if g.Status != w.Status || g.Manual != w.Manual || g.ManualReason != w.ManualReason || g.Comment != w.Comment || g.CommentPublic != w.CommentPublic {
			t.Errorf("indicator %s after the round trip: %s manual %v %q %q; before: %s manual %v %q %q",
				g.ID, g.Status, g.Manual, g.ManualReason, g.Comment, w.Status, w.Manual, w.ManualReason, w.Comment)
		}
	}
}

func flatten(rs [][]string) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r...)
	}
	return out
}

func TestWriteOtherSheets(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))

	over := strings.Join(flatten(rows(t, f, "总览")), "|")
	for _, want := range []string{"总体判断|" + fx.res.Summary.JudgmentLabel, "指标总数|26", "状态|减量提质|创新发展"} {
		if !strings.Contains(over, want) {
			t.Errorf("总览 lacks %q", want)
		}
	}

	probs := rows(t, f, "重大问题")
	if len(probs) != 1+len(fx.res.Problems) || probs[0][0] != "规则" {
		t.Fatalf("重大问题 has %d rows, want the header and %d problems", len(probs), len(fx.res.Problems))
	}
	// A task's problem shows its progress, a project's its status.
	status := map[string]string{"2.1.1": "滞后", "5.3.2": "滞后", "P05": "进度滞后"}
	kinds := map[string]string{"2.1.1": "重点任务", "5.3.2": "重点任务", "P05": "重大项目"}
	for i, pr := range fx.res.Problems {
		id := pr.Indicator + pr.Task + pr.Project // a problem is of one of them
		st, kind := pr.Status.Label(), bindingLabel(pr.Binding)
		if pr.Indicator == "" {
			st, kind = status[id], kinds[id]
		}
		// Every rule that fired, and the facts: an indicator's ends with its status.
		r := pad(probs[i+1], 7)
		if r[0] != strings.Join(pr.RuleLabels, "、") || r[1] != id || r[2] != prose(pr.Name) || r[3] != kind || r[5] != st || r[6] == "" {
			t.Errorf("重大问题 row %d = %q, want %s %s %s %s", i+2, r, id, pr.Name, kind, st)
		}
		if pr.Indicator != "" && !strings.HasSuffix(r[6], "评估结论："+pr.Status.Label()) {
			t.Errorf("重大问题 row %d 说明 %q does not end with the status", i+2, r[6])
		}
	}
	if n := len(status); len(fx.res.Problems) < n || fx.res.Problems[len(fx.res.Problems)-n].Task != "2.1.1" {
		t.Errorf("the sample's problems end with those of tasks 2.1.1 and 5.3.2 and project P05: %+v", fx.res.Problems)
	}

	// A row per finding; the sample's indicators have none in 2023 and
	// one in 2024, a missing municipal requirement.
	indicatorFindings := func(q [][]string) [][]string {
		var out [][]string
		for _, r := range q[1:] {
			if len(r) > 3 && r[3] != "" {
				out = append(out, r)
			}
		}
		return out
	}
	if q := rows(t, f, "数据质量"); len(q) != 1+len(fx.res.Quality) && !(len(fx.res.Quality) == 0 && len(q) == 2) {
		t.Errorf("数据质量 has %d rows for %d findings", len(q), len(fx.res.Quality))
	} else if got := indicatorFindings(q); len(got) != 0 {
		t.Errorf("数据质量 in 2023 = %q, want no indicator's finding", got)
	}
	fx24 := loadFixture(t, 2024)
	q := indicatorFindings(rows(t, open(t, fx24.write(t, Options{})), "数据质量"))
	if len(q) != 1 || q[0][1] != "市级要求未提供" || q[0][2] != "requirement_missing" || q[0][3] != "23" || q[0][5] != "2024" {
		t.Errorf("数据质量 in 2024 = %q", q)
	}

	depts := strings.Join(flatten(rows(t, f, "部门责任清单")), "|")
	if !strings.Contains(depts, "区发展改革委|4|") {
		t.Errorf("部门责任清单 does not count 区发展改革委's 4 indicators:\n%s", depts)
	}

	method := strings.Join(flatten(rows(t, f, "方法说明")), "|")
	for _, want := range []string{"快于预期|R ≥ 1.1", "s = （评估年−基期年）/（目标年−基期年） = 3/5 = 60.0%", prose(fx.res.Indicators[4].Method.Formula())} {
		if !strings.Contains(method, want) {
			t.Errorf("方法说明 lacks %q", want)
		}
	}
}

// TestWriteDeterministic is the one test that compares bytes.
func TestWriteDeterministic(t *testing.T) {
	fx := loadFixture(t, 2023)
	opts := Options{Date: time.Date(2024, 3, 1, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))}
	a, b := fx.write(t, opts), fx.write(t, opts)
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same input differ")
	}
	props, err := open(t, a).GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "2024-03-01T01:00:00Z" || props.Title != "海淀区“十四五”规划2023年中期评估" {
		t.Errorf("props: created %q, title %q", props.Created, props.Title)
	}
}

func TestWriteErrors(t *testing.T) {
	fx := loadFixture(t, 2023)
	other := *fx.res
	other.Plan.ID = "other"
	bad := &model.Dataset{Values: []model.Observation{{ID: "99", Year: 2021, Value: 1}}}
	for _, c := range []struct {
		name string
		res  *eval.Result
		ds   *model.Dataset
		want string
	}{
		{"plan", &other, &model.Dataset{Values: []model.Observation{{ID: "99", Year: 2021, Value: 1}}}, `is not in the plan "other"`},
		{"unknown id", fx.res, bad, `指标数据: indicator "99" (2021年) is not in the plan`},
		{"unknown task", fx.res, &model.Dataset{Tasks: []model.TaskReport{{ID: "99.9", Year: 2022, Progress: model.Done}}}, `重点任务: task "99.9" (2022年) is not in the plan`},
		{"unknown project", fx.res, &model.Dataset{Projects: []model.ProjectReport{{ID: "P99", Year: 2021}}}, `重大项目: project "P99" (2021年) is not in the plan`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			res := *c.res
			res.Inputs = eval.NewInputs(fx.p, c.ds)
			err := Write(&buf, &res, Options{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written on error", buf.Len())
			}
		})
	}
}

func TestAxisBounds(t *testing.T) {
	for _, c := range []struct {
		lo, hi   float64
		min, max float64
	}{
		// 312.86..313.3: span 0.44, step niceStep(0.11) = 0.2,
		// floor((312.86−0.044)/0.2)·0.2 = 312.8, ceil((313.3+0.044)/0.2)·0.2 = 313.4.
		{312.86, 313.3, 312.8, 313.4},
		// 0..5000: step 2000; 0 stays 0; ceil(5500/2000)·2000 = 6000.
		{0, 5000, 0, 6000},
		// −0.5..2: step 1; floor(−0.75) = −1, ceil(2.25) = 3.
		{-0.5, 2, -1, 3},
		// a flat line at 5: span max(1, 1) = 1, step 0.5: 4.5..5.5.
		{5, 5, 4.5, 5.5},
	} {
		min, max := axisBounds(c.lo, c.hi)
		if min == nil || *min != c.min || *max != c.max {
			t.Errorf("axisBounds(%v, %v) = %v, %v; want %v, %v", c.lo, c.hi, deref(min), deref(max), c.min, c.max)
		}
	}
	if min, max := axisBounds(math.Inf(1), math.Inf(-1)); min != nil || max != nil {
		t.Error("axisBounds of no values should leave the axis alone")
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestHelpers(t *testing.T) {
	for v, want := range map[float64]string{312.6: "312.6", 5000: "5000", -0.5: "(-0.5)", 1e-7: "0.0000001"} {
		if got := formulaNumber(v); got != want {
			t.Errorf("formulaNumber(%v) = %q, want %q", v, got, want)
		}
	}
	for s, want := range map[string]float64{"abc": 3, "指标": 4, "区科委(中关村)": 2*6 + 2, "a\n指标名称": 8} {
		if got := textWidth(s); got != want {
			t.Errorf("textWidth(%q) = %v, want %v", s, got, want)
		}
	}
	// 12 CJK characters (24 units, 25.2 with the margin) in a column 14
	// wide: two lines of 16 points, and 2 of room.
	if got := wrapHeight([]string{"区科委中关村科学城管委会"}, []float64{14}); got != 34 {
		t.Errorf("wrapHeight = %v, want 34", got)
	}
	if got := wrapHeight([]string{"短"}, []float64{14}); got != 0 {
		t.Errorf("wrapHeight of a short text = %v, want 0", got)
	}
}

// TestWriteNoData: with no observations at all every indicator is 数据待补,
// and the workbook still writes and reads back as empty.
func TestWriteNoData(t *testing.T) {
	fx := loadFixture(t, 2023)
	res, err := eval.Evaluate(fx.p, nil, 2023)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, res, Options{}); err != nil {
		t.Fatal(err)
	}
	ds, err := sheet.Read(bytes.NewReader(buf.Bytes()), "empty.xlsx", fx.p)
	if err != nil {
		t.Fatalf("reading back: %v", err)
	}
	if n := len(ds.Values) + len(ds.Requirements) + len(ds.References); n != 0 {
		t.Errorf("%d observations read back, want none", n)
	}
	// An empty row for every indicator and year to fill in.
	if got := len(rows(t, open(t, buf.Bytes()), "指标数据")); got != 1+3*len(fx.p.Indicators) {
		t.Errorf("指标数据 has %d rows, want the header and 3 years × %d indicators", got, len(fx.p.Indicators))
	}
}
