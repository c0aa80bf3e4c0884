package sheet

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the workbooks in testdata/workbooks and their .want and .golden files")

// The folder of test workbooks, shared with the command's tests, which read
// it with testdata/workbooks/plan.yaml.
const (
	goodDir = "../../testdata/workbooks/good"
	badDir  = "../../testdata/workbooks/bad"
)

// badWorkbooks are the broken workbooks of testdata/workbooks/bad, and what
// Read must say about each: every line of want is part of the message.
// -update writes the .xlsx and .want files from this table; without it the
// test reads every .xlsx of the folder, so a workbook added by hand (a
// real one a department sent) needs only its .want file.
var badWorkbooks = []struct {
	name  string
	build func(t testing.TB) []byte
	want  string
}{
	{"task-progress.xlsx", func(t testing.TB) []byte {
		return newBook(t, "重点任务").rows("重点任务", "A1",
			[]any{"任务编号", "任务名称", "年份", "进展状态", "完成比例", "进展说明"},
			[]any{"3.1.1", "加强基础前沿研究和核心技术攻关", 2023, "基本完成", 90, ""},
		).bytes()
	}, `task-progress.xlsx: 重点任务!D2: 进展状态 "基本完成" is not one of 已完成、按计划推进、滞后、未启动`},

	{"project-investment.xlsx", func(t testing.TB) []byte {
		return newBook(t, "重大项目").rows("重大项目", "A1",
			[]any{"项目编号", "项目名称", "年份", "完成投资", "形象进度", "节点完成"},
			[]any{"P01", "中关村论坛永久会址", 2023, "约十亿", "封顶", "是"},
		).bytes()
	}, `project-investment.xlsx: 重大项目!D2: "约十亿" is not a number`},

	{"not-a-number.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"5", "劳动生产率", 2021, 36.5, "万元/人"}, []any{"5", "劳动生产率", 2022, "待核实", "万元/人"}).bytes()
	}, `not-a-number.xlsx: 指标数据!D3: "待核实" is not a number (leave it empty or write 待补 if the figure is not available yet)`},

	{"thousands.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"5", "劳动生产率", 2022, "36,5", "万元/人"}).bytes()
	}, `thousands.xlsx: 指标数据!D2: "36,5" is not a number: thousands separators must group three digits, as in 8,504.6`},

	{"unit-column.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"5", "劳动生产率", 2022, 0.37, "亿元"}).bytes()
	}, `unit-column.xlsx: 指标数据!E2: unit "亿元" differs from the plan's unit "万元/人" for indicator "5" (劳动生产率); convert the value to 万元/人 and write that unit`},

	{"unit-suffix.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"5", "劳动生产率", 2022, "0.37亿元"}).bytes()
	}, `unit-suffix.xlsx: 指标数据!D2: "0.37亿元": unit "亿元" differs from the plan's unit "万元/人" for indicator "5" (劳动生产率); convert the value to 万元/人`},

	{"unit-percent.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"5", "劳动生产率", 2022, 0.37}).style("指标数据", "D2", "D2", 10, "").bytes()
	}, `unit-percent.xlsx: 指标数据!D2: "37%" is a percentage (the cell is formatted as a percentage), but the plan's unit for indicator "5" (劳动生产率) is 万元/人`},

	{"unknown-id.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"5", "劳动生产率", 2021, 36.5}, []any{"99", "数字经济增加值年均增速", 2021, 8}).bytes()
	}, `unknown-id.xlsx: 指标数据!A3: unknown indicator "99"; the plan's indicators are 4, 5, 6, 14, 20, 25a`},

	{"unknown-reference.xlsx", func(t testing.TB) []byte {
		return newBook(t, "参照数据").rows("参照数据", "A1",
			[]any{"参照编号", "参照名称", "年份", "数值"},
			[]any{"province_unemployment", "全省城镇登记失业率", 2021, 3.5},
		).bytes()
	}, `unknown-reference.xlsx: 参照数据!A2: unknown reference "province_unemployment"; the plan's references are city_unemployment`},

	{"year-range.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"5", "劳动生产率", 2019, 33.1}).bytes()
	}, `year-range.xlsx: 指标数据!C2: year 2019 is outside the plan period 2020–2025`},

	{"year-range-wide.xlsx", func(t testing.TB) []byte {
		return newBook(t, "指标数据").rows("指标数据", "A1",
			[]any{"指标编号", "指标名称", "2019年", "2020年", "2021年"},
			[]any{"5", "劳动生产率", 33.1, 34.2, 35.1},
		).bytes()
	}, `year-range-wide.xlsx: 指标数据!C1: year 2019 is outside the plan period 2020–2025`},

	{"not-a-year.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"5", "劳动生产率", "二〇二一", 35.1}).bytes()
	}, `not-a-year.xlsx: 指标数据!C2: "二〇二一" is not a year; write it as a number, such as 2021`},

	{"duplicate.xlsx", func(t testing.TB) []byte {
		return template(t,
			[]any{"5", "劳动生产率", 2021, 36.5},
			[]any{"4", "地区生产总值年均增速", 2021, 8.8},
			[]any{"5", "劳动生产率", 2021, 36.8},
		).bytes()
	}, `duplicate.xlsx: 指标数据!D4: indicator "5" (劳动生产率), 2021: "36.8" here but "36.5" at 指标数据!D2; keep one of them`},

	{"no-sheet.xlsx", func(t testing.TB) []byte {
		b := newBook(t, "Sheet1").rows("Sheet1", "A1", longHeader, []any{"5", "劳动生产率", 2021, 36.5})
		return b.sheet("数据").bytes()
	}, `no-sheet.xlsx: no sheet named 指标数据, 市级要求 or 参照数据 (or indicators, requirements, references); the workbook's sheets are "Sheet1", "数据"`},

	{"no-header.xlsx", func(t testing.TB) []byte {
		return newBook(t, "指标数据").rows("指标数据", "A1",
			[]any{"序号", "指标名称", "年份", "数值"},
			[]any{1, "劳动生产率", 2021, 36.5},
		).bytes()
	}, `no-header.xlsx: 指标数据: no header row: none of the first 10 rows has a 指标编号 column`},

	{"no-value-column.xlsx", func(t testing.TB) []byte {
		return newBook(t, "指标数据").rows("指标数据", "A1",
			[]any{"指标编号", "年份", "完成情况"},
			[]any{"5", 2021, 36.5},
		).bytes()
	}, `no-value-column.xlsx: 指标数据!A1: the header has 指标编号 and 年份 but no 数值 column`},

	{"merged-data.xlsx", func(t testing.TB) []byte {
		return template(t,
			[]any{"5", "劳动生产率", 2021, 36.5},
			[]any{"5", "劳动生产率", 2022},
		).merge("指标数据", "D2", "D3").bytes()
	}, `merged-data.xlsx: 指标数据!D2:D3: merged cells in the table; unmerge them (取消合并) and fill in every cell`},

	{"truncated.xlsx", func(t testing.TB) []byte {
		data := template(t, []any{"5", "劳动生产率", 2021, 36.5}).bytes()
		return data[:len(data)/2]
	}, `truncated.xlsx: not an Excel workbook (.xlsx): zip: not a valid zip file; save it from Excel as .xlsx`},

	{"csv-renamed.xlsx", func(t testing.TB) []byte {
		return []byte("指标编号,年份,数值\n5,2021,36.5\n")
	}, `csv-renamed.xlsx: not an Excel workbook (.xlsx): zip: not a valid zip file (it looks like a text file, such as a CSV file renamed to .xlsx); save it from Excel as .xlsx`},

	{"old-xls.xlsx", func(t testing.TB) []byte {
		// The start of an OLE compound file, as an .xls or a workbook
		// encrypted with a password begins.
		return append(append([]byte{}, oleMagic...), make([]byte, 504)...)
	}, `old-xls.xlsx: the file is an Excel 97–2003 workbook (.xls), though named .xlsx, which plancheck does not read; save it as .xlsx from Excel or WPS, or convert it to converted/old-xls.xlsx with LibreOffice: soffice --headless --convert-to xlsx --outdir converted old-xls.xlsx`},

	{"empty.xlsx", func(t testing.TB) []byte { return nil },
		`empty.xlsx: the file is empty; save the workbook from Excel as .xlsx`},

	{"yesno-word.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"14", "地表水环境质量目标完成情况", 2021, "基本完成"}).bytes()
	}, `yesno-word.xlsx: 指标数据!D2: "基本完成" is not a yes/no answer for indicator "14" (地表水环境质量目标完成情况); write one of 是/否, 完成/未完成, 已完成, 达标/未达标, 满足/不满足, 合格/不合格, yes/no, true/false, Y/N, 1/0`},

	{"yesno-number.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"14", "地表水环境质量目标完成情况", 2021, 2}).bytes()
	}, `yesno-number.xlsx: 指标数据!D2: indicator "14" (地表水环境质量目标完成情况) is yes/no: write 是 (1) or 否 (0), not "2"`},

	{"no-id.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"5", "劳动生产率", 2021, 36.5}, []any{nil, "劳动生产率", 2022, 37.1}).bytes()
	}, `no-id.xlsx: 指标数据!A3: no 指标编号, but the row has a value in D3; write the id or delete the row`},

	{"formula-no-value.xlsx", func(t testing.TB) []byte {
		// A formula with no saved value (as a program writes it) that
		// excelize cannot calculate.
		return template(t, []any{"5", "劳动生产率", 2021, 0}).
			patched(`<c r="D2"><v>0</v></c>`, `<c r="D2"><f>WEBSERVICE("http://example.com/v")</f></c>`)
	}, `formula-no-value.xlsx: 指标数据!D2: the formula =WEBSERVICE("http://example.com/v") has no saved value and cannot be calculated here`},

	{"error-value.xlsx", func(t testing.TB) []byte {
		return template(t, []any{"4", "地区生产总值年均增速", 2021, 0}).
			patched(`<c r="D2"><v>0</v></c>`, `<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>`)
	}, `error-value.xlsx: 指标数据!D2: the cell shows the error #DIV/0!; correct the formula or type the value`},

	// What excelize would read as something else, or not survive.
	{"row-twice.xlsx", func(t testing.TB) []byte {
		return indicators(t, valueRow(2, num("C2", "36.5", ""))+valueRow(2, num("C2", "37", "")))
	}, `row-twice.xlsx: 指标数据: row 2 is written twice in the sheet's XML (two <row> elements with the same number); the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx`},

	{"string-index.xlsx", func(t testing.TB) []byte {
		return handBook(t, []handSheet{indicatorSheet(valueRow(2, `<c r="C2" t="s"><v>999</v></c>`))}, []string{"36.5", "a", "b"})
	}, `string-index.xlsx: 指标数据!C2: the cell refers to shared string 999, but the workbook has 3 (xl/sharedStrings.xml); the file is damaged — open it in Excel and save it again as .xlsx`},

	{"merges-overlap.xlsx", func(t testing.TB) []byte {
		return indicators(t, valueRow(2, num("C2", "36.5", "")), `<mergeCells><mergeCell ref="E5:F6"/><mergeCell ref="F6:G7"/></mergeCells>`)
	}, `merges-overlap.xlsx: 指标数据!E5:F6: the merged ranges E5:F6 and F6:G7 overlap; unmerge both (取消合并) and merge again without overlap`},

	{"circular.xlsx", func(t testing.TB) []byte {
		return indicators(t, valueRow(2, fx("C2", "D2", "0")+fx("D2", "C2", "0")))
	}, `circular.xlsx: 指标数据!C2: the formula =D2 is part of a circular reference (with D2), so it has no value; correct the formulas`},

	{"formula-chain.xlsx", func(t testing.TB) []byte {
		return indicators(t, chainRows(150, false))
	}, `formula-chain.xlsx: 指标数据!C2: the formula =D2+1 has no saved value and depends on a chain of 150 formulas, more than 100 (the limit); open the workbook in Excel or LibreOffice and save it again so the values are saved`},

	{"date-value.xlsx", func(t testing.TB) []byte {
		return indicators(t, valueRow(2, num("C2", "44927", "1")))
	}, `date-value.xlsx: 指标数据!C2: the cell is a date, shown as 2023/1/1, not a number; type the value as a number (and format the cell as 常规 or 数值 if Excel turned it into a date)`},

	{"date-header.xlsx", func(t testing.TB) []byte {
		return handBook(t, []handSheet{{"指标数据", "<sheetData>" + row(1, is("A1", "指标编号"), num("B1", "44927", "1"), num("C1", "2024", "")) +
			row(2, is("A2", "5"), num("B2", "35", ""), num("C2", "36", "")) + "</sheetData>"}}, nil)
	}, `date-header.xlsx: 指标数据!B1: the header is a date, shown as 2023/1/1, not a year; type the year alone, such as 2023 or 2023年, or format the cell to show only the year (yyyy)`},

	{"zip-two-entries.xlsx", func(t testing.TB) []byte {
		return handZip(t, append(handParts([]handSheet{indicatorSheet(valueRow(2, num("C2", "36.5", "")))}, nil), zpart{`xl\worksheets\sheet1.xml`, `<worksheet/>`})...)
	}, `zip-two-entries.xlsx: the zip holds two files named xl/worksheets/sheet1.xml ("xl/worksheets/sheet1.xml" and "xl\\worksheets\\sheet1.xml"); the file is damaged or forged — open it in Excel and save it again as .xlsx`},

	{"long-text.xlsx", func(t testing.TB) []byte {
		return indicators(t, valueRow(2, is("C2", strings.Repeat("长", 40_000))))
	}, `long-text.xlsx: 指标数据!C2: the cell holds 40000 characters, more than 32767 (Excel's limit for a cell); is this the right file?`},

	{"two-sheets.xlsx", func(t testing.TB) []byte {
		b := template(t, []any{"5", "劳动生产率", 2021, 36.5})
		return b.sheet("Indicators").rows("Indicators", "A1", []any{"id", "year", "value"}, []any{"5", 2021, 36.5}).bytes()
	}, `two-sheets.xlsx: Indicators: a second sheet for 指标数据 (the first is "指标数据"); keep one`},
}

// template is the 指标数据 sheet as report/xlsx writes it, with rows.
func template(t testing.TB, rows ...[]any) *book {
	return newBook(t, "指标数据").rows("指标数据", "A1", append([][]any{longHeader}, rows...)...)
}

func TestBadWorkbooks(t *testing.T) {
	if *update {
		for _, c := range badWorkbooks {
			write(t, filepath.Join(badDir, c.name), c.build(t))
			write(t, filepath.Join(badDir, strings.TrimSuffix(c.name, ".xlsx")+".want"), []byte(c.want+"\n"))
		}
	}
	files, err := filepath.Glob(filepath.Join(badDir, "*.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, path := range files {
		name := filepath.Base(path)
		have[name] = true
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".xlsx") + ".want")
			if err != nil {
				t.Fatalf("%v: every bad workbook needs a .want file with the message it must give", err)
			}
			_, rerr := Read(bytes.NewReader(data), name, testPlan())
			if rerr == nil {
				t.Fatalf("Read(%s): no error, want %s", name, want)
			}
			msg := rerr.Error()
			if !strings.HasPrefix(msg, name+": ") {
				t.Errorf("the message does not start with the file's name:\n%s", msg)
			}
			for _, w := range strings.Split(strings.TrimSpace(string(want)), "\n") {
				if !strings.Contains(msg, w) {
					t.Errorf("Read(%s):\n%s\nwant it to contain\n%s", name, msg, w)
				}
			}
		})
	}
	for _, c := range badWorkbooks {
		if !have[c.name] {
			t.Errorf("%s is missing from %s; run go test ./report/sheet -run TestBadWorkbooks -update", c.name, badDir)
		}
	}
}

// goodWorkbooks are the workbooks of testdata/workbooks/good. Their
// .golden files list what Read reads from them, one observation a line;
// -update rewrites both from this table.
var goodWorkbooks = []struct {
	name  string
	build func(t testing.TB) []byte
}{
	{"kw-2023.xlsx", func(t testing.TB) []byte {
		b := template(t,
			[]any{"4", "地区生产总值年均增速", 2021, 8.8, "%", "区统计局:2021年统计公报", "区发展改革委", nil},
			[]any{"4", "地区生产总值年均增速", 2022, "6.1%", "%", "区统计局:2022年统计公报", "区发展改革委", nil},
			[]any{"5", "劳动生产率", 2021, 36.5, "万元/人", "区统计局", "区发展改革委", nil},
			[]any{"5", "劳动生产率", 2022, "约37", "万元/人", "区统计局", "区发展改革委", "初步核算"},
			[]any{"5", "劳动生产率", 2023, "待补", "万元/人", nil, "区发展改革委", nil},
			[]any{"6", "全社会研究与试验发展经费支出占地区生产总值的比重", 2021, "１０．５", "%", "示例", "区发展改革委", nil},
			[]any{"14", "地表水环境质量目标完成情况", 2021, "完成", nil, "区生态环境局", "区生态环境局", nil},
			[]any{"14", "地表水环境质量目标完成情况", 2022, "未完成", nil, "区生态环境局", "区生态环境局", nil},
			[]any{"20", "城镇登记失业率", 2021, 3.1, "%", "区人力社保局", "区人力资源社会保障局", nil},
			[]any{"25a", "食品安全抽检合格率", 2021, 0.985, "%", "区市场监管局", "区市场监管局", "百分比格式"},
		).style("指标数据", "D11", "D11", 10, "")
		b.sheet("市级要求").rows("市级要求", "A1",
			[]any{"指标编号", "指标名称", "年份", "要求值", "数据来源", "备注"},
			[]any{"25a", "食品安全抽检合格率", 2021, 98, "市市场监管局", nil},
			[]any{"25a", "食品安全抽检合格率", 2022, 98, "市市场监管局", nil},
		)
		b.sheet("参照数据").rows("参照数据", "A1",
			[]any{"参照编号", "参照名称", "年份", "数值", "数据来源", "备注"},
			[]any{"city_unemployment", "全市城镇登记失业率", 2021, 3.2, "市统计局", nil},
			[]any{"city_unemployment", "全市城镇登记失业率", 2022, 4.7, "市统计局", nil},
		)
		b.sheet("填报说明").set("填报说明", "A1", "本工作簿供测试使用。")
		return b.bytes()
	}},
	{"libreoffice-deleted-row.xlsx", func(t testing.TB) []byte {
		// LibreOffice, after a row is deleted, writes an empty last row.
		return template(t, []any{"5", "劳动生产率", 2021, 36.5, "万元/人"}, []any{"5", "劳动生产率", 2022, 37.1, "万元/人"}).
			patched(`</sheetData>`, `<row r="1048576" s="1" customFormat="true" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A1048576" s="1"/></row></sheetData>`)
	}},
	{"wide.xlsx", func(t testing.TB) []byte {
		const s = "指标数据"
		return newBook(t, s).
			rows(s, "A1",
				[]any{"测试区“十四五”规划主要指标监测表"},
				[]any{"序号", "指标编号", "指标名称", "单位", "年度数据", nil, nil, "数据来源"},
				[]any{nil, nil, nil, nil, 2021, "2022年", "2023年", nil},
				[]any{1, "4", "地区生产总值年均增速", "%", 8.8, 6.1, nil, "区统计局"},
				[]any{2, "5", "劳动生产率", "万元/人", 35.1, "36.2", "待补", "区统计局"},
				[]any{3, "14", "地表水环境质量目标完成情况", nil, "是", "是", "否", "区生态环境局"},
				[]any{4, "25A", "食品安全抽检合格率", "%", 0.981, 0.983, nil, "区市场监管局"},
			).
			merge(s, "A1", "H1").
			merge(s, "A2", "A3").merge(s, "B2", "B3").merge(s, "C2", "C3").merge(s, "D2", "D3").
			merge(s, "E2", "G2").merge(s, "H2", "H3").
			style(s, "E7", "F7", 0, "0.0%").
			bytes()
	}},
}

func TestGoodWorkbooks(t *testing.T) {
	for _, c := range goodWorkbooks {
		path := filepath.Join(goodDir, c.name)
		golden := strings.TrimSuffix(path, ".xlsx") + ".golden"
		if *update {
			write(t, path, c.build(t))
		}
		t.Run(c.name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v; run go test ./report/sheet -update", err)
			}
			ds, err := Read(bytes.NewReader(data), c.name, testPlan())
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, part := range []struct {
				sheet string
				obs   []string
			}{{"values", lines(ds.Values)}, {"requirements", lines(ds.Requirements)}, {"references", lines(ds.References)}} {
				for _, l := range part.obs {
					fmt.Fprintf(&b, "%s: %s\n", part.sheet, l)
				}
			}
			if *update {
				write(t, golden, []byte(b.String()))
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if b.String() != string(want) {
				t.Errorf("Read(%s):\n%s\nwant (%s)\n%s", c.name, b.String(), golden, want)
			}
		})
	}
}

func write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
