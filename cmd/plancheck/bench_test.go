package main

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"plancheck/data"
	"plancheck/scripts/genplans/gen"

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
			err := pdf.Write(io.Discard, tree, pdfOptions(benchDate))
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

// BenchmarkFloor measures what the default report's work must cost at
// least, whatever the code: one pass over the input (the plan's YAML
// parsed into a tree once, every part of the workbook unzipped and its
// XML tokenized once), the evaluation, deflating the PDF's content once
// (its streams, inflated beforehand, deflated at the level fpdf uses with
// one compressor), zipping the workbook's XML (its parts, unzipped
// beforehand, zipped as excelize does), and writing the files. With the
// process's start (timed outside, `plancheck help`), the sum is the floor
// docs/PERFORMANCE.md compares the report with.
func BenchmarkFloor(b *testing.B) {
	planText, err := data.FS.ReadFile(data.PlanFile)
	if err != nil {
		b.Fatal(err)
	}
	book, err := data.FS.ReadFile(data.SampleWorkbook)
	if err != nil {
		b.Fatal(err)
	}
	in, res, tree := benchInputs(b)
	var report, workbook bytes.Buffer
	if err := pdf.Write(&report, tree, pdfOptions(benchDate)); err != nil {
		b.Fatal(err)
	}
	if err := xlsx.Write(&workbook, res, xlsx.Options{Date: benchDate}); err != nil {
		b.Fatal(err)
	}
	js, err := encodeJSON(res)
	if err != nil {
		b.Fatal(err)
	}
	streams := pdfStreams(b, report.Bytes())
	parts := zipParts(b, workbook.Bytes())

	b.Run("input", func(b *testing.B) {
		for b.Loop() {
			var n yaml.Node
			if err := yaml.Unmarshal(planText, &n); err != nil {
				b.Fatal(err)
			}
			zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
			if err != nil {
				b.Fatal(err)
			}
			for _, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					b.Fatal(err)
				}
				d := xml.NewDecoder(rc)
				for {
					if _, err := d.RawToken(); err != nil {
						break
					}
				}
				rc.Close()
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
	b.Run("pdf-deflate", func(b *testing.B) {
		zw, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
		for b.Loop() {
			for _, s := range streams {
				zw.Reset(io.Discard)
				zw.Write(s)
				zw.Close()
			}
		}
	})
	b.Run("xlsx-zip", func(b *testing.B) {
		for b.Loop() {
			zw := zip.NewWriter(io.Discard)
			for _, p := range parts {
				w, err := zw.Create(p.name)
				if err != nil {
					b.Fatal(err)
				}
				w.Write(p.data)
			}
			if err := zw.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("write", func(b *testing.B) {
		dir := b.TempDir()
		for b.Loop() {
			for i, d := range [][]byte{report.Bytes(), workbook.Bytes(), js} {
				if err := os.WriteFile(filepath.Join(dir, strconv.Itoa(i)), d, 0o644); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// pdfStreams returns the content of every FlateDecode stream of a PDF
// fpdf wrote, inflated: each is the /Length bytes after "stream\n".
func pdfStreams(b *testing.B, p []byte) [][]byte {
	var out [][]byte
	for {
		i := bytes.Index(p, []byte("stream\n"))
		if i < 0 {
			return out
		}
		dict := p[:i]
		p = p[i+len("stream\n"):]
		k := bytes.LastIndex(dict, []byte("/Length "))
		if k < 0 {
			continue
		}
		num := dict[k+len("/Length "):]
		num = num[:bytes.IndexFunc(num, func(r rune) bool { return r < '0' || r > '9' })]
		n, err := strconv.Atoi(string(num))
		if err != nil || n > len(p) {
			b.Fatalf("a stream of length %q", dict[k:])
		}
		if zr, err := zlib.NewReader(bytes.NewReader(p[:n])); err == nil {
			if d, err := io.ReadAll(zr); err == nil {
				out = append(out, d)
			}
		}
		p = p[n:]
	}
}

type zipPart struct {
	name string
	data []byte
}

// zipParts returns the parts of a zip file, inflated.
func zipParts(b *testing.B, z []byte) []zipPart {
	zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
	if err != nil {
		b.Fatal(err)
	}
	var out []zipPart
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			b.Fatal(err)
		}
		d, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, zipPart{f.Name, d})
	}
	return out
}

// BenchmarkScale is the report command (the default formats) of a plan of
// 26, 260 and 2,600 indicators: the Haidian table repeated (package gen).
// The time must grow linearly with the indicators (docs/PERFORMANCE.md).
func BenchmarkScale(b *testing.B) {
	for _, n := range []int{26, 260, 2600} {
		b.Run("indicators-"+strconv.Itoa(n), func(b *testing.B) {
			dir := b.TempDir()
			if err := gen.Indicators(filepath.Join(dir, "plan"), n); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				err := run(context.Background(), []string{"report", "--year", "2024", "--date", "2024-03-15", "--plan", filepath.Join(dir, "plan"), "--out", filepath.Join(dir, "out")}, io.Discard, io.Discard)
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
