package main

import (
	"flag"
	"strings"
)

// msgDidYouMean is an unknown flag with the nearest known one (an id in
// report/msg's catalog).
const msgDidYouMean = "cmd.didYouMean"

// nearestFlag is the name of fs's flag nearest to the unknown flag err
// names ("flag provided but not defined: -yaer" → "year"), or "" when err
// is not about an unknown flag or no flag is near enough (at most a third
// of the name's letters off, and at least one).
func nearestFlag(fs *flag.FlagSet, err error) string {
	const prefix = "flag provided but not defined: "
	msg := err.Error()
	if !strings.HasPrefix(msg, prefix) {
		return ""
	}
	bad := strings.TrimLeft(strings.TrimPrefix(msg, prefix), "-")
	if i := strings.IndexByte(bad, '='); i >= 0 {
		bad = bad[:i]
	}
	best, bestD := "", len(bad)/3+1
	fs.VisitAll(func(f *flag.Flag) {
		d := levenshtein(strings.ToLower(bad), f.Name)
		if d < bestD || (d == bestD && best != "" && f.Name < best) {
			best, bestD = f.Name, d
		}
	})
	if best == "" || levenshtein(strings.ToLower(bad), best) > len(bad)/3+1 {
		return ""
	}
	return best
}

// levenshtein is the edit distance of a and b, in runes (a swap of two
// letters counts as one edit, the commonest typo).
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+c)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
