using MathNet.Numerics.Distributions;

namespace FramingApi.Analysis.Statistics;

/// <summary>
/// What a ratio figure's interval by linearisation needs from its articles (i = 1 … k, the contributing articles: those
/// with a non-zero denominator xᵢ; yᵢ the numerator): k, Σy, Σx, Σy², Σx², Σxy, and whether the articles' ratios
/// yᵢ / xᵢ differ (<paramref name="MinRatio"/> &lt; <paramref name="MaxRatio"/>). Sums a database can make in one
/// pass, so that a figure over thousands of articles never reads them one by one.
/// </summary>
public readonly record struct RatioSums(int Contributing, double SumY, double SumX, double SumYY, double SumXX, double SumXY, double MinRatio,
    double MaxRatio)
{
    /// <summary>The sums of some articles' (numerator, denominator) pairs (articles with a zero denominator are left out).</summary>
    public static RatioSums Of(IEnumerable<(double Y, double X)> articles)
    {
        int k = 0;
        double y = 0, x = 0, yy = 0, xx = 0, xy = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var (yi, xi) in articles)
        {
            if (xi == 0) continue;
            k++;
            (y, x, yy, xx, xy) = (y + yi, x + xi, yy + yi * yi, xx + xi * xi, xy + xi * yi);
            min = Math.Min(min, yi / xi);
            max = Math.Max(max, yi / xi);
        }
        return new RatioSums(k, y, x, yy, xx, xy, k == 0 ? 0 : min, k == 0 ? 0 : max);
    }
}

/// <summary>
/// A 95 % (or other) interval for a ratio figure θ̂ = Σy / Σx over articles, from sums alone (<see cref="RatioSums"/>):
/// the cluster-robust linearisation (Taylor / delta-method) variance of a ratio estimator, the article being the cluster
/// (Cochran 1977, "Sampling Techniques", §6.4 and §11.8; Wolter 2007, "Introduction to Variance Estimation", ch. 6).
/// Mentions of one article stay together in its (yᵢ, xᵢ), so their dependence is kept, as in the cluster bootstrap.
/// </summary>
/// <remarks>
/// <para>With eᵢ = yᵢ − θ̂ xᵢ (Σ eᵢ = 0): v(θ̂) = k / (k − 1) · Σ eᵢ² / (Σx)², and Σ eᵢ² = Σy² − 2θ̂ Σxy + θ̂² Σx².
/// The interval is built on the scale where the figure is unbounded and then mapped back, so that it stays inside the
/// figure's range and is not symmetric near its ends: a <see cref="RatioKind.Share"/> on the logit scale
/// (se = √v / (θ̂(1 − θ̂))), a <see cref="RatioKind.Rate"/> on the log scale (se = √v / θ̂), a
/// <see cref="RatioKind.Mean"/> as it is, kept within the articles' smallest and largest values. The quantile is
/// Student's t with k − 1 degrees of freedom (few clusters).</para>
/// <para>Fallbacks as <see cref="ClusterBootstrap"/>'s: no contributing article — undefined; one, or all at the same
/// ratio — Wilson (share), exact Poisson (rate), none or zero width (mean).</para>
/// <para>Why here and not the bootstrap: a time series has a figure in every source × bucket cell (1,040 for 20
/// sources × 52 weeks) over up to 100,000 articles; 2,000 resamples of each cell cost seconds, while these sums come
/// from the database with the figure. The coverage simulations (docs/COMPARISON.md) put it at 93–97 % from about 20
/// articles a cell; with fewer articles it is too narrow, as the bootstrap is, and the cell is low_n below 8.</para>
/// </remarks>
public static class RatioLinearisation
{
    /// <summary>The figure, its interval and support.</summary>
    /// <param name="kind">What kind of ratio it is.</param>
    /// <param name="sums">Its articles' sums.</param>
    /// <param name="lowN">The low_n rule (default <see cref="LowNRule.Default"/>).</param>
    /// <param name="confidence">The interval's level, default 0.95.</param>
    public static FigureEstimate Estimate(RatioKind kind, RatioSums sums, LowNRule? lowN = null, double confidence = 0.95)
    {
        if (!(confidence > 0 && confidence < 1)) throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Between 0 and 1.");
        var (k, y, x) = (sums.Contributing, sums.SumY, sums.SumX);
        var support = (lowN ?? LowNRule.Default).Support(k, kind switch
        {
            RatioKind.Share => (long)Math.Round(x),
            RatioKind.Rate => (long)Math.Round(y),
            _ => null,
        });
        if (k == 0 || x == 0) return FigureEstimate.Undefined(support);
        var value = y / x;
        if (k == 1 || !(sums.MinRatio < sums.MaxRatio))
            return kind switch
            {
                RatioKind.Share => FigureEstimate.With(value, WilsonInterval.Compute(y, x, confidence), IntervalMethod.Wilson, support),
                RatioKind.Rate => FigureEstimate.With(value, PoissonInterval.Compute(y, x, confidence), IntervalMethod.PoissonExact, support),
                _ when k == 1 => new FigureEstimate(value, null, null, IntervalMethod.None, support),
                _ => FigureEstimate.With(value, new ConfidenceBounds(value, value), IntervalMethod.NoVariation, support),
            };

        var residuals = Math.Max(0, sums.SumYY - 2 * value * sums.SumXY + value * value * sums.SumXX);
        var se = Math.Sqrt((double)k / (k - 1) * residuals) / x;
        var t = Quantile(k - 1, 1 - (1 - confidence) / 2);
        var bounds = kind switch
        {
            // Varying ratios put a share strictly between 0 and 1 and a rate above 0: both transforms are defined.
            RatioKind.Share => Mapped(Logit(value), t * se / (value * (1 - value)), Expit),
            RatioKind.Rate => Mapped(Math.Log(value), t * se / value, Math.Exp),
            _ => new ConfidenceBounds(Math.Max(sums.MinRatio, value - t * se), Math.Min(sums.MaxRatio, value + t * se)),
        };
        return FigureEstimate.With(value, bounds, IntervalMethod.Linearised, support);
    }

    // MathNet's StudentT.InvCDF finds the root of the CDF by iteration (tens of microseconds): a time series asks it for
    // every one of its 1,040 cells, with few distinct degrees of freedom. Remembered for up to 4,096 (df, p) pairs.
    static readonly System.Collections.Concurrent.ConcurrentDictionary<(int Df, double P), double> Quantiles = new();

    static double Quantile(int df, double p) =>
        Quantiles.TryGetValue((df, p), out var t) ? t
        : Quantiles.Count < 4096 ? Quantiles.GetOrAdd((df, p), key => StudentT.InvCDF(0, 1, key.Df, key.P)) : StudentT.InvCDF(0, 1, df, p);

    static ConfidenceBounds Mapped(double centre, double halfWidth, Func<double, double> back) =>
        new(back(centre - halfWidth), back(centre + halfWidth));

    static double Logit(double p) => Math.Log(p / (1 - p));

    static double Expit(double z) => 1 / (1 + Math.Exp(-z));
}
