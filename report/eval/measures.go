package eval

// measures groups the indicators by what they need next: 巩固, 加力, 调整.
//
// TODO(issue 11): implement.
func measures(res *Result) []MeasureGroup { return []MeasureGroup{} }
