package style

import (
	"testing"

	"plancheck/report/model"
)

// The final evaluation's statuses look like the pace statuses they are
// closest to, in colour, marker and hatching alike.
func TestFinalStatusesLookLikeTheirNeighbours(t *testing.T) {
	for _, c := range []struct{ final, like model.Status }{
		{model.Completed, model.Achieved},
		{model.MostlyCompleted, model.OnTrack},
		{model.NotCompleted, model.NotMet},
	} {
		c1, m1, h1 := Key(string(c.final))
		c2, m2, h2 := Key(string(c.like))
		if c1 != c2 || m1 != m2 || h1 != h2 {
			t.Errorf("%s looks like (%v, %s, %d), want %s's (%v, %s, %d)", c.final, c1, m1, h1, c.like, c2, m2, h2)
		}
	}
	// Every status has a look of its own kind: none falls back to grey
	// but no_data and not_assessed.
	for _, st := range model.Statuses() {
		if c, _, _ := Key(string(st)); c == Grey && st != model.NoData && st != model.NotAssessed {
			t.Errorf("%s is drawn grey, as no data", st)
		}
	}
}

func TestSampledMarked(t *testing.T) {
	for _, c := range []struct {
		text   string
		sample bool
		want   string
	}{{"5.2", true, "5.2*"}, {"5.2*", true, "5.2*"}, {"", true, ""}, {"5.2", false, "5.2"}} {
		if got := Sampled(c.text, c.sample); got != c.want {
			t.Errorf("Sampled(%q, %v) = %q, want %q", c.text, c.sample, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		m    Marker
		want string
	}{{"完成", Diamond, "◆完成"}, {"◆完成", Diamond, "◆完成"}, {"", Diamond, ""}, {"完成", "", "完成"}} {
		if got := Marked(c.text, c.m); got != c.want {
			t.Errorf("Marked(%q, %q) = %q, want %q", c.text, c.m, got, c.want)
		}
	}
}
