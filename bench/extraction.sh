#!/usr/bin/env bash
# Article extraction on a benchmark folder in the layout of Scrapinghub's article-extraction benchmark
# (html/<key>.html.gz, ground-truth.json): F1, precision and recall with the benchmark's metric and pages/s, ours
# (the text of the lead, body and quotation segments, as POST /api/analyze returns them) next to SmartReader 0.11.1
# in the same run, then the ten worst pages with what was kept or lost.
# Usage: bench/extraction.sh DIR [--rounds R] [--worst K] [--page KEY]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 DIR [--rounds R] [--worst K] [--page KEY]" >&2; exit 2; }
dir="$(realpath "$1")"
shift
project="$root/bench/FramingApi.Benchmarks"
build_log=$(dotnet build "$project" -c Release --nologo -v quiet 2>&1) || { echo "$build_log" >&2; exit 1; }
exec dotnet "$project/bin/Release/net10.0/FramingApi.Benchmarks.dll" extraction "$dir" "$@"
