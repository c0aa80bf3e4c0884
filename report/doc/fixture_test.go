package doc

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"plancheck/report/eval"
	"plancheck/report/internal/sample"
	"plancheck/report/model"
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
		p, ds, err := sample.Inputs()
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

// finalResult evaluates the fixture in its target year with the
// indicators of noData left without their value of that year (数据待补).
func (fx *fixture) finalResult(tb testing.TB, noData []string) *eval.Result {
	tb.Helper()
	ds := *fx.ds
	T := fx.p.TargetYear
	ds.Values = nil
	for _, o := range fx.ds.Values {
		if o.Year == T && contains(noData, o.ID) {
			continue
		}
		ds.Values = append(ds.Values, o)
	}
	res, err := eval.Evaluate(fx.p, &ds, T)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

// followResult evaluates the fixture in year y with the report of y−1
// as --previous gives it: its problems (with an indicator's status then)
// and the comment given for one indicator.
func (fx *fixture) followResult(tb testing.TB, y int, commentOn, comment string) *eval.Result {
	tb.Helper()
	prev := fx.result(tb, y-1)
	ds := *fx.ds
	ds.Previous = &model.Previous{Year: y - 1, File: "last.json"}
	for _, p := range prev.Problems {
		ds.Previous.Problems = append(ds.Previous.Problems, model.PreviousProblem{
			Indicator: p.Indicator, Task: p.Task, Project: p.Project, Name: p.Name, Rules: p.Rules, Status: p.Status,
		})
	}
	if commentOn != "" {
		ds.Previous.Comments = append(ds.Previous.Comments, model.PreviousComment{ID: commentOn, Comment: comment})
	}
	res, err := eval.Evaluate(fx.p, &ds, y)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}
