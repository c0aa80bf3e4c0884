package xlsx

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"strconv"
	"strings"

	"plancheck/report/doc"
	"plancheck/report/eval"
)

// bom is UTF-8's byte order mark, by which Excel knows a CSV file's
// encoding (without it, Excel in a Chinese locale reads the file as GBK).
const bom = "\uFEFF"

// CSVOptions are the CSV's settings.
type CSVOptions struct {
	// Templates overrides the sentences (剩余年份需) as Options.Templates
	// does the workbook's, so that the page, its CSV and the workbook word
	// them alike; nil is the embedded ones.
	Templates fs.FS
}

// WriteCSV writes the indicator table of res as CSV, for download beside
// the public web page: one header row, 指标评估's headers without the
// analysts' columns (状态调整, 调整理由, 分析意见, 公开), then one row per
// indicator in res's order. The cells are values, never formulas: numbers
// in the indicator's decimals (res's Decimals) as plain decimals, 完成进度
// as a percentage (45.3%), 进度比 with two decimals, a value typed as text
// (完成, 约5000) as typed, and the statuses, bands and changes as their
// labels; 状态 is the indicator's status as the report states it (an
// analyst's manual status included, since the analysts' columns are left
// out). A cell that a spreadsheet would take for a formula (=, +, -, @ not
// starting a number) gets a leading apostrophe.
//
// The file is UTF-8 with a byte order mark and CRLF line ends, so that
// Excel opens it as it is; the same res gives the same bytes. A nil res
// is an error; write errors are returned.
func WriteCSV(w io.Writer, res *eval.Result, opts CSVOptions) error {
	if res == nil {
		return errors.New("xlsx.WriteCSV: no result")
	}
	res = typeset(res)
	words, err := doc.NewWords(res, opts.Templates)
	if err != nil {
		return err
	}
	base, y := res.Plan.BaseYear, res.Year
	lay := newAssessLayout(max(0, y-base))
	heads := lay.headers(base, y, res.Plan.TargetYear)[:lay.adjust-1]

	bw := bufio.NewWriter(w)
	if _, err := bw.WriteString(bom); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	if err := cw.Write(heads); err != nil {
		return err
	}
	for i := range res.Indicators {
		ir := &res.Indicators[i]
		row := make([]string, len(heads))
		put := func(col int, s string) { row[col-1] = safeCell(s) }
		num := func(v *float64) string { return fixed(v, ir.Decimals) }
		put(lay.category, ir.CategoryName)
		put(lay.id, ir.ID)
		put(lay.name, ir.Name)
		put(lay.unit, ir.Unit)
		put(lay.binding, bindingLabel(ir.Binding))
		put(lay.target, ir.TargetText)
		put(lay.base, num(ir.Baseline))
		for _, yr := range ir.Years {
			switch {
			case yr.Year == base && ir.Baseline == nil:
				put(lay.base, yearValue(yr, ir.Decimals))
			case yr.Year > base && yr.Year <= y:
				put(lay.year0+yr.Year-base-1, yearValue(yr, ir.Decimals))
			}
		}
		put(lay.expected, num(ir.Expected))
		if p := fixed(ir.Progress, 1); p != "" {
			put(lay.progress, fixed(percent(*ir.Progress), 1)+"%")
		}
		put(lay.pace, fixed(ir.PaceRatio, 2))
		put(lay.status, statusLabel(ir))
		put(lay.prev, ir.PrevStatus.Label())
		put(lay.projected, num(ir.Projected))
		put(lay.band, ir.BandLabel)
		put(lay.required, words.Required(ir))
		put(lay.change, ir.ChangeLabel)
		put(lay.lead, ir.LeadName)
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("CSV row of indicator %s: %w", ir.ID, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	if err := words.Err(); err != nil {
		return err
	}
	return bw.Flush()
}

// percent is share v (0.453) in percent (45.3).
func percent(v float64) *float64 { p := v * 100; return &p }

// yearValue is a year's value: the text as typed where there is one (a
// yes/no or approximate value), else the number.
func yearValue(yr eval.YearResult, decimals int) string {
	if t := strings.TrimSpace(yr.Text); t != "" {
		return t
	}
	return fixed(yr.Value, decimals)
}

// fixed is v with d decimals as eval prints it (eval.Fixed: a negative
// zero prints as 0), "" for nil or a value that is not finite.
func fixed(v *float64, d int) string {
	if v == nil || math.IsNaN(*v) || math.IsInf(*v, 0) {
		return ""
	}
	return eval.Fixed(*v, d)
}

// safeCell keeps a spreadsheet from reading s as a formula: a text
// starting with =, +, @, a tab or a carriage return, or with - not
// followed by a number, gets a leading apostrophe.
func safeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '@', '\t', '\r':
		return "'" + s
	case '-':
		if _, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64); err != nil {
			return "'" + s
		}
	}
	return s
}
