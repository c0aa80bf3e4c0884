package msg

// planParts are the words report/plan composes its messages of: what an
// id names, who a finding is about, the fields it is about.
var planParts = map[string]Text{
	"plan.what.departmentname": {ZH: "部门名称", EN: "department name"},
	"plan.what.departmentID":   {ZH: "部门 id", EN: "department id"},
	"plan.what.category":       {ZH: "类别", EN: "category"},
	"plan.what.department":     {ZH: "部门", EN: "department"},
	"plan.what.reference":      {ZH: "参照", EN: "reference"},
	"plan.what.indicator":      {ZH: "指标", EN: "indicator"},
	"plan.what.task":           {ZH: "任务", EN: "task"},
	"plan.what.project":        {ZH: "项目", EN: "project"},
	"plan.what.lead":           {ZH: "牵头部门", EN: "lead"},
	"plan.what.theme":          {ZH: "主题", EN: "theme"},
	"plan.who.reference":       {ZH: "参照 %s", EN: "reference %s"},
	"plan.who.theme":           {ZH: "主题 %s", EN: "theme %s"},
	"plan.who.task":            {ZH: "任务 %s", EN: "task %s"},
	"plan.who.project":         {ZH: "项目 %s", EN: "project %s"},
	"plan.who.indicator":       {ZH: "指标 %s", EN: "indicator %s"},
	"plan.who.indicatorN":      {ZH: "第%d项指标", EN: "indicator #%d"},
	"plan.field.milestone":     {ZH: "%d年的里程碑", EN: "the milestone of %d"},
	"plan.field.investment":    {ZH: "%d年计划投资", EN: "the planned investment of %d"},
	"plan.field.target":        {ZH: "目标值", EN: "the target"},
	"plan.field.targetText":    {ZH: "目标文字（target.text）", EN: "target text"},
	"plan.field.targetValue":   {ZH: "目标值（target.value）", EN: "target value"},
	"plan.role.lead":           {ZH: "牵头部门", EN: "lead"},
	"plan.role.partner":        {ZH: "配合部门", EN: "partner"},
	"plan.why.share":           {ZH: "以 %s 计的比例可取", EN: "a share in %s can be"},
	"plan.why.quantity":        {ZH: "以 %s 计的数量可取", EN: "a quantity in %s can be"},
	"plan.sep":                 {ZH: "；", EN: "; "},
	"plan.secondDoc": {
		ZH: "此处开始了第二个 YAML 文档（--- 之后）；一个规划文件只写一个规划——请把每个规划各放一个文件",
		EN: "a second YAML document starts here (after ---); a plan file holds one plan — put each plan in a file of its own",
	},
	"plan.typeErrors": {
		ZH: "%s（规划文件可用的键见 docs/FORMAT.md）",
		EN: "%s (see docs/FORMAT.md for the keys a plan file may have)",
	},
	"plan.indNoID": {
		ZH: `有一项指标没有 id；请给出规划表中印的序号，例如 id: "1"`,
		EN: `an indicator without an id; give the number printed in the plan's table, e.g. id: "1"`,
	},
	"plan.unknownKey": {
		ZH: "没有 %s 这个键（请检查拼写）",
		EN: "field %s not found (check its spelling)",
	},
	"plan.wrongType": {
		ZH: "值 %s（%s）不能读作%s",
		EN: "the value %s (%s) cannot be read as %s",
	},
	"plan.type.number":  {ZH: "数", EN: "a number"},
	"plan.type.integer": {ZH: "整数", EN: "a whole number"},
	"plan.type.bool":    {ZH: "是/否（true 或 false）", EN: "yes/no (true or false)"},
	"plan.type.text":    {ZH: "文字", EN: "text"},
	"plan.type.list":    {ZH: "列表", EN: "a list"},
	"plan.type.map":     {ZH: "键值表（key: value）", EN: "a mapping (key: value)"},
	"plan.alias": {
		ZH: "规划文件中不能使用 YAML 锚点和别名（&、*）；请把值完整写出",
		EN: "YAML anchors and aliases (&, *) are not allowed in a plan file; write the values out",
	},
}
