using FramingApi.Analysis.Statistics;

namespace FramingApi.Analysis.Tests.Statistics;

public class PermutationTestTests
{
    // A constructed case, computed by hand. Hedged / claim mentions per article:
    //   source 1: 2/2, 1/2, 2/2  → θ₁ = 5/6        source 2: 0/2, 1/2 → θ₂ = 1/4        observed |θ₁ − θ₂| = 7/12
    // Every article has 2 mentions, so a split is decided by the hedged mentions dealt to source 1's three places,
    // y₁, of the pool {2, 1, 2, 0, 1} (total 6): θ₁* = y₁/6, θ₂* = (6 − y₁)/4. The C(5, 3) = 10 splits:
    //   y₁ = 5: {2,1,2}, {2,2,1}          → |5/6 − 1/4| = 7/12  ≥ 7/12   (2 splits, the observed one among them)
    //   y₁ = 4: {2,1,1}, {2,2,0}, {1,2,1}  → |4/6 − 2/4| = 1/6
    //   y₁ = 3: {2,1,0}, {2,0,1}, {1,2,0}, {2,0,1} → |3/6 − 3/4| = 1/4
    //   y₁ = 2: {1,0,1}                    → |2/6 − 4/4| = 2/3  ≥ 7/12   (1 split)
    // so p = 3/10 exactly.
    static readonly double[] FirstHedged = [2, 1, 2], FirstClaims = [2, 2, 2];
    static readonly double[] SecondHedged = [0, 1], SecondClaims = [2, 2];

    [Fact]
    public void Enumerates_every_split_of_a_small_case()
    {
        var result = PermutationTest.RatioDifference(FirstHedged, FirstClaims, SecondHedged, SecondClaims);

        Assert.True(result.Exact);
        Assert.Equal(10, result.Splits);
        Assert.Equal(0.3, result.PValue!.Value, 1e-15);
    }

    [Fact]
    public void Articles_without_the_figure_are_not_dealt()
    {
        // A 0/0 article (no claim mention) on either side changes nothing.
        var result = PermutationTest.RatioDifference([2, 0, 1, 2], [2, 0, 2, 2], [0, 0, 1], [2, 0, 2]);

        Assert.Equal(10, result.Splits);
        Assert.Equal(0.3, result.PValue!.Value, 1e-15);
    }

    [Fact]
    public void The_order_of_articles_and_of_the_sources_does_not_matter()
    {
        var forward = PermutationTest.RatioDifference(FirstHedged, FirstClaims, SecondHedged, SecondClaims);
        var swapped = PermutationTest.RatioDifference(SecondHedged, SecondClaims, FirstHedged, FirstClaims);
        var reordered = PermutationTest.RatioDifference([2, 2, 1], [2, 2, 2], [1, 0], [2, 2]);

        Assert.Equal(forward, swapped);
        Assert.Equal(forward, reordered);
    }

    [Fact]
    public void Identical_sources_get_p_one()
    {
        var result = PermutationTest.RatioDifference([1, 2], [3, 4], [1, 2], [3, 4]);

        Assert.Equal(1.0, result.PValue);
    }

    [Fact]
    public void Many_splits_use_monte_carlo_with_the_plus_one_correction()
    {
        // 15 articles each: C(30, 15) = 155,117,520 splits. All of source 1's mentions hedged, none of source 2's: only
        // the observed split and its mirror reach |θ₁ − θ₂| = 1, so no random split does and p = (0 + 1)/(9,999 + 1).
        var ones = Enumerable.Repeat(3.0, 15).ToArray();
        var zeros = new double[15];

        var result = PermutationTest.RatioDifference(ones, ones, zeros, ones);

        Assert.False(result.Exact);
        Assert.Equal(9999, result.Splits);
        Assert.Equal(1.0 / 10000, result.PValue);
    }

    [Fact]
    public void Monte_carlo_p_values_are_deterministic_and_of_the_form_b_plus_one_over_m_plus_one()
    {
        var rng = new Random(7);
        double[] Draw(int n, int max) => Enumerable.Range(0, n).Select(_ => (double)rng.Next(max)).ToArray();
        var (y1, y2) = (Draw(14, 4), Draw(16, 4));
        var x1 = y1.Select(v => v + 2).ToArray();
        var x2 = y2.Select(v => v + 3).ToArray();

        var first = PermutationTest.RatioDifference(y1, x1, y2, x2);
        var again = PermutationTest.RatioDifference(y1, x1, y2, x2);

        Assert.False(first.Exact);
        Assert.Equal(first, again);
        var b = first.PValue!.Value * 10000 - 1;
        Assert.Equal(Math.Round(b), b, 1e-9);
        Assert.InRange(first.PValue.Value, 1.0 / 10000, 1.0);
    }

    [Fact]
    public void No_p_value_when_a_side_has_no_contributing_article()
    {
        var result = PermutationTest.RatioDifference([0, 0], [0, 0], SecondHedged, SecondClaims);

        Assert.Null(result.PValue);
        Assert.Equal(0, result.Splits);
    }

    [Theory]
    [InlineData(5, 2, 10)]
    [InlineData(30, 15, 155117520)]
    [InlineData(20, 10, 184756)]
    public void Counts_the_splits(int n, int k, long expected) =>
        Assert.Equal(expected, PermutationTest.Binomial(n, k, long.MaxValue / 2));
}
