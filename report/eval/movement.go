package eval

// movement sets r.PrevStatus and r.StatusMove: the status of Y−1 against
// Y's, by Status.Rank.
//
// TODO(issue 11): implement.
func movement(r *IndicatorResult, y int) {}
