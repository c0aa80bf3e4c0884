package sheet

import (
	"bytes"
	"strings"
	"testing"

	"plancheck/report/model"
)

func TestAdjustments(t *testing.T) {
	header := []any{"类别", "编号", "指标", "状态", "状态调整", "调整理由", "分析意见"}
	good := newBook(t, AssessmentSheet).rows(AssessmentSheet, "A1", header,
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
	if len(ds.Adjustments) != len(want) {
		t.Fatalf("adjustments = %+v", ds.Adjustments)
	}
	for i := range want {
		if ds.Adjustments[i] != want[i] {
			t.Errorf("adjustment %d = %+v, want %+v", i, ds.Adjustments[i], want[i])
		}
	}

	bad := newBook(t, AssessmentSheet).rows(AssessmentSheet, "A1", header,
		[]any{"经济", "5", "劳动生产率", "滞后", "快于预期", "", ""},
		[]any{"经济", "6", "研发投入强度", "滞后", "还行", "理由", ""},
		[]any{"经济", "99", "不存在", "滞后", "", "", "意见"},
	).bytes()
	_, err = Read(bytes.NewReader(bad), "report.xlsx", testPlan())
	for _, msg := range []string{
		`report.xlsx: 指标评估!E2: 状态调整 "快于预期" for indicator "5" (劳动生产率) has no 调整理由; write the reason in F2`,
		`report.xlsx: 指标评估!E3: 状态调整 "还行" is not a status`,
		`report.xlsx: 指标评估!B4: unknown indicator "99"`,
	} {
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("error = %v\nwant %q", err, msg)
		}
	}
}
