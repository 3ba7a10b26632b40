using FramingApi.Analysis.Statistics;

namespace FramingApi.Analysis.Tests.Statistics;

public class OrderStatisticsTests
{
    /// <summary>Type 6 of Hyndman & Fan (1996) from a full sort: h = (m + 1)p, x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋)).</summary>
    static double SortedType6(double[] values, double p)
    {
        var s = values.Order().ToArray();
        var h = (s.Length + 1) * p;
        if (h <= 1) return s[0];
        if (h >= s.Length) return s[^1];
        var lo = (int)Math.Floor(h);
        return s[lo - 1] + (h - lo) * (s[lo] - s[lo - 1]);
    }

    public static TheoryData<int, int> Sizes => new() { { 1, 1 }, { 2, 2 }, { 3, 3 }, { 7, 4 }, { 40, 5 }, { 2000, 6 }, { 1999, 7 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_heap_selection_equals_the_quantile_of_the_sorted_values(int size, int seed)
    {
        var rng = new Random(seed);
        // Few distinct values, so ties at the order statistics are common.
        var values = Enumerable.Range(0, size).Select(_ => Math.Round(rng.NextDouble() * 20) / 20).ToArray();
        var heap = new double[size / 2 + 2];

        foreach (var p in new[] { 0.0, 0.0001, 0.012, 0.025, 0.3, 0.5, 0.7, 0.975, 0.988, 0.9999, 1.0 })
            Assert.Equal(SortedType6(values, p), OrderStatistics.Type6(values, p, heap), 1e-15);
    }

    [Fact]
    public void The_2_5_percent_quantile_of_2000_values_interpolates_the_50th_and_51st()
    {
        // h = 2001 · 0.025 = 50.025: x(50) + 0.025 (x(51) − x(50)) with x(i) = i.
        var values = Enumerable.Range(1, 2000).Select(i => (double)i).Reverse().ToArray();

        Assert.Equal(50.025, OrderStatistics.Type6(values, 0.025, new double[1002]), 1e-9);
        Assert.Equal(1950.975, OrderStatistics.Type6(values, 0.975, new double[1002]), 1e-9);
    }
}
