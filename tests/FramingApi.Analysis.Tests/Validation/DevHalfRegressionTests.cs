using System.Globalization;

namespace FramingApi.Analysis.Tests.Validation;

/// <summary>
/// A regression guard on the dev half of the labelled corpus: the agreement figures of bench/evaluate.sh must stay
/// at or above the values reached with the built-in lexicons and rules when the guard was last raised. When a change
/// improves a figure, raise its floor here in the same commit (docs/VALIDITY.md has the current figures). Only the
/// dev half is guarded: the test half is never tuned on.
/// </summary>
public class DevHalfRegressionTests
{
    // Floors: the dev-half figures reached, rounded down to two decimals.
    public static TheoryData<string, double> Floors => new()
    {
        { "framing.russia.accuracy", 0.97 },
        { "framing.russia.kappa", 0.97 },
        { "framing.us.accuracy", 1.00 },
        { "framing.ukraine.accuracy", 0.90 },
        { "framing.israel.accuracy", 0.95 },
        { "framing.unknown.accuracy", 0.95 },
        { "mentions.recall", 0.87 },
        // 0.94 -> 0.92 with nominal attacks ("strikes on", "attacks on" a civilian object): three dev spans the
        // corpus README's convention counts as claims ("the targeting of power stations") are unlabelled there
        // (dev-08's headline, dev-24, dev-41); dev2's labeller labels the same wordings.
        { "mentions.precision", 0.92 },
        { "mentions.actor", 0.93 },
        { "mentions.framing", 0.93 },
        { "mentions.voice", 0.99 },
        { "topics.micro_f1", 0.97 },
        { "topics.macro_f1", 0.97 },
        { "anonymous.f1", 1.00 },
    };

    static double Figure(string name) => Corpus.Figure(Corpus.Dev, name);

    [Theory]
    [MemberData(nameof(Floors))]
    public void A_dev_half_figure_stays_at_or_above_its_floor(string figure, double floor)
    {
        var actual = Figure(figure);
        Assert.True(actual >= floor,
            $"{figure} fell to {actual.ToString("0.000", CultureInfo.InvariantCulture)} on the dev half, below its floor " +
            $"{floor.ToString("0.00", CultureInfo.InvariantCulture)} (bench/evaluate.sh --half dev --misses shows the disagreements).");
    }

    [Fact]
    public void The_dev_half_is_evaluated_in_full()
    {
        var report = Corpus.Dev;
        Assert.Equal(Corpus.Files("dev").Count(), report.Articles);
        Assert.All(report.Framing, f => Assert.Equal(report.Articles, f.Matrix.Total));
        Assert.All(report.Topics, t => Assert.Equal(report.Articles, t.Matrix.Total));
        Assert.Equal(report.Articles, report.Anonymous.Total);
        Assert.Equal(Corpus.Half("dev").Sum(a => a.Labels.Claims.Count), report.Mentions.Labelled);
    }
}
