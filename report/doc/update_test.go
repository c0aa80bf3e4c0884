package doc

import "flag"

// update rewrites the golden dumps in testdata/: go test ./report/doc -update.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")
