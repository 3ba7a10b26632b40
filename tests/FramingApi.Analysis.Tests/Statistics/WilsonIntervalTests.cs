using FramingApi.Analysis.Statistics;

namespace FramingApi.Analysis.Tests.Statistics;

public class WilsonIntervalTests
{
    // Issue 15: "Wilson 95 % for 8 of 10 = [0.490, 0.943]". The others are the score intervals (method 3) of Newcombe
    // (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods", Statistics in
    // Medicine 17, 857–872, Table II: 81/263 → 0.2553–0.3662, 15/148 → 0.0624–0.1605, 0/20 → 0–0.1611,
    // 1/29 → 0.0061–0.1718.
    [Theory]
    [InlineData(8, 10, 0.490, 0.943, 3)]
    [InlineData(81, 263, 0.2553, 0.3662, 4)]
    [InlineData(15, 148, 0.0624, 0.1605, 4)]
    [InlineData(0, 20, 0.0, 0.1611, 4)]
    [InlineData(1, 29, 0.0061, 0.1718, 4)]
    public void Matches_the_published_95_percent_intervals(int successes, int trials, double low, double high, int decimals)
    {
        var ci = WilsonInterval.Compute(successes, trials);

        Assert.Equal(low, Math.Round(ci.Low, decimals));
        Assert.Equal(high, Math.Round(ci.High, decimals));
    }

    // At the edges the score interval has closed forms: 0 of n → [0, z²/(n + z²)], n of n → [n/(n + z²), 1].
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(10)]
    [InlineData(1000)]
    public void None_and_all_have_the_closed_forms(int n)
    {
        const double z2 = 1.959963984540054 * 1.959963984540054;

        var none = WilsonInterval.Compute(0, n);
        var all = WilsonInterval.Compute(n, n);

        Assert.Equal(0, none.Low);
        Assert.Equal(z2 / (n + z2), none.High, 1e-12);
        Assert.Equal(n / (n + z2), all.Low, 1e-12);
        Assert.Equal(1, all.High);
    }

    [Fact]
    public void A_higher_confidence_gives_a_wider_interval()
    {
        var ninety = WilsonInterval.Compute(8, 10, 0.90);
        var ninetyNine = WilsonInterval.Compute(8, 10, 0.99);

        // By the formula with z = 1.644854 (90 %): centre 0.736110, half 0.195324 → [0.5408, 0.9314]; with
        // z = 2.575829 (99 %): centre 0.680338, half 0.279526 → [0.4008, 0.9599].
        Assert.Equal(0.5408, Math.Round(ninety.Low, 4));
        Assert.Equal(0.9314, Math.Round(ninety.High, 4));
        Assert.Equal(0.4008, Math.Round(ninetyNine.Low, 4));
        Assert.Equal(0.9599, Math.Round(ninetyNine.High, 4));
    }

    [Fact]
    public void A_figure_whose_unit_is_the_article_carries_its_support()
    {
        var covered = WilsonInterval.ForArticles(8, 10);
        var few = WilsonInterval.ForArticles(3, 4);
        var none = WilsonInterval.ForArticles(0, 0);

        Assert.Equal(0.8, covered.Value);
        Assert.Equal(0.490, Math.Round(covered.CiLow!.Value, 3));
        Assert.Equal(IntervalMethod.Wilson, covered.Method);
        Assert.Equal(new FigureSupport(10, null, false), covered.Support);
        Assert.True(few.Support.LowN);
        Assert.Null(none.Value);
        Assert.Null(none.CiLow);
        Assert.Equal(IntervalMethod.None, none.Method);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(double.NaN, 10)]
    public void Impossible_counts_are_rejected(double successes, double trials) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(successes, trials));
}
