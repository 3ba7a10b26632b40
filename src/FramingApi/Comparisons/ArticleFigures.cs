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
/// declare all of the group's articles, not only those with rows. An article whose denominator is 0 has nothing of the
/// figure, whatever its numerator (hits counted in an article without words cannot be a rate). The figures of a group
/// share its resamples (the library seeds them from the whole table), so a figure's interval is the same whichever
/// order the rows are added in, but may differ in its last digits when the group holds other figures. The seed of the resampling is the key and the data,
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
        // Figures in a canonical order (by their text): the seed hashes the table column by column, so the order in
        // which rows came in must not change it.
        var columns = _figures.OrderBy(f => f.Key.ToString(), StringComparer.Ordinal).Select(f => (f.Key, Column: f.Value)).ToList();
        var table = new RatioTable(_articles.Count, [.. columns.Select(c => _kinds[c.Column])], _key);
        for (var f = 0; f < columns.Count; f++)
        {
            var (numerators, denominators) = (_numerators[columns[f].Column], _denominators[columns[f].Column]);
            for (var a = 0; a < numerators.Length; a++)
                if (denominators[a] != 0) table.Set(a, f, numerators[a], denominators[a]);
        }
        var estimates = ClusterBootstrap.Estimate(table, options);
        return columns.Select((c, f) => (c.Key, Estimate: estimates[f])).ToDictionary(c => c.Key, c => c.Estimate);
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
