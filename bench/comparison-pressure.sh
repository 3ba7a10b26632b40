#!/usr/bin/env bash
# Can requests made to miss the comparison cache starve the server? A throwaway PostgreSQL and the API (Release) with
# 600 Brown-corpus texts from 60 sources; 16 clients request comparisons of 50 sources drawn at random (a new set
# every time, so each must be rebuilt) while a prober asks GET /health/live every 50 ms. Run side by side: with the
# rebuild concurrency limit (RateLimits:RebuildConcurrency, default 2) and with it lifted, per-client limits off in
# both (16 clients from one address would otherwise mostly get 429). Needs the Brown corpus (bench/make-brown-corpus.sh).
#   bench/comparison-pressure.sh [SECONDS] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/server.sh
seconds=${1:-20}
clients=${2:-16}
corpus=bench/corpus/brown.jsonl
[ -f "$corpus" ] || bench/make-brown-corpus.sh

bench_init
PG_FSYNC=off bench_start_pg
bench_start_api RateLimits__Enabled=false
for i in $(seq -w 1 60); do
  curl -sf -o /dev/null -X POST "$BASE/api/sources" -H 'Content-Type: application/json' -d "{\"slug\":\"brown-src-$i\",\"name\":\"Brown source $i\"}"
done
curl -sf -o /dev/null -X POST "$BASE/api/stories" -H 'Content-Type: application/json' -d '{"slug":"pressure-600","title":"Comparison pressure"}'
node bench/make-load-story.mjs "$corpus" 600 60 pressure-600 \
  | curl -sf -X POST "$BASE/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @- \
  | grep -o '"created":[0-9]*' | head -1
bench_stop_api

run() { # label, settings…
  local label=$1; shift
  bench_start_api RateLimits__Enabled=false "$@"
  node bench/health-under-load.mjs "$BASE" 3 "$clients" >/dev/null # warm-up: JIT, connections
  echo "$label"
  node bench/health-under-load.mjs "$BASE" "$seconds" "$clients" | sed 's/^/  /'
  echo "  API resident memory after: $(bench_rss_mb) MB"
  bench_stop_api
}
run "rebuilds limited (RebuildConcurrency: the default, half the cores):"
run "rebuilds not limited (RebuildConcurrency=1000):" RateLimits__RebuildConcurrency=1000 RateLimits__QueueLimit=1000
