#!/bin/sh
# Fuzz every fuzz target of the module, each for a number of executions.
#
# Why counts and not seconds: with a duration (-fuzztime 5s) Go 1.26's fuzz
# coordinator can report a bare "context deadline exceeded" failure at the
# end of the duration with no failing input (golang/go#75804, fixed only in
# Go 1.27). It failed CI twice on targets that pass. A count (-fuzztime
# 20000x) has no deadline to race; a slow machine only takes longer.
#
# The counts below give each target about five seconds on a two-core
# machine; a target not listed gets DEFAULT. FUZZTIME=10m (or any value
# -fuzztime takes) overrides them all for a long run.
#
# The targets are found with `go test -list`, so a new one is fuzzed
# without being listed here.
set -eu
GO=${GO:-go}
DEFAULT=20000x

budget() { # package target
	case "$1 $2" in
	"plancheck/report/compare FuzzAdd") echo 150000x ;;
	"plancheck/report/plan FuzzParse") echo 100000x ;;
	"plancheck/report/previous FuzzRead") echo 60000x ;;
	"plancheck/report/pdf FuzzWrap") echo 30000x ;;
	"plancheck/report/sheet FuzzParseNumber") echo 40000x ;;
	"plancheck/report/sheet FuzzReadPrevious") echo 25000x ;;
	"plancheck/report/sheet FuzzReadCSV") echo 15000x ;;
	"plancheck/report/sheet FuzzRead") echo 3000x ;;
	"plancheck/report/sheet FuzzReadSheetXML") echo 1500x ;;
	*) echo "$DEFAULT" ;;
	esac
}

n=0
for pkg in $($GO list ./...); do
	for fz in $($GO test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
		t=${FUZZTIME:-$(budget "$pkg" "$fz")}
		echo "fuzz $pkg $fz ($t)"
		$GO test "$pkg" -run '^$' -fuzz "^$fz\$" -fuzztime "$t" -fuzzminimizetime 50x
		n=$((n + 1))
	done
done
echo "$n fuzz targets fuzzed"
