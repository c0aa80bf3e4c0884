package xlsx

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// TestWritePublic: the public edition's workbook is the report without
// what eval.ForEdition leaves out — no 数据质量 sheet, no count of
// findings on 总览, no cell reference on any sheet, 部门责任清单 without
// the scores and next year's duties, no comment not marked public — and
// the internal edition's is the report's, byte for byte.
func TestWritePublic(t *testing.T) {
	fx := loadFixture(t, 2024)
	fx.ds.Adjustments = []model.Adjustment{
		{ID: "7", Comment: "内部意见", Year: 2024},
		{ID: "9", Comment: "公开意见", Public: true, Year: 2024},
	}
	res, err := eval.Evaluate(fx.p, fx.ds, 2024)
	if err != nil {
		t.Fatal(err)
	}
	write := func(r *eval.Result) []byte {
		var buf bytes.Buffer
		if err := Write(&buf, r, Options{}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	internal := write(res)
	if !bytes.Equal(write(eval.ForEdition(res, model.Internal)), internal) {
		t.Error("the internal edition's workbook differs from the report's")
	}
	if len(res.Quality) == 0 {
		t.Fatal("the case has no data-quality finding: the test proves nothing")
	}

	f := open(t, write(eval.ForEdition(res, model.Public)))
	fi := open(t, internal)
	if slices.Contains(f.GetSheetList(), sheetQuality) || !slices.Contains(fi.GetSheetList(), sheetQuality) {
		t.Errorf("sheets: public %q, internal %q; want 数据质量 in the internal one only", f.GetSheetList(), fi.GetSheetList())
	}
	cellRef := regexp.MustCompile(`![A-Z]{1,3}[0-9]+`)
	for _, sh := range f.GetSheetList() {
		for _, c := range flatten(rows(t, f, sh)) {
			if cellRef.MatchString(c) {
				t.Errorf("%s has a cell reference: %q", sh, c)
			}
			for _, bad := range []string{"数据质量提示", "综合得分", "部门得分", "需报送", "内部意见"} {
				if strings.Contains(c, bad) {
					t.Errorf("%s has %s: %q", sh, bad, c)
				}
			}
		}
	}
	depts := rows(t, f, sheetDepts)
	if want := []string{"牵头部门", "牵头指标", "约束性", "重点任务", "重大项目", "重大问题"}; !slices.Equal(depts[3], want) {
		t.Errorf("部门责任清单's summary header = %q, want %q", depts[3], want)
	}
	for _, r := range depts {
		if len(r) > 0 && r[0] == "牵头部门" && len(r) > 6 && slices.Contains(r, "类型") {
			if slices.ContainsFunc(r, func(h string) bool { return strings.HasSuffix(h, "需报送") }) || len(r) != 9 {
				t.Errorf("部门责任清单's detail header = %q, want it without 需报送", r)
			}
		}
	}
	_, r9 := assessRow(t, f, "9")
	_, r7 := assessRow(t, f, "7")
	if r9["分析意见"] != "公开意见" || r9["公开"] != "是" || r7["分析意见"] != "" {
		t.Errorf("指标评估: 7's 分析意见 %q, 9's %q (公开 %q); want only the public one", r7["分析意见"], r9["分析意见"], r9["公开"])
	}
}
