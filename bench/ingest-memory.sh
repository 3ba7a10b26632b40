#!/usr/bin/env bash
# The API's memory over a long bulk import (issue 14: resident memory flat, not growing with N). Starts its own
# PostgreSQL and API (Release) like bench/scale.sh, imports articles 0..N of bench/make-scale-articles.mjs in NDJSON
# requests of 5,000, and samples once a second the API's resident memory (VmRSS) and, with dotnet-counters when it is
# installed, the runtime's own counters (GC heap size, committed bytes, fragmentation, LOH size).
#   MEMORY_DIR=/tmp/x bench/ingest-memory.sh N [ENV=VALUE ...]   (the ENV settings are given to the API only,
#   e.g. DOTNET_GCConserveMemory=5 or DOTNET_gcServer=0)
# Prints, after each request, the articles so far, that request's rate, the API's CPU time per article created (user
# and system, /proc/PID/stat) and the RSS at its end and its peak; the samples are in $MEMORY_DIR/rss (KB) and
# $MEMORY_DIR/counters.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: bench/ingest-memory.sh N [ENV=VALUE ...]}; shift
settings=("$@")
corpus=bench/corpus/brown.jsonl
[ -f "$corpus" ] || bench/make-brown-corpus.sh
. scripts/pg.sh
dir=${MEMORY_DIR:-$(mktemp -d /tmp/framing-memory.XXXXXX)}
mkdir -p "$dir"
api=""; watcher=""; counters=""
cleanup() {
  for p in "$watcher" "$counters" "$api"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done
  wait 2>/dev/null || true; pg_stop "$dir/data"
}
trap cleanup EXIT
PG_FSYNC=on pg_start "$dir/data"
bin=$(pg_bindir)
pg_as_owner "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "ALTER SYSTEM SET shared_buffers = '1GB'" \
  -c "ALTER SYSTEM SET max_wal_size = '8GB'" -c "ALTER SYSTEM SET checkpoint_timeout = '15min'"
pg_stop "$dir/data"; pg_start "$dir/data"

dotnet build src/FramingApi -c Release --nologo -v quiet -clp:ErrorsOnly
port=$(pg_free_port 18200 18999)
base="http://127.0.0.1:$port"
env "${settings[@]}" ConnectionStrings__Framing="$PG_URL;Database=postgres" Seeds__Load=false Logging__LogLevel__Default=Warning Logging__LogLevel__FramingApi.Articles=Information \
  dotnet src/FramingApi/bin/Release/net10.0/FramingApi.dll --urls "$base" --contentRoot "$PWD/src/FramingApi" >>"$dir/api.log" 2>&1 &
api=$!
for _ in $(seq 1 180); do curl -sf -o /dev/null "$base/health/ready" && break; sleep 1; done

node bench/make-scale-articles.mjs "$corpus" 0 "$n" refs | while read -r line; do
  case $line in
    *'"source"'*) curl -s -o /dev/null -X POST "$base/api/sources" -H 'Content-Type: application/json' \
                    -d "{\"slug\":\"$(sed 's/.*"source":"\([^"]*\)".*/\1/' <<<"$line")\",\"name\":\"Memory source\"}";;
    *) curl -s -o /dev/null -X POST "$base/api/stories" -H 'Content-Type: application/json' \
         -d "{\"slug\":\"$(sed 's/.*"story":"\([^"]*\)".*/\1/' <<<"$line")\",\"title\":\"Memory story\"}";;
  esac
done

# rss: VmRSS (KB) once a second; rss-parts: the time, VmRSS and its anonymous, file-backed and shared parts (the runtime's
# double-mapped code is shared memory), to tell the collector's heap from native memory and mapped files.
( while kill -0 "$api" 2>/dev/null; do
    awk -v t="$(date +%s)" '/^VmRSS/ {r = $2} /^RssAnon/ {a = $2} /^RssFile/ {f = $2} /^RssShmem/ {s = $2}
      END {print r; print t, r, a, f, s >> "'"$dir/rss-parts"'"}' /proc/$api/status
    sleep 1
  done ) > "$dir/rss" & watcher=$!
PATH=$PATH:$HOME/.dotnet/tools # where `dotnet tool install -g dotnet-counters` puts it
if command -v dotnet-counters >/dev/null; then
  dotnet-counters collect -p "$api" --refresh-interval 1 --format csv -o "$dir/counters.csv" --counters System.Runtime >/dev/null 2>&1 & counters=$!
fi
# The API's user + system CPU time so far, in clock ticks (fields 14 and 15 of /proc/PID/stat, after the command's name).
cpu_ticks() { sed 's/^.*) //' "/proc/$api/stat" | awk '{print $12 + $13}'; }
echo "settings: ${settings[*]:-(defaults)}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for ((from = 0; from < n; from += 5000)); do
  to=$(( from + 5000 < n ? from + 5000 : n ))
  node bench/make-scale-articles.mjs "$corpus" "$from" "$to" ndjson > "$dir/batch.jsonl"
  lines_before=$(wc -l < "$dir/rss")
  cpu0=$(cpu_ticks)
  t0=$(date +%s.%N)
  out=$(curl -sf -X POST "$base/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @"$dir/batch.jsonl")
  t1=$(date +%s.%N)
  cpu1=$(cpu_ticks)
  created=$(node -pe 'JSON.parse(require("fs").readFileSync(0,"utf8")).created' <<<"$out")
  now=$(awk '/VmRSS/ {print $2}' /proc/$api/status)
  peak=$(tail -n +"$((lines_before + 1))" "$dir/rss" | sort -n | tail -1)
  awk -v t="$to" -v c="$created" -v s="$(echo "$t1 - $t0" | bc)" -v r="$now" -v p="${peak:-$now}" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
    -v u="$(( cpu1 - cpu0 ))" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%7d articles: %d created, %.0f articles/s, API CPU %.2f ms per article; RSS at the end %.0f MB, peak %.0f MB; load %s\n", t, c, c / s, 1000 * u / hz / c, r / 1024, p / 1024, l }'
done
rm -f "$dir/batch.jsonl"
