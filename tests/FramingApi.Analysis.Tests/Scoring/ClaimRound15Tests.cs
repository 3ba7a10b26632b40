using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 15: classes of framing errors on claim mentions the tool finds in blind-written coverage (dev5, dev4,
/// dev3), with sentences of our own.</summary>
public class ClaimRound15Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // A negated denial denies nothing: the claim keeps the framing the rest of its sentence gives it.
    [Theory]
    [InlineData("Hardly anyone disputed that Russian soldiers had committed atrocities in the town.", "atrocities")]
    [InlineData("Nobody in the cabinet disputes that Russian forces committed war crimes near the capital.", "war crimes")]
    [InlineData("The Russian massacres were not staged.", "massacres")]
    [InlineData("Even the Kremlin's allies have never denied that Russian units tortured prisoners there.", "tortured")]
    [InlineData("The generals didn't deny that Russian forces committed war crimes in the region.", "war crimes")]
    [InlineData("No one in the room rejected the claim that Russian troops committed atrocities.", "atrocities")]
    public void A_negated_denial_does_not_deny_the_claim(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.NotEqual(Framing.Denied, claim.Framing);
    }

    [Theory]
    [InlineData("Moscow disputed that Russian soldiers had committed atrocities in the town.", "atrocities")]
    [InlineData("The Kremlin not only denied that Russian forces committed war crimes but mocked the question.", "war crimes")]
    [InlineData("The Russian massacres were staged.", "massacres")]
    public void A_denial_without_negation_still_denies(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Denied, claim.Framing);
    }

    // A claim inside a conditional clause is hedged: the writer does not say it happened.
    [Theory]
    [InlineData("If Russian generals ordered the killing of civilians, they must answer in court.", "killing of civilians")]
    [InlineData("We will hand over the files if Russian troops committed atrocities in the village.", "atrocities")]
    [InlineData("Russian atrocities, if proven, should be tried in The Hague.", "atrocities")]
    public void A_claim_in_a_conditional_clause_is_hedged(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Hedged, claim.Framing);
    }

    [Theory]
    [InlineData("Russian forces committed atrocities in the village, and the court will decide if the generals can be tried.", "atrocities")]
    public void A_condition_outside_the_claims_clause_does_not_hedge_it(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Asserted, $"{claim.Framing} by {claim.Marker}");
    }

    // A reporting participle raising its subject to an infinitive, with nobody saying it, hedges like "reportedly".
    [Theory]
    [InlineData("The dossier contains intercepts said to show Russian officers ordering the killing of civilians.", "killing of civilians")]
    [InlineData("The files are reported to include the deportation of Ukrainian children from two care homes.", "deportation of Ukrainian children")]
    [InlineData("The unit is believed to have tortured prisoners in the basement of the school.", "tortured")]
    public void An_agentless_raising_participle_hedges_the_claim(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Hedged, claim.Framing);
    }

    [Theory]
    [InlineData("The prosecutor said Russian soldiers tortured prisoners in the basement.", "tortured")]
    [InlineData("Survivors said to reporters that Russian soldiers tortured prisoners in the basement.", "tortured")]
    public void A_speaker_who_says_it_still_attributes(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Attributed, claim.Framing);
    }

    // The predicate of a claim noun phrase denies the claim it holds: "the accusations of X are groundless".
    [Theory]
    [InlineData("The accusations of attacks on civilian homes are completely groundless, the embassy wrote.", "attacks on")]
    [InlineData("The claims of Russian atrocities in the village were fabricated, the envoy insisted.", "atrocities")]
    public void A_denial_predicate_of_a_claim_noun_phrase_denies_the_claim(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Denied, claim.Framing);
    }

    [Fact]
    public void A_claim_noun_phrase_without_a_denial_predicate_stays_hedged()
    {
        var claim = Claim("The accusations of attacks on civilian homes have grown louder this month.", "attacks on");
        Assert.NotNull(claim);
        Assert.Equal(Framing.Hedged, claim.Framing);
    }
}
