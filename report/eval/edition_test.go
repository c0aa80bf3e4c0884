package eval

import (
	"encoding/json"
	"reflect"
	"testing"

	"plancheck/report/model"
)

// editionCase is themesCase in 2023 with everything the public edition
// leaves out: cell references on the values, task reports and a chosen
// proposal, two comments (one marked public), a manual status, last
// year's comments and data-quality findings (i9 has no value in 2022:
// missing).
func editionCase(t *testing.T) *Result {
	t.Helper()
	p, ds := themesCase(true)
	for i := range ds.Values {
		ds.Values[i].At = model.Loc{File: "data.xlsx", Sheet: "指标数据", Cell: "D2"}
	}
	for i := range ds.Tasks {
		ds.Tasks[i].At = model.Loc{File: "data.xlsx", Sheet: "重点任务", Cell: "E2"}
	}
	ds.Adjustments = []model.Adjustment{
		{ID: "i1", Status: "基本符合预期", Reason: "口径调整", Comment: "内部意见", Year: 2023},
		{ID: "i2", Comment: "可以公开的意见", Public: true, Year: 2023},
	}
	ds.Proposals = []model.Proposal{{ID: "i1", Handling: "建议调整目标", Reason: "理由", Year: 2023, At: model.Loc{File: "r.xlsx", Sheet: "规划调整建议", Cell: "H3"}}}
	ds.Previous = &model.Previous{Year: 2022,
		Problems: []model.PreviousProblem{{Task: "t1", Rules: []model.ProblemRule{model.RuleKeyTaskBehind}}},
		Comments: []model.PreviousComment{{ID: "i2", Comment: "上年的内部意见"}},
	}
	return run(t, p, ds, 2023)
}

// TestForEditionPublic spells out the public edition's rules.
func TestForEditionPublic(t *testing.T) {
	res := editionCase(t)
	before, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	beforeIn := *res.Inputs
	beforeIn.Values = append([]model.Observation(nil), res.Inputs.Values...)
	beforeIn.TaskReports = append([]model.TaskReport(nil), res.Inputs.TaskReports...)
	// The case must have what the edition leaves out, or the test proves nothing.
	if len(res.Quality) == 0 || res.Summary.Findings == 0 || res.FollowUp == nil || len(res.FollowUp.Comments) == 0 ||
		proposalAt(res) == "" || len(res.Departments) == 0 {
		t.Fatalf("the case lacks internal items: quality %d, follow-up %+v, proposals %+v", len(res.Quality), res.FollowUp, res.Proposals)
	}

	pub := ForEdition(res, model.Public)
	if pub == res || pub.Edition != model.Public {
		t.Fatalf("public edition = %p (res %p), edition %q", pub, res, pub.Edition)
	}
	// res is not changed.
	after, _ := json.Marshal(res)
	if string(before) != string(after) || res.Edition != model.Internal {
		t.Error("ForEdition changed res")
	}
	if !reflect.DeepEqual(*res.Inputs, beforeIn) {
		t.Error("ForEdition changed res.Inputs")
	}

	// 1. No data-quality findings.
	if len(pub.Quality) != 0 || pub.Quality == nil || pub.Summary.Findings != 0 {
		t.Errorf("quality = %v, findings = %d, want [] and 0", pub.Quality, pub.Summary.Findings)
	}
	// 2. The departments keep what they lead, not their scores or duties.
	for i, d := range pub.Departments {
		o := res.Departments[i]
		want := DepartmentResult{ID: o.ID, Name: o.Name, Indicators: o.Indicators, Tasks: o.Tasks, Projects: o.Projects, Binding: o.Binding, Problems: o.Problems}
		if !reflect.DeepEqual(d, want) {
			t.Errorf("department %s = %+v, want %+v", o.ID, d, want)
		}
	}
	// 3. No cell reference anywhere, in the result or its inputs.
	for _, r := range pub.Indicators {
		for _, y := range r.Years {
			if y.At != "" {
				t.Errorf("indicator %s %d: at %q", r.ID, y.Year, y.At)
			}
		}
	}
	for _, tk := range pub.Tasks {
		if tk.At != "" {
			t.Errorf("task %s: at %q", tk.ID, tk.At)
		}
	}
	for _, pr := range pub.Proposals {
		if pr.At != "" || pr.Indicator == "i1" && (!pr.Chosen || pr.Reason != "理由") {
			t.Errorf("proposal %s = %+v, want the analyst's choice, with its reason, without at", pr.Indicator, pr)
		}
	}
	for _, o := range pub.Inputs.Values {
		if o.At != (model.Loc{}) {
			t.Errorf("input value %s %d: at %v", o.ID, o.Year, o.At)
		}
	}
	for _, o := range pub.Inputs.TaskReports {
		if o.At != (model.Loc{}) {
			t.Errorf("input task %s %d: at %v", o.ID, o.Year, o.At)
		}
	}
	js, _ := json.Marshal(pub)
	if b, _ := json.Marshal(res); !containsAt(b) || containsAt(js) {
		t.Errorf("the JSON's \"at\": internal %v, public %v; want true, false", containsAt(b), containsAt(js))
	}
	// 4. Comments: only those marked public; a manual status and its
	// reason stay; last year's comments go.
	i1, i2 := indicator(pub, "i1"), indicator(pub, "i2")
	if i1.ID != "i1" || i1.Comment != "" || !i1.Manual || i1.Status != OnTrack || i1.ManualReason != "口径调整" {
		t.Errorf("i1 = manual %v %s (%q), comment %q; want the manual status with its reason, no comment", i1.Manual, i1.Status, i1.ManualReason, i1.Comment)
	}
	if i2.ID != "i2" || i2.Comment != "可以公开的意见" || !i2.CommentPublic {
		t.Errorf("i2 comment = %q (public %v), want the public one", i2.Comment, i2.CommentPublic)
	}
	if pub.FollowUp == nil || len(pub.FollowUp.Comments) != 0 || len(pub.FollowUp.Problems) != len(res.FollowUp.Problems) {
		t.Errorf("follow-up = %+v, want last year's problems without its comments", pub.FollowUp)
	}
	// 5. Everything else stays: the judgments, counts, samples.
	if !reflect.DeepEqual(pub.Problems, res.Problems) || pub.Summary.Good != res.Summary.Good || pub.Summary.Samples != res.Summary.Samples || !reflect.DeepEqual(pub.StatusChart, res.StatusChart) {
		t.Error("the public edition changed a judgment or a count")
	}
	// The public edition of the public edition is the same.
	if again := ForEdition(pub, model.Public); !reflect.DeepEqual(again, pub) {
		t.Error("ForEdition(public) is not idempotent")
	}
}

func proposalAt(res *Result) string {
	for _, pr := range res.Proposals {
		if pr.Indicator == "i1" {
			return pr.At
		}
	}
	return ""
}

func indicator(res *Result, id string) IndicatorResult {
	for _, r := range res.Indicators {
		if r.ID == id {
			return r
		}
	}
	return IndicatorResult{}
}

func containsAt(js []byte) bool {
	var walk func(v any) bool
	walk = func(v any) bool {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				if k == "at" || walk(e) {
					return true
				}
			}
		case []any:
			for _, e := range x {
				if walk(e) {
					return true
				}
			}
		}
		return false
	}
	var v any
	if err := json.Unmarshal(js, &v); err != nil {
		panic(err)
	}
	return walk(v)
}

// TestForEditionInternal: the internal edition is res itself, unchanged.
func TestForEditionInternal(t *testing.T) {
	res := editionCase(t)
	before, _ := json.Marshal(res)
	for _, ed := range []model.Edition{model.Internal, ""} {
		if got := ForEdition(res, ed); got != res {
			t.Errorf("ForEdition(%q) = %p, want res %p", ed, got, res)
		}
	}
	if after, _ := json.Marshal(res); string(after) != string(before) {
		t.Error("the internal edition changed res")
	}
	if ForEdition(nil, model.Public) != nil {
		t.Error("ForEdition(nil) is not nil")
	}
}
