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
