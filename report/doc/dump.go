package doc

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"plancheck/report/eval"
)

// Dump writes d as stable, readable text: one line per paragraph, row,
// figure and chart series, indented two spaces per level. It is the form
// in which tests compare documents (golden files), so it shows everything
// a renderer is given: the runs' looks (**bold**, a sample value's {*},
// a status's [id]), the columns' roles, a figure's size and its chart's
// kind, series roles and points. It fails only when w does.
func Dump(w io.Writer, d *Document) error {
	p := &dumper{w: bufio.NewWriter(w)}
	m := d.Meta
	p.line(0, "meta")
	p.line(1, "title: "+m.Title)
	p.line(1, "author: "+m.Author)
	p.line(1, "subject: "+m.Subject)
	p.line(1, "date: "+m.Date)
	p.line(1, "language: "+m.Language)
	c := d.Cover
	p.line(0, "cover")
	p.line(1, "title: "+c.Title)
	p.line(1, "subtitle: "+c.Subtitle)
	for _, l := range c.Lines {
		p.line(1, "line: "+l)
	}
	p.line(1, "issuer: "+c.Issuer)
	p.line(1, "date: "+c.Date)
	if c.Notice != nil {
		p.line(1, "notice: "+dumpRuns(c.Notice))
	}
	for _, s := range d.Parts {
		p.section(0, "part", s)
	}
	for _, s := range d.Annexes {
		p.section(0, "annex", s)
	}
	return p.w.Flush()
}

type dumper struct{ w *bufio.Writer }

func (p *dumper) line(depth int, s string) {
	p.w.WriteString(strings.Repeat("  ", depth))
	p.w.WriteString(strings.ReplaceAll(s, "\n", `\n`))
	p.w.WriteByte('\n')
}

func (p *dumper) section(depth int, kind string, s *Section) {
	head := s.Number + s.Title
	switch {
	case kind == "annex":
		head = "annex " + s.Number + " " + s.Title
	case s.Level <= 1:
		head = "part " + head
	case s.Level == 2:
		head = "section " + head
	default:
		head = "subsection " + head
	}
	if s.Wide {
		head += " [wide]"
	}
	p.line(depth, head)
	for _, b := range s.Blocks {
		p.block(depth+1, b)
	}
	for _, sub := range s.Sections {
		p.section(depth+1, "part", sub)
	}
}

var styleNames = map[ParaStyle]string{Body: "p", Lead: "lead", Comment: "comment", Footnote: "footnote"}

func (p *dumper) para(depth int, x *Paragraph) {
	s := styleNames[x.Style] + ": " + dumpRuns(x.Runs)
	if x.KeepWithNext {
		s += " [keep-with-next]"
	}
	p.line(depth, s)
}

func (p *dumper) block(depth int, b Block) {
	switch x := b.(type) {
	case *Paragraph:
		p.para(depth, x)
	case *Table:
		head := "table"
		if x.Number != "" {
			head += " " + x.Number
		}
		head += " " + x.Title
		if x.Keep {
			head += " [keep]"
		}
		p.line(depth, head)
		cols := make([]string, len(x.Columns))
		for i, c := range x.Columns {
			cols[i] = c.Title + " <" + roleNames[c.Role] + ">"
		}
		p.line(depth+1, "columns: "+strings.Join(cols, " | "))
		for _, h := range x.Header {
			p.line(depth+1, "header: "+dumpCells(h))
		}
		for _, r := range x.Rows {
			kind := "row"
			switch {
			case r.Group:
				kind = "group"
			case r.Note:
				kind = "remark"
			}
			p.line(depth+1, kind+": "+dumpCells(r.Cells))
		}
		for i := range x.Notes {
			p.para(depth+1, &x.Notes[i])
		}
	case *Figure:
		p.figure(depth, x)
	case *Figures:
		p.line(depth, "figures")
		for _, f := range x.Items {
			p.figure(depth+1, f)
		}
	default:
		p.line(depth, fmt.Sprintf("block %T", b))
	}
}

var roleNames = map[ColumnRole]string{TextCol: "text", NameCol: "name", TermCol: "term", NumberCol: "number", StatusCol: "status", IDCol: "id"}

func (p *dumper) figure(depth int, f *Figure) {
	size := "full"
	if f.Size == Half {
		size = "half"
	}
	p.line(depth, fmt.Sprintf("figure %s [%s] %s", f.Number, size, f.Caption))
	p.chart(depth+1, f.Chart)
	for i := range f.Notes {
		p.para(depth+1, &f.Notes[i])
	}
}

func (p *dumper) chart(depth int, c *eval.Chart) {
	if c == nil {
		p.line(depth, "chart: none")
		return
	}
	head := "chart " + string(c.Kind)
	if c.Unit != "" {
		head += " unit=" + c.Unit
	}
	if c.FromYear != 0 || c.ToYear != 0 {
		head += fmt.Sprintf(" years=%d–%d", c.FromYear, c.ToYear)
	}
	if c.Status != "" {
		head += " status=" + string(c.Status)
	}
	head += fmt.Sprintf(" decimals=%d", c.Decimals)
	if len(c.Legend) > 0 {
		head += " legend=" + strings.Join(c.Legend, ",")
	}
	p.line(depth, head)
	for _, s := range c.Series {
		pts := make([]string, len(s.Points))
		for i, pt := range s.Points {
			v := fmt.Sprintf("%d=%s", pt.Year, num(pt.Value))
			if pt.Text != "" {
				v += " " + strconv.Quote(pt.Text)
			}
			if pt.Sample {
				v += " {*}"
			}
			if pt.Done != nil {
				v += fmt.Sprintf(" done=%t", *pt.Done)
			}
			pts[i] = v
		}
		label := ""
		if s.Label != "" {
			label = " " + strconv.Quote(s.Label)
		}
		p.line(depth+1, fmt.Sprintf("series %s%s: %s", s.Role, label, strings.Join(pts, "; ")))
	}
	for _, r := range c.Lines {
		p.line(depth+1, fmt.Sprintf("rule %s %s %q", r.Role, num(r.Value), r.Label))
	}
	for _, g := range c.Bars {
		segs := make([]string, len(g.Segments))
		for i, s := range g.Segments {
			segs[i] = fmt.Sprintf("%s=%d", s.Key, s.N)
		}
		p.line(depth+1, fmt.Sprintf("bar %s: %s", g.Label, strings.Join(segs, " ")))
	}
}

// dumpRuns writes runs as text with their looks: **bold**, a sample
// value followed by {*}, a status's label after its [id].
func dumpRuns(rs []Run) string {
	var b strings.Builder
	for _, r := range rs {
		t := r.Text
		if r.Status != "" {
			t = "[" + string(r.Status) + "]" + t
		}
		if r.Sample {
			t += "{*}"
		}
		if r.Bold {
			t = "**" + t + "**"
		}
		b.WriteString(t)
	}
	return b.String()
}

func dumpCells(cs []Cell) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		t := c.Text
		switch {
		case c.Task:
			p := string(c.Progress)
			if p == "" {
				p = "none"
			}
			t = "[task:" + p + "]" + t
		case c.Status != "":
			t = "[" + string(c.Status) + "]" + t
		}
		if c.Sample {
			t += "{*}"
		}
		if c.Bold {
			t = "**" + t + "**"
		}
		if c.Span > 1 {
			t += fmt.Sprintf(" (span %d)", c.Span)
		}
		out[i] = t
	}
	return strings.Join(out, " | ")
}

// num is a chart's number in the dump: twelve significant digits, so
// that the last bits of a float do not show.
func num(v float64) string { return strconv.FormatFloat(v, 'g', 12, 64) }
