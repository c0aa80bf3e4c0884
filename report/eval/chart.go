package eval

// Chart is what one figure draws, as data. eval decides once whether an
// indicator is charted and every series its chart shows (Result's
// IndicatorResult.Chart), so that the PDF, Word, HTML and Excel outputs
// draw the same thing; the chart package only lays it out.
type Chart struct {
	Kind ChartKind `json:"kind"`
	Unit string    `json:"unit,omitempty"`
	// Decimals is how many decimals the indicator's numbers print with
	// (IndicatorResult.Decimals): the points' Text uses it, and so should
	// any other number the chart prints in the unit.
	Decimals int `json:"decimals,omitempty"`
	// FromYear and ToYear bound the x axis of a line, rate or yes/no chart
	// (the plan's base and target years).
	FromYear int `json:"from_year,omitempty"`
	ToYear   int `json:"to_year,omitempty"`
	// Status is the indicator's status, shown by the actual series' colour
	// and marker shape.
	Status Status        `json:"status,omitempty"`
	Series []ChartSeries `json:"series,omitempty"`
	// Lines are horizontal rules: a limit (不高于312.6万人), a target rate.
	Lines []ChartRule `json:"lines,omitempty"`
	// Bars are the groups of a stacked-bar chart (ChartBars).
	Bars []BarGroup `json:"bars,omitempty"`
	// Legend is the order of the bar segments' keys (statuses, task states).
	Legend []string `json:"legend,omitempty"`
}

// ChartKind is how a chart shows its data.
type ChartKind string

// The chart kinds.
const (
	ChartLine  ChartKind = "line"  // levels year by year against the planned path
	ChartRate  ChartKind = "rate"  // yearly rates of change as bars against the target rate
	ChartYesNo ChartKind = "yesno" // a row of 完成/未完成 marks
	ChartBars  ChartKind = "bars"  // stacked bars of counts (statuses by category, tasks by chapter)
)

// SeriesRole is what a series is.
type SeriesRole string

// The series roles, in drawing order.
const (
	SeriesPlanned     SeriesRole = "planned"     // the planned path from the base year to the target
	SeriesRequirement SeriesRole = "requirement" // the superior level's yearly requirement
	SeriesCompared    SeriesRole = "compared"    // a relative target's partner or reference
	SeriesActual      SeriesRole = "actual"      // the values reported
	SeriesProjected   SeriesRole = "projected"   // from the latest value to the projection in the target year
	SeriesTarget      SeriesRole = "target"      // the target: one point in the target year
)

// ChartSeries is one series of points.
type ChartSeries struct {
	Role   SeriesRole   `json:"role"`
	Label  string       `json:"label,omitempty"` // for the legend, e.g. 规划路径, the reference's name
	Points []ChartPoint `json:"points"`
}

// ChartPoint is a value in a year. Text is how the value is printed on
// the chart (with the indicator's decimals), "" for no label.
type ChartPoint struct {
	Year   int     `json:"year"`
	Value  float64 `json:"value"`
	Text   string  `json:"text,omitempty"`
	Sample bool    `json:"sample,omitempty"`
	Done   *bool   `json:"done,omitempty"` // ChartYesNo: 完成 or 未完成; nil for no data
}

// ChartRule is a horizontal rule with its label.
type ChartRule struct {
	Role  RuleRole `json:"role,omitempty"`
	Value float64  `json:"value"`
	Label string   `json:"label"` // e.g. 上限312.6, 目标年均6%
}

// RuleRole is what a horizontal rule is.
type RuleRole string

// The rule roles.
const (
	RuleLimit      RuleRole = "limit"       // a ceiling or floor the values must keep
	RuleTargetRate RuleRole = "target_rate" // the yearly rate the target needs (ChartRate)
	RuleRealized   RuleRole = "realized"    // the realized average yearly rate so far (ChartRate)
)

// BarGroup is one stacked bar: a label and its segments.
type BarGroup struct {
	Label    string       `json:"label"`
	Segments []BarSegment `json:"segments"`
}

// BarSegment is a count in one key (a status id, a task state id).
type BarSegment struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	N     int    `json:"n"`
}
