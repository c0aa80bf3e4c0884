package xlsx

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// The monitoring workbook's sheets and columns (docs/FORMAT.md). They are
// the contract with the departments that fill the workbooks and with
// report/sheet, which reads them back, so they change only with the format.
const (
	sheetValues       = "指标数据"
	sheetRequirements = "市级要求" // the default; a plan's is named after its superior (requirementSheet)
	sheetReferences   = "参照数据"
	sheetHelp         = "填报说明"
)

// The columns' headers. colPrevious is not read by report/sheet (it ignores
// columns it does not know); it is there for the person filling the row.
const (
	colID          = "指标编号"
	colIndName     = "指标名称"
	colRefID       = "参照编号"
	colRefName     = "参照名称"
	colYear        = "年份"
	colValue       = "数值"
	colRequirement = "要求值"
	colPrevious    = "上年数值"
	colUnit        = "单位"
	colSource      = "数据来源"
	colReporter    = "填报单位"
	colNote        = "备注"
)

// requirementSheet is the requirements sheet's name for a plan whose
// superior level is superior: 市级要求, 省级要求, 国家要求 (report/sheet also
// reads 上级要求).
func requirementSheet(superior string) string {
	if superior == "" {
		return sheetRequirements
	}
	return superior + "要求"
}

// column is a header and its width in Excel's character units.
type column struct {
	name  string
	width float64
}

var (
	valueColumns = []column{
		{colID, 10}, {colIndName, 40}, {colYear, 8}, {colValue, 12},
		{colUnit, 12}, {colSource, 42}, {colReporter, 26}, {colNote, 60},
	}
	requirementColumns = []column{
		{colID, 10}, {colIndName, 40}, {colYear, 8}, {colRequirement, 12},
		{colSource, 42}, {colNote, 60},
	}
	referenceColumns = []column{
		{colRefID, 20}, {colRefName, 30}, {colYear, 8}, {colValue, 12},
		{colSource, 42}, {colNote, 60},
	}
)

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
// requirements on 市级要求, the reference values on 参照数据, the key tasks'
// and major projects' reports on 重点任务 and 重大项目 (when p has them),
// and a 填报说明 sheet for the people who fill it in.
//
// Names and units come from p, rows are in the plan's order and then by
// year, and an empty 填报单位 is filled with the lead department's name.
// Values are numeric cells, except yes/no values, written as typed (完成,
// 未完成) or else as 是/否, and approximate values, written as typed (约5000).
// 市级要求 is written when ds has requirements or p has a municipal indicator
// compared by le or ge; 参照数据 when ds has reference values or p has
// references.
//
// An observation, task report or project report whose id p does not know
// is an error naming the sheet, the id and the year; nothing is then
// written to w. Other errors come from
// building the workbook or from w.
func WriteInput(w io.Writer, p *model.Plan, ds *model.Dataset, opts InputOptions) error {
	in, err := planInput(p.ID, eval.NewInputs(p, ds), inputLayout{years: opts.Years, superior: p.SuperiorLevel()})
	if err != nil {
		return err
	}
	tpl, err := loadTemplates(nil)
	if err != nil {
		return err
	}
	b := newBook(tpl)
	defer b.f.Close()
	b.writeInput(in)
	b.sheet(sheetHelp)
	b.help(p, in.withReqs, in.withRefs, opts.Notes)
	title := opts.Title
	if title == "" {
		title = b.say("xlsx_input_title", view{X: p})
	}
	b.props(p.Name, title, opts.Date)
	if b.err != nil {
		return fmt.Errorf("building the workbook: %w", b.err)
	}
	return b.writeTo(w)
}

// inputLayout is what the input sheets hold besides the dataset's
// observations. The zero value holds the observations only.
type inputLayout struct {
	// years adds, for each of these years, an empty row for every selected
	// indicator (and municipal requirement, and reference) with no value.
	years []int

	// pick selects the indicators that get empty rows, and whose
	// requirements and references are wanted; nil selects all.
	pick func(*eval.InputIndicator) bool

	// dept, when set, limits the empty rows of tasks and projects to those
	// this department leads.
	dept string

	// only, when set, limits the sheets to these indicators, tasks and
	// projects (a department's result): the others and their data are left
	// out, as if the plan did not have them. The references stay whole.
	only *scope

	// previous, when set, adds a 上年数值 column: each row's value of the
	// year before, from this dataset.
	previous *model.Dataset

	// superior is the plan's superior level (model.Plan.SuperiorLevel),
	// which names the requirements sheet; "" reads as 市级.
	superior string

	// validate adds data validation to the value column: a decimal number,
	// or a yes/no answer for yes/no indicators.
	validate bool
}

// scope is a set of indicators, tasks and projects, by the plan's ids.
type scope struct {
	inds, tasks, projects map[string]bool
}

// idYear is an indicator's or reference's value in a year.
type idYear struct {
	id   string
	year int
}

// input is the input sheets planned: their rows, in order.
type input struct {
	planID             string
	src                *eval.Inputs // the plan's items in the layout's scope, and the data
	lay                inputLayout
	inds               map[string]*eval.InputIndicator // src's indicators by id
	tasks              map[string]*eval.InputTask      // src's tasks by id
	projects           map[string]bool                 // src's projects by id
	values, reqs, refs []row
	withReqs, withRefs bool
	reqSheet           string        // the requirements sheet's name: 市级要求, 省级要求, 国家要求
	taskLines          []taskLine    // 重点任务's rows, in order
	projectLines       []projectLine // 重大项目's rows, in order
}

// indicator is the indicator with the plan's id, or nil.
func (in *input) indicator(id string) *eval.InputIndicator { return in.inds[id] }

// task is the task with the plan's id, or nil.
func (in *input) task(id string) *eval.InputTask { return in.tasks[id] }

// hasProject reports whether the project with the plan's id is among the
// input's.
func (in *input) hasProject(id string) bool { return in.projects[id] }

// row is one line of an input sheet: an observation, or an empty line of a
// template (obs nil).
type row struct {
	order int // the indicator's or reference's place in the plan
	id    string
	name  string
	year  int
	obs   *model.Observation
}

// rowIndex maps each id and year to its sheet row; the first line wins, as
// it does in report/sheet.
func rowIndex(rows []row) map[idYear]int {
	m := make(map[idYear]int, len(rows))
	for i, r := range rows {
		k := idYear{r.id, r.year}
		if _, dup := m[k]; !dup {
			m[k] = i + 2
		}
	}
	return m
}

// planInput orders src's observations by its items and adds the layout's
// empty rows. An id src does not know is an error naming the sheet, the id
// and the year, and plan planID.
func planInput(planID string, src *eval.Inputs, lay inputLayout) (*input, error) {
	all := src
	src = lay.only.of(src)
	pick := lay.pick
	if pick == nil {
		pick = func(*eval.InputIndicator) bool { return true }
	}
	in := &input{planID: planID, src: src, lay: lay, reqSheet: requirementSheet(lay.superior), inds: make(map[string]*eval.InputIndicator, len(src.Indicators))}
	for i := range src.Indicators {
		if x := &src.Indicators[i]; in.inds[x.ID] == nil {
			in.inds[x.ID] = x
		}
	}
	in.tasks = make(map[string]*eval.InputTask, len(src.Tasks))
	for i := range src.Tasks {
		if x := &src.Tasks[i]; in.tasks[x.ID] == nil {
			in.tasks[x.ID] = x
		}
	}
	in.projects = make(map[string]bool, len(src.Projects))
	for _, x := range src.Projects {
		in.projects[x.ID] = true
	}
	known := newIDs(len(all.Indicators), func(i int) string { return all.Indicators[i].ID })
	var err error
	if in.values, err = indicatorRows(planID, src, known, src.Values, lay.years, pick); err != nil {
		return nil, fmt.Errorf("%s: %w", sheetValues, err)
	}
	needs := func(ind *eval.InputIndicator) bool { return pick(ind) && ind.Requirement }
	if in.reqs, err = indicatorRows(planID, src, known, src.Requirements, lay.years, needs); err != nil {
		return nil, fmt.Errorf("%s: %w", in.reqSheet, err)
	}
	used := func(ref *eval.InputReference) bool { return true }
	if lay.pick != nil {
		used = func(ref *eval.InputReference) bool { return usesReference(src, pick, ref.ID) }
	}
	if in.refs, err = referenceRows(planID, src, src.ReferenceValues, lay.years, used); err != nil {
		return nil, fmt.Errorf("%s: %w", sheetReferences, err)
	}
	if in.taskLines, err = taskLines(planID, src, all, lay); err != nil {
		return nil, fmt.Errorf("%s: %w", sheetTasks, err)
	}
	if in.projectLines, err = projectLines(planID, src, all, lay); err != nil {
		return nil, fmt.Errorf("%s: %w", sheetProjects, err)
	}
	in.withReqs = len(in.reqs) > 0
	in.withRefs = len(in.refs) > 0
	for i := range src.Indicators {
		in.withReqs = in.withReqs || needs(&src.Indicators[i])
	}
	for i := range src.References {
		in.withRefs = in.withRefs || used(&src.References[i])
	}
	return in, nil
}

// of is the part of in about the scope's items, with their data; in
// itself when s is nil. An observation or report whose id names none of
// in's items is kept, for planInput to refuse.
func (s *scope) of(in *eval.Inputs) *eval.Inputs {
	if s == nil {
		return in
	}
	out := *in
	out.Indicators, out.Tasks, out.Projects = nil, nil, nil
	for _, x := range in.Indicators {
		if s.inds[x.ID] {
			out.Indicators = append(out.Indicators, x)
		}
	}
	for _, x := range in.Tasks {
		if s.tasks[x.ID] {
			out.Tasks = append(out.Tasks, x)
		}
	}
	for _, x := range in.Projects {
		if s.projects[x.ID] {
			out.Projects = append(out.Projects, x)
		}
	}
	inds := newIDs(len(in.Indicators), func(i int) string { return in.Indicators[i].ID })
	keep := func(id string) bool {
		i, ok := inds.find(id)
		return !ok || s.inds[in.Indicators[i].ID]
	}
	out.Values = keepObs(in.Values, keep)
	out.Requirements = keepObs(in.Requirements, keep)
	tasks := newIDs(len(in.Tasks), func(i int) string { return in.Tasks[i].ID })
	out.TaskReports = nil
	for _, r := range in.TaskReports {
		if i, ok := tasks.find(r.ID); !ok || s.tasks[in.Tasks[i].ID] {
			out.TaskReports = append(out.TaskReports, r)
		}
	}
	projects := newIDs(len(in.Projects), func(i int) string { return in.Projects[i].ID })
	out.ProjectReports = nil
	for _, r := range in.ProjectReports {
		if i, ok := projects.find(r.ID); !ok || s.projects[in.Projects[i].ID] {
			out.ProjectReports = append(out.ProjectReports, r)
		}
	}
	return &out
}

func keepObs(obs []model.Observation, keep func(string) bool) []model.Observation {
	var out []model.Observation
	for _, o := range obs {
		if keep(o.ID) {
			out = append(out, o)
		}
	}
	return out
}

// ids finds items by id as report/sheet matches ids: the id as written,
// else its model.NormalizeID key; the first item of a key wins.
type ids struct {
	exact, norm map[string]int
}

func newIDs(n int, id func(int) string) ids {
	x := ids{exact: make(map[string]int, n), norm: make(map[string]int, n)}
	for i := 0; i < n; i++ {
		if !hasKey(x.exact, id(i)) {
			x.exact[id(i)] = i
		}
		if k := model.NormalizeID(id(i)); !hasKey(x.norm, k) {
			x.norm[k] = i
		}
	}
	return x
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

// find is the index of the item with the id, and whether there is one.
func (x ids) find(id string) (int, bool) {
	if i, ok := x.exact[id]; ok {
		return i, true
	}
	i, ok := x.norm[model.NormalizeID(id)]
	return i, ok
}

// usesReference reports whether an indicator pick selects is compared with
// the reference, or checked against it.
func usesReference(src *eval.Inputs, pick func(*eval.InputIndicator) bool, id string) bool {
	for i := range src.Indicators {
		ind := &src.Indicators[i]
		if !pick(ind) {
			continue
		}
		for _, ref := range ind.References {
			if ref == id {
				return true
			}
		}
	}
	return false
}

// indicatorRows orders obs by src's indicators and adds the template's
// empty rows for the indicators want selects. An id that none of the
// plan's indicators (known) has is an error; one of an indicator outside
// src is left out.
func indicatorRows(planID string, src *eval.Inputs, known ids, obs []model.Observation, years []int, want func(*eval.InputIndicator) bool) ([]row, error) {
	items := make([]planItem, len(src.Indicators))
	for i := range src.Indicators {
		ind := &src.Indicators[i]
		items[i] = planItem{id: ind.ID, name: ind.Name, want: want(ind)}
	}
	own := newIDs(len(items), func(i int) string { return items[i].id })
	return planRows(items, obs, years, func(id string) (int, bool, bool) {
		if i, ok := own.find(id); ok {
			return i, true, true
		}
		_, ok := known.find(id)
		return 0, ok, false
	}, func(o *model.Observation) error {
		return fmt.Errorf("indicator %q (%d年) is not in the plan %q; check the id against plan.yaml", o.ID, o.Year, planID)
	})
}

// referenceRows is indicatorRows for the references.
func referenceRows(planID string, src *eval.Inputs, obs []model.Observation, years []int, want func(*eval.InputReference) bool) ([]row, error) {
	items := make([]planItem, len(src.References))
	for i := range src.References {
		ref := &src.References[i]
		items[i] = planItem{id: ref.ID, name: ref.Name, want: want(ref)}
	}
	own := newIDs(len(items), func(i int) string { return items[i].id })
	return planRows(items, obs, years, func(id string) (int, bool, bool) {
		i, ok := own.find(id)
		return i, ok, ok
	}, func(o *model.Observation) error {
		return fmt.Errorf("reference %q (%d年) is not in the plan %q; check the id against plan.yaml's references", o.ID, o.Year, planID)
	})
}

// planItem is an indicator or a reference of the plan, in the plan's order.
type planItem struct {
	id, name string
	want     bool // gets the template's empty rows
}

// planRows orders obs by items, resolving each observation's id with find
// — the item's index, whether the plan knows the id, and whether the item
// is among items (unknown gives the error of unknown; a known id outside
// items is left out) — and adds an empty row for each wanted item and year
// without an observation.
func planRows(items []planItem, obs []model.Observation, years []int, find func(string) (int, bool, bool), unknown func(*model.Observation) error) ([]row, error) {
	var rows []row
	have := make(map[idYear]bool)
	for i := range obs {
		o := &obs[i]
		k, known, own := find(o.ID)
		switch {
		case !known:
			return nil, unknown(o)
		case !own:
			continue
		}
		id := items[k].id
		rows = append(rows, row{order: k, id: id, name: items[k].name, year: o.Year, obs: o})
		have[idYear{id, o.Year}] = true
	}
	for i, it := range items {
		if !it.want {
			continue
		}
		for _, y := range years {
			if !have[idYear{it.id, y}] {
				rows = append(rows, row{order: i, id: it.id, name: it.name, year: y})
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

// withPrevious inserts the 上年数值 column after the value column.
func withPrevious(cols []column) []column {
	out := make([]column, 0, len(cols)+1)
	for _, c := range cols {
		out = append(out, c)
		if c.name == colValue || c.name == colRequirement {
			out = append(out, column{colPrevious, 12})
		}
	}
	return out
}

// colIndex is the 1-based column of the header name in cols, or 0.
func colIndex(cols []column, name string) int {
	for i, c := range cols {
		if c.name == name {
			return i + 1
		}
	}
	return 0
}

// writeInput adds the input sheets at the end of the workbook and fills
// them: 指标数据 always, 市级要求 and 参照数据 when planned.
func (b *book) writeInput(in *input) {
	var prevValues, prevReqs, prevRefs map[string]model.Series
	vcols, qcols, rcols := valueColumns, requirementColumns, referenceColumns
	if prev := in.lay.previous; prev != nil {
		prevValues, prevReqs, prevRefs = model.ByID(prev.Values), model.ByID(prev.Requirements), model.ByID(prev.References)
		vcols, qcols, rcols = withPrevious(vcols), withPrevious(qcols), withPrevious(rcols)
	}

	b.sheet(sheetValues)
	b.header(sheetValues, vcols, len(in.values))
	for i, r := range in.values {
		b.valueRow(sheetValues, vcols, i+2, in.indicator(r.id), r, prevValues)
	}
	if in.lay.validate {
		b.validateValues(sheetValues, colIndex(vcols, colValue), true)
	}
	if in.withReqs {
		sh := in.reqSheet
		b.sheet(sh)
		b.header(sh, qcols, len(in.reqs))
		for i, r := range in.reqs {
			b.otherRow(sh, qcols, i+2, r, prevReqs)
		}
		if in.lay.validate {
			b.validateValues(sh, colIndex(qcols, colRequirement), false)
		}
	}
	if in.withRefs {
		b.sheet(sheetReferences)
		b.header(sheetReferences, rcols, len(in.refs))
		for i, r := range in.refs {
			b.otherRow(sheetReferences, rcols, i+2, r, prevRefs)
		}
		if in.lay.validate {
			b.validateValues(sheetReferences, colIndex(rcols, colValue), false)
		}
	}
	b.writeTasks(in)
	b.writeProjects(in)
}

// header writes a bold, frozen header row with a filter over n data rows,
// and sets the column widths.
func (b *book) header(sheet string, cols []column, n int) {
	ws := make([]float64, len(cols))
	for i, c := range cols {
		b.set(sheet, i+1, 1, c.name)
		ws[i] = c.width
	}
	b.widths(sheet, ws)
	b.styleRange(sheet, 1, 1, len(cols), 1, cellStyle{header: true})
	b.freeze(sheet, 0, 1)
	if b.err == nil {
		b.err = b.f.AutoFilter(sheet, fmt.Sprintf("A1:%s%d", colName(len(cols)), n+1), nil)
	}
	b.printSetup(sheet, 1, false)
}

// freeze freezes the first cols columns and rows rows of the sheet.
func (b *book) freeze(sheet string, cols, rows int) {
	if b.err != nil {
		return
	}
	b.err = b.f.SetPanes(sheet, panes(cols, rows))
}

// panes are the frozen panes of the first cols columns and rows rows.
func panes(cols, rows int) *excelize.Panes {
	top := cellName(cols+1, rows+1)
	pane := "bottomRight"
	switch {
	case cols == 0:
		pane = "bottomLeft"
	case rows == 0:
		pane = "topRight"
	}
	return &excelize.Panes{
		Freeze: true, XSplit: cols, YSplit: rows, TopLeftCell: top, ActivePane: pane,
		Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: pane}},
	}
}

// valueRow writes one line of 指标数据.
func (b *book) valueRow(sheet string, cols []column, r int, ind *eval.InputIndicator, x row, prev map[string]model.Series) {
	at := func(name string) int { return colIndex(cols, name) }
	b.set(sheet, at(colID), r, x.id)
	b.set(sheet, at(colIndName), r, x.name)
	b.set(sheet, at(colYear), r, x.year)
	if ind.Unit != "" {
		b.set(sheet, at(colUnit), r, ind.Unit)
	}
	reporter := ind.LeadName
	if x.obs != nil {
		b.set(sheet, at(colValue), r, cellValue(x.obs, ind.YesNo))
		b.set(sheet, at(colSource), r, text(x.obs.Source))
		if x.obs.Reporter != "" {
			reporter = x.obs.Reporter
		}
		b.set(sheet, at(colNote), r, text(x.obs.Note))
	}
	b.set(sheet, at(colReporter), r, text(reporter))
	if c := at(colPrevious); c > 0 {
		if o, ok := prev[x.id][x.year-1]; ok {
			b.setStyled(sheet, c, r, cellValue(&o, ind.YesNo), cellStyle{grey: true})
		}
	}
}

// otherRow writes one line of 市级要求 or 参照数据, which share a layout.
func (b *book) otherRow(sheet string, cols []column, r int, x row, prev map[string]model.Series) {
	b.set(sheet, 1, r, x.id)
	b.set(sheet, 2, r, x.name)
	b.set(sheet, 3, r, x.year)
	if x.obs != nil {
		b.set(sheet, 4, r, cellValue(x.obs, false))
		b.set(sheet, colIndex(cols, colSource), r, text(x.obs.Source))
		b.set(sheet, colIndex(cols, colNote), r, text(x.obs.Note))
	}
	if c := colIndex(cols, colPrevious); c > 0 {
		if o, ok := prev[x.id][x.year-1]; ok {
			b.setStyled(sheet, c, r, cellValue(&o, false), cellStyle{grey: true})
		}
	}
}

// validateValues checks what is typed into the value column col, on the
// whole column below the header, so that rows inserted, sorted or added
// keep the check: a number, or, on 指标数据 (indicators), also a yes/no
// answer (完成, 未完成, 是, 否), an approximate value (约5000, 5000左右,
// 以内 …) or 待补. A wrong entry warns rather than stops, since the format
// accepts more than the rule checks; report/sheet has the last word.
func (b *book) validateValues(sheet string, col int, indicators bool) {
	if b.err != nil {
		return
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = wholeColumn(col)
	if !indicators {
		b.err = dv.SetRange(-1e15, 1e15, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
	} else {
		dv.Type = "custom"
		dv.Formula1 = xmlText(valueCheck(cellName(col, 2)))
	}
	x := view{X: indicators}
	dv.SetError(excelize.DataValidationErrorStyleWarning, b.say("xlsx_value_error_title", x), b.say("xlsx_value_error", x))
	dv.SetInput(b.say("xlsx_value_prompt_title", x), b.say("xlsx_value_prompt", x))
	if b.err == nil {
		b.err = b.f.AddDataValidation(sheet, dv)
	}
}

// valueCheck is the formula that holds when the value cell (the first of
// the column, to which a spreadsheet relates the others) holds what
// 指标数据 takes: a number, nothing, 待补, a yes/no answer, or an
// approximate value. It stays under the 255 characters a validation's
// formula may have, and uses no array constant, which validations forbid.
func valueCheck(cell string) string {
	parts := []string{"ISNUMBER(" + cell + ")", "TRIM(" + cell + `)=""`}
	for _, w := range []string{"待补", "完成", "未完成", "是", "否"} {
		parts = append(parts, cell+`="`+w+`"`)
	}
	for _, w := range []string{"约", "左右", "以"} {
		parts = append(parts, `ISNUMBER(FIND("`+w+`",`+cell+`))`)
	}
	return "OR(" + strings.Join(parts, ",") + ")"
}

// xmlText escapes s for the text of an XML element.
func xmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
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

// help writes the 填报说明 sheet: how to fill the input sheets
// (xlsx_help), then notes.
func (b *book) help(p *model.Plan, withReqs, withRefs bool, notes []string) {
	x := struct {
		Plan                     *model.Plan
		Requirements, References bool
	}{p, withReqs, withRefs}
	lines := append(b.lines("xlsx_help", view{X: x}), notes...)
	if b.err == nil {
		b.err = b.f.SetColWidth(sheetHelp, "A", "A", 110)
	}
	for i, l := range lines {
		b.set(sheetHelp, 1, i+1, l)
		b.fitRow(sheetHelp, i+1, []string{l}, []float64{110})
	}
	b.styleRange(sheetHelp, 1, 2, 1, len(lines), cellStyle{wrap: true, top: true})
	b.styleRange(sheetHelp, 1, 1, 1, 1, cellStyle{header: true})
	b.printSetup(sheetHelp, 0, false)
}
