package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"plancheck/report/msg"
)

// langCase is a command line that fails (or prints help), run in both
// languages by TestLangErrorPaths.
type langCase struct {
	name string
	args []string
	code int
}

// langCases are the error paths of every command: bad usage, missing and
// bad inputs, refusals. setup makes the files they need in dir.
func langCases(t *testing.T, dir string) []langCase {
	t.Helper()
	const bad = "../../testdata/plans/bad/"
	const plan = "../../testdata/workbooks/plan.yaml"
	full := filepath.Join(dir, "full")
	if err := os.MkdirAll(full, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(full, "mine.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	notJSON := filepath.Join(dir, "x_2024.json")
	if err := os.WriteFile(notJSON, []byte("not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	prev := filepath.Join(dir, "prev")
	restore := msg.Switch(msg.EN)
	if _, stderr, code := runCmd(t, "evaluate", "--lang", "en", "--year", "2024", "--out", prev); code != 0 {
		t.Fatalf("evaluate: %s", stderr)
	}
	restore()
	return []langCase{
		{"no command", nil, 2},
		{"unknown command", []string{"bogus"}, 2},
		{"unknown flag", []string{"report", "--yaer", "2024"}, 2},
		{"flag without value", []string{"report", "--year"}, 2},
		{"bad year value", []string{"report", "--year", "x"}, 2},
		{"bad year", []string{"evaluate", "--year", "-3"}, 2},
		{"year outside", []string{"template", "--year", "1999"}, 2},
		{"evaluate year outside", []string{"evaluate", "--year", "2019", "--out", filepath.Join(dir, "o9")}, 2},
		{"validate year outside", []string{"validate", "--year", "2026"}, 2},
		{"compare plan year outside", []string{"compare", "--year", "2030", "--out", filepath.Join(dir, "o10"), "../../testdata/compare/chaoyang", "../../testdata/compare/fengtai"}, 1},
		{"template without year", []string{"template"}, 2},
		{"bad format", []string{"report", "--format", "pdf,foo"}, 2},
		{"empty format", []string{"report", "--format", ""}, 2},
		{"bad edition", []string{"report", "--edition", "secret"}, 2},
		{"bad date", []string{"report", "--date", "2024-13-45"}, 2},
		{"bad fail-on", []string{"report", "--fail-on", "never"}, 2},
		{"bad department", []string{"report", "--department", "nobody", "--format", "json", "--out", filepath.Join(dir, "o1")}, 2},
		{"department leading nothing", []string{"report", "--department", "区体育局", "--format", "json", "--out", filepath.Join(dir, "o1")}, 1},
		{"template of a department leading nothing", []string{"template", "--year", "2025", "--department", "tyj", "--out", filepath.Join(dir, "o1")}, 1},
		{"extra argument", []string{"validate", "stray"}, 2},
		{"missing plan", []string{"validate", "--plan", filepath.Join(dir, "none", "plan.yaml")}, 1},
		{"missing data", []string{"evaluate", "--data", filepath.Join(dir, "none.xlsx"), "--out", filepath.Join(dir, "o2")}, 1},
		{"bad plan", []string{"validate", "--plan", bad + "circular-relative.yaml", "--data", "../../testdata/workbooks/good"}, 1},
		{"bad plan yaml", []string{"report", "--plan", bad + "impossible-share.yaml", "--data", "../../testdata/workbooks/good", "--out", filepath.Join(dir, "o3")}, 1},
		{"bad workbook", []string{"validate", "--plan", plan, "--data", "../../testdata/workbooks/bad/no-sheet.xlsx"}, 1},
		{"bad cell", []string{"validate", "--plan", plan, "--data", "../../testdata/workbooks/bad/not-a-number.xlsx"}, 1},
		{"old xls", []string{"validate", "--plan", plan, "--data", "../../testdata/workbooks/bad/old-xls.xlsx"}, 1},
		{"refused previous", []string{"report", "--year", "2024", "--previous", filepath.Join(prev, "haidian-14th_2024.json"), "--out", filepath.Join(dir, "o4")}, 1},
		{"previous not a report", []string{"report", "--year", "2024", "--previous", notJSON, "--out", filepath.Join(dir, "o5")}, 1},
		{"init no folder", []string{"init"}, 2},
		{"init non-empty", []string{"init", full}, 2},
		{"explain no id", []string{"explain", "--year", "2024"}, 2},
		{"explain unknown id", []string{"explain", "--year", "2024", "nosuch"}, 2},
		{"compare no year", []string{"compare", filepath.Join(prev, "haidian-14th_2024.json")}, 2},
		{"compare no input", []string{"compare", "--year", "2024"}, 2},
		{"compare bad input", []string{"compare", "--year", "2024", "--out", filepath.Join(dir, "o6"), notJSON, filepath.Join(prev, "haidian-14th_2024.json")}, 1},
		{"compare one plan", []string{"compare", "--year", "2024", "--out", filepath.Join(dir, "o7"), filepath.Join(prev, "haidian-14th_2024.json")}, 1},
		{"compare missing", []string{"compare", "--year", "2024", "--out", filepath.Join(dir, "o8"), filepath.Join(dir, "nothing")}, 1},
		{"help", []string{"help"}, 0},
		{"report help", []string{"report", "--help"}, 0},
		{"help validate", []string{"help", "validate"}, 0},
		{"compare help", []string{"compare", "--help"}, 0},
	}
}

// The checks of a message's language. Quoted text ("…", `…`, '…', “…”) is
// a name the user typed or the file holds, and stays as it is.
var (
	quoted  = regexp.MustCompile("\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|“[^”]*”")
	cjk     = regexp.MustCompile(`\p{Han}`)
	english = regexp.MustCompile(`\b[a-z]{2,}(?: [a-z]{2,}){4,}\b`)
	// Chinese names an English message keeps: sheets, columns, labels and
	// the findings' text (data-quality findings are Chinese in both).
	names = regexp.MustCompile(`指标数据|市级要求|参照数据|数据质量|指标评估|规划体检评估报告|分析意见|数据待补|已解决|仍存在|加重|上年意见|公开|约束性|重大问题|达到…要求|提高1岁|左右|基本完成|北京市海淀区|海淀区|十四五|规划|年|文件 → 另存为 → Excel 工作簿|编号|年份|状态调整|调整理由|待填|待补|[a-z]+ \(\p{Han}[^,]*\)|"" \(\p{Han}[^)]*\)|--department \S+`)
	// A validate line of a finding: its text is the report's, Chinese.
	finding = regexp.MustCompile(`^(?:error|warning): .*\[[a-z_]+\]$`)
)

// checkZH fails unless out reads as Chinese: it holds Chinese, and no
// sentence of five English words outside quotes and the flags' names.
func checkZH(t *testing.T, what, out string) {
	t.Helper()
	if !cjk.MatchString(out) {
		t.Errorf("%s: no Chinese in:\n%s", what, out)
	}
	for _, line := range strings.Split(out, "\n") {
		plain := quoted.ReplaceAllString(line, `""`)
		if m := english.FindString(plain); m != "" {
			t.Errorf("%s: English in the Chinese output (%q):\n%s", what, m, line)
		}
	}
}

// checkEN fails when out holds Chinese outside quotes, names and findings.
func checkEN(t *testing.T, what, out string) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if finding.MatchString(line) {
			continue
		}
		plain := names.ReplaceAllString(quoted.ReplaceAllString(line, `""`), "")
		if cjk.MatchString(plain) {
			t.Errorf("%s: Chinese in the English output:\n%s", what, line)
		}
	}
	if !regexp.MustCompile(`[a-z]{3,} [a-z]{3,}`).MatchString(out) {
		t.Errorf("%s: no English in:\n%s", what, out)
	}
}

// TestLangErrorPaths runs every command's error paths with --lang zh and
// --lang en (before and after the command) and with the locale alone, and
// checks each message is in the language chosen.
func TestLangErrorPaths(t *testing.T) {
	dir := t.TempDir()
	for _, c := range langCases(t, dir) {
		for _, lang := range []string{"zh", "en"} {
			args := append([]string{"--lang", lang}, c.args...)
			if lang == "en" && len(c.args) > 0 {
				// After the command, as a global flag is accepted too.
				args = append([]string{c.args[0], "--lang=" + lang}, c.args[1:]...)
			}
			stdout, stderr, code := runCmd(t, args...)
			what := c.name + " (" + strings.Join(args, " ") + ")"
			if code != c.code {
				t.Errorf("%s: exit %d, want %d\n%s%s", what, code, c.code, stdout, stderr)
			}
			out := stdout + stderr
			if lang == "zh" {
				checkZH(t, what, out)
			} else {
				checkEN(t, what, out)
			}
		}
	}
	msg.Set(msg.EN)
}

// TestLangLocale: without --lang the locale decides, LC_ALL before
// LC_MESSAGES before LANG; C and unset are Chinese.
func TestLangLocale(t *testing.T) {
	defer msg.Switch(msg.EN)()
	for _, c := range []struct {
		all, messages, lang string
		zh                  bool
	}{
		{"", "", "", true},
		{"", "", "C", true},
		{"", "", "C.UTF-8", true},
		{"", "", "zh_CN.UTF-8", true},
		{"", "", "en_US.UTF-8", false},
		{"", "en_US.UTF-8", "zh_CN.UTF-8", false},
		{"C", "en_US.UTF-8", "en_US.UTF-8", true},
		{"en_GB.UTF-8", "", "zh_CN.UTF-8", false},
	} {
		t.Setenv("LC_ALL", c.all)
		t.Setenv("LC_MESSAGES", c.messages)
		t.Setenv("LANG", c.lang)
		_, stderr, code := runCmd(t, "report", "--yaer", "2024")
		what := "LC_ALL=" + c.all + " LC_MESSAGES=" + c.messages + " LANG=" + c.lang
		if code != exitUsage {
			t.Errorf("%s: exit %d", what, code)
		}
		if c.zh {
			checkZH(t, what, stderr)
		} else {
			checkEN(t, what, stderr)
		}
		// --lang wins over the locale.
		_, stderr, _ = runCmd(t, "report", "--yaer", "2024", "--lang", "en")
		checkEN(t, what+" --lang en", stderr)
		_, stderr, _ = runCmd(t, "--lang", "zh", "report", "--yaer", "2024")
		checkZH(t, what+" --lang zh", stderr)
	}
}

// TestLangBad: an unknown --lang is bad usage, said in both languages
// since which one is wanted is what is unknown.
func TestLangBad(t *testing.T) {
	defer msg.Switch(msg.EN)()
	for _, args := range [][]string{{"--lang", "fr", "report"}, {"report", "--lang=klingon"}, {"report", "--lang"}} {
		_, stderr, code := runCmd(t, args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
		if !cjk.MatchString(stderr) || !strings.Contains(stderr, "--lang") || !regexp.MustCompile(`choose zh|needs a value`).MatchString(stderr) {
			t.Errorf("%v: not in both languages:\n%s", args, stderr)
		}
	}
	// A --lang after "--" is not ours.
	if got, _ := chooseLang([]string{"explain", "--", "--lang", "en"}, func(string) string { return "" }); strings.Join(got, " ") != "explain -- --lang en" {
		t.Errorf("chooseLang took a --lang after --: %v", got)
	}
}
