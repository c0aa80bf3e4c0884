package sheet

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"plancheck/report/model"
	tr "plancheck/report/msg"
)

// Number is a cell's value as ParseNumber reads it. The zero Number is the
// figure 0, typed plainly.
type Number struct {
	Value float64

	// Missing reports a cell that holds no figure: blank, or one of the
	// placeholders in MissingWords. Value is then 0.
	Missing bool

	// Approx reports a figure typed as approximate (约, 大约, 约为, 左右) or
	// as a bound (以内, 以下, 以上).
	Approx bool

	// Percent reports a trailing % (or ％). Value is then in percent
	// points: "5.9%" is 5.9.
	Percent bool

	// Unit is a trailing unit other than %, as typed after folding
	// full-width forms ("38万元/人" gives "万元/人"); "" when none.
	Unit string

	// Bound is 以内, 以下 or 以上 when the figure was typed with one;
	// such a figure is also Approx.
	Bound string
}

// MissingWords are the placeholders that mean "no figure yet", besides a
// blank cell. Runs of dashes ("--", "——") count as one dash.
var MissingWords = []string{"-", "—", "–", "/", "待补", "－", "／"}

// approxPrefixes and the suffixes are matched longest first.
var (
	approxPrefixes = []string{"约为", "大约", "约"}
	approxSuffixes = []string{"左右"}
	boundSuffixes  = []string{"以内", "以下", "以上"}
)

// ParseNumber parses a cell as people type it:
//
//   - digits, optionally signed, with a decimal point and an exponent
//     (1.5E-3, as Excel stores small numbers);
//   - full-width digits, signs and marks (１２３．４, －, ＋, ％, ，);
//   - thousands separators, which must group three digits (8,504.6 and
//     8，504.6; 12,34 is refused as it may be a decimal comma);
//   - spaces anywhere, including U+3000 and no-break spaces;
//   - a trailing % (Percent) or a trailing unit (Unit), such as 38万元/人;
//   - 约, 大约 or 约为 before, 左右 after (Approx);
//   - 以内, 以下 or 以上 after, as in 312.6万人以内 (Bound, and Approx);
//   - blank or a word of MissingWords (Missing).
//
// Anything else is an error of the form `"待核实" is not a number`, with
// the reason when there is a useful one, quoting at most 80 characters of
// the cell. ParseNumber does not know the
// indicator, so it neither checks the unit nor converts a percentage.
func ParseNumber(s string) (Number, error) {
	t := fold(s)
	if t == "" || isMissing(t) {
		return Number{Missing: true}, nil
	}
	var n Number
	for _, p := range approxPrefixes {
		if rest, ok := strings.CutPrefix(t, p); ok {
			t, n.Approx = rest, true
			break
		}
	}
	// Qualifiers may stack ("以内左右" is odd but harmless); two rounds
	// are enough for any sensible text.
	for range 2 {
		for _, w := range approxSuffixes {
			if rest, ok := strings.CutSuffix(t, w); ok {
				t, n.Approx = rest, true
			}
		}
		for _, w := range boundSuffixes {
			if rest, ok := strings.CutSuffix(t, w); ok && n.Bound == "" {
				t, n.Approx, n.Bound = rest, true, w
			}
		}
	}
	digits, rest, ok, why := scanNumber(t)
	if !ok {
		return Number{}, notNumber(s, why)
	}
	switch {
	case rest == "%":
		n.Percent = true
	case rest != "":
		r, _ := utf8.DecodeRuneInString(rest)
		if (!unicode.IsLetter(r) && r != '(') || strings.Contains(rest, "%") {
			return Number{}, notNumber(s, "")
		}
		n.Unit = rest
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		// scanNumber let through only what ParseFloat reads, so this is
		// a number too large for float64.
		return Number{}, tr.Errorf("sheet.numRange", quote(strings.TrimSpace(s)))
	}
	if v == 0 {
		v = 0 // no "-0" in messages
	}
	n.Value = v
	return n, nil
}

// notNumber is ParseNumber's error; it quotes at most maxQuote
// characters of the cell.
func notNumber(s, why string) error {
	if why != "" {
		return tr.Errorf("sheet.notNumberWhy", quote(strings.TrimSpace(s)), why)
	}
	return tr.Errorf("sheet.notNumber", quote(strings.TrimSpace(s)))
}

// fold maps full-width forms to ASCII, the minus sign U+2212 to '-', and
// drops every kind of space.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = model.Halfwidth(r)
		switch {
		case r == '\u2212':
			r = '-'
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2007' || r == '\u200b' || r == '\ufeff':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isMissing reports whether folded text t is a placeholder.
func isMissing(t string) bool {
	if t == "/" || t == "待补" {
		return true
	}
	for _, r := range t {
		switch r {
		case '-', '—', '–', '―', '‐':
		default:
			return false
		}
	}
	return true
}

// scanNumber splits folded text into the number at its start, with the
// thousands separators removed, and the rest. ok is false when t does not
// start with a well-formed number; why then says why, when it can.
func scanNumber(t string) (digits, rest string, ok bool, why string) {
	i := 0
	var b strings.Builder
	if i < len(t) && (t[i] == '+' || t[i] == '-') {
		if t[i] == '-' {
			b.WriteByte('-')
		}
		i++
	}
	// The integer part, with separators checked as we go.
	groups := 0    // digits in the current group
	commas := 0    // separators seen
	intDigits := 0 // digits before the point
	for i < len(t) {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			groups++
			intDigits++
			i++
			continue
		case c == ',':
			if intDigits == 0 || (commas == 0 && groups > 3) || (commas > 0 && groups != 3) {
				return "", "", false, tr.Format(sepRule)
			}
			commas++
			groups = 0
			i++
			continue
		}
		break
	}
	if commas > 0 && groups != 3 {
		return "", "", false, tr.Format(sepRule)
	}
	fracDigits := 0
	if i < len(t) && t[i] == '.' {
		b.WriteByte('.')
		i++
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			b.WriteByte(t[i])
			fracDigits++
			i++
		}
	}
	if intDigits+fracDigits == 0 {
		return "", "", false, ""
	}
	// An exponent only when digits follow, so that a unit starting with
	// e or E is not eaten.
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		j := i + 1
		if j < len(t) && (t[j] == '+' || t[j] == '-') {
			j++
		}
		k := j
		for k < len(t) && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		if k > j {
			b.WriteString(t[i:k])
			i = k
		}
	}
	return b.String(), t[i:], true, ""
}

const sepRule = "sheet.sepRule" // an id of report/msg

// The words a yes/no indicator accepts, folded (lower case, half-width, no
// spaces).
var (
	yesWords = []string{"是", "完成", "已完成", "达标", "已达标", "满足", "合格", "yes", "true", "y", "1"}
	noWords  = []string{"否", "未完成", "未达标", "不满足", "不合格", "no", "false", "n", "0"}
)

// YesNoWords is how messages list the accepted yes/no words.
const YesNoWords = "是/否, 完成/未完成, 已完成, 达标/未达标, 满足/不满足, 合格/不合格, yes/no, true/false, Y/N, 1/0"

// parseYesNo reads a yes/no cell: 1 for yes, 0 for no. ok is false when s
// is none of the words (a blank is not a word; check Missing first).
func parseYesNo(s string) (v float64, ok bool) {
	t := strings.ToLower(fold(s))
	for _, w := range yesWords {
		if t == w {
			return 1, true
		}
	}
	for _, w := range noWords {
		if t == w {
			return 0, true
		}
	}
	return 0, false
}
