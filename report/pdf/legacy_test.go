package pdf

// TEMPORARY (issue 10): smoke tests of the old path (WriteResult), kept
// while the command still uses it; deleted with legacy.go.

import (
	"bytes"
	"strings"
	"testing"

	"plancheck/report/eval"
)

func resultOptions() ResultOptions {
	return ResultOptions{
		Date:             reportDate,
		DrawIndicator:    standIn,
		DrawDistribution: standInDistribution,
		DrawTasks:        standInTasks,
	}
}

func renderResult(t testing.TB, res *eval.Result, opts ResultOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteResult(&b, res, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestLegacyWrite(t *testing.T) {
	a := renderResult(t, fixture(), resultOptions())
	if b := renderResult(t, fixture(), resultOptions()); !bytes.Equal(a, b) {
		t.Error("two writes of the same result differ")
	}
	path := writeTemp(t, a)
	if out := run(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors") {
		t.Errorf("qpdf --check:\n%s", out)
	}
	flat := strings.Join(strings.Fields(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")), "")
	for _, w := range []string{"一、总体评价", "附表1", "目录", "北京市海淀区发展和改革委员会"} {
		if !strings.Contains(flat, w) {
			t.Errorf("pdftotext output lacks %q", w)
		}
	}
	for _, res := range []*eval.Result{withoutTasks(), {Plan: fixture().Plan, Year: 2021, Elapsed: 0.2, Stage: "annual"}} {
		renderResult(t, res, resultOptions())
	}
}
