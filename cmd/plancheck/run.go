package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"plancheck/report/msg"
)

// usage is the id of the help text in report/msg's catalog.
const usage = "cmd.usage"

// run is the whole program: it parses args, does the work and returns an
// error for main to turn into an exit code. Nothing else prints or exits.
// A panic is a bug: it becomes a *crash error (exit 1), not a stack trace.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = recovered(v)
		}
	}()
	args, err = chooseLang(args, os.Getenv)
	if err != nil {
		return err
	}
	return dispatch(ctx, args, stdout, stderr)
}

// dispatch runs the command args name, in the language chosen.
func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, msg.Format(usage))
		return usagef("cmd.noCommand")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "report":
		return runReport(ctx, rest, stdout, stderr)
	case "evaluate":
		return runEvaluate(ctx, rest, stdout, stderr)
	case "validate":
		return runValidate(ctx, rest, stdout, stderr)
	case "template":
		return runTemplate(ctx, rest, stdout, stderr)
	case "compare":
		return runCompare(ctx, rest, stdout, stderr)
	case "explain":
		return runExplain(ctx, rest, stdout, stderr)
	case "init":
		return runInit(ctx, rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] != "help" {
			return dispatch(ctx, []string{rest[0], "--help"}, stdout, stderr)
		}
		fmt.Fprint(stdout, msg.Format(usage))
		return nil
	}
	return usagef("cmd.unknownCommand", cmd)
}

// parseFlags parses a subcommand's flags; --help prints its usage to stdout
// and is not an error. An argument that is not a flag is bad usage.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) (help bool, err error) {
	if help, err := parseFlagsArgs(fs, args, stdout); help || err != nil {
		return help, err
	}
	if fs.NArg() > 0 {
		return false, usagef("cmd.unexpectedArg", fs.Name(), fs.Arg(0))
	}
	return false, nil
}

// parseFlagsArgs is parseFlags for a command that takes arguments after
// its flags (fs.Args()). An unknown flag is named with the nearest known
// one (--yaer: did you mean --year?).
func parseFlagsArgs(fs *flag.FlagSet, args []string, stdout io.Writer) (help bool, err error) {
	return parseFlagsHelp(fs, args, stdout, func() { msg.Fprintf(stdout, "cmd.helpHeader", fs.Name()) })
}

// parseFlagsHelp is parseFlagsArgs with the header its --help prints
// above the flags.
func parseFlagsHelp(fs *flag.FlagSet, args []string, stdout io.Writer, header func()) (help bool, err error) {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			header()
			printDefaults(fs, stdout)
			msg.Fprintf(stdout, "cmd.langFlagHelp")
			return true, nil
		}
		if near := nearestFlag(fs, err); near != "" {
			return false, usagef(msgDidYouMean, fs.Name(), flagErr(err), near)
		}
		return false, usagef("cmd.flagError", fs.Name(), flagErr(err))
	}
	return false, nil
}

// stringList is a flag that may be given several times.
type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error {
	if strings.TrimSpace(v) == "" {
		return msg.Errorf("cmd.emptyValue")
	}
	*s = append(*s, v)
	return nil
}

// chooseLang sets the language of the messages (report/msg) for the run,
// before anything is read or printed: --lang zh|en, anywhere on the
// command line before a "--" (it is removed from the args the commands
// see), else the locale (msg.FromEnv). A bad --lang is refused in both
// languages, since which one is wanted is what is unknown.
func chooseLang(args []string, getenv func(string) string) ([]string, error) {
	lang := msg.FromEnv(getenv)
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 == len(args) {
				return nil, bothLangs("cmd.langNoValue")
			}
			i++
			value = args[i]
		}
		l, ok := msg.Parse(value)
		if !ok {
			return nil, bothLangs("cmd.badLang", clip(value))
		}
		lang = l
	}
	msg.Set(lang)
	return rest, nil
}

// bothLangs is the usage error of the message id in Chinese and English.
func bothLangs(id string, args ...any) error {
	return &usageError{msg: msg.SprintfIn(msg.ZH, id, args...), en: msg.SprintfIn(msg.EN, id, args...)}
}

// flagErr is an error of the flag package in the language of the
// messages: the package words its own in English.
func flagErr(err error) string {
	s := err.Error()
	if msg.Current() == msg.EN {
		return s
	}
	if name, ok := strings.CutPrefix(s, undefinedFlag); ok {
		return msg.Sprintf("flag.undefined", name)
	}
	if name, ok := strings.CutPrefix(s, "flag needs an argument: -"); ok {
		return msg.Sprintf("flag.needsArg", name)
	}
	if rest, ok := strings.CutPrefix(s, "bad flag syntax: "); ok {
		return msg.Sprintf("flag.syntax", rest)
	}
	// invalid value "x" for flag -year: parse error
	// invalid boolean value "x" for -n: parse error
	if m := invalidFlag.FindStringSubmatch(s); m != nil {
		value, _ := strconv.Unquote(m[1])
		why := m[3]
		switch why {
		case "parse error":
			why = msg.Format("flag.parseError")
		case "value out of range":
			why = msg.Format("flag.range")
		}
		return msg.Sprintf("flag.invalid", value, m[2], why)
	}
	return s
}

var invalidFlag = regexp.MustCompile(`^invalid (?:boolean )?value ("(?:[^"\\]|\\.)*") for (?:flag )?-(\S+): (.*)$`)

// printDefaults is flag.PrintDefaults in the language of the messages.
func printDefaults(fs *flag.FlagSet, w io.Writer) {
	fs.VisitAll(func(f *flag.Flag) {
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", f.Name)
		name, usage := flag.UnquoteUsage(f)
		if name != "" {
			b.WriteString(" " + name)
		}
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if d := f.DefValue; d != "" && d != "0" && d != "false" {
			if fmt.Sprintf("%T", f.Value) == "*flag.stringValue" {
				d = strconv.Quote(d)
			}
			b.WriteString(msg.Sprintf("cmd.flagDefault", d))
		}
		fmt.Fprintln(w, b.String())
	})
}
