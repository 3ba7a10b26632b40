-- The per-day rollups of the metric summaries, compact (issue 14 item 4, docs/SCALING.md "Per-day rollups"): ONE row per
-- lexicon version, source and UTC day, its entries' sums in arrays — as the per-article summaries are stored (0041) —
-- instead of 0043's row per entry with its sums copied into the key's index (INCLUDE). At 2,000 Brown articles spread
-- over decades (bench/scale.sh: 3.3 articles per source-day), 0043's rollups took 8 MB, more than the summaries they
-- sum (2.2 MB), and put the store over 3 × its text; these take 1.5 MB. The sums, and so every series, are unchanged:
--
--   n, id_sum          the day's summary rows and the sum of their article ids (the series' stamp; 0043's (0, 0) entry);
--   x_codes            the denominator parts x some row of the day has (metric_summary_parts.code, ascending);
--   y_codes            the numerator parts y some row has, each with its denominator part (the pairing below), ascending;
--   vals               per x, three values: k = rows with x > 0, Σx, Σx² over them; then per y, six: k = rows with
--                      y ≠ 0 and x > 0, Σy, Σy², Σxy over them, the smallest and largest y / x of them (0 when k = 0).
--
-- An entry's values are found by its position: x at p in x_codes is vals[3p-2 .. 3p]; y at p in y_codes is
-- vals[3·#x + 6p-5 .. 3·#x + 6p]. A code is in the arrays when some row of the day has that part (a part is stored
-- only when it is not 0): what tells a series which lexicon versions it read.
DROP TRIGGER metric_summary_days_insert ON article_metric_summaries;
DROP TRIGGER metric_summary_days_delete ON article_metric_summaries;
DROP FUNCTION metric_summary_days_add();
DROP FUNCTION metric_summary_days_refresh();
DROP FUNCTION metric_summary_day_rows(bigint[], bigint[], date[], bigint[]);
DROP TABLE metric_summary_days;

-- toast_tuple_target: a row stays in the page uncompressed up to 8 KB (a busy day of a claims lexicon with many targets
-- and actors passes the default 2 KB: compressing floats saves little and costs every read).
CREATE TABLE metric_summary_days (
    lexicon_version_id bigint NOT NULL REFERENCES lexicon_versions (id) ON DELETE CASCADE,
    source_id          bigint NOT NULL,
    day                date NOT NULL,
    n                  integer NOT NULL,
    id_sum             bigint NOT NULL,
    x_codes            integer[] NOT NULL,
    y_codes            integer[] NOT NULL,
    vals               double precision[] NOT NULL,
    PRIMARY KEY (lexicon_version_id, source_id, day)
) WITH (toast_tuple_target = 8160);
ALTER TABLE metric_summary_days ALTER COLUMN x_codes SET STORAGE MAIN, ALTER COLUMN y_codes SET STORAGE MAIN,
    ALTER COLUMN vals SET STORAGE MAIN;

-- A day row's entries, one per code: its kind, k and the sums (s1..s3: Σx, Σx², 0 of a denominator; Σy, Σy², Σxy of a
-- numerator), the smallest and largest ratio (a numerator's; null for a denominator).
CREATE FUNCTION metric_summary_day_entries(x_codes integer[], y_codes integer[], vals double precision[])
RETURNS TABLE (code integer, denominator boolean, k double precision, s1 double precision, s2 double precision,
               s3 double precision, lo double precision, hi double precision)
LANGUAGE sql IMMUTABLE AS $$
    SELECT u.c, true, vals[3 * u.i - 2], vals[3 * u.i - 1], vals[3 * u.i], 0::float8, NULL::float8, NULL::float8
    FROM unnest(x_codes) WITH ORDINALITY AS u(c, i)
    UNION ALL
    SELECT u.c, false, vals[o.o + 1], vals[o.o + 2], vals[o.o + 3], vals[o.o + 4], vals[o.o + 5], vals[o.o + 6]
    FROM unnest(y_codes) WITH ORDINALITY AS u(c, i) CROSS JOIN LATERAL (SELECT 3 * cardinality(x_codes) + 6 * (u.i - 1)::int AS o) o
$$;

-- The day rows of some (lexicon version, source, day) keys, made from their summary rows (published_at within the day);
-- or, given articles (with versions of the same length: the pairs), the day rows of those summary rows alone.
CREATE FUNCTION metric_summary_day_sums(versions bigint[], sources bigint[], days date[], articles bigint[] DEFAULT NULL)
RETURNS SETOF metric_summary_days LANGUAGE sql STABLE AS $$
    WITH keys AS (SELECT DISTINCT * FROM unnest(versions, sources, days) AS k(version, source_id, day) WHERE articles IS NULL),
    rows AS (
        SELECT s.lexicon_version_id, s.source_id, k.day, s.article_id, s.codes, s.vals
        FROM keys k JOIN article_metric_summaries s ON s.lexicon_version_id = k.version AND s.source_id = k.source_id
             AND s.published_at >= k.day::timestamp AT TIME ZONE 'UTC' AND s.published_at < (k.day + 1)::timestamp AT TIME ZONE 'UTC'
        WHERE articles IS NULL
        UNION ALL
        SELECT s.lexicon_version_id, s.source_id, (s.published_at AT TIME ZONE 'UTC')::date, s.article_id, s.codes, s.vals
        FROM unnest(articles, versions) AS a(article_id, version)
        JOIN article_metric_summaries s ON s.article_id = a.article_id AND s.lexicon_version_id = a.version
        WHERE articles IS NOT NULL AND s.source_id IS NOT NULL AND s.published_at IS NOT NULL
    ),
    -- Each part with its denominator part (TimeSeriesStore.SummaryParts): a denominator part is its own; a framing's
    -- numerator pairs with the claim mentions of its key, a category's with the lexicon's words ("" key), the others'
    -- with their own metric's denominator.
    pairing AS (
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
    packed AS (
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

-- After a statement inserted summary rows (new articles, a re-scoring's new version, the backfill): their own sums are
-- added to their days' rows — the cost of the rows written, not of the days' other articles. The days not stored yet
-- are inserted (in key order; a concurrent writer of the same new day waits for this one's commit, then finds it
-- stored); the others are locked (FOR UPDATE, in key order: a concurrent writer of the same day waits) and updated in
-- one statement, whose snapshot, taken after the lock, holds every committed write of those days: each entry's counts
-- and sums added, its smallest and largest ratio those of the sides with k > 0 (they only widen on an insert).
CREATE FUNCTION metric_summary_days_add() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE articles bigint[]; versions bigint[]; fresh metric_summary_days[]; stored metric_summary_days[];
BEGIN
    SELECT array_agg(article_id), array_agg(lexicon_version_id) INTO articles, versions
    FROM changed WHERE source_id IS NOT NULL AND published_at IS NOT NULL;
    IF articles IS NULL THEN RETURN NULL; END IF;
    SELECT array_agg(r ORDER BY r.lexicon_version_id, r.source_id, r.day) INTO fresh
    FROM metric_summary_day_sums(versions, NULL, NULL, articles) r;
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
    UPDATE metric_summary_days d
    SET n = d.n + f.n, id_sum = d.id_sum + f.id_sum, x_codes = coalesce(m.x_codes, '{}'), y_codes = coalesce(m.y_codes, '{}'),
        vals = coalesce(m.vals, '{}')
    FROM unnest(stored) f
    LEFT JOIN (
        -- Both sides' entries, added up per day and code, packed again (as metric_summary_day_sums packs).
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
    ) m ON m.lexicon_version_id = f.lexicon_version_id AND m.source_id = f.source_id AND m.day = f.day
    WHERE d.lexicon_version_id = f.lexicon_version_id AND d.source_id = f.source_id AND d.day = f.day;
    RETURN NULL;
END $$;

-- After a statement deleted summary rows (a re-scoring's delete of the old version's rows, an article's delete by
-- cascade): the days they touched are made again from their remaining summary rows, in the same transaction — a
-- smallest or largest ratio cannot be subtracted, and floats are never subtracted. The days' rows are locked first, in
-- key order (SELECT … FOR UPDATE: a row lock, not an advisory lock, so that a statement touching thousands of days does
-- not fill the shared lock table; no new row version). The rebuilding UPDATE reads with its own snapshot (READ
-- COMMITTED; plpgsql takes one per statement), taken after the lock, so it sees every committed row of the day; a
-- writer whose rows are not committed yet adds them after (above), as it waits for this lock. A day's row stays (n 0,
-- no entries) once its articles are gone. A lexicon version being deleted takes its rows by cascade: its days are skipped.
CREATE FUNCTION metric_summary_days_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE versions bigint[]; sources bigint[]; days date[];
BEGIN
    SELECT array_agg(c.version ORDER BY c.version, c.source_id, c.day), array_agg(c.source_id ORDER BY c.version, c.source_id, c.day),
           array_agg(c.day ORDER BY c.version, c.source_id, c.day) INTO versions, sources, days
    FROM (SELECT DISTINCT lexicon_version_id AS version, source_id, (published_at AT TIME ZONE 'UTC')::date AS day
          FROM changed WHERE source_id IS NOT NULL AND published_at IS NOT NULL
            AND lexicon_version_id IN (SELECT id FROM lexicon_versions)) c;
    IF versions IS NULL THEN RETURN NULL; END IF;
    INSERT INTO metric_summary_days (lexicon_version_id, source_id, day, n, id_sum, x_codes, y_codes, vals)
    SELECT k.version, k.source_id, k.day, 0, 0, '{}', '{}', '{}' FROM unnest(versions, sources, days) AS k(version, source_id, day)
    ORDER BY 1, 2, 3
    ON CONFLICT (lexicon_version_id, source_id, day) DO NOTHING;
    PERFORM 1 FROM metric_summary_days d JOIN unnest(versions, sources, days) AS k(version, source_id, day)
            ON d.lexicon_version_id = k.version AND d.source_id = k.source_id AND d.day = k.day
    ORDER BY d.lexicon_version_id, d.source_id, d.day FOR UPDATE OF d;
    UPDATE metric_summary_days d
    SET n = coalesce(r.n, 0), id_sum = coalesce(r.id_sum, 0), x_codes = coalesce(r.x_codes, '{}'), y_codes = coalesce(r.y_codes, '{}'),
        vals = coalesce(r.vals, '{}')
    FROM unnest(versions, sources, days) AS k(version, source_id, day)
    LEFT JOIN metric_summary_day_sums(versions, sources, days) r
         ON r.lexicon_version_id = k.version AND r.source_id = k.source_id AND r.day = k.day
    WHERE d.lexicon_version_id = k.version AND d.source_id = k.source_id AND d.day = k.day;
    RETURN NULL;
END $$;

CREATE TRIGGER metric_summary_days_insert AFTER INSERT ON article_metric_summaries
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION metric_summary_days_add();
CREATE TRIGGER metric_summary_days_delete AFTER DELETE ON article_metric_summaries
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION metric_summary_days_refresh();

-- What is stored already, made again from the summaries, in key order.
INSERT INTO metric_summary_days
SELECT d.* FROM (SELECT array_agg(version) AS versions, array_agg(source_id) AS sources, array_agg(day) AS days
                 FROM (SELECT DISTINCT lexicon_version_id AS version, source_id, (published_at AT TIME ZONE 'UTC')::date AS day
                       FROM article_metric_summaries WHERE source_id IS NOT NULL AND published_at IS NOT NULL) k) a
CROSS JOIN LATERAL metric_summary_day_sums(a.versions, a.sources, a.days) d
WHERE a.versions IS NOT NULL
ORDER BY 1, 2, 3;
