package html

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image/color"
	"io"
	"strings"
	"testing"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/style"
)

var years = []int{2023, 2024, 2025}

// elem is a parsed element: its name, attributes, children and text.
type elem struct {
	name  string
	attr  map[string]string
	kids  []*elem
	text  strings.Builder // all the text inside, children's included
	close bool            // closed by its own end tag
}

func (e *elem) all(name string) []*elem {
	var out []*elem
	var walk func(*elem)
	walk = func(x *elem) {
		for _, k := range x.kids {
			if k.name == name {
				out = append(out, k)
			}
			walk(k)
		}
	}
	walk(e)
	return out
}

// parse reads an HTML page with encoding/xml in its HTML mode (void
// elements closed, entities known) and checks that every element other
// than the void ones is closed by its own end tag, in order: a tag
// balance check that a forgotten </td> or a misnested </div> fails.
func parse(t *testing.T, page []byte) *elem {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(page))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	root := &elem{name: "#root"}
	stack := []*elem{root}
	void := map[string]bool{}
	for _, v := range xml.HTMLAutoClose {
		void[v] = true
	}
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &elem{name: strings.ToLower(tok.Name.Local), attr: map[string]string{}}
			for _, a := range tok.Attr {
				n := a.Name.Local
				if a.Name.Space != "" {
					n = a.Name.Space + ":" + n
				}
				e.attr[strings.ToLower(n)] = a.Value
			}
			top := stack[len(stack)-1]
			top.kids = append(top.kids, e)
			if !void[e.name] {
				stack = append(stack, e)
			}
		case xml.EndElement:
			n := strings.ToLower(tok.Name.Local)
			if void[n] {
				t.Fatalf("an end tag for the void element %s", n)
			}
			top := stack[len(stack)-1]
			if top.name != n {
				t.Fatalf("</%s> closes <%s>", n, top.name)
			}
			top.close = true
			stack = stack[:len(stack)-1]
		case xml.CharData:
			for _, e := range stack {
				e.text.Write(tok)
			}
		}
	}
	if len(stack) != 1 {
		t.Fatalf("%d elements left open, the innermost <%s>", len(stack)-1, stack[len(stack)-1].name)
	}
	return root
}

func TestPageStructure(t *testing.T) {
	for _, y := range years {
		t.Run(fmt.Sprint(y), func(t *testing.T) {
			page := render(t, y)
			root := parse(t, page)
			s := string(page)
			if !strings.HasPrefix(s, "<!DOCTYPE html>\n<html lang=\"zh-CN\">") {
				t.Errorf("starts %.60q", s)
			}
			htmls := root.all("html")
			if len(htmls) != 1 || htmls[0].attr["lang"] != "zh-CN" {
				t.Fatalf("html elements: %d", len(htmls))
			}
			d := tree(t, y)
			if ts := root.all("title"); len(ts) == 0 || ts[0].text.String() != d.Meta.Title {
				t.Errorf("title: %v", ts)
			}
			if !strings.Contains(s, `<meta charset="utf-8">`) || !strings.Contains(s, `name="viewport"`) {
				t.Error("no charset or viewport")
			}
			for _, bad := range []string{"http://", "https://", "<script", `src="http`, "url(", "@import", "<link", "<iframe", "<img"} {
				if strings.Contains(strings.ToLower(s), bad) {
					t.Errorf("the page holds %q", bad)
				}
			}
			checkHeadings(t, root)
			checkTables(t, root)
			checkFigures(t, root, d)
			checkTexts(t, root, d)
			checkLinks(t, root)
		})
	}
}

// checkHeadings: one h1, and each heading at most one level deeper than
// the one before it.
func checkHeadings(t *testing.T, root *elem) {
	t.Helper()
	var levels []int
	var walk func(*elem)
	walk = func(e *elem) {
		for _, k := range e.kids {
			if len(k.name) == 2 && k.name[0] == 'h' && k.name[1] >= '1' && k.name[1] <= '6' {
				levels = append(levels, int(k.name[1]-'0'))
			}
			walk(k)
		}
	}
	walk(root)
	if len(levels) == 0 || levels[0] != 1 {
		t.Fatalf("headings start %v", levels[:min(len(levels), 3)])
	}
	for i := 1; i < len(levels); i++ {
		if levels[i] == 1 {
			t.Errorf("heading %d is a second h1", i)
		}
		if levels[i] > levels[i-1]+1 {
			t.Errorf("heading %d: h%d after h%d", i, levels[i], levels[i-1])
		}
	}
	if n := len(levels); n < 20 {
		t.Errorf("%d headings", n)
	}
}

// checkTables: every table has a caption first and header cells with a
// scope; every header row's cells are th scope=col/colgroup; a scrolling
// box is focusable and named.
func checkTables(t *testing.T, root *elem) {
	t.Helper()
	tables := root.all("table")
	if len(tables) < 10 {
		t.Errorf("%d tables", len(tables))
	}
	for i, tb := range tables {
		if len(tb.kids) == 0 || tb.kids[0].name != "caption" || strings.TrimSpace(tb.kids[0].text.String()) == "" {
			t.Errorf("table %d: no caption first", i)
			continue
		}
		cap := tb.kids[0].text.String()
		ths := tb.all("th")
		if len(ths) == 0 {
			t.Errorf("%s: no header cells", cap)
		}
		for _, th := range ths {
			switch th.attr["scope"] {
			case "col", "row", "colgroup", "rowgroup":
			default:
				t.Errorf("%s: th %q has scope %q", cap, th.text.String(), th.attr["scope"])
			}
		}
		for _, th := range tb.all("thead") {
			for _, td := range th.all("td") {
				t.Errorf("%s: a td %q in the header", cap, td.text.String())
			}
		}
	}
	for _, div := range root.all("div") {
		if div.attr["class"] == "scroll" && (div.attr["tabindex"] != "0" || div.attr["role"] != "region" || div.attr["aria-label"] == "") {
			t.Errorf("a scrolling box %v", div.attr)
		}
	}
}

// checkFigures: every figure with a chart has an svg role=img labelled
// by its title and desc, a figcaption with its number and a data table
// in a details whose summary is 数据表.
func checkFigures(t *testing.T, root *elem, d *doc.Document) {
	t.Helper()
	want := 0
	for s := range d.Sections() {
		for _, b := range s.Blocks {
			switch b := b.(type) {
			case *doc.Figure:
				want++
			case *doc.Figures:
				want += len(b.Items)
			}
		}
	}
	figs := root.all("figure")
	if len(figs) != want || want == 0 {
		t.Errorf("%d figures, want %d", len(figs), want)
	}
	svgs := root.all("svg")
	if len(svgs) != want {
		t.Errorf("%d svgs, want %d", len(svgs), want)
	}
	for _, f := range figs {
		fc := f.all("figcaption")
		if len(fc) != 1 {
			t.Errorf("figure %s: %d figcaptions", f.attr["id"], len(fc))
			continue
		}
		capText := fc[0].text.String()
		for _, svg := range f.all("svg") {
			if svg.attr["role"] != "img" {
				t.Errorf("%s: svg role %q", capText, svg.attr["role"])
			}
			ids := strings.Fields(svg.attr["aria-labelledby"])
			titles, descs := svg.all("title"), svg.all("desc")
			if len(ids) != 2 || len(titles) == 0 || len(descs) == 0 || titles[0].attr["id"] != ids[0] || descs[0].attr["id"] != ids[1] {
				t.Errorf("%s: svg labelled by %v", capText, ids)
				continue
			}
			if titles[0].text.String() == "" || descs[0].text.String() == "" {
				t.Errorf("%s: empty title or desc", capText)
			}
		}
		ds := f.all("details")
		if len(ds) != 1 || len(ds[0].all("summary")) != 1 || ds[0].all("summary")[0].text.String() != dataSummary || len(ds[0].all("table")) != 1 {
			t.Errorf("%s: no data table in details", capText)
		}
	}
}

// plain is a paragraph's text as the page shows it: a sample value with
// its mark, a status with its marker.
func plain(rs []doc.Run) string {
	var b strings.Builder
	for _, r := range rs {
		t := r.Text
		if r.Sample && t != "" && !strings.HasSuffix(t, style.SampleMark) {
			t += style.SampleMark
		}
		if r.Status != "" {
			m := string(style.StatusMarker(r.Status))
			t = m + strings.TrimPrefix(t, m)
		}
		b.WriteString(t)
	}
	return strings.ReplaceAll(b.String(), "\n", " ")
}

// checkTexts: every paragraph of the tree, every table's and figure's
// notes and every cell's text appear in the page's text.
func checkTexts(t *testing.T, root *elem, d *doc.Document) {
	t.Helper()
	body := root.all("body")[0].text.String()
	n := 0
	need := func(where, s string) {
		if s = strings.TrimSpace(s); s == "" {
			return
		}
		n++
		if !strings.Contains(body, s) {
			t.Errorf("%s: %q is not on the page", where, s)
		}
	}
	need("cover", d.Cover.Title)
	need("cover notice", plain(d.Cover.Notice))
	for s := range d.Sections() {
		need("heading", s.Heading())
		for _, b := range s.Blocks {
			switch b := b.(type) {
			case *doc.Paragraph:
				need(s.Heading(), plain(b.Runs))
			case *doc.Table:
				need(b.Number, b.Title)
				for _, r := range b.Rows {
					for _, c := range r.Cells {
						need(b.Number, c.Text)
					}
				}
				for _, p := range b.Notes {
					need(b.Number, plain(p.Runs))
				}
			case *doc.Figure:
				need(b.Number, b.Caption)
			case *doc.Figures:
				for _, f := range b.Items {
					need(f.Number, f.Caption)
					for _, p := range f.Notes {
						need(f.Number, plain(p.Runs))
					}
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d texts checked", n)
	}
}

// checkLinks: every link in the page is to an id on it or to the CSV.
func checkLinks(t *testing.T, root *elem) {
	t.Helper()
	ids := map[string]bool{}
	var walk func(*elem)
	walk = func(e *elem) {
		if id := e.attr["id"]; id != "" {
			if ids[id] {
				t.Errorf("id %q twice", id)
			}
			ids[id] = true
		}
		for _, k := range e.kids {
			walk(k)
		}
	}
	walk(root)
	csv := 0
	for _, a := range root.all("a") {
		h := a.attr["href"]
		switch {
		case h == testCSV:
			csv++
			if a.text.String() != csvLink {
				t.Errorf("the CSV's link reads %q", a.text.String())
			}
		case strings.HasPrefix(h, "#") && ids[h[1:]]:
		default:
			t.Errorf("a link to %q", h)
		}
	}
	if csv != 1 {
		t.Errorf("%d links to the CSV", csv)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := render(t, 2024), render(t, 2024)
	if !bytes.Equal(a, b) {
		t.Error("two pages of the same tree differ")
	}
}

// TestStatusContrast: every status and task state's text colour has at
// least 4.5:1 on white and on the header rows' tint (computed here from
// WCAG 2.1's formula: white is 1.0 luminance, so ratio = 1.05/(L+0.05)),
// and the page shows the marker of each status with its word.
func TestStatusContrast(t *testing.T) {
	white := color.RGBA{0xff, 0xff, 0xff, 0xff}
	// Black on white is 21:1: (1+0.05)/(0+0.05).
	if c := contrast(color.RGBA{0, 0, 0, 0xff}, white); c < 20.99 || c > 21.01 {
		t.Fatalf("contrast(black, white) = %g, want 21", c)
	}
	// #767676 is the lightest grey with 4.5:1 on white (4.54).
	if c := contrast(color.RGBA{0x76, 0x76, 0x76, 0xff}, white); c < 4.5 || c > 4.6 {
		t.Fatalf("contrast(#767676, white) = %g, want 4.54", c)
	}
	for _, c := range textColors() {
		for _, bg := range []color.RGBA{white, tint} {
			if r := contrast(c.c, bg); r < minContrast {
				t.Errorf("%s: %s on %s is %.2f:1", c.class, hex(c.c), hex(bg), r)
			}
		}
	}
	for _, c := range []color.RGBA{ink, muted, accent} {
		for _, bg := range []color.RGBA{white, tint, noteBg} {
			if r := contrast(c, bg); r < minContrast {
				t.Errorf("%s on %s is %.2f:1", hex(c), hex(bg), r)
			}
		}
	}
	got := statusSpan(eval.Lagging, "滞后")
	if want := `<span class="st st-lagging"><i class="mk" aria-hidden="true">■</i>滞后</span>`; got != want {
		t.Errorf("statusSpan = %s, want %s", got, want)
	}
}

func TestErrors(t *testing.T) {
	d := tree(t, 2024)
	var b bytes.Buffer
	for _, c := range []struct {
		name string
		d    *doc.Document
		opts Options
		want string
	}{
		{"no tree", nil, Options{Date: reportDate}, "no document"},
		{"no date", d, Options{}, "no date"},
		{"an address", d, Options{Date: reportDate, CSV: "https://x/y.csv"}, "not a file name"},
		{"a failing chart", d, Options{Date: reportDate, SVG: func(*eval.Chart, float64, float64) ([]byte, error) { return nil, errors.New("boom") }}, "图1-1: chart: boom"},
		{"not svg", d, Options{Date: reportDate, SVG: func(*eval.Chart, float64, float64) ([]byte, error) { return []byte("<png>"), nil }}, "not an <svg> element"},
	} {
		err := Write(&b, c.d, c.opts)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want %q", c.name, err, c.want)
		}
	}
	// Without SVG the figures keep their captions and data tables.
	b.Reset()
	if err := Write(&b, d, Options{Date: reportDate}); err != nil {
		t.Fatal(err)
	}
	root := parse(t, b.Bytes())
	if len(root.all("svg")) != 0 || len(root.all("figure")) == 0 || len(root.all("details")) != len(root.all("figure")) {
		t.Errorf("without SVG: %d svgs, %d figures, %d details", len(root.all("svg")), len(root.all("figure")), len(root.all("details")))
	}
}
