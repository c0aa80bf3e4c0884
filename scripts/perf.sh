#!/usr/bin/env bash
# Times plancheck at scale with /usr/bin/time -v (wall clock and peak memory):
#   1. the default report (embedded Haidian plan: 26 indicators, 139 tasks; PDF + XLSX + JSON)
#   2. 100 plans × 26 indicators with --jobs 1, then --jobs 2
#   3. one plan of 2,700 indicators
# The results go into docs/PERFORMANCE.md by hand, with the machine they ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/plancheck" ./cmd/plancheck
go run ./scripts/genplans -plans 100 -out "$work/plans100"
go run ./scripts/genplans -indicators 270 -out "$work/p270"
go run ./scripts/genplans -indicators 2700 -out "$work/p2700"

measure() { # name, command…
	local name=$1; shift
	/usr/bin/time -v "$@" >"$work/out.log" 2>"$work/time.log" || true
	local wall rss
	wall=$(grep 'Elapsed (wall clock)' "$work/time.log" | awk '{print $NF}')
	rss=$(grep 'Maximum resident set size' "$work/time.log" | awk '{print $NF}')
	printf '| %s | %s | %d MB |\n' "$name" "$wall" $((rss / 1024))
}

echo "| run | wall clock | peak memory |"
echo "|---|---|---|"
D="--year 2024 --date 2024-03-15"
measure "default report (26 indicators)" "$work/plancheck" report $D --out "$work/o1"
measure "270 indicators, 1 plan" "$work/plancheck" report $D --plan "$work/p270" --out "$work/o270"
measure "2,700 indicators, 1 plan" "$work/plancheck" report $D --plan "$work/p2700" --out "$work/o2700"
measure "100 plans × 26, --jobs 1" "$work/plancheck" report $D --plan "$work/plans100" --jobs 1 --log-format text --out "$work/o100a"
measure "100 plans × 26, --jobs 2" "$work/plancheck" report $D --plan "$work/plans100" --jobs 2 --log-format text --out "$work/o100b"
measure "10 plans × 26, --jobs 1" "$work/plancheck" report $D --plan "$work/plans100/district-001" --plan "$work/plans100/district-002" --plan "$work/plans100/district-003" --plan "$work/plans100/district-004" --plan "$work/plans100/district-005" --plan "$work/plans100/district-006" --plan "$work/plans100/district-007" --plan "$work/plans100/district-008" --plan "$work/plans100/district-009" --plan "$work/plans100/district-010" --jobs 1 --log-format text --out "$work/o10"
