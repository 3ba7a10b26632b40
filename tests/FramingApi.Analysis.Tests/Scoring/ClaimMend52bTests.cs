using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Claims round 52 mended again (mend52b; docs/ANALYSIS.md, "Round 52 (claims52)"): the second code review's
/// sentences. Each negative is a claim (or a claim with the wrong actor) on main at 45d508d and each positive is missed
/// there, unless its comment says it guards a behaviour kept.</summary>
public class ClaimMend52bTests
{
    static List<(string Span, ClaimDetail Claim)> RuleClaims(string text)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), Pipeline.RulesAlone);
        return [.. analysis.Claims().Select(e => (analyzed.Span(e), e.Claim!))];
    }

    static ClaimDetail? RuleClaim(string text, string mention) =>
        RuleClaims(text).Where(c => c.Span.Equals(mention, StringComparison.OrdinalIgnoreCase)).Select(c => c.Claim).FirstOrDefault();

    // Fix 1: the possessor of a force noun is the act's agent only when it starts the subject; after a preposition or
    // an -ing / -ed form it is the victim ("strikes on Ukraine's army").
    [Theory]
    [InlineData("Russian strikes on Ukraine's army killed ten civilians.", "ukraine")]
    [InlineData("The attack on Russia's army killed ten civilians in Kharkiv.", "russia")]
    [InlineData("A missile aimed at Israel's army killed five children in Gaza.", "israel")]
    [InlineData("Rockets fired at Israel's military killed two civilians.", "israel")]
    [InlineData("Ukrainian drones targeting Russia's army killed ten civilians.", "russia")]
    [InlineData("Shelling near Ukraine's army killed ten civilians.", "ukraine")]
    public void A_possessor_after_a_preposition_or_a_participle_is_no_agent(string text, string victim) =>
        Assert.DoesNotContain(RuleClaims(text), c => c.Claim.Actor == victim);

    [Theory]
    [InlineData("Ukraine's army has mined the dam.", "mined", "ukraine")]
    [InlineData("Ukraine's special forces blew up the dam.", "blew up", "ukraine")]
    [InlineData("Israel's military struck the hospital.", "struck", "israel")]
    [InlineData("Ukraine's army hospitals were shelled by Russian troops.", "shelled", "russia")]
    [InlineData("The Kremlin's forces tortured prisoners.", "tortured", "russia")]
    [InlineData("Officials said Russia's army blew up the dam.", "blew up", "russia")]
    public void A_possessor_that_starts_the_subject_is_the_agent(string text, string mention, string actor)
    {
        var claim = RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(actor, claim.Actor);
    }
}
