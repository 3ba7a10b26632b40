using System.Numerics;

namespace FramingApi.Analysis.Statistics;

/// <summary>
/// One source's ratio figures, article by article: for each article and figure a numerator and a denominator (hedged
/// mentions and claim mentions of a target; loaded hits and own-voice words / 1,000; emphasis × words and words …),
/// so that the figure is Σ numerators / Σ denominators over the articles. The input of
/// <see cref="ClusterBootstrap.Estimate"/>, which resamples the articles once for all the figures.
/// </summary>
/// <remarks>
/// Stored flat, one row per article holding every figure's numerator and then every figure's denominator (each half
/// padded to a whole number of SIMD vectors), so that a resample adds whole rows with vector instructions. An article
/// that has nothing of a figure (no claim mention of the target) has 0 / 0 there: it counts among the articles that are
/// resampled but not among the figure's contributing articles.
/// </remarks>
public sealed class RatioTable
{
    readonly RatioKind[] _kinds;

    /// <param name="articleCount">The source's articles in the comparison (rows), ≥ 0.</param>
    /// <param name="kinds">One kind per figure (columns), in the order the figures are set and read back.</param>
    /// <param name="key">What the rows belong to, e.g. the source's slug: part of the seed, so that two sources with
    /// identical articles (syndicated copy) still get independent resamples. Null is a key like any other.</param>
    public RatioTable(int articleCount, IReadOnlyList<RatioKind> kinds, string? key = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articleCount);
        ArgumentNullException.ThrowIfNull(kinds);
        _kinds = [.. kinds];
        foreach (var kind in _kinds)
            if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kinds), kind, "Unknown ratio kind.");
        ArticleCount = articleCount;
        Key = key;
        var lanes = Vector<double>.Count;
        Padded = (_kinds.Length + lanes - 1) / lanes * lanes;
        Stride = 2 * Padded;
        Rows = new double[checked(articleCount * Stride)];
    }

    /// <summary>Rows: the source's articles.</summary>
    public int ArticleCount { get; }

    /// <summary>Columns: the figures.</summary>
    public int FigureCount => _kinds.Length;

    /// <summary>The key given at construction (part of the seed).</summary>
    public string? Key { get; }

    /// <summary>The kind of figure <paramref name="figure"/>.</summary>
    public RatioKind Kind(int figure) => _kinds[figure];

    /// <summary>
    /// Sets article <paramref name="article"/>'s numerator and denominator of figure <paramref name="figure"/>. Both
    /// finite; the denominator ≥ 0, and 0 only with a numerator of 0. <see cref="RatioKind.Share"/>: whole numbers,
    /// numerator ≤ denominator; <see cref="RatioKind.Rate"/>: a whole numerator ≥ 0; <see cref="RatioKind.Mean"/>:
    /// any numerator.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An index out of range, or values that break the rules above.</exception>
    public void Set(int article, int figure, double numerator, double denominator)
    {
        if ((uint)article >= (uint)ArticleCount) throw new ArgumentOutOfRangeException(nameof(article), article, "No such article.");
        if ((uint)figure >= (uint)_kinds.Length) throw new ArgumentOutOfRangeException(nameof(figure), figure, "No such figure.");
        if (!double.IsFinite(numerator) || !double.IsFinite(denominator) || denominator < 0 || (denominator == 0 && numerator != 0))
            throw new ArgumentOutOfRangeException(nameof(denominator),
                $"Article {article}, figure {figure}: {numerator} / {denominator} — both must be finite, the denominator ≥ 0 and 0 only with a numerator of 0.");
        var kind = _kinds[figure];
        if (kind != RatioKind.Mean && (numerator < 0 || numerator != Math.Floor(numerator)))
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, $"Article {article}, figure {figure}: a {kind} counts whole events ≥ 0.");
        if (kind == RatioKind.Share && (denominator != Math.Floor(denominator) || numerator > denominator))
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator,
                $"Article {article}, figure {figure}: a share counts whole units, at most as many as its denominator.");
        Rows[article * Stride + figure] = numerator == 0 ? 0 : numerator;
        Rows[article * Stride + Padded + figure] = denominator == 0 ? 0 : denominator;
    }

    /// <summary>Article <paramref name="article"/>'s numerator of figure <paramref name="figure"/>.</summary>
    public double Numerator(int article, int figure) => Rows[article * Stride + figure];

    /// <summary>Article <paramref name="article"/>'s denominator of figure <paramref name="figure"/>.</summary>
    public double Denominator(int article, int figure) => Rows[article * Stride + Padded + figure];

    /// <summary>Figures per half row, rounded up to whole vectors.</summary>
    internal int Padded { get; }

    /// <summary>Doubles per row: numerators, then denominators.</summary>
    internal int Stride { get; }

    /// <summary>The rows, article-major.</summary>
    internal double[] Rows { get; }
}
