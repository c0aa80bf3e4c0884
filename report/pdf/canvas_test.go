package pdf

import (
	"bytes"
	"image/color"
	"math"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"

	"plancheck/fonts"
)

// page draws on an uncompressed page through a canvas whose box is at
// (10 mm, 20 mm) and returns the page's content.
func page(t *testing.T, draw func(c *canvas)) string {
	t.Helper()
	f := fpdf.New("P", "mm", "A4", "")
	f.SetCompression(false)
	f.AddUTF8FontFromBytes("r", "", fonts.Regular)
	f.AddPage()
	f.SetFont("r", "", 10)
	f.RawWriteStr("%begin")
	c := newCanvas(f, func(bool, float64) { f.SetFont("r", "", 10) }, 10, 20)
	draw(c)
	f.RawWriteStr("%end")
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	return s[strings.Index(s, "%begin")+6 : strings.Index(s, "%end")]
}

func TestCanvasPath(t *testing.T) {
	red := color.RGBA{0xff, 0, 0, 0xff}
	got := page(t, func(c *canvas) {
		c.MoveTo(0, 0)
		c.LineTo(72, 36) // 1 inch right, half an inch down
		c.Stroke(red, 2, []float64{3, 2})
	})
	// The box's corner is 10 mm = 28.35 pt from the left and 20 mm from
	// the top: 841.89 − 56.69 = 785.20 pt from the bottom. 72 pt right
	// and 36 pt down: (100.35, 749.20).
	for _, want := range []string{
		"28.35 785.20 m", "100.35 749.20 l",
		"1.000 0.000 0.000 RG", "2.00 w",
		"[3.00 2.00] 0.00 d", "S", "[] 0.00 d",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("content lacks %q:\n%s", want, got)
		}
	}
}

func TestCanvasArc(t *testing.T) {
	var end [2]float64
	got := page(t, func(c *canvas) {
		c.ArcTo(50, 50, 10, 10, 0, 2*math.Pi)
		end = [2]float64{c.px, c.py}
		c.Close()
		c.Fill(color.RGBA{0, 0, 0xff, 0xff})
	})
	// A full circle: four quarter Béziers, back at the start (60, 50).
	if n := strings.Count(got, " c\n"); n != 4 {
		t.Errorf("full circle drawn with %d curves, want 4:\n%s", n, got)
	}
	if math.Abs(end[0]-60) > 1e-9 || math.Abs(end[1]-50) > 1e-9 {
		t.Errorf("arc ends at %v, want (60, 50)", end)
	}
	if !strings.Contains(got, "h\n") || !strings.Contains(got, "f\n") {
		t.Errorf("closed fill missing:\n%s", got)
	}
}

func TestCanvasInvisible(t *testing.T) {
	got := page(t, func(c *canvas) {
		c.Stroke(color.RGBA{A: 0xff}, 1, nil) // no path: nothing
		c.MoveTo(0, 0)
		c.LineTo(10, 10)
		c.Stroke(color.RGBA{}, 1, nil) // transparent: the path is ended unpainted
		c.MoveTo(0, 0)
		c.LineTo(10, 10)
		c.Fill(color.RGBA{0, 0, 0, 0x80}) // half transparent
	})
	if strings.Count(got, "n\n") != 1 || strings.Contains(got, "S\n") {
		t.Errorf("transparent stroke should end the path with n and paint nothing:\n%s", got)
	}
	if !strings.Contains(got, "/GS1 gs") || !strings.Contains(got, "f\n") {
		t.Errorf("translucent fill should set a graphics state with its alpha:\n%s", got)
	}
}

func TestCanvasText(t *testing.T) {
	var w float64
	got := page(t, func(c *canvas) {
		w = c.TextWidth("中文", 10, false)
		c.Text(0, 10, "万人", 10, false, color.RGBA{0, 0, 0, 0xff}, math.Pi/2)
	})
	// CJK ideographs are one em wide: 2 × 10 pt.
	if math.Abs(w-20) > 0.01 {
		t.Errorf("TextWidth = %v pt, want 20", w)
	}
	// Rotated a quarter turn counter-clockwise around its origin, 10 pt
	// below the box top: 785.20 − 10 = 775.20 pt from the bottom.
	if !strings.Contains(got, "q\n0.00000 1.00000 -1.00000 0.00000") || !strings.Contains(got, "BT 28.35 775.20 Td") || !strings.Contains(got, "Q") {
		t.Errorf("rotated text:\n%s", got)
	}
}
