package main

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"

	"plancheck/report/chart"
	"plancheck/report/doc"
	"plancheck/report/docx"
	"plancheck/report/eval"
	"plancheck/report/html"
	"plancheck/report/pdf"
	"plancheck/report/xlsx"
)

// The stage benchmarks time each step of the default report (the
// embedded plan and sample, 2024) on its own, so that a regression shows
// where it is: read the inputs, evaluate, build the document tree, and
// each renderer. BenchmarkReport times the whole command. See
// docs/PERFORMANCE.md for the figures and scripts/perf.sh for the command
// at scale.

var benchDate = time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)

func benchInputs(b *testing.B) (*inputs, *eval.Result, *doc.Document) {
	b.Helper()
	f := evalFlags{year: 2024}
	in, res, err := f.evaluate()
	if err != nil {
		b.Fatal(err)
	}
	tree, err := doc.Build(res, doc.Options{Date: benchDate})
	if err != nil {
		b.Fatal(err)
	}
	return in, res, tree
}

func BenchmarkStages(b *testing.B) {
	in, res, tree := benchInputs(b)
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			f := inputFlags{}
			if _, err := f.load(false); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("evaluate", func(b *testing.B) {
		for b.Loop() {
			if _, err := eval.Evaluate(in.plan, in.data, 2024); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("doc", func(b *testing.B) {
		for b.Loop() {
			if _, err := doc.Build(res, doc.Options{Date: benchDate}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			if _, err := encodeJSON(res); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("pdf", func(b *testing.B) {
		for b.Loop() {
			err := pdf.Write(io.Discard, tree, pdf.Options{Date: benchDate,
				Draw: func(c pdf.Canvas, ch *eval.Chart, w, h float64) error { return chart.Draw(c, ch, w, h) }})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("docx", func(b *testing.B) {
		for b.Loop() {
			err := docx.Write(io.Discard, tree, docx.Options{Date: benchDate,
				Picture: func(ch *eval.Chart, w, h float64) ([]byte, error) { return chart.PNG(ch, w, h, pictureDPI) }})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("xlsx", func(b *testing.B) {
		for b.Loop() {
			if err := xlsx.Write(io.Discard, res, xlsx.Options{Date: benchDate}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("html", func(b *testing.B) {
		for b.Loop() {
			var page bytes.Buffer
			if err := html.Write(&page, tree, html.Options{Date: benchDate, SVG: chart.SVG, CSV: "x.csv"}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkReport is the whole report command of the default plan for
// 2024 with the formats named, the files written to a temporary folder.
func BenchmarkReport(b *testing.B) {
	for _, formats := range []string{"pdf,xlsx,json", defaultFormats, "pdf,docx,xlsx,json,html"} {
		b.Run(formats, func(b *testing.B) {
			out := b.TempDir()
			for b.Loop() {
				err := run(context.Background(), []string{"report", "--year", "2024", "--date", "2024-03-15", "--format", formats, "--out", out}, io.Discard, io.Discard)
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
