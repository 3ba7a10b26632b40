#!/usr/bin/env bash
# The article list and the search page at scale (issue 14 item 1, issue 15 §3; figures in docs/PERFORMANCE.md
# "Article list and search under load"):
#   bench/list-scale.sh DIR [N] [API_DLL ...]
# Keeps a store of N articles (default 100000) in DIR/data, built once in SQL as bench/timeseries-scale.sh builds it
# (20 sources, copies of the seed story's five scored articles over 2023). Then, for each API build given (default: this checkout's Release build), one after another on
# the same store, so that builds are measured side by side: wrk (2 threads, 16 connections, 5 s) on /health/live and
# on the list's first page (page_size=50), req/s and p99, three rounds alternately; the list's first page alone (curl,
# median of 9); a common search — "cluster munitions" in one week, 385 hits (the 5 seed texts make any search match
# none or a fifth of the store, so a date range makes the common one) — and the same over the whole store, 20,001 hits (first page; median of 7 requests after a first, each with another page_size so
# that no cached answer serves it; the total is counted once per filter, as before the answer cache).
set -euo pipefail
cd "${FRAMING_REPO:-$(dirname "$0")/..}" # FRAMING_REPO: when run from a copy of this script
dir=${1:?usage: bench/list-scale.sh DIR [N] [API_DLL ...]}
n=${2:-100000}
shift $(( $# >= 2 ? 2 : 1 ))
dlls=("$@")
[ ${#dlls[@]} -gt 0 ] || dlls=("$PWD/src/FramingApi/bin/Release/net10.0/FramingApi.dll")
mkdir -p "$dir"; dir=$(cd "$dir" && pwd)
. scripts/pg.sh
. bench/lib/copy-store.sh
api=""
cleanup() { [ -n "$api" ] && kill "$api" 2>/dev/null; wait 2>/dev/null || true; pg_stop "$dir/data"; }
trap cleanup EXIT
bin=$(pg_bindir)
psql() { "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAX "$@"; }
fresh=false; [ -f "$dir/data/PG_VERSION" ] || fresh=true
PG_FSYNC=off pg_start "$dir/data"
if $fresh; then
  psql -c "ALTER SYSTEM SET shared_buffers = '1GB'" -c "ALTER SYSTEM SET max_wal_size = '8GB'"
  pg_stop "$dir/data"; PG_FSYNC=off pg_start "$dir/data"
fi

start_api() { # dll: starts it on a free port (migrations, seeds), waits until ready
  port=$(pg_free_port 18200 18999)
  base="http://127.0.0.1:$port"
  ConnectionStrings__Framing="$PG_URL;Database=postgres" Seeds__Load=true RateLimits__Enabled=false Logging__LogLevel__Default=Warning \
    dotnet "$1" --urls "$base" --contentRoot "$PWD/src/FramingApi" >>"$dir/api.log" 2>&1 &
  api=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/health/ready" && return 0; sleep 1; done
  echo "API did not start: $(tail -n 20 "$dir/api.log")" >&2; exit 1
}
stop_api() { kill "$api"; wait "$api" 2>/dev/null || true; api=""; }

if $fresh; then
  start_api "${dlls[-1]}"
  wait_for_seed_analyses
  stop_api
  started=$(date +%s)
  copy_store "$n" 'g % 364' '(g / 20) % 5'
  echo "Built $(psql -c "SELECT count(*) FROM articles") articles in $(( $(date +%s) - started )) s ($(psql -c "SELECT pg_size_pretty(pg_database_size('postgres'))"))"
fi
echo "store: $(psql -c "SELECT count(*) FROM articles") articles; hits: cluster munitions in 2023-03-01..07 $(psql -c "SELECT count(*) FROM articles WHERE search @@ websearch_to_tsquery('english', 'cluster munitions') AND published_at BETWEEN '2023-03-01' AND '2023-03-07 23:59:59.999999+00'"), cluster munitions $(psql -c "SELECT count(*) FROM articles WHERE search @@ websearch_to_tsquery('english', 'cluster munitions')")"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] * 1000 }'; }
search() { # label words: the first page once, then 7 times, each with another page size (45-51), so nothing is cached
  local times=() i first
  first=$(curl -s -o /dev/null -w '%{time_total}' "$base/api/articles?q=$2&page_size=44")
  for i in 1 2 3 4 5 6 7; do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base/api/articles?q=$2&page_size=$((44 + i))")")
  done
  printf '  %-40s first %6.0f ms, then median %6.0f ms  (%s)\n' "$1" "$(echo "$first * 1000" | bc)" "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${times[@]}" | awk '{ printf "%.0f ", $1 * 1000 }')"
}
for dll in "${dlls[@]}"; do
  echo "== $dll (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  start_api "$dll"
  list="$base/api/articles?page_size=50"
  curl -sf -o /dev/null "$list"; curl -sf -o /dev/null "$base/health/live"
  times=(); for _ in $(seq 1 9); do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$list")"); done
  printf '  list first page alone (curl, median of 9): %.1f ms\n' "$(printf '%s\n' "${times[@]}" | median)"
  # Three rounds, /health/live and the list alternately (the machine is shared: its load moves between runs).
  for round in 1 2 3; do
    for url in "$base/health/live" "$list"; do
      out=$(wrk -t2 -c16 -d5s --latency "$url")
      grep -q "Non-2xx" <<<"$out" && { echo "  wrk $url: $(grep Non-2xx <<<"$out")" >&2; }
      printf '%s %s %s\n' "$url" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")"
    done
  done >"$dir/wrk.txt"
  awk -v live="$base/health/live" '
    { ms = $3; if (ms ~ /us$/) ms = ms / 1000; else if (ms ~ /ms$/) ms = ms + 0; else if (ms ~ /s$/) ms = ms * 1000 }
    $1 == live { lr[++nl] = $2; lp[nl] = ms; next } { rr[++nr] = $2; rp[nr] = ms }
    END {
      for (i = 1; i <= nr; i++) printf "  round %d: /health/live %.0f req/s (p99 %.1f ms), list %.0f req/s (p99 %.1f ms): %.0f %%\n", i, lr[i], lp[i], rr[i], rp[i], 100 * rr[i] / lr[i]
    }' "$dir/wrk.txt"
  search "search, one week (hundreds of hits)" "cluster%20munitions&from=2023-03-01&to=2023-03-07"
  search "search cluster munitions (20,001 hits)" "cluster%20munitions"
  stop_api
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
