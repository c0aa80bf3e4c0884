package xlsx

import (
	"bytes"
	"testing"

	"plancheck/data"
	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/plan"
	"plancheck/report/sheet"
)

// fixture is the embedded Haidian plan and sample workbook, evaluated in
// 2023 (the midterm).
type fixture struct {
	p   *model.Plan
	ds  *model.Dataset
	res *eval.Result
}

func loadFixture(tb testing.TB, year int) *fixture {
	tb.Helper()
	pf, err := data.FS.Open(data.PlanFile)
	if err != nil {
		tb.Fatal(err)
	}
	defer pf.Close()
	p, err := plan.Parse(pf, data.PlanFile)
	if err != nil {
		tb.Fatal(err)
	}
	wb, err := data.FS.Open(data.SampleWorkbook)
	if err != nil {
		tb.Fatal(err)
	}
	defer wb.Close()
	ds, err := sheet.Read(wb, data.SampleWorkbook, p)
	if err != nil {
		tb.Fatal(err)
	}
	fx := &fixture{p: p, ds: ds}
	if fx.res, err = evaluate(fx, year); err != nil {
		tb.Fatal(err)
	}
	return fx
}

func evaluate(fx *fixture, year int) (*eval.Result, error) {
	return eval.Evaluate(fx.p, fx.ds, year)
}

func (fx *fixture) write(tb testing.TB, opts Options) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, fx.res, opts); err != nil {
		tb.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}
