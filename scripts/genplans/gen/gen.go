// Package gen writes the inputs of the scale benchmarks (scripts/perf.sh
// and the Go benchmarks of cmd/plancheck): many copies of the embedded
// Haidian plan, each a folder with plan.yaml and its workbook under its
// own id, or one plan whose indicator table is the Haidian table repeated
// to N indicators.
package gen

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"plancheck/data"
	"plancheck/report/model"
	"plancheck/report/plan"
	"plancheck/report/sheet"
	"plancheck/report/xlsx"
)

// Plans writes n copies of the Haidian plan into out, as folders
// district-001 … district-n, each with plan.yaml and data.xlsx.
func Plans(out string, n int) error {
	planText, book, err := embedded()
	if err != nil {
		return err
	}
	for i := 1; i <= n; i++ {
		id := fmt.Sprintf("district-%03d", i)
		dir := filepath.Join(out, id)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		text := bytes.Replace(planText, []byte("id: haidian-14th"), []byte("id: "+id), 1)
		if err := os.WriteFile(filepath.Join(dir, "plan.yaml"), text, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "data.xlsx"), book, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Indicators writes into out one plan (plan.yaml and data.xlsx, id
// scale-n) of n indicators: the Haidian table repeated.
func Indicators(out string, n int) error {
	planText, book, err := embedded()
	if err != nil {
		return err
	}
	p, err := plan.Parse(bytes.NewReader(planText), data.PlanFile)
	if err != nil {
		return err
	}
	ds, err := sheet.Read(bytes.NewReader(book), data.SampleWorkbook, p)
	if err != nil {
		return err
	}
	big, bigDS := repeat(p, ds, n)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "plan.yaml"), planYAML(big), 0o644); err != nil {
		return err
	}
	var b bytes.Buffer
	if err := xlsx.WriteInput(&b, big, bigDS, xlsx.InputOptions{Date: time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)}); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "data.xlsx"), b.Bytes(), 0o644)
}

// embedded are the embedded plan's text and its sample workbook.
func embedded() (planText, book []byte, err error) {
	if planText, err = data.FS.ReadFile(data.PlanFile); err != nil {
		return nil, nil, err
	}
	book, err = data.FS.ReadFile(data.SampleWorkbook)
	return planText, book, err
}

// repeat makes a plan of n indicators by repeating p's table, copy k's ids
// suffixed with -k (relative targets point into their own copy).
func repeat(p *model.Plan, ds *model.Dataset, n int) (*model.Plan, *model.Dataset) {
	big := *p
	big.ID = fmt.Sprintf("scale-%d", n)
	big.Indicators = nil
	out := &model.Dataset{References: ds.References}
	for k := 0; len(big.Indicators) < n; k++ {
		suffix := "-" + strconv.Itoa(k+1)
		for _, ind := range p.Indicators {
			if len(big.Indicators) == n {
				break
			}
			c := ind
			c.ID += suffix
			if c.Target.To != "" {
				c.Target.To += suffix
			}
			if c.Levels != "" && p.Indicator(c.Levels) != nil {
				c.Levels += suffix
			}
			big.Indicators = append(big.Indicators, c)
			for _, o := range ds.Values {
				if o.ID == ind.ID {
					o.ID = c.ID
					out.Values = append(out.Values, o)
				}
			}
			for _, o := range ds.Requirements {
				if o.ID == ind.ID {
					o.ID = c.ID
					out.Requirements = append(out.Requirements, o)
				}
			}
		}
	}
	// A relative target whose partner was cut off by n compares with the first copy.
	for i := range big.Indicators {
		if to := big.Indicators[i].Target.To; to != "" && big.Indicator(to) == nil {
			big.Indicators[i].Target.To = to[:strings.LastIndexByte(to, '-')] + "-1"
		}
	}
	return &big, out
}

// planYAML writes the plan in plancheck's format (tasks and projects left out).
func planYAML(p *model.Plan) []byte {
	var b bytes.Buffer
	q := strconv.Quote
	fmt.Fprintf(&b, "plan: {id: %s, name: %s, short_name: %s, region: %s, issuer: %s, base_year: %d, target_year: %d, midterm_year: %d}\n",
		p.ID, q(p.Name), q(p.ShortName), q(p.Region), q(p.Issuer), p.BaseYear, p.TargetYear, p.MidtermYear)
	b.WriteString("categories:\n")
	for _, c := range p.Categories {
		fmt.Fprintf(&b, "  - {id: %s, name: %s}\n", c.ID, q(c.Name))
	}
	b.WriteString("departments:\n")
	for _, d := range p.Departments {
		fmt.Fprintf(&b, "  - {id: %s, name: %s}\n", d.ID, q(d.Name))
	}
	b.WriteString("references:\n")
	for _, r := range p.References {
		fmt.Fprintf(&b, "  - {id: %s, name: %s, unit: %s}\n", r.ID, q(r.Name), q(r.Unit))
	}
	b.WriteString("indicators:\n")
	for _, ind := range p.Indicators {
		t := ind.Target
		fmt.Fprintf(&b, "  - {id: %s, name: %s, unit: %s, category: %s, binding: %t, lead: %s", q(ind.ID), q(ind.Name), q(ind.Unit), ind.Category, ind.Binding, ind.Lead)
		if ind.Baseline != nil {
			fmt.Fprintf(&b, ", baseline: %g", *ind.Baseline)
		}
		if ind.Min != nil {
			fmt.Fprintf(&b, ", min: %g", *ind.Min)
		}
		if ind.Levels != "" {
			fmt.Fprintf(&b, ", levels: %s", q(ind.Levels))
		}
		fmt.Fprintf(&b, ", target: {kind: %s, text: %s", t.Kind, q(t.Text))
		switch t.Kind {
		case model.Municipal, model.Relative, model.Boolean, model.None:
		default:
			fmt.Fprintf(&b, ", value: %g", t.Value)
		}
		if t.Approx != 0 {
			fmt.Fprintf(&b, ", approx: %g", t.Approx)
		}
		for _, kv := range [][2]string{{"direction", string(t.Direction)}, {"data", string(t.Data)}, {"compare", string(t.Compare)}, {"to", t.To}, {"reference", t.Reference}} {
			if kv[1] != "" {
				fmt.Fprintf(&b, ", %s: %s", kv[0], q(kv[1]))
			}
		}
		b.WriteString("}}\n")
	}
	return b.Bytes()
}
