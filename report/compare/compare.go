// Package compare sets many plans' evaluations side by side on the
// indicators they share, the city's (or province's) view of its district
// plans: plancheck compare. Plans share an indicator when their plan.yaml
// give it the same framework code (model.Indicator.Code, "bj.pm25").
//
// The inputs are the JSON results plancheck evaluate and report write
// (eval.Result, read one at a time by Add, so that memory holds only each
// plan's summary and its coded indicators, never a whole result), or
// results evaluated on the fly (AddResult). Comparison then decides
// everything the outputs show, once: the status distribution of each
// plan, the shared indicators most plans are off track on, each plan's
// binding indicators off track, and rankings where the plans' targets are
// comparable (the same code and the same kind of target).
//
// compare imports only the standard library and plancheck's core (model,
// eval); it opens no file. Every refusal names the file.
package compare

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"sort"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/msg"
)

// MaxSize is the largest result Add reads. A plan's JSON result is some
// hundreds of kilobytes; a file far larger is not one.
var MaxSize int64 = 64 << 20

// Row is one plan's indicator with a code: what the workbook's row and
// the matrix's cell show.
type Row struct {
	Code       string       `json:"code"`
	ID         string       `json:"id"`
	Name       string       `json:"name"`
	Unit       string       `json:"unit"`
	Kind       model.Kind   `json:"kind"`
	Binding    bool         `json:"binding"`
	Value      *float64     `json:"value"`
	Target     *float64     `json:"target"` // the level to reach, else the number the target states (eval's TargetValue, TargetNumber)
	TargetText string       `json:"target_text"`
	Decimals   int          `json:"decimals"`
	Progress   *float64     `json:"progress"`
	PaceRatio  *float64     `json:"pace_ratio"`
	Status     model.Status `json:"status"`
	Sample     bool         `json:"sample,omitempty"`
}

// Off is a binding indicator off track (eval's Status.OffTrack).
type Off struct {
	ID     string       `json:"id"`
	Code   string       `json:"code,omitempty"`
	Name   string       `json:"name"`
	Status model.Status `json:"status"`
}

// Label is how the comparison's tables and charts name the plan: its
// short name, else its id.
func (p *Plan) Label() string {
	if p.ShortName != "" {
		return p.ShortName
	}
	return p.ID
}

// OffTrack is how many of the plan's indicators are off track (eval's
// Status.OffTrack).
func (p *Plan) OffTrack() int {
	n := 0
	for _, c := range p.ByStatus {
		if c.Status.OffTrack() {
			n += c.N
		}
	}
	return n
}

// Plan is one plan's part of the comparison.
type Plan struct {
	ID        string      `json:"id"`
	Name      string      `json:"name"`
	ShortName string      `json:"short_name"`
	Region    string      `json:"region"`
	File      string      `json:"file"` // the input as named on the command line, for messages
	Stage     model.Stage `json:"stage"`
	// The plan's own counts of all its indicators (eval.Summary).
	Total      int          `json:"total"`
	Assessable int          `json:"assessable"`
	Good       int          `json:"good"`
	GoodShare  float64      `json:"good_share"`
	ByStatus   []eval.Count `json:"by_status"`
	// Rows are the plan's indicators with a code shared by another plan,
	// in the order of Comparison.Indicators.
	Rows []Row `json:"rows"`
	// BindingOff are its binding indicators off track, shared or not, in
	// the plan's order.
	BindingOff []Off `json:"binding_off_track"`
}

// Row returns the plan's row of code, nil when the plan has none.
func (p *Plan) Row(code string) *Row {
	i := sort.Search(len(p.Rows), func(i int) bool { return p.Rows[i].Code >= code })
	if i < len(p.Rows) && p.Rows[i].Code == code {
		return &p.Rows[i]
	}
	return nil
}

// Shared is an indicator code two or more plans have.
type Shared struct {
	Code string `json:"code"`
	// Name and Unit are the first plan's (by plan id); the units agree
	// (Comparison refuses otherwise), the names may not.
	Name     string       `json:"name"`
	Unit     string       `json:"unit"`
	Plans    int          `json:"plans"`     // how many plans have it
	OffTrack int          `json:"off_track"` // how many are off track on it
	NoData   int          `json:"no_data"`   // how many have no judgment (no_data, not_assessed)
	Binding  int          `json:"binding"`   // in how many it is binding
	Kinds    []model.Kind `json:"kinds"`     // its kinds of target, in model.Kinds order
}

// Ranking orders the plans with one code and one kind of target by their
// pace ratio (eval's PaceRatio: progress against the time elapsed), the
// fastest first. Plans with the same ratio share a rank.
type Ranking struct {
	Code    string      `json:"code"`
	Name    string      `json:"name"`
	Kind    model.Kind  `json:"kind"`
	Entries []RankEntry `json:"entries"`
	Unit    string      `json:"unit"`
}

// RankEntry is one plan's place in a Ranking.
type RankEntry struct {
	Rank      int          `json:"rank"`
	Plan      string       `json:"plan"`
	PlanName  string       `json:"plan_name"`
	PaceRatio float64      `json:"pace_ratio"`
	Status    model.Status `json:"status"`
}

// Label is how a ranking's tables name the plan: its short name, else
// its id (Plan.Label).
func (e RankEntry) Label() string {
	if e.PlanName != "" {
		return e.PlanName
	}
	return e.Plan
}

// Unranked is a shared indicator, or one kind of it, without a ranking,
// and why.
type Unranked struct {
	Code   string     `json:"code"`
	Name   string     `json:"name"`
	Kind   model.Kind `json:"kind,omitempty"` // "" when the reason is the whole code's
	Reason Reason     `json:"reason"`
	Plans  int        `json:"plans"` // the plans with the code (and kind)
}

// Reason says why a shared indicator is not ranked.
type Reason string

// The reasons.
const (
	// NoPace: the kind of target has no pace ratio (a ceiling, a floor,
	// a municipal requirement, a relative or yes/no target, none): the
	// plans are met or not met, not faster or slower.
	NoPace Reason = "no_pace"
	// TooFew: fewer than two plans of that kind have a pace ratio.
	TooFew Reason = "too_few"
)

// Comparison is the plans side by side in one year: what every output of
// plancheck compare shows.
type Comparison struct {
	Format int `json:"format"` // eval.Format of the inputs
	Year   int `json:"year"`
	// Plans are in plan-id order.
	Plans []*Plan `json:"plans"`
	// Indicators are the codes two or more plans share, in code order.
	Indicators []Shared `json:"indicators"`
	// Lagging are the shared indicators at least one plan is off track
	// on, the most plans first (then by code).
	Lagging  []Shared   `json:"lagging"`
	Rankings []Ranking  `json:"rankings"`
	Unranked []Unranked `json:"unranked"`
	// Samples is set when some row uses a value marked 示例.
	Samples bool `json:"samples"`
	// PlanChart counts each plan's indicators (all of them) by status, a
	// bar a plan; IndicatorChart counts the plans by their status on each
	// shared indicator, a bar an indicator (eval.ChartBars). nil when
	// there is nothing to draw.
	PlanChart      *eval.Chart `json:"plan_chart,omitempty"`
	IndicatorChart *eval.Chart `json:"indicator_chart,omitempty"`
}

// Builder collects the plans one at a time. The zero Builder is not
// usable; call New.
type Builder struct {
	year  int
	plans []*Plan
	seen  map[string]string // plan id → the file it came from
	// codes holds, for each code, the first plan and indicator seen
	// with it, to name both when a unit disagrees.
	codes map[string]codeSeen
}

type codeSeen struct {
	plan, file, id, name, unit string
	n                          int
}

// New returns a Builder for the results of year.
func New(year int) *Builder {
	return &Builder{year: year, seen: map[string]string{}, codes: map[string]codeSeen{}}
}

// wire is the part of eval.Result's JSON that compare reads. Pointers
// tell a field that is absent from one that is zero.
type wire struct {
	Format *int `json:"format"`
	Plan   *struct {
		ID        string `json:"id"`
		Name      string `json:"name"`
		ShortName string `json:"short_name"`
		Region    string `json:"region"`
	} `json:"plan"`
	Year       *int             `json:"year"`
	Department *json.RawMessage `json:"department"`
	Stage      model.Stage      `json:"stage"`
	Summary    *struct {
		Total      int          `json:"total"`
		Assessable int          `json:"assessable"`
		Good       int          `json:"good"`
		GoodShare  float64      `json:"good_share"`
		ByStatus   []eval.Count `json:"by_status"`
	} `json:"summary"`
	Indicators *[]wireIndicator `json:"indicators"`
}

type wireIndicator struct {
	ID           string       `json:"id"`
	Code         string       `json:"code"`
	Name         string       `json:"name"`
	Unit         string       `json:"unit"`
	Binding      bool         `json:"binding"`
	Kind         model.Kind   `json:"kind"`
	TargetText   string       `json:"target_text"`
	TargetValue  *float64     `json:"target_value"`
	TargetNumber *float64     `json:"target_number"`
	Decimals     int          `json:"decimals"`
	Value        *float64     `json:"value"`
	Progress     *float64     `json:"progress"`
	PaceRatio    *float64     `json:"pace_ratio"`
	Status       model.Status `json:"status"`
	Sample       bool         `json:"sample"`
}

// Add reads one JSON result from r, named name in messages (the path as
// given), and keeps its summary. It refuses a file that is not
// plancheck's JSON result, one of another format version, a department's
// result, one of another year than the Builder's, a plan given twice, a
// code used twice in one plan and a code whose unit is not the unit
// another plan gives it.
func (b *Builder) Add(r io.Reader, name string) error {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return msg.Errorf("prev.cannotRead", name, err)
	}
	if int64(len(data)) > MaxSize {
		return msg.Errorf("cmp.tooBig", name, MaxSize>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if t := bytes.TrimSpace(data); len(t) == 0 || t[0] != '{' {
		return msg.Errorf("cmp.notJSON", name)
	}
	var w wire
	if err := json.Unmarshal(data, &w); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return msg.Errorf("cmp.badJSON", name, se.Offset, err)
		case errors.As(err, &te):
			return msg.Errorf("cmp.shape", name, te.Field, te.Value, te.Type, b.year)
		}
		return msg.Errorf("prev.jsonRead", name, err)
	}
	var missing []string
	if w.Plan == nil || w.Plan.ID == "" {
		missing = append(missing, "plan.id")
	}
	if w.Year == nil {
		missing = append(missing, "year")
	}
	if w.Indicators == nil {
		missing = append(missing, "indicators")
	}
	if w.Summary == nil {
		missing = append(missing, "summary")
	}
	if len(missing) > 0 {
		return msg.Errorf("cmp.notResult", name, strings.Join(missing, ", "))
	}
	switch {
	case w.Format == nil:
		return msg.Errorf("cmp.older", name, *w.Year)
	case *w.Format != eval.Format:
		return msg.Errorf("cmp.format", name, *w.Format, eval.Format, *w.Year)
	}
	if w.Department != nil && string(*w.Department) != "null" {
		return msg.Errorf("cmp.department", name)
	}
	p := &Plan{
		ID: w.Plan.ID, Name: w.Plan.Name, ShortName: w.Plan.ShortName, Region: w.Plan.Region, File: name,
		Stage: w.Stage, Total: w.Summary.Total, Assessable: w.Summary.Assessable, Good: w.Summary.Good,
		GoodShare: w.Summary.GoodShare, ByStatus: w.Summary.ByStatus,
	}
	return b.add(p, *w.Year, *w.Indicators)
}

// AddResult keeps the summary of a result evaluated on the fly, named
// name in messages (the plan's folder), with the checks of Add that apply.
func (b *Builder) AddResult(res *eval.Result, name string) error {
	if res.Department != nil {
		return msg.Errorf("cmp.department2", name)
	}
	p := &Plan{
		ID: res.Plan.ID, Name: res.Plan.Name, ShortName: res.Plan.ShortName, Region: res.Plan.Region, File: name,
		Stage: res.Stage, Total: res.Summary.Total, Assessable: res.Summary.Assessable, Good: res.Summary.Good,
		GoodShare: res.Summary.GoodShare, ByStatus: res.Summary.ByStatus,
	}
	inds := make([]wireIndicator, 0, len(res.Indicators))
	for _, r := range res.Indicators {
		if r.Code == "" && !r.Binding {
			continue
		}
		inds = append(inds, wireIndicator{
			ID: r.ID, Code: r.Code, Name: r.Name, Unit: r.Unit, Binding: r.Binding, Kind: r.Kind,
			TargetText: r.TargetText, TargetValue: r.TargetValue, TargetNumber: r.TargetNumber, Decimals: r.Decimals,
			Value: r.Value, Progress: r.Progress, PaceRatio: r.PaceRatio, Status: r.Status, Sample: r.Sample,
		})
	}
	return b.add(p, res.Year, inds)
}

func (b *Builder) add(p *Plan, year int, inds []wireIndicator) error {
	if year != b.year {
		return msg.Errorf("cmp.year", p.File, year, p.ID, b.year, b.year)
	}
	if other, dup := b.seen[p.ID]; dup {
		return msg.Errorf("cmp.twice", p.File, year, p.ID, other)
	}
	byCode := map[string]string{} // code → indicator id, within the plan
	for _, ind := range inds {
		if ind.Binding && ind.Status.OffTrack() {
			p.BindingOff = append(p.BindingOff, Off{ID: ind.ID, Code: ind.Code, Name: ind.Name, Status: ind.Status})
		}
		if ind.Code == "" {
			continue
		}
		if err := model.CheckCode(ind.Code); err != nil {
			return msg.Errorf("cmp.code", p.File, model.Quote(ind.ID), err)
		}
		if prev, dup := byCode[ind.Code]; dup {
			return msg.Errorf("cmp.codeTwice", p.File, ind.Code, model.Quote(prev), model.Quote(ind.ID), p.ID)
		}
		byCode[ind.Code] = ind.ID
		// One unit is the same unit however it is bracketed or spaced, as
		// the workbooks' reader compares a value's unit with the plan's
		// (model.NormalizeUnit).
		unit := model.NFKC(strings.TrimSpace(ind.Unit))
		if c, ok := b.codes[ind.Code]; ok && model.NormalizeUnit(c.unit) != model.NormalizeUnit(unit) {
			return msg.Errorf("cmp.units",
				ind.Code, model.Quote(c.unit), c.plan, model.Quote(c.id), c.name, c.file,
				model.Quote(ind.Unit), p.ID, model.Quote(ind.ID), ind.Name, p.File)
		}
		c := b.codes[ind.Code]
		if c.n == 0 {
			c = codeSeen{plan: p.ID, file: p.File, id: ind.ID, name: ind.Name, unit: unit}
		}
		c.n++
		b.codes[ind.Code] = c
		target := ind.TargetValue
		if target == nil {
			target = ind.TargetNumber
		}
		p.Rows = append(p.Rows, Row{
			Code: ind.Code, ID: ind.ID, Name: ind.Name, Unit: ind.Unit, Kind: ind.Kind, Binding: ind.Binding,
			Value: ind.Value, Target: target, TargetText: ind.TargetText, Decimals: ind.Decimals,
			Progress: ind.Progress, PaceRatio: ind.PaceRatio, Status: ind.Status, Sample: ind.Sample,
		})
	}
	sort.Slice(p.Rows, func(i, j int) bool { return p.Rows[i].Code < p.Rows[j].Code })
	b.seen[p.ID] = p.File
	b.plans = append(b.plans, p)
	return nil
}

// Comparison decides the comparison of the plans added. It fails with
// fewer than two plans.
func (b *Builder) Comparison() (*Comparison, error) {
	if len(b.plans) < 2 {
		return nil, msg.Errorf("cmp.tooFew", b.year, len(b.plans))
	}
	c := &Comparison{Format: eval.Format, Year: b.year, Plans: b.plans}
	sort.Slice(c.Plans, func(i, j int) bool { return c.Plans[i].ID < c.Plans[j].ID })
	codes := make([]string, 0, len(b.codes))
	for code, s := range b.codes {
		if s.n >= 2 {
			codes = append(codes, code)
		}
	}
	sort.Strings(codes)
	shared := make(map[string]bool, len(codes))
	for _, code := range codes {
		shared[code] = true
	}
	// A code of one plan only compares with nothing: its rows go.
	for _, p := range c.Plans {
		rows := p.Rows[:0]
		for _, r := range p.Rows {
			if shared[r.Code] {
				rows = append(rows, r)
				c.Samples = c.Samples || r.Sample
			}
		}
		p.Rows = rows
	}
	for _, code := range codes {
		s := Shared{Code: code}
		kinds := map[model.Kind]bool{}
		for _, p := range c.Plans {
			r := p.Row(code)
			if r == nil {
				continue
			}
			if s.Plans == 0 {
				s.Name, s.Unit = r.Name, r.Unit
			}
			s.Plans++
			switch {
			case r.Status.OffTrack():
				s.OffTrack++
			case !r.Status.Assessable():
				s.NoData++
			}
			if r.Binding {
				s.Binding++
			}
			kinds[r.Kind] = true
		}
		for _, k := range model.Kinds {
			if kinds[k] {
				s.Kinds = append(s.Kinds, k)
			}
		}
		c.Indicators = append(c.Indicators, s)
		c.rank(s)
	}
	for _, s := range c.Indicators {
		if s.OffTrack > 0 {
			c.Lagging = append(c.Lagging, s)
		}
	}
	sort.SliceStable(c.Lagging, func(i, j int) bool { return c.Lagging[i].OffTrack > c.Lagging[j].OffTrack })
	c.charts()
	return c, nil
}

// charts builds PlanChart and IndicatorChart: stacked bars whose segments
// are the statuses that occur, best first (eval.Statuses).
func (c *Comparison) charts() {
	planCount := func(p *Plan, st model.Status) int {
		for _, n := range p.ByStatus {
			if n.Status == st {
				return n.N
			}
		}
		return 0
	}
	var groups [][]int
	for _, p := range c.Plans {
		row := make([]int, len(eval.Statuses()))
		for i, st := range eval.Statuses() {
			row[i] = planCount(p, st)
		}
		groups = append(groups, row)
	}
	labels := make([]string, len(c.Plans))
	for i, p := range c.Plans {
		labels[i] = p.Label()
	}
	c.PlanChart = bars(labels, groups)

	groups, labels = nil, nil
	for _, s := range c.Indicators {
		row := make([]int, len(eval.Statuses()))
		for _, p := range c.Plans {
			if r := p.Row(s.Code); r != nil {
				for i, st := range eval.Statuses() {
					if r.Status == st {
						row[i]++
					}
				}
			}
		}
		groups = append(groups, row)
		labels = append(labels, s.Name)
	}
	c.IndicatorChart = bars(labels, groups)
}

// bars is a ChartBars of groups (counts by eval.Statuses() index), with
// the statuses no group counts left out; nil without a count.
func bars(labels []string, groups [][]int) *eval.Chart {
	all := eval.Statuses()
	var used []int
	for i := range all {
		for _, g := range groups {
			if g[i] > 0 {
				used = append(used, i)
				break
			}
		}
	}
	if len(used) == 0 {
		return nil
	}
	ch := &eval.Chart{Kind: eval.ChartBars}
	for _, i := range used {
		ch.Legend = append(ch.Legend, string(all[i]))
	}
	for g, counts := range groups {
		b := eval.BarGroup{Label: labels[g]}
		for _, i := range used {
			b.Segments = append(b.Segments, eval.BarSegment{Key: string(all[i]), Label: all[i].Label(), N: counts[i]})
		}
		ch.Bars = append(ch.Bars, b)
	}
	return ch
}

// paced are the kinds whose rule gives a pace ratio: progress towards a
// number by the target year, which plans can be faster or slower at.
var paced = map[model.Kind]bool{model.Level: true, model.Delta: true, model.AvgGrowth: true, model.Cumulative: true, model.Reduction: true}

// rank ranks the plans with the shared code s, one ranking per kind of
// target with a pace ratio, among the plans of that kind that have one.
func (c *Comparison) rank(s Shared) {
	for _, k := range s.Kinds {
		var entries []RankEntry
		n := 0
		for _, p := range c.Plans {
			r := p.Row(s.Code)
			if r == nil || r.Kind != k {
				continue
			}
			n++
			if r.PaceRatio != nil && paced[k] {
				entries = append(entries, RankEntry{Plan: p.ID, PlanName: p.ShortName, PaceRatio: *r.PaceRatio, Status: r.Status})
			}
		}
		switch {
		case !paced[k]:
			c.Unranked = append(c.Unranked, Unranked{Code: s.Code, Name: s.Name, Kind: k, Reason: NoPace, Plans: n})
			continue
		case len(entries) < 2:
			c.Unranked = append(c.Unranked, Unranked{Code: s.Code, Name: s.Name, Kind: k, Reason: TooFew, Plans: n})
			continue
		}
		sort.SliceStable(entries, func(i, j int) bool { return entries[i].PaceRatio > entries[j].PaceRatio })
		for i := range entries {
			entries[i].Rank = i + 1
			if i > 0 && entries[i].PaceRatio == entries[i-1].PaceRatio {
				entries[i].Rank = entries[i-1].Rank
			}
		}
		c.Rankings = append(c.Rankings, Ranking{Code: s.Code, Name: s.Name, Kind: k, Unit: s.Unit, Entries: entries})
	}
}
