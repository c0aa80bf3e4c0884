//go:build !unix

package main

import (
	"os"

	"plancheck/report/msg"
)

// openRegular opens path for reading if it is a regular file.
func openRegular(path string) (*os.File, os.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, msg.Errorf("cmd.pathErr", path, cleanPathErr(err))
	}
	if k := fileKind(st); k != "" {
		return nil, nil, msg.Errorf("cmd.pathMsg", path, k)
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, nil, msg.Errorf("cmd.pathErr", path, cleanPathErr(err))
	}
	if st, err = fh.Stat(); err != nil || !st.Mode().IsRegular() {
		fh.Close()
		return nil, nil, msg.Errorf("cmd.pathMsg", path, msg.Format("inputs.notRegular"))
	}
	return fh, st, nil
}
