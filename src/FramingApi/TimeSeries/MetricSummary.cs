using FramingApi.Analyses;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.TimeSeries;

/// <summary>
/// One article's part of one time-series figure as one lexicon version found it: the metric, what narrows it
/// (<see cref="Key"/>), and the numerator and denominator <see cref="SeriesMetrics.Of"/> gives for it — two parts (each
/// where it is not 0) of the article's row of <c>article_metric_summaries</c> (docs/SCALING.md "Metric summaries").
/// </summary>
public readonly record struct SummaryRow(SummaryMetric Metric, string Key, double Numerator, double Denominator);

/// <summary>What a summary row counts (stored as a smallint in metric_summary_parts: never renumber them).</summary>
public enum SummaryMetric : short
{
    /// <summary>Own-voice hits of a category (key) or of all (""), over own-voice words ÷ 1,000 (on the "" row only).</summary>
    CategoryHits = 1,

    /// <summary>A topic's emphasis × w over w.</summary>
    TopicEmphasis = 2,

    /// <summary>1 / 1: the article covers the topic.</summary>
    TopicCoverage = 3,

    /// <summary>0 / own-voice claim mentions (of the key's target and actor): the framing shares' denominator.</summary>
    ClaimMentions = 4,

    /// <summary>Hedged mentions / 0.</summary>
    Hedged = 5,

    /// <summary>Attributed mentions / 0.</summary>
    Attributed = 6,

    /// <summary>Denied mentions / 0.</summary>
    Denied = 7,

    /// <summary>Asserted mentions / 0.</summary>
    Asserted = 8,

    /// <summary>Anonymous / named and anonymous own-voice attributions.</summary>
    Attributions = 9,
}

/// <summary>
/// The metric summary of one article's analysis by one lexicon (its packed analysis, as every reader sees it): per
/// metric and key, the article's numerator and denominator, made by <see cref="SeriesMetrics.Of"/> itself so that a
/// series read from summaries has the values a series read from the analyses had. Pure: no I/O.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>every lexicon: <see cref="SummaryMetric.CategoryHits"/> with key "" — the article's own-voice hits of all the lexicon's categories over its own-voice words / 1,000 — and
/// per category with own-voice hits, key the category: the hits over 0 (a reader takes the words from the "" row);</item>
/// <item>topics lexicons, per topic the article has article-voice scores for: <see cref="SummaryMetric.TopicEmphasis"/>
/// (emphasis × w over w), and <see cref="SummaryMetric.TopicCoverage"/> 1 / 1 when it covers the topic;</item>
/// <item>claims lexicons, for each (target, actor) pair of its own-voice claim mentions, every target alone, every
/// actor alone and all claims (keys "target|actor", "target|", "|actor", "|"): <see cref="SummaryMetric.ClaimMentions"/>
/// 0 / the mentions, and per framing that has some, its mentions / 0 — a framing share sums both rows;</item>
/// <item>sourcing lexicons: <see cref="SummaryMetric.Attributions"/>, key "", anonymous over named and anonymous
/// own-voice attributions, when there are any.</item>
/// </list>
/// Rows are made only where they hold something, and only their parts that are not 0 are stored, to keep the table small (docs/SCALING.md "Metric summaries").
/// </remarks>
public static class MetricSummary
{
    /// <summary>The framing shares and the rows of their numerators.</summary>
    public static readonly (SeriesMetric Metric, SummaryMetric Code)[] FramingMetrics =
    [
        (SeriesMetric.HedgedShare, SummaryMetric.Hedged), (SeriesMetric.AttributedShare, SummaryMetric.Attributed),
        (SeriesMetric.DeniedShare, SummaryMetric.Denied), (SeriesMetric.AssertedShare, SummaryMetric.Asserted),
    ];

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
        void Add(SummaryMetric metric, string key, SeriesFilter filter)
        {
            var (numerator, denominator) = SeriesMetrics.Of(filter, article, rows);
            result.Add(new SummaryRow(metric, key, numerator, denominator));
        }

        var (allHits, allWords) = SeriesMetrics.Of(new SeriesFilter(SeriesMetric.LoadedPer1000), article, [rows[0] with { Kind = LexiconKinds.Loaded }]);
        result.Add(new SummaryRow(SummaryMetric.CategoryHits, "", allHits, allWords));
        foreach (var category in scores.Where(s => s.Voice == VoiceScope.Outlet && s.Hits > 0).Select(s => s.Category).Distinct())
            result.Add(new SummaryRow(SummaryMetric.CategoryHits, category,
                scores.Where(s => s.Voice == VoiceScope.Outlet && s.Category == category).Sum(s => s.Hits), 0));

        if (kind == LexiconKinds.Topics)
            foreach (var topic in scores.Where(s => s.Voice == VoiceScope.Article).Select(s => s.Category).Distinct())
            {
                Add(SummaryMetric.TopicEmphasis, topic, new SeriesFilter(SeriesMetric.TopicEmphasis, Topic: topic));
                if (SeriesMetrics.Of(new SeriesFilter(SeriesMetric.TopicCoverage, Topic: topic), article, rows).Numerator > 0)
                    result.Add(new SummaryRow(SummaryMetric.TopicCoverage, topic, 1, 1));
            }

        if (kind == LexiconKinds.Sourcing && SeriesMetrics.Of(new SeriesFilter(SeriesMetric.AnonymousShare), article, rows).Denominator > 0)
            Add(SummaryMetric.Attributions, "", new SeriesFilter(SeriesMetric.AnonymousShare));

        if (kind == LexiconKinds.Claims)
        {
            var pairs = evidence.Where(e => e.Framing is not null && e.Target is not null && e.Actor is not null && e.Voice == Voice.Outlet)
                .Select(e => (e.Target, e.Actor)).Distinct().ToList();
            (string? Target, string? Actor)[] keys =
                [.. pairs, .. pairs.Select(p => (p.Target, (string?)null)).Distinct(), .. pairs.Select(p => ((string?)null, p.Actor)).Distinct()];
            if (pairs.Count > 0) keys = [.. keys, (null, null)];
            foreach (var (target, actor) in keys)
            {
                var key = FramingKey(target, actor);
                // The mentions once (the denominator), each framing's count only where there is one (the numerators).
                result.Add(new SummaryRow(SummaryMetric.ClaimMentions, key, 0,
                    SeriesMetrics.Of(new SeriesFilter(SeriesMetric.HedgedShare, Target: target, Actor: actor), article, rows).Denominator));
                foreach (var (metric, code) in FramingMetrics)
                {
                    var with = SeriesMetrics.Of(new SeriesFilter(metric, Target: target, Actor: actor), article, rows).Numerator;
                    if (with > 0) result.Add(new SummaryRow(code, key, with, 0));
                }
            }
        }
        return result;
    }
}
