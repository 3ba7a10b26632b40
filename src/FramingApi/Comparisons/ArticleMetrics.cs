using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Statistics;
using static FramingApi.Comparisons.ComparisonsStore;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>
/// One figure asked for by name (<c>metric=</c>) with what it needs: the unit of the differences endpoints (and of
/// any answer that follows one figure over groups of articles). Checked by <see cref="ComparisonResolver"/>;
/// <see cref="Voice"/> is set (outlet by default) exactly for the metrics that take one.
/// </summary>
/// <param name="Metric">A <see cref="MetricNames"/> name.</param>
/// <param name="Target">Framing shares: the claim target (null: every target).</param>
/// <param name="Actor">Framing shares: the actor (null: every actor).</param>
/// <param name="Voice">Framing shares, loaded language, category rates: outlet, quotation or article (both).</param>
/// <param name="Topic">Topic metrics: the topic.</param>
/// <param name="Category">Loaded language: one category (null: all); category rates: the category.</param>
/// <param name="Lexicon">Category rates: the lexicon.</param>
public sealed record MetricQuery(string Metric, string? Target = null, string? Actor = null, string? Voice = null, string? Topic = null,
    string? Category = null, string? Lexicon = null)
{
    /// <summary>What kind of ratio the metric is: its interval's fallbacks and what counts as its mentions.</summary>
    public RatioKind Kind => Metric switch
    {
        MetricNames.LoadedPer1000 or MetricNames.CategoryRate => RatioKind.Rate,
        MetricNames.TopicEmphasis or MetricNames.TopicSentenceShare => RatioKind.Mean,
        _ => RatioKind.Share,
    };

    /// <summary>Whether the metric takes voice= (and so has one, outlet by default).</summary>
    public static bool TakesVoice(string metric) =>
        MetricNames.Framing(metric) is not null || metric is MetricNames.LoadedPer1000 or MetricNames.CategoryRate;

    /// <summary>The query in a fixed form, for cache keys.</summary>
    public string Key => string.Join('|', Metric, Target, Actor, Voice, Topic, Category, Lexicon);
}

/// <summary>
/// A metric's numerator and denominator in each article (docs/COMPARISON.md, "Differences"), from the per-article data
/// a comparison reads: the input of the bootstrap, the permutation tests and the rank intervals.
/// </summary>
public static class ArticleMetrics
{
    /// <summary>
    /// Per article of <paramref name="data"/> (all of them): the metric's numerator and denominator; (0, 0) where the
    /// article has nothing of it (no claim mention of the target, no attribution, not scored by the lexicon).
    /// </summary>
    public static Dictionary<long, (double Numerator, double Denominator)> Of(ArticleData data, MetricQuery metric)
    {
        var values = data.Articles.ToDictionary(a => a.ArticleId, _ => (Numerator: 0.0, Denominator: 0.0));
        void Add(long article, double numerator, double denominator)
        {
            var (y, x) = values[article];
            values[article] = (y + numerator, x + denominator);
        }

        if (MetricNames.Framing(metric.Metric) is { } framing) Claims(data, metric, framing, Add);
        else if (metric.Metric == MetricNames.AnonymousShare)
        {
            foreach (var s in data.Sourcing)
                if (s.Attribution is AttributionNames.Named or AttributionNames.Anonymous)
                    Add(s.ArticleId, s.Attribution == AttributionNames.Anonymous ? s.Count : 0, s.Count);
        }
        else if (metric.Metric is MetricNames.TopicCoverage or MetricNames.TopicEmphasis or MetricNames.TopicSentenceShare) Topics(data, metric, Add);
        else Rates(data, metric, Add);
        return values;
    }

    static void Claims(ArticleData data, MetricQuery m, string framing, Action<long, double, double> add)
    {
        foreach (var c in data.Claims)
            if ((m.Target is null || c.Target == m.Target) && (m.Actor is null || c.Actor == m.Actor) && InVoice(c.Voice, m.Voice))
                add(c.ArticleId, c.Framing == framing ? c.Count : 0, c.Count);
    }

    /// <summary>Coverage: covered or not of each article (the unit is the article); emphasis and sentence share: the
    /// article's value weighted by its words (outlet and quotations, at least 1), as the comparison weighs them.</summary>
    static void Topics(ArticleData data, MetricQuery m, Action<long, double, double> add)
    {
        var weights = data.Articles.ToDictionary(a => a.ArticleId, TopicWeight);
        foreach (var t in data.Topics)
        {
            if (t.Category != m.Topic) continue;
            var w = weights[t.ArticleId];
            switch (m.Metric)
            {
                case MetricNames.TopicCoverage: add(t.ArticleId, t.Covered ? 1 : 0, 1); break;
                case MetricNames.TopicEmphasis: add(t.ArticleId, t.Emphasis * w, w); break;
                default: add(t.ArticleId, t.SentenceShare * w, w); break;
            }
        }
    }

    /// <summary>A topic figure's weight of an article: its words as published (outlet and quotations), at least 1.</summary>
    public static double TopicWeight(ArticleFacts a) => Math.Max(a.WordsOutlet + a.WordsQuotation, 1);

    /// <summary>Hits per 1,000 words of the voice, over the articles the lexicons scored: loaded language (every
    /// loaded-language lexicon, one category or all) or one category of one lexicon.</summary>
    static void Rates(ArticleData data, MetricQuery m, Action<long, double, double> add)
    {
        var loaded = m.Metric == MetricNames.LoadedPer1000;
        var lexicons = loaded
            ? data.LexiconVersions.Where(v => v.Kind == LexiconKinds.Loaded).Select(v => v.Name).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal) { m.Lexicon! };
        var scored = data.Scored.Where(s => lexicons.Contains(s.Lexicon)).Select(s => s.ArticleId).ToHashSet();
        foreach (var a in data.Articles)
            if (scored.Contains(a.ArticleId)) add(a.ArticleId, 0, Words(a, m.Voice!) / 1000.0);
        foreach (var c in data.Categories)
            if (lexicons.Contains(c.Lexicon) && c.Voice == m.Voice && (m.Category is null || c.Category == m.Category)
                && scored.Contains(c.ArticleId))
                add(c.ArticleId, c.Hits, 0);
    }

    /// <summary>An article's words in a voice scope (article: outlet and quotations).</summary>
    public static int Words(ArticleFacts a, string voice) => voice switch
    {
        VoiceNames.Outlet => a.WordsOutlet,
        VoiceNames.Quotation => a.WordsQuotation,
        _ => a.WordsOutlet + a.WordsQuotation,
    };

    static bool InVoice(string voice, string? asked) => asked is null || asked == voice || asked == VoiceNames.Article;
}
