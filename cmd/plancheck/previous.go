package main

import (
	"bytes"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/msg"
	"plancheck/report/previous"
)

// readPrevious reads --previous, last year's report (its JSON or its Excel
// report), into in.data.Previous for the evaluation of year y. The file is
// an input like the workbooks: it is read once, never written, and an
// output that would replace it is refused (in.files). A report of y or a
// later year is refused; one older than y−1 is taken, with a note. A
// department's report goes with --department of that department only,
// which reportJob checks (in.prevDept).
func (in *inputs) readPrevious(path string, y int) error {
	if _, err := statInput("--previous", path); err != nil {
		return &inputError{[]error{err}}
	}
	b, info, err := readFile(path, previous.MaxSize)
	if err != nil {
		return &inputError{[]error{msg.Errorf("prev.err", err)}}
	}
	rep, err := previous.Read(bytes.NewReader(b), path, in.plan)
	if err != nil {
		return &inputError{[]error{msg.Errorf("prev.err", err)}}
	}
	note, err := previous.Check(rep, y)
	if err != nil {
		return &inputError{[]error{msg.Errorf("prev.err", err)}}
	}
	if note != "" {
		in.notes = append(in.notes, "--previous "+note)
	}
	in.data.Previous = &rep.Previous
	in.prevDept = rep.Department
	in.files = append(in.files, inputFile{path, info})
	return nil
}

// checkPreviousDepartment refuses a department's report of last year
// (--previous) for another department's report, or for the whole plan's:
// its problems are that department's only, so the follow-up would leave
// out every other department's without a word. dept is the
// department reported on ("" for the whole plan). The whole plan's report
// of last year goes with any --department: eval keeps the department's
// part of the follow-up.
func checkPreviousDepartment(in *inputs, file, dept string) error {
	switch {
	case in.prevDept == "" || in.prevDept == dept:
		return nil
	case dept == "":
		return &inputError{[]error{msg.Errorf("prev.deptOnly", file, in.prevDept, in.prevDept)}}
	}
	return &inputError{[]error{msg.Errorf("prev.otherDept", file, in.prevDept, dept, dept)}}
}

// maxListed is how many indicators a stderr line names before "and N more".
const maxListed = 10

// noDataLine is, in the plan's final year, the line that says how many
// indicators have no data for that year and which (eval's Summary.NoData),
// and that the report says so at its top; "" in other years or when every
// indicator has its data.
func noDataLine(res *eval.Result) string {
	s := res.Summary
	if res.Stage != model.Final || len(s.NoData) == 0 {
		return ""
	}
	return msg.Sprintf("prev.noData",
		res.Year, len(s.NoData), s.Total, res.Year, indicatorList(res, s.NoData), res.Year)
}

// indicatorList names indicators by id and name, at most maxListed.
func indicatorList(res *eval.Result, ids []string) string {
	names := map[string]string{}
	for _, r := range res.Indicators {
		names[r.ID] = r.Name
	}
	var parts []string
	for i, id := range ids {
		if i == maxListed {
			parts = append(parts, msg.Sprintf("prev.andMore", len(ids)-maxListed))
			break
		}
		parts = append(parts, strings.TrimSpace(id+" "+names[id]))
	}
	return strings.Join(parts, ", ")
}

// nothingAssessable refuses a final evaluation (the plan's target year) in
// which no indicator of the plan can be assessed (Summary.Assessable is 0
// of a Total above 0): a 总结评估 of every indicator 数据待补 judges
// nothing, and is no report of the plan's end. In other years the report
// is still written: it is how the departments see what they have not
// reported, and the next year's data complete it. It
// says which data are missing — the year's column of the sheet 指标数据,
// in which workbooks — and that nothing was written. res is the whole
// plan's result (a department's report is refused when the plan has
// nothing to assess, since its district line would state nothing).
func nothingAssessable(res *eval.Result, in *inputs) error {
	s := res.Summary
	if res.Stage != model.Final || s.Total == 0 || s.Assessable > 0 {
		return nil
	}
	y := res.Year
	what := msg.Sprintf("prev.noneAssessable", s.Total, y)
	if n := len(s.NoData); n > 0 {
		what += msg.Sprintf("prev.noValue", n, y)
	}
	if len(in.books) == 0 {
		return &inputError{[]error{msg.Errorf("prev.embedded", what, y, y)}}
	}
	where := strings.Join(in.books, ", ")
	if len(in.books) > maxListed {
		where = strings.Join(in.books[:maxListed], ", ") + msg.Sprintf("prev.andMoreBooks", len(in.books)-maxListed)
	}
	return &inputError{[]error{msg.Errorf("prev.fill", what, y, where, y)}}
}
