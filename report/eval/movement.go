package eval

// movement sets r.PrevStatus and r.StatusMove: the status the rules gave
// year y−1 (r.Years) against r.Status, by Status.Rank (a lower rank is
// better): improved, unchanged or worsened; no movement when y−1 is the
// base year (which has no judgment) or either status has none (rank −1).
//
// It runs after the analysts' adjustment, so r.Status is the status the
// report shows for y; y−1's is the rules' (an adjustment applies only to
// its own year's report).
//
// In the final year y−1 has a pace status and y a final judgment, which
// are not one scale: met → completed or on track → completed is what was
// expected, not an improvement. Across the two scales only the tier is
// compared (good, Status.Good, against off track), so lagging → completed
// is improved, on track → not completed worsened, and the rest unchanged.
func movement(r *IndicatorResult, y int) {
	if len(r.Years) == 0 || y-1 <= r.Years[0].Year {
		return
	}
	for _, yr := range r.Years {
		if yr.Year != y-1 {
			continue
		}
		r.PrevStatus = yr.Status
		a, b, ok := ranks(yr.Status, r.Status)
		switch {
		case !ok:
			return
		case b < a:
			r.StatusMove = Improved
		case b > a:
			r.StatusMove = Worsened
		default:
			r.StatusMove = Unchanged
		}
		r.StatusMoveLabel = r.StatusMove.Label()
		return
	}
}

// tier is 0 for a good status, 1 for one off track.
func tier(s Status) int {
	if s.Good() {
		return 0
	}
	return 1
}

// ranks are the ranks of two statuses to compare, lower is better: by
// Status.Rank, or by tier alone when one is a final judgment and the other
// a pace status (see movement); ok is false when either has no judgment.
func ranks(was, is Status) (a, b int, ok bool) {
	a, b = was.Rank(), is.Rank()
	if a < 0 || b < 0 {
		return a, b, false
	}
	if was.Final() != is.Final() {
		a, b = tier(was), tier(is)
	}
	return a, b, true
}
