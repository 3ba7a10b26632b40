#!/usr/bin/env bash
# Side by side in one run, on the same corpus: the pipeline (1 thread) and the bare baseline (bench/analyze-corpus.sh,
# which measures both in alternating rounds) and the npm `sentiment` reference scorer (bench/sentiment-baseline.mjs),
# for several alternating rounds; prints every round, then the medians and the ratios against the targets of issue 3.
# Usage: bench/compare-throughput.sh [FILE.jsonl] [ROUNDS] [SECONDS]   (defaults: bench/corpus/brown.jsonl, 5, 3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
file="${1:-$root/bench/corpus/brown.jsonl}"
rounds="${2:-5}"
seconds="${3:-3}"
[ -f "$file" ] || "$root/bench/make-brown-corpus.sh"
[ -d "$root/bench/node_modules/sentiment" ] || "$root/bench/make-brown-corpus.sh"

results=$(mktemp)
trap 'rm -f "$results"' EXIT
build_log=$(dotnet build "$root/bench/FramingApi.Benchmarks" -c Release --nologo -v quiet 2>&1) || { echo "$build_log" >&2; exit 1; }
dll="$root/bench/FramingApi.Benchmarks/bin/Release/net10.0/FramingApi.Benchmarks.dll"

for round in $(seq 1 "$rounds"); do
  out=$(dotnet "$dll" analyze-corpus "$file" --seconds "$seconds")
  echo "$out" | grep -E '^allocated:' | sed "s/^/round $round /"
  echo "$out" | grep -E '^(baseline|pipeline):' | sed "s/^/round $round /" | tee -a "$results"
  node "$root/bench/sentiment-baseline.mjs" "$file" --seconds "$seconds" | grep -E '^sentiment:' | sed "s/^/round $round /" | tee -a "$results"
done

# Medians of MB/s and words/s per scorer, then the ratios.
awk '
  { name = $3; sub(":", "", name); mb[name, ++n[name]] = $6; wps[name, n[name]] = $8 }
  function median(arr, name, count,   i, j, t, v) {
    for (i = 1; i <= count; i++) v[i] = arr[name, i] + 0
    for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
  }
  END {
    print ""
    print "median of " n["pipeline"] " rounds:"
    split("pipeline baseline sentiment", names, " ")
    for (k = 1; k <= 3; k++) {
      name = names[k]; m[name] = median(mb, name, n[name]); w[name] = median(wps, name, n[name])
      printf "  %-9s %7.1f MB/s %12.0f words/s\n", name, m[name], w[name]
    }
    printf "pipeline / sentiment: %.2fx (target >= 3)\n", m["pipeline"] / m["sentiment"]
    printf "pipeline / baseline:  %.2fx (target >= 0.5)\n", m["pipeline"] / m["baseline"]
  }' "$results"
