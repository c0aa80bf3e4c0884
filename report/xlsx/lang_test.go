package xlsx

import (
	"os"
	"testing"

	"plancheck/report/msg"
)

// TestMain runs the tests with the English messages, which they compare
// with; cmd/plancheck's lang_test.go checks both languages.
func TestMain(m *testing.M) {
	msg.Set(msg.EN)
	os.Exit(m.Run())
}
