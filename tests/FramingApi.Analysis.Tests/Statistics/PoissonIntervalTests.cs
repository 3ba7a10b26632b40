using FramingApi.Analysis.Statistics;

namespace FramingApi.Analysis.Tests.Statistics;

public class PoissonIntervalTests
{
    // Exact 95 % limits of a Poisson count (Garwood 1936), as tabulated e.g. in Ulm (1990), "Simple method to calculate
    // the confidence interval of a standardized mortality ratio", American Journal of Epidemiology 131(2), 373–375:
    // 0 → 0–3.689, 1 → 0.0253–5.572, 2 → 0.2422–7.225, 5 → 1.623–11.668, 10 → 4.795–18.390.
    [Theory]
    [InlineData(0, 0.0, 3.689)]
    [InlineData(1, 0.0253, 5.572)]
    [InlineData(2, 0.2422, 7.225)]
    [InlineData(5, 1.623, 11.668)]
    [InlineData(10, 4.795, 18.390)]
    public void Matches_the_tabulated_exact_limits(int count, double low, double high)
    {
        var ci = PoissonInterval.Compute(count);

        Assert.Equal(low, ci.Low, 0.00051 * Math.Max(1, low));
        Assert.Equal(high, ci.High, 0.0006);
    }

    [Fact]
    public void A_rate_divides_by_the_exposure()
    {
        // 5 loaded-language hits in 2,000 words: 2.5 per 1,000 words, [1.623, 11.668] / 2.
        var ci = PoissonInterval.Compute(5, 2.0);

        Assert.Equal(PoissonInterval.Compute(5).Low / 2, ci.Low, 1e-12);
        Assert.Equal(5.834, Math.Round(ci.High, 3));
    }

    [Theory]
    [InlineData(1.5, 1)]
    [InlineData(-1, 1)]
    [InlineData(3, 0)]
    public void Impossible_counts_are_rejected(double count, double exposure) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.Compute(count, exposure));
}
