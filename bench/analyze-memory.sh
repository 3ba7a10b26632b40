#!/usr/bin/env bash
# What concurrent large analyses cost in memory (docs/RELIABILITY.md): a throwaway PostgreSQL and the API (Release);
# after one warm-up analysis, 16 POST /api/analyze requests of a 2 MB text (the seed articles repeated) sent at once,
# the API's resident memory sampled every 50 ms. Run side by side: with the analysis queue (RateLimits:AnalyzeConcurrency,
# default half the cores) and with 16 analyses allowed at once; per-client limits off in both.
#   bench/analyze-memory.sh [REQUESTS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/server.sh
requests=${1:-16}
rounds=${2:-3}

bench_init
bench_start_pg
body="$BENCH_WORK/analyze-2mb.json"
node -e '
  const fs = require("fs");
  const seed = fs.readdirSync("seeds/articles").filter(f => f.endsWith(".txt")).sort()
    .map(f => fs.readFileSync("seeds/articles/" + f, "utf8")).join("\n\n");
  let text = "";
  while (text.length < 1990000) text += seed + "\n\n";
  fs.writeFileSync(process.argv[1], JSON.stringify({ text: text.slice(0, 1990000) }));' "$body"
echo "request body: $(stat -c %s "$body") bytes"

measure() { # label, settings…
  local label=$1; shift
  echo "$label"
  for round in $(seq 1 "$rounds"); do
    bench_start_api RateLimits__Enabled=false "$@"
    curl -sf -o /dev/null -X POST "$BASE/api/analyze" -H 'Content-Type: application/json' --data-binary @"$body"
    sleep 1
    local base peak=0 start end statuses
    base=$(bench_rss_mb)
    ( while :; do r=$(bench_rss_mb 2>/dev/null || echo 0); [ "$r" -gt "$(cat "$BENCH_WORK/peak" 2>/dev/null || echo 0)" ] && echo "$r" >"$BENCH_WORK/peak"; sleep 0.05; done ) &
    local sampler=$!
    start=$(date +%s.%N)
    statuses=$(for _ in $(seq 1 "$requests"); do
      curl -s -o /dev/null -w '%{http_code}\n' -X POST "$BASE/api/analyze" -H 'Content-Type: application/json' --data-binary @"$body" &
    done; wait)
    end=$(date +%s.%N)
    sleep 0.2
    kill "$sampler"; wait "$sampler" 2>/dev/null || true
    peak=$(cat "$BENCH_WORK/peak"); rm -f "$BENCH_WORK/peak"
    printf '  round %s: resident memory %s MB before, %s MB at the peak: +%s MB; %s s; answers %s\n' "$round" "$base" "$peak" \
      $((peak - base)) "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')" "$(sort <<<"$statuses" | uniq -c | awk '{ printf "%s×%s ", $2, $1 }')"
    bench_stop_api
  done
}
measure "with the analysis queue (AnalyzeConcurrency: the default, half the cores):"
measure "all $requests at once (AnalyzeConcurrency=$requests):" RateLimits__AnalyzeConcurrency="$requests"
