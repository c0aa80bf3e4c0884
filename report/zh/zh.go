// Package zh formats numbers, years and shares the way Chinese government
// reports print them: "2023年", "8504.6亿元", "87.1%", "312.6万人".
//
// Every report (PDF, Excel, the templates' sentences, chart labels) formats
// through this package so that one figure reads the same everywhere.
package zh

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Num formats v with at most two decimals and no trailing zeros: 313.3,
// 5.11, 5000, -0.4. NaN and infinities format as "—".
func Num(v float64) string {
	return NumDigits(v, 2)
}

// NumDigits formats v with at most digits decimals and no trailing zeros.
func NumDigits(v float64, digits int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	s := strconv.FormatFloat(v, 'f', digits, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// Value formats a value with its unit: "313.3万人", "5.9%", "5000件". A yes/no
// indicator has no unit and is formatted by the caller.
func Value(v float64, unit string) string {
	return Num(v) + unit
}

// Pct formats a share (0.871) as a percentage with one decimal: "87.1%".
func Pct(share float64) string {
	if math.IsNaN(share) || math.IsInf(share, 0) {
		return "—"
	}
	return strconv.FormatFloat(share*100, 'f', 1, 64) + "%"
}

// Points formats a rate already in percent with one decimal: 5.93 → "5.9%".
func Points(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	return strconv.FormatFloat(v, 'f', 1, 64) + "%"
}

// Year formats a year: "2023年".
func Year(y int) string { return strconv.Itoa(y) + "年" }

// Ratio formats a pace ratio with two decimals: "0.87".
func Ratio(r float64) string {
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return "—"
	}
	return strconv.FormatFloat(r, 'f', 2, 64)
}

// Date formats a date as official documents do: 2026年11月25日.
func Date(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// Numeral writes 1–99 in Chinese numerals (一, 十, 十二, 二十三), as
// section numbers are written; other numbers in digits.
func Numeral(n int) string {
	d := []rune("〇一二三四五六七八九")
	switch {
	case n <= 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return string(d[n])
	case n == 10:
		return "十"
	case n < 20:
		return "十" + string(d[n%10])
	case n%10 == 0:
		return string(d[n/10]) + "十"
	}
	return string(d[n/10]) + "十" + string(d[n%10])
}
