package chart

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"golang.org/x/image/math/fixed"

	"plancheck/report/eval"
)

// The resolutions PNG accepts. Below 72 dpi a point is less than a pixel
// and the 7 pt labels are unreadable; above 1200 an A4-wide chart is tens
// of millions of pixels for nothing a printer shows.
const minDPI, maxDPI = 72, 1200

// maxPixels bounds the image PNG allocates (4 bytes a pixel): 64 Mpx is
// a 448 × 250 pt chart, the text block's width, at well over 1200 dpi.
const maxPixels = 64 << 20

// PNG draws ch as Draw does into a w×h point box and returns it as a PNG
// image of round(w/72·dpi) × round(h/72·dpi) pixels: antialiased, on a
// white background, with the text in the embedded Noto Sans SC, for
// formats that take pictures (the Word report) rather than vector
// drawings. The same chart, box and dpi give the same bytes.
//
// PNG returns Draw's errors (a chart Draw rejects is rejected here too),
// and an error for a dpi outside 72–1200 or an image of more than 64
// million pixels.
func PNG(ch *eval.Chart, w, h, dpi float64) ([]byte, error) {
	if !(dpi >= minDPI && dpi <= maxDPI) {
		return nil, fmt.Errorf("chart: %g dpi is outside %d–%d", dpi, minDPI, maxDPI)
	}
	// Draw's own check and message, before the image is allocated.
	if err := check(ch, w, h); err != nil {
		return nil, err
	}
	k := dpi / 72 // pixels per point
	pw, ph := int(math.Round(w*k)), int(math.Round(h*k))
	if float64(pw)*float64(ph) > maxPixels {
		return nil, fmt.Errorf("chart: a %g×%g pt box at %g dpi is %d×%d pixels, more than %d million", w, h, dpi, pw, ph, maxPixels>>20)
	}
	r, err := newRaster(pw, ph, k)
	if err != nil {
		return nil, err
	}
	if err := Draw(r, ch, w, h); err != nil {
		return nil, err
	}
	// Fixed settings (see encodePNG), so that the bytes depend on the
	// pixels only.
	return encodePNG(r.img)
}

// raster is a Canvas on an image: a white RGBA image drawn at k pixels per
// point with go-chart's own antialiasing rasterizer (freetype's), which
// also fills the glyph outlines of the embedded fonts.
type raster struct {
	img  *image.RGBA
	gc   *drawing.RasterGraphicContext
	k    float64
	font [2]*truetype.Font // regular, bold
}

var _ Canvas = (*raster)(nil)

// newRaster returns a white w×h pixel raster at k pixels per point.
func newRaster(w, h int, k float64) (*raster, error) {
	regular, bold, err := loadFonts()
	if err != nil {
		return nil, err
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	gc, err := drawing.NewRasterGraphicContext(img)
	if err != nil {
		return nil, fmt.Errorf("chart: %w", err)
	}
	// The context scales a font to size×DPI/64 pixels per em (its Scale
	// is in 64ths of a pixel), so at 64 a size in pixels is pixels per em.
	gc.SetDPI(64)
	// Glyphs' contours overlap in the bold face; PDF viewers fill them by
	// the nonzero rule, and so must the raster, or the overlaps show white.
	gc.SetFillRule(drawing.FillRuleWinding)
	return &raster{img: img, gc: gc, k: k, font: [2]*truetype.Font{regular, bold}}, nil
}

func (r *raster) MoveTo(x, y float64) { r.gc.MoveTo(x*r.k, y*r.k) }
func (r *raster) LineTo(x, y float64) { r.gc.LineTo(x*r.k, y*r.k) }
func (r *raster) ArcTo(cx, cy, rx, ry, a0, da float64) {
	r.gc.ArcTo(cx*r.k, cy*r.k, rx*r.k, ry*r.k, a0, da)
}
func (r *raster) Close() { r.gc.Close() }

func (r *raster) Stroke(c color.RGBA, w float64, dash []float64) {
	r.gc.SetStrokeColor(c)
	r.gc.SetLineWidth(w * r.k)
	var d []float64
	for _, v := range dash {
		d = append(d, v*r.k)
	}
	r.gc.SetLineDash(d, 0)
	r.gc.Stroke()
}

func (r *raster) Fill(c color.RGBA) {
	r.gc.SetFillColor(c)
	r.gc.Fill()
}

func (r *raster) FillStroke(f, s color.RGBA, w float64) {
	r.gc.SetFillColor(f)
	r.gc.SetStrokeColor(s)
	r.gc.SetLineWidth(w * r.k)
	r.gc.SetLineDash(nil, 0)
	r.gc.FillStroke()
}

func (r *raster) Text(x, y float64, s string, size float64, bold bool, c color.RGBA, rot float64) {
	r.gc.SetFont(r.face(bold))
	r.gc.SetFontSize(size * r.k)
	r.gc.SetFillColor(c)
	r.gc.Translate(x*r.k, y*r.k)
	r.gc.Rotate(-rot) // the context turns clockwise on the page
	// An error is a glyph the font cannot load; what was drawn stays, as
	// a PDF viewer shows a missing glyph as nothing.
	r.gc.CreateStringPath(s, 0, 0) //nolint:errcheck // see above
	r.gc.Fill()
	r.gc.SetMatrixTransform(drawing.NewIdentityMatrix())
}

func (r *raster) TextWidth(s string, size float64, bold bool) float64 {
	return advance(r.face(bold), s, size)
}

func (r *raster) face(bold bool) *truetype.Font {
	if bold {
		return r.font[1]
	}
	return r.font[0]
}

// advance is the advance width of s in f at size points: the sum of the
// glyphs' advances, without kerning, as the PDF measures it, so that a
// chart is laid out the same in both.
func advance(f *truetype.Font, s string, size float64) float64 {
	upe := fixed.Int26_6(f.FUnitsPerEm())
	units := 0
	for _, c := range s {
		units += int(f.HMetric(upe, f.Index(c)).AdvanceWidth)
	}
	return float64(units) * size / float64(upe)
}
