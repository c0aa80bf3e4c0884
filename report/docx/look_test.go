package docx

import (
	"bytes"
	"os"
	"testing"
)

// TestWriteLook writes the 2024 report to $PLANCHECK_DOCX_OUT for a look.
func TestWriteLook(t *testing.T) {
	out := os.Getenv("PLANCHECK_DOCX_OUT")
	if out == "" {
		t.Skip("PLANCHECK_DOCX_OUT not set")
	}
	var b bytes.Buffer
	fp := &fakePicture{}
	if err := Write(&b, tree(t, 2024), Options{Date: reportDate, Picture: fp.picture}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
