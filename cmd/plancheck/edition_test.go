package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	stdhtml "html"
	"os"
	"path/filepath"
	"plancheck/report/doc"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// parseEdition: an edition's id or its label, spaces around it allowed;
// anything else is bad usage naming the flag and the choices.
func TestParseEdition(t *testing.T) {
	for _, c := range []struct{ in, want, err string }{
		{in: "internal", want: "internal"},
		{in: "public", want: "public"},
		{in: " public ", want: "public"},
		{in: "公开版", want: "public"},
		{in: "内部版", want: "internal"},
		{in: "", err: `--edition "": choose internal or public`},
		{in: "Public", err: `--edition "Public": choose internal or public`},
		{in: "external", err: `--edition "external"`},
		{in: "public,internal", err: `--edition "public,internal"`},
	} {
		got, err := parseEdition(c.in)
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("parseEdition(%q) = %q, %v; want %q", c.in, got, err, c.err)
			} else if _, ok := err.(*usageError); !ok {
				t.Errorf("parseEdition(%q): %T, want a usage error", c.in, err)
			}
		case err != nil || string(got) != c.want:
			t.Errorf("parseEdition(%q) = %q, %v; want %s", c.in, got, err, c.want)
		}
	}
}

// A bad --edition is exit 2 naming the flag, on report and evaluate alike,
// with nothing written (--out not even created).
func TestBadEdition(t *testing.T) {
	for _, cmd := range []string{"report", "evaluate"} {
		for _, ed := range []string{"external", "", "all"} {
			o := filepath.Join(t.TempDir(), "out")
			_, stderr, code := runCmd(t, cmd, "--year", "2023", "--edition", ed, "--out", o)
			if code != exitUsage || !strings.Contains(stderr, "--edition") || !strings.Contains(stderr, "internal or public") {
				t.Errorf("%s --edition %q: exit %d %s\nwant 2 naming --edition", cmd, ed, code, stderr)
			}
			if _, err := os.Lstat(o); err == nil {
				t.Errorf("%s --edition %q: --out was created", cmd, ed)
			}
		}
	}
}

// The public edition's files carry _public before the extension, the
// internal edition's names are unchanged, so both editions sit in one
// --out; a department's public files are <id>_<year>_<dept>_public.*.
// (The html rows need report/html and xlsx.WriteCSV.)
func TestEditionNames(t *testing.T) {
	o := t.TempDir()
	run := func(args ...string) {
		t.Helper()
		args = append([]string{"report", "--year", "2023", "--date", "2024-03-15", "--out", o}, args...)
		if stdout, stderr, code := runCmd(t, args...); code != 0 {
			t.Fatalf("%s: exit %d\n%s%s", strings.Join(args, " "), code, stdout, stderr)
		}
	}
	run("--format", "json,xlsx")
	run("--format", "json,xlsx", "--edition", "public")
	run("--format", "json", "--edition", "internal", "--department", "区教委")
	run("--format", "json", "--edition", "公开版", "--department", "区教委")
	const b = "haidian-14th_2023"
	want := []string{".plancheck.lock", b + ".json", b + ".xlsx", b + "_jw.json", b + "_jw_public.json", b + "_public.json", b + "_public.xlsx"}
	if got := strings.Join(listDir(t, o), " "); got != strings.Join(want, " ") {
		t.Errorf("--out holds %s\nwant %s", got, strings.Join(want, " "))
	}
	if ed := readResult(t, filepath.Join(o, b+".json")).Edition; ed != "internal" {
		t.Errorf("%s.json: edition %q", b, ed)
	}
	if ed := readResult(t, filepath.Join(o, b+"_public.json")).Edition; ed != "public" {
		t.Errorf("%s_public.json: edition %q", b, ed)
	}

	h := t.TempDir()
	for _, args := range [][]string{
		{"--format", "html"},
		{"--format", "html", "--edition", "public"},
		{"--format", "html", "--edition", "public", "--department", "jw"},
	} {
		args = append([]string{"report", "--year", "2023", "--date", "2024-03-15", "--out", h}, args...)
		if stdout, stderr, code := runCmd(t, args...); code != 0 {
			t.Fatalf("%s: exit %d\n%s%s", strings.Join(args, " "), code, stdout, stderr)
		}
	}
	want = []string{".plancheck.lock", b + ".csv", b + ".html", b + "_jw_public.csv", b + "_jw_public.html", b + "_public.csv", b + "_public.html"}
	if got := strings.Join(listDir(t, h), " "); got != strings.Join(want, " ") {
		t.Errorf("--out holds %s\nwant %s", got, strings.Join(want, " "))
	}
	// Each page links its own CSV.
	for _, n := range []string{b, b + "_public", b + "_jw_public"} {
		page := readText(t, filepath.Join(h, n+".html"))
		if !strings.Contains(page, `href="`+n+`.csv"`) {
			t.Errorf("%s.html does not link %s.csv", n, n)
		}
	}
}

// evaluate --edition public writes <id>_<year>_public.json, the public
// result: no data-quality findings, no cell references.
func TestEvaluatePublic(t *testing.T) {
	o := t.TempDir()
	if stdout, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--edition", "public", "--out", o); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock haidian-14th_2023_public.json" {
		t.Fatalf("--out holds %s", got)
	}
	checkPublicJSON(t, filepath.Join(o, "haidian-14th_2023_public.json"))
}

// report --format html writes the page and its CSV: one file with no
// script and no reference outside itself but the CSV beside it, in
// Chinese; the CSV in UTF-8 with a BOM, one row per indicator under a
// header. (Needs report/html and xlsx.WriteCSV.)
func TestReportHTML(t *testing.T) {
	o := t.TempDir()
	if stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--format", "json,html", "--out", o); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	const b = "haidian-14th_2023"
	page := readText(t, filepath.Join(o, b+".html"))
	checkSelfContained(t, b+".html", page, b+".csv")
	if !regexp.MustCompile(`<html[^>]*\slang="zh-CN"`).MatchString(page) {
		t.Errorf("%s.html: no <html lang=\"zh-CN\">", b)
	}
	res := readResult(t, filepath.Join(o, b+".json"))
	text := pageText(page)
	for _, want := range []string{res.Plan.Name, "数据质量报告"} {
		if !strings.Contains(text, squeeze(want)) {
			t.Errorf("%s.html lacks %q", b, want)
		}
	}
	rows := readCSV(t, filepath.Join(o, b+".csv"))
	if len(rows) != len(res.Indicators)+1 {
		t.Errorf("%s.csv: %d rows, want a header and %d indicators", b, len(rows), len(res.Indicators))
	}
	csvText := squeeze(strings.Join(flatten(rows), "|"))
	for _, ind := range res.Indicators {
		if !strings.Contains(csvText, squeeze(ind.Name)) && !strings.Contains(csvText, squeeze(doc.Normalize(ind.Name))) {
			t.Errorf("%s.csv lacks indicator %s %s", b, ind.ID, ind.Name)
		}
	}
}

// The public edition, after the analysts' loop: one 分析意见 marked 公开
// in the Excel report, another not. The public JSON, PDF, page and CSV
// hold the marked one and not the other, no 数据质量报告, no data-quality
// findings and no cell references; the internal edition of the same
// inputs holds everything, as before. (The 公开 column, ForEdition and
// the page need the helpers' code.)
func TestEditionPublic(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	if stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--format", "xlsx", "--out", first); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	f, err := excelize.OpenFile(filepath.Join(first, "haidian-14th_2023.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	const (
		private = "劳动生产率稳步提高，内部研判新动能贡献加大"
		public  = "研发投入强度低于预期，将加大园区企业研发支持"
	)
	setRowCell(t, f, "指标评估", map[int]string{2: "5"}, col(t, f, "指标评估", "分析意见"), private)
	setRowCell(t, f, "指标评估", map[int]string{2: "7"}, col(t, f, "指标评估", "分析意见"), public)
	setRowCell(t, f, "指标评估", map[int]string{2: "7"}, col(t, f, "指标评估", "公开"), "是")
	edited := filepath.Join(dir, "edited.xlsx")
	if err := f.SaveAs(edited); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	for _, ed := range []string{"internal", "public"} {
		if stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--data", edited, "--edition", ed, "--format", "json,pdf,html", "--out", out); code != 0 {
			t.Fatalf("--edition %s: exit %d\n%s%s", ed, code, stdout, stderr)
		}
	}
	const b = "haidian-14th_2023"

	// Public.
	checkPublicJSON(t, filepath.Join(out, b+"_public.json"))
	res := readResult(t, filepath.Join(out, b+"_public.json"))
	for _, ind := range res.Indicators {
		switch {
		case ind.ID == "5" && ind.Comment != "":
			t.Errorf("the public JSON holds indicator 5's unmarked 分析意见 %q", ind.Comment)
		case ind.ID == "7" && (ind.Comment != public || !ind.CommentPublic):
			t.Errorf("the public JSON lost indicator 7's public 分析意见: %q %v", ind.Comment, ind.CommentPublic)
		}
	}
	page := readText(t, filepath.Join(out, b+"_public.html"))
	checkSelfContained(t, b+"_public.html", page, b+"_public.csv")
	pdfText := squeeze(clientOutput(t, "pdftotext", "-enc", "UTF-8", filepath.Join(out, b+"_public.pdf"), "-"))
	csvText := squeeze(strings.Join(flatten(readCSV(t, filepath.Join(out, b+"_public.csv"))), "|"))
	// The CSV is the indicator table without the analysts' columns: it
	// holds neither comment, and must not hold the private one.
	for _, c := range []struct {
		name, text string
		comments   bool
	}{
		{b + "_public.html", pageText(page), true},
		{b + "_public.pdf", pdfText, true},
		{b + "_public.csv", csvText, false},
	} {
		if c.comments && !strings.Contains(c.text, squeeze(public)) {
			t.Errorf("%s lacks the 分析意见 marked 公开", c.name)
		}
		if strings.Contains(c.text, squeeze(private)) {
			t.Errorf("%s holds a 分析意见 not marked 公开", c.name)
		}
		if c.name != b+"_public.csv" && strings.Contains(c.text, "数据质量报告") {
			t.Errorf("%s holds the 数据质量报告", c.name)
		}
	}

	// Internal: everything, as the report has always been.
	inRes := readResult(t, filepath.Join(out, b+".json"))
	if inRes.Edition != "internal" || len(inRes.Quality) == 0 {
		t.Errorf("the internal JSON: edition %q, %d data-quality findings", inRes.Edition, len(inRes.Quality))
	}
	if js := readText(t, filepath.Join(out, b+".json")); !strings.Contains(js, `"at": "`) {
		t.Error("the internal JSON has no cell references")
	}
	inPDF := squeeze(clientOutput(t, "pdftotext", "-enc", "UTF-8", filepath.Join(out, b+".pdf"), "-"))
	inPage := pageText(readText(t, filepath.Join(out, b+".html")))
	for _, c := range []struct{ name, text string }{{b + ".pdf", inPDF}, {b + ".html", inPage}} {
		for _, want := range []string{private, public, "数据质量报告"} {
			if !strings.Contains(c.text, squeeze(want)) {
				t.Errorf("the internal %s lacks %q", c.name, want)
			}
		}
	}
}

// checkPublicJSON: the file is the public edition, with no data-quality
// findings and no cell reference ("at") anywhere.
func checkPublicJSON(t *testing.T, path string) {
	t.Helper()
	res := readResult(t, path)
	if res.Edition != "public" {
		t.Errorf("%s: edition %q, want public", filepath.Base(path), res.Edition)
	}
	if len(res.Quality) != 0 {
		t.Errorf("%s: %d data_quality entries, want none", filepath.Base(path), len(res.Quality))
	}
	if n := strings.Count(readText(t, path), `"at":`); n != 0 {
		t.Errorf("%s: %d \"at\" fields (cell references), want none", filepath.Base(path), n)
	}
}

var (
	tagRE  = regexp.MustCompile(`<[A-Za-z!?/][^>]*>`)
	attrRE = regexp.MustCompile(`(?i)\s([a-z:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	urlRE  = regexp.MustCompile(`(?i)url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)`)
)

// checkSelfContained fails the test for each of outsideRefs' findings.
func checkSelfContained(t *testing.T, name, page, csvName string) {
	t.Helper()
	if len(page) == 0 {
		t.Fatalf("%s is empty", name)
	}
	for _, p := range outsideRefs(page, csvName) {
		t.Errorf("%s: %s", name, p)
	}
}

// outsideRefs lists what stops the page from needing nothing but itself
// to be read: a script (<script>, an on… handler, a javascript:
// address), an @import, a frame or an embedded object, and every address
// it names (src, href, … and CSS url()) that is not a fragment of the
// page itself, a data: address or the CSV beside it.
func outsideRefs(page, csvName string) []string {
	var out []string
	lower := strings.ToLower(page)
	for _, bad := range []string{"<script", "javascript:", "@import", "<iframe", "<object", "<embed", "<base", "http-equiv=\"refresh\""} {
		if strings.Contains(lower, bad) {
			out = append(out, "holds "+bad)
		}
	}
	local := func(v string) bool {
		v = strings.TrimSpace(stdhtml.UnescapeString(v))
		return v == "" || strings.HasPrefix(v, "#") || strings.HasPrefix(strings.ToLower(v), "data:") || v == csvName
	}
	refAttrs := map[string]bool{"src": true, "href": true, "xlink:href": true, "srcset": true, "action": true, "formaction": true, "poster": true, "data": true, "background": true, "cite": true, "longdesc": true, "ping": true, "manifest": true}
	for _, tag := range tagRE.FindAllString(page, -1) {
		for _, m := range attrRE.FindAllStringSubmatch(tag, -1) {
			attr, v := strings.ToLower(m[1]), strings.Trim(m[2], `"'`)
			switch {
			case strings.HasPrefix(attr, "on"):
				out = append(out, "a script handler in "+clip(tag))
			case refAttrs[attr] && !local(v):
				out = append(out, fmt.Sprintf("an outside reference %s=%q in %s", attr, v, clip(tag)))
			}
		}
	}
	for _, m := range urlRE.FindAllStringSubmatch(page, -1) {
		if v := m[1] + m[2] + m[3]; !local(v) {
			out = append(out, "an outside reference url("+v+")")
		}
	}
	return out
}

// outsideRefs finds what it is for and passes a page that only names
// itself, its CSV and SVG's namespace (an identifier, never fetched).
func TestOutsideRefs(t *testing.T) {
	ok := `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{background:url(data:image/png;base64,AA)} .m{fill:url(#g)}</style></head>` +
		`<body><a href="#s1">一</a><a href="x_2023.csv">CSV</a><svg xmlns="http://www.w3.org/2000/svg" role="img"><use href="#m"/></svg><p>见 https://example.org（正文中的文字）</p></body></html>`
	if got := outsideRefs(ok, "x_2023.csv"); len(got) != 0 {
		t.Errorf("a self-contained page: %q", got)
	}
	for _, c := range []struct{ page, want string }{
		{`<script>alert(1)</script>`, "holds <script"},
		{`<SCRIPT src="a.js"></SCRIPT>`, "holds <script"},
		{`<img src="https://example.org/a.png">`, `src="https://example.org/a.png"`},
		{`<img src=//cdn.example.org/a.png>`, `src="//cdn.example.org/a.png"`},
		{`<link rel="stylesheet" href="style.css">`, `href="style.css"`},
		{`<a href='other.csv'>`, `href="other.csv"`},
		{`<svg><image xlink:href="http://x/y.png"/></svg>`, `xlink:href="http://x/y.png"`},
		{`<style>@import "x.css";</style>`, "holds @import"},
		{`<style>p{background:url("https://x/y.png")}</style>`, "url(https://x/y.png)"},
		{`<p onclick="f()">`, "a script handler"},
		{`<a href="javascript:f()">`, "javascript:"},
		{`<iframe src="#a"></iframe>`, "holds <iframe"},
	} {
		got := strings.Join(outsideRefs(c.page, "x_2023.csv"), "; ")
		if !strings.Contains(got, c.want) {
			t.Errorf("outsideRefs(%q) = %q, want %q", c.page, got, c.want)
		}
	}
}

// pageText is the page's text as a reader sees it, without its style
// sheet and tags, entities decoded and white space removed (as squeeze).
func pageText(page string) string {
	page = regexp.MustCompile(`(?is)<style[^>]*>.*?</style>`).ReplaceAllString(page, "")
	return squeeze(stdhtml.UnescapeString(tagRE.ReplaceAllString(page, " ")))
}

// squeeze removes all white space, as pdftotext breaks lines anywhere.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

func readText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// readCSV reads the indicator table: UTF-8 with a BOM (so that Excel
// opens it as UTF-8), every row as many fields as the header.
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rest, ok := bytes.CutPrefix(b, []byte("\xEF\xBB\xBF"))
	if !ok {
		t.Errorf("%s does not start with a UTF-8 BOM", filepath.Base(path))
	}
	rows, err := csv.NewReader(bytes.NewReader(rest)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s has no rows", filepath.Base(path))
	}
	return rows
}

func flatten(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}
