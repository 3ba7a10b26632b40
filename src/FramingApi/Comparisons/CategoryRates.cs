using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Statistics;
using static FramingApi.Comparisons.ComparisonsStore;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>
/// Any lexicon's categories in a comparison — a user's own dictionary above all, imported from a LIWC <c>.dic</c> with
/// the default kind (custom), which no other part of a comparison reads — as hits per 1,000 words per source, in the
/// outlet's own voice and in the article as published (outlet + quotations), each with its interval. Which lexicons:
/// those named with <c>lexicon=</c>, or by default every lexicon of kind custom (so the built-in comparison is
/// unchanged, and a dictionary appears as soon as its re-scoring job has scored the articles).
/// </summary>
public static class CategoryRates
{
    /// <summary>The lexicons chosen: <paramref name="lexicons"/>, or every custom lexicon that scored the articles.</summary>
    public static IReadOnlySet<string> Chosen(ArticleData data, IReadOnlyList<string>? lexicons) =>
        (lexicons ?? data.LexiconVersions.Where(v => v.Kind == LexiconKinds.Custom).Select(v => v.Name)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The categories listed: those of each chosen lexicon's latest version among the compared articles', in its
    /// order, that have a hit in some compared article (in either listed voice); a category nobody uses is left out.
    /// </summary>
    public static List<LexiconCategory> Categories(ArticleData data, IReadOnlySet<string> chosen)
    {
        if (chosen.Count == 0) return [];
        var used = data.Categories.Where(c => chosen.Contains(c.Lexicon) && ComparisonIntervals.CategoryVoices.Contains(c.Voice))
            .Select(c => new LexiconCategory(c.Lexicon, c.Category)).ToHashSet();
        return data.LexiconVersions.Where(v => chosen.Contains(v.Name))
            .GroupBy(v => v.Name).Select(g => g.MaxBy(v => v.Version)!)
            .SelectMany(v => v.Categories.Select(c => new LexiconCategory(v.Name, c)))
            .Where(used.Contains).Distinct().ToList();
    }

    /// <summary>Per source id, one row per listed category and voice (for sources with an article the lexicon scored), with
    /// its estimate from <paramref name="intervals"/>; <paramref name="link"/> makes the evidence link of a source (slug)
    /// and query.</summary>
    public static Dictionary<long, List<CategoryRateRow>> PerSource(ArticleData data, IReadOnlyList<LexiconCategory> categories,
        Dictionary<long, IReadOnlyDictionary<ComparisonFigure, FigureEstimate>> intervals, Func<string, string, string> link)
    {
        var rows = new Dictionary<long, List<CategoryRateRow>>();
        if (categories.Count == 0) return rows;
        var lexicons = categories.Select(c => c.Lexicon).ToHashSet(StringComparer.Ordinal);
        var scored = data.Scored.Where(s => lexicons.Contains(s.Lexicon)).Select(s => (s.ArticleId, s.Lexicon)).ToHashSet();
        var hits = data.Categories.GroupBy(c => (c.ArticleId, c.Lexicon, c.Category, c.Voice)).ToDictionary(g => g.Key, g => g.Sum(c => c.Hits));
        foreach (var (id, slug, _) in data.Sources)
        {
            var mine = data.Articles.Where(a => a.SourceId == id).ToList();
            var list = new List<CategoryRateRow>();
            foreach (var c in categories)
            {
                var articles = mine.Where(a => scored.Contains((a.ArticleId, c.Lexicon))).ToList();
                if (articles.Count == 0) continue;
                foreach (var voice in ComparisonIntervals.CategoryVoices)
                {
                    var count = articles.Sum(a => hits.GetValueOrDefault((a.ArticleId, c.Lexicon, c.Category, voice)));
                    var words = articles.Sum(a => (long)ArticleMetrics.Words(a, voice));
                    var e = intervals[id][ComparisonIntervals.Figure(c, voice)];
                    list.Add(new CategoryRateRow(c.Lexicon, c.Category, voice, count, words, words == 0 ? 0 : count * 1000.0 / words,
                        e.CiLow, e.CiHigh, e.Support.NArticles, e.Support.NMentions, e.Support.LowN,
                        link(slug, $"lexicon={Uri.EscapeDataString(c.Lexicon)}&category={Uri.EscapeDataString(c.Category)}&voice={voice}")));
                }
            }
            if (list.Count > 0) rows[id] = list;
        }
        return rows;
    }
}
