package chart

import (
	"fmt"
	"reflect"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/style"
)

// taskSample is an evaluation with the task chapters of the Haidian plan
// and a spread of states: chapter 2 has 2 behind, chapter 5 one not
// started and chapter 11 two not reported.
func taskSample() *eval.Result {
	res := sample()
	g := func(name string, done, on, behind, not, none int) eval.TaskGroup {
		t := eval.TaskGroup{ID: name, Name: name, Done: done, OnSchedule: on, Behind: behind, NotStarted: not, NoReport: none}
		t.Total = done + on + behind + not + none
		if r := t.Total - none; r > 0 {
			t.Share = float64(done+on) / float64(r)
		}
		return t
	}
	res.TaskChapters = []eval.TaskGroup{
		g("第二章 高标准服务国家和首都大局", 0, 11, 2, 0, 0),
		g("第三章 加快建设国际科技创新中心核心区", 2, 15, 1, 0, 0),
		g("第四章 构建具有全球竞争力的高精尖产业体系", 0, 19, 0, 0, 0),
		g("第五章 加快构建高品质新型城市形态", 1, 9, 1, 1, 0),
		g("第六章 全面推进城市治理现代化建设", 0, 18, 0, 0, 0),
		g("第七章 全力打造高颜值生态环境", 1, 15, 0, 0, 0),
		g("第八章 建设更有温度的“幸福海淀”", 0, 13, 0, 0, 0),
		g("第九章 着力建设全国一流的文化强区", 0, 11, 1, 0, 0),
		g("第十章 全面深化改革和扩大开放", 0, 10, 0, 0, 0),
		g("第十一章 健全规划实施保障措施", 0, 6, 0, 0, 2),
	}
	return res
}

func TestShortChapter(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		// 高标准 goes; 服务国家和首都大局 is 9 characters, short enough.
		{"第二章 高标准服务国家和首都大局", "第二章 服务国家和首都大局"},
		// 加快, then 建设: 11 characters left, and no verb to drop.
		{"第三章 加快建设国际科技创新中心核心区", "第三章 国际科技创新中心核心区"},
		// 构建 goes; 具有全球竞争力的高精尖产业体系 (15) is cut after 的.
		{"第四章 构建具有全球竞争力的高精尖产业体系", "第四章 高精尖产业体系"},
		{"第五章 加快构建高品质新型城市形态", "第五章 高品质新型城市形态"},
		{"第六章 全面推进城市治理现代化建设", "第六章 城市治理现代化建设"},
		// 11 characters: 全力 goes, 打造高颜值生态环境 (9) stays.
		{"第七章 全力打造高颜值生态环境", "第七章 打造高颜值生态环境"},
		// 建设 goes; 更有温度的“幸福海淀” (11) is cut after 的.
		{"第八章 建设更有温度的“幸福海淀”", "第八章 “幸福海淀”"},
		{"第九章 着力建设全国一流的文化强区", "第九章 全国一流的文化强区"},
		{"第十章 全面深化改革和扩大开放", "第十章 深化改革和扩大开放"},
		// 10 characters: kept as it is.
		{"第十一章 健全规划实施保障措施", "第十一章 健全规划实施保障措施"},
		{"第三章", "第三章"},
		{"科技创新", "科技创新"},
		// No verb and no 的: the first 11 characters and an ellipsis.
		{"第一章 城市更新行动计划和城乡统筹发展格局", "第一章 城市更新行动计划和城乡…"},
		{"  ", ""},
	} {
		if got := shortChapter(tt.in); got != tt.want {
			t.Errorf("shortChapter(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTasks(t *testing.T) {
	res := taskSample()
	var r recorder
	if err := Tasks(&r, res, 450, 250); err != nil {
		t.Fatal(err)
	}
	texts := r.texts()
	// 0+11+2 = 13; 2+15+1 = 18; 1+9+1+1 = 12; 6+2 = 8.
	for _, s := range []string{
		"第二章 服务国家和首都大局", "第十一章 健全规划实施保障措施", "13", "18", "12", "8",
		"已完成", "按计划推进", "滞后", "未启动", "未报送", "19", "15", "2",
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
	for _, p := range []model.Progress{model.Done, model.OnSchedule, model.Behind, model.NotStarted, ""} {
		if c := style.TaskColor(p); !painted[fmt.Sprint(c)] {
			t.Errorf("%q: colour %v not painted", p, c)
		}
	}

	// Only the states that occur are in the legend.
	res.TaskChapters = res.TaskChapters[2:3] // 第四章: 19 on schedule
	r = recorder{}
	if err := Tasks(&r, res, 450, 90); err != nil {
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
	for _, sz := range [][2]float64{{450, 250}, {300, 200}, {200, 180}} {
		var r recorder
		if err := Tasks(&r, taskSample(), sz[0], sz[1]); err != nil {
			t.Errorf("%v: %v", sz, err)
			continue
		}
		checkBox(t, fmt.Sprintf("tasks %v", sz), &r, sz[0], sz[1])
	}
}

func TestTasksDeterministic(t *testing.T) {
	draw := func() []op {
		var r recorder
		if err := Tasks(&r, taskSample(), 450, 250); err != nil {
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
	if err := Tasks(&r, nil, 450, 250); err == nil {
		t.Error("nil result: no error")
	}
	if err := Tasks(&r, sample(), 450, 250); err == nil {
		t.Error("no chapters: no error")
	}
	if err := Tasks(&r, taskSample(), 450, 100); err == nil {
		t.Error("10 chapters in 100 pt: no error")
	}
}
