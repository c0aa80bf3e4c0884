package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// sortedZip deflates the parts itself, on every core, and writes them
// raw: the archive must be the one archive/zip writes when it deflates
// them, entry for entry and byte for byte.
func TestSortedZipIsArchiveZips(t *testing.T) {
	parts := []struct{ name, data string }{
		{"xl/worksheets/sheet2.xml", strings.Repeat("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", 3000)},
		{"[Content_Types].xml", `<?xml version="1.0"?><Types/>`},
		{"xl/empty.xml", ""},
		{"xl/图表/说明.xml", "a name archive/zip flags as UTF-8"}, // left to archive/zip
		{"docProps/core.xml", strings.Repeat("评估", 5000)},
		{"xl/sharedStrings.xml", varied(200000)},
	}
	var got bytes.Buffer
	z := newSortedZip(&got)
	for _, p := range parts {
		w, err := z.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		// in two writes, as excelize copies a streamed sheet
		half := len(p.data) / 2
		if _, err := w.Write([]byte(p.data[:half])); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.data[half:])); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}

	var want bytes.Buffer
	zw := zip.NewWriter(&want)
	for _, name := range []string{"[Content_Types].xml", "docProps/core.xml", "xl/empty.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet2.xml", "xl/图表/说明.xml"} {
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range parts {
			if p.name == name {
				f.Write([]byte(p.data))
			}
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("the archive differs from archive/zip's (%d and %d bytes)", got.Len(), want.Len())
	}
	r, err := zip.NewReader(bytes.NewReader(got.Bytes()), int64(got.Len()))
	if err != nil || len(r.File) != len(parts) {
		t.Fatalf("reading it back: %v, %d entries", err, len(r.File))
	}
}

// A part written to after the next one began would be cut short in the
// archive; it is an error instead.
func TestSortedZipLateWrite(t *testing.T) {
	z := newSortedZip(new(bytes.Buffer))
	a, _ := z.Create("a.xml")
	if _, err := z.Create("b.xml"); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Write([]byte("late")); err == nil || !strings.Contains(err.Error(), "a.xml") {
		t.Errorf("a late write: %v", err)
	}
	if _, err := z.Create("b.xml"); err == nil {
		t.Error("a part created twice")
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
}

// varied is n bytes of XML-like text with numbers that do not repeat,
// which deflate's levels encode differently.
func varied(n int) string {
	var b strings.Builder
	x := uint32(1)
	for b.Len() < n {
		x = x*1664525 + 1013904223
		fmt.Fprintf(&b, "<si><t>%d 指标%d</t></si>", x>>16, x%97)
	}
	return b.String()
}
