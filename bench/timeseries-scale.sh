#!/usr/bin/env bash
# Time series, search and attention at scale (issue 15 "Performance"; figures in docs/PERFORMANCE.md):
#   bench/timeseries-scale.sh [N]   (default 100000 articles)
# Starts its own PostgreSQL (scripts/pg.sh, in a temporary folder) and the API (Release, seed story loaded) on free
# ports, then grows the store to N articles in SQL: 20 sources (ts-01 … ts-20) whose articles are copies of the seed
# story's five scored articles (each copy with its own url and content hash, its stored analyses, word counts,
# segments, search vector and metric summaries), spread evenly over the 52 weeks from Monday 2 January 2023. Building N articles through
# the API (bench/scale.sh) takes far longer on a small machine; the reads measured here read only the stored rows.
# The texts repeat, so a search matches a fifth of the store or none of it: "cluster munitions" matches 20 % of all
# articles, far more hits than a real search (the harder case for the attention series, which counts every match).
# Measures each request once cold (the first after the build) and the median of 7 warm requests, with curl; and the
# counting SQL alone with psql. Prints the size of the metric summaries next to the articles' text (docs/SCALING.md).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
. scripts/pg.sh
. bench/lib/copy-store.sh
dir=$(mktemp -d /tmp/framing-ts-scale.XXXXXX)
api=""
cleanup() { [ -n "$api" ] && kill "$api" 2>/dev/null; wait 2>/dev/null || true; pg_stop "$dir/data"; rm -rf "$dir"; }
trap cleanup EXIT
PG_FSYNC=off pg_start "$dir/data"
bin=$(pg_bindir)
pg_as_owner "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "ALTER SYSTEM SET shared_buffers = '1GB'" -c "ALTER SYSTEM SET max_wal_size = '8GB'"
pg_stop "$dir/data"; PG_FSYNC=off pg_start "$dir/data"
psql() { "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qtAX "$@"; }

dotnet build src/FramingApi -c Release --nologo -v quiet -clp:ErrorsOnly
port=$(pg_free_port 18200 18999)
base="http://127.0.0.1:$port"
ConnectionStrings__Framing="$PG_URL;Database=postgres" Seeds__Load=true RateLimits__Enabled=false Logging__LogLevel__Default=Warning \
  dotnet src/FramingApi/bin/Release/net10.0/FramingApi.dll --urls "$base" --contentRoot "$PWD/src/FramingApi" >>"$dir/api.log" 2>&1 &
api=$!
for _ in $(seq 1 90); do curl -sf -o /dev/null "$base/health/ready" && break; sleep 1; done
for _ in $(seq 1 60); do [ "$(psql -c "SELECT count(DISTINCT article_id) FROM article_lexicon_versions")" -ge 5 ] && break; sleep 1; done
wait_for_seed_analyses
echo "seed: $(psql -c "SELECT count(*) || ' analyses, ' || (SELECT count(*) FROM article_metric_summaries) || ' summary rows' FROM article_lexicon_versions WHERE analysis IS NOT NULL")"

start=$(date +%s)
# Article g: source g mod 20, seed text (g / 7280) mod 5, published on day (g / 20) mod 364 (at hour g mod 24): every
# source has articles on every day, of all five texts (the per-day rollups' hardest case: 20 x 364 source-days).
copy_store "$n" '(g / 20) % 364' '(g / 7280) % 5'
echo "Built $(psql -c "SELECT count(*) FROM articles") articles in $(( $(date +%s) - start )) s ($(psql -c "SELECT pg_size_pretty(pg_database_size('postgres'))"))"
echo "per-day rollups: $(psql -c "SELECT (SELECT count(*) FROM metric_summary_days) || ' metric rows, ' || pg_size_pretty(pg_total_relation_size('metric_summary_days')) || '; ' || (SELECT count(*) FROM article_days) || ' article days, ' || pg_size_pretty(pg_total_relation_size('article_days'))")"
echo "metric summaries: $(psql -c "SELECT (SELECT count(*) FROM article_metric_summaries) || ' rows, ' || pg_size_pretty(pg_total_relation_size('article_metric_summaries')) || ' with indexes; the articles'' text: ' || pg_size_pretty(sum(octet_length(text))) FROM articles")"

sources=$(seq -f 'ts-%02g' 1 20 | paste -sd,)
range="from=2023-01-02&to=2023-12-31"
measure() { # name url [warm]: one cold request, then the median of the warm ones (default 7; ms), and the body's size
  local name=$1 url=$2 warm=${3:-7} status cold times=()
  read -r status cold < <(curl -s -o "$dir/body" -w '%{http_code} %{time_total}\n' "$base$url")
  [ "$status" = 200 ] || { echo "$name: HTTP $status: $(head -c 300 "$dir/body")" >&2; exit 1; }
  for _ in $(seq 1 "$warm"); do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base$url")"); done
  printf '%-44s cold %6.0f ms   warm median %6.0f ms   %s bytes\n' "$name" "$(echo "$cold * 1000" | bc)" \
    "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (warm + 1) / 2 ))p" | awk '{ print $1 * 1000 }')" "$(wc -c < "$dir/body")"
}
measure "timeseries articles, 20 sources x 52 weeks" "/api/timeseries?sources=$sources&$range&interval=week&metric=articles"
measure "search q=cluster munitions (first page)" "/api/articles?q=cluster%20munitions"
measure "attention q=cluster munitions, 20 x 52 weeks" "/api/attention?sources=$sources&$range&interval=week&q=cluster%20munitions"
measure "timeseries topic_coverage, 20 x 52 weeks" "/api/timeseries?sources=$sources&$range&interval=week&metric=topic_coverage&topic=cluster_munitions"
measure "timeseries loaded_per_1000, 20 x 52 weeks" "/api/timeseries?sources=$sources&$range&interval=week&metric=loaded_per_1000"
measure "timeseries hedged_share, 20 x 52 weeks" "/api/timeseries?sources=$sources&$range&interval=week&metric=hedged_share"
measure "timeseries topic_emphasis, 20 x 52 weeks" "/api/timeseries?sources=$sources&$range&interval=week&metric=topic_emphasis&topic=cluster_munitions"
measure "timeseries anonymous_share, 20 x 52 weeks" "/api/timeseries?sources=$sources&$range&interval=week&metric=anonymous_share"
measure "timeseries hedged_share target=war_crimes, 20 x 52" "/api/timeseries?sources=$sources&$range&interval=week&metric=hedged_share&target=war_crimes"
# The same series read per article (the path of a story filter, or of a range that starts or ends inside a day: from
# one second after midnight here), side by side with the rollups' in this run.
part="from=2023-01-02T00:00:01Z&to=2023-12-31"
measure "per article: articles, 20 x 52 weeks" "/api/timeseries?sources=$sources&$part&interval=week&metric=articles"
measure "per article: hedged_share, 20 x 52 weeks" "/api/timeseries?sources=$sources&$part&interval=week&metric=hedged_share"
measure "per article: topic_coverage, 20 x 52 weeks" "/api/timeseries?sources=$sources&$part&interval=week&metric=topic_coverage&topic=cluster_munitions"
seed=$(psql -c "SELECT string_agg(DISTINCT s.slug, ',') FROM articles a JOIN sources s ON s.id = a.source_id JOIN stories t ON t.id = a.story_id")
story=$(psql -c "SELECT slug FROM stories ORDER BY id LIMIT 1")
measure "story filter: hedged_share, seed sources x 52" "/api/timeseries?sources=$seed&story=$story&$range&interval=week&metric=hedged_share"
measure "story filter: articles, seed sources x 52" "/api/timeseries?sources=$seed&story=$story&$range&interval=week&metric=articles"
ids=$(psql -c "SELECT array_agg(id) FROM sources WHERE slug LIKE 'ts-%'")
echo "the counting SQL alone (psql, 3 runs):"
for _ in 1 2 3; do
  psql -c '\timing on' -c "SELECT count(*) FROM (SELECT a.source_id, date_trunc('week', a.published_at AT TIME ZONE 'UTC'), count(*), max(a.id), sum(a.id)
    FROM unnest('$ids'::bigint[]) AS q(source_id) JOIN articles a ON a.source_id = q.source_id
    AND a.published_at >= '2023-01-02' AND a.published_at < '2024-01-01' GROUP BY 1, 2) x" | grep Time
done
echo "the hedged_share summary SQL alone (EXPLAIN ANALYZE, BUFFERS; bench/timeseries-explain.sql), and the summaries' size:"
psql -f bench/timeseries-explain.sql
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "hits of the search: $(psql -c "SELECT count(*) FROM articles WHERE search @@ websearch_to_tsquery('english', 'cluster munitions')")"
