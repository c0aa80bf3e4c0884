package docx

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"sync"
	"testing"
	"time"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/internal/sample"
)

// reportDate is the date of the reports the tests write.
var reportDate = time.Date(2026, 3, 1, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))

// The embedded Haidian plan and sample workbook, read as cmd/plancheck
// reads them when no --plan or --data is given, and the trees of its
// yearly reports built from their real evaluations.
var (
	treesMu sync.Mutex
	trees   = map[int]*doc.Document{}
	results = map[int]*eval.Result{}
)

func tree(tb testing.TB, year int) *doc.Document {
	d, _ := evaluated(tb, year)
	return d
}

// evaluated is the tree of the year's report and the evaluation it was
// built from.
func evaluated(tb testing.TB, year int) (*doc.Document, *eval.Result) {
	tb.Helper()
	treesMu.Lock()
	defer treesMu.Unlock()
	if d, ok := trees[year]; ok {
		return d, results[year]
	}
	p, ds, err := sample.Inputs()
	if err != nil {
		tb.Fatal(err)
	}
	res, err := eval.Evaluate(p, ds, year)
	if err != nil {
		tb.Fatal(err)
	}
	d, err := doc.Build(res, doc.Options{Date: reportDate})
	if err != nil {
		tb.Fatal(err)
	}
	trees[year], results[year] = d, res
	return d, res
}

// fakePicture is a Picture that draws a framed box of the size asked for
// at 200 dpi, tinted by the chart's kind, and records the sizes asked.
type fakePicture struct {
	mu    sync.Mutex
	sizes [][2]float64
}

func (f *fakePicture) picture(ch *eval.Chart, w, h float64) ([]byte, error) {
	f.mu.Lock()
	f.sizes = append(f.sizes, [2]float64{w, h})
	f.mu.Unlock()
	const dpi = 200
	pw, ph := int(w*dpi/72), int(h*dpi/72)
	img := image.NewPaletted(image.Rect(0, 0, pw, ph), color.Palette{
		color.White, color.RGBA{0x1f, 0x4e, 0x79, 0xff}, color.RGBA{0xe8, 0xee, 0xf5, 0xff},
	})
	for y := 0; y < ph; y++ {
		for x := 0; x < pw; x++ {
			switch {
			case x < 4 || y < 4 || x >= pw-4 || y >= ph-4:
				img.SetColorIndex(x, y, 1)
			case (x+y)%97 < 3 && ch.Kind != eval.ChartBars:
				img.SetColorIndex(x, y, 2)
			}
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, fmt.Errorf("fake picture: %w", err)
	}
	return b.Bytes(), nil
}
