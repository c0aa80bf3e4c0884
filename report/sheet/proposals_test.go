package sheet

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
	"plancheck/report/msg"
)

// proposalHeader is 规划调整建议's header as report/xlsx writes it in the
// report of 2024.
var proposalHeader = []any{"编号", "指标", "属性", "牵头部门", "单位", "现行目标", "预计值(2025年)", "差距", "拟定处理方式", "建议处理方式(2024年)", "理由(2024年)"}

// proposalBook is a report-like workbook with 规划调整建议 (heads, rows)
// and an empty 指标评估 and 指标数据, as every report has.
func proposalBook(t *testing.T, heads []any, rows ...[]any) *book {
	t.Helper()
	return assessBook(t, assessHeader).sheet(ProposalSheet).rows(ProposalSheet, "A1", append([][]any{heads}, rows...)...)
}

// TestProposals: a handling changed with a reason, or kept with one (an
// empty 建议处理方式 then keeps the proposed one), is a Proposal as typed,
// of the year in the headers; a row as plancheck wrote it is none.
func TestProposals(t *testing.T) {
	good := proposalBook(t, proposalHeader,
		[]any{"5", "劳动生产率", "预期性", "区发展改革委", "万元/人", 38, 37.1, 0.9, "保持目标、加大力度", "建议调整目标", "受外部环境影响"},
		[]any{"6", "研发投入强度", "预期性", "区发展改革委", "%", 11, 10.6, 0.4, "保持目标、加大力度", "保持目标、加大力度", ""},
		[]any{"4", "GDP增速", "预期性", "区发展改革委", "%", 6, 5.1, 0.9, "建议调整目标", "", "增速目标偏高"},
		[]any{"25a", "食品安全抽检合格率", "约束性", "区市场监管局", "%", "达到市级要求", nil, nil, "保持目标、加大力度", "adjust_measure", "抽检口径变化"},
	).bytes()
	ds, err := Read(bytes.NewReader(good), "report.xlsx", testPlan())
	if err != nil {
		t.Fatal(err)
	}
	at := func(cell string) model.Loc { return model.Loc{File: "report.xlsx", Sheet: ProposalSheet, Cell: cell} }
	want := []model.Proposal{
		{ID: "5", Handling: "建议调整目标", Reason: "受外部环境影响", Year: 2024, At: at("J2")},
		{ID: "4", Handling: "建议调整目标", Reason: "增速目标偏高", Year: 2024, At: at("J4")},
		{ID: "25a", Handling: "adjust_measure", Reason: "抽检口径变化", Year: 2024, At: at("J5")},
	}
	if !reflect.DeepEqual(ds.Proposals, want) {
		t.Errorf("proposals = %+v\nwant %+v", ds.Proposals, want)
	}

	bad := proposalBook(t, proposalHeader,
		[]any{"5", "劳动生产率", "预期性", "区发展改革委", "万元/人", 38, 37.1, 0.9, "保持目标、加大力度", "放弃目标", "理由"},
		[]any{"6", "研发投入强度", "预期性", "区发展改革委", "%", 11, 10.6, 0.4, "保持目标、加大力度", "建议调整目标", ""},
		[]any{"99", "不存在", "", "", "", nil, nil, nil, "", "建议调整目标", "理由"},
		[]any{"4", "GDP增速", "预期性", "区发展改革委", "%", 6, 5.1, 0.9, "", "", "没有处理方式的理由"},
	).bytes()
	_, err = Read(bytes.NewReader(bad), "report.xlsx", testPlan())
	for _, msg := range []string{
		`report.xlsx: 规划调整建议!J2: 建议处理方式 "放弃目标" is not a handling for indicator "5" (劳动生产率); write one of "保持目标、加大力度", "建议调整目标" or "建议调整统计口径"`,
		`report.xlsx: 规划调整建议!J3: 建议处理方式 "建议调整目标" for indicator "6" (全社会研究与试验发展经费支出占地区生产总值的比重) changes plancheck's proposal "保持目标、加大力度" but has no 理由; write the reason in K3`,
		`report.xlsx: 规划调整建议!A4: unknown indicator "99"`,
		`report.xlsx: 规划调整建议!J5: 理由 without a 建议处理方式 for indicator "4"`,
	} {
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("error = %v\nwant %q", err, msg)
		}
	}
	// In Chinese, plancheck's own proposal is named in Chinese too.
	restore := msg.Switch(msg.ZH)
	_, err = Read(bytes.NewReader(bad), "report.xlsx", testPlan())
	restore()
	if err == nil || !strings.Contains(err.Error(), `改变了plancheck 的建议 "保持目标、加大力度"`) || strings.Contains(err.Error(), "proposal") {
		t.Errorf("the Chinese error names plancheck's proposal in English:\n%v", err)
	}
}

// TestProposalYear: the proposals carry the report's year, from its custom
// property (which wins over nothing, and must agree with the headers), or
// 0 when the workbook records none; the caller drops another year's.
func TestProposalYear(t *testing.T) {
	row := []any{"5", "劳动生产率", "预期性", "区发展改革委", "万元/人", 38, 37.1, 0.9, "保持目标、加大力度", "建议调整目标", "理由"}
	plain := append([]any(nil), proposalHeader...)
	plain[9], plain[10] = "建议处理方式", "理由"
	for _, c := range []struct {
		name  string
		heads []any
		prop  any // PropYear; nil for none
		want  int
		err   string
	}{
		{"headers", proposalHeader, nil, 2024, ""},
		{"property", plain, int32(2023), 2023, ""},
		{"neither", plain, nil, 0, ""},
		{"disagree", proposalHeader, int32(2023), 0, `规划调整建议!J1: the header "建议处理方式(2024年)" says 2024年, but the workbook's custom property PlancheckYear says 2023`},
	} {
		b := proposalBook(t, c.heads, row)
		if c.prop != nil {
			b.props(excelize.CustomProperty{Name: PropYear, Value: c.prop})
		}
		ds, err := Read(bytes.NewReader(b.bytes()), "report.xlsx", testPlan())
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error = %v, want %q", c.name, err, c.err)
			}
		case err != nil:
			t.Errorf("%s: %v", c.name, err)
		case len(ds.Proposals) != 1 || ds.Proposals[0].Year != c.want:
			t.Errorf("%s: proposals %+v, want one of year %d", c.name, ds.Proposals, c.want)
		}
	}
}

// TestRequirementSheetNames: the requirements sheet is read under the
// superior's names (省级要求, 国家要求) and 上级要求, whatever the plan's
// level, as 市级要求 is; two of them in one workbook are refused, named
// after the plan's superior.
func TestRequirementSheetNames(t *testing.T) {
	for _, name := range []string{"市级要求", "省级要求", "国家要求", "上级要求", "requirements"} {
		b := newBook(t, name).rows(name, "A1",
			[]any{"指标编号", "年份", "要求值"},
			[]any{"25a", 2021, 98},
		)
		ds := mustRead(t, b, "req.xlsx")
		checkLines(t, name, ds.Requirements, []string{`25a 2021 98 "98" @ req.xlsx: ` + name + `!C2`})
	}
	p := testPlan()
	p.Superior = "省级"
	b := newBook(t, "省级要求").rows("省级要求", "A1", []any{"指标编号", "年份", "要求值"}).
		sheet("上级要求").rows("上级要求", "A1", []any{"指标编号", "年份", "要求值"})
	_, err := Read(bytes.NewReader(b.bytes()), "req.xlsx", p)
	if want := `a second sheet for 省级要求 (the first is "省级要求")`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
	for _, c := range []struct{ file, sheet string }{{"区科委-省级要求.csv", "省级要求"}, {"上级要求.csv", "上级要求"}, {"市级要求.csv", "市级要求"}} {
		if got, msg := csvSheet(c.file); got != c.sheet || msg != "" {
			t.Errorf("csvSheet(%s) = %q, %q; want %s", c.file, got, msg, c.sheet)
		}
	}
}
