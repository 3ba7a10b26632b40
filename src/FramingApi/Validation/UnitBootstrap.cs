using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Validation;

/// <summary>
/// A seeded percentile bootstrap over units (Efron &amp; Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13):
/// each resample draws as many units as there are, with replacement, and recomputes the figure; the 95 % interval is
/// the 2.5th and 97.5th percentiles of the resampled figures (linear interpolation between order statistics,
/// Hyndman &amp; Fan 1996 type 7). Units are resampled because codes cluster in units: every coder's value of a unit
/// moves together.
/// </summary>
/// <remarks>
/// For alpha and kappa only: the statistics library's <see cref="Analysis.Statistics.ClusterBootstrap"/> resamples
/// ratio figures (Σ numerators / Σ denominators over the clusters), which the report's shares are — the report uses it
/// for them — but alpha and kappa are not: they are computed from the whole coincidence or confusion matrix of each
/// resample, by the library's <see cref="Analysis.Statistics.Agreement"/>. The generator is SplitMix64 (Steele, Lea &amp; Flood 2014), spelled out so the
/// intervals do not change with the .NET version (<see cref="Random"/> promises no stable sequence across versions).
/// Every figure of a report is resampled with the same seed, so they are computed on the same resamples.
/// </remarks>
public sealed class UnitBootstrap(int units, int resamples, long seed)
{
    int[][]? _draws;

    /// <summary>Resamples drawn.</summary>
    public int Resamples => resamples;

    /// <summary>The figure over all units and its 95 % interval over the resamples in which it is defined.</summary>
    public Estimate Estimate(Func<IReadOnlyList<int>, double?> figure)
    {
        var all = Enumerable.Range(0, units).ToArray();
        var value = figure(all);
        if (value is null || units == 0 || resamples == 0) return new Estimate(value, null, null, EstimateMethodNames.None, 0);
        var replicates = new List<double>(resamples);
        foreach (var draw in Draws())
            if (figure(draw) is { } v && double.IsFinite(v)) replicates.Add(v);
        if (replicates.Count == 0) return new Estimate(value, null, null, EstimateMethodNames.None, 0);
        replicates.Sort();
        return new Estimate(value, Quantile(replicates, 0.025), Quantile(replicates, 0.975), EstimateMethodNames.PercentileBootstrap, replicates.Count);
    }

    int[][] Draws()
    {
        if (_draws is not null) return _draws;
        var state = unchecked((ulong)seed);
        var draws = new int[resamples][];
        for (var r = 0; r < resamples; r++)
        {
            var draw = new int[units];
            for (var i = 0; i < units; i++) draw[i] = (int)((UInt128)Next(ref state) * (ulong)units >> 64);
            draws[r] = draw;
        }
        return _draws = draws;
    }

    /// <summary>SplitMix64: the next 64-bit value of the sequence.</summary>
    public static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The p-quantile of sorted values, type 7: linear between the order statistics around (n − 1)·p.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
