package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"plancheck/report/model"
	"plancheck/report/xlsx"
)

func runTemplate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := inputFlags{noBeside: true}
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	fs.Var(&f.plans, "plan", "the plan file (plan.yaml), or a folder holding it; default: the embedded Haidian 14th Five-Year Plan")
	fs.Var(&f.data, "data", "last year's workbook(s), shown beside each row for reference; may be repeated")
	year := fs.Int("year", 0, "the year the departments report on (required)")
	dept := fs.String("department", "", "only this lead department's indicators (its id or name in the plan)")
	out := fs.String("out", "out", "the folder the template is written to")
	date := fs.String("date", "", "the workbook's date, YYYY-MM-DD (a UTC date); default: $SOURCE_DATE_EPOCH if set, else today (UTC)")
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
		return usagef("template: give --year, the year the departments report on")
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
		return usagef("--year %d is outside the plan's years %d–%d", *year, p.BaseYear+1, p.TargetYear)
	}
	name := fmt.Sprintf("%s_%d_template.xlsx", p.ID, *year)
	if *dept != "" {
		id, ok := p.FindDepartment(*dept)
		if !ok {
			return usagef("--department %q is not a department of the plan; the departments are %s", *dept, departmentList(p))
		}
		*dept = id
		name = fmt.Sprintf("%s_%d_%s_template.xlsx", p.ID, *year, id)
	}
	var b bytes.Buffer
	if err := xlsx.WriteTemplate(&b, p, *year, xlsx.TemplateOptions{Department: *dept, Previous: prev, Date: when}); err != nil {
		return fmt.Errorf("writing the template: %w", err)
	}
	w := newOutWriter(*out)
	defer w.close()
	paths, err := w.write(ctx, []output{{name: name, data: b.Bytes()}}, in.files)
	if err != nil {
		return err
	}
	for _, path := range paths {
		fmt.Fprintf(stdout, "wrote %s\n", path)
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
