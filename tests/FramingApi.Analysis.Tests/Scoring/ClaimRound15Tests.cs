using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 15: classes of framing errors on claim mentions the tool finds in blind-written coverage (dev5, dev4,
/// dev3), with sentences of our own.</summary>
public class ClaimRound15Tests
{
    static ClaimDetail? Claim(string text, string mention)
    {
        var (analyzed, analysis) = Pipeline.Run(text);
        return analysis.Claims().FirstOrDefault(e => analyzed.Span(e).Equals(mention, StringComparison.OrdinalIgnoreCase))?.Claim;
    }

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
}
