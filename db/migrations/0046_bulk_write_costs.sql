-- Bulk writes made cheaper (issue 14 item 3, docs/PERFORMANCE.md "Bulk ingestion costs per article, wave 8").
--
-- 1. Segments packed: ONE row per article, its segments' kinds and offsets in arrays by ordinal, instead of a row per segment (~46 per Brown text)
-- with its primary-key entry and its per-row foreign-key check. Writing them was a third of PostgreSQL's time per
-- imported article (COPY segments ~2.0 ms of ~6 ms, 4.2 KB of rows and 1.5 KB of index per article). Every reader
-- keeps reading `segments`: a view that unnests the arrays, with the same columns, ordinals from 0 as written. The view
-- is flattened into the queries that read it, so `WHERE article_id = …` is one primary-key lookup of the packed row.
CREATE TABLE article_segments (
    article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    kinds      text[] NOT NULL,
    starts     integer[] NOT NULL,
    ends       integer[] NOT NULL,
    CHECK (cardinality(kinds) = cardinality(starts) AND cardinality(starts) = cardinality(ends))
);

INSERT INTO article_segments (article_id, kinds, starts, ends)
SELECT article_id, array_agg(kind ORDER BY ordinal), array_agg(start_offset ORDER BY ordinal), array_agg(end_offset ORDER BY ordinal)
FROM segments GROUP BY article_id;

DROP TABLE segments;

CREATE VIEW segments AS
SELECT p.article_id, (u.n - 1)::integer AS ordinal, u.kind, u.start_offset, u.end_offset
FROM article_segments p
CROSS JOIN LATERAL unnest(p.kinds, p.starts, p.ends) WITH ORDINALITY AS u(kind, start_offset, end_offset, n);

-- 2. The per-day rollups' insert trigger (0045) sums the summary rows its statement wrote from its transition table,
-- passed whole, instead of looking each one up again by (article_id, lexicon_version_id): on a store whose statistics
-- lag a bulk import, the planner answered that lookup with a BitmapAnd that read every summary row of the lexicon
-- version (2,500 index entries per row at 2,500 articles: a cost that grew with the store). And the parts' pairing is
-- computed once per call (MATERIALIZED: ~150 parts) instead of one index lookup per summary entry. The days' new sums
-- are computed once per statement (below). Sums unchanged.
DROP FUNCTION metric_summary_day_sums(bigint[], bigint[], date[], bigint[]);

-- The day rows of some (lexicon version, source, day) keys, made from their summary rows (published_at within the
-- day); or, given summary rows (a trigger's transition table), the day rows of those rows alone.
CREATE FUNCTION metric_summary_day_sums(versions bigint[], sources bigint[], days date[], summaries article_metric_summaries[] DEFAULT NULL)
RETURNS SETOF metric_summary_days LANGUAGE sql STABLE AS $$
    WITH keys AS (SELECT DISTINCT * FROM unnest(versions, sources, days) AS k(version, source_id, day) WHERE summaries IS NULL),
    rows AS (
        SELECT s.lexicon_version_id, s.source_id, k.day, s.article_id, s.codes, s.vals
        FROM keys k JOIN article_metric_summaries s ON s.lexicon_version_id = k.version AND s.source_id = k.source_id
             AND s.published_at >= k.day::timestamp AT TIME ZONE 'UTC' AND s.published_at < (k.day + 1)::timestamp AT TIME ZONE 'UTC'
        WHERE summaries IS NULL
        UNION ALL
        SELECT s.lexicon_version_id, s.source_id, (s.published_at AT TIME ZONE 'UTC')::date, s.article_id, s.codes, s.vals
        FROM unnest(summaries) s
        WHERE summaries IS NOT NULL AND s.source_id IS NOT NULL AND s.published_at IS NOT NULL
    ),
    -- Each part with its denominator part (TimeSeriesStore.SummaryParts): a denominator part is its own; a framing's
    -- numerator pairs with the claim mentions of its key, a category's with the lexicon's words ("" key), the others'
    -- with their own metric's denominator.
    pairing AS MATERIALIZED (
        SELECT p.code, p.denominator, d.code AS x_code
        FROM metric_summary_parts p JOIN metric_summary_parts d ON d.denominator
             AND d.metric = CASE WHEN p.denominator THEN p.metric WHEN p.metric BETWEEN 5 AND 8 THEN 4 ELSE p.metric END
             AND d.key = CASE WHEN p.metric = 1 AND NOT p.denominator THEN '' ELSE p.key END
    ),
    parts AS (
        SELECT r.lexicon_version_id, r.source_id, r.day, u.code, p.denominator, u.val,
               coalesce(r.vals[array_position(r.codes, p.x_code)], 0) AS x
        FROM rows r CROSS JOIN LATERAL unnest(r.codes, r.vals) AS u(code, val) JOIN pairing p ON p.code = u.code
    ),
    entries AS (
        SELECT lexicon_version_id, source_id, day, code, true AS denominator,
               ARRAY[(count(*) FILTER (WHERE val > 0))::float8, coalesce(sum(val) FILTER (WHERE val > 0), 0),
                     coalesce(sum(val * val) FILTER (WHERE val > 0), 0)] AS v
        FROM parts WHERE denominator GROUP BY lexicon_version_id, source_id, day, code
        UNION ALL
        SELECT lexicon_version_id, source_id, day, code, false,
               ARRAY[(count(*) FILTER (WHERE x > 0))::float8, coalesce(sum(val) FILTER (WHERE x > 0), 0),
                     coalesce(sum(val * val) FILTER (WHERE x > 0), 0), coalesce(sum(x * val) FILTER (WHERE x > 0), 0),
                     coalesce(min(val / x) FILTER (WHERE x > 0), 0), coalesce(max(val / x) FILTER (WHERE x > 0), 0)]
        FROM parts WHERE NOT denominator GROUP BY lexicon_version_id, source_id, day, code
    ),
    packed AS MATERIALIZED (
        SELECT e.lexicon_version_id, e.source_id, e.day,
               array_agg(e.code ORDER BY e.code) FILTER (WHERE e.denominator AND t.j = 1) AS x_codes,
               array_agg(e.code ORDER BY e.code) FILTER (WHERE NOT e.denominator AND t.j = 1) AS y_codes,
               array_agg(t.v ORDER BY NOT e.denominator, e.code, t.j) AS vals
        FROM entries e CROSS JOIN LATERAL unnest(e.v) WITH ORDINALITY AS t(v, j)
        GROUP BY e.lexicon_version_id, e.source_id, e.day
    )
    SELECT r.lexicon_version_id, r.source_id, r.day, r.n, r.id_sum, coalesce(p.x_codes, '{}'), coalesce(p.y_codes, '{}'),
           coalesce(p.vals, '{}')
    FROM (SELECT lexicon_version_id, source_id, day, count(*)::int AS n, sum(article_id)::bigint AS id_sum
          FROM rows GROUP BY lexicon_version_id, source_id, day) r
    LEFT JOIN packed p ON p.lexicon_version_id = r.lexicon_version_id AND p.source_id = r.source_id AND p.day = r.day
$$;

CREATE OR REPLACE FUNCTION metric_summary_days_add() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE summaries article_metric_summaries[]; fresh metric_summary_days[]; stored metric_summary_days[];
BEGIN
    SELECT array_agg(c) INTO summaries FROM changed c WHERE c.source_id IS NOT NULL AND c.published_at IS NOT NULL;
    IF summaries IS NULL THEN RETURN NULL; END IF;
    SELECT array_agg(r ORDER BY r.lexicon_version_id, r.source_id, r.day) INTO fresh
    FROM metric_summary_day_sums(NULL, NULL, NULL, summaries) r;
    WITH inserted AS (
        INSERT INTO metric_summary_days SELECT * FROM unnest(fresh)
        ON CONFLICT (lexicon_version_id, source_id, day) DO NOTHING RETURNING lexicon_version_id, source_id, day
    )
    SELECT array_agg(f ORDER BY f.lexicon_version_id, f.source_id, f.day) INTO stored FROM unnest(fresh) f
    WHERE NOT EXISTS (SELECT 1 FROM inserted i WHERE i.lexicon_version_id = f.lexicon_version_id AND i.source_id = f.source_id AND i.day = f.day);
    IF stored IS NULL THEN RETURN NULL; END IF;
    PERFORM 1 FROM metric_summary_days d JOIN unnest(stored) f
            ON d.lexicon_version_id = f.lexicon_version_id AND d.source_id = f.source_id AND d.day = f.day
    ORDER BY d.lexicon_version_id, d.source_id, d.day FOR UPDATE OF d;
    -- Both sides' entries, added up per day and code, packed again (as metric_summary_day_sums packs): computed once
    -- (MATERIALIZED). Joined inline, a plan made while the table's statistics still counted a few hundred rows (a
    -- bulk import outruns autovacuum's analyse) ran it again for every day of the batch: 5 s per batch of 200 articles.
    WITH m AS MATERIALIZED (
        SELECT e.lexicon_version_id, e.source_id, e.day,
               array_agg(e.code ORDER BY e.code) FILTER (WHERE e.denominator AND t.j = 1) AS x_codes,
               array_agg(e.code ORDER BY e.code) FILTER (WHERE NOT e.denominator AND t.j = 1) AS y_codes,
               array_agg(t.v ORDER BY NOT e.denominator, e.code, t.j) AS vals
        FROM (SELECT u.lexicon_version_id, u.source_id, u.day, u.code, u.denominator,
                     CASE WHEN u.denominator THEN ARRAY[sum(u.k), sum(u.s1), sum(u.s2)]
                          ELSE ARRAY[sum(u.k), sum(u.s1), sum(u.s2), sum(u.s3), coalesce(min(u.lo) FILTER (WHERE u.k > 0), 0),
                                     coalesce(max(u.hi) FILTER (WHERE u.k > 0), 0)] END AS v
              FROM (SELECT o.lexicon_version_id, o.source_id, o.day, x.*
                    FROM unnest(stored) s JOIN metric_summary_days o
                         ON o.lexicon_version_id = s.lexicon_version_id AND o.source_id = s.source_id AND o.day = s.day
                    CROSS JOIN LATERAL metric_summary_day_entries(o.x_codes, o.y_codes, o.vals) x
                    UNION ALL
                    SELECT s.lexicon_version_id, s.source_id, s.day, x.*
                    FROM unnest(stored) s CROSS JOIN LATERAL metric_summary_day_entries(s.x_codes, s.y_codes, s.vals) x) u
              GROUP BY u.lexicon_version_id, u.source_id, u.day, u.code, u.denominator) e
        CROSS JOIN LATERAL unnest(e.v) WITH ORDINALITY AS t(v, j)
        GROUP BY e.lexicon_version_id, e.source_id, e.day
    )
    UPDATE metric_summary_days d
    SET n = d.n + f.n, id_sum = d.id_sum + f.id_sum, x_codes = coalesce(m.x_codes, '{}'), y_codes = coalesce(m.y_codes, '{}'),
        vals = coalesce(m.vals, '{}')
    FROM unnest(stored) f
    LEFT JOIN m ON m.lexicon_version_id = f.lexicon_version_id AND m.source_id = f.source_id AND m.day = f.day
    WHERE d.lexicon_version_id = f.lexicon_version_id AND d.source_id = f.source_id AND d.day = f.day;
    RETURN NULL;
END $$;

