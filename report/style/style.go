// Package style is the reports' visual vocabulary: the colour and the marker
// of each status, and the series colours, shared by the PDF, its charts and
// the Excel report so a status looks the same everywhere.
//
// The final evaluation's statuses look like the pace statuses they are
// closest to: completed as achieved, mostly completed as on track, not
// completed as not met.
//
// A key task's reported progress looks like the indicator status it is
// closest to: done as achieved, on schedule as on track, behind as
// lagging, not started as reversed, not reported as no data.
//
// The palette is Okabe–Ito, which readers with the common colour-vision
// deficiencies can tell apart; every status also has a marker shape, so the
// status never depends on colour alone.
package style

import (
	"fmt"
	"image/color"
	"strings"

	"plancheck/report/model"
)

// Okabe–Ito colours.
var (
	Blue       = color.RGBA{0x00, 0x72, 0xB2, 0xff}
	Green      = color.RGBA{0x00, 0x9E, 0x73, 0xff}
	Orange     = color.RGBA{0xE6, 0x9F, 0x00, 0xff}
	Vermillion = color.RGBA{0xD5, 0x5E, 0x00, 0xff}
	SkyBlue    = color.RGBA{0x56, 0xB4, 0xE9, 0xff}
	Purple     = color.RGBA{0xCC, 0x79, 0xA7, 0xff}
	Grey       = color.RGBA{0x80, 0x80, 0x80, 0xff}
	Black      = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	Accent     = color.RGBA{0x1f, 0x4e, 0x79, 0xff} // headings and rules: the blue of official documents
)

// Hex is c as the six hex digits (RRGGBB) Word and Excel name a colour by.
func Hex(c color.RGBA) string { return fmt.Sprintf("%02X%02X%02X", c.R, c.G, c.B) }

// SampleMark follows a value marked 示例 wherever it is printed: text,
// tables, captions, the charts' labels, the web page; the templates' notes
// explain it (标“*”的为示例数据).
const SampleMark = "*"

// Sampled is text with SampleMark after it when sample, once; an empty
// text stays empty.
func Sampled(text string, sample bool) string {
	if sample && text != "" && !strings.HasSuffix(text, SampleMark) {
		return text + SampleMark
	}
	return text
}

// Marked is text after the marker m, once: a status's or a task's label
// as the tables print it. An empty text or marker leaves text as it is.
func Marked(text string, m Marker) string {
	if m != "" && text != "" && !strings.HasPrefix(text, string(m)) {
		return string(m) + text
	}
	return text
}

// Marker is a shape that tells a status apart without colour.
type Marker string

// The markers. Each is also a character the embedded font has, for tables.
const (
	Circle   Marker = "●"
	Triangle Marker = "▲"
	Square   Marker = "■"
	Diamond  Marker = "◆"
	Down     Marker = "▼"
	HollowDn Marker = "▽"
	Ring     Marker = "○"
)

// StatusColor is the colour of a status.
func StatusColor(s model.Status) color.RGBA {
	switch s {
	case model.Achieved, model.Ahead, model.Completed:
		return Blue
	case model.OnTrack, model.Met, model.MostlyCompleted:
		return Green
	case model.Lagging:
		return Orange
	case model.SeriouslyLagging, model.Reversed, model.NotMet, model.NotCompleted:
		return Vermillion
	}
	return Grey
}

// StatusMarker is the marker shape of a status.
func StatusMarker(s model.Status) Marker {
	switch s {
	case model.Achieved, model.Completed:
		return Diamond
	case model.Ahead:
		return Triangle
	case model.OnTrack, model.Met, model.MostlyCompleted:
		return Circle
	case model.Lagging:
		return Square
	case model.SeriouslyLagging:
		return HollowDn
	case model.Reversed, model.NotMet, model.NotCompleted:
		return Down
	}
	return Ring
}

// TaskColor is the colour of a task's reported progress; the empty
// progress (not reported) is grey, like an indicator without data.
func TaskColor(p model.Progress) color.RGBA {
	switch p {
	case model.Done:
		return Blue
	case model.OnSchedule:
		return Green
	case model.Behind:
		return Orange
	case model.NotStarted:
		return Vermillion
	}
	return Grey
}

// TaskMarker is the marker shape of a task's reported progress; the
// empty progress (not reported) is a ring.
func TaskMarker(p model.Progress) Marker {
	switch p {
	case model.Done:
		return Diamond
	case model.OnSchedule:
		return Circle
	case model.Behind:
		return Square
	case model.NotStarted:
		return Down
	}
	return Ring
}
