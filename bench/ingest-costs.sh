#!/usr/bin/env bash
# Where one bulk-imported article's cost goes, on both sides (issue 14 item 3; docs/PERFORMANCE.md "Bulk ingestion
# costs per article"). Starts its own PostgreSQL (with pg_stat_statements) and the API (Release) like bench/scale.sh,
# warms the API up with W articles, then imports articles [W, W + N) of bench/make-scale-articles.mjs in requests of
# 5,000 and, after each request, a plain COPY of the same texts into an unindexed table. Prints:
#   - articles/s end to end and the COPY ratio (side by side, as bench/scale.sh);
#   - the API's and PostgreSQL's CPU per article (user + system from /proc/PID/stat: the API process; the
#     postmaster, its children alive and those that ended — so also the plain COPY's backend, measured apart);
#   - the API's CPU per article by kind of thread (workers, tiered compilation, the collector), from /proc/PID/task;
#   - the import's stages from the API's log (analysis, writing, each stage waiting for the other);
#   - WAL bytes per article (pg_current_wal_lsn before and after) for the import and for the plain COPY;
#   - per statement (pg_stat_statements): total ms, ms per article, rows, WAL bytes per article;
#   - per table and index: bytes per article added (pg_total_relation_size before/after).
#   COSTS_DIR=/tmp/x [COSTS_API=…/FramingApi.dll] [COSTS_PG_SET="name=value …"] [COSTS_ENV="NAME=value …"] bench/ingest-costs.sh [N] [W]   (defaults 2000 and 500)
# With COSTS_PERF=1 the API runs with its perf map (DOTNET_PerfMapEnabled=1) and `perf record -g` samples it during the
# measured requests (not the warm-up): $COSTS_DIR/perf.data, and the top of `perf report` by symbol and by module is
# printed at the end (docs/PERFORMANCE.md "Where the API's time goes in a bulk import"). With COSTS_PERF_PG=1 the whole
# machine is sampled during the first measured request (`perf record -a -g`: $COSTS_DIR/perf-pg.data) and PostgreSQL's
# processes' samples are printed by symbol (self) and by caller chain (docs/PERFORMANCE.md "Bulk ingestion, wave 20").
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}; warm=${2:-500}
corpus=bench/corpus/brown.jsonl
[ -f "$corpus" ] || bench/make-brown-corpus.sh
. scripts/pg.sh
dir=${COSTS_DIR:-$(mktemp -d /tmp/framing-costs.XXXXXX)}
mkdir -p "$dir"
api=""
cleanup() { [ -n "$api" ] && kill "$api" 2>/dev/null; wait 2>/dev/null || true; pg_stop "$dir/data"; }
trap cleanup EXIT
PG_FSYNC=on pg_start "$dir/data"
bin=$(pg_bindir)
pg_as_owner "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "ALTER SYSTEM SET shared_buffers = '1GB'" \
  -c "ALTER SYSTEM SET max_wal_size = '8GB'" -c "ALTER SYSTEM SET checkpoint_timeout = '15min'" \
  -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
# COSTS_PG_SET="work_mem=64MB other=value" sets server parameters for the whole run (to measure a setting's effect).
for kv in ${COSTS_PG_SET:-}; do
  pg_as_owner "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "ALTER SYSTEM SET ${kv%%=*} = '${kv#*=}'"
done
pg_stop "$dir/data"; pg_start "$dir/data"
psql() { "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAX "$@"; }
psql -c "ALTER SYSTEM SET pg_stat_statements.track = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
psql -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "CREATE TABLE plain_copy (url text, title text, published_at timestamptz, text text)"

# COSTS_API=path/FramingApi.dll runs that build (say a ReadyToRun publish, or another checkout's) instead of this tree's.
api_dll=${COSTS_API:-src/FramingApi/bin/Release/net10.0/FramingApi.dll}
[ -n "${COSTS_API:-}" ] || dotnet build src/FramingApi -c Release --nologo -v quiet -clp:ErrorsOnly
port=$(pg_free_port 18200 18999)
base="http://127.0.0.1:$port"
perf_env=()
[ "${COSTS_PERF:-0}" = 1 ] && perf_env=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0)
# COSTS_ENV="DOTNET_TieredPGO=0 …" runs the API with these variables (to measure a runtime setting's effect).
for kv in ${COSTS_ENV:-}; do perf_env+=("$kv"); done
# COSTS_JIT=1: the JIT lists every method it compiles ($COSTS_DIR/jit.txt); those compiled during the measured requests
# are counted by tier and by namespace at the end.
[ "${COSTS_JIT:-0}" = 1 ] && perf_env+=(DOTNET_JitStdOutFile="$dir/jit.txt" DOTNET_JitDisasmSummary=1)
env "${perf_env[@]}" ConnectionStrings__Framing="$PG_URL;Database=postgres" Seeds__Load=false Logging__LogLevel__Default=Warning Logging__LogLevel__FramingApi.Articles=Information \
  dotnet "$api_dll" --urls "$base" --contentRoot "$PWD/src/FramingApi" >>"$dir/api.log" 2>&1 &
api=$!
for _ in $(seq 1 180); do curl -sf -o /dev/null "$base/health/ready" && break; sleep 1; done

node bench/make-scale-articles.mjs "$corpus" 0 "$((warm + n))" refs | while read -r line; do
  case $line in
    *'"source"'*) curl -s -o /dev/null -X POST "$base/api/sources" -H 'Content-Type: application/json' \
                    -d "{\"slug\":\"$(sed 's/.*"source":"\([^"]*\)".*/\1/' <<<"$line")\",\"name\":\"Costs source\"}";;
    *) curl -s -o /dev/null -X POST "$base/api/stories" -H 'Content-Type: application/json' \
         -d "{\"slug\":\"$(sed 's/.*"story":"\([^"]*\)".*/\1/' <<<"$line")\",\"title\":\"Costs story\"}";;
  esac
done
if [ "$warm" -gt 0 ]; then
  node bench/make-scale-articles.mjs "$corpus" 0 "$warm" ndjson > "$dir/batch.jsonl"
  curl -sf -o /dev/null -X POST "$base/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @"$dir/batch.jsonl"
fi
psql -c "CHECKPOINT"

ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
# The API's CPU by kind of thread (/proc/PID/task/*/comm, the number dropped): the thread pool's workers (analysis,
# the writer), tiered compilation (the JIT), the collector's threads … summed per kind; ticks of threads that ended
# between two readings are lost here (the process total above keeps them).
api_threads() {
  ( set +o pipefail
    for t in /proc/"$api"/task/*; do
      echo "$(sed 's/ /_/g; s/[0-9]*$//' "$t/comm" 2>/dev/null) $(sed 's/^.*) //' "$t/stat" 2>/dev/null | awk '{print $12 + $13}')"
    done | awk 'NF == 2 {a[$1] += $2} END {for (k in a) print k, a[k]}' | sort ) || true
}
postmaster=$(head -1 "$dir/data/postmaster.pid")
# The server's CPU: the postmaster's own and its reaped children's (cutime, cstime: backends and autovacuum workers that
# ended, such as the plain COPY's), plus the children alive now.
pg_ticks() {
  local t; t=$(sed 's/^.*) //' "/proc/$postmaster/stat" | awk '{print $12 + $13 + $14 + $15}')
  for c in $(pgrep -P "$postmaster"); do t=$((t + $(ticks "$c" 2>/dev/null || echo 0))); done; echo "$t"
}
sizes() { psql -c "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
                   WHERE s.nspname = 'public' AND c.relkind IN ('r', 'i') AND c.relname <> 'plain_copy' ORDER BY 1"; }
lsn() { psql -c "SELECT pg_current_wal_lsn()"; }
wal_between() { psql -c "SELECT pg_wal_lsn_diff('$2', '$1')::bigint"; }

sizes > "$dir/sizes.before"
psql -c "SELECT pg_stat_statements_reset()" >/dev/null
perf_pid=""; perf_pg_pid=""
if [ "${COSTS_PERF:-0}" = 1 ]; then
  perf record -F 499 -g -p "$api" -o "$dir/perf.data" >"$dir/perf.log" 2>&1 & perf_pid=$!
fi
rm -f "$dir/threads.delta"
api_s=0; copy_s=0; created=0; api_t=0; pg_t=0; copy_pg_t=0; wal=0; copy_wal=0
for ((from = warm; from < warm + n; from += 5000)); do
  to=$(( from + 5000 < warm + n ? from + 5000 : warm + n ))
  node bench/make-scale-articles.mjs "$corpus" "$from" "$to" ndjson > "$dir/batch.jsonl"
  node bench/make-scale-articles.mjs "$corpus" "$from" "$to" copy > "$dir/batch.tsv"
  api_threads > "$dir/threads.0"
  [ "${COSTS_JIT:-0}" = 1 ] && wc -l < "$dir/jit.txt" >> "$dir/jit.lines"
  if [ "${COSTS_PERF_PG:-0}" = 1 ] && [ "$from" = "$warm" ]; then
    perf record -F 999 -g -a -o "$dir/perf-pg.data" >"$dir/perf-pg.log" 2>&1 & perf_pg_pid=$!; sleep 1
  fi
  l0=$(lsn); a0=$(ticks "$api"); p0=$(pg_ticks); t0=$(date +%s.%N)
  out=$(curl -sf -X POST "$base/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @"$dir/batch.jsonl")
  t1=$(date +%s.%N); a1=$(ticks "$api"); p1=$(pg_ticks); l1=$(lsn)
  [ -n "$perf_pg_pid" ] && kill -0 "$perf_pg_pid" 2>/dev/null && { kill -INT "$perf_pg_pid"; wait "$perf_pg_pid" || true; }
  api_threads > "$dir/threads.1"
  [ "${COSTS_JIT:-0}" = 1 ] && wc -l < "$dir/jit.txt" >> "$dir/jit.lines"
  join -a2 -e0 -o 0,1.2,2.2 "$dir/threads.0" "$dir/threads.1" | awk '{print $1, $3 - $2}' >> "$dir/threads.delta"
  psql -c "\\copy plain_copy FROM '$dir/batch.tsv'"
  t2=$(date +%s.%N); p2=$(pg_ticks); l2=$(lsn)
  created=$(( created + $(node -pe 'JSON.parse(require("fs").readFileSync(0,"utf8")).created' <<<"$out") ))
  api_s=$(echo "$api_s + $t1 - $t0" | bc); copy_s=$(echo "$copy_s + $t2 - $t1" | bc)
  api_t=$((api_t + a1 - a0)); pg_t=$((pg_t + p1 - p0)); copy_pg_t=$((copy_pg_t + p2 - p1))
  wal=$((wal + $(wal_between "$l0" "$l1"))); copy_wal=$((copy_wal + $(wal_between "$l1" "$l2")))
done
sizes > "$dir/sizes.after"
[ -n "$perf_pid" ] && { kill -INT "$perf_pid"; wait "$perf_pid" || true; }
hz=$(getconf CLK_TCK)
echo "== $created of $n articles created after a warm-up of $warm; load average $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v c="$created" -v s="$api_s" -v p="$copy_s" -v at="$api_t" -v pt="$pg_t" -v ct="$copy_pg_t" -v hz="$hz" -v w="$wal" -v cw="$copy_wal" -v n="$n" 'BEGIN {
  printf "ingestion %.0f articles/s; plain COPY %.0f articles/s; ratio %.2f\n", c / s, n / p, (c / s) / (n / p)
  printf "CPU per article: API %.2f ms, PostgreSQL %.2f ms (plain COPY: PostgreSQL %.2f ms)\n", 1000 * at / hz / c, 1000 * pt / hz / c, 1000 * ct / hz / n
  printf "WAL per article: import %.1f KB, plain COPY %.1f KB\n", w / c / 1024, cw / n / 1024 }'
echo "-- the API's CPU per article by kind of thread (ms): $(awk '{a[$1] += $2} END {for (k in a) print k, a[k]}' "$dir/threads.delta" \
  | sort -k2 -rn | awk -v c="$created" -v hz="$hz" '$2 > 0 {printf "%s %.3f; ", $1, 1000 * $2 / hz / c}')"
echo "-- the import's stages (the API's log, seconds per request): $(grep -o '[0-9]* lines\( in [0-9.]* s\)\?: analysis [0-9.]* s, writing [0-9.]* s, .*' "$dir/api.log" | tail -n "$(( (n + 4999) / 5000 ))" | tr '\n' ';')"
echo "-- statements (pg_stat_statements): total ms, ms per article, rows, WAL KB per article"
psql -F ' | ' -c "SELECT round(total_exec_time::numeric, 0), round((total_exec_time / $created)::numeric, 3), rows,
                          round(wal_bytes / $created / 1024.0, 2), left(regexp_replace(query, '\s+', ' ', 'g'), 90)
                   FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%plain_copy%'
                   ORDER BY total_exec_time DESC LIMIT 25"
echo "-- bytes per article added, per table and index (TOAST included)"
join -t '|' "$dir/sizes.before" "$dir/sizes.after" | awk -F '|' -v c="$created" '$3 > $2 { printf "%8.0f  %s\n", ($3 - $2) / c, $1 }' | sort -rn
rm -f "$dir/batch.jsonl" "$dir/batch.tsv"
if [ -n "$perf_pid" ]; then
  echo "-- perf: the API's samples by module, then by symbol (self), during the measured requests"
  perf report -i "$dir/perf.data" --no-children --sort dso --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' | head -15
  perf report -i "$dir/perf.data" --no-children --sort sym --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -60
fi
if [ -n "$perf_pg_pid" ]; then
  echo "-- perf: PostgreSQL's samples (all its processes) by symbol (self), during the first measured request"
  perf report -i "$dir/perf-pg.data" --comms postgres --no-children --sort dso,sym --stdio -g none 2>/dev/null | grep -v '^#' | grep -v '^$' | head -50
fi
if [ "${COSTS_JIT:-0}" = 1 ]; then
  echo "-- the JIT during the measured requests: methods by tier, then by namespace (top 25)"
  paste -d' ' - - < "$dir/jit.lines" | while read -r a b; do sed -n "$((a + 1)),${b}p" "$dir/jit.txt"; done > "$dir/jit.measured"
  echo "$(wc -l < "$dir/jit.measured") methods"
  sed 's/.*\[\([^,]*\),.*/\1/' "$dir/jit.measured" | sort | uniq -c | sort -rn | head
  sed 's/^ *[0-9]*: JIT compiled //; s/:.*//; s/`.*//; s/\[.*//' "$dir/jit.measured" | awk -F. '{NF = NF > 3 ? 3 : NF - 1; print}' OFS=. \
    | sort | uniq -c | sort -rn | head -25
fi
