package pdf

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"plancheck/report/eval"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files in testdata")
	out    = flag.String("out", "", "also write the fixture's report to this file, to look at")
)

func options() Options {
	return Options{
		Date:             reportDate,
		DrawIndicator:    standIn,
		DrawDistribution: standInDistribution,
	}
}

// render writes the fixture's report.
func render(t testing.TB, res *eval.Result, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, res, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// tool returns the path of a poppler or qpdf binary, skipping the test
// when it is not installed.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed", name)
	}
	return p
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

func TestWriteFixture(t *testing.T) {
	b := render(t, fixture(), options())
	if *out != "" {
		if err := os.WriteFile(*out, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("output does not start with %%PDF-: %q", b[:min(len(b), 20)])
	}
}

func TestDeterministic(t *testing.T) {
	a := render(t, fixture(), options())
	b := render(t, fixture(), options())
	if !bytes.Equal(a, b) {
		t.Fatalf("two writes of the same input differ (%d and %d bytes)", len(a), len(b))
	}
}

func TestQPDFCheck(t *testing.T) {
	path := writeTemp(t, render(t, fixture(), options()))
	out := run(t, "qpdf", "--check", path)
	if !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

func TestFontsEmbeddedAndSubset(t *testing.T) {
	path := writeTemp(t, render(t, fixture(), options()))
	out := run(t, "pdffonts", path)
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if len(rows) < 4 { // two header lines and a font per style
		t.Fatalf("pdffonts lists too few fonts:\n%s", out)
	}
	for _, r := range rows[2:] {
		// name type encoding emb sub uni object ID
		fields := strings.Fields(r)
		if len(fields) < 7 {
			t.Errorf("pdffonts row %q: too few fields", r)
			continue
		}
		emb, sub := fields[len(fields)-5], fields[len(fields)-4]
		if emb != "yes" || sub != "yes" {
			t.Errorf("font %s: emb %s sub %s, want yes yes", fields[0], emb, sub)
		}
	}
}

func TestTextExtractable(t *testing.T) {
	res := fixture()
	path := writeTemp(t, render(t, res, options()))
	text := run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")
	// Compare without the spaces -layout puts between spaced-out
	// characters and table columns.
	flat := strings.Join(strings.Fields(text), "")
	want := []string{
		"海淀区“十四五”规划实施情况中期评估报告（2023年度）",
		"北京市海淀区发展和改革委员会", "2026年11月25日",
		headOverall, headProgress, headProblems, headSuggestions, headAppendix,
		"附表1", "附表2", "附表3", "附表4", "目录",
		"示例数据",
	}
	for _, ind := range res.Indicators {
		want = append(want, ind.Name, ind.Status.Label())
	}
	for _, p := range res.Problems {
		want = append(want, p.RuleLabel)
	}
	for _, f := range res.Quality {
		want = append(want, f.At)
	}
	for _, w := range want {
		if !strings.Contains(flat, strings.Join(strings.Fields(w), "")) {
			t.Errorf("pdftotext output lacks %q", w)
		}
	}
}

func TestMetadata(t *testing.T) {
	path := writeTemp(t, render(t, fixture(), options()))
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

// TestGolden compares the text of every page, as pdftotext -layout lays
// it out, with testdata/fixture.golden; go test -update rewrites it.
func TestGolden(t *testing.T) {
	path := writeTemp(t, render(t, fixture(), options()))
	text := run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")
	pages := strings.Split(strings.TrimSuffix(text, "\f"), "\f")
	var b strings.Builder
	for i, p := range pages {
		b.WriteString("==== page " + strconv.Itoa(i+1) + " ====\n")
		for _, l := range strings.Split(p, "\n") {
			b.WriteString(strings.TrimRight(l, " ") + "\n")
		}
	}
	got := b.String()
	golden := filepath.Join("testdata", "fixture.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./report/pdf -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("page text differs from %s at line %d:\n got: %q\nwant: %q\n(go test ./report/pdf -update rewrites it)", golden, i+1, g, w)
			}
		}
	}
}

func TestTemplateOverride(t *testing.T) {
	override := fstest.MapFS{
		"title.tmpl": {Data: []byte(`{{.R.Plan.ShortName}}评估（改写）`)},
	}
	opts := options()
	opts.Templates = override
	path := writeTemp(t, render(t, fixture(), opts))
	text := run(t, "pdftotext", "-enc", "UTF-8", path, "-")
	if !strings.Contains(text, "海淀区“十四五”规划评估（改写）") {
		t.Errorf("the overriding title.tmpl was not used")
	}
	if !strings.Contains(text, headOverall) {
		t.Errorf("the embedded templates were lost with the override")
	}
}

func TestTemplateErrors(t *testing.T) {
	for _, c := range []struct {
		name, file, text string
		want             string
	}{
		{"parse", "summary.tmpl", "第一行\n{{if}}", "summary.tmpl:2"},
		{"execute", "caption.tmpl", "{{.Number}}\n{{.I.NoSuchField}}", "caption.tmpl:2:4"},
		{"function", "problem.tmpl", "{{cn}}", "problem.tmpl:1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := options()
			opts.Templates = fstest.MapFS{c.file: {Data: []byte(c.text)}}
			err := Write(&bytes.Buffer{}, fixture(), opts)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Write with a broken %s = %v, want an error naming %s", c.file, err, c.want)
			}
		})
	}
}

func TestErrors(t *testing.T) {
	boom := errors.New("boom")
	for _, c := range []struct {
		name string
		res  *eval.Result
		opts func(*Options)
		want string
	}{
		{"nil result", nil, func(*Options) {}, "no evaluation result"},
		{"zero date", fixture(), func(o *Options) { o.Date = time.Time{} }, "Date is zero"},
		{"bad font", fixture(), func(o *Options) { o.Regular = []byte("not a font at all") }, "not a TrueType font"},
		{"chart error", fixture(), func(o *Options) {
			o.DrawIndicator = func(Canvas, *eval.Result, *eval.IndicatorResult, float64, float64) error { return boom }
		}, `indicator "1": chart: boom`},
		{"distribution error", fixture(), func(o *Options) {
			o.DrawDistribution = func(Canvas, *eval.Result, float64, float64) error { return boom }
		}, "distribution chart: boom"},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := options()
			c.opts(&opts)
			err := Write(&bytes.Buffer{}, c.res, opts)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Write = %v, want an error containing %q", err, c.want)
			}
		})
	}
}

func BenchmarkWrite(b *testing.B) {
	res := fixture()
	opts := options()
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, res, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// TestContents checks that every entry of the contents names the page its
// heading is on, and that the outline (bookmarks) has every entry.
func TestContents(t *testing.T) {
	path := writeTemp(t, render(t, fixture(), options()))
	text := run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")
	pages := strings.Split(text, "\f")
	flat := func(s string) string { return strings.Join(strings.Fields(s), "") }
	entry := regexp.MustCompile(`^\s*(\S.*?)\s*·{3,}\s*(\d+)\s*$`)
	var titles []string
	for _, l := range strings.Split(pages[1], "\n") {
		m := entry.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		titles = append(titles, flat(m[1]))
		n, _ := strconv.Atoi(m[2])
		if n < 1 || n > len(pages) || !strings.Contains(flat(pages[n-1]), flat(m[1])) {
			t.Errorf("contents: %q on page %d, but the page does not have it", m[1], n)
		}
	}
	if len(titles) != 5+3+6+4 {
		t.Errorf("contents has %d entries, want 18 (5 sections, 3 parts of 一, 6 categories, 4 appendix tables):\n%s", len(titles), pages[1])
	}

	js := run(t, "qpdf", "--json", "--json-key=outlines", path)
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	var marks []string
	var walk func([]outline)
	walk = func(os []outline) {
		for _, o := range os {
			marks = append(marks, flat(o.Title))
			walk(o.Kids)
		}
	}
	walk(doc.Outlines)
	want := append([]string{"目录"}, titles...)
	if strings.Join(marks, "|") != strings.Join(want, "|") {
		t.Errorf("bookmarks\n %q\nwant\n %q", marks, want)
	}
}

type outline struct {
	Title string    `json:"title"`
	Kids  []outline `json:"kids"`
}

// TestStages checks the title in each stage of the plan.
func TestStages(t *testing.T) {
	for _, c := range []struct {
		stage string
		year  int
		want  string
	}{
		{"annual", 2022, "海淀区“十四五”规划实施情况年度体检评估报告（2022年度）"},
		{"midterm", 2023, "海淀区“十四五”规划实施情况中期评估报告（2023年度）"},
		{"final", 2025, "海淀区“十四五”规划实施情况总结评估报告（2025年度）"},
	} {
		res := fixture()
		res.Stage, res.Year = c.stage, c.year
		d, err := newDoc(res, options())
		if err != nil {
			t.Fatal(err)
		}
		if d.title != c.want {
			t.Errorf("%s: title %q, want %q", c.stage, d.title, c.want)
		}
	}
}

// TestEdgeCases writes reports from results with little in them: no
// indicators, nothing assessable, no charts, no samples.
func TestEdgeCases(t *testing.T) {
	empty := &eval.Result{Plan: fixture().Plan, Year: 2021, Elapsed: 0.2, Stage: "annual"}
	bare := fixture()
	bare.Problems, bare.Quality = nil, nil
	for i := range bare.Indicators {
		ind := &bare.Indicators[i]
		ind.Status, ind.Sample, ind.Years = eval.NoData, false, nil
		ind.Value, ind.Progress, ind.PaceRatio, ind.Projected, ind.ProjectionBand = nil, nil, nil, nil, ""
	}
	bare.Summary = summarize(bare, nil)
	for name, res := range map[string]*eval.Result{"empty": empty, "nothing assessable": bare} {
		t.Run(name, func(t *testing.T) {
			opts := options()
			b := render(t, res, opts)
			opts.DrawIndicator, opts.DrawDistribution = nil, nil
			render(t, res, opts)
			if _, err := exec.LookPath("qpdf"); err == nil {
				run(t, "qpdf", "--check", writeTemp(t, b))
			}
		})
	}
}

// BenchmarkWriteLarge writes a plan of 270 indicators, every one charted.
func BenchmarkWriteLarge(b *testing.B) {
	res := fixture()
	base := res.Indicators
	res.Indicators = nil
	for i := 0; i < 15; i++ {
		for _, ind := range base {
			ind.ID = ind.ID + "-" + strconv.Itoa(i)
			res.Indicators = append(res.Indicators, ind)
		}
	}
	opts := options()
	for b.Loop() {
		if err := Write(&bytes.Buffer{}, res, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCoverOnePage gives every indicator sample values, so the cover's
// note lists them all, and checks that the cover is still one page.
func TestCoverOnePage(t *testing.T) {
	res := fixture()
	base := res.Indicators
	for i := 0; i < 2; i++ {
		res.Indicators = append(res.Indicators, base...)
	}
	for i := range res.Indicators {
		res.Indicators[i].Sample = true
	}
	path := writeTemp(t, render(t, res, options()))
	text := run(t, "pdftotext", "-layout", "-f", "2", "-l", "2", "-enc", "UTF-8", path, "-")
	if !strings.Contains(strings.Join(strings.Fields(text), ""), "目录") {
		t.Errorf("page 2 is not the contents:\n%s", text)
	}
}
