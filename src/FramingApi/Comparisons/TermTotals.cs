using System.Runtime.InteropServices;
using FramingApi.Analysis.Comparison;
using static FramingApi.Comparisons.ComparisonsStore;

namespace FramingApi.Comparisons;

/// <summary>
/// The compared articles' term counts summed per source and over all sources, on numbered terms: each distinct term
/// is looked up once per article that uses it, and every source's distinctive terms are ranked over arrays
/// (<see cref="FightinWords.RankAgainstTotal(IReadOnlyList{string}, ReadOnlySpan{long}, ReadOnlySpan{long}, FightinWordsOptions?, ReadOnlySpan{bool})"/>)
/// with the stopwords marked once — not a dictionary per source and a lookup per term, source and stopword list.
/// </summary>
public sealed class TermTotals
{
    readonly Dictionary<long, long[]> _bySource;

    TermTotals(List<string> terms, long[] all, Dictionary<long, long[]> bySource)
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

    /// <summary>Sums the articles' counts per source (<paramref name="data"/>'s articles name the sources).</summary>
    public static TermTotals Sum(ArticleData data)
    {
        var sourceOf = data.Articles.ToDictionary(a => a.ArticleId, a => a.SourceId);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var numbered = new (long Source, int[] Terms, int[] Counts)[data.Terms.Count];
        for (var i = 0; i < numbered.Length; i++)
        {
            var article = data.Terms[i];
            var (ids, counts) = (new int[article.Counts.Count], new int[article.Counts.Count]);
            var j = 0;
            foreach (var (term, count) in article.Counts)
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, term, out var known);
                if (!known) { number = terms.Count; terms.Add(term); }
                (ids[j], counts[j]) = (number, count);
                j++;
            }
            numbered[i] = (sourceOf[article.ArticleId], ids, counts);
        }

        var all = new long[terms.Count];
        var bySource = new Dictionary<long, long[]>();
        foreach (var (source, ids, counts) in numbered)
        {
            if (!bySource.TryGetValue(source, out var mine)) bySource[source] = mine = new long[terms.Count];
            for (var j = 0; j < ids.Length; j++)
            {
                mine[ids[j]] += counts[j];
                all[ids[j]] += counts[j];
            }
        }
        return new TermTotals(terms, all, bySource);
    }
}
