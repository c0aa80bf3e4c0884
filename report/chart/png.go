package chart

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/png"

	"github.com/klauspost/compress/zlib"
)

// encodePNG writes img as a PNG image: 8-bit RGB when every pixel is
// opaque (a chart is drawn on white, so it always is), with no row filter
// and the fastest deflate level. image/png would choose a filter for every
// row by trying all five and deflate at the default level: three
// quarters of a picture's cost (10 ms of 13 for a 694 × 500 chart), for
// files no smaller — a chart's flat areas compress as well unfiltered.
// klauspost/compress's deflate is about twice as fast as the standard
// library's at the same level. The pixels are those image/png writes
// (TestEncodePNG decodes both); an image with transparency is left to
// image/png.
func encodePNG(img *image.RGBA) ([]byte, error) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	for y := 0; y < h; y++ {
		row := img.Pix[y*img.Stride : y*img.Stride+4*w]
		for i := 3; i < len(row); i += 4 {
			if row[i] != 0xff {
				var b bytes.Buffer
				err := (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&b, img)
				return b.Bytes(), err
			}
		}
	}
	var out bytes.Buffer
	out.Grow(64 << 10)
	out.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits a sample, truecolour; deflate, no filter choice, no interlace
	writeChunk(&out, "IHDR", ihdr)

	var idat bytes.Buffer
	zw, err := zlib.NewWriterLevel(&idat, zlib.BestSpeed)
	if err != nil {
		return nil, fmt.Errorf("chart: encoding the PNG: %w", err)
	}
	line := make([]byte, 1+3*w) // line[0] = 0: filter type None
	for y := 0; y < h; y++ {
		px := img.Pix[y*img.Stride:]
		for x, j := 0, 1; x < w; x, j = x+1, j+3 {
			line[j], line[j+1], line[j+2] = px[4*x], px[4*x+1], px[4*x+2]
		}
		if _, err := zw.Write(line); err != nil {
			return nil, fmt.Errorf("chart: encoding the PNG: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("chart: encoding the PNG: %w", err)
	}
	writeChunk(&out, "IDAT", idat.Bytes())
	writeChunk(&out, "IEND", nil)
	return out.Bytes(), nil
}

// writeChunk appends a PNG chunk: length, type, data and the CRC of type
// and data.
func writeChunk(out *bytes.Buffer, typ string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	out.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(typ))
	crc.Write(data)
	out.WriteString(typ)
	out.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	out.Write(n[:])
}
