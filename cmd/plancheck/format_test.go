package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parseFormats: a comma list of the outputs, each once, in any order,
// spaces around a name allowed; html (the web page) among them; an
// empty list, an empty name, a duplicate and an unknown name refused as
// bad usage naming the flag.
func TestParseFormats(t *testing.T) {
	for _, c := range []struct {
		in   string
		want formatSet
		err  string
	}{
		{in: "pdf,docx,xlsx,json", want: formatSet{json: true, pdf: true, docx: true, xlsx: true}},
		{in: "json", want: formatSet{json: true}},
		{in: "json,pdf", want: formatSet{json: true, pdf: true}},
		{in: "pdf,json", want: formatSet{json: true, pdf: true}},
		{in: " xlsx , docx ", want: formatSet{docx: true, xlsx: true}},
		{in: "html", want: formatSet{html: true}},
		{in: "json, html", want: formatSet{json: true, html: true}},
		{in: "", err: "--format is empty; give a comma list of json, pdf, docx, xlsx, html"},
		{in: "  ", err: "--format is empty"},
		{in: ",", err: `--format ",": an empty name (two commas, or one at an end)`},
		{in: "pdf,,json", err: `--format "pdf,,json": an empty name`},
		{in: "pdf,", err: `--format "pdf,": an empty name`},
		{in: "pdf,pdf", err: `--format "pdf,pdf": pdf is named twice`},
		{in: "json, json", err: `--format "json, json": json is named twice`},
		{in: "html,html", err: `--format "html,html": html is named twice`},
		{in: "htm", err: `"htm" is not an output`},
		{in: "csv", err: `"csv" is not an output`}, // the CSV comes with html
		{in: "odt", err: `--format "odt": "odt" is not an output; choose among json, pdf, docx, xlsx, html`},
		{in: "PDF", err: `"PDF" is not an output`},
		{in: "pdf;json", err: `"pdf;json" is not an output`},
	} {
		got, err := parseFormats(c.in)
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("parseFormats(%q) = %+v, %v; want %q", c.in, got, err, c.err)
			} else if _, ok := err.(*usageError); !ok {
				t.Errorf("parseFormats(%q): %T, want a usage error", c.in, err)
			}
		case err != nil || got != c.want:
			t.Errorf("parseFormats(%q) = %+v, %v; want %+v", c.in, got, err, c.want)
		}
	}
}

// report --format writes the outputs named and no others, whatever their
// order; a refused --format is exit 2 naming the flag, with nothing
// written (--out not even created).
func TestReportFormat(t *testing.T) {
	const base = "haidian-14th_2023"
	for _, c := range []struct {
		format string
		want   []string // besides the lock
	}{
		{"json", []string{base + ".json"}},
		{"pdf,json", []string{base + ".json", base + ".pdf"}},
		{"json,pdf", []string{base + ".json", base + ".pdf"}},
		{"xlsx", []string{base + ".xlsx"}},
		{" xlsx, pdf ,json", []string{base + ".json", base + ".pdf", base + ".xlsx"}},
		// The web page and its indicator table (needs report/html and xlsx.WriteCSV).
		{"html", []string{base + ".csv", base + ".html"}},
		{"json,html", []string{base + ".csv", base + ".html", base + ".json"}},
	} {
		o := t.TempDir()
		stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--format", c.format, "--out", o)
		if code != 0 {
			t.Fatalf("--format %q: exit %d %s", c.format, code, stderr)
		}
		if got, want := strings.Join(listDir(t, o), " "), ".plancheck.lock "+strings.Join(c.want, " "); got != want {
			t.Errorf("--format %q: --out holds %s, want %s", c.format, got, want)
		}
		if n := strings.Count(stdout, "wrote "); n != len(c.want) {
			t.Errorf("--format %q: stdout says wrote %d files:\n%s", c.format, n, stdout)
		}
	}
	for _, c := range []struct{ format, want string }{
		{"", "--format is empty"},
		{"pdf,,json", `--format "pdf,,json": an empty name`},
		{"pdf,", `--format "pdf,": an empty name`},
		{"pdf,pdf", `--format "pdf,pdf": pdf is named twice`},
		{"json,html,html", `--format "json,html,html": html is named twice`},
		{"word", `--format "word": "word" is not an output; choose among json, pdf, docx, xlsx, html`},
	} {
		o := filepath.Join(t.TempDir(), "out")
		_, stderr, code := runCmd(t, "report", "--year", "2023", "--format", c.format, "--out", o)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("--format %q: exit %d %s\nwant 2 and %q", c.format, code, stderr, c.want)
		}
		if _, err := os.Lstat(o); err == nil {
			t.Errorf("--format %q: --out was created", c.format)
		}
	}
}
