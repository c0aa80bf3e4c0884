package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"time"

	"plancheck/data"
	"plancheck/report/msg"
	"plancheck/report/plan"
	"plancheck/report/xlsx"
)

// The messages of init: ids in report/msg's catalog.
const (
	msgInitNoDir    = "init.noDir"
	msgInitManyDirs = "init.manyDirs"
	msgInitNotEmpty = "init.notEmpty"
	msgInitNotDir   = "init.notDir"
	msgInitDone     = "cmd.wrote"
	msgInitNext     = "init.next"
)

// runInit writes a new plan folder: the commented plan.yaml of data's
// InitPlan and the monitoring workbook template of its first year, as one
// set (outWriter), into a folder that is new or empty.
func runInit(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("init", flag.ContinueOnError)
	date := fs.String("date", "", msg.Format("flag.init.date"))
	var dirs []string
	for len(args) > 0 && (len(args[0]) == 0 || args[0][0] != '-') {
		dirs, args = append(dirs, args[0]), args[1:]
	}
	if help, err := parseFlagsArgs(fs, args, stdout); help || err != nil {
		return err
	}
	dirs = append(dirs, fs.Args()...)
	switch {
	case len(dirs) == 0 || dirs[0] == "":
		return usagef(msgInitNoDir)
	case len(dirs) > 1:
		return usagef(msgInitManyDirs, len(dirs))
	}
	dir := dirs[0]
	if err := checkInitDir(dir); err != nil {
		return err
	}
	when, err := reportDate(*date, os.Getenv("SOURCE_DATE_EPOCH"), time.Now())
	if err != nil {
		return err
	}
	yaml, err := data.FS.ReadFile(data.InitPlan)
	if err != nil {
		return msg.Errorf("init.embedMissing", err)
	}
	p, err := plan.Parse(bytes.NewReader(yaml), "plan.yaml")
	if err != nil {
		return msg.Errorf("init.embedBroken", err)
	}
	year := p.BaseYear + 1
	var book bytes.Buffer
	if err := xlsx.WriteTemplate(&book, p, year, xlsx.TemplateOptions{Date: when}); err != nil {
		return msg.Errorf("cmd.writingTemplate", err)
	}
	bookName := templateName(p.ID, year, "")
	w := newOutWriter(dir)
	defer w.close()
	paths, err := w.write(ctx, []output{{name: "plan.yaml", data: yaml}, {name: bookName, data: book.Bytes()}}, nil)
	if err != nil {
		return err
	}
	for _, path := range paths {
		msg.Fprintf(stdout, msgInitDone, path)
	}
	msg.Fprintf(stdout, msgInitNext, paths[0], paths[1], dir, year)
	return nil
}

// checkInitDir refuses a folder that holds anything (the lock file of an
// earlier plancheck run aside), and a path that is not a folder.
func checkInitDir(dir string) error {
	st, err := os.Stat(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return msg.Errorf("init.path", dir, cleanPathErr(err))
	}
	if !st.IsDir() {
		return usagef(msgInitNotDir, dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return msg.Errorf("init.path", dir, cleanPathErr(err))
	}
	for _, e := range entries {
		if e.Name() != lockName {
			return usagef(msgInitNotEmpty, dir, filepath.Join(dir, e.Name()))
		}
	}
	return nil
}
