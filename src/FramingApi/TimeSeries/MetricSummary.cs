using FramingApi.Analyses;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.TimeSeries;

/// <summary>
/// One article's part of one time-series figure as one lexicon version found it: the metric, what narrows it
/// (<see cref="Key"/>), and the numerator and denominator <see cref="SeriesMetrics.Of"/> gives for it — a row of
/// <c>article_metric_summaries</c> (docs/SCALING.md "Metric summaries").
/// </summary>
public readonly record struct SummaryRow(string Metric, string Key, double Numerator, double Denominator);

/// <summary>
/// The metric summary of one article's analysis by one lexicon (its packed analysis, as every reader sees it): per
/// metric and key, the article's numerator and denominator, made by <see cref="SeriesMetrics.Of"/> itself so that a
/// series read from summaries has the values a series read from the analyses had. Pure: no I/O.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>every lexicon: <c>category_per_1000</c> with key "" (always written: it marks the analysis as summarised) —
/// the article's own-voice hits of all the lexicon's categories over its own-voice words / 1,000 — and per category
/// with own-voice hits, key the category: the hits over 0 (a reader takes the words from the "" row);</item>
/// <item>topics lexicons, per topic the article has article-voice scores for: <c>topic_emphasis</c> (emphasis × w over
/// w), and <c>topic_coverage</c> 1 / 1 when it covers the topic (no row when it does not);</item>
/// <item>claims lexicons, per framing and each (target, actor) pair of its own-voice claim mentions, with every target
/// alone, every actor alone and all claims (keys "target|actor", "target|", "|actor", "|"): mentions with the framing
/// over all of them;</item>
/// <item>sourcing lexicons: <c>anonymous_share</c>, key "", anonymous over named and anonymous own-voice attributions,
/// when there are any.</item>
/// </list>
/// </remarks>
public static class MetricSummary
{
    static readonly SeriesMetric[] FramingMetrics =
        [SeriesMetric.HedgedShare, SeriesMetric.AttributedShare, SeriesMetric.DeniedShare, SeriesMetric.AssertedShare];

    /// <summary>The key of a framing share's row: "target|actor", either empty for all.</summary>
    public static string FramingKey(string? target, string? actor) => $"{target}|{actor}";

    /// <summary>The summary rows of one analysis.</summary>
    /// <param name="kind">The lexicon's kind.</param>
    /// <param name="packed">Its packed analysis (<see cref="PackedAnalysis"/>).</param>
    /// <param name="wordsOutlet">The article's own-voice words.</param>
    /// <param name="wordsQuotation">Its words in quotations.</param>
    public static List<SummaryRow> Rows(string kind, byte[] packed, int wordsOutlet, int wordsQuotation)
    {
        var (scores, evidence) = PackedAnalysis.Unpack(packed, evidence: kind is LexiconKinds.Claims or LexiconKinds.Sourcing);
        AnalysisStore.ArticleAnalysisRow[] rows = [new(0, "", kind, 0, scores, evidence)];
        var article = new SeriesArticle(0, 0, default, wordsOutlet, wordsQuotation);
        var result = new List<SummaryRow>();
        void Add(SeriesMetric metric, string key, SeriesFilter filter)
        {
            var (numerator, denominator) = SeriesMetrics.Of(filter, article, rows);
            result.Add(new SummaryRow(TimeSeriesNames.Metrics.Name(metric), key, numerator, denominator));
        }

        var (allHits, allWords) = SeriesMetrics.Of(new SeriesFilter(SeriesMetric.LoadedPer1000), article, [rows[0] with { Kind = LexiconKinds.Loaded }]);
        result.Add(new SummaryRow(TimeSeriesNames.CategoryPer1000, "", allHits, allWords));
        foreach (var category in scores.Where(s => s.Voice == VoiceScope.Outlet && s.Hits > 0).Select(s => s.Category).Distinct())
            result.Add(new SummaryRow(TimeSeriesNames.CategoryPer1000, category,
                scores.Where(s => s.Voice == VoiceScope.Outlet && s.Category == category).Sum(s => s.Hits), 0));

        if (kind == LexiconKinds.Topics)
            foreach (var topic in scores.Where(s => s.Voice == VoiceScope.Article).Select(s => s.Category).Distinct())
            {
                Add(SeriesMetric.TopicEmphasis, topic, new SeriesFilter(SeriesMetric.TopicEmphasis, Topic: topic));
                if (SeriesMetrics.Of(new SeriesFilter(SeriesMetric.TopicCoverage, Topic: topic), article, rows).Numerator > 0)
                    result.Add(new SummaryRow(TimeSeriesNames.TopicCoverage, topic, 1, 1));
            }

        if (kind == LexiconKinds.Sourcing && SeriesMetrics.Of(new SeriesFilter(SeriesMetric.AnonymousShare), article, rows).Denominator > 0)
            Add(SeriesMetric.AnonymousShare, "", new SeriesFilter(SeriesMetric.AnonymousShare));

        if (kind == LexiconKinds.Claims)
        {
            var pairs = evidence.Where(e => e.Framing is not null && e.Target is not null && e.Actor is not null && e.Voice == Voice.Outlet)
                .Select(e => (e.Target, e.Actor)).Distinct().ToList();
            (string? Target, string? Actor)[] keys =
                [.. pairs, .. pairs.Select(p => (p.Target, (string?)null)).Distinct(), .. pairs.Select(p => ((string?)null, p.Actor)).Distinct()];
            if (pairs.Count > 0) keys = [.. keys, (null, null)];
            foreach (var (target, actor) in keys)
                foreach (var metric in FramingMetrics)
                    Add(metric, FramingKey(target, actor), new SeriesFilter(metric, Target: target, Actor: actor));
        }
        return result;
    }
}
