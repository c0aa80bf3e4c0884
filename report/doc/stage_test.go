package doc

import (
	"fmt"
	"strings"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// annexByTitle finds an annex by its title.
func annexByTitle(d *Document, title string) *Section {
	for _, s := range d.Annexes {
		if s.Title == title {
			return s
		}
	}
	return nil
}

// sectionTitles are the titles of a part's sections.
func sectionTitles(s *Section) []string {
	var out []string
	for _, sub := range s.Sections {
		out = append(out, sub.Title)
	}
	return out
}

// allText is every text of the tree, one a line.
func allText(d *Document) string {
	var b strings.Builder
	texts(d, func(_, s string) { b.WriteString(s + "\n") })
	return b.String()
}

// tableTitled finds a table by its title anywhere under s.
func tableTitled(s *Section, title string) *Table {
	for _, t := range tables(s) {
		if t.Title == title {
			return t
		}
	}
	return nil
}

// row is the row of a table whose first cell is id.
func row(t *Table, id string) []string {
	for _, r := range t.Rows {
		if !r.Group && len(r.Cells) > 0 && r.Cells[0].Text == id {
			var out []string
			for _, c := range r.Cells {
				out = append(out, c.Text)
			}
			return out
		}
	}
	return nil
}

// TestStageParts: which parts, sections and annexes each stage has. The
// mid-term report has 时间过半、任务过半, 后半程展望 and 规划调整建议 as a
// part; the annual and final ones have 规划调整建议 as an annex; only a
// report with --previous has 上年问题整改情况; every report has 主要成效
// right after 总体评价.
func TestStageParts(t *testing.T) {
	all := reportResults(t)
	cases := []struct {
		name                             string
		title                            string
		halfway, outlook, proposalsPart  bool
		proposalsAnnex, followUp, moving bool
	}{
		{"2023", "海淀区“十四五”规划实施情况中期评估报告", true, true, true, false, false, true},
		{"2024", "海淀区“十四五”规划2024年度体检评估报告", false, false, false, true, false, true},
		{"2025-final", "海淀区“十四五”规划实施情况总结评估报告", false, false, false, true, false, true},
		{"2024-previous", "海淀区“十四五”规划2024年度体检评估报告", false, false, false, true, true, true},
		{"2021", "海淀区“十四五”规划2021年度体检评估报告", false, false, false, true, false, false},
	}
	for _, c := range cases {
		d := all[c.name].doc
		if d.Cover.Title != c.title {
			t.Errorf("%s: cover title %q, want %q", c.name, d.Cover.Title, c.title)
		}
		if d.Parts[1].Title != "主要成效" {
			t.Errorf("%s: part 2 is %q, want 主要成效", c.name, d.Parts[1].Title)
		}
		secs := sectionTitles(part(d, "总体评价"))
		for _, x := range []struct {
			what string
			got  bool
			want bool
		}{
			{"时间过半、任务过半", contains(secs, "时间过半、任务过半"), c.halfway},
			{"较上年变化", contains(secs, "较上年变化"), c.moving},
			{"后半程展望", part(d, "后半程展望") != nil, c.outlook},
			{"规划调整建议 (part)", part(d, "规划调整建议") != nil, c.proposalsPart},
			{"规划调整建议 (annex)", annexByTitle(d, "规划调整建议") != nil, c.proposalsAnnex},
			{"上年问题整改情况", part(d, "上年问题整改情况") != nil, c.followUp},
		} {
			if x.got != x.want {
				t.Errorf("%s: %s present: %t, want %t", c.name, x.what, x.got, x.want)
			}
		}
	}
}

// TestProposalsWithoutAny: without a proposal the mid-term report says
// so in one sentence under 规划调整建议; an annual report leaves the annex
// out.
func TestProposalsWithoutAny(t *testing.T) {
	fx := loadFixture(t)
	for _, y := range []int{2023, 2024} {
		res := fx.result(t, y)
		res.Proposals = nil
		d := build(t, res)
		s := part(d, "规划调整建议")
		if y == 2023 {
			if s == nil || len(s.Blocks) != 1 || !strings.Contains(paras(s)[0], "不提出规划调整建议") {
				t.Errorf("2023 without proposals: 规划调整建议 = %v, want one sentence saying there is none", s)
			}
			continue
		}
		if s != nil || annexByTitle(d, "规划调整建议") != nil {
			t.Errorf("%d without proposals: 规划调整建议 is there", y)
		}
	}
}

// TestProposalNumbers: the annex prints each proposal in its target's
// terms. 2023 (mid-term, proposals from eval):
//   - 7 园区企业研发投入强度, level 6.20%, two decimals: projected 5.9667 →
//     5.97%, gap 6.20 − 5.9667 = 0.2333 → 0.23个百分点;
//   - 12 自贸区企业收入年均增速, avg_growth 15%, one decimal: projected the
//     realized 9.634% a year → 年均9.6%, gap 15 − 9.634 = 5.366 → 5.4个百分点;
//   - 22 每千常住人口执业医师数, level 5.11人: 4.5033 → 4.50人, gap 0.61人.
//
// An analyst's choice is printed with the reason; eval's default says so.
// The note on the legal procedure of a binding target is under the table.
func TestProposalNumbers(t *testing.T) {
	fx := loadFixture(t)
	res := fx.result(t, 2023)
	for i := range res.Proposals {
		if res.Proposals[i].Indicator == "12" {
			res.Proposals[i].Handling, res.Proposals[i].HandlingLabel = model.AdjustMeasure, model.AdjustMeasure.Label()
			res.Proposals[i].Chosen, res.Proposals[i].Reason = true, "统计范围调整"
		}
	}
	d := build(t, res)
	tb := tableTitled(part(d, "规划调整建议"), "规划调整建议")
	if tb == nil {
		t.Fatal("no table 规划调整建议 in 2023")
	}
	for _, c := range []struct {
		id                       string
		projected, gap, handling string
	}{
		{"7", "5.97%", "0.23个百分点", "保持目标、加大力度（建议，默认）"},
		{"12", "年均9.6%", "5.4个百分点", "建议调整统计口径（分析人员选定：统计范围调整）"},
		{"22", "4.50人", "0.61人", "保持目标、加大力度（建议，默认）"},
	} {
		r := row(tb, c.id)
		if r == nil {
			t.Errorf("no row %s", c.id)
			continue
		}
		if r[3] != c.projected || r[4] != c.gap || r[6] != c.handling {
			t.Errorf("row %s: projected %q, gap %q, handling %q; want %q, %q, %q", c.id, r[3], r[4], r[6], c.projected, c.gap, c.handling)
		}
	}
	if len(tb.Notes) == 0 || !strings.Contains(plain(tb.Notes[0].Runs), "人民代表大会常务委员会审查批准") {
		t.Error("no note on the legal procedure under 规划调整建议")
	}
	// The final year's value column is what was attained.
	fin := all(t)["2025-final"].doc
	tb = tableTitled(annexByTitle(fin, "规划调整建议"), "规划调整建议")
	if tb == nil || tb.Columns[3].Title != "2025年实际" {
		t.Fatalf("2025: the proposals' value column is not 2025年实际")
	}
	// 7: 5.90% attained of 6.20%: gap 6.20 − 5.90 = 0.30个百分点.
	if r := row(tb, "7"); r == nil || r[3] != "5.90%" || r[4] != "0.30个百分点" {
		t.Errorf("2025 row 7 = %q, want 5.90%% and 0.30个百分点", r)
	}
}

// all is reportResults, built once per test binary.
var allBuilt map[string]built

func all(t *testing.T) map[string]built {
	if allBuilt == nil {
		allBuilt = reportResults(t)
	}
	return allBuilt
}

// TestMidterm: the mid-term's 时间过半、任务过半 states the rule and the
// shares, 22 of 26 assessable indicators 过半 = 84.6% ≥ 75%; the table
// has a status column per year 2021–2023; 后半程展望 prints, for 园区企业
// 研发投入强度 (5.30 → 5.70% in 2020–2023, target 6.20%), the realized
// (5.70 − 5.30) ÷ 3 = +0.13个百分点 a year against the needed (6.20 − 5.70)
// ÷ 2 = +0.25个百分点.
func TestMidterm(t *testing.T) {
	d := all(t)["2023"].doc
	var half *Section
	for _, s := range part(d, "总体评价").Sections {
		if s.Title == "时间过半、任务过半" {
			half = s
		}
	}
	if half == nil {
		t.Fatal("no 时间过半、任务过半")
	}
	text := strings.Join(paras(half), "\n")
	for _, want := range []string{"完成进度达到50.0%及以上", "不少于75.0%", "可评估的26项指标中，22项任务过半，占84.6%", "规划总体实现了"} {
		if !strings.Contains(text, want) {
			t.Errorf("时间过半、任务过半 does not say %q:\n%s", want, text)
		}
	}
	tb := tables(half)[0]
	var years []string
	for _, c := range tb.Columns {
		if c.Role == StatusCol {
			years = append(years, c.Title)
		}
	}
	if strings.Join(years, ",") != "2021年,2022年,2023年" {
		t.Errorf("the status-by-year columns are %q", years)
	}
	if r := row(tb, "7"); r == nil || strings.Join(r[3:6], ",") != "滞后,明显滞后,滞后" {
		t.Errorf("row 7 by year = %q", r)
	}
	out := tables(part(d, "后半程展望"))[0]
	if r := row(out, "7"); r == nil || r[4] != "+0.13个百分点" || r[5] != "+0.25个百分点" {
		t.Errorf("后半程展望 row 7 = %q, want +0.13个百分点 realized, +0.25个百分点 needed", r)
	}
}

// TestMovement: 2024 against 2023, 2 improved and 4 worsened (eval's
// counts): the summary and 较上年变化 say so and the table lists the 6.
func TestMovement(t *testing.T) {
	b := all(t)["2024"]
	m := b.res.Summary.Movement
	if m.Improved != 2 || m.Worsened != 4 {
		t.Fatalf("the fixture's movement is %+v; the test expects 2 improved, 4 worsened", m)
	}
	ov := part(b.doc, "总体评价")
	if !strings.Contains(strings.Join(paras(ov), ""), "与2023年相比，2项指标评估状态改善、4项变差") {
		t.Error("the summary does not count the movement")
	}
	tb := tableTitled(ov, "评估状态发生变化的指标")
	if tb == nil || len(tb.Rows) != m.Improved+m.Worsened {
		t.Fatalf("the movement table = %v, want %d rows", tb, m.Improved+m.Worsened)
	}
	// 12 自贸区企业收入年均增速: 滞后 → 明显滞后.
	if r := row(tb, "12"); r == nil || r[3] != "滞后" || r[4] != "明显滞后" || r[5] != "变差" {
		t.Errorf("row 12 = %q", r)
	}
	if !strings.Contains(strings.Join(paras(ov), ""), "自贸区企业收入年均增速由滞后转为明显滞后") {
		t.Error("较上年变化 does not word 由滞后转为明显滞后")
	}
}

// TestFinal: the final report's count table has the final statuses'
// columns (model.StageStatuses: 完成, 基本完成, 未完成, and 数据待补 which
// occurs), says at its top which indicators have no 2025 value, shows
// the years a limit broke and no projection, and speaks of the next
// five-year plan, never of next year's evaluation. 每千常住人口执业（助理）
// 医师数 5.09 of 5.11 from 4.62: (5.09 − 4.62) ÷ (5.11 − 4.62) = 95.9% ≥
// 95%: 基本完成.
func TestFinal(t *testing.T) {
	b := all(t)["2025-final"]
	d := b.doc
	ov := part(d, "总体评价")
	cat := tables(ov)[0]
	var cols []string
	for _, c := range cat.Columns[3 : len(cat.Columns)-1] {
		cols = append(cols, c.Title)
	}
	if strings.Join(cols, ",") != "完成,基本完成,未完成,数据待补" {
		t.Errorf("the count table's status columns are %q", cols)
	}
	first := ov.Sections[0].Blocks[0].(*Paragraph)
	if !strings.Contains(plain(first.Runs), "1项指标尚无2025年数据") || !strings.Contains(plain(first.Runs), "每万名常住人口疾控力量配比") {
		t.Errorf("the report's top does not name the indicator without 2025 data: %q", plain(first.Runs))
	}
	text := allText(d)
	for _, bad := range []string{"在下一年度评估中跟踪反馈", "下一年度评估", "预计2025", "十五五", "时间进度为100"} {
		if strings.Contains(text, bad) {
			t.Errorf("the final report says %q", bad)
		}
	}
	if !strings.Contains(text, "下一个五年规划（2026—2030年）") {
		t.Error("the final report does not speak of the next five-year plan")
	}
	a1 := tables(annexByTitle(d, "主要指标评估明细表"))[0]
	last := a1.Columns[len(a1.Columns)-1].Title
	if last != "未达要求年份" {
		t.Errorf("附表1's last column is %q, want 未达要求年份 (no projection)", last)
	}
	// 14 地表水环境质量: 未完成 in 2024 and 2025.
	if r := row(a1, "14"); r == nil || r[len(r)-1] != "2024年、2025年" {
		t.Errorf("附表1 row 14 = %q, want the broken years 2024年、2025年", r)
	}
	if r := row(a1, "22"); r == nil || r[len(r)-3] != "基本完成" || r[len(r)-2] != "95.9%" {
		t.Errorf("附表1 row 22 = %q, want 基本完成 at 95.9%%", r)
	}
}

// TestFollowUp: 上年问题整改情况 lists 2023's 7 problems with their state
// and counts them as the table does (1 resolved, 5 persist, 1 worsened);
// last year's comment is quoted under 上年意见.
func TestFollowUp(t *testing.T) {
	b := all(t)["2024-previous"]
	f := b.res.FollowUp
	s := part(b.doc, "上年问题整改情况")
	tb := tables(s)[0]
	if len(tb.Rows) != len(f.Problems) {
		t.Fatalf("the table has %d rows, the follow-up %d problems", len(tb.Rows), len(f.Problems))
	}
	n := map[string]int{}
	for _, r := range tb.Rows {
		n[r.Cells[len(r.Cells)-1].Text]++
	}
	want := fmt.Sprintf("已解决%d个、仍存在%d个、加重%d个", n["已解决"], n["仍存在"], n["加重"])
	if f.Resolved != n["已解决"] || !strings.Contains(paras(s)[0], want) {
		t.Errorf("the opening %q does not say %q", paras(s)[0], want)
	}
	if r := row(tb, "4"); r == nil || r[2] != "12 自贸区企业收入年均增速" || r[6] != "加重" {
		t.Errorf("row 4 = %q, want 12 加重 (滞后 → 明显滞后)", r)
	}
	text := strings.Join(paras(s), "\n")
	if !strings.Contains(text, "上年意见（指标12 自贸区企业收入年均增速）：建议研究调整统计口径。") {
		t.Errorf("上年意见 is not quoted:\n%s", text)
	}
}

// TestSuperior: a plan whose superior is 省级 prints 省级 where the
// Haidian plan prints 市级: in the problems, the findings, the method and
// the targets in words. The texts that come from the plan (a target as
// printed) and eval (a chart's series) are made 省级 as such a plan's
// would be.
func TestSuperior(t *testing.T) {
	res := loadFixture(t).result(t, 2024)
	res.Plan.Superior = "省级"
	for i := range res.Indicators {
		ind := &res.Indicators[i]
		ind.TargetText = strings.ReplaceAll(ind.TargetText, "市级", "省级")
		if ind.Chart != nil {
			for j := range ind.Chart.Series {
				ind.Chart.Series[j].Label = strings.ReplaceAll(ind.Chart.Series[j].Label, "市级", "省级")
			}
		}
	}
	d := build(t, res)
	n := 0
	texts(d, func(where, s string) {
		if strings.Contains(s, "市级") {
			t.Errorf("%s: %q", where, s)
		}
		n += strings.Count(s, "省级要求")
	})
	if n < 5 {
		t.Errorf("省级要求 printed %d times", n)
	}
	// A result that names no superior level reads 市级.
	res.Plan.Superior = ""
	if !strings.Contains(allText(build(t, res)), "市级要求") {
		t.Error("without a superior level the report does not say 市级要求")
	}
}

// TestEmptyFacts: a result whose new facts are all empty (a mid-term
// without years, no themes, measures, causes or achievements) still
// builds, with every part.
func TestEmptyFacts(t *testing.T) {
	res := loadFixture(t).result(t, 2023)
	res.Midterm = &eval.Midterm{}
	res.Themes, res.BehindByCause, res.Measures, res.Proposals = nil, nil, nil, nil
	res.Achievements = eval.Achievements{}
	d := build(t, res)
	for _, title := range []string{"主要成效", "存在的主要问题", "后半程展望", "下一步工作建议", "规划调整建议"} {
		if part(d, title) == nil {
			t.Errorf("no %s", title)
		}
	}
	// The problems eval grouped nowhere are still listed, each once.
	if got := len(problemHeads(t, res, d)); got != len(res.Problems) {
		t.Errorf("%d problems listed, eval has %d", got, len(res.Problems))
	}
}

// TestDepartmentTop: a department's report names it on the cover and
// states the district's overall result in one line before its own.
func TestDepartmentTop(t *testing.T) {
	b := all(t)["2024/tjj"]
	if !contains(b.doc.Cover.Lines, "区统计局") {
		t.Errorf("the cover %q does not name 区统计局", b.doc.Cover.Lines)
	}
	first := plain(part(b.doc, "总体评价").Sections[0].Blocks[0].(*Paragraph).Runs)
	ds := b.res.District
	want := fmt.Sprintf("全区总体情况：纳入评估的%d项主要指标中，可量化评估%d项，其中%d项进度达到或快于预期，占80.0%%", ds.Total, ds.Assessable, ds.Good)
	if !strings.HasPrefix(first, want) || !strings.Contains(first, "以下为区统计局牵头事项") {
		t.Errorf("the department's first line is %q, want it to start %q", first, want)
	}
}

// TestAchievements: 主要成效 names each indicator eval counted, with its
// value: 2024, PCT专利申请量 4910件 (快于预期, 4910 of 5000 from 3150:
// (4910 − 3150) ÷ (5000 − 3150) = 95.1%), and as many as the groups hold.
func TestAchievements(t *testing.T) {
	b := all(t)["2024"]
	s := part(b.doc, "主要成效")
	text := strings.Join(paras(s), "\n")
	n := 0
	for _, g := range b.res.Achievements.Groups {
		n += len(g.Indicators)
		for _, id := range g.Indicators {
			for _, ind := range b.res.Indicators {
				if ind.ID == id && !strings.Contains(text, Normalize(ind.Name)) {
					t.Errorf("主要成效 does not name %s", ind.Name)
				}
			}
		}
	}
	if !strings.Contains(text, fmt.Sprintf("截至2024年，%d项主要指标", n)) {
		t.Errorf("主要成效 does not count %d indicators:\n%s", n, text)
	}
	if !strings.Contains(text, "PCT专利申请量2024年为4910件，进度快于预期，完成进度95.1%") {
		t.Errorf("主要成效 does not give PCT专利申请量's value:\n%s", text)
	}
	if !strings.Contains(text, fmt.Sprintf("已完成重点任务%d项", len(b.res.Achievements.TasksDone))) {
		t.Error("主要成效 does not count the tasks done")
	}
}

// TestProblemsByTheme: 存在的主要问题 has one paragraph per theme with a
// problem (binding first within it, as eval orders), then the tasks and
// projects by cause: P05, behind on investment and milestone, is listed
// once, under 投资完成滞后, its sentence naming both.
func TestProblemsByTheme(t *testing.T) {
	b := all(t)["2024"]
	ps := paras(part(b.doc, "存在的主要问题"))
	var heads []string
	for _, p := range ps[1:] {
		heads = append(heads, p[:strings.Index(p, "。")])
	}
	want := []string{"（一）创新发展方面", "（二）开放协调方面", "（三）绿色发展方面", "（四）共享发展方面",
		"（五）重点任务进展滞后", "（六）重大项目投资完成滞后", "（七）重大项目形象进度节点未完成"}
	if strings.Join(heads, "|") != strings.Join(want, "|") {
		t.Errorf("the groups are %q, want %q", heads, want)
	}
	text := strings.Join(ps, "\n")
	if strings.Count(text, "P05 ") != 1 {
		t.Errorf("P05 is named %d times", strings.Count(text, "P05 "))
	}
	if !strings.Contains(ps[6], "差距超过20.0%；2024年计划形象进度“主体完工”未完成") {
		t.Errorf("P05's sentence does not name both causes: %q", ps[6])
	}
	// 共享发展: two indicators, 一是 and 二是.
	if !strings.Contains(ps[4], "一是居民人均可支配收入年均增速") || !strings.Contains(ps[4], "二是每千常住人口执业（助理）医师数") {
		t.Errorf("共享发展's paragraph: %q", ps[4])
	}
}

// TestSuggestionsByMeasure: 下一步工作建议 has a paragraph per measure eval
// gave (巩固, 加力, 调整), each naming all its indicators and the lead
// departments, then one per cause.
func TestSuggestionsByMeasure(t *testing.T) {
	for _, name := range []string{"2023", "2024", "2025-final"} {
		b := all(t)[name]
		ps := paras(part(b.doc, "下一步工作建议"))
		if len(ps) != 1+len(b.res.Measures)+len(b.res.BehindByCause) {
			t.Errorf("%s: %d paragraphs, want 1 + %d measures + %d causes", name, len(ps), len(b.res.Measures), len(b.res.BehindByCause))
			continue
		}
		for i, mg := range b.res.Measures {
			p := ps[1+i]
			if !strings.HasPrefix(p, fmt.Sprintf("（%s）%s：", []string{"一", "二", "三"}[i], mg.Label)) {
				t.Errorf("%s: paragraph %d %q is not %s's", name, i+1, p, mg.Label)
			}
			for _, ind := range b.res.Indicators {
				if contains(mg.Indicators, ind.ID) && !strings.Contains(p, Normalize(ind.Name)) {
					t.Errorf("%s: %s does not name %s", name, mg.Label, ind.Name)
				}
			}
			if mg.Measure == model.Consolidate {
				for _, l := range mg.Leads {
					var lead string
					for _, d := range b.res.Departments {
						if d.ID == l {
							lead = Normalize(d.Name)
						}
					}
					if !strings.Contains(p, lead) {
						t.Errorf("%s: %s does not name the lead %s", name, mg.Label, lead)
					}
				}
			}
		}
	}
}
