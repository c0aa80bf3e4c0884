package zh

import (
	"math"
	"testing"
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
