package model

//go:generate go run gen_nfkc.go

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"plancheck/report/msg"
)

// NormalizeID folds the ways an id is typed into one key, the key every id
// of a plan is compared by: in plan.yaml (two ids with the same key are
// duplicates), and between a workbook cell and the plan (FindIndicator and
// its siblings). In order:
//
//   - invisible characters are dropped: zero-width spaces and joiners, word
//     joiners, byte-order marks, direction marks and embeddings, soft
//     hyphens, variation selectors — every format character (Unicode
//     category Cf) and default-ignorable code point —, control characters
//     and spaces of any width;
//   - the rest is put in Unicode normalization form NFKC, which folds
//     full-width forms to ASCII (０１ → 01), circled and superscript
//     digits to digits (① → 1, ² → 2), ligatures and Roman numerals to
//     letters (ﬁ → fi, Ⅳ → IV), and composes accents (e + ◌́ → é);
//   - letters are lower-cased (ids are matched case-insensitively);
//   - a trailing ".0" that a numeric cell adds is dropped, and so are the
//     leading zeros of a number ("01" and "1" are the same row).
//
// It uses the standard library only (the NFKC tables are generated from
// golang.org/x/text; report/plan's tests check the two agree).
func NormalizeID(id string) string {
	var b strings.Builder
	b.Grow(len(id))
	for _, r := range NFKC(dropInvisible(id)) {
		if invisible(r) {
			continue // NFKC can produce one (U+3164 HANGUL FILLER → U+1160)
		}
		b.WriteRune(unicode.ToLower(r))
	}
	s := strings.TrimSuffix(b.String(), ".0")
	for len(s) > 1 && s[0] == '0' && s[1] >= '0' && s[1] <= '9' {
		s = s[1:]
	}
	return s
}

// invisible reports whether r is dropped from ids: a character nobody sees
// or can tell from its absence when reading an id.
func invisible(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) ||
		unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector)
}

func dropInvisible(s string) string {
	if strings.IndexFunc(s, invisible) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if invisible(r) {
			return -1
		}
		return r
	}, s)
}

// Halfwidth maps a full-width form (U+FF01–U+FF5E) and the ideographic space
// to its ASCII counterpart; other runes are returned unchanged.
func Halfwidth(r rune) rune {
	switch {
	case r >= '\uff01' && r <= '\uff5e':
		return r - 0xfee0
	case r == '\u3000':
		return ' '
	}
	return r
}

// MaxFileID is the longest id that may name a file.
const MaxFileID = 64

// FileIDRule is the message (an id of report/msg's catalog) that says
// which ids may name files.
const FileIDRule = "model.fileIDRule"

// CheckFileID reports whether id may be part of a file name: ASCII letters,
// digits, '-', '_' and '.', not starting with '.' (no hidden files, no
// "..") and at most MaxFileID characters. Output names are built only from
// ids that pass it. The error says what is wrong with id, quoted safely,
// and ends with FileIDRule; nil means id is safe.
func CheckFileID(id string) error {
	problem := ""
	switch {
	case id == "":
		problem = msg.Format("model.idEmpty")
	case id[0] == '.':
		problem = msg.Format("model.idDot")
	default:
		for i, r := range id {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
				problem = msg.Sprintf("model.idHolds", runeName(r), utf8.RuneCountInString(id[:i])+1)
				break
			}
		}
		if problem == "" && len(id) > MaxFileID {
			problem = msg.Sprintf("model.idLong", len(id))
		}
	}
	if problem == "" {
		return nil
	}
	return msg.Errorf("model.fileID", Quote(id), problem, msg.Format(FileIDRule))
}

// runeName shows a rune in a message: 'x' when it can be read, U+200B when
// it cannot.
func runeName(r rune) string {
	if r == ' ' {
		return msg.Format("model.space")
	}
	if unicode.IsPrint(r) && !invisible(r) {
		return strconv.QuoteRune(r)
	}
	return fmt.Sprintf("U+%04X", r)
}

// MaxQuote is how many characters of a value a message quotes.
const MaxQuote = 80

// Quote quotes a value for a message as %q does — control characters,
// ANSI escapes and invisible characters escaped (\x1b, \u200b), so that a
// message never prints them raw — and cuts it to MaxQuote characters,
// marking the cut with …. Messages quote every name and id they did not
// write themselves with Quote or Excerpt.
func Quote(s string) string { return strconv.Quote(cut(s)) }

// Excerpt is Quote without the quotation marks, for messages that put a
// value in their own (Chinese) quotation marks: “…”.
func Excerpt(s string) string {
	if !needsEscape(s) {
		return cut(s)
	}
	q := strconv.Quote(cut(s))
	return q[1 : len(q)-1]
}

func needsEscape(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return r == '"' || r == '\\' || r == utf8.RuneError || !unicode.IsPrint(r) && r != ' '
	}) >= 0
}

func cut(s string) string {
	n := 0
	for i := range s {
		if n == MaxQuote {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// BadText returns a description of the first character of s that a name,
// title or unit may not hold — a control character (a line break where
// newline is false, a tab, an ANSI escape…) or a bidirectional override,
// embedding or isolate, which would reorder the text it is printed in —, or
// "" when there is none.
func BadText(s string, newline bool) string {
	for i, r := range s {
		if r == '\n' && newline {
			continue
		}
		if unicode.IsControl(r) || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069' {
			what := msg.Format("model.control")
			if r > 0x7f && !unicode.IsControl(r) {
				what = msg.Format("model.bidi")
			}
			return msg.Sprintf("model.badText", what, r, utf8.RuneCountInString(s[:i])+1)
		}
	}
	return ""
}

// NFKC returns s in Unicode normalization form NFKC (UAX #15): the
// compatibility decomposition of every rune, combining marks put in
// canonical order, then canonical composition. It agrees with
// golang.org/x/text/unicode/norm.NFKC (report/plan's tests check every
// rune, and sequences of them) except that after 30 combining marks in a
// row it inserts U+034F COMBINING GRAPHEME JOINER where x/text's stream-safe
// form may insert it a few marks later; either way the work stays linear.
func NFKC(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s // ASCII is its own NFKC
	}
	nfkcOnce.Do(loadNFKC)

	// Decompose, keeping runs of non-starters short (stream-safe text).
	buf := make([]rune, 0, len(s))
	marks := 0
	for _, r := range s {
		for _, d := range decompose(r) {
			if combining[d] == 0 {
				marks = 0
			} else if marks++; marks > 30 {
				buf = append(buf, '\u034f')
				marks = 1
			}
			buf = append(buf, d)
		}
	}
	// Canonical order: a stable sort of each run of non-starters by class.
	for i := 1; i < len(buf); i++ {
		c := combining[buf[i]]
		for j := i; c != 0 && j > 0 && combining[buf[j-1]] > c; j-- {
			buf[j-1], buf[j] = buf[j], buf[j-1]
		}
	}
	// Canonical composition: a character combines with the last starter
	// unless a character between them blocks it.
	out := buf[:0]
	starter, last := -1, uint8(0)
	for _, r := range buf {
		c := combining[r]
		if starter >= 0 && (starter == len(out)-1 || last != 0 && last < c) {
			if x, ok := compose(out[starter], r); ok {
				out[starter] = x
				continue
			}
		}
		if c == 0 {
			starter = len(out)
		}
		last = c
		out = append(out, r)
	}
	return string(out)
}

// Hangul syllables are composed and decomposed by arithmetic (Unicode §3.12).
const (
	hangulBase, hangulEnd = 0xAC00, 0xD7A3
	jamoL, jamoV, jamoT   = 0x1100, 0x1161, 0x11A7
	countV, countT        = 21, 28
	countL                = 19
)

var (
	nfkcOnce     sync.Once
	decompTable  map[rune][]rune
	combining    map[rune]uint8
	compositions map[[2]rune]rune
)

func decompose(r rune) []rune {
	if r >= hangulBase && r <= hangulEnd {
		i := r - hangulBase
		l, v, t := jamoL+i/(countV*countT), jamoV+(i%(countV*countT))/countT, jamoT+i%countT
		if t == jamoT {
			return []rune{l, v}
		}
		return []rune{l, v, t}
	}
	if d, ok := decompTable[r]; ok {
		return d
	}
	return []rune{r}
}

func compose(a, b rune) (rune, bool) {
	switch {
	case a >= jamoL && a < jamoL+countL && b >= jamoV && b < jamoV+countV:
		return hangulBase + ((a-jamoL)*countV+(b-jamoV))*countT, true
	case a >= hangulBase && a <= hangulEnd && (a-hangulBase)%countT == 0 && b > jamoT && b < jamoT+countT:
		return a + (b - jamoT), true
	}
	x, ok := compositions[[2]rune{a, b}]
	return x, ok
}

// loadNFKC reads the generated tables (nfkc_tables.go).
func loadNFKC() {
	decompTable = map[rune][]rune{}
	combining = map[rune]uint8{}
	compositions = map[[2]rune]rune{}
	each := func(data string, f func(fields []string)) {
		for _, line := range strings.Split(strings.TrimSpace(data), "\n") {
			f(strings.Fields(line))
		}
	}
	hex := func(s string) rune {
		v, err := strconv.ParseUint(s, 16, 32)
		if err != nil {
			panic("model: bad NFKC table: " + err.Error())
		}
		return rune(v)
	}
	each(nfkdData, func(f []string) {
		d := make([]rune, len(f)-1)
		for i := range d {
			d[i] = hex(f[i+1])
		}
		decompTable[hex(f[0])] = d
	})
	each(cccData, func(f []string) {
		c, err := strconv.Atoi(f[1])
		if err != nil || c < 1 || c > 255 {
			panic("model: bad NFKC table: class " + f[1])
		}
		combining[hex(f[0])] = uint8(c)
	})
	each(compData, func(f []string) {
		compositions[[2]rune{hex(f[0]), hex(f[1])}] = hex(f[2])
	})
}

// MaxCodeLen is the longest indicator code (Indicator.Code).
const MaxCodeLen = 64

// CheckCode checks the form of an indicator's framework code: a
// framework's prefix and the indicator's name in it, separated by dots
// ("bj.pm25", "bj.rd.share"), each part lower-case ASCII letters, digits
// and underscores, starting with a letter; at most MaxCodeLen bytes. The
// form is strict because a code is typed in many plans and matched
// exactly: BJ.PM25 and bj.pm25 must not be two codes. The error says what
// is wrong and what to write.
func CheckCode(code string) error {
	if len(code) > MaxCodeLen {
		return msg.Errorf("model.codeLong", Quote(code), MaxCodeLen)
	}
	parts := strings.Split(code, ".")
	if len(parts) < 2 {
		return msg.Errorf("model.codePrefix", Quote(code))
	}
	for _, p := range parts {
		ok := p != "" && p[0] >= 'a' && p[0] <= 'z'
		for i := 0; ok && i < len(p); i++ {
			c := p[i]
			ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
		}
		if !ok {
			return msg.Errorf("model.codeParts", Quote(code))
		}
	}
	return nil
}

// Distance is how far apart two names are for the suggestions of the
// nearest one (an unknown id, an unknown flag): the edits, in runes, that
// turn a into b, a swap of two neighbouring letters counting as one, the
// commonest typo (the optimal string alignment distance).
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
