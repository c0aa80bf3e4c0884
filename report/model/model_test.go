package model

import (
	"strings"
	"testing"
)

func TestMerge(t *testing.T) {
	at := func(file, cell string) Loc { return Loc{File: file, Sheet: "指标数据", Cell: cell} }
	pct := 50.0
	a := &Dataset{
		Values: []Observation{{ID: "5", Year: 2023, Value: 35.5, Text: "35.5", At: at("fgw.xlsx", "D7")}},
		Tasks:  []TaskReport{{ID: "3.1.1", Year: 2023, Progress: Behind, At: Loc{File: "kw.xlsx", Sheet: "重点任务", Cell: "C2"}}},
	}
	b := &Dataset{
		Values: []Observation{
			{ID: "5", Year: 2023, Value: 35.5, Text: "35.5", At: at("tjj.xlsx", "D3")}, // the same value: kept once
			{ID: "5", Year: 2022, Value: 34.2, Text: "34.2", At: at("tjj.xlsx", "D2")},
		},
		Tasks: []TaskReport{{ID: "3.1.1", Year: 2023, Progress: OnSchedule, Share: &pct, At: Loc{File: "fgw.xlsx", Sheet: "重点任务", Cell: "C9"}}},
	}
	c := &Dataset{Values: []Observation{{ID: "5", Year: 2023, Value: 36, Text: "36", At: at("jxj.xlsx", "D4")}}}
	out, conflicts := Merge(a, b, c)
	if len(out.Values) != 2 || len(out.Tasks) != 1 {
		t.Errorf("merged %d values, %d tasks", len(out.Values), len(out.Tasks))
	}
	if len(conflicts) != 2 {
		t.Fatalf("conflicts = %v", conflicts)
	}
	for _, want := range []string{
		`重点任务: task "3.1.1", 2023年: kw.xlsx: 重点任务!C2 says 滞后 but fgw.xlsx: 重点任务!C9 says 按计划推进`,
		`指标数据: indicator "5", 2023年: fgw.xlsx: 指标数据!D7 says 35.5 but jxj.xlsx: 指标数据!D4 says 36`,
	} {
		found := false
		for _, c := range conflicts {
			found = found || strings.Contains(c.Error(), want)
		}
		if !found {
			t.Errorf("no conflict %q in %v", want, conflicts)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"25A": "25a", "０１": "1", " 4 ": "4", "1.0": "1", "3.1.1": "3.1.1"} {
		if got := NormalizeID(in); got != want {
			t.Errorf("NormalizeID(%q) = %q, want %q", in, got, want)
		}
	}
	if NormalizeUnit("人／百亿元") != NormalizeUnit("人/百亿元") || NormalizeUnit("（万人）") != "万人" || NormalizeUnit("％") != "%" {
		t.Error("NormalizeUnit")
	}
}

// TestMergeAnalystSheets: the analysts' adjustments and proposals of every
// workbook are kept, in the order given (the one-year rule is cmd's).
func TestMergeAnalystSheets(t *testing.T) {
	a := &Dataset{Adjustments: []Adjustment{{ID: "1"}}, Proposals: []Proposal{{ID: "7"}}}
	b := &Dataset{Proposals: []Proposal{{ID: "12"}}}
	out, conflicts := Merge(a, nil, b)
	if len(conflicts) != 0 || len(out.Adjustments) != 1 || len(out.Proposals) != 2 || out.Proposals[0].ID != "7" || out.Proposals[1].ID != "12" {
		t.Errorf("merged %+v, conflicts %v", out, conflicts)
	}
}
