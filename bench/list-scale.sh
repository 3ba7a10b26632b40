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
  for _ in $(seq 1 60); do
    [ "$(psql -c "SELECT count(*) FILTER (WHERE analysis IS NOT NULL) = (SELECT count(*) FROM article_metric_summaries) AND count(DISTINCT lexicon_id) >= 4 FROM article_lexicon_versions")" = t ] && break
    sleep 1
  done
  stop_api
  started=$(date +%s)
  psql <<SQL
INSERT INTO sources (slug, name) SELECT format('ts-%s', lpad(i::text, 2, '0')), format('Series source %s', i) FROM generate_series(1, 20) i;
CREATE TABLE ts_seed AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM articles ORDER BY id LIMIT 5;
INSERT INTO articles (source_id, url, title, author, published_at, content_type, text, content_hash, word_count, language,
                      raw_start, raw_length, search)
SELECT s.id, format('https://ts.example/%s/%s', t.k, g), a.title, a.author,
       timestamptz '2023-01-02 00:00:00+00' + (g % 364) * interval '1 day' + (g % 24) * interval '1 hour',
       a.content_type, a.text, sha256(convert_to('ts' || g, 'UTF8')), a.word_count, a.language, 0, length(a.text),
       a.search
FROM generate_series(0, $n - 1) g
JOIN ts_seed t ON t.k = (g / 20) % 5 JOIN articles a ON a.id = t.id
JOIN sources s ON s.slug = format('ts-%s', lpad((g % 20 + 1)::text, 2, '0'));
CREATE TABLE ts_map AS SELECT c.id AS copy_id, t.id AS seed_id
FROM articles c JOIN ts_seed t ON t.k = split_part(c.url, '/', 4)::int WHERE c.url LIKE 'https://ts.example/%';
INSERT INTO article_lexicon_versions (article_id, lexicon_id, lexicon_version_id, analysis)
SELECT m.copy_id, v.lexicon_id, v.lexicon_version_id, v.analysis FROM ts_map m JOIN article_lexicon_versions v ON v.article_id = m.seed_id;
INSERT INTO article_stats SELECT m.copy_id, s.words_outlet, s.words_quotation, s.words_comments, s.sentences_outlet, s.sentences_quotation,
       s.sentences_comments FROM ts_map m JOIN article_stats s ON s.article_id = m.seed_id;
INSERT INTO segments SELECT m.copy_id, s.ordinal, s.kind, s.start_offset, s.end_offset FROM ts_map m JOIN segments s ON s.article_id = m.seed_id;
INSERT INTO article_metric_summaries (article_id, lexicon_version_id, source_id, story_id, published_at, codes, vals)
SELECT m.copy_id, s.lexicon_version_id, c.source_id, c.story_id, c.published_at, s.codes, s.vals
FROM ts_map m JOIN article_metric_summaries s ON s.article_id = m.seed_id JOIN articles c ON c.id = m.copy_id;
VACUUM ANALYZE;
SQL
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
