package model

import "flag"

// This package has no golden files; the flag is accepted so that the
// project-wide refresh, go test ./... -update, runs here too.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")
