package msg

// Code written by hand; one entry per message. Keep the verbs of zh and en the same.

var cmdTable = map[string]Text{
	"cmd.noCommand": {
		ZH: "没有给出命令",
		EN: "no command given",
	},
	"cmd.unknownCommand": {
		ZH: "没有 %q 这个命令；命令有 report、evaluate、validate、template、compare、explain、init 和 help",
		EN: "unknown command %q; the commands are report, evaluate, validate, template, compare, explain, init and help",
	},
	"cmd.unexpectedArg": {
		ZH: "%s：多余的参数 %q（选项以 -- 开头；工作簿请写在 --data 之后）",
		EN: "%s: unexpected argument %q (flags start with --; workbooks go after --data)",
	},
	"cmd.helpHeader": {
		ZH: "plancheck %s 的用法：\n",
		EN: "Usage of plancheck %s:\n",
	},
	"cmd.flagError": {
		ZH: "%s：%v",
		EN: "%s: %v",
	},
	"cmd.emptyValue": {
		ZH: "值为空",
		EN: "empty value",
	},
	"cmd.interrupted": {
		ZH: "已被 %s 中止；此后没有写出任何输出，也没有留下临时文件",
		EN: "stopped by %s; no output was written after it, and no temporary file was left",
	},
	"cmd.crash": {
		ZH: "内部错误：plancheck 崩溃（panic：%s，位置：%s）。这是 plancheck 的缺陷，请连同命令行和输入文件一并报告",
		EN: "internal error: plancheck crashed (panic: %s, at %s). This is a bug in plancheck: please report it with the command line and the input files",
	},
	"cmd.unknownPlace": {
		ZH: "未知位置",
		EN: "an unknown place",
	},
	"cmd.usageError": {
		ZH: "plancheck：%v\n用法请运行 plancheck help。\n",
		EN: "plancheck: %v\nRun 'plancheck help' for usage.\n",
	},
	"cmd.error": {
		ZH: "plancheck：%v\n",
		EN: "plancheck: %v\n",
	},
	"flag.jobs": {
		ZH: "同时处理几个规划（至少 1 个）",
		EN: "how many plans to report on at once (at least 1)",
	},
	"flag.shard": {
		ZH: "i/n：把规划平均分成 n 份，只处理第 i 份（1 ≤ i ≤ n），供 CI 矩阵使用",
		EN: "i/n: report on the i-th of n equal shares of the plans (1 ≤ i ≤ n), for a CI matrix",
	},
	"flag.logFormat": {
		ZH: "text 或 json：每个规划在标准错误输出记一行日志（默认：终端上显示进度条，否则输出文本行）",
		EN: "text or json: log a line per plan to stderr (default: a progress bar on a terminal, text lines otherwise)",
	},
	"batch.jobs": {
		ZH: "--jobs %d：请给出同时处理的规划个数，至少为 1",
		EN: "--jobs %d: give the number of plans to report on at once, at least 1",
	},
	"batch.planDangling": {
		ZH: "--plan %s：%s 是指向不存在文件夹的符号链接；请删除它，或让它指向一个规划文件夹",
		EN: "--plan %s: %s is a symbolic link to a missing folder; remove it or point it at a plan folder",
	},
	"batch.planEmpty": {
		ZH: "--plan %s：该文件夹中既没有 plan.yaml，也没有含 plan.yaml 的子文件夹",
		EN: "--plan %s: the folder holds neither plan.yaml nor folders with one",
	},
	"batch.dataOnePlan": {
		ZH: "--data 只能与一个规划同用；有多个规划时，各规划的工作簿是其 plan.yaml 旁边的 .xlsx 和 .csv 文件",
		EN: "--data goes with one plan; with several, each plan's workbooks are the .xlsx and .csv files beside its plan.yaml",
	},
	"batch.shard": {
		ZH: "--shard %q：请写成 i/n，且 1 ≤ i ≤ n，例如 --shard 2/4",
		EN: "--shard %q: write i/n with 1 ≤ i ≤ n, e.g. --shard 2/4",
	},
	"batch.logFormat": {
		ZH: "--log-format %q：请用 text 或 json",
		EN: "--log-format %q: use text or json",
	},
	"batch.logFailed": {
		ZH: "规划处理失败",
		EN: "plan failed",
	},
	"batch.logWritten": {
		ZH: "报告已写出",
		EN: "report written",
	},
	"batch.andMore": {
		ZH: "（另有 %d 条）",
		EN: " (and %d more)",
	},
	"batch.policy": {
		ZH: "--fail-on：没有 %q 这个策略；可用的策略有 %s",
		EN: "--fail-on: unknown policy %q; the policies are %s",
	},
	"batch.summary": {
		ZH: "%d 个规划，用时 %s：写出 %d 个，失败 %d 个",
		EN: "%d plan(s) in %s: %d written, %d failed",
	},
	"batch.summaryStopped": {
		ZH: "，%d 个在写出前被 %s 中止，%d 个未开始",
		EN: ", %d stopped by %s before they were written, %d not started",
	},
	"batch.failed": {
		ZH: "失败 %s：\n  %s\n",
		EN: "FAILED %s:\n  %s\n",
	},
	"batch.stopped": {
		ZH: "中止 %s\n",
		EN: "STOPPED %s\n",
	},
	"batch.note": {
		ZH: "提示 %s：%s\n",
		EN: "NOTE %s: %s\n",
	},
	"flag.compare.year": {
		ZH: "对比的评估年度；每个输入都须是该年度的结果（必填）",
		EN: "the evaluation year compared; every input must be of that year (required)",
	},
	"flag.compare.out": {
		ZH: "输出 compare_<year>.* 写入的文件夹（不存在时自动创建）",
		EN: "the folder the outputs compare_<year>.* are written to (created if missing)",
	},
	"flag.date": {
		ZH: "报告日期，格式 YYYY-MM-DD（UTC 日期）；默认：设置了 $SOURCE_DATE_EPOCH 时取其值，否则取当天（UTC）",
		EN: "the report's date, YYYY-MM-DD (a UTC date); default: $SOURCE_DATE_EPOCH if set, else today (UTC)",
	},
	"compare.help": {
		ZH: "plancheck compare 的用法：plancheck compare --year Y [--out DIR] [--format ...] INPUT...\n  INPUT：一个 JSON 结果（<id>_<year>.json）、一个规划文件夹（plan.yaml 及其工作簿），或一个存放 JSON 结果的文件夹\n",
		EN: "Usage of plancheck compare: plancheck compare --year Y [--out DIR] [--format ...] INPUT...\n  INPUT: a JSON result (<id>_<year>.json), a plan folder (plan.yaml and its workbooks) or a folder of JSON results\n",
	},
	"compare.flagAfter": {
		ZH: "compare：选项 %s 写在了输入之后；请先写选项：plancheck compare --year Y --out DIR INPUT...",
		EN: "compare: flag %s after the inputs; give the flags first: plancheck compare --year Y --out DIR INPUT...",
	},
	"compare.noYear": {
		ZH: "compare：必须给出 --year，即这些结果所属的评估年度，例如 --year 2024",
		EN: "compare: --year is required; give the evaluation year the results are of, e.g. --year 2024",
	},
	"compare.noInput": {
		ZH: "compare：没有输入；请在选项之后给出各规划的 JSON 结果、规划文件夹或结果文件夹",
		EN: "compare: no input; give the plans' JSON results, plan folders or folders of results after the flags",
	},
	"compare.done": {
		ZH: "%d年 %d个规划，%d项共同指标，%d项有规划滞后\n",
		EN: "%d: %d plans, %d shared indicators, %d with a plan lagging\n",
	},
	"cmd.wrote": {
		ZH: "已写出 %s\n",
		EN: "wrote %s\n",
	},
	"compare.glob": {
		ZH: "compare %s：%w",
		EN: "compare %s: %w",
	},
	"compare.noResult": {
		ZH: "compare %s：该文件夹中既没有 plan.yaml，也没有 %d 年的结果（<id>_%d.json）；请给出规划文件夹、JSON 结果或存放 JSON 结果的文件夹",
		EN: "compare %s: a folder with neither plan.yaml nor a result of %d (<id>_%d.json); give a plan folder, a JSON result or a folder of them",
	},
	"cmd.pathErr": {
		ZH: "%s：%w",
		EN: "%s: %w",
	},
	"cmd.pathMsg": {
		ZH: "%s：%s",
		EN: "%s: %s",
	},
	"compare.build": {
		ZH: "生成对比报告时出错：%w",
		EN: "building the comparison report: %w",
	},
	"compare.json": {
		ZH: "编码对比 JSON 时出错：%w",
		EN: "encoding the comparison JSON: %w",
	},
	"compare.pdf": {
		ZH: "写对比 PDF 时出错：%w",
		EN: "writing the comparison PDF: %w",
	},
	"compare.docx": {
		ZH: "写对比 Word 报告时出错：%w",
		EN: "writing the comparison Word report: %w",
	},
	"compare.xlsx": {
		ZH: "写对比工作簿时出错：%w",
		EN: "writing the comparison workbook: %w",
	},
	"compare.html": {
		ZH: "写对比网页时出错：%w",
		EN: "writing the comparison web page: %w",
	},
	"flag.year": {
		ZH: "评估年度，须在规划基期年之后、目标年（含）之前；默认：工作簿填报的最近年度",
		EN: "the evaluation year, after the plan's base year up to its target year; default: the latest year the workbooks report",
	},
	"flag.out": {
		ZH: "输出写入的文件夹（不存在时自动创建）",
		EN: "the folder the outputs are written to (created if missing)",
	},
	"flag.edition": {
		ZH: "输出的版本：internal（内部版，全部内容，供区内各部门使用）或 public（公开版，可对外发布：不含部门得分、数据质量附件和单元格引用，分析意见只含 Excel 中标为“公开”的）；公开版文件名为 <id>_<year>_public.*",
		EN: "which edition the outputs are: internal (everything, for the district's offices) or public (what a district publishes: no department scores, no data-quality annex or cell references, no 分析意见 unless marked 公开 in the Excel); the public edition's files are named <id>_<year>_public.*",
	},
	"flag.previous": {
		ZH: "该规划上一年度的报告，即 plancheck 写出的 JSON 或 Excel 报告（<plan>_<Y-1>.json 或 .xlsx）：跟踪其重大问题（已解决/仍存在/加重），并将其分析意见列为上年意见；仅限一个规划",
		EN: "last year's report of the plan, its JSON or its Excel report as plancheck wrote it (<plan>_<Y-1>.json or .xlsx): its major problems are followed up (已解决/仍存在/加重) and its 分析意见 listed as 上年意见; one plan only",
	},
	"evaluate.edition": {
		ZH: "--edition %q：请选择 %s",
		EN: "--edition %q: choose %s",
	},
	"cmd.or": {
		ZH: " 或 ",
		EN: " or ",
	},
	"evaluate.year": {
		ZH: "--year %d：请给出评估年度，例如 2024",
		EN: "--year %d: give an evaluation year such as 2024",
	},
	"evaluate.out": {
		ZH: "--out 为空；请给出输出写入的文件夹",
		EN: "--out is empty; give the folder the outputs go to",
	},
	"evaluate.noYear": {
		ZH: "工作簿中没有基期年 %d 之后任何年度的数据；请给出 --year",
		EN: "the workbooks report no year after the base year %d; give --year",
	},
	"cmd.yearOutside": {
		ZH: "%d 年不在规划的评估年度 %d–%d 之内（基期 %d 年的次年至目标年）；请在其间选择 --year",
		EN: "year %d is outside the plan's evaluation years %d–%d (the year after the base year %d up to the target year); choose --year between them",
	},
	"cmd.yearErr": {
		ZH: "--year：%v",
		EN: "--year: %v",
	},
	"evaluate.encode": {
		ZH: "编码 JSON 结果时出错：%w",
		EN: "encoding the JSON summary: %w",
	},
	"evaluate.done": {
		ZH: "%s %d年%s：%d项指标，可评估%d项，%s%d项；重大问题%d个；数据质量提示%d条\n",
		EN: "%s %d %s: %d indicators, %d assessable, %[7]d %[6]s; %[8]d major problems; %[9]d data-quality findings\n",
	},
	"flag.explain.year": {
		ZH: "评估年度；默认：工作簿填报的最近年度",
		EN: "the evaluation year; default: the latest year the workbooks report",
	},
	"explain.flag": {
		ZH: "explain：%v",
		EN: "explain: %v",
	},
	"explain.template": {
		ZH: "templates/explain_text.tmpl：%w",
		EN: "templates/explain_text.tmpl: %w",
	},
	"init.embedMissing": {
		ZH: "内置的规划框架缺失（构建问题，请报告）：%w",
		EN: "the embedded plan skeleton is missing (a build problem, please report it): %w",
	},
	"init.embedBroken": {
		ZH: "内置的规划框架已损坏（构建问题，请报告）：%w",
		EN: "the embedded plan skeleton is broken (a build problem, please report it): %w",
	},
	"cmd.writingTemplate": {
		ZH: "写模板时出错：%w",
		EN: "writing the template: %w",
	},
	"init.path": {
		ZH: "init：%s：%w",
		EN: "init: %s: %w",
	},
	"flag.plan": {
		ZH: "规划文件（plan.yaml），或存放 plan.yaml 及其工作簿的文件夹；默认：内置的海淀区“十四五”规划",
		EN: "the plan file (plan.yaml), or a folder holding plan.yaml and its workbooks; default: the embedded Haidian 14th Five-Year Plan",
	},
	"flag.data": {
		ZH: "监测工作簿（.xlsx，或另存为 .csv 的工作表，如 指标数据.csv），或存放工作簿的文件夹；可多次给出；默认：内置的示例工作簿，或 --plan 旁边的工作簿",
		EN: "a monitoring workbook (.xlsx, or a sheet saved as .csv such as 指标数据.csv) or a folder of them; may be repeated; default: the embedded sample workbook, or the workbooks beside --plan",
	},
	"inputs.planTwice": {
		ZH: "--plan 给出了 %d 次；只有 report 能处理多个规划",
		EN: "--plan is given %d times; only report takes several plans",
	},
	"inputs.noPlanYAML": {
		ZH: "--plan %s：该文件夹中没有 plan.yaml",
		EN: "--plan %s: the folder holds no plan.yaml",
	},
	"inputs.planErr": {
		ZH: "--plan %s：%w",
		EN: "--plan %s: %w",
	},
	"inputs.planMsg": {
		ZH: "--plan %s：%s",
		EN: "--plan %s: %s",
	},
	"inputs.dangling": {
		ZH: "%s %s：指向不存在的文件或文件夹的符号链接",
		EN: "%s %s: a symbolic link to a missing file or folder",
	},
	"inputs.flagErr": {
		ZH: "%s %s：%w",
		EN: "%s %s: %w",
	},
	"inputs.flagMsg": {
		ZH: "%s %s：%s",
		EN: "%s %s: %s",
	},
	"inputs.isFolder": {
		ZH: "是文件夹，不是文件",
		EN: "is a folder, not a file",
	},
	"inputs.fifo": {
		ZH: "命名管道（FIFO）",
		EN: "a named pipe (FIFO)",
	},
	"inputs.socket": {
		ZH: "套接字",
		EN: "a socket",
	},
	"inputs.charDevice": {
		ZH: "字符设备",
		EN: "a character device",
	},
	"inputs.blockDevice": {
		ZH: "块设备",
		EN: "a block device",
	},
	"inputs.notRegular": {
		ZH: "不是普通文件",
		EN: "not a regular file",
	},
	"inputs.danglingBook": {
		ZH: "%s：指向不存在文件的符号链接；请删除它，或让它指向工作簿",
		EN: "%s: a symbolic link to a missing file; remove it or point it at the workbook",
	},
	"inputs.folderBook": {
		ZH: "%s：是文件夹，不是工作簿；请改名，或把它移出 %s",
		EN: "%s: is a folder, not a workbook; rename it or move it out of %s",
	},
	"inputs.embedPlanMissing": {
		ZH: "内置规划缺失（构建问题，请报告）：%w",
		EN: "the embedded plan is missing (a build problem, please report it): %w",
	},
	"inputs.embedPlanBroken": {
		ZH: "内置规划已损坏（构建问题，请报告）：%w",
		EN: "the embedded plan is broken (a build problem, please report it): %w",
	},
	"inputs.noData": {
		ZH: "--plan %s：没有给出 --data，规划旁边也没有工作簿（.xlsx 或 .csv）；请用 --data 给出该规划的监测工作簿（文件或文件夹）",
		EN: "--plan %s: no --data was given and there is no workbook (.xlsx or .csv) beside the plan; pass the plan's monitoring workbooks with --data (a file or a folder)",
	},
	"inputs.embedBookMissing": {
		ZH: "内置示例工作簿缺失（构建问题，请报告）：%w",
		EN: "the embedded sample workbook is missing (a build problem, please report it): %w",
	},
	"inputs.embedBookBroken": {
		ZH: "内置示例工作簿已损坏（构建问题，请报告）：%w",
		EN: "the embedded sample workbook is broken (a build problem, please report it): %w",
	},
	"inputs.noBooks": {
		ZH: "--data %s：该文件夹中没有 %s 工作簿",
		EN: "--data %s: the folder holds no %s workbook",
	},
	"inputs.tooBig": {
		ZH: "%s：%d 字节（%.1f MiB），超过 plancheck 可读取的 %d MiB；请确认文件是否正确",
		EN: "%s: %d bytes (%.1f MiB) is more than the %d MiB plancheck reads; is this the right file?",
	},
	"inputs.tooBigRead": {
		ZH: "%s：大于 plancheck 可读取的 %d MiB；请确认文件是否正确",
		EN: "%s: larger than the %d MiB plancheck reads; is this the right file?",
	},
	"inputs.noSuchFile": {
		ZH: "文件或文件夹不存在",
		EN: "no such file or folder",
	},
	"lock.symlink": {
		ZH: "%s：是符号链接；它是 plancheck 的锁文件，必须是普通文件：请删除它",
		EN: "%s: is a symbolic link; it is plancheck's lock file and must be a plain file: remove it",
	},
	"lock.create": {
		ZH: "%s：无法创建 plancheck 的锁文件：%w",
		EN: "%s: cannot create plancheck's lock file: %w",
	},
	"lock.notPlain": {
		ZH: "%s：不是普通文件；它是 plancheck 的锁文件：请删除它",
		EN: "%s: is not a plain file; it is plancheck's lock file: remove it",
	},
	"lock.lock": {
		ZH: "%s：无法加锁：%w",
		EN: "%s: cannot lock: %w",
	},
	"lock.pid": {
		ZH: "（进程号 %d）",
		EN: " (pid %d)",
	},
	"lock.busy": {
		ZH: "--out %s：另一个 plancheck 进程%s正在向该文件夹写入（它持有 %s）；已等待 %s。请待其结束后再运行，或另选 --out 文件夹",
		EN: "--out %s: another plancheck run%s is writing to this folder (it holds %s); waited %s for it. Run again when it has finished, or choose another --out folder",
	},
	"notes.otherYear": {
		ZH: "%s：其中的%s是为 %s 年填写的，不用于 %d 年的评估",
		EN: "%s: its %s were written for %s and are not applied to the %d evaluation",
	},
	"notes.unknownYear": {
		ZH: "%s：该工作簿没有记录其中的%s是为哪一年填写的（旧版 plancheck 写出的 Excel 报告）；其中 %d 条用于 %d 年的评估：请核实是否仍然适用",
		EN: "%s: the workbook does not record which year its %s were written for (an Excel report of an older plancheck); %d are applied to the %d evaluation: check that they still hold",
	},
	"notes.aWorkbook": {
		ZH: "某工作簿",
		EN: "a workbook",
	},
	"notes.missing": {
		ZH: "%s：截至 %d 年尚未报送数据：%s",
		EN: "%s: data not reported up to %d for %s",
	},
	"notes.noLead": {
		ZH: "（无牵头部门）",
		EN: "(no lead department)",
	},
	"out.mkdir": {
		ZH: "--out %s：无法创建该文件夹：%w",
		EN: "--out %s: cannot create the folder: %w",
	},
	"out.write": {
		ZH: "%s：无法写入：%w；这组文件中没有任何一个被替换",
		EN: "%s: cannot write: %w; no file of the set was replaced",
	},
	"out.badName": {
		ZH: "输出文件名 %q 不是单纯的文件名（这是 plancheck 的缺陷，它本应检查组成文件名的 id；请报告）",
		EN: "the output name %q is not a plain file name (a bug in plancheck, which checks the ids names are made of; please report it)",
	},
	"out.dangling": {
		ZH: "--out %s：指向不存在文件夹的符号链接；请创建该文件夹，或另给 --out",
		EN: "--out %s: a symbolic link to a missing folder; create the folder or give another --out",
	},
	"out.err": {
		ZH: "--out %s：%w",
		EN: "--out %s: %w",
	},
	"out.isFile": {
		ZH: "--out %s：是文件，不是文件夹；请给出文件夹（不存在时自动创建）",
		EN: "--out %s: is a file, not a folder; give a folder (it is created if missing)",
	},
	"out.folderInWay": {
		ZH: "%s：输出位置上已有同名文件夹；请移走它，或另选 --out 文件夹",
		EN: "%s: is a folder where the output goes; move it or choose another --out folder",
	},
	"out.overwriteLink": {
		ZH: "%s：输出会覆盖输入文件 %s（它是指向该文件的符号链接）；请另选 --out 文件夹",
		EN: "%s: the output would overwrite the input %s (it is a symbolic link to it); choose another --out folder",
	},
	"out.overwrite": {
		ZH: "%s：输出会覆盖输入文件 %s；请另选 --out 文件夹",
		EN: "%s: the output would overwrite the input %s; choose another --out folder",
	},
	"out.noBackup": {
		ZH: "没有备份",
		EN: "no backup",
	},
	"out.putBack": {
		ZH: "原有的输出已恢复原样",
		EN: "the outputs already in place were put back as they were",
	},
	"out.writeRolled": {
		ZH: "%s：无法写入：%w；%s",
		EN: "%s: cannot write: %w; %s",
	},
	"prev.err": {
		ZH: "--previous %w",
		EN: "--previous %w",
	},
	"prev.deptOnly": {
		ZH: "--previous %s：这只是部门 %s 的报告；请给出上一年度整个规划的报告，或加上 --department %s",
		EN: "--previous %s: the report of the department %s only; give last year's report of the whole plan, or add --department %s",
	},
	"prev.otherDept": {
		ZH: "--previous %s：这是部门 %s 的报告，不是 %s 的；请给出上一年度整个规划或 %s 的报告",
		EN: "--previous %s: the report of the department %s, not of %s; give last year's report of the whole plan or of %s",
	},
	"prev.noData": {
		ZH: "%d 年是规划末年，%[3]d 项指标中有 %[2]d 项没有 %[4]d 年数据（数据待补）：%[5]s；报告开头已注明——请填写工作表 指标数据 中 %[6]d 年一列后重新运行",
		EN: "%d is the plan's final year, and %d of the %d indicators have no %d data (数据待补): %s; the report says so at its top — fill the %d column of the sheet 指标数据 and run again",
	},
	"prev.andMore": {
		ZH: "等，另有 %d 项",
		EN: "and %d more",
	},
	"prev.noneAssessable": {
		ZH: "%[2]d 年 %[1]d 项指标均无法评估",
		EN: "none of the %d indicators can be assessed in %d",
	},
	"prev.noValue": {
		ZH: "：%d 项没有 %d 年数值（数据待补）",
		EN: ": %d have no %d value (数据待补)",
	},
	"prev.embedded": {
		ZH: "%s；内置示例工作簿的工作表 指标数据 中没有 %d 年数值：请用 --data 给出各部门的工作簿（plancheck template --year %d 可写出一份待填的空白工作簿）；未写出任何文件",
		EN: "%s; the embedded sample workbook has no %d values in its sheet 指标数据: give the departments' workbooks with --data (plancheck template --year %d writes a blank one to fill); nothing was written",
	},
	"prev.andMoreBooks": {
		ZH: " 等，另有 %d 个",
		EN: " and %d more",
	},
	"prev.fill": {
		ZH: "%s；请在 %[3]s 中填写工作表 指标数据 的 %[2]d 年一列（plancheck template --year %[4]d 可写出一份待填的空白工作簿），然后重新运行；未写出任何文件",
		EN: "%s; fill the %d column of the sheet 指标数据 in %s (plancheck template --year %d writes a blank workbook to fill), then run again; nothing was written",
	},
	"flag.report.date": {
		ZH: "报告日期，格式 YYYY-MM-DD（UTC 日期），印在封面上，并作为 PDF 的创建日期；默认：设置了 $SOURCE_DATE_EPOCH 时取其值，否则取当天（UTC）",
		EN: "the report's date, YYYY-MM-DD (a UTC date), printed on the cover and written as the PDF's creation date; default: $SOURCE_DATE_EPOCH if set, else today (UTC)",
	},
	"flag.templates": {
		ZH: "存放 *.tmpl 文件的文件夹，用以替换内置的同名语句模板",
		EN: "a folder of *.tmpl files replacing the embedded sentence templates of the same name",
	},
	"flag.report.department": {
		ZH: "只写这个牵头部门的报告（部门在规划中的 id 或名称）：其指标、任务、项目和问题",
		EN: "write only this lead department's report (its id or name in the plan): its indicators, tasks, projects and problems",
	},
	"report.onePrevious": {
		ZH: "--previous %s 只能与一个规划同用（它是该规划上一年度的报告）；现有 %d 个规划，请对每个规划分别运行 report 以跟踪其上年报告",
		EN: "--previous %s goes with one plan (it is last year's report of that plan); with %d plans, run report once per plan to follow up its last year's report",
	},
	"report.policy": {
		ZH: "POLICY %s %d：%s\n",
		EN: "POLICY %s %d: %s\n",
	},
	"report.validateEach": {
		ZH: "；plancheck validate --year %d 可逐条列出",
		EN: "; plancheck validate --year %d lists each",
	},
	"cmd.notDepartment": {
		ZH: "--department %q 不是该规划的部门；部门有 %s",
		EN: "--department %q is not a department of the plan; the departments are %s",
	},
	"report.leadsNothing": {
		ZH: "部门 %q（%s）在规划 %s 中不牵头任何指标、任务或项目；请换一个牵头部门，或在 plan.yaml 中为它指定牵头事项",
		EN: "department %q (%s) leads no indicator, task or project of %s; choose a department that leads some, or make it the lead of some in plan.yaml",
	},
	"report.department": {
		ZH: "--department %s：%w",
		EN: "--department %s: %w",
	},
	"report.sameID": {
		ZH: "%s：规划 id %q 与 %s 的 id 相同；两者的报告会同名——请给每个规划各自的 id",
		EN: "%s: plan id %q is also the id of %s; the reports of both would have the same names — give each plan its own id",
	},
	"report.build": {
		ZH: "生成报告时出错：%w",
		EN: "building the report: %w",
	},
	"report.pdf": {
		ZH: "写 PDF 报告时出错：%w",
		EN: "writing the PDF report: %w",
	},
	"report.docx": {
		ZH: "写 Word 报告时出错：%w",
		EN: "writing the Word report: %w",
	},
	"report.xlsx": {
		ZH: "写 Excel 报告时出错：%w",
		EN: "writing the Excel report: %w",
	},
	"report.html": {
		ZH: "写网页时出错：%w",
		EN: "writing the web page: %w",
	},
	"report.csv": {
		ZH: "写指标表（CSV）时出错：%w",
		EN: "writing the indicator table (CSV): %w",
	},
	"report.formatEmpty": {
		ZH: "--format 为空；请给出以逗号分隔的 %s",
		EN: "--format is empty; give a comma list of %s",
	},
	"report.formatBlank": {
		ZH: "--format %q：有空的名称（两个逗号相连，或逗号在首尾）；请给出以逗号分隔的 %s",
		EN: "--format %q: an empty name (two commas, or one at an end); give a comma list of %s",
	},
	"report.formatUnknown": {
		ZH: "--format %q：%q 不是一种输出；请从 %s 中选择",
		EN: "--format %q: %q is not an output; choose among %s",
	},
	"report.formatTwice": {
		ZH: "--format %q：%s 写了两次",
		EN: "--format %q: %s is named twice",
	},
	"report.date": {
		ZH: "--date %q：请按 YYYY-MM-DD 给出日期，例如 2024-03-15",
		EN: "--date %q: give the date as YYYY-MM-DD, e.g. 2024-03-15",
	},
	"report.dateYear": {
		ZH: "--date %s：年份 %d 不在 %d–%d 之间；请按 YYYY-MM-DD 给出报告日期",
		EN: "--date %s: the year %d is outside %d–%d; give the report's date as YYYY-MM-DD",
	},
	"report.epoch": {
		ZH: "SOURCE_DATE_EPOCH %q 不是自 1970-01-01 UTC 起的秒数",
		EN: "SOURCE_DATE_EPOCH %q is not a number of seconds since 1970-01-01 UTC",
	},
	"report.epochYear": {
		ZH: "SOURCE_DATE_EPOCH %d 不在 %d–%d 年之间",
		EN: "SOURCE_DATE_EPOCH %d is outside the years %d–%d",
	},
	"report.templatesErr": {
		ZH: "--templates %s：%v",
		EN: "--templates %s: %v",
	},
	"report.templatesNotDir": {
		ZH: "--templates %s：不是文件夹",
		EN: "--templates %s: not a folder",
	},
	"report.templatesFileErr": {
		ZH: "--templates %s：%w",
		EN: "--templates %s: %w",
	},
	"report.templatesFileMsg": {
		ZH: "--templates %s：%s",
		EN: "--templates %s: %s",
	},
	"flag.template.plan": {
		ZH: "规划文件（plan.yaml），或存放它的文件夹；默认：内置的海淀区“十四五”规划",
		EN: "the plan file (plan.yaml), or a folder holding it; default: the embedded Haidian 14th Five-Year Plan",
	},
	"flag.template.data": {
		ZH: "上一年度的工作簿，其数值列在各行旁供参考；可多次给出",
		EN: "last year's workbook(s), shown beside each row for reference; may be repeated",
	},
	"flag.template.year": {
		ZH: "各部门填报的年度（必填）",
		EN: "the year the departments report on (required)",
	},
	"flag.template.department": {
		ZH: "只含这个牵头部门的指标（部门在规划中的 id 或名称）",
		EN: "only this lead department's indicators (its id or name in the plan)",
	},
	"flag.template.out": {
		ZH: "模板写入的文件夹",
		EN: "the folder the template is written to",
	},
	"flag.template.date": {
		ZH: "工作簿日期，格式 YYYY-MM-DD（UTC 日期）；默认：设置了 $SOURCE_DATE_EPOCH 时取其值，否则取当天（UTC）",
		EN: "the workbook's date, YYYY-MM-DD (a UTC date); default: $SOURCE_DATE_EPOCH if set, else today (UTC)",
	},
	"template.noYear": {
		ZH: "template：请给出 --year，即各部门填报的年度",
		EN: "template: give --year, the year the departments report on",
	},
	"template.year": {
		ZH: "--year %d 不在规划年度 %d–%d 之内",
		EN: "--year %d is outside the plan's years %d–%d",
	},
	"flag.validate.year": {
		ZH: "检查截至该年度的数据；默认：工作簿填报的最近年度",
		EN: "check the data up to this year; default: the latest year the workbooks report",
	},
	"validate.error": {
		ZH: "错误：%s\n",
		EN: "error: %s\n",
	},
	"validate.errors": {
		ZH: "%d 个错误：请改正后再运行 plancheck validate\n",
		EN: "%d error(s): fix them and run plancheck validate again\n",
	},
	"validate.noValues": {
		ZH: "%s：%d 项指标，没有错误；工作簿中没有 %d 年之后的数值可供检查\n",
		EN: "%s: %d indicators, no errors; no workbook values after %d to check\n",
	},
	"validate.warning": {
		ZH: "警告：%s\n",
		EN: "warning: %s\n",
	},
	"validate.missing": {
		ZH: "警告：%s（plancheck report 在 数据质量 工作表中逐条列出）[missing]\n",
		EN: "warning: %s (plancheck report lists each in the 数据质量 sheet) [missing]\n",
	},
	"validate.finding": {
		ZH: "%s：%s：%s [%s]\n",
		EN: "%s: %s: %s [%s]\n",
	},
	"validate.summary": {
		ZH: "%[1]s，截至 %[3]d 年的工作簿数值 %[2]d 个：错误 %[4]d 个，警告 %[5]d 个\n",
		EN: "%s, %d workbook value(s) up to %d: %d error(s), %d warning(s)\n",
	},
	"flag.init.date": {
		ZH: "工作簿模板的日期，格式 YYYY-MM-DD（UTC 日期）；默认：设置了 $SOURCE_DATE_EPOCH 时取其值，否则取当天（UTC）",
		EN: "the workbook template's date, YYYY-MM-DD (a UTC date); default: $SOURCE_DATE_EPOCH if set, else today (UTC)",
	},
}
