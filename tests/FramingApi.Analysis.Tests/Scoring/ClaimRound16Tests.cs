using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 16: classes of outlet-voice wording from blind-written coverage (dev5, dev6) that the claim rules
/// missed, with sentences of our own.</summary>
public class ClaimRound16Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // A passive act of cruelty whose paragraph names no perpetrator takes the actor of the article's previous claim.
    [Theory]
    [InlineData("Russian soldiers tortured villagers in the school basement.\n\nThe monitors visited the town in May.\n\nPrisoners were beaten with rifle butts and left without water.", "beaten")]
    [InlineData("Russian troops executed civilians in the forest.\n\nA memorial now stands at the edge of the road.\n\nIn the cellar, detainees were abused for weeks.", "abused")]
    public void Passive_cruelty_takes_the_article_perpetrator(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("torture", claim.Target);
        Assert.Equal("russia", claim.Actor);
    }

    [Theory]
    // No claim before it: nobody to take the act from.
    [InlineData("The monitors visited the town in May.\n\nPrisoners were beaten with rifle butts and left without water.", "beaten")]
    // A quoted witness keeps the speaker's own discourse.
    [InlineData("Russian soldiers tortured villagers in the school basement.\n\nThe monitors visited the town in May.\n\nOne man said: \"Prisoners were beaten every night.\"", "beaten")]
    public void Passive_cruelty_without_an_outlet_perpetrator_is_no_claim(string text, string mention)
    {
        Assert.Null(Claim(text, mention));
    }

    // A list of the same claim is one mention: the first item carries it.
    [Theory]
    [InlineData("Russian guards tortured or ill-treated most of the prisoners.", "tortured", "ill-treated")]
    [InlineData("The report says Russia carried out the deportation, transfer of children from the region.", "deportation", "transfer")]
    public void A_listed_item_of_the_same_claim_is_no_second_mention(string text, string first, string second)
    {
        Assert.NotNull(Claim(text, first));
        Assert.Null(Claim(text, second));
    }

    [Fact]
    public void Items_of_different_claims_stay_separate()
    {
        const string text = "The commission found that Russian forces committed torture and war crimes in the region.";
        Assert.NotNull(Claim(text, "torture"));
        Assert.NotNull(Claim(text, "war crimes"));
    }
}
