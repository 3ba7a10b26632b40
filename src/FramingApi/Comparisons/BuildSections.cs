using System.Diagnostics;
using System.Text;

namespace FramingApi.Comparisons;

/// <summary>
/// Where a comparison build spends its time, section by section (reading the ids, the per-article data, the analyses,
/// shared text, term counts; per-source sums, intervals, distinctive terms …): <see cref="ComparisonCache"/> starts
/// one per build and writes it into its "Built comparison" log line, so a cold build's profile is read from the log.
/// Sections are laps of one stopwatch, marked by the code that ends them; without a current instance nothing is kept.
/// </summary>
public sealed class BuildSections
{
    static readonly AsyncLocal<BuildSections?> CurrentSections = new();
    readonly StringBuilder _laps = new();
    long _lap = Stopwatch.GetTimestamp();

    /// <summary>Starts the sections of the build running in this asynchronous flow.</summary>
    public static BuildSections Start() => CurrentSections.Value = new BuildSections();

    /// <summary>Ends the current section (since the previous mark) under <paramref name="name"/>.</summary>
    public static void Mark(string name) => CurrentSections.Value?.Lap(name);

    void Lap(string name)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_laps) _laps.Append(_laps.Length == 0 ? "" : ", ").Append(name).Append(' ')
            .Append(Stopwatch.GetElapsedTime(_lap, now).TotalMilliseconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        _lap = now;
    }

    /// <summary>The sections so far, e.g. "ids 2.1, data 25.0, analyses 23.9".</summary>
    public override string ToString()
    {
        lock (_laps) return _laps.ToString();
    }
}
