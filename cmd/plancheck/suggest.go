package main

import (
	"flag"
	"strings"

	"plancheck/report/model"
)

// msgDidYouMean is an unknown flag with the nearest known one (an id in
// report/msg's catalog).
const msgDidYouMean = "cmd.didYouMean"

// undefinedFlag starts the flag package's error for an unknown flag,
// which it words in English: "flag provided but not defined: -yaer".
const undefinedFlag = "flag provided but not defined: -"

// nearestFlag is the name of fs's flag nearest to the unknown flag err
// names ("-yaer" → "year"), or "" when err is not about an unknown flag or
// no flag is near enough (at most a third of the name's letters off). Of
// two as near, the first by name (VisitAll's order).
func nearestFlag(fs *flag.FlagSet, err error) string {
	bad, ok := strings.CutPrefix(err.Error(), undefinedFlag)
	if !ok {
		return ""
	}
	bad = strings.ToLower(strings.TrimLeft(bad, "-"))
	best, bestD := "", len(bad)/3+1 // the least distance not near enough
	fs.VisitAll(func(f *flag.Flag) {
		if d := model.Distance(bad, f.Name); d < bestD {
			best, bestD = f.Name, d
		}
	})
	return best
}
