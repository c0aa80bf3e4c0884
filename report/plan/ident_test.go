package plan

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"plancheck/report/model"
)

// TestNFKCAgreesWithXText checks model.NFKC, built on tables generated
// from golang.org/x/text (model/gen_nfkc.go), against x/text itself: every
// rune alone, then random strings mixing starters, combining marks, Hangul
// jamo and compatibility forms.
func TestNFKCAgreesWithXText(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if got, want := model.NFKC(s), norm.NFKC.String(s); got != want {
			t.Fatalf("NFKC(U+%04X) = %+q, want %+q", r, got, want)
		}
	}
	// Runes chosen to exercise reordering and composition: Latin letters,
	// combining marks of several classes, Hangul L/V/T jamo and syllables,
	// Indic two-part vowels, compatibility forms that decompose to marks.
	pool := []rune{'a', 'e', 'o', 'u', 'A', 's', 'n', '1',
		0x0300, 0x0301, 0x0303, 0x0308, 0x0323, 0x0327, 0x0328, 0x031B, 0x0345, 0x05B0, 0x0E48,
		0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x0CC6, 0x0CC2, 0x0CD5, 0x0B47, 0x0B3E, 0x0B57,
		0x00C5, 0x212B, 0x1E69, 0x00A8, 0x1FEE, 0xFF21, 0x2460, 0x00B2, 0xFB01, 0x2163, 0x3164, 0x00E9, 0x0344, 0x0F73}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		n := 1 + rng.IntN(8)
		b := make([]rune, n)
		for j := range b {
			b[j] = pool[rng.IntN(len(pool))]
		}
		s := string(b)
		if got, want := model.NFKC(s), norm.NFKC.String(s); got != want {
			t.Fatalf("NFKC(%+q) = %+q, want %+q", s, got, want)
		}
	}
}

// TestNFKCLongMarks checks that a cell of combining marks does not take
// quadratic time (the canonical reordering sorts runs of at most 30).
func TestNFKCLongMarks(t *testing.T) {
	s := "a" + strings.Repeat("\u0301\u0323\u0308\u05b0", 20000)
	done := make(chan string)
	go func() { done <- model.NFKC(s) }()
	select {
	case out := <-done:
		if !strings.HasPrefix(out, "\u1ea1") { // a + dot below composes first
			t.Errorf("NFKC starts %+q", []rune(out)[:2])
		}
	case <-time.After(10 * time.Second):
		t.Fatal("NFKC of 80,000 combining marks did not finish in 10 s")
	}
}

// TestNormalizeIDFamily: ids that look the same have the same key, so
// plan.yaml refuses them as duplicates and a workbook finds the indicator.
func TestNormalizeIDFamily(t *testing.T) {
	for _, c := range []struct{ typed, plan string }{
		{"1\u200b", "1"},       // zero-width space
		{"\u200c1\u200d", "1"}, // ZWNJ, ZWJ
		{"1\u2060", "1"},       // word joiner
		{"\ufeff1", "1"},       // byte-order mark
		{"\u200e1\u200f", "1"}, // direction marks
		{"\u202a1\u202c", "1"}, // embedding … pop
		{"\u202e1", "1"},       // right-to-left override
		{"\u20661\u2069", "1"}, // isolates
		{"2\u00ad5a", "25a"},   // soft hyphen
		{"①", "1"},             // circled digit
		{"⑫", "12"},            // circled number
		{"²", "2"},             // superscript
		{"１", "1"},             // full-width
		{"２５Ａ", "25a"},         // full-width letter, case
		{"25A", "25a"},         // case
		{"Ⅳ", "iv"},            // Roman numeral
		{"ﬁ", "fi"},            // ligature
		{"3\u30001", "31"},     // ideographic space
		{"3\u00a0.1", "3.1"},   // no-break space
		{"1\ufe0f", "1"},       // variation selector
		{"01", "1"},            // leading zero
		{"1.0", "1"},           // a numeric cell's ".0"
		{"e\u0301", "\u00e9"},  // composed accent
		{"\u212b", "\u00c5"},   // angstrom sign
	} {
		if got, want := model.NormalizeID(c.typed), model.NormalizeID(c.plan); got != want {
			t.Errorf("NormalizeID(%+q) = %+q, NormalizeID(%+q) = %+q; want them equal", c.typed, got, c.plan, want)
		}
	}
}

// TestLookups: what the plan says and what a workbook types are matched by
// the same key; references in plan.yaml are resolved to the plan's spelling.
func TestLookups(t *testing.T) {
	src := strings.Replace(good, "    lead: fgw\n    baseline: 313.3", "    lead: ＦＧＷ\n    baseline: 313.3", 1)
	src = strings.Replace(src, `to: "4"`, `to: "４"`, 1)
	src = strings.Replace(src, "reference: city", "reference: CITY\u200b", 1)
	src = strings.Replace(src, "    category: econ\n    binding: true", "    category: Econ\n    binding: true", 1)
	p, err := Parse(strings.NewReader(src), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if ind := p.Indicator("1"); ind.Lead != "fgw" || ind.Category != "econ" {
		t.Errorf("indicator 1: lead %q, category %q; want the plan's spellings fgw, econ", ind.Lead, ind.Category)
	}
	if to := p.Indicator("19").Target.To; to != "4" {
		t.Errorf("to = %q, want 4", to)
	}
	if ref := p.Indicator("20").Target.Reference; ref != "city" {
		t.Errorf("reference = %q, want city", ref)
	}
	for _, typed := range []string{"4", "４", "4\u200b", "\ufeff4", "04", "4.0", " 4 "} {
		if ind := p.FindIndicator(typed); ind == nil || ind.ID != "4" {
			t.Errorf("FindIndicator(%+q) = %v", typed, ind)
		}
	}
	if p.FindIndicator("5") != nil || p.FindIndicator("\u200b") != nil {
		t.Error("found an indicator the plan does not have")
	}
	if r := p.FindReference("ＣＩＴＹ"); r == nil || r.ID != "city" {
		t.Errorf("FindReference = %v", r)
	}
	for _, typed := range []string{"fgw", "FGW", "ｆｇｗ", "fgw\u200b", "区发展改革委", " 区发展改革委\u200b"} {
		if id, ok := p.FindDepartment(typed); !ok || id != "fgw" {
			t.Errorf("FindDepartment(%+q) = %q, %v", typed, id, ok)
		}
	}
}

// TestAccepted: what an editor may do to a good plan file.
func TestAccepted(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"BOM", "\ufeff" + good},
		{"CRLF", strings.ReplaceAll(good, "\n", "\r\n")},
		{"BOM and CRLF", "\ufeff" + strings.ReplaceAll(good, "\n", "\r\n")},
		{"explicit start", "---\n" + good},
		{"end marker", good + "...\n"},
		{"trailing ---", good + "---\n# nothing more\n"},
		{"note with lines", strings.Replace(good, "    binding: true\n", "    binding: true\n    note: |\n      第一行\n      第二行\n", 1)},
		{"plan id of 64", strings.Replace(good, "id: test-14th", "id: "+strings.Repeat("a", 64), 1)},
		{"plan id with dots", strings.Replace(good, "id: test-14th", "id: hd.14th_v2", 1)},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := Parse(strings.NewReader(c.src), "plan.yaml")
			if err != nil {
				t.Fatal(err)
			}
			if p.Indicator("1").Line != 19+strings.Count(c.src[:strings.Index(c.src, "plan:")], "\n") {
				t.Errorf("indicator 1 at line %d", p.Indicator("1").Line)
			}
		})
	}
}

// TestNoDepartments: a plan without departments: names departments by the
// leads, which then name files and are checked, and are resolved to one
// spelling.
func TestNoDepartments(t *testing.T) {
	src := strings.Replace(good, "departments:\n  - {id: fgw, name: 区发展改革委}\n", "", 1)
	src = strings.Replace(src, "    lead: fgw\n    target: {kind: avg_growth", "    lead: FGW\n    target: {kind: avg_growth", 1)
	p, err := Parse(strings.NewReader(src), "plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if l := p.Indicator("4").Lead; l != "fgw" {
		t.Errorf("lead of 4 = %q, want the first spelling fgw", l)
	}
	if id, ok := p.FindDepartment("FGW"); !ok || id != "fgw" {
		t.Errorf("FindDepartment = %q, %v", id, ok)
	}
	_, err = Parse(strings.NewReader(strings.Replace(src, "lead: FGW", "lead: 区发改委", 1)), "plan.yaml")
	want := `plan.yaml:29: indicator "4": with no departments: list, a lead is a department id and names that department's report; lead "区发改委" holds '区' at character 1;`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v\nwant %q", err, want)
	}
}

// TestDataPlan: the embedded plan passes every check.
func TestDataPlan(t *testing.T) {
	f, err := os.Open("../../data/plan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := Parse(f, "plan.yaml"); err != nil {
		t.Fatal(err)
	}
}

// chain writes a plan of n indicators, each relative to the one before it
// (1 compares with a reference), and, when circle, 1 relative to n.
func chain(n int, circle bool) string {
	var b strings.Builder
	b.WriteString("plan: {id: chain, name: 链, base_year: 2020, target_year: 2025}\ncategories: [{id: c, name: 类}]\nreferences: [{id: city, name: 全市, unit: \"%\"}]\nindicators:\n")
	for i := 1; i <= n; i++ {
		switch {
		case i == 1 && circle:
			fmt.Fprintf(&b, "  - {id: \"1\", name: 指标1, unit: \"%%\", category: c, target: {kind: relative, to: \"%d\", compare: sync}}\n", n)
		case i == 1:
			b.WriteString("  - {id: \"1\", name: 指标1, unit: \"%\", category: c, target: {kind: relative, reference: city, compare: le}}\n")
		default:
			fmt.Fprintf(&b, "  - {id: \"%d\", name: 指标%d, unit: \"%%\", category: c, target: {kind: relative, to: \"%d\", compare: sync}}\n", i, i, i-1)
		}
	}
	return b.String()
}

// parseWithin parses src, failing when that takes more than 10 s: a guard
// against a hang, not a timing (BenchmarkParseChain times it).
func parseWithin(t *testing.T, src string) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Parse(strings.NewReader(src), "chain.yaml")
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("Parse did not finish in 10 s")
	}
	return nil
}

// TestLongChains: 10,000 indicators in one chain of relative targets load,
// and the same chain closed into a circle is refused once, with a message
// that names its ends rather than 10,000 ids.
func TestLongChains(t *testing.T) {
	if err := parseWithin(t, chain(10000, false)); err != nil {
		t.Fatal(err)
	}
	err := parseWithin(t, chain(10000, true))
	list, ok := err.(ErrorList)
	if !ok || len(list) != 1 {
		t.Fatalf("error = %.300v; want one error", err)
	}
	want := `chain.yaml:5: indicator "1": relative targets form a circle (1 → 10000 → 9999 → 9998 → 9997 → … → 3 → 2 → 1, 10000 indicators)`
	if !strings.HasPrefix(list[0].Error(), want) {
		t.Errorf("error = %v\nwant %q", list[0], want)
	}
}

// TestCircles: circles are named once, from their first member in the file;
// an indicator leading into a circle is not itself in one.
func TestCircles(t *testing.T) {
	src := "plan: {id: c, name: 圈, base_year: 2020, target_year: 2025}\ncategories: [{id: c, name: 类}]\nindicators:\n" +
		"  - {id: a, name: 甲, unit: \"%\", category: c, target: {kind: relative, to: b, compare: sync}}\n" + // a → b, into the circle
		"  - {id: b, name: 乙, unit: \"%\", category: c, target: {kind: relative, to: c, compare: sync}}\n" +
		"  - {id: c, name: 丙, unit: \"%\", category: c, target: {kind: relative, to: d, compare: sync}}\n" +
		"  - {id: d, name: 丁, unit: \"%\", category: c, target: {kind: relative, to: B, compare: sync}}\n" + // d → b closes b → c → d
		"  - {id: e, name: 戊, unit: \"%\", category: c, target: {kind: relative, to: f, compare: sync}}\n" +
		"  - {id: f, name: 己, unit: \"%\", category: c, target: {kind: relative, to: e, compare: sync}}\n"
	err := parseWithin(t, src)
	want := "chain.yaml:5: indicator \"b\": relative targets form a circle (b → c → d → b); one of them must compare with a fixed value or a reference\n" +
		"chain.yaml:8: indicator \"e\": relative targets form a circle (e → f → e); one of them must compare with a fixed value or a reference"
	if err == nil || err.Error() != want {
		t.Errorf("error =\n%v\nwant\n%s", err, want)
	}
}

func BenchmarkParseChain(b *testing.B) {
	src := chain(8000, false)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse(strings.NewReader(src), "chain.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMessagesEscaped: no message prints a control character raw, even
// where yaml.v3 quotes a value of the file in its own words.
func TestMessagesEscaped(t *testing.T) {
	for _, src := range []string{
		strings.Replace(good, "base_year: 2020", "base_year: \"\\e[2J\"", 1),
		strings.Replace(good, "kind: ceiling", "kind: \"\\e[31mceiling\"", 1),
		strings.Replace(good, "category: econ\n    binding", "category: \"\\e]0;x\\a\"\n    binding", 1),
		strings.Replace(good, "name: 常住人口规模", "name: \"常住\\u202e人口\"", 1),
		"plan: [\u0007",
	} {
		_, err := Parse(strings.NewReader(src), "plan.yaml")
		if err == nil {
			t.Errorf("accepted %q", src)
			continue
		}
		if bad := model.BadText(strings.ReplaceAll(err.Error(), "\n", " "), false); bad != "" {
			t.Errorf("message holds %s: %q", bad, err)
		}
	}
}
