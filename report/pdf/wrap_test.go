package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// cells measures every rune as one unit wide (CJK and ASCII alike), so the
// expectations below can be counted by hand; bold text is 1.5 units a rune.
func cells(s string, bold bool) float64 {
	n := float64(utf8.RuneCountInString(s))
	if bold {
		return n * 1.5
	}
	return n
}

func lines(ls []line) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.String()
	}
	return out
}

func TestWrap(t *testing.T) {
	for _, c := range []struct {
		name   string
		text   string
		width  float64
		indent float64
		want   []string
	}{
		{
			// A naive breaker fills 6 runes, "指标进度滞后", and starts
			// line 2 with "。". UAX #14 forbids the break before "。", so
			// "后。" (2) does not fit after "指标进度滞" (5) and moves down.
			name:  "full stop not at line start",
			text:  "指标进度滞后。建议加快",
			width: 6,
			want:  []string{"指标进度滞", "后。建议加快"},
		},
		{
			// "“" sticks to "时", "半”，" is one segment: 实现“时间过 (6),
			// then 半”，任务过 (6), then 半.
			name:  "comma and closing quote",
			text:  "实现“时间过半”，任务过半",
			width: 6,
			want:  []string{"实现“时间过", "半”，任务过", "半"},
		},
		{
			// Line 1 could hold "达到《北京" but must not end with "《".
			name:  "opening bracket not at line end",
			text:  "达到《北京市规划》要求",
			width: 3,
			want:  []string{"达到", "《北京", "市规", "划》要", "求"},
		},
		{
			name:  "full-width parentheses",
			text:  "常住人口（万人）规模",
			width: 5,
			want:  []string{"常住人口", "（万人）规", "模"},
		},
		{
			name:  "latin words break at spaces",
			text:  "PCT patent filings 5000",
			width: 12,
			want:  []string{"PCT patent", "filings 5000"},
		},
		{
			name:  "number with percent stays whole",
			text:  "增长率为12.5%。",
			width: 6,
			want:  []string{"增长率为", "12.5%。"},
		},
		{
			// A run with no break opportunity wider than the line is cut
			// between clusters, and the cut still avoids a "," at line start.
			name:  "overlong segment",
			text:  "abcdefgh,ij",
			width: 4,
			want:  []string{"abcd", "efg", "h,ij"},
		},
		{
			name:   "first-line indent",
			text:   "一二三四五六七八九十",
			width:  6,
			indent: 2,
			want:   []string{"一二三四", "五六七八九十"},
		},
		{
			name:  "newline forces a break",
			text:  "第一行\n第二行",
			width: 10,
			want:  []string{"第一行", "第二行"},
		},
		{
			name:  "empty",
			text:  "",
			width: 10,
			want:  []string{""},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := lines(wrap([]span{{text: c.text}}, c.width, c.indent, cells))
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("wrap(%q, %v) = %q, want %q", c.text, c.width, got, c.want)
			}
		})
	}
}

// TestWrapNoForbiddenEdges wraps a long paragraph at every width and checks
// the 避头尾 rules on every line.
func TestWrapNoForbiddenEdges(t *testing.T) {
	text := "纳入评估的26项主要指标中，可量化评估的22项有17项进度达到或快于预期（占77.3%），" +
		"总体实现“时间过半、任务过半”。约束性指标《北京市“十四五”规划》要求的“达到市级要求”；" +
		"其中：细颗粒物年均浓度、生活垃圾回收利用率？均已达到！"
	// From 5 up: the text has runs of 3 closing marks ("%），"), which
	// with the character before them need 4 units on one line.
	for width := 5.0; width <= 30; width++ {
		ls := wrap([]span{{text: text}}, width, 0, cells)
		var all strings.Builder
		for i, l := range ls {
			s := l.String()
			all.WriteString(s)
			if l.width > width && utf8.RuneCountInString(s) > 1 {
				t.Errorf("width %v: line %d %q is %v wide", width, i, s, l.width)
			}
			if i > 0 && startsWithAny(s, noStart) {
				t.Errorf("width %v: line %d %q starts with a closing mark", width, i, s)
			}
			if i < len(ls)-1 && endsWithAny(s, noEnd) {
				t.Errorf("width %v: line %d %q ends with an opening mark", width, i, s)
			}
		}
		if all.String() != text {
			t.Errorf("width %v: lines lose text: %q", width, all.String())
		}
	}
}

func TestWrapBold(t *testing.T) {
	// "（一）标题。" is 6 bold runes = 9 units; "正" (1) would make 10.
	spans := []span{{text: "（一）标题。", bold: true}, {text: "正文内容较长"}}
	ls := wrap(spans, 9.5, 0, cells)
	got := lines(ls)
	want := []string{"（一）标题。", "正文内容较长"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
	if len(ls[0].pieces) != 1 || !ls[0].pieces[0].bold || ls[0].width != 9 {
		t.Errorf("line 0 = %+v, want one bold piece 9 wide", ls[0])
	}
}

// TestWrapTerms: a term column's cell breaks only after a space or a
// punctuation mark, or before an opening bracket, and inside a term only
// when the term alone is wider than the line.
func TestWrapTerms(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float64
		want  []string
	}{
		{"达到市级要求", 6, []string{"达到市级要求"}},
		{"与经济增长基本同步", 9, []string{"与经济增长基本同步"}},
		// Wider than the line: broken as any text would be (the table
		// makes the column as wide as its widest term instead).
		{"达到市级要求", 4, []string{"达到市级", "要求"}},
		{"基本符合预期（人工调整）", 7, []string{"基本符合预期", "（人工调整）"}},
		{"已完成、按计划推进", 5, []string{"已完成、", "按计划推进"}},
		{"累计 5000 左右", 4, []string{"累计", "5000", "左右"}},
	} {
		got := lines(wrapTerms([]span{{text: c.text}}, c.width, 0, cells))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("wrapTerms(%q, %v) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
}

// FuzzWrap checks that wrapping never panics, keeps every character but
// the spaces and newlines it breaks at, and overfills a line only with a
// single grapheme cluster.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"指标进度滞后。建议加快", "PCT patent filings 5000", "a\n\nb", "（万人）", "**粗**体", ""} {
		f.Add(s, 6.0)
	}
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if width < 1 || width > 200 || !utf8.ValidString(s) {
			return
		}
		ls := wrap([]span{{text: s}}, width, 0, cells)
		var got strings.Builder
		for _, l := range ls {
			got.WriteString(l.String())
			if l.width > width+1e-9 && uniseg.GraphemeClusterCount(l.String()) > 1 {
				t.Errorf("line %q is %v wide, more than %v", l.String(), l.width, width)
			}
		}
		strip := func(s string) string {
			return strings.Map(func(r rune) rune {
				if strings.ContainsRune(" \u3000\t\r\n\u2028\u2029\u0085\v\f", r) {
					return -1
				}
				return r
			}, s)
		}
		if strip(got.String()) != strip(s) {
			t.Errorf("wrap lost text: %q became %q", s, got.String())
		}
	})
}

// wrap and wrapTerms are wrapSegmented with the segments of uniseg, for
// the tests: plain text, and text of terms.
func wrap(spans []span, width, indent float64, measure measureFunc) []line {
	return wrapSegmented(spans, width, indent, measure, false, segments)
}

func wrapTerms(spans []span, width, indent float64, measure measureFunc) []line {
	return wrapSegmented(spans, width, indent, measure, true, segments)
}
