package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// output is a file to write: its name in the output folder and its bytes.
type output struct {
	name string
	data []byte
}

// writeOutputs writes every output into dir, or none: each is first built
// in memory (by the caller), then written to a temporary file in dir and
// renamed into place, so a crash or Ctrl-C never leaves a half-written
// report. An output path that is one of the inputs is refused before
// anything is written.
func writeOutputs(dir string, outs []output, inputs []string) ([]string, error) {
	in := map[string]string{}
	for _, p := range inputs {
		if abs, err := filepath.Abs(p); err == nil {
			in[abs] = p
		}
	}
	var paths []string
	for _, o := range outs {
		p := filepath.Join(dir, o.name)
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, fmt.Errorf("--out %s: %w", dir, err)
		}
		if src, ok := in[abs]; ok {
			return nil, fmt.Errorf("%s: the output would overwrite the input %s; choose another --out folder", p, src)
		}
		paths = append(paths, p)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("--out %s: cannot create the folder: %w", dir, cleanPathErr(err))
	}
	for i, o := range outs {
		if err := writeAtomic(paths[i], o.data); err != nil {
			return nil, err
		}
	}
	return paths, nil
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: cannot write: %w", path, cleanPathErr(err))
	}
	name := tmp.Name()
	_, err = bytes.NewReader(data).WriteTo(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o644)
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		os.Remove(name)
		return fmt.Errorf("%s: cannot write: %w", path, cleanPathErr(err))
	}
	return nil
}
