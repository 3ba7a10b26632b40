using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 22 (claims17): rules kept after the root-cause count over the open sets dev4–dev11 (sentences of our
/// own).</summary>
public class ClaimRound22Tests
{
    static ClaimDetail HeadlineClaim(string headline, string mention)
    {
        var (analyzed, analysis) = Pipeline.Run(new ArticleParts("The body says nothing more.", headline));
        return Assert.Single(analysis.Claims(), e => analyzed.Span(e).Equals(mention, StringComparison.OrdinalIgnoreCase)).Claim!;
    }

    // Fix 1: an opening credit attributes a headline whose claim is its first word after the colon ("UN monitors: torture
    // of …"); the credit used to be looked for only before the mention's first word, so a nominal claim right after the
    // colon stayed asserted.
    [Theory]
    [InlineData("UN monitors: torture of Ukrainian captives widespread", "torture", "un monitors")]
    [InlineData("Rights panel: executions of prisoners near the front", "executions", "rights panel")]
    [InlineData("Amnesty: war crimes in the occupied south", "war crimes", "amnesty")]
    public void An_opening_credit_attributes_a_nominal_claim_right_after_its_colon(string headline, string mention, string credit)
    {
        var claim = HeadlineClaim(headline, mention);
        Assert.Equal(Framing.Attributed, claim.Framing);
        Assert.Equal(credit, claim.Marker);
    }

    // A kicker is no credit, wherever the claim stands after it.
    [Theory]
    [InlineData("MONSTERS: torture in the village of fear", "torture")]
    [InlineData("Eight years of silence: war crimes nobody will judge", "war crimes")]
    [InlineData("Two years on: atrocities the world forgot", "atrocities")]
    public void A_kicker_before_a_nominal_claim_is_no_credit(string headline, string mention) =>
        Assert.Equal(Framing.Asserted, HeadlineClaim(headline, mention).Framing);
}

public class ClaimRound22CompletionTests
{
    static ClaimDetail Claim(string text, string mention) =>
        Pipeline.ClaimOf(text, mention) ?? throw new Xunit.Sdk.XunitException($"'{mention}' is not a claim mention of '{text}'");

    // Fix 2: the base form "testify" attributes like "testified", "testifies" and "testifying" always did.
    [Theory]
    [InlineData("Former detainees testify that Russian guards used sexual violence against prisoners.", "sexual violence")]
    [InlineData("Returning soldiers testify to torture in Russian prisons.", "torture")]
    public void Testify_attributes(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.Equal(Framing.Attributed, claim.Framing);
        Assert.Equal("testify", claim.Marker);
    }

    [Fact]
    public void A_testimony_noun_is_no_reporting_verb() =>
        Assert.Equal(Framing.Asserted, Claim("Russian forces committed war crimes in the village, and the survivors are ready to testify.", "war crimes").Framing);

    // Fix 3: "since" right before a reporting verb is an adverb ("have since concluded"), not a preposition: the verb
    // still reports.
    [Theory]
    [InlineData("Investigators have since concluded that Russian troops were responsible for war crimes in the town.", "concluded that")]
    [InlineData("The commission has since found that Russian forces tortured detainees.", "found that")]
    public void Since_before_a_reporting_verb_is_an_adverb(string text, string marker)
    {
        var claim = text.Contains("war crimes") ? Claim(text, "war crimes") : Claim(text, "tortured");
        Assert.Equal(Framing.Attributed, claim.Framing);
        Assert.Equal(marker, claim.Marker);
    }

    [Theory]
    [InlineData("Russian forces have committed war crimes in the region since reports began.")]
    [InlineData("Russian forces have committed war crimes in the region ever since claims surfaced.")]
    public void Since_as_a_preposition_still_is_one(string text) =>
        Assert.Equal(Framing.Asserted, Claim(text, "war crimes").Framing);
}
