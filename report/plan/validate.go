package plan

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"plancheck/report/model"
	"plancheck/report/msg"
)

type validator struct {
	file  string
	lines map[string]int
	errs  ErrorList

	// The ids of each list by their NormalizeID key, to refuse look-alike
	// duplicates and to resolve what refers to them to one spelling.
	categories, departments, references, indicators, tasks, projects *idSet
	leads                                                            *idSet             // the leads, when the plan lists no departments
	codes                                                            map[string]idEntry // the indicators' codes → the indicator with it
}

// idSet is one list's ids by their NormalizeID key.
type idSet struct {
	what string // "indicator", "department", …
	ids  map[string]idEntry
}

type idEntry struct {
	id   string
	path string
}

func newIDSet(what string) *idSet { return &idSet{what: what, ids: map[string]idEntry{}} }

// resolve returns the plan's spelling of ref, or false when no id of the
// set has its key.
func (s *idSet) resolve(ref string) (string, bool) {
	e, ok := s.ids[model.NormalizeID(ref)]
	return e.id, ok
}

// id checks one id of a list — not empty, no control character, no
// look-alike of an earlier one — and records it. It reports whether the id
// is usable.
func (v *validator) id(set *idSet, path, id string) bool {
	if id == "" {
		return false // the callers say what is missing, in their words
	}
	if bad := model.BadText(id, false); bad != "" {
		v.errorf(path+".id", "plan.idBad", set.what, model.Quote(id), bad)
		return false
	}
	key := model.NormalizeID(id)
	if key == "" {
		v.errorf(path+".id", "plan.idBlank", set.what, model.Quote(id))
		return false
	}
	if prev, dup := set.ids[key]; dup {
		if prev.id == id {
			v.errorf(path+".id", "plan.idTwice", set.what, model.Quote(id), v.line(prev.path))
		} else {
			v.errorf(path+".id", "plan.idTwiceLike",
				set.what, model.Quote(id), v.line(prev.path), model.Quote(prev.id))
		}
		return false
	}
	set.ids[key] = idEntry{id: id, path: path}
	return true
}

// fileID checks an id that names output files (model.CheckFileID).
func (v *validator) fileID(path, what, id string) {
	if err := model.CheckFileID(id); err != nil {
		v.errorf(path, "plan.fileID", what, err)
	}
}

// text refuses a name, title or unit holding a control character (an ANSI
// escape, a tab; a line break unless newline) or a bidirectional control
// (model.BadText): the reports and messages print them.
func (v *validator) text(path, who, field, s string, newline bool) {
	if bad := model.BadText(s, newline); bad != "" {
		v.errorf(path, "plan.textBad", who, field, model.Quote(s), bad)
	}
}

// magnitude refuses a number beyond model.MaxMagnitude.
func (v *validator) magnitude(path, who, field string, f *float64) bool {
	if f != nil && math.Abs(*f) > model.MaxMagnitude {
		v.errorf(path, "plan.magnitude", who, field, *f, model.MaxMagnitude)
		return false
	}
	return true
}

// errorf records the error of the message id (report/msg) at path's line.
func (v *validator) errorf(path, id string, args ...any) {
	v.errs = append(v.errs, &Error{File: v.file, Line: v.line(path), Msg: msg.Sprintf(id, args...)})
}

// line finds the line of path, or of the nearest enclosing path that has one.
func (v *validator) line(path string) int {
	for path != "" {
		if l, ok := v.lines[path]; ok {
			return l
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0
}

func (v *validator) build(raw *rawFile) *model.Plan {
	rp := raw.Plan
	p := &model.Plan{
		ID: strings.TrimSpace(rp.ID), Name: strings.TrimSpace(rp.Name), ShortName: strings.TrimSpace(rp.ShortName),
		Region: strings.TrimSpace(rp.Region), Issuer: strings.TrimSpace(rp.Issuer),
		BaseYear: rp.BaseYear, TargetYear: rp.TargetYear, MidtermYear: rp.MidtermYear,
	}
	if _, ok := v.lines["plan"]; !ok {
		v.errorf("", "plan.noPlan")
	}
	if p.ID == "" {
		v.errorf("plan", "plan.noID")
	} else {
		v.fileID("plan.id", "plan.id", p.ID)
	}
	if p.Name == "" {
		v.errorf("plan", "plan.noName")
	}
	for _, f := range []struct{ key, val string }{{"name", p.Name}, {"short_name", p.ShortName}, {"region", p.Region}, {"issuer", p.Issuer}} {
		v.text("plan."+f.key, "plan", f.key, f.val, false)
	}
	if p.ShortName == "" {
		p.ShortName = p.Name
	}
	if p.Issuer == "" {
		p.Issuer = p.Region
	}
	switch {
	case p.BaseYear < 1900 || p.BaseYear > 2200:
		v.errorf("plan.base_year", "plan.baseYear", p.BaseYear)
	case p.TargetYear <= p.BaseYear || p.TargetYear > p.BaseYear+50:
		v.errorf("plan.target_year", "plan.targetYear", p.TargetYear, p.BaseYear)
	case p.MidtermYear != 0 && (p.MidtermYear <= p.BaseYear || p.MidtermYear >= p.TargetYear):
		v.errorf("plan.midterm_year", "plan.midtermYear", p.MidtermYear, p.BaseYear, p.TargetYear)
	}

	if len(raw.Categories) == 0 {
		v.errorf("categories", "plan.noCategories")
	}
	v.categories, v.departments, v.references = newIDSet(msg.Format("plan.what.category")), newIDSet(msg.Format("plan.what.department")), newIDSet(msg.Format("plan.what.reference"))
	v.indicators, v.tasks, v.projects = newIDSet(msg.Format("plan.what.indicator")), newIDSet(msg.Format("plan.what.task")), newIDSet(msg.Format("plan.what.project"))
	v.leads = newIDSet(msg.Format("plan.what.lead"))
	for i, c := range raw.Categories {
		path := fmt.Sprintf("categories.%d", i)
		c.ID, c.Name = strings.TrimSpace(c.ID), strings.TrimSpace(c.Name)
		v.named(path, v.categories, c.ID, c.Name)
		p.Categories = append(p.Categories, model.Category{ID: c.ID, Name: c.Name})
	}
	names := newIDSet(msg.Format("plan.what.departmentname"))
	for i, d := range raw.Departments {
		path := fmt.Sprintf("departments.%d", i)
		d.ID, d.Name = strings.TrimSpace(d.ID), strings.TrimSpace(d.Name)
		if v.named(path, v.departments, d.ID, d.Name) {
			// A department's id names its report: plan.id_year_department.
			v.fileID(path+".id", msg.Format("plan.what.departmentID"), d.ID)
		}
		if d.Name != "" && model.BadText(d.Name, false) == "" {
			if prev, dup := names.ids[model.NormalizeID(d.Name)]; dup {
				v.errorf(path+".name", "plan.deptName",
					model.Quote(d.ID), model.Quote(d.Name), model.Quote(prev.id), v.line(prev.path))
			} else {
				names.ids[model.NormalizeID(d.Name)] = idEntry{id: d.ID, path: path}
			}
		}
		p.Departments = append(p.Departments, model.Department{ID: d.ID, Name: d.Name})
	}
	for i, r := range raw.References {
		path := fmt.Sprintf("references.%d", i)
		r.ID, r.Name = strings.TrimSpace(r.ID), strings.TrimSpace(r.Name)
		v.named(path, v.references, r.ID, r.Name)
		unit := strings.TrimSpace(r.Unit)
		v.text(path+".unit", msg.Sprintf("plan.who.reference", model.Quote(r.ID)), "unit", unit, false)
		p.References = append(p.References, model.Reference{ID: r.ID, Name: r.Name, Unit: unit})
	}
	p.Evaluation = v.thresholds(raw.Evaluation)
	// Before the indicators: a requirement's default text names the level.
	p.Superior = v.superior(raw.Evaluation.Superior)

	if len(raw.Indicators) == 0 {
		v.errorf("indicators", "plan.noIndicators")
	}
	for i := range raw.Indicators {
		path := fmt.Sprintf("indicators.%d", i)
		ind := v.indicator(path, &raw.Indicators[i], p)
		v.id(v.indicators, path, ind.ID)
		p.Indicators = append(p.Indicators, ind)
	}
	v.relations(p)
	v.tasksAndProjects(raw, p)
	p.Themes = v.themes(raw.Themes)
	p.Index()
	return p
}

// Superiors are the levels evaluation: superior: may name (model.Plan.Superior).
var Superiors = []string{"市级", "省级", "国家"}

// superior checks evaluation: superior:, "" when absent.
func (v *validator) superior(s *string) string {
	if s == nil {
		return ""
	}
	level := strings.TrimSpace(*s)
	for _, l := range Superiors {
		if level == l {
			return level
		}
	}
	v.errorf("evaluation.superior", "plan.superior",
		model.Quote(level), strings.Join(Superiors, ", "))
	return ""
}

// themes checks themes: each an id, a name, and the indicators and tasks
// it covers, which must be the plan's and in one theme at most.
func (v *validator) themes(raw []rawTheme) []model.Theme {
	set := newIDSet(msg.Format("plan.what.theme"))
	type place struct{ theme, path string }
	seen := map[string]place{} // "indicator "+id or "task "+id → the theme listing it
	var out []model.Theme
	for i, r := range raw {
		path := fmt.Sprintf("themes.%d", i)
		th := model.Theme{ID: strings.TrimSpace(r.ID), Name: strings.TrimSpace(r.Name)}
		v.named(path, set, th.ID, th.Name)
		who := msg.Sprintf("plan.who.theme", model.Quote(th.ID))
		if len(r.Indicators)+len(r.Tasks) == 0 {
			v.errorf(path, "plan.themeEmpty", who)
		}
		members := func(key, what string, ids []string, known *idSet, dst *[]string) {
			for j, id := range ids {
				at := fmt.Sprintf("%s.%s.%d", path, key, j)
				id = strings.TrimSpace(id)
				got, ok := known.resolve(id)
				if !ok {
					v.errorf(at, "plan.themeUnknown", who, what, model.Quote(id), key)
					continue
				}
				k := what + " " + got
				if prev, dup := seen[k]; dup {
					v.errorf(at, "plan.themeTwice",
						who, what, model.Quote(got), model.Quote(prev.theme), v.line(prev.path))
					continue
				}
				seen[k] = place{theme: th.ID, path: at}
				*dst = append(*dst, got)
			}
		}
		members("indicators", msg.Format("plan.what.indicator"), r.Indicators, v.indicators, &th.Indicators)
		members("tasks", msg.Format("plan.what.task"), r.Tasks, v.tasks, &th.Tasks)
		out = append(out, th)
	}
	return out
}

// tasksAndProjects checks the key tasks and major projects.
func (v *validator) tasksAndProjects(raw *rawFile, p *model.Plan) {
	year := func(path, who string, y int) {
		if y <= p.BaseYear || y > p.TargetYear {
			v.errorf(path, "plan.yearOutside", who, y, p.BaseYear+1, p.TargetYear)
		}
	}
	lead := func(path, who string, id *string) {
		if *id == "" {
			v.errorf(path, "plan.noLead", who)
			return
		}
		*id = v.department(path+".lead", who, "lead", *id, p)
	}
	for i, r := range raw.Tasks {
		path := fmt.Sprintf("tasks.%d", i)
		t := model.Task{ID: strings.TrimSpace(r.ID), Title: strings.TrimSpace(r.Title), Chapter: strings.TrimSpace(r.Chapter),
			Section: strings.TrimSpace(r.Section), Source: strings.TrimSpace(r.Source), Lead: strings.TrimSpace(r.Lead),
			Partners: r.Partners, Key: r.Key, Milestones: r.Milestones, Sample: r.Sample, Note: strings.TrimSpace(r.Note), Line: v.line(path)}
		who := msg.Sprintf("plan.who.task", model.Quote(t.ID))
		v.named(path, v.tasks, t.ID, t.Title)
		lead(path, who, &t.Lead)
		for j, d := range t.Partners {
			t.Partners[j] = v.department(path+".partners", who, "partner", strings.TrimSpace(d), p)
		}
		for _, f := range []struct{ key, val string }{{"chapter", t.Chapter}, {"section", t.Section}, {"source", t.Source}} {
			v.text(path+"."+f.key, who, f.key, f.val, false)
		}
		v.text(path+".note", who, "note", t.Note, true)
		for _, y := range sortedKeys(t.Milestones) {
			year(path+".milestones", who, y)
			v.text(fmt.Sprintf("%s.milestones.%d", path, y), who, msg.Sprintf("plan.field.milestone", y), t.Milestones[y], false)
		}
		p.Tasks = append(p.Tasks, t)
	}
	for i, r := range raw.Projects {
		path := fmt.Sprintf("projects.%d", i)
		pj := model.Project{ID: strings.TrimSpace(r.ID), Name: strings.TrimSpace(r.Name), Lead: strings.TrimSpace(r.Lead),
			Sample: r.Sample, Note: strings.TrimSpace(r.Note), Line: v.line(path), Years: map[int]model.ProjectYear{}}
		who := msg.Sprintf("plan.who.project", model.Quote(pj.ID))
		v.named(path, v.projects, pj.ID, pj.Name)
		lead(path, who, &pj.Lead)
		v.text(path+".note", who, "note", pj.Note, true)
		var sum float64
		for _, y := range sortedKeys(r.Years) {
			py := r.Years[y]
			ypath := fmt.Sprintf("%s.years.%d", path, y)
			year(path+".years", who, y)
			if py.Investment < 0 || math.IsNaN(py.Investment) || math.IsInf(py.Investment, 0) {
				v.errorf(path+".years", "plan.investment", who, y)
			} else {
				v.magnitude(ypath, who, msg.Sprintf("plan.field.investment", y), &py.Investment)
			}
			v.text(ypath, who, msg.Sprintf("plan.field.milestone", y), py.Milestone, false)
			sum += py.Investment
			pj.Years[y] = model.ProjectYear{Investment: py.Investment, Milestone: strings.TrimSpace(py.Milestone)}
		}
		pj.Investment = sum
		if r.Investment != nil && v.magnitude(path+".investment", who, "investment", r.Investment) {
			pj.Investment = *r.Investment
			if math.Abs(sum-*r.Investment) > 1e-6*math.Max(1, *r.Investment) && len(r.Years) > 0 {
				v.errorf(path+".investment", "plan.investmentSum", who, sum, *r.Investment)
			}
		}
		p.Projects = append(p.Projects, pj)
	}
}

// named checks an entry of a list with an id and a name (or title). It
// reports whether the id is usable.
func (v *validator) named(path string, set *idSet, id, name string) bool {
	if id == "" {
		v.errorf(path, "plan.noIDOf", set.what)
	}
	ok := v.id(set, path, id)
	if name == "" {
		v.errorf(path, "plan.noNameOf", set.what, model.Quote(id))
	}
	field := "name"
	if set == v.tasks {
		field = "title"
	}
	v.text(path+"."+field, set.what+" "+model.Quote(id), field, name, false)
	return ok
}

// department resolves a lead or partner to its department id as the plan
// spells it. A plan that lists no departments names them by their leads,
// which then name the departments' reports and are checked as file ids.
func (v *validator) department(path, who, role, id string, p *model.Plan) string {
	if id == "" {
		return id
	}
	if len(p.Departments) > 0 {
		d, ok := v.departments.resolve(id)
		if !ok {
			v.errorf(path, "plan.deptUnknown", who, roleWord(role), model.Quote(id))
			return id
		}
		return d
	}
	if role != "lead" {
		v.text(path, who, roleWord(role), id, false)
		return id
	}
	if d, ok := v.leads.resolve(id); ok {
		return d
	}
	if bad := model.BadText(id, false); bad != "" {
		v.text(path, who, roleWord(role), id, false)
		return id
	}
	if err := model.CheckFileID(id); err != nil {
		v.errorf(path, "plan.leadID", who, err)
	}
	if key := model.NormalizeID(id); key != "" {
		v.leads.ids[key] = idEntry{id: id, path: path}
	}
	return id
}

func (v *validator) thresholds(r rawEval) model.Thresholds {
	t := model.DefaultThresholds()
	set := func(dst *float64, src *float64, key string) {
		if src == nil {
			return
		}
		if math.IsNaN(*src) || math.IsInf(*src, 0) || *src < 0 {
			v.errorf("evaluation."+key, "plan.nonNegative", key)
			return
		}
		*dst = *src
	}
	set(&t.Ahead, r.Ahead, "ahead")
	set(&t.OnTrack, r.OnTrack, "on_track")
	set(&t.Lagging, r.Lagging, "lagging")
	set(&t.Likely, r.Likely, "likely")
	set(&t.AtRisk, r.AtRisk, "at_risk")
	set(&t.SyncTolerance, r.SyncTolerance, "sync_tolerance")
	set(&t.Jump, r.Jump, "jump")
	set(&t.RateJump, r.RateJump, "rate_jump")
	set(&t.GrowthTolerance, r.GrowthTolerance, "growth_tolerance")
	set(&t.ProjectBehind, r.ProjectBehind, "project_behind")
	if f := r.FinalTolerance; f != nil {
		if math.IsNaN(*f) || *f <= 0 || *f >= 1 {
			v.errorf("evaluation.final_tolerance", "plan.finalTolerance", *f)
		} else {
			t.FinalTolerance = *f
		}
	}
	if !(t.Ahead > t.OnTrack && t.OnTrack > t.Lagging && t.Lagging > 0) {
		v.errorf("evaluation", "plan.pace", t.Ahead, t.OnTrack, t.Lagging)
	}
	if !(t.Likely < t.AtRisk) {
		v.errorf("evaluation", "plan.projection", t.Likely, t.AtRisk)
	}
	return t
}

// MaxDecimals is the most decimals an indicator's decimals: may ask for.
const MaxDecimals = 6

func (v *validator) indicator(path string, r *rawIndicator, p *model.Plan) model.Indicator {
	ind := model.Indicator{
		ID: strings.TrimSpace(r.ID), Name: strings.TrimSpace(r.Name), Unit: strings.TrimSpace(r.Unit),
		Category: strings.TrimSpace(r.Category), Binding: r.Binding, Lead: strings.TrimSpace(r.Lead),
		Partners: r.Partners, Baseline: r.Baseline, Min: r.Min, Max: r.Max,
		Levels: strings.TrimSpace(r.Levels), Note: strings.TrimSpace(r.Note), Line: v.line(path),
		Decimals: r.Decimals, Code: strings.TrimSpace(r.Code),
	}
	who := msg.Sprintf("plan.who.indicator", model.Quote(ind.ID))
	if ind.ID == "" {
		v.errorf(path, "plan.indNoID")
		who = msg.Sprintf("plan.who.indicatorN", len(p.Indicators)+1)
	}
	if ind.Name == "" {
		v.errorf(path, "plan.indNoName", who)
	}
	v.text(path+".name", who, "name", ind.Name, false)
	v.text(path+".unit", who, "unit", ind.Unit, false)
	v.text(path+".note", who, "note", ind.Note, true)
	if ind.Category == "" {
		v.errorf(path, "plan.noCategory", who)
	} else if c, ok := v.categories.resolve(ind.Category); ok {
		ind.Category = c
	} else {
		v.errorf(path+".category", "plan.unknownCategory", who, model.Quote(ind.Category), categoryIDs(p))
	}
	ind.Lead = v.department(path+".lead", who, "lead", ind.Lead, p)
	ind.Partners = make([]string, len(r.Partners))
	for j, d := range r.Partners {
		ind.Partners[j] = v.department(path+".partners", who, "partner", strings.TrimSpace(d), p)
	}
	if len(r.Partners) == 0 {
		ind.Partners = nil
	}
	for _, f := range []struct {
		key string
		val *float64
	}{{"baseline", r.Baseline}, {"min", r.Min}, {"max", r.Max}} {
		switch {
		case f.val == nil:
		case math.IsNaN(*f.val) || math.IsInf(*f.val, 0):
			v.errorf(path+"."+f.key, "plan.finite", who)
		default:
			v.magnitude(path+"."+f.key, who, f.key, f.val)
		}
	}
	if d := r.Decimals; d != nil && (*d < 0 || *d > MaxDecimals) {
		v.errorf(path+".decimals", "plan.decimals", who, *d, MaxDecimals)
	}
	if r.Min != nil && r.Max != nil && *r.Min > *r.Max {
		v.errorf(path, "plan.minMax", who, *r.Min, *r.Max)
	}
	ind.Target = v.target(path+".target", who, &r.Target, p.SuperiorLevel())
	v.possible(path, who, &ind)
	v.code(path, who, &ind)
	return ind
}

// code checks an indicator's framework code (model.CheckCode) and refuses
// a code another indicator of the plan has: plancheck compare matches the
// plans' indicators by code, so one code must be one indicator.
func (v *validator) code(path, who string, ind *model.Indicator) {
	if ind.Code == "" {
		return
	}
	if err := model.CheckCode(ind.Code); err != nil {
		v.errorf(path+".code", "plan.code", who, err)
		ind.Code = ""
		return
	}
	if v.codes == nil {
		v.codes = map[string]idEntry{}
	}
	if prev, dup := v.codes[ind.Code]; dup {
		v.errorf(path+".code", "plan.codeTwice",
			who, ind.Code, model.Quote(prev.id), v.line(prev.path))
		return
	}
	v.codes[ind.Code] = idEntry{id: ind.ID, path: path}
}

// possible refuses a baseline or a target level that the indicator's
// values cannot have (model.Indicator.Bounds: a share in % above 100, a
// negative number of people, a growth below −100%).
func (v *validator) possible(path, who string, ind *model.Indicator) {
	lo, hi := ind.Bounds()
	check := func(key, what string, x float64) {
		switch {
		case math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > model.MaxMagnitude:
			// said already
		case lo != nil && x < *lo:
			v.errorf(path+"."+key, "plan.below", who, what, x, *lo, boundWhy(ind, false))
		case hi != nil && x > *hi:
			v.errorf(path+"."+key, "plan.above", who, what, x, *hi, boundWhy(ind, true))
		}
	}
	if ind.Baseline != nil {
		check("baseline", "baseline", *ind.Baseline)
	}
	switch t := ind.Target; t.Kind {
	case model.Level, model.Ceiling, model.Floor:
		check("target", msg.Format("plan.field.target"), t.Value)
	case model.AvgGrowth:
		if t.Value < -100 {
			v.errorf(path+".target", "plan.growth", who, t.Value)
		}
	}
}

// boundWhy says where a bound of model.Indicator.Bounds comes from.
func boundWhy(ind *model.Indicator, upper bool) string {
	switch {
	case upper && ind.Max != nil, !upper && ind.Min != nil:
		return msg.Format("plan.why.minMax")
	case ind.Target.Kind == model.Reduction:
		return msg.Format("plan.why.reduction")
	case ind.IsRate():
		return msg.Format("plan.why.rate")
	case upper:
		return msg.Sprintf("plan.why.share", ind.Unit)
	}
	return msg.Sprintf("plan.why.quantity", orUnit(ind.Unit))
}

func orUnit(u string) string {
	if u == "" {
		return msg.Format("plan.unit")
	}
	return u
}

func (v *validator) target(path, who string, r *rawTarget, superior string) model.Target {
	t := model.Target{
		Kind: model.Kind(strings.TrimSpace(r.Kind)), Text: strings.TrimSpace(r.Text),
		Direction: model.Direction(strings.TrimSpace(r.Direction)), Data: model.DataForm(strings.TrimSpace(r.Data)),
		Compare: model.Compare(strings.TrimSpace(r.Compare)), To: strings.TrimSpace(r.To), Reference: strings.TrimSpace(r.Reference),
	}
	v.text(path+".text", who, msg.Format("plan.field.targetText"), t.Text, false)
	if r.Value != nil {
		t.Value = *r.Value
		if math.IsNaN(t.Value) || math.IsInf(t.Value, 0) {
			v.errorf(path+".value", "plan.targetFinite", who)
		} else {
			v.magnitude(path+".value", who, msg.Format("plan.field.targetValue"), r.Value)
		}
	}
	if r.Approx != nil {
		t.Approx = *r.Approx
	}
	needValue := func(why string) {
		if r.Value == nil {
			v.errorf(path, "plan.needValue", who, article(t.Kind), t.Kind, why)
		}
	}
	only := func(field, got string, allowed ...model.Kind) {
		if got == "" {
			return
		}
		for _, k := range allowed {
			if t.Kind == k {
				return
			}
		}
		v.errorf(path+"."+field, "plan.onlyFor", who, field, kindList(allowed), t.Kind)
	}
	switch t.Kind {
	case "":
		v.errorf(path, "plan.noKind", who, kindList(model.Kinds))
		return t
	case model.Level:
		needValue(msg.Format("plan.need.level"))
	case model.Delta:
		needValue(msg.Format("plan.need.delta"))
	case model.AvgGrowth:
		needValue(msg.Sprintf("plan.need.growth"))
		if t.Data != "" && t.Data != model.Rate && t.Data != model.LevelD {
			v.errorf(path+".data", "plan.data", who)
		}
	case model.Cumulative:
		needValue(msg.Format("plan.need.cumulative"))
		if r.Value != nil && t.Value <= 0 {
			v.errorf(path+".value", "plan.cumulative", who)
		}
		if t.Approx < 0 || t.Approx >= 1 {
			v.errorf(path+".approx", "plan.approx", who)
		}
	case model.Reduction:
		needValue(msg.Sprintf("plan.need.reduction"))
		if r.Value != nil && (t.Value <= 0 || t.Value >= 100) {
			v.errorf(path+".value", "plan.reduction", who)
		}
	case model.Ceiling, model.Floor:
		needValue(msg.Format("plan.need.limit"))
	case model.Municipal:
		if t.Compare != model.LE && t.Compare != model.GE && t.Compare != model.Yes {
			v.errorf(path, "plan.municipal", who)
		}
	case model.Relative:
		switch {
		case (t.To == "") == (t.Reference == ""):
			v.errorf(path, "plan.relative", who)
		case t.To != "" && t.Compare != model.Sync && t.Compare != model.LE && t.Compare != model.GE:
			v.errorf(path+".compare", "plan.relativeTo", who)
		case t.Reference != "" && t.Compare != model.LE && t.Compare != model.GE:
			v.errorf(path+".compare", "plan.relativeRef", who)
		}
	case model.Boolean, model.None:
	default:
		v.errorf(path+".kind", "plan.unknownKind", who, model.Quote(string(t.Kind)), kindList(model.Kinds))
		return t
	}
	if t.Direction != "" && t.Direction != model.Up && t.Direction != model.Down {
		v.errorf(path+".direction", "plan.direction", who)
	}
	only("direction", string(t.Direction), model.Level, model.Delta, model.None)
	only("data", string(t.Data), model.AvgGrowth)
	if r.Approx != nil {
		only("approx", "set", model.Cumulative)
	}
	only("compare", string(t.Compare), model.Municipal, model.Relative)
	only("to", t.To, model.Relative)
	only("reference", t.Reference, model.Relative)
	if t.Text == "" {
		t.Text = defaultText(t, superior)
	}
	return t
}

// relations checks what refers to other entries — relative targets,
// levels — and resolves each reference to the spelling of the entry it
// names. It takes time linear in the number of indicators, whatever their
// chains of relative targets.
func (v *validator) relations(p *model.Plan) {
	pos := make(map[string]int, len(p.Indicators)) // id as the plan spells it → index
	for i := range p.Indicators {
		if _, dup := pos[p.Indicators[i].ID]; !dup {
			pos[p.Indicators[i].ID] = i
		}
	}
	next := make([]int, len(p.Indicators)) // the indicator a relative target is compared with; -1 for none
	for i := range p.Indicators {
		next[i] = -1
		ind := &p.Indicators[i]
		path := fmt.Sprintf("indicators.%d", i)
		who := msg.Sprintf("plan.who.indicator", model.Quote(ind.ID))
		t := &ind.Target
		if t.Kind == model.Relative && t.To != "" {
			switch to, ok := v.indicators.resolve(t.To); {
			case !ok:
				v.errorf(path+".target.to", "plan.toUnknown", who, model.Quote(t.To))
			case to == ind.ID:
				v.errorf(path+".target.to", "plan.toSelf", who)
			default:
				t.To = to
				next[i] = pos[to]
			}
		}
		if t.Kind == model.Relative && t.Reference != "" {
			if ref, ok := v.references.resolve(t.Reference); ok {
				t.Reference = ref
			} else {
				v.errorf(path+".target.reference", "plan.refUnknown", who, model.Quote(t.Reference))
			}
		}
		if ind.Levels != "" {
			if id, ok := v.indicators.resolve(ind.Levels); ok {
				ind.Levels = id
			} else if ref, ok := v.references.resolve(ind.Levels); ok {
				ind.Levels = ref
			} else {
				v.errorf(path+".levels", "plan.levels", who, model.Quote(ind.Levels))
			}
		}
	}
	v.circles(p, next)
}

// circles refuses chains of relative targets that never end: 19 → 4 → 19
// can never be judged. Each indicator is walked once (next has one
// successor per indicator), and each circle is named once, from its
// member that comes first in the file.
func (v *validator) circles(p *model.Plan, next []int) {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]int8, len(next))
	var path []int
	for start := range next {
		path = path[:0]
		i := start
		for i >= 0 && state[i] == unseen {
			state[i] = onPath
			path = append(path, i)
			i = next[i]
		}
		if i >= 0 && state[i] == onPath {
			// path from i's place to its end is a circle.
			k := len(path) - 1
			for path[k] != i {
				k--
			}
			circle := path[k:]
			first := 0
			for j, m := range circle {
				if m < circle[first] {
					first = j
				}
			}
			ids := make([]string, 0, len(circle)+1)
			for j := range circle {
				ids = append(ids, p.Indicators[circle[(first+j)%len(circle)]].ID)
			}
			ids = append(ids, ids[0])
			m := circle[first]
			v.errorf(fmt.Sprintf("indicators.%d.target.to", m), "plan.circle",
				model.Quote(p.Indicators[m].ID), chainText(ids))
		}
		for _, j := range path {
			state[j] = done
		}
	}
}

// chainText shows a chain of ids, at most a dozen of them: a circle of
// thousands is named by its ends and its length.
func chainText(ids []string) string {
	show := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = model.Excerpt(id)
		}
		return strings.Join(out, " → ")
	}
	if len(ids) <= 12 {
		return show(ids)
	}
	return msg.Sprintf("plan.chain", show(ids[:5]), show(ids[len(ids)-3:]), len(ids)-1)
}

// defaultText is the target's text where the plan prints none; a
// requirement names the plan's superior level (达到省级要求).
func defaultText(t model.Target, superior string) string {
	switch t.Kind {
	case model.Municipal:
		return "达到" + superior + "要求"
	case model.Boolean:
		return "完成"
	case model.None:
		return "—"
	}
	return fmt.Sprint(t.Value)
}

// categoryIDs lists the categories for a message: the first dozen.
func categoryIDs(p *model.Plan) string {
	var ids []string
	for i, c := range p.Categories {
		if i == 12 {
			ids = append(ids, msg.Sprintf("plan.inAll", len(p.Categories)))
			break
		}
		ids = append(ids, model.Excerpt(c.ID))
	}
	return strings.Join(ids, ", ")
}

func kindList(ks []model.Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

func article(k model.Kind) string {
	if strings.ContainsAny(string(k)[:1], "aeiou") {
		return "an"
	}
	return "a"
}

// sortedKeys returns a year map's years in order, so that messages come in
// the same order every run.
func sortedKeys[V any](m map[int]V) []int {
	ys := make([]int, 0, len(m))
	for y := range m {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	return ys
}

// roleWord is a department's role (lead, partner) as the messages name it.
func roleWord(role string) string {
	if role == "lead" {
		return msg.Format("plan.role.lead")
	}
	return msg.Format("plan.role.partner")
}
