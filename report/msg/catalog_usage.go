package msg

// usageTable is plancheck's help text and the messages cmd/plancheck
// composes from parts (its msg… constants name these ids).
var usageTable = map[string]Text{
	"cmd.usage": {
		ZH: `plancheck 撰写五年规划的年度体检评估报告（规划体检评估报告）。

用法：
  plancheck report   [--year Y] [--plan F] [--data F|DIR ...] [--out DIR] [--date YYYY-MM-DD]
                     [--previous <plan.id>_<Y-1>.json|.xlsx] [--format pdf,docx,xlsx,json]
        评估并写出 <plan.id>_<Y>.json、PDF 报告、Word 报告（.docx）和
        Excel 报告，或 --format 指定的几种；
        --previous 跟踪上一年度报告（其中的问题和分析意见）
  plancheck evaluate [--year Y] [--plan F] [--data F|DIR ...] [--out DIR]
        评估并写出 <plan.id>_<Y>.json
  plancheck validate [--plan F] [--data F|DIR ...]
        读取并检查规划和工作簿，列出每一条问题
  plancheck template --year Y [--plan F] [--department ID] [--data previous.xlsx] [--out DIR]
        写出一份空白监测工作簿，供各部门填报
  plancheck compare  --year Y [--out DIR] [--format pdf,docx,xlsx,json] INPUT...
        把多个规划 Y 年的结果按共同指标（plan.yaml 中的 code:）并列对比，
        写出 compare_<Y>.*；INPUT 可以是 JSON 结果、规划文件夹或存放
        JSON 结果的文件夹
  plancheck explain  [--year Y] [--plan F] [--data F|DIR ...] ID
        列出一项指标、任务或项目的完整判断过程：读到的数值及其单元格、
        代入数值的公式、比较的阈值、预测、触发的规则和人工调整
  plancheck init DIR
        新建一个待填写的规划文件夹：plan.yaml（附中文注释，每种目标类型
        各一项示例指标）及其监测工作簿模板
  plancheck help [command]

全局选项：--lang zh|en 选择提示信息的语言，可写在命令之前或之后；不给出时按
LC_ALL、LC_MESSAGES、LANG 的顺序取第一个非空值，语言为 en（如 en_US.UTF-8）
时用英文，其他情况（包括未设置、C、POSIX）用中文。

不给出 --plan 和 --data 时，使用内置规划（北京市海淀区“十四五”规划）及其
示例监测工作簿。--data 可多次给出（每个部门一个工作簿），也可以是存放
.xlsx 文件的文件夹。

退出码：0 完成；1 输入有错误（或 --previous 被拒绝，或末年没有任何指标有
数据），或输出无法写出；2 用法错误；3 触发了 --fail-on 策略；130/143 被
SIGINT/SIGTERM 中止（不会留下写了一半的文件）。
`,
		EN: `plancheck writes the yearly evaluation (规划体检评估报告) of a five-year plan.

Usage:
  plancheck report   [--year Y] [--plan F] [--data F|DIR ...] [--out DIR] [--date YYYY-MM-DD]
                     [--previous <plan.id>_<Y-1>.json|.xlsx] [--format pdf,docx,xlsx,json]
        evaluate and write <plan.id>_<Y>.json, the PDF report, the Word report
        (.docx) and the Excel report, or those --format names;
        --previous follows up last year's report (its problems and 分析意见)
  plancheck evaluate [--year Y] [--plan F] [--data F|DIR ...] [--out DIR]
        evaluate and write <plan.id>_<Y>.json
  plancheck validate [--plan F] [--data F|DIR ...]
        read and check the plan and workbooks; print every finding
  plancheck template --year Y [--plan F] [--department ID] [--data previous.xlsx] [--out DIR]
        write a blank monitoring workbook for the departments to fill in
  plancheck compare  --year Y [--out DIR] [--format pdf,docx,xlsx,json] INPUT...
        set many plans' results of year Y side by side on the indicators
        they share (code: in plan.yaml) and write compare_<Y>.*; an INPUT is
        a JSON result, a plan folder or a folder of JSON results
  plancheck explain  [--year Y] [--plan F] [--data F|DIR ...] ID
        print the whole judgment of one indicator, task or project: the values
        and their cells, the formula with its numbers, the thresholds, the
        projection, the rules that fired, any manual adjustment
  plancheck init DIR
        write a new plan folder to fill in: plan.yaml (explained in Chinese
        comments, one example indicator of every target kind) and its
        monitoring workbook template
  plancheck help [command]

Global flag: --lang zh|en chooses the language of the messages, before or
after the command; without it, the first non-empty of LC_ALL, LC_MESSAGES
and LANG decides: English when its language is en (en_US.UTF-8 …), Chinese
otherwise (unset, C and POSIX too).

Without --plan and --data, the embedded plan (北京市海淀区 14th Five-Year Plan)
and its sample monitoring workbook are used. --data may be given several times
(one workbook per department) or name a folder of .xlsx files.

Exit codes: 0 done; 1 the inputs have errors (or --previous was refused, or
the final year has no indicator with data) or the outputs could not be
written; 2 bad usage; 3 a --fail-on policy fired; 130/143 stopped by
SIGINT/SIGTERM (nothing half-written is left).
`,
	},
	"cmd.badLang": {
		ZH: "--lang %q：请选择 zh（中文）或 en（英文）",
		EN: "--lang %q: choose zh (Chinese) or en (English)",
	},
	"cmd.langNoValue": {
		ZH: "--lang 后须给出 zh 或 en",
		EN: "--lang needs a value: zh or en",
	},
	"cmd.langFlagHelp": {
		ZH: "  -lang zh|en\n    \t提示信息的语言（全局选项，可写在命令之前或之后）；默认按 LC_ALL、LC_MESSAGES、LANG：语言为 en 时用英文，否则用中文\n",
		EN: "  -lang zh|en\n    \tthe language of the messages (a global flag, before or after the command); default: LC_ALL, LC_MESSAGES, LANG — English when their language is en, else Chinese\n",
	},
	"cmd.flagDefault": {
		ZH: "（默认：%v）",
		EN: " (default %v)",
	},
	"flag.undefined": {
		ZH: "没有 --%s 这个选项",
		EN: "flag provided but not defined: -%s",
	},
	"flag.needsArg": {
		ZH: "选项 --%s 后须给出一个值",
		EN: "flag needs an argument: -%s",
	},
	"flag.invalid": {
		ZH: "选项 --%[2]s 的值 %[1]q 无效：%[3]s",
		EN: "invalid value %q for flag -%s: %s",
	},
	"flag.parseError": {
		ZH: "格式不对",
		EN: "parse error",
	},
	"flag.range": {
		ZH: "超出范围",
		EN: "value out of range",
	},
	"flag.syntax": {
		ZH: "选项写法不对：%s",
		EN: "bad flag syntax: %s",
	},
	"flag.format": {
		ZH: "要写出的输出，以逗号分隔，可选 %s",
		EN: "the outputs to write, a comma list of %s",
	},
	"flag.report.format": {
		ZH: "要写出的输出，以逗号分隔，可选 %s（html：网页 <id>_<year>.html，一个自成一体的文件，旁边另附指标表 <id>_<year>.csv；不在默认输出之内）",
		EN: "the outputs to write, a comma list of %s (html: the web page <id>_<year>.html, one self-contained file, with the indicator table beside it as <id>_<year>.csv; not in the default)",
	},
	"flag.compare.templates": {
		ZH: "存放 *.tmpl 文件的文件夹，用以替换内置的同名语句模板（cmp_*.tmpl、xlsx_compare.tmpl）",
		EN: "a folder of *.tmpl files replacing the embedded sentence templates of the same name (cmp_*.tmpl, xlsx_compare.tmpl)",
	},
	"flag.failOn": {
		ZH: "以逗号分隔的策略，触发时在写完全部输出后以退出码 3 结束：%s",
		EN: "comma-separated policies that make the run exit 3 after writing every output: %s",
	},
	"cmd.didYouMean": {
		ZH: "%s：%v（是不是 --%s？）",
		EN: "%s: %v (did you mean --%s?)",
	},
	"out.lost": {
		ZH: "新写出的 %s 无法恢复原样；这组文件新旧混杂，请重新运行",
		EN: "the new %s could not be put back as it was; the set is mixed, run again",
	},
	"evaluate.seeJSON": {
		ZH: "%s；详见 %s.json 中的 data_quality\n",
		EN: "%s; see data_quality in %s.json\n",
	},
	"report.seeSheet": {
		ZH: "；详见 %s.xlsx 的 数据质量 工作表",
		EN: "; see the 数据质量 sheet of %s.xlsx",
	},
	"inputs.kind": {
		ZH: "是%s；plancheck 只读取普通文件和文件夹",
		EN: "is %s; plancheck reads regular files and folders only",
	},
	"notes.indicators": {ZH: "%d项指标", EN: "%d indicators"},
	"notes.tasks":      {ZH: "%d项任务", EN: "%d tasks"},
	"notes.projects":   {ZH: "%d个项目", EN: "%d projects"},
	"notes.indicator":  {ZH: "1项指标", EN: "1 indicator"},
	"notes.task":       {ZH: "1项任务", EN: "1 task"},
	"notes.project":    {ZH: "1个项目", EN: "1 project"},
	"cmd.listSep":      {ZH: "、", EN: ", "},
	"cmd.andSep":       {ZH: "和", EN: " and "},

	"init.noDir": {
		ZH: "init：请给出要创建的文件夹（plancheck init my-plan）",
		EN: "init: give the folder to create (plancheck init my-plan)",
	},
	"init.manyDirs": {
		ZH: "init：只能给出一个文件夹，现在给了 %d 个",
		EN: "init: give one folder, not %d",
	},
	"init.notEmpty": {
		ZH: "init：%s 不是空文件夹（其中有 %s）；plancheck init 只写入新的或空的文件夹，以免替换您已有的文件：请另给一个文件夹",
		EN: "init: %s is not empty (it holds %s); plancheck init writes only into a new or empty folder, so that nothing of yours is replaced: give another folder",
	},
	"init.notDir": {
		ZH: "init：%s 是文件，不是文件夹；请给出一个新文件夹",
		EN: "init: %s is a file, not a folder; give a new folder",
	},
	"init.next": {
		ZH: `
下一步：
  1. 编辑 %[1]s：替换每个标有“# 待填”的示例值（各字段的含义见其注释）
  2. 把 %[2]s 发给各部门填报（plancheck template --plan %[3]s --year Y 可写出其他年度的模板）
  3. plancheck validate --plan %[3]s   列出尚待填写的内容和每一个问题
  4. plancheck report --plan %[3]s --year %[4]d
`,
		EN: `
Next:
  1. edit %[1]s: replace each example value marked "# 待填" (every field is explained in its comments)
  2. send %[2]s to the departments to fill in (plancheck template --plan %[3]s --year Y writes another year's)
  3. plancheck validate --plan %[3]s   lists what is still to be filled, and every problem
  4. plancheck report --plan %[3]s --year %[4]d
`,
	},
	"explain.noID": {
		ZH: "explain：请给出一项指标、任务或项目的 id（plancheck explain --year 2024 7）",
		EN: "explain: give the id of one indicator, task or project (plancheck explain --year 2024 7)",
	},
	"explain.manyID": {
		ZH: "explain：只能给出一个 id，现在给了 %d 个（%s）",
		EN: "explain: give one id, not %d (%s)",
	},
	"validate.toFill": {
		ZH: "待填：%s 第%d行：示例值尚待替换（该行以 %q 结尾；替换后请删去这个标记）",
		EN: "todo: %s:%d: an example value still to replace (the line ends in %q; delete the mark once replaced)",
	},
	"validate.emptyBooks": {
		ZH: "待填：%s：%d 年之后尚未填写任何数值：请填写工作表 指标数据（规划有 市级要求、参照数据 的，也请填写），然后再运行 plancheck validate\n",
		EN: "todo: %s: no value after %d filled in yet: fill the sheet 指标数据 (and 市级要求, 参照数据 where the plan has them), then run plancheck validate again\n",
	},
	"validate.planLine": {
		ZH: "%s 第%d行",
		EN: "%s:%d",
	},
	"validate.sevError":   {ZH: "错误", EN: "error"},
	"validate.sevWarning": {ZH: "警告", EN: "warning"},
	"evaluate.goodPace":   {ZH: "进度达到或快于预期", EN: "on or ahead of pace"},
	"evaluate.goodFinal":  {ZH: "完成或基本完成", EN: "met or basically met"},
	"explain.unknown": {
		ZH: "explain：%q 不是本规划的指标、任务或项目",
		EN: "explain: %q is not an indicator, task or project of the plan",
	},
	"explain.unknownNear": {
		ZH: "explain：%q 不是本规划的指标、任务或项目；是不是 %s？",
		EN: "explain: %q is not an indicator, task or project of the plan; did you mean %s?",
	},
	"batch.progress":    {ZH: "规划体检评估", EN: "plans evaluated"},
	"inputs.otherKind":  {ZH: "特殊文件", EN: "not a regular file"},
	"inputs.permission": {ZH: "没有访问权限", EN: "permission denied"},
}
