using FramingApi.Analysis.Statistics;
using static FramingApi.Comparisons.ComparisonsStore;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>Which per-source figure of a comparison an estimate belongs to.</summary>
public enum FigureGroup
{
    /// <summary>A framing share of claim mentions: key = target, with actor, voice and framing.</summary>
    Claim,
    /// <summary>The anonymous share of attributions (outlet voice).</summary>
    AnonymousShare,
    /// <summary>Loaded-language hits per 1,000 own-voice words: key = category.</summary>
    Loaded,
    /// <summary>A topic's coverage, the share of articles that mention it (Wilson): key = topic.</summary>
    Coverage,
    /// <summary>A topic's emphasis (words-weighted mean): key = topic.</summary>
    Emphasis,
    /// <summary>A topic's sentence share (words-weighted mean): key = topic.</summary>
    SentenceShare,
    /// <summary>A lexicon category per 1,000 words: key = category, with lexicon and voice.</summary>
    Category,
}

/// <summary>A per-source figure of a comparison.</summary>
public readonly record struct ComparisonFigure(FigureGroup Group, string Key = "", string? Actor = null, string? Voice = null,
    string? Framing = null, string? Lexicon = null);

/// <summary>A lexicon category a comparison lists per 1,000 words.</summary>
public readonly record struct LexiconCategory(string Lexicon, string Category);

/// <summary>
/// The 95 % intervals and support (n_articles, n_mentions, low_n) of every per-source share and rate of a comparison,
/// from the per-article data (docs/COMPARISON.md, "Uncertainty"): per source, one <see cref="ArticleFigures{TFigure}"/>
/// over all its articles holding every ratio figure — framing shares by target, actor and voice; the anonymous share;
/// loaded language per 1,000 own-voice words; topic emphasis and sentence share; the chosen lexicons' categories per
/// 1,000 words in the outlet's voice and the article's — bootstrapped once; and the topics' coverage with Wilson
/// intervals (the unit is the article). Numerators and denominators are those of the comparison's own arithmetic
/// (<see cref="ComparisonBuilder.PerSource"/>), so each interval belongs to the number shown.
/// </summary>
public static class ComparisonIntervals
{
    /// <summary>The voices a lexicon category is listed in: the outlet's own, and the article as published.</summary>
    public static readonly string[] CategoryVoices = [VoiceNames.Outlet, VoiceNames.Article];

    static readonly string[] Framings = [FramingNames.Hedged, FramingNames.Attributed, FramingNames.Denied, FramingNames.Asserted];

    /// <summary>Per source id, every figure's estimate.</summary>
    public static Dictionary<long, IReadOnlyDictionary<ComparisonFigure, FigureEstimate>> Estimate(ArticleData data,
        IReadOnlyList<LexiconCategory> categories, BootstrapOptions? options = null)
    {
        var bySource = data.Articles.GroupBy(a => a.SourceId).ToDictionary(g => g.Key, g => g.ToList());
        var sourceOf = data.Articles.ToDictionary(a => a.ArticleId, a => a.SourceId);
        var slugs = data.Sources.ToDictionary(s => s.Id, s => s.Slug);
        var figures = bySource.ToDictionary(s => s.Key, s => new ArticleFigures<ComparisonFigure>(slugs[s.Key], s.Value.Select(a => a.ArticleId)));

        foreach (var c in data.Claims)
        {
            var table = figures[sourceOf[c.ArticleId]];
            foreach (var framing in Framings)
                table.Add(new ComparisonFigure(FigureGroup.Claim, c.Target, c.Actor, c.Voice, framing), RatioKind.Share, c.ArticleId,
                    c.Framing == framing ? c.Count : 0, c.Count);
        }
        foreach (var s in data.Sourcing)
            if (s.Attribution is AttributionNames.Named or AttributionNames.Anonymous)
                figures[sourceOf[s.ArticleId]].Add(new ComparisonFigure(FigureGroup.AnonymousShare), RatioKind.Share, s.ArticleId,
                    s.Attribution == AttributionNames.Anonymous ? s.Count : 0, s.Count);
        Loaded(data, bySource, figures);
        Topics(data, sourceOf, figures);
        Categories(data, categories, bySource, figures);

        var estimates = new Dictionary<long, IReadOnlyDictionary<ComparisonFigure, FigureEstimate>>();
        foreach (var (source, table) in figures)
        {
            var mine = new Dictionary<ComparisonFigure, FigureEstimate>(table.Estimate(options));
            foreach (var (figure, estimate) in Coverage(data, bySource[source], options)) mine[figure] = estimate;
            estimates[source] = mine;
        }
        return estimates;
    }

    /// <summary>Loaded hits over own-voice words / 1,000 of every article, for each category the source uses.</summary>
    static void Loaded(ArticleData data, Dictionary<long, List<ArticleFacts>> bySource, Dictionary<long, ArticleFigures<ComparisonFigure>> figures)
    {
        var articles = data.Articles.ToDictionary(a => a.ArticleId);
        var used = new HashSet<(long Source, string Category)>();
        foreach (var l in data.Loaded)
        {
            if (l.Hits == 0) continue;
            var source = articles[l.ArticleId].SourceId;
            var figure = new ComparisonFigure(FigureGroup.Loaded, l.Category);
            if (used.Add((source, l.Category)))
                foreach (var a in bySource[source]) figures[source].Add(figure, RatioKind.Rate, a.ArticleId, 0, a.WordsOutlet / 1000.0);
            figures[source].Add(figure, RatioKind.Rate, l.ArticleId, l.Hits, 0);
        }
    }

    /// <summary>Emphasis and sentence share: each article's value times its weight, over the weight.</summary>
    static void Topics(ArticleData data, Dictionary<long, long> sourceOf, Dictionary<long, ArticleFigures<ComparisonFigure>> figures)
    {
        var weights = data.Articles.ToDictionary(a => a.ArticleId, ArticleMetrics.TopicWeight);
        foreach (var t in data.Topics)
        {
            var table = figures[sourceOf[t.ArticleId]];
            var w = weights[t.ArticleId];
            table.Add(new ComparisonFigure(FigureGroup.Emphasis, t.Category), RatioKind.Mean, t.ArticleId, t.Emphasis * w, w);
            table.Add(new ComparisonFigure(FigureGroup.SentenceShare, t.Category), RatioKind.Mean, t.ArticleId, t.SentenceShare * w, w);
        }
    }

    /// <summary>Coverage of each topic: the source's articles that mention it, of those scored for it (Wilson).</summary>
    static IEnumerable<(ComparisonFigure, FigureEstimate)> Coverage(ArticleData data, List<ArticleFacts> articles, BootstrapOptions? options)
    {
        var mine = articles.Select(a => a.ArticleId).ToHashSet();
        var lowN = options?.LowN ?? LowNRule.Default;
        var confidence = options?.Confidence ?? 0.95;
        return data.Topics.Where(t => mine.Contains(t.ArticleId)).GroupBy(t => t.Category)
            .Select(g => (new ComparisonFigure(FigureGroup.Coverage, g.Key),
                WilsonInterval.ForArticles(g.Count(t => t.Covered), g.Count(), lowN, confidence)));
    }

    /// <summary>Each chosen category in each listed voice: hits over the voice's words / 1,000 of the articles the
    /// lexicon scored.</summary>
    static void Categories(ArticleData data, IReadOnlyList<LexiconCategory> categories, Dictionary<long, List<ArticleFacts>> bySource,
        Dictionary<long, ArticleFigures<ComparisonFigure>> figures)
    {
        if (categories.Count == 0) return;
        var wanted = categories.ToHashSet();
        var lexicons = categories.Select(c => c.Lexicon).ToHashSet(StringComparer.Ordinal);
        var scored = data.Scored.Where(s => lexicons.Contains(s.Lexicon)).Select(s => (s.ArticleId, s.Lexicon)).ToHashSet();
        foreach (var (source, articles) in bySource)
            foreach (var a in articles)
                foreach (var c in categories)
                {
                    if (!scored.Contains((a.ArticleId, c.Lexicon))) continue;
                    foreach (var voice in CategoryVoices)
                        figures[source].Add(Figure(c, voice), RatioKind.Rate, a.ArticleId, 0, ArticleMetrics.Words(a, voice) / 1000.0);
                }
        var sourceOf = data.Articles.ToDictionary(a => a.ArticleId, a => a.SourceId);
        foreach (var h in data.Categories)
            if (CategoryVoices.Contains(h.Voice) && wanted.Contains(new LexiconCategory(h.Lexicon, h.Category)) && scored.Contains((h.ArticleId, h.Lexicon)))
                figures[sourceOf[h.ArticleId]].Add(Figure(new LexiconCategory(h.Lexicon, h.Category), h.Voice), RatioKind.Rate, h.ArticleId, h.Hits, 0);
    }

    /// <summary>The figure of a lexicon category in a voice.</summary>
    public static ComparisonFigure Figure(LexiconCategory c, string voice) =>
        new(FigureGroup.Category, c.Category, Voice: voice, Lexicon: c.Lexicon);
}
