-- bench/rollups-migration/check.sh: the rows kept by the triggers against a rebuild from the summaries, entry by entry.
WITH scratch AS (SELECT s.* FROM (SELECT array_agg(version) AS versions, array_agg(source_id) AS sources, array_agg(day) AS days
                          FROM (SELECT DISTINCT lexicon_version_id AS version, source_id, (published_at AT TIME ZONE 'UTC')::date AS day
                                FROM article_metric_summaries WHERE source_id IS NOT NULL AND published_at IS NOT NULL) k) a
         CROSS JOIN LATERAL metric_summary_day_sums(a.versions, a.sources, a.days) s),
e1 AS (SELECT d.lexicon_version_id, d.source_id, d.day, d.n, d.id_sum, e.* FROM scratch d LEFT JOIN LATERAL metric_summary_day_entries(d.x_codes, d.y_codes, d.vals) e ON true),
e2 AS (SELECT d.lexicon_version_id, d.source_id, d.day, d.n, d.id_sum, e.* FROM metric_summary_days d LEFT JOIN LATERAL metric_summary_day_entries(d.x_codes, d.y_codes, d.vals) e ON true WHERE d.n > 0)
SELECT count(*) AS entries, count(*) FILTER (WHERE e1.day IS NULL OR e2.day IS NULL) AS unmatched,
       count(*) FILTER (WHERE e1.n <> e2.n OR e1.id_sum <> e2.id_sum OR e1.k <> e2.k OR abs(e1.s1 - e2.s1) > 1e-9 OR abs(e1.s2 - e2.s2) > 1e-9
                          OR abs(e1.s3 - e2.s3) > 1e-9 OR abs(e1.lo - e2.lo) > 1e-9 OR abs(e1.hi - e2.hi) > 1e-9) AS differ
FROM e1 FULL JOIN e2 ON e1.lexicon_version_id = e2.lexicon_version_id AND e1.source_id = e2.source_id AND e1.day = e2.day
  AND e1.code IS NOT DISTINCT FROM e2.code AND e1.denominator IS NOT DISTINCT FROM e2.denominator;
