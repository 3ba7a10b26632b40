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
# … and every analysis of the seed articles with its summary (the seed loader may score some lexicons after the first).
for _ in $(seq 1 60); do
  [ "$(psql -c "SELECT count(*) FILTER (WHERE analysis IS NOT NULL) = (SELECT count(*) FROM article_metric_summaries) AND count(DISTINCT lexicon_id) >= 4 FROM article_lexicon_versions")" = t ] && break
  sleep 1
done
echo "seed: $(psql -c "SELECT count(*) || ' analyses, ' || (SELECT count(*) FROM article_metric_summaries) || ' summary rows' FROM article_lexicon_versions WHERE analysis IS NOT NULL")"

start=$(date +%s)
psql <<SQL
INSERT INTO sources (slug, name) SELECT format('ts-%s', lpad(i::text, 2, '0')), format('Series source %s', i) FROM generate_series(1, 20) i;
CREATE TABLE ts_seed AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM articles ORDER BY id LIMIT 5;
-- Article g: source g mod 20, seed text (g / 7280) mod 5, published on day (g / 20) mod 364 (at hour g mod 24): every
-- source has articles on every day, of all five texts (the per-day rollups' hardest case: 20 x 364 source-days).
INSERT INTO articles (source_id, url, title, author, published_at, content_type, text, content_hash, word_count, language,
                      raw_start, raw_length, search)
SELECT s.id, format('https://ts.example/%s/%s', t.k, g), a.title, a.author,
       timestamptz '2023-01-02 00:00:00+00' + ((g / 20) % 364) * interval '1 day' + (g % 24) * interval '1 hour',
       a.content_type, a.text, sha256(convert_to('ts' || g, 'UTF8')), a.word_count, a.language, 0, length(a.text), a.search
FROM generate_series(0, $n - 1) g
JOIN ts_seed t ON t.k = (g / 7280) % 5 JOIN articles a ON a.id = t.id
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
