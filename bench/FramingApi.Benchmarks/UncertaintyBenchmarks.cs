using BenchmarkDotNet.Attributes;
using FramingApi.Analysis.Statistics;

namespace FramingApi.Benchmarks;

/// <summary>
/// The statistics a cold build of the 200-article, 20-source story comparison adds (issue 15: at most 50 ms): an
/// interval for every per-source figure — 20 sources of 10 articles, 60 figures each (32 claim-framing shares, the
/// anonymous share, 9 loaded-language rates, 9 topic emphases and 9 sentence shares) — and, for the differences
/// answer, one metric across the 20 sources (190 pairs with permutation tests, q values and rank intervals).
/// The per-article data are synthetic, generated once from a fixed seed with the sparsity of a real story: a claim
/// target is mentioned in about a third of a source's articles, a topic in about half, loaded language in most.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn, MaxColumn]
public class UncertaintyBenchmarks
{
    const int Sources = 20, ArticlesPerSource = 10;
    const int ClaimShares = 32, LoadedRates = 9, Topics = 9;
    const int Figures = ClaimShares + 1 + LoadedRates + 2 * Topics;

    RatioKind[] _kinds = [];
    // [source][article][figure] numerator and denominator, as the web layer would read them from the database.
    (double Y, double X)[][][] _data = [];
    SourceArticles[] _oneMetric = [];

    /// <summary>Generates the per-article figures (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(15);
        _kinds = [.. Enumerable.Repeat(RatioKind.Share, ClaimShares + 1), .. Enumerable.Repeat(RatioKind.Rate, LoadedRates),
            .. Enumerable.Repeat(RatioKind.Mean, 2 * Topics)];
        _data = new (double, double)[Sources][][];
        for (var s = 0; s < Sources; s++)
        {
            _data[s] = new (double, double)[ArticlesPerSource][];
            for (var a = 0; a < ArticlesPerSource; a++)
            {
                var row = _data[s][a] = new (double, double)[Figures];
                var words = 400 + random.Next(1600);
                var f = 0;
                // Claim framing: 8 (target, actor, voice) groups × 4 framings; the 4 shares of a group share its mentions.
                for (var g = 0; g < ClaimShares / 4; g++)
                {
                    var mentions = random.NextDouble() < 0.35 ? 1 + random.Next(6) : 0;
                    var left = mentions;
                    for (var framing = 0; framing < 4; framing++)
                    {
                        var count = framing == 3 ? left : random.Next(left + 1);
                        left -= count;
                        row[f++] = (count, mentions);
                    }
                }
                var reporting = random.Next(12);
                row[f++] = (reporting == 0 ? 0 : random.Next(reporting + 1), reporting);
                for (var c = 0; c < LoadedRates; c++)
                    row[f++] = (random.NextDouble() < 0.7 ? random.Next(8) : 0, words / 1000.0);
                for (var t = 0; t < Topics; t++)
                {
                    var covered = random.NextDouble() < 0.5;
                    row[f++] = (covered ? random.NextDouble() * words : 0, words);
                    row[f++] = (covered ? random.NextDouble() * 0.6 * words : 0, words);
                }
            }
        }
        _oneMetric = Enumerable.Range(0, Sources).Select(s => new SourceArticles($"source-{s:D2}",
            _data[s].Select(a => a[0].Y).ToArray(), _data[s].Select(a => a[0].X).ToArray())).ToArray();
    }

    /// <summary>Every figure of every source: fill the 20 tables and bootstrap them (2,000 resamples each).</summary>
    [Benchmark(Description = "Intervals: 20 sources × 60 figures, 10 articles each")]
    public double StoryComparisonIntervals()
    {
        double checksum = 0;
        for (var s = 0; s < Sources; s++)
        {
            var table = new RatioTable(ArticlesPerSource, _kinds, $"source-{s:D2}");
            for (var a = 0; a < ArticlesPerSource; a++)
                for (var f = 0; f < Figures; f++)
                    table.Set(a, f, _data[s][a][f].Y, _data[s][a][f].X);
            foreach (var estimate in ClusterBootstrap.Estimate(table))
                checksum += estimate.CiHigh ?? 0;
        }
        return checksum;
    }

    /// <summary>One metric across the 20 sources: 190 pairs (differences, permutation p, q) and rank intervals.</summary>
    [Benchmark(Description = "Differences: 1 metric, 20 sources, 190 pairs")]
    public int Differences() => SourceDifferences.Compare(_oneMetric, RatioKind.Share).Pairs.Count;
}
