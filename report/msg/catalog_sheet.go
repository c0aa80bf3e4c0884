package msg

// sheetTable: the messages of report/sheet (workbooks, sheets, cells).
var sheetTable = map[string]Text{
	"sheet.publicFlag": {
		ZH: "公开 %s 不是“是”或“否”；要在公开版中发布该分析意见请选“是”，否则留空",
		EN: "公开 %s is not 是 or 否; choose 是 to publish the 分析意见 in the public edition, or leave it empty",
	},
	"sheet.adjNoID": {
		ZH: "状态调整或分析意见所在行没有编号；请写在其指标所在的行",
		EN: "an adjustment or analysis in a row without 编号; write it in the row of its indicator",
	},
	"sheet.adjUnknown": {
		ZH: "状态调整或分析意见旁的指标 %s 不存在；请保留 plancheck 写出的编号",
		EN: "unknown indicator %s next to an adjustment or analysis; keep the 编号 plancheck wrote",
	},
	"sheet.adjStatus": {
		ZH: "状态调整 %s 不是评估状态；请从 %s 中选择一个，或留空以保留计算出的状态",
		EN: "状态调整 %s is not a status; write one of %s, or leave it empty to keep the computed status",
	},
	"sheet.adjNoReason": {
		ZH: "指标 %[2]q（%[3]s）的状态调整 %[1]s 没有调整理由；请在 %[4]s 中写明理由，或清除该调整",
		EN: "状态调整 %s for indicator %q (%s) has no 调整理由; write the reason in %s, or clear the adjustment",
	},
	"sheet.adjYears": {
		ZH: "表头 %s 写的是 %d年，但%s写的是 %d：分析人员填写的各列属于同一评估年度；请使用 plancheck 写出的当年报告",
		EN: "the header %s says %d年, but %s says %d: the analysts' columns belong to one evaluation year; use the report of the year as plancheck wrote it",
	},
	"sheet.mergeHeader": {
		ZH: "合并单元格 %s 从表头延伸进了表格",
		EN: "merged cells %s reach from the header into the table",
	},
	"sheet.mergeCols": {
		ZH: "合并单元格 %s 跨越了多列，其中有 %s",
		EN: "merged cells %s span several columns, among them %s",
	},
	"sheet.mergeID": {
		ZH: "合并单元格 %s 覆盖了编号列",
		EN: "merged cells %s cover the 编号 column",
	},
	"sheet.mergeNoID": {
		ZH: "合并单元格 %s 覆盖了第%d行，该行没有编号",
		EN: "merged cells %s cover row %d, which has no 编号",
	},
	"sheet.mergeWhich": {
		ZH: "%s；无法判断文字属于哪个%s、哪一列——请取消合并，把每个%s的%s写在各自的行中",
		EN: "%s; it cannot be told which %s and column the text belongs to — unmerge them (取消合并) and write each %s's %s in its own row",
	},
	"sheet.noPlanFile": {
		ZH: "没有规划可供对照读取该文件",
		EN: "no plan to read the file against",
	},
	"sheet.cannotRead": {
		ZH: "无法读取该文件：%v",
		EN: "cannot read the file: %v",
	},
	"sheet.csvEmpty": {
		ZH: "文件为空；请从 Excel 把工作表另存为 CSV",
		EN: "the file is empty; save the sheet from Excel as CSV",
	},
	"sheet.csvTooBig": {
		ZH: "文件大于 %d MiB；监测工作表要小得多——请确认文件是否正确",
		EN: "the file is larger than %d MiB; a monitoring sheet is far smaller — is this the right file?",
	},
	"sheet.csvNoCells": {
		ZH: "文件中没有单元格；请从 Excel 把工作表另存为 CSV",
		EN: "the file holds no cells; save the sheet from Excel as CSV",
	},
	"sheet.csvTwoNames": {
		ZH: "文件名中含有两个工作表名：%s 和 %s；一个 CSV 文件只存一张工作表：请按那张表命名",
		EN: "the file's name names two sheets, %s and %s; a CSV file holds one sheet: name it after that one",
	},
	"sheet.csvAssessment": {
		ZH: "%s 工作表只从 plancheck 的 Excel 报告（.xlsx）中读取，因为其中记录了所属年度；请改给该工作簿",
		EN: "the %s sheet is read from plancheck's Excel report (.xlsx) only, which records the year it was written for; give that workbook instead",
	},
	"sheet.csvNoName": {
		ZH: "文件名没有说明其中是哪张工作表；一个 CSV 文件只存一张工作表，并以表名命名：%s（或 %s）；可以加前缀，如 区科委-%s",
		EN: "the file's name does not say which sheet it holds; a CSV file holds one sheet and is named after it: %s (or %s); a prefix such as 区科委-%s is fine",
	},
	"sheet.howUTF8": {
		ZH: "请从 Excel 另存为“CSV UTF-8 (逗号分隔)”",
		EN: "save it from Excel as \"CSV UTF-8 (逗号分隔)\"",
	},
	"sheet.utf32": {
		ZH: "文件是 UTF-32 文本，plancheck 不读取；",
		EN: "the file is UTF-32 text, which plancheck does not read; ",
	},
	"sheet.utf8Bad": {
		ZH: "文件开头是 UTF-8 文本，但第%d行不是 UTF-8（字节 0x%02X）；%s",
		EN: "the file starts as UTF-8 text, but line %d is not UTF-8 (byte 0x%02X); %s",
	},
	"sheet.utf16Cut": {
		ZH: "文件是被截断的 UTF-16 文本（字节数为奇数）；",
		EN: "the file is UTF-16 text cut short (an odd number of bytes); ",
	},
	"sheet.utf16Bad": {
		ZH: "文件开头是 UTF-16 文本（Excel 的 Unicode 文本），但第%d行不是有效的 UTF-16；%s",
		EN: "the file starts as UTF-16 text (Excel's Unicode text), but line %d is not valid UTF-16; %s",
	},
	"sheet.nulBytes": {
		ZH: "文件的字符之间有 NUL 字节，像是没有字节顺序标记的 UTF-16 文本；",
		EN: "the file holds NUL bytes between its characters, as UTF-16 text without a byte order mark does; ",
	},
	"sheet.notText": {
		ZH: "不是文本文件（含有 NUL 字节）；请从 Excel 把工作表另存为 CSV",
		EN: "not a text file (it holds NUL bytes); save the sheet from Excel as CSV",
	},
	"sheet.utf8Joined": {
		ZH: "文件是 UTF-8 文本，但第%d行不是 UTF-8（字节 0x%02X），像是被截断或由两个文件拼接而成；%s",
		EN: "the file is UTF-8 text, but line %d is not UTF-8 (byte 0x%02X), as in a file cut short or joined from two; %s",
	},
	"sheet.encoding": {
		ZH: "文件既不是 UTF-8 也不是 GB18030（GBK）文本：第%d行的字节两种编码都读不出；%s",
		EN: "the file is neither UTF-8 nor GB18030 (GBK) text: line %d holds bytes that neither reads; %s",
	},
	"sheet.csvMaxErrors": {
		ZH: "问题超过 %d 个；请先改正这些，再重新读取该文件",
		EN: "more than %d problems; fix these and read the file again",
	},
	"sheet.csvRows": {
		ZH: "文件超过 %d 行，即一张工作表最多的行数；监测工作表要小得多——请确认文件是否正确",
		EN: "the file has more than %d rows, the most a sheet can hold; a monitoring sheet is far smaller — is this the right file?",
	},
	"sheet.beyondCol": {
		ZH: "第 %d 列之后还有数据；表格要窄得多——请删除其右侧的内容",
		EN: "data beyond column %d; the table is far narrower — delete what is to its right",
	},
	"sheet.csvCellLong": {
		ZH: "该单元格有 %d 个字符，超过一个单元格最多可容纳的 %d 个（Excel 的限制）；是否前面有未闭合的引号？（内容开头为 %q）",
		EN: "the cell holds %d characters, more than the %d a cell can hold (Excel's limit); is a quote left open before it? (it begins %q)",
	},
	"sheet.csvControl": {
		ZH: "该单元格含有控制字符 U+%04X，工作表不能容纳；请删去（%q）",
		EN: "the cell holds the control character U+%04X, which a sheet cannot hold; delete it (%q)",
	},
	"sheet.csvComma": {
		ZH: "%q 中有逗号，而文件以分号分隔，像是以逗号为小数点的写法（36,5 即 36.5）：它可能不是看上去的那个数；请用小数点书写，且不要千位分隔符",
		EN: "%q has a comma, and the file is separated by semicolons, as where the comma is the decimal mark (36,5 for 36.5): it may not be the number it looks like; write it with a decimal point and no thousands separator",
	},
	"sheet.csvQuote": {
		ZH: "该单元格以引号开头（%q）而引号始终没有闭合，文件其余部分都会成为这一个单元格；请闭合或删去该引号",
		EN: "a quote opens this cell (%q) and is never closed, so the rest of the file would be this one cell; close the quote, or delete it",
	},
	"sheet.csvRowsData": {
		ZH: "文件中有数据的行超过 %d 行；监测工作表每项指标每年一行——请确认文件是否正确",
		EN: "the file has more than %d rows with data; a monitoring sheet has one row per indicator and year — is this the right file?",
	},
	"sheet.csvCells": {
		ZH: "文件超过 %d 个单元格（行数 × 列数）；监测工作表要小得多——请确认文件是否正确",
		EN: "the file spans more than %d cells (rows × columns); a monitoring sheet is far smaller — is this the right file?",
	},
	"sheet.quoteOpen": {
		ZH: "引号没有闭合",
		EN: "a quote is never closed",
	},
	"sheet.fromLibre": {
		ZH: "LibreOffice 或 WPS",
		EN: "LibreOffice or WPS",
	},
	"sheet.xlsEmpty": {
		ZH: "文件为空；请从 Excel 或 WPS 把工作簿另存为 .xlsx",
		EN: "the file is empty; save the workbook from Excel or WPS as .xlsx",
	},
	"sheet.fromExcelWPS": {
		ZH: "Excel 或 WPS",
		EN: "Excel or WPS",
	},
	"sheet.xlsText": {
		ZH: "文件名为 %s，但其实是文本，像某些系统导出的表格；如果是 CSV 或制表符分隔的文本，请按其工作表改名为 .csv（如 %s.csv）；否则请用 LibreOffice 转换为 %s：%s",
		EN: "the file is named %s but is text, as some systems export tables; if it is CSV or tab-separated, rename it to .csv after its sheet (such as %s.csv); else convert it to %s with LibreOffice: %s",
	},
	"sheet.notOne": {
		ZH: "它不是",
		EN: "it is not one",
	},
	"sheet.thisEmpty": {
		ZH: "这个文件是空的",
		EN: "this file is empty",
	},
	"sheet.thisPDF": {
		ZH: "这是 PDF 文件",
		EN: "this is a PDF file",
	},
	"sheet.thisHTML": {
		ZH: "这是网页（HTML）",
		EN: "this is a web page (HTML)",
	},
	"sheet.numbers": {
		ZH: "文件是 Apple Numbers 文稿（.numbers），plancheck 不读取；请在 Numbers 中导出为 Excel 工作簿（文件 → 导出为 → Excel…；File → Export To → Excel…），再给出 .xlsx 文件",
		EN: "the file is an Apple Numbers document (.numbers), which plancheck does not read; export it from Numbers as an Excel workbook (文件 → 导出为 → Excel…; File → Export To → Excel…) and give the .xlsx instead",
	},
	"sheet.encrypted": {
		ZH: "文件是设了密码的（加密）工作簿，plancheck 无法打开；请在 Excel（文件 → 信息 → 保护工作簿 → 用密码进行加密：清除密码；File → Info → Protect Workbook → Encrypt with Password）或 WPS 中去掉密码，再另存为 .xlsx",
		EN: "the file is a workbook protected by a password (encrypted), which plancheck cannot open; remove the password in Excel (文件 → 信息 → 保护工作簿 → 用密码进行加密: clear it; File → Info → Protect Workbook → Encrypt with Password) or in WPS, and save it again as .xlsx",
	},
	"sheet.wordDoc": {
		ZH: "文件是 Word 97–2003 文档（.doc），不是工作簿；请改给监测工作簿（.xlsx）",
		EN: "the file is a Word 97–2003 document (.doc), not a workbook; give the monitoring workbook (.xlsx) instead",
	},
	"sheet.pptDoc": {
		ZH: "文件是 PowerPoint 97–2003 文件（.ppt），不是工作簿；请改给监测工作簿（.xlsx）",
		EN: "the file is a PowerPoint 97–2003 file (.ppt), not a workbook; give the monitoring workbook (.xlsx) instead",
	},
	"sheet.fSharedMissing": {
		ZH: "它属于一个共享公式，而该公式的首个单元格缺失",
		EN: "it is part of a shared formula whose first cell is missing",
	},
	"sheet.fNoSheet": {
		ZH: "它引用了工作表 %s，而工作簿中没有这张表",
		EN: "it refers to the sheet %s, which the workbook does not have",
	},
	"sheet.fSheetUnreadable": {
		ZH: "它引用了工作表 %s，而这张表无法读取",
		EN: "it refers to the sheet %s, which cannot be read",
	},
	"sheet.fRange": {
		ZH: "它引用了一个含 %d 个单元格的区域",
		EN: "it refers to a range of %d cells",
	},
	"sheet.fArray": {
		ZH: "它使用了数组公式",
		EN: "it uses an array formula",
	},
	"sheet.fTooDeep": {
		ZH: "公式 =%s 依赖的公式太多，这里无法检查（超过 %d 处引用）；请复制数值（选择性粘贴 → 数值），而不是公式",
		EN: "the formula =%s depends on more formulas than can be checked here (over %d references); copy the values (选择性粘贴 → 数值) instead of the formulas",
	},
	"sheet.fSelf": {
		ZH: "公式 =%s 引用了自身所在的单元格（循环引用），因而没有值；请改正公式",
		EN: "the formula =%s refers to its own cell (a circular reference), so it has no value; correct the formula",
	},
	"sheet.fCircle": {
		ZH: "公式 =%s 处在一个循环引用中（与 %s），因而没有值；请改正这些公式",
		EN: "the formula =%s is part of a circular reference (with %s), so it has no value; correct the formulas",
	},
	"sheet.fDependsCircle": {
		ZH: "公式 =%s 依赖于 %s 处的循环引用，因而没有值；请改正那里的公式",
		EN: "the formula =%s depends on a circular reference at %s, so it has no value; correct the formulas there",
	},
	"sheet.fOtherBook": {
		ZH: "它引用了另一个工作簿",
		EN: "it refers to another workbook",
	},
	"sheet.fSheets": {
		ZH: "它同时引用了多张工作表",
		EN: "it refers to several sheets at once",
	},
	"sheet.fOtherBookTable": {
		ZH: "它引用了另一个工作簿或一张表格",
		EN: "it refers to another workbook or to a table",
	},
	"sheet.fErrorValue": {
		ZH: "它含有错误值",
		EN: "it holds an error value",
	},
	"sheet.fUses": {
		ZH: "它使用了 %s",
		EN: "it uses %s",
	},
	"sheet.fUsesName": {
		ZH: "它使用了名称 %s",
		EN: "it uses the name %s",
	},
	"sheet.gPartBig": {
		ZH: "%s 解压后大于 %s（上限）；监测工作簿要小得多——请确认文件是否正确",
		EN: "%s is larger than %s once unpacked (the limit); a monitoring workbook is far smaller — is this the right file?",
	},
	"sheet.gUnpack": {
		ZH: "无法解压 %s：%v；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "cannot unpack %s: %v; open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gDamaged": {
		ZH: "%s 已损坏：解压结果与 zip 中记录的不符（%v）；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "%s is damaged: it does not unpack to what the zip says (%v); open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gLarger": {
		ZH: "%s 比 zip 中记录的大；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "%s is larger than the zip says; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gBookBig": {
		ZH: "工作簿解压后大于 %s（上限）；监测工作簿要小得多——请确认文件是否正确",
		EN: "the workbook is larger than %s once unpacked (the limit); a monitoring workbook is far smaller — is this the right file?",
	},
	"sheet.gParts": {
		ZH: "zip 中有 %d 个文件，超过 %d 个（上限）；一个工作簿只有几十个——请确认文件是否正确",
		EN: "the zip holds %d files, more than %d (the limit); a workbook holds a few dozen — is this the right file?",
	},
	"sheet.gTwoNames": {
		ZH: "zip 中有两个名为 %s 的文件（%q 和 %q）；文件已损坏或被伪造——请在 Excel 中打开，再另存为 .xlsx",
		EN: "the zip holds two files named %s (%q and %q); the file is damaged or forged — open it in Excel and save it again as .xlsx",
	},
	"sheet.zipNoBook": {
		ZH: "它是不含工作簿的 zip 压缩包（没有 xl/workbook.xml）",
		EN: "it is a zip archive without a workbook (no xl/workbook.xml)",
	},
	"sheet.notXLSX": {
		ZH: "不是 Excel 工作簿（.xlsx）：%s；请从 Excel 另存为 .xlsx",
		EN: "not an Excel workbook (.xlsx): %s; save it from Excel as .xlsx",
	},
	"sheet.gPartDamaged": {
		ZH: "%s 已损坏（%v）；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "%s is damaged (%v); open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gSheets": {
		ZH: "工作簿有 %d 张工作表，超过 %d 张（上限）；监测工作簿只有几张——请确认文件是否正确",
		EN: "the workbook has %d sheets, more than %d (the limit); a monitoring workbook has a few — is this the right file?",
	},
	"sheet.gSheetName": {
		ZH: "有一张工作表的名称超过 %d 个字符（%s）；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "a sheet's name is longer than %d characters (%s); the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gSheetTwice": {
		ZH: "有两张工作表都名为 %q（不区分大小写）；请在 Excel 中把其中一张改名，再保存工作簿",
		EN: "two sheets are named %q (in any case); rename one in Excel and save the workbook again",
	},
	"sheet.gSheetXML": {
		ZH: "无法读取该工作表的 XML：%v；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "cannot read the sheet's XML: %v; open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gArray": {
		ZH: "工作簿的数组公式覆盖了超过 %d 个单元格",
		EN: "the workbook's array formulas cover more than %d cells",
	},
	"sheet.gStyles": {
		ZH: "xl/styles.xml 已损坏（%v）；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "xl/styles.xml is damaged (%v); open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gCellFormats": {
		ZH: "xl/styles.xml 中的单元格格式超过 %d 种（上限；Excel 自身为 64,000）；请把表格复制到新工作簿（粘贴为数值）后重新设置格式",
		EN: "xl/styles.xml has more than %d cell formats (the limit; Excel's own is 64,000); copy the table into a new workbook (粘贴为数值) and format it again",
	},
	"sheet.gNumFormats": {
		ZH: "xl/styles.xml 中的数字格式超过 %d 种（上限）；请把表格复制到新工作簿（粘贴为数值）后重新设置格式",
		EN: "xl/styles.xml has more than %d number formats (the limit); copy the table into a new workbook (粘贴为数值) and format it again",
	},
	"sheet.gShared": {
		ZH: "xl/sharedStrings.xml 已损坏（%v）；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "xl/sharedStrings.xml is damaged (%v); open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gSharedCount": {
		ZH: "xl/sharedStrings.xml 中的字符串超过 %d 个（上限）；监测工作簿只有几百个——请确认文件是否正确",
		EN: "xl/sharedStrings.xml has more than %d strings (the limit); a monitoring workbook has some hundreds — is this the right file?",
	},
	"sheet.gSharedSize": {
		ZH: "共享字符串（xl/sharedStrings.xml）超过 %d 个字符（上限）；监测工作簿要少得多——请确认文件是否正确",
		EN: "the shared strings (xl/sharedStrings.xml) hold more than %d characters (the limit); a monitoring workbook holds far fewer — is this the right file?",
	},
	"sheet.gUTF8Big": {
		ZH: "以 UTF-8 计大于 %s",
		EN: "larger than %s in UTF-8",
	},
	"sheet.gXMLLine": {
		ZH: "该工作表的 XML 已损坏（第%d行：%s）；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "the sheet's XML is damaged (line %d: %s); open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gXML": {
		ZH: "该工作表的 XML 已损坏（%v）；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "the sheet's XML is damaged (%v); open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gXMLClose": {
		ZH: "该工作表的 XML 已损坏（元素 %s 被 </%s> 关闭）；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "the sheet's XML is damaged (element %s closed by </%s>); open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gXMLEnd": {
		ZH: "该工作表的 XML 已损坏（在 <%s> 内部结束）；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "the sheet's XML is damaged (it ends inside <%s>); open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.gXMLElems": {
		ZH: "该工作表的 XML 元素超过 %d 个（上限，由 MaxCells 而来）；请删除表格周围的行和列",
		EN: "the sheet's XML has more than %d elements (the limit, from MaxCells); delete the rows and columns around the table",
	},
	"sheet.gElemInCell": {
		ZH: "单元格内有一个 <%s> 元素；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "a <%s> element inside the cell; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gTwoData": {
		ZH: "该工作表的 XML 有两个 <sheetData> 部分；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "the sheet's XML has two <sheetData> parts; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gRowOutside": {
		ZH: "有一行在工作表数据之外；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "a row outside the sheet's data; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gCellOutside": {
		ZH: "有一个单元格不在任何行中；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "a cell outside any row; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gCells": {
		ZH: "该工作表超过 %d 个单元格（包括设了格式的空单元格，上限）；请删除表格周围的行和列，或把表格复制到新工作簿",
		EN: "the sheet has more than %d cells, counting the empty ones that have a format (the limit); delete the rows and columns around the table, or copy the table into a new workbook",
	},
	"sheet.gRows": {
		ZH: "超过 %d 行；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "more than %d rows; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gRowNum": {
		ZH: "有一行的行号为 %s；行号应为 1 到 %d——文件已损坏，请在 Excel 中打开，再另存为 .xlsx",
		EN: "a row numbered %s; rows are numbered 1 to %d — the file is damaged, open it in Excel and save it again as .xlsx",
	},
	"sheet.gRowTwice": {
		ZH: "第%d行在该工作表的 XML 中写了两次（两个行号相同的 <row> 元素）；文件已损坏——请在 Excel 或 LibreOffice 中打开，再另存为 .xlsx",
		EN: "row %d is written twice in the sheet's XML (two <row> elements with the same number); the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx",
	},
	"sheet.gRowOrder": {
		ZH: "第%d行在该工作表的 XML 中写在第%d行之后（行的顺序错乱）；文件已损坏——请在 Excel 或 LibreOffice 中打开，再另存为 .xlsx",
		EN: "row %d is written after row %d in the sheet's XML (rows out of order); the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx",
	},
	"sheet.gCellName": {
		ZH: "第%[2]d行中有一个名为 %[1]s 的单元格；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "a cell named %s in row %d; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gCellInRow": {
		ZH: "该单元格写在第%d行内；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "the cell is written inside row %d; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gBeyondXFD": {
		ZH: "第%d行中有单元格超出 XFD 列；文件已损坏",
		EN: "a cell beyond column XFD in row %d; the file is damaged",
	},
	"sheet.gCellTwice": {
		ZH: "该单元格在工作表的 XML 中写了两次；文件已损坏——请在 Excel 或 LibreOffice 中打开，再另存为 .xlsx",
		EN: "the cell is written twice in the sheet's XML; the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx",
	},
	"sheet.gCellOrder": {
		ZH: "该单元格在工作表的 XML 中写在 %s 之后（单元格顺序错乱）；文件已损坏——请在 Excel 或 LibreOffice 中打开，再另存为 .xlsx",
		EN: "the cell is written after %s in the sheet's XML (cells out of order); the file is damaged — open it in Excel or LibreOffice and save it again as .xlsx",
	},
	"sheet.gNested": {
		ZH: "该单元格的值嵌在另一个元素中；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "the cell's value is nested in another element; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gTwoValues": {
		ZH: "该单元格有两个值或两个公式；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "the cell has two values or two formulas; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gType": {
		ZH: "该单元格的类型 %s 无法识别；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "the cell has the unknown type %s; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gStyle": {
		ZH: "该单元格的样式 %s 不是数字；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "the cell's style %s is not a number; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gCellLong": {
		ZH: "该单元格有 %d 个字符，超过 %d 个（Excel 对单元格的限制）；请确认文件是否正确",
		EN: "the cell holds %d characters, more than %d (Excel's limit for a cell); is this the right file?",
	},
	"sheet.gFormulaLong": {
		ZH: "该单元格的公式长 %d 个字符，超过 %d 个（Excel 的限制）；文件已损坏",
		EN: "the cell's formula is %d characters long, more than %d (Excel's limit); the file is damaged",
	},
	"sheet.gSSTIndex": {
		ZH: "该单元格的共享字符串序号 %s 不是数字；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "the cell's shared-string index %s is not a number; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gSSTRange": {
		ZH: "该单元格引用了第 %d 个共享字符串，而工作簿只有 %d 个（xl/sharedStrings.xml）；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "the cell refers to shared string %d, but the workbook has %d (xl/sharedStrings.xml); the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gRowsContent": {
		ZH: "该工作表有内容的行超过 %d 行；监测工作表每项指标每年一行——请删除表格下方的行（选中后删除行）",
		EN: "the sheet has more than %d rows with content; a monitoring sheet has one row per indicator and year — delete the rows below the table (select them, then 删除行)",
	},
	"sheet.gSpan": {
		ZH: "该工作表超过 %d 个单元格（到第%d行为止，每行到其最后一个有内容的单元格）；请删除表格周围的行和列",
		EN: "the sheet spans more than %d cells (its rows up to %d, each up to its last cell with content); delete the rows and columns around the table",
	},
	"sheet.gMerges": {
		ZH: "该工作表的合并区域超过 %d 个；请取消合并",
		EN: "the sheet has more than %d merged ranges; unmerge them (取消合并)",
	},
	"sheet.gMergeBad": {
		ZH: "合并区域 %s 不是一个区域；文件已损坏——请在 Excel 中打开，再另存为 .xlsx",
		EN: "a merged range %s that is not a range; the file is damaged — open it in Excel and save it again as .xlsx",
	},
	"sheet.gOverlap": {
		ZH: "合并区域 %s 与 %s 相互重叠；请把两者都取消合并，再不重叠地重新合并",
		EN: "the merged ranges %s and %s overlap; unmerge both (取消合并) and merge again without overlap",
	},
	"sheet.numRange": {
		ZH: "%s 超出范围",
		EN: "%s is out of range",
	},
	"sheet.notNumberWhy": {
		ZH: "%s 不是数：%s",
		EN: "%s is not a number: %s",
	},
	"sheet.notNumber": {
		ZH: "%s 不是数",
		EN: "%s is not a number",
	},
	"sheet.sepRule": {
		ZH: "千位分隔符必须三位一组，如 8,504.6",
		EN: "thousands separators must group three digits, as in 8,504.6",
	},
	"sheet.pNotReport": {
		ZH: "不是 plancheck 的 Excel 报告：没有 指标评估 工作表，也没有自定义属性 ",
		EN: "not plancheck's Excel report: it has no sheet 指标评估 and no custom property ",
	},
	"sheet.pMonitoring": {
		ZH: "是监测工作簿（有 指标数据 工作表），不是 plancheck 的 Excel 报告",
		EN: "a monitoring workbook (it has the sheet 指标数据), not plancheck's Excel report",
	},
	"sheet.pTakes": {
		ZH: "%s；--previous 应给出 plancheck 写出的上一年度报告（<plan>_<year>.xlsx，或其 .json）；该工作簿的工作表有 %s",
		EN: "%s; --previous takes last year's report as plancheck wrote it (<plan>_<year>.xlsx, or its .json); the workbook's sheets are %s",
	},
	"sheet.pOtherPlan": {
		ZH: "这是规划 %s 的报告（自定义属性 %s），不是 %s 的；请给出 %s 上一年度的报告",
		EN: "this is the report of the plan %s (custom property %s), not of %s; give last year's report of %s",
	},
	"sheet.pNoAssess": {
		ZH: "这是 plancheck 的 Excel 报告，但没有 指标评估 工作表；请使用 plancheck 写出的原报告（该工作簿的工作表有 %s）",
		EN: "plancheck's Excel report without its sheet 指标评估; use the report as plancheck wrote it (the workbook's sheets are %s)",
	},
	"sheet.pNoSheet": {
		ZH: "这是 plancheck 的 Excel 报告，但没有 %s 工作表（被改名或删除）；请把工作表重新命名为 %s，或改给该报告的 .json（该工作簿的工作表有 %s）",
		EN: "plancheck's Excel report without its sheet %s (renamed or deleted); name the sheet %s again, or give the report's .json instead (the workbook's sheets are %s)",
	},
	"sheet.pNoYear": {
		ZH: "该报告没有记录其评估年度（既没有自定义属性 %s，也没有“状态调整(2024年)”这样的表头）；请改给其 .json，或 plancheck 写出的原报告",
		EN: "the report does not record its evaluation year (neither the custom property %s nor a header such as 状态调整(2024年)); give its .json instead, or the report as plancheck wrote it",
	},
	"sheet.pNoID": {
		ZH: "分析意见所在行没有编号；请写在其指标所在的行",
		EN: "a 分析意见 in a row without 编号; write it in the row of its indicator",
	},
	"sheet.pUnknown": {
		ZH: "分析意见旁的指标 %s 不存在：规划中没有这项指标；请给出本规划（%s）上一年度的报告",
		EN: "unknown indicator %s next to a 分析意见: the plan has no such indicator; give last year's report of this plan (%s)",
	},
	"sheet.pProblemNoID": {
		ZH: "问题 %s 没有编号；请保留 plancheck 写出的编号",
		EN: "the problem %s has no 编号; keep the 编号 plancheck wrote",
	},
	"sheet.pTask": {
		ZH: "重点任务",
		EN: "key task",
	},
	"sheet.pProject": {
		ZH: "重大项目",
		EN: "major project",
	},
	"sheet.pUnknownOf": {
		ZH: "%[1]s %[2]s 不存在：规划 %[3]s 中没有这个%[4]s；请给出本规划上一年度的报告",
		EN: "unknown %s %s: the plan %s has no such %s; give last year's report of this plan",
	},
	"sheet.pRule": {
		ZH: "规则 %s 不是 plancheck 的规则：请按 plancheck 的写法填写，从 %s 中选一个或多个，以“、”连接",
		EN: "规则 %s is not plancheck's: write the rules as plancheck did, one or more of %s joined by 、",
	},
	"sheet.pStatus": {
		ZH: "状态 %s 不是评估状态；请保留 plancheck 写出的状态",
		EN: "状态 %s is not a status; keep the status plancheck wrote",
	},
	"sheet.propNoID": {
		ZH: "处理方式或理由所在行没有编号；请写在其指标所在的行",
		EN: "a handling or reason in a row without 编号; write it in the row of its indicator",
	},
	"sheet.propUnknown": {
		ZH: "处理方式或理由旁的指标 %s 不存在；请保留 plancheck 写出的编号",
		EN: "unknown indicator %s next to a handling or reason; keep the 编号 plancheck wrote",
	},
	"sheet.propBad": {
		ZH: "指标 %[2]q（%[3]s）的%[1]s；请从 %[4]s 中选择一个",
		EN: "%s for indicator %q (%s); write one of %s",
	},
	"sheet.propWas": {
		ZH: "plancheck 的建议 %s",
		EN: "plancheck's proposal %s",
	},
	"sheet.propProposed": {
		ZH: "plancheck 拟定的处理方式（拟定处理方式为空或无法识别）",
		EN: "what plancheck proposed (拟定处理方式 is empty or unknown)",
	},
	"sheet.propNoReason": {
		ZH: "指标 %[2]q（%[3]s）的建议处理方式 %[1]s 改变了%[4]s，但没有理由；请在 %[5]s 中写明理由，或恢复原建议",
		EN: "建议处理方式 %s for indicator %q (%s) changes %s but has no 理由; write the reason in %s, or restore the proposal",
	},
	"sheet.propsBig": {
		ZH: "工作簿的自定义文档属性（docProps/custom.xml）超过 %d KiB；请删除这些属性（文件 → 属性 → 自定义）后重新保存工作簿",
		EN: "the workbook's custom document properties (docProps/custom.xml) take more than %d KiB; delete them (文件 → 属性 → 自定义) and save the workbook again",
	},
	"sheet.propsRead": {
		ZH: "无法读取工作簿的自定义文档属性：%v；请从 Excel 重新保存工作簿",
		EN: "cannot read the workbook's custom document properties: %v; save the workbook again from Excel",
	},
	"sheet.propsYear": {
		ZH: "自定义文档属性 %s 的值为 %s，不是 2024 这样的年份；它是 plancheck 记录的报告评估年度——请恢复或删除它（文件 → 属性 → 自定义）",
		EN: "the custom document property %s is %s, not a year such as 2024; it is plancheck's record of the report's evaluation year — restore it or delete it (文件 → 属性 → 自定义)",
	},
	"sheet.rReport": {
		ZH: "plancheck 的 Excel 报告",
		EN: "plancheck's Excel report",
	},
	"sheet.rReportOf": {
		ZH: "plancheck 的 %d 年 Excel 报告",
		EN: "plancheck's Excel report of %d",
	},
	"sheet.rMissing": {
		ZH: "这是 %s，但其中的 %s 工作表缺失（被改名或删除）；请把工作表重新命名为 %s，或使用 plancheck 写出的原报告（该工作簿的工作表有 %s）",
		EN: "this is %s, but its sheet %s is missing (renamed or deleted); name the sheet %s again, or use the report as plancheck wrote it (the workbook's sheets are %s)",
	},
	"sheet.theWorkbook": {
		ZH: "工作簿",
		EN: "the workbook",
	},
	"sheet.libFailed": {
		ZH: "无法读取该工作簿：Excel 读取库出错（%v）；请在 Excel 中打开，另存为 .xlsx 后重试",
		EN: "cannot read this workbook: the Excel library failed (%v); open it in Excel, save it again as .xlsx and retry",
	},
	"sheet.xlsxEmpty": {
		ZH: "文件为空；请从 Excel 把工作簿另存为 .xlsx",
		EN: "the file is empty; save the workbook from Excel as .xlsx",
	},
	"sheet.xlsxTooBig": {
		ZH: "文件大于 %d MiB；监测工作簿要小得多——请确认文件是否正确",
		EN: "the file is larger than %d MiB; a monitoring workbook is far smaller — is this the right file?",
	},
	"sheet.xlsOrPassword": {
		ZH: "不是 Excel 工作簿（.xlsx）：它是 Excel 97–2003 文件（.xls）或设了密码的工作簿；如有密码请去掉，再从 Excel 另存为 .xlsx",
		EN: "not an Excel workbook (.xlsx): it is an Excel 97–2003 file (.xls) or a workbook protected by a password; remove the password if it has one and save it from Excel as .xlsx",
	},
	"sheet.looksText": {
		ZH: "（看起来是文本文件，比如改名为 .xlsx 的 CSV 文件）",
		EN: " (it looks like a text file, such as a CSV file renamed to .xlsx)",
	},
	"sheet.notXLSXHint": {
		ZH: "不是 Excel 工作簿（.xlsx）：%v%s；请从 Excel 另存为 .xlsx",
		EN: "not an Excel workbook (.xlsx): %v%s; save it from Excel as .xlsx",
	},
	"sheet.notXLSXPassword": {
		ZH: "不是 Excel 工作簿（.xlsx）：%v；如有密码请去掉，再从 Excel 另存为 .xlsx",
		EN: "not an Excel workbook (.xlsx): %v; remove the password if it has one and save it from Excel as .xlsx",
	},
	"sheet.unzipBig": {
		ZH: "工作簿解压后大于 %d MiB；监测工作簿要小得多——请确认文件是否正确",
		EN: "the workbook is larger than %d MiB once unpacked; a monitoring workbook is far smaller — is this the right file?",
	},
	"sheet.cannotReadBook": {
		ZH: "无法读取该工作簿（.xlsx）：%v；请在 Excel 中打开，再另存为 .xlsx",
		EN: "cannot read this workbook (.xlsx): %v; open it in Excel and save it again as .xlsx",
	},
	"sheet.isXLSB": {
		ZH: "它是 Excel 二进制工作簿（.xlsb）",
		EN: "it is an Excel binary workbook (.xlsb)",
	},
	"sheet.isODS": {
		ZH: "它是 OpenDocument 文件（.ods）",
		EN: "it is an OpenDocument file (.ods)",
	},
	"sheet.isDOCX": {
		ZH: "它是 Word 文档（.docx）",
		EN: "it is a Word document (.docx)",
	},
	"sheet.maxErrors": {
		ZH: "问题超过 %d 个；请先改正这些，再重新读取该工作簿",
		EN: "more than %d problems; fix these and read the workbook again",
	},
	"sheet.secondSheet": {
		ZH: "%s 有第二张工作表（第一张是 %q）；请只保留一张",
		EN: "a second sheet for %s (the first is %q); keep one",
	},
	"sheet.inAll": {
		ZH: "…（共 %d 张）",
		EN: "… (%d in all)",
	},
	"sheet.noSheet": {
		ZH: "没有名为 指标数据、%s 或 参照数据（或 indicators、requirements、references）的工作表；该工作簿的工作表有 %s",
		EN: "no sheet named 指标数据, %s or 参照数据 (or indicators, requirements, references); the workbook's sheets are %s",
	},
	"sheet.tNotListed": {
		ZH: "无法读取该工作表：工作簿中没有列出它",
		EN: "cannot read the sheet: the workbook does not list it",
	},
	"sheet.tCannotRead": {
		ZH: "无法读取该工作表：%v",
		EN: "cannot read the sheet: %v",
	},
	"sheet.tRow": {
		ZH: "无法读取第%d行：%v",
		EN: "cannot read row %d: %v",
	},
	"sheet.tStopped": {
		ZH: "无法读取该工作表第%d行之后的内容：Excel 读取库在此停止；请在 Excel 中打开该工作簿，再另存为 .xlsx",
		EN: "cannot read the sheet past row %d: the Excel library stopped there; open the workbook in Excel and save it again as .xlsx",
	},
	"sheet.tNoHeader": {
		ZH: "没有表头行：前 %d 行中没有一行有 %s 列；表头应依次写明 %s、年份 和 %s 列（见模板）",
		EN: "no header row: none of the first %d rows has a %s column; the header names the columns %s, 年份 and %s (see the template)",
	},
	"sheet.tHeaderDate": {
		ZH: "该表头是日期，显示为 %s，不是年份；请只填年份，如 2023 或 2023年，或把单元格格式设为只显示年份（yyyy）",
		EN: "the header is a date, shown as %s, not a year; type the year alone, such as 2023 or 2023年, or format the cell to show only the year (yyyy)",
	},
	"sheet.tHeaderLikeDate": {
		ZH: "表头 %q 像是日期，不是年份；每年一列的表头请只写年份，如 2023 或 2023年",
		EN: "the header %q looks like a date, not a year; head each year's column with the year alone, such as 2023 or 2023年",
	},
	"sheet.tYearTwice": {
		ZH: "%d 年有第二列（第一列是 %s）；请只保留一列",
		EN: "a second column for %d (the first is %s); keep one",
	},
	"sheet.tColTwice": {
		ZH: "有第二个 %s 列（第一个是 %s）；请只保留一个",
		EN: "a second %s column (the first is %s); keep one",
	},
	"sheet.tNoValueCol": {
		ZH: "表头有 %s 和 年份，但没有 %s 列",
		EN: "the header has %s and 年份 but no %s column",
	},
	"sheet.tNoYears": {
		ZH: "表头有 %s，但没有 年份 和 %s 列，也没有各年份的列（2023、2023年……）；见模板",
		EN: "the header has %s but no 年份 and %s columns, and no year columns (2023, 2023年, …); see the template",
	},
	"sheet.tMerged": {
		ZH: "表格中有合并单元格；请取消合并，并把每个单元格都填上",
		EN: "merged cells in the table; unmerge them (取消合并) and fill in every cell",
	},
	"sheet.kNoHeader": {
		ZH: "前 %[2]d 行中没有含 %[1]s 的表头行；该工作表的列见 docs/FORMAT.md",
		EN: "no header row with %s in the first %d rows; see the sheet's columns in docs/FORMAT.md",
	},
	"sheet.notYear": {
		ZH: "%q 不是年份；请写成数字，如 %d",
		EN: "%q is not a year; write it as a number, such as %d",
	},
	"sheet.kYearOutside": {
		ZH: "年份 %d 不在规划年度 %d–%d 之内",
		EN: "year %d is outside the plan's years %d–%d",
	},
	"sheet.kNotNumber": {
		ZH: "%q 不是数（%s；不知道的请留空）",
		EN: "%q is not a number (%s; leave it empty if not known)",
	},
	"sheet.kUnknownTask": {
		ZH: "任务 %q 不存在；规划的任务编号形如 %s",
		EN: "unknown task %q; the plan's tasks are numbered like %s",
	},
	"sheet.kProgress": {
		ZH: "进展状态 %q 不是 已完成、按计划推进、滞后、未启动 之一",
		EN: "进展状态 %q is not one of 已完成、按计划推进、滞后、未启动",
	},
	"sheet.kPercent": {
		ZH: "完成比例是百分数，如 60",
		EN: "完成比例 is a percentage such as 60",
	},
	"sheet.kPercentRange": {
		ZH: "完成比例 %s 不在 0–100 之间",
		EN: "完成比例 %s is outside 0–100",
	},
	"sheet.kTaskTwice": {
		ZH: "任务 %q 的 %d年 填报了两次（另见 %s）；请只保留一行",
		EN: "task %q, %d年 is reported twice (also at %s); keep one row",
	},
	"sheet.kUnknownProject": {
		ZH: "项目 %q 不存在",
		EN: "unknown project %q",
	},
	"sheet.kInvestUnit": {
		ZH: "完成投资以亿元计",
		EN: "完成投资 is in 亿元",
	},
	"sheet.kInvestNeg": {
		ZH: "完成投资 %s 为负数",
		EN: "完成投资 %s is negative",
	},
	"sheet.kMilestone": {
		ZH: "节点完成 %q 不是“是/否”；请填“是”或“否”",
		EN: "节点完成 %q is not yes/no; write 是 or 否",
	},
	"sheet.kProjectTwice": {
		ZH: "项目 %q 的 %d年 填报了两次（另见 %s）；请只保留一行",
		EN: "project %q, %d年 is reported twice (also at %s); keep one row",
	},
	"sheet.kNoTasks": {
		ZH: "（规划中没有任务）",
		EN: "(the plan lists no tasks)",
	},
	"sheet.vNoID": {
		ZH: "没有%s，但该行的 %s 中有值；请填写 id 或删除该行",
		EN: "no %s, but the row has a value in %s; write the id or delete the row",
	},
	"sheet.vUnitNone": {
		ZH: "填了单位 %q，但%s没有单位；请让 %s 单元格留空",
		EN: "unit %q given, but %s has no unit; leave the %s cell empty",
	},
	"sheet.vUnitDiffers": {
		ZH: "单位 %q 与规划中%[3]s的单位 %[2]q 不同；请把数值换算为%[4]s，并写这个单位",
		EN: "unit %q differs from the plan's unit %q for %s; convert the value to %s and write that unit",
	},
	"sheet.vNoYear": {
		ZH: "%s 中的数值没有年份；请填写年份，如 %d",
		EN: "no 年份 for the value in %s; write the year, such as %d",
	},
	"sheet.vDateYear": {
		ZH: "该单元格是日期，显示为 %s，不是年份；请只填年份，如 %d，或把单元格格式设为只显示年份（yyyy）",
		EN: "the cell is a date, shown as %s, not a year; write the year alone, such as %d, or format the cell to show only the year (yyyy)",
	},
	"sheet.vYearOutside": {
		ZH: "年份 %d 不在规划期 %d–%d 之内",
		EN: "year %d is outside the plan period %d–%d",
	},
	"sheet.vConflict": {
		ZH: "%[1]s，%[2]d：此处为 %[3]q，而 %[5]s!%[6]s 为 %[4]q；请只保留其一",
		EN: "%s, %d: %q here but %q at %s!%s; keep one of them",
	},
	"sheet.vRefName": {
		ZH: "参照 %q 不存在；这是参照 %q 的名称——请填写其 id",
		EN: "unknown reference %q; that is the name of reference %q — write its id",
	},
	"sheet.vRefNone": {
		ZH: "参照 %q 不存在；规划中没有列出参照",
		EN: "unknown reference %q; the plan lists no references",
	},
	"sheet.vRefUnknown": {
		ZH: "参照 %q 不存在；规划的参照有 %s",
		EN: "unknown reference %q; the plan's references are %s",
	},
	"sheet.vIndName": {
		ZH: "指标 %q 不存在；这是指标 %q 的名称——请填写其 id",
		EN: "unknown indicator %q; that is the name of indicator %q — write its id",
	},
	"sheet.vIndUnknown": {
		ZH: "指标 %q 不存在；规划的指标有 %s",
		EN: "unknown indicator %q; the plan's indicators are %s",
	},
	"sheet.vInAll": {
		ZH: "（共 %d 项）",
		EN: " (%d in all)",
	},
	"sheet.vDateNumber": {
		ZH: "该单元格是日期，显示为 %s，不是数；请按数字填写数值（如果 Excel 把它变成了日期，请把单元格格式设为 常规 或 数值）",
		EN: "the cell is a date, shown as %s, not a number; type the value as a number (and format the cell as 常规 or 数值 if Excel turned it into a date)",
	},
	"sheet.vErrorValue": {
		ZH: "该单元格显示错误 %s；请改正公式或直接填写数值",
		EN: "the cell shows the error %s; correct the formula or type the value",
	},
	"sheet.vYesNo": {
		ZH: "%q 不是对%s的“是/否”回答；请从 %s 中选填",
		EN: "%q is not a yes/no answer for %s; write one of %s",
	},
	"sheet.vYesNoNumber": {
		ZH: "%s 是“是/否”类指标：请填“是”（1）或“否”（0），而不是 %q（可接受：%s）",
		EN: "%s is yes/no: write 是 (1) or 否 (0), not %q (accepted: %s)",
	},
	"sheet.vScaled": {
		ZH: "该单元格的值是 %s，但其数字格式 %s 将它显示为除以 %d 后的数；请按本来的数值填写，并把单元格格式设为 常规 或 数值",
		EN: "the cell holds %s, but its number format %s shows it divided by %d; type the value as it is meant and format the cell as 常规 or 数值",
	},
	"sheet.vPercentFormat": {
		ZH: "（该单元格设为百分比格式）",
		EN: " (the cell is formatted as a percentage)",
	},
	"sheet.vPercentNoUnit": {
		ZH: "%q 是百分数%s，但%s没有单位",
		EN: "%q is a percentage%s, but %s has no unit",
	},
	"sheet.vPercentUnit": {
		ZH: "%q 是百分数%s，但规划中%s的单位是 %s；请把数值换算为%s",
		EN: "%q is a percentage%s, but the plan's unit for %s is %s; convert the value to %s",
	},
	"sheet.vHasUnit": {
		ZH: "%q 带有单位（%s），但%s没有单位；请只填数字",
		EN: "%q has a unit (%s), but %s has none; write the number alone",
	},
	"sheet.vUnitDiffersAt": {
		ZH: "%[1]q：单位 %[2]q 与规划中%[4]s的单位 %[3]q 不同；请把数值换算为%[5]s",
		EN: "%q: unit %q differs from the plan's unit %q for %s; convert the value to %s",
	},
	"sheet.vLeaveEmpty": {
		ZH: "%v（如果数据尚未取得，请留空或填“待补”）",
		EN: "%v (leave it empty or write 待补 if the figure is not available yet)",
	},
	"sheet.vNoSaved": {
		ZH: "公式 =%s 没有保存的值，另有 %d 个公式也没有；请在 Excel 或 LibreOffice 中打开并保存该工作簿，以便保存这些值",
		EN: "the formula =%s has no saved value, nor have %d others; open the workbook in Excel or LibreOffice and save it, so that the values are saved",
	},
	"sheet.vCannotCalc": {
		ZH: "公式 =%s 没有保存的值，这里也无法计算（%s）；请在 Excel 或 LibreOffice 中打开并重新保存该工作簿以保存这些值，或直接填写数值",
		EN: "the formula =%s has no saved value and cannot be calculated here (%s); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value",
	},
	"sheet.vChain": {
		ZH: "公式 =%s 没有保存的值，且依赖一条 %d 个公式的链，超过 %d 个（上限）；请在 Excel 或 LibreOffice 中打开并重新保存该工作簿，以便保存这些值",
		EN: "the formula =%s has no saved value and depends on a chain of %d formulas, more than %d (the limit); open the workbook in Excel or LibreOffice and save it again so the values are saved",
	},
	"sheet.vCannotCalcErr": {
		ZH: "公式 =%s 没有保存的值，这里也无法计算（%v）；请在 Excel 或 LibreOffice 中打开并重新保存该工作簿以保存这些值，或直接填写数值",
		EN: "the formula =%s has no saved value and cannot be calculated here (%v); open the workbook in Excel or LibreOffice and save it again so the values are saved, or type the value",
	},
	"sheet.vLibFailed": {
		ZH: "Excel 读取库出错：%v",
		EN: "the Excel library failed: %v",
	},
}
