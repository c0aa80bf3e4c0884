// Package plan reads plan.yaml, the description of a five-year plan's
// indicator table (docs/FORMAT.md), into a validated model.Plan.
//
// yaml.v3 is imported here only. Every message names the file and the YAML
// line, and says what was expected, so an analyst can fix the file without
// reading code.
package plan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"plancheck/report/model"
	"plancheck/report/msg"
)

// MaxSize is the largest plan.yaml Parse accepts. Real plans are a few
// hundred kilobytes even with thousands of indicators; a larger file is a
// mistake or an attack (alias bombs expand far beyond their size).
var MaxSize int64 = 8 << 20

// Error is one problem in a plan file, at a line.
type Error struct {
	File string
	Line int // 0 when the problem has no line (a missing section)
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return msg.Sprintf("plan.errLine", safe(e.File), e.Line, safe(e.Msg))
	}
	return msg.Sprintf("plan.err", safe(e.File), safe(e.Msg))
}

// safe escapes what a terminal would act on rather than print — control
// characters (an ANSI escape in a value yaml.v3 quotes), bidirectional
// controls — so that no message prints one raw, whoever wrote its parts.
func safe(s string) string {
	if model.BadText(s, false) == "" {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if model.BadText(string(r), false) != "" {
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ErrorList is every problem found in a plan file, in line order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// The file's shape. Pointers tell "absent" from "zero".
type rawFile struct {
	Plan        rawPlan        `yaml:"plan"`
	Categories  []rawNamed     `yaml:"categories"`
	Departments []rawNamed     `yaml:"departments"`
	Evaluation  rawEval        `yaml:"evaluation"`
	References  []rawReference `yaml:"references"`
	Indicators  []rawIndicator `yaml:"indicators"`
	Tasks       []rawTask      `yaml:"tasks"`
	Projects    []rawProject   `yaml:"projects"`
	Themes      []rawTheme     `yaml:"themes"`
}

type rawTheme struct {
	ID         string   `yaml:"id"`
	Name       string   `yaml:"name"`
	Indicators []string `yaml:"indicators"`
	Tasks      []string `yaml:"tasks"`
}

type rawTask struct {
	ID         string         `yaml:"id"`
	Title      string         `yaml:"title"`
	Chapter    string         `yaml:"chapter"`
	Section    string         `yaml:"section"`
	Source     string         `yaml:"source"`
	Lead       string         `yaml:"lead"`
	Partners   []string       `yaml:"partners"`
	Key        bool           `yaml:"key"`
	Milestones map[int]string `yaml:"milestones"`
	Sample     bool           `yaml:"sample"`
	Note       string         `yaml:"note"`
}

type rawProject struct {
	ID         string                 `yaml:"id"`
	Name       string                 `yaml:"name"`
	Lead       string                 `yaml:"lead"`
	Investment *float64               `yaml:"investment"`
	Years      map[int]rawProjectYear `yaml:"years"`
	Sample     bool                   `yaml:"sample"`
	Note       string                 `yaml:"note"`
}

type rawProjectYear struct {
	Investment float64 `yaml:"investment"`
	Milestone  string  `yaml:"milestone"`
}

type rawPlan struct {
	ID          string `yaml:"id"`
	Name        string `yaml:"name"`
	ShortName   string `yaml:"short_name"`
	Region      string `yaml:"region"`
	Issuer      string `yaml:"issuer"`
	BaseYear    int    `yaml:"base_year"`
	TargetYear  int    `yaml:"target_year"`
	MidtermYear int    `yaml:"midterm_year"`
}

type rawNamed struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
}

type rawReference struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	Unit string `yaml:"unit"`
}

type rawEval struct {
	Ahead           *float64 `yaml:"ahead"`
	OnTrack         *float64 `yaml:"on_track"`
	Lagging         *float64 `yaml:"lagging"`
	Likely          *float64 `yaml:"likely"`
	AtRisk          *float64 `yaml:"at_risk"`
	SyncTolerance   *float64 `yaml:"sync_tolerance"`
	Jump            *float64 `yaml:"jump"`
	RateJump        *float64 `yaml:"rate_jump"`
	GrowthTolerance *float64 `yaml:"growth_tolerance"`
	ProjectBehind   *float64 `yaml:"project_behind"`
	FinalTolerance  *float64 `yaml:"final_tolerance"`
	Superior        *string  `yaml:"superior"`
}

type rawIndicator struct {
	ID       string    `yaml:"id"`
	Name     string    `yaml:"name"`
	Unit     string    `yaml:"unit"`
	Category string    `yaml:"category"`
	Binding  bool      `yaml:"binding"`
	Lead     string    `yaml:"lead"`
	Partners []string  `yaml:"partners"`
	Baseline *float64  `yaml:"baseline"`
	Target   rawTarget `yaml:"target"`
	Min      *float64  `yaml:"min"`
	Max      *float64  `yaml:"max"`
	Levels   string    `yaml:"levels"`
	Code     string    `yaml:"code"`
	Decimals *int      `yaml:"decimals"`
	Note     string    `yaml:"note"`
}

type rawTarget struct {
	Kind      string   `yaml:"kind"`
	Value     *float64 `yaml:"value"`
	Text      string   `yaml:"text"`
	Direction string   `yaml:"direction"`
	Data      string   `yaml:"data"`
	Approx    *float64 `yaml:"approx"`
	Compare   string   `yaml:"compare"`
	To        string   `yaml:"to"`
	Reference string   `yaml:"reference"`
}

// Parse reads a plan file. name is how messages name the file. The error,
// when not nil, is an ErrorList naming every problem found with its line.
func Parse(r io.Reader, name string) (*model.Plan, error) {
	src, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, ErrorList{{File: name, Msg: msg.Sprintf("plan.cannotRead", err)}}
	}
	if int64(len(src)) > MaxSize {
		return nil, ErrorList{{File: name, Msg: msg.Sprintf("plan.tooBig", MaxSize>>20)}}
	}
	// A byte-order mark, which Windows editors write, is not part of the plan.
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, ErrorList{{File: name, Msg: msg.Format("plan.empty")}}
	}

	// First pass: the tree, for line numbers and for refusing aliases,
	// which a plan never needs and which are how YAML bombs are built.
	// One decoder reads the first document and then looks for a second,
	// so the file is parsed into a tree once.
	var doc yaml.Node
	docs := yaml.NewDecoder(bytes.NewReader(src))
	if err := docs.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, ErrorList{yamlError(name, err)}
	}
	if a := findAlias(&doc, 0); a != nil {
		if a.Kind == 0 {
			return nil, ErrorList{{File: name, Msg: msg.Format("plan.deep")}}
		}
		return nil, ErrorList{{File: name, Line: a.Line, Msg: msg.Format("plan.alias")}}
	}

	if line, err := secondDocument(docs); err != nil {
		return nil, ErrorList{yamlError(name, err)}
	} else if line > 0 {
		return nil, ErrorList{{File: name, Line: line, Msg: msg.Format("plan.secondDoc")}}
	}

	// Second pass: the values, refusing unknown keys (a misspelt key would
	// otherwise be silently ignored).
	var raw rawFile
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		return nil, ErrorList{yamlError(name, err)}
	}
	lines := indexLines(&doc)
	v := &validator{file: name, lines: lines}
	p := v.build(&raw)
	if len(v.errs) > 0 {
		return nil, v.errs
	}
	return p, nil
}

// secondDocument returns the line of the `---` that starts a second,
// non-empty document, or 0 when the file holds one document (a `---`
// followed by nothing but comments is not a document). yaml.Unmarshal reads
// the first document only, so a second one would be dropped silently.
// dec has read the first document.
func secondDocument(dec *yaml.Decoder) (int, error) {
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return 0, nil
		}
		if err != nil {
			return 0, err
		}
		if len(doc.Content) > 0 && !(doc.Content[0].Kind == yaml.ScalarNode && doc.Content[0].Tag == "!!null" && doc.Content[0].Value == "") {
			return doc.Line, nil
		}
	}
}

// yamlError turns yaml.v3's messages ("yaml: line 3: …", or a TypeError
// with several "line N: …" parts) into our Error form.
func yamlError(file string, err error) *Error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msgs := make([]string, len(te.Errors))
		line := 0
		for i, m := range te.Errors {
			l, rest := splitLine(m)
			rest = yamlWords(rest)
			if line == 0 {
				line = l
			}
			if l > 0 && i > 0 {
				rest = msg.Sprintf("plan.yamlLine", l, rest)
			}
			msgs[i] = rest
		}
		return &Error{File: file, Line: line, Msg: msg.Sprintf("plan.typeErrors", strings.Join(msgs, msg.Format("plan.sep")))}
	}
	l, rest := splitLine(strings.TrimPrefix(err.Error(), "yaml: "))
	return &Error{File: file, Line: l, Msg: msg.Format("plan.notYAML") + rest}
}

// The type errors of yaml.v3, which words them in English, and how
// yamlWords words them in the language of the messages.
var (
	yamlUnknownField = regexp.MustCompile(`^field (\S+) not found in type \S+$`)
	yamlCannot       = regexp.MustCompile("^cannot unmarshal (!!\\w+) `(.*)` into (\\S+)$")
)

// yamlWords is a type error of yaml.v3 (one line of yaml.TypeError) in
// the language of the messages: a misspelt key, a value of the wrong type.
func yamlWords(s string) string {
	if msg.Current() == msg.EN {
		return s // as yaml.v3 words it
	}
	if m := yamlUnknownField.FindStringSubmatch(s); m != nil {
		return msg.Sprintf("plan.unknownKey", m[1])
	}
	if m := yamlCannot.FindStringSubmatch(s); m != nil {
		return msg.Sprintf("plan.wrongType", m[2], m[1], yamlType(m[3]))
	}
	return s
}

// yamlType names the Go type a YAML value was to be read as.
func yamlType(t string) string {
	switch {
	case strings.HasPrefix(t, "float"):
		return msg.Format("plan.type.number")
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"):
		return msg.Format("plan.type.integer")
	case t == "bool":
		return msg.Format("plan.type.bool")
	case t == "string":
		return msg.Format("plan.type.text")
	case strings.HasPrefix(t, "[]"):
		return msg.Format("plan.type.list")
	case strings.HasPrefix(t, "map["), strings.HasPrefix(t, "plan."):
		return msg.Format("plan.type.map")
	}
	return t
}

func splitLine(m string) (int, string) {
	var n int
	if _, err := fmt.Sscanf(m, "line %d:", &n); err == nil {
		if i := strings.Index(m, ":"); i >= 0 {
			return n, strings.TrimSpace(m[i+1:])
		}
	}
	return 0, m
}

// findAlias returns the first alias node, or a zero-Kind node when the tree
// is deeper than a plan ever is.
func findAlias(n *yaml.Node, depth int) *yaml.Node {
	if depth > 64 {
		return &yaml.Node{}
	}
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		return n
	}
	for _, c := range n.Content {
		if a := findAlias(c, depth+1); a != nil {
			return a
		}
	}
	return nil
}

// indexLines records the line of each list item and key that messages refer
// to: "indicators.3" → line of the fourth indicator, "indicators.3.target"
// → line of its target, and so on one level down.
func indexLines(doc *yaml.Node) map[string]int {
	m := map[string]int{}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return m
	}
	var walk func(n *yaml.Node, path string, depth int)
	walk = func(n *yaml.Node, path string, depth int) {
		if depth > 4 {
			return
		}
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				p := k.Value
				if path != "" {
					p = path + "." + k.Value
				}
				m[p] = k.Line
				walk(n.Content[i+1], p, depth+1)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				p := fmt.Sprintf("%s.%d", path, i)
				m[p] = c.Line
				walk(c, p, depth+1)
			}
		}
	}
	walk(doc.Content[0], "", 0)
	return m
}
