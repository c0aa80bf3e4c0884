package model

import "strings"

// The vocabularies of the evaluation: each is a string type whose values
// are ids (what the JSON and the code hold), with one table of ids → 中文
// labels (what every report prints). Excel, PDF, Word and HTML read the
// label from here, so a status, a stage or a severity reads the same in
// every output. A value outside its table has its id as label.

// term is one row of a vocabulary: an id and its Chinese label.
type term[T ~string] struct {
	id    T
	label string
}

// vocab is a vocabulary's table, in its documented order.
type vocab[T ~string] []term[T]

func (v vocab[T]) label(id T) string {
	for _, t := range v {
		if t.id == id {
			return t.label
		}
	}
	return string(id)
}

// parse reads an id or a label, spaces around it ignored.
func (v vocab[T]) parse(s string) (T, bool) {
	s = strings.TrimSpace(s)
	for _, t := range v {
		if s == string(t.id) || s == t.label {
			return t.id, true
		}
	}
	var zero T
	return zero, false
}

func (v vocab[T]) ids() []T {
	out := make([]T, len(v))
	for i, t := range v {
		out[i] = t.id
	}
	return out
}

// Status is the judgment of one indicator in one year.
type Status string

// The statuses.
const (
	Achieved         Status = "achieved"          // 提前实现: the target reached before T
	Ahead            Status = "ahead"             // 快于预期: pace ratio ≥ Thresholds.Ahead
	OnTrack          Status = "on_track"          // 基本符合预期: ≥ Thresholds.OnTrack
	Met              Status = "met"               // 达到要求: a yearly requirement or limit met (or the target reached in T)
	Lagging          Status = "lagging"           // 滞后: ≥ Thresholds.Lagging
	SeriouslyLagging Status = "seriously_lagging" // 明显滞后: ≥ 0
	Reversed         Status = "reversed"          // 逆向变化: moved away from the target
	NotMet           Status = "not_met"           // 未达要求
	// The final evaluation's statuses (the target year, Stage final):
	// each indicator judged against its target itself, not its pace
	// (see report/eval's final judgment).
	Completed       Status = "completed"        // 完成
	MostlyCompleted Status = "mostly_completed" // 基本完成: within the tolerance of the target
	NotCompleted    Status = "not_completed"    // 未完成
	NoData          Status = "no_data"          // 数据待补
	NotAssessed     Status = "not_assessed"     // 无法评估
)

// statuses is the one table of status ids and labels, best first.
var statuses = vocab[Status]{
	{Achieved, "提前实现"},
	{Ahead, "快于预期"},
	{OnTrack, "基本符合预期"},
	{Met, "达到要求"},
	{Lagging, "滞后"},
	{SeriouslyLagging, "明显滞后"},
	{Reversed, "逆向变化"},
	{NotMet, "未达要求"},
	{Completed, "完成"},
	{MostlyCompleted, "基本完成"},
	{NotCompleted, "未完成"},
	{NoData, "数据待补"},
	{NotAssessed, "无法评估"},
}

// Statuses lists every status, best first (the pace statuses, then the
// final ones, then no_data and not_assessed).
func Statuses() []Status { return statuses.ids() }

// StageStatuses lists the statuses a stage's judgments can have, best
// first: the order of the reports' tables, counts and legends. The final
// evaluation has 完成, 基本完成, 未完成, 数据待补 and 无法评估; the others
// have the pace statuses, 达到要求, 未达要求, 数据待补 and 无法评估.
func StageStatuses(st Stage) []Status {
	var out []Status
	for _, t := range statuses {
		if t.id.Final() == (st == Final) || t.id == NoData || t.id == NotAssessed {
			out = append(out, t.id)
		}
	}
	return out
}

// Final reports whether the status is one of the final evaluation's:
// completed, mostly completed or not completed.
func (s Status) Final() bool { return s == Completed || s == MostlyCompleted || s == NotCompleted }

// ParseStatus reads a status as an analyst types it: its id (lagging) or
// its Chinese label (滞后), spaces around it ignored.
func ParseStatus(s string) (Status, bool) { return statuses.parse(s) }

// Label is the status in Chinese; "" for the zero Status (no judgment).
func (s Status) Label() string {
	if s == "" {
		return ""
	}
	return statuses.label(s)
}

// Assessable reports whether the status is a judgment (not no_data,
// not_assessed or none).
func (s Status) Assessable() bool { return s != NoData && s != NotAssessed && s != "" }

// Good reports whether the status is at or above on track: achieved,
// ahead, on track or met; in the final evaluation completed or mostly
// completed.
func (s Status) Good() bool {
	return s == Achieved || s == Ahead || s == OnTrack || s == Met || s == Completed || s == MostlyCompleted
}

// Rank orders statuses for their movement from one year to the next
// (eval.IndicatorResult.StatusMove): 0 for achieved, completed; 1 ahead;
// 2 on track, met, mostly completed; 3 lagging; 4 seriously lagging;
// 5 reversed, not met, not completed; −1 for no judgment (no_data,
// not_assessed, none), which has no movement.
func (s Status) Rank() int {
	switch s {
	case Achieved, Completed:
		return 0
	case Ahead:
		return 1
	case OnTrack, Met, MostlyCompleted:
		return 2
	case Lagging:
		return 3
	case SeriouslyLagging:
		return 4
	case Reversed, NotMet, NotCompleted:
		return 5
	}
	return -1
}

// OffTrack reports whether the status is a judgment below on track:
// lagging, seriously lagging, reversed or not met.
func (s Status) OffTrack() bool { return s.Assessable() && !s.Good() }

// Stage is which evaluation a year's report is: the plan's midterm, its
// target year (the final, summary evaluation) or any other year.
type Stage string

// The stages.
const (
	Annual  Stage = "annual"
	Midterm Stage = "midterm"
	Final   Stage = "final"
)

var stages = vocab[Stage]{
	{Annual, "年度评估"},
	{Midterm, "中期评估"},
	{Final, "总结评估"},
}

// Stages lists the stages in the order of a plan's years.
func Stages() []Stage { return stages.ids() }

// Label is the stage in Chinese: 年度评估, 中期评估, 总结评估.
func (s Stage) Label() string { return stages.label(s) }

// Stage is the stage of the evaluation in year y: final in the target
// year, midterm in the plan's midterm year, annual otherwise.
func (p *Plan) Stage(y int) Stage {
	switch {
	case y == p.TargetYear:
		return Final
	case p.MidtermYear != 0 && y == p.MidtermYear:
		return Midterm
	}
	return Annual
}

// Judgment is the overall judgment of a year's evaluation (总体判断). The
// rule that gives it is report/eval's; see eval.Summary.
type Judgment string

// The judgments.
const (
	JudgedOnTrack Judgment = "on_track" // most assessable indicators on track, no binding one off track
	JudgedMixed   Judgment = "mixed"    // on track in part, lagging in part
	JudgedBehind  Judgment = "behind"   // fewer than half on track
	JudgedUnknown Judgment = "unknown"  // no indicator could be assessed
)

var judgments = vocab[Judgment]{
	{JudgedOnTrack, "总体进展符合预期"},
	{JudgedMixed, "总体进展基本符合预期，部分指标滞后"},
	{JudgedBehind, "总体进展滞后于预期"},
	{JudgedUnknown, "无可评估指标"},
}

// finalJudgments are the judgments' labels in the final evaluation, which
// judges the targets, not the pace.
var finalJudgments = vocab[Judgment]{
	{JudgedOnTrack, "规划目标总体完成"},
	{JudgedMixed, "规划目标基本完成，部分指标未完成"},
	{JudgedBehind, "规划目标完成情况滞后于预期"},
	{JudgedUnknown, "无可评估指标"},
}

// StageLabel is the judgment in Chinese as the stage's report says it:
// the final evaluation speaks of the targets completed (规划目标总体完成),
// the others of progress (Label).
func (j Judgment) StageLabel(st Stage) string {
	if st == Final {
		return finalJudgments.label(j)
	}
	return j.Label()
}

// Judgments lists the judgments, best first.
func Judgments() []Judgment { return judgments.ids() }

// Label is the judgment in Chinese.
func (j Judgment) Label() string { return judgments.label(j) }

// ProblemRule is a rule that makes a major problem (重大问题).
type ProblemRule string

// The problem rules, in order of severity: the order a problem lists the
// rules that fired on it, and the order the reports list problems in.
// The order is:
//  1. binding_off_track: a binding indicator (约束性, a duty the plan must
//     meet) not on track — the most severe;
//  2. not_met: a requirement or limit not met this year (a breach, not a
//     pace);
//  3. reversed: the indicator moved away from its target;
//  4. projected_unlikely: at the pace so far, the target will be missed;
//  5. lagging_two_years: lagging two years running;
//  6. key_task_behind and project_behind, the rules of tasks and
//     projects (which never share a problem with the indicator rules).
const (
	RuleBindingOffTrack   ProblemRule = "binding_off_track"
	RuleNotMet            ProblemRule = "not_met"
	RuleReversed          ProblemRule = "reversed"
	RuleProjectedUnlikely ProblemRule = "projected_unlikely"
	RuleLaggingTwoYears   ProblemRule = "lagging_two_years"
	RuleKeyTaskBehind     ProblemRule = "key_task_behind"
	RuleProjectBehind     ProblemRule = "project_behind"
)

var problemRules = vocab[ProblemRule]{
	{RuleBindingOffTrack, "约束性指标未达要求或进度滞后"},
	{RuleNotMet, "指标未达要求"},
	{RuleReversed, "指标逆向变化"},
	{RuleProjectedUnlikely, "按当前进度预计难以完成目标"},
	{RuleLaggingTwoYears, "连续两年进度滞后"},
	{RuleKeyTaskBehind, "重点任务进展滞后"},
	{RuleProjectBehind, "重大项目推进滞后"},
}

// finalRules are the labels that differ in the final evaluation, where
// an indicator off its target has not completed it.
var finalRules = vocab[ProblemRule]{
	{RuleBindingOffTrack, "约束性指标未完成"},
	{RuleNotMet, "指标未完成规划目标"},
}

// StageLabel is the rule in Chinese as the stage's report says it: in the
// final evaluation binding_off_track and not_met speak of targets not
// completed; the others, and every other stage, are Label.
func (r ProblemRule) StageLabel(st Stage) string {
	if st == Final {
		for _, t := range finalRules {
			if t.id == r {
				return t.label
			}
		}
	}
	return r.Label()
}

// ParseProblemRule reads a rule as a report prints it: its id, its label
// or its final evaluation's label (StageLabel), spaces around it ignored.
func ParseProblemRule(s string) (ProblemRule, bool) {
	if r, ok := problemRules.parse(s); ok {
		return r, true
	}
	return finalRules.parse(s)
}

// ProblemRules lists the rules in order of severity, most severe first.
func ProblemRules() []ProblemRule { return problemRules.ids() }

// Label is the rule in Chinese.
func (r ProblemRule) Label() string { return problemRules.label(r) }

// Severity is the rule's rank: 0 for the most severe, then 1, 2…; a rule
// outside the table ranks after every known one.
func (r ProblemRule) Severity() int {
	for i, t := range problemRules {
		if t.id == r {
			return i
		}
	}
	return len(problemRules)
}

// Cause is why a key task or a major project is behind, so that what is
// suggested fits what went wrong.
type Cause string

// The causes.
const (
	CauseReportedBehind   Cause = "reported_behind"   // the department reports the task 滞后
	CauseNotStarted       Cause = "not_started"       // … or 未启动, while a milestone was due
	CauseInvestmentBehind Cause = "investment_behind" // a project's investment short of plan by more than Thresholds.ProjectBehind
	CauseMilestoneMissed  Cause = "milestone_missed"  // a project's 形象进度 node of the year not reached
	CauseNotReported      Cause = "not_reported"      // a key task's or a project's progress not reported for Y
)

var causes = vocab[Cause]{
	{CauseReportedBehind, "进展滞后"},
	{CauseNotStarted, "尚未启动"},
	{CauseInvestmentBehind, "投资完成滞后"},
	{CauseMilestoneMissed, "形象进度节点未完成"},
	{CauseNotReported, "进展未报送"},
}

// Causes lists the causes.
func Causes() []Cause { return causes.ids() }

// Label is the cause in Chinese.
func (c Cause) Label() string { return causes.label(c) }

// Severity is how much a data-quality finding stops the evaluation.
type Severity string

// The severities.
const (
	Error   Severity = "error"   // the input cannot be used as it is
	Warning Severity = "warning" // a doubt about a value; the evaluation goes on
)

var severities = vocab[Severity]{
	{Error, "错误"},
	{Warning, "提示"},
}

// Severities lists the severities, most severe first.
func Severities() []Severity { return severities.ids() }

// Label is the severity in Chinese: 错误, 提示.
func (s Severity) Label() string { return severities.label(s) }

// FindingCode is the kind of a data-quality finding (数据质量).
type FindingCode string

// The finding codes.
const (
	FindMissing            FindingCode = "missing"             // years without a value
	FindOutOfRange         FindingCode = "out_of_range"        // a value outside what it can be
	FindJump               FindingCode = "jump"                // an implausible change on the year before
	FindGrowthMismatch     FindingCode = "growth_mismatch"     // a growth rate against its level series
	FindRequirementMissing FindingCode = "requirement_missing" // a municipal requirement not given
	FindReferenceMissing   FindingCode = "reference_missing"   // a reference value not given
	FindNoSource           FindingCode = "no_source"           // values without 数据来源
	FindApproximate        FindingCode = "approximate"         // 约/左右 or a range
	FindBaselineMismatch   FindingCode = "baseline_mismatch"   // the workbook's base year against the plan's baseline
	FindTaskMissing        FindingCode = "task_missing"        // a task's progress not reported
	FindTaskRegressed      FindingCode = "task_regressed"      // done one year, not the next
	FindProjectMissing     FindingCode = "project_missing"     // a project's progress not reported
)

var findingCodes = vocab[FindingCode]{
	{FindMissing, "数据缺失"},
	{FindOutOfRange, "超出合理范围"},
	{FindJump, "异常波动"},
	{FindGrowthMismatch, "增速与总量不符"},
	{FindRequirementMissing, "市级要求未提供"},
	{FindReferenceMissing, "参照数据缺失"},
	{FindNoSource, "未注明来源"},
	{FindApproximate, "约数"},
	{FindBaselineMismatch, "基期值不一致"},
	{FindTaskMissing, "任务进展未报送"},
	{FindTaskRegressed, "任务进展倒退"},
	{FindProjectMissing, "项目进展未报送"},
}

// FindingCodes lists the finding codes.
func FindingCodes() []FindingCode { return findingCodes.ids() }

// Label is the finding's kind in Chinese.
func (c FindingCode) Label() string { return findingCodes.label(c) }

// ProjectStatus is a major project's state in the evaluation year.
type ProjectStatus string

// The project statuses.
const (
	ProjectOnTrack ProjectStatus = "on_track"
	ProjectBehind  ProjectStatus = "behind"
	ProjectNoData  ProjectStatus = "no_data"
)

var projectStatuses = vocab[ProjectStatus]{
	{ProjectOnTrack, "按计划推进"},
	{ProjectBehind, "进度滞后"},
	{ProjectNoData, "数据待补"},
}

// ProjectStatuses lists the project statuses, best first.
func ProjectStatuses() []ProjectStatus { return projectStatuses.ids() }

// Label is the project status in Chinese.
func (s ProjectStatus) Label() string { return projectStatuses.label(s) }

// Band is the projection's judgment of whether the target will be reached
// by T.
type Band string

// The projection bands; the zero Band means not projected.
const (
	Likely   Band = "likely"
	AtRisk   Band = "at_risk"
	Unlikely Band = "unlikely"
)

var bands = vocab[Band]{
	{Likely, "预计可完成"},
	{AtRisk, "完成存在风险"},
	{Unlikely, "预计难以完成"},
}

// Bands lists the bands, best first.
func Bands() []Band { return bands.ids() }

// Label is the band in Chinese; "" for the zero Band.
func (b Band) Label() string {
	if b == "" {
		return ""
	}
	return bands.label(b)
}

// Change is an indicator's movement against the year before.
type Change string

// The changes. The zero Change means it cannot be told (no value the year
// before, or no direction).
const (
	Improved  Change = "improved"
	Unchanged Change = "unchanged"
	Worsened  Change = "worsened"
)

var changes = vocab[Change]{
	{Improved, "改善"},
	{Unchanged, "持平"},
	{Worsened, "变差"},
}

// Changes lists the changes, best first.
func Changes() []Change { return changes.ids() }

// Label is the change in Chinese; "" for the zero Change.
func (c Change) Label() string {
	if c == "" {
		return ""
	}
	return changes.label(c)
}

var kinds = vocab[Kind]{
	{Level, "目标值"},
	{Delta, "增减量"},
	{AvgGrowth, "年均增速"},
	{Cumulative, "累计值"},
	{Reduction, "累计降幅"},
	{Ceiling, "上限"},
	{Floor, "下限"},
	{Municipal, "达到市级要求"},
	{Relative, "相对目标"},
	{Boolean, "是否完成"},
	{None, "监测指标"},
}

// Label is the kind's name in Chinese, as the reports print it.
func (k Kind) Label() string { return kinds.label(k) }

var progresses = vocab[Progress]{
	{Done, "已完成"},
	{OnSchedule, "按计划推进"},
	{Behind, "滞后"},
	{NotStarted, "未启动"},
	{NotReported, "未报送"},
}

// Label is the state in Chinese; 未报送 for NotReported.
func (p Progress) Label() string { return progresses.label(p) }

// ParseProgress reads a state as a department types it: its Chinese word or
// its id. NotReported is not a state one reports.
func ParseProgress(s string) (Progress, bool) {
	if p, ok := progresses.parse(s); ok && p != NotReported {
		return p, true
	}
	return "", false
}

// Method is the rule an indicator is judged by: its target kind, refined by
// how the target is compared or what the workbooks report (a growth target
// judged from rates or from levels). report/eval computes with it; the
// reports print its Label and Formula, so that the method annex states the
// arithmetic eval does.
type Method string

// The methods.
const (
	MethodLevel        Method = "level"
	MethodDelta        Method = "delta"
	MethodGrowthRate   Method = "avg_growth"       // yearly growth rates reported
	MethodGrowthLevel  Method = "avg_growth_level" // levels reported, growth computed
	MethodCumulative   Method = "cumulative"
	MethodReduction    Method = "reduction"
	MethodCeiling      Method = "ceiling"
	MethodFloor        Method = "floor"
	MethodMunicipalLE  Method = "municipal_le"
	MethodMunicipalGE  Method = "municipal_ge"
	MethodMunicipalYes Method = "municipal_yes"
	MethodRelativeSync Method = "relative_sync"
	MethodRelativeLE   Method = "relative_le"
	MethodRelativeGE   Method = "relative_ge"
	MethodBoolean      Method = "boolean"
	MethodNone         Method = "none"
)

// methods is the table of methods: the label and the formula, in the
// symbols of docs/FORMAT.md (B base year, T target year, Y the year judged,
// s = (Y−B)/(T−B) the time elapsed).
var methods = []struct {
	id             Method
	label, formula string
}{
	{MethodLevel, "目标值", "完成进度 p =（当年值 − 基期值）÷（目标值 − 基期值），进度比 R = p ÷ s；规划路径 = 基期值 +（目标值 − 基期值）× s"},
	{MethodDelta, "增减量", "完成进度 p =（当年值 − 基期值）÷ 目标变化量，进度比 R = p ÷ s；规划路径 = 基期值 + 目标变化量 × s"},
	{MethodGrowthRate, "年均增速（按当年增速）", "累计增长 G = ∏(1 + 当年增速) − 1，进度比 R = G ÷ ((1 + 目标增速)^(Y−B) − 1)，完成进度 p = G ÷ ((1 + 目标增速)^(T−B) − 1)，实际年均增速 = (1 + G)^(1/(Y−B)) − 1"},
	{MethodGrowthLevel, "年均增速（按水平值）", "累计增长 G = 当年值 ÷ 基期值 − 1，进度比 R = G ÷ ((1 + 目标增速)^(Y−B) − 1)，完成进度 p = G ÷ ((1 + 目标增速)^(T−B) − 1)；规划路径 = 基期值 × (1 + 目标增速)^(年份−B)"},
	{MethodCumulative, "累计值", "完成进度 p = 累计值 ÷ 目标累计值，进度比 R = p ÷ s；规划路径 = 目标累计值 × s"},
	{MethodReduction, "累计降幅", "累计降幅 C = 1 − ∏(1 − 当年降幅)，进度比 R = C ÷ (1 − (1 − 目标降幅)^s)，完成进度 p = C ÷ 目标降幅"},
	{MethodCeiling, "上限", "当年值不高于上限为达到要求；基期已高于上限的，按向上限靠拢的线性路径（同目标值）评估进度，达到后按上限评估"},
	{MethodFloor, "下限", "当年值不低于下限为达到要求；基期已低于下限的，按向下限靠拢的线性路径（同目标值）评估进度，达到后按下限评估"},
	{MethodMunicipalLE, "不高于市级要求", "当年值不高于市级下达的当年要求值为达到要求"},
	{MethodMunicipalGE, "不低于市级要求", "当年值不低于市级下达的当年要求值为达到要求"},
	{MethodMunicipalYes, "完成市级要求", "当年完成（是）为达到要求"},
	{MethodRelativeSync, "与对比指标同步", "当年值不低于对比指标当年值减同步容差为达到要求"},
	{MethodRelativeLE, "不高于对比值", "当年值不高于对比指标或参照数据的当年值为达到要求"},
	{MethodRelativeGE, "不低于对比值", "当年值不低于对比指标或参照数据的当年值为达到要求"},
	{MethodBoolean, "是否完成", "当年完成（是）为达到要求"},
	{MethodNone, "监测指标", "规划未设定目标值，仅监测变化趋势"},
}

// Methods lists the methods in the order of Kinds.
func Methods() []Method {
	out := make([]Method, len(methods))
	for i, m := range methods {
		out[i] = m.id
	}
	return out
}

// Label is the method's name in Chinese.
func (m Method) Label() string {
	for _, x := range methods {
		if x.id == m {
			return x.label
		}
	}
	return string(m)
}

// Formula is the method's arithmetic in Chinese symbols; "" for a method
// outside the table.
func (m Method) Formula() string {
	for _, x := range methods {
		if x.id == m {
			return x.formula
		}
	}
	return ""
}

// MethodOf is the method an indicator is judged by.
func (ind *Indicator) MethodOf() Method {
	t := ind.Target
	switch t.Kind {
	case Level:
		return MethodLevel
	case Delta:
		return MethodDelta
	case AvgGrowth:
		if t.Data == LevelD {
			return MethodGrowthLevel
		}
		return MethodGrowthRate
	case Cumulative:
		return MethodCumulative
	case Reduction:
		return MethodReduction
	case Ceiling:
		return MethodCeiling
	case Floor:
		return MethodFloor
	case Municipal:
		switch t.Compare {
		case LE:
			return MethodMunicipalLE
		case GE:
			return MethodMunicipalGE
		}
		return MethodMunicipalYes
	case Relative:
		switch t.Compare {
		case Sync:
			return MethodRelativeSync
		case LE:
			return MethodRelativeLE
		}
		return MethodRelativeGE
	case Boolean:
		return MethodBoolean
	}
	return MethodNone
}

// Reason says why an indicator has no judgment in a year (no_data,
// not_assessed), or how a judgment was reached where the usual rule does
// not apply (a target equal to the base). The years it is about are the
// result's ReasonYears.
type Reason string

// The reasons.
const (
	ReasonNoValue            Reason = "no_value"             // the year's value is missing
	ReasonNoBaseline         Reason = "no_baseline"          // the base year's value is missing (plan and workbook)
	ReasonMissingYears       Reason = "missing_years"        // earlier years missing: no total or growth since B
	ReasonBaseNotPositive    Reason = "base_not_positive"    // growth cannot be computed from a base ≤ 0
	ReasonRequirementMissing Reason = "requirement_missing"  // the value is there, the 市级要求 is not
	ReasonNoValueNoReq       Reason = "no_value_requirement" // neither the value nor the requirement
	ReasonComparedMissing    Reason = "compared_missing"     // the partner's or the reference's value is missing
	ReasonMonitorOnly        Reason = "monitor_only"         // the plan sets no target
	ReasonHoldLevel          Reason = "hold_level"           // the target equals the base: judged as holding it
	ReasonZeroGrowth         Reason = "zero_growth"          // a 0% growth target: judged as not falling
)

var reasons = vocab[Reason]{
	{ReasonNoValue, "当年数据缺失"},
	{ReasonNoBaseline, "缺少基期值"},
	{ReasonMissingYears, "以往年份数据缺失"},
	{ReasonBaseNotPositive, "基期值不为正"},
	{ReasonRequirementMissing, "市级要求未提供"},
	{ReasonNoValueNoReq, "当年数据和市级要求均缺失"},
	{ReasonComparedMissing, "对比数据未提供"},
	{ReasonMonitorOnly, "监测指标未设定目标"},
	{ReasonHoldLevel, "目标值等于基期值，按保持水平判断"},
	{ReasonZeroGrowth, "目标增速为0，按不下降判断"},
}

// Reasons lists the reasons.
func Reasons() []Reason { return reasons.ids() }

// Label is the reason in Chinese; "" for the zero Reason.
func (r Reason) Label() string {
	if r == "" {
		return ""
	}
	return reasons.label(r)
}

// Measure is what an indicator needs next (下一步工作建议), by its
// judgment: eval.Result.Measures groups the indicators by it.
type Measure string

// The measures.
const (
	Consolidate Measure = "consolidate" // 巩固: achieved, ahead, on track, met (completed in the final year)
	Push        Measure = "push"        // 加力: off track but not projected to miss
	Adjust      Measure = "adjust"      // 调整: projected to miss (not completed in the final year): policy or plan adjustment
)

var measures = vocab[Measure]{
	{Consolidate, "巩固"},
	{Push, "加力"},
	{Adjust, "调整"},
}

// Measures lists the measures in the order the reports give them.
func Measures() []Measure { return measures.ids() }

// Label is the measure in Chinese.
func (m Measure) Label() string { return measures.label(m) }

// Handling is the proposed handling of an indicator that will miss its
// target (规划调整建议): what eval proposes, or what an analyst chose in
// the Excel report's 规划调整建议 sheet.
type Handling string

// The handlings.
const (
	KeepTarget    Handling = "keep"           // 保持目标、加大力度
	AdjustTarget  Handling = "adjust_target"  // 建议调整目标
	AdjustMeasure Handling = "adjust_measure" // 建议调整统计口径
)

var handlings = vocab[Handling]{
	{KeepTarget, "保持目标、加大力度"},
	{AdjustTarget, "建议调整目标"},
	{AdjustMeasure, "建议调整统计口径"},
}

// Handlings lists the handlings, in the order of the Excel drop-down.
func Handlings() []Handling { return handlings.ids() }

// ParseHandling reads a handling as an analyst types it: its id or its
// Chinese label, spaces around it ignored.
func ParseHandling(s string) (Handling, bool) { return handlings.parse(s) }

// Label is the handling in Chinese.
func (h Handling) Label() string { return handlings.label(h) }

// FollowState is what became of one of last year's problems this year
// (eval.Result.FollowUp).
type FollowState string

// The follow-up states.
const (
	Resolved  FollowState = "resolved" // 已解决: no longer a problem
	Persists  FollowState = "persists" // 仍存在: still a problem, no worse
	Aggravate FollowState = "worsened" // 加重: still a problem, and worse (a lower status or a more severe rule)
)

var followStates = vocab[FollowState]{
	{Resolved, "已解决"},
	{Persists, "仍存在"},
	{Aggravate, "加重"},
}

// FollowStates lists the follow-up states, best first.
func FollowStates() []FollowState { return followStates.ids() }

// Label is the state in Chinese.
func (f FollowState) Label() string { return followStates.label(f) }

// Edition is which version of the report is written: the internal one
// (everything, for the district's own offices) or the public one (what a
// district publishes; see eval.ForEdition).
type Edition string

// The editions.
const (
	Internal Edition = "internal"
	Public   Edition = "public"
)

var editions = vocab[Edition]{
	{Internal, "内部版"},
	{Public, "公开版"},
}

// Editions lists the editions.
func Editions() []Edition { return editions.ids() }

// ParseEdition reads an edition's id or label.
func ParseEdition(s string) (Edition, bool) { return editions.parse(s) }

// Label is the edition in Chinese.
func (e Edition) Label() string { return editions.label(e) }
