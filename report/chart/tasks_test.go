package chart

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
)

// taskSample is the evaluation, in 2023, of a plan with the key-task
// chapters of the Haidian plan and a spread of reported states: chapter 2
// has 2 behind, chapter 5 one not started and chapter 11 two not reported.
func taskSample(t testing.TB) *eval.Result {
	chapters := []struct {
		name                     string
		done, on, behind, not, n int // n: not reported
	}{
		{"第二章 高标准服务国家和首都大局", 0, 11, 2, 0, 0},
		{"第三章 加快建设国际科技创新中心核心区", 2, 15, 1, 0, 0},
		{"第四章 构建具有全球竞争力的高精尖产业体系", 0, 19, 0, 0, 0},
		{"第五章 加快构建高品质新型城市形态", 1, 9, 1, 1, 0},
		{"第六章 全面推进城市治理现代化建设", 0, 18, 0, 0, 0},
		{"第七章 全力打造高颜值生态环境", 1, 15, 0, 0, 0},
		{"第八章 建设更有温度的“幸福海淀”", 0, 13, 0, 0, 0},
		{"第九章 着力建设全国一流的文化强区", 0, 11, 1, 0, 0},
		{"第十章 全面深化改革和扩大开放", 0, 10, 0, 0, 0},
		{"第十一章 健全规划实施保障措施", 0, 6, 0, 0, 2},
	}
	edit := func(p *model.Plan, ds *model.Dataset) {
		for i, c := range chapters {
			k := 0
			add := func(n int, pr model.Progress) {
				for ; n > 0; n-- {
					k++
					id := fmt.Sprintf("%d.%d", i+2, k)
					p.Tasks = append(p.Tasks, model.Task{ID: id, Title: "任务" + id, Chapter: c.name})
					if pr != "" {
						ds.Tasks = append(ds.Tasks, model.TaskReport{ID: id, Year: 2023, Progress: pr})
					}
				}
			}
			add(c.done, model.Done)
			add(c.on, model.OnSchedule)
			add(c.behind, model.Behind)
			add(c.not, model.NotStarted)
			add(c.n, "")
		}
	}
	return evaluate(t, 2023, edit, sampleIns()...)
}

// hasLabel reports whether texts hold label, or label cut to fit: its
// first characters and an ellipsis.
func hasLabel(texts []string, label string) bool {
	for _, s := range texts {
		if s == label || (strings.HasSuffix(s, "…") && strings.HasPrefix(label, strings.TrimSuffix(s, "…"))) {
			return true
		}
	}
	return false
}

func TestTasks(t *testing.T) {
	res := taskSample(t)
	var r recorder
	if err := Draw(&r, res.TaskChart, 450, 250); err != nil {
		t.Fatal(err)
	}
	texts := r.texts()
	for _, b := range res.TaskChart.Bars {
		if !hasLabel(texts, b.Label) {
			t.Errorf("no %q in %q", b.Label, texts)
		}
	}
	// The totals 0+11+2 = 13, 2+15+1 = 18, 1+9+1+1 = 12, 6+2 = 8; the
	// counts 19, 15 and 2 on their segments.
	for _, s := range []string{
		"13", "18", "12", "8", "已完成", "按计划推进", "滞后", "未启动", "未报送", "19", "15", "2",
	} {
		if !contains(texts, s) {
			t.Errorf("no %q in %q", s, texts)
		}
	}
	// Every state that occurs is painted in its colour.
	painted := map[string]bool{}
	for _, o := range r.ops {
		if o.Kind == "fill" || o.Kind == "fillstroke" {
			painted[fmt.Sprint(o.C1)] = true
		}
	}
	for _, p := range []model.Progress{model.Done, model.OnSchedule, model.Behind, model.NotStarted, model.NotReported} {
		if c := style.TaskColor(p); !painted[fmt.Sprint(c)] {
			t.Errorf("%q: colour %v not painted", p, c)
		}
	}

	// Only the states that occur are in the legend: eval's chart of one
	// chapter, 第四章, 19 on schedule.
	one := func(p *model.Plan, ds *model.Dataset) {
		p.Tasks = []model.Task{{ID: "4.1", Title: "任务", Chapter: "第四章 高精尖产业体系"}}
		ds.Tasks = []model.TaskReport{{ID: "4.1", Year: 2023, Progress: model.OnSchedule}}
		for i := 2; i <= 19; i++ {
			id := fmt.Sprintf("4.%d", i)
			p.Tasks = append(p.Tasks, model.Task{ID: id, Title: "任务", Chapter: "第四章 高精尖产业体系"})
			ds.Tasks = append(ds.Tasks, model.TaskReport{ID: id, Year: 2023, Progress: model.OnSchedule})
		}
	}
	r = recorder{}
	if err := Draw(&r, evaluate(t, 2023, one).TaskChart, 450, 90); err != nil {
		t.Fatal(err)
	}
	texts = r.texts()
	for _, s := range []string{"按计划推进", "19", "第四章 高精尖产业体系"} {
		if !contains(texts, s) {
			t.Errorf("one chapter: no %q in %q", s, texts)
		}
	}
	for _, s := range []string{"已完成", "滞后", "未报送"} {
		if contains(texts, s) {
			t.Errorf("one chapter: %q in the legend of %q", s, texts)
		}
	}
}

func TestTasksInBox(t *testing.T) {
	ch := taskSample(t).TaskChart
	for _, sz := range [][2]float64{{450, 250}, {300, 200}, {200, 180}} {
		var r recorder
		if err := Draw(&r, ch, sz[0], sz[1]); err != nil {
			t.Errorf("%v: %v", sz, err)
			continue
		}
		checkBox(t, fmt.Sprintf("tasks %v", sz), &r, sz[0], sz[1])
	}
}

func TestTasksDeterministic(t *testing.T) {
	draw := func() []op {
		var r recorder
		if err := Draw(&r, taskSample(t).TaskChart, 450, 250); err != nil {
			t.Fatal(err)
		}
		return r.ops
	}
	if !reflect.DeepEqual(draw(), draw()) {
		t.Error("the same results drew different operations")
	}
}

func TestTasksErrors(t *testing.T) {
	var r recorder
	// A plan without tasks has no task chart.
	if err := Draw(&r, sample(t).TaskChart, 450, 250); err == nil {
		t.Error("no chapters: no error")
	}
	if err := Draw(&r, &eval.Chart{Kind: eval.ChartBars}, 450, 250); err == nil || !strings.Contains(err.Error(), "no bar") {
		t.Errorf("no bars: err = %v", err)
	}
	if err := Draw(&r, taskSample(t).TaskChart, 450, 100); err == nil || !strings.Contains(err.Error(), "too small for 10 bars") {
		t.Errorf("10 chapters in 100 pt: err = %v", err)
	}
}
