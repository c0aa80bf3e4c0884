package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"
)

// To look a cell up, excelize parses the whole sheet into memory, and on
// the way it gives every row a cell for each column up to the row's last
// cell, empty or not. An empty <c r="XFD5"/> thus costs 16,384 cells: a
// file of a few kilobytes can ask for gigabytes. The rows iterator does not
// see empty cells, so before the first lookup a sheet is measured here, on
// the XML itself, and refused when it spans more than MaxCells cells or has
// more than MaxMerges merged ranges (excelize compares every merged range
// with every other).

// extent is a worksheet's size as excelize will hold it.
type extent struct {
	cells  int64 // the rows' cells, each row counted up to its last cell
	merges int
}

// measurer measures the worksheets of a workbook's zip, found by sheet name.
type measurer struct {
	zr    *zip.Reader
	paths map[string]string // sheet name (lower case) → zip path
}

func newMeasurer(data []byte) *measurer {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil
	}
	return &measurer{zr: zr, paths: sheetPaths(zr)}
}

// measure returns the extent of the named sheet, stopping once it exceeds
// the limits. When the sheet cannot be found in the zip (an odd layout that
// excelize still reads), every worksheet is measured and the largest
// counts.
func (m *measurer) measure(sheet string, maxCells int64, maxMerges int) extent {
	if m == nil {
		return extent{}
	}
	if p, ok := m.paths[strings.ToLower(sheet)]; ok {
		if f := m.file(p); f != nil {
			return measureXML(f, maxCells, maxMerges)
		}
	}
	var most extent
	for _, f := range m.zr.File {
		name := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		if !strings.HasPrefix(strings.TrimPrefix(name, "/"), "xl/worksheets/") || !strings.HasSuffix(name, ".xml") {
			continue
		}
		e := measureXML(f, maxCells, maxMerges)
		most.cells = max(most.cells, e.cells)
		most.merges = max(most.merges, e.merges)
	}
	return most
}

// file finds a zip entry as excelize does: backslashes as slashes, in any
// case.
func (m *measurer) file(name string) *zip.File {
	for _, f := range m.zr.File {
		if strings.EqualFold(strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/"), name) {
			return f
		}
	}
	return nil
}

// measureXML measures one worksheet's XML. A malformed document is
// measured up to the error, as far as excelize would read it.
func measureXML(f *zip.File, maxCells int64, maxMerges int) extent {
	rc, err := f.Open()
	if err != nil {
		return extent{}
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil } // the markup is ASCII
	var e extent
	col, last := 0, 0 // the current cell's column; the row's last
	for {
		tok, err := d.RawToken()
		if err != nil {
			return e
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				col, last = 0, 0
			case "c":
				col++
				for _, a := range t.Attr {
					if a.Name.Local == "r" {
						if c, _, err := excelize.CellNameToCoordinates(a.Value); err == nil {
							col = c
						}
					}
				}
				last = max(last, col)
			case "mergeCell":
				e.merges++
			}
		case xml.EndElement:
			if t.Name.Local == "row" {
				e.cells += int64(last)
			}
		}
		if e.cells > maxCells || e.merges > maxMerges {
			return e
		}
	}
}

// sheetPaths maps each sheet's name, in lower case, to its zip path, from
// xl/workbook.xml and its relationships. It returns what it can.
func sheetPaths(zr *zip.Reader) map[string]string {
	paths := map[string]string{}
	read := func(name string) []byte {
		for _, f := range zr.File {
			if strings.EqualFold(strings.ReplaceAll(f.Name, "\\", "/"), name) {
				rc, err := f.Open()
				if err != nil {
					return nil
				}
				defer rc.Close()
				b, _ := io.ReadAll(io.LimitReader(rc, 8<<20))
				return b
			}
		}
		return nil
	}
	var wb struct {
		Sheets []struct {
			Name string     `xml:"name,attr"`
			Attr []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.Unmarshal(read("xl/workbook.xml"), &wb) != nil || xml.Unmarshal(read("xl/_rels/workbook.xml.rels"), &rels) != nil {
		return paths
	}
	for _, s := range wb.Sheets {
		id := ""
		for _, a := range s.Attr {
			if a.Name.Local == "id" {
				id = a.Value
			}
		}
		for _, r := range rels.Rels {
			if r.ID != id || id == "" {
				continue
			}
			t := strings.ReplaceAll(r.Target, "\\", "/")
			if strings.HasPrefix(t, "/") {
				t = strings.TrimPrefix(t, "/")
			} else {
				t = path.Join("xl", t)
			}
			paths[strings.ToLower(s.Name)] = t
		}
	}
	return paths
}
