// Package html writes the evaluation report as one self-contained web
// page from the document tree: inline CSS, charts as inline SVG with
// their data tables, no script and no outside reference, accessible to
// WCAG 2.1 AA and printable on A4.
//
// It walks a *doc.Document and decides nothing: every text, number and
// judgment is the tree's.
package html

import (
	"errors"
	"io"
	"time"

	"plancheck/report/doc"
	"plancheck/report/eval"
)

// Options are the page's settings.
type Options struct {
	// Date is the page's date (meta). It is required.
	Date time.Time
	// SVG draws a figure's chart as an SVG element of w×h points
	// (report/chart's SVG); nil leaves the figures' pictures out (their
	// captions and data tables stay).
	SVG func(ch *eval.Chart, w, h float64) ([]byte, error)
	// CSV is the file name of the indicator table written beside the page
	// (<id>_<year>.csv), linked from it; "" for no link.
	CSV string
}

// Write writes d as one HTML page to w.
//
// TODO(issue 13): implement.
func Write(w io.Writer, d *doc.Document, opts Options) error {
	return errors.New("html: not written yet")
}
