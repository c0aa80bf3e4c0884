package eval

import "plancheck/report/model"

// Inputs are the monitoring data the evaluation read, as it read them,
// with what the plan says of each indicator, reference, task and project
// they report on: the facts a writer needs to give the data back as a
// monitoring workbook (report/xlsx's input sheets 指标数据, 市级要求,
// 参照数据, 重点任务 and 重大项目) without the plan or the dataset.
//
// The items are the whole plan's, in its order; a department's result
// (ForDepartment) keeps them whole, and a writer takes those of the
// result's indicators, tasks and projects. The observations and reports
// are the dataset's, in the order read, each with the plan's id as the
// workbook reader resolved it; an id that names no item is kept, so that
// a writer can refuse it.
type Inputs struct {
	Indicators []InputIndicator `json:"indicators"`
	References []InputReference `json:"references"`
	Tasks      []InputTask      `json:"tasks"`
	Projects   []InputProject   `json:"projects"`

	Values          []model.Observation   `json:"values"`           // 指标数据
	Requirements    []model.Observation   `json:"requirements"`     // 市级要求
	ReferenceValues []model.Observation   `json:"reference_values"` // 参照数据
	TaskReports     []model.TaskReport    `json:"task_reports"`     // 重点任务
	ProjectReports  []model.ProjectReport `json:"project_reports"`  // 重大项目
}

// InputIndicator is what the plan says of an indicator that its rows in
// the monitoring workbook show or depend on.
type InputIndicator struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Unit     string   `json:"unit"`
	Lead     string   `json:"lead"`      // the lead department's id
	LeadName string   `json:"lead_name"` // its name: the default 填报单位
	Partners []string `json:"partners"`  // the partner departments' names

	// YesNo is set for an indicator reported as 完成/未完成 (boolean, or
	// a municipal requirement to be met).
	YesNo bool `json:"yes_no"`
	// Requirement is set for an indicator judged each year against the
	// city's requirement (a row of 市级要求 per year).
	Requirement bool `json:"requirement"`
	// References are the references it is compared with or whose levels
	// check its rates, by id.
	References []string `json:"references,omitempty"`

	// Baseline is the plan's base-year value; nil when the base year's
	// value comes from 指标数据.
	Baseline *float64 `json:"baseline"`
	// Target is the plan's target number as the kind reads it: the level
	// to reach, the change of a delta target, the total of a cumulative
	// one, the yearly rate of a growth target.
	Target float64 `json:"target"`
}

// InputReference is one of the plan's references.
type InputReference struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Unit string `json:"unit,omitempty"`
}

// InputTask is what the plan says of a key task that its rows on
// 重点任务 show or depend on.
type InputTask struct {
	ID         string         `json:"id"`
	Title      string         `json:"title"`
	Lead       string         `json:"lead"`
	LeadName   string         `json:"lead_name"`
	Partners   []string       `json:"partners"` // the partner departments' names
	Milestones map[int]string `json:"milestones"`
	// DueFrom is the first year after the base year by which a milestone
	// has fallen due, so that a task reported 滞后 or 未启动 in a year from
	// then on is behind (TaskResult.Behind): the year after the base year
	// for a task without milestones; 0 when none falls due in the plan
	// period.
	DueFrom int `json:"due_from"`
}

// InputProject is what the plan says of a major project that its rows on
// 重大项目 show.
type InputProject struct {
	ID       string                    `json:"id"`
	Name     string                    `json:"name"`
	Lead     string                    `json:"lead"`
	LeadName string                    `json:"lead_name"`
	Years    map[int]model.ProjectYear `json:"years"` // the planned investment and milestone of each year
}

// NewInputs gathers the Inputs of plan p and the dataset ds (nil: no
// data). Evaluate fills Result.Inputs with it; a writer of a monitoring
// workbook that has no result (a blank template, the sample data) calls it
// itself.
func NewInputs(p *model.Plan, ds *model.Dataset) *Inputs {
	if ds == nil {
		ds = &model.Dataset{}
	}
	in := &Inputs{
		Indicators:      make([]InputIndicator, 0, len(p.Indicators)),
		References:      make([]InputReference, 0, len(p.References)),
		Tasks:           make([]InputTask, 0, len(p.Tasks)),
		Projects:        make([]InputProject, 0, len(p.Projects)),
		Values:          ds.Values,
		Requirements:    ds.Requirements,
		ReferenceValues: ds.References,
		TaskReports:     ds.Tasks,
		ProjectReports:  ds.Projects,
	}
	names := func(ids []string) []string {
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			out = append(out, p.DepartmentName(id))
		}
		return out
	}
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		t := ind.Target
		x := InputIndicator{
			ID: ind.ID, Name: ind.Name, Unit: ind.Unit, Lead: ind.Lead, LeadName: p.DepartmentName(ind.Lead),
			Partners: names(ind.Partners), YesNo: ind.IsYesNo(),
			Requirement: t.Kind == model.Municipal && (t.Compare == model.LE || t.Compare == model.GE),
			Baseline:    ind.Baseline, Target: t.Value,
		}
		for _, ref := range []string{t.Reference, ind.Levels} {
			if ref != "" && p.Reference(ref) != nil {
				x.References = append(x.References, ref)
			}
		}
		in.Indicators = append(in.Indicators, x)
	}
	for _, r := range p.References {
		in.References = append(in.References, InputReference{ID: r.ID, Name: r.Name, Unit: r.Unit})
	}
	for i := range p.Tasks {
		t := &p.Tasks[i]
		x := InputTask{ID: t.ID, Title: t.Title, Lead: t.Lead, LeadName: p.DepartmentName(t.Lead),
			Partners: names(t.Partners), Milestones: t.Milestones}
		for y := p.BaseYear + 1; y <= p.TargetYear; y++ {
			if milestoneDue(t, p.BaseYear, y) {
				x.DueFrom = y
				break
			}
		}
		in.Tasks = append(in.Tasks, x)
	}
	for _, pj := range p.Projects {
		in.Projects = append(in.Projects, InputProject{ID: pj.ID, Name: pj.Name, Lead: pj.Lead,
			LeadName: p.DepartmentName(pj.Lead), Years: pj.Years})
	}
	return in
}
