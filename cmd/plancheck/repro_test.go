package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"plancheck/data"
)

// TestReportDate: --date and SOURCE_DATE_EPOCH are UTC, today is today's
// UTC date, and a year outside 1900–2200 is bad usage naming its source.
func TestReportDate(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	utc := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	y1900 := utc(1900, 1, 1).Unix() // -2208988800
	y2201 := utc(2201, 1, 1).Unix() // 7289654400
	for _, c := range []struct {
		flag, epoch string
		now         time.Time
		want        time.Time
		err         string
	}{
		{flag: "2024-03-15", want: utc(2024, 3, 15)},
		{flag: "2024-03-15", epoch: "0", want: utc(2024, 3, 15)},    // --date wins
		{epoch: "1710460800", want: utc(2024, 3, 15)},               // 19797 days × 86400 s
		{epoch: "1710500000", want: time.Unix(1710500000, 0).UTC()}, // the instant, 10:53:20 UTC
		// Today, as a UTC date: 07:00 in Shanghai on the 15th is 23:00 UTC on the 14th.
		{now: time.Date(2024, 3, 15, 7, 0, 0, 0, shanghai), want: utc(2024, 3, 14)},
		{now: time.Date(2024, 3, 15, 9, 0, 0, 0, shanghai), want: utc(2024, 3, 15)},
		{flag: "1900-01-01", want: utc(1900, 1, 1)},
		{flag: "2200-12-31", want: utc(2200, 12, 31)},
		{flag: "1899-12-31", err: "--date 1899-12-31: the year 1899 is outside 1900–2200; give the report's date as YYYY-MM-DD"},
		{flag: "2201-01-01", err: "--date 2201-01-01: the year 2201 is outside 1900–2200"},
		{flag: "0001-01-01", err: "--date 0001-01-01: the year 1 is outside 1900–2200"},
		{flag: "2024/03/15", err: `--date "2024/03/15": give the date as YYYY-MM-DD, e.g. 2024-03-15`},
		{flag: strings.Repeat("9", 100), err: `--date "` + strings.Repeat("9", 80) + `…": give the date as YYYY-MM-DD`},
		{epoch: strconv.FormatInt(y1900, 10), want: utc(1900, 1, 1)},
		{epoch: strconv.FormatInt(y1900-1, 10), err: "SOURCE_DATE_EPOCH -2208988801 is outside the years 1900–2200"},
		{epoch: strconv.FormatInt(y2201-1, 10), want: time.Date(2200, 12, 31, 23, 59, 59, 0, time.UTC)},
		{epoch: strconv.FormatInt(y2201, 10), err: "SOURCE_DATE_EPOCH 7289654400 is outside the years 1900–2200"},
		{epoch: "99999999999999999", err: "SOURCE_DATE_EPOCH 99999999999999999 is outside the years 1900–2200"},
		{epoch: "1e9", err: `SOURCE_DATE_EPOCH "1e9" is not a number of seconds since 1970-01-01 UTC`},
	} {
		got, err := reportDate(c.flag, c.epoch, c.now)
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("reportDate(%q, %q) = %v, %v; want %q", c.flag, c.epoch, got, err, c.err)
			} else if _, ok := err.(*usageError); !ok {
				t.Errorf("reportDate(%q, %q): %T, want a usage error", c.flag, c.epoch, err)
			}
		case err != nil || !got.Equal(c.want) || got.Location() != time.UTC:
			t.Errorf("reportDate(%q, %q, %v) = %v, %v; want %v", c.flag, c.epoch, c.now, got, err, c.want)
		}
	}
	// On the command line: exit 2, naming the flag or the variable.
	if _, stderr, code := runCmd(t, "report", "--date", "2301-01-01"); code != exitUsage || !strings.Contains(stderr, "--date 2301-01-01: the year 2301 is outside 1900–2200") {
		t.Errorf("--date 2301: exit %d %s", code, stderr)
	}
	if _, stderr, code := runCmd(t, "template", "--year", "2024", "--date", "1066-10-14"); code != exitUsage || !strings.Contains(stderr, "--date 1066-10-14: the year 1066") {
		t.Errorf("template --date 1066: exit %d %s", code, stderr)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "-99999999999")
	if _, stderr, code := runCmd(t, "report"); code != exitUsage || !strings.Contains(stderr, "SOURCE_DATE_EPOCH -99999999999 is outside the years 1900–2200") {
		t.Errorf("SOURCE_DATE_EPOCH: exit %d %s", code, stderr)
	}
}

// TestTimeZoneSameBytes: the same inputs and date give the same bytes of
// every output whatever TZ says, for --date and for SOURCE_DATE_EPOCH.
// (plancheck runs as a process, since the time zone is read at start.)
func TestTimeZoneSameBytes(t *testing.T) {
	for _, how := range []struct {
		name string
		env  []string
		args []string
	}{
		{"--date", nil, []string{"--date", "2024-03-15"}},
		{"SOURCE_DATE_EPOCH", []string{"SOURCE_DATE_EPOCH=1710460800"}, nil},
	} {
		t.Run(how.name, func(t *testing.T) {
			var first map[string][]byte
			for _, tz := range []string{"UTC", "Asia/Shanghai", "America/Los_Angeles"} {
				o := t.TempDir()
				args := append([]string{"report", "--year", "2023", "--out", o}, how.args...)
				if _, stderr, code := runProc(t, append(how.env, "TZ="+tz), args...); code != 0 {
					t.Fatalf("TZ=%s: exit %d %s", tz, code, stderr)
				}
				got := map[string][]byte{}
				for _, n := range setNames() {
					got[n], _ = os.ReadFile(filepath.Join(o, n))
				}
				if first == nil {
					first = got
					continue
				}
				for _, n := range setNames() {
					if len(got[n]) == 0 || !bytes.Equal(got[n], first[n]) {
						t.Errorf("TZ=%s: %s differs from TZ=UTC's", tz, n)
					}
				}
			}
		})
	}
}

// TestPathSpellingSameBytes: how --plan and --data are spelled (relative,
// absolute, ./, a folder or its plan.yaml) does not change a byte of the
// outputs, which name a workbook by its path relative to the plan's folder
// or by its base name.
func TestPathSpellingSameBytes(t *testing.T) {
	root := t.TempDir()
	planFolder(t, root, "p")
	book, _ := data.FS.ReadFile(data.SampleWorkbook)
	must(t, os.MkdirAll(filepath.Join(root, "books"), 0o755))
	must(t, os.WriteFile(filepath.Join(root, "books", "kw.xlsx"), book, 0o644))
	t.Chdir(root)
	for _, group := range []struct {
		at        string // the place of the sample's task finding, as the JSON records it
		spellings [][]string
	}{
		{"sample.xlsx: 重点任务!D464", [][]string{
			{"--plan", "p"},
			{"--plan", "./p/"},
			{"--plan", filepath.Join(root, "p")},
			{"--plan", "p/plan.yaml"},
			{"--plan", "p/plan.yaml", "--data", "p/sample.xlsx"},
			{"--plan", filepath.Join(root, "p", "plan.yaml"), "--data", "./p/../p/sample.xlsx"},
			{"--plan", "p/plan.yaml", "--data", filepath.Join(root, "p")},
		}},
		{"kw.xlsx: 重点任务!D464", [][]string{
			{"--plan", "p/plan.yaml", "--data", "books/kw.xlsx"},
			{"--plan", "./p/plan.yaml", "--data", filepath.Join(root, "books", "kw.xlsx")},
			{"--plan", "p", "--data", "./books/./kw.xlsx"},
			{"--plan", "p", "--data", "books"},
		}},
	} {
		var first map[string][]byte
		for _, args := range group.spellings {
			o := t.TempDir()
			full := append([]string{"report", "--year", "2023", "--date", "2024-03-15", "--out", o}, args...)
			if _, stderr, code := runCmd(t, full...); code != 0 {
				t.Fatalf("%v: exit %d %s", args, code, stderr)
			}
			got := map[string][]byte{}
			for _, n := range outputSet("p_2023") {
				got[n], _ = os.ReadFile(filepath.Join(o, n))
			}
			if !bytes.Contains(got["p_2023.json"], []byte(`"at": "`+group.at+`"`)) {
				t.Errorf("%v: the JSON does not record the place as %q", args, group.at)
			}
			if first == nil {
				first = got
				continue
			}
			for n, b := range got {
				if len(b) == 0 || !bytes.Equal(b, first[n]) {
					t.Errorf("%v: %s differs from the first spelling's", args, n)
				}
			}
		}
	}
}

// displayNames: relative to the plan's folder inside it, else the base
// name, lengthened only to tell two workbooks apart.
func TestDisplayNames(t *testing.T) {
	for _, c := range []struct {
		planDir string
		paths   []string
		want    []string
	}{
		{"/p", []string{"/p/a.xlsx", "/p/sub/b.xlsx", "/q/c.xlsx"}, []string{"a.xlsx", "sub/b.xlsx", "c.xlsx"}},
		{"", []string{"/x/kw.xlsx", "/y/kw.xlsx", "/y/fgw.xlsx"}, []string{"x/kw.xlsx", "y/kw.xlsx", "fgw.xlsx"}},
		{"", []string{"/a/x/kw.xlsx", "/b/x/kw.xlsx"}, []string{"a/x/kw.xlsx", "b/x/kw.xlsx"}},
		{"/p", []string{"/p/kw.xlsx", "/q/kw.xlsx"}, []string{"kw.xlsx", "q/kw.xlsx"}},
		{"", []string{"/b/kw.xlsx", "/a/b/kw.xlsx"}, []string{"/b/kw.xlsx", "a/b/kw.xlsx"}},
		{"/p", []string{"/p/../q/kw.xlsx", "/pp/kw.xlsx"}, []string{"q/kw.xlsx", "pp/kw.xlsx"}},
	} {
		got := displayNames(c.paths, c.planDir)
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("displayNames(%v, %q) = %v, want %v", c.paths, c.planDir, got, c.want)
		}
	}
}

// TestDOCXSameBytes: the Word report is byte-identical for the same inputs
// and --date, in any time zone (its zip entries' times and properties are
// the date), and differs for another date. TestTimeZoneSameBytes covers it
// too, as part of the default set; this test asks for it by name.
func TestDOCXSameBytes(t *testing.T) {
	const name = "haidian-14th_2023.docx"
	read := func(o string) []byte {
		b, err := os.ReadFile(filepath.Join(o, name))
		if err != nil || len(b) == 0 {
			t.Fatalf("%s: %v", name, err)
		}
		return b
	}
	o := t.TempDir()
	if _, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-03-15", "--format", "docx", "--out", o); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	first := read(o)
	for _, tz := range []string{"Asia/Shanghai", "America/Los_Angeles"} {
		o := t.TempDir()
		if _, stderr, code := runProc(t, []string{"TZ=" + tz}, "report", "--year", "2023", "--date", "2024-03-15", "--format", "docx", "--out", o); code != 0 {
			t.Fatalf("TZ=%s: exit %d %s", tz, code, stderr)
		}
		if !bytes.Equal(read(o), first) {
			t.Errorf("TZ=%s: the Word report differs from the in-process run's", tz)
		}
	}
	o = t.TempDir()
	if _, stderr, code := runCmd(t, "report", "--year", "2023", "--date", "2024-04-01", "--format", "docx", "--out", o); code != 0 {
		t.Fatalf("exit %d %s", code, stderr)
	}
	if bytes.Equal(read(o), first) {
		t.Error("the Word reports of 2024-03-15 and 2024-04-01 are the same bytes; the date is not written")
	}
}
