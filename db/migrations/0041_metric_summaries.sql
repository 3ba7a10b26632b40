-- Per-article metric summaries for the time series at scale (issue 15 "Performance", docs/SCALING.md "Metric
-- summaries"): per article, lexicon (and the version that made it), time-series metric and key (a topic, a claim
-- target|actor pair, a category; '' for all) the article's numerator and denominator of that figure, written with the
-- packed analysis in the same transaction (TimeSeries/MetricSummaryWriter.cs). A series then sums them per source and
-- bucket in the database instead of reading and unpacking every article's analysis.
--
-- Each row carries its article's source, story and publication time (articles are never changed in place), so that a
-- series reads one index range per source and metric key without touching articles.
--
-- The rows of analyses stored before this migration are written by the API at start-up, right after the migrations
-- (MetricSummaryWriter.BackfillAsync: the packed analyses are unpacked in C#, which SQL cannot do).
CREATE TABLE article_metric_summaries (
    article_id         bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    lexicon_id         bigint NOT NULL REFERENCES lexicons (id) ON DELETE CASCADE,
    lexicon_version_id bigint NOT NULL REFERENCES lexicon_versions (id) ON DELETE CASCADE,
    metric             smallint NOT NULL,   -- TimeSeries/MetricSummary.cs SummaryMetric: 1 category hits, 2 topic emphasis,
                                            -- 3 topic coverage, 4 claim mentions, 5-8 hedged/attributed/denied/asserted, 9 attributions
    key                text NOT NULL,
    source_id          bigint,
    story_id           bigint,
    published_at       timestamptz,
    numerator          double precision NOT NULL,
    denominator        double precision NOT NULL
);
-- Replacing an article's summaries (re-scoring) and the start-up backfill find them by article (a B-tree with
-- deduplication: one entry per article, not per row).
CREATE INDEX article_metric_summaries_article_idx ON article_metric_summaries (article_id);

-- What a series reads: one metric and key, per source a publication range (undated articles are in no bucket).
CREATE INDEX article_metric_summaries_series_idx ON article_metric_summaries (metric, key, source_id, published_at)
    INCLUDE (article_id, lexicon_id, lexicon_version_id, story_id, numerator, denominator)
    WHERE source_id IS NOT NULL AND published_at IS NOT NULL;
