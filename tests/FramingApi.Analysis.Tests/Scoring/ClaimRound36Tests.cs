using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 36 (claims31), sentences of our own: a denial before the mention does not reach past a verb of
/// accusing whose own "of" complement the mention is (ClaimFramingScorer.AccusationVerbBetween). "called the report a
/// staged provocation and accused Ukraine of torturing prisoners": the denial is the first of two coordinated
/// predicates; the second, the accusation, is what the sentence says of the mention — attributed, not denied. A
/// condition on the claim's truth set before the main clause hedges the main clause (ClaimFramingScorer.
/// PreposedCondition): "If the reports are confirmed, the strike would be an indiscriminate attack".</summary>
public class ClaimRound36Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // The accusation coordinated after a denial governs its own complement.
    [Theory]
    [InlineData("The ministry called the report a staged provocation and accused Ukraine of torturing Russian prisoners.", "torturing", "accused")]
    [InlineData("Moscow says the video is fake and accuses Kyiv of torturing captured Russian soldiers.", "torturing", "accuses")]
    [InlineData("The foreign ministry dismissed the findings as a fabrication, accusing Ukrainian units of torturing civilians in the Kursk region.", "torturing", "accusing")]
    public void An_accusation_after_a_denial_attributes_its_complement(string text, string mention, string marker)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Attributed, claim.Framing);
        Assert.Equal(marker, claim.Marker);
    }

    // A denial whose object is the mention itself still denies it: no verb of accusing between, or an accusation
    // noun (what is rejected is the accusation).
    [Theory]
    [InlineData("The ministry called the reports of torturing Russian prisoners a staged provocation.", "torturing")]
    [InlineData("Moscow rejected Kyiv's accusations of torturing captured Ukrainian soldiers.", "torturing")]
    public void A_denial_of_the_mention_itself_still_denies(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Denied, claim.Framing);
    }

    // A preposed condition on the claim's truth (it holds a marker of its own, or a finding participle) hedges the
    // main clause; the marker inside the condition is not the mention's source.
    [Theory]
    [InlineData("If the reports are confirmed, the strike would be an indiscriminate attack on the market by Russian forces.", "indiscriminate attack")]
    [InlineData("If confirmed, the footage would show the killings of surrendering soldiers by Russian troops.", "killings")]
    [InlineData("If those facts are established, the torture of prisoners by Russian guards is a grave breach.", "torture")]
    public void A_preposed_condition_on_the_claim_hedges_it(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Hedged, claim.Framing);
        Assert.Equal("if", claim.Marker);
    }

    // A condition on something else conditions what is done, not what happened.
    [Theory]
    [InlineData("If we are serious about accountability, we must prosecute the torture of prisoners by Russian guards.", "torture")]
    [InlineData("If the weather holds, inspectors will visit the school where Russian troops tortured prisoners.", "tortured")]
    public void A_condition_on_something_else_leaves_the_claim_asserted(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }
}
