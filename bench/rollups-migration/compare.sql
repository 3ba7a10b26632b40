-- old entries (0043) against the compact rows (0045), entry by entry
WITH new_e AS (
  SELECT d.lexicon_version_id, d.source_id, d.day, d.n, d.id_sum, e.* FROM metric_summary_days d
  LEFT JOIN LATERAL metric_summary_day_entries(d.x_codes, d.y_codes, d.vals) e ON true WHERE d.n > 0),
old_e AS (
  SELECT lexicon_version_id, source_id, day, x_code, y_code, n, k, sum_y, sum_x, sum_yy, sum_xx, sum_xy, min_ratio, max_ratio, id_sum FROM old_days o
  WHERE EXISTS (SELECT 1 FROM old_days z WHERE z.lexicon_version_id = o.lexicon_version_id AND z.source_id = o.source_id AND z.day = o.day AND z.x_code = 0 AND z.y_code = 0 AND z.n > 0)),
pairs AS (
  SELECT o.*, ne.k AS nk, ne.s1, ne.s2, ne.s3, ne.lo, ne.hi, ne.n AS nn, ne.id_sum AS nid, ne.code
  FROM old_e o FULL JOIN new_e ne ON ne.lexicon_version_id = o.lexicon_version_id AND ne.source_id = o.source_id AND ne.day = o.day
    AND ((o.x_code = 0 AND o.y_code = 0 AND ne.code IS NULL) OR (o.y_code = 0 AND o.x_code <> 0 AND ne.denominator AND ne.code = o.x_code)
         OR (o.y_code <> 0 AND NOT ne.denominator AND ne.code = o.y_code)))
SELECT count(*) AS pairs,
  count(*) FILTER (WHERE lexicon_version_id IS NULL) AS only_new,
  count(*) FILTER (WHERE nk IS NULL AND NOT (x_code = 0 AND y_code = 0)) AS only_old,
  count(*) FILTER (WHERE x_code <> 0 AND y_code = 0 AND (k <> nk OR abs(sum_x - s1) > 1e-9 OR abs(sum_xx - s2) > 1e-9)) AS bad_x,
  count(*) FILTER (WHERE y_code <> 0 AND (k <> nk OR abs(sum_y - s1) > 1e-9 OR abs(sum_yy - s2) > 1e-9 OR abs(sum_xy - s3) > 1e-9
        OR coalesce(min_ratio, 0) <> CASE WHEN nk > 0 THEN lo ELSE 0 END OR coalesce(max_ratio, 0) <> CASE WHEN nk > 0 THEN hi ELSE 0 END)) AS bad_y
FROM pairs;
SELECT count(*) AS bad_counts FROM old_days o JOIN metric_summary_days d USING (lexicon_version_id, source_id, day)
WHERE o.x_code = 0 AND o.y_code = 0 AND (o.n <> d.n OR o.id_sum <> d.id_sum);
SELECT (SELECT count(*) FROM old_days WHERE x_code = 0 AND y_code = 0 AND n > 0) AS old_days, (SELECT count(*) FROM metric_summary_days WHERE n > 0) AS new_days;
