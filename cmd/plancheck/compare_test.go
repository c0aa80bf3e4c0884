package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"plancheck/report/compare"
	"plancheck/report/doc"
)

// The three plans of testdata/compare (its README): different indicator
// sets, some codes shared, yanqing without 2024 values.
var comparePlans = []string{"chaoyang", "fengtai", "yanqing"}

func comparePlanDir(name string) string {
	return filepath.Join("..", "..", "testdata", "compare", name)
}

// compareGolden checks got against testdata/<name>, or rewrites it with -update.
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/plancheck -run TestCompare -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; diff the two and run with -update if the change is intended:\n%s", golden, firstDiff(got, want))
	}
}

// TestCompareGolden compares the three plan folders in 2024 and pins the
// comparison's JSON and its report tree (doc.Dump).
func TestCompareGolden(t *testing.T) {
	out := t.TempDir()
	args := []string{"compare", "--year", "2024", "--date", "2025-03-01", "--format", "json,xlsx", "--out", out}
	for _, p := range comparePlans {
		args = append(args, comparePlanDir(p))
	}
	if stdout, stderr, code := runCmd(t, args...); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	js, err := os.ReadFile(filepath.Join(out, "compare_2024.json"))
	if err != nil {
		t.Fatal(err)
	}
	compareGolden(t, "compare_2024.golden.json", js)
	if _, err := os.Stat(filepath.Join(out, "compare_2024.xlsx")); err != nil {
		t.Error(err)
	}

	var c compare.Comparison
	if err := json.Unmarshal(js, &c); err != nil {
		t.Fatal(err)
	}
	tree, err := doc.BuildComparison(&c, doc.CompareOptions{Date: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var dump bytes.Buffer
	if err := doc.Dump(&dump, tree); err != nil {
		t.Fatal(err)
	}
	compareGolden(t, "compare_2024.golden.dump", dump.Bytes())

	// The decisions the plans were designed for (testdata/compare/README.md).
	lag := map[string]int{}
	for _, s := range c.Lagging {
		lag[s.Code] = s.OffTrack
	}
	if lag["bj.pm25"] != 1 || lag["bj.rd_share"] != 1 || lag["bj.gdp_growth"] != 1 || len(lag) != 3 {
		t.Errorf("lagging = %v; want pm25 (chaoyang), rd_share (fengtai), gdp_growth (chaoyang)", lag)
	}
	if len(c.Rankings) != 2 {
		t.Errorf("rankings = %+v; want gdp_growth (avg_growth) and rd_share (level): the only codes with two plans of one paced kind", c.Rankings)
	}
	for _, r := range c.Rankings {
		if r.Code == "bj.rd_share" && (r.Entries[0].Plan != "chaoyang-14th" || r.Entries[1].Plan != "fengtai-14th") {
			t.Errorf("rd_share ranking = %+v; want chaoyang (pace 1.125) before fengtai (0.5)", r.Entries)
		}
	}
	for _, p := range c.Plans {
		if p.ID == "yanqing-14th" && p.Assessable != 0 {
			t.Errorf("yanqing: %d assessable; its workbook has no 2024 value", p.Assessable)
		}
	}
}

// evaluateTo writes the plans' 2024 JSON results into dir with plancheck
// evaluate and returns their paths.
func evaluateTo(t *testing.T, dir string, plans ...string) []string {
	t.Helper()
	var paths []string
	for _, p := range plans {
		if stdout, stderr, code := runCmd(t, "evaluate", "--year", "2024", "--plan", comparePlanDir(p), "--out", dir); code != 0 {
			t.Fatalf("evaluate %s: exit %d\n%s%s", p, code, stdout, stderr)
		}
		paths = append(paths, filepath.Join(dir, p+"-14th_2024.json"))
	}
	return paths
}

// withoutFiles is a comparison JSON with the inputs' paths blanked, to
// compare runs given the same plans in other forms.
func withoutFiles(t *testing.T, js []byte) string {
	t.Helper()
	var c compare.Comparison
	if err := json.Unmarshal(js, &c); err != nil {
		t.Fatal(err)
	}
	for _, p := range c.Plans {
		p.File = ""
	}
	out, _ := json.Marshal(c)
	return string(out)
}

// TestCompareInputs gives the same plans as JSON results, as a folder of
// results and as plan folders: the comparison is the same.
func TestCompareInputs(t *testing.T) {
	res := t.TempDir()
	paths := evaluateTo(t, res, comparePlans...)
	var got []string
	for _, inputs := range [][]string{
		paths,
		{res},
		{comparePlanDir("chaoyang"), paths[1], comparePlanDir("yanqing")},
	} {
		out := t.TempDir()
		args := append([]string{"compare", "--year", "2024", "--date", "2025-03-01", "--format", "json", "--out", out}, inputs...)
		if stdout, stderr, code := runCmd(t, args...); code != 0 {
			t.Fatalf("%v: exit %d\n%s%s", inputs, code, stdout, stderr)
		}
		js, err := os.ReadFile(filepath.Join(out, "compare_2024.json"))
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, withoutFiles(t, js))
	}
	for i := 1; i < len(got); i++ {
		if got[i] != got[0] {
			t.Errorf("input form %d gives another comparison than JSON results", i)
		}
	}
}

// TestCompareBadInputs: every bad input is refused with a message naming
// the file, exit 1 (2 for bad usage), and nothing is written.
func TestCompareBadInputs(t *testing.T) {
	res := t.TempDir()
	paths := evaluateTo(t, res, comparePlans...)
	chaoyang, fengtai := paths[0], paths[1]
	read := func(p string) string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	bad := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(bad, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	mustReplace := func(s, old, new string) string {
		if !strings.Contains(s, old) {
			t.Fatalf("the result lacks %q", old)
		}
		return strings.Replace(s, old, new, 1)
	}
	cy := read(chaoyang)
	older := write("older_2024.json", mustReplace(cy, `"format": 1,`, ``))
	newer := write("newer_2024.json", mustReplace(cy, `"format": 1,`, `"format": 2,`))
	shape := write("shape_2024.json", mustReplace(cy, `"year": 2024,`, `"year": "2024",`))
	notJSON := write("notes_2024.json", "年度评估说明\n")
	other := write("other_2024.json", `{"plan": {"id": "x"}, "rows": []}`)
	dept := write("dept_2024.json", mustReplace(cy, `"year": 2024,`, `"year": 2024, "department": {"id": "kw", "name": "区科委"},`))
	twice := write("twice_2024.json", cy) // the same plan under another name
	unit := write("unit_2024.json", mustReplace(read(fengtai), `"unit": "微克/立方米"`, `"unit": "毫克/立方米"`))
	code2 := write("code2_2024.json", mustReplace(cy, `"code": "bj.rd_share"`, `"code": "bj.gdp_growth"`))
	// A result of 2023: evaluate chaoyang in 2023.
	y23 := t.TempDir()
	if _, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--plan", comparePlanDir("chaoyang"), "--out", y23); code != 0 {
		t.Fatal(stderr)
	}
	year2023 := filepath.Join(y23, "chaoyang-14th_2023.json")
	// A plan folder whose plan.yaml gives one code to two indicators.
	dupPlan := filepath.Join(t.TempDir(), "dup")
	if err := os.MkdirAll(dupPlan, 0o755); err != nil {
		t.Fatal(err)
	}
	plan := mustReplace(read(filepath.Join(comparePlanDir("chaoyang"), "plan.yaml")), "code: bj.rd_share", "code: bj.gdp_growth")
	if err := os.WriteFile(filepath.Join(dupPlan, "plan.yaml"), []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	csv := read(filepath.Join(comparePlanDir("chaoyang"), "指标数据.csv"))
	if err := os.WriteFile(filepath.Join(dupPlan, "指标数据.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		name   string
		inputs []string
		code   int
		want   []string
	}{
		{"older version", []string{older, fengtai}, 1, []string{older, "older plancheck", "plancheck evaluate --year 2024"}},
		{"newer version", []string{newer, fengtai}, 1, []string{newer, "format 2", "reads format 1"}},
		{"other shape", []string{shape, fengtai}, 1, []string{shape, "another shape", "the field year"}},
		{"not json", []string{notJSON, fengtai}, 1, []string{notJSON, "not a JSON result"}},
		{"other json", []string{other, fengtai}, 1, []string{other, "not plancheck's result", "year"}},
		{"department", []string{dept, fengtai}, 1, []string{dept, "department's result"}},
		{"same plan twice", []string{chaoyang, twice, fengtai}, 1, []string{twice, chaoyang, "chaoyang-14th again"}},
		{"plan folder and its result", []string{comparePlanDir("chaoyang"), chaoyang}, 1, []string{chaoyang, "again"}},
		{"other year", []string{year2023, fengtai}, 1, []string{year2023, "the 2023 result of chaoyang-14th, not of 2024"}},
		{"unit", []string{chaoyang, unit}, 1, []string{"code bj.pm25 has two units", "chaoyang-14th", "fengtai-14th", chaoyang, unit, `"毫克/立方米"`}},
		{"code twice in a result", []string{code2, fengtai}, 1, []string{code2, `code bj.gdp_growth is the code of indicators "2" and "3"`}},
		{"code twice in a plan", []string{dupPlan, fengtai}, 1, []string{dupPlan, `plan.yaml:15: indicator "3": code bj.gdp_growth is also the code of indicator "2" (line 14)`}},
		{"year outside the plan", []string{comparePlanDir("chaoyang"), fengtai}, 1, nil}, // see below: --year 2030
		{"one plan", []string{chaoyang}, 1, []string{"at least two plans' results of 2024, and the inputs hold 1"}},
		{"no input", []string{}, 2, []string{"no input"}},
		{"no year", nil, 2, []string{"--year is required"}},
		{"missing file", []string{filepath.Join(bad, "none.json"), fengtai}, 1, []string{"none.json"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			year := "2024"
			switch c.name {
			case "year outside the plan":
				year = "2030"
				c.want = []string{comparePlanDir("chaoyang"), "2030"}
			}
			args := []string{"compare", "--year", year, "--out", out}
			if c.name == "no year" {
				args = []string{"compare", "--out", out, chaoyang, fengtai}
			}
			args = append(args, c.inputs...)
			_, stderr, code := runCmd(t, args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d\n%s", code, c.code, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("message lacks %q:\n%s", w, stderr)
				}
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
				t.Errorf("a crash:\n%s", stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("--out %s was created; a refused comparison writes nothing", out)
			}
		})
	}
	// No input was changed.
	if read(chaoyang) != cy {
		t.Error("an input result was changed")
	}
}

// copyDir copies the files of src (one level) into dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCIPipeline runs the pipelines of docs/ci.md ("Comparing the
// districts") as far as one machine can: each shard of the matrix on its
// own "runner" (its own folder, its own reports/), the artifacts merged
// as actions/download-artifact's merge-multiple (and GitLab's needs:) do,
// then the final compare job. The commands are the documented ones, read
// from docs/ci.md, with the CI variables filled in.
func TestCIPipeline(t *testing.T) {
	ci, err := os.ReadFile(filepath.Join("..", "..", "docs", "ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	const shards = 4
	for _, c := range []struct {
		name           string
		shard, compare string // the documented commands
		vars           func(i int) map[string]string
	}{
		{"github", "./plancheck report --plan plans/ --year ${{ needs.year.outputs.year }} --shard ${{ matrix.shard }}/4 --format json,pdf --log-format json --out reports/",
			"./plancheck compare --year ${{ needs.year.outputs.year }} --out comparison/ all/",
			func(i int) map[string]string {
				return map[string]string{"${{ needs.year.outputs.year }}": "2024", "${{ matrix.shard }}": strconv.Itoa(i)}
			}},
		{"gitlab", "./plancheck report --plan plans/ --year $YEAR --shard ${CI_NODE_INDEX}/${CI_NODE_TOTAL} --format json,pdf --log-format json --out reports/",
			"./plancheck compare --year $YEAR --out comparison/ reports/",
			func(i int) map[string]string {
				return map[string]string{"$YEAR": "2024", "${CI_NODE_INDEX}": strconv.Itoa(i), "${CI_NODE_TOTAL}": strconv.Itoa(shards)}
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, cmd := range []string{c.shard, c.compare} {
				if !bytes.Contains(ci, []byte(cmd)) {
					t.Fatalf("docs/ci.md no longer has the command\n  %s\nupdate this test with the documented pipeline", cmd)
				}
			}
			argv := func(cmd string, vars map[string]string, root string) []string {
				for k, v := range vars {
					cmd = strings.ReplaceAll(cmd, k, v)
				}
				args := strings.Fields(strings.TrimPrefix(cmd, "./plancheck "))
				for i, a := range args {
					if strings.HasSuffix(a, "/") { // a path: in this runner's checkout
						args[i] = filepath.Join(root, a)
					}
				}
				return args
			}
			plans := t.TempDir()
			for _, p := range comparePlans {
				copyDir(t, comparePlanDir(p), filepath.Join(plans, "plans", p))
			}
			final := t.TempDir() // the compare job's checkout
			merged := "all"
			if c.name == "gitlab" {
				merged = "reports"
			}
			for i := 1; i <= shards; i++ {
				runner := t.TempDir()
				for _, p := range comparePlans {
					copyDir(t, filepath.Join(plans, "plans", p), filepath.Join(runner, "plans", p))
				}
				args := argv(c.shard, c.vars(i), runner)
				if stdout, stderr, code := runCmd(t, args...); code != 0 {
					t.Fatalf("shard %d: %v: exit %d\n%s%s", i, args, code, stdout, stderr)
				}
				// upload-artifact; download-artifact (merge-multiple) or needs:
				if _, err := os.Stat(filepath.Join(runner, "reports")); err == nil {
					copyDir(t, filepath.Join(runner, "reports"), filepath.Join(final, merged))
				}
			}
			args := argv(c.compare, c.vars(0), final)
			if stdout, stderr, code := runCmd(t, args...); code != 0 {
				t.Fatalf("compare: %v: exit %d\n%s%s", args, code, stdout, stderr)
			}
			for _, ext := range []string{"pdf", "docx", "xlsx", "json"} {
				if _, err := os.Stat(filepath.Join(final, "comparison", "compare_2024."+ext)); err != nil {
					t.Error(err)
				}
			}
			got, err := os.ReadFile(filepath.Join(final, "comparison", "compare_2024.json"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", "compare_2024.golden.json"))
			if err != nil {
				t.Fatal(err)
			}
			if withoutFiles(t, got) != withoutFiles(t, want) {
				t.Error("the pipeline's comparison differs from the plans compared directly (testdata/compare_2024.golden.json)")
			}
		})
	}
}
