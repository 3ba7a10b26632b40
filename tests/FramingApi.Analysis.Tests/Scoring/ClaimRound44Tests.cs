using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 44 (claims39), sentences of our own. A word that says a taking was wrong (the claims lexicon's
/// <c>war_crimes@trigger</c> entries <i>loot, plunder, pillage, steal, stolen, theft, expropriate</i> and their forms)
/// is a <c>war_crimes</c> claim when a noun of property (its <c>war_crimes@cue</c> entries: <i>grain, harvest,
/// machinery, livestock, homes, belongings, museum, collection, cultural property</i> …) stands near it in its clause —
/// pillage and the confiscation of private property (Hague Regulations arts. 28, 46, 47; GC IV art. 33; Rome Statute
/// 8(2)(b)(xvi), 8(2)(e)(v)). The actor and framing come from the usual rules. Each positive is no claim on main.</summary>
public class ClaimRound44Tests
{
    static List<(string Span, ClaimDetail Claim)> RuleClaims(string text)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts(text), Pipeline.RulesAlone);
        return [.. analysis.Claims().Select(e => (analyzed.Span(e), e.Claim!))];
    }

    static ClaimDetail? RuleClaim(string text, string mention) =>
        RuleClaims(text).Where(c => c.Span.Equals(mention, StringComparison.OrdinalIgnoreCase)).Select(c => c.Claim).FirstOrDefault();

    [Theory]
    [InlineData("Russian soldiers looted homes in the village before they withdrew.", "looted")]
    [InlineData("Russian troops plundered the regional museum and its collection.", "plundered")]
    [InlineData("Russian forces have stolen grain and farm machinery from the occupied south.", "stolen")]
    [InlineData("The occupiers expropriated the harvest of the villages around Melitopol under Russian occupation.", "expropriated")]
    public void A_wrongful_taking_of_property_by_a_party_is_a_war_crimes_claim(string text, string mention)
    {
        var claim = RuleClaim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("war_crimes", claim.Target);
        Assert.Equal("russia", claim.Actor);
    }

    // The word says the taking was wrong: no agent is needed in its clause (unlike a neutral verb, which this round
    // does not read), the actor is the article's.
    [Fact]
    public void A_passive_looting_of_property_is_a_claim_without_its_agent() =>
        Assert.Equal("war_crimes", RuleClaim(
            "Russian troops occupied the town for eight months. The museum's collection was looted.", "looted")?.Target);

    // The usual governors frame it.
    [Fact]
    public void A_reported_looting_is_attributed() =>
        Assert.Equal(Framing.Attributed,
            RuleClaim("Residents say Russian soldiers looted their homes and belongings.", "looted")?.Framing);

    [Fact]
    public void A_hedged_looting_is_hedged() =>
        Assert.Equal(Framing.Hedged,
            RuleClaim("Russian troops allegedly looted grain from the farms.", "looted")?.Framing);

    // No noun of property near the word: no claim ("stole the show", a stolen base, a taking that names no property).
    [Theory]
    [InlineData("The Russian pianist stole the show at the festival in Vienna.")]
    [InlineData("Russian forces looted nothing, the mayor said, and left the next morning.")]
    [InlineData("Russian hackers stole passwords from the ministry's servers.")]
    public void A_wrongful_word_without_property_is_no_taking_claim(string text) =>
        Assert.DoesNotContain(RuleClaims(text), c => c.Claim.Target == "war_crimes");

    // Neutral taking verbs are not read by this round: "seized the bridge", "took the city" stay no claim.
    [Theory]
    [InlineData("Russian troops seized the bridge and took the city on the second day.")]
    [InlineData("Russian forces took grain trucks across the river.")]
    public void A_neutral_taking_verb_is_no_claim(string text) =>
        Assert.DoesNotContain(RuleClaims(text), c => c.Claim.Target == "war_crimes");
}
