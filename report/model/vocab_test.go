package model

import "testing"

// TestVocabularies checks every vocabulary: each id has a label, and no two
// ids of one vocabulary share an id or a label (a report could not tell
// them apart, and Parse could not read the label back).
func TestVocabularies(t *testing.T) {
	type table struct {
		name   string
		ids    []string
		labels []string
	}
	of := func(name string, n int, id func(int) string, label func(int) string) table {
		tb := table{name: name}
		for i := 0; i < n; i++ {
			tb.ids = append(tb.ids, id(i))
			tb.labels = append(tb.labels, label(i))
		}
		return tb
	}
	list := func(name string, v interface {
		len() int
		row(int) (string, string)
	}) table {
		return of(name, v.len(), func(i int) string { id, _ := v.row(i); return id }, func(i int) string { _, l := v.row(i); return l })
	}
	tables := []table{
		list("Status", statuses), list("Stage", stages), list("Judgment", judgments),
		list("ProblemRule", problemRules), list("Cause", causes), list("Severity", severities),
		list("FindingCode", findingCodes), list("ProjectStatus", projectStatuses), list("Band", bands),
		list("Change", changes), list("Kind", kinds), list("Progress", progresses), list("Reason", reasons),
		of("Method", len(methods), func(i int) string { return string(methods[i].id) }, func(i int) string { return methods[i].label }),
	}
	for _, tb := range tables {
		ids, labels := map[string]bool{}, map[string]bool{}
		for i, id := range tb.ids {
			l := tb.labels[i]
			if l == "" || l == id {
				t.Errorf("%s %q has no label", tb.name, id)
			}
			if ids[id] {
				t.Errorf("%s: id %q twice", tb.name, id)
			}
			if labels[l] {
				t.Errorf("%s: label %q shared by two ids", tb.name, l)
			}
			ids[id], labels[l] = true, true
		}
	}
}

// TestVocabularyMethods checks the exported views of the tables.
func TestVocabularyMethods(t *testing.T) {
	for _, s := range Statuses() {
		if got, ok := ParseStatus(" " + s.Label() + " "); !ok || got != s {
			t.Errorf("ParseStatus(%q) = %q, %v", s.Label(), got, ok)
		}
		if got, ok := ParseStatus(string(s)); !ok || got != s {
			t.Errorf("ParseStatus(%q) = %q, %v", s, got, ok)
		}
	}
	if _, ok := ParseStatus("很好"); ok {
		t.Error("ParseStatus accepted 很好")
	}
	if Final.Label() != "总结评估" || Midterm.Label() != "中期评估" || Annual.Label() != "年度评估" {
		t.Errorf("stages: %s %s %s", Annual.Label(), Midterm.Label(), Final.Label())
	}
	if Error.Label() != "错误" || Warning.Label() != "提示" {
		t.Errorf("severities: %s %s", Error.Label(), Warning.Label())
	}
	if NotReported.Label() != "未报送" {
		t.Errorf("NotReported = %q", NotReported.Label())
	}
	if _, ok := ParseProgress("未报送"); ok {
		t.Error("ParseProgress accepted 未报送: it is not a state a department reports")
	}
	if p, ok := ParseProgress("滞后"); !ok || p != Behind {
		t.Errorf("ParseProgress(滞后) = %q, %v", p, ok)
	}
	if len(Progresses()) != 4 {
		t.Errorf("Progresses() = %v", Progresses())
	}
	// Rules rank by the table's order: binding first, tasks and projects last.
	rules := ProblemRules()
	for i := 1; i < len(rules); i++ {
		if rules[i-1].Severity() >= rules[i].Severity() {
			t.Errorf("%s ranks at or after %s", rules[i-1], rules[i])
		}
	}
	if ProblemRule("made_up").Severity() != len(rules) {
		t.Error("an unknown rule does not rank last")
	}
	// Every kind, compare and data form has a method with a formula.
	for _, ind := range []Indicator{
		{Target: Target{Kind: Level}}, {Target: Target{Kind: Delta}}, {Target: Target{Kind: AvgGrowth}},
		{Target: Target{Kind: AvgGrowth, Data: LevelD}}, {Target: Target{Kind: Cumulative}}, {Target: Target{Kind: Reduction}},
		{Target: Target{Kind: Ceiling}}, {Target: Target{Kind: Floor}}, {Target: Target{Kind: Municipal, Compare: LE}},
		{Target: Target{Kind: Municipal, Compare: GE}}, {Target: Target{Kind: Municipal, Compare: Yes}},
		{Target: Target{Kind: Relative, Compare: Sync}}, {Target: Target{Kind: Relative, Compare: LE}},
		{Target: Target{Kind: Relative, Compare: GE}}, {Target: Target{Kind: Boolean}}, {Target: Target{Kind: None}},
	} {
		if m := ind.MethodOf(); m.Formula() == "" || m.Label() == string(m) {
			t.Errorf("%+v: method %q has no formula or label", ind.Target, m)
		}
	}
	if len(Methods()) != 16 {
		t.Errorf("Methods() = %v", Methods())
	}
	p := &Plan{BaseYear: 2020, TargetYear: 2025, MidtermYear: 2023}
	for y, want := range map[int]Stage{2021: Annual, 2023: Midterm, 2025: Final} {
		if got := p.Stage(y); got != want {
			t.Errorf("Stage(%d) = %s, want %s", y, got, want)
		}
	}
	if got := (&Plan{BaseYear: 2020, TargetYear: 2025}).Stage(0); got != Annual {
		t.Errorf("a plan without a midterm: Stage(0) = %s", got)
	}
}

func (v vocab[T]) len() int                   { return len(v) }
func (v vocab[T]) row(i int) (string, string) { return string(v[i].id), v[i].label }

// TestStageLabels: the final evaluation words judgments and the two
// indicator rules by targets completed; other stages and rules keep Label.
func TestStageLabels(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{JudgedMixed.StageLabel(Final), "规划目标基本完成，部分指标未完成"},
		{JudgedMixed.StageLabel(Annual), JudgedMixed.Label()},
		{JudgedOnTrack.StageLabel(Midterm), "总体进展符合预期"},
		{RuleNotMet.StageLabel(Final), "指标未完成规划目标"},
		{RuleBindingOffTrack.StageLabel(Final), "约束性指标未完成"},
		{RuleNotMet.StageLabel(Annual), "指标未达要求"},
		{RuleKeyTaskBehind.StageLabel(Final), RuleKeyTaskBehind.Label()},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestParseProblemRule: a rule reads back from its id, its label and its
// final evaluation's label (a 2025 report's 重大问题 sheet).
func TestParseProblemRule(t *testing.T) {
	for _, in := range []string{"not_met", "指标未达要求", " 指标未完成规划目标 "} {
		if r, ok := ParseProblemRule(in); !ok || r != RuleNotMet {
			t.Errorf("ParseProblemRule(%q) = %q, %v", in, r, ok)
		}
	}
	if r, ok := ParseProblemRule("约束性指标未完成"); !ok || r != RuleBindingOffTrack {
		t.Errorf("the final label of binding_off_track: %q, %v", r, ok)
	}
	if _, ok := ParseProblemRule("滞后"); ok {
		t.Error("a status label read as a rule")
	}
}
