// Package clients finds the real programs the tests check outputs with
// (poppler, qpdf, LibreOffice, Chromium, python3-docx, npm), for the tests
// of every package that writes or reads an output.
//
// A missing client skips the test, unless PLANCHECK_REQUIRE_CLIENTS is set
// (make test and CI set it): then it fails the test, so that no test
// passes by not running.
package clients

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Required is whether a missing client fails the test rather than
// skipping it.
func Required() bool { return os.Getenv("PLANCHECK_REQUIRE_CLIENTS") != "" }

// Missing skips t, or fails it when Required, for the missing client
// what; install says how to install it.
func Missing(t testing.TB, what, install string) {
	t.Helper()
	if Required() {
		t.Fatalf("%s is not installed and PLANCHECK_REQUIRE_CLIENTS is set; %s", what, install)
	}
	t.Skipf("%s is not installed (%s); set PLANCHECK_REQUIRE_CLIENTS=1 to require it", what, install)
}

// Path is the path of the first of names on PATH; when none is there, it
// is Missing.
func Path(t testing.TB, install string, names ...string) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	Missing(t, strings.Join(names, " or "), install)
	return ""
}
