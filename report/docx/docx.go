// Package docx writes the evaluation report as a Word document
// (WordprocessingML, .docx) in 公文 format (GB/T 9704-2012) from the same
// document tree as the PDF, for the drafting office to revise in Word or
// WPS: outline-level heading styles, a table of contents field, real
// tables, charts as pictures, captions with sequence fields, the sample
// mark as a footnote, and styles that carry the formatting.
//
// It walks a *doc.Document and decides nothing: every text, number and
// judgment is the tree's.
package docx

import (
	"errors"
	"io"
	"time"

	"plancheck/report/doc"
	"plancheck/report/eval"
)

// Options are the document's settings.
type Options struct {
	// Date is written as the document's creation and modification dates
	// (the cover prints doc.Cover.Date) and as every zip entry's time. It
	// is required: a zero Date is an error, so that the output never
	// depends on the clock.
	Date time.Time

	// Picture renders a figure's chart as a PNG image of w×h points
	// (report/chart's PNG, at 200 dpi or more). nil leaves the figures
	// out, captions and all.
	Picture func(ch *eval.Chart, w, h float64) ([]byte, error)
}

// Write writes d as a .docx to w. It fails on a nil d, a zero
// Options.Date or a picture's error.
//
// TODO(issue 12): implement.
func Write(w io.Writer, d *doc.Document, opts Options) error {
	return errors.New("docx: not written yet")
}
