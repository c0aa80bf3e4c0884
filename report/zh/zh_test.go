package zh

import (
	"math"
	"testing"
	"time"
)

func TestFormats(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Num(313.3), "313.3"},
		{Num(5.11), "5.11"},
		{Num(5000), "5000"},
		{Num(8504.60), "8504.6"},
		{Num(-0.001), "0"},
		{Num(math.NaN()), "—"},
		{Value(312.6, "万人"), "312.6万人"},
		{Pct(0.8712), "87.1%"},
		{Points(5.96), "6.0%"},
		{Year(2023), "2023年"},
		{Ratio(1.1), "1.10"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestNumeralAndDate(t *testing.T) {
	for n, want := range map[int]string{
		1: "一", 9: "九", 10: "十", 11: "十一", 19: "十九", 20: "二十", 23: "二十三", 99: "九十九", 100: "100", 0: "0",
	} {
		if got := Numeral(n); got != want {
			t.Errorf("Numeral(%d) = %q, want %q", n, got, want)
		}
	}
	if got := Date(time.Date(2026, 3, 5, 23, 0, 0, 0, time.UTC)); got != "2026年3月5日" {
		t.Errorf("Date = %q", got)
	}
}
