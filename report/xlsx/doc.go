// Package xlsx writes workbooks: the Excel report analysts edit, the
// monitoring templates and sample workbooks. excelize writing lives here
// only.
//
// Every workbook it writes is deterministic: the document properties carry
// the date the caller passes in, never the clock, so the same input gives the
// same bytes.
package xlsx
