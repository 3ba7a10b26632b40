using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 60 (framing60; docs/VALIDITY.md, "Claims round 60 (framing60)"): guards kept after the round's rule
/// (a reporting verb's complement running across dashes that close an interruption or open an inclusion or an
/// appositive <i>that</i>-clause; commit 52034a28) was measured and dropped: a dash, semicolon or new clause after a
/// report ends it, and the clause after it is the outlet's own.
/// </summary>
public class ClaimRound60Tests
{
    static ClaimDetail? Claim(FramingAnalyzer analyzer, string text, string mention)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), analyzer);
        var claim = analysis.Claims().Where(e => analyzed.Span(e).StartsWith(mention, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Claim).FirstOrDefault();
        analyzed.Dispose();
        return claim;
    }

    [Theory]
    [InlineData("The mayor said the bridge would reopen in May — Russian troops tortured the ferryman there in 2022.", "tortured")]
    [InlineData("The governor said the power was back — and Russian troops tortured the ferryman the same week.", "tortured")]
    [InlineData("The mayor said the bridge would reopen; Russian troops tortured the ferryman there in 2022.", "tortured")]
    public void A_dash_that_opens_a_new_clause_still_ends_the_report(string sentence, string mention)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
        {
            var claim = Claim(analyzer, sentence, mention);
            Assert.NotNull(claim);
            Assert.Equal(Framing.Asserted, claim.Framing);
        }
    }
}
