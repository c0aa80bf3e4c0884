package pdf

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"plancheck/report/clients"
	"plancheck/report/doc"
	"plancheck/report/eval"
	"plancheck/report/style"
)

var out = flag.String("out", "", "also write the fixture's report to this file, to look at")

func options() Options { return Options{Date: reportDate, Draw: drawStandIn} }

// render writes a document's PDF.
func render(t testing.TB, d *doc.Document, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// laidOut typesets a document and returns its page map.
func laidOut(t testing.TB, d *doc.Document) *pageMap {
	t.Helper()
	r, err := typesetNew(d, options())
	if err != nil {
		t.Fatal(err)
	}
	r.pages.finish(r.typesetter)
	return &r.pages
}

// tool returns the path of a poppler or qpdf binary (report/clients).
func tool(t *testing.T, name string) string {
	t.Helper()
	return clients.Path(t, "install poppler-utils and qpdf", name)
}

func writeTemp(t *testing.T, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(tool(t, name), args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// flat is s without white space, to compare texts whatever the lines.
func flat(s string) string { return strings.Join(strings.Fields(s), "") }

func TestWriteFixture(t *testing.T) {
	b := render(t, docFixture(), options())
	if *out != "" {
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("output does not start with %%PDF-: %q", b[:min(len(b), 20)])
	}
}

// TestDeterministic is the one test that compares bytes: the same
// document and date give the same file.
func TestDeterministic(t *testing.T) {
	a := render(t, docFixture(), options())
	b := render(t, docFixture(), options())
	if !bytes.Equal(a, b) {
		t.Fatalf("two writes of the same document differ (%d and %d bytes)", len(a), len(b))
	}
	opts := options()
	opts.Date = opts.Date.Add(24 * time.Hour)
	if c := render(t, docFixture(), opts); bytes.Equal(a, c) {
		t.Error("another date wrote the same bytes")
	}
}

func TestQPDFCheck(t *testing.T) {
	path := writeTemp(t, render(t, docFixture(), options()))
	if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

func TestFontsEmbeddedAndSubset(t *testing.T) {
	path := writeTemp(t, render(t, docFixture(), options()))
	out := run(t, "pdffonts", path)
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) < 4 { // two header lines and a font per style
		t.Fatalf("pdffonts lists too few fonts:\n%s", out)
	}
	for _, r := range rows[2:] {
		fields := strings.Fields(r)
		if len(fields) < 7 {
			t.Errorf("pdffonts row %q: too few fields", r)
			continue
		}
		if emb, sub := fields[len(fields)-5], fields[len(fields)-4]; emb != "yes" || sub != "yes" {
			t.Errorf("font %s: emb %s sub %s, want yes yes", fields[0], emb, sub)
		}
	}
}

// texts are every text of the tree a reader must find in the PDF: the
// cover's, the headings, the paragraphs', the table titles and cells, the
// captions and the notes.
func texts(d *doc.Document, cells bool) []string {
	var out []string
	runsText := func(rs []doc.Run) string {
		var b strings.Builder
		for _, r := range rs {
			if m := string(style.StatusMarker(r.Status)); r.Status != "" && !strings.HasPrefix(r.Text, m) {
				b.WriteString(m)
			}
			b.WriteString(r.Text)
			if r.Sample {
				b.WriteString(style.SampleMark)
			}
		}
		return b.String()
	}
	blocks := func(bs []doc.Block) {
		for _, b := range bs {
			switch b := b.(type) {
			case *doc.Paragraph:
				out = append(out, runsText(b.Runs))
			case *doc.Table:
				if b.Number != "" {
					out = append(out, strings.TrimSpace(b.Number+" "+b.Title))
				}
				for _, r := range b.Rows {
					for _, c := range r.Cells {
						if cells {
							out = append(out, c.Text)
						}
					}
				}
				for _, n := range b.Notes {
					out = append(out, runsText(n.Runs))
				}
			case *doc.Figure:
				if b.Chart != nil {
					out = append(out, b.Number+" "+b.Caption)
				}
			case *doc.Figures:
				for _, f := range b.Items {
					if f.Chart != nil {
						out = append(out, f.Number+" "+f.Caption)
					}
				}
			}
		}
	}
	out = append(out, d.Cover.Title, d.Cover.Subtitle, d.Cover.Date, runsText(d.Cover.Notice))
	out = append(out, d.Cover.Lines...)
	out = append(out, d.Cover.Issuer)
	for s := range d.Sections() {
		out = append(out, s.Heading())
		blocks(s.Blocks)
	}
	return out
}

// TestEveryText: pdftotext finds every paragraph, heading, caption and
// note of the tree, white space aside, and every table cell's text in the
// cell's box.
func TestEveryText(t *testing.T) {
	d := docFixture()
	r, err := typesetNew(d, options())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.output(&b); err != nil {
		t.Fatal(err)
	}
	path := writeTemp(t, b.Bytes())
	checkTexts(t, "fixture", path, d)
	checkCells(t, "fixture", path, &r.pages, d)
}

func TestMetadata(t *testing.T) {
	path := writeTemp(t, render(t, docFixture(), options()))
	info := run(t, "pdfinfo", path)
	for _, w := range []string{
		"Title:           海淀区“十四五”规划实施情况中期评估报告（2023年度）",
		"Author:          北京市海淀区发展和改革委员会",
		"Creator:         plancheck",
		"Page size:       595.28 x 841.89 pts (A4)",
	} {
		if !strings.Contains(info, w) {
			t.Errorf("pdfinfo lacks %q:\n%s", w, info)
		}
	}
	if !regexp.MustCompile(`CreationDate:\s+Wed Nov 25 0[19]:00:00 2026`).MatchString(info) {
		t.Errorf("pdfinfo: creation date is not the report date:\n%s", info)
	}
}

type outline struct {
	Title string    `json:"title"`
	Kids  []outline `json:"kids"`
}

// TestContents: every entry of the contents names the page its heading
// is on, the entries are the tree's sections of levels 1 and 2 in order,
// and the outline has them all, 目录 first.
func TestContents(t *testing.T) {
	d := docFixture()
	path := writeTemp(t, render(t, d, options()))
	pages := strings.Split(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-"), "\f")
	entry := regexp.MustCompile(`^\s*(\S.*?)\s*·{3,}\s*(\d+)\s*$`)
	var titles []string
	for _, l := range strings.Split(pages[1], "\n") {
		m := entry.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		titles = append(titles, flat(m[1]))
		n, _ := strconv.Atoi(m[2])
		if n < 3 || n > len(pages) || !strings.Contains(flat(pages[n-1]), flat(m[1])) {
			t.Errorf("contents: %q on page %d, but the page does not have it", m[1], n)
		}
	}
	var want []string
	var walk func(ss []*doc.Section)
	walk = func(ss []*doc.Section) {
		for _, s := range ss {
			if s.Level <= 2 {
				want = append(want, flat(s.Heading()))
				walk(s.Sections)
			}
		}
	}
	walk(d.Parts)
	walk(d.Annexes)
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("contents\n %q\nwant\n %q", titles, want)
	}
	js := run(t, "qpdf", "--json", "--json-key=outlines", path)
	var o struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(js), &o); err != nil {
		t.Fatal(err)
	}
	var marks []string
	var walkO func([]outline)
	walkO = func(os []outline) {
		for _, x := range os {
			marks = append(marks, flat(x.Title))
			walkO(x.Kids)
		}
	}
	walkO(o.Outlines)
	if w := append([]string{contentsTitle}, want...); strings.Join(marks, "|") != strings.Join(w, "|") {
		t.Errorf("bookmarks\n %q\nwant\n %q", marks, w)
	}
}

// TestPageNumbers: every page but the cover has its number in the
// official style, — 3 —, and the running header.
func TestPageNumbers(t *testing.T) {
	path := writeTemp(t, render(t, docFixture(), options()))
	pages := strings.Split(strings.TrimSuffix(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-"), "\f"), "\f")
	for i, p := range pages[1:] {
		if !strings.Contains(flat(p), fmt.Sprintf("—%d—", i+2)) {
			t.Errorf("page %d has no page number — %d —", i+2, i+2)
		}
		if !strings.Contains(flat(p), "海淀区“十四五”规划实施情况中期评估报告") {
			t.Errorf("page %d has no running header", i+2)
		}
	}
}

// checkRows checks the page map's table rules: no page holds fewer than
// minPieceRows rows of a table that is split (no lone first or last row,
// no 续表 of one row), and no group row is the last of its table on a page.
func checkRows(t *testing.T, name string, m *pageMap) {
	t.Helper()
	pagesOf := map[string]int{}
	for _, p := range m.pages {
		seen := map[string]bool{}
		for _, r := range p.rows {
			if !seen[r.table] {
				seen[r.table] = true
				pagesOf[r.table]++
			}
		}
	}
	for _, p := range m.pages {
		count := map[string]int{}
		last := map[string]rowRef{}
		for _, r := range p.rows {
			if !r.group {
				count[r.table]++
			}
			last[r.table] = r
		}
		for table, n := range count {
			if pagesOf[table] > 1 && n < minPieceRows {
				t.Errorf("%s: page %d has %d row(s) of %s alone", name, p.number, n, table)
			}
		}
		for table, r := range last {
			if r.group && pagesOf[table] > 1 {
				t.Errorf("%s: page %d ends %s with its group row %d", name, p.number, table, r.row)
			}
		}
	}
}

// checkFill checks that no page a break left is less than minFill full.
func checkFill(t *testing.T, name string, m *pageMap) {
	t.Helper()
	for _, p := range m.pages {
		if p.broken && p.used < minFill {
			t.Errorf("%s: a break left page %d %.0f%% full", name, p.number, 100*p.used)
		}
	}
}

func TestFixtureLayout(t *testing.T) {
	m := laidOut(t, docFixture())
	checkRows(t, "fixture", m)
	checkFill(t, "fixture", m)
	// 附表1 is wide: its pages are landscape, the others not.
	for _, p := range m.pages {
		wide := false
		for _, r := range p.rows {
			if r.table == "附表1　主要指标评估明细表" {
				wide = true
			}
		}
		if wide != p.landscape && len(p.rows) > 0 {
			t.Errorf("page %d: landscape %v with rows of %v", p.number, p.landscape, p.rows[0].table)
		}
	}
}

// termBreak reports whether a term cell may break between a and b: after
// a space or punctuation, or before an opening bracket.
func termBreak(a, b string) bool {
	return endsWithAny(a, termBreakAfter) || startsWithAny(b, termBreakBefore)
}

// TestTermsWhole: no term column's cell is broken inside a term: every
// line ends where a term does (达到市级要/求 and 与经济增/长基本同/步 were
// the defects).
func TestTermsWhole(t *testing.T) {
	m := laidOut(t, docFixture())
	if len(m.terms) == 0 {
		t.Fatal("no term cell recorded")
	}
	for _, c := range m.terms {
		if flat(strings.Join(c.lines, "")) != flat(c.text) {
			t.Errorf("%s row %d: lines %q are not %q", c.table, c.row, c.lines, c.text)
		}
		for i := 1; i < len(c.lines); i++ {
			if !termBreak(c.lines[i-1], c.lines[i]) {
				t.Errorf("%s row %d col %d: %q broken inside a term: %q", c.table, c.row, c.col, c.text, c.lines)
			}
		}
	}
}

// TestCaptionTails: no caption ends in a line of one or two characters.
func TestCaptionTails(t *testing.T) {
	m := laidOut(t, docFixture())
	if len(m.captions) == 0 {
		t.Fatal("no caption recorded")
	}
	for _, c := range m.captions {
		last := c.lines[len(c.lines)-1]
		if len(c.lines) > 1 && utf8.RuneCountInString(last) < minCaptionTail {
			t.Errorf("%s: caption ends in %q: %q", c.number, last, c.lines)
		}
	}
}

// longTable is a section with a paragraph of lines lines and a table of n
// rows (with a group row every group rows when group > 0), to move the
// table's breaks across every position.
func longTable(lines, n, group int, keep bool) *doc.Document {
	p := para(strings.Repeat("规划实施情况评估发现的问题和建议", 3*lines))
	tb := &doc.Table{Number: "表1-1", Title: "测试表", Keep: keep, Columns: []doc.Column{
		{Title: "序号", Role: doc.IDCol}, {Title: "指标", Role: doc.NameCol}, {Title: "目标", Role: doc.TermCol},
		{Title: "2023年", Role: doc.NumberCol}, {Title: "状态", Role: doc.StatusCol}}}
	for i := 0; i < n; i++ {
		if group > 0 && i%group == 0 {
			tb.Rows = append(tb.Rows, doc.Row{Group: true, Cells: []doc.Cell{text(fmt.Sprintf("（%d）类别", i/group+1))}})
		}
		tb.Rows = append(tb.Rows, doc.Row{Cells: []doc.Cell{text(fmt.Sprint(i + 1)), text("城镇登记失业率（%）"),
			text("与经济增长基本同步"), text("1.6"), {Text: "达到要求", Status: eval.Met}}})
	}
	return &doc.Document{Meta: doc.Meta{Title: "测试"}, Cover: doc.Cover{Title: "测试"},
		Parts: []*doc.Section{{Number: "一、", Title: "测试", Level: 1, Blocks: []doc.Block{p, tb, para("表后的段落。")}}}}
}

// TestNoLoneRow moves tables of 2 to 60 rows, with and without group
// rows, kept or not, across every break position: no page is left with
// one of their rows alone, or under a quarter full.
func TestNoLoneRow(t *testing.T) {
	for _, n := range []int{2, 3, 5, 7, 26} {
		for _, group := range []int{0, 4} {
			for _, keep := range []bool{false, true} {
				for lines := 0; lines < 40; lines += 4 {
					name := fmt.Sprintf("%d rows, group %d, keep %v, after %d lines", n, group, keep, lines)
					m := laidOut(t, longTable(lines, n, group, keep))
					checkRows(t, name, m)
					checkFill(t, name, m)
				}
			}
		}
	}
}

// TestBreakRows checks the table planner on hand-computed cases. Rows are
// 10 mm; the first page has room for first mm, the others for 50.
func TestBreakRows(t *testing.T) {
	rows := func(n int) ([]float64, []bool, []bool) {
		h, stick, counted := make([]float64, n), make([]bool, n), make([]bool, n)
		for i := range h {
			h[i], counted[i] = 10, true
		}
		return h, stick, counted
	}
	for _, c := range []struct {
		name     string
		n        int
		groups   []int // rows that are group rows
		first    float64
		keep, sq bool
		want     []int
		wantSkip bool
	}{
		{"fits", 3, nil, 30, false, false, []int{0}, false},
		// 25 rows, 24 would fit 240 mm... here 6 fit first, then 5 a page:
		// 6+5+5+5+4 = 25.
		{"flows", 25, nil, 60, false, false, []int{0, 6, 11, 16, 21}, false},
		// 6 rows, 5 fit here: 5+1 would leave one alone; 4+2.
		{"no lone last row", 6, nil, 50, false, false, []int{0, 4}, false},
		// 1 fits here: a lone first row; the table starts on the next page.
		// … where 5 fit, but 5+1 would leave one alone: 4+2.
		{"no lone first row", 6, nil, 10, false, false, []int{0, 4}, true},
		// 2 rows, 1 fits: 1+1 is the defect (附表3); both go over.
		{"two rows", 2, nil, 10, false, false, []int{0}, true},
		{"three rows", 3, nil, 20, false, false, []int{0}, true},
		// A group row stays with the next: 0..4 fit, row 4 is a group row.
		{"group row", 8, []int{4}, 50, false, false, []int{0, 4}, false},
		// Kept: to the next page whole, if it fits one.
		{"kept", 4, nil, 30, true, false, []int{0}, true},
		// Kept but the page would be left mostly empty: split, 2+2 (3+1
		// would leave one alone).
		{"kept, squeezed", 4, nil, 30, true, true, []int{0, 2}, false},
		{"kept, too long", 8, nil, 30, true, false, []int{0, 3}, false},
	} {
		h, stick, counted := rows(c.n)
		for _, g := range c.groups {
			stick[g], counted[g] = true, false
		}
		got, skip := breakRows(h, stick, counted, c.first, 50, c.keep, c.sq)
		if fmt.Sprint(got) != fmt.Sprint(c.want) || skip != c.wantSkip {
			t.Errorf("%s: breakRows = %v, skip %v; want %v, skip %v", c.name, got, skip, c.want, c.wantSkip)
		}
	}
}

func TestErrors(t *testing.T) {
	boom := errors.New("boom")
	for _, c := range []struct {
		name string
		d    *doc.Document
		opts func(*Options)
		want string
	}{
		{"nil document", nil, func(*Options) {}, "no document"},
		{"zero date", docFixture(), func(o *Options) { o.Date = time.Time{} }, "Date is zero"},
		{"bad font", docFixture(), func(o *Options) { o.Regular = []byte("not a font at all") }, "not a TrueType font"},
		{"chart error", docFixture(), func(o *Options) {
			o.Draw = func(Canvas, *eval.Chart, float64, float64) error { return boom }
		}, "一、总体评价: （一）总体进展: 图1-1: chart: boom"},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := options()
			c.opts(&opts)
			err := Write(&bytes.Buffer{}, c.d, opts)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Write = %v, want an error containing %q", err, c.want)
			}
		})
	}
}

// TestEdgeCases writes documents with little in them: no parts, an empty
// section, no charts, a table of one row, an empty table.
func TestEdgeCases(t *testing.T) {
	one := longTable(0, 1, 0, false)
	one.Parts[0].Blocks = append(one.Parts[0].Blocks, &doc.Table{Title: "空表"}, &doc.Figures{},
		&doc.Figure{Number: "图1-1", Caption: "无图"})
	for name, d := range map[string]*doc.Document{
		"empty":    {},
		"cover":    {Cover: doc.Cover{Title: "封面", Lines: []string{"发文机关"}}},
		"sections": {Parts: []*doc.Section{{Number: "一、", Title: "空", Level: 1}, {Title: "无编号", Level: 2}}},
		"one row":  one,
	} {
		t.Run(name, func(t *testing.T) {
			b := render(t, d, options())
			run(t, "qpdf", "--check", writeTemp(t, b))
			opts := options()
			opts.Draw = nil
			render(t, d, opts)
		})
	}
}

// BenchmarkWrite writes the fixture's report.
func BenchmarkWrite(b *testing.B) {
	d := docFixture()
	opts := options()
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, d, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// word is a word pdftotext -bbox found: its page, box (pt) and text.
type word struct {
	page           int
	x0, y0, x1, y1 float64
	text           string
}

var (
	pageRE = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	wordRE = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// words are the words of a PDF with their boxes, by pdftotext -bbox.
func words(t *testing.T, path string) []word {
	t.Helper()
	var out []word
	page := 0
	for _, l := range strings.Split(run(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-"), "\n") {
		if pageRE.MatchString(l) {
			page++
			continue
		}
		if m := wordRE.FindStringSubmatch(l); m != nil {
			w := word{page: page, text: html.UnescapeString(m[5])}
			w.x0, _ = strconv.ParseFloat(m[1], 64)
			w.y0, _ = strconv.ParseFloat(m[2], 64)
			w.x1, _ = strconv.ParseFloat(m[3], 64)
			w.y1, _ = strconv.ParseFloat(m[4], 64)
			out = append(out, w)
		}
	}
	return out
}

// checkCells checks that pdftotext reads every table cell's text inside
// the cell's box, and that every cell of the tree's tables was set.
func checkCells(t *testing.T, name, path string, m *pageMap, d *doc.Document) {
	t.Helper()
	ws := words(t, path)
	byPage := map[int][]word{}
	for _, w := range ws {
		byPage[w.page] = append(byPage[w.page], w)
	}
	set := map[string]bool{}
	for _, c := range m.cells {
		var in []word
		x0, y0, x1, y1 := c.x/ptmm, c.y/ptmm, (c.x+c.w)/ptmm, (c.y+c.h)/ptmm
		for _, w := range byPage[c.page] {
			cx, cy := (w.x0+w.x1)/2, (w.y0+w.y1)/2
			if cx > x0 && cx < x1 && cy > y0 && cy < y1 {
				in = append(in, w)
			}
		}
		// In lines from the top, each from the left.
		sort.SliceStable(in, func(i, j int) bool {
			if math.Abs(in[i].y0-in[j].y0) > 2 {
				return in[i].y0 < in[j].y0
			}
			return in[i].x0 < in[j].x0
		})
		var b strings.Builder
		for _, w := range in {
			b.WriteString(w.text)
		}
		if got := flat(b.String()); !strings.Contains(got, flat(c.text)) {
			t.Errorf("%s: %s row %d col %d on page %d: pdftotext reads %q, want %q", name, c.table, c.row, c.col, c.page, got, flat(c.text))
		}
		set[flat(c.text)] = true
	}
	for s := range d.Sections() {
		for _, b := range s.Blocks {
			tb, ok := b.(*doc.Table)
			if !ok {
				continue
			}
			for _, r := range tb.Rows {
				cells := r.Cells
				if r.Group {
					var b strings.Builder
					for _, c := range r.Cells {
						b.WriteString(c.Text)
					}
					cells = []doc.Cell{{Text: b.String()}}
				}
				for _, c := range cells {
					txt := flat(c.Text)
					if c.Sample && txt != "" {
						txt += style.SampleMark
					}
					found := set[txt]
					for k := range set {
						if !found && strings.HasSuffix(k, txt) { // a status's marker before its label
							found = true
						}
					}
					if txt != "" && !found {
						t.Errorf("%s: %s: cell %q was not set", name, s.Heading(), c.Text)
					}
				}
			}
		}
	}
}

// bodyText is a PDF's text as pdftotext reads it, white space, running
// headers and page numbers removed, so that a paragraph over a page break
// reads whole.
func bodyText(t *testing.T, path, header string) string {
	t.Helper()
	s := flat(run(t, "pdftotext", "-enc", "UTF-8", path, "-"))
	if header != "" {
		s = strings.ReplaceAll(s, flat(header), "")
	}
	return regexp.MustCompile(`—\d+—`).ReplaceAllString(s, "")
}

// checkTexts checks that pdftotext finds every paragraph, heading,
// caption and note of the tree (the cells are checkCells').
func checkTexts(t *testing.T, name, path string, d *doc.Document) {
	t.Helper()
	body := bodyText(t, path, d.Meta.Title)
	all := bodyText(t, path, "")
	for _, s := range texts(d, false) {
		if s = flat(s); s != "" && !strings.Contains(body, s) && !strings.Contains(all, s) {
			t.Errorf("%s: pdftotext output lacks %q", name, s)
		}
	}
}

// TestContentsEndingLandscape: the contents are filled in after the body,
// on their own portrait pages, even when the document ends on a landscape
// annex: every word of the contents lies within the portrait page, and the
// title is centred on it.
func TestContentsEndingLandscape(t *testing.T) {
	d := docFixture()
	if len(d.Annexes) == 0 {
		t.Fatal("the fixture has no annex")
	}
	d.Annexes[len(d.Annexes)-1].Wide = true
	path := writeTemp(t, render(t, d, options()))
	out := run(t, "pdftotext", "-f", "2", "-l", "2", "-bbox", path, "-")
	page := regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)"`).FindStringSubmatch(out)
	if page == nil {
		t.Fatalf("pdftotext -bbox gave no page:\n%s", out)
	}
	pw, _ := strconv.ParseFloat(page[1], 64)
	ph, _ := strconv.ParseFloat(page[2], 64)
	if pw > ph {
		t.Fatalf("the contents page is %g × %g, landscape", pw, ph)
	}
	words := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`).FindAllStringSubmatch(out, -1)
	if len(words) < 5 {
		t.Fatalf("the contents page has %d words", len(words))
	}
	for _, w := range words {
		if x, _ := strconv.ParseFloat(w[2], 64); x > pw-20 {
			t.Errorf("contents word %q ends at x = %s, beyond the portrait page's text (width %g)", w[3], w[2], pw)
		}
		if w[3] == "目" || w[3] == "目录" {
			x0, _ := strconv.ParseFloat(w[1], 64)
			if x0 < pw/3 || x0 > pw/2 {
				t.Errorf("the contents title starts at x = %g, not centred on a page %g wide", x0, pw)
			}
		}
	}
}

// typesetNew lays d out on a new typesetter, as Write does before output.
func typesetNew(d *doc.Document, opts Options) (*report, error) {
	ts, err := start(opts)
	if err != nil {
		return nil, err
	}
	return typeset(d, opts, ts)
}

// A prepared PDF is the PDF Write gives, and it is written once.
func TestPrepared(t *testing.T) {
	d := docFixture()
	var want, got bytes.Buffer
	if err := Write(&want, d, options()); err != nil {
		t.Fatal(err)
	}
	p := Prepare(options())
	if err := p.Write(&got, d); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want.Bytes(), got.Bytes()) {
		t.Errorf("the prepared PDF differs from Write's (%d and %d bytes)", got.Len(), want.Len())
	}
	if err := p.Write(io.Discard, d); err == nil {
		t.Error("a prepared PDF was written twice")
	}
	if err := Prepare(Options{}).Write(io.Discard, d); err == nil || !strings.Contains(err.Error(), "Date") {
		t.Errorf("a zero date: %v", err)
	}
	if err := Prepare(Options{Date: options().Date, Regular: []byte("not a font")}).Write(io.Discard, d); err == nil {
		t.Error("a bad font was accepted")
	}
}
