package eval

// midterm is the mid-term evaluation's look back and ahead.
//
// TODO(issue 11): implement.
func midterm(res *Result) *Midterm { return &Midterm{} }
