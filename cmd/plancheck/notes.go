package main

import (
	"fmt"
	"sort"
	"strings"

	"plancheck/report/eval"
	"plancheck/report/model"
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
	type book struct {
		other   map[int]bool
		unknown int
	}
	books := map[string]*book{}
	var order []string
	for _, a := range adj {
		b := books[a.At.File]
		if b == nil {
			b = &book{other: map[int]bool{}}
			books[a.At.File] = b
			order = append(order, a.At.File)
		}
		switch a.Year {
		case year:
			keep = append(keep, a)
		case 0:
			keep = append(keep, a)
			b.unknown++
		default:
			b.other[a.Year] = true
		}
	}
	for _, file := range order {
		b := books[file]
		name := file
		if name == "" {
			name = "a workbook"
		}
		if len(b.other) > 0 {
			var ys []string
			for _, y := range sortedKeys(b.other) {
				ys = append(ys, fmt.Sprint(y))
			}
			notes = append(notes, fmt.Sprintf("%s: its 状态调整/调整理由/分析意见 were written for %s and are not applied to the %d evaluation",
				name, strings.Join(ys, " and "), year))
		}
		if b.unknown > 0 {
			notes = append(notes, fmt.Sprintf("%s: the workbook does not record which year its 状态调整/调整理由/分析意见 were written for (an Excel report of an older plancheck); %d are applied to the %d evaluation: check that they still hold",
				name, b.unknown, year))
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

// missingCodes are the findings of data a department did not report, and
// how a summary counts them.
var missingCodes = map[model.FindingCode][2]string{
	model.FindMissing:        {"indicator", "indicators"},
	model.FindTaskMissing:    {"task", "tasks"},
	model.FindProjectMissing: {"project", "projects"},
}

// isMissing tells whether a finding is one of the missing reports that
// missingSummary counts instead of listing.
func isMissing(q eval.Finding) bool {
	_, ok := missingCodes[q.Code]
	return ok
}

// missingSummary is a line per lead department counting the indicators,
// tasks and projects whose reports are missing up to the evaluation year,
// e.g. "区科委 (kw): data not reported up to 2024 for 5 indicators, 2 tasks".
// A plan with many departments misses dozens of reports in a year; one
// line each keeps the other findings readable. The departments come in the
// plan's order, then any lead the plan does not list, by name.
func missingSummary(p *model.Plan, res *eval.Result) []string {
	lead := map[string]string{} // "kind:id" → lead department id
	for _, ind := range p.Indicators {
		lead["indicator:"+ind.ID] = ind.Lead
	}
	for _, t := range p.Tasks {
		lead["task:"+t.ID] = t.Lead
	}
	for _, pj := range p.Projects {
		lead["project:"+pj.ID] = pj.Lead
	}
	counts := map[string]map[model.FindingCode]int{} // department → code → n
	for _, q := range res.Quality {
		if !isMissing(q) {
			continue
		}
		var key string
		switch q.Code {
		case model.FindMissing:
			key = "indicator:" + q.Indicator
		case model.FindTaskMissing:
			key = "task:" + q.Task
		default:
			key = "project:" + q.Project
		}
		d := lead[key]
		if counts[d] == nil {
			counts[d] = map[model.FindingCode]int{}
		}
		counts[d][q.Code]++
	}
	var depts []string
	listed := map[string]bool{}
	for _, d := range p.Departments {
		listed[d.ID] = true
		if counts[d.ID] != nil {
			depts = append(depts, d.ID)
		}
	}
	var others []string
	for d := range counts {
		if !listed[d] {
			others = append(others, d)
		}
	}
	sort.Strings(others)
	depts = append(depts, others...)

	var lines []string
	for _, d := range depts {
		var parts []string
		for _, code := range []model.FindingCode{model.FindMissing, model.FindTaskMissing, model.FindProjectMissing} {
			if n := counts[d][code]; n > 0 {
				w := missingCodes[code]
				word := w[1]
				if n == 1 {
					word = w[0]
				}
				parts = append(parts, fmt.Sprintf("%d %s", n, word))
			}
		}
		lines = append(lines, fmt.Sprintf("%s: data not reported up to %d for %s", departmentLabel(p, d), res.Year, strings.Join(parts, ", ")))
	}
	return lines
}

// departmentLabel names a lead department in a message: its name and id,
// or the lead as the plan wrote it when the plan lists no departments.
func departmentLabel(p *model.Plan, id string) string {
	if id == "" {
		return "(no lead department)"
	}
	name := p.DepartmentName(id)
	if name == "" || name == id {
		return id
	}
	return fmt.Sprintf("%s (%s)", name, id)
}
