using System.Globalization;

namespace FramingApi.Benchmarks.Learning;

/// <summary>The <c>learn</c> command's checks of the options it writes into a claim-sentence model file (linked into the
/// analysis tests).</summary>
public static class ModelOptionChecks
{
    /// <summary>Why <c>--cue-threshold</c> cannot be written into a model file, or null when it can: a model's
    /// <c>cueThreshold</c> is from its threshold (the largest of <c>--nested</c> when given) to 1, and a bar below the
    /// threshold is refused, not raised silently (mend10).</summary>
    public static string? CueThresholdError(double threshold, double? cue, IReadOnlyList<double>? nested)
    {
        if (cue is not { } bar) return null;
        var floor = nested?.Max() ?? threshold;
        if (bar >= floor && bar <= 1) return null;
        var named = nested is null ? $"--threshold {threshold.ToString(CultureInfo.InvariantCulture)}"
            : $"the --nested threshold {floor.ToString(CultureInfo.InvariantCulture)}";
        return $"--cue-threshold {bar.ToString(CultureInfo.InvariantCulture)} is {(bar > 1 ? "above 1" : $"below {named}")}: a model's cueThreshold must be from its threshold to 1";
    }
}
