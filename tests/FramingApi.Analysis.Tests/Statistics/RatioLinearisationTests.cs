using FramingApi.Analysis.Statistics;
using MathNet.Numerics.Distributions;
using Xunit.Abstractions;

namespace FramingApi.Analysis.Tests.Statistics;

[Collection(ResamplingSimulations.Name)]
public class RatioLinearisationTests(ITestOutputHelper output)
{
    // Four articles (hedged, mentions): (1, 4), (3, 5), (0, 2), (2, 2). θ̂ = 6/13; residuals eᵢ = yᵢ − θ̂xᵢ =
    // −11/13, 9/13, −12/13, 14/13, Σe² = 542/169; v = 4/3 · (542/169) / 13² → se = 0.159068; t(3, 0.975) = 3.182446
    // (Student's t table). Share on the logit scale: logit(6/13) ± 3.182446 · se / (6/13 · 7/13) → [0.100552, 0.867933];
    // as a rate on the log scale: [0.154122, 1.382136]; as a mean, clipped to the articles' values [0, 1]: [0, 0.967763].
    static readonly (double, double)[] Four = [(1, 4), (3, 5), (0, 2), (2, 2)];

    [Theory]
    [InlineData(RatioKind.Share, 0.100552, 0.867933)]
    [InlineData(RatioKind.Rate, 0.154122, 1.382136)]
    [InlineData(RatioKind.Mean, 0, 0.967763)]
    public void A_small_case_gives_the_hand_computed_interval(RatioKind kind, double low, double high)
    {
        var e = RatioLinearisation.Estimate(kind, RatioSums.Of(Four));
        Assert.Equal(6 / 13.0, e.Value!.Value, 12);
        Assert.Equal(low, e.CiLow!.Value, 5);
        Assert.Equal(high, e.CiHigh!.Value, 5);
        Assert.Equal(IntervalMethod.Linearised, e.Method);
        Assert.Equal(4, e.Support.NArticles);
    }

    [Fact]
    public void Articles_without_a_denominator_take_no_part_and_the_order_does_not_matter()
    {
        var with = RatioSums.Of([.. Four, (0, 0), (0, 0)]);
        var reversed = RatioSums.Of(Four.Reverse());
        Assert.Equal(RatioLinearisation.Estimate(RatioKind.Share, RatioSums.Of(Four)), RatioLinearisation.Estimate(RatioKind.Share, with));
        Assert.Equal(RatioLinearisation.Estimate(RatioKind.Share, RatioSums.Of(Four)), RatioLinearisation.Estimate(RatioKind.Share, reversed));
    }

    [Fact]
    public void Without_variation_it_falls_back_as_the_bootstrap_does()
    {
        Assert.Null(RatioLinearisation.Estimate(RatioKind.Share, RatioSums.Of([(0, 0)])).Value);
        var one = RatioLinearisation.Estimate(RatioKind.Share, RatioSums.Of([(8, 10)]));
        Assert.Equal((IntervalMethod.Wilson, 0.490, 0.943), (one.Method, Math.Round(one.CiLow!.Value, 3), Math.Round(one.CiHigh!.Value, 3)));
        var same = RatioLinearisation.Estimate(RatioKind.Rate, RatioSums.Of([(2, 1), (4, 2)]));
        Assert.Equal(IntervalMethod.PoissonExact, same.Method);
        Assert.Equal(IntervalMethod.None, RatioLinearisation.Estimate(RatioKind.Mean, RatioSums.Of([(0.4, 1)])).Method);
        Assert.Equal(IntervalMethod.NoVariation, RatioLinearisation.Estimate(RatioKind.Mean, RatioSums.Of([(0.4, 1), (0.8, 2)])).Method);
    }

    // The coverage property (issue 15), with the simulation of ClusterBootstrapTests: 1,000 sources with a known hedged
    // share of 0.3, mentions clustered in articles (Poisson(3) mentions, per-article hedging probability Beta(0.6, 1.4):
    // intra-article correlation 1/3). A time-series cell of a weekly series at 100,000 articles has ~100; here 20–60.
    [Fact]
    public void Intervals_cover_a_known_share_in_93_to_97_percent_of_simulated_sources()
    {
        var random = new MathNet.Numerics.Random.Xoshiro256StarStar(20261205);
        var hedging = new Beta(0.6, 1.4, random);
        const double truth = 0.3;
        var covered = 0;
        for (var s = 0; s < 1000; s++)
        {
            var articles = new List<(double, double)>();
            for (var i = 0; i < 20 + s % 41; i++)
            {
                var mentions = Poisson.Sample(random, 3);
                articles.Add((mentions == 0 ? 0 : Binomial.Sample(random, hedging.Sample(), mentions), mentions));
            }
            var e = RatioLinearisation.Estimate(RatioKind.Share, RatioSums.Of(articles));
            if (e.CiLow <= truth && truth <= e.CiHigh) covered++;
        }
        output.WriteLine($"shares: {covered} of 1,000 intervals cover the true share");
        Assert.InRange(covered, 930, 970);
    }

    // Rates with strongly varying per-article rates (gamma, shape 2, around 5 per 1,000; log-normal words around 700):
    // the same hard case as the bootstrap's, which covers 93.1 % of sources of 8–30 articles. The skewed ratio makes the
    // interval a little short here too: 927 of these 1,000 sources of 20–60 articles (92.7 %); docs/COMPARISON.md says
    // so, and the test keeps it from sliding.
    [Fact]
    public void Intervals_of_strongly_varying_rates_cover_at_least_91_percent()
    {
        var random = new MathNet.Numerics.Random.Xoshiro256StarStar(20261206);
        var rates = new Gamma(2, 2 / 5.0, random);
        const double truth = 5;
        var covered = 0;
        for (var s = 0; s < 1000; s++)
        {
            var articles = new List<(double, double)>();
            for (var i = 0; i < 20 + s % 41; i++)
            {
                var thousands = Math.Exp(Normal.Sample(random, Math.Log(700), 0.6)) / 1000;
                articles.Add((Poisson.Sample(random, rates.Sample() * thousands), thousands));
            }
            var e = RatioLinearisation.Estimate(RatioKind.Rate, RatioSums.Of(articles));
            if (e.CiLow <= truth && truth <= e.CiHigh) covered++;
        }
        output.WriteLine($"rates: {covered} of 1,000 intervals cover the true rate");
        Assert.InRange(covered, 910, 970);
    }
}
