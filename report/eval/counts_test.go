package eval

import (
	"math"
	"testing"

	"plancheck/report/model"
)

// TestSummaryCounts: the counts every writer prints of the indicators —
// by group with the binding ones and the good share, the sample values,
// the manual statuses, each department's binding indicators — computed
// once here. Level 100 → 200, B = 2020, T = 2025, Y = 2023: s = 3/5 = .6.
func TestSummaryCounts(t *testing.T) {
	lv := func(id, cat, lead string, binding bool) model.Indicator {
		return model.Indicator{ID: id, Category: cat, Lead: lead, Binding: binding, Unit: "万人", Baseline: f(100), Target: model.Target{Kind: model.Level, Value: 200}}
	}
	p := testPlan(
		lv("a", "c", "kw", true),   // 160: p = .6, R = 1 → on track (good)
		lv("b", "c", "fgw", false), // 110: p = .1, R = .17 → seriously lagging; set to lagging by hand
		lv("g", "d", "kw", true),   // no value → no data (not assessable)
		lv("e", "d", "fgw", false), // 200: achieved (good), a sample value
	)
	p.Categories = append(p.Categories, model.Category{ID: "d", Name: "类别二"})
	p.Departments = []model.Department{{ID: "kw", Name: "区科委"}, {ID: "fgw", Name: "区发展改革委"}}
	ds := &model.Dataset{
		Values: concat(series("a", map[int]float64{2023: 160}), series("b", map[int]float64{2023: 110}),
			[]model.Observation{{ID: "e", Year: 2023, Value: 200, Source: model.SampleSource}}),
		Adjustments: []model.Adjustment{{ID: "b", Status: string(Lagging), Reason: "口径调整", Year: 2023}},
	}
	res := run(t, p, ds, 2023)
	s := res.Summary
	if s.Samples != 1 || s.Manual != 1 {
		t.Errorf("samples %d, manual %d; want 1 (e) and 1 (b)", s.Samples, s.Manual)
	}
	for _, c := range []struct {
		name                             string
		g                                GroupSummary
		total, binding, assessable, good int
		share                            float64
	}{
		{"c", s.Categories[0], 2, 1, 2, 1, 1.0 / 2},   // a good, b lagging: 1 of 2
		{"d", s.Categories[1], 2, 1, 1, 1, 1.0 / 1},   // g no data, e good: 1 of 1
		{"binding", s.Binding, 2, 2, 1, 1, 1.0 / 1},   // a good, g no data
		{"expected", s.Expected, 2, 0, 2, 1, 1.0 / 2}, // b lagging, e good
		{"all", GroupSummary{Total: s.Total, Assessable: s.Assessable, Good: s.Good, GoodShare: s.GoodShare, Binding: -1}, 4, -1, 3, 2, 2.0 / 3}, // a, e of a, b, e
	} {
		g := c.g
		if g.Total != c.total || g.Binding != c.binding || g.Assessable != c.assessable || g.Good != c.good || math.Abs(g.GoodShare-c.share) > 1e-12 {
			t.Errorf("%s: total %d binding %d assessable %d good %d share %v; want %d %d %d %d %v",
				c.name, g.Total, g.Binding, g.Assessable, g.Good, g.GoodShare, c.total, c.binding, c.assessable, c.good, c.share)
		}
	}
	// Each indicator misses 2021 and 2022 at least (a missing finding
	// each): kw's a and g, fgw's b and e.
	for _, c := range []struct {
		id               string
		indicators, bind int
	}{{"kw", 2, 2}, {"fgw", 2, 0}} { // kw leads a and g, both binding; fgw b and e
		var d *DepartmentResult
		for i := range res.Departments {
			if res.Departments[i].ID == c.id {
				d = &res.Departments[i]
			}
		}
		if d == nil || len(d.Indicators) != c.indicators || d.Binding != c.bind || d.Unreported != (Unreported{Indicators: 2}) {
			t.Errorf("department %s = %+v; want %d indicators, %d binding, 2 unreported", c.id, d, c.indicators, c.bind)
		}
	}
	// A group with nothing assessable has a share of 0, not NaN.
	own, err := ForDepartment(p, res, "kw")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range own.Summary.Categories {
		if g.ID == "d" && (g.Assessable != 0 || g.GoodShare != 0) {
			t.Errorf("kw's 类别二 (g only, no data) = %+v; want share 0", g)
		}
	}
	if own.Summary.Samples != 0 || own.Summary.Manual != 0 {
		t.Errorf("kw's summary counts fgw's sample or manual status: %+v", own.Summary)
	}
}

// TestTaskAndProjectSummary: Summary.Tasks counts every task (key ones,
// samples, by progress); Summary.Projects the projects by status with the
// investment planned and completed B<y≤Y. B = 2020, Y = 2022.
func TestTaskAndProjectSummary(t *testing.T) {
	inv := func(v float64) *float64 { return &v }
	plan := func() *model.Plan {
		p := testPlan(level(100, 200))
		p.Tasks = []model.Task{
			{ID: "1", Chapter: "第一章", Key: true, Milestones: map[int]string{2022: "启动"}},
			{ID: "2", Chapter: "第一章", Key: true, Sample: true, Milestones: map[int]string{2022: "建成"}},
			{ID: "3", Chapter: "第二章"},
			{ID: "4", Chapter: "第二章"},
		}
		p.Projects = []model.Project{
			{ID: "P1", Investment: 100, Years: map[int]model.ProjectYear{2021: {Investment: 10}, 2022: {Investment: 20}, 2023: {Investment: 70}}},
			{ID: "P2", Investment: 50, Years: map[int]model.ProjectYear{2021: {Investment: 10}, 2022: {Investment: 10}, 2023: {Investment: 30}}},
			{ID: "P3", Investment: 5, Sample: true, Years: map[int]model.ProjectYear{2022: {Investment: 5}}},
		}
		return p
	}
	tasks := []model.TaskReport{
		{ID: "1", Year: 2022, Progress: model.Done},
		{ID: "2", Year: 2022, Progress: model.Behind},
		{ID: "4", Year: 2022, Progress: model.OnSchedule},
	}
	// Planned B<y≤2022: P1 10 + 20 = 30, P2 10 + 10 = 20, P3 5: 55 in all.
	for _, c := range []struct {
		name     string
		reports  []model.ProjectReport
		byStatus map[model.ProjectStatus][3]float64 // n, planned, completed
		shares   map[model.ProjectStatus]float64    // completed / planned of the statuses reported
		done     float64
		share    *float64
		// The projects without a report (project_missing), all led by
		// no department ("—"), as are task 3 (task_missing in 2022) and
		// the indicator (no value: missing).
		unreported int
	}{
		{
			// P1 30 of 30 → on track; P2 5 + 5 = 10 of 20, short by 50% > 20% → behind; P3 none → no data.
			name:    "reported",
			reports: []model.ProjectReport{{ID: "P1", Year: 2021, Investment: inv(10)}, {ID: "P1", Year: 2022, Investment: inv(20)}, {ID: "P2", Year: 2021, Investment: inv(5)}, {ID: "P2", Year: 2022, Investment: inv(5)}},
			byStatus: map[model.ProjectStatus][3]float64{
				model.ProjectOnTrack: {1, 30, 30}, model.ProjectBehind: {1, 20, 10}, model.ProjectNoData: {1, 5, 0},
			},
			shares:     map[model.ProjectStatus]float64{model.ProjectOnTrack: 30.0 / 30, model.ProjectBehind: 10.0 / 20}, // no data: no share
			done:       30 + 10,
			share:      inv(40.0 / 55), // .727
			unreported: 1,              // P3
		},
		{
			name:       "nothing reported",
			byStatus:   map[model.ProjectStatus][3]float64{model.ProjectNoData: {3, 55, 0}},
			share:      nil, // nothing reported: no share, not 0
			unreported: 3,
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := run(t, plan(), &model.Dataset{Tasks: tasks, Projects: c.reports}, 2022)
			// Tasks: 4 in all, 1 and 2 key, 2 a sample; done 1, on schedule 1 (4), behind 1 (2), not reported 1 (3):
			// share (1 + 1) / 3 reported.
			g := res.Summary.Tasks
			if g.Total != 4 || g.Key != 2 || g.Sample != 1 || g.Done != 1 || g.OnSchedule != 1 || g.Behind != 1 || g.NoReport != 1 || math.Abs(g.Share-2.0/3) > 1e-12 {
				t.Errorf("tasks = %+v", g)
			}
			if k := res.TaskChapters[0].Key + res.TaskChapters[1].Key; k != 2 || res.TaskChapters[0].Sample != 1 {
				t.Errorf("chapters = %+v", res.TaskChapters)
			}
			ps := res.Summary.Projects
			if ps.Total != 3 || ps.Sample != 1 || ps.Investment != 100+50+5 || ps.Planned != 55 || ps.Completed != c.done {
				t.Errorf("projects = %+v; want 3, 1 sample, investment 155, planned 55, completed %v", ps, c.done)
			}
			if (ps.Share == nil) != (c.share == nil) || ps.Share != nil && math.Abs(*ps.Share-*c.share) > 1e-12 {
				t.Errorf("share = %v, want %v", ps.Share, c.share)
			}
			statuses := model.ProjectStatuses()
			if len(ps.ByStatus) != len(statuses) {
				t.Fatalf("by status = %+v; want every status", ps.ByStatus)
			}
			n := 0
			for i, pc := range ps.ByStatus {
				w := c.byStatus[pc.Status]
				if pc.Status != statuses[i] || pc.Label != pc.Status.Label() || float64(pc.N) != w[0] || pc.Planned != w[1] || pc.Completed != w[2] {
					t.Errorf("%s = %+v; want n, planned, completed %v", statuses[i], pc, w)
				}
				want, ok := c.shares[pc.Status]
				if (pc.Share != nil) != ok || ok && math.Abs(*pc.Share-want) > 1e-12 {
					t.Errorf("%s share = %v, want %v (%t)", pc.Status, pc.Share, want, ok)
				}
				n += pc.N
			}
			if len(res.Departments) != 1 || res.Departments[0].Unreported != (Unreported{Indicators: 1, Tasks: 1, Projects: c.unreported}) {
				t.Errorf("departments = %+v; want one (—) with 1 indicator, 1 task and %d projects unreported", res.Departments, c.unreported)
			}
			if n != ps.Total || n != len(res.Projects) {
				t.Errorf("the statuses count %d projects, the total is %d, the list %d", n, ps.Total, len(res.Projects))
			}
		})
	}
}

// TestTargetNumber: the number a target states, in its kind's terms, from
// which the reports word the target (年均增长6%, 累计5000个左右).
func TestTargetNumber(t *testing.T) {
	for _, c := range []struct {
		target model.Target
		want   *float64
		approx bool
	}{
		{model.Target{Kind: model.Level, Value: 200}, f(200), false},
		{model.Target{Kind: model.Delta, Value: -3}, f(-3), false},
		{model.Target{Kind: model.AvgGrowth, Value: 6}, f(6), false},
		{model.Target{Kind: model.Reduction, Value: 13.5}, f(13.5), false},
		{model.Target{Kind: model.Cumulative, Value: 5000, Approx: 0.05}, f(5000), true},
		{model.Target{Kind: model.Cumulative, Value: 5000}, f(5000), false},
		{model.Target{Kind: model.Ceiling, Value: 312.6}, f(312.6), false},
		{model.Target{Kind: model.Floor, Value: 95}, f(95), false},
		{model.Target{Kind: model.Municipal, Compare: model.GE}, nil, false},
		{model.Target{Kind: model.Boolean}, nil, false},
		{model.Target{Kind: model.None, Text: "稳步提升"}, nil, false},
	} {
		r := one(t, model.Indicator{Unit: "个", Baseline: f(100), Target: c.target}, map[int]float64{2021: 110}, 2021)
		if (r.TargetNumber == nil) != (c.want == nil) || c.want != nil && *r.TargetNumber != *c.want || r.TargetApprox != c.approx {
			t.Errorf("%s: target number %v approx %t, want %v %t", c.target.Kind, deref(r.TargetNumber), r.TargetApprox, deref(c.want), c.approx)
		}
	}
}
