package pdf

import (
	"image/color"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// A span is a run of text in one style. A zero color is the text's own.
type span struct {
	text  string
	bold  bool
	color color.RGBA
}

// measureFunc is the advance width of s in the given style, in the units
// the caller wraps in.
type measureFunc func(s string, bold bool) float64

// A piece is part of a wrapped line in one style, with its width.
type piece struct {
	text  string
	bold  bool
	color color.RGBA
	width float64
}

// A line is a wrapped line: its pieces, its width and how many runes it has
// (for justification).
type line struct {
	pieces []piece
	width  float64
	runes  int
}

func (l line) String() string {
	var b strings.Builder
	for _, p := range l.pieces {
		b.WriteString(p.text)
	}
	return b.String()
}

// noStart are the characters a line must not start with and noEnd those it
// must not end with (GB/T 15834 and the common 避头尾 rules). UAX #14 already
// forbids these breaks; the lists guard the fallback that breaks a segment
// too wide for a line between grapheme clusters.
const (
	noStart = ",.;:?!)]}%，。、；：？！）》」』】〕〉’”…—·~"
	noEnd   = "([{（《「『【〔〈‘“"
)

// wrapSegmented breaks spans into lines no wider than width (the first
// line no wider than width−indent). Break opportunities come from the
// Unicode line breaking algorithm (UAX #14, via uniseg), cut by segment
// (segments, or the document's memo of it), so no line starts with a
// closing punctuation mark such as "。" or ends with an opening one such as
// "《"; a segment wider than a whole line is broken between grapheme
// clusters, still avoiding those characters at line edges. Spaces at the
// end of a line are dropped; newlines force a break.
//
// With terms, the text is made of terms that must not be broken inside
// (达到市级要求, 与经济增长基本同步): a line breaks only after a space or a
// punctuation mark (，、；：…) or before an opening bracket, and inside a
// term only when the term alone is wider than a line.
func wrapSegmented(spans []span, width, indent float64, measure measureFunc, terms bool, segment func(string, bool) []segment) []line {
	var text strings.Builder
	var styles []styleRun
	for _, s := range spans {
		if s.text == "" {
			continue
		}
		start := text.Len()
		text.WriteString(s.text)
		if n := len(styles); n > 0 && styles[n-1].bold == s.bold && styles[n-1].color == s.color && styles[n-1].end == start {
			styles[n-1].end = text.Len()
		} else {
			styles = append(styles, styleRun{start, text.Len(), s.bold, s.color})
		}
	}
	w := &wrapper{text: text.String(), styles: styles, width: width, measure: measure, avail: width - indent, terms: terms, segment: segment}
	w.run()
	return w.lines
}

// The characters after which (termBreakAfter) or before which
// (termBreakBefore) a term column's cell may break.
const (
	termBreakAfter  = " \u3000\t，、；：。！？,;:!?）)》」/"
	termBreakBefore = "（(《「"
)

// segment is a piece of text between break opportunities; must says the
// break after it is mandatory.
type segment struct {
	text string
	must bool
}

// segments cuts s at its line break opportunities (UAX #14); with terms,
// only at those a term column allows.
func segments(s string, terms bool) []segment {
	var out []segment
	state := -1
	for len(s) > 0 {
		var seg string
		var must bool
		seg, s, must, state = uniseg.FirstLineSegmentInString(s, state)
		if terms && len(out) > 0 {
			prev := &out[len(out)-1]
			if !prev.must && !endsWithAny(prev.text, termBreakAfter) && !startsWithAny(seg, termBreakBefore) {
				prev.text += seg
				prev.must = must
				continue
			}
		}
		out = append(out, segment{seg, must})
	}
	return out
}

type styleRun struct {
	start, end int
	bold       bool
	color      color.RGBA
}

type wrapper struct {
	text    string
	styles  []styleRun
	width   float64
	measure measureFunc
	terms   bool
	segment func(string, bool) []segment

	lines      []line
	start, end int     // the current line's byte range
	cur        float64 // its width up to end, trailing spaces included
	avail      float64 // its available width
}

// runs are the style runs that overlap text[a:b].
func (w *wrapper) runs(a, b int) []styleRun {
	i := sort.Search(len(w.styles), func(i int) bool { return w.styles[i].end > a })
	j := i
	for j < len(w.styles) && w.styles[j].start < b {
		j++
	}
	return w.styles[i:j]
}

// widthOf measures text[a:b], which may span styles.
func (w *wrapper) widthOf(a, b int) float64 {
	var sum float64
	for _, r := range w.runs(a, b) {
		lo, hi := max(a, r.start), min(b, r.end)
		if lo < hi {
			sum += w.measure(w.text[lo:hi], r.bold)
		}
	}
	return sum
}

func (w *wrapper) run() {
	pos := 0
	for _, sg := range w.segment(w.text, w.terms) {
		seg, must := sg.text, sg.must
		a := pos
		pos += len(seg)
		// A newline is a break, not text.
		body := strings.TrimRight(seg, "\r\n\u2028\u2029\u0085\v\f")
		bb := a + len(body)
		tb := a + len(strings.TrimRight(body, spaces))
		if w.start != w.end && w.cur+w.widthOf(a, tb) > w.avail+epsilon {
			w.flush()
		}
		if w.start == w.end {
			if w.widthOf(a, tb) <= w.avail+epsilon {
				w.start, w.end, w.cur = a, bb, w.widthOf(a, bb)
			} else {
				w.clusters(a, bb)
			}
		} else {
			w.end, w.cur = bb, w.cur+w.widthOf(a, bb)
		}
		if must && bb < pos {
			w.flush()
		}
	}
	if w.end > w.start {
		w.flush()
	}
	if len(w.lines) == 0 {
		w.lines = []line{{}}
	}
}

const (
	spaces  = " \u3000\t"
	epsilon = 1e-9
)

// clusters adds text[a:b], a segment wider than a line, to the (empty)
// current line cluster by cluster, breaking where the line is full but not
// before a noStart or after a noEnd character while the line has another
// cluster to give.
func (w *wrapper) clusters(a, b int) {
	type cluster struct{ a, b int }
	var cls []cluster
	state := -1
	for p := a; p < b; {
		var c string
		c, _, _, state = uniseg.FirstGraphemeClusterInString(w.text[p:b], state)
		cls = append(cls, cluster{p, p + len(c)})
		p += len(c)
	}
	w.start, w.end, w.cur = a, a, 0
	first := 0 // the line's first cluster
	for i := 0; i < len(cls); {
		c := cls[i]
		cw := w.widthOf(c.a, c.b)
		if i == first || w.cur+cw <= w.avail+epsilon {
			w.end, w.cur = c.b, w.cur+cw
			i++
			continue
		}
		j := i
		for j > first+1 && (startsWithAny(w.text[cls[j].a:cls[j].b], noStart) ||
			endsWithAny(w.text[cls[j-1].a:cls[j-1].b], noEnd)) {
			j--
		}
		w.end = cls[j].a
		w.flush()
		w.start, w.end, w.cur = cls[j].a, cls[j].a, 0
		first, i = j, j
	}
}

func startsWithAny(s, set string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune(set, r)
}

func endsWithAny(s, set string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune(set, r)
}

// flush ends the current line, dropping trailing spaces.
func (w *wrapper) flush() {
	end := w.start + len(strings.TrimRight(w.text[w.start:w.end], spaces))
	var l line
	for _, r := range w.runs(w.start, end) {
		lo, hi := max(w.start, r.start), min(end, r.end)
		if lo < hi {
			s := w.text[lo:hi]
			pw := w.measure(s, r.bold)
			l.pieces = append(l.pieces, piece{s, r.bold, r.color, pw})
			l.width += pw
			l.runes += utf8.RuneCountInString(s)
		}
	}
	w.lines = append(w.lines, l)
	w.avail = w.width
	w.start, w.cur = w.end, 0
}
