package sheet

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
)

// line prints an observation in one line, for comparing.
func line(o model.Observation) string {
	s := fmt.Sprintf("%s %d %v", o.ID, o.Year, o.Value)
	if o.Approx {
		s += " approx"
	}
	s += fmt.Sprintf(" %q", o.Text)
	for _, f := range []struct{ k, v string }{{"source", o.Source}, {"reporter", o.Reporter}, {"note", o.Note}} {
		if f.v != "" {
			s += fmt.Sprintf(" %s=%q", f.k, f.v)
		}
	}
	return s + " @ " + o.At.String()
}

func lines(obs []model.Observation) []string {
	out := make([]string, len(obs))
	for i, o := range obs {
		out[i] = line(o)
	}
	return out
}

func checkLines(t *testing.T, what string, got []model.Observation, want []string) {
	t.Helper()
	g := lines(got)
	if strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot\n\t%s\nwant\n\t%s", what, strings.Join(g, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func mustRead(t *testing.T, b *book, name string) *model.Dataset {
	t.Helper()
	ds, err := b.read(name)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return ds
}

func TestReadLongForm(t *testing.T) {
	b := newBook(t, "指标数据").rows("指标数据", "A1",
		longHeader,
		[]any{"4", "地区生产总值年均增速", 2021, 8.8, "%", "统计公报", "区统计局", nil},
		[]any{4, "地区生产总值年均增速", "2022年", "6.1%", "％", "统计公报", nil, nil},
		[]any{"5", "劳动生产率", 2021, "36.5", "万元／人", nil, nil, "口径调整"},
		[]any{nil}, // a blank row
		[]any{"05", "劳动生产率", "２０２２", "约37", nil, nil, nil, nil},
		[]any{"5", "劳动生产率", 2023, "38万元/人左右", "万元/人", nil, nil, nil},
		[]any{"5", "劳动生产率", 2024, "待补", nil, nil, nil, nil},
		[]any{"6", nil, 2021, "６．５", nil, "示例", nil, nil},
		[]any{"6", nil, 2022, "—", nil, nil, nil, nil},
		[]any{"6", nil, 2023, nil, nil, "not a value", nil, nil}, // no value: skipped
		[]any{"14", "地表水", 2021, "完成", "-", nil, nil, nil},
		[]any{"14", "地表水", 2022, "未完成", nil, nil, nil, nil},
		[]any{"25A", nil, 2021, "98.5", nil, nil, nil, nil},
		[]any{"20", nil, 2021, "4.1%以下", nil, nil, nil, "上限"},
		[]any{"5", "劳动生产率", 2021, 36.5, nil, nil, nil, "重复, 同值"}, // the same value again: kept once
	)
	ds := mustRead(t, b, "kw-2023.xlsx")
	checkLines(t, "values", ds.Values, []string{
		`4 2021 8.8 "8.8" source="统计公报" reporter="区统计局" @ kw-2023.xlsx: 指标数据!D2`,
		`4 2022 6.1 "6.1%" source="统计公报" @ kw-2023.xlsx: 指标数据!D3`,
		`5 2021 36.5 "36.5" note="口径调整" @ kw-2023.xlsx: 指标数据!D4`,
		`5 2022 37 approx "约37" @ kw-2023.xlsx: 指标数据!D6`,
		`5 2023 38 approx "38万元/人左右" @ kw-2023.xlsx: 指标数据!D7`,
		`6 2021 6.5 "６．５" source="示例" @ kw-2023.xlsx: 指标数据!D9`,
		`14 2021 1 "完成" @ kw-2023.xlsx: 指标数据!D12`,
		`14 2022 0 "未完成" @ kw-2023.xlsx: 指标数据!D13`,
		`25a 2021 98.5 "98.5" @ kw-2023.xlsx: 指标数据!D14`,
		`20 2021 4.1 approx "4.1%以下" note="上限；填报为“4.1%以下”" @ kw-2023.xlsx: 指标数据!D15`,
	})
	if len(ds.Requirements)+len(ds.References) != 0 {
		t.Errorf("requirements and references: %v %v, want none", ds.Requirements, ds.References)
	}
}

func TestReadWideForm(t *testing.T) {
	b := newBook(t, "指标数据").
		rows("指标数据", "A1", []any{"测试区主要指标监测表(2021—2023年)"}).
		merge("指标数据", "A1", "H1").
		rows("指标数据", "A3",
			[]any{"序号", "指标编号", "指标名称", "单位", 2021, "2022年", " 2023 ", "数据来源"},
			[]any{1, "5", "劳动生产率", "万元/人", 35.1, "36.2", nil, "区统计局"},
			[]any{2, "6", "研发经费比重", "%", 6.1, nil, "待补", nil},
			[]any{3, "14", "地表水", nil, "是", "否", "是", "区生态环境局"},
			[]any{nil, nil, "(以下空白)", nil, nil, nil, nil, nil},
		)
	ds := mustRead(t, b, "wide.xlsx")
	checkLines(t, "values", ds.Values, []string{
		`5 2021 35.1 "35.1" source="区统计局" @ wide.xlsx: 指标数据!E4`,
		`5 2022 36.2 "36.2" source="区统计局" @ wide.xlsx: 指标数据!F4`,
		`6 2021 6.1 "6.1" @ wide.xlsx: 指标数据!E5`,
		`14 2021 1 "是" source="区生态环境局" @ wide.xlsx: 指标数据!E6`,
		`14 2022 0 "否" source="区生态环境局" @ wide.xlsx: 指标数据!F6`,
		`14 2023 1 "是" source="区生态环境局" @ wide.xlsx: 指标数据!G6`,
	})
}

func TestReadEnglishHeaders(t *testing.T) {
	b := newBook(t, "Indicators").rows("Indicators", "A1",
		[]any{"Name", " ID ", "YEAR", "Value (万元/人)", "Unit", "Source", "Reporter", "Note"},
		[]any{"劳动生产率", "5", 2021, 36.5, "万元/人", "stats", "fgw", "n"},
	)
	b.sheet("References").rows("References", "A1",
		[]any{"id", "year", "value"},
		[]any{"CITY_UNEMPLOYMENT", 2021, "3.2%"},
	)
	b.sheet("requirements").rows("requirements", "A1",
		[]any{"id", "year", "requirement"},
		[]any{"25a", 2021, 98},
	)
	ds := mustRead(t, b, "en.xlsx")
	checkLines(t, "values", ds.Values, []string{
		`5 2021 36.5 "36.5" source="stats" reporter="fgw" note="n" @ en.xlsx: Indicators!D2`,
	})
	checkLines(t, "references", ds.References, []string{
		`city_unemployment 2021 3.2 "3.2%" @ en.xlsx: References!C2`,
	})
	checkLines(t, "requirements", ds.Requirements, []string{
		`25a 2021 98 "98" @ en.xlsx: requirements!C2`,
	})
}

func TestReadRequirementsAndReferences(t *testing.T) {
	b := newBook(t, "填报说明").set("填报说明", "A1", "请按表头填写")
	b.sheet("市级要求").rows("市级要求", "A1",
		[]any{"指标编号", "指标名称", "年份", "要求值", "数据来源", "备注"},
		[]any{"25a", "食品安全抽检合格率", 2021, 98, "市市场监管局", nil},
		[]any{"25a", "食品安全抽检合格率", 2022, "98.5%", nil, "市级下达"},
	)
	b.sheet("参照数据").rows("参照数据", "A1",
		[]any{"参照编号", "参照名称", "年份", "数值", "数据来源", "备注"},
		[]any{"city_unemployment", "全市城镇登记失业率", 2021, 3.2, "市统计局", nil},
	)
	ds := mustRead(t, b, "req.xlsx")
	if len(ds.Values) != 0 {
		t.Errorf("values: %v, want none (no 指标数据 sheet)", ds.Values)
	}
	checkLines(t, "requirements", ds.Requirements, []string{
		`25a 2021 98 "98" source="市市场监管局" @ req.xlsx: 市级要求!D2`,
		`25a 2022 98.5 "98.5%" note="市级下达" @ req.xlsx: 市级要求!D3`,
	})
	checkLines(t, "references", ds.References, []string{
		`city_unemployment 2021 3.2 "3.2" source="市统计局" @ req.xlsx: 参照数据!D2`,
	})
}

func TestReadTitleRows(t *testing.T) {
	b := newBook(t, "指标数据").rows("指标数据", "A1",
		[]any{"测试区“十四五”规划主要指标监测数据"},
		[]any{"填报单位:区发展改革委", nil, "填报日期:2024年3月"},
		[]any{},
		[]any{" 指标 编号 ", "年 份", "数值（万元/人）"},
		[]any{"5", 2021, 36.5},
	)
	ds := mustRead(t, b, "title.xlsx")
	checkLines(t, "values", ds.Values, []string{`5 2021 36.5 "36.5" @ title.xlsx: 指标数据!C5`})
}

func TestReadMergedHeader(t *testing.T) {
	// A two-row header: 指标编号 and 指标名称 merged down over both rows,
	// 年度数据 merged across the year columns of the second row, and
	// 数据来源 merged over two columns and two rows.
	const s = "指标数据"
	b := newBook(t, s).
		rows(s, "A1",
			[]any{"指标编号", "指标名称", "年度数据", nil, nil, "数据来源", nil},
			[]any{nil, nil, "2021", "2022", "2023", nil, nil},
			[]any{"5", "劳动生产率", 35.1, 36.2, nil, "统计局", nil},
		).
		merge(s, "A1", "A2").merge(s, "B1", "B2").merge(s, "C1", "E1").merge(s, "F1", "G2")
	ds := mustRead(t, b, "merged.xlsx")
	checkLines(t, "values", ds.Values, []string{
		`5 2021 35.1 "35.1" source="统计局" @ merged.xlsx: 指标数据!C3`,
		`5 2022 36.2 "36.2" source="统计局" @ merged.xlsx: 指标数据!D3`,
	})

	// A merge below the header in a column that is not read is harmless.
	b = newBook(t, s).rows(s, "A1",
		[]any{"类别", "指标编号", "年份", "数值"},
		[]any{"经济发展", "4", 2021, 8.8},
		[]any{nil, "5", 2021, 36.5},
	).merge(s, "A2", "A3")
	ds = mustRead(t, b, "category.xlsx")
	checkLines(t, "values", ds.Values, []string{
		`4 2021 8.8 "8.8" @ category.xlsx: 指标数据!D2`,
		`5 2021 36.5 "36.5" @ category.xlsx: 指标数据!D3`,
	})
}

func TestReadFormulas(t *testing.T) {
	const s = "指标数据"
	b := newBook(t, s).rows(s, "A1",
		[]any{"指标编号", "年份", "数值"},
		[]any{"5", 2021, 0},
		[]any{"5", 2022, 0},
		[]any{"4", 2021, 0},
		[]any{"6", 2021, 0},
		[]any{"4", 2022, 0},
		[]any{"25a", 2021, 0},
		[]any{"6", 2022, nil},
	).formula(s, "C8", "5+1.5") // as excelize writes it: no saved value
	pct := 0
	b.style(s, "C7", "C7", 10, "")
	if st, err := b.f.GetCellStyle(s, "C7"); err == nil {
		pct = st
	}
	data := b.patched(
		// Saved values, as Excel writes them: the saved value is read, not
		// the formula's (300).
		`<c r="C2"><v>0</v></c>`, `<c r="C2"><f>100*3</f><v>37.5</v></c>`,
		`<c r="C4"><v>0</v></c>`, `<c r="C4" t="str"><f>"6.1"&amp;"%"</f><v>6.1%</v></c>`,
		fmt.Sprintf(`<c r="C7" s="%d"><v>0</v></c>`, pct), fmt.Sprintf(`<c r="C7" s="%d"><f>0.05+0.009</f><v>0.059</v></c>`, pct),
		// Saved empty text: nothing to read (calculated, and empty).
		`<c r="C5"><v>0</v></c>`, `<c r="C5" t="str"><f>IF(1&gt;2,1,"")</f><v></v></c>`,
		// No saved value, as programs write them: calculated.
		`<c r="C3"><v>0</v></c>`, `<c r="C3"><f>30+7.5</f></c>`,
		`<c r="C6"><v>0</v></c>`, `<c r="C6" t="str"><f>6+0.2</f></c>`,
	)
	ds, err := Read(bytes.NewReader(data), "formula.xlsx", testPlan())
	if err != nil {
		t.Fatal(err)
	}
	checkLines(t, "values", ds.Values, []string{
		`5 2021 37.5 "37.5" @ formula.xlsx: 指标数据!C2`,
		`5 2022 37.5 "37.5" @ formula.xlsx: 指标数据!C3`,
		`4 2021 6.1 "6.1%" @ formula.xlsx: 指标数据!C4`,
		`4 2022 6.2 "6.2" @ formula.xlsx: 指标数据!C6`,
		`25a 2021 5.9 "5.9%" @ formula.xlsx: 指标数据!C7`,
		`6 2022 6.5 "6.5" @ formula.xlsx: 指标数据!C8`,
	})
}

func TestReadPercentFormat(t *testing.T) {
	const s = "指标数据"
	b := newBook(t, s).rows(s, "A1",
		[]any{"指标编号", "年份", "数值"},
		[]any{"4", 2021, 0.059},  // built-in 10, 0.00%: 5.90% shown, 5.9 meant
		[]any{"4", 2022, 0.061},  // built-in 9, 0%: 6% shown, but 6.1 meant; the value is not rounded
		[]any{"6", 2021, 0.0655}, // custom 0.0%
		[]any{"6", 2022, 6.3},    // custom 0.0"%": a literal %, no scaling
		[]any{"5", 2021, 37.25},  // 0.0 shows 37.3; 37.25 is read
		[]any{"25a", 2021, -0.035},
	).
		style(s, "C2", "C2", 10, "").
		style(s, "C3", "C3", 9, "").
		style(s, "C4", "C4", 0, "0.0%").
		style(s, "C5", "C5", 0, `0.0"%"`).
		style(s, "C6", "C6", 0, "0.0").
		style(s, "C7", "C7", 0, "0.0%;[Red]-0.0%")
	ds := mustRead(t, b, "pct.xlsx")
	checkLines(t, "values", ds.Values, []string{
		`4 2021 5.9 "5.9%" @ pct.xlsx: 指标数据!C2`,
		`4 2022 6.1 "6.1%" @ pct.xlsx: 指标数据!C3`,
		`6 2021 6.55 "6.55%" @ pct.xlsx: 指标数据!C4`,
		`6 2022 6.3 "6.3" @ pct.xlsx: 指标数据!C5`,
		`5 2021 37.25 "37.25" @ pct.xlsx: 指标数据!C6`,
		`25a 2021 -3.5 "-3.5%" @ pct.xlsx: 指标数据!C7`,
	})

	// A percentage for an indicator in 万元/人 is a unit mismatch.
	b = newBook(t, s).rows(s, "A1", []any{"指标编号", "年份", "数值"}, []any{"5", 2021, 0.38}).style(s, "C2", "C2", 10, "")
	_, err := b.read("pct.xlsx")
	want := `pct.xlsx: 指标数据!C2: "38%" is a percentage (the cell is formatted as a percentage), but the plan's unit for indicator "5" (劳动生产率) is 万元/人; convert the value to 万元/人`
	if err == nil || err.Error() != want {
		t.Errorf("Read: %v\nwant %s", err, want)
	}
}

func TestReadYesNo(t *testing.T) {
	const s = "指标数据"
	words := []any{"是", "否", "完成", "未完成", "已完成", "达标", "未达标", "满足", "不满足", "合格", "不合格",
		"yes", "NO", "True", "false", "Y", "n", 1, 0, true, false, "１", " 是 "}
	want := []float64{1, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1}
	for i, w := range words {
		b := newBook(t, s).rows(s, "A1", []any{"指标编号", "年份", "数值"}, []any{"14", 2021, w})
		ds, err := b.read("yn.xlsx")
		if err != nil {
			t.Errorf("%#v: %v", w, err)
			continue
		}
		if len(ds.Values) != 1 || ds.Values[0].Value != want[i] {
			t.Errorf("%#v: got %v, want %v", w, lines(ds.Values), want[i])
		}
	}
	for _, tt := range []struct {
		v    any
		want string
	}{
		{"基本完成", `yn.xlsx: 指标数据!C2: "基本完成" is not a yes/no answer for indicator "14" (地表水环境质量目标完成情况); write one of 是/否, 完成/未完成`},
		{2, `yn.xlsx: 指标数据!C2: indicator "14" (地表水环境质量目标完成情况) is yes/no: write 是 (1) or 否 (0), not "2"`},
		{"0.5", `not "0.5"`},
	} {
		b := newBook(t, s).rows(s, "A1", []any{"指标编号", "年份", "数值"}, []any{"14", 2021, tt.v})
		_, err := b.read("yn.xlsx")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%#v: error %v, want %s", tt.v, err, tt.want)
		}
	}
	// TRUE/FALSE for an indicator that takes a number.
	b := newBook(t, s).rows(s, "A1", []any{"指标编号", "年份", "数值"}, []any{"5", 2021, true})
	_, err := b.read("yn.xlsx")
	if want := `yn.xlsx: 指标数据!C2: TRUE is a yes/no (TRUE/FALSE) cell, but indicator "5" (劳动生产率) takes a number`; err == nil || err.Error() != want {
		t.Errorf("bool for a number: %v, want %s", err, want)
	}
}

// TestReadErrors checks that a workbook with several problems reports them
// all, in row order, each naming its cell, and still returns the good rows.
func TestReadErrors(t *testing.T) {
	const s = "指标数据"
	b := newBook(t, s).rows(s, "A1",
		longHeader,
		[]any{"5", nil, 2021, "待核实"},
		[]any{"5", nil, 2022, 36.5},
		[]any{"99", nil, 2022, 1},
		[]any{"5", nil, 2019, 30},
		[]any{"5", nil, "二〇二三", 37},
		[]any{nil, "劳动生产率", 2023, 37},
		[]any{"5", nil, 2024, 38, "亿元"},
		[]any{"5", nil, 2025, "38亿元"},
		[]any{"5", nil, 2022, 36.8},
		[]any{"劳动生产率", nil, 2021, 36},
		[]any{"5", nil, nil, 36},
	)
	ds, err := b.read("kw-2023.xlsx")
	want := []string{
		`kw-2023.xlsx: 指标数据!D2: "待核实" is not a number (leave it empty or write 待补 if the figure is not available yet)`,
		`kw-2023.xlsx: 指标数据!A4: unknown indicator "99"; the plan's indicators are 4, 5, 6, 14, 20, 25a`,
		`kw-2023.xlsx: 指标数据!C5: year 2019 is outside the plan period 2020–2025`,
		`kw-2023.xlsx: 指标数据!C6: "二〇二三" is not a year; write it as a number, such as 2021`,
		`kw-2023.xlsx: 指标数据!A7: no 指标编号, but the row has a value in D7; write the id or delete the row`,
		`kw-2023.xlsx: 指标数据!E8: unit "亿元" differs from the plan's unit "万元/人" for indicator "5" (劳动生产率); convert the value to 万元/人 and write that unit`,
		`kw-2023.xlsx: 指标数据!D9: "38亿元": unit "亿元" differs from the plan's unit "万元/人" for indicator "5" (劳动生产率); convert the value to 万元/人`,
		`kw-2023.xlsx: 指标数据!D10: indicator "5" (劳动生产率), 2022: "36.8" here but "36.5" at 指标数据!D3; keep one of them`,
		`kw-2023.xlsx: 指标数据!A11: unknown indicator "劳动生产率"; that is the name of indicator "5" — write its id`,
		`kw-2023.xlsx: 指标数据!C12: no 年份 for the value in D12; write the year, such as 2021`,
	}
	if err == nil {
		t.Fatal("Read: no error")
	}
	if got := err.Error(); got != strings.Join(want, "\n") {
		t.Errorf("Read:\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	var list ErrorList
	if !errors.As(err, &list) || len(list) != len(want) {
		t.Fatalf("error is %T with %d problems, want an ErrorList of %d", err, len(list), len(want))
	}
	if at := list[0].At; at != (model.Loc{File: "kw-2023.xlsx", Sheet: "指标数据", Cell: "D2"}) {
		t.Errorf("first error at %+v", at)
	}
	var one *Error
	if !errors.As(err, &one) || one != list[0] {
		t.Errorf("errors.As(*Error) = %v, want the first problem", one)
	}
	checkLines(t, "values read despite the errors", ds.Values, []string{`5 2022 36.5 "36.5" @ kw-2023.xlsx: 指标数据!D3`})
}

func TestReadLimits(t *testing.T) {
	const s = "指标数据"
	b := newBook(t, s).rows(s, "A1", []any{"指标编号", "年份", "数值"})
	for i := 2; i <= 30; i++ {
		b.rows(s, cellName(1, i), []any{"5", 2021, fmt.Sprintf("bad%d", i)})
	}
	data := b.bytes()

	_, err := Options{MaxRows: 20}.Read(bytes.NewReader(data), "big.xlsx", testPlan())
	if want := "big.xlsx: 指标数据: the sheet has more than 20 rows"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("MaxRows: %v, want %s…", err, want)
	}

	_, err = Options{MaxErrors: 5}.Read(bytes.NewReader(data), "big.xlsx", testPlan())
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 6 || !strings.HasSuffix(err.Error(), "big.xlsx: more than 5 problems; fix these and read the workbook again") {
		t.Errorf("MaxErrors: %d problems:\n%v", len(list), err)
	}

	_, err = Options{MaxFileSize: 1000}.Read(bytes.NewReader(data), "big.xlsx", testPlan())
	if want := "big.xlsx: the file is larger than 0 MiB"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("MaxFileSize: %v, want %s…", err, want)
	}

	b = newBook(t, s).rows(s, "A1", []any{"指标编号", "年份", "数值"}, []any{"5", 2021, 1}).set(s, "Z2", "x")
	_, err = Options{MaxColumns: 10}.Read(bytes.NewReader(b.bytes()), "wide.xlsx", testPlan())
	if want := "wide.xlsx: 指标数据!Z2: data beyond column 10"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("MaxColumns: %v, want %s…", err, want)
	}

	b = newBook(t, s).rows(s, "A1", []any{"指标编号", "年份", "数值"}, []any{"5", 2021, 0}, []any{"5", 2022, 0})
	data = b.patched(`<c r="C2"><v>0</v></c>`, `<c r="C2"><f>1+1</f></c>`, `<c r="C3"><v>0</v></c>`, `<c r="C3"><f>1+2</f></c>`)
	_, err = Options{MaxCalcCells: 1}.Read(bytes.NewReader(data), "calc.xlsx", testPlan())
	if want := "calc.xlsx: 指标数据!C3: the formula =1+2 has no saved value, nor have 1 others"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("MaxCalcCells: %v, want %s…", err, want)
	}
}

// TestReadHostile checks that sheets which would make excelize build
// gigabytes are refused before it does, or read without it.
func TestReadHostile(t *testing.T) {
	const s = "指标数据"
	b := newBook(t, s).rows(s, "A1", []any{"指标编号", "年份", "数值"}, []any{"5", 2021, 0})
	var rows strings.Builder
	for i := 3; i <= 1000; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="XFD%d" s="0"/></row>`, i, i)
	}
	// 998 empty cells in column XFD would be 16 million cells once
	// excelize fills the rows; they are left out, as empty.
	data := b.patched(`</row></sheetData>`, `</row>`+rows.String()+`</sheetData>`)
	if _, err := Read(bytes.NewReader(data), "wide.xlsx", testPlan()); err != nil {
		t.Errorf("empty cells far right: %v, want them ignored", err)
	}
	// With content, they are data beyond the table.
	rows.Reset()
	for i := 3; i <= 1000; i++ {
		fmt.Fprintf(&rows, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, i, i)
	}
	data = b.patched(`</row></sheetData>`, `</row>`+rows.String()+`</sheetData>`)
	_, err := Read(bytes.NewReader(data), "wide.xlsx", testPlan())
	if want := "wide.xlsx: 指标数据!XFD3: data beyond column 1000"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("cells far right: %v, want %s…", err, want)
	}
	_, err = Options{MaxColumns: excelize.MaxColumns}.Read(bytes.NewReader(data), "wide.xlsx", testPlan())
	if want := "wide.xlsx: 指标数据: the sheet spans more than 1000000 cells"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("cells far right, all columns allowed: %v, want %s…", err, want)
	}

	var merges strings.Builder
	for i := 3; i <= 60; i++ {
		fmt.Fprintf(&merges, `<mergeCell ref="E%d:F%d"/>`, i, i)
	}
	data = b.patched(`</sheetData>`, `</sheetData><mergeCells count="58">`+merges.String()+`</mergeCells>`)
	_, err = Options{MaxMerges: 50}.Read(bytes.NewReader(data), "merges.xlsx", testPlan())
	if want := "merges.xlsx: 指标数据: the sheet has more than 50 merged ranges"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("merges: %v, want %s…", err, want)
	}
	if _, err := Read(bytes.NewReader(data), "merges.xlsx", testPlan()); err != nil {
		t.Errorf("58 merges outside the table: %v", err)
	}
}

func TestReadNilPlan(t *testing.T) {
	_, err := Read(strings.NewReader("x"), "a.xlsx", nil)
	if err == nil || err.Error() != "a.xlsx: no plan to read the workbook against" {
		t.Errorf("Read with a nil plan: %v", err)
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		e    *Error
		want string
	}{
		{&Error{At: model.Loc{File: "a.xlsx", Sheet: "指标数据", Cell: "C14"}, Msg: "bad"}, "a.xlsx: 指标数据!C14: bad"},
		{&Error{At: model.Loc{File: "a.xlsx", Sheet: "指标数据"}, Msg: "bad"}, "a.xlsx: 指标数据: bad"},
		{&Error{At: model.Loc{File: "a.xlsx"}, Msg: "bad"}, "a.xlsx: bad"},
		{&Error{Msg: "bad"}, "bad"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	l := ErrorList{tests[0].e, tests[2].e}
	if got, want := l.Error(), "a.xlsx: 指标数据!C14: bad\na.xlsx: bad"; got != want {
		t.Errorf("ErrorList.Error() = %q, want %q", got, want)
	}
}

func TestSheetPaths(t *testing.T) {
	b := newBook(t, "填报说明").sheet("指标数据").sheet("Indicators")
	o := DefaultOptions
	wb, _, err := inspect(b.bytes(), &o)
	if err != nil {
		t.Fatal(err.msg)
	}
	if got, want := fmt.Sprint(wb.sheets), "[填报说明 指标数据 Indicators]"; got != want {
		t.Errorf("sheets = %s, want %s", got, want)
	}
	for _, s := range wb.sheets {
		if info := wb.sheet(s); info == nil || info.name != s || !info.usable() {
			t.Errorf("sheet %q: %+v", s, info)
		}
	}
	if _, _, err := inspect([]byte("not a zip"), &o); err == nil {
		t.Error("inspect of no zip: no error")
	}
}

func TestLooksLikeText(t *testing.T) {
	for _, tt := range []struct {
		data string
		want bool
	}{
		{"指标编号,年份,数值\r\n5,2021,36.5\n", true},
		{"\xd6\xb8\xb1\xea\xb1\xe0\xba\xc5,\xc4\xea\xb7\xdd\n", true}, // 指标编号,年份 in GBK
		{"PK\x03\x04\x14\x00", false},
		{"\x00\x01", false},
	} {
		if got := looksLikeText([]byte(tt.data)); got != tt.want {
			t.Errorf("looksLikeText(%q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}
