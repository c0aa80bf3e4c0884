package xlsx

import (
	"fmt"
	"io"
	"testing"

	"plancheck/report/model"
)

// scaled is the Haidian plan's indicators repeated to n, each copy with its
// own ids and values, evaluated in 2023: a plan of a province's size.
func scaled(tb testing.TB, n int) *fixture {
	tb.Helper()
	fx := loadFixture(tb, 2023)
	p := *fx.p
	p.Indicators = nil
	ds := &model.Dataset{References: fx.ds.References}
	values, reqs := model.ByID(fx.ds.Values), model.ByID(fx.ds.Requirements)
	for k := 0; len(p.Indicators) < n; k++ {
		for _, ind := range fx.p.Indicators {
			if len(p.Indicators) == n {
				break
			}
			suffix := ""
			if k > 0 {
				suffix = fmt.Sprintf("-%d", k)
			}
			c := ind
			c.ID += suffix
			if c.Target.To != "" {
				c.Target.To += suffix
			}
			if fx.p.Indicator(c.Levels) != nil {
				c.Levels += suffix
			}
			p.Indicators = append(p.Indicators, c)
			for _, o := range values[ind.ID] {
				o.ID = c.ID
				ds.Values = append(ds.Values, o)
			}
			for _, o := range reqs[ind.ID] {
				o.ID = c.ID
				ds.Requirements = append(ds.Requirements, o)
			}
		}
	}
	big := &fixture{p: &p, ds: ds}
	var err error
	if big.res, err = evaluate(big, 2023); err != nil {
		tb.Fatal(err)
	}
	return big
}

// BenchmarkWriteReport writes the Excel report of the default plan (26
// indicators) and of a 270-indicator one; the aims are 0.3 s and 3 s.
func BenchmarkWriteReport(b *testing.B) {
	for _, c := range []struct {
		name string
		fx   *fixture
	}{
		{"default-26", loadFixture(b, 2023)},
		{"indicators-270", scaled(b, 270)},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := Write(io.Discard, c.fx.res, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWriteTemplate writes the monitoring template of the default plan.
func BenchmarkWriteTemplate(b *testing.B) {
	fx := loadFixture(b, 2023)
	for i := 0; i < b.N; i++ {
		if err := WriteTemplate(io.Discard, fx.p, 2025, TemplateOptions{Previous: fx.ds}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestScaled checks the 270-indicator workbook as the benchmark writes it:
// it is written, reads back and has a chart per charted indicator.
func TestScaled(t *testing.T) {
	if testing.Short() {
		t.Skip("a large workbook")
	}
	fx := scaled(t, 270)
	b := fx.write(t, Options{})
	f := open(t, b)
	if n := len(rows(t, f, "指标评估")); n != 271 {
		t.Errorf("指标评估 has %d rows, want 271", n)
	}
	charted := 0
	for i := range fx.res.Indicators {
		if charted2(fx, i) {
			charted++
		}
	}
	if got := chartCount(t, b); got != 1+charted {
		t.Errorf("%d charts, want %d", got, 1+charted)
	}
}
