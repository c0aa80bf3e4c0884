package previous

import (
	"reflect"
	"strings"
	"testing"

	"plancheck/report/model"
)

func testPlan() *model.Plan {
	return &model.Plan{
		ID: "test-plan", BaseYear: 2020, TargetYear: 2025,
		Indicators: []model.Indicator{{ID: "4", Name: "地区生产总值年均增速"}, {ID: "5", Name: "劳动生产率"}},
		Tasks:      []model.Task{{ID: "3.1.1", Title: "加强基础前沿研究"}},
		Projects:   []model.Project{{ID: "P01", Name: "中关村论坛永久会址"}},
	}
}

// report is a JSON report of 2023 as plancheck writes it, cut to what is
// read, with extra fields that are not.
const report = `{
  "plan": {"id": "test-plan", "name": "测试规划"},
  "year": 2023,
  "stage": "midterm",
  "problems": [
    {"indicator": "5", "name": "劳动生产率", "rules": ["lagging_two_years"], "rule": "lagging_two_years", "status": "lagging"},
    {"task": "3.1.1", "name": "加强基础前沿研究", "rules": ["key_task_behind"]},
    {"project": "P01", "name": "中关村论坛永久会址", "rules": ["project_behind"]}
  ],
  "indicators": [
    {"id": "4", "name": "地区生产总值年均增速", "status": "on_track"},
    {"id": "5", "name": "劳动生产率", "status": "lagging", "comment": "受疫情影响,增速放缓"}
  ]
}`

func TestReadJSON(t *testing.T) {
	got, err := Read(strings.NewReader("\ufeff\n"+report), "last.json", testPlan())
	if err != nil {
		t.Fatal(err)
	}
	want := &Report{Plan: "test-plan", Previous: model.Previous{
		Year: 2023, File: "last.json",
		Problems: []model.PreviousProblem{
			{Indicator: "5", Name: "劳动生产率", Rules: []model.ProblemRule{model.RuleLaggingTwoYears}, Status: model.Lagging},
			{Task: "3.1.1", Name: "加强基础前沿研究", Rules: []model.ProblemRule{model.RuleKeyTaskBehind}},
			{Project: "P01", Name: "中关村论坛永久会址", Rules: []model.ProblemRule{model.RuleProjectBehind}},
		},
		Comments: []model.PreviousComment{{ID: "5", Name: "劳动生产率", Comment: "受疫情影响,增速放缓"}},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}

	dept, err := Read(strings.NewReader(strings.Replace(report, `"year"`, `"department": {"id": "fgw", "name": "区发展改革委"}, "year"`, 1)), "last.json", testPlan())
	if err != nil || dept.Department != "fgw" {
		t.Errorf("a department's report: %+v, %v", dept, err)
	}
}

func TestReadRefused(t *testing.T) {
	cases := []struct{ name, data, want string }{
		{"empty", "", "last.json: an empty file; --previous takes last year's report as plancheck wrote it: test-plan_<year>.json or test-plan_<year>.xlsx"},
		{"text", "年份,数值\n", "last.json: neither plancheck's JSON report nor its Excel report (.xlsx)"},
		{"pdf", "%PDF-1.7\n", "last.json: neither plancheck's JSON report nor its Excel report (.xlsx)"},
		{"broken JSON", `{"plan": `, "last.json: not valid JSON"},
		{"not ours", `{"name": "x"}`, "last.json: a JSON file, but not plancheck's report (it has no plan.id, year, indicators)"},
		{"wrong type", `{"plan": {"id": "test-plan"}, "year": "2023", "indicators": []}`, "last.json: not plancheck's JSON report: the field year is string, not int"},
		{"other plan", strings.Replace(report, `"id": "test-plan"`, `"id": "other-14th"`, 1), `last.json: the report of the plan "other-14th", not of test-plan; give last year's report of test-plan`},
		{"unknown indicator", strings.Replace(report, `{"indicator": "5"`, `{"indicator": "99"`, 1), `last.json: problems[0].indicator "99" is not an indicator of the plan test-plan`},
		{"public edition", strings.Replace(report, `"year": 2023,`, `"year": 2023, "edition": "public",`, 1), "last.json: the public edition of the 2023 report; --previous takes the internal one (test-plan_2023.json)"},
		{"unknown task", strings.Replace(report, `"task": "3.1.1"`, `"task": "9.9"`, 1), `problems[1].task "9.9" is not a key task of the plan test-plan`},
		{"unknown rule", strings.Replace(report, `"rules": ["lagging_two_years"]`, `"rules": ["slow"]`, 1), `problems[0].rules[0] "slow" is not one of plancheck's problem rules`},
		{"unknown status", strings.Replace(report, `"status": "lagging"}`, `"status": "slow"}`, 1), `problems[0].status "slow" is not a status`},
		{"comment of an unknown indicator", strings.Replace(report, `{"id": "5", "name": "劳动生产率", "status": "lagging", "comment"`, `{"id": "55", "comment"`, 1), `indicators[1].id "55" is not an indicator of the plan test-plan`},
		{"no subject", strings.Replace(report, `"task": "3.1.1", `, ``, 1), `problems[1] names no indicator, task or project`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Read(strings.NewReader(c.data), "last.json", testPlan())
			if err == nil || got != nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %+v, %v\nwant %q", got, err, c.want)
			}
		})
	}
}

// TestCheck: last year's report must be of a year before the evaluation;
// one older than Y−1 is taken with a note.
func TestCheck(t *testing.T) {
	cases := []struct {
		prev, y   int
		note, err string
	}{
		{2023, 2024, "", ""},
		{2022, 2024, "last.json: the report of 2022, not of last year (2023): its problems are followed up over 2 years", ""}, // 2024 − 2022 = 2
		{2024, 2024, "", "last.json: the report of 2024, not of a year before the 2024 evaluation; --previous takes last year's report (2023)"},
		{2025, 2024, "", "last.json: the report of 2025, not of a year before the 2024 evaluation"},
	}
	for _, c := range cases {
		note, err := Check(&Report{Previous: model.Previous{Year: c.prev, File: "last.json"}}, c.y)
		if note != c.note {
			t.Errorf("%d for %d: note %q, want %q", c.prev, c.y, note, c.note)
		}
		if (err == nil) != (c.err == "") || err != nil && !strings.HasPrefix(err.Error(), c.err) {
			t.Errorf("%d for %d: error %v, want %q", c.prev, c.y, err, c.err)
		}
	}
}

// FuzzRead: whatever the bytes, Read returns a report or an error naming
// the file, never both, and never panics.
func FuzzRead(f *testing.F) {
	f.Add([]byte(report))
	f.Add([]byte(`{"plan": {"id": "test-plan"}, "year": 2023, "indicators": null, "problems": [{}]}`))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := Read(strings.NewReader(string(data)), "last.json", testPlan())
		if (rep == nil) == (err == nil) {
			t.Fatalf("report %+v and error %v", rep, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "last.json") {
			t.Fatalf("the error does not name the file: %v", err)
		}
	})
}
