package sheet

import (
	"bytes"
	"strings"
	"testing"

	"plancheck/report/model"
)

func taskPlan() *model.Plan {
	p := testPlan()
	p.Tasks = []model.Task{{ID: "3.1.1", Title: "建设科学城", Lead: "kw"}, {ID: "3.1.2", Title: "培育平台", Lead: "kw"}}
	p.Projects = []model.Project{{ID: "P01", Name: "会址", Lead: "kw"}}
	return p
}

func TestTasksAndProjects(t *testing.T) {
	b := newBook(t, TaskSheet).rows(TaskSheet, "A1",
		[]any{"任务编号", "任务名称", "年份", "进展状态", "完成比例", "进展说明", "填报单位"},
		[]any{"3.1.1", "建设科学城", 2023, "滞后", "60%", "二期用地未落实", "区科委"},
		[]any{"3.1.2", "培育平台", "2023年", "按计划推进", "", "", "区科委"},
		[]any{"3.1.2", "培育平台", 2024, "", "", "", ""}, // a blank template row
	).sheet(ProjectSheet).rows(ProjectSheet, "A1",
		[]any{"项目编号", "年份", "完成投资", "形象进度", "节点完成", "说明"},
		[]any{"P01", 2023, 18.5, "主体结构施工", "否", "受拆迁影响"},
		[]any{"P01", 2024, "", "", "", ""},
	)
	ds, err := Read(bytes.NewReader(b.bytes()), "kw.xlsx", taskPlan())
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Tasks) != 2 || ds.Tasks[0].Progress != model.Behind || *ds.Tasks[0].Share != 60 || ds.Tasks[0].Text != "二期用地未落实" ||
		ds.Tasks[0].At.String() != "kw.xlsx: 重点任务!D2" || ds.Tasks[1].Year != 2023 || ds.Tasks[1].Share != nil {
		t.Errorf("tasks = %+v", ds.Tasks)
	}
	if len(ds.Projects) != 1 || *ds.Projects[0].Investment != 18.5 || *ds.Projects[0].Reached || ds.Projects[0].Milestone != "主体结构施工" {
		t.Errorf("projects = %+v", ds.Projects)
	}

	bad := newBook(t, TaskSheet).rows(TaskSheet, "A1",
		[]any{"任务编号", "年份", "进展状态", "完成比例"},
		[]any{"9.9.9", 2023, "滞后", ""},
		[]any{"3.1.1", 2023, "差不多", ""},
		[]any{"3.1.2", 2019, "滞后", ""},
		[]any{"3.1.2", 2023, "滞后", "120"},
	).sheet(ProjectSheet).rows(ProjectSheet, "A1",
		[]any{"项目编号", "年份", "完成投资", "节点完成"},
		[]any{"P01", 2023, "待核实", ""},
		[]any{"P01", 2022, 3, "也许"},
	)
	_, err = Read(bytes.NewReader(bad.bytes()), "kw.xlsx", taskPlan())
	for _, msg := range []string{
		`kw.xlsx: 重点任务!A2: unknown task "9.9.9"`,
		`kw.xlsx: 重点任务!C3: 进展状态 "差不多" is not one of 已完成、按计划推进、滞后、未启动`,
		`kw.xlsx: 重点任务!B4: year 2019 is outside the plan's years 2021–2025`,
		`kw.xlsx: 重点任务!D5: 完成比例 "120" is outside 0–100`,
		`kw.xlsx: 重大项目!C2: "待核实" is not a number`,
		`kw.xlsx: 重大项目!D3: 节点完成 "也许" is not yes/no`,
	} {
		if err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("error = %v\nwant %q", err, msg)
		}
	}
}
