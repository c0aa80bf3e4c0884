package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"plancheck/report/model"
)

// csvDir holds sheets saved as CSV: csvDir/kw-2023 is the sample workbook
// good/kw-2023.xlsx sheet by sheet, each in an encoding Excel or WPS
// writes, and csvDir/bad the CSV counterparts of the bad workbooks. -update
// writes them from csvFolder and badCSV.
const csvDir = "../../testdata/workbooks/csv"

// dump prints every report of a dataset, one a line. Without the file,
// locations print as "指标数据!D2", so that a CSV file and the workbook it
// was saved from compare equal.
func dump(ds *model.Dataset, withFile bool) string {
	at := func(l model.Loc) string {
		if !withFile {
			l.File = "-"
		}
		return l.String()
	}
	var b strings.Builder
	for _, part := range []struct {
		what string
		obs  []model.Observation
	}{{"values", ds.Values}, {"requirements", ds.Requirements}, {"references", ds.References}} {
		for _, o := range part.obs {
			o.At.File = at(o.At)
			o.At.Sheet, o.At.Cell = "", ""
			fmt.Fprintf(&b, "%s: %s\n", part.what, line(o))
		}
	}
	num := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	for _, r := range ds.Tasks {
		fmt.Fprintf(&b, "tasks: %s %d %s %s %q reporter=%q @ %s\n", r.ID, r.Year, r.Progress, num(r.Share), r.Text, r.Reporter, at(r.At))
	}
	for _, r := range ds.Projects {
		reached := "-"
		if r.Reached != nil {
			reached = fmt.Sprint(*r.Reached)
		}
		fmt.Fprintf(&b, "projects: %s %d %s %q reached=%s note=%q @ %s\n", r.ID, r.Year, num(r.Investment), r.Milestone, reached, r.Note, at(r.At))
	}
	return b.String()
}

func gb18030(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// utf16 encodes s with a byte order mark, as Excel's "Unicode 文本" does.
func utf16(t testing.TB, s string, order unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func bom(s string) []byte { return append([]byte("\ufeff"), s...) }

func crlf(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }

// tabs and semis change the separator of a text without quotes.
func tabs(s string) string  { return strings.ReplaceAll(s, ",", "\t") }
func semis(s string) string { return strings.ReplaceAll(s, ",", ";") }

// The sample workbook good/kw-2023.xlsx, sheet by sheet, as CSV text.
const (
	kwValues = `指标编号,指标名称,年份,数值,单位,数据来源,填报单位,备注
4,地区生产总值年均增速,2021,8.8,%,区统计局:2021年统计公报,区发展改革委,
4,地区生产总值年均增速,2022,6.1%,%,区统计局:2022年统计公报,区发展改革委,
5,劳动生产率,2021,36.5,万元/人,区统计局,区发展改革委,
5,劳动生产率,2022,约37,万元/人,区统计局,区发展改革委,初步核算
5,劳动生产率,2023,待补,万元/人,,区发展改革委,
6,全社会研究与试验发展经费支出占地区生产总值的比重,2021,１０．５,%,示例,区发展改革委,
14,地表水环境质量目标完成情况,2021,完成,,区生态环境局,区生态环境局,
14,地表水环境质量目标完成情况,2022,未完成,,区生态环境局,区生态环境局,
20,城镇登记失业率,2021,3.1,%,区人力社保局,区人力资源社会保障局,
25a,食品安全抽检合格率,2021,98.5%,%,区市场监管局,区市场监管局,百分比格式
`
	kwRequirements = `指标编号,指标名称,年份,要求值,数据来源,备注
25a,食品安全抽检合格率,2021,98,市市场监管局,
25a,食品安全抽检合格率,2022,98,市市场监管局,
`
	kwReferences = `参照编号,参照名称,年份,数值,数据来源,备注
city_unemployment,全市城镇登记失业率,2021,3.2,市统计局,
city_unemployment,全市城镇登记失业率,2022,4.7,市统计局,
`
	kwTasks = `任务编号,任务名称,年份,进展状态,完成比例,进展说明,填报单位
3.1.1,加强基础前沿研究和核心技术攻关,2023,按计划推进,60,"一期主体完工；
二期启动",区发展改革委
`
	kwProjects = `项目编号,项目名称,年份,完成投资,形象进度,节点完成,说明,填报单位
P01,中关村论坛永久会址,2022,"10.5",主体施工,是,,区发展改革委
P01,中关村论坛永久会址,2023,9,封顶,否,"延期至""四季度""",区发展改革委
`
	// The sheet of good/wide.xlsx as Excel saves it as CSV: the merged
	// cells hold their value in their first cell, the percentages as
	// shown.
	wideValues = `测试区“十四五”规划主要指标监测表,,,,,,,
序号,指标编号,指标名称,单位,年度数据,,,数据来源
,,,,2021,2022年,2023年,
1,4,地区生产总值年均增速,%,8.8,6.1,,区统计局
2,5,劳动生产率,万元/人,35.1,36.2,待补,区统计局
3,14,地表水环境质量目标完成情况,,是,是,否,区生态环境局
4,25A,食品安全抽检合格率,%,98.1%,98.3%,,区市场监管局
`
)

// csvFolder is csvDir/kw-2023: each file in an encoding that Excel or WPS
// writes.
var csvFolder = []struct {
	name string
	data func(t testing.TB) []byte
}{
	// Excel's "CSV UTF-8 (逗号分隔)": a byte order mark and CRLF.
	{"指标数据.csv", func(t testing.TB) []byte { return bom(crlf(kwValues)) }},
	// Excel's "CSV (逗号分隔)" on a Chinese Windows: GBK, CRLF.
	{"市级要求.csv", func(t testing.TB) []byte { return gb18030(t, crlf(kwRequirements)) }},
	// Excel's "Unicode 文本" (UTF-16LE, tabs), renamed .csv.
	{"参照数据.csv", func(t testing.TB) []byte { return utf16(t, crlf(tabs(kwReferences)), unicode.LittleEndian) }},
	// UTF-8 without a byte order mark, LF, as scripts write.
	{"重点任务.csv", func(t testing.TB) []byte { return []byte(kwTasks) }},
	// GB18030, separated by semicolons.
	{"重大项目.csv", func(t testing.TB) []byte { return gb18030(t, semis(kwProjects)) }},
}

// kwTaskLines are the tasks and projects of csvDir/kw-2023.
const kwTaskLines = `tasks: 3.1.1 2023 on_schedule 60 "一期主体完工；\n二期启动" reporter="区发展改革委" @ -: 重点任务!D2
projects: P01 2022 10.5 "主体施工" reached=true note="" @ -: 重大项目!D2
projects: P01 2023 9 "封顶" reached=false note="延期至\"四季度\"" @ -: 重大项目!D3
`

// TestCSVMatchesWorkbook reads the sample workbook's sheets saved as CSV
// and checks that they give what the workbook gives, cell for cell.
func TestCSVMatchesWorkbook(t *testing.T) {
	dir := filepath.Join(csvDir, "kw-2023")
	if *update {
		for _, f := range csvFolder {
			write(t, filepath.Join(dir, f.name), f.data(t))
		}
	}
	want := readWorkbook(t, filepath.Join(goodDir, "kw-2023.xlsx")) + kwTaskLines

	var all model.Dataset
	for _, f := range csvFolder {
		data, err := os.ReadFile(filepath.Join(dir, f.name))
		if err != nil {
			t.Fatalf("%v; run go test ./report/sheet -run TestCSVMatchesWorkbook -update", err)
		}
		name := "kw-2023/" + f.name
		ds, err := ReadFile(bytes.NewReader(data), name, testPlan())
		if err != nil {
			t.Fatalf("ReadFile(%s): %v", name, err)
		}
		for _, l := range [][]model.Loc{locs(ds)} {
			for _, at := range l {
				if at.File != name {
					t.Errorf("%s: a report located in %q", name, at.File)
				}
			}
		}
		all.Values = append(all.Values, ds.Values...)
		all.Requirements = append(all.Requirements, ds.Requirements...)
		all.References = append(all.References, ds.References...)
		all.Tasks = append(all.Tasks, ds.Tasks...)
		all.Projects = append(all.Projects, ds.Projects...)
	}
	if got := dump(&all, false); got != want {
		t.Errorf("the CSV files give\n%s\nthe workbook gives\n%s", got, want)
	}

	t.Run("wide", func(t *testing.T) {
		// The two header rows, once merged, are one again (headerMerge).
		want := readWorkbook(t, filepath.Join(goodDir, "wide.xlsx"))
		ds, err := ReadCSV(strings.NewReader(wideValues), "wide-指标数据.csv", testPlan())
		if err != nil {
			t.Fatal(err)
		}
		if got := dump(ds, false); got != want {
			t.Errorf("the CSV file gives\n%s\nthe workbook gives\n%s", got, want)
		}
	})
}

func readWorkbook(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Read(bytes.NewReader(data), filepath.Base(path), testPlan())
	if err != nil {
		t.Fatal(err)
	}
	return dump(ds, false)
}

func locs(ds *model.Dataset) []model.Loc {
	var out []model.Loc
	for _, obs := range [][]model.Observation{ds.Values, ds.Requirements, ds.References} {
		for _, o := range obs {
			out = append(out, o.At)
		}
	}
	for _, r := range ds.Tasks {
		out = append(out, r.At)
	}
	for _, r := range ds.Projects {
		out = append(out, r.At)
	}
	return out
}

// TestReadCSVEncodings reads one sheet in every encoding, line ending and
// separator a department's file may come in; each gives the same values
// at the same cells.
func TestReadCSVEncodings(t *testing.T) {
	// 𠮷 (U+20BB7) is outside GBK: GB18030 writes it in four bytes.
	const text = "指标编号,指标名称,年份,数值,单位,数据来源\n" +
		"5,劳动生产率,2021,36.5,万元/人,区统计局𠮷\n" +
		"14,地表水环境质量目标完成情况,2022,是,,\n"
	const want = `values: 5 2021 36.5 "36.5" source="区统计局𠮷" @ 指标数据.csv: 指标数据!D2
values: 14 2022 1 "是" @ 指标数据.csv: 指标数据!D3
`
	quoted := func(s string) string {
		var b strings.Builder
		for _, line := range strings.SplitAfter(s, "\n") {
			if line == "" {
				continue
			}
			fields := strings.Split(strings.TrimSuffix(line, "\n"), ",")
			for i, f := range fields {
				fields[i] = `"` + f + `"`
			}
			b.WriteString(strings.Join(fields, ",") + "\n")
		}
		return b.String()
	}
	for _, c := range []struct {
		what string
		data func(t testing.TB) []byte
	}{
		{"UTF-8", func(testing.TB) []byte { return []byte(text) }},
		{"UTF-8 with a byte order mark (Excel's CSV UTF-8)", func(testing.TB) []byte { return bom(text) }},
		{"UTF-8, CRLF", func(testing.TB) []byte { return []byte(crlf(text)) }},
		{"UTF-8, CR (old Mac)", func(testing.TB) []byte { return []byte(strings.ReplaceAll(text, "\n", "\r")) }},
		{"UTF-8, no final line break", func(testing.TB) []byte { return []byte(strings.TrimSuffix(text, "\n")) }},
		{"UTF-8, empty lines at the end", func(testing.TB) []byte { return []byte(text + "\n\n,,,\n") }},
		{"UTF-8, every field quoted", func(testing.TB) []byte { return []byte(quoted(text)) }},
		{"GB18030 (Chinese Excel's CSV)", func(t testing.TB) []byte { return gb18030(t, text) }},
		{"GB18030, CRLF", func(t testing.TB) []byte { return gb18030(t, crlf(text)) }},
		{"UTF-16LE, tabs (Excel's Unicode text)", func(t testing.TB) []byte { return utf16(t, crlf(tabs(text)), unicode.LittleEndian) }},
		{"UTF-16BE, tabs", func(t testing.TB) []byte { return utf16(t, tabs(text), unicode.BigEndian) }},
		{"UTF-8, tabs", func(testing.TB) []byte { return []byte(tabs(text)) }},
		{"UTF-8, semicolons", func(testing.TB) []byte { return []byte(semis(text)) }},
		{"UTF-8, sep=; first line, which is not a row", func(testing.TB) []byte { return []byte("sep=;\r\n" + semis(text)) }},
		{"GB18030, sep=| first line", func(t testing.TB) []byte {
			return gb18030(t, "sep=|\n"+strings.ReplaceAll(text, ",", "|"))
		}},
	} {
		t.Run(c.what, func(t *testing.T) {
			ds, err := ReadCSV(bytes.NewReader(c.data(t)), "指标数据.csv", testPlan())
			if err != nil {
				t.Fatal(err)
			}
			if got := dump(ds, true); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestReadCSVCells checks how the text of a CSV file becomes cells:
// quotes, line breaks in cells, ragged rows, empty lines (which are rows,
// as Excel shows them), a header below a title.
func TestReadCSVCells(t *testing.T) {
	const head = "指标编号,指标名称,年份,数值,单位,数据来源,填报单位,备注\n"
	for _, c := range []struct {
		what, text, want string
	}{
		{"a quoted cell with a line break, a comma and quotes",
			head + "5,劳动生产率,2021,36.5,,,,\"初步核算,\n待\"\"年报\"\"更新\"\n",
			`values: 5 2021 36.5 "36.5" note="初步核算,\n待\"年报\"更新" @ 指标数据.csv: 指标数据!D2` + "\n"},
		{"a bare quote inside a cell is text",
			head + "5,劳动生产率,2021,36.5,,区统计局\"年报\",,\n",
			`values: 5 2021 36.5 "36.5" source="区统计局\"年报\"" @ 指标数据.csv: 指标数据!D2` + "\n"},
		{"text after a closing quote is kept, as Excel does",
			head + "5,劳动生产率,2021,36.5,,\"区统计局\"年报,,\n",
			`values: 5 2021 36.5 "36.5" source="区统计局年报" @ 指标数据.csv: 指标数据!D2` + "\n"},
		{"rows shorter and longer than the header",
			head + "5,劳动生产率,2021,36.5\n4,地区生产总值年均增速,2021,8.8,%,统计公报,,,,,,\n",
			`values: 5 2021 36.5 "36.5" @ 指标数据.csv: 指标数据!D2` + "\n" +
				`values: 4 2021 8.8 "8.8" source="统计公报" @ 指标数据.csv: 指标数据!D3` + "\n"},
		{"empty lines are empty rows: the value is on row 5",
			head + "\n\r\n,,,\n5,劳动生产率,2021,36.5\n",
			`values: 5 2021 36.5 "36.5" @ 指标数据.csv: 指标数据!D5` + "\n"},
		{"a title row padded with commas, a blank row, then the header on row 3",
			"劳动生产率监测表,,,,,,,\n,,,,,,,\n" + head + "5,劳动生产率,2021,36.5\n",
			`values: 5 2021 36.5 "36.5" @ 指标数据.csv: 指标数据!D4` + "\n"},
		{"spaces around a value, and a number with thousands separators in quotes",
			head + "5,劳动生产率, 2021 , 36.5 \n4,地区生产总值年均增速,2022,\"1,008.8\",%\n",
			`values: 5 2021 36.5 "36.5" @ 指标数据.csv: 指标数据!D2` + "\n" +
				`values: 4 2022 1008.8 "1,008.8" @ 指标数据.csv: 指标数据!D3` + "\n"},
		{"a formula typed as text is text, not a formula",
			head + "5,劳动生产率,2021,=36+0.5\n",
			""},
	} {
		t.Run(c.what, func(t *testing.T) {
			ds, err := ReadCSV(strings.NewReader(c.text), "指标数据.csv", testPlan())
			if c.want == "" {
				if err == nil || !strings.Contains(err.Error(), `指标数据.csv: 指标数据!D2: "=36+0.5" is not a number`) {
					t.Errorf("error %v, want =36+0.5 refused at D2", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := dump(ds, true); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

// csvTemplate is the 指标数据 sheet of the template, as CSV, with rows.
func csvTemplate(rows ...string) string {
	return "指标编号,指标名称,年份,数值,单位,数据来源,填报单位,备注\n" + strings.Join(rows, "\n") + "\n"
}

// badCSV are the files of csvDir/bad, each with the message ReadCSV must
// give. A case named like a bad workbook (not-a-number for
// not-a-number.xlsx) must give that workbook's message, the file's name
// aside; want is then "". -update writes the files from this table.
var badCSV = []struct {
	name string // the case, then the sheet: not-a-number-指标数据.csv
	data func(t testing.TB) []byte
	want string
}{
	{"not-a-number-指标数据.csv", text(csvTemplate("5,劳动生产率,2021,36.5,万元/人", "5,劳动生产率,2022,待核实,万元/人")), ""},
	{"thousands-指标数据.csv", text(csvTemplate(`5,劳动生产率,2022,"36,5",万元/人`)), ""},
	{"unit-column-指标数据.csv", text(csvTemplate("5,劳动生产率,2022,0.37,亿元")), ""},
	{"unit-suffix-指标数据.csv", text(csvTemplate("5,劳动生产率,2022,0.37亿元")), ""},
	{"unknown-id-指标数据.csv", text(csvTemplate("5,劳动生产率,2021,36.5", "99,数字经济增加值年均增速,2021,8")), ""},
	{"unknown-reference-参照数据.csv", text("参照编号,参照名称,年份,数值\nprovince_unemployment,全省城镇登记失业率,2021,3.5\n"), ""},
	{"year-range-指标数据.csv", text(csvTemplate("5,劳动生产率,2019,33.1")), ""},
	{"year-range-wide-指标数据.csv", text("指标编号,指标名称,2019年,2020年,2021年\n5,劳动生产率,33.1,34.2,35.1\n"), ""},
	{"not-a-year-指标数据.csv", text(csvTemplate("5,劳动生产率,二〇二一,35.1")), ""},
	{"duplicate-指标数据.csv", text(csvTemplate("5,劳动生产率,2021,36.5", "4,地区生产总值年均增速,2021,8.8", "5,劳动生产率,2021,36.8")), ""},
	{"no-header-指标数据.csv", text("序号,指标名称,年份,数值\n1,劳动生产率,2021,36.5\n"), ""},
	{"no-value-column-指标数据.csv", text("指标编号,年份,完成情况\n5,2021,36.5\n"), ""},
	{"yesno-word-指标数据.csv", text(csvTemplate("14,地表水环境质量目标完成情况,2021,基本完成")), ""},
	{"yesno-number-指标数据.csv", text(csvTemplate("14,地表水环境质量目标完成情况,2021,2")), ""},
	{"no-id-指标数据.csv", text(csvTemplate("5,劳动生产率,2021,36.5", ",劳动生产率,2022,37.1")), ""},
	{"error-value-指标数据.csv", text(csvTemplate("4,地区生产总值年均增速,2021,#DIV/0!")), ""},
	{"task-progress-重点任务.csv", text("任务编号,任务名称,年份,进展状态,完成比例,进展说明\n3.1.1,加强基础前沿研究和核心技术攻关,2023,基本完成,90,\n"), ""},
	{"project-investment-重大项目.csv", text("项目编号,项目名称,年份,完成投资,形象进度,节点完成\nP01,中关村论坛永久会址,2023,约十亿,封顶,是\n"), ""},

	// The workbook's message says the cell is formatted as a percentage;
	// a CSV cell has no format, the % is typed.
	{"unit-percent-指标数据.csv", text(csvTemplate("5,劳动生产率,2022,37%")),
		`unit-percent-指标数据.csv: 指标数据!D2: "37%" is a percentage, but the plan's unit for indicator "5" (劳动生产率) is 万元/人; convert the value to 万元/人`},
	{"empty-指标数据.csv", text(""),
		`empty-指标数据.csv: the file is empty; save the sheet from Excel as CSV`},
	{"gbk-bad-bytes-指标数据.csv", func(t testing.TB) []byte {
		return append(gb18030(t, "指标编号,年份,数值\n5,2021,"), 0x81, ' ', '\n')
	},
		`gbk-bad-bytes-指标数据.csv: the file is neither UTF-8 nor GB18030 (GBK) text: line 2 holds bytes that neither reads; save it from Excel as "CSV UTF-8 (逗号分隔)"`},
	{"open-quote-指标数据.csv", text(csvTemplate(`5,劳动生产率,2021,"36.5`, "4,地区生产总值年均增速,2021,8.8")),
		`open-quote-指标数据.csv: 指标数据!D2: a quote opens this cell ("36.5\n4,地区生产总值年均增速,2021,8.8\n") and is never closed, so the rest of the file would be this one cell; close the quote, or delete it`},
	{"decimal-comma-指标数据.csv", text("sep=;\n指标编号;年份;数值\n5;2021;36,500\n"),
		`decimal-comma-指标数据.csv: 指标数据!C2: "36,500" has a comma, and the file is separated by semicolons, as where the comma is the decimal mark (36,5 for 36.5): it may not be the number it looks like; write it with a decimal point and no thousands separator`},
	{"kw-2023.csv", text(csvTemplate("5,劳动生产率,2021,36.5")),
		`kw-2023.csv: the file's name does not say which sheet it holds; a CSV file holds one sheet and is named after it: 指标数据.csv, 市级要求.csv, 参照数据.csv, 重点任务.csv, 重大项目.csv (or indicators.csv, requirements.csv, references.csv, tasks.csv, projects.csv); a prefix such as 区科委-指标数据.csv is fine`},
}

func text(s string) func(testing.TB) []byte { return func(testing.TB) []byte { return []byte(s) } }

// TestBadCSV reads every file of csvDir/bad and checks its message; the
// CSV counterpart of a bad workbook must say what the workbook says.
func TestBadCSV(t *testing.T) {
	dir := filepath.Join(csvDir, "bad")
	if *update {
		for _, c := range badCSV {
			write(t, filepath.Join(dir, c.name), c.data(t))
			if c.want != "" {
				write(t, filepath.Join(dir, strings.TrimSuffix(c.name, ".csv")+".want"), []byte(c.want+"\n"))
			}
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
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
			_, rerr := ReadFile(bytes.NewReader(data), name, testPlan())
			if rerr == nil {
				t.Fatal("no error")
			}
			var want string
			if b, err := os.ReadFile(strings.TrimSuffix(path, ".csv") + ".want"); err == nil {
				want = strings.TrimSpace(string(b))
			} else {
				// The counterpart of a bad workbook: its case is the name
				// without the sheet.
				i := strings.LastIndexByte(name, '-')
				book := name[:max(i, 0)] + ".xlsx"
				b, err := os.ReadFile(filepath.Join(badDir, book))
				if err != nil {
					t.Fatalf("no .want file, and no bad workbook %s to compare with: %v", book, err)
				}
				_, werr := Read(bytes.NewReader(b), book, testPlan())
				if werr == nil {
					t.Fatalf("%s reads without an error", book)
				}
				want = strings.ReplaceAll(werr.Error(), book+": ", name+": ")
			}
			if got := rerr.Error(); got != want {
				t.Errorf("ReadFile(%s):\n%s\nwant\n%s", name, got, want)
			}
		})
	}
	for _, c := range badCSV {
		if !have[c.name] {
			t.Errorf("%s is missing from %s; run go test ./report/sheet -run TestBadCSV -update", c.name, dir)
		}
	}
}

// TestReadCSVRefused checks the files ReadCSV refuses as a whole, each
// with its message.
func TestReadCSVRefused(t *testing.T) {
	long := strings.Repeat("长", 40_000)
	for _, c := range []struct {
		what string
		o    Options
		name string
		data []byte
		want string
	}{
		{"a file larger than MaxFileSize", Options{MaxFileSize: 1 << 20}, "指标数据.csv", bytes.Repeat([]byte("5,"), 1<<19+1),
			"指标数据.csv: the file is larger than 1 MiB; a monitoring sheet is far smaller — is this the right file?"},
		{"commas and line breaks only", Options{}, "指标数据.csv", []byte(",,,\r\n\n,\n"),
			"指标数据.csv: the file holds no cells; save the sheet from Excel as CSV"},
		{"UTF-32", Options{}, "指标数据.csv", []byte{0xff, 0xfe, 0, 0, '5', 0, 0, 0},
			`指标数据.csv: the file is UTF-32 text, which plancheck does not read; save it from Excel as "CSV UTF-8 (逗号分隔)"`},
		{"UTF-16 without a byte order mark", Options{}, "指标数据.csv", []byte("5\x00,\x002\x000\x002\x001\x00\n\x00"),
			`指标数据.csv: the file holds NUL bytes between its characters, as UTF-16 text without a byte order mark does; save it from Excel as "CSV UTF-8 (逗号分隔)"`},
		{"UTF-16 cut short", Options{}, "指标数据.csv", []byte{0xff, 0xfe, '5', 0, ','},
			`指标数据.csv: the file is UTF-16 text cut short (an odd number of bytes); save it from Excel as "CSV UTF-8 (逗号分隔)"`},
		{"UTF-16 with a lone surrogate", Options{}, "指标数据.csv", []byte{0xff, 0xfe, '5', 0, '\n', 0, 0x00, 0xd8, '\n', 0},
			`指标数据.csv: the file starts as UTF-16 text (Excel's Unicode text), but line 2 is not valid UTF-16; save it from Excel as "CSV UTF-8 (逗号分隔)"`},
		{"a binary file", Options{}, "指标数据.csv", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 1, 2},
			"指标数据.csv: not a text file (it holds NUL bytes); save the sheet from Excel as CSV"},
		{"a byte order mark, then bytes that are not UTF-8", Options{}, "指标数据.csv", append(bom("指标编号,年份,数值\n5,2021,"), 0xff, '\n'),
			`指标数据.csv: the file starts as UTF-8 text, but line 2 is not UTF-8 (byte 0xFF); save it from Excel as "CSV UTF-8 (逗号分隔)"`},
		{"UTF-8 with one stray Latin-1 byte", Options{}, "指标数据.csv", []byte("指标编号,指标名称,年份,数值\n5,劳动生产率,2021,36.5\n5,劳动生产率,2022,37\xe9\n"),
			`指标数据.csv: the file is UTF-8 text, but line 3 is not UTF-8 (byte 0xE9), as in a file cut short or joined from two; save it from Excel as "CSV UTF-8 (逗号分隔)"`},
		{"a control character", Options{}, "指标数据.csv", []byte(csvTemplate("5,劳动生产率,2021,36\x015")),
			`指标数据.csv: 指标数据!D2: the cell holds the control character U+0001, which a sheet cannot hold; delete it ("36\x015")`},
		{"a cell longer than Excel's 32,767 characters", Options{}, "指标数据.csv", []byte(csvTemplate("5,劳动生产率,2021,36.5,,,," + long)),
			`指标数据.csv: 指标数据!H2: the cell holds 40000 characters, more than the 32767 a cell can hold (Excel's limit); is a quote left open before it? (it begins "` + strings.Repeat("长", 40) + `…")`},
		{"data beyond MaxColumns", Options{MaxColumns: 6}, "指标数据.csv", []byte("指标编号,年份,数值\n5,2021,36.5,,,,x\n"),
			"指标数据.csv: 指标数据!G2: data beyond column 6; the table is far narrower — delete what is to its right"},
		{"more rows with data than MaxRows", Options{MaxRows: 3}, "指标数据.csv", []byte(csvTemplate("5,,2021,1", "", "5,,2022,2", "5,,2023,3")),
			"指标数据.csv: the file has more than 3 rows with data; a monitoring sheet has one row per indicator and year — is this the right file?"},
		{"more cells than MaxCells", Options{MaxCells: 20}, "指标数据.csv", []byte(csvTemplate("5,,2021,1,,,,x", "5,,2022,2,,,,x")),
			"指标数据.csv: the file spans more than 20 cells (rows × columns); a monitoring sheet is far smaller — is this the right file?"},
		{"a cell below Excel's last row", Options{}, "指标数据.csv", append(bytes.Repeat([]byte{'\n'}, 1<<20), "5,2021,1\n"...),
			"指标数据.csv: the file has more than 1048576 rows, the most a sheet can hold; a monitoring sheet is far smaller — is this the right file?"},
		{"two sheets in the name", Options{}, "指标数据-市级要求.csv", []byte(csvTemplate("5,劳动生产率,2021,36.5")),
			"指标数据-市级要求.csv: the file's name names two sheets, 指标数据 and 市级要求; a CSV file holds one sheet: name it after that one"},
		{"the analysts' sheet", Options{}, "指标评估.csv", []byte("编号,状态调整\n"),
			"指标评估.csv: the 指标评估 sheet is read from plancheck's Excel report (.xlsx) only, which records the year it was written for; give that workbook instead"},
	} {
		t.Run(c.what, func(t *testing.T) {
			ds, err := c.o.ReadCSV(bytes.NewReader(c.data), c.name, testPlan())
			if ds != nil {
				t.Errorf("a dataset, want none")
			}
			if err == nil || err.Error() != c.want {
				t.Errorf("error\n%v\nwant\n%s", err, c.want)
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Errorf("error %T, want an ErrorList", err)
			}
		})
	}
	t.Run("no plan", func(t *testing.T) {
		_, err := ReadCSV(strings.NewReader("指标编号\n"), "指标数据.csv", nil)
		if err == nil || err.Error() != "指标数据.csv: no plan to read the file against" {
			t.Errorf("error %v", err)
		}
	})
	t.Run("many control characters stop at MaxErrors", func(t *testing.T) {
		rows := make([]string, 10)
		for i := range rows {
			rows[i] = "5,劳动生产率,2021,\x02"
		}
		_, err := Options{MaxErrors: 3}.ReadCSV(strings.NewReader(csvTemplate(rows...)), "指标数据.csv", testPlan())
		var list ErrorList
		if !errors.As(err, &list) || len(list) != 4 || list[3].Error() != "指标数据.csv: more than 3 problems; fix these and read the file again" {
			t.Errorf("error\n%v\nwant 3 problems and the line saying there are more", err)
		}
	})
}

// TestCSVSheet checks which sheet a file's name says it holds.
func TestCSVSheet(t *testing.T) {
	for _, c := range []struct{ name, sheet string }{
		{"指标数据.csv", "指标数据"},
		{"市级要求.csv", "市级要求"},
		{"参照数据.txt", "参照数据"},
		{"重点任务.tsv", "重点任务"},
		{"重大项目.CSV", "重大项目"},
		{"data/区科委-指标数据.csv", "指标数据"},
		{`C:\填报\区科委 市级要求.csv`, "市级要求"},
		{"区科委指标数据2023.csv", "指标数据"},
		{"Indicators.csv", "指标数据"},
		{"kw-2023-references.csv", "参照数据"},
		{"kw_requirements_2023.csv", "市级要求"},
		{"ＴＡＳＫＳ.csv", "重点任务"}, // full-width, folded
		{"projects", "重大项目"},
		{"指标 数据.csv", "指标数据"}, // spaces are folded away
		{"kw-2023.csv", ""},
		{"kwindicators.csv", ""}, // the English name as part of a word
		{"indicators2023.csv", ""},
		{"说明.csv", ""},
		{"指标数据-市级要求.csv", ""},
		{"指标评估.csv", ""},
	} {
		sheet, msg := csvSheet(c.name)
		if sheet != c.sheet || (sheet == "") == (msg == "") {
			t.Errorf("csvSheet(%q) = %q, %q; want %q", c.name, sheet, msg, c.sheet)
		}
	}
}

// TestCSVDelimiter checks the separator found from the header row.
func TestCSVDelimiter(t *testing.T) {
	for _, c := range []struct {
		text string
		want byte
	}{
		{"指标编号,年份,数值\n5,2021,1\n", ','},
		{"指标编号\t年份\t数值\n5\t2021\t1,008.5\n5\t2022\t\"1,009\"\n", '\t'},
		{"指标编号;年份;数值\n5;2021;1,5\n", ';'},
		{"监测表，2023年;;\n说明, 见附件;;\n指标编号;年份;数值\n", ';'},      // commas above the header do not count
		{"\"指标编号\"\t\"数值(万元,%)\"\n", '\t'},                 // nor a comma inside a header
		{"id|year|value\n", ','},                           // none of the three: comma, and the sheet reader finds no header
		{"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n指标编号\t年份\n", ','}, // the header must be among the first ten rows
		{"任务编号\t年份\t进展状态\n", '\t'},
		{"ID;Year;Value\n", ';'},
	} {
		if got := csvDelimiter(c.text); got != c.want {
			t.Errorf("csvDelimiter(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestCSVScanner checks the splitting of text into records against
// records written out.
func TestCSVScanner(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // each record's non-empty fields as col=text, | between records
	}{
		{"a,b\n", []string{"1=a 2=b"}},
		{"a,b", []string{"1=a 2=b"}},
		{"a,,c\r\n\r\n,b\r", []string{"1=a 3=c", "", "2=b"}},
		{`"a,b","c""d",e"f`, []string{`1=a,b 2=c"d 3=e"f`}},
		{"\"a\nb\",c\nd", []string{"1=a\nb 2=c", "1=d"}},
		{`"a"b,c`, []string{"1=ab 2=c"}},
		{`"",x`, []string{"2=x"}},
		{"\n\n", []string{"", ""}},
		{",\n", []string{""}},
		{` "a",b`, []string{`1= "a" 2=b`}},
	} {
		sc := csvScanner{s: c.text, delim: ','}
		var got []string
		for {
			var fields []string
			more, err := sc.record(func(col int, f string) bool {
				fields = append(fields, fmt.Sprintf("%d=%s", col, f))
				return true
			})
			if err != nil {
				t.Fatalf("%q: %v", c.text, err)
			}
			if !more {
				break
			}
			got = append(got, strings.Join(fields, " "))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: records %q, want %q", c.text, got, c.want)
		}
	}
}

// TestReadCSVLarge refuses a file of one row more than MaxRows, within
// the 2 s a refusal may take.
func TestReadCSVLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("a large file")
	}
	var b strings.Builder
	b.WriteString("指标编号,年份,数值,备注\n")
	for i := 1; i < DefaultOptions.MaxRows; i++ {
		b.WriteString("5,2021,36.5,x\n")
	}
	b.WriteString("5,2021,36.5,x\n")
	start := time.Now()
	_, err := ReadCSV(strings.NewReader(b.String()), "指标数据.csv", testPlan())
	want := fmt.Sprintf("指标数据.csv: the file has more than %d rows with data", DefaultOptions.MaxRows)
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %.300v, want %s", err, want)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("took %v to refuse", took)
	}
}

// FuzzReadCSV reads any bytes as a CSV file, and as a file of other
// names through ReadFile, and checks what any answer must satisfy: no
// panic, an ErrorList naming the file, observations the plan knows at a
// cell. Text that encoding/csv reads strictly must split into the same
// records.
func FuzzReadCSV(f *testing.F) {
	for _, c := range csvFolder {
		f.Add(c.data(f))
	}
	for _, c := range badCSV {
		f.Add(c.data(f))
	}
	for _, s := range []string{wideValues, "sep=;\n指标编号;年份;数值\n5;2021;1\n", "\"a\n\"\"b\"\"\",c\r\nd", "\xff\xfe5\x00"} {
		f.Add([]byte(s))
	}
	catchPanics = false
	f.Cleanup(func() { catchPanics = true })
	p := testPlan()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"指标数据.csv", "区科委-参照数据.txt", "重点任务.csv", "kw.xls", "kw"} {
			ds, err := Options{MaxRows: 2000, MaxErrors: 20}.ReadFile(bytes.NewReader(data), name, p)
			if err != nil {
				var list ErrorList
				if !errors.As(err, &list) || len(list) == 0 {
					t.Fatalf("%s: error %T %v, want a non-empty ErrorList", name, err, err)
				}
				for _, e := range list {
					if e.At.File != name {
						t.Errorf("%s: an error without the file's name: %v", name, e)
					}
				}
			}
			if ds == nil {
				if err == nil {
					t.Fatalf("%s: no dataset and no error", name)
				}
				continue
			}
			for _, o := range append(append(ds.Values, ds.Requirements...), ds.References...) {
				if o.Year < p.BaseYear || o.Year > p.TargetYear || o.At.File != name || o.At.Sheet == "" || o.At.Cell == "" {
					t.Errorf("%s: bad observation %+v", name, o)
				}
			}
			for _, at := range locs(ds) {
				if at.File != name || at.Cell == "" {
					t.Errorf("%s: a report at %v", name, at)
				}
			}
		}

		// The scanner agrees with encoding/csv where that reads the text
		// strictly. encoding/csv skips empty lines and turns \r\n into
		// \n inside quotes, where the scanner, as Excel, does not.
		s := string(data)
		if strings.Contains(s, "\r") || strings.HasPrefix(s, "\n") || strings.Contains(s, "\n\n") || !utf8.ValidString(s) {
			return
		}
		r := csv.NewReader(strings.NewReader(s))
		r.FieldsPerRecord = -1
		want, err := r.ReadAll()
		if err != nil {
			return
		}
		sc := csvScanner{s: s, delim: ','}
		for i := 0; ; i++ {
			var got []string
			more, err := sc.record(func(col int, f string) bool {
				got = append(got, fmt.Sprintf("%d=%s", col, f))
				return true
			})
			if err != nil {
				t.Fatalf("record %d: %v, but encoding/csv reads %q", i+1, err, want)
			}
			if !more {
				if i != len(want) {
					t.Fatalf("%d records, encoding/csv reads %d: %q", i, len(want), want)
				}
				break
			}
			if i >= len(want) {
				t.Fatalf("more records than encoding/csv reads (%q)", want)
			}
			var w []string
			for j, f := range want[i] {
				if f != "" {
					w = append(w, fmt.Sprintf("%d=%s", j+1, f))
				}
			}
			if strings.Join(got, "\x00") != strings.Join(w, "\x00") {
				t.Fatalf("record %d: %q, encoding/csv reads %q", i+1, got, w)
			}
		}
	})
}
