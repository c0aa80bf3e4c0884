package html

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"plancheck/data"
	"plancheck/report/chart"
	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/plan"
	"plancheck/report/sheet"
)

// reportDate is the date of the reports the tests write.
var reportDate = time.Date(2026, 3, 1, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

// The embedded Haidian plan and sample workbook, read as cmd/plancheck
// reads them when no --plan or --data is given, and the trees of its
// yearly reports built from their real evaluations.
var (
	treesMu sync.Mutex
	trees   = map[int]*doc.Document{}
)

func tree(tb testing.TB, year int) *doc.Document {
	tb.Helper()
	treesMu.Lock()
	defer treesMu.Unlock()
	if d, ok := trees[year]; ok {
		return d
	}
	b, err := data.FS.ReadFile(data.PlanFile)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := plan.Parse(bytes.NewReader(b), "(embedded) "+data.PlanFile)
	if err != nil {
		tb.Fatal(err)
	}
	wb, err := data.FS.ReadFile(data.SampleWorkbook)
	if err != nil {
		tb.Fatal(err)
	}
	ds, err := sheet.ReadFile(bytes.NewReader(wb), "(embedded) "+data.SampleWorkbook, p)
	if err != nil {
		tb.Fatal(err)
	}
	res, err := eval.Evaluate(p, ds, year)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := doc.Build(res, doc.Options{Date: reportDate})
	if err != nil {
		tb.Fatal(err)
	}
	trees[year] = d
	return d
}

// testCSV is the name of the CSV the test pages link to.
const testCSV = "haidian_2024.csv"

// render writes the year's page with the real SVG charts.
func render(tb testing.TB, year int) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := Write(&b, tree(tb, year), Options{Date: reportDate, SVG: chart.SVG, CSV: testCSV}); err != nil {
		tb.Fatalf("%d: %v", year, err)
	}
	return b.Bytes()
}
