package msg

// Code written by hand; one entry per message. Keep the verbs of zh and en the same.

var modelTable = map[string]Text{
	"model.fileIDRule": {
		ZH: "用于命名输出文件的 id 只能含 ASCII 字母、数字、“-”、“_”和“.”，不能以“.”开头，最长 64 个字符",
		EN: "an id that names output files may hold only ASCII letters, digits, '-', '_' and '.', must not start with '.', and is at most 64 characters long",
	},
	"model.idEmpty": {
		ZH: "为空",
		EN: "is empty",
	},
	"model.idDot": {
		ZH: "以“.”开头",
		EN: "starts with '.'",
	},
	"model.idHolds": {
		ZH: "第%[2]d个字符是%[1]s",
		EN: "holds %s at character %d",
	},
	"model.idLong": {
		ZH: "长 %d 个字符",
		EN: "is %d characters long",
	},
	"model.fileID": {
		ZH: "%s %s；%s",
		EN: "%s %s; %s",
	},
	"model.space": {
		ZH: "空格",
		EN: "a space",
	},
	"model.control": {
		ZH: "控制字符",
		EN: "a control character",
	},
	"model.bidi": {
		ZH: "双向文本控制字符",
		EN: "a bidirectional control character",
	},
	"model.badText": {
		ZH: "第%[3]d个字符是%[1]s（U+%04[2]X）",
		EN: "%s (U+%04X) at character %d",
	},
	"model.codeLong": {
		ZH: "code %s 超过 %d 个字符；请给出简短的 code，例如 bj.pm25",
		EN: "code %s is longer than %d characters; give a short code such as bj.pm25",
	},
	"model.codePrefix": {
		ZH: "code %s 没有指标体系前缀；请写成 <体系>.<指标>，例如 bj.pm25",
		EN: "code %s has no framework prefix; write <framework>.<indicator>, e.g. bj.pm25",
	},
	"model.codeParts": {
		ZH: "code %s：点号之间的每一段只能含小写 ASCII 字母、数字和 _，并以字母开头，例如 bj.pm25",
		EN: "code %s: each part between dots is lower-case ASCII letters, digits and _ and starts with a letter, e.g. bj.pm25",
	},
}
