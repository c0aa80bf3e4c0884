package xlsx

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/sheet"
)

// byHeader is a sheet's rows as maps from header to cell, the header in
// row 1, with the sheet row of each.
func byHeader(t *testing.T, f *excelize.File, sheet string, opts ...excelize.Options) ([]string, []map[string]string) {
	t.Helper()
	rs, err := f.GetRows(sheet, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 {
		t.Fatalf("%s is empty", sheet)
	}
	var out []map[string]string
	for _, r := range rs[1:] {
		m := map[string]string{}
		for j, h := range rs[0] {
			if j < len(r) {
				m[h] = r[j]
			}
		}
		out = append(out, m)
	}
	return rs[0], out
}

// find is the row (its index in rows, and its sheet row) whose column col is v.
func find(t *testing.T, rows []map[string]string, col, v string) (int, map[string]string) {
	t.Helper()
	for i, r := range rows {
		if r[col] == v {
			return i + 2, r
		}
	}
	t.Fatalf("no row with %s %q", col, v)
	return 0, nil
}

// inputRow is the row of id and year on 重点任务 or 重大项目.
func inputRow(t *testing.T, f *excelize.File, sheet, id string, year int) int {
	t.Helper()
	for i, r := range rows(t, f, sheet) {
		if len(r) > 2 && r[0] == id && r[2] == strconv.Itoa(year) {
			return i + 1
		}
	}
	t.Fatalf("%s has no row for %s in %d", sheet, id, year)
	return 0
}

// noTasks is the fixture's plan and data without tasks and projects.
func noTasks(t *testing.T) *fixture {
	fx := loadFixture(t, 2023)
	p := *fx.p
	p.Tasks, p.Projects = nil, nil
	ds := *fx.ds
	ds.Tasks, ds.Projects = nil, nil
	out := &fixture{p: &p, ds: &ds}
	var err error
	if out.res, err = evaluate(out, 2023); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestWriteSheetsWithoutTasks(t *testing.T) {
	fx := noTasks(t)
	f := open(t, fx.write(t, Options{}))
	want := []string{"总览", "指标评估", "图表", "重大问题", "规划调整建议", "数据质量", "部门责任清单", "方法说明", "指标数据", "市级要求", "参照数据", "图表数据"}
	if got := f.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	over := strings.Join(flatten(rows(t, f, "总览")), "|")
	for _, no := range []string{"重点任务", "重大项目"} {
		if strings.Contains(over, no) {
			t.Errorf("总览 of a plan without tasks and projects mentions %s", no)
		}
	}
	if layout, err := f.GetPageLayout("总览"); err != nil || layout.FitToHeight == nil || *layout.FitToHeight != 1 {
		t.Errorf("总览 without tasks is not fitted to one page: %+v, %v", layout, err)
	}
	_, detail := deptDetail(t, f)
	for _, r := range detail {
		if r["类型"] != "指标" {
			t.Errorf("部门责任清单 lists a %s without tasks or projects: %q", r["类型"], r)
		}
	}
}

func TestWriteTaskAssess(t *testing.T) {
	fx := loadFixture(t, 2023)
	b := fx.write(t, Options{})
	f := open(t, b)
	const sh = "任务评估"
	heads, rs := byHeader(t, f, sh)
	want := []string{"章", "节", "任务编号", "任务名称", "重点任务", "牵头部门", "计划节点(2023年)", "进展状态", "完成比例(%)", "进展说明", "滞后"}
	if !reflect.DeepEqual(heads, want) {
		t.Fatalf("header:\n got %q\nwant %q", heads, want)
	}
	if len(rs) != 139 || len(fx.res.Tasks) != 139 {
		t.Fatalf("%d rows for %d tasks, want the plan's 139", len(rs), len(fx.res.Tasks))
	}
	// 2.1.1, a key task of 区发展改革委 reported lagging (35%) in 2023
	// while its milestone was due.
	r, row := find(t, rs, "任务编号", "2.1.1")
	for h, v := range map[string]string{
		"章": "第二章 高标准服务国家和首都大局", "节": "第一节 优化提升首都核心功能", "任务名称": "强化“四个中心”功能建设",
		"重点任务": "是", "牵头部门": "区发展改革委", "计划节点(2023年)": "健全重大国际活动服务保障长效机制",
		"进展状态": "滞后", "完成比例(%)": "35", "滞后": "是",
	} {
		if row[h] != v {
			t.Errorf("2.1.1 %s = %q, want %q", h, row[h], v)
		}
	}
	// Counted by progress as the sample has it: 4 done, 130 on schedule, 5 lagging.
	count := map[string]int{}
	for _, r := range rs {
		count[r["进展状态"]]++
	}
	if want := map[string]int{"已完成": 4, "按计划推进": 130, "滞后": 5}; !reflect.DeepEqual(count, want) {
		t.Errorf("进展状态 counts %v, want %v", count, want)
	}

	// 进展状态, 完成比例 and 进展说明 show 重点任务's report of 2.1.1 in
	// 2023, looked up by id and year over its n rows and 1000 more (rows 2
	// to 1 + n + 1000); 滞后 is computed from 进展状态.
	n := len(rows(t, f, "重点任务")) - 1
	col := func(c string) string { return fmt.Sprintf("'重点任务'!$%s$2:$%s$%d", c, c, 1+n+1000) }
	text := func(c string) string {
		return `IFERROR(LOOKUP(2,1/((` + col("A") + `&"")="2.1.1")/((` + col("C") + `&"")="2023"),` + col(c) + `)&"","")`
	}
	row2 := strconv.Itoa(r)
	for cell, formula := range map[string]string{
		"H" + row2: `IF(LEN(` + text("D") + `)=0,"未报送",` + text("D") + `)`,
		"I" + row2: `IFERROR(AVERAGEIFS(` + col("E") + `,` + col("A") + `,"=2.1.1",` + col("C") + `,2023),"")`,
		"J" + row2: text("F"),
		"K" + row2: `IF(OR(H` + row2 + `="滞后",H` + row2 + `="未启动"),"是","否")`,
	} {
		if got, _ := f.GetCellFormula(sh, cell); got != formula {
			t.Errorf("%s!%s = %q, want %q", sh, cell, got, formula)
		}
	}
	if typ, _ := f.GetCellType(sh, "I"+row2); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("完成比例 is saved as %v, want a number", typ)
	}

	// A report corrected on 重点任务 shows at once: 2.1.2's 完成比例 set
	// to 50. (excelize cannot calculate the text lookups of 进展状态 and
	// 进展说明; TestLibreOffice has LibreOffice calculate them.)
	r, _ = find(t, rs, "任务编号", "2.1.2")
	dr := strconv.Itoa(inputRow(t, f, "重点任务", "2.1.2", 2023))
	if err := f.SetCellValue("重点任务", "E"+dr, 50); err != nil {
		t.Fatal(err)
	}
	if got, err := f.CalcCellValue(sh, "I"+strconv.Itoa(r)); err != nil || got != "50" {
		t.Errorf("after 2.1.2 is reported 50%% done, I%d = %q (%v), want 50", r, got, err)
	}

	// Parts: frozen header, filter, colours by progress and on 滞后,
	// protection, print titles.
	if p, _ := f.GetPanes(sh); !p.Freeze || p.YSplit != 1 {
		t.Errorf("panes = %+v, want the header frozen", p)
	}
	cfs, err := f.GetConditionalFormats(sh)
	if err != nil {
		t.Fatal(err)
	}
	rules := cfs["H2:H140"]
	var labels []string
	for _, r := range rules {
		labels = append(labels, r.Value)
	}
	if want := []string{`"已完成"`, `"按计划推进"`, `"滞后"`, `"未启动"`, `"未报送"`}; !reflect.DeepEqual(labels, want) {
		t.Errorf("进展状态 rules %q, want %q (all ranges: %v)", labels, want, keys(cfs))
	}
	if len(cfs["K2:K140"]) != 1 {
		t.Errorf("滞后 has %d rules, want 1", len(cfs["K2:K140"]))
	}
	x := sheetXML(t, b)[sh]
	for _, want := range []string{`<autoFilter ref="$A$1:$K$140"`, `<sheetProtection`, `orientation="landscape"`} {
		if !strings.Contains(x, want) {
			t.Errorf("%s lacks %s", sh, want)
		}
	}
	if !printTitles(f, sh) {
		t.Errorf("%s has no print titles", sh)
	}
}

func printTitles(f *excelize.File, sheet string) bool {
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == sheet && dn.RefersTo == quoteSheet(sheet)+"!$1:$1" {
			return true
		}
	}
	return false
}

// TestWriteTaskNotReported: a task without a report for the year is 未报送
// and cannot lag.
func TestWriteTaskNotReported(t *testing.T) {
	fx := loadFixture(t, 2023)
	var kept []model.TaskReport
	for _, r := range fx.ds.Tasks {
		if r.ID != "2.1.1" || r.Year != 2023 {
			kept = append(kept, r)
		}
	}
	fx.ds.Tasks = kept
	var err error
	if fx.res, err = evaluate(fx, 2023); err != nil {
		t.Fatal(err)
	}
	f := open(t, fx.write(t, Options{}))
	_, rs := byHeader(t, f, "任务评估")
	r, row := find(t, rs, "任务编号", "2.1.1")
	if row["进展状态"] != "未报送" || row["完成比例(%)"] != "" || row["滞后"] != "否" {
		t.Errorf("2.1.1 unreported: %q", row)
	}
	// What the formula shows once calculated, LibreOffice tells
	// (TestLibreOffice clears a report and finds 未报送); excelize cannot
	// calculate the text lookup.
	if got, _ := f.GetCellFormula("任务评估", "H"+strconv.Itoa(r)); !strings.Contains(got, `"未报送"`) {
		t.Errorf("进展状态's formula %q does not show 未报送 for a missing report", got)
	}
	if !strings.Contains(strings.Join(flatten(rows(t, f, "总览")), "|"), "滞后4项、未启动0项、未报送1项") {
		t.Error("总览 does not count the unreported task")
	}
}

func TestWriteProjectAssess(t *testing.T) {
	fx := loadFixture(t, 2023)
	b := fx.write(t, Options{})
	f := open(t, b)
	const sh = "项目评估"
	heads, rs := byHeader(t, f, sh, excelize.Options{RawCellValue: true})
	want := []string{"项目编号", "项目名称", "牵头部门", "总投资\n(亿元)", "计划累计投资\n2021—2023年\n(亿元)", "完成累计投资\n2021—2023年\n(亿元)",
		"完成比例", "计划节点(2023年)", "形象进度", "节点完成", "状态", "说明"}
	if !reflect.DeepEqual(heads, want) {
		t.Fatalf("header:\n got %q\nwant %q", heads, want)
	}
	if len(rs) != 8 {
		t.Fatalf("%d rows, want the sample's 8 projects", len(rs))
	}
	// P05 (区卫生健康委, 90亿元): planned 8 + 20 + 25 = 53, completed
	// 5.76 + 14.4 + 18 = 38.16, 38.16/53 = 72%, more than 20% short.
	r, row := find(t, rs, "项目编号", "P05")
	for h, v := range map[string]string{
		"牵头部门": "区卫生健康委", "总投资\n(亿元)": "90", "计划累计投资\n2021—2023年\n(亿元)": "53",
		"计划节点(2023年)": "主体结构施工", "形象进度": "未完成：主体结构施工", "节点完成": "否", "状态": "进度滞后",
	} {
		if row[h] != v {
			t.Errorf("P05 %s = %q, want %q", strings.ReplaceAll(h, "\n", ""), row[h], v)
		}
	}
	// 完成累计投资 sums P05's 完成投资 of 2021–2023 on 重大项目, looked up
	// by id and years over its n rows and 1000 more.
	rr := strconv.Itoa(r)
	n := len(rows(t, f, "重大项目")) - 1
	col := func(c string) string { return fmt.Sprintf("'重大项目'!$%s$2:$%s$%d", c, c, 1+n+1000) }
	within := col("A") + `,"=P05",` + col("C") + `,">=2021",` + col("C") + `,"<=2023"`
	for _, c := range []struct {
		cell, formula string
		want          float64
	}{
		{"F" + rr, `IF(COUNTIFS(` + within + `,` + col("D") + `,">=0")=0,"",SUMIFS(` + col("D") + `,` + within + `))`, 5.76 + 14.4 + 18},
		{"G" + rr, `IF(AND(ISNUMBER(F` + rr + `),N(E` + rr + `)>0),F` + rr + `/E` + rr + `,"")`, (5.76 + 14.4 + 18) / 53},
	} {
		if got, _ := f.GetCellFormula(sh, c.cell); got != c.formula {
			t.Errorf("%s = %q, want %q", c.cell, got, c.formula)
		}
		raw, _ := f.GetCellValue(sh, c.cell, excelize.Options{RawCellValue: true})
		saved, _ := strconv.ParseFloat(raw, 64)
		calc, err := f.CalcCellValue(sh, c.cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("%s: %v", c.cell, err)
		}
		calculated, _ := strconv.ParseFloat(calc, 64)
		if !near2(saved, c.want) || !near2(calculated, c.want) {
			t.Errorf("%s: saved %v, calculated %v, want %v", c.cell, saved, calculated, c.want)
		}
		if typ, _ := f.GetCellType(sh, c.cell); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
			t.Errorf("%s is saved as %v, want a number", c.cell, typ)
		}
	}
	cfs, err := f.GetConditionalFormats(sh)
	if err != nil {
		t.Fatal(err)
	}
	if len(cfs["K2:K9"]) != 3 || cfs["K2:K9"][1].Value != `"进度滞后"` {
		t.Errorf("状态 rules %+v (all: %v)", cfs["K2:K9"], keys(cfs))
	}
	if p, _ := f.GetPanes(sh); !p.Freeze || p.YSplit != 1 {
		t.Errorf("panes = %+v, want the header frozen", p)
	}
	if x := sheetXML(t, b)[sh]; !strings.Contains(x, `<autoFilter ref="$A$1:$L$9"`) || !strings.Contains(x, `<sheetProtection`) {
		t.Errorf("%s lacks its filter or protection", sh)
	}
}

// near2 compares sums of decimals, which differ in the last bits by the
// order of addition.
func near2(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// deptDetail is 部门责任清单's two tables: the summary (by department name)
// and the detail rows.
func deptDetail(t *testing.T, f *excelize.File) (map[string][]string, []map[string]string) {
	t.Helper()
	rs := rows(t, f, "部门责任清单")
	summary := map[string][]string{}
	i := 4 // the summary's header is row 4
	for ; i < len(rs) && len(rs[i]) > 0; i++ {
		summary[rs[i][0]] = rs[i]
	}
	for i < len(rs) && len(rs[i]) == 0 {
		i++
	}
	var detail []map[string]string
	head := rs[i]
	for _, r := range rs[i+1:] {
		m := map[string]string{}
		for j, h := range head {
			if j < len(r) {
				m[h] = r[j]
			}
		}
		detail = append(detail, m)
	}
	return summary, detail
}

// TestWriteDepartments: 部门责任清单 lists a department's indicators, tasks
// and projects — those the plan gives it to lead, and no others.
func TestWriteDepartments(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	summary, detail := deptDetail(t, f)

	// 区卫生健康委 (wjw) leads indicators 22 and 23, five tasks and P05:
	// 8 items (23 binding), all assessable, 6 on track (22 reversed, P05
	// behind), 6/8 = 75%, 2 problems (indicator 22 reversed and projected
	// unlikely, one problem; P05), 8 things to report in 2024.
	if got, want := summary["区卫生健康委"], []string{"区卫生健康委", "2", "1", "5", "1", "8", "6", "75.0%", "2", "8"}; !reflect.DeepEqual(got, want) {
		t.Errorf("summary of 区卫生健康委 = %q, want %q", got, want)
	}
	var items []string
	for _, r := range detail {
		if r["牵头部门"] == "区卫生健康委" {
			items = append(items, r["类型"]+r["编号"])
		}
	}
	var want []string
	for _, ind := range fx.p.Indicators {
		if ind.Lead == "wjw" {
			want = append(want, "指标"+ind.ID)
		}
	}
	for _, tk := range fx.p.Tasks {
		if tk.Lead == "wjw" {
			want = append(want, "任务"+tk.ID)
		}
	}
	for _, pj := range fx.p.Projects {
		if pj.Lead == "wjw" {
			want = append(want, "项目"+pj.ID)
		}
	}
	if !reflect.DeepEqual(items, want) || len(want) != 8 {
		t.Errorf("区卫生健康委's items %q, want the plan's %q", items, want)
	}

	// Every item appears once, under its lead.
	lead := map[string]string{}
	for _, ind := range fx.p.Indicators {
		lead["指标"+ind.ID] = prose(fx.p.DepartmentName(ind.Lead))
	}
	for _, tk := range fx.p.Tasks {
		lead["任务"+tk.ID] = prose(fx.p.DepartmentName(tk.Lead))
	}
	for _, pj := range fx.p.Projects {
		lead["项目"+pj.ID] = prose(fx.p.DepartmentName(pj.Lead))
	}
	seen := map[string]bool{}
	for _, r := range detail {
		k := r["类型"] + r["编号"]
		if seen[k] || lead[k] != r["牵头部门"] {
			t.Errorf("部门责任清单 row %q: seen before %v, lead %q", r, seen[k], lead[k])
		}
		seen[k] = true
	}
	if len(seen) != len(lead) {
		t.Errorf("%d items in 部门责任清单, want %d", len(seen), len(lead))
	}

	// Statuses and next year's report of each kind.
	_, row := find(t, detail, "编号", "P05")
	if row["状态"] != "进度滞后" || row["2024年需报送"] != "2024年完成投资22.00亿元、形象进度“主体完工”" || row["属性"] != "总投资90.00亿元" {
		t.Errorf("P05 in 部门责任清单: %q", row)
	}
	_, row = find(t, detail, "编号", "8.3.1")
	if row["状态"] != "按计划推进" || row["2024年需报送"] != "2024年节点“完成不少于45个急救站点的建设和调整”" {
		t.Errorf("8.3.1 in 部门责任清单: %q", row)
	}
	_, row = find(t, detail, "编号", "22")
	if row["状态"] != "逆向变化" || row["2024年需报送"] != "2024年数值" {
		t.Errorf("indicator 22 in 部门责任清单: %q", row)
	}
	cfs, err := f.GetConditionalFormats("部门责任清单")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for ref, rules := range cfs {
		if strings.HasPrefix(ref, "F") {
			n += len(rules)
		}
	}
	if want := len(eval.Statuses()) + len(progressColors) + len(projectColors); n != want {
		t.Errorf("部门责任清单 状态 has %d rules, want %d", n, want)
	}
}

// TestWriteSummaryTasks checks 总览's counts of tasks and projects against
// the sample: 139 tasks, 4 done, 130 on schedule, 5 lagging; 8 projects,
// 7 on track and P05 behind.
func TestWriteSummaryTasks(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	over := strings.Join(flatten(rows(t, f, "总览")), "|")
	for _, want := range []string{
		"重点任务|139|已完成4项、按计划推进130项、滞后5项、未启动0项、未报送0项，见“任务评估”表",
		"重大项目|8|按计划推进7项、进度滞后1项、数据待补0项，见“项目评估”表",
		// 第二章: 13 tasks, 11 on schedule, 2 lagging: 11/13 = 84.6%.
		"第二章 高标准服务国家和首都大局|||13|0|11|2|0|0|84.6%",
		// All: (4 + 130)/139 = 96.4%.
		"合计|||139|4|130|5|0|0|96.4%",
		// P05: 53 planned, 38.16 done, 72.0%.
		"进度滞后|||1|53.00|38.16|72.0%",
	} {
		if !strings.Contains(over, want) {
			t.Errorf("总览 lacks %q", want)
		}
	}
	// A page for the indicators and one for the tasks and projects: the
	// sheet is scaled, not fitted, so that the page break holds.
	layout, err := f.GetPageLayout("总览")
	if err != nil || layout.AdjustTo == nil || *layout.AdjustTo < 40 || *layout.AdjustTo > 100 {
		t.Errorf("总览 page layout %+v, %v: want a scale", layout, err)
	}
	if props, _ := f.GetSheetProps("总览"); props.FitToPage != nil && *props.FitToPage {
		t.Error("总览 is fitted to the page, which drops its page break")
	}
}

// TestWriteTasksReadBack: analysts correct task and project reports on
// 重点任务 and 重大项目; read back, the corrections are the dataset's.
func TestWriteTasksReadBack(t *testing.T) {
	fx := loadFixture(t, 2023)
	f := open(t, fx.write(t, Options{}))
	tr := inputRow(t, f, "重点任务", "2.1.2", 2023)
	pr := inputRow(t, f, "重大项目", "P05", 2023)
	for _, c := range []struct {
		sheet, cell string
		v           any
	}{
		{"重点任务", "D" + strconv.Itoa(tr), "滞后"},
		{"重点任务", "E" + strconv.Itoa(tr), 40},
		{"重大项目", "D" + strconv.Itoa(pr), 24.5},
		{"重大项目", "F" + strconv.Itoa(pr), "是"},
	} {
		if err := f.SetCellValue(c.sheet, c.cell, c.v); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	ds, err := sheet.Read(bytes.NewReader(buf.Bytes()), "edited.xlsx", fx.p)
	if err != nil {
		t.Fatal(err)
	}
	res, err := eval.Evaluate(fx.p, ds, 2023)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range res.Tasks {
		if x.ID == "2.1.2" && (x.Progress != model.Behind || x.Share == nil || *x.Share != 40 || !x.Behind) {
			t.Errorf("2.1.2 after the correction: %s %v behind %v", x.Progress, fmtPtr(x.Share), x.Behind)
		}
	}
	for _, x := range res.Projects {
		// 5.76 + 14.4 + 24.5 = 44.66 of 53: 84.3%, within 20%; the
		// milestone reached: on track.
		if x.ID == "P05" && (x.Completed == nil || !near2(*x.Completed, 44.66) || x.Status != "on_track") {
			t.Errorf("P05 after the correction: %v %s", fmtPtr(x.Completed), x.Status)
		}
	}
}
