// Package data embeds the default plan (北京市海淀区 14th FYP) and its sample
// monitoring workbook, so that a bare `plancheck report` works on a fresh
// machine.
//
// The workbook is generated from haidian-sample.tsv, which is the file to
// edit; README.md says which of its values are real, with their sources, and
// which are invented samples (marked 示例 in the workbook's 数据来源).
// Rewrite the workbook with:
//
//	go test ./data -run TestSample -update
package data

import "embed"

// FS holds PlanFile and SampleWorkbook at its root, and InitPlan.
//
//go:embed plan.yaml haidian-sample.xlsx init/plan.yaml
var FS embed.FS

// The files in FS.
const (
	PlanFile       = "plan.yaml"           // the Haidian plan in plancheck's plan format
	SampleWorkbook = "haidian-sample.xlsx" // monitoring data 2020–2025, mostly 示例
	// InitPlan is the plan plancheck init writes: every field explained in
	// Chinese comments, one example indicator of every target kind, each
	// example value's line ending in ToFill.
	InitPlan = "init/plan.yaml"
)

// ToFill ends each line of InitPlan that holds an example value to
// replace: plancheck validate lists the lines still holding it.
const ToFill = "# 待填"
