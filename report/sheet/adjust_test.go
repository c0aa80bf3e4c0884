package sheet

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
)

// assessHeader is 指标评估's header as a test writes it: the columns
// readAdjustments reads and some of plancheck's.
var assessHeader = []any{"类别", "编号", "指标", "状态", "状态调整", "调整理由", "分析意见"}

// assessBook is a report-like workbook: 指标评估 with the header heads
// and rows, and an empty 指标数据, as every report has.
func assessBook(t *testing.T, heads []any, rows ...[]any) *book {
	t.Helper()
	return newBook(t, AssessmentSheet).rows(AssessmentSheet, "A1", append([][]any{heads}, rows...)...).
		sheet("指标数据").rows("指标数据", "A1", longHeader)
}

// props sets custom document properties.
func (b *book) props(props ...excelize.CustomProperty) *book {
	b.t.Helper()
	for _, p := range props {
		if err := b.f.SetCustomProps(p); err != nil {
			b.t.Fatal(err)
		}
	}
	return b
}

func TestAdjustments(t *testing.T) {
	good := assessBook(t, assessHeader,
		[]any{"经济", "5", "劳动生产率", "滞后", "", "", "受疫情影响,2022年增速放缓"},
		[]any{"经济", "6", "研发投入强度", "滞后", "基本符合预期", "统计口径调整", ""},
		[]any{"经济", "4", "GDP增速", "基本符合预期", "", "", ""},
	).bytes()
	ds, err := Read(bytes.NewReader(good), "report.xlsx", testPlan())
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Adjustment{
		{ID: "5", Comment: "受疫情影响,2022年增速放缓", At: model.Loc{File: "report.xlsx", Sheet: AssessmentSheet, Cell: "G2"}},
		{ID: "6", Status: "on_track", Reason: "统计口径调整", At: model.Loc{File: "report.xlsx", Sheet: AssessmentSheet, Cell: "E3"}},
	}
	if !reflect.DeepEqual(ds.Adjustments, want) {
		t.Errorf("adjustments = %+v\nwant %+v", ds.Adjustments, want)
	}

	bad := assessBook(t, assessHeader,
		[]any{"经济", "5", "劳动生产率", "滞后", "快于预期", "", ""},
		[]any{"经济", "6", "研发投入强度", "滞后", "还行", "理由", ""},
		[]any{"经济", "99", "不存在", "滞后", "", "", "意见"},
		[]any{"经济", "", "", "", "", "", "无编号的意见"},
	).bytes()
	_, err = Read(bytes.NewReader(bad), "report.xlsx", testPlan())
	for _, msg := range []string{
		`report.xlsx: 指标评估!E2: 状态调整 "快于预期" for indicator "5" (劳动生产率) has no 调整理由; write the reason in F2`,
		`report.xlsx: 指标评估!E3: 状态调整 "还行" is not a status`,
		`report.xlsx: 指标评估!B4: unknown indicator "99"`,
		`report.xlsx: 指标评估!B5: an adjustment or analysis in a row without 编号; write it in the row of its indicator`,
	} {
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("error = %v\nwant %q", err, msg)
		}
	}
}

// TestAdjustmentYear: the adjustments carry the year of the report they
// were written in — its custom property, as plancheck writes it or as
// LibreOffice saves it again, or else the year the analysts' headers
// state — and 0 when the workbook records none.
func TestAdjustmentYear(t *testing.T) {
	year := func(v any) excelize.CustomProperty { return excelize.CustomProperty{Name: PropYear, Value: v} }
	heads := func(status, comment string) []any {
		return []any{"类别", "编号", "指标", "状态", status, "调整理由", comment}
	}
	row := []any{"经济", "5", "劳动生产率", "滞后", "", "", "意见"}
	for _, c := range []struct {
		name  string
		heads []any
		props []excelize.CustomProperty
		want  int    // the adjustment's Year
		err   string // or the error
	}{
		{"property as plancheck writes it", assessHeader, []excelize.CustomProperty{year(int32(2024))}, 2024, ""},
		{"property as LibreOffice saves it", assessHeader, []excelize.CustomProperty{year(2024.0)}, 2024, ""},
		{"property as text", assessHeader, []excelize.CustomProperty{year("2024")}, 2024, ""},
		{"property and headers agree", heads("状态调整(2024年)", "分析意见(2024年)"), []excelize.CustomProperty{year(int32(2024))}, 2024, ""},
		{"headers only", heads("状态调整(2024年)", "分析意见(2024年)"), nil, 2024, ""},
		{"full-width header", heads("状态调整（2023年）", "分析意见"), nil, 2023, ""},
		{"no year", assessHeader, nil, 0, ""},
		{"a header of another year", heads("状态调整(2023年)", "分析意见"), []excelize.CustomProperty{year(int32(2024))}, 0,
			`report.xlsx: 指标评估!E1: the header "状态调整(2023年)" says 2023年, but the workbook's custom property PlancheckYear says 2024: the analysts' columns belong to one evaluation year`},
		{"headers of two years", heads("状态调整(2024年)", "分析意见(2023年)"), nil, 0,
			`report.xlsx: 指标评估!G1: the header "分析意见(2023年)" says 2023年, but the header E1 says 2024`},
		{"property not a year", assessHeader, []excelize.CustomProperty{year("明年")}, 0,
			`report.xlsx: the custom document property PlancheckYear is "明年", not a year such as 2024`},
		{"property out of range", assessHeader, []excelize.CustomProperty{year(int32(20240))}, 0,
			`report.xlsx: the custom document property PlancheckYear is "20240", not a year`},
		{"property not whole", assessHeader, []excelize.CustomProperty{year(2024.5)}, 0,
			`report.xlsx: the custom document property PlancheckYear is "2024.5", not a year`},
	} {
		t.Run(c.name, func(t *testing.T) {
			ds, err := assessBook(t, c.heads, row).props(c.props...).read("report.xlsx")
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error = %v\nwant %q", err, c.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(ds.Adjustments) != 1 || ds.Adjustments[0].Year != c.want {
				t.Errorf("adjustments = %+v, want one of year %d", ds.Adjustments, c.want)
			}
		})
	}
}

// TestReportSheets: a workbook that is plancheck's Excel report — it has
// plancheck's custom properties or a 指标评估 sheet — must have the sheets
// it was written with; one renamed or deleted is an error naming the
// workbook and the sheet.
func TestReportSheets(t *testing.T) {
	year := excelize.CustomProperty{Name: PropYear, Value: int32(2024)}
	sheets := func(s string) excelize.CustomProperty { return excelize.CustomProperty{Name: PropSheets, Value: s} }
	const all = "指标评估,指标数据,市级要求,参照数据,重点任务,重大项目"
	for _, c := range []struct {
		name   string
		sheets []string // the workbook's sheets; each gets its header
		props  []excelize.CustomProperty
		errs   []string // the errors, each the whole message after "report.xlsx: "
	}{
		{"every sheet", []string{"指标评估", "指标数据", "市级要求", "参照数据", "重点任务", "重大项目"},
			[]excelize.CustomProperty{year, sheets(all)}, nil},
		{"written without 重大项目", []string{"指标评估", "指标数据", "市级要求"},
			[]excelize.CustomProperty{year, sheets("指标评估,指标数据,市级要求")}, nil},
		{"English names and other sheets", []string{"指标评估", "indicators", "tasks", "总览"},
			[]excelize.CustomProperty{sheets("指标评估,指标数据,重点任务,总览,未知")}, nil},
		{"指标数据 renamed", []string{"指标评估", "指标数据 (2)", "市级要求"},
			[]excelize.CustomProperty{year, sheets("指标评估,指标数据,市级要求")},
			[]string{`this is plancheck's Excel report of 2024, but its sheet 指标数据 is missing (renamed or deleted); name the sheet 指标数据 again, or use the report as plancheck wrote it (the workbook's sheets are "指标评估", "指标数据 (2)", "市级要求")`}},
		{"指标评估 and 重大项目 deleted", []string{"指标数据", "市级要求", "参照数据", "重点任务"},
			[]excelize.CustomProperty{year, sheets(all)},
			[]string{
				`this is plancheck's Excel report of 2024, but its sheet 指标评估 is missing (renamed or deleted)`,
				`this is plancheck's Excel report of 2024, but its sheet 重大项目 is missing (renamed or deleted)`,
			}},
		{"the sheets property dropped: 指标评估 renamed", []string{"指标评估(副本)", "指标数据"},
			[]excelize.CustomProperty{year},
			[]string{`this is plancheck's Excel report of 2024, but its sheet 指标评估 is missing`}},
		{"no property: 指标数据 renamed", []string{"指标评估", "数据"}, nil,
			[]string{`this is plancheck's Excel report, but its sheet 指标数据 is missing (renamed or deleted)`}},
		{"a monitoring workbook is no report", []string{"指标数据", "填报说明"}, nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBook(t, c.sheets[0])
			for i, s := range c.sheets {
				if i > 0 {
					b.sheet(s)
				}
				head := longHeader
				switch s {
				case "指标评估", "指标评估(副本)":
					head = assessHeader
				case "重点任务", "tasks":
					head = []any{"任务编号", "年份", "进展状态"}
				case "重大项目":
					head = []any{"项目编号", "年份", "完成投资"}
				case "参照数据":
					head = []any{"参照编号", "年份", "数值"}
				case "市级要求":
					head = []any{"指标编号", "年份", "要求值"}
				}
				b.rows(s, "A1", head)
			}
			_, err := b.props(c.props...).read("report.xlsx")
			var got []string
			if list, ok := err.(ErrorList); ok {
				for _, e := range list {
					got = append(got, e.Error())
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(c.errs) {
				t.Fatalf("errors:\n%s\nwant %d: %q", strings.Join(got, "\n"), len(c.errs), c.errs)
			}
			for i, want := range c.errs {
				if !strings.HasPrefix(got[i], "report.xlsx: "+want) {
					t.Errorf("error %d = %s\nwant   %s", i, got[i], want)
				}
			}
		})
	}
}

// TestAdjustmentMerges: a range merged down one analysts' column applies to
// every row it covers; any other merge that touches the analysts' columns,
// or the 编号 of several rows, is an error naming the range, and nothing of
// the sheet is applied.
func TestAdjustmentMerges(t *testing.T) {
	rows := [][]any{
		{"经济", "5", "劳动生产率", "滞后", "基本符合预期", "统计口径调整", "受疫情影响"},
		{"经济", "6", "研发投入强度", "滞后", "", "", ""},
		{"经济", "4", "GDP增速", "基本符合预期", "", "", ""},
	}
	at := func(cell string) model.Loc { return model.Loc{File: "report.xlsx", Sheet: AssessmentSheet, Cell: cell} }
	for _, c := range []struct {
		name   string
		merges [][2]string
		want   []model.Adjustment
		err    string
	}{
		{"分析意见 down two rows", [][2]string{{"G2", "G3"}}, []model.Adjustment{
			{ID: "5", Status: "on_track", Reason: "统计口径调整", Comment: "受疫情影响", At: at("E2")},
			{ID: "6", Comment: "受疫情影响", At: at("G3")},
		}, ""},
		{"状态调整 and 调整理由 down three rows", [][2]string{{"E2", "E4"}, {"F2", "F4"}}, []model.Adjustment{
			{ID: "5", Status: "on_track", Reason: "统计口径调整", Comment: "受疫情影响", At: at("E2")},
			{ID: "6", Status: "on_track", Reason: "统计口径调整", At: at("E3")},
			{ID: "4", Status: "on_track", Reason: "统计口径调整", At: at("E4")},
		}, ""},
		{"plancheck's columns merged", [][2]string{{"A2", "A4"}, {"C3", "D3"}}, []model.Adjustment{
			{ID: "5", Status: "on_track", Reason: "统计口径调整", Comment: "受疫情影响", At: at("E2")},
		}, ""},
		{"an empty merge, past the table too", [][2]string{{"G3", "G4"}, {"F4", "F9"}}, []model.Adjustment{
			{ID: "5", Status: "on_track", Reason: "统计口径调整", Comment: "受疫情影响", At: at("E2")},
		}, ""},
		{"across 状态调整 and 调整理由", [][2]string{{"E2", "F2"}}, nil,
			"report.xlsx: 指标评估!E2:F2: merged cells E2:F2 span several columns, among them 状态调整 and 调整理由; it cannot be told which indicator and column the text belongs to — unmerge them (取消合并)"},
		{"across 状态 and 状态调整", [][2]string{{"D2", "E3"}}, nil,
			"report.xlsx: 指标评估!D2:E3: merged cells D2:E3 span several columns, among them 状态调整;"},
		{"编号 merged", [][2]string{{"B3", "B4"}}, nil,
			"report.xlsx: 指标评估!B3:B4: merged cells B3:B4 cover the 编号 column;"},
		{"from the header", [][2]string{{"G1", "G2"}}, nil,
			"report.xlsx: 指标评估!G1:G2: merged cells G1:G2 reach from the header into the table;"},
		{"over a row without 编号", [][2]string{{"G2", "G6"}}, nil,
			"report.xlsx: 指标评估!G2:G6: merged cells G2:G6 cover row 5, which has no 编号;"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := assessBook(t, assessHeader, rows...)
			for _, m := range c.merges {
				b.merge(AssessmentSheet, m[0], m[1])
			}
			ds, err := b.read("report.xlsx")
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("error = %v\nwant %q", err, c.err)
				}
				if ds != nil && len(ds.Adjustments) > 0 {
					t.Errorf("adjustments applied despite the error: %+v", ds.Adjustments)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(ds.Adjustments, c.want) {
				t.Errorf("adjustments:\n got %+v\nwant %+v", ds.Adjustments, c.want)
			}
		})
	}
}

// TestAdjustmentPublic: 公开 marks a 分析意见 for the public edition — 是,
// yes, true (any case) are Public; 否, no, false and empty are not; any
// other text is an error naming its cell. A workbook without the column
// marks nothing public; a 公开 header of another year is an error like the
// other analysts' columns'.
func TestAdjustmentPublic(t *testing.T) {
	heads := append(append([]any{}, assessHeader...), "公开")
	loc := func(cell string) model.Loc { return model.Loc{File: "report.xlsx", Sheet: AssessmentSheet, Cell: cell} }
	ds, err := assessBook(t, heads,
		[]any{"经济", "5", "劳动生产率", "滞后", "", "", "意见甲", "是"},
		[]any{"经济", "6", "研发投入强度", "滞后", "基本符合预期", "口径调整", "意见乙", "TRUE"},
		[]any{"经济", "4", "GDP增速", "基本符合预期", "", "", "意见丙", "否"},
		[]any{"经济", "14", "地表水", "基本符合预期", "", "", "意见丁", ""},
		[]any{"经济", "20", "失业率", "基本符合预期", "", "", "", "是"}, // nothing to publish
	).read("report.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Adjustment{
		{ID: "5", Comment: "意见甲", At: loc("G2"), Public: true},
		{ID: "6", Status: "on_track", Reason: "口径调整", Comment: "意见乙", At: loc("E3"), Public: true},
		{ID: "4", Comment: "意见丙", At: loc("G4")},
		{ID: "14", Comment: "意见丁", At: loc("G5")},
	}
	if !reflect.DeepEqual(ds.Adjustments, want) {
		t.Errorf("adjustments = %+v\nwant %+v", ds.Adjustments, want)
	}

	// Without the column (a report written before it): nothing public.
	ds, err = assessBook(t, assessHeader, []any{"经济", "5", "劳动生产率", "滞后", "", "", "意见甲"}).read("report.xlsx")
	if err != nil || len(ds.Adjustments) != 1 || ds.Adjustments[0].Public {
		t.Errorf("without 公开: %+v, %v", ds.Adjustments, err)
	}

	_, err = assessBook(t, heads, []any{"经济", "5", "劳动生产率", "滞后", "", "", "意见甲", "公开吧"}).read("report.xlsx")
	if msg := `report.xlsx: 指标评估!H2: 公开 "公开吧" is not 是 or 否`; err == nil || !strings.Contains(err.Error(), msg) {
		t.Errorf("error = %v\nwant %q", err, msg)
	}

	yearHeads := []any{"类别", "编号", "指标", "状态", "状态调整(2024年)", "调整理由(2024年)", "分析意见(2024年)", "公开(2023年)"}
	_, err = assessBook(t, yearHeads, []any{"经济", "5", "劳动生产率", "滞后", "", "", "意见甲", "是"}).read("report.xlsx")
	if msg := `report.xlsx: 指标评估!H1: the header "公开(2023年)" says 2023年, but the header E1 says 2024`; err == nil || !strings.Contains(err.Error(), msg) {
		t.Errorf("error = %v\nwant %q", err, msg)
	}
	ds, err = assessBook(t, yearHeads[:7:7], []any{"经济", "5", "劳动生产率", "滞后", "", "", "意见甲"}).read("report.xlsx")
	if err != nil || len(ds.Adjustments) != 1 || ds.Adjustments[0].Year != 2024 {
		t.Errorf("headers of 2024: %+v, %v", ds.Adjustments, err)
	}
}
