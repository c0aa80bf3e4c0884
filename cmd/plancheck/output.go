package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"plancheck/report/msg"
)

// output is a file to write: its name in the output folder and its bytes.
type output struct {
	name string
	data []byte
}

// Files plancheck keeps in --out besides the outputs. Their names are short
// so that the longest output name (a 64-character plan id and its suffixes)
// fits any file system's 255-byte limit however they are spelled.
const (
	lockName     = ".plancheck.lock" // held while a run writes; stays, empty but for the holder's pid
	tempPrefix   = ".plancheck-"     // + random + tempSuffix or backupSuffix
	tempSuffix   = ".tmp"            // an output being written
	backupSuffix = ".bak"            // a hard link to the file an output replaces, until the set is in place
)

// failpoint, when set (by tests only), is called before each step of
// writing a set: "write" before an output's temporary file is written and
// "rename" before it is renamed into place, with the output's name. An
// error it returns is that step's failure.
var failpoint func(step, name string) error

// outWriter writes the output sets of one run into its --out folder. From
// its first write until close it holds the folder's lock file, so that two
// plancheck runs writing the same folder never mix their files: the second
// waits (lockWait at most) and then refuses.
type outWriter struct {
	dir     string
	mu      sync.Mutex // one set at a time, so that two sets' renames never interleave
	lock    *os.File
	locked  bool  // the lock was tried
	lockErr error // why it could not be taken
}

func newOutWriter(dir string) *outWriter { return &outWriter{dir: dir} }

// close releases the folder's lock. The lock file stays: removing it would
// let a third run lock a new file while a second still waits on the old one.
func (w *outWriter) close() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.lock != nil {
		unlockFile(w.lock)
		w.lock.Close()
		w.lock = nil
	}
}

// write writes one plan's outputs into the folder, all or none, and
// returns their paths.
//
// Every output is first written to a temporary file in the folder; only
// when all are written, and the run has not been stopped, are they renamed
// into place, in the order given. Before that, each file an output will
// replace gets a hard link as a backup, so that if a rename fails midway
// the outputs already renamed are put back as they were. What is left is a
// window of a few renames (microseconds) in which a power cut or SIGKILL
// leaves part of the set new; the backups (.plancheck-*.bak) then still
// hold the old files.
//
// An output whose name is not a plain file name, an --out that is a file,
// and an output that would replace one of the inputs (the same file by
// device and inode, through any symbolic or hard link) are refused before
// anything is written.
func (w *outWriter) write(ctx context.Context, outs []output, inputs []inputFile) ([]string, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if ctx.Err() != nil {
		return nil, context.Cause(ctx)
	}
	paths := make([]string, len(outs))
	for i, o := range outs {
		if err := checkOutputName(o.name); err != nil {
			return nil, err
		}
		paths[i] = filepath.Join(w.dir, o.name)
	}
	exists, err := checkOutDir(w.dir)
	if err != nil {
		return nil, err
	}
	if exists {
		if err := guard(w.dir, paths, inputs); err != nil {
			return nil, err
		}
	} else if err := os.MkdirAll(w.dir, 0o755); err != nil {
		return nil, msg.Errorf("out.mkdir", w.dir, cleanPathErr(err))
	}
	if !w.locked {
		// Tried once per run: the other plans of a batch do not each wait
		// lockWait again for a lock that was not free.
		w.locked = true
		if w.lock, w.lockErr = lockDir(ctx, w.dir); w.lockErr == nil {
			removeStaleTemps(w.dir, inputs)
		}
	}
	if w.lockErr != nil {
		return nil, w.lockErr
	}

	tmps := make([]string, 0, len(outs))
	removeTmps := func() {
		for _, t := range tmps {
			os.Remove(t)
		}
		tmps = nil
	}
	// Also when a step panics: the temporary files go before the panic
	// goes on up (to be reported as a bug).
	committing := false
	defer func() {
		if !committing {
			removeTmps()
		}
	}()
	for i, o := range outs {
		t, err := writeTemp(w.dir, o)
		if t != "" {
			tmps = append(tmps, t)
		}
		if err != nil {
			removeTmps()
			return nil, msg.Errorf("out.write", paths[i], err)
		}
	}
	if stepHook != nil {
		stepHook(ctx, "written", outs[0].name)
	}
	// The last moment to stop: from here on the set goes in whole.
	if err := ctx.Err(); err != nil {
		removeTmps()
		return nil, context.Cause(ctx)
	}
	committing = true // commit removes what it does not rename
	if err := commit(tmps, paths); err != nil {
		return nil, err
	}
	syncDir(w.dir)
	return paths, nil
}

// checkOutputName refuses an output name that is not a plain file name:
// the ids that make names are checked when the plan is read, and this is
// the last line of defence, so that nothing is written outside --out.
func checkOutputName(name string) error {
	if name == "" || name == "." || name == ".." || filepath.Base(name) != name ||
		strings.ContainsAny(name, `/\`+"\x00") || strings.HasPrefix(name, ".") || len(name) > 255 {
		return msg.Errorf("out.badName", name)
	}
	return nil
}

// checkOutDir tells whether --out exists, refusing one that is not a
// folder.
func checkOutDir(dir string) (exists bool, err error) {
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if _, lerr := os.Lstat(dir); lerr == nil {
			return false, msg.Errorf("out.dangling", dir)
		}
		return false, nil
	case err != nil:
		return false, msg.Errorf("out.err", dir, cleanPathErr(err))
	case !st.IsDir():
		return false, msg.Errorf("out.isFile", dir)
	}
	return true, nil
}

// guard refuses to write when an output would replace an input, comparing
// files, not spellings: the file already at an output's path (or the file
// a symbolic link there points to) is compared by device and inode with
// every input, so that --out reached through a symbolic link, an output
// name that is a hard or symbolic link to an input, or the input named by
// another spelling are all caught. A folder in an output's way is refused
// too, since a rename cannot replace it.
func guard(dir string, paths []string, inputs []inputFile) error {
	rdir, _ := filepath.EvalSymlinks(absPath(dir))
	for _, p := range paths {
		lst, err := os.Lstat(p)
		if err != nil {
			continue // nothing there: nothing to replace
		}
		if lst.IsDir() {
			return msg.Errorf("out.folderInWay", p)
		}
		st, err := os.Stat(p)
		for _, in := range inputs {
			same := err == nil && in.info != nil && os.SameFile(st, in.info)
			if !same && rdir != "" {
				ri, e1 := filepath.EvalSymlinks(absPath(in.path))
				same = e1 == nil && ri == filepath.Join(rdir, filepath.Base(p))
			}
			if !same {
				continue
			}
			if lst.Mode()&fs.ModeSymlink != 0 {
				return msg.Errorf("out.overwriteLink", p, in.path)
			}
			return msg.Errorf("out.overwrite", p, in.path)
		}
	}
	return nil
}

// writeTemp writes o to a new temporary file in dir and returns its path
// ("" if none was created).
func writeTemp(dir string, o output) (string, error) {
	if failpoint != nil {
		if err := failpoint("write", o.name); err != nil {
			return "", err
		}
	}
	f, err := os.CreateTemp(dir, tempPrefix+"*"+tempSuffix)
	if err != nil {
		return "", cleanPathErr(err)
	}
	_, err = bytes.NewReader(o.data).WriteTo(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	return f.Name(), cleanPathErr(err)
}

// commit renames tmps[i] to paths[i] in order. When a rename fails (or
// anything panics), the outputs already renamed are put back from their
// backups (or removed when there was no file before), and every temporary
// file and backup is removed.
func commit(tmps, paths []string) (err error) {
	backups := make([]string, len(paths))
	existed := make([]bool, len(paths))
	for i, p := range paths {
		if _, err := os.Lstat(p); err == nil {
			existed[i] = true
			backups[i] = linkBackup(p)
		}
	}
	done, ok := 0, false // renames done; all of them done
	defer func() {
		var lost []string
		if !ok {
			// Put back what was renamed, last first.
			for j := done - 1; j >= 0; j-- {
				var rerr error
				switch {
				case backups[j] != "":
					rerr = os.Rename(backups[j], paths[j])
					backups[j] = ""
				case !existed[j]:
					rerr = os.Remove(paths[j])
				default:
					rerr = msg.New("out.noBackup")
				}
				if rerr != nil {
					lost = append(lost, filepath.Base(paths[j]))
				}
			}
			for _, t := range tmps[done:] {
				os.Remove(t)
			}
		}
		for _, b := range backups {
			if b != "" {
				os.Remove(b)
			}
		}
		if err != nil {
			what := msg.Format("out.putBack")
			if len(lost) > 0 {
				what = msg.Sprintf("out.lost", strings.Join(lost, ", "))
			}
			err = msg.Errorf("out.writeRolled", paths[done], cleanPathErr(err), what)
		}
	}()
	for i := range paths {
		if failpoint != nil {
			if err := failpoint("rename", filepath.Base(paths[i])); err != nil {
				return err
			}
		}
		if err := os.Rename(tmps[i], paths[i]); err != nil {
			return err
		}
		done = i + 1
	}
	ok = true
	return nil
}

// linkBackup makes a hard link to p under a fresh backup name and returns
// that name, or "" when the file system cannot (then a failed set cannot
// put p back).
func linkBackup(p string) string {
	dir := filepath.Dir(p)
	for range 10 {
		b := filepath.Join(dir, fmt.Sprintf("%s%016x%s", tempPrefix, rand.Uint64(), backupSuffix))
		err := os.Link(p, b)
		if err == nil {
			return b
		}
		if !errors.Is(err, fs.ErrExist) {
			return ""
		}
	}
	return ""
}

// removeStaleTemps removes the temporary files and backups a killed run
// left in dir. It runs under the folder's lock, so no other plancheck is
// writing them; a file that is one of the inputs is left alone.
func removeStaleTemps(dir string, inputs []inputFile) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		n := e.Name()
		if !strings.HasPrefix(n, tempPrefix) || !(strings.HasSuffix(n, tempSuffix) || strings.HasSuffix(n, backupSuffix)) || !e.Type().IsRegular() {
			continue
		}
		p := filepath.Join(dir, n)
		st, err := os.Lstat(p)
		if err != nil {
			continue
		}
		keep := false
		for _, in := range inputs {
			keep = keep || (in.info != nil && os.SameFile(st, in.info))
		}
		if !keep {
			os.Remove(p)
		}
	}
}

// syncDir makes the renames durable; a failure only loses durability.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync() //nolint:errcheck // see above
		d.Close()
	}
}
