#!/usr/bin/env bash
# Load test of the comparison endpoints against a running API (./run.sh), side by side in one run with
# /health/live as the ceiling of the stack. Prints requests/s and p50/p99 latency for each.
#   bench/load-comparison.sh [BASE_URL] [SECONDS] [CONNECTIONS]
# Needs wrk (apt-get install wrk) and the Brown corpus (bench/make-brown-corpus.sh) for the 200-article story.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://127.0.0.1:8080}
seconds=${2:-10}
connections=${3:-16}
corpus=bench/corpus/brown.jsonl
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$corpus" ] || bench/make-brown-corpus.sh

# The 200-article story from 20 sources: created once (re-running finds it: sources and story answer 409,
# articles are duplicates by url).
curl -sf -o /dev/null -X POST "$base/api/stories" -H 'Content-Type: application/json' \
  -d '{"slug":"brown-200","title":"Brown corpus: 200 texts from 20 sources (load test)"}' || true
for i in $(seq -w 1 20); do
  curl -sf -o /dev/null -X POST "$base/api/sources" -H 'Content-Type: application/json' \
    -d "{\"slug\":\"brown-src-$i\",\"name\":\"Brown source $i\"}" || true
done
node bench/make-load-story.mjs "$corpus" 200 20 brown-200 \
  | curl -sf -X POST "$base/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @- \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);console.log(`import: ${r.created} created, ${r.duplicates} duplicates, ${r.invalid} invalid`)})'

# Warm the caches and the JIT, then measure each endpoint for the same time with the same connections.
for path in /health/live /api/stories/biden-icc-evidence-2023/comparison /api/stories/brown-200/comparison; do
  curl -sf -o /dev/null "$base$path"
  wrk -t2 -c"$connections" -d3s "$base$path" >/dev/null
done

measure() { # label, path, extra wrk arguments
  local label=$1 path=$2; shift 2
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" "$base$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  printf '%-62s %10s %10s %10s %s\n' "$label" "$rps" "$p50" "$p99" "$errors"
}

printf '%-62s %10s %10s %10s\n' endpoint "req/s" "p50" "p99"
gz=(-H 'Accept-Encoding: gzip')
measure "/health/live (ceiling)" /health/live
measure "seed story comparison (5 articles)" /api/stories/biden-icc-evidence-2023/comparison
measure "seed story comparison, gzip" /api/stories/biden-icc-evidence-2023/comparison "${gz[@]}"
measure "brown-200 comparison (200 articles, 20 sources)" /api/stories/brown-200/comparison
measure "brown-200 comparison, gzip" /api/stories/brown-200/comparison "${gz[@]}"
measure "brown-200 comparison, CSV, gzip" "/api/stories/brown-200/comparison?format=csv" "${gz[@]}"
measure "brown-200 comparison, revalidation (If-None-Match: 304)" /api/stories/brown-200/comparison \
  -H "If-None-Match: $(curl -s -o /dev/null -D - "$base/api/stories/brown-200/comparison" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')"
