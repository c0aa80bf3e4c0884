// Package templates embeds the sentence templates of the PDF report, so that
// an analyst can change the wording without recompiling: copy a file, edit
// it and pass the directory to plancheck report --templates DIR (a file there
// replaces the embedded file of the same name; the others stay).
//
// The files are Go text/template files. Each is executed with its own data
// (below); every data value also carries
//
//	.R      the evaluation (report/eval.Result): .R.Plan.ShortName, .R.Year, .R.Summary …
//	.Nth    which year of the plan .R.Year is (2023 in a 2021–2025 plan: 3)
//	.Span   the plan's years (5)
//	.Parts  the numbers of the report's sections, which depend on what the plan has:
//	        .Parts.Overall, .Progress, .Tasks, .Projects, .Problems, .Suggestions
//	        (一, 二, …; "" for a section left out) and the appendix tables'
//	        .Parts.IndicatorTable, .Departments, .Quality, .Method (附表1, …)
//
// Each non-blank line of a template's output is one paragraph; text between
// ** and ** is printed in bold, and {{status .I.Status}} prints a status's
// marker and label in bold in its colour. Numbers go through these
// functions, so they read the same everywhere in the report:
//
//	num x         313.3 (nil → "—")        value x unit  313.3万人
//	pct share     0.871 → 87.1%            points x      5.93 → 5.9%
//	ratio x       0.87                     year y        2023年
//	date t        2026年11月25日           cn n          3 → 三
//	marker s      the status marker ▲ ● ■ … of an eval.Status
//	status s      its marker and label, bold, in the status colour
//	add a b, sub a b                       integers
//	hasPrefix s p, hasSuffix s p           strings.HasPrefix, strings.HasSuffix
//	join list sep                          strings.Join
//
// The files and their data:
//
//	title.tmpl                 the report title (cover, running header, metadata)
//	sample_note.tmpl           cover note when sample values are used; .Indicators, .Tasks, .Projects: those with samples
//	sample_footnote.tmpl       the note under a table that marks sample values with *
//	summary.tmpl               一、总体评价, the opening paragraphs; .Tasks (task counts, as tasks.tmpl), .Projects (as projects.tmpl)
//	caption_distribution.tmpl  the status-distribution chart's caption; .Number (图1-1)
//	binding.tmpl               the binding indicators; .G (eval.GroupSummary), .Off (binding indicators not on track), .Missing (no data)
//	category.tmpl              二、 the opening of each category; .N, .G (eval.GroupSummary), .Indicators, .Binding (count)
//	caption.tmpl               an indicator chart's caption; .Number (图2-1), .I (eval.IndicatorResult), .Latest (eval.YearResult with the latest value, or nil)
//	sample_tasks.tmpl          重点任务实施情况, the note on sample tasks; .Tasks (.Tasks.Sample, .Tasks.Total)
//	tasks.tmpl                 重点任务实施情况, the opening; .Tasks (Total, Key, Reported, Done, OnSchedule, Behind,
//	                           NotStarted, NoReport, Share, KeyBehind, OtherBehind, KeyNoReport, Sample)
//	task_chapters.tmpl         （一）分章节实施情况; .Chapters (each eval.TaskGroup with .No: 第三章), .AllGood, .Lagging,
//	                           .Missing (chapters), .Figure, .Table (图3-1, 表3-1)
//	caption_tasks.tmpl         the chart of tasks by chapter's caption; .Number (图3-1)
//	tasks_behind.tmpl          （二）进展滞后的任务, before the tables; .Tasks
//	sample_projects.tmpl       重大项目推进情况, the note on sample projects; .Projects (.Projects.Sample, .Projects.Total)
//	projects.tmpl              重大项目推进情况, the opening; .Projects (Total, OnTrack, Behind, NoData, Investment,
//	                           Planned, Completed, Share, Late, Sample)
//	projects_behind.tmpl       after the project table, before the projects behind; .Projects
//	project_behind.tmpl        one project behind; .N (1…), .Project (eval.ProjectResult)
//	problems.tmpl              存在的主要问题, the opening; .Problems, .Indicators, .Tasks, .Projects (how many of each)
//	problem.tmpl               one problem (an indicator, task or project with every rule that fired); .N (1…),
//	                           .P (eval.Problem: Rules, RuleLabels and the facts), .I (its eval.IndicatorResult,
//	                           or nil), .Task (its eval.TaskResult, or nil), .Project (its eval.ProjectResult, or nil)
//	required.tmpl              a phrase: what the remaining years need (2025年需增长…); {{template "required.tmpl" $}}
//	                           with .P (eval.Problem) and .R
//	projected.tmpl             a phrase: the projection to the target year; called as required.tmpl
//	suggestions.tmpl           下一步工作建议, the opening; .Problems
//	suggest_<rule>.tmpl        the suggestion for a problem whose most severe rule is <rule> (binding_off_track,
//	                           not_met, reversed, projected_unlikely, lagging_two_years, key_task_behind,
//	                           project_behind); data as problem.tmpl
//	suggest_default.tmpl       the suggestion for a rule without its own file
//	departments.tmpl           部门责任清单, the opening; .Departments (each .Name, .Indicators, .Tasks, .Projects,
//	                           .Assessable, .Good (of its indicators), .D (eval.DepartmentResult))
//	department.tmpl            部门责任清单, the row over one department's items; one of .Departments
//	department_next.tmpl       部门责任清单, the row under them: what it reports next year; .Year, .Next
//	                           (eval.NextReport), .Indicators, .Tasks, .Projects (ids), .Own (a department's own report)
//	quality.tmpl               数据质量报告, the opening; .Findings, .Errors, .Warnings
//	finding.tmpl               one data-quality finding's statement, from its facts; .F (eval.Finding)
//	method.tmpl                评估方法说明; .T (the thresholds used, model.Thresholds)
//
// # The report tree's templates (doc_*.tmpl)
//
// report/doc builds the report once, as a tree that every output renders,
// and words single facts for the outputs that print them elsewhere (doc.Words:
// a target, what the remaining years need, a finding, in the Excel's cells
// and the command's listing), from the doc_*.tmpl files of Doc (folder doc/; the files above are the
// older PDF code's, and go with it). --templates DIR replaces an embedded doc_*.tmpl by a file of
// the same name in DIR; any other doc_*.tmpl there may redefine single
// {{define}} blocks (one label, one formula). Each data value carries
//
//	.R          the evaluation (report/eval.Result)
//	.Nth .Span  as above
//	.Remaining  the years after .R.Year up to the target year (1 in 2024 of a 2021–2025 plan)
//	.Next       .R.Year + 1
//	.Stage      the stage's label: 年度评估, 中期评估, 总结评估
//	.Parts      the parts' numerals (.Parts.Problems: 五) and the annexes' numbers (.Parts.Quality: 附表3)
//	.Sample     set when the report uses sample values
//
// Each non-blank line of a template's output is one paragraph (a label's
// lines are joined into one line); **bold** as above. Half-width
// parentheses, colons and semicolons in Chinese text are made full-width
// afterwards, in names too. The functions are those above (status prints
// the label, the renderer adds the marker), and
//
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
//	doc_problems.tmpl, doc_problem.tmpl   存在的主要问题: the opening, and one problem per subject (.P with every rule)
//	doc_suggestions.tmpl, doc_suggest_<rule>.tmpl, doc_suggest_default.tmpl   下一步工作建议, by the most severe rule
//	doc_departments.tmpl, doc_department.tmpl, doc_department_next.tmpl      部门责任清单
//	doc_quality.tmpl           数据质量报告
//	doc_method.tmpl, doc_method_kinds.tmpl   评估方法说明, with formula.<kind> for every kind of target
package templates

import (
	"embed"
	"io/fs"
)

// FS holds the embedded *.tmpl files of the older PDF code.
//
//go:embed *.tmpl
var FS embed.FS

//go:embed doc/*.tmpl
var docFS embed.FS

// Doc holds the report tree's doc_*.tmpl files at its root (they live in
// the folder doc/, apart from FS's files, which the older PDF code parses
// with functions these do not have).
var Doc fs.FS = mustSub(docFS, "doc")

func mustSub(f fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(f, dir)
	if err != nil {
		panic(err) // a build problem: dir is embedded above
	}
	return sub
}
