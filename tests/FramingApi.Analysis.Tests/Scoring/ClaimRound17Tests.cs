using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 17: classes of framing errors on claim mentions the tool finds in blind-written coverage (dev6, dev5),
/// with sentences of our own.</summary>
public class ClaimRound17Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // "reported" or "claimed" modifying the claim keeps the outlet's distance, as "alleged" does; "putative" is a hedge.
    [Theory]
    [InlineData("The panel will also examine the reported deportation of Ukrainian children from two orphanages.", "deportation of Ukrainian children")]
    [InlineData("Investigators had looked into reported torture at the Russian-run jail for years.", "torture")]
    [InlineData("The claimed removal of Ukrainian children is at the heart of the Hague case.", "removal of Ukrainian children")]
    [InlineData("Prosecutors in Kyiv have logged thousands of putative Russian war crimes since the invasion.", "war crimes")]
    public void A_reporting_participle_modifying_the_claim_hedges_it(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Hedged, $"{claim.Framing} by {claim.Marker}");
    }

    [Theory]
    [InlineData("Kyiv reported torture at the Russian-run jail in the spring.", "torture")]
    [InlineData("Monitors have claimed Russian troops committed war crimes in the village.", "war crimes")]
    public void A_reporting_verb_with_its_subject_still_attributes(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Attributed, $"{claim.Framing} by {claim.Marker}");
    }

    // The crime an evidence noun is of is presupposed by the outlet, whatever reports the handing over of the evidence.
    [Theory]
    [InlineData("Officials said last week they would pass the court evidence of the deliberate shelling of Russian-occupied hospitals by Russian forces.", "shelling")]
    [InlineData("Senators accused the ministry of hiding intelligence on Russia's war crimes for a year.", "war crimes")]
    [InlineData("The agencies will start sharing information about Russian atrocities with the court, according to two officials.", "atrocities")]
    public void A_claim_presupposed_by_an_evidence_noun_is_asserted(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Asserted, $"{claim.Framing} by {claim.Marker}");
    }

    // Unless the report is about what the evidence holds, or hedges the claim itself.
    [Theory]
    [InlineData("The newspaper says the dossier, which contains evidence of the torture of prisoners in Kherson, was never sent.", "torture", Framing.Attributed)]
    [InlineData("The agencies will share evidence of alleged Russian war crimes with the court, officials said.", "war crimes", Framing.Hedged)]
    public void Evidence_a_report_describes_or_a_hedged_claim_keep_their_framing(string text, string mention, Framing expected)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == expected, $"{claim.Framing} by {claim.Marker}");
    }

    // An agentless "as"-clause is the writer's cross-reference, not someone's report; with its subject it attributes.
    [Theory]
    [InlineData("As noted, the prosecutors want everyone responsible for the torture of prisoners brought to trial.", "torture", Framing.Asserted)]
    [InlineData("As the ombudsman noted, the prosecutors want everyone responsible for the torture of prisoners brought to trial.", "torture", Framing.Attributed)]
    public void An_agentless_as_clause_attributes_nothing(string text, string mention, Framing expected)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == expected, $"{claim.Framing} by {claim.Marker}");
    }
}
