package eval

import "plancheck/report/model"

// ForEdition is res as the edition publishes it: the internal edition is
// res itself; the public one is a copy without what a district does not
// publish (department scores, the data-quality findings and cell
// references, the analysts' comments not marked public), with Edition set
// so that the writers leave out the parts that speak of them.
//
// TODO(issue 13): implement the public edition.
func ForEdition(res *Result, ed model.Edition) *Result {
	if ed != model.Public {
		return res
	}
	out := *res
	out.Edition = model.Public
	return &out
}
