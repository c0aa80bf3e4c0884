package main

import (
	"io"
	"time"

	"plancheck/report/docx"
)

// TEMPORARY (issue 12): delete this file when report/docx's writer is
// merged. While report/docx is main's stub (Write fails with "docx: not
// written yet"), the tests' default --format leaves docx out, so that the
// tests that do not need the Word report stay green; the tests that do
// (TestDOCX*, which ask for docx by name or expect it in the default set)
// fail, saying so. Once the writer is real, this does nothing.
var docxStub = func() bool {
	err := docx.Write(io.Discard, nil, docx.Options{Date: time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)})
	return err != nil && err.Error() == "docx: not written yet"
}()

func init() {
	if docxStub {
		defaultFormats = "pdf,xlsx,json"
	}
}
