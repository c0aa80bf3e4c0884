//go:build unix

package main

import (
	"os"
	"syscall"

	"plancheck/report/msg"
)

// openRegular opens path for reading if it is a regular file. It checks
// before opening (os.Open on a FIFO waits for a writer forever) and again
// on the open file, with O_NONBLOCK so that a FIFO swapped in between the
// two cannot make the open wait either.
func openRegular(path string) (*os.File, os.FileInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, msg.Errorf("cmd.pathErr", path, cleanPathErr(err))
	}
	if k := fileKind(st); k != "" {
		return nil, nil, msg.Errorf("cmd.pathMsg", path, k)
	}
	fh, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, msg.Errorf("cmd.pathErr", path, cleanPathErr(err))
	}
	st, err = fh.Stat()
	if err == nil {
		if k := fileKind(st); k != "" {
			err = msg.Errorf("cmd.pathMsg", path, k)
		}
	} else {
		err = msg.Errorf("cmd.pathErr", path, cleanPathErr(err))
	}
	if err != nil {
		fh.Close()
		return nil, nil, err
	}
	return fh, st, nil
}
