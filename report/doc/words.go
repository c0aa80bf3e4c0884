package doc

import (
	"fmt"
	"io/fs"

	"plancheck/report/eval"
)

// Words words single facts of an evaluation the way the report does, for
// the outputs that print them outside the tree: the Excel report's cells,
// the command's listing of findings. It runs the report's own templates
// (templates/doc, which a --templates folder overrides as for Build), so
// that each sentence has one template whatever prints it.
//
// Its methods return "" for what they cannot word; the first template that
// fails to execute is kept and returned by Err, and later calls go on with
// empty text.
type Words struct {
	b *builder
}

// NewWords prepares the wording of res's facts: the embedded doc_*.tmpl,
// with those of override (nil for none) replacing them as Options.Templates
// does for Build. It fails on a nil res or a template that does not parse.
func NewWords(res *eval.Result, override fs.FS) (*Words, error) {
	if res == nil {
		return nil, fmt.Errorf("doc: no evaluation result")
	}
	b, err := newBuilder(res, Options{Templates: override})
	if err != nil {
		return nil, err
	}
	b.prepare()
	return &Words{b: b}, nil
}

// Target is the indicator's target in words (target.<kind> of
// doc_target.tmpl): 2025年达到330万人, 年均增长6%, 累计5000个左右; "" when the
// plan states none.
func (w *Words) Target(ind *eval.IndicatorResult) string { return w.b.target(ind) }

// Required is what the remaining years need for the indicator's target
// (required.<kind> of doc_required.tmpl): 2025年需增长45.1%,
// 2024—2025年需年均增加0.2个百分点; "" when the indicator is not projected.
func (w *Words) Required(ind *eval.IndicatorResult) string { return w.b.required(ind) }

// Finding is a data-quality finding's statement, from its facts
// (finding.<code> of doc_findings.tmpl, else the code's label), without
// its subject: 2023年数据缺失，请补报.
func (w *Words) Finding(f eval.Finding) string { return w.b.finding(f) }

// Subject names what a finding is about (subject.* of doc_labels.tmpl):
// 指标23 名称, 任务3.1.2 名称, 项目P06 名称; "" for none.
func (w *Words) Subject(f eval.Finding) string { return w.b.subject(f) }

// Err is the first error of a template run by the methods, nil when none
// failed.
func (w *Words) Err() error {
	if w.b.err != nil {
		return fmt.Errorf("doc: %w", w.b.err)
	}
	return nil
}
