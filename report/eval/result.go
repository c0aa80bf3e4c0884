package eval

import (
	"plancheck/report/model"
)

// The vocabularies are report/model's; eval names them too so that its
// consumers read eval.Status, eval.Lagging and the like.
type (
	// Status is the judgment of one indicator in one year (model.Status).
	Status = model.Status
	// Band is the projection's judgment (model.Band).
	Band = model.Band
	// Change is the movement against the year before (model.Change).
	Change = model.Change
	// Severity orders data-quality findings (model.Severity).
	Severity = model.Severity
)

// The statuses, bands, changes and severities (see report/model).
const (
	Achieved         = model.Achieved
	Ahead            = model.Ahead
	OnTrack          = model.OnTrack
	Lagging          = model.Lagging
	SeriouslyLagging = model.SeriouslyLagging
	Reversed         = model.Reversed
	Met              = model.Met
	NotMet           = model.NotMet
	NoData           = model.NoData
	NotAssessed      = model.NotAssessed

	Likely   = model.Likely
	AtRisk   = model.AtRisk
	Unlikely = model.Unlikely

	Improved  = model.Improved
	Unchanged = model.Unchanged
	Worsened  = model.Worsened

	Error   = model.Error
	Warning = model.Warning
)

// Statuses lists every status, best first (model.Statuses).
func Statuses() []Status { return model.Statuses() }

// ParseStatus reads a status as an analyst types it (model.ParseStatus).
func ParseStatus(text string) (Status, bool) { return model.ParseStatus(text) }

// Result is the evaluation of a plan in one year. It is what the JSON
// summary serializes and what every report presents.
type Result struct {
	Plan PlanInfo `json:"plan"`
	Year int      `json:"year"`
	// Department is set on a department's own report (ForDepartment): the
	// result then holds only what that department leads.
	Department *DepartmentInfo   `json:"department,omitempty"`
	Elapsed    float64           `json:"time_elapsed"` // s = (Y−B)/(T−B)
	Stage      model.Stage       `json:"stage"`        // annual, midterm or final
	Thresholds model.Thresholds  `json:"thresholds"`
	Summary    Summary           `json:"summary"`
	Indicators []IndicatorResult `json:"indicators"`
	Problems   []Problem         `json:"problems"`
	Quality    []Finding         `json:"data_quality"`

	// The key tasks and major projects, when the plan lists them, and the
	// breakdown by lead department.
	Tasks        []TaskResult       `json:"tasks"`
	TaskChapters []TaskGroup        `json:"task_chapters"`
	Projects     []ProjectResult    `json:"projects"`
	Departments  []DepartmentResult `json:"departments"`
}

// DepartmentInfo names the department a report is for.
type DepartmentInfo struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// PlanInfo is the plan's identity as the reports print it.
type PlanInfo struct {
	ID         string `json:"id"`
	Name       string `json:"name"`
	ShortName  string `json:"short_name"`
	Region     string `json:"region"`
	Issuer     string `json:"issuer"`
	BaseYear   int    `json:"base_year"`
	TargetYear int    `json:"target_year"`
}

// IndicatorResult is one indicator's evaluation in year Y, with the years
// before it. Pointer fields are nil where the number does not apply or
// cannot be computed; Reason then says why.
type IndicatorResult struct {
	ID           string     `json:"id"`
	Name         string     `json:"name"`
	Unit         string     `json:"unit"`
	Category     string     `json:"category"`
	CategoryName string     `json:"category_name"`
	Binding      bool       `json:"binding"`
	Lead         string     `json:"lead"`
	LeadName     string     `json:"lead_name"`
	Kind         model.Kind `json:"kind"`
	TargetText   string     `json:"target_text"`  // as printed in the plan
	TargetLabel  string     `json:"target_label"` // the target in words: 年均增长6%、不高于312.6万人、累计5000个左右
	TargetValue  *float64   `json:"target_value"` // the level the indicator must reach by T, where there is one
	Baseline     *float64   `json:"baseline"`

	Value      *float64 `json:"value"`            // the value reported for Y
	Expected   *float64 `json:"expected"`         // on the planned path in Y, in the same terms as Value
	Progress   *float64 `json:"progress"`         // share of the whole target done by Y (1 = done)
	PaceRatio  *float64 `json:"pace_ratio"`       // Progress / time elapsed (compound for growth kinds)
	Cumulative *float64 `json:"cumulative"`       // growth, reduction or total so far, where the kind has one
	Realized   *float64 `json:"realized_average"` // avg_growth and reduction: the realized average yearly rate %

	Status      Status `json:"status"`
	StatusLabel string `json:"status_label"`
	Reason      string `json:"reason,omitempty"` // why: always set for no_data and not_assessed
	Rule        string `json:"rule"`             // the rule that judged it, in words

	Projected      *float64 `json:"projected"`       // value in T at the realized pace
	ProjectionBand Band     `json:"projection_band"` // empty when not projected
	BandLabel      string   `json:"projection_label"`
	RequiredPace   *float64 `json:"required_pace"` // what the remaining years need, per year
	RequiredText   string   `json:"required_pace_text,omitempty"`

	Change      Change `json:"change"`
	ChangeLabel string `json:"change_label"`

	// Manual is set when an analyst's 状态调整 replaced the computed status;
	// ComputedStatus then keeps what the rules said and ManualReason why it
	// was changed. Comment is the analyst's 分析意见.
	Manual         bool   `json:"manual"`
	ComputedStatus Status `json:"computed_status,omitempty"`
	ManualReason   string `json:"manual_reason,omitempty"`
	Comment        string `json:"comment,omitempty"`

	Sample bool         `json:"sample"` // some value used is marked 示例
	Years  []YearResult `json:"years"`  // B..Y
}

// YearResult is an indicator in one year: what was reported, what the plan's
// path expected and the judgment of that year.
type YearResult struct {
	Year        int      `json:"year"`
	Value       *float64 `json:"value"`
	Text        string   `json:"text,omitempty"` // as typed, for yes/no and approximate values
	Expected    *float64 `json:"expected"`       // on the planned path
	Requirement *float64 `json:"requirement,omitempty"`
	Compared    *float64 `json:"compared,omitempty"` // relative: the partner's or reference's value
	PaceRatio   *float64 `json:"pace_ratio"`
	Status      Status   `json:"status"`
	StatusLabel string   `json:"status_label"`
	Source      string   `json:"source,omitempty"`
	Sample      bool     `json:"sample,omitempty"`
	At          string   `json:"at,omitempty"` // file: sheet!cell
}

// Problem is a major problem (重大问题) and the rule that found it.
type Problem struct {
	Rule      model.ProblemRule `json:"rule"`       // binding_off_track, reversed, lagging_two_years, projected_unlikely, key_task_behind, project_behind
	RuleLabel string            `json:"rule_label"` // the rule in Chinese
	Indicator string            `json:"indicator,omitempty"`
	Task      string            `json:"task,omitempty"`
	Project   string            `json:"project,omitempty"`
	Name      string            `json:"name"`
	Binding   bool              `json:"binding"`
	Lead      string            `json:"lead"`
	LeadName  string            `json:"lead_name"`
	Status    Status            `json:"status,omitempty"`
	Detail    string            `json:"detail"` // the numbers behind it, in Chinese
}

// Finding is a data-quality finding (数据质量).
type Finding struct {
	Severity  Severity          `json:"severity"`
	Code      model.FindingCode `json:"code"` // missing, out_of_range, jump, growth_mismatch, requirement_missing, no_source, …
	Indicator string            `json:"indicator,omitempty"`
	Task      string            `json:"task,omitempty"`
	Project   string            `json:"project,omitempty"`
	Year      int               `json:"year,omitempty"`
	At        string            `json:"at,omitempty"` // file: sheet!cell, where there is one
	Message   string            `json:"message"`      // in Chinese
}

// Summary is the headline of the evaluation.
type Summary struct {
	Total      int            `json:"total"`
	Assessable int            `json:"assessable"`
	Good       int            `json:"good"`       // achieved, ahead, on track or met
	GoodShare  float64        `json:"good_share"` // Good / Assessable; 0 when nothing is assessable
	ByStatus   []Count        `json:"by_status"`
	Categories []GroupSummary `json:"by_category"`
	Binding    GroupSummary   `json:"binding"`
	Expected   GroupSummary   `json:"expected"`
	Problems   int            `json:"problems"`
	Findings   int            `json:"data_quality_findings"`
	// Judgment compares the good share with the time elapsed: "ahead" when
	// more of the work is done than of the time, "on_track" when about as
	// much (时间过半、任务过半 at midterm), "behind" otherwise.
	Judgment      model.Judgment `json:"judgment"`
	JudgmentLabel string         `json:"judgment_label"`
}

// Count is a status and how many indicators have it.
type Count struct {
	Status Status `json:"status"`
	Label  string `json:"label"`
	N      int    `json:"n"`
}

// GroupSummary counts one group of indicators (a category, or binding ones).
type GroupSummary struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Total      int     `json:"total"`
	Assessable int     `json:"assessable"`
	Good       int     `json:"good"`
	ByStatus   []Count `json:"by_status"` // every status, zeros included, in Statuses() order
}
