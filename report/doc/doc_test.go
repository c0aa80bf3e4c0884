package doc

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// texts calls fn with every text of the tree a reader may see, and where
// it is.
func texts(d *Document, fn func(where, text string)) {
	fn("meta.title", d.Meta.Title)
	fn("meta.author", d.Meta.Author)
	fn("meta.subject", d.Meta.Subject)
	fn("cover.title", d.Cover.Title)
	fn("cover.subtitle", d.Cover.Subtitle)
	for _, l := range d.Cover.Lines {
		fn("cover.line", l)
	}
	fn("cover.issuer", d.Cover.Issuer)
	fn("cover.date", d.Cover.Date)
	fn("cover.notice", plain(d.Cover.Notice))
	var walk func(s *Section)
	para := func(where string, p *Paragraph) {
		fn(where, plain(p.Runs))
		for _, r := range p.Runs {
			fn(where+" (run)", r.Text)
		}
	}
	figure := func(where string, f *Figure) {
		fn(where+" number", f.Number)
		fn(where+" caption", f.Caption)
		for i := range f.Notes {
			para(where+" note", &f.Notes[i])
		}
		if c := f.Chart; c != nil {
			fn(where+" unit", c.Unit)
			for _, s := range c.Series {
				fn(where+" series", s.Label)
				for _, p := range s.Points {
					fn(where+" point", p.Text)
				}
			}
			for _, l := range c.Lines {
				fn(where+" rule", l.Label)
			}
			for _, b := range c.Bars {
				fn(where+" bar", b.Label)
				for _, s := range b.Segments {
					fn(where+" segment", s.Label)
				}
			}
		}
	}
	walk = func(s *Section) {
		where := s.Number + s.Title
		fn(where+" heading", s.Number+s.Title)
		for _, b := range s.Blocks {
			switch x := b.(type) {
			case *Paragraph:
				para(where, x)
			case *Table:
				fn(where+" table", x.Number+" "+x.Title)
				for _, c := range x.Columns {
					fn(where+" column", c.Title)
				}
				for _, h := range x.Header {
					for _, c := range h {
						fn(where+" header", c.Text)
					}
				}
				for _, r := range x.Rows {
					for _, c := range r.Cells {
						fn(where+" cell", c.Text)
					}
				}
				for i := range x.Notes {
					para(where+" table note", &x.Notes[i])
				}
			case *Figure:
				figure(where+" figure", x)
			case *Figures:
				for _, f := range x.Items {
					figure(where+" figure", f)
				}
			}
		}
		for _, sub := range s.Sections {
			walk(sub)
		}
	}
	for _, s := range d.Parts {
		walk(s)
	}
	for _, s := range d.Annexes {
		walk(s)
	}
}

// reports are the trees the property tests check: the default report in
// every evaluation year of the plan, the final report of made-up 2025
// values (finalFixture), a report following up last year's, and a
// department's own report.
func reports(t *testing.T) map[string]*Document {
	t.Helper()
	out := map[string]*Document{}
	for name, r := range reportResults(t) {
		out[name] = r.doc
	}
	return out
}

// built is a result and its tree.
type built struct {
	res *eval.Result
	doc *Document
}

func reportResults(t *testing.T) map[string]built {
	t.Helper()
	fx := loadFixture(t)
	out := map[string]built{}
	add := func(name string, res *eval.Result) { out[name] = built{res, build(t, res)} }
	for y := fx.p.BaseYear + 1; y <= fx.p.TargetYear; y++ {
		add(fmt.Sprint(y), fx.result(t, y))
	}
	add("2025-final", finalFixture(t, fx))
	add("2024-previous", fx.followResult(t, 2024, "12", "建议研究调整统计口径。"))
	res := fx.result(t, 2024)
	for _, dept := range []string{"tjj", "fgw"} {
		dr, err := eval.ForDepartment(fx.p, res, dept)
		if err != nil {
			t.Fatal(err)
		}
		add("2024/"+dept, dr)
	}
	return out
}

// halfWidth finds a half-width parenthesis, colon or semicolon next to a
// Chinese character.
var halfWidth = regexp.MustCompile(`[\p{Han}“”（）：；，。、][():;]|[():;][\p{Han}“”（）：；，。、]`)

func TestNoHalfWidthPunctuationInChinese(t *testing.T) {
	for name, d := range reports(t) {
		texts(d, func(where, s string) {
			if m := halfWidth.FindString(s); m != "" {
				t.Errorf("%s: %s: half-width %q in %q", name, where, m, s)
			}
		})
	}
}

func TestNoInternalPaths(t *testing.T) {
	for name, d := range reports(t) {
		texts(d, func(where, s string) {
			if strings.Contains(s, "(embedded)") || strings.Contains(s, "（embedded）") || strings.Contains(s, "embedded") {
				t.Errorf("%s: %s: an internal path in %q", name, where, s)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"每千常住人口执业(助理)医师数", "每千常住人口执业（助理）医师数"},
		{"区科委(中关村科学城管委会)", "区科委（中关村科学城管委会）"},
		{"P02 京张铁路遗址公园(南北9公里慢行系统及四大节点)", "P02 京张铁路遗址公园（南北9公里慢行系统及四大节点）"},
		{"指标23（疾控）:2024年", "指标23（疾控）：2024年"},
		{"原因: 资金;进度", "原因：资金；进度"},
		{"kw-2023.xlsx: 指标数据!C14", "kw-2023.xlsx: 指标数据!C14"},
		{"(embedded) haidian-sample.xlsx", "(embedded) haidian-sample.xlsx"},
		{"10:30 (a; b)", "10:30 (a; b)"},
		{"GDP(%)", "GDP(%)"},
		{"增速(%)", "增速（%）"},
		{"", ""},
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// part finds a part by its title.
func part(d *Document, title string) *Section {
	for _, s := range d.Parts {
		if s.Title == title {
			return s
		}
	}
	return nil
}

// problemHeads are the subjects 存在的主要问题 lists, as its groups hold
// them (problemGroups), checked to be named in the part's text: an
// indicator's name, a task's or a project's id and name. Items that are
// not major problems (a task not reported) are left out.
func problemHeads(t *testing.T, res *eval.Result, d *Document) []string {
	t.Helper()
	s := part(d, "存在的主要问题")
	if s == nil {
		t.Fatal("no 存在的主要问题")
	}
	b, err := newBuilder(res, Options{Date: reportDate})
	if err != nil {
		t.Fatal(err)
	}
	b.prepare()
	text := strings.Join(paras(s), "\n")
	var out []string
	for _, g := range b.problemGroups() {
		for _, it := range g.Items {
			var name string
			switch {
			case it.I != nil:
				name = Normalize(it.I.Name)
			case it.Task != nil:
				name = Normalize(it.Task.ID + " " + it.Task.Title)
			default:
				name = Normalize(it.Project.ID + " " + it.Project.Name)
			}
			if !strings.Contains(text, name) {
				t.Errorf("%s is in a group of 存在的主要问题 but not in its text", name)
			}
			if it.P.N > 0 {
				out = append(out, name)
			}
		}
	}
	return out
}

func TestProblemsUniqueBySubject(t *testing.T) {
	for name, r := range reportResults(t) {
		seen := map[string]bool{}
		heads := problemHeads(t, r.res, r.doc)
		if len(heads) != len(r.res.Problems) {
			t.Errorf("%s: 存在的主要问题 lists %d problems, eval has %d", name, len(heads), len(r.res.Problems))
		}
		for _, h := range heads {
			if seen[h] {
				t.Errorf("%s: %s is listed twice in 存在的主要问题", name, h)
			}
			seen[h] = true
		}
	}
}

// TestEveryNotMetIsAProblem: every indicator not met, and every binding
// indicator assessed and not on track, is in 存在的主要问题.
func TestEveryNotMetIsAProblem(t *testing.T) {
	fx := loadFixture(t)
	for y := fx.p.BaseYear + 1; y <= fx.p.TargetYear; y++ {
		res := fx.result(t, y)
		heads := problemHeads(t, res, build(t, res))
		n := 0
		for _, ind := range res.Indicators {
			if ind.Status != eval.NotMet && !(ind.Binding && ind.Status.Assessable() && !ind.Status.Good()) {
				continue
			}
			n++
			if !contains(heads, Normalize(ind.Name)) {
				t.Errorf("%d: %s (%s) is not in 存在的主要问题 %q", y, ind.Name, ind.Status, heads)
			}
		}
		if y == 2024 && n == 0 {
			t.Errorf("%d: no indicator not met: the test checks nothing", y)
		}
	}
}

var (
	reProblems   = regexp.MustCompile(`发现(\d+)个需要重点关注的问题(?:（(?:主要指标(\d+)个)?、?(?:重点任务(\d+)个)?、?(?:重大项目(\d+)个)?）)?`)
	reSummary    = regexp.MustCompile(`需要重点关注的问题(\d+)个`)
	reSampleInds = regexp.MustCompile(`涉及示例数据的指标(\d+)项：([^。]*)。`)
	reKeyBehind  = regexp.MustCompile(`(\d+)项进展滞后（([^）]*)）`)
	reLate       = regexp.MustCompile(`推进滞后的项目(\d+)个：(.*?)，累计`)
	reDept       = regexp.MustCompile(`牵头(?:指标(\d+)项)?、?(?:任务(\d+)项)?、?(?:项目(\d+)个)?(?:.*需关注问题(\d+)个)?`)
	reProjectID  = regexp.MustCompile(`(?:^|、)P\d+ `)
	reFindings   = regexp.MustCompile(`共发现(\d+)处问题`)
	reBinding    = regexp.MustCompile(`(\d+)项约束性指标中，可评估的(\d+)项有(\d+)项`)
)

func atoi(s string) int {
	if s == "" {
		return 0
	}
	n, _ := strconv.Atoi(s)
	return n
}

func paras(s *Section) []string {
	var out []string
	for _, b := range s.Blocks {
		if p, ok := b.(*Paragraph); ok {
			out = append(out, plain(p.Runs))
		}
	}
	for _, sub := range s.Sections {
		out = append(out, paras(sub)...)
	}
	return out
}

func tables(s *Section) []*Table {
	var out []*Table
	for _, b := range s.Blocks {
		if t, ok := b.(*Table); ok {
			out = append(out, t)
		}
	}
	for _, sub := range s.Sections {
		out = append(out, tables(sub)...)
	}
	return out
}

// TestCountsEqualLists: each count the report prints is the length of the
// list it prints with it.
func TestCountsEqualLists(t *testing.T) {
	for name, r := range reportResults(t) {
		d := r.doc
		checked := 0
		check := func(what string, got, want int) {
			checked++
			if got != want {
				t.Errorf("%s: %s: the report says %d, its list has %d", name, what, got, want)
			}
		}
		problems := len(problemHeads(t, r.res, d))
		pp := part(d, "存在的主要问题")
		if m := reProblems.FindStringSubmatch(plain(pp.Blocks[0].(*Paragraph).Runs)); m != nil {
			check("存在的主要问题", atoi(m[1]), problems)
			if m[2]+m[3]+m[4] != "" {
				check("存在的主要问题's parts", atoi(m[2])+atoi(m[3])+atoi(m[4]), problems)
			}
		} else if problems > 0 {
			t.Errorf("%s: 存在的主要问题 does not count its %d problems", name, problems)
		}
		for _, p := range paras(part(d, "总体评价")) {
			if m := reSummary.FindStringSubmatch(p); m != nil {
				check("总体评价's problems", atoi(m[1]), problems)
			}
			if m := reBinding.FindStringSubmatch(p); m != nil {
				rows := len(tables(part(d, "总体评价"))[1].Rows)
				check("约束性指标", atoi(m[1]), rows)
			}
		}
		if m := reSampleInds.FindStringSubmatch(plain(d.Cover.Notice)); m != nil {
			check("the sample indicators", atoi(m[1]), len(strings.Split(m[2], "、")))
		}
		if s := part(d, "重点任务实施情况"); s != nil {
			for _, p := range paras(s) {
				if m := reKeyBehind.FindStringSubmatch(p); m != nil {
					check("the key tasks behind", atoi(m[1]), len(strings.Split(m[2], "、")))
					for _, tb := range tables(s) {
						if tb.Title == "进展滞后的重点关注任务" {
							check("the key tasks behind's table", atoi(m[1]), len(tb.Rows))
						}
					}
				}
			}
		}
		if s := part(d, "重大项目推进情况"); s != nil {
			for _, p := range paras(s) {
				if m := reLate.FindStringSubmatch(p); m != nil {
					check("the projects behind", atoi(m[1]), len(reProjectID.FindAllString(m[2], -1)))
				}
			}
		}
		for _, a := range d.Annexes {
			switch a.Title {
			case "部门责任清单":
				tb := tables(a)[0]
				for i := 0; i < len(tb.Rows); i++ {
					if !tb.Rows[i].Group {
						continue
					}
					m := reDept.FindStringSubmatch(tb.Rows[i].Cells[0].Text)
					var inds, tasks, projects, issues int
					for j := i + 1; j < len(tb.Rows) && !tb.Rows[j].Group; j++ {
						r := tb.Rows[j]
						if r.Note {
							continue
						}
						switch r.Cells[0].Text {
						case "指标":
							inds++
						case "任务":
							tasks++
						case "项目":
							projects++
						}
						if r.Cells[5].Text != "—" {
							issues++
						}
					}
					what := tb.Rows[i].Cells[0].Text
					check(what+": 指标", atoi(m[1]), inds)
					check(what+": 任务", atoi(m[2]), tasks)
					check(what+": 项目", atoi(m[3]), projects)
					check(what+": 需关注问题", atoi(m[4]), issues)
				}
			case "数据质量报告":
				if m := reFindings.FindStringSubmatch(paras(a)[0]); m != nil {
					check("数据质量报告", atoi(m[1]), len(tables(a)[0].Rows))
				}
			}
		}
		if checked < 5 {
			t.Errorf("%s: only %d counts checked", name, checked)
		}
	}
}

// TestEveryMethodHasAFormula: the method annex has a formula for every
// method eval judges by (model.Methods), and prints one for each method
// the plan's indicators have.
func TestEveryMethodHasAFormula(t *testing.T) {
	fx := loadFixture(t)
	res := fx.result(t, 2024)
	d := build(t, res)
	b, err := newBuilder(res, Options{Date: reportDate})
	if err != nil {
		t.Fatal(err)
	}
	method := d.Annexes[len(d.Annexes)-1]
	text := strings.Join(paras(method), "\n")
	used := map[model.Method]bool{}
	for _, ind := range res.Indicators {
		used[ind.Method] = true
	}
	if len(used) < 5 {
		t.Errorf("the plan uses %d methods: the test checks little", len(used))
	}
	for _, m := range model.Methods() {
		name := "formula." + string(m)
		if !b.has(name) {
			t.Errorf("no template %s for the method %s", name, m)
			continue
		}
		f := b.label(name, struct {
			base
			T model.Thresholds
		}{b.base(), res.Thresholds})
		if f == "" {
			t.Errorf("%s is empty", name)
		}
		if used[m] != strings.Contains(text, f) {
			t.Errorf("the method %s is used: %t, its formula in the annex: %t", m, used[m], !used[m])
		}
	}
}

// TestEveryFindingHasAText: every finding code and every reason eval
// gives for a missing judgment has its template.
func TestEveryFindingHasAText(t *testing.T) {
	b, err := newBuilder(loadFixture(t).result(t, 2024), Options{Date: reportDate})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range model.FindingCodes() {
		if !b.has("finding." + string(c)) {
			t.Errorf("no template finding.%s", c)
		}
	}
	for _, r := range model.Reasons() {
		if r == model.ReasonHoldLevel || r == model.ReasonZeroGrowth {
			continue // how a judgment was reached, not why there is none
		}
		if !b.has("reason." + string(r)) {
			t.Errorf("no template reason.%s", r)
		}
	}
}

// TestGrowthPaceIsCumulative checks the method's formula for a growth
// indicator against the ratio printed: 自贸区企业收入年均增速, 2021–2024
// rates 14.2, 4.9, 10, 5.2, target 15% a year:
// G = 1.142·1.049·1.100·1.052 − 1 = 0.38628, R = G ÷ (1.15⁴ − 1) =
// 0.38628 ÷ 0.74901 = 0.52 (not the realized average 8.5 ÷ 15 = 0.57).
func TestGrowthPaceIsCumulative(t *testing.T) {
	d := build(t, loadFixture(t).result(t, 2024))
	var row []Cell
	for _, r := range tables(d.Annexes[0])[0].Rows {
		if !r.Group && r.Cells[0].Text == "12" {
			row = r.Cells
		}
	}
	if row == nil {
		t.Fatal("no row 12 in 附表1")
	}
	if got := row[11].Text; got != "0.52" {
		t.Errorf("进度比 of 自贸区企业收入年均增速 = %s, want 0.52", got)
	}
	if !strings.Contains(strings.Join(paras(d.Annexes[len(d.Annexes)-1]), ""), "R = G ÷ [（1 + 目标年均增速）^（评估年 − 基期年）− 1]") {
		t.Error("the method annex does not give the cumulative growth formula")
	}
}

// TestTemplatesOverride: a doc_*.tmpl of Options.Templates replaces the
// embedded file of its name or one {{define}} of it; other files are
// ignored; a broken one is an error naming the file and line.
func TestTemplatesOverride(t *testing.T) {
	res := loadFixture(t).result(t, 2024)
	over := fstest.MapFS{
		"doc_mine.tmpl":        {Data: []byte(`{{define "title.problems"}}当前存在的问题{{end}}`)},
		"doc_suggestions.tmpl": {Data: []byte(`共{{len .Groups}}条建议(按问题逐条提出):`)},
		"summary.tmpl":         {Data: []byte(`{{marker .R}} an old template, ignored`)},
	}
	d, err := Build(res, Options{Date: reportDate, Templates: over})
	if err != nil {
		t.Fatal(err)
	}
	if part(d, "当前存在的问题") == nil || part(d, "存在的主要问题") != nil {
		t.Error("the label title.problems was not replaced")
	}
	s := part(d, "下一步工作建议")
	if got, want := plain(s.Blocks[0].(*Paragraph).Runs), fmt.Sprintf("共%d条建议（按问题逐条提出）：", len(s.Blocks)-1); got != want {
		t.Errorf("doc_suggestions.tmpl replaced: %q, want %q", got, want)
	}
	if part(d, "总体评价") == nil {
		t.Error("the other templates are gone")
	}
	_, err = Build(res, Options{Date: reportDate, Templates: fstest.MapFS{"doc_summary.tmpl": {Data: []byte("\n{{.Nope")}}})
	if err == nil || !strings.Contains(err.Error(), "doc_summary.tmpl:2") {
		t.Errorf("a broken template: err = %v, want one naming doc_summary.tmpl:2", err)
	}
	_, err = Build(res, Options{Date: reportDate, Templates: fstest.MapFS{"doc_summary.tmpl": {Data: []byte("{{.Nope}}")}}})
	if err == nil || !strings.Contains(err.Error(), "doc_summary.tmpl") {
		t.Errorf("a template that fails: err = %v, want one naming doc_summary.tmpl", err)
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := Build(nil, Options{Date: reportDate}); err == nil {
		t.Error("Build(nil) did not fail")
	}
	if _, err := Build(loadFixture(t).result(t, 2024), Options{}); err == nil {
		t.Error("Build without a date did not fail")
	}
}

// TestRemainingYears: with one year left the report names that year
// (2025年需…) and does not advise planning "the remaining years"; in the
// target year it projects nothing.
func TestRemainingYears(t *testing.T) {
	all := reports(t)
	for name, d := range all {
		texts(d, func(where, s string) {
			if strings.Contains(s, "剩余1年") {
				t.Errorf("%s: %s: %q", name, where, s)
			}
			if (name == "2024" || strings.HasPrefix(name, "2025")) && strings.Contains(s, "剩余年份") {
				t.Errorf("%s: %s: advice on the remaining years with at most one left: %q", name, where, s)
			}
		})
	}
	found := false
	texts(all["2024"], func(where, s string) { found = found || strings.Contains(s, "2025年需") })
	if !found {
		t.Error("2024: no 2025年需…")
	}
	found = false
	texts(all["2023"], func(where, s string) { found = found || strings.Contains(s, "2024—2025年需年均") })
	if !found {
		t.Error("2023: no 2024—2025年需年均…")
	}
	for _, name := range []string{"2025", "2025-final"} {
		texts(all[name], func(where, s string) {
			if strings.Contains(s, "预计2025") || strings.Contains(s, "2026年需") || strings.Contains(s, "按当前趋势") {
				t.Errorf("%s: %s: a projection in the target year: %q", name, where, s)
			}
		})
	}
}

// TestDepartmentReport: a department's own report speaks of what it
// leads: a department that leads no binding indicator is not told the
// plan has none.
func TestDepartmentReport(t *testing.T) {
	all := reports(t)
	for _, name := range []string{"2024/tjj", "2024/fgw"} {
		texts(all[name], func(where, s string) {
			if strings.Contains(s, "本规划未设置约束性指标") {
				t.Errorf("%s: %s: %q", name, where, s)
			}
		})
	}
	found := false
	texts(all["2024/tjj"], func(where, s string) { found = found || strings.Contains(s, "区统计局未牵头约束性指标") })
	if !found {
		t.Error("2024/tjj: the binding section does not say 区统计局 leads none")
	}
}

// TestSampleStatementOnce: the statement on sample data is made once, on
// the cover; the tables mark the values and say so in a footnote.
func TestSampleStatementOnce(t *testing.T) {
	for name, d := range reports(t) {
		n := 0
		texts(d, func(where, s string) {
			if strings.Contains(s, "仅用于演示评估方法") && !strings.HasSuffix(where, "(run)") {
				n++
			}
		})
		if n != 1 {
			t.Errorf("%s: the sample statement is made %d times", name, n)
		}
	}
}

// TestDeterministic: the same result and options give the same tree, and
// Build does not change the result it is given.
func TestDeterministic(t *testing.T) {
	res := loadFixture(t).result(t, 2024)
	before, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	a := dump(t, build(t, res))
	b := dump(t, build(t, res))
	if a != b {
		t.Errorf("two builds differ:\n%s", firstDiff(a, b))
	}
	after, _ := json.Marshal(res)
	if string(before) != string(after) {
		t.Error("Build changed the result")
	}
}

// TestFindingsWorded words a finding of every code from its facts: each
// says its numbers (with the indicator's decimals) and nothing is missing.
func TestFindingsWorded(t *testing.T) {
	res := loadFixture(t).result(t, 2024)
	b, err := newBuilder(res, Options{Date: reportDate})
	if err != nil {
		t.Fatal(err)
	}
	f := func(v float64) *float64 { return &v }
	ind := res.Indicators[0] // 常住人口规模, two decimals
	if ind.Decimals != 2 {
		t.Fatalf("indicator 1 has %d decimals; the test expects 2", ind.Decimals)
	}
	cases := []struct {
		f    eval.Finding
		want string
	}{
		{eval.Finding{Code: model.FindMissing, Indicator: "1", Years: []int{2022, 2023}}, "2022年、2023年数据缺失"},
		{eval.Finding{Code: model.FindRequirementMissing, Indicator: "1", Years: []int{2024}}, "2024年市级要求未提供"},
		{eval.Finding{Code: model.FindReferenceMissing, Indicator: "1", Years: []int{2024}, Reference: "全市平均"}, "参照数据“全市平均”2024年未提供"},
		{eval.Finding{Code: model.FindOutOfRange, Indicator: "1", Year: 2024, Value: f(-3), Limit: f(0), Bound: "min", Of: "value"}, "2024年数值-3.00低于可能的最小值0.00"},
		{eval.Finding{Code: model.FindOutOfRange, Indicator: "1", Year: 2024, Value: f(1e60), Limit: f(1e15), Bound: "magnitude", Of: "value"}, "1e+60的绝对值超过1e+15"},
		{eval.Finding{Code: model.FindJump, Indicator: "1", Year: 2024, Value: f(500), Previous: f(313), Change: f(0.597), Limit: f(0.5)}, "数值500.00较上年313.00变动59.7%，超过合理范围（50.0%）"},
		{eval.Finding{Code: model.FindGrowthMismatch, Year: 2023, Value: f(8), Previous: f(100), Current: f(105), Expected: f(5), Change: f(3), Limit: f(2)}, "填报增速8%，而水平值100→105推算增速为5.0%，相差3个百分点"},
		{eval.Finding{Code: model.FindNoSource, Indicator: "1", Years: []int{2021}}, "2021年数值未注明数据来源"},
		{eval.Finding{Code: model.FindApproximate, Indicator: "1", Year: 2024, Value: f(312), Text: "约312"}, "数值“约312”为约数或区间值，按312.00计算"},
		{eval.Finding{Code: model.FindBaselineMismatch, Indicator: "1", Year: 2020, Value: f(313.4), Expected: f(313.3)}, "工作簿2020年数值313.40与规划文件的基期值313.30不一致"},
		{eval.Finding{Code: model.FindTaskMissing, Task: "2.1.1", Year: 2024, LeadName: "区发展改革委"}, "2024年进展未报送（牵头部门：区发展改革委）"},
		{eval.Finding{Code: model.FindTaskRegressed, Task: "2.1.1", Year: 2024, DoneYear: 2023, Progress: model.Behind}, "2023年报告“已完成”，2024年报告“滞后”"},
		{eval.Finding{Code: model.FindProjectMissing, Project: "P01", Years: []int{2023, 2024}}, "2023年、2024年进展未报送"},
	}
	worded := map[model.FindingCode]bool{}
	for _, c := range cases {
		worded[c.f.Code] = true
		got := b.finding(c.f)
		if b.err != nil {
			t.Fatalf("%s: %v", c.f.Code, b.err)
		}
		if !strings.Contains(got, c.want) || strings.Contains(got, "no value") || strings.Contains(got, "—") {
			t.Errorf("%s: %q, want it to say %q", c.f.Code, got, c.want)
		}
	}
	for _, code := range model.FindingCodes() {
		if !worded[code] {
			t.Errorf("no case words %s", code)
		}
	}
}
