using FramingApi.Analyses;
using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Statistics;
using FramingApi.Analysis.Text;

namespace FramingApi.TimeSeries;

/// <summary>What a time series measures per source and bucket (docs/OVER-TIME.md).</summary>
public enum SeriesMetric
{
    Articles,
    TopicCoverage,
    TopicEmphasis,
    HedgedShare,
    AttributedShare,
    DeniedShare,
    AssertedShare,
    AnonymousShare,
    LoadedPer1000,
    CategoryPer1000,
}

/// <summary>
/// A metric with what narrows it: the topic of the topic metrics, the claim target and actor of the framing shares (all
/// targets and actors when null), the loaded-language category (all when null), the lexicon and category of a category
/// rate. <see cref="LexiconKind"/>: the kind of lexicon whose analyses it reads (null: none, for the article count).
/// </summary>
public sealed record SeriesFilter(SeriesMetric Metric, string? Topic = null, string? Target = null, string? Actor = null,
    string? Lexicon = null, string? Category = null, string? LexiconKind = null)
{
    /// <summary>The framing a framing share counts, or null for other metrics.</summary>
    public Framing? Framing => Metric switch
    {
        SeriesMetric.HedgedShare => Analysis.Scoring.Framing.Hedged,
        SeriesMetric.AttributedShare => Analysis.Scoring.Framing.Attributed,
        SeriesMetric.DeniedShare => Analysis.Scoring.Framing.Denied,
        SeriesMetric.AssertedShare => Analysis.Scoring.Framing.Asserted,
        _ => null,
    };

    /// <summary>Whether the metric is counted from evidence spans (claim mentions, attributions) rather than scores.</summary>
    public bool NeedsEvidence => Framing is not null || Metric == SeriesMetric.AnonymousShare;

    /// <summary>What kind of ratio the metric is, for the interval (<see cref="RatioKind"/>).</summary>
    public RatioKind Kind => Metric switch
    {
        SeriesMetric.TopicEmphasis => RatioKind.Mean,
        SeriesMetric.LoadedPer1000 or SeriesMetric.CategoryPer1000 => RatioKind.Rate,
        _ => RatioKind.Share,
    };
}

/// <summary>A compared article as a time series reads it: its source, publication time and words by voice.</summary>
public sealed record SeriesArticle(long Id, long SourceId, DateTime PublishedAt, int WordsOutlet, int WordsQuotation);

/// <summary>
/// One article's part of a figure — a numerator and a denominator, so that the figure of a source and bucket is
/// Σ numerators / Σ denominators over its articles — as the comparisons define each measure (docs/COMPARISON.md), in
/// the outlet's own voice where a measure has voices. Pure: no I/O.
/// </summary>
public static class SeriesMetrics
{
    /// <summary>
    /// <list type="bullet">
    /// <item><c>articles</c>: 1 / 1 (the count is the number of articles);</item>
    /// <item><c>topic_coverage</c>: 1 / 1 when the article covers the topic (a hit in its headline, lead or body,
    /// quotations included), else 0 / 1;</item>
    /// <item><c>topic_emphasis</c>: emphasis × w / w, w = the article's words outside comments (at least 1), as the
    /// comparisons weight it; 0 / 0 for an article that no topics lexicon scored;</item>
    /// <item>framing shares: the article's claim mentions in the outlet's own voice (of the target and actor, when
    /// given) with that framing / all of them;</item>
    /// <item><c>anonymous_share</c>: attributions in the outlet's own voice to anonymous sources / to named or
    /// anonymous ones;</item>
    /// <item><c>loaded_per_1000</c>: loaded-language hits in the outlet's own voice (of the category, when given) /
    /// (own-voice words / 1,000);</item>
    /// <item><c>category_per_1000</c>: the hits of the lexicon's category in the outlet's own voice / (own-voice
    /// words / 1,000).</item>
    /// </list>
    /// </summary>
    /// <param name="f">The metric.</param>
    /// <param name="a">The article.</param>
    /// <param name="rows">The article's analyses, of the filter's lexicon kind.</param>
    public static (double Numerator, double Denominator) Of(SeriesFilter f, SeriesArticle a, IEnumerable<AnalysisStore.ArticleAnalysisRow> rows) =>
        f.Metric switch
        {
            SeriesMetric.Articles => (1, 1),
            SeriesMetric.TopicCoverage => (TopicScores(f, rows).Any(s => s.Covered) ? 1 : 0, 1),
            SeriesMetric.TopicEmphasis => Emphasis(f, a, rows),
            SeriesMetric.AnonymousShare => Anonymous(rows),
            SeriesMetric.LoadedPer1000 => Rate(a, OutletHits(rows.Where(r => r.Kind == LexiconKinds.Loaded), f.Category)),
            SeriesMetric.CategoryPer1000 => Rate(a, OutletHits(rows.Where(r => r.Lexicon == f.Lexicon), f.Category)),
            _ => Framings(f, rows),
        };

    static IEnumerable<PackedScore> TopicScores(SeriesFilter f, IEnumerable<AnalysisStore.ArticleAnalysisRow> rows) =>
        rows.Where(r => r.Kind == LexiconKinds.Topics).SelectMany(r => r.Scores)
            .Where(s => s.Voice == VoiceScope.Article && s.Category == f.Topic);

    static (double, double) Emphasis(SeriesFilter f, SeriesArticle a, IEnumerable<AnalysisStore.ArticleAnalysisRow> rows)
    {
        var scores = TopicScores(f, rows).ToList();
        if (scores.Count == 0) return (0, 0);
        double weight = Math.Max(a.WordsOutlet + a.WordsQuotation, 1);
        return (scores.Sum(s => s.Emphasis) * weight, scores.Count * weight);
    }

    static (double, double) Framings(SeriesFilter f, IEnumerable<AnalysisStore.ArticleAnalysisRow> rows)
    {
        int with = 0, all = 0;
        foreach (var e in rows.SelectMany(r => r.Evidence))
        {
            if (e.Framing is not { } framing || e.Target is null || e.Actor is null || e.Voice != Voice.Outlet) continue;
            if ((f.Target is not null && e.Target != f.Target) || (f.Actor is not null && e.Actor != f.Actor)) continue;
            all++;
            if (framing == f.Framing) with++;
        }
        return (with, all);
    }

    static (double, double) Anonymous(IEnumerable<AnalysisStore.ArticleAnalysisRow> rows)
    {
        int anonymous = 0, attributed = 0;
        foreach (var e in rows.Where(r => r.Kind == LexiconKinds.Sourcing).SelectMany(r => r.Evidence))
        {
            if (e.Voice != Voice.Outlet || e.Attribution is not (AttributionKind.Named or AttributionKind.Anonymous)) continue;
            attributed++;
            if (e.Attribution == AttributionKind.Anonymous) anonymous++;
        }
        return (anonymous, attributed);
    }

    static int OutletHits(IEnumerable<AnalysisStore.ArticleAnalysisRow> rows, string? category) =>
        rows.SelectMany(r => r.Scores).Where(s => s.Voice == VoiceScope.Outlet && (category is null || s.Category == category)).Sum(s => s.Hits);

    /// <summary>Hits per 1,000 own-voice words: 0 / 0 without own-voice words (the article has no part in the rate).</summary>
    static (double, double) Rate(SeriesArticle a, int hits) => a.WordsOutlet == 0 ? (0, 0) : (hits, a.WordsOutlet / 1000.0);

    /// <summary>A count of articles with the exact Poisson interval of the count (Garwood 1936).</summary>
    public static FigureEstimate Count(int articles)
    {
        var bounds = PoissonInterval.Compute(articles);
        return new FigureEstimate(articles, bounds.Low, bounds.High, IntervalMethod.PoissonExact, LowNRule.Default.Support(articles, null));
    }

    /// <summary>
    /// The figure of one source and bucket from its articles' sums, with its 95 % interval and support
    /// (docs/COMPARISON.md "Time series"): a topic's coverage, whose unit is the article, with the Wilson interval over
    /// all the bucket's articles; every other metric (never the count: <see cref="Count"/>) with the cluster-robust
    /// linearisation interval of a ratio over articles (<see cref="RatioLinearisation"/>), with its fallbacks.
    /// </summary>
    /// <param name="f">The metric.</param>
    /// <param name="articles">The source's articles in the bucket.</param>
    /// <param name="sums">The sums of their parts (<see cref="Of"/>, from their summaries); for topic coverage, its
    /// contributing articles are those that cover the topic.</param>
    public static FigureEstimate Estimate(SeriesFilter f, int articles, RatioSums sums) => f.Metric switch
    {
        SeriesMetric.Articles => Count(articles),
        SeriesMetric.TopicCoverage => WilsonInterval.ForArticles(sums.Contributing, articles),
        _ => RatioLinearisation.Estimate(f.Kind, sums),
    };
}
