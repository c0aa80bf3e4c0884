package pdf

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"plancheck/report/chart"
	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/internal/sample"
)

// The default reports: the embedded Haidian plan and sample workbook,
// evaluated and built as cmd/plancheck does, drawn with report/chart.
// (The test imports plan, sheet and chart to get there; the package does
// not.)

var defaultOut = flag.String("default", "", "also write the default 2023 and 2024 reports to this directory, to look at")

var (
	defaultOnce sync.Once
	defaultDocs map[int]*doc.Document
	defaultErr  error
)

// defaultDoc is the default report of year y as a tree.
func defaultDoc(t testing.TB, y int) *doc.Document {
	t.Helper()
	defaultOnce.Do(func() {
		defaultDocs = map[int]*doc.Document{}
		p, ds, err := sample.Inputs()
		if err != nil {
			defaultErr = err
			return
		}
		for _, year := range []int{2023, 2024} {
			res, err := eval.Evaluate(p, ds, year)
			if err != nil {
				defaultErr = err
				return
			}
			d, err := doc.Build(res, doc.Options{Date: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				defaultErr = err
				return
			}
			defaultDocs[year] = d
		}
	})
	if defaultErr != nil {
		t.Fatal(defaultErr)
	}
	return defaultDocs[y]
}

func chartOptions() Options {
	return Options{Date: reportDate, Draw: func(c Canvas, ch *eval.Chart, w, h float64) error { return chart.Draw(c, ch, w, h) }}
}

// TestDefaultReports lays out the default 2023 and 2024 reports and checks
// the layout's rules on them, and that pdftotext finds every text of the
// tree.
func TestDefaultReports(t *testing.T) {
	for _, y := range []int{2023, 2024} {
		t.Run(fmt.Sprint(y), func(t *testing.T) {
			d := defaultDoc(t, y)
			r, err := typesetNew(d, chartOptions())
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := r.output(&b); err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("default %d", y)
			checkRows(t, name, &r.pages)
			checkFill(t, name, &r.pages)
			for _, c := range r.pages.terms {
				for i := 1; i < len(c.lines); i++ {
					if !termBreak(c.lines[i-1], c.lines[i]) {
						t.Errorf("%s: %s row %d: %q broken inside a term: %q", name, c.table, c.row, c.text, c.lines)
					}
				}
			}
			for _, c := range r.pages.captions {
				if n := len(c.lines); n > 1 && len([]rune(c.lines[n-1])) < minCaptionTail {
					t.Errorf("%s: %s: caption ends in %q", name, c.number, c.lines[n-1])
				}
			}
			if *defaultOut != "" {
				if err := os.WriteFile(filepath.Join(*defaultOut, fmt.Sprintf("default-%d.pdf", y)), b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			path := writeTemp(t, b.Bytes())
			run(t, "qpdf", "--check", path)
			checkTexts(t, name, path, d)
			checkCells(t, name, path, &r.pages, d)
		})
	}
}

// TestOneBar: a bar chart of one bar still gets the box a chart needs
// (the department's report of a single category).
func TestOneBar(t *testing.T) {
	ch := &eval.Chart{Kind: eval.ChartBars, Bars: []eval.BarGroup{{Label: "共享发展", Segments: []eval.BarSegment{{Key: "met", Label: "达到要求", N: 1}}}}}
	d := &doc.Document{Parts: []*doc.Section{{Number: "一、", Title: "总体评价", Level: 1, Blocks: []doc.Block{
		&doc.Figure{Number: "图1-1", Caption: "主要指标评估状态分类别分布", Chart: ch}}}}}
	var b bytes.Buffer
	if err := Write(&b, d, chartOptions()); err != nil {
		t.Fatal(err)
	}
}
