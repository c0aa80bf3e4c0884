// Package xlsx writes workbooks: the Excel report analysts edit (Write), the
// blank monitoring workbook departments fill in (WriteTemplate), and
// monitoring workbooks from a dataset (WriteInput). excelize writing lives
// here only.
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
