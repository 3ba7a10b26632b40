-- Per-article metric summaries for the time series at scale (issue 15 "Performance", docs/SCALING.md "Metric
-- summaries"): one row per article and lexicon version, holding the article's parts of every time-series figure that
-- version can give (TimeSeries/MetricSummary.cs), written with the packed analysis in the same transaction
-- (TimeSeries/MetricSummaryWriter.cs). A series then sums them per source and bucket in the database, in one
-- aggregate pass, instead of reading and unpacking every article's analysis.
--
-- A part is a number (a count of hits, of claim mentions, of attributions; own-voice words; a topic's emphasis x w …)
-- named by a code of metric_summary_parts: the metric, its key (a topic, a claim "target|actor" pair, a category; ''
-- for all) and whether it is the numerator or the denominator. A row holds only its non-zero parts, as two parallel
-- arrays (codes ascending, values): about 20 parts per article and lexicon, small enough to stay in the row (no TOAST).
CREATE TABLE metric_summary_parts (
    code        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    metric      smallint NOT NULL,   -- TimeSeries/MetricSummary.cs SummaryMetric: 1 category hits, 2 topic emphasis,
                                     -- 3 topic coverage, 4 claim mentions, 5-8 hedged/attributed/denied/asserted, 9 attributions
    key         text NOT NULL,
    denominator boolean NOT NULL,
    UNIQUE (metric, key, denominator)
);

-- Each row carries its article's source, story and publication time (articles are never changed in place), so that a
-- series reads one index range per lexicon version and source without touching articles.
CREATE TABLE article_metric_summaries (
    article_id         bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lexicon_version_id bigint NOT NULL REFERENCES lexicon_versions (id) ON DELETE CASCADE,
    source_id          bigint,
    story_id           bigint,
    published_at       timestamptz,
    codes              integer[] NOT NULL,            -- metric_summary_parts.code, ascending
    vals               double precision[] NOT NULL    -- the parts' values, in the order of codes
);
ALTER TABLE article_metric_summaries ALTER COLUMN codes SET STORAGE MAIN, ALTER COLUMN vals SET STORAGE MAIN;

-- Replacing an article's summaries (re-scoring) and the start-up backfill find them by article.
CREATE INDEX article_metric_summaries_article_idx ON article_metric_summaries (article_id);

-- What a series reads: a lexicon version's rows, per source a publication range (undated articles are in no bucket).
CREATE INDEX article_metric_summaries_series_idx ON article_metric_summaries (lexicon_version_id, source_id, published_at)
    WHERE source_id IS NOT NULL AND published_at IS NOT NULL;
