package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/msg"
	"plancheck/report/xlsx"
)

func runTemplate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := inputFlags{noBeside: true}
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	fs.Var(&f.plans, "plan", msg.Format("flag.template.plan"))
	fs.Var(&f.data, "data", msg.Format("flag.template.data"))
	year := fs.Int("year", 0, msg.Format("flag.template.year"))
	dept := fs.String("department", "", msg.Format("flag.template.department"))
	out := fs.String("out", "out", msg.Format("flag.template.out"))
	date := fs.String("date", "", msg.Format("flag.template.date"))
	if help, err := parseFlags(fs, args, stdout); help || err != nil {
		return err
	}
	if err := checkYearFlag(*year); err != nil {
		return err
	}
	if err := checkOutFlag(*out); err != nil {
		return err
	}
	when, err := reportDate(*date, os.Getenv("SOURCE_DATE_EPOCH"), time.Now())
	if err != nil {
		return err
	}
	if *year == 0 {
		return usagef("template.noYear")
	}
	var in *inputs
	var prev *model.Dataset
	if len(f.data) > 0 {
		if in, err = f.load(false); err != nil {
			return err
		}
		prev = in.data
	} else {
		if in, err = f.load(true); err != nil {
			return err
		}
	}
	p := in.plan
	if *year <= p.BaseYear || *year > p.TargetYear {
		return usagef("template.year", *year, p.BaseYear+1, p.TargetYear)
	}
	name := templateName(p.ID, *year, "")
	if *dept != "" {
		id, ok := p.FindDepartment(*dept)
		if !ok {
			return usagef("cmd.notDepartment", *dept, departmentList(p))
		}
		*dept = id
		name = templateName(p.ID, *year, id)
	}
	var b bytes.Buffer
	if err := xlsx.WriteTemplate(&b, p, *year, xlsx.TemplateOptions{Department: *dept, Previous: prev, Date: when}); err != nil {
		if worded := wordLeadsNothing(err); worded != err {
			return worded
		}
		return msg.Errorf("cmd.writingTemplate", err)
	}
	w := newOutWriter(*out)
	defer w.close()
	paths, err := w.write(ctx, []output{{name: name, data: b.Bytes()}}, in.files)
	if err != nil {
		return err
	}
	for _, path := range paths {
		msg.Fprintf(stdout, "cmd.wrote", path)
	}
	return nil
}

func departmentList(p *model.Plan) string {
	var b bytes.Buffer
	for i, d := range p.Departments {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s (%s)", d.ID, d.Name)
	}
	return b.String()
}

// wordLeadsNothing words eval's LeadsNothingError, a department that
// leads nothing of the plan, in the user's language; other errors are
// returned as they are.
func wordLeadsNothing(err error) error {
	var none *eval.LeadsNothingError
	if errors.As(err, &none) {
		return msg.Errorf("report.leadsNothing", none.Dept, none.Name, none.Plan)
	}
	return err
}

// templateName is the file name of the monitoring workbook template of
// plan id for year, a department's (dept, its plan id) or the whole plan's
// (dept "").
func templateName(id string, year int, dept string) string {
	if dept != "" {
		return fmt.Sprintf("%s_%d_%s_template.xlsx", id, year, dept)
	}
	return fmt.Sprintf("%s_%d_template.xlsx", id, year)
}
