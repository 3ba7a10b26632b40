using FramingApi.Articles;

namespace FramingApi.Tests;

/// <summary>
/// The writer's own sums of new summary rows per lexicon version, source and UTC day (<see cref="SummaryDays"/>), on
/// rows whose entries are worked out by hand here; that they equal the database's <c>metric_summary_day_sums</c> on
/// real articles is <c>TimeSeriesRollupTests</c>' from-scratch check (its new articles are written by this path).
/// </summary>
public sealed class SummaryDaysTests
{
    // Code 1 a denominator part; 2 a numerator paired with 1; 3 a numerator whose denominator part (99) no row has;
    // 4 a numerator without a denominator part in the table (left out, as the database's join leaves it out).
    static readonly Dictionary<int, int> Pairing = new() { [1] = 1, [2] = 1, [3] = 99, [99] = 99 };

    static readonly DateTime Day1 = new(2023, 7, 24, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_days_entries_are_the_sums_of_its_rows_parts_with_their_denominators()
    {
        List<WrittenSummary> rows =
        [
            new(10, 7, 5, Day1, [1, 2, 4], [4, 2, 9]),
            new(11, 7, 5, Day1.AddHours(13).AddTicks(9_999_999), [1, 2, 3], [2, 3, 5]),
            new(12, 7, null, Day1, [1], [8]),
            new(13, 7, 5, null, [1], [8]),
            new(14, 7, 5, Day1.AddHours(14), [], []),
            new(15, 8, 5, Day1, [1], [-1]),
        ];

        var days = SummaryDays.Sum(rows, Pairing);

        Assert.Equal(3, days.Count);
        var first = days[0];
        Assert.Equal((7L, 5L, new DateOnly(2023, 7, 24), 2, 21L), (first.VersionId, first.SourceId, first.Day, first.N, first.IdSum));
        Assert.Equal([1], first.XCodes);
        Assert.Equal([2, 3], first.YCodes);
        // x 1: k 2, Σx 6, Σx² 20; y 2 over x 1: k′ 2, Σy 5, Σy² 13, Σxy 4·2 + 2·3 = 14, y/x from 0.5 to 1.5; y 3: its x is 0 in every row.
        Assert.Equal([2, 6, 20, 2, 5, 13, 14, 0.5, 1.5, 0, 0, 0, 0, 0, 0], first.Vals);

        var next = days[1];
        Assert.Equal((7L, 5L, new DateOnly(2023, 7, 25), 1, 14L), (next.VersionId, next.SourceId, next.Day, next.N, next.IdSum));
        Assert.Empty(next.XCodes);
        Assert.Empty(next.YCodes);
        Assert.Empty(next.Vals);

        // A denominator part that is not > 0 is an entry with k 0.
        var other = days[2];
        Assert.Equal((8L, 1, 15L), (other.VersionId, other.N, other.IdSum));
        Assert.Equal([1], other.XCodes);
        Assert.Equal([0, 0, 0], other.Vals);
    }
}
