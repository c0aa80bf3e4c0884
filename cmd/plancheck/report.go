package main

import (
	"context"
	"flag"
	"io"
)

func runReport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f evalFlags
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	f.register(fs)
	if help, err := parseFlags(fs, args, stdout); help || err != nil {
		return err
	}
	in, res, err := f.evaluate()
	if err != nil {
		return err
	}
	js, err := encodeJSON(res)
	if err != nil {
		return err
	}
	outs := []output{{name: baseName(res) + ".json", data: js}}
	paths, err := writeOutputs(f.out, outs, in.files)
	if err != nil {
		return err
	}
	printDone(stdout, res, paths)
	return nil
}
