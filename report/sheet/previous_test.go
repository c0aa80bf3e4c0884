package sheet

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
)

// problemHeader is 重大问题's header as report/xlsx writes it.
var problemHeader = []any{"规则", "编号", "名称", "属性", "牵头部门", "状态", "说明"}

// previousBook is a report of 2023 as plancheck writes it: 指标评估 with
// the analysts' headers of 2023 and a comment, 指标数据, and 重大问题 with
// the problems given.
func previousBook(t testing.TB, problems ...[]any) *book {
	t.Helper()
	return newBook(t, AssessmentSheet).
		rows(AssessmentSheet, "A1",
			[]any{"类别", "编号", "指标", "状态", "状态调整(2023年)", "调整理由(2023年)", "分析意见(2023年)"},
			[]any{"经济", "4", "地区生产总值年均增速", "基本符合预期", "", "", ""},
			[]any{"经济", "5", "劳动生产率", "滞后", "", "", "受疫情影响,增速放缓"},
		).
		sheet("指标数据").rows("指标数据", "A1", longHeader).
		sheet(ProblemSheet).rows(ProblemSheet, "A1", append([][]any{problemHeader}, problems...)...).
		props(excelize.CustomProperty{Name: PropYear, Value: int32(2023)})
}

func TestReadPrevious(t *testing.T) {
	b := previousBook(t,
		[]any{"约束性指标未达要求或进度滞后、指标未达要求", "14", "地表水环境质量目标完成情况", "约束性", "区生态环境局", "未达要求", "…"},
		[]any{"连续两年进度滞后", "5", "劳动生产率", "预期性", "区发展改革委", "滞后", "…"},
		[]any{"重点任务进展滞后", "3.1.1", "加强基础前沿研究和核心技术攻关", "重点任务", "区发展改革委", "滞后", "…"},
		[]any{"重大项目推进滞后", "P01", "中关村论坛永久会址", "重大项目", "区发展改革委", "进度滞后", "…"},
	)
	got, err := ReadPrevious(bytes.NewReader(b.bytes()), "last.xlsx", testPlan())
	if err != nil {
		t.Fatal(err)
	}
	want := &model.Previous{
		Year: 2023, File: "last.xlsx",
		Problems: []model.PreviousProblem{
			{Indicator: "14", Name: "地表水环境质量目标完成情况", Rules: []model.ProblemRule{model.RuleBindingOffTrack, model.RuleNotMet}, Status: model.NotMet},
			{Indicator: "5", Name: "劳动生产率", Rules: []model.ProblemRule{model.RuleLaggingTwoYears}, Status: model.Lagging},
			// A task's or project's 状态 is its progress, not a status: not read.
			{Task: "3.1.1", Name: "加强基础前沿研究和核心技术攻关", Rules: []model.ProblemRule{model.RuleKeyTaskBehind}},
			{Project: "P01", Name: "中关村论坛永久会址", Rules: []model.ProblemRule{model.RuleProjectBehind}},
		},
		Comments: []model.PreviousComment{{ID: "5", Name: "劳动生产率", Comment: "受疫情影响,增速放缓"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}

	// A report without problems: 重大问题 holds the header and a note in A2.
	none := previousBook(t, []any{"未发现重大问题。"})
	got, err = ReadPrevious(bytes.NewReader(none.bytes()), "last.xlsx", testPlan())
	if err != nil || len(got.Problems) != 0 || got.Year != 2023 {
		t.Errorf("no problems: %+v, %v", got, err)
	}

	// Without the custom property, the year is the headers'.
	noProp := newBook(t, AssessmentSheet).
		rows(AssessmentSheet, "A1", []any{"编号", "指标", "状态调整(2022年)", "分析意见(2022年)"}).
		sheet("指标数据").rows("指标数据", "A1", longHeader).
		sheet(ProblemSheet).rows(ProblemSheet, "A1", problemHeader)
	if got, err := ReadPrevious(bytes.NewReader(noProp.bytes()), "last.xlsx", testPlan()); err != nil || got.Year != 2022 {
		t.Errorf("year from the headers: %+v, %v", got, err)
	}
}

func TestReadPreviousRefused(t *testing.T) {
	good := []any{"连续两年进度滞后", "5", "劳动生产率", "预期性", "区发展改革委", "滞后", "…"}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"monitoring workbook", newBook(t, "指标数据").rows("指标数据", "A1", longHeader).bytes(),
			`last.xlsx: a monitoring workbook (it has the sheet 指标数据), not plancheck's Excel report; --previous takes last year's report as plancheck wrote it`},
		{"other workbook", newBook(t, "Sheet1").rows("Sheet1", "A1", []any{"a"}).bytes(),
			`last.xlsx: not plancheck's Excel report: it has no sheet 指标评估 and no custom property PlancheckYear`},
		{"no problem sheet", newBook(t, AssessmentSheet).rows(AssessmentSheet, "A1", assessHeader).
			sheet("指标数据").rows("指标数据", "A1", longHeader).props(excelize.CustomProperty{Name: PropYear, Value: int32(2023)}).bytes(),
			`last.xlsx: plancheck's Excel report without its sheet 重大问题 (renamed or deleted)`},
		{"no year", newBook(t, AssessmentSheet).rows(AssessmentSheet, "A1", assessHeader).
			sheet("指标数据").rows("指标数据", "A1", longHeader).sheet(ProblemSheet).rows(ProblemSheet, "A1", problemHeader).bytes(),
			`last.xlsx: 指标评估: the report does not record its evaluation year (neither the custom property PlancheckYear nor a header such as 状态调整(2024年))`},
		{"another plan", previousBook(t, good).props(excelize.CustomProperty{Name: PropPlan, Value: "other-14th"}).bytes(),
			`last.xlsx: this is the report of the plan "other-14th" (custom property PlancheckPlan), not of test-plan; give last year's report of test-plan`},
		{"unknown indicator", previousBook(t, []any{"连续两年进度滞后", "99", "不存在", "预期性", "", "滞后", ""}).bytes(),
			`last.xlsx: 重大问题!B2: unknown indicator "99": the plan test-plan has no such indicator`},
		{"unknown task", previousBook(t, []any{"重点任务进展滞后", "9.9.9", "不存在", "重点任务", "", "滞后", ""}).bytes(),
			`last.xlsx: 重大问题!B2: unknown key task "9.9.9"`},
		{"rule not ours", previousBook(t, []any{"进度很慢", "5", "劳动生产率", "预期性", "", "滞后", ""}).bytes(),
			`last.xlsx: 重大问题!A2: 规则 "进度很慢" is not plancheck's`},
		{"status not ours", previousBook(t, []any{"连续两年进度滞后", "5", "劳动生产率", "预期性", "", "很慢", ""}).bytes(),
			`last.xlsx: 重大问题!F2: 状态 "很慢" is not a status`},
		{"problem without id", previousBook(t, []any{"连续两年进度滞后", "", "劳动生产率", "预期性", "", "滞后", ""}).bytes(),
			`last.xlsx: 重大问题!B2: the problem "劳动生产率" has no 编号`},
		{"empty", nil, `last.xlsx: the file is empty`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadPrevious(bytes.NewReader(c.data), "last.xlsx", testPlan())
			if err == nil || got != nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %+v, %v\nwant %q", got, err, c.want)
			}
		})
	}
}

// FuzzReadPrevious: whatever the workbook, ReadPrevious returns last
// year's report or an error naming the file, never both, and never
// panics (catchPanics is off: a panic of this package's own is found).
func FuzzReadPrevious(f *testing.F) {
	f.Add(previousBook(f, []any{"连续两年进度滞后、指标未达要求", "5", "劳动生产率", "预期性", "区发展改革委", "滞后", "…"}).bytes())
	f.Add(previousBook(f, []any{"未发现重大问题。"}).bytes())
	catchPanics = false
	f.Cleanup(func() { catchPanics = true })
	f.Fuzz(func(t *testing.T, data []byte) {
		prev, err := ReadPrevious(bytes.NewReader(data), "last.xlsx", testPlan())
		if (prev == nil) == (err == nil) {
			t.Fatalf("previous %+v and error %v", prev, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "last.xlsx") {
			t.Fatalf("the error does not name the file: %v", err)
		}
	})
}
