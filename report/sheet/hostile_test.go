package sheet

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestHostileFiles reads the hostile workbooks of testdata/hostile — a zip
// bomb (a 200 MiB sheet in 200 KB) and a sheet of a million rows — and
// checks that each is refused with its message, quickly and without
// holding what it would expand to.
func TestHostileFiles(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"zip-bomb.xlsx", "zip-bomb.xlsx"},
		{"million-rows.xlsx", "more than 100000 rows"},
	} {
		t.Run(c.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("../../testdata/hostile", c.file))
			if err != nil {
				t.Fatal(err)
			}
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err = Read(strings.NewReader(string(b)), c.file, testPlan())
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want %q", err, c.want)
			}
			if took > 2*time.Second {
				t.Errorf("took %v to refuse", took)
			}
			// Bounded memory: far less than the 200 MiB the bomb expands to.
			if grown := after.TotalAlloc - before.TotalAlloc; grown > 150<<20 {
				t.Errorf("allocated %d MiB to refuse it", grown>>20)
			}
			t.Logf("%s: %v, %d MiB allocated: %v", c.file, took, (after.TotalAlloc-before.TotalAlloc)>>20, err)
		})
	}
}
