package doc

import (
	"regexp"
	"strings"
	"testing"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// TestPublicEdition: the public edition's tree (eval.ForEdition's result)
// has none of what a district does not publish — the data-quality annex
// and every sentence about the check (neither 详见附表 nor 未发现问题),
// the departments' scores and next year's duties, cell references, the
// comments not marked public, last year's comments — and says on its
// cover that it is the public edition; the internal tree of the same
// result has them (so that the search proves something), and its dump is
// the goldens' (TestGolden).
func TestPublicEdition(t *testing.T) {
	fx := loadFixture(t)
	const internalComment, publicComment = "仅供内部参考的分析意见。", "可以公开的分析意见。"
	const lastYear = "自贸区企业收入增速持续低于目标，建议研究调整统计口径。"
	withComments := func(res *eval.Result) *eval.Result {
		res.Indicators[0].Comment = internalComment
		res.Indicators[1].Comment, res.Indicators[1].CommentPublic = publicComment, true
		return res
	}
	cases := []struct {
		name  string
		res   func() *eval.Result
		lacks string // what the internal tree does not have either
	}{
		{"2023", func() *eval.Result { return withComments(fx.result(t, 2023)) }, ""},
		{"2024-previous", func() *eval.Result { return withComments(fx.followResult(t, 2024, "12", lastYear)) }, ""},
		{"2025", func() *eval.Result { return withComments(fx.result(t, 2025)) }, "next year's duties"},
		{"2024-tjj", func() *eval.Result {
			res, err := eval.ForDepartment(fx.p, fx.result(t, 2024), "tjj")
			if err != nil {
				t.Fatal(err)
			}
			return res
		}, "a cell reference"},
	}
	// What only the internal edition says (the first five in every case's
	// internal tree but for what it lacks).
	internalOnly := []struct {
		what string
		re   *regexp.Regexp
	}{
		{"the data-quality annex", regexp.MustCompile(`数据质量报告`)},
		{"the check's result", regexp.MustCompile(`数据质量检查(发现|未发现)|未发现问题`)},
		{"a cell reference", regexp.MustCompile(`![A-Z]+[0-9]+|单元格`)},
		{"a department's score", regexp.MustCompile(`得分`)},
		{"next year's duties", regexp.MustCompile(`需报送|需要报送`)},
		{"an internal comment", regexp.MustCompile(regexp.QuoteMeta(internalComment))},
		{"last year's comment", regexp.MustCompile(regexp.QuoteMeta(lastYear) + `|上年意见`)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := c.res()
			internal := dump(t, build(t, eval.ForEdition(res, model.Internal)))
			public := dump(t, build(t, eval.ForEdition(res, model.Public)))
			for _, x := range internalOnly {
				if loc := x.re.FindStringIndex(public); loc != nil {
					t.Errorf("the public tree has %s: …%s…", x.what, around(public, loc[0]))
				}
			}
			// The internal tree has them (where the case has them).
			for _, x := range internalOnly[:5] {
				if x.what != c.lacks && !x.re.MatchString(internal) {
					t.Errorf("the internal tree lacks %s: the case proves nothing", x.what)
				}
			}
			if c.name != "2024-tjj" && !strings.Contains(internal, internalComment) {
				t.Error("the internal tree lacks the internal comment")
			}
			if c.name == "2024-previous" && !strings.Contains(internal, lastYear) {
				t.Error("the internal tree lacks last year's comment")
			}
			// The public tree keeps the public comment, the samples'
			// disclaimers, and says it is the public edition on its cover.
			if c.name != "2024-tjj" && !strings.Contains(public, publicComment) {
				t.Error("the public tree lacks the comment marked public")
			}
			if strings.Contains(internal, "示例") && !strings.Contains(public, "示例") {
				t.Error("the public tree lost the sample disclaimers")
			}
			d := build(t, eval.ForEdition(res, model.Public))
			if !coverHas(d, "公开版") || coverHas(build(t, res), "公开版") || strings.Contains(internal, "公开版") {
				t.Error("the cover of the public edition (only) should say 公开版")
			}
			if !strings.HasSuffix(d.Meta.Title, "（公开版）") || strings.Contains(build(t, res).Meta.Title, "公开版") {
				t.Errorf("the public edition's title (the page's <title>, the files' properties) should end in （公开版）: %q", d.Meta.Title)
			}
			// The annexes are numbered on: 方法说明 takes 数据质量报告's number.
			if n, m := len(d.Annexes), len(build(t, res).Annexes); n != m-1 {
				t.Errorf("public annexes = %d, internal %d; want one fewer", n, m)
			}
		})
	}
}

func coverHas(d *Document, s string) bool {
	for _, l := range d.Cover.Lines {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

// around is the text near byte i, for messages.
func around(s string, i int) string {
	r := []rune(s[max(0, i-60):min(len(s), i+60)])
	return strings.ToValidUTF8(string(r), "")
}
