package clients

import (
	"os"
	"os/exec"
	"testing"
)

func TestPath(t *testing.T) {
	want, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	if got := Path(t, "", "plancheck-no-such-program", "sh"); got != want {
		t.Errorf("Path = %q, want the first found, %q", got, want)
	}
}

// A missing client skips the test when clients are not required, and
// fails it when they are (run in a child process, which must fail).
func TestMissing(t *testing.T) {
	if os.Getenv("CLIENTS_CHILD") == "1" {
		Path(t, "install nothing", "plancheck-no-such-program")
		return
	}
	t.Run("not required", func(t *testing.T) {
		t.Setenv("PLANCHECK_REQUIRE_CLIENTS", "")
		ok := t.Run("missing", func(t *testing.T) { Path(t, "install nothing", "plancheck-no-such-program") })
		if !ok {
			t.Error("a missing client failed the test with clients not required")
		}
	})
	t.Run("required", func(t *testing.T) {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestMissing$")
		cmd.Env = append(os.Environ(), "CLIENTS_CHILD=1", "PLANCHECK_REQUIRE_CLIENTS=1")
		if out, err := cmd.CombinedOutput(); err == nil {
			t.Errorf("a missing client passed with PLANCHECK_REQUIRE_CLIENTS=1:\n%s", out)
		}
	})
}
