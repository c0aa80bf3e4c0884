package xlsx

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
)

func ptr(v float64) *float64 { return &v }

// testPlan has one indicator of each layout WriteInput tells apart: a
// level, a yes/no, a municipal one compared by ge, a cumulative one.
func testPlan() *model.Plan {
	return &model.Plan{
		ID: "t", Name: "测试规划", ShortName: "测试", BaseYear: 2020, TargetYear: 2025,
		Departments: []model.Department{{ID: "fgw", Name: "区发展改革委"}, {ID: "sthj", Name: "区生态环境局"}},
		References:  []model.Reference{{ID: "city", Name: "全市平均", Unit: "%"}},
		Indicators: []model.Indicator{
			{ID: "1", Name: "常住人口规模", Unit: "万人", Lead: "fgw", Baseline: ptr(313.3),
				Target: model.Target{Kind: model.Ceiling, Value: 312.6, Text: "312.6"}},
			{ID: "14", Name: "地表水环境质量目标完成情况", Unit: "", Lead: "sthj",
				Target: model.Target{Kind: model.Municipal, Compare: model.Yes, Text: "达到市级要求"}},
			{ID: "25a", Name: "食品安全抽检合格率", Unit: "%", Lead: "nobody",
				Target: model.Target{Kind: model.Municipal, Compare: model.GE, Text: "达到市级要求"}},
			{ID: "21", Name: "新增学前教育学位供给数", Unit: "个", Lead: "fgw",
				Target: model.Target{Kind: model.Cumulative, Value: 5000, Approx: 0.05, Text: "累计5000左右"}},
		},
	}
}

func testDataset() *model.Dataset {
	return &model.Dataset{
		// Out of the plan's order on purpose, and with an id typed the way
		// people type it ("25A").
		Values: []model.Observation{
			{ID: "25A", Year: 2021, Value: 98.9, Text: "98.9", Source: "示例"},
			{ID: "14", Year: 2023, Value: 1, Text: "完成", Source: "发布会"},
			{ID: "1", Year: 2021, Value: 313.2, Source: "示例", Reporter: "区统计局", Note: "年末"},
			{ID: "1", Year: 2020, Value: 313.3, Source: "七普"},
			{ID: "14", Year: 2024, Value: 0, Source: "示例"},
			{ID: "21", Year: 2022, Value: 1350, Approx: true, Text: "约1350", Source: "示例"},
		},
		Requirements: []model.Observation{
			{ID: "25a", Year: 2021, Value: 98, Source: "示例"},
		},
		References: []model.Observation{
			{ID: "city", Year: 2022, Value: 3.4, Source: "示例", Note: "登记失业率"},
		},
	}
}

func write(t *testing.T, p *model.Plan, ds *model.Dataset, opts InputOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteInput(&buf, p, ds, opts); err != nil {
		t.Fatalf("WriteInput: %v", err)
	}
	return buf.Bytes()
}

func open(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("reading back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func rows(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rs, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("GetRows(%s): %v", sheet, err)
	}
	return rs
}

func TestWriteInput(t *testing.T) {
	f := open(t, write(t, testPlan(), testDataset(), InputOptions{}))

	if got, want := f.GetSheetList(), []string{"指标数据", "市级要求", "参照数据", "填报说明"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}

	// The plan's order (1, 14, 25a, 21), then the year; names, units and
	// the lead department's name filled in from the plan; a reporter given
	// in the dataset kept; a lead the plan does not list printed as its id.
	wantValues := [][]string{
		{"指标编号", "指标名称", "年份", "数值", "单位", "数据来源", "填报单位", "备注"},
		{"1", "常住人口规模", "2020", "313.3", "万人", "七普", "区发展改革委"},
		{"1", "常住人口规模", "2021", "313.2", "万人", "示例", "区统计局", "年末"},
		{"14", "地表水环境质量目标完成情况", "2023", "完成", "", "发布会", "区生态环境局"},
		{"14", "地表水环境质量目标完成情况", "2024", "否", "", "示例", "区生态环境局"},
		{"25a", "食品安全抽检合格率", "2021", "98.9", "%", "示例", "nobody"},
		{"21", "新增学前教育学位供给数", "2022", "约1350", "个", "示例", "区发展改革委"},
	}
	if got := rows(t, f, "指标数据"); !reflect.DeepEqual(got, wantValues) {
		t.Errorf("指标数据:\n got %q\nwant %q", got, wantValues)
	}
	wantReqs := [][]string{
		{"指标编号", "指标名称", "年份", "要求值", "数据来源", "备注"},
		{"25a", "食品安全抽检合格率", "2021", "98", "示例"},
	}
	if got := rows(t, f, "市级要求"); !reflect.DeepEqual(got, wantReqs) {
		t.Errorf("市级要求:\n got %q\nwant %q", got, wantReqs)
	}
	wantRefs := [][]string{
		{"参照编号", "参照名称", "年份", "数值", "数据来源", "备注"},
		{"city", "全市平均", "2022", "3.4", "示例", "登记失业率"},
	}
	if got := rows(t, f, "参照数据"); !reflect.DeepEqual(got, wantRefs) {
		t.Errorf("参照数据:\n got %q\nwant %q", got, wantRefs)
	}

	// Numbers are numeric cells, so that Excel sums and charts them; the
	// yes/no and approximate values are text, as typed.
	for _, c := range []struct {
		cell    string
		numeric bool
	}{
		{"C2", true}, {"D2", true}, {"D3", true}, {"D6", true},
		{"D4", false}, {"D5", false}, {"D7", false}, {"A2", false},
	} {
		typ, err := f.GetCellType("指标数据", c.cell)
		if err != nil {
			t.Fatal(err)
		}
		numeric := typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber
		if numeric != c.numeric {
			t.Errorf("指标数据!%s: numeric = %v, want %v (type %v)", c.cell, numeric, c.numeric, typ)
		}
	}

	// The header is bold and frozen on every data sheet.
	for _, sheet := range []string{"指标数据", "市级要求", "参照数据"} {
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !panes.Freeze || panes.YSplit != 1 || panes.XSplit != 0 {
			t.Errorf("%s: panes = %+v, want the first row frozen", sheet, panes)
		}
		id, err := f.GetCellStyle(sheet, "B1")
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Font == nil || !st.Font.Bold {
			t.Errorf("%s!B1: header not bold", sheet)
		}
		if w, _ := f.GetColWidth(sheet, "B"); w < 20 {
			t.Errorf("%s: column B is %v wide, want a width that shows a name", sheet, w)
		}
	}

	help := rows(t, f, "填报说明")
	if len(help) == 0 || help[0][0] != "填报说明" || !strings.Contains(help[1][0], "《测试规划》") {
		t.Errorf("填报说明 starts %q", help[:min(2, len(help))])
	}
}

func TestWriteInputOmitsUnusedSheets(t *testing.T) {
	p := testPlan()
	p.References = nil
	p.Indicators = p.Indicators[:2] // no municipal le/ge indicator
	ds := &model.Dataset{Values: []model.Observation{{ID: "1", Year: 2020, Value: 313.3, Source: "七普"}}}
	f := open(t, write(t, p, ds, InputOptions{Notes: []string{"本工作簿为示例。"}}))
	if got, want := f.GetSheetList(), []string{"指标数据", "填报说明"}; !reflect.DeepEqual(got, want) {
		t.Errorf("sheets = %q, want %q", got, want)
	}
	help := rows(t, f, "填报说明")
	if last := help[len(help)-1][0]; last != "本工作簿为示例。" {
		t.Errorf("填报说明 ends with %q, want the note", last)
	}
	for _, r := range help {
		if strings.Contains(r[0], "市级要求”表") || strings.Contains(r[0], "参照数据”表") {
			t.Errorf("填报说明 explains a sheet that is not there: %q", r[0])
		}
	}
}

func TestWriteInputTemplate(t *testing.T) {
	p := testPlan()
	ds := &model.Dataset{Values: []model.Observation{{ID: "1", Year: 2024, Value: 312.5, Source: "示例"}}}
	f := open(t, write(t, p, ds, InputOptions{Years: []int{2024}}))

	// 4 indicators in 2024, one of them filled: 3 empty rows and 1 full.
	got := rows(t, f, "指标数据")
	want := [][]string{
		valueHeaderNames(),
		{"1", "常住人口规模", "2024", "312.5", "万人", "示例", "区发展改革委"},
		{"14", "地表水环境质量目标完成情况", "2024", "", "", "", "区生态环境局"},
		{"25a", "食品安全抽检合格率", "2024", "", "%", "", "nobody"},
		{"21", "新增学前教育学位供给数", "2024", "", "个", "", "区发展改革委"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("指标数据:\n got %q\nwant %q", got, want)
	}
	// Only 25a needs a municipal requirement; the one reference gets a row.
	if got := rows(t, f, "市级要求"); len(got) != 2 || got[1][0] != "25a" || got[1][2] != "2024" {
		t.Errorf("市级要求 = %q, want one empty row for 25a in 2024", got)
	}
	if got := rows(t, f, "参照数据"); len(got) != 2 || got[1][0] != "city" {
		t.Errorf("参照数据 = %q, want one empty row for city in 2024", got)
	}
}

func valueHeaderNames() []string {
	out := make([]string, len(valueColumns))
	for i, c := range valueColumns {
		out[i] = c.name
	}
	return out
}

func TestWriteInputUnknownID(t *testing.T) {
	for _, c := range []struct {
		name string
		ds   *model.Dataset
		want string
	}{
		{"value", &model.Dataset{Values: []model.Observation{{ID: "99", Year: 2021, Value: 1}}}, `指标数据: indicator "99" (2021年) is not in the plan`},
		{"requirement", &model.Dataset{Requirements: []model.Observation{{ID: "7", Year: 2022, Value: 1}}}, `市级要求: indicator "7" (2022年)`},
		{"reference", &model.Dataset{References: []model.Observation{{ID: "gdp", Year: 2023, Value: 1}}}, `参照数据: reference "gdp" (2023年)`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := WriteInput(&buf, testPlan(), c.ds, InputOptions{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want one containing %q", err, c.want)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written on error, want none", buf.Len())
			}
		})
	}
}

func TestWriteInputNilDataset(t *testing.T) {
	f := open(t, write(t, testPlan(), nil, InputOptions{}))
	if got := rows(t, f, "指标数据"); len(got) != 1 {
		t.Errorf("指标数据 has %d rows, want the header only", len(got))
	}
}

// TestWriteInputDeterministic is the one test that compares bytes: the same
// input gives the same file, and the date in it is the option's.
func TestWriteInputDeterministic(t *testing.T) {
	date := time.Date(2025, 3, 31, 8, 0, 0, 0, time.FixedZone("CST", 8*3600))
	opts := InputOptions{Date: date, Title: "样例"}
	a := write(t, testPlan(), testDataset(), opts)
	b := write(t, testPlan(), testDataset(), opts)
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same input differ")
	}

	props, err := open(t, a).GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	// 08:00 in UTC+8 is midnight UTC.
	if props.Created != "2025-03-31T00:00:00Z" || props.Modified != props.Created || props.Title != "样例" {
		t.Errorf("props = created %q, modified %q, title %q", props.Created, props.Modified, props.Title)
	}

	props, err = open(t, write(t, testPlan(), testDataset(), InputOptions{})).GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "1980-01-01T00:00:00Z" || props.Title != "测试监测数据" {
		t.Errorf("zero options: created %q, title %q; want the 1980 epoch and the short name", props.Created, props.Title)
	}
}
