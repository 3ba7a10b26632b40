using FramingApi.Analysis.Comparison;
using static FramingApi.Comparisons.ComparisonsStore;

namespace FramingApi.Comparisons;

/// <summary>
/// The compared articles' term counts summed per source and over all sources, on the numbers the store gave the
/// terms (<see cref="TermNumbers"/>: one string per distinct term of the comparison), and every source's distinctive terms are ranked over arrays
/// (<see cref="FightinWords.RankAgainstTotal(IReadOnlyList{string}, ReadOnlySpan{long}, ReadOnlySpan{long}, FightinWordsOptions?, ReadOnlySpan{bool})"/>)
/// with the stopwords marked once — not a dictionary per source and a lookup per term, source and stopword list.
/// </summary>
public sealed class TermTotals
{
    readonly Dictionary<long, long[]> _bySource;

    TermTotals(IReadOnlyList<string> terms, long[] all, Dictionary<long, long[]> bySource)
    {
        Terms = terms;
        All = all;
        _bySource = bySource;
    }

    /// <summary>The terms, numbered by their place here.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Each term's count over all compared articles.</summary>
    public long[] All { get; }

    /// <summary>Each term's count in one source's articles (zeros for a source without any).</summary>
    public long[] Of(long sourceId) => _bySource.TryGetValue(sourceId, out var counts) ? counts : new long[All.Length];

    /// <summary>Sums the articles' numbered counts per source (<paramref name="data"/>'s articles name the sources).</summary>
    public static TermTotals Sum(ArticleData data)
    {
        var terms = data.TermNames ?? [];
        var sourceOf = data.Articles.ToDictionary(a => a.ArticleId, a => a.SourceId);
        var all = new long[terms.Count];
        var bySource = new Dictionary<long, long[]>();
        foreach (var article in data.Terms)
        {
            var source = sourceOf[article.ArticleId];
            if (!bySource.TryGetValue(source, out var mine)) bySource[source] = mine = new long[terms.Count];
            for (var j = 0; j < article.Terms.Length; j++)
            {
                mine[article.Terms[j]] += article.Counts[j];
                all[article.Terms[j]] += article.Counts[j];
            }
        }
        return new TermTotals(terms, all, bySource);
    }
}
