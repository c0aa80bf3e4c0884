package compare

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
)

func f(x float64) *float64 { return &x }

// result is a plan's result with the indicators given.
func result(id string, year int, inds ...eval.IndicatorResult) *eval.Result {
	res := &eval.Result{Format: eval.Format, Plan: eval.PlanInfo{ID: id, ShortName: id + "规划"}, Year: year, Indicators: inds}
	counts := map[model.Status]int{}
	for _, r := range inds {
		counts[r.Status]++
		res.Summary.Total++
		if r.Status.Assessable() {
			res.Summary.Assessable++
		}
		if r.Status.Good() {
			res.Summary.Good++
		}
	}
	for _, st := range eval.Statuses() {
		res.Summary.ByStatus = append(res.Summary.ByStatus, eval.Count{Status: st, Label: st.Label(), N: counts[st]})
	}
	return res
}

func ind(id, code, unit string, kind model.Kind, st model.Status, pace *float64) eval.IndicatorResult {
	return eval.IndicatorResult{ID: id, Code: code, Name: "指标" + id, Unit: unit, Kind: kind, Status: st, PaceRatio: pace}
}

func encode(t *testing.T, res *eval.Result) *bytes.Reader {
	t.Helper()
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.NewReader(b)
}

// TestDecisions: three plans, hand-counted.
//
//	a: x.pm25 ceiling not_met; x.rd level pace 1.2 ahead; x.gdp avg_growth pace 0.8 lagging; binding 9 not_met (no code)
//	b: x.pm25 ceiling met;     x.rd level pace 0.5 seriously lagging;  x.own (only b)
//	c: x.pm25 ceiling no_data; x.rd delta pace 1.0;  x.gdp avg_growth pace 0.8 lagging
//
// Shared: x.gdp (a, c), x.pm25 (a, b, c), x.rd (a, b, c); x.own is b's only.
// Off track: x.pm25 1 (a), x.rd 1 (b), x.gdp 2 (a, c) → lagging order gdp, pm25, rd.
// Rankings: x.gdp avg_growth: a 0.8, c 0.8 → both rank 1; x.rd level: a 1.2 (1), b 0.5 (2);
// x.rd delta: c alone → too few; x.pm25 ceiling → no pace.
func TestDecisions(t *testing.T) {
	a := result("a", 2024,
		ind("1", "x.pm25", "微克/立方米", model.Ceiling, model.NotMet, nil),
		ind("2", "x.rd", "%", model.Level, model.Ahead, f(1.2)),
		ind("3", "x.gdp", "%", model.AvgGrowth, model.Lagging, f(0.8)),
		ind("9", "", "个", model.Level, model.NotMet, nil),
	)
	a.Indicators[3].Binding = true
	b := result("b", 2024,
		ind("1", "x.pm25", "微克/立方米", model.Ceiling, model.Met, nil),
		ind("2", "x.rd", "%", model.Level, model.SeriouslyLagging, f(0.5)),
		ind("3", "x.own", "%", model.Level, model.OnTrack, f(1)),
	)
	c := result("c", 2024,
		ind("1", "x.pm25", "微克/立方米", model.Ceiling, model.NoData, nil),
		ind("2", "x.rd", "%", model.Delta, model.OnTrack, f(1)),
		ind("3", "x.gdp", "%", model.AvgGrowth, model.Lagging, f(0.8)),
	)
	bl := New(2024)
	// c from JSON, a and b evaluated on the fly: both paths.
	if err := bl.Add(encode(t, c), "c.json"); err != nil {
		t.Fatal(err)
	}
	for _, r := range []*eval.Result{b, a} {
		if err := bl.AddResult(r, r.Plan.ID); err != nil {
			t.Fatal(err)
		}
	}
	cmp, err := bl.Comparison()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range cmp.Plans {
		ids = append(ids, p.ID)
	}
	if strings.Join(ids, ",") != "a,b,c" {
		t.Errorf("plans %v, want in id order", ids)
	}
	var codes []string
	for _, s := range cmp.Indicators {
		codes = append(codes, s.Code)
	}
	if strings.Join(codes, ",") != "x.gdp,x.pm25,x.rd" {
		t.Errorf("shared %v, want x.gdp,x.pm25,x.rd (x.own is one plan's)", codes)
	}
	if r := cmp.Plans[1].Row("x.own"); r != nil {
		t.Error("b keeps the row of x.own, which no other plan has")
	}
	var lag []string
	for _, s := range cmp.Lagging {
		lag = append(lag, s.Code+"="+string(rune('0'+s.OffTrack)))
	}
	if strings.Join(lag, ",") != "x.gdp=2,x.pm25=1,x.rd=1" {
		t.Errorf("lagging %v", lag)
	}
	pm := cmp.Indicators[1]
	if pm.Plans != 3 || pm.OffTrack != 1 || pm.NoData != 1 {
		t.Errorf("x.pm25 = %+v; want 3 plans, 1 off track (a), 1 without judgment (c)", pm)
	}
	if got := cmp.Plans[0].BindingOff; len(got) != 1 || got[0].ID != "9" {
		t.Errorf("a's binding off track = %+v; want indicator 9 (no code)", got)
	}
	if len(cmp.Rankings) != 2 {
		t.Fatalf("rankings = %+v", cmp.Rankings)
	}
	g, r := cmp.Rankings[0], cmp.Rankings[1]
	if g.Code != "x.gdp" || g.Entries[0].Rank != 1 || g.Entries[1].Rank != 1 {
		t.Errorf("x.gdp ranking %+v; want a and c tied at 1 (0.8 each)", g)
	}
	if r.Code != "x.rd" || r.Kind != model.Level || r.Entries[0].Plan != "a" || r.Entries[1].Rank != 2 {
		t.Errorf("x.rd ranking %+v; want a (1.2) then b (0.5), the level plans only", r)
	}
	un := map[string]Reason{}
	for _, u := range cmp.Unranked {
		un[u.Code+"/"+string(u.Kind)] = u.Reason
	}
	if un["x.pm25/ceiling"] != NoPace || un["x.rd/delta"] != TooFew || len(un) != 2 {
		t.Errorf("unranked %v", un)
	}
	if cmp.PlanChart == nil || len(cmp.PlanChart.Bars) != 3 || cmp.IndicatorChart == nil || len(cmp.IndicatorChart.Bars) != 3 {
		t.Errorf("charts %+v %+v", cmp.PlanChart, cmp.IndicatorChart)
	}
}

func TestRefusals(t *testing.T) {
	good := func(id string) *eval.Result {
		return result(id, 2024, ind("1", "x.pm25", "微克/立方米", model.Ceiling, model.Met, nil))
	}
	for _, c := range []struct {
		name string
		add  func(b *Builder) error
		want string
	}{
		{"two units", func(b *Builder) error {
			if err := b.AddResult(good("a"), "a.json"); err != nil {
				return err
			}
			return b.AddResult(result("b", 2024, ind("7", "x.pm25", "毫克/立方米", model.Ceiling, model.Met, nil)), "b.json")
		}, `code x.pm25 has two units: "微克/立方米" in plan a (indicator "1" 指标1, a.json) and "毫克/立方米" in plan b (indicator "7" 指标7, b.json)`},
		{"same unit spelt full-width", func(b *Builder) error {
			if err := b.AddResult(result("a", 2024, ind("1", "x.rd", "%", model.Level, model.Met, nil)), "a.json"); err != nil {
				return err
			}
			return b.AddResult(result("b", 2024, ind("1", "x.rd", "％", model.Level, model.Met, nil)), "b.json")
		}, ""},
		{"same unit bracketed", func(b *Builder) error {
			if err := b.AddResult(result("a", 2024, ind("1", "x.pop", "万人", model.Level, model.Met, nil)), "a.json"); err != nil {
				return err
			}
			return b.AddResult(result("b", 2024, ind("1", "x.pop", "（万人）", model.Level, model.Met, nil)), "b.json")
		}, ""},
		{"year", func(b *Builder) error { return b.AddResult(result("a", 2023), "a.json") }, "a.json: the 2023 result of a, not of 2024"},
		{"twice", func(b *Builder) error {
			b.AddResult(good("a"), "a.json")
			return b.Add(encode(t, good("a")), "a2.json")
		}, "a2.json: the 2024 result of plan a again (also a.json)"},
		{"bad code", func(b *Builder) error {
			return b.AddResult(result("a", 2024, ind("1", "PM25", "", model.Ceiling, model.Met, nil)), "a.json")
		}, `a.json: indicator "1": code "PM25" has no framework prefix`},
		{"too large", func(b *Builder) error {
			defer func(n int64) { MaxSize = n }(MaxSize)
			MaxSize = 10
			return b.Add(encode(t, good("a")), "big.json")
		}, "big.json: larger than"},
		{"empty", func(b *Builder) error { return b.Add(strings.NewReader(""), "e.json") }, "e.json: not a JSON result"},
		{"broken", func(b *Builder) error { return b.Add(strings.NewReader(`{"format": 1,`), "x.json") }, "x.json: not valid JSON"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.add(New(2024))
			switch {
			case c.want == "" && err != nil:
				t.Errorf("error %v, want none", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("error = %v\nwant it to contain %q", err, c.want)
			}
		})
	}
	if _, err := New(2024).Comparison(); err == nil {
		t.Error("a comparison of no plan")
	}
}

// FuzzAdd: whatever the bytes, Add returns an error or keeps a plan; it
// never panics.
func FuzzAdd(f *testing.F) {
	js, _ := json.Marshal(result("a", 2024, ind("1", "x.pm25", "微克/立方米", model.Ceiling, model.Met, nil)))
	f.Add(js)
	f.Add([]byte(`{"format":1,"plan":{"id":"a"},"year":2024,"summary":{},"indicators":[{"code":"x..y"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b := New(2024)
		_ = b.Add(bytes.NewReader(data), "f.json")
		_ = b.Add(bytes.NewReader(data), "g.json")
		_, _ = b.Comparison()
	})
}
