-- New articles' per-day rollups summed by their writer (issue 14 item 3, docs/PERFORMANCE.md "Bulk ingestion, wave 12";
-- docs/SCALING.md "Per-day rollups").
--
-- The insert trigger of 0045/0046 sums the rows its statement wrote in SQL (metric_summary_day_sums: every part of
-- every row unnested, paired with its denominator part, grouped and packed again), ~0.2 ms of PostgreSQL per imported
-- article. The writer of new articles (ArticleWriter, Articles/SummaryDays.cs) has those rows in memory: it sums them
-- per lexicon version, source and UTC day itself, as metric_summary_day_sums does, and hands the day rows to
-- metric_summary_days_merge in the same transaction, right after its insert. For that one statement it sets
-- `framing.day_sums_by_writer` to 1 (transaction-local), and the trigger leaves the rollups to it. Every other writer of
-- summaries (re-scoring, the start-up backfill, a plain INSERT) goes through the trigger as before.
--
-- metric_summary_days_merge is the second half of the trigger, unchanged: the days not stored yet are inserted, the
-- stored ones locked in key order and added to (so concurrent writers of a day lose nothing, as before).

-- Each part with its denominator part (TimeSeriesStore.SummaryParts), as metric_summary_day_sums pairs them: a
-- denominator part is its own; a framing's numerator pairs with the claim mentions of its key, a category's with the
-- lexicon's words ("" key), the others' with their own metric's denominator. A part without its denominator part is in
-- no day's entries. Read by the writer (SummaryDays) and by metric_summary_day_sums (below).
CREATE VIEW metric_summary_pairing AS
SELECT p.code, p.denominator, d.code AS x_code
FROM metric_summary_parts p JOIN metric_summary_parts d ON d.denominator
     AND d.metric = CASE WHEN p.denominator THEN p.metric WHEN p.metric BETWEEN 5 AND 8 THEN 4 ELSE p.metric END
     AND d.key = CASE WHEN p.metric = 1 AND NOT p.denominator THEN '' ELSE p.key END;

-- The same function as 0046's, its pairing read from the view.
CREATE OR REPLACE FUNCTION metric_summary_day_sums(versions bigint[], sources bigint[], days date[], summaries article_metric_summaries[] DEFAULT NULL)
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
    pairing AS MATERIALIZED (SELECT code, denominator, x_code FROM metric_summary_pairing),
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

CREATE FUNCTION metric_summary_days_merge(fresh metric_summary_days[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE stored metric_summary_days[];
BEGIN
    IF fresh IS NULL OR cardinality(fresh) = 0 THEN RETURN; END IF;
    SELECT array_agg(f ORDER BY f.lexicon_version_id, f.source_id, f.day) INTO fresh FROM unnest(fresh) f;
    WITH inserted AS (
        INSERT INTO metric_summary_days SELECT * FROM unnest(fresh)
        ON CONFLICT (lexicon_version_id, source_id, day) DO NOTHING RETURNING lexicon_version_id, source_id, day
    )
    SELECT array_agg(f ORDER BY f.lexicon_version_id, f.source_id, f.day) INTO stored FROM unnest(fresh) f
    WHERE NOT EXISTS (SELECT 1 FROM inserted i WHERE i.lexicon_version_id = f.lexicon_version_id AND i.source_id = f.source_id AND i.day = f.day);
    IF stored IS NULL THEN RETURN; END IF;
    PERFORM 1 FROM metric_summary_days d JOIN unnest(stored) f
            ON d.lexicon_version_id = f.lexicon_version_id AND d.source_id = f.source_id AND d.day = f.day
    ORDER BY d.lexicon_version_id, d.source_id, d.day FOR UPDATE OF d;
    -- Both sides' entries, added up per day and code, packed again (as metric_summary_day_sums packs): computed once
    -- (MATERIALIZED; 0046).
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
END $$;

CREATE OR REPLACE FUNCTION metric_summary_days_add() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE summaries article_metric_summaries[]; fresh metric_summary_days[];
BEGIN
    -- The statement's writer sums these rows' days itself and merges them next (ArticleWriter, SummaryDays).
    IF current_setting('framing.day_sums_by_writer', true) = '1' THEN RETURN NULL; END IF;
    SELECT array_agg(c) INTO summaries FROM changed c WHERE c.source_id IS NOT NULL AND c.published_at IS NOT NULL;
    IF summaries IS NULL THEN RETURN NULL; END IF;
    SELECT array_agg(r) INTO fresh FROM metric_summary_day_sums(NULL, NULL, NULL, summaries) r;
    PERFORM metric_summary_days_merge(fresh);
    RETURN NULL;
END $$;
