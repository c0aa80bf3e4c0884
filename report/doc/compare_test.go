package doc

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"plancheck/report/compare"
)

// The comparison tree of the three test plans is pinned by cmd/plancheck's
// TestCompareGolden (testdata/compare_2024.golden.dump); these are the
// edges.
func TestBuildComparison(t *testing.T) {
	date := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	if _, err := BuildComparison(nil, CompareOptions{Date: date}); err == nil {
		t.Error("no error for a nil comparison")
	}
	c := &compare.Comparison{Year: 2024, Plans: []*compare.Plan{{ID: "a", ShortName: "甲区规划"}, {ID: "b"}}}
	if _, err := BuildComparison(c, CompareOptions{}); err == nil {
		t.Error("no error for a zero date")
	}
	d, err := BuildComparison(c, CompareOptions{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	var dump bytes.Buffer
	if err := Dump(&dump, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"没有一项指标编码为两个以上规划共有", "本年度没有可以排名的共同指标", "line: 甲区规划"} {
		if !strings.Contains(dump.String(), want) {
			t.Errorf("the tree of plans sharing no code lacks %q:\n%s", want, dump.String())
		}
	}
	if len(d.Annexes) != 0 {
		t.Error("an annex of rows with no shared indicator")
	}
	// A template folder replaces one definition.
	over := fstest.MapFS{"cmp_mine.tmpl": {Data: []byte(`{{define "part.overall"}}总体情况（自定义）{{end}}`)}}
	d, err = BuildComparison(c, CompareOptions{Date: date, Templates: over})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Parts[0].Title; got != "总体情况（自定义）" {
		t.Errorf("overridden title %q", got)
	}
	bad := fstest.MapFS{"cmp_bad.tmpl": {Data: []byte(`{{define "overall"}}{{.Nope}}{{end}}`)}}
	if _, err := BuildComparison(c, CompareOptions{Date: date, Templates: bad}); err == nil || !strings.Contains(err.Error(), "Nope") {
		t.Errorf("a template's error: %v", err)
	}
}
