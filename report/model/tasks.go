package model

// Task is one key task (重点任务) of the plan: a numbered item of a section
// of a chapter, with the department that leads it and what should be done
// by the end of each year.
type Task struct {
	ID         string // chapter.section.item: "3.1.1"
	Title      string // as printed
	Chapter    string // "第三章 加快建设国际科技创新中心核心区"
	Section    string // "第一节 …"
	Source     string // "第三章第一节"
	Lead       string // a Department.ID
	Partners   []string
	Key        bool           // singled out by the evaluation (科技创新中心核心区建设、非首都功能疏解 …)
	Milestones map[int]string // what should be done by the end of each year
	Sample     bool           // lead and milestones are sample values, not the plan's
	Note       string
	Line       int
}

// Project is a major project (重大项目) of the plan's project pool.
type Project struct {
	ID         string
	Name       string
	Lead       string
	Investment float64 // total planned investment, 亿元
	Years      map[int]ProjectYear
	Sample     bool
	Note       string
	Line       int
}

// ProjectYear is a project's plan for one year.
type ProjectYear struct {
	Investment float64 // planned investment that year, 亿元
	Milestone  string  // 形象进度 planned by the end of that year
}

// Progress is a task's state as a department reports it (进展状态): the
// vocabulary of task statuses. Its labels are in vocab.go.
type Progress string

// The progress states, in the words of the 重点任务 sheet, best first; the
// zero Progress is a task not reported for the year (未报送).
const (
	Done        Progress = "done"        // 已完成
	OnSchedule  Progress = "on_schedule" // 按计划推进
	Behind      Progress = "behind"      // 滞后
	NotStarted  Progress = "not_started" // 未启动
	NotReported Progress = ""            // 未报送
)

// Progresses lists the states a department reports, best first
// (NotReported is not among them).
func Progresses() []Progress {
	var out []Progress
	for _, p := range progresses.ids() {
		if p != NotReported {
			out = append(out, p)
		}
	}
	return out
}

// TaskReport is a department's report on a task for a year (sheet 重点任务).
type TaskReport struct {
	ID       string
	Year     int
	Progress Progress
	Share    *float64 // 完成比例, percent; nil when not given
	Text     string   // 进展说明
	Reporter string
	Source   string // 数据来源; "示例" marks a sample report
	At       Loc
}

// ProjectReport is a department's report on a project for a year (sheet 重大项目).
type ProjectReport struct {
	ID         string
	Year       int
	Investment *float64 // 完成投资 that year, 亿元; nil when not given
	Milestone  string   // 形象进度 as reported
	Reached    *bool    // 节点完成: whether the year's planned milestone was reached; nil when not given
	Note       string
	Reporter   string
	Source     string // 数据来源; "示例" marks a sample report
	At         Loc
}
