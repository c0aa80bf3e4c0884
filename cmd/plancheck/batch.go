package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"plancheck/report/eval"
	"plancheck/report/msg"
)

// A job is one plan to report on: a plan file and its workbooks, or the
// embedded plan (plan "").
type job struct {
	plan string
	data []string
	err  error // a plan that cannot be read at all (a broken link, a FIFO for plan.yaml): the job's failure
}

func (j job) String() string {
	if j.plan == "" {
		return "(embedded) plan.yaml"
	}
	return j.plan
}

// outcome is what became of a job. res is dropped once the job is logged
// in a batch (see brief), so that memory does not grow with the number of
// plans.
type outcome struct {
	job    job
	res    *eval.Result
	brief  brief
	paths  []string
	policy []string // the --fail-on policies the result breaks
	notes  []string // what the user should know about the inputs
	// missing is the per-department summary of missing reports, printed
	// for a single plan only.
	missing []string
	started bool // the job began its work (so an interruption stopped it midway)
	err     error
}

// brief is what a batch keeps of a result for its summary.
type brief struct {
	id                 string
	year               int
	problems, findings int
}

func briefOf(res *eval.Result) brief {
	return brief{id: res.Plan.ID, year: res.Year, problems: len(res.Problems), findings: len(res.Quality)}
}

// batchFlags are report's flags for many plans.
type batchFlags struct {
	jobs      int
	shard     string
	logFormat string
	failOn    string
}

func (b *batchFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&b.jobs, "jobs", runtime.NumCPU(), msg.Format("flag.jobs"))
	fs.StringVar(&b.shard, "shard", "", msg.Format("flag.shard"))
	fs.StringVar(&b.logFormat, "log-format", "", msg.Format("flag.logFormat"))
	fs.StringVar(&b.failOn, "fail-on", "", msg.Sprintf("flag.failOn", strings.Join(policyNames(), ", ")))
}

// check refuses batch flag values that are wrong whatever the plans.
func (b *batchFlags) check() error {
	if b.jobs < 1 {
		return usagef("batch.jobs", b.jobs)
	}
	return nil
}

// planJobs turns --plan arguments into jobs: a plan file or a folder holding
// plan.yaml is one job; a folder of such folders is one job per folder,
// symbolic links to plan folders followed. A plan that cannot be read (a
// missing file, a FIFO, a dangling link in the folder of plans) is a job
// that fails with that message, so that it does not stop the other plans.
// --data goes with a single plan only.
func planJobs(plans, data []string) ([]job, error) {
	if len(plans) == 0 {
		return []job{{data: data}}, nil
	}
	var jobs []job
	add := func(arg string) {
		src, err := planSource(arg)
		if err != nil {
			jobs = append(jobs, job{plan: arg, err: err})
			return
		}
		jobs = append(jobs, job{plan: src.plan, data: src.data})
	}
	for _, arg := range plans {
		st, err := statInput("--plan", arg)
		if err != nil {
			jobs = append(jobs, job{plan: arg, err: &inputError{[]error{err}}})
			continue
		}
		if !st.IsDir() {
			add(arg)
			continue
		}
		if _, err := os.Lstat(filepath.Join(arg, "plan.yaml")); err == nil {
			add(arg)
			continue
		}
		subs, err := os.ReadDir(arg)
		if err != nil {
			jobs = append(jobs, job{plan: arg, err: &inputError{[]error{msg.Errorf("inputs.planErr", arg, cleanPathErr(err))}}})
			continue
		}
		n := 0
		for _, s := range subs {
			sub := filepath.Join(arg, s.Name())
			if strings.HasPrefix(s.Name(), ".") {
				continue
			}
			// os.ReadDir does not follow links: a link to a plan folder
			// says it is no folder. Stat follows it.
			sst, err := os.Stat(sub)
			if err != nil {
				if s.Type()&fs.ModeSymlink != 0 {
					jobs = append(jobs, job{plan: sub, err: &inputError{[]error{msg.Errorf("batch.planDangling", arg, s.Name())}}})
					n++
				}
				continue
			}
			if !sst.IsDir() {
				continue
			}
			if _, err := os.Lstat(filepath.Join(sub, "plan.yaml")); err != nil {
				continue // a folder beside the plans (shared files, an archive), not a plan
			}
			add(sub)
			n++
		}
		if n == 0 {
			jobs = append(jobs, job{plan: arg, err: &inputError{[]error{msg.Errorf("batch.planEmpty", arg)}}})
		}
	}
	if len(data) > 0 {
		if len(jobs) > 1 {
			return nil, usagef("batch.dataOnePlan")
		}
		jobs[0].data = data
	}
	return jobs, nil
}

// shard keeps the i-th of n shares of jobs, i counted from 1, by position:
// job k goes to share k mod n + 1, so shares differ by one job at most.
func shard(jobs []job, spec string) ([]job, error) {
	if spec == "" {
		return jobs, nil
	}
	is, ns, ok := strings.Cut(spec, "/")
	i, err1 := strconv.Atoi(is)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n {
		return nil, usagef("batch.shard", spec)
	}
	var out []job
	for k, j := range jobs {
		if k%n == i-1 {
			out = append(out, j)
		}
	}
	return out, nil
}

// runJobs runs do over jobs with at most n at once, and returns the
// outcomes in the jobs' order whatever order they finish in. A job's failure
// does not stop the others, nor does a panic in do (it becomes the job's
// error); cancelling ctx stops jobs not yet started.
func runJobs(ctx context.Context, jobs []job, n int, do func(context.Context, job) outcome, done func(outcome)) []outcome {
	if n < 1 {
		n = 1
	}
	safe := func(j job) (o outcome) {
		defer func() {
			if v := recover(); v != nil {
				o = outcome{job: j, started: true, err: fmt.Errorf("%s: %w", j, recovered(v))}
			}
		}()
		return do(ctx, j)
	}
	out := make([]outcome, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := 0; w < n && w < len(jobs); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				o := safe(jobs[k])
				mu.Lock()
				out[k] = o
				if done != nil {
					done(o)
				}
				mu.Unlock()
			}
		}()
	}
	for k := range jobs {
		if ctx.Err() != nil {
			out[k] = outcome{job: jobs[k], err: context.Cause(ctx)}
			continue
		}
		select {
		case next <- k:
		case <-ctx.Done():
			out[k] = outcome{job: jobs[k], err: context.Cause(ctx)}
		}
	}
	close(next)
	wg.Wait()
	return out
}

// reporter shows the progress of a batch: a bar on a terminal, or a log
// line per plan.
type reporter struct {
	log *slog.Logger
	bar *progressbar.ProgressBar
}

func newReporter(format string, n int, stderr io.Writer) (*reporter, error) {
	r := &reporter{}
	switch format {
	case "json":
		r.log = slog.New(slog.NewJSONHandler(stderr, nil))
	case "text":
		r.log = slog.New(slog.NewTextHandler(stderr, nil))
	case "":
		if isTerminal(stderr) && n > 1 {
			r.bar = progressbar.NewOptions(n, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription(msg.Format("batch.progress")),
				progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
		} else if n > 1 {
			r.log = slog.New(slog.NewTextHandler(stderr, nil))
		}
	default:
		return nil, usagef("batch.logFormat", format)
	}
	return r, nil
}

func (r *reporter) done(o outcome) {
	if r.bar != nil {
		r.bar.Add(1) //nolint:errcheck // a progress bar that fails to draw is not worth stopping for
	}
	if r.log == nil {
		return
	}
	if o.err != nil {
		r.log.Error(msg.Format("batch.logFailed"), "plan", o.job.String(), "error", firstLine(o.err))
		return
	}
	r.log.Info(msg.Format("batch.logWritten"), "plan", o.brief.id, "year", o.brief.year, "files", len(o.paths),
		"problems", o.brief.problems, "findings", o.brief.findings, "policy", strings.Join(o.policy, ","))
}

func firstLine(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + msg.Sprintf("batch.andMore", strings.Count(s, "\n"))
	}
	return s
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// The --fail-on policies: what a scheduled job may refuse to pass.
var policies = []struct {
	name string
	hit  func(*eval.Result) bool
}{
	{"binding-not-met", func(r *eval.Result) bool {
		for _, ind := range r.Indicators {
			if ind.Binding && (ind.Status == eval.NotMet || ind.Status == eval.Lagging || ind.Status == eval.SeriouslyLagging || ind.Status == eval.Reversed) {
				return true
			}
		}
		return false
	}},
	{"data-errors", func(r *eval.Result) bool {
		for _, q := range r.Quality {
			if q.Severity == eval.Error {
				return true
			}
		}
		return false
	}},
	{"data-warnings", func(r *eval.Result) bool { return len(r.Quality) > 0 }},
	{"problems", func(r *eval.Result) bool { return len(r.Problems) > 0 }},
	{"no-data", func(r *eval.Result) bool {
		if len(r.Summary.NoData) > 0 {
			return true
		}
		for _, ind := range r.Indicators {
			if ind.Status == eval.NoData {
				return true
			}
		}
		return false
	}},
}

func policyNames() []string {
	var out []string
	for _, p := range policies {
		out = append(out, p.name)
	}
	return out
}

// parsePolicies reads --fail-on.
func parsePolicies(list string) ([]string, error) {
	if strings.TrimSpace(list) == "" {
		return nil, nil
	}
	var out []string
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		found := false
		for _, p := range policies {
			found = found || p.name == name
		}
		if !found {
			return nil, usagef("batch.policy", name, strings.Join(policyNames(), ", "))
		}
		out = append(out, name)
	}
	return out, nil
}

// policyHits lists the policies res breaks.
func policyHits(res *eval.Result, names []string) []string {
	var out []string
	for _, name := range names {
		for _, p := range policies {
			if p.name == name && p.hit(res) {
				out = append(out, name)
			}
		}
	}
	return out
}

// summarizeBatch prints the end of a batch — what was written, what failed
// and why, what a signal stopped, which policies fired — and returns the
// run's error: the signal when the run was stopped (exit 130 or 143), an
// input error when a plan failed (exit 1), a policy error when a policy
// fired (exit 3).
func summarizeBatch(ctx context.Context, w io.Writer, outs []outcome, elapsed time.Duration) error {
	var failed, fired, stopped []outcome
	notStarted := 0
	var sig *interrupted
	for _, o := range outs {
		switch {
		case o.err != nil && errors.As(o.err, &sig):
			if o.started {
				stopped = append(stopped, o)
			} else {
				notStarted++
			}
		case o.err != nil:
			failed = append(failed, o)
		case len(o.policy) > 0:
			fired = append(fired, o)
		}
	}
	written := len(outs) - len(failed) - len(stopped) - notStarted
	msg.Fprintf(w, "batch.summary", len(outs), elapsed.Round(time.Millisecond), written, len(failed))
	if sig != nil {
		msg.Fprintf(w, "batch.summaryStopped", len(stopped), sigName(sig.sig), notStarted)
	}
	fmt.Fprintln(w)
	for _, o := range failed {
		msg.Fprintf(w, "batch.failed", o.job, strings.ReplaceAll(o.err.Error(), "\n", "\n  "))
	}
	for _, o := range stopped {
		msg.Fprintf(w, "batch.stopped", o.job)
	}
	for _, o := range outs {
		for _, n := range o.notes {
			msg.Fprintf(w, "batch.note", o.job, n)
		}
	}
	for _, o := range fired {
		fmt.Fprintf(w, "POLICY %s %d: %s\n", o.brief.id, o.brief.year, strings.Join(o.policy, ", "))
	}
	switch {
	case sig != nil:
		return sig
	case ctx.Err() != nil:
		return context.Cause(ctx)
	case len(failed) > 0:
		return &reported{exitInput}
	case len(fired) > 0:
		return &reported{exitPolicy}
	}
	return nil
}
