-- Per-source, per-UTC-day rollups of the metric summaries and of the articles (issue 15 "Performance", docs/SCALING.md
-- "Per-day rollups"): a time series without a story reads one row per source, day (and part) instead of one per
-- article, so its cost follows sources × days, not the store. Every sum is additive: a week or a month is the sum of
-- its days, and the intervals (docs/COMPARISON.md, RatioLinearisation) are made from the same sums as before.
--
-- metric_summary_days: per lexicon version, source and UTC day of the summaries (article_metric_summaries),
--   (y_code, x_code) = (0, 0):  n = the day's summary rows, id_sum = Σ their article ids (the series' stamp);
--   (0, x):  a denominator part x: n = rows where it is not 0, k = rows where it is > 0, Σx, Σx² over those;
--   (y, x):  a numerator part y with its denominator part x (the pairing below): n = rows where y is not 0,
--            k = those of them with x > 0, Σy, Σy², Σxy, min and max of y / x over the k rows.
-- A series' cell of k contributing articles takes k, Σx, Σx² from (0, x) and Σy, Σy², Σxy from (y, x); its smallest
-- ratio is 0 when some of the k rows have no y (k of (y, x) < k of (0, x)), else the (y, x) rows' own.
CREATE TABLE metric_summary_days (
    lexicon_version_id bigint NOT NULL REFERENCES lexicon_versions (id) ON DELETE CASCADE,
    x_code             integer NOT NULL,
    y_code             integer NOT NULL,
    source_id          bigint NOT NULL,
    day                date NOT NULL,
    n                  integer NOT NULL,
    k                  integer NOT NULL,
    sum_y              double precision NOT NULL,
    sum_x              double precision NOT NULL,
    sum_yy             double precision NOT NULL,
    sum_xx             double precision NOT NULL,
    sum_xy             double precision NOT NULL,
    min_ratio          double precision,
    max_ratio          double precision,
    id_sum             bigint NOT NULL,
    -- A series reads one range of this key per version, entry and source; the sums ride in the index (INCLUDE), so the
    -- range is read without a heap page per day (an index-only scan once vacuumed).
    PRIMARY KEY (lexicon_version_id, x_code, y_code, source_id, day)
        INCLUDE (n, k, sum_y, sum_x, sum_yy, sum_xx, sum_xy, min_ratio, max_ratio, id_sum)
);

-- The rollup rows of some (lexicon version, source, day) keys, made from their summary rows (published_at within the
-- day); or, given articles (with versions of the same length: the pairs), the rollup rows of those summary rows alone.
CREATE FUNCTION metric_summary_day_rows(versions bigint[], sources bigint[], days date[], articles bigint[] DEFAULT NULL)
RETURNS TABLE (lexicon_version_id bigint, x_code integer, y_code integer, source_id bigint, day date, n integer, k integer,
               sum_y double precision, sum_x double precision, sum_yy double precision, sum_xx double precision, sum_xy double precision,
               min_ratio double precision, max_ratio double precision, id_sum bigint)
LANGUAGE sql STABLE AS $$
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
        SELECT r.lexicon_version_id, r.source_id, r.day, u.code, p.denominator, p.x_code, u.val,
               coalesce(r.vals[array_position(r.codes, p.x_code)], 0) AS x
        FROM rows r CROSS JOIN LATERAL unnest(r.codes, r.vals) AS u(code, val) JOIN pairing p ON p.code = u.code
    )
    SELECT lexicon_version_id, 0, 0, source_id, day, count(*)::int, 0, 0, 0, 0, 0, 0, NULL::float8, NULL::float8, sum(article_id)::bigint
    FROM rows GROUP BY lexicon_version_id, source_id, day
    UNION ALL
    SELECT lexicon_version_id, code, 0, source_id, day, count(*)::int, (count(*) FILTER (WHERE val > 0))::int,
           0, coalesce(sum(val) FILTER (WHERE val > 0), 0), 0, coalesce(sum(val * val) FILTER (WHERE val > 0), 0), 0, NULL, NULL, 0
    FROM parts WHERE denominator GROUP BY lexicon_version_id, code, source_id, day
    UNION ALL
    SELECT lexicon_version_id, x_code, code, source_id, day, count(*)::int, (count(*) FILTER (WHERE x > 0))::int,
           coalesce(sum(val) FILTER (WHERE x > 0), 0), 0, coalesce(sum(val * val) FILTER (WHERE x > 0), 0), 0,
           coalesce(sum(x * val) FILTER (WHERE x > 0), 0), min(val / x) FILTER (WHERE x > 0), max(val / x) FILTER (WHERE x > 0), 0
    FROM parts WHERE NOT denominator GROUP BY lexicon_version_id, x_code, code, source_id, day
$$;

-- After a statement deleted summary rows (a re-scoring's delete of the old version's rows, an article's delete by
-- cascade, a lexicon's): the days they touched are made again from their remaining summary rows, in the same
-- transaction — a smallest or largest ratio cannot be subtracted, and floats are never subtracted. The writers of a
-- day are serialised on its (0, 0) row: it is written (or only locked, ON CONFLICT DO UPDATE) first, in key order,
-- and kept (n 0 once the day is empty) — a row lock, not an advisory lock, so that a statement touching thousands of
-- days does not fill the shared lock table. Each statement after it reads with its own snapshot (READ COMMITTED;
-- plpgsql takes one per statement), taken after the lock, so it sees every committed row of the day; a writer whose
-- rows are not committed yet adds them after (below), as it waits for this lock.
CREATE FUNCTION metric_summary_days_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE versions bigint[]; sources bigint[]; days date[];
BEGIN
    SELECT array_agg(c.version ORDER BY c.version, c.source_id, c.day), array_agg(c.source_id ORDER BY c.version, c.source_id, c.day),
           array_agg(c.day ORDER BY c.version, c.source_id, c.day) INTO versions, sources, days
    FROM (SELECT DISTINCT lexicon_version_id AS version, source_id, (published_at AT TIME ZONE 'UTC')::date AS day
          FROM changed WHERE source_id IS NOT NULL AND published_at IS NOT NULL) c;
    IF versions IS NULL THEN RETURN NULL; END IF;
    INSERT INTO metric_summary_days AS d (lexicon_version_id, x_code, y_code, source_id, day, n, k, sum_y, sum_x, sum_yy, sum_xx, sum_xy, id_sum)
    SELECT k.version, 0, 0, k.source_id, k.day, 0, 0, 0, 0, 0, 0, 0, 0
    FROM unnest(versions, sources, days) AS k(version, source_id, day) ORDER BY 1, 4, 5
    ON CONFLICT (lexicon_version_id, x_code, y_code, source_id, day) DO UPDATE SET n = d.n;
    DELETE FROM metric_summary_days r USING unnest(versions, sources, days) AS k(version, source_id, day)
    WHERE r.lexicon_version_id = k.version AND r.source_id = k.source_id AND r.day = k.day AND (r.x_code, r.y_code) <> (0, 0);
    UPDATE metric_summary_days r SET n = 0, id_sum = 0 FROM unnest(versions, sources, days) AS k(version, source_id, day)
    WHERE r.lexicon_version_id = k.version AND r.x_code = 0 AND r.y_code = 0 AND r.source_id = k.source_id AND r.day = k.day;
    INSERT INTO metric_summary_days AS d SELECT * FROM metric_summary_day_rows(versions, sources, days)
    ON CONFLICT (lexicon_version_id, x_code, y_code, source_id, day) DO UPDATE SET n = excluded.n, id_sum = excluded.id_sum;
    RETURN NULL;
END $$;

-- After a statement inserted summary rows (new articles, a re-scoring's new version, the backfill): their own sums are
-- added to their days' rows — the cost of the rows written, not of the days' other articles. One upsert in key order,
-- each day's (0, 0) row first: a concurrent writer of the same day waits on that row lock, and ON CONFLICT DO UPDATE
-- adds to what the other committed. The smallest and largest ratios only widen on an insert (least, greatest).
CREATE FUNCTION metric_summary_days_add() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE articles bigint[]; versions bigint[];
BEGIN
    SELECT array_agg(article_id), array_agg(lexicon_version_id) INTO articles, versions
    FROM changed WHERE source_id IS NOT NULL AND published_at IS NOT NULL;
    IF articles IS NULL THEN RETURN NULL; END IF;
    INSERT INTO metric_summary_days AS d
    SELECT * FROM metric_summary_day_rows(versions, NULL, NULL, articles) r ORDER BY r.lexicon_version_id, r.source_id, r.day, r.x_code, r.y_code
    ON CONFLICT (lexicon_version_id, x_code, y_code, source_id, day) DO UPDATE SET
        n = d.n + excluded.n, k = d.k + excluded.k, sum_y = d.sum_y + excluded.sum_y, sum_x = d.sum_x + excluded.sum_x,
        sum_yy = d.sum_yy + excluded.sum_yy, sum_xx = d.sum_xx + excluded.sum_xx, sum_xy = d.sum_xy + excluded.sum_xy,
        min_ratio = least(d.min_ratio, excluded.min_ratio), max_ratio = greatest(d.max_ratio, excluded.max_ratio),
        id_sum = d.id_sum + excluded.id_sum;
    RETURN NULL;
END $$;

CREATE TRIGGER metric_summary_days_insert AFTER INSERT ON article_metric_summaries
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION metric_summary_days_add();
CREATE TRIGGER metric_summary_days_delete AFTER DELETE ON article_metric_summaries
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION metric_summary_days_refresh();

-- The articles per source and UTC day: their number and the sum of their ids (a series' stamp: ids only grow, so an
-- insert and a delete never leave both unchanged). Kept by adding and subtracting in the writing statement — counts
-- are exact under addition, and ON CONFLICT DO UPDATE serialises concurrent writers of a day on its row. Articles
-- never change source or publication time in place (only their search vector is ever updated).
CREATE TABLE article_days (
    source_id bigint NOT NULL,
    day       date NOT NULL,
    n         integer NOT NULL,
    id_sum    bigint NOT NULL,
    PRIMARY KEY (source_id, day)
);

CREATE FUNCTION article_days_add() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    INSERT INTO article_days AS d (source_id, day, n, id_sum)
    SELECT source_id, (published_at AT TIME ZONE 'UTC')::date, sign * count(*), sign * sum(id)
    FROM changed WHERE source_id IS NOT NULL AND published_at IS NOT NULL
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (source_id, day) DO UPDATE SET n = d.n + excluded.n, id_sum = d.id_sum + excluded.id_sum;
    RETURN NULL;
END $$;

CREATE TRIGGER article_days_insert AFTER INSERT ON articles
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_days_add();
CREATE TRIGGER article_days_delete AFTER DELETE ON articles
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION article_days_add();

-- What is stored already.
INSERT INTO article_days
SELECT source_id, (published_at AT TIME ZONE 'UTC')::date, count(*), sum(id) FROM articles
WHERE source_id IS NOT NULL AND published_at IS NOT NULL GROUP BY 1, 2;

INSERT INTO metric_summary_days
SELECT d.* FROM (SELECT array_agg(version) AS versions, array_agg(source_id) AS sources, array_agg(day) AS days
                 FROM (SELECT DISTINCT lexicon_version_id AS version, source_id, (published_at AT TIME ZONE 'UTC')::date AS day
                       FROM article_metric_summaries WHERE source_id IS NOT NULL AND published_at IS NOT NULL) k) a
CROSS JOIN LATERAL metric_summary_day_rows(a.versions, a.sources, a.days) d
WHERE a.versions IS NOT NULL;

-- A series with a story reads the story's summary rows (TimeSeriesStore.StoryRowsSql): its cost follows the story.
CREATE INDEX article_metric_summaries_story_idx ON article_metric_summaries (story_id, lexicon_version_id) WHERE story_id IS NOT NULL;
