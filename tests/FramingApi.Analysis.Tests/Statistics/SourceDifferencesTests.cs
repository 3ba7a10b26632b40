using FramingApi.Analysis.Statistics;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace FramingApi.Analysis.Tests.Statistics;

[Collection(ResamplingSimulations.Name)]
public class SourceDifferencesTests(ITestOutputHelper output)
{
    /// <summary>A source whose articles have <paramref name="claims"/> claim mentions each, hedged as listed.</summary>
    static SourceArticles Source(string key, double claims, params double[] hedged) =>
        new(key, hedged, hedged.Select(_ => claims).ToArray());

    static double[] Alternating(int articles, double a, double b) =>
        Enumerable.Range(0, articles).Select(i => i % 2 == 0 ? a : b).ToArray();

    // Three sources of 20 articles with 10 claim mentions each: hedged about 90 %, 50 % and 10 %.
    static readonly SourceArticles High = Source("high", 10, Alternating(20, 8, 10));
    static readonly SourceArticles Middle = Source("middle", 10, Alternating(20, 4, 6));
    static readonly SourceArticles Low = Source("low", 10, Alternating(20, 0, 2));

    [Fact]
    public void Every_pair_gets_its_difference_interval_p_and_q()
    {
        var result = SourceDifferences.Compare([High, Middle, Low], RatioKind.Share);

        Assert.Equal([("high", "middle"), ("high", "low"), ("middle", "low")], result.Pairs.Select(p => (p.First, p.Second)));
        Assert.Equal([0.4, 0.8, 0.4], result.Pairs.Select(p => Math.Round(p.Difference!.Value, 12)));
        // C(40, 20) splits: Monte Carlo; no random split is as extreme as these, so p = 1/(9,999 + 1) for each.
        Assert.All(result.Pairs, p =>
        {
            Assert.False(p.ExactP);
            Assert.Equal(1.0 / 10000, p.PValue);
            Assert.True(p.CiLow > 0);
        });
        Assert.Equal(BenjaminiHochberg.Adjust(result.Pairs.Select(p => p.PValue!.Value).ToArray()), result.Pairs.Select(p => p.QValue!.Value));
    }

    [Fact]
    public void The_difference_interval_is_mover_from_the_two_sources_intervals()
    {
        var result = SourceDifferences.Compare([High, Middle], RatioKind.Share);

        var (a, b) = (result.Sources[0], result.Sources[1]);
        var pair = Assert.Single(result.Pairs);
        var d = a.Value!.Value - b.Value!.Value;
        // Zou & Donner (2008), for a difference: L = d − √((θ₁ − l₁)² + (u₂ − θ₂)²), U = d + √((u₁ − θ₁)² + (θ₂ − l₂)²).
        Assert.Equal(d - Math.Sqrt(Math.Pow(a.Value.Value - a.CiLow!.Value, 2) + Math.Pow(b.CiHigh!.Value - b.Value.Value, 2)), pair.CiLow!.Value, 1e-12);
        Assert.Equal(d + Math.Sqrt(Math.Pow(a.CiHigh!.Value - a.Value.Value, 2) + Math.Pow(b.Value.Value - b.CiLow!.Value, 2)), pair.CiHigh!.Value, 1e-12);
        // And each source's estimate is that of its own bootstrap.
        var alone = new RatioTable(20, [RatioKind.Share], "high");
        for (var i = 0; i < 20; i++) alone.Set(i, 0, High.Numerators[i], High.Denominators[i]);
        Assert.Equal(ClusterBootstrap.Estimate(alone)[0], a);
    }

    [Fact]
    public void Well_separated_sources_get_tight_rank_intervals()
    {
        var result = SourceDifferences.Compare([Middle, Low, High], RatioKind.Share);

        Assert.Equal(
            [new SourceRank("middle", 2, 2, 2), new SourceRank("low", 3, 3, 3), new SourceRank("high", 1, 1, 1)],
            result.Ranking);
    }

    [Fact]
    public void Sources_with_identical_articles_tie_and_are_not_told_apart()
    {
        // Syndicated copy: the same five articles in two outlets. Their keys give them independent resamples.
        var first = Source("wire-a", 4, 1, 3, 0, 2, 4);
        var second = Source("wire-b", 4, 1, 3, 0, 2, 4);

        var result = SourceDifferences.Compare([first, second], RatioKind.Share);

        var pair = Assert.Single(result.Pairs);
        Assert.Equal(0, pair.Difference);
        // Nearly symmetric about 0: each side's interval comes from its own resamples, so they differ slightly.
        Assert.True(pair.CiLow < 0 && pair.CiHigh > 0);
        Assert.InRange(-pair.CiLow!.Value / pair.CiHigh!.Value, 0.8, 1.25);
        // C(10, 5) = 252 splits, enumerated; every split is at least as extreme as a difference of 0.
        Assert.True(pair.ExactP);
        Assert.Equal(252, pair.Splits);
        Assert.Equal(1.0, pair.PValue);
        Assert.All(result.Ranking, r => Assert.Equal((1, 1, 2), (r.Rank, r.RankLow, r.RankHigh)));
    }

    [Fact]
    public void A_source_without_the_figure_is_left_out_of_tests_and_ranks()
    {
        var silent = Source("silent", 0, 0, 0, 0);

        var result = SourceDifferences.Compare([High, silent, Low], RatioKind.Share);

        Assert.Null(result.Sources[1].Value);
        Assert.Equal(new SourceRank("silent", null, null, null), result.Ranking[1]);
        foreach (var pair in result.Pairs.Where(p => p.Second == "silent" || p.First == "silent"))
        {
            Assert.Null(pair.Difference);
            Assert.Null(pair.CiLow);
            Assert.Null(pair.PValue);
            Assert.Null(pair.QValue);
        }
        var tested = Assert.Single(result.Pairs, p => p.PValue is not null);
        Assert.Equal(tested.PValue, tested.QValue); // one test: nothing to adjust for
        Assert.Equal((1, 2), (result.Ranking[0].Rank, result.Ranking[2].Rank));
    }

    [Fact]
    public void The_same_data_give_the_same_comparison()
    {
        var first = SourceDifferences.Compare([High, Middle, Low], RatioKind.Share);
        var second = SourceDifferences.Compare([High, Middle, Low], RatioKind.Share);

        Assert.Equal(first.Sources, second.Sources);
        Assert.Equal(first.Pairs, second.Pairs);
        Assert.Equal(first.Ranking, second.Ranking);
    }

    [Fact]
    public void A_source_listed_twice_is_rejected() =>
        Assert.Throws<ArgumentException>(() => SourceDifferences.Compare([High, High], RatioKind.Share));

    // Pairs of simulated sources drawn from the same population (the design of the share coverage test in
    // ClusterBootstrapTests: 8–30 articles each, Poisson(3) claim mentions, per-article hedging from Beta(0.6, 1.4)), so
    // the true difference is 0 and the null hypothesis holds. Over 1,000 pairs the 95 % difference interval must
    // cover 0 in 93–98 % of them (MOVER from two intervals that each cover about 95 % is slightly conservative: 969 of
    // these 1,000), and the permutation test must reject at p ≤ 0.05 in 3–7 % (its size: 46). 999 random splits per
    // test instead of 9,999 keep the test quick; the size does not depend on their number.
    static readonly DifferenceOptions Quick = new() { Permutation = new PermutationOptions { Permutations = 999, ExactLimit = 999 } };

    [Fact]
    public void Under_no_difference_intervals_cover_zero_and_tests_keep_their_size()
    {
        var random = new MathNet.Numerics.Random.Xoshiro256StarStar(20261203);
        var hedging = new Beta(0.6, 1.4, random);
        SourceArticles Simulated(string key, int n)
        {
            var (y, x) = (new double[n], new double[n]);
            for (var i = 0; i < n; i++)
            {
                x[i] = Poisson.Sample(random, 3);
                y[i] = x[i] == 0 ? 0 : Binomial.Sample(random, hedging.Sample(), (int)x[i]);
            }
            return new SourceArticles(key, y, x);
        }
        int covered = 0, rejected = 0;
        for (var s = 0; s < 1000; s++)
        {
            var pair = SourceDifferences.Compare([Simulated($"a-{s}", 8 + s % 23), Simulated($"b-{s}", 8 + (s * 7) % 23)],
                RatioKind.Share, Quick).Pairs[0];
            if (pair.CiLow <= 0 && 0 <= pair.CiHigh) covered++;
            if (pair.PValue <= 0.05) rejected++;
        }

        output.WriteLine($"differences: {covered} of 1,000 intervals cover 0; {rejected} of 1,000 tests reject at 0.05");
        Assert.InRange(covered, 930, 980);
        Assert.InRange(rejected, 30, 70);
    }
}
