// Package sample reads the embedded Haidian plan and its sample workbook
// as cmd/plancheck reads them when no --plan or --data is given (the same
// names in the messages), once per process, for the tests of the packages
// that evaluate or render the default report.
package sample

import (
	"bytes"
	"sync"

	"plancheck/data"
	"plancheck/report/model"
	"plancheck/report/plan"
	"plancheck/report/sheet"
)

var (
	once sync.Once
	p    *model.Plan
	ds   *model.Dataset
	err  error
)

// Inputs are the embedded plan and the data of its sample workbook. They
// are shared by every caller: evaluate them, never change them.
func Inputs() (*model.Plan, *model.Dataset, error) {
	once.Do(func() {
		var b []byte
		if b, err = data.FS.ReadFile(data.PlanFile); err != nil {
			return
		}
		if p, err = plan.Parse(bytes.NewReader(b), "(embedded) "+data.PlanFile); err != nil {
			return
		}
		if b, err = data.FS.ReadFile(data.SampleWorkbook); err != nil {
			return
		}
		ds, err = sheet.ReadFile(bytes.NewReader(b), "(embedded) "+data.SampleWorkbook, p)
	})
	return p, ds, err
}
