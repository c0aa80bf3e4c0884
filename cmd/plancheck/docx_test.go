package main

import (
	"archive/zip"
	"context"
	"encoding/json"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"plancheck/report/doc"
)

// The tests of the Word report, through the command.

// The default report writes the Word report beside the others, as a zip
// with a document part; --format docx writes it alone, and a department's
// report is <id>_<year>_<dept>.docx.
func TestDOCXDefault(t *testing.T) {
	var help strings.Builder
	stdout, _, _ := runCmd(t, "report", "--help")
	help.WriteString(stdout)
	if !strings.Contains(help.String(), `(default "pdf,docx,xlsx,json")`) {
		t.Errorf("report --help does not give --format's default as pdf,docx,xlsx,json:\n%s", help.String())
	}
	o := t.TempDir()
	if _, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--out", o); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	const base = "haidian-14th_2023"
	if got, want := strings.Join(listDir(t, o), " "), ".plancheck.lock "+base+".docx "+base+".json "+base+".pdf "+base+".xlsx"; got != want {
		t.Errorf("--out holds %s, want %s", got, want)
	}
	checkDOCXZip(t, filepath.Join(o, base+".docx"))

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "docx"}, base + ".docx"},
		{[]string{"--format", "docx", "--department", "区教委"}, base + "_jw.docx"},
		{[]string{"--format", "docx,json", "--department", "jw"}, base + "_jw.docx " + base + "_jw.json"},
	} {
		o := t.TempDir()
		args := append([]string{"report", "--year", "2023", "--date", "2024-03-15", "--out", o}, c.args...)
		if _, stderr, code := runCmd(t, args...); code != 0 {
			t.Fatalf("%v: exit %d %s", c.args, code, stderr)
		}
		if got := strings.Join(listDir(t, o), " "); got != ".plancheck.lock "+c.want {
			t.Errorf("%v: --out holds %s, want %s", c.args, got, c.want)
		}
		checkDOCXZip(t, filepath.Join(o, strings.Fields(c.want)[0]))
	}
}

// checkDOCXZip checks that path is a zip holding the parts every Word
// document has.
func checkDOCXZip(t *testing.T, path string) {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Errorf("%s: not a zip: %v", path, err)
		return
	}
	defer z.Close()
	have := map[string]bool{}
	for _, f := range z.File {
		have[f.Name] = true
	}
	for _, n := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"} {
		if !have[n] {
			t.Errorf("%s lacks %s", path, n)
		}
	}
}

// The Word report is guarded like the others: an output path that is a
// symbolic link to an input is refused, and nothing of the set is written.
func TestDOCXGuard(t *testing.T) {
	root := t.TempDir()
	dir := planFolder(t, root, "p")
	o := filepath.Join(root, "out")
	must(t, os.MkdirAll(o, 0o755))
	must(t, os.Symlink(filepath.Join(dir, "plan.yaml"), filepath.Join(o, "p_2023.docx")))
	_, stderr, code := runCmd(t, "report", "--plan", dir, "--year", "2023", "--date", "2024-03-15", "--format", "pdf,docx,xlsx,json", "--out", o)
	if want := filepath.Join(o, "p_2023.docx") + ": the output would overwrite the input"; code != exitInput || !strings.Contains(stderr, want) {
		t.Errorf("exit %d %s\nwant 1 and %q", code, stderr, want)
	}
	if got := strings.Join(listDir(t, o), " "); got != "p_2023.docx" {
		t.Errorf("--out holds %s", got)
	}
}

// python is the Python that has python-docx: $PLANCHECK_PYTHON, else
// Debian's /usr/bin/python3 (where the python3-docx package installs it,
// whatever python3 a pyenv or virtualenv puts first on PATH), else
// python3 on PATH.
func python(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("PLANCHECK_PYTHON"); p != "" {
		return p
	}
	if exec.Command("/usr/bin/python3", "-c", "import docx").Run() == nil {
		return "/usr/bin/python3"
	}
	return client(t, "python3")
}

// readDOCX is a python-docx script: for each file given, what it found.
const readDOCX = `
import json, sys
import docx
out = []
for path in sys.argv[1:]:
    d = docx.Document(path)
    heads = [(p.style.name, p.text) for p in d.paragraphs if p.style is not None and p.style.name.lower().startswith("heading")]
    cp = d.core_properties
    out.append({
        "headings": [{"style": s, "text": t} for s, t in heads],
        "paragraphs": len(d.paragraphs),
        "tables": len(d.tables),
        "shapes": len(d.inline_shapes),
        "title": cp.title or "",
        "author": cp.author or "",
        "created": cp.created.strftime("%Y-%m-%d") if cp.created else "",
    })
json.dump(out, sys.stdout, ensure_ascii=False)
`

type docxSeen struct {
	Headings []struct {
		Style string `json:"style"`
		Text  string `json:"text"`
	} `json:"headings"`
	Paragraphs int    `json:"paragraphs"`
	Tables     int    `json:"tables"`
	Shapes     int    `json:"shapes"`
	Title      string `json:"title"`
	Author     string `json:"author"`
	Created    string `json:"created"`
}

// TestDOCXClients checks the default report's Word document with the real
// clients, for each stage: LibreOffice converts it to PDF, whose text has
// the parts' headings (as the PDF report's test asks of the PDF), the
// indicators' names and a 公文 page number; python-docx (Debian's
// python3-docx) reads it and finds outline headings in Heading styles, at
// least two levels of them, tables, pictures and the properties --date and
// the plan give.
func TestDOCXClients(t *testing.T) {
	years := []string{"2023", "2024", "2025"}
	dir := t.TempDir()
	var files []string
	for _, year := range years {
		if _, stderr, code := runCmd(t, "report", "--year", year, "--date", "2026-03-15", "--format", "docx,json", "--out", dir); code != 0 {
			t.Fatalf("%s: exit %d %s", year, code, stderr)
		}
		files = append(files, filepath.Join(dir, "haidian-14th_"+year+".docx"))
	}

	// One LibreOffice for the three, with a profile of its own so that it
	// neither waits for nor disturbs another running on the machine.
	soffice := client(t, "soffice")
	conv := t.TempDir()
	profile := (&url.URL{Scheme: "file", Path: t.TempDir()}).String()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", conv}, files...)
	if out, err := exec.CommandContext(ctx, soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice %s: %v\n%s", strings.Join(args, " "), err, out)
	}

	cmd := exec.Command(python(t), append([]string{"-c", readDOCX}, files...)...)
	out, err := cmd.Output()
	if err != nil {
		msg := err.Error()
		if ee, ok := err.(*exec.ExitError); ok {
			msg += "\n" + string(ee.Stderr)
		}
		t.Fatalf("python-docx cannot read the Word reports (make deps installs python3-docx): %s", msg)
	}
	var seen []docxSeen
	if err := json.Unmarshal(out, &seen); err != nil || len(seen) != len(years) {
		t.Fatalf("python-docx said %s (%v)", out, err)
	}

	for i, year := range years {
		t.Run(year, func(t *testing.T) {
			res := readResult(t, filepath.Join(dir, "haidian-14th_"+year+".json"))
			pdfPath := filepath.Join(conv, "haidian-14th_"+year+".pdf")
			text := clientOutput(t, "pdftotext", "-enc", "UTF-8", pdfPath, "-") + clientOutput(t, "pdftotext", "-raw", "-enc", "UTF-8", pdfPath, "-")
			flat := strings.Join(strings.Fields(text), "")
			must := reportParts(year)
			for _, ind := range res.Indicators {
				must = append(must, ind.Name)
			}
			for _, s := range must {
				if !strings.Contains(flat, strings.Join(strings.Fields(doc.Normalize(s)), "")) {
					t.Errorf("LibreOffice's PDF of the Word report lacks %q", s)
				}
			}

			s := seen[i]
			styles := map[string]bool{}
			var heads []string
			for _, h := range s.Headings {
				styles[h.Style] = true
				heads = append(heads, strings.Join(strings.Fields(h.Text), ""))
			}
			all := strings.Join(heads, "|")
			for _, part := range []string{"总体评价", "主要成效", "主要指标进展情况", "重点任务实施情况", "存在的主要问题"} {
				if !strings.Contains(all, part) {
					t.Errorf("no paragraph in a Heading style holds %q; the headings are %q", part, heads)
				}
			}
			if !styles["Heading 1"] || !styles["Heading 2"] {
				t.Errorf("the headings' styles are %v; want Heading 1 and Heading 2 at least", styles)
			}
			if s.Tables == 0 || s.Shapes == 0 {
				t.Errorf("python-docx finds %d tables and %d pictures; want some of each", s.Tables, s.Shapes)
			}
			if s.Created != "2026-03-15" || s.Title == "" || s.Author == "" {
				t.Errorf("properties: title %q, author %q, created %q; want a title, the issuer and 2026-03-15", s.Title, s.Author, s.Created)
			}
		})
	}
}
