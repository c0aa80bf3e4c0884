package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"strings"
	"unicode/utf16"
)

// Naming the embedded fonts.
//
// fpdf subsets the fonts it embeds but names each "utf8" + its family key,
// without the six-letter tag ("ABCDEF+NotoSansSC-Regular") by which PDF
// readers (and pdffonts) know a font is a subset (ISO 32000-1, 9.6.4). The
// report registers each font under a placeholder key of exactly the length
// of its final name, so that renaming it in the finished file keeps every
// byte offset of the cross-reference table valid.

// fontFace is an embedded font: its fpdf family key and its PostScript name.
type fontFace struct {
	key string // fpdf family, lower case: the PDF carries "utf8" + key
	ps  string // the PostScript name of the font file
}

// newFace makes a face for a TrueType file; suffix tells two faces of the
// same PostScript name apart.
func newFace(ttf []byte, suffix string) fontFace {
	ps := postScriptName(ttf)
	if ps == "" {
		ps = "PlancheckFont"
	}
	// "utf8" + key and "ABCDEF+" + ps have the same length.
	return fontFace{key: strings.ToLower(ps) + "-p" + suffix, ps: ps}
}

// placeholder is the font's name as fpdf writes it.
func (f fontFace) placeholder() string { return "/utf8" + f.key }

// nameFonts renames the faces' placeholders in a finished PDF to tagged
// subset names. The tags are taken from a hash of the file, so the same
// file gets the same tags.
func nameFonts(pdf []byte, faces []fontFace) []byte {
	sum := sha256.Sum256(pdf)
	for i, f := range faces {
		tag := make([]byte, 6)
		for j := range tag {
			tag[j] = 'A' + sum[(i*6+j)%len(sum)]%26
		}
		name := "/" + string(tag) + "+" + f.ps
		if len(name) != len(f.placeholder()) {
			continue // cannot happen: newFace makes them equal
		}
		pdf = bytes.ReplaceAll(pdf, []byte(f.placeholder()), []byte(name))
	}
	return pdf
}

// postScriptName reads the PostScript name (name ID 6) of a TrueType font,
// keeping only the characters a PDF name may carry unescaped; "" when the
// font has none.
func postScriptName(ttf []byte) string {
	u16 := func(b []byte, off int) (int, bool) {
		if off < 0 || off+2 > len(b) {
			return 0, false
		}
		return int(binary.BigEndian.Uint16(b[off:])), true
	}
	u32 := func(b []byte, off int) (int, bool) {
		if off < 0 || off+4 > len(b) {
			return 0, false
		}
		return int(binary.BigEndian.Uint32(b[off:])), true
	}
	n, ok := u16(ttf, 4)
	if !ok {
		return ""
	}
	name := -1
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return ""
		}
		if string(ttf[rec:rec+4]) == "name" {
			name, _ = u32(ttf, rec+8)
			break
		}
	}
	if name < 0 {
		return ""
	}
	count, ok1 := u16(ttf, name+2)
	strOff, ok2 := u16(ttf, name+4)
	if !ok1 || !ok2 {
		return ""
	}
	for i := 0; i < count; i++ {
		rec := name + 6 + 12*i
		platform, _ := u16(ttf, rec)
		id, _ := u16(ttf, rec+6)
		length, _ := u16(ttf, rec+8)
		off, ok := u16(ttf, rec+10)
		start := name + strOff + off
		if !ok || id != 6 || start+length > len(ttf) {
			continue
		}
		raw := ttf[start : start+length]
		var s string
		switch platform {
		case 0, 3: // UTF-16BE
			units := make([]uint16, len(raw)/2)
			for j := range units {
				units[j] = binary.BigEndian.Uint16(raw[2*j:])
			}
			s = string(utf16.Decode(units))
		case 1: // Mac Roman; PostScript names are ASCII
			s = string(raw)
		default:
			continue
		}
		if s = cleanName(s); s != "" {
			return s
		}
	}
	return ""
}

func cleanName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			b.WriteRune(r)
		}
	}
	if b.Len() > 56 {
		return b.String()[:56]
	}
	return b.String()
}
