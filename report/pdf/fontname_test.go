package pdf

import (
	"testing"

	"plancheck/fonts"
)

func TestPostScriptName(t *testing.T) {
	for _, c := range []struct {
		ttf  []byte
		want string
	}{
		{fonts.Regular, "NotoSansSC-Regular"},
		{fonts.Bold, "NotoSansSC-Bold"},
		{[]byte("\x00\x01\x00\x00short"), ""},
		{nil, ""},
	} {
		if got := postScriptName(c.ttf); got != c.want {
			t.Errorf("postScriptName = %q, want %q", got, c.want)
		}
	}
	f := newFace(fonts.Regular, "r")
	if len(f.placeholder()) != len("/ABCDEF+"+f.ps) {
		t.Errorf("placeholder %q and name %q differ in length", f.placeholder(), "/ABCDEF+"+f.ps)
	}
}
