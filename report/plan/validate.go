package plan

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"plancheck/report/model"
)

type validator struct {
	file  string
	lines map[string]int
	errs  ErrorList
}

func (v *validator) errorf(path, format string, args ...any) {
	v.errs = append(v.errs, &Error{File: v.file, Line: v.line(path), Msg: fmt.Sprintf(format, args...)})
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
		v.errorf("", "no plan: section; a plan file starts with plan: {id, name, base_year, target_year, …} (docs/FORMAT.md)")
	}
	switch {
	case p.ID == "":
		v.errorf("plan", "plan.id is missing; give an ASCII id such as haidian-14th (it names the output files)")
	case !isFileSafe(p.ID):
		v.errorf("plan.id", "plan.id %q may hold only ASCII letters, digits, '-', '_' and '.' (it names the output files)", p.ID)
	}
	if p.Name == "" {
		v.errorf("plan", "plan.name is missing; give the plan's full title")
	}
	if p.ShortName == "" {
		p.ShortName = p.Name
	}
	if p.Issuer == "" {
		p.Issuer = p.Region
	}
	switch {
	case p.BaseYear < 1900 || p.BaseYear > 2200:
		v.errorf("plan.base_year", "plan.base_year %d is missing or not a year; give the year the baselines describe, e.g. 2020", p.BaseYear)
	case p.TargetYear <= p.BaseYear || p.TargetYear > p.BaseYear+50:
		v.errorf("plan.target_year", "plan.target_year %d must come after base_year %d (and within 50 years of it)", p.TargetYear, p.BaseYear)
	case p.MidtermYear != 0 && (p.MidtermYear <= p.BaseYear || p.MidtermYear >= p.TargetYear):
		v.errorf("plan.midterm_year", "plan.midterm_year %d must lie between base_year %d and target_year %d", p.MidtermYear, p.BaseYear, p.TargetYear)
	}

	if len(raw.Categories) == 0 {
		v.errorf("categories", "no categories: list them as categories: [{id: …, name: …}]")
	}
	seen := map[string]bool{}
	for i, c := range raw.Categories {
		path := fmt.Sprintf("categories.%d", i)
		c.ID, c.Name = strings.TrimSpace(c.ID), strings.TrimSpace(c.Name)
		v.named(path, "category", c.ID, c.Name, seen)
		p.Categories = append(p.Categories, model.Category{ID: c.ID, Name: c.Name})
	}
	seen = map[string]bool{}
	for i, d := range raw.Departments {
		path := fmt.Sprintf("departments.%d", i)
		d.ID, d.Name = strings.TrimSpace(d.ID), strings.TrimSpace(d.Name)
		v.named(path, "department", d.ID, d.Name, seen)
		p.Departments = append(p.Departments, model.Department{ID: d.ID, Name: d.Name})
	}
	seen = map[string]bool{}
	for i, r := range raw.References {
		path := fmt.Sprintf("references.%d", i)
		r.ID, r.Name = strings.TrimSpace(r.ID), strings.TrimSpace(r.Name)
		v.named(path, "reference", r.ID, r.Name, seen)
		p.References = append(p.References, model.Reference{ID: r.ID, Name: r.Name, Unit: strings.TrimSpace(r.Unit)})
	}
	p.Evaluation = v.thresholds(raw.Evaluation)

	if len(raw.Indicators) == 0 {
		v.errorf("indicators", "no indicators: a plan lists its main indicators under indicators:")
	}
	ids := map[string]int{}
	for i := range raw.Indicators {
		path := fmt.Sprintf("indicators.%d", i)
		ind := v.indicator(path, &raw.Indicators[i], p)
		if ind.ID != "" {
			n := model.NormalizeID(ind.ID)
			if j, dup := ids[n]; dup {
				v.errorf(path, "indicator id %q is used twice (also at line %d); ids must be unique", ind.ID, v.line(fmt.Sprintf("indicators.%d", j)))
			}
			ids[n] = i
		}
		p.Indicators = append(p.Indicators, ind)
	}
	v.relations(p)
	v.tasks(raw, p)
	return p
}

// tasks checks the key tasks and major projects.
func (v *validator) tasks(raw *rawFile, p *model.Plan) {
	year := func(path, who string, y int) {
		if y <= p.BaseYear || y > p.TargetYear {
			v.errorf(path, "%s: year %d is outside the plan's years %d–%d", who, y, p.BaseYear+1, p.TargetYear)
		}
	}
	lead := func(path, who, id string) {
		if id == "" {
			v.errorf(path, "%s has no lead department", who)
		} else if len(p.Departments) > 0 && !hasDepartment(p, id) {
			v.errorf(path+".lead", "%s: lead department %q is not in departments:", who, id)
		}
	}
	seen := map[string]bool{}
	for i, r := range raw.Tasks {
		path := fmt.Sprintf("tasks.%d", i)
		t := model.Task{ID: strings.TrimSpace(r.ID), Title: strings.TrimSpace(r.Title), Chapter: strings.TrimSpace(r.Chapter),
			Section: strings.TrimSpace(r.Section), Source: strings.TrimSpace(r.Source), Lead: strings.TrimSpace(r.Lead),
			Partners: r.Partners, Key: r.Key, Milestones: r.Milestones, Sample: r.Sample, Note: strings.TrimSpace(r.Note), Line: v.line(path)}
		who := fmt.Sprintf("task %q", t.ID)
		v.named(path, "task", t.ID, t.Title, seen)
		lead(path, who, t.Lead)
		for _, y := range sortedKeys(t.Milestones) {
			year(path+".milestones", who, y)
		}
		p.Tasks = append(p.Tasks, t)
	}
	seen = map[string]bool{}
	for i, r := range raw.Projects {
		path := fmt.Sprintf("projects.%d", i)
		pj := model.Project{ID: strings.TrimSpace(r.ID), Name: strings.TrimSpace(r.Name), Lead: strings.TrimSpace(r.Lead),
			Sample: r.Sample, Note: strings.TrimSpace(r.Note), Line: v.line(path), Years: map[int]model.ProjectYear{}}
		who := fmt.Sprintf("project %q", pj.ID)
		v.named(path, "project", pj.ID, pj.Name, seen)
		lead(path, who, pj.Lead)
		var sum float64
		for _, y := range sortedKeys(r.Years) {
			py := r.Years[y]
			year(path+".years", who, y)
			if py.Investment < 0 || math.IsNaN(py.Investment) || math.IsInf(py.Investment, 0) {
				v.errorf(path+".years", "%s: the planned investment of %d must be a non-negative number", who, y)
			}
			sum += py.Investment
			pj.Years[y] = model.ProjectYear{Investment: py.Investment, Milestone: strings.TrimSpace(py.Milestone)}
		}
		pj.Investment = sum
		if r.Investment != nil {
			pj.Investment = *r.Investment
			if math.Abs(sum-*r.Investment) > 1e-6*math.Max(1, *r.Investment) && len(r.Years) > 0 {
				v.errorf(path+".investment", "%s: the yearly investments add up to %g, not the total %g; correct one of them", who, sum, *r.Investment)
			}
		}
		p.Projects = append(p.Projects, pj)
	}
}

func (v *validator) named(path, what, id, name string, seen map[string]bool) {
	switch {
	case id == "":
		v.errorf(path, "a %s without an id", what)
	case seen[id]:
		v.errorf(path, "%s id %q is used twice", what, id)
	}
	if name == "" {
		v.errorf(path, "%s %q has no name", what, id)
	}
	seen[id] = true
}

func (v *validator) thresholds(r rawEval) model.Thresholds {
	t := model.DefaultThresholds()
	set := func(dst *float64, src *float64, key string) {
		if src == nil {
			return
		}
		if math.IsNaN(*src) || math.IsInf(*src, 0) || *src < 0 {
			v.errorf("evaluation."+key, "evaluation.%s must be a non-negative number", key)
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
	if !(t.Ahead > t.OnTrack && t.OnTrack > t.Lagging && t.Lagging > 0) {
		v.errorf("evaluation", "the pace thresholds must satisfy ahead > on_track > lagging > 0 (they are %g, %g, %g)", t.Ahead, t.OnTrack, t.Lagging)
	}
	if !(t.Likely < t.AtRisk) {
		v.errorf("evaluation", "the projection thresholds must satisfy likely < at_risk (they are %g, %g)", t.Likely, t.AtRisk)
	}
	return t
}

func (v *validator) indicator(path string, r *rawIndicator, p *model.Plan) model.Indicator {
	ind := model.Indicator{
		ID: strings.TrimSpace(r.ID), Name: strings.TrimSpace(r.Name), Unit: strings.TrimSpace(r.Unit),
		Category: strings.TrimSpace(r.Category), Binding: r.Binding, Lead: strings.TrimSpace(r.Lead),
		Partners: r.Partners, Baseline: r.Baseline, Min: r.Min, Max: r.Max,
		Levels: strings.TrimSpace(r.Levels), Note: strings.TrimSpace(r.Note), Line: v.line(path),
	}
	who := fmt.Sprintf("indicator %q", ind.ID)
	if ind.ID == "" {
		v.errorf(path, "an indicator without an id; give the number printed in the plan's table, e.g. id: \"1\"")
		who = fmt.Sprintf("indicator #%d", len(p.Indicators)+1)
	}
	if ind.Name == "" {
		v.errorf(path, "%s has no name", who)
	}
	if ind.Category == "" {
		v.errorf(path, "%s has no category", who)
	} else if p.Category(ind.Category) == nil {
		v.errorf(path+".category", "%s: unknown category %q; the categories are %s", who, ind.Category, categoryIDs(p))
	}
	if ind.Lead != "" && len(p.Departments) > 0 && !hasDepartment(p, ind.Lead) {
		v.errorf(path+".lead", "%s: lead department %q is not in departments:", who, ind.Lead)
	}
	for _, d := range ind.Partners {
		if len(p.Departments) > 0 && !hasDepartment(p, d) {
			v.errorf(path+".partners", "%s: partner department %q is not in departments:", who, d)
		}
	}
	for _, f := range []*float64{r.Baseline, r.Min, r.Max} {
		if f != nil && (math.IsNaN(*f) || math.IsInf(*f, 0)) {
			v.errorf(path, "%s: baseline, min and max must be finite numbers", who)
		}
	}
	if r.Min != nil && r.Max != nil && *r.Min > *r.Max {
		v.errorf(path, "%s: min %g is above max %g", who, *r.Min, *r.Max)
	}
	ind.Target = v.target(path+".target", who, &r.Target)
	return ind
}

func (v *validator) target(path, who string, r *rawTarget) model.Target {
	t := model.Target{
		Kind: model.Kind(strings.TrimSpace(r.Kind)), Text: strings.TrimSpace(r.Text),
		Direction: model.Direction(strings.TrimSpace(r.Direction)), Data: model.DataForm(strings.TrimSpace(r.Data)),
		Compare: model.Compare(strings.TrimSpace(r.Compare)), To: strings.TrimSpace(r.To), Reference: strings.TrimSpace(r.Reference),
	}
	if r.Value != nil {
		t.Value = *r.Value
		if math.IsNaN(t.Value) || math.IsInf(t.Value, 0) {
			v.errorf(path+".value", "%s: target value must be a finite number", who)
		}
	}
	if r.Approx != nil {
		t.Approx = *r.Approx
	}
	needValue := func(why string) {
		if r.Value == nil {
			v.errorf(path, "%s: %s %s target needs value: (%s)", who, article(t.Kind), t.Kind, why)
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
		v.errorf(path+"."+field, "%s: %s: applies only to %s targets, not %s", who, field, kindList(allowed), t.Kind)
	}
	switch t.Kind {
	case "":
		v.errorf(path, "%s has no target kind; give target: {kind: …}, one of %s", who, kindList(model.Kinds))
		return t
	case model.Level:
		needValue("the level to reach by the target year")
	case model.Delta:
		needValue("the change from the base, e.g. 1 for 提高1岁")
	case model.AvgGrowth:
		needValue("the average yearly growth in %, e.g. 6")
		if t.Data != "" && t.Data != model.Rate && t.Data != model.LevelD {
			v.errorf(path+".data", "%s: data must be rate (yearly growth rates, the default) or level", who)
		}
	case model.Cumulative:
		needValue("the total over the period")
		if r.Value != nil && t.Value <= 0 {
			v.errorf(path+".value", "%s: a cumulative target must be positive", who)
		}
		if t.Approx < 0 || t.Approx >= 1 {
			v.errorf(path+".approx", "%s: approx is a share below 1, e.g. 0.05 for 左右", who)
		}
	case model.Reduction:
		needValue("the total reduction over the period in %, e.g. 13.5")
		if r.Value != nil && (t.Value <= 0 || t.Value >= 100) {
			v.errorf(path+".value", "%s: a reduction is a percentage between 0 and 100", who)
		}
	case model.Ceiling, model.Floor:
		needValue("the limit")
	case model.Municipal:
		if t.Compare != model.LE && t.Compare != model.GE && t.Compare != model.Yes {
			v.errorf(path, "%s: a municipal target needs compare: le (not above the city's requirement), ge (not below it) or yes (a yes/no indicator)", who)
		}
	case model.Relative:
		switch {
		case (t.To == "") == (t.Reference == ""):
			v.errorf(path, "%s: a relative target needs exactly one of to: (an indicator id) or reference: (a reference id)", who)
		case t.To != "" && t.Compare != model.Sync && t.Compare != model.LE && t.Compare != model.GE:
			v.errorf(path+".compare", "%s: compare with an indicator (to:) must be sync, le or ge", who)
		case t.Reference != "" && t.Compare != model.LE && t.Compare != model.GE:
			v.errorf(path+".compare", "%s: compare with a reference must be le or ge", who)
		}
	case model.Boolean, model.None:
	default:
		v.errorf(path+".kind", "%s: unknown target kind %q; use one of %s", who, t.Kind, kindList(model.Kinds))
		return t
	}
	if t.Direction != "" && t.Direction != model.Up && t.Direction != model.Down {
		v.errorf(path+".direction", "%s: direction must be up or down", who)
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
		t.Text = defaultText(t)
	}
	return t
}

// relations checks what refers to other entries: relative targets, levels.
func (v *validator) relations(p *model.Plan) {
	for i := range p.Indicators {
		ind := &p.Indicators[i]
		path := fmt.Sprintf("indicators.%d", i)
		t := ind.Target
		if t.Kind == model.Relative && t.To != "" {
			switch o := p.Indicator(t.To); {
			case o == nil:
				v.errorf(path+".target.to", "indicator %q: to: %q is not an indicator of this plan", ind.ID, t.To)
			case o.ID == ind.ID:
				v.errorf(path+".target.to", "indicator %q is compared with itself", ind.ID)
			}
		}
		if t.Kind == model.Relative && t.Reference != "" && p.Reference(t.Reference) == nil {
			v.errorf(path+".target.reference", "indicator %q: reference %q is not under references:", ind.ID, t.Reference)
		}
		if ind.Levels != "" && p.Indicator(ind.Levels) == nil && p.Reference(ind.Levels) == nil {
			v.errorf(path+".levels", "indicator %q: levels: %q is neither an indicator nor a reference", ind.ID, ind.Levels)
		}
	}
	// A chain of relative targets must end: 19 → 4 → 19 can never be judged.
	for i := range p.Indicators {
		start := &p.Indicators[i]
		seen := map[string]bool{start.ID: true}
		chain := []string{start.ID}
		for cur := start; cur.Target.Kind == model.Relative && cur.Target.To != ""; {
			next := p.Indicator(cur.Target.To)
			if next == nil {
				break
			}
			chain = append(chain, next.ID)
			if seen[next.ID] {
				if next.ID == start.ID && len(chain) > 2 {
					v.errorf(fmt.Sprintf("indicators.%d.target.to", i), "indicator %q: relative targets form a circle (%s); one of them must compare with a fixed value or a reference", start.ID, strings.Join(chain, " → "))
				}
				break
			}
			seen[next.ID] = true
			cur = next
		}
	}
}

func defaultText(t model.Target) string {
	switch t.Kind {
	case model.Municipal:
		return "达到市级要求"
	case model.Boolean:
		return "完成"
	case model.None:
		return "—"
	}
	return fmt.Sprint(t.Value)
}

func categoryIDs(p *model.Plan) string {
	ids := make([]string, len(p.Categories))
	for i, c := range p.Categories {
		ids[i] = c.ID
	}
	return strings.Join(ids, ", ")
}

func hasDepartment(p *model.Plan, id string) bool {
	for _, d := range p.Departments {
		if d.ID == id {
			return true
		}
	}
	return false
}

func kindList(ks []model.Kind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}

func isFileSafe(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return s != "" && s[0] != '.'
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
