package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"

	"plancheck/data"
	"plancheck/report/model"
	"plancheck/report/msg"
	"plancheck/report/plan"
	"plancheck/report/sheet"
)

// maxWorkbook is the largest workbook plancheck opens: the sheet reader's
// own limit, so that a file is refused once, before it is read, with one
// number. A department's monitoring workbook is tens of kilobytes.
var maxWorkbook = sheet.DefaultOptions.MaxFileSize

// workbookExts are the file name endings a --data folder (or a plan's
// folder) contributes as workbooks: the formats report/sheet reads (.xlsx,
// .xlsm, .csv) and the ones it refuses with the command that converts them
// (.xls, .et, .ods, …). Every file with one of them is read through
// readWorkbook, so a stray .xls is an error naming it rather than silently
// ignored.
var workbookExts = sheet.Extensions

// inputFlags are the flags every command that reads inputs shares. plan is
// the one plan a command reads; plans, when the command takes several
// (report), is every --plan given.
type inputFlags struct {
	plan     string
	plans    stringList
	data     stringList
	noBeside bool // the workbooks beside the plan are not its data (template)
}

func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.plans, "plan", msg.Format("flag.plan"))
	fs.Var(&f.data, "data", msg.Format("flag.data"))
}

// resolve turns --plan into the one plan file the command reads: a folder
// holding plan.yaml stands for that file, and, when --data is not given,
// its workbooks are the data.
func (f *inputFlags) resolve() error {
	switch len(f.plans) {
	case 0:
		return nil
	case 1:
	default:
		return usagef("inputs.planTwice", len(f.plans))
	}
	src, err := planSource(f.plans[0])
	if err != nil {
		return err
	}
	f.plan = src.plan
	if len(f.data) == 0 && !f.noBeside {
		f.data = src.data
	}
	return nil
}

// source is one plan and the workbooks beside it.
type source struct {
	plan string   // the plan file
	data []string // the workbooks in its folder
}

// planSource reads a --plan argument: a plan file, or a folder holding
// plan.yaml. The workbooks in the plan's folder come with it. Anything but
// a regular file or a folder (a FIFO, a device, a socket) is refused before
// it is opened, since opening a FIFO waits for a writer forever.
func planSource(arg string) (source, error) {
	st, err := statInput("--plan", arg)
	if err != nil {
		return source{}, &inputError{[]error{err}}
	}
	file, dir := arg, filepath.Dir(arg)
	if st.IsDir() {
		file, dir = filepath.Join(arg, "plan.yaml"), arg
		pst, err := os.Stat(file)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return source{}, &inputError{[]error{msg.Errorf("inputs.noPlanYAML", arg)}}
			}
			return source{}, &inputError{[]error{msg.Errorf("inputs.planErr", file, cleanPathErr(err))}}
		}
		if err := fileKind(pst); err != "" {
			return source{}, &inputError{[]error{msg.Errorf("inputs.planMsg", file, err)}}
		}
	}
	data, errs := workbooksIn(dir)
	if len(errs) > 0 {
		return source{}, &inputError{errs}
	}
	return source{plan: file, data: data}, nil
}

// statInput checks a --plan or --data argument before anything opens it:
// it must be a regular file or a folder (symbolic links followed).
func statInput(flagName, arg string) (os.FileInfo, error) {
	st, err := os.Stat(arg)
	if err != nil {
		if lst, lerr := os.Lstat(arg); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 {
			return nil, msg.Errorf("inputs.dangling", flagName, arg)
		}
		return nil, msg.Errorf("inputs.flagErr", flagName, arg, cleanPathErr(err))
	}
	if !st.IsDir() {
		if k := fileKind(st); k != "" {
			return nil, msg.Errorf("inputs.flagMsg", flagName, arg, k)
		}
	}
	return st, nil
}

// fileKind is "" for a regular file, else why plancheck will not read it.
func fileKind(st os.FileInfo) string {
	m := st.Mode()
	var what string
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return msg.Format("inputs.isFolder")
	case m&fs.ModeNamedPipe != 0:
		what = msg.Format("inputs.fifo")
	case m&fs.ModeSocket != 0:
		what = msg.Format("inputs.socket")
	case m&fs.ModeCharDevice != 0:
		what = msg.Format("inputs.charDevice")
	case m&fs.ModeDevice != 0:
		what = msg.Format("inputs.blockDevice")
	default:
		what = msg.Format("inputs.otherKind")
	}
	return msg.Sprintf("inputs.kind", what)
}

// workbooksIn lists the workbooks in dir, in name order: the files whose
// names end in one of workbookExts, symbolic links followed, without
// Excel's ~$ lock files and hidden files. A workbook name that is not a
// regular file (a FIFO, a dangling link, a folder) is an error naming it,
// never skipped silently.
func workbooksIn(dir string) ([]string, []error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, []error{msg.Errorf("cmd.pathErr", dir, cleanPathErr(err))}
	}
	var out []string
	var errs []error
	for _, e := range entries { // ReadDir sorts by name
		n := e.Name()
		if strings.HasPrefix(n, "~$") || strings.HasPrefix(n, ".") || !isWorkbookName(n) || isReportCSV(n) {
			continue
		}
		p := filepath.Join(dir, n)
		st, err := os.Stat(p)
		switch {
		case err != nil && e.Type()&fs.ModeSymlink != 0:
			errs = append(errs, msg.Errorf("inputs.danglingBook", p))
		case err != nil:
			errs = append(errs, msg.Errorf("cmd.pathErr", p, cleanPathErr(err)))
		case st.IsDir():
			errs = append(errs, msg.Errorf("inputs.folderBook", p, dir))
		case fileKind(st) != "":
			errs = append(errs, msg.Errorf("cmd.pathMsg", p, fileKind(st)))
		default:
			out = append(out, p)
		}
	}
	return out, errs
}

// reportCSV is the name of the indicator table plancheck publishes beside
// the web page (<id>_<year>[_<dept>][_public].csv): an output, never an
// input sheet, so a folder holding last year's outputs can be given as
// --data.
var reportCSV = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*_[0-9]{4}(_[A-Za-z0-9-]+)*\.(?i:csv)$`)

func isReportCSV(n string) bool { return reportCSV.MatchString(n) }

func isWorkbookName(n string) bool {
	for _, ext := range workbookExts {
		if strings.EqualFold(filepath.Ext(n), ext) {
			return true
		}
	}
	return false
}

// inputs is what was read: the plan, the merged observations and every file
// they came from (so that no output overwrites one).
type inputs struct {
	plan     *model.Plan
	data     *model.Dataset
	files    []inputFile // the files read, for the output guard
	planSrc  string      // how the summary names the plan
	planText []byte      // the plan file as read, nil for the embedded plan
	notes    []string    // what the user should know about the inputs (stderr)
	books    []string    // the workbooks read, as messages name them ("" for none: the embedded sample)
	// prevDept is the department of last year's report (--previous) when
	// it is a department's; "" otherwise.
	prevDept string
}

// inputFile is a file that was read: its path as given and the file as
// fstat saw it when it was read, so that the output guard compares files
// (device and inode), not spellings.
type inputFile struct {
	path string
	info os.FileInfo
}

// inputError collects every problem found in the inputs, so the analyst
// sees them all at once instead of fixing one per run.
type inputError struct{ errs []error }

func (e *inputError) Error() string {
	msgs := make([]string, len(e.errs))
	for i, err := range e.errs {
		msgs[i] = err.Error()
	}
	return strings.Join(msgs, "\n")
}

// load reads the plan and the workbooks. It returns an *inputError listing
// every problem when any file is bad. A plan of the user's without
// workbooks is a usage error unless planOnly, when just the plan is read.
//
// The names the plan and the workbooks are given for messages, which are
// also the file names the outputs record (a finding's place), do not
// depend on how a path was spelled: see displayNames.
func (f *inputFlags) load(planOnly bool) (*inputs, error) {
	if err := f.resolve(); err != nil {
		return nil, err
	}
	in := &inputs{}
	var errs []error
	planDir := ""
	switch {
	case f.plan == "":
		b, err := data.FS.ReadFile(data.PlanFile)
		if err != nil {
			return nil, msg.Errorf("inputs.embedPlanMissing", err)
		}
		p, err := plan.Parse(bytes.NewReader(b), "(embedded) "+data.PlanFile)
		if err != nil {
			return nil, msg.Errorf("inputs.embedPlanBroken", err)
		}
		in.plan, in.planSrc = p, "(embedded) "+data.PlanFile
	default:
		if _, err := statInput("--plan", f.plan); err != nil {
			return nil, &inputError{[]error{err}}
		}
		b, info, err := readFile(f.plan, plan.MaxSize)
		if err != nil {
			return nil, &inputError{[]error{err}}
		}
		p, err := plan.Parse(bytes.NewReader(b), filepath.Base(f.plan))
		if err != nil {
			return nil, &inputError{[]error{err}}
		}
		in.plan, in.planSrc, in.planText = p, f.plan, b
		in.files = append(in.files, inputFile{f.plan, info})
		planDir = filepath.Dir(absPath(f.plan))
	}

	var sets []*model.Dataset
	if len(f.data) == 0 {
		if f.plan != "" && planOnly {
			in.data = &model.Dataset{}
			return in, nil
		}
		if f.plan != "" {
			return nil, usagef("inputs.noData", f.plan)
		}
		b, err := data.FS.ReadFile(data.SampleWorkbook)
		if err != nil {
			return nil, msg.Errorf("inputs.embedBookMissing", err)
		}
		ds, err := readWorkbook(b, "(embedded) "+data.SampleWorkbook, "", in.plan)
		if err != nil {
			return nil, msg.Errorf("inputs.embedBookBroken", err)
		}
		sets = append(sets, ds)
	}
	paths, err := expandData(f.data)
	if err != nil {
		return nil, err
	}
	names := displayNames(paths, planDir)
	// The workbooks (one a department) are read side by side, on as many
	// goroutines as there are processors, and taken in their order, so
	// that the data, the messages and their order are what reading them
	// one by one gives.
	type book struct {
		info os.FileInfo
		ds   *model.Dataset
		err  error
	}
	books := make([]book, len(paths))
	inParallel(len(paths), func(i int) {
		b, info, err := readFile(paths[i], maxWorkbook)
		if err != nil {
			books[i].err = err
			return
		}
		books[i].info = info
		books[i].ds, books[i].err = readWorkbook(b, names[i], paths[i], in.plan)
	})
	for i, path := range paths {
		if books[i].err != nil {
			errs = append(errs, books[i].err)
			continue
		}
		sets = append(sets, books[i].ds)
		in.files = append(in.files, inputFile{path, books[i].info})
		in.books = append(in.books, names[i])
	}
	merged, conflicts := model.Merge(sets...)
	for _, c := range conflicts {
		errs = append(errs, c)
	}
	if len(errs) > 0 {
		return nil, &inputError{errs}
	}
	in.data = merged
	return in, nil
}

// expandData turns --data arguments into workbook paths: files as given,
// folders as their workbooks in name order (see workbooksIn). The same file
// named twice is read once. Every problem is reported, not just the first.
func expandData(args []string) ([]string, error) {
	var out []string
	var errs []error
	seen := map[string]bool{}
	add := func(p string) {
		if abs := absPath(p); !seen[abs] {
			seen[abs] = true
			out = append(out, p)
		}
	}
	for _, a := range args {
		st, err := statInput("--data", a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !st.IsDir() {
			add(a)
			continue
		}
		books, berrs := workbooksIn(a)
		errs = append(errs, berrs...)
		if len(books) == 0 && len(berrs) == 0 {
			errs = append(errs, msg.Errorf("inputs.noBooks", a, strings.Join(workbookExts, ", ")))
		}
		for _, b := range books {
			add(b)
		}
	}
	if len(errs) > 0 {
		return nil, &inputError{errs}
	}
	return out, nil
}

// displayNames are the names the workbooks at paths go by in messages and
// in the outputs (a finding's file): the path relative to the plan's folder
// for a workbook inside it, else the base name, lengthened by parent
// folders only as far as needed to tell two workbooks of the same base name
// apart. They are computed from absolute paths, so "kw.xlsx", "./kw.xlsx"
// and "/home/me/plan/kw.xlsx" give the same bytes out.
func displayNames(paths []string, planDir string) []string {
	names := make([]string, len(paths))
	parts := make([][]string, len(paths))
	depth := make([]int, len(paths)) // 0: fixed (inside the plan's folder)
	for i, p := range paths {
		abs := absPath(p)
		if planDir != "" {
			if rel, err := filepath.Rel(planDir, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				names[i] = filepath.ToSlash(rel)
				continue
			}
		}
		parts[i] = strings.Split(filepath.ToSlash(abs), "/")
		depth[i] = 1
		names[i] = parts[i][len(parts[i])-1]
	}
	for {
		byName := map[string][]int{}
		for i, n := range names {
			byName[n] = append(byName[n], i)
		}
		grew := false
		for _, idx := range byName {
			if len(idx) < 2 {
				continue
			}
			for _, i := range idx {
				if depth[i] > 0 && depth[i] < len(parts[i]) {
					depth[i]++
					names[i] = strings.Join(parts[i][len(parts[i])-depth[i]:], "/")
					grew = true
				}
			}
		}
		if !grew {
			return names
		}
	}
}

// absPath is p made absolute and clean; p itself if the working folder is
// gone.
func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// readFile reads a whole input file, refusing one larger than limit and
// anything but a regular file. It also returns the file as fstat saw it
// once open, for the output guard.
func readFile(path string, limit int64) ([]byte, os.FileInfo, error) {
	fh, st, err := openRegular(path)
	if err != nil {
		return nil, nil, err
	}
	defer fh.Close()
	if st.Size() > limit {
		return nil, nil, msg.Errorf("inputs.tooBig", path, st.Size(), float64(st.Size())/(1<<20), limit>>20)
	}
	b, err := io.ReadAll(io.LimitReader(fh, limit+1))
	if err != nil {
		return nil, nil, msg.Errorf("cmd.pathErr", path, cleanPathErr(err))
	}
	if int64(len(b)) > limit {
		return nil, nil, msg.Errorf("inputs.tooBigRead", path, limit>>20)
	}
	return b, st, nil
}

// cleanPathErr drops the path an *os.PathError repeats, since our messages
// already start with it.
func cleanPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		if errors.Is(err, os.ErrNotExist) {
			return msg.New("inputs.noSuchFile")
		}
		if errors.Is(err, os.ErrPermission) && msg.Current() == msg.ZH {
			return msg.New("inputs.permission") // the system says it in English
		}
		return pe.Err
	}
	return err
}

// inParallel calls f(0) … f(n-1) on up to GOMAXPROCS goroutines and
// returns when all have returned. A panic in f is a bug: it is caught on
// its goroutine, and the first (by i) is raised again on the caller's, for
// run to report as a crash rather than the process dying.
func inParallel(n int, f func(i int)) {
	panics := make([]*crash, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				func() {
					defer func() {
						if v := recover(); v != nil {
							panics[i] = recovered(v)
						}
					}()
					f(i)
				}()
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, p := range panics {
		if p != nil {
			panic(p)
		}
	}
}
