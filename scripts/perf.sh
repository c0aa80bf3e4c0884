#!/usr/bin/env bash
# Reproduces the figures of docs/PERFORMANCE.md on this machine:
#   1. the Go benchmarks: the floor (BenchmarkFloor), each stage of the
#      default report (BenchmarkStages) and the scale (BenchmarkScale);
#   2. the command itself, timed with /usr/bin/time -v (wall clock, CPU
#      and peak memory; the median of RUNS runs):
#      - `plancheck help` (the process's start);
#      - the default report (the embedded Haidian plan, 2024) with
#        pdf,xlsx,json, with the default formats (+ docx) and with
#        pdf,xlsx,json,html (+ the web page);
#      - one plan of 260 and one of 2,600 indicators, both format sets;
#      - 100 plans × 26 indicators with --jobs 1 and --jobs 2.
# Usage: scripts/perf.sh [RUNS]   (default 5; the 2,600-indicator and
# 100-plan runs once each unless RUNS is given)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
bigruns=${1:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/plancheck" ./cmd/plancheck
go run ./scripts/genplans -plans 100 -out "$work/plans100"
go run ./scripts/genplans -indicators 260 -out "$work/p260"
go run ./scripts/genplans -indicators 2600 -out "$work/p2600"

echo "## Go benchmarks"
go test ./cmd/plancheck -run '^$' -bench 'Floor|Stages' -benchmem | grep '^Benchmark'
go test ./cmd/plancheck -run '^$' -bench 'Scale' -benchtime 1x | grep '^Benchmark'
echo "process start: see the first row below"

# measure NAME N COMMAND…: the median wall, CPU (user+sys) and peak of N runs.
measure() {
	local name=$1 n=$2; shift 2
	local i rows=()
	for ((i = 0; i < n; i++)); do
		rm -rf "$work/out"
		/usr/bin/time -f '%e %U %S %M' -o "$work/time.log" "$@" --out "$work/out" >/dev/null 2>&1 || true
		rows+=("$(cat "$work/time.log")")
	done
	printf '%s\n' "${rows[@]}" | awk -v name="$name" '
		{ w[NR] = $1; c[NR] = $2 + $3; m[NR] = $4 }
		function med(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }; return a[int((n + 1) / 2)] }
		END { printf "| %s | %.3f s | %.3f s | %d MB |\n", name, med(w, NR), med(c, NR), med(m, NR) / 1024 }'
}

echo
echo "| run | wall clock | CPU | peak memory |"
echo "|---|---|---|---|"
P="$work/plancheck"
D="--year 2024 --date 2024-03-15"
/usr/bin/time -f '%e %U %S %M' -o "$work/time.log" "$P" help >/dev/null
awk '{ printf "| plancheck help (the process start) | %.3f s | %.3f s | %d MB |\n", $1, $2 + $3, $4 / 1024 }' "$work/time.log"
measure "default report, pdf,xlsx,json" "$runs" "$P" report $D --format pdf,xlsx,json
measure "default report, default formats (+ docx)" "$runs" "$P" report $D
measure "default report, pdf,xlsx,json,html" "$runs" "$P" report $D --format pdf,xlsx,json,html
measure "260 indicators, pdf,xlsx,json" "$runs" "$P" report $D --plan "$work/p260" --format pdf,xlsx,json
measure "260 indicators, default formats" "$runs" "$P" report $D --plan "$work/p260"
measure "2,600 indicators, pdf,xlsx,json" "$bigruns" "$P" report $D --plan "$work/p2600" --format pdf,xlsx,json
measure "2,600 indicators, default formats" "$bigruns" "$P" report $D --plan "$work/p2600"
measure "100 plans × 26, --jobs 1" "$bigruns" "$P" report $D --plan "$work/plans100" --jobs 1 --log-format text
measure "100 plans × 26, --jobs 2" "$bigruns" "$P" report $D --plan "$work/plans100" --jobs 2 --log-format text
