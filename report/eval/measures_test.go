package eval

import (
	"reflect"
	"testing"

	"plancheck/report/model"
)

func TestMeasures(t *testing.T) {
	ind := func(id, lead string, binding bool, st Status, band Band) IndicatorResult {
		return IndicatorResult{ID: id, Lead: lead, Binding: binding, Status: st, ProjectionBand: band}
	}
	for _, c := range []struct {
		name string
		inds []IndicatorResult
		want []MeasureGroup
	}{
		{
			name: "annual",
			inds: []IndicatorResult{
				ind("a", "L1", false, OnTrack, Likely),           // good → 巩固
				ind("b", "L2", false, Lagging, AtRisk),           // off track, not unlikely → 加力
				ind("c", "L3", true, SeriouslyLagging, Unlikely), // unlikely → 调整
				ind("d", "L2", false, Ahead, Likely),             // 巩固
				ind("e", "L4", true, Met, ""),                    // 巩固, binding: first
				ind("f", "L5", true, NoData, ""),                 // no judgment: none
				ind("g", "L1", false, OnTrack, Unlikely),         // good now, unlikely: 调整, not 巩固
				ind("h", "L2", false, NotMet, ""),                // off track → 加力
			},
			want: []MeasureGroup{
				// binding e first, then a, d in plan order; leads in that order.
				{Measure: model.Consolidate, Label: "巩固", Indicators: []string{"e", "a", "d"}, Leads: []string{"L4", "L1", "L2"}},
				{Measure: model.Push, Label: "加力", Indicators: []string{"b", "h"}, Leads: []string{"L2"}},
				{Measure: model.Adjust, Label: "调整", Indicators: []string{"c", "g"}, Leads: []string{"L3", "L1"}},
			},
		},
		{
			name: "final",
			inds: []IndicatorResult{
				ind("1", "L1", false, model.Completed, ""),       // 巩固
				ind("2", "L2", false, model.MostlyCompleted, ""), // good, yet short: 加力
				ind("3", "L3", true, model.NotCompleted, ""),     // 调整
				ind("4", "", false, model.Completed, ""),         // no lead: none listed
				ind("5", "L5", false, NotAssessed, ""),           // none
			},
			want: []MeasureGroup{
				{Measure: model.Consolidate, Label: "巩固", Indicators: []string{"1", "4"}, Leads: []string{"L1"}},
				{Measure: model.Push, Label: "加力", Indicators: []string{"2"}, Leads: []string{"L2"}},
				{Measure: model.Adjust, Label: "调整", Indicators: []string{"3"}, Leads: []string{"L3"}},
			},
		},
		{
			// Nothing off track: the groups 加力 and 调整 are left out.
			name: "all good",
			inds: []IndicatorResult{ind("1", "L1", false, Achieved, "")},
			want: []MeasureGroup{{Measure: model.Consolidate, Label: "巩固", Indicators: []string{"1"}, Leads: []string{"L1"}}},
		},
		{name: "nothing assessable", inds: []IndicatorResult{ind("1", "L1", false, NoData, "")}, want: []MeasureGroup{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := measures(&Result{Indicators: c.inds})
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("measures = %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// TestMeasuresEvaluated: the groups of an evaluated plan (themesCase,
// 2023): i1, i2, i3 unlikely → 调整 (binding i3 first); i4, i9 on track → 巩固.
func TestMeasuresEvaluated(t *testing.T) {
	p, ds := themesCase(false)
	res := run(t, p, ds, 2023)
	want := []MeasureGroup{
		{Measure: model.Consolidate, Label: "巩固", Indicators: []string{"i4", "i9"}, Leads: []string{"d2", "d1"}},
		{Measure: model.Adjust, Label: "调整", Indicators: []string{"i3", "i1", "i2"}, Leads: []string{"d2", "d1"}},
	}
	if !reflect.DeepEqual(res.Measures, want) {
		t.Errorf("measures = %+v\nwant %+v", res.Measures, want)
	}
}
