package sheet

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestNoSilentWrongReads reads cells that excelize would read as something
// else, or that Excel would show otherwise than their stored value: each
// is read as the cell shows it, or refused naming the file, sheet and
// cell.
func TestNoSilentWrongReads(t *testing.T) {
	const f = "w.xlsx"
	yearRow := func(year string) string { // 指标 5, the year cell B2, 36.5
		return row(2, is("A2", "5"), year, num("C2", "36.5", ""))
	}
	wide := func(heads ...string) []byte { // 指标编号 then the headers, and 5's values 35 36 37…
		cells := []string{is("A2", "5")}
		for i := range heads {
			cells = append(cells, num(cellName(i+2, 2), fmt.Sprint(35+i), ""))
		}
		return handBook(t, []handSheet{{"指标数据", "<sheetData>" + row(1, append([]string{is("A1", "指标编号")}, heads...)...) + row(2, cells...) + "</sheetData>"}}, nil)
	}
	other := func(rows string) handSheet { return handSheet{"计算", "<sheetData>" + rows + "</sheetData>"} }
	tests := []struct {
		name string
		data []byte
		want string // the error, whole; or, when it starts with "ok:", the values read, one a line
	}{
		// A date where a value belongs: refused, quoting what it shows.
		{"date builtin 14", indicators(t, valueRow(2, num("C2", "44927", "1"))),
			`w.xlsx: 指标数据!C2: the cell is a date, shown as 2023/1/1, not a number; type the value as a number (and format the cell as 常规 or 数值 if Excel turned it into a date)`},
		{"date yyyy-mm-dd", indicators(t, valueRow(2, num("C2", "44927", "2"))),
			`w.xlsx: 指标数据!C2: the cell is a date, shown as 2023-01-01, not a number; type the value as a number (and format the cell as 常规 or 数值 if Excel turned it into a date)`},
		{"date Chinese", indicators(t, valueRow(2, num("C2", "44927", "7"))),
			`w.xlsx: 指标数据!C2: the cell is a date, shown as 2023年1月1日, not a number; type the value as a number (and format the cell as 常规 or 数值 if Excel turned it into a date)`},
		{"date year only", indicators(t, valueRow(2, num("C2", "44927", "3"))),
			`w.xlsx: 指标数据!C2: the cell is a date, shown as 2023, not a number; type the value as a number (and format the cell as 常规 or 数值 if Excel turned it into a date)`},
		{"time", indicators(t, valueRow(2, num("C2", "0.5", "8"))),
			`w.xlsx: 指标数据!C2: the cell is a date, shown as 12:00, not a number; type the value as a number (and format the cell as 常规 or 数值 if Excel turned it into a date)`},
		{"date t=d", indicators(t, valueRow(2, `<c r="C2" t="d"><v>2023-01-01T00:00:00Z</v></c>`)),
			`w.xlsx: 指标数据!C2: the cell is a date, shown as 2023-01-01, not a number; type the value as a number (and format the cell as 常规 or 数值 if Excel turned it into a date)`},
		{"date calculated", indicators(t, valueRow(2, `<c r="C2" s="1"><f>44926+1</f></c>`)),
			`w.xlsx: 指标数据!C2: the cell is a date, shown as 2023/1/1, not a number; type the value as a number (and format the cell as 常规 or 数值 if Excel turned it into a date)`},

		// A date where a year belongs: its year when the format shows
		// only the year, else refused.
		{"year yyyy", indicators(t, yearRow(num("B2", "44927", "3"))), `ok:5 2023 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"year yyyy年", indicators(t, yearRow(num("B2", "44927", "4"))), `ok:5 2023 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"year t=d yyyy", indicators(t, yearRow(`<c r="B2" t="d" s="3"><v>2023-06-30T00:00:00Z</v></c>`)), `ok:5 2023 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"year full date", indicators(t, yearRow(num("B2", "44927", "1"))),
			`w.xlsx: 指标数据!B2: the cell is a date, shown as 2023/1/1, not a year; write the year alone, such as 2021, or format the cell to show only the year (yyyy)`},
		{"year t=d", indicators(t, yearRow(`<c r="B2" t="d"><v>2023-01-01</v></c>`)),
			`w.xlsx: 指标数据!B2: the cell is a date, shown as 2023-01-01, not a year; write the year alone, such as 2021, or format the cell to show only the year (yyyy)`},

		// A wide form's year header typed as a date: its year, or refused;
		// never a column dropped.
		{"header yyyy", wide(num("B1", "44927", "3"), num("C1", "45292", "4")),
			"ok:5 2023 35 \"35\" @ w.xlsx: 指标数据!B2\n5 2024 36 \"36\" @ w.xlsx: 指标数据!C2"},
		{"header full date", wide(num("B1", "44927", "1"), num("C1", "2024", "")),
			`w.xlsx: 指标数据!B1: the header is a date, shown as 2023/1/1, not a year; type the year alone, such as 2023 or 2023年, or format the cell to show only the year (yyyy)`},
		{"header date text", wide(is("B1", "2023-01-01"), num("C1", "2024", "")),
			`w.xlsx: 指标数据!B1: the header "2023-01-01" looks like a date, not a year; head each year's column with the year alone, such as 2023 or 2023年`},
		{"header 2023年1月", wide(is("B1", "2023年1月")),
			`w.xlsx: 指标数据!B1: the header "2023年1月" looks like a date, not a year; head each year's column with the year alone, such as 2023 or 2023年`},
		{"header 2023.5", wide(is("B1", "2023.5"), is("C1", "2024年")),
			`w.xlsx: 指标数据!B1: the header "2023.5" looks like a date, not a year; head each year's column with the year alone, such as 2023 or 2023年`},
		{"header label", wide(is("B1", "2024年"), is("C1", "2025年目标")), `ok:5 2024 35 "35" @ w.xlsx: 指标数据!B2`},

		// Rows and cells that excelize would merge, shift or misplace.
		{"row twice", indicators(t, valueRow(2, num("C2", "36.5", ""))+valueRow(2, num("C2", "37", ""))),
			`w.xlsx: 指标数据: row 2 is written twice in the sheet's XML (two <row> elements with the same number); the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx`},
		{"rows out of order", indicators(t, valueRow(3, num("C3", "36.5", ""))+valueRow(2, num("C2", "37", ""))),
			`w.xlsx: 指标数据: row 2 is written after row 3 in the sheet's XML (rows out of order); the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx`},
		{"row without number twice", indicators(t, `<row>`+num("A2", "5", "")+`</row>`+valueRow(2, num("C2", "37", ""))),
			`w.xlsx: 指标数据: row 2 is written twice in the sheet's XML (two <row> elements with the same number); the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx`},
		{"cell twice", indicators(t, row(2, is("A2", "5"), num("B2", "2021", ""), num("C2", "36.5", ""), num("C2", "37", ""))),
			`w.xlsx: 指标数据!C2: the cell is written twice in the sheet's XML; the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx`},
		{"cells out of order", indicators(t, row(2, num("C2", "36.5", ""), is("A2", "5"), num("B2", "2021", ""))),
			"w.xlsx: 指标数据!A2: the cell is written after C2 in the sheet's XML (cells out of order); the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx\n" +
				"w.xlsx: 指标数据!B2: the cell is written after C2 in the sheet's XML (cells out of order); the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx"},
		{"cell in another row", indicators(t, row(2, is("A2", "5"), num("B2", "2021", ""), num("C5", "36.5", ""))),
			`w.xlsx: 指标数据!C5: the cell is written inside row 2; the file is damaged — open it in Excel and save it again as .xlsx`},
		{"two sheetData", handBook(t, []handSheet{{"指标数据", "<sheetData/><sheetData/>"}}, nil),
			`w.xlsx: 指标数据: the sheet's XML has two <sheetData> parts; the file is damaged — open it in Excel and save it again as .xlsx`},
		{"broken XML", handBook(t, []handSheet{{"指标数据", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"></sheetData>"}}, nil),
			`w.xlsx: 指标数据: the sheet's XML is damaged (element <c> closed by </sheetData>); open the workbook in Excel and save it again as .xlsx`},
		{"truncated XML", handBook(t, []handSheet{{"指标数据", "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s"}}, nil),
			`w.xlsx: 指标数据: the sheet's XML is damaged (line 1: unescaped < inside quoted string); open the workbook in Excel and save it again as .xlsx`},
		{"unclosed XML", handBook(t, []handSheet{indicatorSheet("")}, nil, zpart{"xl/worksheets/sheet1.xml", `<worksheet><sheetData><row r="1">` + is("A1", "指标编号")}),
			`w.xlsx: 指标数据: the sheet's XML is damaged (it ends inside <row>); open the workbook in Excel and save it again as .xlsx`},

		// Shared strings.
		{"string index out of range", handBook(t, []handSheet{indicatorSheet(valueRow(2, `<c r="C2" t="s"><v>999</v></c>`))}, []string{"36.5", "a", "b"}),
			`w.xlsx: 指标数据!C2: the cell refers to shared string 999, but the workbook has 3 (xl/sharedStrings.xml); the file is damaged — open it in Excel and save it again as .xlsx`},
		{"string index without strings", indicators(t, valueRow(2, `<c r="C2" t="s"><v>0</v></c>`)),
			`w.xlsx: 指标数据!C2: the cell refers to shared string 0, but the workbook has 0 (xl/sharedStrings.xml); the file is damaged — open it in Excel and save it again as .xlsx`},
		{"string index not a number", handBook(t, []handSheet{indicatorSheet(valueRow(2, `<c r="C2" t="s"><v>x1</v></c>`))}, []string{"36.5"}),
			`w.xlsx: 指标数据!C2: the cell's shared-string index "x1" is not a number; the file is damaged — open it in Excel and save it again as .xlsx`},
		{"string number", handBook(t, []handSheet{indicatorSheet(valueRow(2, `<c r="C2" t="s"><v>1</v></c>`))}, []string{"x", "36.5"}),
			`ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},

		// Merged ranges.
		{"merges overlap", indicators(t, valueRow(2, num("C2", "36.5", "")), `<mergeCells><mergeCell ref="E5:F6"/><mergeCell ref="F6:G7"/></mergeCells>`),
			`w.xlsx: 指标数据!E5:F6: the merged ranges E5:F6 and F6:G7 overlap; unmerge both (取消合并) and merge again without overlap`},
		{"merge not a range", indicators(t, valueRow(2, num("C2", "36.5", "")), `<mergeCells><mergeCell ref="E5:"/><mergeCell ref="ZZZZ1"/></mergeCells>`),
			`w.xlsx: 指标数据: a merged range "ZZZZ1" that is not a range; the file is damaged — open it in Excel and save it again as .xlsx`},

		// Formulas referring to themselves, saved value or not.
		{"self", indicators(t, valueRow(2, fx("C2", "C2+1", "0"))),
			`w.xlsx: 指标数据!C2: the formula =C2+1 refers to its own cell (a circular reference), so it has no value; correct the formula`},
		{"self unsaved", indicators(t, valueRow(2, fx("C2", "C2+1", ""))),
			`w.xlsx: 指标数据!C2: the formula =C2+1 refers to its own cell (a circular reference), so it has no value; correct the formula`},
		{"self in a range", indicators(t, valueRow(2, fx("C2", "SUM(C1:C3)", "0"))),
			`w.xlsx: 指标数据!C2: the formula =SUM(C1:C3) refers to its own cell (a circular reference), so it has no value; correct the formula`},
		{"self in a column", indicators(t, valueRow(2, fx("C2", "SUM($C:$C)", "0"))),
			`w.xlsx: 指标数据!C2: the formula =SUM($C:$C) refers to its own cell (a circular reference), so it has no value; correct the formula`},
		{"two in a circle", indicators(t, valueRow(2, fx("C2", "D2", "0")+fx("D2", "C2", "0"))),
			`w.xlsx: 指标数据!C2: the formula =D2 is part of a circular reference (with D2), so it has no value; correct the formulas`},
		{"depends on a circle", indicators(t, valueRow(2, fx("C2", "D2*2", "0")+fx("D2", "E2", "0")+fx("E2", "D2", "0"))),
			`w.xlsx: 指标数据!C2: the formula =D2*2 depends on a circular reference at D2, so it has no value; correct the formulas there`},
		{"circle across sheets", handBook(t, []handSheet{indicatorSheet(valueRow(2, fx("C2", "计算!A1", "0"))), other(row(1, fx("A1", "指标数据!C2+1", "1")))}, nil),
			`w.xlsx: 指标数据!C2: the formula =计算!A1 is part of a circular reference (with 计算!A1), so it has no value; correct the formulas`},
		{"quoted sheet", handBook(t, []handSheet{indicatorSheet(valueRow(2, fx("C2", "'计 算'!A1", "0"))), {"计 算", "<sheetData>" + row(1, fx("A1", "'指标数据'!C2", "1")) + "</sheetData>"}}, nil),
			`w.xlsx: 指标数据!C2: the formula ='计 算'!A1 is part of a circular reference (with 计 算!A1), so it has no value; correct the formulas`},

		// Formulas without a saved value: calculated only when safe.
		{"calc", indicators(t, valueRow(2, fx("C2", "D2*2", "")+num("D2", "18.25", ""))), `ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"calc sum", indicators(t, valueRow(2, fx("C2", "SUM(D2:E2)", "")+num("D2", "18.25", "")+fx("E2", "D2", ""))), `ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"calc other sheet", handBook(t, []handSheet{indicatorSheet(valueRow(2, fx("C2", "计算!A1+0.5", ""))), other(row(1, num("A1", "36", "")))}, nil),
			`ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"calc REPT", indicators(t, valueRow(2, fx("C2", `REPT("9",3)`, ""))),
			`w.xlsx: 指标数据!C2: the formula =REPT("9",3) has no saved value and cannot be calculated here (it uses REPT); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value`},
		{"calc INDIRECT", indicators(t, valueRow(2, fx("C2", `INDIRECT("D2")`, ""))),
			`w.xlsx: 指标数据!C2: the formula =INDIRECT("D2") has no saved value and cannot be calculated here (it uses INDIRECT); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value`},
		{"calc TODAY", indicators(t, valueRow(2, fx("C2", `YEAR(TODAY())-1987`, ""))),
			`w.xlsx: 指标数据!C2: the formula =YEAR(TODAY())-1987 has no saved value and cannot be calculated here (it uses TODAY); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value`},
		{"calc _xlfn", indicators(t, valueRow(2, fx("C2", `_xlfn.XLOOKUP(5,D2:D3,E2:E3)`, "")+num("D2", "5", "")+num("E2", "36.5", ""))),
			`ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"calc name", indicators(t, valueRow(2, fx("C2", `rate*2`, ""))),
			`w.xlsx: 指标数据!C2: the formula =rate*2 has no saved value and cannot be calculated here (it uses the name rate); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value`},
		{"calc other workbook", indicators(t, valueRow(2, fx("C2", `[1]Sheet1!A1`, ""))),
			`w.xlsx: 指标数据!C2: the formula =[1]Sheet1!A1 has no saved value and cannot be calculated here (it refers to another workbook or to a table); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value`},
		{"calc missing sheet", indicators(t, valueRow(2, fx("C2", `无此表!A1`, ""))),
			`w.xlsx: 指标数据!C2: the formula =无此表!A1 has no saved value and cannot be calculated here (it refers to the sheet "无此表", which the workbook does not have); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value`},
		{"calc broken sheet", handBook(t, []handSheet{indicatorSheet(valueRow(2, fx("C2", "计算!A1", ""))), other(row(1, num("A1", "1", "")) + row(1, num("A1", "2", "")))}, nil),
			`w.xlsx: 指标数据!C2: the formula =计算!A1 has no saved value and cannot be calculated here (it refers to the sheet "计算", which cannot be read); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value`},
		{"calc big range", indicators(t, valueRow(2, fx("C2", `SUM(D1:Z9999)`, ""))),
			`w.xlsx: 指标数据!C2: the formula =SUM(D1:Z9999) has no saved value and cannot be calculated here (it refers to a range of 229977 cells); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value`},
		{"calc array", indicators(t, valueRow(2, fx("C2", `D2`, "")+`<c r="D2"><f t="array" ref="D2:D3">E2:E3*2</f><v>36.5</v></c>`)),
			`w.xlsx: 指标数据!C2: the formula =D2 has no saved value and cannot be calculated here (it uses an array formula); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value`},

		// Every type of cell.
		{"error cell", indicators(t, valueRow(2, `<c r="C2" t="e"><v>#DIV/0!</v></c>`)),
			`w.xlsx: 指标数据!C2: the cell shows the error #DIV/0!; correct the formula or type the value`},
		{"error cell, any text", indicators(t, valueRow(2, `<c r="C2" t="e"><v>#WHAT?</v></c>`)),
			`w.xlsx: 指标数据!C2: the cell shows the error #WHAT?; correct the formula or type the value`},
		{"boolean", indicators(t, valueRow(2, `<c r="C2" t="b"><v>1</v></c>`)),
			`w.xlsx: 指标数据!C2: TRUE is a yes/no (TRUE/FALSE) cell, but indicator "5" (劳动生产率) takes a number`},
		{"inline string", indicators(t, valueRow(2, is("C2", "36.5"))), `ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"formula text", indicators(t, valueRow(2, `<c r="C2" t="str"><f>D2&amp;""</f><v>36.5</v></c>`+num("D2", "36.5", ""))), `ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"number that is not", indicators(t, valueRow(2, num("C2", "abc", ""))),
			`w.xlsx: 指标数据!C2: "abc" is not a number (leave it empty or write 待补 if the figure is not available yet)`},
		{"unknown type", indicators(t, valueRow(2, `<c r="C2" t="x"><v>36.5</v></c>`)),
			`w.xlsx: 指标数据!C2: the cell has the unknown type x; the file is damaged — open it in Excel and save it again as .xlsx`},
		{"value nested", indicators(t, valueRow(2, `<c r="C2"><extLst><v>36.5</v></extLst></c>`)),
			`w.xlsx: 指标数据!C2: the cell's value is nested in another element; the file is damaged — open it in Excel and save it again as .xlsx`},
		{"two values", indicators(t, valueRow(2, `<c r="C2"><v>36.5</v><v>37</v></c>`)),
			`w.xlsx: 指标数据!C2: the cell has two values or two formulas; the file is damaged — open it in Excel and save it again as .xlsx`},
		{"thousands format", indicators(t, valueRow(2, num("C2", "36500", "5"))),
			`w.xlsx: 指标数据!C2: the cell holds 36500, but its number format "#,##0.0," shows it divided by 1000; type the value as it is meant and format the cell as 常规 or 数值`},
		{"percent", indicators(t, row(2, is("A2", "4"), num("B2", "2021", ""), num("C2", "0.061", "6"))), `ok:4 2021 6.1 "6.1%" @ w.xlsx: 指标数据!C2`},

		// Sheets.
		{"two sheets of one name", handBook(t, []handSheet{{"Indicators", ""}, {"INDICATORS", ""}}, nil),
			`w.xlsx: two sheets are named "INDICATORS" (in any case); rename one in Excel and save the workbook again`},

		{"sheet elsewhere", handBook(t, []handSheet{indicatorSheet("")}, nil,
			zpart{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/sheets/data.xml"/></Relationships>`},
			zpart{"xl/sheets/data.xml", `<worksheet ` + nsMain + `>` + indicatorSheet(valueRow(2, num("C2", "36.5", ""))).xml + `</worksheet>`}),
			`ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},

		{"two sheets of one part", handBook(t, []handSheet{indicatorSheet(valueRow(2, fx("C2", "填报说明!D2*2", "")+num("D2", "18.25", ""))), {"填报说明", ""}}, nil,
			zpart{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
				`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`}),
			`ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},

		// What LibreOffice writes after a row is deleted: read.
		{"empty last row", indicators(t, valueRow(2, num("C2", "36.5", ""))+`<row r="1048576" s="1" customFormat="true" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"/>`),
			`ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
		{"GBK sheet", handBook(t, []handSheet{indicatorSheet("")}, nil, zpart{"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"GBK\"?><worksheet " + nsMain + "><sheetData>" +
			row(1, is("A1", "id"), is("B1", "year"), is("C1", "value")) + row(2, is("A2", "5"), num("B2", "2021", ""), "<c r=\"C2\" t=\"inlineStr\"><is><t>\xd4\xbc36.5</t></is></c>") + // 约36.5 in GBK
			`<row r="1048576"><c r="A1048576" s="1"/></row></sheetData></worksheet>`}),
			`ok:5 2021 36.5 approx "约36.5" @ w.xlsx: 指标数据!C2`},
		{"styled last row", indicators(t, valueRow(2, num("C2", "36.5", ""))+`<row r="1048576" s="1" customFormat="true"><c r="A1048576" s="1"/><c r="XFD1048576" s="1"/></row>`),
			`ok:5 2021 36.5 "36.5" @ w.xlsx: 指标数据!C2`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, _, err := readBounded(t, Options{}, tt.data, f)
			if want, ok := strings.CutPrefix(tt.want, "ok:"); ok {
				if err != nil {
					t.Fatalf("Read: %v", err)
				}
				checkLines(t, "values", ds.Values, strings.Split(want, "\n"))
				return
			}
			errorIs(t, "Read", err, tt.want)
		})
	}
}

// TestClippedQuotes checks that no message quotes more than 80 characters
// of a cell, whatever sheet and column the cell is in.
func TestClippedQuotes(t *testing.T) {
	long := strings.Repeat("很长的文字", 4000) // 20,000 characters
	clipped := `"` + strings.Repeat("很长的文字", 16) + `…"`
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"value", indicators(t, valueRow(2, is("C2", long))),
			`q.xlsx: 指标数据!C2: ` + clipped + ` is not a number (leave it empty or write 待补 if the figure is not available yet)`},
		{"id", indicators(t, row(2, is("A2", long), num("B2", "2021", ""), num("C2", "1", ""))),
			`q.xlsx: 指标数据!A2: unknown indicator ` + clipped + `; the plan's indicators are 4, 5, 6, 14, 20, 25a`},
		{"year", indicators(t, row(2, is("A2", "5"), is("B2", long), num("C2", "1", ""))),
			`q.xlsx: 指标数据!B2: ` + clipped + ` is not a year; write it as a number, such as 2021`},
		{"task", handBook(t, []handSheet{{"重点任务", "<sheetData>" + row(1, is("A1", "任务编号"), is("B1", "年份"), is("C1", "进展状态")) +
			row(2, is("A2", "3.1.1"), num("B2", "2023", ""), is("C2", long)) + "</sheetData>"}}, nil),
			`q.xlsx: 重点任务!C2: 进展状态 ` + clipped + ` is not one of 已完成、按计划推进、滞后、未启动`},
	} {
		_, err := Read(bytes.NewReader(tt.data), "q.xlsx", testPlan())
		errorIs(t, tt.name, err, tt.want)
	}
	if got := clip(long); len([]rune(got)) != maxQuote+1 {
		t.Errorf("clip gives %d characters, want %d and …", len([]rune(got)), maxQuote)
	}
	if got := sprintf("%s %q %d%% %q", long, long, 5, "short"); got != long+" "+clipped+" 5% \"short\"" {
		t.Errorf("sprintf clips %%s or misses %%q: %.200s…", got)
	}
}
