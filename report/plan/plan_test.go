package plan

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"plancheck/report/model"
)

const good = `plan:
  id: test-14th
  name: 测试区国民经济和社会发展第十四个五年规划
  short_name: 测试区“十四五”规划
  region: 测试区
  issuer: 测试区人民政府
  base_year: 2020
  target_year: 2025
  midterm_year: 2023
categories:
  - {id: econ, name: 经济发展}
departments:
  - {id: fgw, name: 区发展改革委}
evaluation:
  ahead: 1.2
references:
  - {id: city, name: 全市平均, unit: "%"}
indicators:
  - id: "1"
    name: 常住人口规模
    unit: 万人
    category: econ
    binding: true
    lead: fgw
    baseline: 313.3
    target: {kind: ceiling, value: 312.6, text: "312.6"}
  - id: "4"
    name: 地区生产总值年均增速
    unit: "%"
    category: econ
    lead: fgw
    target: {kind: avg_growth, value: 6}
  - id: "19"
    name: 居民收入增速
    unit: "%"
    category: econ
    target: {kind: relative, to: "4", compare: sync, text: 与经济增长基本同步}
  - id: "20"
    name: 失业率
    unit: "%"
    category: econ
    target: {kind: relative, reference: city, compare: le}
`

func TestParseGood(t *testing.T) {
	p, err := Parse(strings.NewReader(good), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != "test-14th" || p.BaseYear != 2020 || p.TargetYear != 2025 || p.MidtermYear != 2023 {
		t.Errorf("plan = %+v", p)
	}
	if p.Evaluation.Ahead != 1.2 || p.Evaluation.OnTrack != 0.95 {
		t.Errorf("thresholds = %+v; want ahead from the file and on_track by default", p.Evaluation)
	}
	ind := p.Indicator("1")
	if ind == nil || !ind.Binding || *ind.Baseline != 313.3 || ind.Target.Kind != model.Ceiling || ind.Target.Value != 312.6 || ind.Line != 19 {
		t.Errorf("indicator 1 = %+v", ind)
	}
	if got := p.Indicator("4").Target.Text; got != "6" {
		t.Errorf("default text = %q, want the value", got)
	}
	if ind.Decimals != nil {
		t.Errorf("decimals = %d without decimals:", *ind.Decimals)
	}
	if ind.Code != "" {
		t.Errorf("code = %q without code:", ind.Code)
	}
	p, err = Parse(strings.NewReader(strings.Replace(good, "    unit: 万人\n", "    unit: 万人\n    code: \" bj.population \"\n", 1)), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if c := p.Indicator("1").Code; c != "bj.population" {
		t.Errorf("code read as %q, want bj.population (spaces trimmed)", c)
	}
	p, err = Parse(strings.NewReader(strings.Replace(good, "    baseline: 313.3\n", "    baseline: 313.3\n    decimals: 1\n", 1)), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if d := p.Indicator("1").Decimals; d == nil || *d != 1 {
		t.Errorf("decimals: 1 read as %v", d)
	}
}

func TestParseErrors(t *testing.T) {
	replace := func(old, new string) string {
		if !strings.Contains(good, old) {
			t.Fatalf("fixture lacks %q", old)
		}
		return strings.Replace(good, old, new, 1)
	}
	for _, c := range []struct {
		name, src, want string
	}{
		{"empty", "", "plan.yaml: the file is empty"},
		{"not yaml", "plan: [", "plan.yaml:1: not valid YAML"},
		{"unknown key", replace("    binding: true", "    bindng: true"), "plan.yaml:23: field bindng not found"},
		{"bad type", replace("base_year: 2020", "base_year: 二〇二〇"), "plan.yaml:7: cannot unmarshal"},
		{"unknown kind", replace("kind: ceiling", "kind: cieling"), `plan.yaml:26: indicator "1": unknown target kind "cieling"`},
		{"unknown category", replace("    category: econ\n    binding", "    category: eco\n    binding"), `plan.yaml:22: indicator "1": unknown category "eco"; the categories are econ`},
		{"missing value", replace("{kind: avg_growth, value: 6}", "{kind: avg_growth}"), `plan.yaml:32: indicator "4": an avg_growth target needs value:`},
		{"duplicate id", replace(`id: "4"`, `id: "1"`), `indicator id "1" is used twice (also at line 19)`},
		{"years", replace("target_year: 2025", "target_year: 2019"), "plan.yaml:8: plan.target_year 2019 must come after base_year 2020"},
		{"bad id", replace("id: test-14th", "id: 海淀"), `plan.yaml:2: plan.id "海淀" holds '海' at character 1; an id that names output files may hold only ASCII letters, digits, '-', '_' and '.', must not start with '.', and is at most 64 characters long`},
		{"unknown to", replace(`to: "4"`, `to: "44"`), `plan.yaml:37: indicator "19": to: "44" is not an indicator`},
		{"unknown lead", replace("lead: fgw\n    baseline", "lead: kw\n    baseline"), `lead department "kw" is not in departments:`},
		{"circle", replace("{kind: avg_growth, value: 6}", `{kind: relative, to: "19", compare: sync}`), `relative targets form a circle (4 → 19 → 4)`},
		{"thresholds", replace("ahead: 1.2", "ahead: 0.5"), "ahead > on_track > lagging > 0"},
		{"alias", good + "extra: &a [1]\n", "anchors and aliases"},
		{"decimals", replace("    baseline: 313.3\n", "    baseline: 313.3\n    decimals: 7\n"), `plan.yaml:26: indicator "1": decimals: 7 is not between 0 and 6`},
		{"negative decimals", replace("    baseline: 313.3\n", "    baseline: 313.3\n    decimals: -1\n"), `decimals: -1 is not between 0 and 6`},
		{"compare", replace("reference: city, compare: le", "reference: city, compare: sync"), "compare with a reference must be le or ge"},
		{"code twice", strings.Replace(replace("    unit: 万人\n", "    unit: 万人\n    code: bj.gdp\n"), "    target: {kind: avg_growth", "    code: bj.gdp\n    target: {kind: avg_growth", 1),
			`plan.yaml:33: indicator "4": code bj.gdp is also the code of indicator "1" (line 19)`},
		{"code no prefix", replace("    unit: 万人\n", "    unit: 万人\n    code: pm25\n"), `plan.yaml:22: indicator "1": code "pm25" has no framework prefix; write <framework>.<indicator>, e.g. bj.pm25`},
		{"code case", replace("    unit: 万人\n", "    unit: 万人\n    code: BJ.PM25\n"), `each part between dots is lower-case ASCII`},
		{"code empty part", replace("    unit: 万人\n", "    unit: 万人\n    code: bj..pm25\n"), `each part between dots`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(c.src), "plan.yaml")
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, c.want)
			}
		})
	}
}

func TestBomb(t *testing.T) {
	bomb := "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
	if _, err := Parse(strings.NewReader(bomb), "bomb.yaml"); err == nil {
		t.Fatal("an alias bomb was accepted")
	}
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	if _, err := Parse(strings.NewReader(deep), "deep.yaml"); err == nil {
		t.Fatal("deep nesting was accepted")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte("plan: {id: x}\nindicators: [{id: 1, target: {kind: level}}]"))
	f.Add([]byte("a: &a [*a]"))
	f.Add([]byte("\ufeff" + strings.ReplaceAll(good, "\n", "\r\n")))
	f.Add([]byte(good + "---\nplan: {id: other}\n"))
	f.Add([]byte(strings.Replace(good, "{id: fgw, name: 区发展改革委}", `{id: "x/../../victim/dept-fgw", name: 区发展改革委}`, 1)))
	f.Add([]byte(strings.Replace(good, `id: "4"`, `id: "1\u200b"`, 1)))
	f.Add([]byte(strings.Replace(good, "name: 常住人口规模", `name: "常住\e[31m人口"`, 1)))
	f.Add([]byte(strings.Replace(good, `to: "4"`, `to: "19"`, 1)))
	f.Add([]byte(strings.Replace(good, "baseline: 313.3", "baseline: 1e308", 1)))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Parse(strings.NewReader(string(b)), "fuzz.yaml")
		if err != nil {
			return
		}
		if p == nil || len(p.Indicators) == 0 {
			t.Fatal("accepted a plan without indicators")
		}
		// What a plan that loads promises: ids that name files are safe,
		// no two ids of a list share a key, names hold no control character.
		if err := model.CheckFileID(p.ID); err != nil {
			t.Fatalf("accepted plan.id: %v", err)
		}
		for _, d := range p.Departments {
			if err := model.CheckFileID(d.ID); err != nil {
				t.Fatalf("accepted department id: %v", err)
			}
		}
		keys := map[string]bool{}
		for _, ind := range p.Indicators {
			if k := model.NormalizeID(ind.ID); keys[k] {
				t.Fatalf("accepted two indicators with the key %q", k)
			} else {
				keys[k] = true
			}
			if bad := model.BadText(ind.Name, false); bad != "" {
				t.Fatalf("accepted a name with %s", bad)
			}
			if len(p.Departments) == 0 && ind.Lead != "" && model.CheckFileID(ind.Lead) != nil {
				t.Fatalf("accepted lead %q of a plan without departments", ind.Lead)
			}
		}
	})
}

// TestBadPlans reads every plan in testdata/plans/bad and checks its
// message against the .want file beside it.
func TestBadPlans(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/plans/bad/*.yaml")
	if len(files) < 10 {
		t.Fatalf("found %d bad plans", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(path, ".yaml") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			fh, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			start := time.Now()
			_, err = Parse(fh, filepath.Base(path))
			if err == nil || !strings.Contains(err.Error(), strings.TrimSpace(string(want))) {
				t.Errorf("error = %v\nwant it to contain %q", err, want)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v to refuse", d)
			}
		})
	}
}

func TestParseTasksAndProjects(t *testing.T) {
	src := good + `tasks:
  - {id: "3.1.1", title: 建设科学城, lead: fgw, key: true, milestones: {2021: 启动, 2025: 建成}}
  - {id: "3.1.1", title: 重复, lead: kw, milestones: {2019: 太早}}
projects:
  - {id: P01, name: 会址, lead: fgw, investment: 60, years: {2021: {investment: 10, milestone: 立项}, 2022: {investment: 20}}}
`
	_, err := Parse(strings.NewReader(src), "plan.yaml")
	for _, want := range []string{
		`task id "3.1.1" is used twice`,
		`task "3.1.1": lead department "kw" is not in departments:`,
		`task "3.1.1": year 2019 is outside the plan's years 2021–2025`,
		`project "P01": the yearly investments add up to 30, not the total 60`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error = %v\nwant %q", err, want)
		}
	}
	ok := good + `tasks:
  - {id: "3.1.1", title: 建设科学城, lead: fgw, key: true, milestones: {2021: 启动, 2025: 建成}}
projects:
  - {id: P01, name: 会址, lead: fgw, years: {2021: {investment: 10, milestone: 立项}, 2022: {investment: 20}}}
`
	p, err := Parse(strings.NewReader(ok), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Tasks) != 1 || !p.Tasks[0].Key || p.Tasks[0].Milestones[2025] != "建成" || p.Projects[0].Investment != 30 {
		t.Errorf("tasks %+v projects %+v", p.Tasks, p.Projects)
	}
}

// themes:, evaluation: superior: and final_tolerance:. The lines are those
// of good + the text below: good has 42 lines, so themes: is line 43.
func TestParseThemesAndFinal(t *testing.T) {
	tasks := `tasks:
  - {id: "3.1.1", title: 建设科学城, lead: fgw}
  - {id: "3.1.2", title: 建设会址, lead: fgw}
`
	if n := strings.Count(good, "\n"); n != 42 {
		t.Fatalf("good has %d lines; the lines below count on 42", n)
	}
	ok := good + `themes:
  - id: pop
    name: 人口调控
    indicators: [1, "20"]
    tasks: ["3.1.1"]
  - {id: growth, name: 经济增长, indicators: ["4"]}
` + tasks
	p, err := Parse(strings.NewReader(strings.Replace(ok, "ahead: 1.2", "ahead: 1.2\n  superior: 省级\n  final_tolerance: 0.1", 1)), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Theme{
		{ID: "pop", Name: "人口调控", Indicators: []string{"1", "20"}, Tasks: []string{"3.1.1"}},
		{ID: "growth", Name: "经济增长", Indicators: []string{"4"}},
	}
	if !reflect.DeepEqual(p.Themes, want) {
		t.Errorf("themes = %+v\nwant %+v", p.Themes, want)
	}
	if p.Superior != "省级" || p.SuperiorLevel() != "省级" || p.Evaluation.FinalTolerance != 0.1 {
		t.Errorf("superior %q, final tolerance %v", p.Superior, p.Evaluation.FinalTolerance)
	}
	// A requirement without a text of its own names the superior level.
	req := "  - {id: \"30\", name: 用水总量, unit: 亿立方米, category: econ, target: {kind: municipal, compare: le}}\n"
	for _, c := range []struct{ extra, want string }{{"", "达到市级要求"}, {"\n  superior: 国家", "达到国家要求"}} {
		p, err := Parse(strings.NewReader(strings.Replace(good, "ahead: 1.2", "ahead: 1.2"+c.extra, 1)+req), "plan.yaml")
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Indicators[len(p.Indicators)-1].Target.Text; got != c.want {
			t.Errorf("superior %q: a requirement's default text %q, want %q", c.extra, got, c.want)
		}
	}
	// Absent: 市级 and the default 0.05.
	p, err = Parse(strings.NewReader(good), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.Superior != "" || p.SuperiorLevel() != "市级" || p.Evaluation.FinalTolerance != 0.05 || p.Themes != nil {
		t.Errorf("defaults: superior %q, final tolerance %v, themes %v", p.Superior, p.Evaluation.FinalTolerance, p.Themes)
	}

	for _, c := range []struct {
		name, src, want string
	}{
		// line 43 themes:, 44 the first theme, 46 its indicators (item 1 on
		// the same line), 47 the first of its tasks, 45 the second theme
		// when the first is on one line.
		{"unknown indicator", good + "themes:\n  - id: pop\n    name: 人口\n    indicators: [1, \"44\"]\n" + tasks,
			`plan.yaml:46: theme "pop": indicator "44" is not under indicators:`},
		{"unknown task", good + "themes:\n  - id: pop\n    name: 人口\n    tasks:\n      - \"3.1.9\"\n" + tasks,
			`plan.yaml:47: theme "pop": task "3.1.9" is not under tasks:`},
		{"indicator in two themes", good + "themes:\n  - {id: a, name: 甲, indicators: [\"1\"]}\n  - {id: b, name: 乙, indicators: [\"4\", \"01\"]}\n" + tasks,
			`plan.yaml:45: theme "b": indicator "1" is already in theme "a" (line 44); an indicator or task belongs to one theme at most`},
		{"task in two themes", good + "themes:\n  - {id: a, name: 甲, tasks: [\"3.1.1\"]}\n  - {id: b, name: 乙, tasks: [\"3.1.1\"]}\n" + tasks,
			`plan.yaml:45: theme "b": task "3.1.1" is already in theme "a" (line 44)`},
		{"empty theme", good + "themes:\n  - {id: a, name: 甲}\n" + tasks, `plan.yaml:44: theme "a" lists no indicators and no tasks`},
		{"theme without a name", good + "themes:\n  - {id: a, indicators: [\"1\"]}\n", `plan.yaml:44: theme "a" has no name`},
		{"duplicate theme", good + "themes:\n  - {id: a, name: 甲, indicators: [\"1\"]}\n  - {id: A, name: 乙, indicators: [\"4\"]}\n",
			`plan.yaml:45: theme id "A" is used twice (also at line 44, as "a")`},
		// evaluation: is line 14, ahead: 15, the added key 16.
		{"superior", strings.Replace(good, "ahead: 1.2", "ahead: 1.2\n  superior: 区级", 1),
			`plan.yaml:16: evaluation.superior "区级" is not a level this tool knows; give one of 市级, 省级, 国家`},
		{"final_tolerance 0", strings.Replace(good, "ahead: 1.2", "ahead: 1.2\n  final_tolerance: 0", 1),
			`plan.yaml:16: evaluation.final_tolerance 0 must lie between 0 and 1 (exclusive)`},
		{"final_tolerance 1", strings.Replace(good, "ahead: 1.2", "ahead: 1.2\n  final_tolerance: 1", 1),
			`plan.yaml:16: evaluation.final_tolerance 1 must lie between 0 and 1`},
		{"final_tolerance 5 (a percentage)", strings.Replace(good, "ahead: 1.2", "ahead: 1.2\n  final_tolerance: 5", 1),
			`plan.yaml:16: evaluation.final_tolerance 5 must lie between 0 and 1`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(c.src), "plan.yaml")
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, c.want)
			}
		})
	}
}
