package sheet

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
)

// testPlan is the plan the tests' workbooks report on. It is
// testdata/workbooks/plan.yaml, which the command's tests read; keep the
// two alike.
func testPlan() *model.Plan {
	return &model.Plan{
		ID: "test-plan", Name: "测试规划", ShortName: "测试规划", Region: "测试区", Issuer: "测试区人民政府",
		BaseYear: 2020, TargetYear: 2025,
		Categories: []model.Category{{ID: "econ", Name: "经济发展"}, {ID: "green", Name: "绿色发展"}, {ID: "share", Name: "共享发展"}},
		Departments: []model.Department{
			{ID: "fgw", Name: "区发展改革委"}, {ID: "sthj", Name: "区生态环境局"},
			{ID: "rsj", Name: "区人力资源社会保障局"}, {ID: "scjg", Name: "区市场监管局"},
		},
		Evaluation: model.DefaultThresholds(),
		References: []model.Reference{{ID: "city_unemployment", Name: "全市城镇登记失业率", Unit: "%"}},
		Indicators: []model.Indicator{
			{ID: "4", Name: "地区生产总值年均增速", Unit: "%", Category: "econ", Lead: "fgw",
				Target: model.Target{Kind: model.AvgGrowth, Value: 6, Text: "6"}},
			{ID: "5", Name: "劳动生产率", Unit: "万元/人", Category: "econ", Lead: "fgw",
				Target: model.Target{Kind: model.Level, Value: 38, Text: "38"}},
			{ID: "6", Name: "全社会研究与试验发展经费支出占地区生产总值的比重", Unit: "%", Category: "econ", Lead: "fgw",
				Target: model.Target{Kind: model.Level, Value: 11, Text: "11"}},
			{ID: "14", Name: "地表水环境质量目标完成情况", Unit: "", Category: "green", Binding: true, Lead: "sthj",
				Target: model.Target{Kind: model.Municipal, Compare: model.Yes, Text: "达到市级要求"}},
			{ID: "20", Name: "城镇登记失业率", Unit: "%", Category: "share", Lead: "rsj",
				Target: model.Target{Kind: model.Relative, Compare: model.LE, Reference: "city_unemployment", Text: "不高于全市平均水平"}},
			{ID: "25a", Name: "食品安全抽检合格率", Unit: "%", Category: "share", Binding: true, Lead: "scjg",
				Target: model.Target{Kind: model.Municipal, Compare: model.GE, Text: "达到市级要求"}},
		},
		Tasks: []model.Task{{ID: "3.1.1", Title: "加强基础前沿研究和核心技术攻关", Chapter: "第三章", Lead: "fgw", Key: true,
			Milestones: map[int]string{2023: "建成一期"}}},
		Projects: []model.Project{{ID: "P01", Name: "中关村论坛永久会址", Lead: "fgw", Investment: 30, Years: map[int]model.ProjectYear{
			2021: {Investment: 10}, 2022: {Investment: 10}, 2023: {Investment: 10, Milestone: "封顶"}}}},
	}
}

// book builds a workbook in memory. Its methods fail the test on error.
type book struct {
	t testing.TB
	f *excelize.File
}

// newBook starts a workbook whose first sheet is named sheet.
func newBook(t testing.TB, sheet string) *book {
	t.Helper()
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	return &book{t: t, f: f}
}

// sheet adds a sheet.
func (b *book) sheet(name string) *book {
	b.t.Helper()
	if _, err := b.f.NewSheet(name); err != nil {
		b.t.Fatal(err)
	}
	return b
}

// rows writes rows from cell top (A1, B3) down; a nil value leaves the
// cell empty.
func (b *book) rows(sheet, top string, rows ...[]any) *book {
	b.t.Helper()
	col, row, err := excelize.CellNameToCoordinates(top)
	if err != nil {
		b.t.Fatal(err)
	}
	for i, r := range rows {
		for j, v := range r {
			if v == nil {
				continue
			}
			if err := b.f.SetCellValue(sheet, cellName(col+j, row+i), v); err != nil {
				b.t.Fatal(err)
			}
		}
	}
	return b
}

// set writes one cell.
func (b *book) set(sheet, cell string, v any) *book {
	b.t.Helper()
	if err := b.f.SetCellValue(sheet, cell, v); err != nil {
		b.t.Fatal(err)
	}
	return b
}

// formula sets a formula. Set the cell's value first to give it a saved
// value; a formula set on an empty cell has none.
func (b *book) formula(sheet, cell, formula string) *book {
	b.t.Helper()
	if err := b.f.SetCellFormula(sheet, cell, formula); err != nil {
		b.t.Fatal(err)
	}
	return b
}

// merge merges a range.
func (b *book) merge(sheet, from, to string) *book {
	b.t.Helper()
	if err := b.f.MergeCell(sheet, from, to); err != nil {
		b.t.Fatal(err)
	}
	return b
}

// style gives cells a number format: a built-in id, or a custom code.
func (b *book) style(sheet, from, to string, numFmt int, custom string) *book {
	b.t.Helper()
	st := &excelize.Style{NumFmt: numFmt}
	if custom != "" {
		st.CustomNumFmt = &custom
	}
	id, err := b.f.NewStyle(st)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := b.f.SetCellStyle(sheet, from, to, id); err != nil {
		b.t.Fatal(err)
	}
	return b
}

// bytes returns the workbook's .xlsx bytes.
func (b *book) bytes() []byte {
	b.t.Helper()
	var buf bytes.Buffer
	if _, err := b.f.WriteTo(&buf); err != nil {
		b.t.Fatal(err)
	}
	return buf.Bytes()
}

// read reads the workbook as name with the test plan.
func (b *book) read(name string) (*model.Dataset, error) {
	return Read(bytes.NewReader(b.bytes()), name, testPlan())
}

// longHeader is the header of the template's 指标数据 sheet.
var longHeader = []any{"指标编号", "指标名称", "年份", "数值", "单位", "数据来源", "填报单位", "备注"}

// patched returns the workbook's bytes with the XML of its first sheet
// edited: each pair of strings is an old text, which must occur, and its
// replacement. It writes what excelize cannot, such as a formula with a
// saved number as Excel writes it: <c r="C2"><f>A1*2</f><v>37.5</v></c>.
func (b *book) patched(pairs ...string) []byte {
	b.t.Helper()
	data := b.bytes()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		b.t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			b.t.Fatal(err)
		}
		content, err := io.ReadAll(rc)
		if err != nil {
			b.t.Fatal(err)
		}
		if f.Name == "xl/worksheets/sheet1.xml" {
			s := string(content)
			for i := 0; i+1 < len(pairs); i += 2 {
				if !strings.Contains(s, pairs[i]) {
					b.t.Fatalf("patch: %q not in the sheet:\n%s", pairs[i], s)
				}
				s = strings.Replace(s, pairs[i], pairs[i+1], 1)
			}
			content = []byte(s)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			b.t.Fatal(err)
		}
		if _, err := w.Write(content); err != nil {
			b.t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		b.t.Fatal(err)
	}
	return buf.Bytes()
}
