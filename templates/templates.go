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
package templates

import "embed"

// FS holds the embedded *.tmpl files.
//
//go:embed *.tmpl
var FS embed.FS
