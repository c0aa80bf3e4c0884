package doc

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGolden pins the whole tree of the default 2023 (midterm) and 2024
// reports as its dump: any change of a sentence, a number, a row or a
// figure shows as a diff of testdata/*.golden. Refresh with
// go test ./report/doc -update after reading the diff.
func TestGolden(t *testing.T) {
	fx := loadFixture(t)
	for _, year := range []int{2023, 2024} {
		t.Run(fmt.Sprint(year), func(t *testing.T) {
			got := dump(t, build(t, fx.result(t, year)))
			golden := filepath.Join("testdata", fmt.Sprintf("haidian-%d.golden", year))
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
