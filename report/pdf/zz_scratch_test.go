package pdf

import (
	"os"
	"testing"

	"plancheck/report/chart"
	"plancheck/report/eval"
)

func TestScratchRealCharts(t *testing.T) {
	opts := Options{Date: reportDate,
		DrawIndicator: func(c Canvas, res *eval.Result, ind *eval.IndicatorResult, w, h float64) error {
			return chart.Indicator(c, res, ind, w, h)
		},
		Charted: chart.Charted,
		DrawDistribution: func(c Canvas, res *eval.Result, w, h float64) error {
			return chart.Distribution(c, res, w, h)
		},
	}
	b := render(t, fixture(), opts)
	os.WriteFile("/tmp/real.pdf", b, 0o644)
}

func BenchmarkScratchReal(b *testing.B) {
	opts := Options{Date: reportDate,
		DrawIndicator: func(c Canvas, res *eval.Result, ind *eval.IndicatorResult, w, h float64) error {
			return chart.Indicator(c, res, ind, w, h)
		},
		Charted: chart.Charted,
		DrawDistribution: func(c Canvas, res *eval.Result, w, h float64) error {
			return chart.Distribution(c, res, w, h)
		},
	}
	res := fixture()
	for b.Loop() {
		render(b, res, opts)
	}
}
