//go:build unix

package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"plancheck/report/msg"
)

// lockWait is how long a run waits for another run's lock on --out before
// it refuses.
var lockWait = 10 * time.Second

// lockDir takes the exclusive lock of dir: flock on its .plancheck.lock,
// waiting lockWait at most. The lock goes with the process: a run that is
// killed releases it.
func lockDir(ctx context.Context, dir string) (*os.File, error) {
	path := filepath.Join(dir, lockName)
	// O_NOFOLLOW: a symbolic link planted here must not make us create a
	// file elsewhere; O_NONBLOCK: nor a FIFO make us wait.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o644)
	if err != nil {
		if errors.Is(err, syscall.ELOOP) {
			return nil, msg.Errorf("lock.symlink", path)
		}
		return nil, msg.Errorf("lock.create", path, cleanPathErr(err))
	}
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, msg.Errorf("lock.notPlain", path)
	}
	start := time.Now()
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, msg.Errorf("lock.lock", path, err)
		}
		if time.Since(start) >= lockWait {
			holder := ""
			if b, err := os.ReadFile(path); err == nil {
				if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
					holder = msg.Sprintf("lock.pid", pid)
				}
			}
			f.Close()
			return nil, msg.Errorf("lock.busy",
				dir, holder, lockName, lockWait.Round(time.Millisecond))
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, context.Cause(ctx)
		case <-time.After(50 * time.Millisecond):
		}
	}
	// The holder's pid, for the message of a run that waits in vain.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0) //nolint:errcheck // only a message needs it
	}
	return f, nil
}

func unlockFile(f *os.File) {
	f.Truncate(0)                               //nolint:errcheck // the pid of a finished run is harmless
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN) //nolint:errcheck // closing unlocks anyway
}
