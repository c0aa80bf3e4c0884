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
	"plancheck/report/model"
	"plancheck/report/zh"
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
		DrawTasks:        standInTasks,
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
		"一、总体评价", "二、主要指标进展情况", "三、重点任务实施情况", "四、重大项目推进情况",
		"五、存在的主要问题", "六、下一步工作建议", headAppendix,
		"附表1", "附表2", "附表3", "附表4", "目录",
		"示例数据",
		// The headline counts the tasks and projects: 10 tasks, 9 reported,
		// 2 done and 4 on schedule, 6/9 = 66.7%; 60+40+90+12 = 202, and
		// 31.98+22.94+38.16 = 93.08 of 33+24+53+5 = 115 planned, 80.9%.
		"规划确定重点任务10项（其中年度评估重点关注4项），已报送进展9项，其中已完成2项、按计划推进4项，进展顺利的占66.7%",
		"4个重大项目计划总投资202亿元，截至2023年底累计完成投资93.08亿元，为同期计划的80.9%",
		"详见第三部分", "详见第四部分", "详见第五部分",
		// 3.1.2 and 5.3.2 are key tasks behind, 3.5.2 another task behind.
		"重点任务3.1.2 培育和集聚高水平研发创新平台进展滞后。",
		"重点任务5.3.2 扎实推进老旧小区改造进展滞后。",
		"加快推进重点任务3.1.2", "加快推进重点任务5.3.2",
		"重大项目“科学城北区三所医院北院区(北京大学第三医院、海淀区妇幼保健院、航天中心医院)”推进滞后。",
		"（主要指标5个、重点任务2个、重大项目1个）",
		// The notes on samples: tasks 5.3.2, 5.3.3 and 5.4.1, project P09.
		"3项重点任务的牵头部门、年度节点或进展报告为示例", "1个重大项目的投资计划",
		"本部分3项重点任务", "本部分1个重大项目为示例项目",
		"2024年需报送：指标1、4、17的年度数值",
		"任务5.4.1 深入推进高水平新型城镇化", // the quality finding about a task
	}
	for _, ind := range res.Indicators {
		want = append(want, ind.Name, ind.Status.Label())
	}
	for _, p := range res.Problems {
		if p.Indicator != "" {
			want = append(want, p.RuleLabel)
		}
	}
	for _, f := range res.Quality {
		want = append(want, f.At)
	}
	for _, tk := range res.Tasks {
		if tk.Behind {
			want = append(want, tk.Title, tk.Milestone)
		}
	}
	for _, g := range res.TaskChapters {
		want = append(want, g.Name)
	}
	for _, d := range res.Departments {
		want = append(want, d.Name)
	}
	for _, w := range want {
		if !strings.Contains(flat, strings.Join(strings.Fields(w), "")) {
			t.Errorf("pdftotext output lacks %q", w)
		}
	}
	// Without -layout, each table cell's lines stay together: every
	// project's name is in the project table.
	raw := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), "")
	for _, p := range res.Projects {
		if !strings.Contains(raw, p.ID+p.Name) {
			t.Errorf("pdftotext output lacks project %s %q", p.ID, p.Name)
		}
	}
}

// TestWithoutTasks writes the report of a plan without key tasks or
// projects, and of one with tasks and no projects: the sections after
// those left out are numbered on.
func TestWithoutTasks(t *testing.T) {
	onlyTasks := fixture()
	onlyTasks.Projects = nil
	// A department's own report, of a department that leads no indicator:
	// no 主要指标进展情况 and no 主要指标评估明细表 either.
	kw := fixture()
	kw.Department = &eval.DepartmentInfo{ID: "kw", Name: "区科委（中关村科学城管委会）"}
	kw.Indicators = nil
	var tasks []eval.TaskResult
	for _, tk := range kw.Tasks {
		if tk.Lead == "kw" {
			tasks = append(tasks, tk)
		}
	}
	kw.Tasks, kw.TaskChapters, kw.Projects = tasks, chapters(tasks), kw.Projects[:1]
	kw.Problems = []eval.Problem{kw.Problems[5]}
	kw.Quality = []eval.Finding{{Severity: eval.Warning, Code: "task_regressed", Task: "3.1.2", Year: 2023,
		Message: "任务3.1.2（培育和集聚高水平研发创新平台）：2022年报告“已完成”，2023年报告“滞后”，前后不一致，请核实"}}
	kw.Departments = departments(kw)
	kw.Summary = summarize(kw, nil)
	for _, c := range []struct {
		name     string
		res      *eval.Result
		want     []string
		wantNot  []string
		sections int
	}{
		{"no tasks or projects", withoutTasks(),
			[]string{"三、存在的主要问题", "四、下一步工作建议", "详见第三部分"},
			[]string{"重点任务", "重大项目", "五、", "六、"}, 5},
		{"no projects", onlyTasks,
			[]string{"三、重点任务实施情况", "四、存在的主要问题", "五、下一步工作建议", "详见第四部分"},
			[]string{"重大项目推进情况", "六、"}, 6},
		{"a department without indicators", kw,
			[]string{"二、重点任务实施情况", "三、重大项目推进情况", "四、存在的主要问题", "五、下一步工作建议",
				"附表1部门责任清单", "附表2数据质量报告", "附表3评估方法说明", "详见附表2",
				"规划确定由区科委（中关村科学城管委会）牵头的重点任务3项",
				"重点任务3.1.2培育和集聚高水平研发创新平台进展滞后",
				// The department's own report lists what it reports in full.
				"2024年需报送：任务3.1.1加强基础前沿研究和核心技术攻关：2024年节点"},
			[]string{"主要指标进展情况", "主要指标评估明细表", "分类别进展", "（三）约束性指标", "附表4", "六、"}, 6},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := writeTemp(t, render(t, c.res, options()))
			flat := strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), "")
			for _, w := range c.want {
				if !strings.Contains(flat, w) {
					t.Errorf("pdftotext output lacks %q", w)
				}
			}
			for _, w := range c.wantNot {
				if strings.Contains(flat, w) {
					t.Errorf("pdftotext output has %q", w)
				}
			}
			checkContents(t, path, c.sections)
		})
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
	if !strings.Contains(text, "一、总体评价") {
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
		{"tasks chart error", fixture(), func(o *Options) {
			o.DrawTasks = func(Canvas, *eval.Result, float64, float64) error { return boom }
		}, "三、重点任务实施情况: tasks chart: boom"},
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

// TestContents checks the contents and bookmarks of the fixture's report:
// 7 sections (一 to 六 and 附表), 3 parts of 一, 6 categories, 2 parts of
// 三 and 4 appendix tables.
func TestContents(t *testing.T) {
	path := writeTemp(t, render(t, fixture(), options()))
	if n := checkContents(t, path, 7); n != 7+3+6+2+4 {
		t.Errorf("contents has %d entries, want 22", n)
	}
}

// checkContents checks that every entry of the contents names the page
// its heading is on, that the outline (bookmarks) has every entry, and
// that the report's sections are numbered 一、二、… without a gap before
// 附表, sections of them in all. It returns the number of entries.
func checkContents(t *testing.T, path string, sections int) int {
	t.Helper()
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
	var top []string
	for _, o := range doc.Outlines[1:] {
		top = append(top, o.Title)
	}
	if len(top) != sections {
		t.Errorf("%d sections %q, want %d", len(top), top, sections)
	}
	for i, s := range top {
		want := zh.Numeral(i+1) + "、"
		if i == len(top)-1 {
			want = headAppendix
		}
		if !strings.HasPrefix(s, want) {
			t.Errorf("section %d is %q, want it to start with %q", i+1, s, want)
		}
	}
	return len(titles)
}

type outline struct {
	Title string    `json:"title"`
	Kids  []outline `json:"kids"`
}

// TestStages checks the title in each stage of the plan.
func TestStages(t *testing.T) {
	for _, c := range []struct {
		stage model.Stage
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
