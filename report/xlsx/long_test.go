package xlsx

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/sheet"
)

// genOptions shape a generated plan.
type genOptions struct {
	indicators int // how many (at least the odd ids' count)
	commentLen int // the 分析意见 of each indicator, in characters (500 when 0)
}

// generated is a plan made up for a test, its data and its evaluation.
type generated struct {
	p   *model.Plan
	ds  *model.Dataset
	res *eval.Result
}

// oddIDs are indicator ids that are hard on a spreadsheet: the wildcards
// and escape of its criteria, a quote, comparison and formula signs, an
// ampersand, non-ASCII, and 64 characters.
var oddIDs = []string{"1*", "2?", "3~", `4"`, "<5>", "=6", "7&8", "九", "i-" + strings.Repeat("x", 62)}

// long is a text of n characters: the CJK, quotes and signs of plan texts,
// cycled.
func long(n int, tag string) string {
	const alphabet = "规划实施评估“引号”<尖括号>&符号=公式*通配?~波浪'单引号 空格\t制表\n换行"
	rs := []rune(tag + alphabet)
	out := make([]rune, n)
	for i := range out {
		out[i] = rs[i%len(rs)]
	}
	return string(out)
}

// generatedPlan is a plan with 300-character names, 500-character texts
// and comments, 64-character ids and odd characters everywhere, with data
// for 2021–2023 and an adjustment of every indicator, evaluated in 2023.
func generatedPlan(t testing.TB, o genOptions) *generated {
	t.Helper()
	if o.commentLen == 0 {
		o.commentLen = 500
	}
	id64 := func(prefix string, i int) string {
		s := fmt.Sprintf("%s%d-", prefix, i)
		return s + strings.Repeat("z", 64-len(s))
	}
	p := &model.Plan{
		ID: id64("plan", 0), Name: long(300, "规划名称"), ShortName: long(300, "简称"),
		Region: long(300, "区"), Issuer: long(300, "政府"),
		BaseYear: 2020, TargetYear: 2025,
		Evaluation: model.DefaultThresholds(),
	}
	for i := range 2 {
		p.Categories = append(p.Categories, model.Category{ID: id64("cat", i), Name: long(300, fmt.Sprintf("类别%d", i))})
		p.Departments = append(p.Departments, model.Department{ID: id64("dept", i), Name: long(300, fmt.Sprintf("部门%d", i))})
	}
	ds := &model.Dataset{}
	n := max(o.indicators, len(oddIDs))
	for i := range n {
		id := id64("i", i)
		if i < len(oddIDs) {
			id = oddIDs[i]
		}
		base := 100.0 + float64(i)
		ind := model.Indicator{
			ID: id, Name: long(300, fmt.Sprintf("指标%d\x01\u200f", i)), Unit: "万元/人",
			Category: p.Categories[i%2].ID, Lead: p.Departments[i%2].ID, Partners: []string{p.Departments[(i+1)%2].ID},
			Baseline: &base,
			Target:   model.Target{Kind: model.Level, Value: base + 60, Text: long(300, "目标")},
			Note:     long(500, "备注"),
		}
		if i%3 == 1 {
			ind.Target = model.Target{Kind: model.Cumulative, Value: 500, Text: long(300, "累计目标")}
			ind.Baseline = nil
		}
		p.Indicators = append(p.Indicators, ind)
		for y := 2021; y <= 2023; y++ {
			v := base + float64(10*(y-2020)+i%7)
			ds.Values = append(ds.Values, model.Observation{ID: id, Year: y, Value: v, Text: strconv.FormatFloat(v, 'f', -1, 64),
				Source: long(500, "来源"), Reporter: long(300, "填报"), Note: long(500, "说明")})
		}
		a := model.Adjustment{ID: id, Comment: long(o.commentLen, fmt.Sprintf("意见%d", i))}
		if i%4 == 0 {
			a.Status, a.Reason = "基本符合预期", long(500, "理由")
		}
		ds.Adjustments = append(ds.Adjustments, a)
	}
	for i := range 3 {
		id := id64("t", i)
		p.Tasks = append(p.Tasks, model.Task{ID: id, Title: long(300, "任务"), Chapter: long(300, "第一章"), Section: long(300, "第一节"),
			Lead: p.Departments[i%2].ID, Key: i == 0, Milestones: map[int]string{2023: long(500, "节点")}})
		share := 40.0
		ds.Tasks = append(ds.Tasks, model.TaskReport{ID: id, Year: 2023, Progress: model.Behind, Share: &share,
			Text: long(500, "进展"), Reporter: long(300, "报送"), Source: long(300, "来源")})
	}
	for i := range 2 {
		id := id64("p", i)
		p.Projects = append(p.Projects, model.Project{ID: id, Name: long(300, "项目"), Lead: p.Departments[i%2].ID, Investment: 90,
			Years: map[int]model.ProjectYear{2021: {Investment: 10, Milestone: long(300, "开工")}, 2023: {Investment: 20, Milestone: long(500, "封顶")}}})
		inv, no := 12.5, false
		ds.Projects = append(ds.Projects, model.ProjectReport{ID: id, Year: 2023, Investment: &inv, Milestone: long(500, "形象"),
			Reached: &no, Note: long(500, "说明"), Reporter: long(300, "报送"), Source: long(300, "来源")})
	}
	res, err := eval.Evaluate(p, ds, 2023)
	if err != nil {
		t.Fatal(err)
	}
	return &generated{p: p, ds: ds, res: res}
}

// TestWriteLongTexts: whatever the length of the plan's and the analysts'
// texts, and whatever their characters, the report is written (rows grow
// to Excel's 409 points and no further; the cells hold the whole texts)
// and reads back as the data and adjustments it was written from.
func TestWriteLongTexts(t *testing.T) {
	gp := generatedPlan(t, genOptions{})
	var buf bytes.Buffer
	if err := Write(&buf, gp.res, Options{}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f := open(t, buf.Bytes())
	for _, sh := range f.GetSheetList() {
		rs, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for r := 1; r <= len(rs); r++ {
			if h, err := f.GetRowHeight(sh, r); err != nil || h > 409 {
				t.Errorf("%s row %d: height %v (%v), want at most 409", sh, r, h, err)
			}
		}
	}
	// A 500-character 分析意见 needs 500·2·1.05/29 ≈ 37 lines in its
	// column 30 wide: more than 409 points, so the row gets 409.
	r, row := assessRow(t, f, oddIDs[0])
	if h, _ := f.GetRowHeight("指标评估", r); h != 409 {
		t.Errorf("指标评估 row %d: height %v, want 409", r, h)
	}
	if got := row["分析意见"]; got != gp.ds.Adjustments[0].Comment {
		t.Errorf("分析意见 holds %d characters, want the whole %d", len([]rune(got)), len([]rune(gp.ds.Adjustments[0].Comment)))
	}

	ds, err := sheet.Read(bytes.NewReader(buf.Bytes()), "long.xlsx", gp.p)
	if err != nil {
		t.Fatalf("reading back: %v", err)
	}
	sameObservations(t, ds, gp.ds)
	norm := func(as []model.Adjustment) []model.Adjustment {
		var out []model.Adjustment
		for _, a := range as {
			if st, ok := eval.ParseStatus(a.Status); ok {
				a.Status = string(st)
			}
			a.At, a.Year = model.Loc{}, 0
			out = append(out, a)
		}
		return out
	}
	if got, want := norm(ds.Adjustments), norm(gp.ds.Adjustments); !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("adjustment %d read back:\n got %+v\nwant %+v", i, got[i], want[i])
				break
			}
		}
		if len(got) != len(want) {
			t.Errorf("%d adjustments read back, want %d", len(got), len(want))
		}
	}
}

// TestWriteTooLong: a plan text longer than a cell holds (32,767
// characters) — a name of the plan, an indicator, a department, a task or
// a project — is cut with … rather than failing the report.
func TestWriteTooLong(t *testing.T) {
	gp := generatedPlan(t, genOptions{})
	gp.p.Indicators[0].Name = long(40000, "很长的名称")
	gp.p.Name, gp.p.ShortName = long(40000, "规划"), long(40000, "简称")
	gp.p.Departments[0].Name = long(40000, "部门")
	gp.p.Tasks[0].Title, gp.p.Projects[0].Name = long(40000, "任务"), long(40000, "项目")
	var err error
	if gp.res, err = eval.Evaluate(gp.p, gp.ds, 2023); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, gp.res, Options{}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	_, row := assessRow(t, open(t, buf.Bytes()), oddIDs[0])
	got := row["指标"]
	if utf16Len(got) != 32767 || !strings.HasSuffix(got, "…") || !strings.HasPrefix(got, "很长的名称") {
		t.Errorf("指标 holds %d UTF-16 units ending %q, want 32767 ending in …", utf16Len(got), string([]rune(got)[len([]rune(got))-3:]))
	}
}

func TestCellText(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int // UTF-16 length
		cut  bool
	}{
		{"短", 1, false},
		{strings.Repeat("a", 32767), 32767, false},
		{strings.Repeat("a", 32768), 32767, true},        // 32766 a and …
		{strings.Repeat("😀", 16384), 32767, true},        // each 😀 is 2 units: 16383 of them (32766) and …
		{"a" + strings.Repeat("😀", 16383), 32767, false}, // 1 + 32766 fits
	} {
		got := cellText(c.in)
		if utf16Len(got) != c.want || strings.HasSuffix(got, "…") != c.cut {
			t.Errorf("cellText(%d units) = %d units, cut %v; want %d, cut %v", utf16Len(c.in), utf16Len(got), strings.HasSuffix(got, "…"), c.want, c.cut)
		}
	}
	if got := cellText("a\xffb"); got != "a\uFFFDb" {
		t.Errorf("cellText of invalid UTF-8 = %q", got)
	}
}

// TestWrapHeight: a row grows a line at a time, 16 points each and 2 of
// room, up to Excel's 409 points.
func TestWrapHeight(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float64
		want  float64
	}{
		{"短", 14, 0},
		// 12 CJK characters: 24 units, 25.2 with the margin, in 13 of room: 2 lines.
		{strings.Repeat("规", 12), 14, 2*16 + 2},
		// 24 lines: 24·16 + 2 = 386.
		{strings.Repeat("行\n", 23) + "行", 14, 24*16 + 2},
		// 25 lines would be 402; 26 would be 418, more than 409.
		{strings.Repeat("行\n", 24) + "行", 14, 25*16 + 2},
		{strings.Repeat("行\n", 25) + "行", 14, 409},
		{strings.Repeat("规", 32767), 30, 409},
	} {
		if got := wrapHeight([]string{c.text}, []float64{c.width}); got != c.want {
			t.Errorf("wrapHeight(%d characters in %v) = %v, want %v", len([]rune(c.text)), c.width, got, c.want)
		}
	}
}

// TestLibreOfficeLongTexts: LibreOffice opens the report of the generated
// plan and calculates every formula to the value plancheck saved — the
// lookups of ids with wildcards, quotes and signs included.
func TestLibreOfficeLongTexts(t *testing.T) {
	lo := newLibreOffice(t)
	gp := generatedPlan(t, genOptions{})
	var buf bytes.Buffer
	if err := Write(&buf, gp.res, Options{}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "long.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	csvDir := filepath.Join(dir, "csv")
	lo.convert(t, csvAllSheets, csvDir, path)
	compareSheets(t, path, csvDir)
}

// time2024 is 2024-03-01 09:00 in UTC+8.
func time2024(t *testing.T) time.Time {
	return time.Date(2024, 3, 1, 9, 0, 0, 0, time.FixedZone("CST", 8*3600))
}

// timeLocal returns a function that sets the machine's time zone
// (time.Local) to an offset east of UTC, in seconds, until the test ends.
func timeLocal(t *testing.T) func(offset int) {
	saved := time.Local
	t.Cleanup(func() { time.Local = saved })
	return func(offset int) { time.Local = time.FixedZone(fmt.Sprintf("UTC%+d", offset/3600), offset) }
}
