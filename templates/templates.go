// Package templates embeds every sentence plancheck writes, so that an
// analyst can change the wording without recompiling: copy a file, edit it
// and pass the folder to plancheck report --templates DIR (a file there
// replaces the embedded file of the same name; the others stay).
//
// There are two sets: the report tree's doc_*.tmpl (folder doc/, package
// Doc), which word the report that the PDF (and every later format)
// renders and the single facts other outputs print (doc.Words), and the
// Excel report's xlsx_*.tmpl (FS), which word its sheets, notes and
// 方法说明. The files are Go text/template files.
//
// # The report tree's templates (doc_*.tmpl)
//
// report/doc builds the report once, as a tree that every output renders,
// and words single facts for the outputs that print them elsewhere (doc.Words:
// a target, what the remaining years need, a finding, in the Excel's cells
// and the command's listing), from the doc_*.tmpl files of Doc (folder doc/). --templates DIR replaces an embedded doc_*.tmpl by a file of
// the same name in DIR; any other doc_*.tmpl there may redefine single
// {{define}} blocks (one label, one formula). Each data value carries
//
//	.R          the evaluation (report/eval.Result)
//	.Nth        which year of the plan .R.Year is (2023 in a 2021–2025 plan: 3)
//	.Span       the plan's years (5)
//	.Remaining  the years after .R.Year up to the target year (1 in 2024 of a 2021–2025 plan)
//	.Next       .R.Year + 1
//	.Stage      the stage's label: 年度评估, 中期评估, 总结评估
//	.Parts      the parts' numerals (.Parts.Problems: 五) and the annexes' numbers (.Parts.Quality: 附表3)
//	.Sample     set when the report uses sample values
//
// Each non-blank line of a template's output is one paragraph (a label's
// lines are joined into one line); text between ** and ** is bold.
// Half-width parentheses, colons and semicolons in Chinese text are made
// full-width afterwards, in names too. Numbers go through functions, so
// they read the same everywhere:
//
//	num x         313.3 (nil → "—")        value x unit  313.3万人
//	pct share     0.871 → 87.1%            points x      5.93 → 5.9%
//	ratio x       0.87                     year y        2023年
//	date t        2026年11月25日           cn n          3 → 三
//	status s      a status's label (the renderer adds its marker and colour)
//	add a b, sub a b                       integers
//	hasPrefix s p, hasSuffix s p           strings.HasPrefix, strings.HasSuffix
//	join list sep                          strings.Join
//	val i x       x as indicator i prints every number: its decimals and unit (312.50万人)
//	dec i x       the same without the unit
//	years a b     2024—2025年, or 2025年 when a = b
//	sample on s   s marked as a sample value when on (renderers add *)
//	label name x, render name x   another template's output: one plain line, or as it is
//	neg x, deref p                −x; the bool *p (false for nil)
//
// The files:
//
//	doc_labels.tmpl            every short text: numbers of parts, sections, tables and figures; titles; column
//	                           headings; the words of cells (one {{define}} each)
//	doc_cover.tmpl             meta.title, cover.title, cover.subtitle, cover.lines, cover.date
//	doc_sample_note.tmpl       the one statement on sample data (the cover); .Indicators, .Tasks, .Projects
//	doc_sample_footnote.tmpl   under a table that marks sample values with *
//	doc_summary.tmpl           一（一）总体进展; .Tasks, .Projects, .Problems, .OnTrack and .Mixed (the judgment's shares)
//	doc_caption_distribution.tmpl, doc_caption_tasks.tmpl, doc_caption.tmpl   the captions (without the number)
//	doc_binding.tmpl           一（三）约束性指标; .Binding, .Off, .Missing (each .I and .Reason)
//	doc_category.tmpl          二、 a category's opening; doc_manual.tmpl, doc_comment.tmpl the analysts' words
//	doc_required.tmpl          所需进度, required.<kind>: .I, .Need, .Reached, .Points
//	doc_target.tmpl            规划目标 in words, target.<kind>: .I (年均增长6%, 不高于312.6万人)
//	doc_findings.tmpl          a data-quality finding's statement, finding.<code>: .F, .I, .Task
//	doc_tasks.tmpl, doc_task_chapters.tmpl, doc_tasks_behind.tmpl   重点任务实施情况
//	doc_projects.tmpl, doc_milestone.tmpl                          重大项目推进情况
//	doc_overall_top.tmpl       the top of 一、总体评价: a department report's line on the district, the final year's missing data
//	doc_movement.tmpl          较上年变化: the counts and the statuses that changed (由明显滞后转为滞后)
//	doc_halfway.tmpl           中期评估: 时间过半、任务过半 by its rule, with the status-by-year table
//	doc_achievements.tmpl      主要成效, by category, then key tasks and major projects
//	doc_followup.tmpl, doc_followup_comments.tmpl, doc_followup_comment.tmpl   上年问题整改情况 and 上年意见 (--previous)
//	doc_problems.tmpl, doc_problem.tmpl   存在的主要问题: the opening, then each theme's indicators and the tasks and projects by cause
//	doc_outlook.tmpl, doc_outlook_note.tmpl   后半程展望 (中期评估): what each off-track indicator needs per year
//	doc_suggestions.tmpl, doc_suggest_measure.tmpl, doc_suggest_cause.tmpl   下一步工作建议: 巩固 / 加力 / 调整, then by cause
//	doc_proposals.tmpl, doc_proposals_note.tmpl   规划调整建议 (a part in the mid-term, else an annex)
//	doc_departments.tmpl, doc_department.tmpl, doc_department_next.tmpl      部门责任清单
//	doc_quality.tmpl           数据质量报告
//	doc_method.tmpl, doc_method_kinds.tmpl   评估方法说明, with formula.<kind> for every kind of target
package templates

import (
	"embed"
	"fmt"
	"io/fs"
	"text/template"
)

// FS holds the Excel report's xlsx_*.tmpl files.
//
//go:embed xlsx_*.tmpl
var FS embed.FS

//go:embed doc/*.tmpl
var docFS embed.FS

//go:embed compare/*.tmpl
var compareFS embed.FS

// Compare holds the comparison report's cmp_*.tmpl files at its root
// (plancheck compare; report/doc's BuildComparison). Its data is a
// report/compare.Comparison (.C) and the report's date (.Date), and the
// functions are the report tree's (num, pct, ratio, year, status, …).
var Compare fs.FS = mustSub(compareFS, "compare")

// Explain holds explain_text.tmpl, the words of plancheck explain (the
// whole judgment of one indicator, task or project).
//
//go:embed explain_*.tmpl
var Explain embed.FS

// Doc holds the report tree's doc_*.tmpl files at its root (they live in
// the folder doc/, apart from FS's files, which report/xlsx parses with
// functions of its own).
var Doc fs.FS = mustSub(docFS, "doc")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // a build problem: dir is embedded above
	}
	return sub
}

// Parse adds to t the files of embedded that match pattern and then, when
// override is not nil and holds any, those of override (--templates DIR),
// which replace the embedded ones of the same name: a file, and each
// template it defines. A folder holding other outputs' templates only
// changes nothing. The errors say which set failed and name the file and
// line.
func Parse(t *template.Template, embedded, override fs.FS, pattern string) (*template.Template, error) {
	t, err := t.ParseFS(embedded, pattern)
	if err != nil {
		return nil, fmt.Errorf("embedded templates: %w", err)
	}
	if override == nil {
		return t, nil
	}
	names, err := fs.Glob(override, pattern)
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	if len(names) == 0 {
		return t, nil
	}
	if t, err = t.ParseFS(override, pattern); err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	return t, nil
}
