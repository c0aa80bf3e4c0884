package xlsx

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"plancheck/report/model"
)

// The monitoring workbook's sheets and columns (docs/FORMAT.md). They are
// the contract with the departments that fill the workbooks and with
// report/sheet, which reads them back, so they change only with the format.
const (
	sheetValues       = "指标数据"
	sheetRequirements = "市级要求"
	sheetReferences   = "参照数据"
	sheetHelp         = "填报说明"
)

// column is a header and its width in Excel's character units.
type column struct {
	name  string
	width float64
}

var (
	valueColumns = []column{
		{"指标编号", 10}, {"指标名称", 40}, {"年份", 8}, {"数值", 12},
		{"单位", 12}, {"数据来源", 42}, {"填报单位", 26}, {"备注", 60},
	}
	requirementColumns = []column{
		{"指标编号", 10}, {"指标名称", 40}, {"年份", 8}, {"要求值", 12},
		{"数据来源", 42}, {"备注", 60},
	}
	referenceColumns = []column{
		{"参照编号", 20}, {"参照名称", 30}, {"年份", 8}, {"数值", 12},
		{"数据来源", 42}, {"备注", 60},
	}
)

// epoch is the date of a workbook written with a zero InputOptions.Date:
// the zip format's own epoch, so that no run's clock leaks into the file.
var epoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// InputOptions are the settings of WriteInput. The zero value writes the
// dataset as it is, dated 1980-01-01, with the plan's short name as title.
type InputOptions struct {
	// Date is the created and modified time in the workbook's document
	// properties (docProps/core.xml). The zero Date means 1980-01-01 UTC.
	// It is an option, not the clock, so that the same input gives the
	// same bytes.
	Date time.Time

	// Title is the document title; "" means the plan's short name (or its
	// name) followed by 监测数据.
	Title string

	// Years turns the workbook into a template to fill in: for each of
	// these years, every indicator with no value in the dataset gets an
	// empty row, as does every municipal requirement and every reference
	// the plan has. Nil adds no rows.
	Years []int

	// Notes are lines added at the end of the 填报说明 sheet, such as what
	// the values of a sample workbook are.
	Notes []string
}

// WriteInput writes ds as a monitoring workbook in the long form report/sheet
// reads: one row per indicator and year on 指标数据, the municipal
// requirements on 市级要求, the reference values on 参照数据, and a 填报说明
// sheet for the people who fill it in.
//
// Names and units come from p, rows are in the plan's order and then by
// year, and an empty 填报单位 is filled with the lead department's name.
// Values are numeric cells, except yes/no values, written as typed (完成,
// 未完成) or else as 是/否, and approximate values, written as typed (约5000).
// 市级要求 is written when ds has requirements or p has a municipal indicator
// compared by le or ge; 参照数据 when ds has reference values or p has
// references.
//
// An observation whose id p does not know is an error naming the sheet, the
// id and the year; nothing is then written to w. Other errors come from
// building the workbook or from w.
func WriteInput(w io.Writer, p *model.Plan, ds *model.Dataset, opts InputOptions) error {
	if ds == nil {
		ds = &model.Dataset{}
	}
	values, err := indicatorRows(p, ds.Values, opts.Years, func(*model.Indicator) bool { return true })
	if err != nil {
		return fmt.Errorf("%s: %w", sheetValues, err)
	}
	reqs, err := indicatorRows(p, ds.Requirements, opts.Years, needsRequirement)
	if err != nil {
		return fmt.Errorf("%s: %w", sheetRequirements, err)
	}
	refs, err := referenceRows(p, ds.References, opts.Years)
	if err != nil {
		return fmt.Errorf("%s: %w", sheetReferences, err)
	}
	withReqs := len(reqs) > 0 || hasRequirements(p)
	withRefs := len(refs) > 0 || len(p.References) > 0

	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f}
	b.rename("Sheet1", sheetValues)
	b.header(sheetValues, valueColumns, len(values))
	for i, r := range values {
		b.valueRow(sheetValues, i+2, p, r)
	}
	if withReqs {
		b.add(sheetRequirements)
		b.header(sheetRequirements, requirementColumns, len(reqs))
		for i, r := range reqs {
			b.otherRow(sheetRequirements, i+2, r)
		}
	}
	if withRefs {
		b.add(sheetReferences)
		b.header(sheetReferences, referenceColumns, len(refs))
		for i, r := range refs {
			b.otherRow(sheetReferences, i+2, r)
		}
	}
	b.add(sheetHelp)
	b.help(p, withReqs, withRefs, opts.Notes)
	b.props(p, opts)
	if b.err != nil {
		return fmt.Errorf("building the workbook: %w", b.err)
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

// row is one line of a sheet: an observation, or an empty line of a
// template (obs nil).
type row struct {
	order int // the indicator's or reference's place in the plan
	id    string
	name  string
	year  int
	obs   *model.Observation
}

func needsRequirement(ind *model.Indicator) bool {
	return ind.Target.Kind == model.Municipal && (ind.Target.Compare == model.LE || ind.Target.Compare == model.GE)
}

func hasRequirements(p *model.Plan) bool {
	for i := range p.Indicators {
		if needsRequirement(&p.Indicators[i]) {
			return true
		}
	}
	return false
}

// indicatorRows orders obs by the plan and adds the template's empty rows
// for the indicators want selects.
func indicatorRows(p *model.Plan, obs []model.Observation, years []int, want func(*model.Indicator) bool) ([]row, error) {
	order := make(map[string]int, len(p.Indicators))
	for i := range p.Indicators {
		order[p.Indicators[i].ID] = i
	}
	var rows []row
	have := make(map[[2]string]bool)
	for i := range obs {
		o := &obs[i]
		ind := p.FindIndicator(o.ID)
		if ind == nil {
			return nil, fmt.Errorf("indicator %q (%d年) is not in the plan %q; check the id against plan.yaml", o.ID, o.Year, p.ID)
		}
		rows = append(rows, row{order: order[ind.ID], id: ind.ID, name: ind.Name, year: o.Year, obs: o})
		have[[2]string{ind.ID, strconv.Itoa(o.Year)}] = true
	}
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		if !want(ind) {
			continue
		}
		for _, y := range years {
			if !have[[2]string{ind.ID, strconv.Itoa(y)}] {
				rows = append(rows, row{order: i, id: ind.ID, name: ind.Name, year: y})
			}
		}
	}
	sortRows(rows)
	return rows, nil
}

// referenceRows is indicatorRows for the references.
func referenceRows(p *model.Plan, obs []model.Observation, years []int) ([]row, error) {
	order := make(map[string]int, len(p.References))
	for i := range p.References {
		order[p.References[i].ID] = i
	}
	var rows []row
	have := make(map[[2]string]bool)
	for i := range obs {
		o := &obs[i]
		ref := p.FindReference(o.ID)
		if ref == nil {
			return nil, fmt.Errorf("reference %q (%d年) is not in the plan %q; check the id against plan.yaml's references", o.ID, o.Year, p.ID)
		}
		rows = append(rows, row{order: order[ref.ID], id: ref.ID, name: ref.Name, year: o.Year, obs: o})
		have[[2]string{ref.ID, strconv.Itoa(o.Year)}] = true
	}
	for i, ref := range p.References {
		for _, y := range years {
			if !have[[2]string{ref.ID, strconv.Itoa(y)}] {
				rows = append(rows, row{order: i, id: ref.ID, name: ref.Name, year: y})
			}
		}
	}
	sortRows(rows)
	return rows, nil
}

// sortRows puts rows in the plan's order, then by year; rows of the same
// indicator and year keep the dataset's order.
func sortRows(rows []row) {
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].order != rows[j].order {
			return rows[i].order < rows[j].order
		}
		return rows[i].year < rows[j].year
	})
}

// book is a workbook being built. Its first error stops the building; the
// later calls do nothing.
type book struct {
	f      *excelize.File
	err    error
	bold   int // header style
	wrap   int // help text style
	styled bool
}

func (b *book) rename(from, to string) {
	if b.err == nil {
		b.err = b.f.SetSheetName(from, to)
	}
}

func (b *book) add(sheet string) {
	if b.err == nil {
		_, b.err = b.f.NewSheet(sheet)
	}
}

func (b *book) set(sheet string, col, r int, v any) {
	if b.err != nil || v == nil {
		return
	}
	cell, err := excelize.CoordinatesToCellName(col, r)
	if err != nil {
		b.err = err
		return
	}
	b.err = b.f.SetCellValue(sheet, cell, v)
}

func (b *book) styles() {
	if b.styled || b.err != nil {
		return
	}
	b.styled = true
	b.bold, b.err = b.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
		Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center"},
	})
	if b.err != nil {
		return
	}
	b.wrap, b.err = b.f.NewStyle(&excelize.Style{
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
	})
}

// header writes a bold, frozen header row with a filter over n data rows,
// and sets the column widths.
func (b *book) header(sheet string, cols []column, n int) {
	b.styles()
	for i, c := range cols {
		b.set(sheet, i+1, 1, c.name)
		if b.err != nil {
			return
		}
		name, _ := excelize.ColumnNumberToName(i + 1)
		b.err = b.f.SetColWidth(sheet, name, name, c.width)
	}
	if b.err != nil {
		return
	}
	last, _ := excelize.ColumnNumberToName(len(cols))
	if b.err = b.f.SetCellStyle(sheet, "A1", last+"1", b.bold); b.err != nil {
		return
	}
	b.err = b.f.SetPanes(sheet, &excelize.Panes{
		Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}},
	})
	if b.err != nil {
		return
	}
	b.err = b.f.AutoFilter(sheet, fmt.Sprintf("A1:%s%d", last, n+1), nil)
}

// valueRow writes one line of 指标数据.
func (b *book) valueRow(sheet string, r int, p *model.Plan, x row) {
	ind := p.Indicator(x.id)
	b.set(sheet, 1, r, x.id)
	b.set(sheet, 2, r, x.name)
	b.set(sheet, 3, r, x.year)
	if ind.Unit != "" {
		b.set(sheet, 5, r, ind.Unit)
	}
	reporter := p.DepartmentName(ind.Lead)
	if x.obs != nil {
		b.set(sheet, 4, r, cellValue(x.obs, ind.IsYesNo()))
		b.set(sheet, 6, r, text(x.obs.Source))
		if x.obs.Reporter != "" {
			reporter = x.obs.Reporter
		}
		b.set(sheet, 8, r, text(x.obs.Note))
	}
	b.set(sheet, 7, r, text(reporter))
}

// otherRow writes one line of 市级要求 or 参照数据, which share a layout.
func (b *book) otherRow(sheet string, r int, x row) {
	b.set(sheet, 1, r, x.id)
	b.set(sheet, 2, r, x.name)
	b.set(sheet, 3, r, x.year)
	if x.obs != nil {
		b.set(sheet, 4, r, cellValue(x.obs, false))
		b.set(sheet, 5, r, text(x.obs.Source))
		b.set(sheet, 6, r, text(x.obs.Note))
	}
}

// text is s as a cell value: nil (no cell) when empty.
func text(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// cellValue is what an observation's value cell holds: the number, or the
// text as typed where a number would lose it (yes/no, 约…, …左右).
func cellValue(o *model.Observation, yesNo bool) any {
	typed := strings.TrimSpace(o.Text)
	_, numErr := strconv.ParseFloat(typed, 64)
	switch {
	case yesNo && typed != "" && numErr != nil:
		return typed
	case yesNo && o.Value != 0:
		return "是"
	case yesNo:
		return "否"
	case o.Approx && typed != "":
		return typed
	}
	return o.Value
}

// help writes the 填报说明 sheet.
func (b *book) help(p *model.Plan, withReqs, withRefs bool, notes []string) {
	b.styles()
	name := p.Name
	if name == "" {
		name = p.ShortName
	}
	lines := []string{
		"填报说明",
		fmt.Sprintf("本工作簿是《%s》主要指标的年度监测数据。每行是一个指标一年的数值(长表),同一指标同一年份只填一行。", name),
		"“指标数据”表:指标编号与规划主要指标表一致(如 1、25a);年份填公历年份(如 2023);指标名称、单位按规划填好,仅供核对。",
		"数值只填数字,不带单位、不带%;增速、降幅填百分数的数值(增长5.9%填5.9,下降3.5%填3.5);是否完成类指标填“完成”或“未完成”;累计类指标填当年新增数;近似值可写“约5000”或“5000左右”。",
	}
	if withReqs {
		lines = append(lines, "“市级要求”表:“达到市级要求”类指标每年的市级要求值(市级部门下达的年度目标),与“指标数据”中同年份的数值比较。")
	}
	if withRefs {
		lines = append(lines, "“参照数据”表:与指标比较的外部数据(如全市平均水平),以及用于核对增速的总量数据。")
	}
	lines = append(lines,
		"数据来源:填统计公报、部门报告等出处及发布时间;推算值写明“推算:”及推算方法。不是公开统计数据的示例值,数据来源中须含“示例”二字,报告会单独标注,不作为真实数据。",
		"填报单位:牵头部门,默认已按规划填好;备注:口径说明、上下限(如“控制在…以内”)等。",
		"请勿修改工作表名称和表头;可以增加行,行的先后顺序不影响读取。",
	)
	lines = append(lines, notes...)
	if b.err == nil {
		b.err = b.f.SetColWidth(sheetHelp, "A", "A", 110)
	}
	for i, l := range lines {
		b.set(sheetHelp, 1, i+1, l)
	}
	if b.err == nil {
		b.err = b.f.SetCellStyle(sheetHelp, "A2", fmt.Sprintf("A%d", len(lines)), b.wrap)
	}
	if b.err == nil {
		b.err = b.f.SetCellStyle(sheetHelp, "A1", "A1", b.bold)
	}
}

// props sets the document properties, dated by the options, not the clock.
func (b *book) props(p *model.Plan, opts InputOptions) {
	if b.err != nil {
		return
	}
	date := opts.Date
	if date.IsZero() {
		date = epoch
	}
	title := opts.Title
	if title == "" {
		title = p.ShortName
		if title == "" {
			title = p.Name
		}
		title += "监测数据"
	}
	stamp := date.UTC().Format(time.RFC3339)
	b.err = b.f.SetDocProps(&excelize.DocProperties{
		Title:          title,
		Subject:        p.Name,
		Creator:        "plancheck",
		LastModifiedBy: "plancheck",
		Language:       "zh-CN",
		Created:        stamp,
		Modified:       stamp,
	})
}
