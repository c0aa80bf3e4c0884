package doc

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"plancheck/data"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/plan"
	"plancheck/report/sheet"
)

// reportDate is the date of the reports the tests build.
var reportDate = time.Date(2026, 12, 1, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

// fixture is the embedded Haidian plan and sample workbook, read the way
// cmd/plancheck reads them when no --plan or --data is given (the same
// "(embedded) " names), so that the tree shows what the default report
// shows.
type fixture struct {
	p  *model.Plan
	ds *model.Dataset
}

var (
	fixtureOnce sync.Once
	fixtureVal  *fixture
	fixtureErr  error
)

func loadFixture(tb testing.TB) *fixture {
	tb.Helper()
	fixtureOnce.Do(func() {
		b, err := data.FS.ReadFile(data.PlanFile)
		if err != nil {
			fixtureErr = err
			return
		}
		p, err := plan.Parse(bytes.NewReader(b), "(embedded) "+data.PlanFile)
		if err != nil {
			fixtureErr = err
			return
		}
		wb, err := data.FS.ReadFile(data.SampleWorkbook)
		if err != nil {
			fixtureErr = err
			return
		}
		ds, err := sheet.ReadFile(bytes.NewReader(wb), "(embedded) "+data.SampleWorkbook, p)
		if err != nil {
			fixtureErr = err
			return
		}
		fixtureVal = &fixture{p: p, ds: ds}
	})
	if fixtureErr != nil {
		tb.Fatal(fixtureErr)
	}
	return fixtureVal
}

// result evaluates the fixture in year y.
func (fx *fixture) result(tb testing.TB, y int) *eval.Result {
	tb.Helper()
	res, err := eval.Evaluate(fx.p, fx.ds, y)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// build builds the report of res with the embedded templates.
func build(tb testing.TB, res *eval.Result) *Document {
	tb.Helper()
	d, err := Build(res, Options{Date: reportDate})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func dump(tb testing.TB, d *Document) string {
	tb.Helper()
	var b bytes.Buffer
	if err := Dump(&b, d); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}
