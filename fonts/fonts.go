// Package fonts embeds the report's typeface, Noto Sans SC (SIL Open Font
// License 1.1, see OFL.txt), so that the binary needs no system font.
//
// The files are the Regular and Bold weights of the npm package
// @expo-google-fonts/noto-sans-sc@0.4.3 (TrueType outlines), subset with
// fontTools' pyftsubset to ASCII, Latin-1, general punctuation, arrows,
// ≤ ≥ −, geometric shapes, circled numbers, CJK symbols and punctuation,
// full-width forms and all of U+4E00–U+9FFF, without hinting:
//
//	pyftsubset NotoSansSC_400Regular.ttf --no-hinting --layout-features='' \
//	  --unicodes=U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203B,U+2190-2193,U+2212,\
//	U+2264-2265,U+25A0-25FF,U+2460-2473,U+3000-303F,U+4E00-9FFF,U+FF00-FFEF
package fonts

import _ "embed"

// Regular is Noto Sans SC Regular as a TrueType file.
//
//go:embed NotoSansSC-Regular.ttf
var Regular []byte

// Bold is Noto Sans SC Bold as a TrueType file.
//
//go:embed NotoSansSC-Bold.ttf
var Bold []byte

// Family is the font's family name, as PDF viewers show it.
const Family = "NotoSansSC"
