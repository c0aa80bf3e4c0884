package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"testing"

	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/style"
)

var years = []int{2023, 2024, 2025}

// write writes the year's report with a fake picture.
func write(t *testing.T, year int) ([]byte, *fakePicture) {
	t.Helper()
	fp := &fakePicture{}
	var b bytes.Buffer
	if err := Write(&b, tree(t, year), Options{Date: reportDate, Picture: fp.picture}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), fp
}

// parts reads the package's parts, checking that the zip is sound and
// every XML part parses.
func parts(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		body, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		out[f.Name] = body
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			d := xml.NewDecoder(bytes.NewReader(body))
			for {
				if _, err := d.Token(); err == io.EOF {
					break
				} else if err != nil {
					t.Fatalf("%s does not parse: %v", f.Name, err)
				}
			}
		}
	}
	for _, name := range []string{"_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/styles.xml",
		"word/settings.xml", "word/fontTable.xml", "word/_rels/document.xml.rels", "word/footer1.xml", "word/footer2.xml"} {
		if out[name] == nil {
			t.Errorf("no %s", name)
		}
	}
	return out
}

// texts is the text of a part's w:t elements, joined (w:instrText is a
// field's code, not text).
func texts(t *testing.T, body []byte) string {
	t.Helper()
	var b strings.Builder
	d := xml.NewDecoder(bytes.NewReader(body))
	in := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			in = x.Name.Local == "t" && x.Name.Space == nsW
		case xml.EndElement:
			in = false
		case xml.CharData:
			if in {
				b.Write(x)
			}
		}
	}
	return b.String()
}

// printed is the tree's text in reading order as the PDF prints it: the
// headings, paragraphs, table captions, cells and notes, and the captions
// of the figures with a chart.
func printed(d *doc.Document) []string {
	var out []string
	runs := func(rs []doc.Run) string {
		var b strings.Builder
		for _, r := range rs {
			t := r.Text
			if r.Sample && !strings.HasSuffix(t, "*") {
				t += "*"
			}
			if r.Status != "" && t != "" {
				t = string(style.StatusMarker(r.Status)) + t
			}
			b.WriteString(t)
		}
		return b.String()
	}
	cell := func(c doc.Cell) string {
		t := c.Text
		if c.Sample && t != "" && !strings.HasSuffix(t, "*") {
			t += "*"
		}
		switch {
		case c.Task && t != "":
			t = string(style.TaskMarker(c.Progress)) + t
		case c.Status != "" && t != "":
			t = string(style.StatusMarker(c.Status)) + t
		}
		return t
	}
	figure := func(f *doc.Figure) {
		if f.Chart == nil {
			return
		}
		out = append(out, strings.TrimSpace(f.Number+" "+f.Caption))
		for _, n := range f.Notes {
			out = append(out, runs(n.Runs))
		}
	}
	c := d.Cover
	out = append(out, c.Title, c.Subtitle)
	out = append(out, c.Lines...)
	out = append(out, c.Issuer, c.Date)
	for s := range d.Sections() {
		out = append(out, s.Heading())
		for _, b := range s.Blocks {
			switch b := b.(type) {
			case *doc.Paragraph:
				out = append(out, runs(b.Runs))
			case *doc.Table:
				if b.Number != "" {
					out = append(out, b.Number+" "+b.Title)
				}
				if b.Header == nil {
					for _, c := range b.Columns {
						out = append(out, c.Title)
					}
				}
				for _, hr := range b.Header {
					for _, c := range hr {
						out = append(out, c.Text)
					}
				}
				for _, r := range b.Rows {
					for _, c := range r.Cells {
						out = append(out, cell(c))
					}
				}
				for _, n := range b.Notes {
					out = append(out, runs(n.Runs))
				}
			case *doc.Figure:
				figure(b)
			case *doc.Figures:
				for _, f := range b.Items {
					figure(f)
				}
			}
		}
	}
	return out
}

// inOrder checks that every want appears in text, in order.
func inOrder(t *testing.T, text string, want []string) {
	t.Helper()
	pos := 0
	for _, w := range want {
		if w == "" {
			continue
		}
		i := strings.Index(text[pos:], w)
		if i < 0 {
			if strings.Contains(text, w) {
				t.Errorf("%q is out of order (after %q)", w, text[max(0, pos-40):pos])
			} else {
				t.Errorf("%q is missing", w)
			}
			continue
		}
		pos += i + len(w)
	}
}

func TestWrite(t *testing.T) {
	for _, year := range years {
		t.Run(fmt.Sprint(year), func(t *testing.T) {
			d := tree(t, year)
			b, fp := write(t, year)
			p := parts(t, b)
			if z, _ := zip.NewReader(bytes.NewReader(b), int64(len(b))); z.File[0].Name != "[Content_Types].xml" {
				t.Errorf("first entry %s, want [Content_Types].xml", z.File[0].Name)
			}
			body := p["word/document.xml"]
			// The cover's lines may be broken (w:br) and the title's
			// notice is a footnote: the text of the w:t is the tree's.
			inOrder(t, texts(t, body), printed(d))
			if len(d.Cover.Notice) > 0 {
				fn := texts(t, p["word/footnotes.xml"])
				var notice strings.Builder
				for _, r := range d.Cover.Notice {
					notice.WriteString(r.Text)
				}
				if !strings.Contains(fn, notice.String()) {
					t.Errorf("footnotes.xml lacks the notice %q", notice.String())
				}
				if !bytes.Contains(body, []byte(`<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t>`)) {
					t.Error("the cover does not refer to the notice's footnote by the sample mark")
				}
			}

			// Tables: every row stays whole, the header rows repeat.
			dx := string(body)
			tables := countTables(d)
			rows := strings.Count(dx, "<w:tr>")
			if n := strings.Count(dx, "<w:trPr><w:cantSplit/>"); n != rows {
				t.Errorf("%d of %d rows cantSplit", n, rows)
			}
			if n := strings.Count(dx, "<w:tblHeader/>"); n < tables {
				t.Errorf("%d header rows repeat, want at least one for each of %d tables", n, tables)
			}
			if n := strings.Count(dx, `<w:tblStyle w:val="PlanTable"/>`); n != tables {
				t.Errorf("%d tables, want %d", n, tables)
			}

			// Pictures: inline, each referenced, as many as asked for.
			rels := string(p["word/_rels/document.xml.rels"])
			embeds := regexp.MustCompile(`r:embed="([^"]+)"`).FindAllStringSubmatch(dx, -1)
			if len(embeds) != len(fp.sizes) || len(embeds) == 0 {
				t.Errorf("%d pictures embedded, %d drawn", len(embeds), len(fp.sizes))
			}
			if n := strings.Count(dx, "<wp:inline "); n != len(embeds) || strings.Contains(dx, "<wp:anchor") {
				t.Errorf("%d inline drawings of %d, or an anchored one", n, len(embeds))
			}
			for _, e := range embeds {
				m := regexp.MustCompile(`Id="` + e[1] + `" Type="[^"]+/image" Target="(media/[^"]+)"`).FindStringSubmatch(rels)
				if m == nil || p["word/"+m[1]] == nil {
					t.Errorf("picture %s is not in the package", e[1])
				}
			}
			for _, s := range fp.sizes {
				if s[0] < 200 || s[1] < 100 {
					t.Errorf("a picture of %g×%g pt was asked for", s[0], s[1])
				}
			}

			// The footers: — PAGE — at the outer edges, none on the cover.
			for name, jc := range map[string]string{"word/footer1.xml": "right", "word/footer2.xml": "left"} {
				f := string(p[name])
				if !strings.Contains(f, "> PAGE <") || !strings.Contains(f, ">— <") || !strings.Contains(f, "> —<") ||
					!strings.Contains(f, `<w:jc w:val="`+jc+`"/>`) {
					t.Errorf("%s is not a — PAGE — footer at the %s: %s", name, jc, f)
				}
			}
			if !strings.Contains(dx, "<w:titlePg/>") || !strings.Contains(string(p["word/settings.xml"]), "<w:evenAndOddHeaders/>") {
				t.Error("no first-page footer on the cover, or no even and odd footers")
			}
			if !strings.Contains(dx, `TOC \o "1-2" \h \z \u`) || !strings.Contains(string(p["word/settings.xml"]), `<w:updateFields w:val="true"/>`) {
				t.Error("no contents field updated on opening")
			}
			core := string(p["docProps/core.xml"])
			for _, w := range []string{"<dc:title>" + esc(d.Meta.Title) + "</dc:title>", "<dc:creator>" + esc(d.Meta.Author) + "</dc:creator>",
				`<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T01:00:00Z</dcterms:created>`} {
				if !strings.Contains(core, w) {
					t.Errorf("core.xml lacks %s:\n%s", w, core)
				}
			}
		})
	}
}

// countTables is how many data tables (with columns) d has.
func countTables(d *doc.Document) int {
	n := 0
	for s := range d.Sections() {
		for _, b := range s.Blocks {
			if t, ok := b.(*doc.Table); ok && len(t.Columns) > 0 {
				n++
			}
		}
	}
	return n
}

// TestStyles checks the styles the 公文 conventions name: East Asian
// fonts and sizes (half-points: 32 for 3号, 44 for 2号), headings with
// outline levels, the body's first-line indent and fixed lines.
func TestStyles(t *testing.T) {
	b, _ := write(t, 2024)
	p := parts(t, b)
	type style struct {
		ID   string `xml:"styleId,attr"`
		Name struct {
			Val string `xml:"val,attr"`
		} `xml:"name"`
		BasedOn struct {
			Val string `xml:"val,attr"`
		} `xml:"basedOn"`
		PPr struct {
			Outline *struct {
				Val string `xml:"val,attr"`
			} `xml:"outlineLvl"`
			Spacing struct {
				Line string `xml:"line,attr"`
				Rule string `xml:"lineRule,attr"`
			} `xml:"spacing"`
			Ind struct {
				FirstLineChars string `xml:"firstLineChars,attr"`
			} `xml:"ind"`
		} `xml:"pPr"`
		RPr struct {
			Fonts *struct {
				East  string `xml:"eastAsia,attr"`
				ASCII string `xml:"ascii,attr"`
				HAnsi string `xml:"hAnsi,attr"`
				Hint  string `xml:"hint,attr"`
			} `xml:"rFonts"`
			B *struct {
				Val string `xml:"val,attr"`
			} `xml:"b"`
			Sz *struct {
				Val string `xml:"val,attr"`
			} `xml:"sz"`
		} `xml:"rPr"`
	}
	var ss struct {
		Styles []style `xml:"style"`
	}
	if err := xml.Unmarshal(p["word/styles.xml"], &ss); err != nil {
		t.Fatal(err)
	}
	byID := map[string]style{}
	for _, s := range ss.Styles {
		byID[s.ID] = s
		if f := s.RPr.Fonts; f != nil && (f.East == "" || f.ASCII == "" || f.HAnsi == "" || f.Hint != "eastAsia") {
			t.Errorf("%s: rFonts %+v lacks a slot or the eastAsia hint", s.ID, *f)
		}
	}
	// resolve follows basedOn for a property.
	resolve := func(id string, get func(style) string) string {
		for i := 0; id != "" && i < 10; i++ {
			s, ok := byID[id]
			if !ok {
				return ""
			}
			if v := get(s); v != "" {
				return v
			}
			id = s.BasedOn.Val
		}
		return ""
	}
	east := func(s style) string {
		if s.RPr.Fonts != nil {
			return s.RPr.Fonts.East
		}
		return ""
	}
	size := func(s style) string {
		if s.RPr.Sz != nil {
			return s.RPr.Sz.Val
		}
		return ""
	}
	bold := func(s style) string {
		if s.RPr.B != nil {
			if s.RPr.B.Val == "" {
				return "1"
			}
			return s.RPr.B.Val
		}
		return ""
	}
	outline := func(s style) string {
		if s.PPr.Outline != nil {
			return s.PPr.Outline.Val
		}
		return ""
	}
	for _, c := range []struct {
		id, name, east, size, bold, outline string
	}{
		{"BodyText", "Body Text", "仿宋_GB2312", "32", "", ""},
		{"Heading1", "heading 1", "黑体", "32", "0", "0"},
		{"Heading2", "heading 2", "楷体_GB2312", "32", "0", "1"},
		{"Heading3", "heading 3", "仿宋_GB2312", "32", "1", "2"},
		{"Title", "Title", "方正小标宋简体", "44", "", ""},
		{"TableText", "Table Text", "仿宋_GB2312", "21", "", ""},
		{"Footer", "footer", "宋体", "28", "", ""},
	} {
		s, ok := byID[c.id]
		if !ok {
			t.Errorf("no style %s", c.id)
			continue
		}
		if s.Name.Val != c.name {
			t.Errorf("%s is named %q, want %q", c.id, s.Name.Val, c.name)
		}
		got := [4]string{resolve(c.id, east), resolve(c.id, size), resolve(c.id, bold), resolve(c.id, outline)}
		if want := [4]string{c.east, c.size, c.bold, c.outline}; got != want {
			t.Errorf("%s: eastAsia, size, bold, outline = %q, want %q", c.id, got, want)
		}
	}
	body := byID["BodyText"]
	if body.PPr.Ind.FirstLineChars != "200" || resolve("BodyText", func(s style) string { return s.PPr.Spacing.Line }) != "579" {
		t.Errorf("body text: first line %s chars/100, line %s; want 200 and 579 (exact)", body.PPr.Ind.FirstLineChars, body.PPr.Spacing.Line)
	}
	dx := string(p["word/document.xml"])
	if !strings.Contains(dx, `<w:pgSz w:w="11906" w:h="16838"/>`) ||
		!strings.Contains(dx, `<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"`) ||
		!strings.Contains(dx, `<w:docGrid w:type="lines" w:linePitch="579"/>`) {
		t.Error("the page is not A4 with the 公文 margins and grid")
	}
	ft := string(p["word/fontTable.xml"])
	for _, f := range fonts {
		if !strings.Contains(ft, `<w:font w:name="`+f.name+`">`) {
			t.Errorf("fontTable.xml does not name %s", f.name)
		}
	}
	// No direct run formatting but bold and a status's style.
	for _, m := range regexp.MustCompile(`<w:rPr>(.*?)</w:rPr>`).FindAllStringSubmatch(dx, -1) {
		rest := regexp.MustCompile(`<w:rStyle w:val="[^"]+"/>|<w:b/>|<w:bCs/>`).ReplaceAllString(m[1], "")
		if rest != "" {
			t.Errorf("direct run formatting %s", m[1])
			break
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, _ := write(t, 2024)
	b, _ := write(t, 2024)
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same report differ")
	}
}

func TestErrors(t *testing.T) {
	d := tree(t, 2024)
	if err := Write(io.Discard, nil, Options{Date: reportDate}); err == nil {
		t.Error("a nil document: no error")
	}
	if err := Write(io.Discard, d, Options{}); err == nil || !strings.Contains(err.Error(), "Date") {
		t.Errorf("a zero date: %v", err)
	}
	boom := errors.New("boom")
	err := Write(io.Discard, d, Options{Date: reportDate, Picture: func(*eval.Chart, float64, float64) ([]byte, error) { return nil, boom }})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "图1-1") {
		t.Errorf("a picture's error: %v, want boom naming 图1-1", err)
	}
	err = Write(io.Discard, d, Options{Date: reportDate, Picture: func(*eval.Chart, float64, float64) ([]byte, error) { return []byte("GIF89a"), nil }})
	if err == nil || !strings.Contains(err.Error(), "图1-1") || !strings.Contains(err.Error(), "PNG") {
		t.Errorf("not a PNG: %v", err)
	}
	// Without a Picture, the figures are left out, captions and all.
	var b bytes.Buffer
	if err := Write(&b, d, Options{Date: reportDate}); err != nil {
		t.Fatal(err)
	}
	if dx := string(parts(t, b.Bytes())["word/document.xml"]); strings.Contains(dx, "<w:drawing>") || strings.Contains(dx, "SEQ 图") {
		t.Error("figures without a Picture")
	}
}

func TestBalance(t *testing.T) {
	for _, c := range []struct {
		s    string
		room float64
		want string
	}{
		{"海淀区“十四五”规划2024年度体检评估报告", 19, "海淀区“十四五”规划|2024年度体检评估报告"},
		{"短标题", 19, "短标题"},
		// 10 characters in lines of at most 4: three lines, the first
		// 10/3 ≈ 3, the rest 7/2 = 3.5 → 3 (the first of a tie), then 4.
		{"一二三四五六七八九十", 4, "一二三|四五六|七八九十"},
		// 3.5 characters in lines of 3: only after 2024, never inside it.
		{"ab2024年", 3, "ab2024|年"},
	} {
		if got := strings.Join(balance(c.s, c.room), "|"); got != c.want {
			t.Errorf("balance(%q, %g) = %q, want %q", c.s, c.room, got, c.want)
		}
	}
}

func TestCaptionNumbers(t *testing.T) {
	w := &writer{seqs: map[string]int{}}
	// 图3-1, 图3-2, then 图3-4 after a figure the tree left out: the
	// sequence 图3 counts to 2, then is reset to 4.
	var got []string
	for _, n := range []string{"图3-1", "图3-2", "图3-4", "图4-1"} {
		x := w.captionRuns(n, "图", "标题")
		instr := regexp.MustCompile(`<w:instrText xml:space="preserve">([^<]*)</w:instrText>`).FindStringSubmatch(x)
		got = append(got, strings.TrimSpace(instr[1]))
	}
	want := []string{`SEQ 图3 \* ARABIC`, `SEQ 图3 \* ARABIC`, `SEQ 图3 \* ARABIC \r 4`, `SEQ 图4 \* ARABIC`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("fields %q, want %q", got, want)
	}
	if x := w.captionRuns("附表1", "表", "名称"); strings.Contains(x, "SEQ") || !strings.Contains(x, "附表1 名称") {
		t.Errorf("附表1: %s", x)
	}
}
