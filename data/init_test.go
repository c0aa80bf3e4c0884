package data

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"plancheck/report/model"
	"plancheck/report/plan"
)

// TestInitPlan: the skeleton plancheck init writes is a valid plan as
// written, with one example indicator of every target kind (a new kind
// fails this test until the skeleton shows it), each marked ToFill.
func TestInitPlan(t *testing.T) {
	b, err := FS.ReadFile(InitPlan)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Parse(bytes.NewReader(b), "plan.yaml")
	if err != nil {
		t.Fatalf("the skeleton is not a valid plan: %v", err)
	}
	seen := map[model.Kind]int{}
	lines := strings.Split(string(b), "\n")
	for _, ind := range p.Indicators {
		seen[ind.Target.Kind]++
		if ind.Line == 0 || !strings.HasSuffix(strings.TrimSpace(lines[ind.Line]), ToFill) {
			t.Errorf("indicator %s: its name (line %d) is not marked %q", ind.ID, ind.Line+1, ToFill)
		}
	}
	for _, k := range model.Kinds {
		if seen[k] != 1 {
			t.Errorf("kind %s: %d example indicators, want 1", k, seen[k])
		}
	}
	if len(p.Indicators) != len(model.Kinds) {
		t.Errorf("%d indicators for %d kinds", len(p.Indicators), len(model.Kinds))
	}
}

// TestSources: every source a real value of the sample cites is in
// sources.yaml, with its address (or a note that it has none), and in
// README.md's table of sources.
func TestSources(t *testing.T) {
	src, err := os.ReadFile("sources.yaml")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range published {
		i := strings.Index(string(src), "- id: "+p.source+"\n")
		if i < 0 {
			t.Errorf("source %s (指标 %s %d) is not in sources.yaml", p.source, p.id, p.year)
			continue
		}
		if rest := string(src[i:]); !strings.Contains(strings.SplitN(rest, "- id:", 3)[1], "url:") {
			t.Errorf("source %s has no url: line in sources.yaml", p.source)
		}
		if !strings.Contains(string(readme), "| `"+p.source+"` |") {
			t.Errorf("source %s is not in README.md's table of sources", p.source)
		}
	}
}
