package chart

import (
	"flag"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/zh"
)

var preview = flag.String("preview", "", "write PNG previews of sample charts, at 3× scale, to this directory")

// page is a raster on which chart boxes are placed at an offset, for
// previews of many charts on one sheet.
type page struct {
	*raster
	ox, oy float64 // the current box's top-left corner, points
}

func newPage(t *testing.T, w, h, k float64) *page {
	r, err := newRaster(int(w*k), int(h*k), k)
	if err != nil {
		t.Fatal(err)
	}
	return &page{raster: r}
}

// at moves the origin to the box at (x, y) points.
func (p *page) at(x, y float64) *page { p.ox, p.oy = x, y; return p }

func (p *page) MoveTo(x, y float64) { p.raster.MoveTo(p.ox+x, p.oy+y) }
func (p *page) LineTo(x, y float64) { p.raster.LineTo(p.ox+x, p.oy+y) }
func (p *page) ArcTo(cx, cy, rx, ry, a0, da float64) {
	p.raster.ArcTo(p.ox+cx, p.oy+cy, rx, ry, a0, da)
}
func (p *page) Text(x, y float64, s string, size float64, bold bool, c color.RGBA, rot float64) {
	p.raster.Text(p.ox+x, p.oy+y, s, size, bold, c, rot)
}

func (p *page) save(t *testing.T, name string) {
	path := filepath.Join(*preview, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, p.img); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}

// caption writes what the PDF would put under a chart.
func caption(p *page, x, y float64, ind *eval.IndicatorResult) {
	s := ind.Name
	if ind.Unit != "" {
		s += "（" + ind.Unit + "）"
	}
	s += "：" + ind.Status.Label()
	p.at(x, y).Text(0, 0, s, 8, false, color.RGBA{0x1a, 0x1a, 0x1a, 0xff}, 0)
}

// frameBox outlines a box faintly, to show where the chart's box is.
func frameBox(p *page, x, y, w, h float64) {
	p.at(x, y)
	p.MoveTo(0, 0)
	p.LineTo(w, 0)
	p.LineTo(w, h)
	p.LineTo(0, h)
	p.Close()
	p.Stroke(color.RGBA{0xee, 0xee, 0xf6, 0xff}, 0.5, nil)
}

// grid draws eval's charts of the indicators of res in cols columns of
// w×h boxes, with captions, and returns the height used.
func grid(t *testing.T, p *page, res *eval.Result, cols int, w, h, x0, y0 float64) float64 {
	const gap, capH = 14, 16
	y := y0
	for i := range res.Indicators {
		ind := &res.Indicators[i]
		col := i % cols
		if i > 0 && col == 0 {
			y += h + capH + gap
		}
		x := x0 + float64(col)*(w+gap)
		frameBox(p, x, y, w, h)
		if err := Draw(p.at(x, y), ind.Chart, w, h); err != nil {
			t.Errorf("%s: %v", ind.ID, err)
		}
		caption(p, x, y+h+11, ind)
	}
	return y + h + capH - y0
}

// TestPreview writes PNG pages for a person to look at:
//
//	go test ./report/chart -run Preview -preview /tmp/charts
func TestPreview(t *testing.T) {
	if *preview == "" {
		t.Skip("no -preview DIR")
	}
	if err := os.MkdirAll(*preview, 0o755); err != nil {
		t.Fatal(err)
	}
	const k = 3

	// Two charts a row, as the report sets them, and the distribution.
	p := newPage(t, 595, 900, k)
	p.at(40, 40).Text(0, 0, "三、分指标实施监测（"+zh.Year(2023)+"）", 14, true, color.RGBA{0x1f, 0x4e, 0x79, 0xff}, 0)
	used := grid(t, p, sample(t), 2, 250, 180, 40, 56)
	dy := 56 + used + 20
	frameBox(p, 40, dy, 514, 170)
	if err := Draw(p.at(40, dy), everything(t).StatusChart, 514, 170); err != nil {
		t.Error(err)
	}
	p.save(t, "indicators.png")

	// The other shapes, two a row.
	p = newPage(t, 595, 842, k)
	grid(t, p, extras(t), 2, 250, 180, 40, 40)
	p.save(t, "extras.png")

	// Three a row, smaller.
	p = newPage(t, 595, 842, k)
	used = grid(t, p, sample(t), 3, 165, 125, 30, 40)
	grid(t, p, extras(t), 3, 165, 125, 30, 40+used+30)
	p.save(t, "small.png")

	// The odd ones, two a row.
	p = newPage(t, 595, 842, k)
	for i, o := range oddities(t) {
		x, y := 40+float64(i%2)*264, 40+float64(i/2)*210
		frameBox(p, x, y, 250, 180)
		if err := Draw(p.at(x, y), o.ch, 250, 180); err != nil {
			t.Errorf("%s: %v", o.name, err)
		}
		p.at(x, y+191).Text(0, 0, o.name, 8, false, color.RGBA{0x1a, 0x1a, 0x1a, 0xff}, 0)
	}
	p.save(t, "odd.png")

	// The hand-built specs of every kind, two a row and three a row.
	p = newPage(t, 595, 1300, k)
	names := []string{"line", "limit", "requirement", "rate", "rate negative", "yesno", "bars", "tasks"}
	for i, name := range names {
		x, y := 40+float64(i%2)*264, 30+float64(i/2)*200
		frameBox(p, x, y, 250, 180)
		if err := Draw(p.at(x, y), specs()[name], 250, 180); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		p.at(x, y+191).Text(0, 0, name, 8, false, color.RGBA{0x1a, 0x1a, 0x1a, 0xff}, 0)
	}
	for i, name := range names {
		x, y := 30+float64(i%3)*180, 840+float64(i/3)*145
		frameBox(p, x, y, 165, 125)
		if err := Draw(p.at(x, y), specs()[name], 165, 125); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	p.save(t, "specs.png")

	// Each chart alone, to look at closely.
	for _, res := range []*eval.Result{sample(t), extras(t)} {
		for id, ch := range charted(res) {
			p := newPage(t, 250, 180, k)
			if err := Draw(p, ch, 250, 180); err != nil {
				t.Error(err)
			}
			p.save(t, "ind-"+id+".png")
		}
	}
	p = newPage(t, 514, 170, k)
	if err := Draw(p, everything(t).StatusChart, 514, 170); err != nil {
		t.Error(err)
	}
	p.save(t, "distribution.png")
	p = newPage(t, 250, 150, k)
	if err := Draw(p, everything(t).StatusChart, 250, 150); err != nil {
		t.Error(err)
	}
	p.save(t, "distribution-small.png")

	// The tasks by chapter, as wide as the report's text.
	for _, sz := range [][2]float64{{448, 250}, {300, 200}} {
		p = newPage(t, sz[0], sz[1], k)
		if err := Draw(p, taskSample(t).TaskChart, sz[0], sz[1]); err != nil {
			t.Error(err)
		}
		p.save(t, fmt.Sprintf("tasks-%.0f.png", sz[0]))
	}
}
