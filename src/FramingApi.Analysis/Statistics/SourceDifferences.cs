namespace FramingApi.Analysis.Statistics;

/// <summary>One source's articles for one figure: per article a numerator and a denominator (as for
/// <see cref="RatioTable.Set"/>).</summary>
/// <param name="Source">The source's key (slug); distinct within a comparison, and part of its bootstrap seed.</param>
/// <param name="Numerators">Per article, the figure's numerator.</param>
/// <param name="Denominators">Per article, the figure's denominator (0 with a numerator of 0: the article has nothing
/// of the figure).</param>
public sealed record SourceArticles(string Source, double[] Numerators, double[] Denominators);

/// <summary>Settings of <see cref="SourceDifferences.Compare"/>.</summary>
public sealed record DifferenceOptions
{
    /// <summary>The defaults of <see cref="BootstrapOptions"/> and <see cref="PermutationOptions"/>.</summary>
    public static DifferenceOptions Default { get; } = new();

    /// <summary>Resamples, confidence and low_n rule of each source's bootstrap; the confidence also sets the
    /// difference intervals and the rank intervals.</summary>
    public BootstrapOptions Bootstrap { get; init; } = BootstrapOptions.Default;

    /// <summary>The permutation tests of the pairs.</summary>
    public PermutationOptions Permutation { get; init; } = PermutationOptions.Default;
}

/// <summary>The difference of one figure between two sources.</summary>
/// <param name="First">The first source's key.</param>
/// <param name="Second">The second source's key.</param>
/// <param name="Difference">First's figure minus second's; null when either is undefined.</param>
/// <param name="CiLow">Lower bound of the difference's interval (MOVER); null when either figure has no interval.</param>
/// <param name="CiHigh">Upper bound of the difference's interval; null likewise.</param>
/// <param name="PValue">Two-sided permutation p value over the two sources' articles; null when either has no
/// contributing article.</param>
/// <param name="QValue">Benjamini–Hochberg q value across all pairs with a p value; null without a p value.</param>
/// <param name="ExactP">True when the p value enumerated every split of the articles, false for Monte Carlo.</param>
/// <param name="Splits">Splits behind the p value (all of them when exact, else the random ones).</param>
public sealed record SourceDifference(string First, string Second, double? Difference, double? CiLow, double? CiHigh,
    double? PValue, double? QValue, bool ExactP, long Splits);

/// <summary>A source's rank on one figure among the compared sources, with its interval.</summary>
/// <param name="Source">The source's key.</param>
/// <param name="Rank">1 = the highest figure; tied sources share the best of their ranks ("competition ranking": 1 +
/// the number of sources strictly above). Null when the figure is undefined (such sources are not ranked).</param>
/// <param name="RankLow">The best rank the source plausibly has: the α/2 percentile of its rank over the bootstrap
/// resamples (whole ranks: the inverse of their empirical distribution); null when not ranked.</param>
/// <param name="RankHigh">The worst plausible rank: the 1 − α/2 percentile; null when not ranked.</param>
public sealed record SourceRank(string Source, int? Rank, int? RankLow, int? RankHigh);

/// <summary>One figure compared across sources: each source's estimate, every pair's difference and the ranking.</summary>
/// <param name="Sources">Each source's figure with its interval and support, in the input order.</param>
/// <param name="Pairs">Every pair (i, j), i before j in the input order: C(s, 2) rows.</param>
/// <param name="Ranking">Each source's rank and rank interval, in the input order.</param>
public sealed record MetricComparison(IReadOnlyList<FigureEstimate> Sources, IReadOnlyList<SourceDifference> Pairs,
    IReadOnlyList<SourceRank> Ranking);

/// <summary>
/// Differences of one figure between sources, their significance, and the sources' ranking with rank intervals — the
/// statistics of the comparison's "differences" answer.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Each source: <see cref="ClusterBootstrap"/> of its articles (its own seed, from its key and articles).</item>
/// <item>Difference of two sources: θ₁ − θ₂ with the MOVER interval built from the two sources' own intervals (Zou
/// &amp; Donner 2008, "Construction of confidence limits about effect measures: a general approach", Statistics in
/// Medicine 27, 1693–1702; with Wilson intervals this is Newcombe's 1998 method 10 for two proportions):
/// low = d − √((θ₁ − l₁)² + (u₂ − θ₂)²), high = d + √((u₁ − θ₁)² + (θ₂ − l₂)²). It inherits each interval's small-sample
/// corrections and fallbacks, and the bootstrap stays within each source, as the sources are sampled independently.</item>
/// <item>p value: <see cref="PermutationTest.RatioDifference"/> over the pair's articles.</item>
/// <item>q value: <see cref="BenjaminiHochberg.Adjust"/> over all pairs that have a p value.</item>
/// <item>Ranks: in each bootstrap resample b the sources are ranked by their θ*_b (resample b of every source; a source
/// whose resample has no contributing article sits that resample out and is passed over by the others), with the
/// same competition ranking as the point rank; a source's rank interval is the α/2 and 1 − α/2 percentiles of its
/// ranks (Goldstein &amp; Spiegelhalter 1996, "League tables and their limitations", JRSS A 159(3), 385–443). Hall
/// &amp; Miller (2009, Annals of Statistics 37(6B), 3929–3959) show such intervals are too narrow for sources whose
/// true values tie; read overlapping intervals as "not told apart".</item>
/// </list>
/// </remarks>
public static class SourceDifferences
{
    /// <summary>Compares the figure (of kind <paramref name="kind"/>) across <paramref name="sources"/>.</summary>
    /// <exception cref="ArgumentException">Two sources with one key, or numerators and denominators of different
    /// lengths; values as <see cref="RatioTable.Set"/> rejects them.</exception>
    public static MetricComparison Compare(IReadOnlyList<SourceArticles> sources, RatioKind kind, DifferenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        options ??= DifferenceOptions.Default;
        var bootstrap = options.Bootstrap.Checked();
        var permutation = options.Permutation.Checked();
        var count = sources.Count;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            ArgumentNullException.ThrowIfNull(s);
            if (!keys.Add(s.Source)) throw new ArgumentException($"Source '{s.Source}' is listed twice.", nameof(sources));
            if (s.Numerators.Length != s.Denominators.Length)
                throw new ArgumentException($"Source '{s.Source}': as many numerators as denominators.", nameof(sources));
        }

        // Each source's bootstrap, keeping its resampled figure (replicate b at b).
        var resamples = bootstrap.Resamples;
        var estimates = new FigureEstimate[count];
        var replicates = new double[count][];
        for (var s = 0; s < count; s++)
        {
            var source = sources[s];
            var table = new RatioTable(source.Numerators.Length, [kind], source.Source);
            for (var i = 0; i < source.Numerators.Length; i++) table.Set(i, 0, source.Numerators[i], source.Denominators[i]);
            replicates[s] = new double[resamples];
            estimates[s] = ClusterBootstrap.Run(table, bootstrap, replicates[s], out _)[0];
        }

        var pairs = new List<SourceDifference>(count * (count - 1) / 2);
        var pValues = new List<double>();
        var tested = new List<int>();
        for (var i = 0; i < count; i++)
            for (var j = i + 1; j < count; j++)
            {
                var (a, b) = (estimates[i], estimates[j]);
                double? difference = a.Value - b.Value;
                double? low = null, high = null;
                if (a is { Value: { } va, CiLow: { } la, CiHigh: { } ua } && b is { Value: { } vb, CiLow: { } lb, CiHigh: { } ub })
                {
                    var d = va - vb;
                    low = d - Math.Sqrt((va - la) * (va - la) + (ub - vb) * (ub - vb));
                    high = d + Math.Sqrt((ua - va) * (ua - va) + (vb - lb) * (vb - lb));
                }
                var test = PermutationTest.RatioDifference(sources[i].Numerators, sources[i].Denominators,
                    sources[j].Numerators, sources[j].Denominators, permutation);
                if (test.PValue is { } p)
                {
                    pValues.Add(p);
                    tested.Add(pairs.Count);
                }
                pairs.Add(new SourceDifference(sources[i].Source, sources[j].Source, difference, low, high,
                    test.PValue, null, test.Exact, test.Splits));
            }
        var q = BenjaminiHochberg.Adjust(pValues);
        for (var t = 0; t < tested.Count; t++) pairs[tested[t]] = pairs[tested[t]] with { QValue = q[t] };

        var ranking = Rank(sources, estimates, replicates, resamples, bootstrap.Confidence);
        return new MetricComparison(estimates, pairs, ranking);
    }

    static SourceRank[] Rank(IReadOnlyList<SourceArticles> sources, FigureEstimate[] estimates, double[][] replicates,
        int resamples, double confidence)
    {
        var count = sources.Count;
        var ranked = new List<int>(count);
        for (var s = 0; s < count; s++)
            if (estimates[s].Value is not null) ranked.Add(s);

        // histogram[s][r − 1]: resamples in which source s had rank r.
        var histogram = new int[count][];
        foreach (var s in ranked) histogram[s] = new int[ranked.Count];
        for (var b = 0; b < resamples; b++)
        {
            foreach (var s in ranked)
            {
                var v = replicates[s][b];
                if (double.IsNaN(v)) continue;
                var rank = 1;
                foreach (var t in ranked)
                    if (replicates[t][b] > v) rank++; // NaN compares false: a source sitting out passes nobody
                histogram[s][rank - 1]++;
            }
        }

        var alpha = 1 - confidence;
        var result = new SourceRank[count];
        for (var s = 0; s < count; s++)
        {
            if (estimates[s].Value is not { } value)
            {
                result[s] = new SourceRank(sources[s].Source, null, null, null);
                continue;
            }
            var point = 1;
            foreach (var t in ranked)
                if (estimates[t].Value > value) point++;
            result[s] = new SourceRank(sources[s].Source, point,
                Percentile(histogram[s], alpha / 2), Percentile(histogram[s], 1 - alpha / 2));
        }
        return result;
    }

    /// <summary>The rank at which the cumulative count first reaches ⌈m·p⌉ (at least 1): the inverse of the ranks'
    /// empirical distribution (type 1 of Hyndman &amp; Fan 1996), so a rank interval holds whole ranks.</summary>
    static int? Percentile(int[] histogram, double p)
    {
        var m = 0;
        foreach (var c in histogram) m += c;
        if (m == 0) return null;
        // The small allowance keeps m·p = 50.000000000000007 (2,000 × 0.025 in binary) from rounding up to 51.
        var needed = Math.Max(1, (int)Math.Ceiling(m * p - 1e-9));
        var cumulative = 0;
        for (var r = 0; r < histogram.Length; r++)
        {
            cumulative += histogram[r];
            if (cumulative >= needed) return r + 1;
        }
        return histogram.Length;
    }
}
