package msg

// Code written by hand; one entry per message. Keep the verbs of zh and en the same.

var prevTable = map[string]Text{
	"prev.cannotRead": {
		ZH: "%s：无法读取该文件：%w",
		EN: "%s: cannot read the file: %w",
	},
	"prev.tooBig": {
		ZH: "%s：大于 plancheck 可读取的 %d MiB；--previous 应给出上一年度的报告（<plan>_<year>.json 或 .xlsx）",
		EN: "%s: larger than the %d MiB plancheck reads; --previous takes last year's report (<plan>_<year>.json or .xlsx)",
	},
	"prev.empty": {
		ZH: "是空文件",
		EN: "an empty file",
	},
	"prev.neither": {
		ZH: "既不是 plancheck 的 JSON 报告，也不是它的 Excel 报告（.xlsx）",
		EN: "neither plancheck's JSON report nor its Excel report (.xlsx)",
	},
	"prev.notReport": {
		ZH: "%s：%s；--previous 应给出 plancheck 写出的上一年度报告：%s_<year>.json 或 %s_<year>.xlsx",
		EN: "%s: %s; --previous takes last year's report as plancheck wrote it: %s_<year>.json or %s_<year>.xlsx",
	},
	"prev.badJSON": {
		ZH: "%s：不是有效的 JSON（第 %d 字节：%v）；请给出 plancheck 写出的上一年度报告（%s_<year>.json）",
		EN: "%s: not valid JSON (at byte %d: %v); give last year's report as plancheck wrote it (%s_<year>.json)",
	},
	"prev.jsonField": {
		ZH: "%s：不是 plancheck 的 JSON 报告：字段 %s 是 %s，而不是 %s；请给出 plancheck 写出的上一年度报告（%s_<year>.json）",
		EN: "%s: not plancheck's JSON report: the field %s is %s, not %s; give last year's report as plancheck wrote it (%s_<year>.json)",
	},
	"prev.jsonRead": {
		ZH: "%s：无法读取该 JSON：%v",
		EN: "%s: cannot read the JSON: %v",
	},
	"prev.notPlancheck": {
		ZH: "%s：是 JSON 文件，但不是 plancheck 的报告（缺少 %s）；--previous 应给出 plancheck report 或 evaluate 写出的 %s_<year>.json",
		EN: "%s: a JSON file, but not plancheck's report (it has no %s); --previous takes the %s_<year>.json plancheck report or evaluate wrote",
	},
	"prev.otherPlan": {
		ZH: "%s：这是规划 %q 的报告，不是 %s 的；请给出 %s 上一年度的报告（%s_<year>.json）",
		EN: "%s: the report of the plan %q, not of %s; give last year's report of %s (%s_<year>.json)",
	},
	"prev.public": {
		ZH: "%s：这是 %d 年报告的公开版；--previous 应给出内部版（%s_%d.json），其中有全部问题和意见",
		EN: "%s: the public edition of the %d report; --previous takes the internal one (%s_%d.json), which holds every problem and comment",
	},
	"prev.pbIndicator": {
		ZH: "%s.indicator %q 不是规划 %s 的指标",
		EN: "%s.indicator %q is not an indicator of the plan %s",
	},
	"prev.pbTask": {
		ZH: "%s.task %q 不是规划 %s 的重点任务",
		EN: "%s.task %q is not a key task of the plan %s",
	},
	"prev.pbProject": {
		ZH: "%s.project %q 不是规划 %s 的重大项目",
		EN: "%s.project %q is not a major project of the plan %s",
	},
	"prev.pbNone": {
		ZH: "%s 没有指明指标、任务或项目",
		EN: "%s names no indicator, task or project",
	},
	"prev.pbNoRules": {
		ZH: "%s 没有 rules",
		EN: "%s has no rules",
	},
	"prev.pbRule": {
		ZH: "%s.rules[%d] %q 不是 plancheck 的问题规则",
		EN: "%s.rules[%d] %q is not one of plancheck's problem rules",
	},
	"prev.pbStatus": {
		ZH: "%s.status %q 不是评估状态",
		EN: "%s.status %q is not a status",
	},
	"prev.indUnknown": {
		ZH: "indicators[%d].id %q 不是规划 %s 的指标",
		EN: "indicators[%d].id %q is not an indicator of the plan %s",
	},
	"prev.andMoreErrs": {
		ZH: "另有 %d 处",
		EN: "and %d more",
	},
	"prev.badReport": {
		ZH: "%s：%s；请给出 plancheck 写出的本规划上一年度报告",
		EN: "%s: %s; give last year's report of this plan as plancheck wrote it",
	},
	"prev.year": {
		ZH: "%s：这是 %d 年的报告，不早于 %d 年的评估；--previous 应给出上一年度（%d 年）的报告",
		EN: "%s: the report of %d, not of a year before the %d evaluation; --previous takes last year's report (%d)",
	},
	"prev.older": {
		ZH: "%s：这是 %d 年的报告，不是上一年度（%d 年）的：其问题按 %d 年跨度跟踪",
		EN: "%s: the report of %d, not of last year (%d): its problems are followed up over %d years",
	},
	"cmp.tooBig": {
		ZH: "%s：大于规划结果最多的 %d MiB；请给出 plancheck evaluate 或 report 写出的 <plan>_<year>.json",
		EN: "%s: larger than the %d MiB a plan's result is at most; give the <plan>_<year>.json plancheck evaluate or report wrote",
	},
	"cmp.notJSON": {
		ZH: "%s：不是 JSON 结果（不以 { 开头）；请给出 plancheck evaluate 或 report 写出的 <plan>_<year>.json，或该规划的文件夹",
		EN: "%s: not a JSON result (it does not start with {); give the <plan>_<year>.json plancheck evaluate or report wrote, or the plan's folder",
	},
	"cmp.badJSON": {
		ZH: "%s：不是有效的 JSON（第 %d 字节：%v）；请给出 plancheck evaluate 或 report 写出的 <plan>_<year>.json",
		EN: "%s: not valid JSON (at byte %d: %v); give the <plan>_<year>.json plancheck evaluate or report wrote",
	},
	"cmp.shape": {
		ZH: "%s：JSON 文件结构不同：字段 %s 是 %s，而不是 %s；它不是这一版 plancheck 写出的——请用这一版重新评估该规划（plancheck evaluate --year %d）",
		EN: "%s: a JSON file of another shape: the field %s is %s, not %s; it was not written by this plancheck version — evaluate the plan again with it (plancheck evaluate --year %d)",
	},
	"cmp.notResult": {
		ZH: "%s：是 JSON 文件，但不是 plancheck 的结果（缺少 %s）；请给出 plancheck evaluate 或 report 写出的 <plan>_<year>.json",
		EN: "%s: a JSON file, but not plancheck's result (it has no %s); give the <plan>_<year>.json plancheck evaluate or report wrote",
	},
	"cmp.older": {
		ZH: "%s：由旧版 plancheck 写出，其结果没有格式版本和指标编码；请用这一版 plancheck 重新评估该规划（plancheck evaluate --year %d）后再对比",
		EN: "%s: written by an older plancheck, whose results have no format version and no indicator codes; evaluate the plan again with this plancheck (plancheck evaluate --year %d) and compare that",
	},
	"cmp.format": {
		ZH: "%s：结果格式为 %d，而这一版 plancheck 读取格式 %d；请对比同一版 plancheck 的结果（用这一版重新评估：plancheck evaluate --year %d）",
		EN: "%s: a result of format %d, and this plancheck reads format %d; compare the results of one plancheck version (evaluate the plan again with this one: plancheck evaluate --year %d)",
	},
	"cmp.department": {
		ZH: "%s：这是某部门的结果，只含该部门的指标；请对比整个规划的结果（plancheck evaluate 不加 --department）",
		EN: "%s: a department's result, which holds only that department's indicators; compare the whole plans' results (plancheck evaluate without --department)",
	},
	"cmp.department2": {
		ZH: "%s：这是某部门的结果；请对比整个规划的结果",
		EN: "%s: a department's result; compare the whole plans' results",
	},
	"cmp.year": {
		ZH: "%s：这是 %[3]s 的 %[2]d 年结果，不是 %[4]d 年的；请对比同一年度的结果（用 --year %[5]d 评估）",
		EN: "%s: the %d result of %s, not of %d; compare the results of one year (evaluate it with --year %d)",
	},
	"cmp.twice": {
		ZH: "%s：又一份规划 %[3]s 的 %[2]d 年结果（另见 %[4]s）；每个规划只给一次",
		EN: "%s: the %d result of plan %s again (also %s); give each plan once",
	},
	"cmp.code": {
		ZH: "%s：指标 %s：%v",
		EN: "%s: indicator %s: %v",
	},
	"cmp.codeTwice": {
		ZH: "%s：code %s 同时是规划 %[5]s 中指标 %[3]s 和 %[4]s 的 code；一个 code 只对应一项指标：请修改该规划的 plan.yaml 后重新评估",
		EN: "%s: code %s is the code of indicators %s and %s of plan %s; a code names one indicator: fix the plan's plan.yaml and evaluate it again",
	},
	"cmp.units": {
		ZH: "code %s 有两种单位：规划 %[3]s 中为 %[2]s（指标 %[4]s %[5]s，%[6]s），规划 %[8]s 中为 %[7]s（指标 %[9]s %[10]s，%[11]s）；一个 code 是指标体系中以同一单位计量的一项指标——请在其中一个 plan.yaml 中修改单位或 code",
		EN: "code %s has two units: %s in plan %s (indicator %s %s, %s) and %s in plan %s (indicator %s %s, %s); a code is one indicator of the framework in one unit — fix the unit or the code in one of the plan.yaml files",
	},
	"cmp.tooFew": {
		ZH: "compare 至少需要两个规划的 %d 年结果，而输入只有 %d 个；请给出要对比的每个规划",
		EN: "compare needs at least two plans' results of %d, and the inputs hold %d; give every plan to compare",
	},
}
