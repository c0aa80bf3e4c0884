// Package templates embeds the sentence templates of the PDF report, so that
// an analyst can change the wording without recompiling: copy a file, edit
// it and pass the directory to plancheck report --templates DIR (a file there
// replaces the embedded file of the same name; the others stay).
//
// The files are Go text/template files. Each is executed with its own data
// (below); every data value also carries
//
//	.R     the evaluation (report/eval.Result): .R.Plan.ShortName, .R.Year, .R.Summary …
//	.Nth   which year of the plan .R.Year is (2023 in a 2021–2025 plan: 3)
//	.Span  the plan's years (5)
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
//
// The files and their data:
//
//	title.tmpl                 the report title (cover, running header, metadata)
//	sample_note.tmpl           cover note when sample values are used; .Indicators: those with samples
//	sample_footnote.tmpl       the note under a table that marks sample values with *
//	summary.tmpl               一、总体评价, the opening paragraphs
//	caption_distribution.tmpl  the status-distribution chart's caption; .Number (图1-1)
//	binding.tmpl               the binding indicators; .G (eval.GroupSummary), .Off (binding indicators not on track), .Missing (no data)
//	category.tmpl              二、 the opening of each category; .N, .G (eval.GroupSummary), .Indicators, .Binding (count)
//	caption.tmpl               an indicator chart's caption; .Number (图2-1), .I (eval.IndicatorResult), .Latest (eval.YearResult with the latest value, or nil)
//	problems.tmpl              三、 the opening; .Problems
//	problem.tmpl               one problem; .N (1…), .P (eval.Problem), .I (its eval.IndicatorResult, or nil)
//	suggestions.tmpl           四、 the opening; .Problems
//	suggest_<rule>.tmpl        the suggestion for a problem found by rule <rule> (binding_off_track,
//	                           reversed, lagging_two_years, projected_unlikely); data as problem.tmpl
//	suggest_default.tmpl       the suggestion for a rule without its own file
//	departments.tmpl           附表2, the opening; .Departments (each .Name, .Indicators, .Assessable, .Good)
//	department.tmpl            附表2, the row over one department's indicators; .Name, .Indicators, .Assessable, .Good
//	quality.tmpl               附表3, the opening; .Findings, .Errors, .Warnings
//	method.tmpl                附表4 评估方法说明; .T (the thresholds used, model.Thresholds)
package templates

import "embed"

// FS holds the embedded *.tmpl files.
//
//go:embed *.tmpl
var FS embed.FS
