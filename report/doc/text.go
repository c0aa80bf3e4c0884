package doc

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"plancheck/report/eval"
)

// Normalize prepares text for Chinese typesetting: half-width parentheses,
// colons and semicolons in Chinese text become full-width (执业(助理)医师 →
// 执业（助理）医师, 区科委(中关村科学城管委会) → 区科委（中关村科学城管委会）,
// 指标1:… → 指标1：…), and the space a half-width colon or semicolon was
// followed by goes with it. Text that is not Chinese keeps its marks
// (kw-2023.xlsx: 指标数据!C14, (embedded), 10:30). Every text of the tree
// passes through it, plan names included.
//
// A pair of parentheses is Chinese when what it holds or what is next to
// it outside is a Chinese character; a colon or semicolon when the
// character before it is, or the one after it is and the one before is not
// a Latin letter or digit.
func Normalize(s string) string {
	if !strings.ContainsAny(s, "():;") {
		return s
	}
	r := []rune(s)
	out := make([]rune, 0, len(r))
	// match[i] is the index of the parenthesis that closes (or opens) r[i].
	match := make([]int, len(r))
	var stack []int
	for i, c := range r {
		match[i] = -1
		switch c {
		case '(':
			stack = append(stack, i)
		case ')':
			if n := len(stack); n > 0 {
				o := stack[n-1]
				stack = stack[:n-1]
				match[o], match[i] = i, o
			}
		}
	}
	at := func(i int) rune {
		if i < 0 || i >= len(r) {
			return 0
		}
		return r[i]
	}
	chinesePair := func(o, c int) bool {
		if chinese(at(o-1)) || chinese(at(c+1)) {
			return true
		}
		for k := o + 1; k < c; k++ {
			if unicode.Is(unicode.Han, r[k]) {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch c {
		case '(':
			if j := match[i]; j >= 0 && chinesePair(i, j) || j < 0 && (chinese(at(i-1)) || chinese(at(i+1))) {
				c = '（'
			}
		case ')':
			if j := match[i]; j >= 0 && chinesePair(j, i) || j < 0 && (chinese(at(i-1)) || chinese(at(i+1))) {
				c = '）'
			}
		case ':', ';':
			prev, next := rune(0), at(i+1)
			if len(out) > 0 {
				prev = out[len(out)-1] // as converted: a parenthesis may be full-width now
			}
			if next == ' ' && chinese(at(i+2)) {
				next = at(i + 2)
			}
			if chinese(prev) || chinese(next) && !latin(prev) {
				if c == ':' {
					c = '：'
				} else {
					c = '；'
				}
				if at(i+1) == ' ' {
					i++ // the space after a half-width mark goes with it
				}
			}
		}
		out = append(out, c)
	}
	return string(out)
}

// chinese reports whether r is a Chinese character or a mark of Chinese
// text (full-width punctuation, the CJK symbols, curly quotes).
func chinese(r rune) bool {
	switch {
	case r == 0:
		return false
	case unicode.Is(unicode.Han, r):
		return true
	case r >= 0x3000 && r <= 0x303f, r >= 0xff00 && r <= 0xffef:
		return true
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—':
		return true
	}
	return false
}

func latin(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// Markup in a template's output: **bold**, and the runs the status and
// sample functions write, delimited by private-use characters that no
// input carries (report/sheet refuses them in names).
const (
	statusOpen  = "\ue000" // statusOpen id statusMid label statusClose
	statusMid   = "\ue001"
	statusClose = "\ue002"
	sampleOpen  = "\ue003" // sampleOpen text sampleClose
	sampleClose = "\ue004"
)

// runs parses one paragraph of a template's output into runs, each
// normalized. Adjacent runs of one look are merged.
func runs(s string) []Run {
	var out []Run
	bold := false
	pairs := strings.Count(s, "**") / 2 * 2 // the markers that have a partner
	var cur strings.Builder
	add := func(r Run) {
		if r.Text == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Bold == r.Bold && !out[n-1].Sample && !r.Sample && out[n-1].Status == "" && r.Status == "" {
			out[n-1].Text += r.Text
			return
		}
		out = append(out, r)
	}
	emit := func() {
		add(Run{Text: cur.String(), Bold: bold})
		cur.Reset()
	}
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, "**") && pairs > 0:
			emit()
			bold, pairs = !bold, pairs-1
			s = s[2:]
		case strings.HasPrefix(s, statusOpen):
			id, rest, ok := strings.Cut(s[len(statusOpen):], statusMid)
			if !ok {
				s = s[len(statusOpen):]
				continue
			}
			label, after, _ := strings.Cut(rest, statusClose)
			emit()
			add(Run{Text: label, Bold: true, Status: eval.Status(id)})
			s = after
		case strings.HasPrefix(s, sampleOpen):
			text, after, _ := strings.Cut(s[len(sampleOpen):], sampleClose)
			emit()
			add(Run{Text: text, Bold: bold, Sample: true})
			s = after
		case strings.HasPrefix(s, statusMid), strings.HasPrefix(s, statusClose), strings.HasPrefix(s, sampleClose):
			s = s[len(statusMid):]
		default:
			_, n := utf8.DecodeRuneInString(s)
			cur.WriteString(s[:n])
			s = s[n:]
		}
	}
	emit()
	// Normalize over the whole paragraph, so that a parenthesis next to a
	// run boundary sees its neighbours; then cut it back into the runs.
	var all strings.Builder
	for _, r := range out {
		all.WriteString(r.Text)
	}
	norm := []rune(Normalize(all.String()))
	if len(norm) != utf8.RuneCountInString(all.String()) {
		// Normalize only dropped spaces after colons: normalize each run.
		for i := range out {
			out[i].Text = Normalize(out[i].Text)
		}
		return out
	}
	k := 0
	for i := range out {
		n := utf8.RuneCountInString(out[i].Text)
		out[i].Text = string(norm[k : k+n])
		k += n
	}
	return out
}

// plain is a paragraph's runs as one string, without their looks.
func plain(rs []Run) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// paragraphs splits a template's output into paragraphs: one a non-blank
// line, without the spaces around it.
func paragraphs(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// finite reports whether p points to a finite number.
func finite(p *float64) bool { return p != nil && !math.IsNaN(*p) && !math.IsInf(*p, 0) }
