using MathNet.Numerics.Distributions;

namespace FramingApi.Analysis.Statistics;

/// <summary>
/// The Wilson score interval for a binomial proportion: Wilson (1927), "Probable inference, the law of succession, and
/// statistical inference", JASA 22(158), 209–212; method 3 of Newcombe (1998), "Two-sided confidence intervals for the
/// single proportion: comparison of seven methods", Statistics in Medicine 17, 857–872, which recommends it over the
/// Wald interval for its coverage near 0 and 1 and with few trials.
/// </summary>
public static class WilsonInterval
{
    /// <summary>
    /// The interval for <paramref name="successes"/> of <paramref name="trials"/>, with p̂ = x / n and z the standard
    /// normal quantile at 1 − (1 − confidence) / 2:
    /// <code>
    /// centre = (p̂ + z² / 2n) / (1 + z² / n)
    /// half   = z / (1 + z² / n) · √(p̂ (1 − p̂) / n + z² / 4n²)
    /// </code>
    /// clamped to [0, 1] (it never leaves it; the clamp only removes rounding). 0 of n gives [0, z² / (n + z²)], n of n
    /// gives [n / (n + z²), 1]. Counts may be fractional (for a share of summed weights).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">trials ≤ 0, successes outside [0, trials], or confidence outside
    /// (0, 1).</exception>
    public static ConfidenceBounds Compute(double successes, double trials, double confidence = 0.95)
    {
        if (!(trials > 0) || double.IsInfinity(trials))
            throw new ArgumentOutOfRangeException(nameof(trials), trials, "Trials must be positive and finite.");
        if (!(successes >= 0 && successes <= trials))
            throw new ArgumentOutOfRangeException(nameof(successes), successes, "Successes must be between 0 and the trials.");
        var z = NormalQuantile(confidence);
        var p = successes / trials;
        var z2n = z * z / trials;
        var centre = (p + z2n / 2) / (1 + z2n);
        var half = z / (1 + z2n) * Math.Sqrt(p * (1 - p) / trials + z2n / (4 * trials));
        // Exact ends where the formula's rounding could otherwise leave 1e-17 instead of 0 (or 1 − 1e-16 for 1).
        var low = successes == 0 ? 0 : Math.Max(0, centre - half);
        var high = successes == trials ? 1 : Math.Min(1, centre + half);
        return new ConfidenceBounds(low, high);
    }

    /// <summary>
    /// A figure whose unit is the article (a topic's coverage: the share of a source's articles that mention it; the
    /// share of its articles that use anonymous sources): <paramref name="articlesWith"/> of
    /// <paramref name="articles"/>, with its Wilson interval and support (n_mentions null). No articles: undefined.
    /// </summary>
    public static FigureEstimate ForArticles(int articlesWith, int articles, LowNRule? lowN = null, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        var support = (lowN ?? LowNRule.Default).Support(articles, null);
        if (articles == 0) return FigureEstimate.Undefined(support);
        return FigureEstimate.With((double)articlesWith / articles, Compute(articlesWith, articles, confidence), IntervalMethod.Wilson, support);
    }

    /// <summary>z at 1 − (1 − confidence) / 2; 1.959963984540054 for 95 %.</summary>
    internal static double NormalQuantile(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be between 0 and 1.");
        return confidence == 0.95 ? 1.959963984540054 : Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2);
    }
}
