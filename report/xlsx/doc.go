// Package xlsx writes workbooks: the Excel report analysts edit (Write), the
// blank monitoring workbook departments fill in (WriteTemplate), and
// monitoring workbooks from a dataset (WriteInput). excelize writing lives
// here only.
//
// Write renders an evaluation and nothing else: it takes the eval.Result,
// never the plan or the dataset, and prints the Result's statuses, counts,
// problems, charts (IndicatorResult.Chart) and decimals as they are; what
// the input sheets re-emit comes from Result.Inputs, the data as the
// evaluation read them. It recounts and re-judges nothing: every count it
// prints is one of the Result's (Summary, its groups, tasks and projects,
// DepartmentResult).
//
// Every sentence in the workbooks is a template, templates/xlsx_*.tmpl
// (package templates), which Options.Templates can replace file by file:
// the titles, the sheets' and headers' notes, 方法说明, 填报说明 and the
// messages of the value checks. What the report itself says of a fact —
// a target, what the remaining years need, a data-quality finding — is
// worded by the report's templates (report/doc's Words, templates/doc),
// so that each sentence has one template. The templates call the methods of their
// data ({{$.Pct .R.Elapsed}}) rather than functions, since every output
// parses the one templates folder. Headers, sheet names and status labels
// are the format's words (report/model's vocabularies), not sentences, and
// stay in Go.
//
// Every workbook it writes reads back through report/sheet: the input
// sheets (指标数据, 市级要求, 参照数据) are the long form docs/FORMAT.md
// describes, written by one code path for all three writers, and the
// report's 指标评估 carries the analyst's 状态调整, 调整理由 and 分析意见
// columns that report/sheet reads as adjustments. So the report is itself
// an input: corrected and annotated, it goes back into plancheck.
//
// Every workbook it writes is deterministic: the document properties carry
// the date the caller passes in, never the clock, and nothing is left to
// map order, so the same input gives the same bytes.
package xlsx
