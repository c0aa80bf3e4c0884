package chart

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/style"
)

// pngCharts are the charts the PNG tests draw: an indicator's line chart,
// a rate chart, the status distribution and the tasks by chapter, each in
// a box the Word report uses.
func pngCharts(t *testing.T) []struct {
	name string
	ch   *eval.Chart
	w, h float64
} {
	return []struct {
		name string
		ch   *eval.Chart
		w, h float64
	}{
		{"line", specs()["line"], 250, 180},
		{"rate", specs()["rate"], 250, 180},
		{"indicator-5", chartOf(t, sample(t), "5"), 250, 180},
		{"distribution", everything(t).StatusChart, 448, 170},
		{"tasks", taskSample(t).TaskChart, 448, 250},
	}
}

func decodePNG(t *testing.T, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img
}

// TestPNGSizeAndContent: the image is w/72·dpi × h/72·dpi pixels (250 pt
// at 200 dpi: 250/72·200 = 694.4 → 694), white at the corners, and holds
// the drawing: a fair share of non-white pixels, the status colour of the
// series, and the grey levels between ink and paper that antialiasing
// leaves (a one-bit raster would have only the drawn colours).
func TestPNGSizeAndContent(t *testing.T) {
	for _, c := range pngCharts(t) {
		for _, dpi := range []float64{200, 300} {
			b, err := PNG(c.ch, c.w, c.h, dpi)
			if err != nil {
				t.Fatalf("%s at %g dpi: %v", c.name, dpi, err)
			}
			img := decodePNG(t, b)
			wantW, wantH := int(math.Round(c.w/72*dpi)), int(math.Round(c.h/72*dpi))
			if got := img.Bounds(); got.Dx() != wantW || got.Dy() != wantH || got.Min != (image.Point{}) {
				t.Errorf("%s at %g dpi: %v, want %d×%d", c.name, dpi, got, wantW, wantH)
			}
			white := color.RGBAModel.Convert(color.White)
			for _, p := range []image.Point{{0, 0}, {wantW - 1, 0}, {0, wantH - 1}, {wantW - 1, wantH - 1}} {
				if got := color.RGBAModel.Convert(img.At(p.X, p.Y)); got != white {
					t.Errorf("%s: the corner %v is %v, not white", c.name, p, got)
				}
			}
			ink, colours := 0, map[color.RGBA]bool{}
			for y := 0; y < wantH; y++ {
				for x := 0; x < wantW; x++ {
					px := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
					if px.A != 0xff {
						t.Fatalf("%s: pixel (%d, %d) is not opaque: %v", c.name, x, y, px)
					}
					if px != white {
						ink++
					}
					colours[px] = true
				}
			}
			if share := float64(ink) / float64(wantW*wantH); share < 0.02 || share > 0.6 {
				t.Errorf("%s at %g dpi: %.1f%% of the pixels are inked; want a drawing (2–60%%)", c.name, dpi, 100*share)
			}
			if len(colours) < 64 {
				t.Errorf("%s at %g dpi: %d colours; an antialiased drawing has many more", c.name, dpi, len(colours))
			}
			if c.ch.Kind == eval.ChartLine && !colours[style.StatusColor(c.ch.Status)] {
				t.Errorf("%s: no pixel has the status colour %v", c.name, style.StatusColor(c.ch.Status))
			}
		}
	}
}

// TestPNGDeterministic: the same chart gives the same bytes, one call after
// another and from goroutines drawing at once (the Word report draws its
// figures as a batch's plans come).
func TestPNGDeterministic(t *testing.T) {
	for _, c := range pngCharts(t) {
		first, err := PNG(c.ch, c.w, c.h, 200)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		got := make([][]byte, 4)
		for i := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got[i], _ = PNG(c.ch, c.w, c.h, 200)
			}()
		}
		wg.Wait()
		for i, b := range got {
			if !bytes.Equal(b, first) {
				t.Errorf("%s: call %d gave other bytes (%d, first %d)", c.name, i, len(b), len(first))
			}
		}
	}
}

// TestPNGErrors: what Draw rejects PNG rejects with Draw's message, and a
// dpi or an image size out of bounds is an error, before any drawing.
func TestPNGErrors(t *testing.T) {
	empty := &eval.Chart{Kind: eval.ChartLine, FromYear: 2020, ToYear: 2025}
	for _, c := range []struct {
		name    string
		ch      *eval.Chart
		w, h    float64
		dpi     float64
		wantErr string
	}{
		{"nil", nil, 250, 180, 200, "no chart to draw"},
		{"small", specs()["line"], 100, 180, 200, "too small"},
		{"NaN box", specs()["line"], math.NaN(), 180, 200, "too small"},
		{"Inf box", specs()["line"], math.Inf(1), 180, 200, "too small"},
		{"unknown kind", &eval.Chart{Kind: "pie"}, 250, 180, 200, `unknown kind "pie"`},
		{"nothing to draw", empty, 250, 180, 200, ""},
		{"dpi 0", specs()["line"], 250, 180, 0, "0 dpi is outside 72–1200"},
		{"dpi NaN", specs()["line"], 250, 180, math.NaN(), "dpi is outside"},
		{"dpi 2400", specs()["line"], 250, 180, 2400, "2400 dpi is outside"},
		{"huge", specs()["line"], 20000, 20000, 300, "more than 64 million"},
	} {
		var drawErr error
		if c.ch != nil && !strings.Contains(c.name, "dpi") && c.name != "huge" {
			drawErr = Draw(&recorder{}, c.ch, c.w, c.h)
			if drawErr == nil {
				t.Fatalf("%s: Draw accepts it", c.name)
			}
		}
		b, err := PNG(c.ch, c.w, c.h, c.dpi)
		switch {
		case err == nil:
			t.Errorf("%s: %d bytes, want an error", c.name, len(b))
		case !strings.Contains(err.Error(), c.wantErr):
			t.Errorf("%s: %v, want %q", c.name, err, c.wantErr)
		case drawErr != nil && err.Error() != drawErr.Error():
			t.Errorf("%s: %v, want Draw's %v", c.name, err, drawErr)
		}
	}
}

// TestPNGPreview writes the PNGs of pngCharts for a person to look at:
//
//	go test ./report/chart -run PNGPreview -preview /tmp/charts
func TestPNGPreview(t *testing.T) {
	if *preview == "" {
		t.Skip("no -preview DIR")
	}
	for _, c := range pngCharts(t) {
		b, err := PNG(c.ch, c.w, c.h, 200)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*preview, "png-"+c.name+".png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkPNG is one indicator chart as the Word report sets it: 250 ×
// 180 pt at 200 dpi.
func BenchmarkPNG(b *testing.B) {
	ch := specs()["line"]
	for b.Loop() {
		if _, err := PNG(ch, 250, 180, 200); err != nil {
			b.Fatal(err)
		}
	}
}

// TestEncodePNG: encodePNG writes the pixels image/png writes, for every
// chart of the fixtures and for an image with transparency (which it
// leaves to image/png).
func TestEncodePNG(t *testing.T) {
	check := func(name string, img *image.RGBA) {
		t.Helper()
		fast, err := encodePNG(img)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var ref bytes.Buffer
		if err := png.Encode(&ref, img); err != nil {
			t.Fatal(err)
		}
		a, err := png.Decode(bytes.NewReader(fast))
		if err != nil {
			t.Fatalf("%s: encodePNG wrote a PNG image/png cannot read: %v", name, err)
		}
		b, _ := png.Decode(bytes.NewReader(ref.Bytes()))
		if a.Bounds() != b.Bounds() {
			t.Fatalf("%s: bounds %v, want %v", name, a.Bounds(), b.Bounds())
		}
		for y := b.Bounds().Min.Y; y < b.Bounds().Max.Y; y++ {
			for x := b.Bounds().Min.X; x < b.Bounds().Max.X; x++ {
				if color.NRGBA64Model.Convert(a.At(x, y)) != color.NRGBA64Model.Convert(b.At(x, y)) {
					t.Fatalf("%s: pixel (%d, %d) is %v, want %v", name, x, y, a.At(x, y), b.At(x, y))
				}
			}
		}
	}
	for name, ch := range specs() {
		r, err := newRaster(694, 500, 200.0/72)
		if err != nil {
			t.Fatal(err)
		}
		if err := Draw(r, ch, 250, 180); err != nil {
			continue
		}
		check(name, r.img)
	}
	img := image.NewRGBA(image.Rect(0, 0, 7, 5))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 37)
	}
	check("translucent", img)
	for i := 3; i < len(img.Pix); i += 4 {
		img.Pix[i] = 0xff
	}
	check("opaque noise", img)
}
