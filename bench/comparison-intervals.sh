#!/usr/bin/env bash
# What the intervals of issue 15 cost a comparison, measured side by side in one run: this checkout's API and a base
# revision's (default main, exported with git archive into a temporary folder and built there), both Release, both on
# one throwaway PostgreSQL holding bench/load-comparison.sh's story (200 Brown texts from 20 sources).
#   bench/comparison-intervals.sh [BASE_REF] [ROUNDS]
# Cold: both APIs run with Comparisons__CacheBytes=1, so that every request reads and builds the comparison; after
# 5 warm-up requests each, ROUNDS (default 15) requests alternate between the two. Printed per API: the medians of the
# API's own log line ("Built comparison …: read R ms, built B ms") and of the request's total time (curl).
# Cached: both APIs again with the default cache, one build each, then ROUNDS × 20 alternating requests: median and
# 90th percentile of the request's total time.
# Also printed: whether the two APIs' JSON bodies of the cold comparison are byte-identical.
# Needs the Brown corpus (bench/make-brown-corpus.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
base_ref=${1:-main}
rounds=${2:-15}
corpus=bench/corpus/brown.jsonl
[ -f "$corpus" ] || bench/make-brown-corpus.sh
. bench/lib/server.sh
bench_init
bench_start_pg

base_dir="$BENCH_WORK/base"
mkdir -p "$base_dir"
git archive "$base_ref" | tar -x -C "$base_dir"
dotnet build "$base_dir/src/FramingApi" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
echo "base: $base_ref ($(git rev-parse --short "$base_ref")); branch: $(git rev-parse --abbrev-ref HEAD) ($(git rev-parse --short HEAD)); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

pids=()
start() { # name root [NAME=VALUE ...]: starts an API, sets URL_<name>
  local name=$1 dir=$2 port; shift 2
  port=$(pg_free_port)
  env "$@" ConnectionStrings__Framing="$DB_URL" Seeds__Load=false RateLimits__Enabled=false \
    dotnet "$dir/src/FramingApi/bin/Release/net10.0/FramingApi.dll" --urls "http://127.0.0.1:$port" --contentRoot "$dir/src/FramingApi" \
    >"$BENCH_WORK/$name.log" 2>&1 &
  pids+=($!)
  printf -v "URL_$name" '%s' "http://127.0.0.1:$port"
  for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && return 0; sleep 0.25; done
  tail -n 30 "$BENCH_WORK/$name.log" >&2; return 1
}
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }
trap 'stop_all; bench_cleanup' EXIT

# The schema and the story, through this checkout's API.
start branch "$PWD"
curl -sf -o /dev/null -X POST "$URL_branch/api/stories" -H 'Content-Type: application/json' \
  -d '{"slug":"brown-200","title":"Brown corpus: 200 texts from 20 sources (load test)"}'
for i in $(seq -w 1 20); do
  curl -sf -o /dev/null -X POST "$URL_branch/api/sources" -H 'Content-Type: application/json' -d "{\"slug\":\"brown-src-$i\",\"name\":\"Brown source $i\"}"
done
node bench/make-load-story.mjs "$corpus" 200 20 brown-200 \
  | curl -sf -o /dev/null -X POST "$URL_branch/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @-
stop_all

path=/api/stories/brown-200/comparison
get() { curl -sf -o /dev/null -w '%{time_total}\n' "$1$path"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
p90() { sort -n | awk '{ v[NR] = $1 } END { print v[int(NR * 0.9 + 0.5)] }'; }
logged() { grep -o "$2 [0-9]* ms" "$BENCH_WORK/$1.log" | tail -n "$rounds" | awk '{ print $2 }' | median; }

echo "== cold: every request reads and builds (Comparisons__CacheBytes=1), $rounds alternating requests each"
start base "$base_dir" Comparisons__CacheBytes=1
start branch "$PWD" Comparisons__CacheBytes=1
for _ in 1 2 3 4 5; do get "$URL_base" >/dev/null; get "$URL_branch" >/dev/null; done
: >"$BENCH_WORK/base.t"; : >"$BENCH_WORK/branch.t"
for _ in $(seq 1 "$rounds"); do get "$URL_base" >>"$BENCH_WORK/base.t"; get "$URL_branch" >>"$BENCH_WORK/branch.t"; done
for name in base branch; do curl -sf "$(eval echo "\$URL_$name")$path" >"$BENCH_WORK/$name.json"; done
cmp -s "$BENCH_WORK/base.json" "$BENCH_WORK/branch.json" && echo "JSON bodies: identical" || echo "JSON bodies: DIFFERENT"
for name in base branch; do
  printf '%-7s read %4s ms  built %4s ms  request %6.1f ms  (medians)\n' "$name" "$(logged "$name" read)" "$(logged "$name" built)" \
    "$(median <"$BENCH_WORK/$name.t" | awk '{ print $1 * 1000 }')"
done
stop_all

echo "== cached: one build, then $((rounds * 20)) alternating requests each"
start base "$base_dir"
start branch "$PWD"
get "$URL_base" >/dev/null; get "$URL_branch" >/dev/null
: >"$BENCH_WORK/base.t"; : >"$BENCH_WORK/branch.t"
for _ in $(seq 1 $((rounds * 20))); do get "$URL_base" >>"$BENCH_WORK/base.t"; get "$URL_branch" >>"$BENCH_WORK/branch.t"; done
for name in base branch; do
  printf '%-7s request median %5.2f ms, p90 %5.2f ms; bytes %s\n' "$name" "$(median <"$BENCH_WORK/$name.t" | awk '{ print $1 * 1000 }')" \
    "$(p90 <"$BENCH_WORK/$name.t" | awk '{ print $1 * 1000 }')" "$(curl -sf "$(eval echo "\$URL_$name")$path" | wc -c)"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
