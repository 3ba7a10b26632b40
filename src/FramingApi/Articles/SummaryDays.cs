namespace FramingApi.Articles;

/// <summary>One metric summary row as written (<c>article_metric_summaries</c>): its parts' codes ascending and their values.</summary>
public readonly record struct WrittenSummary(long ArticleId, long VersionId, long? SourceId, DateTime? PublishedAt, int[] Codes, double[] Vals);

/// <summary>One row of <c>metric_summary_days</c>: a lexicon version's summaries of one source and UTC day, summed.</summary>
public sealed record SummaryDay(long VersionId, long SourceId, DateOnly Day, int N, long IdSum, int[] XCodes, int[] YCodes, double[] Vals);

/// <summary>
/// The per-day rollups of new summary rows, summed in memory by their writer exactly as the database's
/// <c>metric_summary_day_sums</c> sums them (migrations 0045, 0046, 0048; docs/SCALING.md "Per-day rollups"), so that a
/// bulk import does not have them summed again in SQL. Per lexicon version, source and UTC day of the rows that have a
/// source and a publication time: n, the sum of the article ids, and per part code an entry — a denominator part x its
/// k (rows where x &gt; 0), Σx, Σx²; a numerator part y, paired with its denominator part x (<c>metric_summary_pairing</c>),
/// its k′ (rows where x &gt; 0), Σy, Σy², Σxy, and the smallest and largest y / x (0 when k′ = 0). A part without a
/// denominator part is left out, as the database's join leaves it out. Pure: no I/O.
/// </summary>
public static class SummaryDays
{
    /// <summary>The day rows of <paramref name="rows"/>, in key order.</summary>
    /// <param name="rows">The summary rows written.</param>
    /// <param name="pairing">Each code's denominator part's code (a denominator's is its own); codes not in it have none.</param>
    public static List<SummaryDay> Sum(IEnumerable<WrittenSummary> rows, IReadOnlyDictionary<int, int> pairing)
    {
        var days = new SortedDictionary<(long Version, long Source, DateOnly Day), Day>();
        foreach (var row in rows)
        {
            if (row.SourceId is not { } source || row.PublishedAt is not { } published) continue;
            var key = (row.VersionId, source, DateOnly.FromDateTime(published));
            if (!days.TryGetValue(key, out var day)) days[key] = day = new Day();
            day.N++;
            day.IdSum += row.ArticleId;
            for (var i = 0; i < row.Codes.Length; i++)
            {
                var code = row.Codes[i];
                if (!pairing.TryGetValue(code, out var xCode)) continue;
                var val = row.Vals[i];
                if (xCode == code)
                {
                    var e = Entry(day.X, code);
                    if (val > 0) { e.K++; e.S1 += val; e.S2 += val * val; }
                }
                else
                {
                    var e = Entry(day.Y, code);
                    var at = Array.BinarySearch(row.Codes, xCode);
                    var x = at >= 0 ? row.Vals[at] : 0;
                    if (x > 0)
                    {
                        var ratio = val / x;
                        e.Lo = e.K == 0 ? ratio : Math.Min(e.Lo, ratio);
                        e.Hi = e.K == 0 ? ratio : Math.Max(e.Hi, ratio);
                        e.K++; e.S1 += val; e.S2 += val * val; e.S3 += x * val;
                    }
                }
            }
        }
        return days.Select(d => d.Value.Pack(d.Key.Version, d.Key.Source, d.Key.Day)).ToList();
    }

    static Sums Entry(Dictionary<int, Sums> entries, int code)
    {
        if (!entries.TryGetValue(code, out var e)) entries[code] = e = new Sums();
        return e;
    }

    sealed class Sums
    {
        public double K, S1, S2, S3, Lo, Hi;
    }

    sealed class Day
    {
        public int N;
        public long IdSum;
        public readonly Dictionary<int, Sums> X = [];
        public readonly Dictionary<int, Sums> Y = [];

        // The x entries' three values each in the order of x_codes, then the y entries' six each (migration 0045).
        public SummaryDay Pack(long version, long source, DateOnly day)
        {
            int[] xCodes = [.. X.Keys.Order()], yCodes = [.. Y.Keys.Order()];
            var vals = new List<double>(3 * X.Count + 6 * Y.Count);
            foreach (var e in xCodes.Select(c => X[c])) vals.AddRange([e.K, e.S1, e.S2]);
            foreach (var e in yCodes.Select(c => Y[c])) vals.AddRange([e.K, e.S1, e.S2, e.S3, e.Lo, e.Hi]);
            return new SummaryDay(version, source, day, N, IdSum, xCodes, yCodes, [.. vals]);
        }
    }
}
