package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGoldenJSON pins the whole evaluation of the embedded plan and sample
// workbook: any change in a number, a status or a message shows up as a diff
// of testdata/*.golden.json. Refresh with `go test ./cmd/plancheck -update`
// after checking the diff is intended.
func TestGoldenJSON(t *testing.T) {
	for _, year := range []string{"2023", "2024", "2025"} {
		dir := t.TempDir()
		if stdout, stderr, code := runCmd(t, "evaluate", "--year", year, "--out", dir); code != 0 {
			t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
		}
		got, err := os.ReadFile(filepath.Join(dir, "haidian-14th_"+year+".json"))
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", "haidian-14th_"+year+".golden.json")
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./cmd/plancheck -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the evaluation; diff the two and run with -update if the change is intended:\n%s", golden, firstDiff(got, want))
		}
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(a, b []byte) string {
	al, bl := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := 0; i < len(al) && i < len(bl); i++ {
		if !bytes.Equal(al[i], bl[i]) {
			return "line " + strconv.Itoa(i+1) + ":\n  got:  " + string(al[i]) + "\n  want: " + string(bl[i])
		}
	}
	return "one is a prefix of the other"
}
