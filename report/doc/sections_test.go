package doc

import (
	"strings"
	"testing"
)

// Sections reads the tree as the document does: each part, then its
// subsections in depth, then the annexes; nil sections are passed over,
// and a loop may stop early.
func TestSections(t *testing.T) {
	d := &Document{
		Parts: []*Section{
			{Title: "一", Sections: []*Section{{Title: "一.1", Sections: []*Section{{Title: "一.1.1"}}}, nil, {Title: "一.2"}}},
			{Title: "二"},
		},
		Annexes: []*Section{{Title: "附表1"}, {Title: "附表2"}},
	}
	var got []string
	for s := range d.Sections() {
		got = append(got, s.Title)
	}
	if want := "一 一.1 一.1.1 一.2 二 附表1 附表2"; strings.Join(got, " ") != want {
		t.Errorf("Sections: %q, want %q", strings.Join(got, " "), want)
	}
	got = nil
	for s := range d.Sections() {
		got = append(got, s.Title)
		if s.Title == "一.1.1" {
			break
		}
	}
	if want := "一 一.1 一.1.1"; strings.Join(got, " ") != want {
		t.Errorf("Sections with a break: %q, want %q", strings.Join(got, " "), want)
	}
}
