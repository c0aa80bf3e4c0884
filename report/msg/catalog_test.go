package msg

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestCatalog: every message has both languages, with the same format
// verbs for the same arguments (the Chinese may reorder them with %[n]),
// and the Chinese is Chinese.
func TestCatalog(t *testing.T) {
	if len(catalog) < 100 {
		t.Fatalf("the catalog has %d messages; the tables are not merged", len(catalog))
	}
	for id, x := range catalog {
		if strings.TrimSpace(x.ZH) == "" || strings.TrimSpace(x.EN) == "" {
			t.Errorf("%s: a language is missing: zh %q, en %q", id, x.ZH, x.EN)
			continue
		}
		zh, err1 := verbs(x.ZH)
		en, err2 := verbs(x.EN)
		if err1 != nil || err2 != nil {
			t.Errorf("%s: %v %v", id, err1, err2)
			continue
		}
		if !sameVerbs(zh, en) {
			t.Errorf("%s: the verbs differ: zh %v (%q), en %v (%q)", id, zh, x.ZH, en, x.EN)
		}
		if x.ZH == x.EN && hasLetters(stripVerbs(x.EN)) {
			t.Errorf("%s: the Chinese is the English: %q", id, x.ZH)
		}
	}
}

// verbs maps each argument (from 1) of a format to its verb.
func verbs(format string) (map[int]rune, error) {
	out := map[int]rune{}
	arg := 1
	rs := []rune(format)
	for i := 0; i < len(rs); i++ {
		if rs[i] != '%' {
			continue
		}
		i++
		if i < len(rs) && rs[i] == '%' {
			continue
		}
		index := func() {
			if i < len(rs) && rs[i] == '[' {
				j := i + 1
				for j < len(rs) && rs[j] != ']' {
					j++
				}
				n, err := strconv.Atoi(string(rs[i+1 : j]))
				if err == nil {
					arg = n
				}
				i = j + 1
			}
		}
		for i < len(rs) && strings.ContainsRune("+-# 0", rs[i]) {
			i++
		}
		index()
		for i < len(rs) && unicode.IsDigit(rs[i]) {
			i++
		}
		if i < len(rs) && rs[i] == '.' {
			i++
			index()
			for i < len(rs) && unicode.IsDigit(rs[i]) {
				i++
			}
		}
		index()
		if i >= len(rs) {
			return nil, &verbError{format}
		}
		out[arg] = rs[i]
		arg++
	}
	return out, nil
}

type verbError struct{ format string }

func (e *verbError) Error() string { return "a verb is cut off: " + strconv.Quote(e.format) }

func sameVerbs(a, b map[int]rune) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func stripVerbs(s string) string {
	var b strings.Builder
	for _, f := range strings.Fields(s) {
		if !strings.Contains(f, "%") && !strings.HasPrefix(f, "-") {
			b.WriteString(f)
		}
	}
	return b.String()
}

func hasLetters(s string) bool {
	n := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			n++
		}
	}
	return n > 3
}

// formatters are the functions whose first string argument (after the
// writer or language, argAt) is a message id, and whether their other
// arguments are its format's.
var formatters = map[string]struct {
	argAt  int
	format bool
}{
	"msg.Sprintf": {0, true}, "msg.Errorf": {0, true}, "msg.New": {0, false}, "msg.Format": {0, false},
	"msg.Fprintf": {1, true}, "msg.SprintfIn": {1, true},
	// report/sheet, which names its local messages msg, imports msg as tr.
	"tr.Sprintf": {0, true}, "tr.Errorf": {0, true}, "tr.New": {0, false}, "tr.Format": {0, false},
	// cmd/plancheck's usage errors and report/plan's findings.
	"usagef": {0, true}, "v.errorf": {1, true}, "bothLangs": {0, true},
}

// TestCalls: every call of the catalog in the repository's Go files names
// an id the catalog has, and gives as many arguments as its format has.
// A constant holding an id (msgInitNoDir) is followed to its value.
func TestCalls(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	calls := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			return err
		}
		consts := packageConsts(t, filepath.Dir(path))
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			name := callName(call.Fun)
			fm, ok := formatters[name]
			if !ok || len(call.Args) <= fm.argAt {
				return true
			}
			if name == "msg.Sprintf" && filepath.Base(filepath.Dir(path)) == "msg" {
				return true
			}
			id, ok := idOf(call.Args[fm.argAt], consts)
			if !ok {
				// An id passed on (usagef's, errorf's id) or picked from a
				// table of ids (notes.go's c.one) is checked where it is
				// written.
				if a, isIdent := call.Args[fm.argAt].(*ast.Ident); !(isIdent && a.Name == "id") && !isSelector(call.Args[fm.argAt]) {
					t.Errorf("%s: %s with an id that is not a constant", fset.Position(call.Pos()), name)
				}
				return true
			}
			calls++
			x, ok := catalog[id]
			if !ok {
				t.Errorf("%s: %s(%q): no such id in the catalog", fset.Position(call.Pos()), name, id)
				return true
			}
			if !fm.format || call.Ellipsis.IsValid() {
				return true
			}
			v, _ := verbs(x.EN)
			if got := len(call.Args) - fm.argAt - 1; got != len(v) {
				t.Errorf("%s: %s(%q) with %d arguments; its format has %d (%q)", fset.Position(call.Pos()), name, id, got, len(v), x.EN)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if calls < 200 {
		t.Errorf("found only %d calls of the catalog", calls)
	}
}

func isSelector(e ast.Expr) bool { _, ok := e.(*ast.SelectorExpr); return ok }

func callName(e ast.Expr) string {
	switch f := e.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			return x.Name + "." + f.Sel.Name
		}
	}
	return ""
}

func idOf(e ast.Expr, consts map[string]string) (string, bool) {
	switch a := e.(type) {
	case *ast.BasicLit:
		if a.Kind == token.STRING {
			s, err := strconv.Unquote(a.Value)
			return s, err == nil
		}
	case *ast.Ident:
		s, ok := consts[a.Name]
		return s, ok
	case *ast.SelectorExpr: // model.FileIDRule
		s, ok := consts[a.Sel.Name]
		return s, ok
	}
	return "", false
}

var constCache = map[string]map[string]string{}

// packageConsts are the string constants of the package in dir and of
// report/model, by name.
func packageConsts(t *testing.T, dir string) map[string]string {
	if c, ok := constCache[dir]; ok {
		return c
	}
	out := map[string]string{}
	for _, d := range []string{dir, filepath.Join("..", "model")} {
		files, _ := filepath.Glob(filepath.Join(d, "*.go"))
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, decl := range f.Decls {
				g, ok := decl.(*ast.GenDecl)
				if !ok || g.Tok != token.CONST {
					continue
				}
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if i < len(vs.Values) {
							if id, ok := idOf(vs.Values[i], nil); ok {
								out[n.Name] = id
							}
						}
					}
				}
			}
		}
	}
	constCache[dir] = out
	return out
}

// TestFromEnv: POSIX precedence, and what selects English.
func TestFromEnv(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want Lang
	}{
		{map[string]string{}, ZH},
		{map[string]string{"LANG": "en_US.UTF-8"}, EN},
		{map[string]string{"LANG": "en"}, EN},
		{map[string]string{"LANG": "C"}, ZH},
		{map[string]string{"LANG": "C.UTF-8"}, ZH},
		{map[string]string{"LANG": "POSIX"}, ZH},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, ZH},
		{map[string]string{"LANG": "en_GB@euro"}, EN},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, EN},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, ZH},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN", "LC_ALL": "en_US"}, EN},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "C"}, ZH},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": ""}, EN}, // empty is unset
	} {
		if got := FromEnv(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: %v, want %v", c.env, got, c.want)
		}
	}
	for s, want := range map[string]Lang{"zh": ZH, "en": EN, "EN": EN, "en-US": EN, "zh_CN": ZH} {
		if got, ok := Parse(s); !ok || got != want {
			t.Errorf("Parse(%q) = %v, %v", s, got, ok)
		}
	}
	for _, s := range []string{"", "fr", "english", "C"} {
		if _, ok := Parse(s); ok {
			t.Errorf("Parse(%q) accepted", s)
		}
	}
}

// TestSwitch: the helper tests use restores the language.
func TestSwitch(t *testing.T) {
	Set(ZH)
	restore := Switch(EN)
	if Current() != EN || Sprintf("cmd.wrote", "x") != "wrote x\n" {
		t.Errorf("Switch(EN): %v %q", Current(), Sprintf("cmd.wrote", "x"))
	}
	restore()
	if Current() != ZH || Sprintf("cmd.wrote", "x") != "已写出 x\n" {
		t.Errorf("restored: %v %q", Current(), Sprintf("cmd.wrote", "x"))
	}
	if got := SprintfIn(EN, "cmd.wrote", "y"); got != "wrote y\n" {
		t.Errorf("SprintfIn: %q", got)
	}
}
