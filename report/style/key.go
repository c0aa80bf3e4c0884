package style

import (
	"image/color"

	"plancheck/report/model"
)

// Key is the look of a chart key: a status id (model.Status) or a key
// task's reported progress (model.Progress), the keys of the segments of a
// stacked-bar chart. The two vocabularies share no id. Any other key is
// drawn as no data: grey, a ring, no hatching.
//
// Hatch is how many directions of white hatching cross a segment of the
// key (0, 1 or 2): the keys that need attention are told by their texture
// too, and not by colour alone, where a segment has no room for a mark.
func Key(key string) (c color.RGBA, m Marker, hatch int) {
	switch s := model.Status(key); s {
	case model.Achieved, model.Ahead, model.OnTrack, model.Met, model.Completed, model.MostlyCompleted:
		return StatusColor(s), StatusMarker(s), 0
	case model.Lagging:
		return StatusColor(s), StatusMarker(s), 1
	case model.SeriouslyLagging, model.Reversed, model.NotMet, model.NotCompleted:
		return StatusColor(s), StatusMarker(s), 2
	case model.NoData, model.NotAssessed:
		return StatusColor(s), StatusMarker(s), 0
	}
	switch p := model.Progress(key); p {
	case model.Done, model.OnSchedule:
		return TaskColor(p), TaskMarker(p), 0
	case model.Behind:
		return TaskColor(p), TaskMarker(p), 1
	case model.NotStarted:
		return TaskColor(p), TaskMarker(p), 2
	}
	return Grey, Ring, 0
}
