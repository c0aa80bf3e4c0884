// Command genplans writes the inputs of the scale benchmarks in
// scripts/perf.sh (see package gen):
//
//	go run ./scripts/genplans -plans 100 -out /tmp/plans      # 100 plans × 26 indicators
//	go run ./scripts/genplans -indicators 2700 -out /tmp/big  # 1 plan × 2,700 indicators
package main

import (
	"flag"
	"fmt"
	"os"

	"plancheck/scripts/genplans/gen"
)

func main() {
	plans := flag.Int("plans", 0, "write this many copies of the Haidian plan, one folder each")
	indicators := flag.Int("indicators", 0, "write one plan with this many indicators")
	out := flag.String("out", "", "the folder to write into")
	flag.Parse()
	var err error
	switch {
	case *out == "" || (*plans == 0) == (*indicators == 0):
		err = fmt.Errorf("give -out and one of -plans N or -indicators N")
	case *plans > 0:
		err = gen.Plans(*out, *plans)
	default:
		err = gen.Indicators(*out, *indicators)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genplans:", err)
		os.Exit(1)
	}
}
