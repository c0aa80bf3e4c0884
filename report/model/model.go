// Package model holds the domain of plancheck: a five-year plan's indicator
// table (what plan.yaml says) and the observations the monitoring workbooks
// report against it.
//
// It is shared by the readers (report/plan, report/sheet), the evaluation
// core (report/eval) and the writers, so it imports nothing but the standard
// library and does no I/O. The field names follow docs/FORMAT.md, which is
// the contract with the people who write plans and workbooks.
package model

import (
	"fmt"
	"strings"
)

// Plan is one five-year plan: its identity, period, categories and
// indicators. A Plan returned by report/plan has passed Plan.Validate.
type Plan struct {
	ID          string // ASCII; used in output file names
	Name        string
	ShortName   string
	Region      string
	Issuer      string
	BaseYear    int // B: the year the baselines describe (2020 for the 14th plan)
	TargetYear  int // T: the year the targets are due (2025)
	MidtermYear int // 0 when the plan names none

	Categories  []Category
	Departments []Department
	Evaluation  Thresholds
	References  []Reference
	Indicators  []Indicator
	Tasks       []Task    // optional: the key tasks (重点任务)
	Projects    []Project // optional: the major projects (重大项目)
	// Themes group indicators and tasks under named themes for the
	// report's 存在的主要问题 (plan.yaml's themes:); nil: the categories
	// are the themes.
	Themes []Theme
	// Superior is the level above the plan's (evaluation: superior:):
	// 市级, 省级 or 国家; it names 达到市级要求 and the requirement sheet
	// in every label. "" reads as 市级.
	Superior string

	keys *keys // see Index
}

// Category groups indicators as the plan's table does (减量提质, 创新发展, …).
type Category struct {
	ID   string
	Name string
}

// Theme is a named theme of the plan (关键核心技术, 扩大居民消费…): the
// indicators and key tasks it covers, by id. An indicator or task may be
// in one theme only; those in none are grouped by their category (or
// chapter).
type Theme struct {
	ID         string
	Name       string
	Indicators []string
	Tasks      []string
}

// SuperiorLevel is the plan's superior level, 市级 when it names none.
func (p *Plan) SuperiorLevel() string {
	if p.Superior == "" {
		return "市级"
	}
	return p.Superior
}

// AtLevel is a label of the vocabularies (达到市级要求, 市级要求未提供,
// 不高于市级要求…), which name the default superior level 市级, as a plan
// whose superior is another level says it (达到省级要求). superior is
// Plan.SuperiorLevel's; "" and 市级 leave s as it is.
func AtLevel(s, superior string) string {
	if superior == "" || superior == "市级" {
		return s
	}
	return strings.ReplaceAll(s, "市级", superior)
}

// Department is a lead or partner department (牵头部门 / 配合部门).
type Department struct {
	ID   string
	Name string
}

// Reference is an outside series an indicator is compared with, such as the
// city's average unemployment rate. Its values come from the workbooks'
// 参照数据 sheet.
type Reference struct {
	ID   string
	Name string
	Unit string
}

// Thresholds are the judgment settings of the evaluation. The zero value is
// not useful; start from DefaultThresholds.
type Thresholds struct {
	Ahead   float64 `json:"ahead"`    // pace ratio R at or above which an indicator is ahead (快于预期)
	OnTrack float64 `json:"on_track"` // R at or above which it is on track (基本符合预期)
	Lagging float64 `json:"lagging"`  // R at or above which it is lagging (滞后); below: seriously lagging

	Likely float64 `json:"likely"`  // projected miss, as a share of the gap still to close, below which completion is likely
	AtRisk float64 `json:"at_risk"` // … at or below which completion is at risk; above: unlikely

	SyncTolerance float64 `json:"sync_tolerance"` // percentage points an indicator may trail its partner under compare: sync

	// The data-quality bounds. Jump is the largest plausible year-on-year
	// change of a level, as a share of the previous year's value; RateJump
	// the same for rates, in percentage points; GrowthTolerance how far, in
	// percentage points, a reported growth rate may differ from the one its
	// level series implies.
	// ProjectBehind is the share of a project's planned investment to date
	// that may be missing before the project counts as behind (a major problem).
	ProjectBehind float64 `json:"project_behind"`

	Jump            float64 `json:"jump"`
	RateJump        float64 `json:"rate_jump"`
	GrowthTolerance float64 `json:"growth_tolerance"`

	// FinalTolerance is, in the final evaluation, the share of the
	// distance from the base to the target that an indicator may fall
	// short by and still be 基本完成, where its target has no approx of
	// its own (a 左右 total uses its approx).
	FinalTolerance float64 `json:"final_tolerance"`
}

// DefaultThresholds are the settings used where plan.yaml's evaluation
// section is silent.
func DefaultThresholds() Thresholds {
	return Thresholds{
		Ahead: 1.10, OnTrack: 0.95, Lagging: 0.60,
		Likely: 0.05, AtRisk: 0.20,
		SyncTolerance:   0.5,
		ProjectBehind:   0.2,
		Jump:            0.5,
		RateJump:        10,
		GrowthTolerance: 2,
		FinalTolerance:  0.05,
	}
}

// Indicator is one row of the plan's main indicator table.
type Indicator struct {
	ID       string // as printed in the table: "1", "25a"
	Name     string
	Unit     string // as the workbooks must report it; "" for yes/no indicators
	Category string // a Category.ID
	Binding  bool   // 约束性; false means 预期性
	Lead     string // a Department.ID (or a free name when the plan lists no departments)
	Partners []string

	// Baseline is the base-year value printed in the plan. When nil the
	// base-year value comes from the workbooks.
	Baseline *float64

	Target Target

	// Bounds, when set, overrides the possible range inferred from the unit
	// (a share in % lies in 0–100; other levels are not negative).
	Min, Max *float64

	// Decimals, when set, is how many decimals the reports print the
	// indicator's numbers with (plan.yaml's decimals: 0–6); when nil they
	// follow the data as typed (see eval.IndicatorResult.Decimals).
	Decimals *int

	// Levels names another indicator or a reference holding the level series
	// behind a growth-rate indicator, so that the two can be checked against
	// each other.
	Levels string

	// Code is the indicator's code in a superior framework ("bj.pm25":
	// the same indicator as in Beijing's city plan), by which plancheck
	// compare sets plans side by side; "" for an indicator of the plan's
	// own. report/plan checks its form (CheckCode) and that a plan uses a
	// code once.
	Code string

	Note string
	Line int // line in plan.yaml, for messages; 0 when unknown
}

// Kind is the kind of target an indicator has. The evaluation judges each
// kind by its own rule; see docs/FORMAT.md for the arithmetic.
type Kind string

// The target kinds.
const (
	Level      Kind = "level"      // reach Value by T
	Delta      Kind = "delta"      // change by Value from the base
	AvgGrowth  Kind = "avg_growth" // average yearly growth ≥ Value %
	Cumulative Kind = "cumulative" // total over the period ≈ Value
	Reduction  Kind = "reduction"  // total reduction over the period ≥ Value %
	Ceiling    Kind = "ceiling"    // never above Value
	Floor      Kind = "floor"      // never below Value
	Municipal  Kind = "municipal"  // meet the city's yearly requirement
	Relative   Kind = "relative"   // compared each year with another indicator or a reference
	Boolean    Kind = "boolean"    // yes/no
	None       Kind = "none"       // monitored, no target
)

// Kinds lists every kind in the order the documentation gives them.
var Kinds = []Kind{Level, Delta, AvgGrowth, Cumulative, Reduction, Ceiling, Floor, Municipal, Relative, Boolean, None}

// Direction says which way an indicator improves.
type Direction string

// The directions. An empty Direction on a level target means "inferred from
// the target and the base".
const (
	Up   Direction = "up"
	Down Direction = "down"
)

// Compare is how a municipal or relative target is met.
type Compare string

// The comparisons.
const (
	LE   Compare = "le"   // not above the requirement or reference
	GE   Compare = "ge"   // not below it
	Yes  Compare = "yes"  // a yes/no indicator that must be yes
	Sync Compare = "sync" // keep pace with another indicator: a ≥ b − tolerance
)

// DataForm is what the workbooks report each year for an avg_growth target.
type DataForm string

// The data forms.
const (
	Rate   DataForm = "rate"  // the yearly growth rate in %, as published (the default)
	LevelD DataForm = "level" // the level, from which growth is computed
)

// Target is what the plan asks of an indicator by the target year.
type Target struct {
	Kind      Kind
	Value     float64 // meaning depends on Kind; unused by municipal, relative, boolean, none
	Text      string  // as printed in the plan: "312.6", "达到市级要求", "累计5000左右"
	Direction Direction
	Data      DataForm // avg_growth only
	Approx    float64  // cumulative only: 0.05 for 左右
	Compare   Compare  // municipal and relative
	To        string   // relative: the indicator it is compared with
	Reference string   // relative: the reference it is compared with
}

// IsRate reports whether the indicator's yearly data are rates of change
// (growth or reduction in %) rather than levels or amounts.
func (ind *Indicator) IsRate() bool {
	switch ind.Target.Kind {
	case AvgGrowth:
		return ind.Target.Data != LevelD
	case Reduction:
		return true
	case Relative:
		return ind.Target.Compare == Sync
	}
	return false
}

// IsYesNo reports whether the indicator is reported as yes/no.
func (ind *Indicator) IsYesNo() bool {
	return ind.Target.Kind == Boolean || (ind.Target.Kind == Municipal && ind.Target.Compare == Yes)
}

// MaxMagnitude is the largest absolute value any indicator, requirement or
// reference may have: no quantity a plan monitors reaches a thousand
// trillion in its unit (the country's GDP in 元 is about 1.3e14). A larger
// value is a typing or unit error; it is refused as a data error before it
// reaches a chart or a projection.
const MaxMagnitude = 1e15

// Bounds is the possible range of the indicator's yearly values, nil where
// open: the plan's min and max where given; otherwise
//   - a yearly growth rate in % (avg_growth's rates, a relative sync) is not
//     below −100: nothing shrinks by more than all of itself;
//   - a yearly reduction in % is not above 100, for the same reason;
//   - a share in % lies in 0–100, one in ‰ in 0–1000;
//   - any other quantity (people, places, money, areas) is not negative;
//   - a yes/no value is not bounded here (it is read as 0 or 1).
func (ind *Indicator) Bounds() (lo, hi *float64) {
	lo, hi = ind.Min, ind.Max
	bound := func(v float64) *float64 { return &v }
	switch {
	case ind.IsYesNo():
	case ind.Target.Kind == Reduction:
		if hi == nil {
			hi = bound(100)
		}
	case ind.IsRate():
		if lo == nil {
			lo = bound(-100)
		}
	default:
		if lo == nil {
			lo = bound(0)
		}
		switch NormalizeUnit(ind.Unit) {
		case "%":
			if hi == nil {
				hi = bound(100)
			}
		case "‰":
			if hi == nil {
				hi = bound(1000)
			}
		}
	}
	return lo, hi
}

// Indicator returns the indicator with exactly the given id, or nil.
func (p *Plan) Indicator(id string) *Indicator {
	if ind := p.FindIndicator(id); ind != nil && ind.ID == id {
		return ind
	}
	for i := range p.Indicators { // a plan built by hand may hold look-alike ids
		if p.Indicators[i].ID == id {
			return &p.Indicators[i]
		}
	}
	return nil
}

// Category returns the category with the given id, or nil.
func (p *Plan) Category(id string) *Category {
	for i := range p.Categories {
		if p.Categories[i].ID == id {
			return &p.Categories[i]
		}
	}
	return nil
}

// Reference returns the reference with the given id, or nil.
func (p *Plan) Reference(id string) *Reference {
	for i := range p.References {
		if p.References[i].ID == id {
			return &p.References[i]
		}
	}
	return nil
}

// DepartmentName returns the name of the department with the given id; the
// id itself when the plan does not list it.
func (p *Plan) DepartmentName(id string) string {
	for _, d := range p.Departments {
		if d.ID == id {
			return d.Name
		}
	}
	return id
}

// NormalizeUnit folds the ways a unit is written into one, so that "％" and
// "%", "人/百亿元" and "人／百亿元", "(万人)" and "万人" compare equal.
func NormalizeUnit(u string) string {
	var b strings.Builder
	for _, r := range u {
		r = Halfwidth(r)
		if r == ' ' || r == '(' || r == ')' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Loc is where a value was read: a workbook, a sheet and a cell. The zero Loc
// means "not from a workbook" (the plan's baseline, say).
type Loc struct {
	File  string
	Sheet string
	Cell  string
}

// String formats the location as the messages print it: "kw-2023.xlsx: 指标数据!C14".
func (l Loc) String() string {
	switch {
	case l.File == "":
		return ""
	case l.Sheet == "":
		return l.File
	case l.Cell == "":
		return l.File + ": " + l.Sheet
	}
	return l.File + ": " + l.Sheet + "!" + l.Cell
}

// IsZero reports whether the location is unknown.
func (l Loc) IsZero() bool { return l == Loc{} }

// Observation is one value reported in a workbook: an indicator's value in
// a year, a municipal requirement, or a reference value.
type Observation struct {
	ID     string // the plan's id of the indicator or reference (normalized to the plan's spelling)
	Year   int
	Value  float64 // a yes/no value is 1 (yes) or 0 (no)
	Approx bool    // typed with 约/左右
	Text   string  // the cell as typed, for messages

	Source   string // 数据来源; "示例" marks a sample value
	Reporter string // 填报单位
	Note     string // 备注
	At       Loc
}

// Dataset is every observation read from the monitoring workbooks, merged.
type Dataset struct {
	Values       []Observation   // sheet 指标数据
	Requirements []Observation   // sheet 市级要求
	References   []Observation   // sheet 参照数据
	Adjustments  []Adjustment    // sheet 指标评估 of plancheck's own Excel report
	Tasks        []TaskReport    // sheet 重点任务
	Projects     []ProjectReport // sheet 重大项目
	// Proposals are the analysts' choices in the 规划调整建议 sheet of
	// plancheck's own Excel report (of the same year only).
	Proposals []Proposal
	// Previous is last year's report (--previous), nil without one.
	Previous *Previous
}

// Proposal is an analyst's choice of handling for an indicator that will
// miss its target, read back from the Excel report's 规划调整建议 sheet.
type Proposal struct {
	ID       string // the plan's indicator id
	Handling string // as typed: a label (建议调整目标) or id (adjust_target)
	Reason   string // 理由; required with a handling other than the proposed one
	Year     int    // the evaluation year of the report it was written in; 0 when unknown
	At       Loc    // the handling cell
}

// Previous is what last year's report said (its JSON or its Excel),
// for the follow-up of its problems and its analysts' comments.
type Previous struct {
	Year     int
	File     string // as named on the command line, for messages
	Problems []PreviousProblem
	Comments []PreviousComment
}

// PreviousProblem is one of last year's major problems: its subject (one
// of Indicator, Task, Project), its rules and, for an indicator, its
// status then.
type PreviousProblem struct {
	Indicator, Task, Project string
	Name                     string
	Rules                    []ProblemRule
	Status                   Status
}

// PreviousComment is an analyst's 分析意见 of last year on an indicator.
type PreviousComment struct {
	ID      string
	Name    string
	Comment string
}

// Adjustment is what an analyst wrote into the 指标评估 sheet of the Excel
// report plancheck wrote, read back when that workbook is an input: a manual
// status (状态调整) with its reason (调整理由), and an analysis (分析意见).
type Adjustment struct {
	ID      string // the plan's indicator id
	Status  string // the status typed in 状态调整, as a label (滞后) or id (lagging); "" for none
	Reason  string // 调整理由; required when Status is set
	Comment string // 分析意见
	Year    int    // the evaluation year of the report the adjustment was written in; 0 when unknown
	At      Loc    // the 状态调整 cell (or the 分析意见 cell when there is no status)
	// Public is set when an analyst marked the 分析意见 for the public
	// edition (the column 公开 of 指标评估: 是).
	Public bool
}

// Series is one indicator's (or reference's) observations by year.
type Series map[int]Observation

// ByID indexes observations by id and year. Later observations of the same
// id and year replace earlier ones; Merge has already refused conflicts.
func ByID(obs []Observation) map[string]Series {
	m := make(map[string]Series)
	for id, s := range ByIDYear(obs, func(o Observation) (string, int) { return o.ID, o.Year }) {
		m[id] = s
	}
	return m
}

// ByIDYear indexes items (observations, task or project reports) by id and
// year, as key gives them; a later item of the same id and year replaces an
// earlier one.
func ByIDYear[T any](items []T, key func(T) (string, int)) map[string]map[int]T {
	m := make(map[string]map[int]T)
	for _, it := range items {
		id, y := key(it)
		if m[id] == nil {
			m[id] = make(map[int]T)
		}
		m[id][y] = it
	}
	return m
}

// Conflict is the same id and year reported twice with different values.
type Conflict struct {
	Sheet  string
	ID     string
	Year   int
	First  Observation
	Second Observation
}

func (c Conflict) Error() string {
	return fmt.Sprintf("%s: %s %q, %d年: %s says %s but %s says %s; keep one of them",
		c.Sheet, idWord(c.Sheet), c.ID, c.Year, c.First.At, c.First.Text, c.Second.At, c.Second.Text)
}

func idWord(sheet string) string {
	switch sheet {
	case "参照数据":
		return "reference"
	case "重点任务":
		return "task"
	case "重大项目":
		return "project"
	}
	return "indicator"
}

func sameNum(a, b *float64) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

func numText(v *float64) string {
	if v == nil {
		return "—"
	}
	return fmt.Sprint(*v)
}

// Merge combines datasets read from several workbooks. The same id and year
// reported twice with the same value is kept once (the first); with
// different values it is a Conflict. The order of the result is the order
// of the inputs, so the same inputs give the same output.
func Merge(sets ...*Dataset) (*Dataset, []Conflict) {
	var out Dataset
	var conflicts []Conflict
	merge := func(dst *[]Observation, src []Observation, sheet string, seen map[[2]string]int) {
		for _, o := range src {
			k := [2]string{o.ID, fmt.Sprint(o.Year)}
			if i, ok := seen[k]; ok {
				if prev := (*dst)[i]; prev.Value != o.Value {
					conflicts = append(conflicts, Conflict{Sheet: sheet, ID: o.ID, Year: o.Year, First: prev, Second: o})
				}
				continue
			}
			seen[k] = len(*dst)
			*dst = append(*dst, o)
		}
	}
	sv, sr, sf := map[[2]string]int{}, map[[2]string]int{}, map[[2]string]int{}
	st, sp := map[[2]string]int{}, map[[2]string]int{}
	for _, d := range sets {
		if d == nil {
			continue
		}
		merge(&out.Values, d.Values, "指标数据", sv)
		merge(&out.Requirements, d.Requirements, "市级要求", sr)
		merge(&out.References, d.References, "参照数据", sf)
		out.Adjustments = append(out.Adjustments, d.Adjustments...)
		out.Proposals = append(out.Proposals, d.Proposals...)
		for _, t := range d.Tasks {
			k := [2]string{t.ID, fmt.Sprint(t.Year)}
			if i, ok := st[k]; ok {
				if prev := out.Tasks[i]; prev.Progress != t.Progress || !sameNum(prev.Share, t.Share) {
					conflicts = append(conflicts, Conflict{Sheet: "重点任务", ID: t.ID, Year: t.Year,
						First:  Observation{Text: prev.Progress.Label(), At: prev.At},
						Second: Observation{Text: t.Progress.Label(), At: t.At}})
				}
				continue
			}
			st[k] = len(out.Tasks)
			out.Tasks = append(out.Tasks, t)
		}
		for _, r := range d.Projects {
			k := [2]string{r.ID, fmt.Sprint(r.Year)}
			if i, ok := sp[k]; ok {
				if prev := out.Projects[i]; !sameNum(prev.Investment, r.Investment) || prev.Milestone != r.Milestone {
					conflicts = append(conflicts, Conflict{Sheet: "重大项目", ID: r.ID, Year: r.Year,
						First:  Observation{Text: numText(prev.Investment) + " " + prev.Milestone, At: prev.At},
						Second: Observation{Text: numText(r.Investment) + " " + r.Milestone, At: r.At}})
				}
				continue
			}
			sp[k] = len(out.Projects)
			out.Projects = append(out.Projects, r)
		}
	}
	return &out, conflicts
}

// SampleSource is the word a workbook's source column carries for a value
// that is not a published statistic.
const SampleSource = "示例"

// IsSample reports whether the observation is marked as a sample value.
func (o Observation) IsSample() bool { return strings.Contains(o.Source, SampleSource) }
