package sheet

import (
	"fmt"
	"strings"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// The sheets of key tasks and major projects (docs/FORMAT.md):
//
//	重点任务 (tasks):    任务编号 | 年份 | 进展状态 | 完成比例 | 进展说明 | 填报单位
//	重大项目 (projects): 项目编号 | 年份 | 完成投资 | 形象进度 | 节点完成 | 说明 | 填报单位
const (
	TaskSheet    = "重点任务"
	ProjectSheet = "重大项目"
)

// table is a sheet read as a header row and the rows below it, with the
// columns found by their header words.
type table struct {
	sr   *sheetReader
	cols map[string]int // field → column
	rows []gridRow      // below the header
}

// readTable finds the header row (within the first HeaderRows rows) holding
// every required field; fields maps each field to the header words that
// name it.
func (rd *reader) readTable(sheet string, fields map[string][]string, required ...string) (*table, bool) {
	sr := &sheetReader{rd: rd, sheet: sheet}
	if !sr.scan() || !sr.measure() {
		return nil, false
	}
	for i := range sr.rows {
		r := &sr.rows[i]
		if r.num > HeaderRows {
			break
		}
		cols := map[string]int{}
		for _, c := range r.cells {
			h := normHeader(c.v)
			for f, words := range fields {
				for _, w := range words {
					if h == w && cols[f] == 0 {
						cols[f] = c.col
					}
				}
			}
		}
		complete := true
		for _, f := range required {
			complete = complete && cols[f] > 0
		}
		if complete {
			return &table{sr: sr, cols: cols, rows: sr.rows[i+1:]}, true
		}
	}
	names := make([]string, len(required))
	for i, f := range required {
		names[i] = fields[f][0]
	}
	sr.errorf("", tr.Format("sheet.kNoHeader"), strings.Join(names, ", "), HeaderRows)
	return nil, false
}

func (t *table) get(r *gridRow, field string) string {
	if c := t.cols[field]; c > 0 {
		return strings.TrimSpace(r.get(c))
	}
	return ""
}

func (t *table) cell(r *gridRow, field string) string {
	c := t.cols[field]
	if c == 0 {
		c = 1
	}
	return cellName(c, r.num)
}

// year reads a row's year, within the plan's years.
func (t *table) year(r *gridRow) (int, bool) {
	text := t.get(r, "year")
	y, ok := parseYear(text)
	p := t.sr.rd.p
	switch {
	case !ok:
		t.sr.errorf(t.cell(r, "year"), tr.Format("sheet.notYear"), text, p.BaseYear+1)
		return 0, false
	case y <= p.BaseYear || y > p.TargetYear:
		t.sr.errorf(t.cell(r, "year"), tr.Format("sheet.kYearOutside"), y, p.BaseYear+1, p.TargetYear)
		return 0, false
	}
	return y, true
}

// number reads an optional number; blank and the missing words give nil.
func (t *table) number(r *gridRow, field, what string) (*float64, bool) {
	text := t.get(r, field)
	n, err := ParseNumber(text)
	if err != nil {
		t.sr.errorf(t.cell(r, field), tr.Format("sheet.kNotNumber"), text, what)
		return nil, false
	}
	if n.Missing {
		return nil, true
	}
	return &n.Value, true
}

func (rd *reader) readTasks(sheet string) []model.TaskReport {
	t, ok := rd.readTable(sheet, map[string][]string{
		"id": {"任务编号", "编号", "id"}, "year": {"年份", "年度", "year"}, "progress": {"进展状态", "状态", "progress"},
		"share": {"完成比例", "share"}, "text": {"进展说明", "说明", "note"}, "reporter": {"填报单位", "reporter"},
		"source": {"数据来源", "source"},
	}, "id", "year", "progress")
	if !ok {
		return nil
	}
	seen := map[string]string{}
	var out []model.TaskReport
	for i := range t.rows {
		r := &t.rows[i]
		id := t.get(r, "id")
		if id == "" {
			continue
		}
		task := rd.p.FindTask(id)
		if task == nil {
			if !t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.kUnknownTask"), id, taskExamples(rd.p)) {
				break
			}
			continue
		}
		y, ok := t.year(r)
		if !ok {
			continue
		}
		text := t.get(r, "progress")
		pr, ok := model.ParseProgress(fold(text))
		if !ok {
			if text == "" {
				// A row of the template left blank: not reported yet.
				continue
			}
			t.sr.errorf(t.cell(r, "progress"), tr.Format("sheet.kProgress"), text)
			continue
		}
		share, ok := t.number(r, "share", tr.Format("sheet.kPercent"))
		if !ok {
			continue
		}
		if share != nil && (*share < 0 || *share > 100) {
			t.sr.errorf(t.cell(r, "share"), tr.Format("sheet.kPercentRange"), quote(t.get(r, "share")))
			continue
		}
		key := fmt.Sprintf("%s/%d", task.ID, y)
		if prev, dup := seen[key]; dup {
			t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.kTaskTwice"), task.ID, y, prev)
			continue
		}
		seen[key] = t.cell(r, "id")
		out = append(out, model.TaskReport{ID: task.ID, Year: y, Progress: pr, Share: share,
			Text: t.get(r, "text"), Reporter: t.get(r, "reporter"), Source: t.get(r, "source"), At: t.sr.loc(t.cell(r, "progress"))})
	}
	return out
}

func (rd *reader) readProjects(sheet string) []model.ProjectReport {
	t, ok := rd.readTable(sheet, map[string][]string{
		"id": {"项目编号", "编号", "id"}, "year": {"年份", "年度", "year"}, "investment": {"完成投资", "完成投资(亿元)", "investment"},
		"milestone": {"形象进度", "milestone"}, "reached": {"节点完成", "reached"}, "note": {"说明", "备注", "note"},
		"reporter": {"填报单位", "reporter"}, "source": {"数据来源", "source"},
	}, "id", "year", "investment")
	if !ok {
		return nil
	}
	seen := map[string]string{}
	var out []model.ProjectReport
	for i := range t.rows {
		r := &t.rows[i]
		id := t.get(r, "id")
		if id == "" {
			continue
		}
		pj := rd.p.FindProject(id)
		if pj == nil {
			if !t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.kUnknownProject"), id) {
				break
			}
			continue
		}
		y, ok := t.year(r)
		if !ok {
			continue
		}
		inv, ok := t.number(r, "investment", tr.Format("sheet.kInvestUnit"))
		if !ok {
			continue
		}
		if inv != nil && *inv < 0 {
			t.sr.errorf(t.cell(r, "investment"), tr.Format("sheet.kInvestNeg"), quote(t.get(r, "investment")))
			continue
		}
		var reached *bool
		if text := t.get(r, "reached"); text != "" {
			v, ok := parseYesNo(fold(text))
			if !ok {
				t.sr.errorf(t.cell(r, "reached"), tr.Format("sheet.kMilestone"), text)
				continue
			}
			b := v == 1
			reached = &b
		}
		if inv == nil && reached == nil && t.get(r, "milestone") == "" {
			continue // a blank template row
		}
		key := fmt.Sprintf("%s/%d", pj.ID, y)
		if prev, dup := seen[key]; dup {
			t.sr.errorf(t.cell(r, "id"), tr.Format("sheet.kProjectTwice"), pj.ID, y, prev)
			continue
		}
		seen[key] = t.cell(r, "id")
		out = append(out, model.ProjectReport{ID: pj.ID, Year: y, Investment: inv, Milestone: t.get(r, "milestone"),
			Reached: reached, Note: t.get(r, "note"), Reporter: t.get(r, "reporter"), Source: t.get(r, "source"), At: t.sr.loc(t.cell(r, "investment"))})
	}
	return out
}

func taskExamples(p *model.Plan) string {
	var ids []string
	for i := 0; i < len(p.Tasks) && i < 3; i++ {
		ids = append(ids, p.Tasks[i].ID)
	}
	if len(ids) == 0 {
		return tr.Format("sheet.kNoTasks")
	}
	return strings.Join(ids, ", ") + " …"
}
