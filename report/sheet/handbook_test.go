package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"plancheck/report/model"
)

// Workbooks written by hand, part by part, for what excelize cannot write:
// two entries of one name, rows out of order, a shared-string index out of
// range, overlapping merges, formulas without saved values.

// zpart is one entry of a hand-written zip.
type zpart struct {
	name string
	body string
}

// handZip writes the parts, compressed, in order.
func handZip(t testing.TB, parts ...zpart) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	nsMain = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`
	nsRel  = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
)

// handStyles is the styles.xml of the hand-written workbooks. The cell
// styles (s="…") are:
//
//	0 General   1 14 (yyyy/m/d)   2 yyyy-mm-dd   3 yyyy   4 yyyy"年"
//	5 #,##0.0,  6 10 (0.00%)      7 [$-804]yyyy"年"m"月"d"日"   8 h:mm
const handStyles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ` + nsMain + `>` +
	`<numFmts count="6"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="yyyy"/>` +
	`<numFmt numFmtId="166" formatCode="yyyy&quot;年&quot;"/><numFmt numFmtId="167" formatCode="#,##0.0,"/>` +
	`<numFmt numFmtId="168" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="169" formatCode="h:mm"/></numFmts>` +
	`<cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>` +
	`<xf numFmtId="167"/><xf numFmtId="10"/><xf numFmtId="168"/><xf numFmtId="169"/></cellXfs></styleSheet>`

// handSheets are the sheets of a hand-written workbook: a name and the
// worksheet XML inside <worksheet>, such as "<sheetData>…</sheetData>".
type handSheet struct{ name, xml string }

// handBook writes a workbook of the sheets, with handStyles, the shared
// strings given (none when nil) and extra parts (which replace a part of
// the same name).
func handBook(t testing.TB, sheets []handSheet, strs []string, extra ...zpart) []byte {
	t.Helper()
	return handZip(t, handParts(sheets, strs, extra...)...)
}

// handParts are the parts handBook writes.
func handParts(sheets []handSheet, strs []string, extra ...zpart) []zpart {
	var wb, rels strings.Builder
	wb.WriteString(`<?xml version="1.0" encoding="UTF-8"?><workbook ` + nsMain + ` ` + nsRel + `><sheets>`)
	rels.WriteString(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	parts := []zpart{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
	}
	for i, s := range sheets {
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, xmlEscape(s.name), i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		parts = append(parts, zpart{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), `<?xml version="1.0" encoding="UTF-8"?><worksheet ` + nsMain + ` ` + nsRel + `>` + s.xml + `</worksheet>`})
	}
	wb.WriteString(`</sheets></workbook>`)
	rels.WriteString(`</Relationships>`)
	parts = append(parts, zpart{"xl/workbook.xml", wb.String()}, zpart{"xl/_rels/workbook.xml.rels", rels.String()}, zpart{"xl/styles.xml", handStyles})
	if strs != nil {
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><sst %s count="%d" uniqueCount="%d">`, nsMain, len(strs), len(strs))
		for _, s := range strs {
			b.WriteString(`<si><t>` + xmlEscape(s) + `</t></si>`)
		}
		b.WriteString(`</sst>`)
		parts = append(parts, zpart{"xl/sharedStrings.xml", b.String()})
	}
	for _, e := range extra {
		replaced := false
		for i := range parts {
			if parts[i].name == e.name {
				parts[i], replaced = e, true
			}
		}
		if !replaced {
			parts = append(parts, e)
		}
	}
	return parts
}

// indicators is a workbook of one 指标数据 sheet holding the rows (each
// <row>…</row>) under the long-form header 指标编号 | 年份 | 数值 in A1:C1,
// with extra worksheet XML after the sheet data (such as merged cells).
func indicators(t testing.TB, rows string, after ...string) []byte {
	t.Helper()
	return handBook(t, []handSheet{indicatorSheet(rows, after...)}, nil)
}

// indicatorSheet is the sheet indicators writes.
func indicatorSheet(rows string, after ...string) handSheet {
	header := `<row r="1">` + is("A1", "指标编号") + is("B1", "年份") + is("C1", "数值") + `</row>`
	return handSheet{"指标数据", "<sheetData>" + header + rows + "</sheetData>" + strings.Join(after, "")}
}

// is is a cell holding an inline string.
func is(ref, text string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + xmlEscape(text) + `</t></is></c>`
}

// num is a cell holding a number, with a style when s is not "".
func num(ref, v, s string) string {
	if s != "" {
		return `<c r="` + ref + `" s="` + s + `"><v>` + v + `</v></c>`
	}
	return `<c r="` + ref + `"><v>` + v + `</v></c>`
}

// fx is a formula cell, with a saved value when v is not "".
func fx(ref, formula, v string) string {
	if v == "" {
		return `<c r="` + ref + `"><f>` + xmlEscape(formula) + `</f></c>`
	}
	return `<c r="` + ref + `"><f>` + xmlEscape(formula) + `</f><v>` + v + `</v></c>`
}

// row is a <row> of the cells.
func row(n int, cells ...string) string {
	return fmt.Sprintf(`<row r="%d">`, n) + strings.Join(cells, "") + `</row>`
}

// valueRow is a long-form row: indicator 5, year 2021, and the value cell.
func valueRow(n int, value string) string {
	return row(n, is(fmt.Sprintf("A%d", n), "5"), num(fmt.Sprintf("B%d", n), "2021", ""), value)
}

// readBounded reads data as Read does, failing the test if that takes
// more than 10 seconds (a hang) — the goroutine is left behind then — and
// returns what it allocated in MiB.
func readBounded(t *testing.T, o Options, data []byte, name string) (*model.Dataset, uint64, error) {
	t.Helper()
	type result struct {
		ds    *model.Dataset
		err   error
		alloc uint64
	}
	done := make(chan result, 1)
	go func() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		ds, err := o.Read(bytes.NewReader(data), name, testPlan())
		runtime.ReadMemStats(&after)
		done <- result{ds, err, (after.TotalAlloc - before.TotalAlloc) >> 20}
	}()
	select {
	case r := <-done:
		return r.ds, r.alloc, r.err
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: Read did not return within 10 s", name)
	}
	return nil, 0, nil
}

// errorIs checks that err prints as want, exactly.
func errorIs(t *testing.T, what string, err error, want string) {
	t.Helper()
	got := "<nil>"
	if err != nil {
		got = err.Error()
	}
	if got != want {
		t.Errorf("%s:\ngot  %s\nwant %s", what, got, want)
	}
}
