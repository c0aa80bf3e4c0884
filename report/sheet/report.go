package sheet

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// The custom document properties (docProps/custom.xml) that plancheck's
// Excel report (report/xlsx) carries, so that the workbook is known for
// what it is when it comes back as an input. They are a contract with
// report/xlsx, which writes them.
const (
	// PropYear is the evaluation year of the report, an integer (LibreOffice
	// saves it again as a real number, which is read the same).
	PropYear = "PlancheckYear"

	// PropSheets lists the input sheets the report was written with,
	// separated by commas: 指标评估,指标数据,市级要求,… A workbook with the
	// property must still have each of them.
	PropSheets = "PlancheckSheets"
)

// reportSheets are the sheets every report has, whatever the plan: those a
// workbook that is plancheck's report must have when it does not say which
// sheets it was written with.
var reportSheets = []string{AssessmentSheet, sheetNames[kindValues][0]}

// maxPropsSize bounds docProps/custom.xml, which holds two short values in
// plancheck's reports; a larger one is not read.
const maxPropsSize = 64 << 10

// reportProps is what a workbook's custom properties say about it.
type reportProps struct {
	year      int      // PropYear; 0 when absent
	sheets    []string // PropSheets; nil when absent
	hasSheets bool     // PropSheets is present
}

// props reads the workbook's custom properties. problem says what is wrong
// with them, or is "": a PropYear that is not a year, or properties that
// cannot be read; the workbook then counts as recording no year.
func (rd *reader) props() (out reportProps, problem string) {
	if rd.wb != nil && rd.wb.propsTooLarge {
		return out, tr.Sprintf("sheet.propsBig", maxPropsSize>>10)
	}
	props, err := rd.f.GetCustomProps()
	if err != nil {
		return out, tr.Sprintf("sheet.propsRead", err)
	}
	for _, p := range props {
		switch p.Name {
		case PropYear:
			y, ok := propYear(p.Value)
			if !ok {
				problem = tr.Sprintf("sheet.propsYear", PropYear, quoteProp(fmt.Sprint(p.Value)))
				continue
			}
			out.year = y
		case PropSheets:
			out.hasSheets = true
			if s, ok := p.Value.(string); ok {
				for _, name := range strings.Split(s, ",") {
					if name = strings.TrimSpace(name); name != "" {
						out.sheets = append(out.sheets, name)
					}
				}
			}
		}
	}
	return out, problem
}

// propYear reads PropYear's value: an integer, a real number that is whole
// (as LibreOffice saves it) or a text, between 1900 and 2200.
func propYear(v any) (int, bool) {
	var y float64
	switch v := v.(type) {
	case int32:
		y = float64(v)
	case float64:
		y = v
	case string:
		n, ok := parseYear(v)
		if !ok {
			return 0, false
		}
		y = float64(n)
	default:
		return 0, false
	}
	if y != math.Trunc(y) || y < 1900 || y > 2200 {
		return 0, false
	}
	return int(y), true
}

// checkReport refuses a workbook that is plancheck's own Excel report — it
// has plancheck's custom properties, or a 指标评估 sheet — but lacks one of
// the sheets it was written with: a renamed 指标数据 would otherwise read as
// no values at all, and a renamed 指标评估 lose every manual status without
// a word. Which sheets the report must have is PropSheets' list, or, when
// the property is gone, the two every report has (reportSheets).
func (rd *reader) checkReport(sheets []string) {
	pr, problem := rd.props()
	if problem != "" {
		rd.errorf(model.Loc{File: rd.file}, "%s", problem)
	}
	own := pr.year != 0 || pr.hasSheets
	for _, s := range sheets {
		own = own || fold(s) == AssessmentSheet
	}
	if !own {
		return
	}
	want := reportSheets
	if pr.hasSheets {
		want = pr.sheets
	}
	what := tr.Format("sheet.rReport")
	if pr.year != 0 {
		what = tr.Sprintf("sheet.rReportOf", pr.year)
	}
	for _, name := range want {
		if !knownSheet(name) || hasSheet(sheets, name) {
			continue
		}
		rd.errorf(model.Loc{File: rd.file}, tr.Format("sheet.rMissing"),
			what, name, name, sheetList(sheets))
	}
}

// knownSheet reports whether name is a sheet Read reads; other names in
// PropSheets are not required.
func knownSheet(name string) bool {
	if _, ok := sheetKind(name); ok {
		return true
	}
	switch fold(name) {
	case AssessmentSheet, ProposalSheet, TaskSheet, ProjectSheet:
		return true
	}
	return false
}

// hasSheet reports whether the workbook has the sheet that Read reads as
// name: by the same folding and English names.
func hasSheet(sheets []string, name string) bool {
	want := sheetID(name)
	for _, s := range sheets {
		if sheetID(s) == want {
			return true
		}
	}
	return false
}

// sheetID is the sheet Read takes a sheet name for: its kind's Chinese
// name, or the folded name (as read matches 指标评估, 重点任务 and 重大项目).
func sheetID(name string) string {
	if k, ok := sheetKind(name); ok {
		return sheetNames[k][0]
	}
	switch n := fold(name); n {
	case "tasks":
		return TaskSheet
	case "projects":
		return ProjectSheet
	default:
		return n
	}
}

// sheetList names the sheets for a message: quoted, at most ten.
func sheetList(sheets []string) string {
	if len(sheets) == 0 {
		return tr.Format("sheet.none")
	}
	var parts []string
	for i, s := range sheets {
		if i == 10 {
			parts = append(parts, tr.Sprintf("sheet.andMore", len(sheets)-10))
			break
		}
		parts = append(parts, quoteProp(s))
	}
	return strings.Join(parts, ", ")
}

// quoteProp quotes a value for a message, cut to about 80 characters.
func quoteProp(s string) string {
	const most = 80
	if utf8.RuneCountInString(s) > most {
		s = string([]rune(s)[:most]) + "…"
	}
	return strconv.Quote(s)
}

// headerYear reads the year an analysts' column header states, as the
// report writes it: 状态调整(2024年). 0 when it states none.
func headerYear(h string) int {
	t := fold(h)
	if !strings.HasSuffix(t, ")") {
		return 0
	}
	i := strings.LastIndexByte(t, '(')
	if i < 0 {
		return 0
	}
	y, ok := parseYear(t[i+1 : len(t)-1])
	if !ok || y < 1900 || y > 2200 {
		return 0
	}
	return y
}
