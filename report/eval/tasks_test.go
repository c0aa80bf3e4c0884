package eval

import (
	"fmt"
	"strings"
	"testing"

	"plancheck/report/model"
)

func TestTasksAndProjects(t *testing.T) {
	p := testPlan(level(100, 200))
	p.Indicators[0].ID, p.Indicators[0].Lead = "1", "kw"
	p.Departments = []model.Department{{ID: "fgw", Name: "区发展改革委"}, {ID: "kw", Name: "区科委"}}
	p.Tasks = []model.Task{
		{ID: "3.1.1", Title: "建设科学城", Chapter: "第三章", Lead: "kw", Key: true, Milestones: map[int]string{2022: "启动", 2023: "建成一期", 2024: "建成二期"}},
		{ID: "3.1.2", Title: "培育平台", Chapter: "第三章", Lead: "kw", Milestones: map[int]string{2023: "集聚10家"}},
		{ID: "4.1.1", Title: "发展数字经济", Chapter: "第四章", Lead: "fgw", Key: true, Milestones: map[int]string{2023: "出台政策"}},
		{ID: "4.1.2", Title: "未报送的任务", Chapter: "第四章", Lead: "fgw"},
	}
	p.Projects = []model.Project{
		// planned 2021–2023: 10 + 20 + 30 = 60
		{ID: "P1", Name: "会址", Lead: "kw", Investment: 100, Years: map[int]model.ProjectYear{2021: {Investment: 10}, 2022: {Investment: 20}, 2023: {Investment: 30, Milestone: "封顶"}, 2024: {Investment: 40, Milestone: "竣工"}}},
		{ID: "P2", Name: "公园", Lead: "fgw", Investment: 30, Years: map[int]model.ProjectYear{2021: {Investment: 10}, 2022: {Investment: 10}, 2023: {Investment: 10, Milestone: "开园"}}},
	}
	share := 80.0
	no := false
	inv := func(v float64) *float64 { return &v }
	ds := &model.Dataset{
		Values: series("1", map[int]float64{2023: 160}),
		Tasks: []model.TaskReport{
			{ID: "3.1.1", Year: 2022, Progress: model.Done},
			{ID: "3.1.1", Year: 2023, Progress: model.Behind, Share: &share, Text: "二期用地未落实。"},
			{ID: "3.1.2", Year: 2023, Progress: model.OnSchedule},
			{ID: "4.1.1", Year: 2023, Progress: model.Done},
		},
		Projects: []model.ProjectReport{
			// P1: 10 + 15 + 20 = 45 of 60 planned → short by 25% > 20% → behind.
			{ID: "P1", Year: 2021, Investment: inv(10)}, {ID: "P1", Year: 2022, Investment: inv(15)}, {ID: "P1", Year: 2023, Investment: inv(20)},
			// P2: 10 + 10 + 9 = 29 of 30 (short by 3.3%) but the 2023 milestone was not reached → behind.
			{ID: "P2", Year: 2021, Investment: inv(10)}, {ID: "P2", Year: 2022, Investment: inv(10)}, {ID: "P2", Year: 2023, Investment: inv(9), Reached: &no},
		},
	}
	res := run(t, p, ds, 2023)

	t1 := res.Tasks[0]
	if t1.Progress != model.Behind || !t1.Behind || t1.Milestone != "建成一期" || *t1.Share != 80 {
		t.Errorf("task 3.1.1 = %+v", t1)
	}
	if res.Tasks[3].ProgressLabel != "未报送" || res.Tasks[3].Behind {
		t.Errorf("unreported task = %+v", res.Tasks[3])
	}
	if !hasFinding(res, "task_regressed", "") || !hasFinding(res, "task_missing", "") {
		t.Errorf("findings = %+v", res.Quality)
	}
	// Chapters: 第三章 reported 2 (1 on schedule, 1 behind) → share .5; 第四章 reported 1 done of 2.
	if len(res.TaskChapters) != 2 || res.TaskChapters[0].Behind != 1 || res.TaskChapters[0].Share != 0.5 || res.TaskChapters[1].NoReport != 1 || res.TaskChapters[1].Share != 1 {
		t.Errorf("chapters = %+v", res.TaskChapters)
	}

	p1, p2 := res.Projects[0], res.Projects[1]
	if p1.Planned != 60 || *p1.Completed != 45 || *p1.Share != 0.75 || p1.Status != "behind" || len(p1.Causes) != 1 || p1.Causes[0] != model.CauseInvestmentBehind {
		t.Errorf("P1 = %+v", p1)
	}
	if p2.Planned != 30 || *p2.Completed != 29 || p2.Status != "behind" || len(p2.Causes) != 1 || p2.Causes[0] != model.CauseMilestoneMissed {
		t.Errorf("P2 = %+v", p2)
	}
	var rules []string
	for _, pb := range res.Problems {
		rules = append(rules, string(pb.Rule)+":"+pb.Task+pb.Project)
	}
	if got := strings.Join(rules, ","); got != "key_task_behind:3.1.1,project_behind:P1,project_behind:P2" {
		t.Errorf("problems = %s", got)
	}

	// Departments in the plan's order: fgw (task 4.1.1 done, P2 behind) then kw.
	fgw, kw := res.Departments[0], res.Departments[1]
	if fgw.ID != "fgw" || fgw.Assessable != 2 || fgw.OnTrack != 1 || fgw.Score != 0.5 || fgw.Problems != 1 {
		t.Errorf("fgw = %+v", fgw)
	}
	// kw: indicator 1 (160 in 2023, R = .6/.6 = 1 → on track), task 3.1.1 behind, 3.1.2 on schedule, P1 behind: 2 of 4.
	if kw.ID != "kw" || kw.Assessable != 4 || kw.OnTrack != 2 || len(kw.Indicators) != 1 || len(kw.Tasks) != 2 || len(kw.Projects) != 1 {
		t.Errorf("kw = %+v", kw)
	}
	var next []string
	for _, n := range kw.Next {
		s := fmt.Sprintf("%s %s %d %s", n.Subject, n.ID, n.Year, n.Milestone)
		if n.Investment != nil {
			s += fmt.Sprint(" ", *n.Investment)
		}
		next = append(next, s)
	}
	if next := strings.Join(next, "|"); !strings.Contains(next, "task 3.1.1 2024 建成二期") || !strings.Contains(next, "project P1 2024 竣工 40") {
		t.Errorf("kw next year = %s", next)
	}

	// kw's own report: its indicator, its two tasks, its project; nothing of fgw's.
	own, err := ForDepartment(p, res, "kw")
	if err != nil {
		t.Fatal(err)
	}
	if own.Department.Name != "区科委" || len(own.Indicators) != 1 || len(own.Tasks) != 2 || len(own.Projects) != 1 || own.Summary.Total != 1 {
		t.Errorf("kw report: %d indicators, %d tasks, %d projects, summary %+v", len(own.Indicators), len(own.Tasks), len(own.Projects), own.Summary)
	}
	for _, pb := range own.Problems {
		if pb.Lead != "kw" {
			t.Errorf("kw report has %s's problem %+v", pb.Lead, pb)
		}
	}
	for _, q := range own.Quality {
		if q.Task == "4.1.2" {
			t.Errorf("kw report has fgw's finding %+v", q)
		}
	}
	if len(own.TaskChapters) != 1 || len(own.Departments) != 1 {
		t.Errorf("chapters %+v, departments %+v", own.TaskChapters, own.Departments)
	}
	if _, err := ForDepartment(p, res, "nobody"); err == nil {
		t.Error("a department that leads nothing got a report")
	}
}
