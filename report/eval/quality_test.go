package eval

import (
	"fmt"
	"strings"
	"testing"

	"plancheck/report/model"
)

// at places observations in a workbook: indicator id's value of year y is
// in cell D(y−2000) of sheet.
func at(sheet string, obs []model.Observation) []model.Observation {
	for i := range obs {
		obs[i].At = model.Loc{File: "kw.xlsx", Sheet: sheet, Cell: fmt.Sprintf("D%d", obs[i].Year-2000)}
	}
	return obs
}

// TestImpossibleValues: values a unit cannot have are out_of_range errors
// naming their cell — a share in % outside 0–100, a negative number of
// people, a growth below −100%, a reduction above 100%, any magnitude above
// 1e15 — in the values, the municipal requirements and the references.
func TestImpossibleValues(t *testing.T) {
	lo := -10.0
	p := testPlan(
		model.Indicator{ID: "share", Unit: "%", Target: model.Target{Kind: model.Level, Value: 60}},
		model.Indicator{ID: "people", Unit: "万人", Target: model.Target{Kind: model.Ceiling, Value: 312.6}},
		model.Indicator{ID: "permille", Unit: "‰", Target: model.Target{Kind: model.None}},
		model.Indicator{ID: "growth", Unit: "%", Target: model.Target{Kind: model.AvgGrowth, Value: 6}},
		model.Indicator{ID: "cut", Unit: "%", Target: model.Target{Kind: model.Reduction, Value: 13.5}},
		model.Indicator{ID: "big", Unit: "亿元", Target: model.Target{Kind: model.None}},
		model.Indicator{ID: "pm25", Unit: "微克/立方米", Target: model.Target{Kind: model.Municipal, Compare: model.LE}},
		model.Indicator{ID: "jobs", Unit: "%", Target: model.Target{Kind: model.Relative, Reference: "city", Compare: model.LE}},
		model.Indicator{ID: "balance", Unit: "亿元", Min: &lo, Target: model.Target{Kind: model.None}},
	)
	vals := func(id string, v map[int]float64) []model.Observation { return at("指标数据", series(id, v)) }
	ds := &model.Dataset{
		Values: concat(
			vals("share", map[int]float64{2020: 40, 2021: 100, 2022: 100.5, 2023: -0.1}),
			vals("people", map[int]float64{2020: 313, 2021: -5, 2022: 0}),
			vals("permille", map[int]float64{2021: 1000, 2022: 1001}),
			vals("growth", map[int]float64{2021: -100, 2022: -120, 2023: 250}),
			vals("cut", map[int]float64{2021: 100, 2022: 101, 2023: -3}),
			vals("big", map[int]float64{2021: 1e15, 2022: 1e60, 2023: 12}),
			vals("pm25", map[int]float64{2021: 30, 2022: 31, 2023: 29}),
			vals("jobs", map[int]float64{2021: 3, 2022: 3, 2023: 3}),
			vals("balance", map[int]float64{2021: -5, 2022: -11}),
		),
		Requirements: at("市级要求", series("pm25", map[int]float64{2021: -3, 2022: 1e16, 2023: 35})),
		References:   at("参照数据", series("city", map[int]float64{2021: 4, 2022: -1e300, 2023: 4})),
	}
	res := run(t, p, ds, 2023)
	var got []string
	for _, q := range res.Quality {
		if q.Code == "out_of_range" {
			if q.Severity != Error {
				t.Errorf("%+v is a %s, want an error", q, q.Severity)
			}
			ref := ""
			if q.Reference != "" {
				ref = "“" + q.Reference + "”"
			}
			got = append(got, fmt.Sprintf("%s %s %d %s%s %g %s %g", q.At, q.Indicator, q.Year, q.Of, ref, *q.Value, q.Bound, *q.Limit))
		}
	}
	want := []string{
		// 0 ≤ share ≤ 100: 100 is possible, 100.5 and −0.1 are not.
		"kw.xlsx: 指标数据!D22 share 2022 value 100.5 max 100",
		"kw.xlsx: 指标数据!D23 share 2023 value -0.1 min 0",
		// people ≥ 0: −5 is not, 0 is.
		"kw.xlsx: 指标数据!D21 people 2021 value -5 min 0",
		// 0 ≤ ‰ ≤ 1000.
		"kw.xlsx: 指标数据!D22 permille 2022 value 1001 max 1000",
		// a yearly growth ≥ −100%: −100 is possible (all gone), −120 is not; +250 is.
		"kw.xlsx: 指标数据!D22 growth 2022 value -120 min -100",
		// a yearly reduction ≤ 100%: 101 is not; a negative one (an increase) is.
		"kw.xlsx: 指标数据!D22 cut 2022 value 101 max 100",
		// |v| ≤ 1e15: 1e15 itself passes, 1e60 does not.
		"kw.xlsx: 指标数据!D22 big 2022 value 1e+60 magnitude 1e+15",
		// the requirements of pm25 are in its unit: not negative, not absurd.
		"kw.xlsx: 市级要求!D21 pm25 2021 requirement -3 min 0",
		"kw.xlsx: 市级要求!D22 pm25 2022 requirement 1e+16 magnitude 1e+15",
		// a reference's magnitude.
		"kw.xlsx: 参照数据!D22 jobs 2022 reference“全市平均” -1e+300 magnitude 1e+15",
		// min: −10 in the plan: −5 passes, −11 does not.
		"kw.xlsx: 指标数据!D22 balance 2022 value -11 min -10",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("out_of_range findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// An absurd value is not also a jump: 1e15 → 1e60 → 12 would be two.
	for _, q := range res.Quality {
		if q.Code == "jump" && q.Indicator == "big" {
			t.Errorf("jump next to an absurd value: %+v", q)
		}
	}
}

func concat(lists ...[]model.Observation) []model.Observation {
	var out []model.Observation
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// TestApproximateTextEscaped: a cell's text is kept in a finding, to be
// quoted, with its control characters escaped and at most 80 characters
// (约, ESC, [31m and 74 五, and …).
func TestApproximateTextEscaped(t *testing.T) {
	ind := model.Indicator{ID: "x", Unit: "万人", Target: model.Target{Kind: model.None}}
	text := "约\x1b[31m" + strings.Repeat("五", 100)
	res := run(t, testPlan(ind), &model.Dataset{Values: []model.Observation{{ID: "x", Year: 2021, Value: 5, Approx: true, Text: text, Source: "s"}}}, 2021)
	for _, q := range res.Quality {
		if q.Code != "approximate" {
			continue
		}
		want := "约\\x1b[31m" + strings.Repeat("五", 74) + "…"
		if q.Text != want || q.Value == nil || *q.Value != 5 {
			t.Errorf("text = %q, value %v\nwant %q, 5", q.Text, q.Value, want)
		}
		return
	}
	t.Error("no approximate finding")
}
