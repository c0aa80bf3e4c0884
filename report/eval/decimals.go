package eval

import (
	"math"
	"strconv"
	"strings"

	"plancheck/report/model"
)

// MaxDataDecimals is the most decimals taken from the data as typed: a
// value typed (or stored by a spreadsheet) with more prints with this
// many. plan.yaml's decimals: may ask for more.
const MaxDataDecimals = 2

// decimals is how many decimals the indicator's numbers print with: the
// plan's decimals when set; otherwise the most decimals typed in its values
// and municipal requirements up to Y, its plan baseline and its target
// value, capped at MaxDataDecimals. A yes/no indicator has none.
func (e *evaluator) decimals(ind *model.Indicator) int {
	if ind.Decimals != nil {
		return max(0, *ind.Decimals)
	}
	if ind.IsYesNo() {
		return 0
	}
	d := 0
	for _, s := range []model.Series{e.values[ind.ID], e.reqs[ind.ID]} {
		for y, o := range s {
			if y <= e.Y && math.Abs(o.Value) <= model.MaxMagnitude {
				d = max(d, typedDecimals(o))
			}
		}
	}
	if ind.Baseline != nil {
		d = max(d, floatDecimals(*ind.Baseline))
	}
	switch ind.Target.Kind {
	case model.Level, model.Delta, model.Cumulative, model.Ceiling, model.Floor:
		d = max(d, floatDecimals(ind.Target.Value))
	case model.AvgGrowth, model.Reduction:
		if ind.IsRate() {
			d = max(d, floatDecimals(ind.Target.Value))
		}
	}
	return min(d, MaxDataDecimals)
}

// typedDecimals counts the decimals of an observation as typed: the digits
// after the point of the number in its text ("313.2" 1, "约5000" 0, "5.10%"
// 2); the value's own when the text has no number (a value built in code).
func typedDecimals(o model.Observation) int {
	digits, ok := textDecimals(o.Text)
	if !ok {
		return floatDecimals(o.Value)
	}
	return digits
}

// textDecimals is the most digits after a decimal point in any number of s,
// and whether s holds a number at all.
func textDecimals(s string) (int, bool) {
	if len(s) > 64 {
		s = s[:64] // a value's text is short; a number in it shorter still
	}
	best, found := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		found = true
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',') {
			j++
		}
		if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
			k := j + 1
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			best = max(best, k-j-1)
			j = k
		}
		i = j
	}
	return best, found
}

// floatDecimals is the decimals of v's shortest representation: 312.6 → 1.
func floatDecimals(v float64) int {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// Fixed formats v with exactly dec decimals (313.0, 5288, 8.51), the way
// every number of an indicator is printed; "—" for NaN and infinities.
func Fixed(v float64, dec int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	s := strconv.FormatFloat(v, 'f', max(0, dec), 64)
	if strings.Trim(s, "-0.") == "" {
		s = strings.TrimPrefix(s, "-") // no "-0.0"
	}
	return s
}

// Format prints a number of the indicator in its own unit with its
// Decimals: 313.0 for an indicator typed with one decimal.
func (r *IndicatorResult) Format(v float64) string { return Fixed(v, r.Decimals) }
