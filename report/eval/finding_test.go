package eval

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"text/template"

	"plancheck/report/model"
	"plancheck/report/zh"
	"plancheck/templates"
)

// findingFuncs are the template functions templates/finding.tmpl uses, as
// the report writers define them.
var findingFuncs = template.FuncMap{
	"year": func(y int) string { return zh.Year(y) },
	"num":  func(v *float64) string { return zh.Num(*v) },
	"pct":  func(v *float64) string { return zh.Pct(*v) },
	"points": func(v *float64) string {
		return zh.Points(*v)
	},
}

// TestFindingTemplate: templates/finding.tmpl says, from a finding's facts,
// what its Message says after the subject — for every code the evaluation
// gives, so that the sentence can leave Go.
func TestFindingTemplate(t *testing.T) {
	tpl, err := template.New("").Funcs(findingFuncs).ParseFS(templates.FS, "finding.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	lo := -10.0
	p := testPlan(
		model.Indicator{ID: "share", Unit: "%", Target: model.Target{Kind: model.Level, Value: 60}},
		model.Indicator{ID: "people", Unit: "万人", Baseline: f(313), Target: model.Target{Kind: model.Ceiling, Value: 312.6}},
		model.Indicator{ID: "growth", Unit: "%", Levels: "gdp", Target: model.Target{Kind: model.AvgGrowth, Value: 6}},
		model.Indicator{ID: "big", Unit: "亿元", Min: &lo, Target: model.Target{Kind: model.None}},
		model.Indicator{ID: "pm25", Unit: "微克/立方米", Target: model.Target{Kind: model.Municipal, Compare: model.LE}},
		model.Indicator{ID: "jobs", Unit: "%", Target: model.Target{Kind: model.Relative, Reference: "city", Compare: model.LE}},
	)
	p.References = append(p.References, model.Reference{ID: "gdp", Name: "GDP", Unit: "亿元"})
	p.Tasks = []model.Task{{ID: "1.1", Title: "甲", Lead: "kw"}, {ID: "1.2", Title: "乙", Lead: "kw"}}
	p.Departments = []model.Department{{ID: "kw", Name: "区科委"}}
	p.Projects = []model.Project{{ID: "P1", Name: "会址", Years: map[int]model.ProjectYear{2021: {Investment: 1}, 2022: {Investment: 1}}}}
	ds := &model.Dataset{
		Values: concat(
			series("share", map[int]float64{2020: 40, 2021: 100.5, 2022: 50}),                 // out of range (max), jump
			series("people", map[int]float64{2020: 312, 2021: 313, 2022: 312.9}),              // baseline mismatch
			series("growth", map[int]float64{2021: 6, 2022: 25}),                              // growth mismatch, rate jump
			series("big", map[int]float64{2021: 1e60, 2022: -11}),                             // magnitude, min
			series("pm25", map[int]float64{2021: 30}),                                         // missing 2022, requirement missing
			[]model.Observation{{ID: "jobs", Year: 2021, Value: 3, Approx: true, Text: "约3"}}, // approximate, no source, missing
		),
		References: concat(series("gdp", map[int]float64{2020: 100, 2021: 110, 2022: 120}), series("city", map[int]float64{2021: 4})),
		Tasks:      []model.TaskReport{{ID: "1.1", Year: 2021, Progress: model.Done}, {ID: "1.1", Year: 2022, Progress: model.Behind}},
	}
	res := run(t, p, ds, 2022)
	codes := map[model.FindingCode]bool{}
	for _, q := range res.Quality {
		codes[q.Code] = true
		var b bytes.Buffer
		if err := tpl.ExecuteTemplate(&b, "finding.tmpl", struct{ F Finding }{q}); err != nil {
			t.Fatalf("%s: %v", q.Code, err)
		}
		subject := fmt.Sprintf("指标%s（%s）:", q.Indicator, q.Name)
		switch {
		case q.Task != "":
			subject = fmt.Sprintf("任务%s（%s）：", q.Task, q.Name)
		case q.Project != "":
			subject = fmt.Sprintf("项目%s（%s）：", q.Project, q.Name)
		}
		want, ok := strings.CutPrefix(q.Message, subject)
		if !ok {
			t.Errorf("%s: message %q does not start with %q", q.Code, q.Message, subject)
		}
		if b.String() != want {
			t.Errorf("%s: template says %q\nmessage says  %q", q.Code, b.String(), want)
		}
	}
	for _, c := range model.FindingCodes() {
		if !codes[c] {
			t.Errorf("no %s finding to check the template with", c)
		}
	}
}
