// Package doc holds the evaluation report as one tree, built once from an
// eval.Result and the sentence templates, and walked by every renderer
// (PDF, Word, HTML): the renderers lay it out, they never decide, count or
// word anything themselves. The tree is a plain data structure, like
// go/ast: parts and sections, paragraphs of runs, tables with column roles,
// figures with a chart spec and a numbered caption, and notes, with break
// hints (keep with next, keep rows together) but no coordinates.
//
// doc imports only the standard library and plancheck's own core packages
// (model, eval, templates), never a renderer.
package doc

import (
	"iter"
	"strings"
	"unicode"

	"plancheck/report/eval"
	"plancheck/report/model"
)

// Document is a whole report.
type Document struct {
	Meta    Meta
	Cover   Cover
	Parts   []*Section // 一、二、…: the body
	Annexes []*Section // 附表1…, after the body; a renderer may set them landscape (Section.Wide)
}

// Meta is what a renderer writes into the file's properties.
type Meta struct {
	Title    string // the report's full title
	Author   string // the plan's issuer
	Subject  string // the plan's name
	Date     string // the report's date, YYYY-MM-DD (UTC), for the file's properties
	Language string // zh-CN
}

// Cover is the title page. Lines are as printed, top to bottom.
type Cover struct {
	Title    string   // e.g. 海淀区“十四五”规划2024年度体检评估报告
	Subtitle string   // e.g. 中期评估 / 年度评估 / 总结评估; "" for none
	Lines    []string // issuer, department (for a department's report)
	Date     string   // as printed: 二〇二五年三月
	Notice   []Run    // e.g. the sample-data statement, printed once; nil for none
	// Issuer is printed at the foot of the cover, above Date; "" for none.
	Issuer string
}

// TitleParts is the cover's title and, apart, a trailing year in brackets
// （2023年度）, which the renderers set on a line of its own; year is ""
// when the title has none.
func (c Cover) TitleParts() (main, year string) {
	main = c.Title
	if i := strings.LastIndex(main, "（"); i > 0 && strings.HasSuffix(main, "）") {
		main, year = main[:i], main[i:]
	}
	return main, year
}

// Section is a numbered part (Level 1: 一、), section (Level 2: （一）),
// subsection (Level 3: 1.) or an annex (Level 1 in Document.Annexes).
// Number is as printed ("一、", "（一）", "附表1"); Title is without it.
type Section struct {
	Number   string
	Title    string
	Level    int
	Blocks   []Block
	Sections []*Section
	// Wide asks for the widest page the renderer has (landscape in the
	// PDF) for a table that needs it.
	Wide bool
}

// Sections are every section of d in the order the document reads them:
// the parts, then the annexes, each section before its subsections.
func (d *Document) Sections() iter.Seq[*Section] {
	return func(yield func(*Section) bool) {
		var walk func(ss []*Section) bool
		walk = func(ss []*Section) bool {
			for _, s := range ss {
				if s == nil {
					continue
				}
				if !yield(s) || !walk(s.Sections) {
					return false
				}
			}
			return true
		}
		_ = walk(d.Parts) && walk(d.Annexes)
	}
}

// Heading is the section's heading as every renderer prints it: its
// number and title, with a full-width space after a number that ends in a
// digit or letter (附表1　部门责任清单), none after 一、 or （一）.
func (s *Section) Heading() string {
	num := strings.TrimSpace(s.Number)
	if num == "" {
		return s.Title
	}
	r := []rune(num)
	if last := r[len(r)-1]; unicode.IsDigit(last) || unicode.IsLetter(last) && last < 0x2e80 {
		return num + "　" + s.Title
	}
	return num + s.Title
}

// Block is a paragraph, a table, a figure, a row of figures or a note.
type Block interface{ block() }

// ParaStyle is what a paragraph is, for the renderer's style sheet.
type ParaStyle int

// The paragraph styles.
const (
	Body     ParaStyle = iota // body text, first line indented two characters
	Lead                      // a part's opening judgment; body text, may be set bold by the renderer
	Comment                   // an analyst's 分析意见, quoted
	Footnote                  // small, under a table or figure, or at the foot of a part
)

// Paragraph is text in runs; a renderer breaks its lines.
type Paragraph struct {
	Style ParaStyle
	Runs  []Run
	// KeepWithNext keeps the paragraph on the page of the block after it
	// (an item heading with its text).
	KeepWithNext bool
}

// Run is a stretch of text with one look. Text is already normalized for
// Chinese typesetting (full-width punctuation between Chinese characters).
type Run struct {
	Text   string
	Bold   bool
	Sample bool // the text is a value marked 示例; renderers add the mark (*)
	// Status is set when the run is a status's label: renderers add the
	// status's marker and may set it in its colour.
	Status eval.Status
}

// ColumnRole says what a column holds, so that a renderer can align it,
// keep its terms whole and choose its width.
type ColumnRole int

// The column roles.
const (
	TextCol   ColumnRole = iota // free text, may wrap anywhere a line may break
	NameCol                     // a name (indicator, task, department): wraps, gets the most room
	TermCol                     // a short term (状态, 属性, 达到市级要求): never broken inside a word
	NumberCol                   // a number as printed, right-aligned
	StatusCol                   // a status label; the cell's Status says which (for marks and colours)
	IDCol                       // an id or number (序号, 编号): narrow, centred
)

// Column is a table column.
type Column struct {
	Title string
	Role  ColumnRole
}

// Cell is one cell's text. Span > 1 merges it across that many columns.
type Cell struct {
	Text   string
	Span   int
	Bold   bool
	Sample bool        // the value is marked 示例
	Status eval.Status // for a StatusCol cell: the status shown; "" for none
	// Task is set on a key task's StatusCol cell; Progress is then the
	// progress shown, "" for not reported (未报送). A major project's
	// status is shown as the indicator status it resembles (Status
	// on_track for 按计划推进, lagging for 进度滞后, no_data for 数据待补).
	Task     bool
	Progress model.Progress
}

// Row is a table row. A Group row is one cell across the table, a heading
// for the rows after it (a category): it stays with the next row.
type Row struct {
	Cells []Cell
	Group bool
	// Note is a remark under the rows before it (one cell across the
	// table, such as what a department reports next year), set small.
	Note bool
}

// Table is a numbered table. Header rows repeat over a page break, where
// the renderer prints 续表 and the number. No row is split over pages.
type Table struct {
	Number  string // 表2-1 / 附表1; "" when a section heading names it
	Title   string
	Columns []Column
	Header  [][]Cell // header rows; nil: one row of the columns' titles
	Rows    []Row
	Notes   []Paragraph // under the table
	// Keep asks that the table not be broken unless it cannot fit a page.
	Keep bool
}

// FigureSize is how much of the line a figure takes.
type FigureSize int

// The figure sizes.
const (
	Full FigureSize = iota // the text width
	Half                   // two a row (small multiples)
)

// Figure is a numbered chart with its caption below.
type Figure struct {
	Number  string // 图2-1
	Caption string // without the number
	Size    FigureSize
	Chart   *eval.Chart // what to draw, as data
	Notes   []Paragraph
}

// Figures is a row (or grid) of Half figures set side by side.
type Figures struct{ Items []*Figure }

func (*Paragraph) block() {}
func (*Table) block()     {}
func (*Figure) block()    {}
func (*Figures) block()   {}
