#!/usr/bin/env bash
# The scale benchmark of issue 14 (docs/SCALING.md, figures in docs/PERFORMANCE.md). Builds one store through the API
# and measures it at each size, in one run: bench/scale.sh [N...]   (default: 2000 10000 100000)
# It starts its own PostgreSQL (scripts/pg.sh, in $SCALE_DIR or a temporary folder) and the API (Release) on free
# ports, creates the sources and stories, then grows the store to each N in bulk NDJSON requests of 5,000 articles
# (bench/make-scale-articles.mjs: Brown texts with words shuffled within 40-word windows, so all are distinct). Each
# request is followed by a plain COPY of the same texts into an unindexed table (url, title, published_at, text),
# timed the same way: the COPY ratio is measured side by side. At each size it prints ingestion articles/s and the
# ratio, bytes stored per byte of text and per article (every table and index of the API, TOAST included, over the
# stored texts' bytes), the API's peak resident memory during the import, cold and warm latencies
# (bench/scale-probe.mjs), /health/live and list requests/s (wrk), and comparison reads with and without writes.
set -euo pipefail
cd "$(dirname "$0")/.."
# wrk measures the list's requests/s and the reads under writes: installed when missing and we are root, else we stop
# (a run without it would leave those figures out without saying so).
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing wrk (apt-get install wrk)..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null 2>&1; } \
      || { echo "bench/scale.sh needs wrk: apt-get install wrk" >&2; exit 1; }
  else
    echo "bench/scale.sh needs wrk: apt-get install wrk" >&2; exit 1
  fi
fi
sizes=("${@:-2000 10000 100000}"); sizes=(${sizes[@]})
corpus=bench/corpus/brown.jsonl
[ -f "$corpus" ] || bench/make-brown-corpus.sh
. scripts/pg.sh
dir=${SCALE_DIR:-$(mktemp -d /tmp/framing-scale.XXXXXX)}
api=""
cleanup() { [ -n "$api" ] && kill "$api" 2>/dev/null; wait 2>/dev/null || true; pg_stop "$dir/data"; }
trap cleanup EXIT
# A server sized for the store: the indexes in memory, checkpoints spaced out (bulk loading), fsync on.
PG_FSYNC=on pg_start "$dir/data"
bin=$(pg_bindir)
pg_as_owner "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "ALTER SYSTEM SET shared_buffers = '2GB'" \
  -c "ALTER SYSTEM SET max_wal_size = '8GB'" -c "ALTER SYSTEM SET checkpoint_timeout = '15min'" -c "ALTER SYSTEM SET work_mem = '32MB'"
pg_stop "$dir/data"; pg_start "$dir/data"
psql() { "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAX "$@"; }
psql -c "CREATE TABLE IF NOT EXISTS plain_copy (url text, title text, published_at timestamptz, text text)"

# SCALE_API=path/FramingApi.dll runs that build (another checkout's, say main's, to compare in the same window) instead of this tree's.
api_dll=${SCALE_API:-src/FramingApi/bin/Release/net10.0/FramingApi.dll}
[ -n "${SCALE_API:-}" ] || dotnet build src/FramingApi -c Release --nologo -v quiet -clp:ErrorsOnly
# A free port of its own range (pg_free_port's range is where the PostgreSQL servers of other runs listen).
port=$(pg_free_port 18200 18999)
base="http://127.0.0.1:$port"
start_api() {
  env ConnectionStrings__Framing="$PG_URL;Database=postgres" Seeds__Load=false Logging__LogLevel__Default=Warning Logging__LogLevel__FramingApi.Articles=Information \
    dotnet "$api_dll" --urls "$base" --contentRoot "$PWD/src/FramingApi" >>"$dir/api.log" 2>&1 &
  api=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null "$base/health/ready" && break; sleep 1; done
}
start_api

rss_peak=0
watch_rss() { while kill -0 "$api" 2>/dev/null; do r=$(awk '/VmRSS/ {print $2}' /proc/$api/status); echo "$r"; sleep 1; done; }
done_n=0
for n in "${sizes[@]}"; do
  # Sources and stories first (each once: a second POST answers 409).
  node bench/make-scale-articles.mjs "$corpus" "$done_n" "$n" refs | while read -r line; do
    case $line in
      *'"source"'*) curl -s -o /dev/null -X POST "$base/api/sources" -H 'Content-Type: application/json' \
                      -d "{\"slug\":$(node -pe "JSON.parse(process.argv[1]).source" "$line" | sed 's/.*/"&"/'),\"name\":\"Scale source\"}";;
      *) curl -s -o /dev/null -X POST "$base/api/stories" -H 'Content-Type: application/json' \
           -d "{\"slug\":$(node -pe "JSON.parse(process.argv[1]).story" "$line" | sed 's/.*/"&"/'),\"title\":\"Scale story\"}";;
    esac
  done
  api_s=0; copy_s=0; created=0
  watch_rss > "$dir/rss.$n" & watcher=$!
  for ((from = done_n; from < n; from += 5000)); do
    to=$(( from + 5000 < n ? from + 5000 : n ))
    node bench/make-scale-articles.mjs "$corpus" "$from" "$to" ndjson > "$dir/batch.jsonl"
    node bench/make-scale-articles.mjs "$corpus" "$from" "$to" copy > "$dir/batch.tsv"
    t0=$(date +%s.%N)
    out=$(curl -sf -X POST "$base/api/articles/bulk" -H 'Content-Type: application/x-ndjson' --data-binary @"$dir/batch.jsonl")
    t1=$(date +%s.%N)
    psql -c "\\copy plain_copy FROM '$dir/batch.tsv'"
    t2=$(date +%s.%N)
    created=$(( created + $(node -pe 'JSON.parse(require("fs").readFileSync(0,"utf8")).created' <<<"$out") ))
    api_s=$(echo "$api_s + $t1 - $t0" | bc); copy_s=$(echo "$copy_s + $t2 - $t1" | bc)
  done
  kill "$watcher" 2>/dev/null || true
  rss_peak=$(sort -n "$dir/rss.$n" | tail -1)
  rm -f "$dir/batch.jsonl" "$dir/batch.tsv"
  psql -c "VACUUM ANALYZE" >/dev/null
  added=$(( n - done_n ))
  echo "== $n articles"
  awk -v c="$created" -v a="$added" -v s="$api_s" -v p="$copy_s" -v r="$rss_peak" 'BEGIN {
    printf "ingestion: %d of %d created in %.1f s: %.0f articles/s; plain COPY of the same texts %.1f s: %.0f articles/s; ratio %.2f; API peak RSS %.0f MB\n",
      c, a, s, c / s, p, a / p, (c / s) / (a / p), r / 1024 }'
  psql -c "SELECT 'storage: ' || pg_size_pretty(sum(pg_total_relation_size(c.oid))) || ' for ' || pg_size_pretty((SELECT sum(octet_length(text)) FROM articles)::bigint)
           || ' of text: ' || round(sum(pg_total_relation_size(c.oid)) / (SELECT sum(octet_length(text)) FROM articles)::numeric, 2) || ' x the text, '
           || round(sum(pg_total_relation_size(c.oid)) / (SELECT count(*) FROM articles) / 1024.0, 1) || ' KB per article'
           FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
           WHERE ns.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'plain_copy'"
  psql -c "SELECT '  ' || c.relname || ' ' || pg_size_pretty(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace
           WHERE ns.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'plain_copy' AND pg_total_relation_size(c.oid) > 1000000
           ORDER BY pg_total_relation_size(c.oid) DESC"
  # Cold means built from the database: a fresh API process, so that no comparison the probe built at the previous
  # size is cached (a notification would not do: an entry whose data did not change is revalidated by its stamp,
  # without a rebuild). The probe warms the process up on other comparisons first.
  kill "$api"; wait "$api" 2>/dev/null || true; start_api
  probe=$(node bench/scale-probe.mjs "$base")
  grep -v '^LIST100=' <<<"$probe"
  list100=$(sed -n 's/^LIST100=//p' <<<"$probe")
  if command -v wrk >/dev/null; then
    rps() { wrk -t2 -c16 -d5s "$@" | awk '/Requests\/sec/ {print $2}'; }
    p99() { wrk -t2 -c16 -d5s --latency "$@" | awk '$1=="99%" {print $2}'; }
    live=$(rps "$base/health/live"); first=$(rps "$base/api/articles?page_size=50"); deep=$(rps "$base$list100")
    echo "req/s: /health/live $live; list first page $first ($(awk -v a="$first" -v b="$live" 'BEGIN{printf "%.0f", 100*a/b}') %, p99 $(p99 "$base/api/articles?page_size=50")); page 100 (or the last) $deep"
    story="$base/api/stories/scale-story-00000/comparison"
    alone=$(rps -H 'Accept-Encoding: gzip' "$story")
    # Writers: single articles into other stories, one after the other, for the length of the read measurement.
    ( end=$((SECONDS + 6)); i=0; while [ $SECONDS -lt $end ]; do i=$((i + 1))
        curl -s -o /dev/null -X POST "$base/api/articles" -H 'Content-Type: application/json' \
          -d "{\"source\":\"scale-src-0000\",\"story\":\"scale-story-00001\",\"url\":\"https://scale.example/w/$n/$i/$RANDOM\",\"text\":\"Live write $n $i $RANDOM: officials said the talks went on.\"}"
      done; echo "$i" > "$dir/writes" ) & writer=$!
    writing=$(rps -H 'Accept-Encoding: gzip' "$story"); wait "$writer" # not a bare wait: the API is a child too
    echo "story comparison reads (gzip): $alone req/s alone, $writing req/s while $(cat "$dir/writes") articles were written ($(awk -v a="$writing" -v b="$alone" 'BEGIN{printf "%.0f", 100*a/b}') %)"
  fi
  done_n=$n
done
