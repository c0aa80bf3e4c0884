package model

// FindDepartment resolves a department as people give it, by its id or its
// name, to its id as the plan spells it. Ids and names are compared by
// their NormalizeID keys (case, width, spaces and invisible characters
// ignored); an id wins over another department's name. A plan that lists
// no departments names them by the leads of its indicators, tasks and
// projects.
func (p *Plan) FindDepartment(s string) (id string, ok bool) {
	want := NormalizeID(s)
	if want == "" {
		return "", false
	}
	for _, d := range p.Departments {
		if NormalizeID(d.ID) == want {
			return d.ID, true
		}
	}
	for _, d := range p.Departments {
		if NormalizeID(d.Name) == want {
			return d.ID, true
		}
	}
	if len(p.Departments) > 0 {
		return "", false
	}
	for _, ind := range p.Indicators {
		if NormalizeID(ind.Lead) == want {
			return ind.Lead, true
		}
	}
	for _, t := range p.Tasks {
		if NormalizeID(t.Lead) == want {
			return t.Lead, true
		}
	}
	for _, pj := range p.Projects {
		if NormalizeID(pj.Lead) == want {
			return pj.Lead, true
		}
	}
	return "", false
}

// ForDepartment returns a copy of p holding only the indicators, tasks and
// projects that dept leads — the plan a department's own workbook is about.
// The categories, departments and references stay whole.
func (p *Plan) ForDepartment(dept string) *Plan {
	q := *p
	q.Indicators, q.Tasks, q.Projects = nil, nil, nil
	for _, ind := range p.Indicators {
		if ind.Lead == dept {
			q.Indicators = append(q.Indicators, ind)
		}
	}
	for _, t := range p.Tasks {
		if t.Lead == dept {
			q.Tasks = append(q.Tasks, t)
		}
	}
	for _, pj := range p.Projects {
		if pj.Lead == dept {
			q.Projects = append(q.Projects, pj)
		}
	}
	if p.keys != nil {
		q.Index()
	}
	return &q
}

// Only returns the part of d about what p holds: the values and
// requirements of its indicators, the reports of its tasks and projects,
// the adjustments of its indicators, and every reference value.
func (d *Dataset) Only(p *Plan) *Dataset {
	inds, tasks, projects := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, ind := range p.Indicators {
		inds[ind.ID] = true
	}
	for _, t := range p.Tasks {
		tasks[t.ID] = true
	}
	for _, pj := range p.Projects {
		projects[pj.ID] = true
	}
	out := &Dataset{References: d.References}
	for _, o := range d.Values {
		if inds[o.ID] {
			out.Values = append(out.Values, o)
		}
	}
	for _, o := range d.Requirements {
		if inds[o.ID] {
			out.Requirements = append(out.Requirements, o)
		}
	}
	for _, a := range d.Adjustments {
		if inds[a.ID] {
			out.Adjustments = append(out.Adjustments, a)
		}
	}
	for _, r := range d.Tasks {
		if tasks[r.ID] {
			out.Tasks = append(out.Tasks, r)
		}
	}
	for _, r := range d.Projects {
		if projects[r.ID] {
			out.Projects = append(out.Projects, r)
		}
	}
	return out
}
