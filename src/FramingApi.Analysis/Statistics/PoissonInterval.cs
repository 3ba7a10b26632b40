using MathNet.Numerics.Distributions;

namespace FramingApi.Analysis.Statistics;

/// <summary>
/// The exact (central) interval for a Poisson count: Garwood (1936), "Fiducial limits for the Poisson distribution",
/// Biometrika 28(3/4), 437–442. For a count c at confidence 1 − α, with χ²(p; ν) the p-quantile of the chi-square
/// distribution with ν degrees of freedom:
/// <code>
/// low  = χ²(α/2; 2c) / 2          (0 when c = 0)
/// high = χ²(1 − α/2; 2c + 2) / 2
/// </code>
/// e.g. 95 %: 0 → [0, 3.689], 1 → [0.0253, 5.572], 10 → [4.795, 18.390].
/// </summary>
public static class PoissonInterval
{
    /// <summary>The interval of the rate <paramref name="count"/> / <paramref name="exposure"/>: the count's exact
    /// interval divided by the exposure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">count negative or not whole, exposure ≤ 0, or confidence outside
    /// (0, 1).</exception>
    public static ConfidenceBounds Compute(double count, double exposure = 1, double confidence = 0.95)
    {
        if (!(count >= 0) || double.IsInfinity(count) || count != Math.Floor(count))
            throw new ArgumentOutOfRangeException(nameof(count), count, "The count must be a whole number ≥ 0.");
        if (!(exposure > 0) || double.IsInfinity(exposure))
            throw new ArgumentOutOfRangeException(nameof(exposure), exposure, "The exposure must be positive and finite.");
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be between 0 and 1.");
        var alpha = 1 - confidence;
        var low = count == 0 ? 0 : ChiSquared.InvCDF(2 * count, alpha / 2) / 2;
        var high = ChiSquared.InvCDF(2 * count + 2, 1 - alpha / 2) / 2;
        return new ConfidenceBounds(low / exposure, high / exposure);
    }
}
