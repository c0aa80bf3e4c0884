package sheet

import (
	"regexp"
	"strconv"
	"strings"
)

// Reading the cells directly.
//
// inspect (guard.go) streams every sheet's XML to check it before
// excelize sees it, and on the way it keeps each cell's text as excelize
// would give it with RawCellValue: the <v> text, a shared string (the
// runs of its <si>), an inline string (the runs of its <is>). A sheet
// whose XML holds nothing unusual is then read from that, and excelize's
// row iterator, which parsed every sheet a second time, is not needed (a
// fifth of reading the sample workbook). Whatever the direct reading is
// not sure to read as excelize does — an element inside <v> or <t>, a run
// text before the string's own <t>, two texts where excelize keeps one, a
// shared-string table in another name space or encoding, a sheet not in
// UTF-8 — makes that sheet (or, for the strings, the workbook) go through
// excelize as before. TestDirectMatchesExcelize and the fuzz targets read
// every workbook both ways and compare.

// runText collects a string item's text (an <si> of the shared strings or
// a cell's <is>) as excelize's xlsxSI.String does: its own <t>, then the
// <t> of each run <r>, the phonetic runs left out, with the _xHHHH_
// escapes decoded.
type runText struct {
	b       strings.Builder
	ownT    int  // <t> elements directly in the item
	runs    bool // a run was seen
	runT    int  // <t> elements in the current run
	unusual bool // read differently from excelize, maybe
}

func (r *runText) reset() { *r = runText{} }

// start is an element at depth rel below the item (1: a child of it) with
// the name of its parent.
func (r *runText) start(name, parent string, rel int) (inT bool) {
	switch {
	case rel == 1 && name == "t":
		if r.ownT++; r.ownT > 1 || r.runs {
			r.unusual = true
		}
		return true
	case rel == 1 && name == "r":
		r.runs, r.runT = true, 0
	case rel == 2 && parent == "r" && name == "t":
		if r.runT++; r.runT > 1 {
			r.unusual = true
		}
		return true
	case name == "t":
		// A <t> elsewhere (in a phonetic run, or deeper): not the text.
	}
	return false
}

func (r *runText) text() string {
	if r.b.Len() == 0 {
		return ""
	}
	return bstrUnmarshal(r.b.String())
}

var bstrExp = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)

// bstrUnmarshal decodes the _xHHHH_ escapes of an OOXML string as
// excelize's function of that name does (github.com/xuri/excelize/v2
// lib.go, BSD-3-Clause), which is not exported: _x005F_ is "_", another
// escape the character, or nothing when it is not one (a lone surrogate).
func bstrUnmarshal(s string) (result string) {
	if !strings.Contains(s, "_x") {
		return s
	}
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			result += "_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			v, _ := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`)
			result += v
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}
