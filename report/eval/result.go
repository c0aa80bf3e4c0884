package eval

import (
	"math"

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

// Format is the version of Result's JSON shape. It goes up when a field a
// reader relies on changes its meaning or form: 1 is the first shape with
// the version and the indicators' codes.
const Format = 1

// Result is the evaluation of a plan in one year. It is what the JSON
// summary serializes and what every report presents: every judgment,
// count, chart and problem a report shows is decided here, once, and held
// as facts (numbers, ids, typed values), never as sentences; the sentences
// are templates/'.
type Result struct {
	// Format is the version of the JSON's shape (Format), so that a reader
	// of another plancheck version (plancheck compare) can tell a result
	// it reads from one it would misread.
	Format int      `json:"format"`
	Plan   PlanInfo `json:"plan"`
	Year   int      `json:"year"`
	// Department is set on a department's own report (ForDepartment): the
	// result then holds only what that department leads.
	Department *DepartmentInfo `json:"department,omitempty"`
	// District is, on a department's report, the whole plan's summary
	// (the district's overall result, stated in one line); nil otherwise.
	District *Summary `json:"district,omitempty"`
	// Edition is the edition the result is for: internal (everything) or
	// public (ForEdition has left out what a district does not publish).
	Edition model.Edition `json:"edition"`
	Elapsed float64       `json:"time_elapsed"` // s = (Y−B)/(T−B)
	// Remaining is T − Y, the years left after the evaluation year: 1 in
	// the year before the target year ("2025年需…"), 0 in the target year.
	Remaining  int               `json:"remaining_years"`
	Stage      model.Stage       `json:"stage"` // annual, midterm or final
	Thresholds model.Thresholds  `json:"thresholds"`
	Summary    Summary           `json:"summary"`
	Indicators []IndicatorResult `json:"indicators"`
	// Problems are the major problems, one per indicator, task or project,
	// the most severe first (see model.ProblemRule).
	Problems []Problem `json:"problems"`
	Quality  []Finding `json:"data_quality"`

	// The key tasks and major projects, when the plan lists them, and the
	// breakdown by lead department.
	Tasks        []TaskResult       `json:"tasks"`
	TaskChapters []TaskGroup        `json:"task_chapters"`
	Projects     []ProjectResult    `json:"projects"`
	Departments  []DepartmentResult `json:"departments"`

	// StatusChart counts the indicators by status in each category
	// (ChartBars); nil when there is no indicator. TaskChart counts the
	// key tasks by progress in each chapter (ChartBars); nil without tasks.
	StatusChart *Chart `json:"status_chart,omitempty"`
	TaskChart   *Chart `json:"task_chart,omitempty"`

	// Achievements are 主要成效: what went well, by category (final.go's
	// and achieve.go's rules).
	Achievements Achievements `json:"achievements"`
	// Themes group the problems by the plan's themes (else by category),
	// binding indicators first; BehindByCause groups the key tasks and
	// major projects behind (or not reported) by cause.
	Themes        []Theme      `json:"themes"`
	BehindByCause []CauseGroup `json:"behind_by_cause"`
	// Measures are 下一步工作建议 grouped by what each indicator needs:
	// 巩固, 加力, 调整, in that order, each with its indicators and lead
	// departments (a group with no indicator is left out).
	Measures []MeasureGroup `json:"measures"`
	// Proposals are 规划调整建议: every indicator projected unlikely to be
	// met (in the final year: not completed), with the handling proposed
	// or chosen by an analyst.
	Proposals []Proposal `json:"adjustment_proposals"`
	// Midterm is the mid-term evaluation's look back and ahead; nil in
	// other stages.
	Midterm *Midterm `json:"midterm,omitempty"`
	// FollowUp is last year's problems and what became of them, with
	// last year's 分析意见; nil without --previous.
	FollowUp *FollowUp `json:"follow_up,omitempty"`

	Inputs *Inputs `json:"-"` // the data as read, for the writers of workbooks (not in the JSON)
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
	// Superior is the level above the plan's (市级, 省级, 国家), which
	// names its requirements (达到市级要求).
	Superior string `json:"superior"`
}

// IndicatorResult is one indicator's evaluation in year Y, with the years
// before it. Pointer fields are nil where the number does not apply or
// cannot be computed; Reason then says why.
type IndicatorResult struct {
	ID           string     `json:"id"`
	Code         string     `json:"code,omitempty"` // the superior framework's code (model.Indicator.Code); "" for none
	Name         string     `json:"name"`
	Unit         string     `json:"unit"`
	Category     string     `json:"category"`
	CategoryName string     `json:"category_name"`
	Binding      bool       `json:"binding"`
	Lead         string     `json:"lead"`
	LeadName     string     `json:"lead_name"`
	Kind         model.Kind `json:"kind"`
	// Method is the rule that judged it (model.Method: its label and
	// formula are the method annex's).
	Method      model.Method `json:"method"`
	TargetText  string       `json:"target_text"`  // as printed in the plan
	TargetValue *float64     `json:"target_value"` // the level the indicator must reach by T, where there is one
	// TargetNumber is the number the plan's target states, in the kind's
	// terms: the level (level), the change from the base (delta), the
	// yearly rate in % (avg_growth), the total reduction in % (reduction),
	// the total (cumulative), the bound (ceiling, floor); nil for the
	// kinds without one (municipal, relative, boolean, none).
	// TargetApprox is set for a total the plan gives as 左右 (about).
	// report/doc words the target from them (doc.Words.Target).
	TargetNumber *float64 `json:"target_number,omitempty"`
	TargetApprox bool     `json:"target_approx,omitempty"`
	Baseline     *float64 `json:"baseline"`
	// CompareID and CompareName are what a relative target is compared
	// with: another indicator's id or a reference's, and its name.
	CompareID   string `json:"compare_id,omitempty"`
	CompareName string `json:"compare_name,omitempty"`

	// Decimals is how many decimals every number of the indicator in its
	// own unit is printed with (values, baseline, target, expected,
	// projected, requirements, compared values, required yearly change):
	// the plan's decimals, else the most typed in its values, baseline
	// and target, at most MaxDataDecimals. Format prints with it.
	Decimals int `json:"decimals"`

	Value      *float64 `json:"value"`            // the value reported for Y
	Expected   *float64 `json:"expected"`         // on the planned path in Y, in the same terms as Value
	Progress   *float64 `json:"progress"`         // share of the whole target done by Y (1 = done)
	PaceRatio  *float64 `json:"pace_ratio"`       // Progress / time elapsed (compound for growth kinds)
	Cumulative *float64 `json:"cumulative"`       // growth, reduction or total so far, where the kind has one
	Realized   *float64 `json:"realized_average"` // avg_growth and reduction: the realized average yearly rate %

	Status      Status `json:"status"`
	StatusLabel string `json:"status_label"`
	// Reason says why there is no judgment (always set for no_data and
	// not_assessed) or how an unusual one was reached; ReasonYears are
	// the years it is about (the years missing, the year without a
	// requirement).
	Reason      model.Reason `json:"reason,omitempty"`
	ReasonYears []int        `json:"reason_years,omitempty"`

	Projected      *float64 `json:"projected"`       // value in T at the realized pace, in the kind's terms
	ProjectionBand Band     `json:"projection_band"` // empty when not projected
	BandLabel      string   `json:"projection_label"`
	// RequiredPace is what each of the remaining years needs to reach the
	// target: a yearly change in the unit (level, delta, a limit being
	// approached), a yearly addition (cumulative), a yearly rate in %
	// (avg_growth, reduction). GapClosed is set when the target is reached
	// already and the remaining years need only hold it.
	RequiredPace *float64 `json:"required_pace"`
	GapClosed    bool     `json:"gap_closed,omitempty"`
	// ProjectionMiss is how far the projection falls short of the goal
	// and ProjectionGap how far the latest value is from it, in the
	// kind's terms (a growth or reduction as a fraction); the band
	// compares ProjectionMiss ÷ ProjectionGap with Thresholds.Likely and
	// AtRisk. PaceBasis and ProgressBasis are the denominators of
	// PaceRatio and Progress (s for a linear path; the planned growth or
	// reduction by Y; the distance, total, whole growth or reduction).
	// They are what explain shows, not in the JSON.
	ProjectionMiss *float64 `json:"-"`
	ProjectionGap  *float64 `json:"-"`
	PaceBasis      *float64 `json:"-"`
	ProgressBasis  *float64 `json:"-"`

	Change      Change `json:"change"`
	ChangeLabel string `json:"change_label"`
	// PrevStatus is the status the rules give year Y−1 (Years[Y−1]);
	// StatusMove compares it with Status by Status.Rank: improved,
	// unchanged or worsened, "" when either has no judgment or Y−1 is
	// the base year.
	PrevStatus      Status `json:"previous_status,omitempty"`
	StatusMove      Change `json:"status_change,omitempty"`
	StatusMoveLabel string `json:"status_change_label,omitempty"`
	// BrokenYears are, in the final evaluation of a limit or requirement
	// (ceiling, floor, municipal, relative, boolean), the years B<y≤T it
	// was not met; Tolerance is the share of the distance (or the
	// target's approx) a 基本完成 may fall short by.
	BrokenYears []int    `json:"broken_years,omitempty"`
	Tolerance   *float64 `json:"final_tolerance,omitempty"`

	// Manual is set when an analyst's 状态调整 replaced the computed status;
	// ComputedStatus then keeps what the rules said and ManualReason why it
	// was changed. Comment is the analyst's 分析意见.
	Manual         bool   `json:"manual"`
	ComputedStatus Status `json:"computed_status,omitempty"`
	ManualReason   string `json:"manual_reason,omitempty"`
	Comment        string `json:"comment,omitempty"`
	// CommentPublic is set when an analyst marked the comment for the
	// public edition (model.Adjustment.Public).
	CommentPublic bool `json:"comment_public,omitempty"`

	Sample bool         `json:"sample"` // some value used is marked 示例
	Years  []YearResult `json:"years"`  // B..Y

	// Chart is what the indicator's figure draws; nil when it is not
	// charted (no value reported after the base year). Every report draws
	// exactly the indicators with a Chart.
	Chart *Chart `json:"chart,omitempty"`
}

// YearResult is an indicator in one year: what was reported, what the plan's
// path expected and the judgment of that year.
type YearResult struct {
	Year        int      `json:"year"`
	Value       *float64 `json:"value"`
	Text        string   `json:"text,omitempty"` // as typed, for yes/no and approximate values
	Expected    *float64 `json:"expected"`       // on the planned path (model.Method), whether or not the year has a value; a relative target's compared value
	Requirement *float64 `json:"requirement,omitempty"`
	Compared    *float64 `json:"compared,omitempty"` // relative: the partner's or reference's value
	PaceRatio   *float64 `json:"pace_ratio"`
	Status      Status   `json:"status"`
	StatusLabel string   `json:"status_label"`
	Source      string   `json:"source,omitempty"`
	Sample      bool     `json:"sample,omitempty"`
	At          string   `json:"at,omitempty"` // file: sheet!cell
}

// Problem is a major problem (重大问题): one indicator, key task or major
// project, every rule that fired on it, and the facts behind them. The
// sentence is templates/doc/doc_problem.tmpl's.
type Problem struct {
	Indicator string `json:"indicator,omitempty"` // exactly one of Indicator, Task and Project is set
	Task      string `json:"task,omitempty"`
	Project   string `json:"project,omitempty"`
	Name      string `json:"name"`
	Binding   bool   `json:"binding"`
	Lead      string `json:"lead"`
	LeadName  string `json:"lead_name"`

	// Rules are every rule that fired, most severe first (the order of
	// model.ProblemRules); Rule is Rules[0], RuleLabel its label, and
	// RuleLabels the labels of all.
	Rules      []model.ProblemRule `json:"rules"`
	RuleLabels []string            `json:"rule_labels"`
	Rule       model.ProblemRule   `json:"rule"`
	RuleLabel  string              `json:"rule_label"`

	// The facts of an indicator's problem in year Y (see IndicatorResult).
	Status       Status       `json:"status,omitempty"`
	Kind         model.Kind   `json:"kind,omitempty"`
	Method       model.Method `json:"method,omitempty"`
	Unit         string       `json:"unit,omitempty"`
	Decimals     int          `json:"decimals,omitempty"`
	Value        *float64     `json:"value,omitempty"`
	Text         string       `json:"text,omitempty"` // the value as typed, for yes/no and approximate values
	Target       *float64     `json:"target,omitempty"`
	TargetText   string       `json:"target_text,omitempty"`
	Cumulative   *float64     `json:"cumulative,omitempty"` // growth or reduction % so far, or the total since B
	Requirement  *float64     `json:"requirement,omitempty"`
	Compared     *float64     `json:"compared,omitempty"`
	Progress     *float64     `json:"progress,omitempty"`
	PaceRatio    *float64     `json:"pace_ratio,omitempty"`
	Realized     *float64     `json:"realized_average,omitempty"`
	Projected    *float64     `json:"projected,omitempty"`
	Band         Band         `json:"projection_band,omitempty"`
	RequiredPace *float64     `json:"required_pace,omitempty"`
	GapClosed    bool         `json:"gap_closed,omitempty"`
	// LaggingYears are the years, up to Y, of the run of lagging years
	// that made lagging_two_years fire (2023, 2024).
	LaggingYears []int `json:"lagging_years,omitempty"`
	// Theme is the id of the theme the problem is grouped under
	// (Result.Themes); "" for a project's.
	Theme string `json:"theme,omitempty"`

	// Causes say why a key task or a major project is behind, in the
	// order of model.Causes: a project behind on its milestone with its
	// investment on plan has milestone_missed only.
	Causes []model.Cause `json:"causes,omitempty"`
	// The facts of a key task: its reported progress, its 完成比例 (%)
	// and the milestone due by the end of Y.
	TaskProgress model.Progress `json:"task_progress,omitempty"`
	Share        *float64       `json:"share,omitempty"`
	Milestone    string         `json:"milestone,omitempty"` // a task's or a project's, due in Y
	// The facts of a major project: planned and completed investment
	// B<y≤Y (亿元), completed as a share of planned, the milestone
	// reported and whether it was reached.
	Planned         *float64 `json:"planned,omitempty"`
	Completed       *float64 `json:"completed,omitempty"`
	InvestmentShare *float64 `json:"investment_share,omitempty"`
	Reported        string   `json:"reported,omitempty"`
	Reached         *bool    `json:"milestone_reached,omitempty"`
}

// Format prints a number of the problem's indicator in its unit with its
// decimals (IndicatorResult.Format).
func (p Problem) Format(v float64) string { return Fixed(v, p.Decimals) }

// NeedDown reports whether the remaining years need the indicator to fall
// (RequiredPace < 0); Need is the size of the yearly change, 0 when there
// is none.
func (p Problem) NeedDown() bool { return p.RequiredPace != nil && *p.RequiredPace < 0 }

// Need is |RequiredPace|, 0 when not computed.
func (p Problem) Need() float64 {
	if p.RequiredPace == nil {
		return 0
	}
	return math.Abs(*p.RequiredPace)
}

// Has reports whether rule r fired on the problem.
func (p Problem) Has(r model.ProblemRule) bool {
	for _, x := range p.Rules {
		if x == r {
			return true
		}
	}
	return false
}

// HasCause reports whether c is among the problem's causes.
func (p Problem) HasCause(c model.Cause) bool {
	for _, x := range p.Causes {
		if x == c {
			return true
		}
	}
	return false
}

// Finding is a data-quality finding (数据质量): what is wrong (Code,
// Severity), with what (an indicator, a task or a project), when and
// where, and the numbers behind it.
type Finding struct {
	Severity  Severity          `json:"severity"`
	Code      model.FindingCode `json:"code"` // missing, out_of_range, jump, growth_mismatch, requirement_missing, no_source, …
	Indicator string            `json:"indicator,omitempty"`
	Task      string            `json:"task,omitempty"`
	Project   string            `json:"project,omitempty"`
	Name      string            `json:"name,omitempty"` // the indicator's, task's or project's name
	Year      int               `json:"year,omitempty"`
	At        string            `json:"at,omitempty"` // file: sheet!cell, where there is one

	// The facts, as the code has them (report/doc's Words.Finding words
	// each code from them, templates/doc/doc_findings.tmpl):
	//   - Years: the years concerned (missing, requirement_missing,
	//     reference_missing, no_source, project_missing);
	//   - Value: the value found (out_of_range, approximate, jump,
	//     baseline_mismatch: the workbook's; growth_mismatch: the rate
	//     reported); Previous: the year before's (jump; growth_mismatch:
	//     the level the year before) and Current the level of the year
	//     (growth_mismatch);
	//   - Limit: the bound broken (out_of_range) or the largest change or
	//     difference allowed (jump, growth_mismatch); Change: the change
	//     found (jump: points for a rate, a share of the previous value
	//     otherwise; growth_mismatch: the difference in points);
	//   - Expected: what it should be (growth_mismatch: the rate the
	//     levels imply; baseline_mismatch: the plan's baseline);
	//   - Of: what the value is (out_of_range: value, requirement,
	//     reference; jump: rate or value); Reference: the reference's name;
	//     Text: the cell as typed, escaped and clipped (approximate);
	//   - Progress: a task's later report and DoneYear the year it was
	//     reported done (task_regressed); Lead and LeadName: the department
	//     that did not report (task_missing).
	Years     []int          `json:"years,omitempty"`
	Value     *float64       `json:"value,omitempty"`
	Previous  *float64       `json:"previous,omitempty"`
	Current   *float64       `json:"current,omitempty"`
	Limit     *float64       `json:"limit,omitempty"`
	Change    *float64       `json:"change,omitempty"`
	Expected  *float64       `json:"expected,omitempty"`
	Of        string         `json:"of,omitempty"`
	Bound     string         `json:"bound,omitempty"` // out_of_range: min, max or magnitude (model.MaxMagnitude)
	Reference string         `json:"reference,omitempty"`
	Text      string         `json:"text,omitempty"`
	Progress  model.Progress `json:"progress,omitempty"`
	DoneYear  int            `json:"done_year,omitempty"`
	Lead      string         `json:"lead,omitempty"`
	LeadName  string         `json:"lead_name,omitempty"`
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
	// PlanHasBinding is set when the plan has binding indicators, even
	// where this result (a department's) holds none of them.
	PlanHasBinding bool `json:"plan_has_binding"`
	Problems       int  `json:"problems"`
	Findings       int  `json:"data_quality_findings"`
	// Samples counts the indicators that use a value marked 示例
	// (IndicatorResult.Sample), Manual those whose status an analyst set
	// (IndicatorResult.Manual).
	Samples int `json:"samples"`
	Manual  int `json:"manual"`
	// Tasks counts every key task by progress (TaskChapters counts each
	// chapter); Projects counts the major projects by status, with their
	// investment.
	Tasks    TaskGroup      `json:"tasks"`
	Projects ProjectSummary `json:"projects"`
	// Judgment is the overall judgment by JudgmentRule: unknown when no
	// indicator is assessable; on_track when GoodShare ≥ OnTrackShare and
	// no binding indicator is off track; mixed when GoodShare ≥
	// MixedShare (or ≥ OnTrackShare with a binding indicator off track);
	// behind otherwise. It does not compare the share with the time
	// elapsed: a share of indicators and a share of time are not one
	// measure.
	Judgment      model.Judgment `json:"judgment"`
	JudgmentLabel string         `json:"judgment_label"`
	JudgmentRule  JudgmentRule   `json:"judgment_rule"`
	// Movement counts the indicators whose status improved, stayed or
	// worsened against Y−1 (IndicatorResult.StatusMove).
	Movement Movement `json:"movement"`
	// NoData lists the indicators without a judgment for want of data in
	// Y (status no_data), in plan order: the final report says so at its
	// top.
	NoData []string `json:"no_data"`
}

// Movement counts status changes against the year before.
type Movement struct {
	Improved  int `json:"improved"`
	Unchanged int `json:"unchanged"`
	Worsened  int `json:"worsened"`
}

// Achievements are the facts of 主要成效.
type Achievements struct {
	// Groups are by category, in plan order: the indicators achieved,
	// ahead, met or (in the final year) completed, each group only
	// where it has one.
	Groups []AchievementGroup `json:"groups"`
	// TasksDone are the key tasks and other tasks reported 已完成 by Y,
	// by id in plan order; ProjectsDone the projects whose last planned
	// 形象进度 node is reached; Invested is the investment completed
	// B<y≤Y (亿元) and InvestedShare its share of plan (nil when none
	// planned).
	TasksDone     []string `json:"tasks_done"`
	ProjectsDone  []string `json:"projects_done"`
	Invested      float64  `json:"invested"`
	InvestedShare *float64 `json:"invested_share"`
}

// AchievementGroup is one category's achievements.
type AchievementGroup struct {
	Category   string   `json:"category"`
	Name       string   `json:"name"`
	Indicators []string `json:"indicators"` // ids, in plan order
}

// Theme is one theme's problems: the indicators (binding first, then plan
// order) and key tasks with a problem. FromPlan is set when the plan
// defines the theme (else it is a category).
type Theme struct {
	ID         string   `json:"id"`
	Name       string   `json:"name"`
	FromPlan   bool     `json:"from_plan"`
	Indicators []string `json:"indicators"`
	Tasks      []string `json:"tasks"`
}

// CauseGroup is the key tasks and major projects behind for one cause.
type CauseGroup struct {
	Cause    model.Cause `json:"cause"`
	Label    string      `json:"label"`
	Tasks    []string    `json:"tasks"`
	Projects []string    `json:"projects"`
	Leads    []string    `json:"leads"` // their lead departments' ids, first appearance order
}

// MeasureGroup is the indicators that need one measure.
type MeasureGroup struct {
	Measure    model.Measure `json:"measure"`
	Label      string        `json:"label"`
	Indicators []string      `json:"indicators"` // binding first, then plan order
	Leads      []string      `json:"leads"`      // lead departments' ids, first appearance order
}

// Proposal is one indicator of 规划调整建议.
type Proposal struct {
	Indicator string `json:"indicator"`
	Name      string `json:"name"`
	Binding   bool   `json:"binding"`
	Lead      string `json:"lead"`
	LeadName  string `json:"lead_name"`
	Unit      string `json:"unit"`
	Decimals  int    `json:"decimals"`
	// Kind says the terms of Target, Attained, Projected and Gap: those
	// of the target the plan states (see targetTerms in proposals.go) —
	// a level (level, ceiling, floor), a change from the base (delta), an
	// average yearly rate in % (avg_growth), a total reduction in %
	// (reduction), a total (cumulative). The kinds without a target number
	// (municipal, relative, boolean, none) have all four nil.
	Kind      model.Kind `json:"kind"`
	Target    *float64   `json:"target"`    // the target, in the kind's terms (IndicatorResult.TargetNumber, else TargetValue)
	Value     *float64   `json:"value"`     // the value reported for Y, in the unit (IndicatorResult.Value)
	Attained  *float64   `json:"attained"`  // where it stands in Y, in the kind's terms (the realized average rate, the reduction or total so far…)
	Projected *float64   `json:"projected"` // where it is projected to stand in T, in the kind's terms; nil in the final year
	// Gap is how far the target is missed: target − projected (final:
	// target − attained), in the kind's terms (points for a rate), signed
	// so that > 0 is short.
	Gap *float64 `json:"gap"`
	// Handling is what is proposed (always KeepTarget: the tool states the
	// gap and never proposes lowering a target itself); Chosen is set when
	// an analyst chose it in the Excel report (Reason then says why, At
	// where).
	Handling      model.Handling `json:"handling"`
	HandlingLabel string         `json:"handling_label"`
	Chosen        bool           `json:"chosen"`
	Reason        string         `json:"reason,omitempty"`
	At            string         `json:"at,omitempty"`
}

// Midterm is the mid-term evaluation's look back (B+1..Y) and ahead.
type Midterm struct {
	Years []int `json:"years"` // B+1..Y: the columns of the status-by-year table (IndicatorResult.Years)
	// HalfRule is 时间过半、任务过半: time elapsed is Result.Elapsed; an
	// indicator is 过半 when its Progress ≥ HalfShare (kinds with a
	// progress) or it is met / achieved in Y (the others); the plan is
	// when at least PlanShare of the assessable indicators are, and
	// every assessable binding one is.
	HalfShare  float64  `json:"half_share"`
	PlanShare  float64  `json:"plan_share"`
	Half       []string `json:"half"`     // the indicators 过半
	NotHalf    []string `json:"not_half"` // the assessable ones not
	HalfDone   bool     `json:"half_done"`
	HalfOfPlan float64  `json:"half_of_plan"` // len(Half) / assessable
	// Outlook is 后半程展望: each off-track indicator (Status.OffTrack or
	// band unlikely) with what each remaining year needs.
	Outlook []Outlook `json:"outlook"`
}

// Outlook is what an off-track indicator needs per year to reach its
// target, against what it did per year so far, in RequiredPace's terms.
type Outlook struct {
	Indicator string   `json:"indicator"`
	Required  *float64 `json:"required"` // per remaining year (IndicatorResult.RequiredPace)
	Realized  *float64 `json:"realized"` // per year B<y≤Y so far, in the same terms
	Remaining int      `json:"remaining"`
}

// FollowUp is last year's report followed up.
type FollowUp struct {
	Year     int              `json:"year"`
	Problems []FollowProblem  `json:"problems"`
	Comments []PreviousRemark `json:"comments"` // 上年意见
	// Counts by state.
	Resolved int `json:"resolved"`
	Persists int `json:"persists"`
	Worsened int `json:"worsened"`
	// NotInPlan are last year's problems whose subject the plan no longer
	// has (a plan revised since): listed, with last year's name, not
	// judged (their State is empty) nor counted.
	NotInPlan []FollowProblem `json:"not_in_plan,omitempty"`
}

// FollowProblem is one of last year's problems and its state now.
type FollowProblem struct {
	Indicator  string              `json:"indicator,omitempty"`
	Task       string              `json:"task,omitempty"`
	Project    string              `json:"project,omitempty"`
	Name       string              `json:"name"`
	Rules      []model.ProblemRule `json:"previous_rules"`
	PrevStatus Status              `json:"previous_status,omitempty"`
	Status     Status              `json:"status,omitempty"` // an indicator's now
	State      model.FollowState   `json:"state"`
	StateLabel string              `json:"state_label"`
}

// PreviousRemark is last year's 分析意见 on an indicator.
type PreviousRemark struct {
	Indicator string `json:"indicator"`
	Name      string `json:"name"`
	Comment   string `json:"comment"`
}

// JudgmentRule is the overall judgment's rule and the inputs it was
// applied to, besides Summary.GoodShare and Summary.Assessable.
type JudgmentRule struct {
	OnTrackShare    float64 `json:"on_track_share"`    // 0.75
	MixedShare      float64 `json:"mixed_share"`       // 0.5
	BindingOffTrack int     `json:"binding_off_track"` // binding indicators lagging, seriously lagging, reversed or not met
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
	Binding    int     `json:"binding"` // how many of them are binding
	Assessable int     `json:"assessable"`
	Good       int     `json:"good"`
	GoodShare  float64 `json:"good_share"` // Good / Assessable; 0 when nothing is assessable
	// ByStatus counts the stage's statuses (model.StageStatuses), zeros
	// included, and any other status an analyst set (a pace status in the
	// final year), in Statuses() order; the counts add up to Total.
	ByStatus []Count `json:"by_status"`
}

// ProjectSummary counts the major projects by status, with their
// investment in 亿元.
type ProjectSummary struct {
	Total  int `json:"total"`
	Sample int `json:"sample"` // projects marked 示例
	// ByStatus has every status, zeros included, in the order of
	// model.ProjectStatuses.
	ByStatus []ProjectCount `json:"by_status"`
	// Investment is the total planned investment of all the plan's
	// years; Planned and Completed are the investment planned and
	// reported done B<y≤Y, summed over the projects (Completed over
	// those that reported).
	Investment float64 `json:"investment"`
	Planned    float64 `json:"planned"`
	Completed  float64 `json:"completed"`
	// Share is Completed / Planned; nil when nothing is planned or no
	// project reported its investment.
	Share *float64 `json:"share"`
}

// ProjectCount is the projects of one status and their investment
// planned and completed B<y≤Y (亿元); Share is Completed / Planned, nil
// when nothing is planned or none of them reported its investment.
type ProjectCount struct {
	Status    model.ProjectStatus `json:"status"`
	Label     string              `json:"label"`
	N         int                 `json:"n"`
	Planned   float64             `json:"planned"`
	Completed float64             `json:"completed"`
	Share     *float64            `json:"share"`
}
