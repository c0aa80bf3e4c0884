package doc

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"plancheck/report/eval"
)

// TestGolden pins the whole tree of the default reports as its dump: the
// 2023 mid-term and 2024 annual reports, the 2025 final report (and one
// with an indicator's final value missing: finalFixture), the 2024 report following up 2023's
// (followResult) and a department's 2024 report. Any change of a
// sentence, a number, a row or a figure shows as a diff of
// testdata/*.golden. Refresh with go test ./report/doc -update after
// reading the diff.
func TestGolden(t *testing.T) {
	fx := loadFixture(t)
	cases := []struct {
		name string
		res  func() *eval.Result
	}{
		{"haidian-2023", func() *eval.Result { return fx.result(t, 2023) }},
		{"haidian-2024", func() *eval.Result { return fx.result(t, 2024) }},
		{"haidian-2025", func() *eval.Result { return fx.result(t, 2025) }},
		{"haidian-2025-nodata", func() *eval.Result { return finalFixture(t, fx) }},
		{"haidian-2024-previous", func() *eval.Result {
			return fx.followResult(t, 2024, "12", "自贸区企业收入增速持续低于目标，建议研究调整统计口径。")
		}},
		{"haidian-2024-tjj", func() *eval.Result {
			res, err := eval.ForDepartment(fx.p, fx.result(t, 2024), "tjj")
			if err != nil {
				t.Fatal(err)
			}
			return res
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := dump(t, build(t, c.res()))
			golden := filepath.Join("testdata", c.name+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./report/doc -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("the tree differs from %s; read the diff and run with -update if it is intended:\n%s", golden, firstDiff(got, string(want)))
			}
		})
	}
}

// finalFixture is the 2025 final evaluation the tests read: the sample's
// 2025 values without indicator 23's (数据待补), so that the report says
// at its top which indicator has no final-year value.
func finalFixture(t *testing.T, fx *fixture) *eval.Result {
	return fx.finalResult(t, []string{"23"})
}

// firstDiff shows the first differing line of two texts.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n  got:  %s\n  want: %s", i+1, al[i], bl[i])
		}
	}
	return "one is a prefix of the other"
}
