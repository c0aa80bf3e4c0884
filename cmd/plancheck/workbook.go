package main

import (
	"bytes"

	"plancheck/report/model"
	"plancheck/report/sheet"
)

// readWorkbook reads one monitoring workbook (or plancheck's own Excel
// report) named name in messages. Every workbook cmd reads goes through
// here, so that which reader handles which format is decided in one place.
func readWorkbook(data []byte, name string, p *model.Plan) (*model.Dataset, error) {
	return sheet.Read(bytes.NewReader(data), name, p)
}
