using FramingApi.Analysis.Comparison;
using static FramingApi.Comparisons.ComparisonsStore;

namespace FramingApi.Comparisons;

/// <summary>
/// The compared articles' term counts summed over all sources and, on demand, per source, on the numbers the store
/// gave the terms (<see cref="TermNumbers"/>: one string per distinct term of the comparison), and every source's distinctive terms are ranked over arrays
/// (<see cref="FightinWords.RankAgainstTotal(IReadOnlyList{string}, ReadOnlySpan{long}, ReadOnlySpan{long}, FightinWordsOptions?, ReadOnlySpan{bool})"/>)
/// with the stopwords marked once — not a dictionary per source and a lookup per term, source and stopword list.
/// One source's counts are summed into one array shared by all sources (<see cref="Of"/>), not an array per source:
/// twenty sources' arrays of ~20,000 terms were ~3 MB of the large-object heap per build.
/// </summary>
public sealed class TermTotals
{
    readonly Dictionary<long, List<ArticleTerms>> _bySource;
    long[]? _source;
    List<ArticleTerms>? _summed;

    TermTotals(IReadOnlyList<string> terms, long[] all, Dictionary<long, List<ArticleTerms>> bySource)
    {
        Terms = terms;
        All = all;
        _bySource = bySource;
    }

    /// <summary>The terms, numbered by their place here.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Each term's count over all compared articles.</summary>
    public long[] All { get; }

    /// <summary>
    /// Each term's count in one source's articles (zeros for a source without any). The span is valid until the next
    /// call: every source's counts are summed into the same array (the previous source's entries set back to zero).
    /// </summary>
    public ReadOnlySpan<long> Of(long sourceId)
    {
        _source ??= new long[All.Length];
        if (_summed is not null)
            foreach (var article in _summed)
                foreach (var term in article.Terms) _source[term] = 0;
        _summed = _bySource.GetValueOrDefault(sourceId);
        if (_summed is not null)
            foreach (var article in _summed)
                for (var j = 0; j < article.Terms.Length; j++) _source[article.Terms[j]] += article.Counts[j];
        return _source;
    }

    /// <summary>Sums the articles' numbered counts (<paramref name="data"/>'s articles name the sources).</summary>
    public static TermTotals Sum(ArticleData data)
    {
        var terms = data.TermNames ?? [];
        var sourceOf = data.Articles.ToDictionary(a => a.ArticleId, a => a.SourceId);
        var all = new long[terms.Count];
        var bySource = new Dictionary<long, List<ArticleTerms>>();
        foreach (var article in data.Terms)
        {
            var source = sourceOf[article.ArticleId];
            if (!bySource.TryGetValue(source, out var mine)) bySource[source] = mine = [];
            mine.Add(article);
            for (var j = 0; j < article.Terms.Length; j++) all[article.Terms[j]] += article.Counts[j];
        }
        return new TermTotals(terms, all, bySource);
    }
}
