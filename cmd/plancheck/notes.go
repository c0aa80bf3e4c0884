package main

import (
	"fmt"
	"sort"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
	"plancheck/report/msg"
)

// adjustmentsFor keeps the analysts' adjustments (状态调整, 调整理由,
// 分析意见 on 指标评估) that belong to the evaluation year: a manual status
// or an analysis was written for the year of the report it was typed into,
// and applying 2023's to 2024 would present last year's judgement as this
// year's. Those of another year are dropped, with a note per workbook.
//
// An adjustment of year 0 comes from an Excel report that does not record
// its year (written by an older plancheck). It is applied, since dropping
// it would lose the analysts' work without a way to know it was right to,
// and the note asks to check it.
func adjustmentsFor(adj []model.Adjustment, year int) (keep []model.Adjustment, notes []string) {
	return ofYear(adj, year, "状态调整/调整理由/分析意见", func(a model.Adjustment) (string, int) { return a.At.File, a.Year })
}

// proposalsFor keeps the analysts' choices on 规划调整建议 of the
// evaluation year, by adjustmentsFor's rule: a handling chosen for 2024's
// projection is not a choice about 2025's result.
func proposalsFor(ps []model.Proposal, year int) (keep []model.Proposal, notes []string) {
	return ofYear(ps, year, "规划调整建议", func(p model.Proposal) (string, int) { return p.At.File, p.Year })
}

// ofYear keeps the items written for year (or for an unknown year, 0) and
// says, per workbook, what it dropped or could not date. what names the
// columns in the notes; at gives an item's workbook and year.
func ofYear[T any](items []T, year int, what string, at func(T) (string, int)) (keep []T, notes []string) {
	type book struct {
		other   map[int]bool
		unknown int
	}
	books := map[string]*book{}
	var order []string
	for _, it := range items {
		file, y := at(it)
		b := books[file]
		if b == nil {
			b = &book{other: map[int]bool{}}
			books[file] = b
			order = append(order, file)
		}
		switch y {
		case year:
			keep = append(keep, it)
		case 0:
			keep = append(keep, it)
			b.unknown++
		default:
			b.other[y] = true
		}
	}
	for _, file := range order {
		b := books[file]
		name := file
		if name == "" {
			name = msg.Format("notes.aWorkbook")
		}
		if len(b.other) > 0 {
			var ys []string
			for _, y := range sortedKeys(b.other) {
				ys = append(ys, fmt.Sprint(y))
			}
			notes = append(notes, msg.Sprintf("notes.otherYear",
				name, what, strings.Join(ys, msg.Format("cmd.andSep")), year))
		}
		if b.unknown > 0 {
			notes = append(notes, msg.Sprintf("notes.unknownYear",
				name, what, b.unknown, year))
		}
	}
	return keep, notes
}

func sortedKeys(m map[int]bool) []int {
	var out []int
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// missingCodes are the findings of data a department did not report:
// missingSummary counts them instead of listing them.
var missingCodes = map[model.FindingCode]bool{
	model.FindMissing:        true,
	model.FindTaskMissing:    true,
	model.FindProjectMissing: true,
}

// isMissing tells whether a finding is one of the missing reports that
// missingSummary counts instead of listing.
func isMissing(q eval.Finding) bool { return missingCodes[q.Code] }

// missingSummary is a line per lead department counting the indicators,
// tasks and projects whose reports are missing up to the evaluation year
// (eval's DepartmentResult.Unreported), e.g. "区科委 (kw): data not
// reported up to 2024 for 5 indicators, 2 tasks". A plan with many
// departments misses dozens of reports in a year; one line each keeps the
// other findings readable. The departments come in eval's order: the
// plan's, then any lead the plan does not list.
func missingSummary(res *eval.Result) []string {
	var lines []string
	for _, d := range res.Departments {
		u := d.Unreported
		var parts []string
		for _, c := range []struct {
			n          int
			one, other string
		}{{u.Indicators, "notes.indicator", "notes.indicators"}, {u.Tasks, "notes.task", "notes.tasks"}, {u.Projects, "notes.project", "notes.projects"}} {
			switch {
			case c.n == 1:
				parts = append(parts, msg.Format(c.one))
			case c.n > 1:
				parts = append(parts, msg.Sprintf(c.other, c.n))
			}
		}
		if len(parts) > 0 {
			lines = append(lines, msg.Sprintf("notes.missing", departmentLabel(d), res.Year, strings.Join(parts, msg.Format("cmd.listSep"))))
		}
	}
	return lines
}

// departmentLabel names a lead department in a message: its name and id,
// or the lead as the plan wrote it when the plan does not list it.
func departmentLabel(d eval.DepartmentResult) string {
	if d.ID == "" || d.ID == "—" {
		return msg.Format("notes.noLead")
	}
	if d.Name == "" || d.Name == d.ID {
		return d.ID
	}
	return fmt.Sprintf("%s (%s)", d.Name, d.ID)
}
