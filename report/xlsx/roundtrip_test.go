package xlsx

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/sheet"
)

// reverseRows sorts a sheet's table (below row 1) in reverse, as a
// spreadsheet's sort does: the cells' contents move, the formulas that
// point at them do not. Numbers stay numbers and texts texts.
func reverseRows(t *testing.T, f *excelize.File, sh string) {
	t.Helper()
	rs, err := f.GetRows(sh, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	type cellValue struct {
		v    any
		none bool
	}
	table := make([][]cellValue, len(rs)-1)
	for i := 1; i < len(rs); i++ {
		for j, raw := range rs[i] {
			c := cellValue{v: raw, none: raw == ""}
			typ, err := f.GetCellType(sh, cellName(j+1, i+1))
			if err != nil {
				t.Fatal(err)
			}
			if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
				if n, err := strconv.ParseFloat(raw, 64); err == nil {
					c.v = n
				}
			}
			table[i-1] = append(table[i-1], c)
		}
	}
	width := len(rs[0])
	for i := range table {
		src := table[len(table)-1-i]
		for j := 0; j < width; j++ {
			cell := cellName(j+1, i+2)
			var v any
			if j < len(src) && !src[j].none {
				v = src[j].v
			}
			if err := f.SetCellValue(sh, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// shown is what 指标评估 holds (saved values), by indicator id and header.
func shown(t *testing.T, f *excelize.File) map[string]map[string]string {
	t.Helper()
	heads, rs := byHeader(t, f, "指标评估", excelize.Options{RawCellValue: true})
	out := map[string]map[string]string{}
	for _, r := range rs {
		out[r["编号"]] = r
	}
	_ = heads
	return out
}

// TestWriteSortedInput: 指标评估 looks values up by id and year, so that
// after 指标数据 is sorted and has rows inserted, each indicator still shows
// its own values, as calculated here by excelize (the numbers; the texts
// LibreOffice calculates in TestLibreOfficeSorted).
func TestWriteSortedInput(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	before := shown(t, f)
	reverseRows(t, f, "指标数据")
	if err := f.InsertRows("指标数据", 5, 3); err != nil {
		t.Fatal(err)
	}
	heads, rs := byHeader(t, f, "指标评估")
	checked := 0
	for i, r := range rs {
		id := r["编号"]
		for j, h := range heads {
			if !strings.HasSuffix(h, "年") && h != "完成进度" && h != "进度比" && !strings.HasPrefix(h, "基期值") {
				continue
			}
			want := before[id][h]
			if _, err := strconv.ParseFloat(want, 64); err != nil {
				continue // a text, or empty
			}
			cell := cellName(j+1, i+2)
			if formula, _ := f.GetCellFormula("指标评估", cell); formula == "" {
				continue
			}
			got, err := f.CalcCellValue("指标评估", cell, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatalf("%s: %v", cell, err)
			}
			checked++
			if !sameCell(want, got) {
				t.Errorf("indicator %s, %s (%s): %s after sorting 指标数据, %s before", id, h, cell, got, want)
			}
		}
	}
	// 26 indicators × 3 years, less those without a number, and their
	// progress: many more than 50 cells.
	if checked < 50 {
		t.Errorf("checked %d cells, want more than 50", checked)
	}

	// Read back, the sorted workbook gives the same observations.
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	ds, err := sheet.Read(bytes.NewReader(buf.Bytes()), "sorted.xlsx", fx.p)
	if err != nil {
		t.Fatal(err)
	}
	sameObservations(t, ds, fx.ds)
}

// TestWriteReportProps: the report records its year, for report/sheet in
// the custom property PlancheckYear and for people in the analysts'
// headers and 方法说明, and the input sheets it was written with, which
// report/sheet requires back.
func TestWriteReportProps(t *testing.T) {
	for _, c := range []struct {
		name   string
		fx     *fixture
		sheets string
	}{
		{"with tasks and projects", loadFixture(t, 2023), "指标评估,规划调整建议,指标数据,市级要求,参照数据,重点任务,重大项目"},
		{"without", noTasks(t), "指标评估,规划调整建议,指标数据,市级要求,参照数据"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := c.fx.write(t, Options{})
			f := open(t, b)
			props, err := f.GetCustomProps()
			if err != nil {
				t.Fatal(err)
			}
			want := []excelize.CustomProperty{{Name: "PlancheckYear", Value: int32(2023)}, {Name: "PlancheckPlan", Value: c.fx.res.Plan.ID}, {Name: "PlancheckSheets", Value: c.sheets}}
			if !reflect.DeepEqual(props, want) {
				t.Errorf("custom properties = %+v, want %+v", props, want)
			}
			if props[0].Name != sheet.PropYear || props[1].Name != sheet.PropPlan || props[2].Name != sheet.PropSheets {
				t.Errorf("the properties' names differ from report/sheet's %s, %s, %s", sheet.PropYear, sheet.PropPlan, sheet.PropSheets)
			}
			heads := rows(t, f, "指标评估")[0]
			if got := heads[len(heads)-4:]; !reflect.DeepEqual(got, []string{"状态调整(2023年)", "调整理由(2023年)", "分析意见(2023年)", "公开(2023年)"}) {
				t.Errorf("analysts' headers %q", got)
			}
			method := strings.Join(flatten(rows(t, f, "方法说明")), "|")
			if !strings.Contains(method, "评估年度|本工作簿是2023年评估的报告") {
				t.Errorf("方法说明 does not state the year:\n%s", method)
			}
			// It reads back; without the sheets it was written with, it is
			// refused, naming them.
			if _, err := sheet.Read(bytes.NewReader(b), "report.xlsx", c.fx.p); err != nil {
				t.Fatal(err)
			}
			for _, gone := range strings.Split(c.sheets, ",") {
				g := open(t, b)
				if err := g.SetSheetName(gone, gone+"(旧)"); err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				if _, err := g.WriteTo(&buf); err != nil {
					t.Fatal(err)
				}
				_, err := sheet.Read(&buf, "report.xlsx", c.fx.p)
				want := "report.xlsx: this is plancheck's Excel report of 2023, but its sheet " + gone + " is missing (renamed or deleted)"
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("%s renamed: error %v\nwant %s", gone, err, want)
				}
			}
		})
	}
}

// TestWriteNotes: the headers of the columns that are plancheck's results
// say so in a note, and those of formulas that they follow the input
// sheets.
func TestWriteNotes(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	notes := func(sh string) map[string]string {
		cs, err := f.GetComments(sh)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for _, c := range cs {
			var text string
			for _, p := range c.Paragraph {
				text += p.Text
			}
			m[c.Cell] = text + c.Text
		}
		return m
	}
	for _, c := range []struct{ sheet, cell, want string }{
		{"指标评估", "N1", "计算结果，由 plancheck 写入；修改无效，请在“状态调整”列调整。"},                     // 状态
		{"指标评估", "P1", "计算结果，由 plancheck 写入；修改无效。在“指标数据”表修正数值后，重新运行 plancheck 更新。"}, // 预计(2025年)
		{"指标评估", "J1", "公式：按编号和年份显示“指标数据”表中本指标本年的数值，随之更新；排序或插入行不影响。"},               // 2023年
		{"指标评估", "U1", "2023年评估的人工调整：需要时从列表中选择新状态，并在“调整理由”列写明理由。只在2023年的评估中采用。"},
		{"任务评估", "H1", "公式：按编号和年份显示“重点任务”表中本任务本年的报送，随之更新；排序或插入行不影响。"},               // 进展状态
		{"项目评估", "K1", "计算结果，由 plancheck 写入；修改无效。在“重大项目”表修正报送后，重新运行 plancheck 更新。"}, // 状态
		{"项目评估", "F1", "公式：“重大项目”表中本项目各年完成投资之和，随之更新。"},                              // 完成累计投资
	} {
		if got := notes(c.sheet)[c.cell]; got != c.want {
			t.Errorf("%s!%s note %q, want %q", c.sheet, c.cell, got, c.want)
		}
	}
}

// TestWriteTimeZone: the workbook's dates are Options.Date in UTC, and the
// bytes do not depend on the machine's time zone.
func TestWriteTimeZone(t *testing.T) {
	fx := loadFixture(t, 2023)
	opts := Options{Date: time2024(t)}
	local := timeLocal(t)
	var outs [][]byte
	for _, zone := range []int{0, 8 * 3600, -5 * 3600} {
		local(zone)
		outs = append(outs, fx.write(t, opts))
	}
	for i := 1; i < len(outs); i++ {
		if !bytes.Equal(outs[0], outs[i]) {
			t.Fatalf("the workbook written in time zone %d differs from the one written in UTC", i)
		}
	}
	props, err := open(t, outs[0]).GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	// 2024-03-01 09:00 in UTC+8 is 01:00 UTC.
	if props.Created != "2024-03-01T01:00:00Z" || props.Modified != "2024-03-01T01:00:00Z" {
		t.Errorf("created %q, modified %q; want 2024-03-01T01:00:00Z", props.Created, props.Modified)
	}
}

// TestWriteTempFiles: excelize's stream writer spills a sheet larger than
// 16 MiB to a temporary file; Write removes it, whether the workbook is
// written or writing fails.
func TestWriteTempFiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	if os.TempDir() != tmp {
		t.Fatalf("os.TempDir() = %s, want %s", os.TempDir(), tmp)
	}
	gp := generatedPlan(t, genOptions{indicators: 300, commentLen: 20000})
	spilled := false
	fail := writerFunc(func(p []byte) (int, error) {
		m, _ := filepath.Glob(filepath.Join(tmp, "excelize-*"))
		spilled = spilled || len(m) > 0
		return 0, os.ErrClosed
	})
	if err := Write(fail, gp.res, Options{}); err == nil {
		t.Fatal("Write to a failing writer succeeded")
	}
	if !spilled {
		t.Error("excelize kept 指标评估 in memory; the test no longer tests the temporary file")
	}
	leftover(t, tmp)
	var buf bytes.Buffer
	if err := Write(&buf, gp.res, Options{}); err != nil {
		t.Fatal(err)
	}
	leftover(t, tmp)
}

// leftover fails the test when dir is not empty.
func leftover(t *testing.T, dir string) {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		t.Errorf("left in the temporary folder: %s", e.Name())
	}
}

// writerFunc is a function as an io.Writer.
type writerFunc func([]byte) (int, error)

func (w writerFunc) Write(p []byte) (int, error) { return w(p) }
