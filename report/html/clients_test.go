package html

import (
	"bytes"
	"encoding/json"
	stdhtml "html"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"plancheck/report/chart"
	"plancheck/report/clients"
	"plancheck/report/model"
)

// client is the path of a real client program (report/clients).
func client(t *testing.T, name string) string {
	t.Helper()
	return clients.Path(t, "make deps installs it", name)
}

// chromium runs headless Chromium with args, with a profile of the
// test's own, and returns its standard output.
func chromium(t *testing.T, args ...string) []byte {
	t.Helper()
	bin := client(t, "chromium")
	profile := t.TempDir()
	all := append([]string{"--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--no-first-run", "--user-data-dir=" + profile}, args...)
	cmd := exec.Command(bin, all...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, errb.String())
		}
	case <-time.After(3 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("chromium %s: no answer in 3 minutes", strings.Join(args, " "))
	}
	return out.Bytes()
}

// writePage writes the year's page into dir and returns its path.
func writePage(t *testing.T, dir string, year int) string {
	t.Helper()
	p := filepath.Join(dir, "report.html")
	if err := os.WriteFile(p, render(t, year), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestScreenshots renders the 2024 page in Chromium at a desktop's and
// a phone's width. The pictures go to a temporary directory, or to
// PLANCHECK_SHOTS when set, to be looked at; the test checks that they
// are as wide as the window (the page does not widen past a phone's
// screen: the window would then be scrolled, not wider) and not blank.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("PLANCHECK_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	page := writePage(t, t.TempDir(), 2024)
	for _, w := range []string{"1280", "375"} {
		shot := filepath.Join(dir, "report-2024-"+w+".png")
		chromium(t, "--window-size="+w+",2000", "--screenshot="+shot, "file://"+filepath.ToSlash(page))
		b, err := os.ReadFile(shot)
		if err != nil {
			t.Fatalf("%s px: no screenshot: %v", w, err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s px: %v", w, err)
		}
		if got := img.Bounds().Dx(); got != atoi(w) {
			t.Errorf("%s px: the screenshot is %d px wide", w, got)
		}
		dark := 0
		for y := 0; y < img.Bounds().Dy(); y += 4 {
			for x := 0; x < img.Bounds().Dx(); x += 4 {
				if r, g, b, _ := img.At(x, y).RGBA(); r+g+b < 3*0x8000 {
					dark++
				}
			}
		}
		if dark < 500 {
			t.Errorf("%s px: the screenshot is nearly blank (%d dark samples)", w, dark)
		}
		t.Logf("%s px: %s", w, shot)
	}
	// The page is no wider than a 320 px screen. Headless Chromium makes
	// no window narrower than 500 px, so the page is laid out in a 320 px
	// frame of a harness whose script (the page itself has none) writes
	// the frame's scroll width into the DOM.
	harness := filepath.Join(filepath.Dir(page), "width.html")
	frame := `<!DOCTYPE html><html lang="zh-CN"><title>w</title><body><iframe id="f" title="w" src="report.html" style="width:320px;height:800px;border:0"></iframe>
<script>document.getElementById("f").onload = function () { var d = this.contentDocument.documentElement; document.body.setAttribute("data-width", d.clientWidth + " " + d.scrollWidth); };</script></body></html>`
	if err := os.WriteFile(harness, []byte(frame), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := chromium(t, "--allow-file-access-from-files", "--window-size=1000,1000", "--virtual-time-budget=10000", "--dump-dom", "file://"+filepath.ToSlash(harness))
	m := regexp.MustCompile(`data-width="(\d+) (\d+)"`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("no width in the DOM: %q", tail(dom, 300))
	}
	if cw, sw := atoi(string(m[1])), atoi(string(m[2])); cw != 320 || sw > 320 {
		t.Errorf("in a 320 px frame the page is %d px wide (frame %d px): something does not wrap or scroll in its box", sw, cw)
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// axeScript is axe-core's script, installed from npm into the user's
// cache when it is not there yet.
func axeScript(t *testing.T) []byte {
	t.Helper()
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "plancheck-test", "axe")
	js := filepath.Join(dir, "node_modules", "axe-core", "axe.min.js")
	if b, err := os.ReadFile(js); err == nil {
		return b
	}
	npm := client(t, "npm")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(npm, "install", "--no-audit", "--no-fund", "--prefix", dir, "axe-core@4").CombinedOutput()
	if err != nil {
		if clients.Required() {
			t.Fatalf("npm install axe-core@4: %v\n%s", err, out)
		}
		t.Skipf("npm install axe-core@4: %v\n%s", err, out)
	}
	b, err := os.ReadFile(js)
	if err != nil {
		t.Fatalf("axe-core installed without axe.min.js: %v", err)
	}
	return b
}

type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// TestAxe runs axe-core on the 2024 page (both editions) and the 2023 page in Chromium, in a copy of the
// page with axe's script and a script that writes its violations into a
// <pre>, read back from the DOM Chromium dumps; no violation may be
// serious or critical. The WCAG 2.1 A and AA rules and axe's best
// practices are run.
func TestAxe(t *testing.T) {
	for _, c := range []struct {
		year    int
		edition model.Edition
	}{{2024, model.Internal}, {2023, model.Internal}, {2024, model.Public}, {0, ""}} {
		year := c.year
		js := axeScript(t)
		dir := t.TempDir()
		var src []byte
		if year == 0 { // the comparison of plans (plancheck compare)
			var b bytes.Buffer
			if err := Write(&b, compareTree(t), Options{Date: reportDate, SVG: chart.SVG}); err != nil {
				t.Fatal(err)
			}
			src = b.Bytes()
		} else {
			src = renderEdition(t, year, c.edition)
		}
		run := `<script>` + string(js) + `</script>
<script>
axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}, resultTypes: ["violations"]}).then(function (r) {
  var out = r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(" "); })};
  });
  var p = document.createElement("pre"); p.id = "axe-results"; p.textContent = JSON.stringify(out); document.body.appendChild(p);
}, function (e) {
  var p = document.createElement("pre"); p.id = "axe-results"; p.textContent = "ERROR " + e; document.body.appendChild(p);
});
</script>
</body>`
		harness := filepath.Join(dir, "axe.html")
		if err := os.WriteFile(harness, []byte(strings.Replace(string(src), "</body>", run, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		dom := chromium(t, "--window-size=1280,2000", "--virtual-time-budget=60000", "--dump-dom", "file://"+filepath.ToSlash(harness))
		m := regexp.MustCompile(`(?s)<pre id="axe-results">(.*?)</pre>`).FindSubmatch(dom)
		if m == nil {
			t.Fatalf("%d: axe wrote no results (the DOM ends %q)", year, tail(dom, 300))
		}
		res := stdhtml.UnescapeString(string(m[1]))
		if strings.HasPrefix(res, "ERROR") {
			t.Fatalf("%d: axe: %s", year, res)
		}
		var vs []axeViolation
		if err := json.Unmarshal([]byte(res), &vs); err != nil {
			t.Fatalf("%d: axe's results: %v\n%s", year, err, res)
		}
		for _, v := range vs {
			line := v.Impact + " " + v.ID + ": " + v.Help + " " + strings.Join(v.Nodes, " | ")
			if v.Impact == "serious" || v.Impact == "critical" {
				t.Errorf("%d: %s", year, line)
			} else {
				t.Logf("%d: %s", year, line)
			}
		}
	}
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
