package html

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"plancheck/report/chart"
	"plancheck/report/compare"
	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/internal/sample"
	"plancheck/report/model"
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
	trees   = map[treeKey]*doc.Document{}
)

type treeKey struct {
	year    int
	edition model.Edition
}

func tree(tb testing.TB, year int) *doc.Document { return editionTree(tb, year, model.Internal) }

// editionTree is the tree of the year's report in an edition.
func editionTree(tb testing.TB, year int, ed model.Edition) *doc.Document {
	tb.Helper()
	treesMu.Lock()
	defer treesMu.Unlock()
	if d, ok := trees[treeKey{year, ed}]; ok {
		return d
	}
	p, ds, err := sample.Inputs()
	if err != nil {
		tb.Fatal(err)
	}
	res, err := eval.Evaluate(p, ds, year)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := doc.Build(eval.ForEdition(res, ed), doc.Options{Date: reportDate})
	if err != nil {
		tb.Fatal(err)
	}
	trees[treeKey{year, ed}] = d
	return d
}

// testCSV is the name of the CSV the test pages link to.
const testCSV = "haidian_2024.csv"

// render writes the year's page with the real SVG charts.
func render(tb testing.TB, year int) []byte { return renderEdition(tb, year, model.Internal) }

// renderEdition writes the page of the year's report in an edition.
func renderEdition(tb testing.TB, year int, ed model.Edition) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := Write(&b, editionTree(tb, year, ed), Options{Date: reportDate, SVG: chart.SVG, CSV: testCSV}); err != nil {
		tb.Fatalf("%d: %v", year, err)
	}
	return b.Bytes()
}

// compareTree is the comparison report of the three test plans of
// testdata/compare (plancheck compare's), for the web page's checks.
func compareTree(tb testing.TB) *doc.Document {
	tb.Helper()
	b := compare.New(2024)
	for _, id := range []string{"chaoyang", "fengtai", "yanqing"} {
		dir := filepath.Join("..", "..", "testdata", "compare", id)
		src, err := os.ReadFile(filepath.Join(dir, "plan.yaml"))
		if err != nil {
			tb.Fatal(err)
		}
		p, err := plan.Parse(bytes.NewReader(src), "plan.yaml")
		if err != nil {
			tb.Fatal(err)
		}
		csv, err := os.ReadFile(filepath.Join(dir, "指标数据.csv"))
		if err != nil {
			tb.Fatal(err)
		}
		ds, err := sheet.ReadFile(bytes.NewReader(csv), "指标数据.csv", p)
		if err != nil {
			tb.Fatal(err)
		}
		res, err := eval.Evaluate(p, ds, 2024) // yanqing has no 2024 values: its indicators are 数据待补
		if err != nil {
			tb.Fatal(err)
		}
		if err := b.AddResult(res, id); err != nil {
			tb.Fatal(err)
		}
	}
	c, err := b.Comparison()
	if err != nil {
		tb.Fatal(err)
	}
	d, err := doc.BuildComparison(c, doc.CompareOptions{Date: reportDate})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}
