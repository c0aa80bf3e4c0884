package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"plancheck/report/clients"
	"plancheck/report/doc"
)

// client returns the path of a real client program the end-to-end checks
// use (report/clients).
func client(t *testing.T, name string) string {
	t.Helper()
	return clients.Path(t, "make deps installs it", name)
}

func clientOutput(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(client(t, name), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// TestDefaultReportPDF checks the default report with the real PDF clients:
// qpdf finds the file sound, every font is embedded and subset, and the
// text holds the title, every section heading, every indicator's name and
// every status label it was given.
func TestDefaultReportPDF(t *testing.T) {
	for _, year := range []string{"2023", "2024", "2025"} {
		t.Run(year, func(t *testing.T) {
			dir := t.TempDir()
			if stdout, stderr, code := runCmd(t, "report", "--year", year, "--date", "2026-03-15", "--out", dir); code != 0 {
				t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
			}
			pdfPath := filepath.Join(dir, "haidian-14th_"+year+".pdf")
			res := readResult(t, filepath.Join(dir, "haidian-14th_"+year+".json"))

			clientOutput(t, "qpdf", "--check", pdfPath)

			fonts := strings.Split(strings.TrimSpace(clientOutput(t, "pdffonts", pdfPath)), "\n")
			if len(fonts) < 3 {
				t.Fatalf("pdffonts lists no font:\n%s", strings.Join(fonts, "\n"))
			}
			for _, line := range fonts[2:] {
				f := strings.Fields(line)
				// name type encoding emb sub uni object ID: emb and sub are the 5th and 4th from the end.
				if len(f) < 7 || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" {
					t.Errorf("font not embedded and subset: %s", line)
				}
			}

			// In reading order, and in the order drawn (-raw), which keeps a
			// table cell's lines together where reading order interleaves
			// them with the cells beside it.
			text := clientOutput(t, "pdftotext", "-enc", "UTF-8", pdfPath, "-") + clientOutput(t, "pdftotext", "-raw", "-enc", "UTF-8", pdfPath, "-")
			flat := strings.Join(strings.Fields(text), "")
			must := reportParts(year)
			for _, ind := range res.Indicators {
				must = append(must, ind.Name, ind.StatusLabel)
			}
			for _, tk := range res.Tasks {
				if tk.Key && tk.Behind {
					must = append(must, "重点任务"+tk.ID+" "+tk.Title)
				}
			}
			for _, p := range res.Projects {
				must = append(must, p.Name)
			}
			for _, s := range must {
				// The report sets names in Chinese punctuation (执业（助理）医师).
				if !strings.Contains(flat, strings.Join(strings.Fields(doc.Normalize(s)), "")) {
					t.Errorf("pdftotext lacks %q", s)
				}
			}
		})
	}
}

// reportParts is what the default report of the sample's year prints
// whatever the format: the title, the parts of its stage (the mid-term
// adds 后半程展望 and makes 规划调整建议 a part; the final year has no
// outlook), the annexes and a page number in the 公文 form.
func reportParts(year string) []string {
	must := []string{"海淀区“十四五”规划", "一、总体评价", "二、主要成效", "三、主要指标进展情况", "四、重点任务实施情况", "五、重大项目推进情况", "六、存在的主要问题", "附表", "部门责任清单", "数据质量", "评估方法说明", "— 3 —"}
	switch year {
	case "2023":
		must = append(must, "中期评估", "时间过半、任务过半", "七、后半程展望", "八、下一步工作建议", "九、规划调整建议")
	case "2024":
		must = append(must, "七、下一步工作建议", "规划调整建议")
	case "2025":
		must = append(must, "总结评估", "七、下一步工作建议", "规划调整建议", "下一个五年规划")
	}
	return must
}
