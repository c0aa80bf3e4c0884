package main

import (
	"bytes"

	"plancheck/report/model"
	"plancheck/report/msg"
	"plancheck/report/sheet"
)

// readWorkbook reads one monitoring workbook (or plancheck's own Excel
// report, or a sheet saved as CSV) named name in messages; .xls and the
// other formats it cannot read are refused with how to convert them. Every workbook cmd reads goes through
// here, so that which reader handles which format is decided in one place.
//
// typed is the path as the user gave it: a refusal names the file that way,
// so that the conversion command it ends with runs where they typed it
// (name, short and independent of path spelling, is for the outputs).
func readWorkbook(data []byte, name, typed string, p *model.Plan) (*model.Dataset, error) {
	if why := sheet.Refusal(data, typed); typed != "" && why != "" {
		return nil, msg.Errorf("cmd.pathMsg", typed, why)
	}
	return sheet.ReadFile(bytes.NewReader(data), name, p)
}
