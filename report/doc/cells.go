package doc

import (
	"path"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/zh"
)

// nameUnit is an indicator's name with its unit: 常住人口规模（万人）.
func (b *builder) nameUnit(ind *eval.IndicatorResult) string {
	if ind.Unit == "" || strings.Contains(ind.Name, ind.Unit) {
		return Normalize(ind.Name)
	}
	return Normalize(b.label("name.unit", [2]string{ind.Name, ind.Unit}))
}

// attr is 约束性 or 预期性.
func (b *builder) attr(ind *eval.IndicatorResult) string {
	if ind.Binding {
		return b.title("attr.binding")
	}
	return b.title("attr.expected")
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return Normalize(s)
}

// statusCell is an indicator's status; an analyst's manual status says
// so, so that no reader takes it for the rules' judgment.
func (b *builder) statusCell(ind *eval.IndicatorResult) Cell {
	if ind.Status == "" {
		return Cell{Text: "—"}
	}
	c := Cell{Text: ind.Status.Label(), Status: ind.Status}
	if ind.Manual {
		c.Text += b.title("status.manual")
	}
	return c
}

// taskCell is a task's progress.
func (b *builder) taskCell(t *eval.TaskResult) Cell {
	return Cell{Text: b.progressLabel(t.Progress), Task: true, Progress: t.Progress}
}

func (b *builder) progressLabel(p model.Progress) string { return p.Label() }

// projectCell is a project's status, shown as the indicator status it
// resembles.
func (b *builder) projectCell(p *eval.ProjectResult) Cell {
	like := eval.NoData
	switch p.Status {
	case model.ProjectOnTrack:
		like = eval.OnTrack
	case model.ProjectBehind:
		like = eval.Lagging
	}
	return Cell{Text: p.Status.Label(), Status: like}
}

// bandCell is the projection's judgment.
func bandCell(ind *eval.IndicatorResult) Cell { return Cell{Text: orDash(ind.ProjectionBand.Label())} }

// yearCell is an indicator's value in year y, with its decimals, marked
// when it is a sample; the base year falls back on the plan's baseline.
func (b *builder) yearCell(ind *eval.IndicatorResult, y int) Cell {
	for _, yr := range ind.Years {
		if yr.Year != y {
			continue
		}
		switch {
		case yr.Text != "":
			return Cell{Text: Normalize(yr.Text), Sample: yr.Sample}
		case finite(yr.Value):
			return Cell{Text: ind.Format(*yr.Value), Sample: yr.Sample}
		}
	}
	if y == b.res.Plan.BaseYear && finite(ind.Baseline) {
		return Cell{Text: ind.Format(*ind.Baseline)}
	}
	return Cell{Text: "—"}
}

// number is a value of the indicator with its decimals, "—" for none.
func (b *builder) number(ind *eval.IndicatorResult, v *float64) string {
	if !finite(v) {
		return "—"
	}
	return ind.Format(*v)
}

func pctOr(p *float64) string {
	if !finite(p) {
		return "—"
	}
	return zh.Pct(*p)
}

func ratioOr(p *float64) string {
	if !finite(p) {
		return "—"
	}
	return zh.Ratio(*p)
}

// footnote adds the note on sample values to a table that marks some.
func (b *builder) footnote(t *Table, sample bool) {
	if sample {
		t.Notes = append(t.Notes, b.notes("doc_sample_footnote.tmpl", b.base())...)
	}
}

// latest is the latest year with a value, or nil.
func latest(ind *eval.IndicatorResult) *eval.YearResult {
	for i := len(ind.Years) - 1; i >= 0; i-- {
		if finite(ind.Years[i].Value) || ind.Years[i].Text != "" {
			return &ind.Years[i]
		}
	}
	return nil
}

// embedded is how cmd names the files it reads from the binary.
const embedded = "(embedded) "

// source is where a value was read, as the report prints it: the
// workbook's file name (without its folder) and the cell, and the
// embedded sample workbook as 内置示例数据 (the label source.embedded).
func (b *builder) source(at string) string {
	if at == "" {
		return "—"
	}
	file, rest, ok := strings.Cut(at, ": ")
	if !ok {
		file, rest = at, ""
	}
	if strings.HasPrefix(file, embedded) {
		file = b.title("source.embedded")
	} else {
		file = path.Base(strings.ReplaceAll(file, "\\", "/"))
	}
	if rest == "" {
		return Normalize(file)
	}
	return Normalize(b.label("source.cell", [2]string{file, rest}))
}
