package msg

// Code written by hand; one entry per message. Keep the verbs of zh and en the same.

var planTable = map[string]Text{
	"plan.errLine": {
		ZH: "%s 第%d行：%s",
		EN: "%s:%d: %s",
	},
	"plan.err": {
		ZH: "%s：%s",
		EN: "%s: %s",
	},
	"plan.cannotRead": {
		ZH: "无法读取：%v",
		EN: "cannot read: %v",
	},
	"plan.tooBig": {
		ZH: "大于 %d MiB；规划文件通常只有几百 KB——请确认文件是否正确",
		EN: "larger than %d MiB; a plan file is a few hundred KB — is this the right file?",
	},
	"plan.empty": {
		ZH: "文件为空；完整示例见 docs/FORMAT.md",
		EN: "the file is empty; see docs/FORMAT.md for a complete example",
	},
	"plan.deep": {
		ZH: "嵌套超过 64 层；规划文件最多只有几层嵌套",
		EN: "nested more than 64 levels deep; a plan file is at most a few levels deep",
	},
	"plan.yamlLine": {
		ZH: "第%d行：%s",
		EN: "line %d: %s",
	},
	"plan.notYAML": {
		ZH: "不是有效的 YAML：",
		EN: "not valid YAML: ",
	},
	"plan.idBad": {
		ZH: "%s id %s 中%s；id 要在工作簿中填写、在报告中印出——请删去",
		EN: "%s id %s holds %s; ids are typed in workbooks and printed in the reports — delete it",
	},
	"plan.idBlank": {
		ZH: "%s id %s 只有空格和不可见字符；请给出看得见的 id",
		EN: "%s id %s has nothing but spaces and invisible characters; give a visible id",
	},
	"plan.idTwice": {
		ZH: "%s id %s 用了两次（另见第%d行）；id 不得重复",
		EN: "%s id %s is used twice (also at line %d); ids must be unique",
	},
	"plan.idTwiceLike": {
		ZH: "%s id %s 用了两次（另见第%d行，写作 %s）：比较 id 时不区分大小写、全角半角、兼容字符（NFKC），并忽略不可见字符；id 不得重复",
		EN: "%s id %s is used twice (also at line %d, as %s): ids are compared ignoring case, full-width forms, compatibility forms (NFKC) and invisible characters; ids must be unique",
	},
	"plan.fileID": {
		ZH: "%s %v",
		EN: "%s %v",
	},
	"plan.textBad": {
		ZH: "%s：%s %s 中%s；请删去（它会印在报告中）",
		EN: "%s: %s %s holds %s; delete it (it is printed in the reports)",
	},
	"plan.magnitude": {
		ZH: "%s：%s %g 超出 ±%g，大于规划监测的任何数量；请核对数值及其单位",
		EN: "%s: %s %g is beyond ±%g, more than any quantity a plan monitors; check the number and its unit",
	},
	"plan.noPlan": {
		ZH: "没有 plan: 部分；规划文件以 plan: {id, name, base_year, target_year, …} 开头（见 docs/FORMAT.md）",
		EN: "no plan: section; a plan file starts with plan: {id, name, base_year, target_year, …} (docs/FORMAT.md)",
	},
	"plan.noID": {
		ZH: "缺少 plan.id；请给出一个 ASCII 字符的 id，例如 haidian-14th（它用于命名输出文件）",
		EN: "plan.id is missing; give an ASCII id such as haidian-14th (it names the output files)",
	},
	"plan.noName": {
		ZH: "缺少 plan.name；请给出规划的全称",
		EN: "plan.name is missing; give the plan's full title",
	},
	"plan.baseYear": {
		ZH: "plan.base_year %d 缺失或不是年份；请给出基期值所属的年份，例如 2020",
		EN: "plan.base_year %d is missing or not a year; give the year the baselines describe, e.g. 2020",
	},
	"plan.targetYear": {
		ZH: "plan.target_year %d 必须晚于 base_year %d（且相距不超过 50 年）",
		EN: "plan.target_year %d must come after base_year %d (and within 50 years of it)",
	},
	"plan.midtermYear": {
		ZH: "plan.midterm_year %d 必须在 base_year %d 与 target_year %d 之间",
		EN: "plan.midterm_year %d must lie between base_year %d and target_year %d",
	},
	"plan.noCategories": {
		ZH: "没有 categories：请按 categories: [{id: …, name: …}] 列出指标类别",
		EN: "no categories: list them as categories: [{id: …, name: …}]",
	},
	"plan.deptName": {
		ZH: "部门 %s 的名称 %s 与部门 %s（第%d行）相同；--department 也按名称查找部门，因此名称不得重复",
		EN: "department %s has the name %s of department %s (line %d); --department finds a department by its name too, so names must differ",
	},
	"plan.noIndicators": {
		ZH: "没有 indicators：规划须在 indicators: 下列出其主要指标",
		EN: "no indicators: a plan lists its main indicators under indicators:",
	},
	"plan.superior": {
		ZH: "evaluation.superior %s 不是本工具认得的层级；请从 %s 中选择一个（即规划中“达到…要求”类目标所指的上级层级）",
		EN: "evaluation.superior %s is not a level this tool knows; give one of %s (the level whose requirements the plan's 达到…要求 targets name)",
	},
	"plan.themeEmpty": {
		ZH: "%s 没有列出任何指标或任务；请给出 indicators: [ids] 或 tasks: [ids]",
		EN: "%s lists no indicators and no tasks; give indicators: [ids] or tasks: [ids]",
	},
	"plan.themeUnknown": {
		ZH: "%s：%s %s 不在 %s: 之下",
		EN: "%s: %s %s is not under %s:",
	},
	"plan.themeTwice": {
		ZH: "%s：%s %s 已在主题 %s（第%d行）中；一项指标或任务最多属于一个主题",
		EN: "%s: %s %s is already in theme %s (line %d); an indicator or task belongs to one theme at most",
	},
	"plan.yearOutside": {
		ZH: "%s：年份 %d 不在规划年度 %d–%d 之内",
		EN: "%s: year %d is outside the plan's years %d–%d",
	},
	"plan.noLead": {
		ZH: "%s 没有牵头部门",
		EN: "%s has no lead department",
	},
	"plan.investment": {
		ZH: "%s：%d 年计划投资必须是非负数",
		EN: "%s: the planned investment of %d must be a non-negative number",
	},
	"plan.investmentSum": {
		ZH: "%s：各年投资合计为 %g，与总投资 %g 不符；请改正其中之一",
		EN: "%s: the yearly investments add up to %g, not the total %g; correct one of them",
	},
	"plan.noIDOf": {
		ZH: "有一个%s没有 id",
		EN: "a %s without an id",
	},
	"plan.noNameOf": {
		ZH: "%s %s 没有名称",
		EN: "%s %s has no name",
	},
	"plan.deptUnknown": {
		ZH: "%s：%s %s 不在 departments: 之中",
		EN: "%s: %s department %s is not in departments:",
	},
	"plan.leadID": {
		ZH: "%s：没有 departments: 列表时，lead 就是部门 id，并用于命名该部门的报告；lead %v（或者列出 departments: {id, name}，以部门 id 作为 lead）",
		EN: "%s: with no departments: list, a lead is a department id and names that department's report; lead %v (or list departments: {id, name} and give their ids as leads)",
	},
	"plan.nonNegative": {
		ZH: "evaluation.%s 必须是非负数",
		EN: "evaluation.%s must be a non-negative number",
	},
	"plan.finalTolerance": {
		ZH: "evaluation.final_tolerance %g 必须大于 0 且小于 1：即“基本完成”允许距目标差距所占的比例，例如 0.05",
		EN: "evaluation.final_tolerance %g must lie between 0 and 1 (exclusive): the share of the distance to the target a 基本完成 may fall short by, e.g. 0.05",
	},
	"plan.pace": {
		ZH: "进度阈值必须满足 ahead > on_track > lagging > 0（现为 %g、%g、%g）",
		EN: "the pace thresholds must satisfy ahead > on_track > lagging > 0 (they are %g, %g, %g)",
	},
	"plan.projection": {
		ZH: "预测阈值必须满足 likely < at_risk（现为 %g、%g）",
		EN: "the projection thresholds must satisfy likely < at_risk (they are %g, %g)",
	},
	"plan.indNoName": {
		ZH: "%s 没有名称",
		EN: "%s has no name",
	},
	"plan.noCategory": {
		ZH: "%s 没有类别（category）",
		EN: "%s has no category",
	},
	"plan.unknownCategory": {
		ZH: "%s：没有类别 %s；类别有 %s",
		EN: "%s: unknown category %s; the categories are %s",
	},
	"plan.finite": {
		ZH: "%s：baseline、min 和 max 必须是有限的数",
		EN: "%s: baseline, min and max must be finite numbers",
	},
	"plan.decimals": {
		ZH: "%s：decimals: %d 不在 0 到 %d 之间；它是报告中该指标数值保留的小数位数",
		EN: "%s: decimals: %d is not between 0 and %d; it is how many decimals the reports print the indicator's numbers with",
	},
	"plan.minMax": {
		ZH: "%s：min %g 大于 max %g",
		EN: "%s: min %g is above max %g",
	},
	"plan.code": {
		ZH: "%s：%v",
		EN: "%s: %v",
	},
	"plan.codeTwice": {
		ZH: "%s：code %s 也是指标 %s（第%d行）的 code；一个 code 对应上级指标体系中的一项指标，因此一个规划中只能给一项指标",
		EN: "%s: code %s is also the code of indicator %s (line %d); a code names one indicator of the superior framework, so a plan gives it to one indicator only",
	},
	"plan.below": {
		ZH: "%s：%s %g 低于 %g，即%s的最小值；请改正，或在该指标可以更低时设置 min:",
		EN: "%s: %s %g is below %g, the least %s; correct it, or set min: when the indicator can be lower",
	},
	"plan.above": {
		ZH: "%s：%s %g 高于 %g，即%s的最大值；请改正，或在该指标可以更高时设置 max:",
		EN: "%s: %s %g is above %g, the most %s; correct it, or set max: when the indicator can be higher",
	},
	"plan.growth": {
		ZH: "%s：年均增长 %g%% 不可能：任何数量的降幅都不会超过 100%%",
		EN: "%s: an average growth of %g%% a year is impossible: nothing shrinks by more than 100%%",
	},
	"plan.why.minMax": {
		ZH: "其 min:/max: 允许",
		EN: "its min:/max: allow",
	},
	"plan.why.reduction": {
		ZH: "年度降幅可取",
		EN: "a yearly reduction can be",
	},
	"plan.why.rate": {
		ZH: "增长率可取",
		EN: "a growth rate can be",
	},
	"plan.unit": {
		ZH: "其单位",
		EN: "its unit",
	},
	"plan.targetFinite": {
		ZH: "%s：目标值必须是有限的数",
		EN: "%s: target value must be a finite number",
	},
	"plan.needValue": {
		ZH: "%s：%[3]s 类目标需要 value:（%[4]s）%.0[2]s",
		EN: "%s: %s %s target needs value: (%s)",
	},
	"plan.onlyFor": {
		ZH: "%s：%s: 只适用于 %s 类目标，不适用于 %s",
		EN: "%s: %s: applies only to %s targets, not %s",
	},
	"plan.noKind": {
		ZH: "%s 没有目标类型；请给出 target: {kind: …}，可选 %s",
		EN: "%s has no target kind; give target: {kind: …}, one of %s",
	},
	"plan.need.level": {
		ZH: "目标年要达到的水平",
		EN: "the level to reach by the target year",
	},
	"plan.need.delta": {
		ZH: "相对基期的变化量，例如“提高1岁”写 1",
		EN: "the change from the base, e.g. 1 for 提高1岁",
	},
	"plan.need.growth": {
		ZH: "年均增速（%%），例如 6",
		EN: "the average yearly growth in %%, e.g. 6",
	},
	"plan.data": {
		ZH: "%s：data 必须是 rate（各年增速，默认）或 level（水平值）",
		EN: "%s: data must be rate (yearly growth rates, the default) or level",
	},
	"plan.need.cumulative": {
		ZH: "规划期内的累计总量",
		EN: "the total over the period",
	},
	"plan.cumulative": {
		ZH: "%s：累计目标必须为正数",
		EN: "%s: a cumulative target must be positive",
	},
	"plan.approx": {
		ZH: "%s：approx 是小于 1 的比例，例如“左右”写 0.05",
		EN: "%s: approx is a share below 1, e.g. 0.05 for 左右",
	},
	"plan.need.reduction": {
		ZH: "规划期内的累计降幅（%%），例如 13.5",
		EN: "the total reduction over the period in %%, e.g. 13.5",
	},
	"plan.reduction": {
		ZH: "%s：降幅是 0 到 100 之间的百分数",
		EN: "%s: a reduction is a percentage between 0 and 100",
	},
	"plan.need.limit": {
		ZH: "限值",
		EN: "the limit",
	},
	"plan.municipal": {
		ZH: "%s：市级要求类目标需要 compare: le（不高于市级要求）、ge（不低于市级要求）或 yes（是否类指标）",
		EN: "%s: a municipal target needs compare: le (not above the city's requirement), ge (not below it) or yes (a yes/no indicator)",
	},
	"plan.relative": {
		ZH: "%s：相对目标需要且只需要 to:（指标 id）或 reference:（参照 id）二者之一",
		EN: "%s: a relative target needs exactly one of to: (an indicator id) or reference: (a reference id)",
	},
	"plan.relativeTo": {
		ZH: "%s：与指标比较（to:）时，compare 必须是 sync、le 或 ge",
		EN: "%s: compare with an indicator (to:) must be sync, le or ge",
	},
	"plan.relativeRef": {
		ZH: "%s：与参照比较时，compare 必须是 le 或 ge",
		EN: "%s: compare with a reference must be le or ge",
	},
	"plan.unknownKind": {
		ZH: "%s：没有目标类型 %s；请从 %s 中选择",
		EN: "%s: unknown target kind %s; use one of %s",
	},
	"plan.direction": {
		ZH: "%s：direction 必须是 up 或 down",
		EN: "%s: direction must be up or down",
	},
	"plan.toUnknown": {
		ZH: "%s：to: %s 不是本规划的指标",
		EN: "%s: to: %s is not an indicator of this plan",
	},
	"plan.toSelf": {
		ZH: "%s 与自身比较",
		EN: "%s is compared with itself",
	},
	"plan.refUnknown": {
		ZH: "%s：参照 %s 不在 references: 之下",
		EN: "%s: reference %s is not under references:",
	},
	"plan.levels": {
		ZH: "%s：levels: %s 既不是指标也不是参照",
		EN: "%s: levels: %s is neither an indicator nor a reference",
	},
	"plan.circle": {
		ZH: "指标 %s：相对目标形成了循环（%s）；其中须有一项与固定值或参照比较",
		EN: "indicator %s: relative targets form a circle (%s); one of them must compare with a fixed value or a reference",
	},
	"plan.chain": {
		ZH: "%s → … → %s，共 %d 项指标",
		EN: "%s → … → %s, %d indicators",
	},
	"plan.inAll": {
		ZH: "…（共 %d 个）",
		EN: "… (%d in all)",
	},
}
