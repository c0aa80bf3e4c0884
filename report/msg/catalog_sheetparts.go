package msg

// sheetParts are the messages report/sheet composes of parts: what a file
// is, and how to convert it.
var sheetParts = map[string]Text{
	"sheet.isXLSBRead": {
		ZH: "文件是 Excel 二进制工作簿（.xlsb），plancheck 不读取；%s",
		EN: "the file is an Excel binary workbook (.xlsb), which plancheck does not read; %s",
	},
	"sheet.isODSRead": {
		ZH: "文件是 OpenDocument 电子表格（%s），plancheck 不读取；%s",
		EN: "the file is an OpenDocument spreadsheet (%s), which plancheck does not read; %s",
	},
	"sheet.namedButHTML": {
		ZH: "文件名为 %s，但其实是网页（HTML），像某些系统导出的表格；%s",
		EN: "the file is named %s but is a web page (HTML), as some systems export tables; %s",
	},
	"sheet.namedButNot": {
		ZH: "文件名为 %s，但文件开头不像 Excel 97–2003 或 WPS 工作簿；请在 Excel 或 WPS 中打开，再另存为 .xlsx",
		EN: "the file is named %s but does not start as an Excel 97–2003 or WPS workbook does; open it in Excel or WPS and save it as .xlsx",
	},
	"sheet.namedXLSB": {
		ZH: "文件名为 .xlsb（Excel 二进制工作簿），plancheck 不读取；%s",
		EN: "the file is named .xlsb (an Excel binary workbook), which plancheck does not read; %s",
	},
	"sheet.thisText": {
		ZH: "这是文本文件：如果是另存为 CSV 的工作表，请按其工作表命名为 .csv（如 %s.csv）",
		EN: "this is a text file: if it is a sheet saved as CSV, name it .csv after its sheet (such as %s.csv)",
	},
	"sheet.readsOnly": {
		ZH: "plancheck 读取 Excel 工作簿（.xlsx、.xlsm）和另存为 CSV 的工作表（.csv）；%s",
		EN: "plancheck reads Excel workbooks (.xlsx, .xlsm) and sheets saved as CSV (.csv); %s",
	},
	"sheet.saveOrConvert": {
		ZH: "请用 %s 另存为 .xlsx，或用 LibreOffice 转换为 %s：%s",
		EN: "save it as .xlsx from %s, or convert it to %s with LibreOffice: %s",
	},
	"sheet.fileIs": {
		ZH: "文件是%s，plancheck 不读取；%s",
		EN: "the file is %s, which plancheck does not read; %s",
	},
	"sheet.anXLS":       {ZH: " Excel 97–2003 工作簿（.xls）", EN: "an Excel 97–2003 workbook (.xls)"},
	"sheet.aWPS":        {ZH: " WPS 表格工作簿（%s）", EN: "a WPS 表格 workbook (%s)"},
	"sheet.thoughNamed": {ZH: "，只是文件名为 %s", EN: ", though named %s"},
	"sheet.fromExcelSaveAs": {
		ZH: "Excel（文件 → 另存为 → Excel 工作簿）",
		EN: "Excel (文件 → 另存为 → Excel 工作簿)",
	},
	"sheet.fromWPSSaveAs": {
		ZH: "WPS（文件 → 另存为 → Excel 工作簿）",
		EN: "WPS (文件 → 另存为 → Excel 工作簿)",
	},
	"sheet.noPlan":          {ZH: "没有规划可供对照读取%s", EN: "no plan to read %s against"},
	"sheet.lastYears":       {ZH: "上一年度的报告", EN: "last year's report"},
	"sheet.fromProp":        {ZH: "工作簿的自定义属性 %s", EN: "the workbook's custom property %s"},
	"sheet.fromHeader":      {ZH: "表头 %s", EN: "the header %s"},
	"sheet.none":            {ZH: "没有", EN: "none"},
	"sheet.andMore":         {ZH: "等，另有 %d 张", EN: "and %d more"},
	"sheet.at":              {ZH: "%s：%s", EN: "%s: %s"},
	"sheet.propNotHandling": {ZH: "建议处理方式 %s 不是可选的处理方式", EN: "建议处理方式 %s is not a handling"},
	"sheet.propNoHandling":  {ZH: "理由已填写而建议处理方式为空", EN: "理由 without a 建议处理方式"},
	"sheet.target":          {ZH: "%s %q（%s）", EN: "%s %q (%s)"},
	"sheet.what.indicator":  {ZH: "指标", EN: "indicator"},
	"sheet.what.reference":  {ZH: "参照", EN: "reference"},
}
