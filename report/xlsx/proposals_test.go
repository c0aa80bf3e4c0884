package xlsx

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/sheet"
)

// withProposals is fx's result with two proposals as report/eval states
// them (the facts, written by hand here): indicator 7 (园区企业研发投入强度,
// level 6.2, projected 5.92 in 2025: gap 6.2 − 5.92 = 0.28) and 12
// (自贸区企业收入年均增速, 15% a year, projected 8.6% a year: gap 6.4).
func withProposals(fx *fixture) *eval.Result {
	res := *fx.res
	res.Proposals = []eval.Proposal{
		{Indicator: "7", Name: "园区企业研发投入强度", Lead: "kw", LeadName: "区科委(中关村科学城管委会)", Unit: "%", Decimals: 2,
			Target: ptr(6.2), Value: ptr(5.8), Projected: ptr(5.92), Gap: ptr(0.28),
			Handling: model.KeepTarget, HandlingLabel: model.KeepTarget.Label()},
		{Indicator: "12", Name: "自贸区企业收入年均增速", Lead: "sw", LeadName: "区商务局", Unit: "%", Decimals: 1,
			Target: ptr(15), Value: ptr(5.2), Projected: ptr(8.6), Gap: ptr(6.4),
			Handling: model.AdjustTarget, HandlingLabel: model.AdjustTarget.Label()},
	}
	return &res
}

func writeResult(t *testing.T, res *eval.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, res, Options{}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// TestWriteProposals: 规划调整建议 has a row per proposal with the
// Result's numbers, the proposed handling twice (locked, and in the
// unlocked 建议处理方式 with a drop-down of the handlings), the year in the
// analysts' headers, and is among the input sheets the workbook records.
func TestWriteProposals(t *testing.T) {
	fx := loadFixture(t, 2024)
	f := open(t, writeResult(t, withProposals(fx)))
	want := [][]string{
		{"编号", "指标", "属性", "牵头部门", "单位", "现行目标", "预计值(2025年)", "差距", "拟定处理方式", "建议处理方式(2024年)", "理由(2024年)"},
		{"7", "园区企业研发投入强度", "预期性", "区科委（中关村科学城管委会）", "%", "6.20", "5.92", "0.28", "保持目标、加大力度", "保持目标、加大力度"},
		{"12", "自贸区企业收入年均增速", "预期性", "区商务局", "%", "15.0", "8.6", "6.4", "建议调整目标", "建议调整目标"},
	}
	if got := rows(t, f, sheetProposals); !reflect.DeepEqual(got, want) {
		t.Errorf("规划调整建议:\n got %q\nwant %q", got, want)
	}
	for cell, unlocked := range map[string]bool{"J2": true, "K2": true, "I2": false, "H2": false, "A2": false} {
		st, err := f.GetCellStyle(sheetProposals, cell)
		if err != nil {
			t.Fatal(err)
		}
		s, err := f.GetStyle(st)
		if err != nil {
			t.Fatal(err)
		}
		locked := s.Protection == nil || s.Protection.Locked
		if locked == unlocked {
			t.Errorf("%s!%s locked = %v, want %v", sheetProposals, cell, locked, !unlocked)
		}
	}
	dvs, err := f.GetDataValidations(sheetProposals)
	if err != nil {
		t.Fatal(err)
	}
	if len(dvs) != 1 || dvs[0].Sqref != "J2:J1048576" || dvs[0].Formula1 != `"保持目标、加大力度,建议调整目标,建议调整统计口径"` {
		t.Errorf("规划调整建议 validations %+v, want the handlings' drop-down on column J", dvs)
	}
	props, err := f.GetCustomProps()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range props {
		if p.Name == sheet.PropSheets && !strings.Contains(p.Value.(string), "指标评估,规划调整建议,") {
			t.Errorf("PlancheckSheets = %v, want 规划调整建议 among the input sheets", p.Value)
		}
	}

	// Without proposals there is no such sheet.
	none := *fx.res
	none.Proposals = nil
	if i, _ := open(t, writeResult(t, &none)).GetSheetIndex(sheetProposals); i >= 0 {
		t.Errorf("a result without proposals has a 规划调整建议 sheet")
	}
}

// TestProposalRoundTrip: a handling chosen in 规划调整建议 and its 理由 come
// back through report/sheet as model.Proposals of the report's year, with
// the cell; a row left as plancheck wrote it gives none.
func TestProposalRoundTrip(t *testing.T) {
	fx := loadFixture(t, 2024)
	f := open(t, writeResult(t, withProposals(fx)))
	// Indicator 7: the analyst changes the handling and says why; 12 is left
	// as proposed.
	for cell, v := range map[string]string{"J2": "建议调整统计口径", "K2": "园区企业口径与统计年鉴不一致"} {
		if err := f.SetCellValue(sheetProposals, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	ds, err := sheet.Read(bytes.NewReader(buf.Bytes()), "report-2024.xlsx", fx.p)
	if err != nil {
		t.Fatalf("reading the report back: %v", err)
	}
	want := []model.Proposal{{ID: "7", Handling: "建议调整统计口径", Reason: "园区企业口径与统计年鉴不一致", Year: 2024,
		At: model.Loc{File: "report-2024.xlsx", Sheet: sheetProposals, Cell: "J2"}}}
	if !reflect.DeepEqual(ds.Proposals, want) {
		t.Errorf("proposals read back:\n got %+v\nwant %+v", ds.Proposals, want)
	}

	// Through report/eval: the 2024 evaluation of the sample with the
	// choice proposes indicator 7 (projected 5.3 + (5.8 − 5.3)/4·5 =
	// 5.925 < 6.2) as chosen, and the report written again shows the
	// choice and its reason in the analysts' columns.
	in := *fx.ds
	in.Proposals = ds.Proposals
	res, err := eval.Evaluate(fx.p, &in, 2024)
	if err != nil {
		t.Fatal(err)
	}
	var got *eval.Proposal
	for i := range res.Proposals {
		if res.Proposals[i].Indicator == "7" {
			got = &res.Proposals[i]
		}
	}
	if got == nil || !got.Chosen || got.Handling != model.AdjustMeasure || got.Reason != "园区企业口径与统计年鉴不一致" {
		t.Fatalf("indicator 7's proposal after the choice: %+v", got)
	}
	again := open(t, writeResult(t, res))
	for _, r := range rows(t, again, sheetProposals)[1:] {
		if r[0] == "7" && (r[9] != "建议调整统计口径" || len(r) < 11 || r[10] != "园区企业口径与统计年鉴不一致") {
			t.Errorf("规划调整建议 row of indicator 7 written again: %q", r)
		}
	}
}

// TestWriteFinalStatuses: in the final year 指标评估's drop-down offers the
// final statuses (完成, 基本完成, 未完成, 数据待补, 无法评估), 规划调整建议
// shows the value itself (实际值), and 总览 counts by those statuses.
func TestWriteFinalStatuses(t *testing.T) {
	fx := loadFixture(t, 2025)
	if fx.res.Stage != model.Final {
		t.Fatalf("2025 is stage %s, want final", fx.res.Stage)
	}
	res := withProposals(fx)
	f := open(t, writeResult(t, res))
	dvs, err := f.GetDataValidations(sheetAssess)
	if err != nil || len(dvs) != 2 {
		t.Fatalf("指标评估 validations: %v, %v", dvs, err)
	}
	if want := `"完成,基本完成,未完成,数据待补,无法评估"`; dvs[0].Formula1 != want {
		t.Errorf("指标评估's drop-down = %s, want %s", dvs[0].Formula1, want)
	}
	if h := rows(t, f, sheetProposals)[0][6]; h != "实际值(2025年)" {
		t.Errorf("规划调整建议's value header = %q, want 实际值(2025年)", h)
	}
	// 指标7's value in 2025 (5.8 as the proposal states it), not its projection.
	if v := rows(t, f, sheetProposals)[1][6]; v != "5.80" {
		t.Errorf("规划调整建议 G2 = %q, want the value 5.80", v)
	}
	cfs, err := f.GetConditionalFormats(sheetAssess)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	lay := newAssessLayout(2025 - fx.p.BaseYear)
	status := colName(lay.status) + "2:" + colName(lay.status) + "27"
	for _, r := range cfs[status] {
		labels = append(labels, r.Value)
	}
	if !strings.Contains(strings.Join(labels, " "), `"基本完成"`) {
		t.Errorf("状态's conditional formats %q have no rule for 基本完成", labels)
	}
	var col []string
	for _, r := range rows(t, f, sheetSummary) {
		if len(r) > 0 {
			col = append(col, r[0])
		}
	}
	joined := strings.Join(col, " ")
	if !strings.Contains(joined, "基本完成") || strings.Contains(joined, "明显滞后") {
		t.Errorf("总览's status rows %q, want the final statuses only", col)
	}
}

// TestWriteSuperior: the requirements sheet is named after the plan's
// superior level (省级要求 for a 省级 plan), recorded among the input
// sheets, and read back as requirements.
func TestWriteSuperior(t *testing.T) {
	fx := loadFixture(t, 2024)
	p := *fx.p
	p.Superior = "省级"
	res, err := eval.Evaluate(&p, fx.ds, 2024)
	if err != nil {
		t.Fatal(err)
	}
	b := writeResult(t, res)
	f := open(t, b)
	if i, _ := f.GetSheetIndex("省级要求"); i < 0 {
		t.Fatalf("no sheet 省级要求; sheets %q", f.GetSheetList())
	}
	if i, _ := f.GetSheetIndex("市级要求"); i >= 0 {
		t.Errorf("a 省级 plan's report has a 市级要求 sheet")
	}
	// No label of plancheck's says 市级 (the sheets' data, typed by the
	// departments, may, and so may the plan's own target texts, printed as
	// the plan has them): the kinds, methods, reasons, findings and notes.
	planText := map[string]bool{}
	for _, ind := range p.Indicators {
		planText[ind.Target.Text] = true
	}
	for _, sh := range []string{"指标评估", "数据质量", "方法说明", "图表"} {
		for r, row := range rows(t, f, sh) {
			for c, v := range row {
				if strings.Contains(v, "市级") && !strings.Contains(v, "示例") && !planText[v] {
					t.Errorf("%s row %d col %d of a 省级 plan says 市级: %q", sh, r+1, c+1, v)
				}
			}
		}
	}
	ds, err := sheet.Read(bytes.NewReader(b), "report.xlsx", &p)
	if err != nil {
		t.Fatalf("reading back: %v", err)
	}
	if len(ds.Requirements) != len(fx.ds.Requirements) || len(ds.Requirements) == 0 {
		t.Errorf("read back %d requirements, want the %d written", len(ds.Requirements), len(fx.ds.Requirements))
	}
	var in bytes.Buffer
	if err := WriteInput(&in, &p, fx.ds, InputOptions{}); err != nil {
		t.Fatal(err)
	}
	g := open(t, in.Bytes())
	if i, _ := g.GetSheetIndex("省级要求"); i < 0 {
		t.Errorf("the monitoring workbook of a 省级 plan has no 省级要求; sheets %q", g.GetSheetList())
	}
}
