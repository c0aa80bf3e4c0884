package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// TemplateOptions are the settings of WriteTemplate. The zero value writes
// a row for every indicator, with nothing for reference, dated 1980-01-01.
type TemplateOptions struct {
	// Department limits the template to the indicators one department
	// leads: its id in plan.yaml (or its name). "" means every indicator.
	Department string

	// Previous is last year's data, shown beside each row in a 上年数值
	// column for reference; report/sheet does not read that column. Nil
	// leaves the column out.
	Previous *model.Dataset

	// Date is the created and modified time in the document properties;
	// the zero Date means 1980-01-01 UTC, never the clock.
	Date time.Time
}

// WriteTemplate writes the blank monitoring workbook for year: a row on
// 指标数据 for every indicator (or every one opts.Department leads), with
// its id, name, unit, the year and the lead department as 填报单位 filled
// in and 数值 empty; a row on 市级要求 for each municipal indicator judged
// against a yearly requirement, and on 参照数据 for each of the plan's
// references (those the department's indicators use); and a 填报说明 sheet.
// The value cells validate what is typed: a number, or for yes/no
// indicators a choice of 完成 and 未完成 (a warning lets through what the
// format also accepts, such as 约5000 or 待补).
//
// What the template holds, report/sheet reads back unchanged: an untouched
// template reads as no values, and a filled one as the values typed.
//
// year must be within the plan period; a department the plan does not
// list, or that leads no indicator, is an error. Nothing is written to w
// on error.
func WriteTemplate(w io.Writer, p *model.Plan, year int, opts TemplateOptions) error {
	if p == nil {
		return fmt.Errorf("xlsx.WriteTemplate: no plan")
	}
	if year < p.BaseYear || year > p.TargetYear {
		return fmt.Errorf("year %d is outside the plan period %d–%d", year, p.BaseYear, p.TargetYear)
	}
	lay := inputLayout{years: []int{year}, previous: opts.Previous, validate: true, superior: p.SuperiorLevel()}
	x := templateNotes{Plan: p, Year: year, Previous: opts.Previous != nil}
	if opts.Department != "" {
		id, name, err := findDepartment(p, opts.Department)
		if err != nil {
			return err
		}
		lay.pick = func(ind *eval.InputIndicator) bool { return ind.Lead == id }
		lay.dept = id
		n, other := 0, 0
		for i := range p.Indicators {
			if p.Indicators[i].Lead == id {
				n++
			}
		}
		for _, t := range p.Tasks {
			if t.Lead == id {
				other++
			}
		}
		for _, pj := range p.Projects {
			if pj.Lead == id {
				other++
			}
		}
		if n+other == 0 {
			return &eval.LeadsNothingError{Dept: id, Name: name, Plan: p.ID}
		}
		x.Department, x.Indicators = name, n
	}
	in, err := planInput(p.ID, eval.NewInputs(p, nil), lay)
	if err != nil {
		return err
	}

	tpl, err := loadTemplates(nil)
	if err != nil {
		return err
	}
	b := newBook(tpl)
	defer b.f.Close()
	b.writeInput(in)
	b.sheet(sheetHelp)
	b.help(p, in.withReqs, in.withRefs, b.lines("xlsx_template_notes", view{X: x}))
	b.props(p.Name, b.say("xlsx_template_title", view{X: x}), opts.Date)
	if b.err != nil {
		return fmt.Errorf("building the workbook: %w", b.err)
	}
	return b.writeTo(w)
}

// templateNotes is what the template's notes and title say: the plan, the
// year, the department's name and how many indicators it leads ("" and 0
// for the whole plan), and whether last year's values are shown.
type templateNotes struct {
	Plan       *model.Plan
	Year       int
	Department string
	Indicators int
	Previous   bool
}

// findDepartment resolves a department as given on the command line: the
// id of one of the plan's departments, or its name; when the plan lists
// none, the lead named on its indicators.
func findDepartment(p *model.Plan, want string) (id, name string, err error) {
	if id, ok := p.FindDepartment(want); ok {
		return id, p.DepartmentName(id), nil
	}
	var ids []string
	for _, d := range p.Departments {
		ids = append(ids, d.ID)
	}
	if len(ids) == 0 {
		return "", "", fmt.Errorf("department %q leads no indicator of the plan %q", want, p.ID)
	}
	return "", "", fmt.Errorf("department %q is not in the plan %q; its departments are %s", want, p.ID, strings.Join(ids, ", "))
}
