# Grows a store to N articles in SQL, for the scale benchmarks (bench/timeseries-scale.sh, bench/list-scale.sh):
# 20 sources (ts-01 … ts-20) whose articles are copies of the seed story's five scored articles, each copy with its
# own url and content hash, its stored analyses, word counts, segments, search vector and metric summaries.
# Source it; it uses the caller's `psql` function (connected to the store's database).

# Waits until every seed analysis has its metric summary (the seed loader may score some lexicons after the first).
wait_for_seed_analyses() {
  for _ in $(seq 1 60); do
    [ "$(psql -c "SELECT count(*) FILTER (WHERE analysis IS NOT NULL) = (SELECT count(*) FROM article_metric_summaries) AND count(DISTINCT lexicon_id) >= 4 FROM article_lexicon_versions")" = t ] && return 0
    sleep 1
  done
}

# copy_store N DAY SEED: article g (0 … N-1) belongs to source g mod 20, is a copy of seed text SEED and is published
# on day DAY from Monday 2 January 2023, at hour g mod 24 (DAY and SEED: SQL expressions of g).
copy_store() {
  local n=$1 day=$2 seed=$3
  psql <<SQL
INSERT INTO sources (slug, name) SELECT format('ts-%s', lpad(i::text, 2, '0')), format('Series source %s', i) FROM generate_series(1, 20) i;
CREATE TABLE ts_seed AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM articles ORDER BY id LIMIT 5;
INSERT INTO articles (source_id, url, title, author, published_at, content_type, text, content_hash, word_count, language,
                      raw_start, raw_length, search)
SELECT s.id, format('https://ts.example/%s/%s', t.k, g), a.title, a.author,
       timestamptz '2023-01-02 00:00:00+00' + ($day) * interval '1 day' + (g % 24) * interval '1 hour',
       a.content_type, a.text, sha256(convert_to('ts' || g, 'UTF8')), a.word_count, a.language, 0, length(a.text), a.search
FROM generate_series(0, $n - 1) g
JOIN ts_seed t ON t.k = $seed JOIN articles a ON a.id = t.id
JOIN sources s ON s.slug = format('ts-%s', lpad((g % 20 + 1)::text, 2, '0'));
CREATE TABLE ts_map AS SELECT c.id AS copy_id, t.id AS seed_id
FROM articles c JOIN ts_seed t ON t.k = split_part(c.url, '/', 4)::int WHERE c.url LIKE 'https://ts.example/%';
INSERT INTO article_lexicon_versions (article_id, lexicon_id, lexicon_version_id, analysis)
SELECT m.copy_id, v.lexicon_id, v.lexicon_version_id, v.analysis FROM ts_map m JOIN article_lexicon_versions v ON v.article_id = m.seed_id;
INSERT INTO article_stats SELECT m.copy_id, s.words_outlet, s.words_quotation, s.words_comments, s.sentences_outlet, s.sentences_quotation,
       s.sentences_comments FROM ts_map m JOIN article_stats s ON s.article_id = m.seed_id;
INSERT INTO article_segments SELECT m.copy_id, s.kinds, s.starts, s.ends FROM ts_map m JOIN article_segments s ON s.article_id = m.seed_id;
INSERT INTO article_metric_summaries (article_id, lexicon_version_id, source_id, story_id, published_at, codes, vals)
SELECT m.copy_id, s.lexicon_version_id, c.source_id, c.story_id, c.published_at, s.codes, s.vals
FROM ts_map m JOIN article_metric_summaries s ON s.article_id = m.seed_id JOIN articles c ON c.id = m.copy_id;
VACUUM ANALYZE;
SQL
}
