using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 60 (framing60; docs/VALIDITY.md, "Claims round 60 (framing60)"): a reporting verb's complement runs
/// across dashes that set off an interruption closed before the mention, or that open an inclusion (<i>including,
/// notably, among</i>) or an appositive <i>that</i>-clause of the complement. A dash that opens anything else still
/// ends the report.
/// </summary>
public class ClaimRound60Tests
{
    // The shipped detector and the rules alone.
    static readonly Lazy<FramingAnalyzer[]> Analyzers = new(() => [Pipeline.With(Pipeline.ShippedModel), Pipeline.With(null)]);

    static ClaimDetail? Claim(FramingAnalyzer analyzer, string text, string mention)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), analyzer);
        var claim = analysis.Claims().Where(e => analyzed.Span(e).StartsWith(mention, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Claim).FirstOrDefault();
        analyzed.Dispose();
        return claim;
    }

    [Theory]
    [InlineData("According to the indictment, the three guards — two warders and a medic from the colony — tortured the detainees for weeks.", "tortured", "according to")]
    [InlineData("The mayor says the Russian soldiers – most of them conscripts from the north – executed civilians before they left.", "executed civilians", "says")]
    [InlineData("Kharkiv prosecutors say they have recorded 4,000 crimes since March — including torture of prisoners and looting of shops.", "torture", null)]
    [InlineData("The monitors said they had logged dozens of abuses — among them torture of detainees in the school basement.", "torture", "said")]
    [InlineData("The inspector concluded that the file confirmed what the villagers suspected — that Russian troops tortured the ferryman.", "tortured", null)]
    public void A_report_runs_across_dashes_that_interrupt_or_extend_its_complement(string sentence, string mention, string? marker)
    {
        foreach (var analyzer in Analyzers.Value)
        {
            var claim = Claim(analyzer, sentence, mention);
            Assert.NotNull(claim);
            Assert.Equal(Framing.Attributed, claim.Framing);
            if (marker is not null) Assert.Equal(marker, claim.Marker, ignoreCase: true);
        }
    }

    [Theory]
    [InlineData("The mayor said the bridge would reopen in May — Russian troops tortured the ferryman there in 2022.", "tortured")]
    [InlineData("The governor said the power was back — and Russian troops tortured the ferryman the same week.", "tortured")]
    [InlineData("The mayor said the bridge would reopen; Russian troops tortured the ferryman there in 2022.", "tortured")]
    public void A_dash_that_opens_a_new_clause_still_ends_the_report(string sentence, string mention)
    {
        foreach (var analyzer in Analyzers.Value)
        {
            var claim = Claim(analyzer, sentence, mention);
            Assert.NotNull(claim);
            Assert.Equal(Framing.Asserted, claim.Framing);
        }
    }
}
