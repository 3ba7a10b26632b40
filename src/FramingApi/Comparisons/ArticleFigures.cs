using FramingApi.Analysis.Statistics;

namespace FramingApi.Comparisons;

/// <summary>
/// The figures of one group of articles — a source in a comparison, one bucket of a source in a time series — read
/// article by article and estimated together: for each figure and article a numerator and a denominator (added up
/// as the store's per-article rows come in), then one <see cref="RatioTable"/> and one <see cref="ClusterBootstrap"/>
/// whose resamples of the articles every figure shares. The glue between the per-article rows of
/// <see cref="ComparisonsStore.ArticleData"/> and the <see cref="FigureEstimate"/> (value, 95 % interval,
/// n_articles, n_mentions, low_n) that each number of the API carries (docs/COMPARISON.md, "Uncertainty").
/// </summary>
/// <typeparam name="TFigure">What names a figure (a record of target, actor, voice and framing, a category …).</typeparam>
/// <remarks>
/// Every article of the group takes part in the resampling, also those that have nothing of a figure (0 / 0 there):
/// declare all of the group's articles, not only those with rows. The seed of the resampling is the key and the data,
/// so the same articles give the same intervals (and the same ETag) in every process.
/// </remarks>
public sealed class ArticleFigures<TFigure> where TFigure : notnull
{
    readonly string _key;
    readonly Dictionary<long, int> _articles;
    readonly Dictionary<TFigure, int> _figures = [];
    readonly List<RatioKind> _kinds = [];
    readonly List<double[]> _numerators = [];
    readonly List<double[]> _denominators = [];

    /// <param name="key">What the articles belong to, e.g. the source's slug: part of the bootstrap's seed, so that two
    /// sources with identical articles (syndicated copy) still get independent resamples.</param>
    /// <param name="articleIds">Every article of the group (distinct).</param>
    public ArticleFigures(string key, IEnumerable<long> articleIds)
    {
        _key = key;
        _articles = [];
        foreach (var id in articleIds)
            if (!_articles.TryAdd(id, _articles.Count)) throw new ArgumentException($"Article {id} is listed twice.", nameof(articleIds));
    }

    /// <summary>The group's articles.</summary>
    public int ArticleCount => _articles.Count;

    /// <summary>Whether <paramref name="articleId"/> is one of the group's articles.</summary>
    public bool Contains(long articleId) => _articles.ContainsKey(articleId);

    /// <summary>
    /// Declares a figure of <paramref name="kind"/> (once; later calls must give the same kind), so that it is estimated
    /// even when no article adds to it (it is then undefined, or 0 with its interval when articles have its denominator).
    /// </summary>
    public void Declare(TFigure figure, RatioKind kind) => Column(figure, kind);

    /// <summary>Adds <paramref name="numerator"/> / <paramref name="denominator"/> to an article's share of a figure.</summary>
    /// <exception cref="ArgumentException">The article is not one of the group's, or the figure was declared with another kind.</exception>
    public void Add(TFigure figure, RatioKind kind, long articleId, double numerator, double denominator)
    {
        if (!_articles.TryGetValue(articleId, out var article))
            throw new ArgumentException($"Article {articleId} is not one of {_key}'s.", nameof(articleId));
        var column = Column(figure, kind);
        _numerators[column][article] += numerator;
        _denominators[column][article] += denominator;
    }

    /// <summary>
    /// Every declared figure with its estimate: Σ numerators / Σ denominators over the articles, its interval (cluster
    /// bootstrap over the articles, or the fallbacks of <see cref="ClusterBootstrap"/>) and what it rests on.
    /// </summary>
    public IReadOnlyDictionary<TFigure, FigureEstimate> Estimate(BootstrapOptions? options = null)
    {
        var table = new RatioTable(_articles.Count, _kinds, _key);
        for (var f = 0; f < _kinds.Count; f++)
        {
            var (numerators, denominators) = (_numerators[f], _denominators[f]);
            for (var a = 0; a < numerators.Length; a++)
                if (denominators[a] != 0 || numerators[a] != 0) table.Set(a, f, numerators[a], denominators[a]);
        }
        var estimates = ClusterBootstrap.Estimate(table, options);
        return _figures.ToDictionary(f => f.Key, f => estimates[f.Value]);
    }

    int Column(TFigure figure, RatioKind kind)
    {
        if (_figures.TryGetValue(figure, out var column))
        {
            if (_kinds[column] != kind) throw new ArgumentException($"Figure {figure} is a {_kinds[column]}, not a {kind}.", nameof(kind));
            return column;
        }
        column = _kinds.Count;
        _figures[figure] = column;
        _kinds.Add(kind);
        _numerators.Add(new double[_articles.Count]);
        _denominators.Add(new double[_articles.Count]);
        return column;
    }
}
