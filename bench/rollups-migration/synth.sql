-- Synthetic summaries for bench/rollups-migration/check.sh (a store at migration 0044).
INSERT INTO sources (slug, name) SELECT 's' || g, 'S' || g FROM generate_series(1, 5) g;
INSERT INTO lexicons (name, kind) VALUES ('lc', 'claims'), ('ll', 'loaded');
INSERT INTO lexicon_versions (lexicon_id, version, content_hash, definition, entry_count, category_count)
SELECT l.id, v, 'h' || l.id || v, '{}', 1, 1 FROM lexicons l, generate_series(1, 2) v;
INSERT INTO metric_summary_parts (metric, key, denominator) VALUES
 (1, '', false), (1, '', true), (1, 'a', false), (1, 'b', false),
 (4, 'k1', true), (4, 'k2', true), (5, 'k1', false), (6, 'k1', false), (5, 'k2', false), (8, 'k2', false),
 (2, 't', false), (2, 't', true), (9, '', false), (9, '', true);
INSERT INTO articles (source_id, published_at, content_type, text, content_hash, word_count)
SELECT CASE WHEN g % 50 = 0 THEN NULL ELSE (SELECT min(id) FROM sources) + g % 5 END,
       CASE WHEN g % 37 = 0 THEN NULL ELSE timestamptz '2023-06-01' + (g * 7919 % 60) * interval '1 day' + (g * 31 % 24) * interval '1 hour' END,
       'text', 't' || g, decode(md5(g::text), 'hex'), 10
FROM generate_series(1, 3000) g;
CREATE TEMP TABLE cand AS
SELECT a.id AS article_id, v.id AS version, a.source_id, a.published_at, p.code,
       CASE WHEN p.denominator THEN (CASE WHEN random() < 0.15 THEN 0 WHEN random() < 0.05 THEN -1 ELSE floor(random() * 10) END)
            WHEN p.metric = 2 THEN round((random() * 4 - 1)::numeric, 3)::float8
            ELSE floor(random() * 4) END AS val
FROM articles a CROSS JOIN lexicon_versions v CROSS JOIN metric_summary_parts p;
CREATE TEMP TABLE rowsx AS
SELECT article_id, version, source_id, published_at, array_agg(code ORDER BY code) AS codes, array_agg(val ORDER BY code) AS vals
FROM cand WHERE val <> 0 GROUP BY 1, 2, 3, 4;
INSERT INTO article_metric_summaries (article_id, lexicon_version_id, source_id, story_id, published_at, codes, vals)
SELECT article_id, version, source_id, NULL, published_at, codes, vals FROM rowsx WHERE article_id % 3 = 0;
INSERT INTO article_metric_summaries (article_id, lexicon_version_id, source_id, story_id, published_at, codes, vals)
SELECT article_id, version, source_id, NULL, published_at, codes, vals FROM rowsx WHERE article_id % 3 = 1;
INSERT INTO article_metric_summaries (article_id, lexicon_version_id, source_id, story_id, published_at, codes, vals)
SELECT article_id, version, source_id, NULL, published_at, codes, vals FROM rowsx WHERE article_id % 3 = 2;
DELETE FROM article_metric_summaries WHERE article_id % 11 = 0;
DELETE FROM articles WHERE id % 13 = 0;
DELETE FROM article_metric_summaries WHERE lexicon_version_id = (SELECT max(id) FROM lexicon_versions) AND article_id % 2 = 0;
