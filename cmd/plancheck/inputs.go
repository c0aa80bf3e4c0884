package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"plancheck/data"
	"plancheck/report/model"
	"plancheck/report/plan"
	"plancheck/report/sheet"
)

// maxWorkbook is the largest workbook plancheck opens. A department's
// monitoring workbook is tens of kilobytes; anything near this is a mistake.
const maxWorkbook = 64 << 20

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
	fs.Var(&f.plans, "plan", "the plan file (plan.yaml), or a folder holding plan.yaml and its workbooks; default: the embedded Haidian 14th Five-Year Plan")
	fs.Var(&f.data, "data", "a monitoring workbook (.xlsx) or a folder of them; may be repeated; default: the embedded sample workbook, or the workbooks beside --plan")
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
		return usagef("--plan is given %d times; only report takes several plans", len(f.plans))
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
	data []string // the .xlsx files in its folder
}

// planSource reads a --plan argument: a plan file, or a folder holding
// plan.yaml. The workbooks in the plan's folder come with it.
func planSource(arg string) (source, error) {
	st, err := os.Stat(arg)
	if err != nil {
		return source{}, &inputError{[]error{fmt.Errorf("--plan %s: %w", arg, cleanPathErr(err))}}
	}
	file, dir := arg, filepath.Dir(arg)
	if st.IsDir() {
		file, dir = filepath.Join(arg, "plan.yaml"), arg
		if _, err := os.Stat(file); err != nil {
			return source{}, &inputError{[]error{fmt.Errorf("--plan %s: the folder holds no plan.yaml", arg)}}
		}
	}
	books, _ := filepath.Glob(filepath.Join(dir, "*.xlsx"))
	var data []string
	for _, b := range books {
		if n := filepath.Base(b); !strings.HasPrefix(n, "~$") && !strings.HasPrefix(n, ".") {
			data = append(data, b)
		}
	}
	sort.Strings(data)
	return source{plan: file, data: data}, nil
}

// inputs is what was read: the plan, the merged observations and every file
// they came from (so that no output overwrites one).
type inputs struct {
	plan    *model.Plan
	data    *model.Dataset
	files   []string // paths read, for the output guard
	planSrc string   // how messages name the plan
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
func (f *inputFlags) load(planOnly bool) (*inputs, error) {
	if err := f.resolve(); err != nil {
		return nil, err
	}
	in := &inputs{}
	var errs []error
	switch {
	case f.plan == "":
		b, err := data.FS.ReadFile(data.PlanFile)
		if err != nil {
			return nil, fmt.Errorf("the embedded plan is missing (a build problem, please report it): %w", err)
		}
		p, err := plan.Parse(bytes.NewReader(b), "(embedded) "+data.PlanFile)
		if err != nil {
			return nil, fmt.Errorf("the embedded plan is broken (a build problem, please report it): %w", err)
		}
		in.plan, in.planSrc = p, "(embedded) "+data.PlanFile
	default:
		b, err := readFile(f.plan, plan.MaxSize)
		if err != nil {
			return nil, &inputError{[]error{err}}
		}
		p, err := plan.Parse(bytes.NewReader(b), f.plan)
		if err != nil {
			return nil, &inputError{[]error{err}}
		}
		in.plan, in.planSrc = p, f.plan
		in.files = append(in.files, f.plan)
	}

	var sets []*model.Dataset
	if len(f.data) == 0 {
		if f.plan != "" && planOnly {
			in.data = &model.Dataset{}
			return in, nil
		}
		if f.plan != "" {
			return nil, usagef("--plan %s: no --data was given and there is no .xlsx workbook beside the plan; pass the plan's monitoring workbooks with --data (a file or a folder)", f.plan)
		}
		b, err := data.FS.ReadFile(data.SampleWorkbook)
		if err != nil {
			return nil, fmt.Errorf("the embedded sample workbook is missing (a build problem, please report it): %w", err)
		}
		ds, err := sheet.Read(bytes.NewReader(b), "(embedded) "+data.SampleWorkbook, in.plan)
		if err != nil {
			return nil, fmt.Errorf("the embedded sample workbook is broken (a build problem, please report it): %w", err)
		}
		sets = append(sets, ds)
	}
	paths, err := expandData(f.data)
	if err != nil {
		return nil, err
	}
	for _, path := range paths {
		b, err := readFile(path, maxWorkbook)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ds, err := sheet.Read(bytes.NewReader(b), path, in.plan)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sets = append(sets, ds)
		in.files = append(in.files, path)
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
// folders as their .xlsx files in name order (Excel's ~$ lock files skipped).
func expandData(args []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		abs, err := filepath.Abs(p)
		if err != nil {
			abs = p
		}
		if !seen[abs] {
			seen[abs] = true
			out = append(out, p)
		}
	}
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, &inputError{[]error{fmt.Errorf("--data %s: %w", a, cleanPathErr(err))}}
		}
		if !st.IsDir() {
			add(a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, &inputError{[]error{fmt.Errorf("--data %s: %w", a, cleanPathErr(err))}}
		}
		var names []string
		for _, e := range entries {
			n := e.Name()
			if !e.IsDir() && strings.EqualFold(filepath.Ext(n), ".xlsx") && !strings.HasPrefix(n, "~$") && !strings.HasPrefix(n, ".") {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		if len(names) == 0 {
			return nil, &inputError{[]error{fmt.Errorf("--data %s: the folder holds no .xlsx workbook", a)}}
		}
		for _, n := range names {
			add(filepath.Join(a, n))
		}
	}
	return out, nil
}

// readFile reads a whole input file, refusing one larger than limit.
func readFile(path string, limit int64) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, cleanPathErr(err))
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, cleanPathErr(err))
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a folder, not a file", path)
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%s: %.1f MiB is larger than the %d MiB plancheck reads; is this the right file?", path, float64(st.Size())/(1<<20), limit>>20)
	}
	b, err := io.ReadAll(io.LimitReader(fh, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, cleanPathErr(err))
	}
	return b, nil
}

// cleanPathErr drops the path an *os.PathError repeats, since our messages
// already start with it.
func cleanPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		if errors.Is(err, os.ErrNotExist) {
			return errors.New("no such file or folder")
		}
		return pe.Err
	}
	return err
}
