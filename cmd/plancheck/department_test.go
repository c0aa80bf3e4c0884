package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// A department's report holds that department's items and no others.
func TestDepartmentReport(t *testing.T) {
	dir := t.TempDir()
	if stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--department", "区教委", "--out", dir); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	own := readResult(t, filepath.Join(dir, "haidian-14th_2023_jw.json"))
	all := readResult(t, filepath.Join("testdata", "haidian-14th_2023.golden.json"))
	if own.Department == nil || own.Department.ID != "jw" {
		t.Fatalf("department = %+v", own.Department)
	}
	mine := map[string]bool{}
	for _, ind := range own.Indicators {
		if ind.Lead != "jw" {
			t.Errorf("indicator %s of %s in jw's report", ind.ID, ind.Lead)
		}
		mine[ind.Name] = true
	}
	for _, task := range own.Tasks {
		if task.Lead != "jw" {
			t.Errorf("task %s of %s in jw's report", task.ID, task.Lead)
		}
	}
	if len(own.Indicators) == 0 || len(own.Tasks) == 0 {
		t.Fatalf("jw's report has %d indicators and %d tasks", len(own.Indicators), len(own.Tasks))
	}
	// The workbook holds jw's indicators only, on every sheet.
	book, err := excelize.OpenFile(filepath.Join(dir, "haidian-14th_2023_jw.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	for _, sheet := range []string{"指标评估", "指标数据"} {
		rows, err := book.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, ind := range all.Indicators {
				if !mine[ind.Name] && strings.Join(row, "|") != "" && contains(row, ind.Name) {
					t.Errorf("%s of jw's workbook has %s's indicator %s", sheet, ind.Lead, ind.Name)
				}
			}
		}
	}
	// The PDF names jw's indicators and none of the others'.
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return
	}
	text := strings.Join(strings.Fields(clientOutput(t, "pdftotext", "-enc", "UTF-8", filepath.Join(dir, "haidian-14th_2023_jw.pdf"), "-")), "")
	if !strings.Contains(text, "区教委") {
		t.Error("the PDF does not name the department")
	}
	for _, ind := range all.Indicators {
		if mine[ind.Name] != strings.Contains(text, ind.Name) {
			t.Errorf("indicator %s %s: in jw's PDF = %v, jw's = %v", ind.ID, ind.Name, strings.Contains(text, ind.Name), mine[ind.Name])
		}
	}
	// A department that leads nothing is a fact of the plan, not a mistake
	// on the command line: exit 1, not 2.
	if _, stderr, code := runCmd(t, "report", "--department", "区体育局", "--out", t.TempDir()); code != exitInput || !strings.Contains(stderr, "leads no indicator, task or project") {
		t.Errorf("a department with nothing: exit %d %s", code, stderr)
	}
}

func contains(row []string, s string) bool {
	for _, c := range row {
		if c == s {
			return true
		}
	}
	return false
}
