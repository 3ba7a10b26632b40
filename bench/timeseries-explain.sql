-- The hedged_share series SQL of TimeSeriesStore (SummarySql, all targets and actors, 20 ts-* sources x 52 weeks) under
-- EXPLAIN (ANALYZE, BUFFERS), and the metric summaries' size: run by bench/timeseries-scale.sh on its store.
SELECT array_agg(id) AS src FROM sources WHERE slug LIKE 'ts-%' \gset
SELECT array_agg(v.id) AS vers FROM lexicon_versions v JOIN lexicons l ON l.id = v.lexicon_id WHERE l.kind = 'claims' \gset
SELECT (SELECT code FROM metric_summary_parts WHERE metric = 5 AND key = '|' AND NOT denominator) AS yc,
       (SELECT code FROM metric_summary_parts WHERE metric = 4 AND key = '|' AND denominator) AS xc \gset
EXPLAIN (ANALYZE, BUFFERS)
SELECT source_id, bucket, version, (count(*) FILTER (WHERE x > 0))::int AS contributing,
        coalesce(sum(y) FILTER (WHERE x > 0), 0) AS sum_y, coalesce(sum(x) FILTER (WHERE x > 0), 0) AS sum_x,
        coalesce(sum(y * y) FILTER (WHERE x > 0), 0) AS sum_yy, coalesce(sum(x * x) FILTER (WHERE x > 0), 0) AS sum_xx,
        coalesce(sum(x * y) FILTER (WHERE x > 0), 0) AS sum_xy,
        coalesce(min(y / x) FILTER (WHERE x > 0), 0) AS min_ratio, coalesce(max(y / x) FILTER (WHERE x > 0), 0) AS max_ratio,
       count(*) AS n_rows, sum(article_id::float8)::bigint AS ids, sum(version::float8)::bigint AS versions,
       count(*) FILTER (WHERE y <> 0 OR x <> 0) AS reading
FROM (SELECT s.article_id, s.source_id, date_trunc('week', s.published_at AT TIME ZONE 'UTC') AS bucket, s.lexicon_version_id AS version,
               coalesce(s.vals[array_position(s.codes, :yc)], 0) AS y, coalesce(s.vals[array_position(s.codes, :xc)], 0) AS x
        FROM unnest(:'vers'::bigint[]) AS v(id)
        CROSS JOIN unnest(:'src'::bigint[]) AS q(source_id)
        JOIN article_metric_summaries s ON s.lexicon_version_id = v.id AND s.source_id = q.source_id
             AND s.published_at >= '2023-01-02' AND s.published_at <= '2023-12-31 23:59:59.999+00'
        WHERE NULL::bigint IS NULL OR s.story_id = NULL OFFSET 0) t
GROUP BY 1, 2, 3;
SELECT count(*) AS rows, pg_size_pretty(pg_relation_size('article_metric_summaries')) AS heap,
       pg_size_pretty(pg_indexes_size('article_metric_summaries')) AS indexes,
       pg_size_pretty(pg_total_relation_size('article_metric_summaries')) AS total,
       round(pg_total_relation_size('article_metric_summaries')::numeric / (SELECT count(*) FROM articles)) AS bytes_per_article,
       (SELECT count(*) FROM pg_class c WHERE c.oid = (SELECT reltoastrelid FROM pg_class WHERE relname = 'article_metric_summaries')) AS has_toast,
       pg_size_pretty(pg_total_relation_size((SELECT reltoastrelid FROM pg_class WHERE relname = 'article_metric_summaries'))) AS toast,
       round(avg(pg_column_size(s.*))) AS avg_row_bytes, round(avg(cardinality(codes)), 1) AS avg_parts
FROM article_metric_summaries s;
-- The same series from the per-day rollups (SeriesRollups.SumsSql; migrations 0043, 0045: one row per version, source
-- and day, the parts' sums in arrays read by position), and their size.
SELECT (SELECT array_agg(id) FROM lexicon_versions WHERE lexicon_id = (SELECT lexicon_id FROM lexicon_versions WHERE id = (:'vers'::bigint[])[1])) AS vers1 \gset
EXPLAIN (ANALYZE, BUFFERS)
SELECT d.source_id, date_trunc('week', d.day::timestamp) AS bucket, d.version,
       sum(d.n)::bigint AS n, sum(d.id_sum)::bigint AS id_sum,
       count(d.x_k) AS x_days, coalesce(sum(d.x_k), 0)::bigint AS x_k, coalesce(sum(d.sum_x), 0) AS sum_x,
       coalesce(sum(d.sum_xx), 0) AS sum_xx,
       count(d.y_k) AS y_days, coalesce(sum(d.y_k), 0)::bigint AS y_k, coalesce(sum(d.sum_y), 0) AS sum_y,
       coalesce(sum(d.sum_yy), 0) AS sum_yy, coalesce(sum(d.sum_xy), 0) AS sum_xy,
       min(d.min_ratio) FILTER (WHERE d.y_k > 0) AS min_ratio, max(d.max_ratio) FILTER (WHERE d.y_k > 0) AS max_ratio
FROM unnest(:'vers1'::bigint[]) AS v(id)
CROSS JOIN unnest(:'src'::bigint[]) AS q(source_id)
CROSS JOIN LATERAL (
    SELECT r.source_id, r.day, r.lexicon_version_id AS version, r.n, r.id_sum,
           r.vals[e.x + 1] AS x_k, r.vals[e.x + 2] AS sum_x, r.vals[e.x + 3] AS sum_xx,
           r.vals[e.y + 1] AS y_k, r.vals[e.y + 2] AS sum_y, r.vals[e.y + 3] AS sum_yy, r.vals[e.y + 4] AS sum_xy,
           r.vals[e.y + 5] AS min_ratio, r.vals[e.y + 6] AS max_ratio
    FROM metric_summary_days r
    CROSS JOIN LATERAL (SELECT 3 * (array_position(r.x_codes, :xc) - 1) AS x,
                               3 * cardinality(r.x_codes) + 6 * (array_position(r.y_codes, :yc) - 1) AS y) e
    WHERE r.lexicon_version_id = v.id AND r.source_id = q.source_id AND r.day >= '2023-01-02' AND r.day <= '2023-12-31' AND r.n > 0
    OFFSET 0) d
GROUP BY 1, 2, 3;
EXPLAIN (ANALYZE, BUFFERS)
SELECT d.source_id, date_trunc('week', d.day::timestamp) AS bucket, sum(d.n)::int AS articles, sum(d.id_sum)::bigint AS id_sum
FROM unnest(:'src'::bigint[]) AS q(source_id)
JOIN article_days d ON d.source_id = q.source_id AND d.day >= '2023-01-02' AND d.day <= '2023-12-31'
GROUP BY 1, 2 HAVING sum(d.n) > 0;
SELECT count(*) AS rollup_rows, round(avg(pg_column_size(d.*))) AS avg_row_bytes,
       round(avg(cardinality(x_codes) + cardinality(y_codes)), 1) AS avg_entries,
       pg_size_pretty(pg_total_relation_size('metric_summary_days')) AS rollups,
       pg_size_pretty(pg_total_relation_size('article_days')) AS article_days FROM metric_summary_days d;
