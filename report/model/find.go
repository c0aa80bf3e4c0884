package model

// keys is a plan's ids by their NormalizeID key, so that FindIndicator and
// its siblings do not normalize every id of the plan for every cell of a
// workbook. It remembers the lists it was built from: a plan whose lists
// were replaced or grown since (a ForDepartment copy, a test appending an
// indicator) is searched one by one instead.
type keys struct {
	inds, refs, tasks, projects *listKeys
}

type listKeys struct {
	first any // the address of the list's first element when indexed
	n     int
	pos   map[string]int
}

func newListKeys[T any](list []T, id func(*T) string) *listKeys {
	k := &listKeys{n: len(list), pos: make(map[string]int, len(list))}
	if len(list) > 0 {
		k.first = &list[0]
	}
	for i := range list {
		key := NormalizeID(id(&list[i]))
		if _, dup := k.pos[key]; !dup {
			k.pos[key] = i // the first of two ids with the same key, as a scan finds
		}
	}
	return k
}

// lookup finds id in list, through k when k still describes list.
func lookup[T any](k *listKeys, list []T, id func(*T) string, want string) *T {
	key := NormalizeID(want)
	if k != nil && k.n == len(list) && (len(list) == 0 || k.first == any(&list[0])) {
		if i, ok := k.pos[key]; ok {
			return &list[i]
		}
		return nil
	}
	for i := range list {
		if NormalizeID(id(&list[i])) == key {
			return &list[i]
		}
	}
	return nil
}

func indID(x *Indicator) string   { return x.ID }
func refID(x *Reference) string   { return x.ID }
func taskID(x *Task) string       { return x.ID }
func projectID(x *Project) string { return x.ID }

// Index precomputes the keys the Find methods look ids up by, making each
// lookup O(1). report/plan calls it on the plans it returns; a Plan built
// by hand works without it, one id at a time. Call it again after
// changing an id in place (replacing or growing a list is noticed).
func (p *Plan) Index() {
	p.keys = &keys{
		inds:     newListKeys(p.Indicators, indID),
		refs:     newListKeys(p.References, refID),
		tasks:    newListKeys(p.Tasks, taskID),
		projects: newListKeys(p.Projects, projectID),
	}
}

func (p *Plan) index() keys {
	if p.keys == nil {
		return keys{}
	}
	return *p.keys
}

// FindIndicator resolves an id as people type it in a workbook ("25A",
// "０１", " 4 ", "4" with a zero-width space after it) to the plan's
// indicator, or nil: ids are compared by their NormalizeID keys, as
// plan.yaml's duplicates are.
func (p *Plan) FindIndicator(id string) *Indicator {
	return lookup(p.index().inds, p.Indicators, indID, id)
}

// FindReference is FindIndicator for references.
func (p *Plan) FindReference(id string) *Reference {
	return lookup(p.index().refs, p.References, refID, id)
}

// FindTask is FindIndicator for key tasks.
func (p *Plan) FindTask(id string) *Task {
	return lookup(p.index().tasks, p.Tasks, taskID, id)
}

// FindProject is FindIndicator for major projects.
func (p *Plan) FindProject(id string) *Project {
	return lookup(p.index().projects, p.Projects, projectID, id)
}
