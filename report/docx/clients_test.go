package docx

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"plancheck/report/clients"
)

// client is the path of a real client program (report/clients).
func client(t *testing.T, name string) string {
	t.Helper()
	return clients.Path(t, "make deps installs it", name)
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	if !filepath.IsAbs(name) {
		cmd = exec.Command(client(t, name), args...)
	}
	// LibreOffice keeps its profile in HOME: one of the test's own, so
	// that a running LibreOffice of the user's does not take the job.
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// TestLibreOffice converts the 2024 report to PDF and checks its text
// holds every heading and indicator name, then opens and saves it again
// as DOCX and counts the headings, tables and pictures kept.
func TestLibreOffice(t *testing.T) {
	client(t, "pdftotext")
	d, res := evaluated(t, 2024)
	b, fp := write(t, 2024)
	dir := t.TempDir()
	in := filepath.Join(dir, "report.docx")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	pdfDir := filepath.Join(dir, "pdf")
	run(t, "soffice", "--headless", "--convert-to", "pdf", "--outdir", pdfDir, in)
	text := run(t, "pdftotext", filepath.Join(pdfDir, "report.pdf"), "-")
	// pdftotext breaks lines and may space out characters: compare
	// without white space.
	flat := strings.Join(strings.Fields(text), "")
	for s := range d.Sections() {
		if h := s.Heading(); !strings.Contains(flat, strings.Join(strings.Fields(h), "")) {
			t.Errorf("the PDF lacks the heading %q", h)
		}
	}
	for _, ind := range res.Indicators {
		// The tree sets the name's brackets full width between Chinese.
		name := strings.NewReplacer("(", "（", ")", "）").Replace(ind.Name)
		if !strings.Contains(flat, ind.Name) && !strings.Contains(flat, name) {
			t.Errorf("the PDF lacks the indicator %q", ind.Name)
		}
	}

	// The round trip: LibreOffice saves its own DOCX.
	rtDir := filepath.Join(dir, "rt")
	run(t, "soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", rtDir, in)
	rt, err := os.ReadFile(filepath.Join(rtDir, "report.docx"))
	if err != nil {
		t.Fatal(err)
	}
	p := parts(t, rt)
	dx := string(p["word/document.xml"])
	count := func(re string) int { return len(regexp.MustCompile(re).FindAllString(dx, -1)) }
	levels := map[int]int{}
	for s := range d.Sections() {
		levels[level(s)]++
	}
	for lvl, n := range levels {
		if got := count(`<w:pStyle w:val="Heading` + string(rune('0'+lvl)) + `"/>`); got != n {
			t.Errorf("after the round trip %d Heading%d paragraphs, want %d", got, lvl, n)
		}
	}
	tables := countTables(d)
	// The data tables, and the borderless tables of the half figures.
	if got, orig := count(`<w:tbl>`), strings.Count(string(parts(t, b)["word/document.xml"]), "<w:tbl>"); got != orig || got < tables {
		t.Errorf("after the round trip %d tables, want %d (%d of data)", got, orig, tables)
	}
	if got := count(`<pic:pic[ >]`); got != len(fp.sizes) {
		t.Errorf("after the round trip %d pictures, want %d", got, len(fp.sizes))
	}
	if got := count(`<w:tblHeader/>|<w:tblHeader w:val="(true|1|on)"/>`); got < tables {
		t.Errorf("after the round trip %d repeated header rows, want at least %d", got, tables)
	}
}

// TestPythonDocx reads the report with python-docx (Debian's
// python3-docx): it opens without error, its headings carry the heading
// styles and its tables are there.
func TestPythonDocx(t *testing.T) {
	// The python3 first in PATH may be another than the system's, which
	// Debian's python3-docx is installed for.
	py := ""
	for _, c := range []string{"python3", "/usr/bin/python3"} {
		if p, err := exec.LookPath(c); err == nil && exec.Command(p, "-c", "import docx").Run() == nil {
			py = p
			break
		}
	}
	if py == "" {
		clients.Missing(t, "python3-docx", "make deps installs it")
	}
	d := tree(t, 2024)
	b, _ := write(t, 2024)
	path := filepath.Join(t.TempDir(), "report.docx")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out := run(t, py, "-c", `
import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    if p.style.name.startswith("Heading"):
        print("H", p.style.name, p.text, sep="\t")
print("T", len(d.tables), sep="\t")
print("P", d.core_properties.title, d.core_properties.author, sep="\t")
`, path)
	var got []string
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Split(l, "\t"); f[0] == "H" {
			got = append(got, f[1]+":"+f[2])
		}
	}
	var want []string
	for s := range d.Sections() {
		want = append(want, "Heading "+string(rune('0'+level(s)))+":"+s.Heading())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("python-docx sees the headings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(out, "T\t") || strings.Contains(out, "T\t0\n") {
		t.Errorf("python-docx sees no table:\n%s", out)
	}
	if !strings.Contains(out, "P\t"+d.Meta.Title+"\t"+d.Meta.Author) {
		t.Errorf("python-docx sees the properties as\n%s", out)
	}
}
