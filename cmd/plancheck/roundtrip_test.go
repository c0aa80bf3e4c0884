package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"plancheck/report/clients"
)

// TestRoundTrip is the analysts' loop: plancheck writes the Excel report, an
// analyst corrects a value, adjusts a status and writes an analysis, and
// plancheck takes the edited workbook back as its input. (The test edits the
// workbook with excelize, as Excel would; plancheck itself writes workbooks
// only through report/xlsx.)
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	if stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--out", first); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	before := readResult(t, filepath.Join(first, "haidian-14th_2023.json"))
	book := filepath.Join(first, "haidian-14th_2023.xlsx")

	// The report's own output folder is refused as --out: it would overwrite the input.
	if _, stderr, code := runCmd(t, "report", "--year", "2023", "--data", book, "--out", first); code == 0 || !strings.Contains(stderr, "would overwrite the input") {
		t.Errorf("overwriting the input: exit %d %s", code, stderr)
	}

	// Unchanged, the workbook gives the same evaluation.
	same := filepath.Join(dir, "same")
	if stdout, stderr, code := runCmd(t, "evaluate", "--year", "2023", "--data", book, "--out", same); code != 0 {
		t.Fatalf("unchanged round trip: exit %d\n%s%s", code, stdout, stderr)
	}
	again := readResult(t, filepath.Join(same, "haidian-14th_2023.json"))
	for i := range before.Indicators {
		if a, b := before.Indicators[i], again.Indicators[i]; a.Status != b.Status || !sameFloat(a.PaceRatio, b.PaceRatio) {
			t.Errorf("indicator %s: %s %v → %s %v", a.ID, a.Status, deref(a.PaceRatio), b.Status, deref(b.PaceRatio))
		}
	}

	// Edit: indicator 7 (园区企业研发投入强度, lagging) corrected to 6.0 in 2023;
	// indicator 12 adjusted by hand with a reason; an analysis for indicator 5.
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	setRowCell(t, f, "指标数据", map[int]string{1: "7", 3: "2023"}, 4, 6.0)
	setRowCell(t, f, "指标评估", map[int]string{2: "12"}, col(t, f, "指标评估", "状态调整"), "基本符合预期")
	setRowCell(t, f, "指标评估", map[int]string{2: "12"}, col(t, f, "指标评估", "调整理由"), "自贸区企业统计口径于2023年调整，按新口径测算增速符合预期")
	setRowCell(t, f, "指标评估", map[int]string{2: "5"}, col(t, f, "指标评估", "分析意见"), "劳动生产率稳步提高，新动能贡献加大")
	edited := filepath.Join(dir, "edited.xlsx")
	if err := f.SaveAs(edited); err != nil {
		t.Fatal(err)
	}
	second := filepath.Join(dir, "second")
	if stdout, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--data", edited, "--out", second); code != 0 {
		t.Fatalf("edited round trip: exit %d\n%s%s", code, stdout, stderr)
	}
	after := readResult(t, filepath.Join(second, "haidian-14th_2023.json"))
	byID := func(id string) int {
		for i, ind := range after.Indicators {
			if ind.ID == id {
				return i
			}
		}
		t.Fatalf("no indicator %s", id)
		return 0
	}
	i7, i12, i5 := byID("7"), byID("12"), byID("5")
	if before.Indicators[i7].Status == after.Indicators[i7].Status || *after.Indicators[i7].Value != 6.0 {
		t.Errorf("the corrected value did not change indicator 7: %s → %s", before.Indicators[i7].Status, after.Indicators[i7].Status)
	}
	if ind := after.Indicators[i12]; !ind.Manual || ind.Status != "on_track" || ind.ComputedStatus != before.Indicators[i12].Status {
		t.Errorf("indicator 12 not adjusted: %+v", ind)
	}
	if after.Indicators[i5].Comment == "" {
		t.Error("the analysis of indicator 5 was lost")
	}
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command(pdftotext, "-enc", "UTF-8", filepath.Join(second, "haidian-14th_2023.pdf"), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(out)), "")
		for _, want := range []string{"劳动生产率稳步提高，新动能贡献加大", "人工调整", "自贸区企业统计口径于2023年调整"} {
			if !strings.Contains(text, want) {
				t.Errorf("the PDF lacks %q", want)
			}
		}
	} else if clients.Required() {
		// Without it the rest of the round trip is still checked.
		t.Fatal("pdftotext is not installed and PLANCHECK_REQUIRE_CLIENTS is set; install poppler-utils")
	}

	// A status adjustment without a reason is refused, naming the cell.
	setRowCell(t, f, "指标评估", map[int]string{2: "12"}, col(t, f, "指标评估", "调整理由"), "")
	if err := f.SaveAs(edited); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runCmd(t, "report", "--year", "2023", "--data", edited, "--out", filepath.Join(dir, "third"))
	if code != exitInput || !strings.Contains(stderr, "edited.xlsx: 指标评估!") || !strings.Contains(stderr, "has no 调整理由") {
		t.Errorf("adjustment without reason: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "third")); err == nil {
		t.Error("a refused run wrote its output folder")
	}
}

func sameFloat(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	d := *a - *b
	return d < 1e-9 && d > -1e-9
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// col finds a header's column on the sheet's first rows.
func col(t *testing.T, f *excelize.File, sheet, header string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r := 0; r < len(rows) && r < 10; r++ {
		for c, v := range rows[r] {
			if strings.HasPrefix(v, header) {
				return c + 1
			}
		}
	}
	t.Fatalf("%s has no column %s", sheet, header)
	return 0
}

// setRowCell sets column target of the row whose cells match (1-based
// column → text).
func setRowCell(t *testing.T, f *excelize.File, sheet string, match map[int]string, target int, v any) {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		ok := true
		for c, want := range match {
			ok = ok && c <= len(row) && strings.TrimSpace(row[c-1]) == want
		}
		if ok {
			cell, _ := excelize.CoordinatesToCellName(target, r+1)
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("%s: no row matching %v", sheet, match)
}

// TestProposalRoundTrip: an analyst's choice on 规划调整建议 (建议调整目标,
// with its reason) comes back from the Excel report into the JSON and the
// PDF's 规划调整建议, marked as the analysts' choice; one left as proposed
// stays plancheck's default.
func TestProposalRoundTrip(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first")
	if stdout, stderr, code := runCmd(t, "report", "--year", "2024", "--date", "2025-03-15", "--out", first); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	f, err := excelize.OpenFile(filepath.Join(first, "haidian-14th_2024.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	const reason = "园区统计范围2024年扩大，按原口径目标不可比"
	setRowCell(t, f, "规划调整建议", map[int]string{1: "7"}, col(t, f, "规划调整建议", "建议处理方式"), "建议调整统计口径")
	setRowCell(t, f, "规划调整建议", map[int]string{1: "7"}, col(t, f, "规划调整建议", "理由"), reason)
	edited := filepath.Join(dir, "edited.xlsx")
	if err := f.SaveAs(edited); err != nil {
		t.Fatal(err)
	}
	second := filepath.Join(dir, "second")
	if stdout, stderr, code := runCmd(t, "report", "--year", "2024", "--date", "2025-03-15", "--data", edited, "--out", second); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	res := readResult(t, filepath.Join(second, "haidian-14th_2024.json"))
	var chosen, defaults int
	for _, p := range res.Proposals {
		switch {
		case p.Indicator == "7":
			if !p.Chosen || p.Handling != "adjust_measure" || p.Reason != reason {
				t.Errorf("indicator 7's proposal: %+v", p)
			}
			chosen++
		case p.Chosen || p.Handling != "keep":
			t.Errorf("a proposal nobody edited: %+v", p)
		default:
			defaults++
		}
	}
	if chosen != 1 || defaults == 0 {
		t.Fatalf("proposals: %d chosen, %d default (%+v)", chosen, defaults, res.Proposals)
	}
	text := strings.Join(strings.Fields(clientOutput(t, "pdftotext", "-enc", "UTF-8", filepath.Join(second, "haidian-14th_2024.pdf"), "-")), "")
	for _, want := range []string{"建议调整统计口径", reason, "分析人员选定"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
}
