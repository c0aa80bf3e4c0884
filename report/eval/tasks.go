package eval

import (
	"sort"
	"strings"

	"plancheck/report/model"
)

// TaskResult is one key task in year Y: what the plan expected by then and
// what its department reported.
type TaskResult struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Chapter  string `json:"chapter"`
	Section  string `json:"section"`
	Source   string `json:"source"`
	Lead     string `json:"lead"`
	LeadName string `json:"lead_name"`
	Key      bool   `json:"key"`
	Sample   bool   `json:"sample"`

	Milestone     string         `json:"milestone"` // due by the end of Y
	Progress      model.Progress `json:"progress"`  // reported for Y; "" when not reported
	ProgressLabel string         `json:"progress_label"`
	Share         *float64       `json:"share"` // 完成比例 %, when reported
	Text          string         `json:"text,omitempty"`
	Reporter      string         `json:"reporter,omitempty"`
	At            string         `json:"at,omitempty"`

	// Behind is set for a task reported lagging or not started while a
	// milestone was due (a major problem when the task is key).
	Behind bool       `json:"behind"`
	Years  []TaskYear `json:"years"`
}

// TaskYear is a task's plan and report for one year.
type TaskYear struct {
	Year      int            `json:"year"`
	Milestone string         `json:"milestone,omitempty"`
	Progress  model.Progress `json:"progress,omitempty"`
	Label     string         `json:"progress_label,omitempty"`
	Share     *float64       `json:"share,omitempty"`
	Text      string         `json:"text,omitempty"`
}

// ProjectResult is one major project in year Y: investment completed
// against plan, cumulatively, and the year's milestone.
type ProjectResult struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Lead       string  `json:"lead"`
	LeadName   string  `json:"lead_name"`
	Investment float64 `json:"investment"` // total planned, 亿元
	Sample     bool    `json:"sample"`

	Planned   float64  `json:"planned"`   // planned investment B<y≤Y, cumulative
	Completed *float64 `json:"completed"` // reported investment B<y≤Y, cumulative; nil when nothing reported
	Share     *float64 `json:"share"`     // Completed / Planned
	Milestone string   `json:"milestone"` // planned for Y
	Reported  string   `json:"reported"`  // 形象进度 reported for Y
	Reached   *bool    `json:"milestone_reached"`

	Status      model.ProjectStatus `json:"status"` // on_track, behind, no_data
	StatusLabel string              `json:"status_label"`
	// Causes say why a project is behind: investment_behind when the
	// investment completed falls short of plan by more than
	// Thresholds.ProjectBehind, milestone_missed when the year's milestone
	// is reported not reached; both may hold.
	Causes []model.Cause `json:"causes,omitempty"`
	Years  []ProjectYear `json:"years"`
}

// ProjectYear is a project's plan and report for one year.
type ProjectYear struct {
	Year      int      `json:"year"`
	Planned   float64  `json:"planned"`
	Completed *float64 `json:"completed"`
	Milestone string   `json:"milestone,omitempty"`
	Reported  string   `json:"reported,omitempty"`
	Reached   *bool    `json:"milestone_reached,omitempty"`
}

// TaskGroup counts the tasks of a chapter or a department by reported progress.
type TaskGroup struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Total      int     `json:"total"`
	Key        int     `json:"key"`    // tasks marked key
	Sample     int     `json:"sample"` // tasks marked 示例
	Done       int     `json:"done"`
	OnSchedule int     `json:"on_schedule"`
	Behind     int     `json:"behind"`
	NotStarted int     `json:"not_started"`
	NoReport   int     `json:"no_report"`
	Share      float64 `json:"share"` // (done + on schedule) / reported; 0 when none reported
}

// DepartmentResult is what one lead department answers for: its
// indicators, tasks and projects, how many are on track, and what it must
// report next year.
type DepartmentResult struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Indicators []string `json:"indicators"`
	Tasks      []string `json:"tasks"`
	Projects   []string `json:"projects"`
	Binding    int      `json:"binding"`    // how many of Indicators are binding
	Assessable int      `json:"assessable"` // items with a judgment
	OnTrack    int      `json:"on_track"`   // indicators good, tasks done or on schedule, projects on track
	Score      float64  `json:"score"`      // OnTrack / Assessable; 0 when nothing is assessable
	Problems   int      `json:"problems"`
	// Unreported counts what the department did not report up to Y.
	Unreported Unreported   `json:"unreported"`
	Next       []NextReport `json:"next_year"` // what to report next year
}

// Unreported counts a department's missing reports: its indicators with
// a year missing up to Y (finding missing), its tasks not reported in Y
// (task_missing) and its projects with a year missing (project_missing).
type Unreported struct {
	Indicators int `json:"indicators"`
	Tasks      int `json:"tasks"`
	Projects   int `json:"projects"`
}

// Subject is what a department answers for: an indicator, a key task or
// a major project.
type Subject string

// The subjects.
const (
	SubjectIndicator Subject = "indicator"
	SubjectTask      Subject = "task"
	SubjectProject   Subject = "project"
)

// NextReport is one thing a department must report for the year after
// Y: an indicator's value; a task's milestone due that year; a project's
// planned investment and milestone.
type NextReport struct {
	Subject    Subject  `json:"subject"`
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	Year       int      `json:"year"`
	Milestone  string   `json:"milestone,omitempty"`
	Investment *float64 `json:"investment,omitempty"` // 亿元
}

const (
	projectOnTrack = model.ProjectOnTrack
	projectBehind  = model.ProjectBehind
	projectNoData  = model.ProjectNoData
)

// tasks evaluates the plan's key tasks in year Y.
func (e *evaluator) tasks(ds *model.Dataset) []TaskResult {
	reports := model.ByIDYear(ds.Tasks, func(r model.TaskReport) (string, int) { return r.ID, r.Year })
	out := make([]TaskResult, 0, len(e.p.Tasks))
	for i := range e.p.Tasks {
		t := &e.p.Tasks[i]
		r := TaskResult{
			ID: t.ID, Title: t.Title, Chapter: t.Chapter, Section: t.Section, Source: t.Source,
			Lead: t.Lead, LeadName: e.p.DepartmentName(t.Lead), Key: t.Key, Sample: t.Sample,
			Milestone: t.Milestones[e.Y],
		}
		rep := reports[t.ID]
		var lastDone int
		for y := e.B + 1; y <= e.Y; y++ {
			ty := TaskYear{Year: y, Milestone: t.Milestones[y]}
			if o, ok := rep[y]; ok {
				ty.Progress, ty.Label, ty.Share, ty.Text = o.Progress, o.Progress.Label(), o.Share, o.Text
				if lastDone > 0 && o.Progress != model.Done {
					e.findings = append(e.findings, Finding{
						Severity: Warning, Code: model.FindTaskRegressed, Task: t.ID, Name: t.Title, Year: y, At: o.At.String(),
						Progress: o.Progress, DoneYear: lastDone,
					})
				}
				if o.Progress == model.Done {
					lastDone = y
				} else {
					lastDone = 0
				}
			}
			r.Years = append(r.Years, ty)
		}
		if o, ok := rep[e.Y]; ok {
			r.Progress, r.ProgressLabel, r.Share, r.Text, r.Reporter, r.At = o.Progress, o.Progress.Label(), o.Share, o.Text, o.Reporter, o.At.String()
			r.Sample = r.Sample || strings.Contains(o.Source, model.SampleSource)
			r.Behind = (o.Progress == model.Behind || o.Progress == model.NotStarted) && milestoneDue(t, e.B, e.Y)
		} else {
			r.ProgressLabel = model.NotReported.Label()
			e.findings = append(e.findings, Finding{
				Severity: Warning, Code: model.FindTaskMissing, Task: t.ID, Name: t.Title, Year: e.Y, Lead: t.Lead, LeadName: e.p.DepartmentName(t.Lead),
			})
		}
		out = append(out, r)
	}
	return out
}

// milestoneDue reports whether any milestone of the task fell due by Y.
func milestoneDue(t *model.Task, B, Y int) bool {
	if len(t.Milestones) == 0 {
		return true // no milestones: every year counts
	}
	for y := B + 1; y <= Y; y++ {
		if t.Milestones[y] != "" {
			return true
		}
	}
	return false
}

// projects evaluates the major projects in year Y.
func (e *evaluator) projects(ds *model.Dataset) []ProjectResult {
	reports := model.ByIDYear(ds.Projects, func(r model.ProjectReport) (string, int) { return r.ID, r.Year })
	out := make([]ProjectResult, 0, len(e.p.Projects))
	for i := range e.p.Projects {
		pj := &e.p.Projects[i]
		r := ProjectResult{
			ID: pj.ID, Name: pj.Name, Lead: pj.Lead, LeadName: e.p.DepartmentName(pj.Lead),
			Investment: pj.Investment, Sample: pj.Sample, Milestone: pj.Years[e.Y].Milestone,
		}
		rep := reports[pj.ID]
		var done float64
		reported := false
		var missing []int
		for y := e.B + 1; y <= e.Y; y++ {
			plan := pj.Years[y]
			r.Planned += plan.Investment
			py := ProjectYear{Year: y, Planned: plan.Investment, Milestone: plan.Milestone}
			if o, ok := rep[y]; ok {
				py.Completed, py.Reported, py.Reached = o.Investment, o.Milestone, o.Reached
				if o.Investment != nil {
					done += *o.Investment
					reported = true
				}
				r.Sample = r.Sample || strings.Contains(o.Source, model.SampleSource)
			} else if plan.Investment > 0 || plan.Milestone != "" {
				missing = append(missing, y)
			}
			r.Years = append(r.Years, py)
		}
		if o, ok := rep[e.Y]; ok {
			r.Reported, r.Reached = o.Milestone, o.Reached
		}
		if reported {
			r.Completed = num(done)
			if r.Planned > 0 {
				r.Share = num(done / r.Planned)
			}
		}
		if len(missing) > 0 {
			e.findings = append(e.findings, Finding{
				Severity: Warning, Code: model.FindProjectMissing, Project: pj.ID, Name: pj.Name, Year: missing[len(missing)-1], Years: missing,
			})
		}
		if reported && r.Planned > 0 && round9((r.Planned-done)/r.Planned) > e.th.ProjectBehind {
			r.Causes = append(r.Causes, model.CauseInvestmentBehind)
		}
		if r.Reached != nil && !*r.Reached {
			r.Causes = append(r.Causes, model.CauseMilestoneMissed)
		}
		switch {
		case len(r.Causes) > 0:
			r.Status = projectBehind
		case !reported:
			r.Status = projectNoData
		default:
			r.Status = projectOnTrack
		}
		r.StatusLabel = r.Status.Label()
		out = append(out, r)
	}
	return out
}

// taskGroups counts tasks by a key (chapter or lead), in first-seen order.
func taskGroups(tasks []TaskResult, key func(*TaskResult) (string, string)) []TaskGroup {
	var out []TaskGroup
	idx := map[string]int{}
	for i := range tasks {
		t := &tasks[i]
		id, name := key(t)
		j, ok := idx[id]
		if !ok {
			j = len(out)
			idx[id] = j
			out = append(out, TaskGroup{ID: id, Name: name})
		}
		out[j].add(t)
	}
	for i := range out {
		out[i].finish()
	}
	return out
}

// CountTasks counts tasks by their progress in one group named id, name.
func CountTasks(id, name string, tasks []TaskResult) TaskGroup {
	g := TaskGroup{ID: id, Name: name}
	for i := range tasks {
		g.add(&tasks[i])
	}
	g.finish()
	return g
}

func (g *TaskGroup) add(t *TaskResult) {
	g.Total++
	if t.Key {
		g.Key++
	}
	if t.Sample {
		g.Sample++
	}
	switch t.Progress {
	case model.Done:
		g.Done++
	case model.OnSchedule:
		g.OnSchedule++
	case model.Behind:
		g.Behind++
	case model.NotStarted:
		g.NotStarted++
	default:
		g.NoReport++
	}
}

// finish computes the share of reported tasks done or on schedule.
func (g *TaskGroup) finish() {
	if n := g.Total - g.NoReport; n > 0 {
		g.Share = float64(g.Done+g.OnSchedule) / float64(n)
	}
}

// departments gathers, for each lead department, its indicators, tasks and
// projects, with a score of what is on track and what it must report next
// year. The plan's department order comes first, then leads not listed.
func departments(p *model.Plan, res *Result) []DepartmentResult {
	var out []DepartmentResult
	idx := map[string]int{}
	get := func(id string) *DepartmentResult {
		if id == "" {
			id = "—"
		}
		j, ok := idx[id]
		if !ok {
			j = len(out)
			idx[id] = j
			out = append(out, DepartmentResult{ID: id, Name: p.DepartmentName(id)})
		}
		return &out[j]
	}
	next := res.Year + 1
	for _, ind := range res.Indicators {
		d := get(ind.Lead)
		d.Indicators = append(d.Indicators, ind.ID)
		if ind.Binding {
			d.Binding++
		}
		if ind.Status.Assessable() {
			d.Assessable++
			if ind.Status.Good() {
				d.OnTrack++
			}
		}
		if next <= p.TargetYear {
			d.Next = append(d.Next, NextReport{Subject: SubjectIndicator, ID: ind.ID, Name: ind.Name, Year: next})
		}
	}
	tasks := map[string]*model.Task{}
	for i := range p.Tasks {
		tasks[p.Tasks[i].ID] = &p.Tasks[i]
	}
	for _, t := range res.Tasks {
		d := get(t.Lead)
		d.Tasks = append(d.Tasks, t.ID)
		if t.Progress != "" {
			d.Assessable++
			if t.Progress == model.Done || t.Progress == model.OnSchedule {
				d.OnTrack++
			}
		}
		if m := tasks[t.ID].Milestones[next]; next <= p.TargetYear && m != "" && t.Progress != model.Done {
			d.Next = append(d.Next, NextReport{Subject: SubjectTask, ID: t.ID, Name: t.Title, Year: next, Milestone: m})
		}
	}
	projects := map[string]*model.Project{}
	for i := range p.Projects {
		projects[p.Projects[i].ID] = &p.Projects[i]
	}
	for _, pr := range res.Projects {
		d := get(pr.Lead)
		d.Projects = append(d.Projects, pr.ID)
		if pr.Status != projectNoData {
			d.Assessable++
			if pr.Status == projectOnTrack {
				d.OnTrack++
			}
		}
		if py, ok := projects[pr.ID].Years[next]; ok && next <= p.TargetYear {
			inv := py.Investment
			d.Next = append(d.Next, NextReport{Subject: SubjectProject, ID: pr.ID, Name: pr.Name, Year: next, Milestone: py.Milestone, Investment: &inv})
		}
	}
	for _, pb := range res.Problems {
		get(pb.Lead).Problems++
	}
	lead := map[string]string{} // subject key → lead
	for _, r := range res.Indicators {
		lead["i"+r.ID] = r.Lead
	}
	for _, t := range res.Tasks {
		lead["t"+t.ID] = t.Lead
	}
	for _, pr := range res.Projects {
		lead["p"+pr.ID] = pr.Lead
	}
	for _, q := range res.Quality {
		var key string
		switch q.Code {
		case model.FindMissing:
			key = "i" + q.Indicator
		case model.FindTaskMissing:
			key = "t" + q.Task
		case model.FindProjectMissing:
			key = "p" + q.Project
		}
		l, ok := lead[key]
		if !ok {
			continue // not a missing report, or not of the plan's items
		}
		u := &get(l).Unreported
		switch key[0] {
		case 'i':
			u.Indicators++
		case 't':
			u.Tasks++
		default:
			u.Projects++
		}
	}
	for i := range out {
		if out[i].Assessable > 0 {
			out[i].Score = float64(out[i].OnTrack) / float64(out[i].Assessable)
		}
	}
	// The plan's department order, then any others by id.
	order := map[string]int{}
	for i, d := range p.Departments {
		order[d.ID] = i
	}
	sort.SliceStable(out, func(a, b int) bool {
		oa, okA := order[out[a].ID]
		ob, okB := order[out[b].ID]
		switch {
		case okA && okB:
			return oa < ob
		case okA != okB:
			return okA
		}
		return out[a].ID < out[b].ID
	})
	return out
}

// HasCause reports whether c is among the project's causes.
func (r ProjectResult) HasCause(c model.Cause) bool {
	for _, x := range r.Causes {
		if x == c {
			return true
		}
	}
	return false
}
