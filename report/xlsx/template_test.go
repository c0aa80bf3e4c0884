package xlsx

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"plancheck/report/model"
	"plancheck/report/sheet"
)

func writeTemplate(t *testing.T, p *model.Plan, year int, opts TemplateOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, p, year, opts); err != nil {
		t.Fatalf("WriteTemplate: %v", err)
	}
	return buf.Bytes()
}

func TestWriteTemplate(t *testing.T) {
	fx := loadFixture(t, 2023)
	p := fx.p
	f := open(t, writeTemplate(t, p, 2025, TemplateOptions{}))
	if got, want := f.GetSheetList(), []string{"指标数据", "市级要求", "参照数据", "重点任务", "重大项目", "填报说明"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}

	// A row per indicator, in the plan's order, for 2025: id, name, year,
	// no value, unit, no source, the lead department.
	vals := rows(t, f, "指标数据")
	if len(vals) != 1+len(p.Indicators) {
		t.Fatalf("指标数据 has %d rows, want the header and %d indicators", len(vals), len(p.Indicators))
	}
	for i, ind := range p.Indicators {
		want := []string{ind.ID, ind.Name, "2025", "", ind.Unit, "", p.DepartmentName(ind.Lead)}
		if got := pad(vals[i+1], len(want)); !reflect.DeepEqual(got, want) {
			t.Errorf("指标数据 row %d = %q, want %q", i+2, got, want)
		}
	}
	// 市级要求: the municipal indicators judged by le or ge; 参照数据: the
	// plan's references.
	n := 0
	for i := range p.Indicators {
		if t := p.Indicators[i].Target; t.Kind == model.Municipal && (t.Compare == model.LE || t.Compare == model.GE) {
			n++
		}
	}
	if got := rows(t, f, "市级要求"); len(got) != 1+n || got[1][2] != "2025" {
		t.Errorf("市级要求 has %d rows, want %d", len(got)-1, n)
	}
	if got := rows(t, f, "参照数据"); len(got) != 1+len(p.References) {
		t.Errorf("参照数据 has %d rows, want %d", len(got)-1, len(p.References))
	}

	// Validation: one check of 数值 over the whole column, so that rows
	// inserted or added keep it: numbers, and what the format takes besides
	// (待补, 完成/未完成 for yes/no indicators such as 14, 约5000).
	dvs, err := f.GetDataValidations("指标数据")
	if err != nil {
		t.Fatal(err)
	}
	if len(dvs) != 1 || dvs[0].Type != "custom" || dvs[0].Sqref != "D2:D1048576" || dvs[0].Formula1 != valueCheck("D2") {
		t.Errorf("指标数据 validations = %+v, want the custom check on D2:D1048576", dvs)
	}
	for _, s := range []string{"市级要求", "参照数据"} {
		if dvs, _ := f.GetDataValidations(s); len(dvs) != 1 || dvs[0].Type != "decimal" || dvs[0].Sqref != "D2:D1048576" {
			t.Errorf("%s validations = %+v, want a decimal on D2:D1048576", s, dvs)
		}
	}
	help := strings.Join(flatten(rows(t, f, "填报说明")), "\n")
	if !strings.Contains(help, "2025年的数据(全部主要指标)") || !strings.Contains(help, "数据有效性") {
		t.Errorf("填报说明:\n%s", help)
	}
}

func pad(r []string, n int) []string {
	for len(r) < n {
		r = append(r, "")
	}
	return r[:n]
}

// TestTemplateReadsBack: what the template holds, report/sheet reads
// unchanged — nothing when untouched, the values typed when filled.
func TestTemplateReadsBack(t *testing.T) {
	fx := loadFixture(t, 2023)
	p := fx.p
	for _, opts := range []TemplateOptions{{}, {Previous: fx.ds}, {Department: "sthj"}} {
		b := writeTemplate(t, p, 2025, opts)
		ds, err := sheet.Read(bytes.NewReader(b), "template.xlsx", p)
		if err != nil {
			t.Fatalf("%+v: the untouched template does not read:\n%v", opts.Department, err)
		}
		if n := len(ds.Values) + len(ds.Requirements) + len(ds.References); n != 0 {
			t.Errorf("the untouched template reads as %d values, want none", n)
		}
	}

	b := writeTemplate(t, p, 2025, TemplateOptions{Previous: fx.ds})
	f := open(t, b)
	col := map[string]int{}
	for j, h := range rows(t, f, "指标数据")[0] {
		col[h] = j + 1
	}
	if col["上年数值"] != col["数值"]+1 {
		t.Fatalf("header %v: want 上年数值 right after 数值", col)
	}
	// Indicator 1 is on row 2, 14 on 15, 21 on 22; the first requirement
	// and reference on row 2 of their sheets.
	fill := map[string]any{
		cellName(col["数值"], 2): 312.4, cellName(col["数据来源"], 2): "区统计局公报",
		cellName(col["数值"], 15): "完成",
		cellName(col["数值"], 22): "约1200",
	}
	for cell, v := range fill {
		if err := f.SetCellValue("指标数据", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetCellValue("市级要求", "D2", 260); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("参照数据", "D2", 3.1); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	ds, err := sheet.Read(&buf, "filled.xlsx", p)
	if err != nil {
		t.Fatalf("the filled template does not read:\n%v", err)
	}
	type v struct {
		id       string
		year     int
		value    float64
		approx   bool
		source   string
		reporter string
	}
	var got []v
	for _, o := range ds.Values {
		got = append(got, v{o.ID, o.Year, o.Value, o.Approx, o.Source, o.Reporter})
	}
	want := []v{
		{"1", 2025, 312.4, false, "区统计局公报", "区发展改革委"},
		{"14", 2025, 1, false, "", "区生态环境局"},
		{"21", 2025, 1200, true, "", "区教委"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("read back:\n got %+v\nwant %+v", got, want)
	}
	if len(ds.Requirements) != 1 || ds.Requirements[0].Value != 260 || len(ds.References) != 1 || ds.References[0].Value != 3.1 {
		t.Errorf("requirements %+v, references %+v", ds.Requirements, ds.References)
	}
}

func TestTemplatePrevious(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, writeTemplate(t, fx.p, 2025, TemplateOptions{Previous: fx.ds}))
	vals := rows(t, f, "指标数据")
	if want := []string{"指标编号", "指标名称", "年份", "数值", "上年数值", "单位", "数据来源", "填报单位", "备注"}; !reflect.DeepEqual(vals[0], want) {
		t.Fatalf("header = %q, want %q", vals[0], want)
	}
	// The sample's 2024 values: indicator 1 312.5 (row 2), 14 未完成 (row 15).
	prev := map[string]string{}
	for _, r := range vals[1:] {
		prev[r[0]] = r[4]
	}
	for id, want := range map[string]string{"1": "312.5", "14": "未完成"} {
		if prev[id] != want {
			t.Errorf("上年数值 of %s = %q, want %q", id, prev[id], want)
		}
	}
	if r := rows(t, f, "市级要求"); r[0][4] != "上年数值" {
		t.Errorf("市级要求 header = %q", r[0])
	}
}

func TestTemplateDepartment(t *testing.T) {
	fx := loadFixture(t, 2023)
	// 区生态环境局 leads 13, 14 and 18; 13 and 18 are judged against a
	// municipal requirement; none uses a reference.
	for _, dept := range []string{"sthj", "区生态环境局"} {
		f := open(t, writeTemplate(t, fx.p, 2024, TemplateOptions{Department: dept}))
		if got, want := f.GetSheetList(), []string{"指标数据", "市级要求", "重点任务", "重大项目", "填报说明"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: sheets = %q, want %q", dept, got, want)
		}
		var ids []string
		for _, r := range rows(t, f, "指标数据")[1:] {
			ids = append(ids, r[0]+" "+r[2]+" "+r[6])
		}
		if want := []string{"13 2024 区生态环境局", "14 2024 区生态环境局", "18 2024 区生态环境局"}; !reflect.DeepEqual(ids, want) {
			t.Errorf("%s: rows %q, want %q", dept, ids, want)
		}
		if r := rows(t, f, "市级要求"); len(r) != 3 || r[1][0] != "13" || r[2][0] != "18" {
			t.Errorf("%s: 市级要求 = %q", dept, r)
		}
		props, _ := f.GetDocProps()
		if props.Title != "海淀区“十四五”规划2024年监测数据填报模板(区生态环境局)" {
			t.Errorf("title %q", props.Title)
		}
	}
}

func TestTemplateErrors(t *testing.T) {
	fx := loadFixture(t, 2023)
	for _, c := range []struct {
		year int
		dept string
		want string
	}{
		{2026, "", "year 2026 is outside the plan period 2020–2025"},
		{2025, "nobody", `department "nobody" is not in the plan "haidian-14th"; its departments are fgw, tjj`},
		{2025, "tyj", `department "tyj" (区体育局) leads no indicator, task or project`},
	} {
		var buf bytes.Buffer
		err := WriteTemplate(&buf, fx.p, c.year, TemplateOptions{Department: c.dept})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%d %q: err = %v, want %q", c.year, c.dept, err, c.want)
		}
		if buf.Len() != 0 {
			t.Errorf("%d bytes written on error", buf.Len())
		}
	}
}

func TestTemplateDeterministic(t *testing.T) {
	fx := loadFixture(t, 2023)
	opts := TemplateOptions{Previous: fx.ds, Date: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)}
	if !bytes.Equal(writeTemplate(t, fx.p, 2025, opts), writeTemplate(t, fx.p, 2025, opts)) {
		t.Error("two writes of the same template differ")
	}
}
