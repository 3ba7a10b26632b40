using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 19: classes of framing and voice errors on claim mentions the tool finds in blind-written coverage
/// (dev4, dev5, dev6, dev7 together), with sentences of our own.</summary>
public class ClaimRound19Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // The accused's own line, reported by the outlet: a negated claim, or the claim verb restricted to the military.
    [Theory]
    [InlineData("The defence ministry in Moscow repeated on Friday that Russian troops do not shell residential districts.", "shell", "not")]
    [InlineData("Kyiv's general staff insisted that its artillery has never deliberately targeted civilians in Donetsk.", "targeted civilians", "never")]
    [InlineData("A spokesman said Israeli forces didn't bomb homes in the camp.", "bomb", "didn't")]
    [InlineData("The Kremlin says its missiles hit only military and energy facilities serving the Ukrainian army.", "hit", "only")]
    public void A_negated_or_restricted_claim_is_denied(string text, string mention, string marker)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Denied, $"{claim.Framing} by {claim.Marker}");
        Assert.Equal(marker, claim.Marker);
    }

    // "not only", a negation that governs another verb, and a restriction to something other than the military
    // deny nothing.
    [Theory]
    [InlineData("Russian troops not only shelled residential districts, they mined the roads out of town.", "shelled", Framing.Asserted)]
    [InlineData("Residents say Russian troops never stopped shelling residential districts.", "shelling", Framing.Attributed)]
    [InlineData("Prosecutors say Russian troops shelled residential districts only at night.", "shelled", Framing.Attributed)]
    public void Other_negations_deny_nothing(string text, string mention, Framing expected)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == expected, $"{claim.Framing} by {claim.Marker}");
    }

    // A reporting verb after the mention in a clause of its own (coordinated after a comma, or an object relative with a
    // complement that is no claim) reports that clause; the mention keeps the outlet's voice.
    [Theory]
    [InlineData("Russian troops shelled residential districts of Kharkiv for weeks, yet Moscow insists the city was a military stronghold.", "shelled")]
    [InlineData("Russian forces bombarded apartment blocks in the city, which officials describe as a deliberate campaign against morale.", "bombarded")]
    [InlineData("Russian troops shelled residential districts of the town, and local officials say the repairs will take a year.", "shelled")]
    public void A_report_in_a_clause_of_its_own_leaves_the_mention_asserted(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Asserted, $"{claim.Framing} by {claim.Marker}");
    }

    // A reporting clause that reports the sentence, or a relative whose reporting verb has the mention as its object,
    // still attributes.
    [Theory]
    [InlineData("Russian troops shelled residential districts of the town, officials said on Tuesday.", "shelled", "officials said")]
    [InlineData("Russian troops shelled residential districts of the town, officials who asked not to be named said.", "shelled", "said")]
    [InlineData("Russian soldiers tortured detainees in the basement, which survivors reported to the police.", "tortured", "reported")]
    public void A_report_of_the_sentence_still_attributes(string text, string mention, string marker)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Attributed, $"{claim.Framing} by {claim.Marker}");
        Assert.Equal(marker, claim.Marker);
    }

    // A quotation that goes on in new quote marks after its speaker's tag, in the same paragraph, is that speaker's.
    [Fact]
    public void A_quotation_continued_after_its_tag_takes_the_tag()
    {
        var claim = Claim("\"We counted every grave,\" said Olha Marchenko, who has led the village council since 2019 and keeps a list"
                          + " of the dead. \"Russian soldiers executed civilians in the street. Nobody will forget it.\"", "executed civilians");
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Attributed, $"{claim.Framing} by {claim.Marker}");
        Assert.Equal("said", claim.Marker);
    }

    // Without an earlier tag after quoted words, the speaker is not known from the paragraph (a documented limit).
    [Fact]
    public void A_quotation_without_a_tag_in_its_paragraph_stays_unframed()
    {
        var claim = Claim("Olha Marchenko, who has led the village council since 2019 and keeps a list of the dead, was blunt."
                          + " \"Russian soldiers executed civilians in the street.\"", "executed civilians");
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Asserted, $"{claim.Framing} by {claim.Marker}");
    }

    // A mention in the content of a claim noun nobody owns ("the accusation that …", "the wildest rumour of all — that
    // …") is hedged by that noun.
    [Theory]
    [InlineData("The accusation, repeated by several Western ministers this spring, that Russian troops executed civilians in the village has never been tested in court.", "executed civilians", "accusation")]
    [InlineData("The wildest rumour of all — that Russian soldiers tortured the mayor — spread within hours.", "tortured", "rumour")]
    public void The_content_of_an_unowned_claim_noun_is_hedged(string text, string mention, string marker)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Hedged, $"{claim.Framing} by {claim.Marker}");
        Assert.Equal(marker, claim.Marker);
    }

    // The noun's own predicate and a new clause after it are the outlet's again; an owned claim noun is someone's.
    [Theory]
    [InlineData("The accusation that Russian troops executed civilians in the village is serious, and the torture of detainees is documented.", "torture", Framing.Asserted)]
    [InlineData("The ministry's accusation that Russian troops executed civilians in the village was repeated on Monday.", "executed civilians", Framing.Attributed)]
    public void Outside_the_content_or_with_an_owner_the_claim_noun_does_not_hedge(string text, string mention, Framing expected)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == expected, $"{claim.Framing} by {claim.Marker}");
    }

    // The accused describing its own act as something else denies it; the accuser's description attributes.
    [Theory]
    [InlineData("Moscow describes the deportation of Ukrainian children by Russian officials as a humanitarian rescue.", Framing.Denied)]
    [InlineData("Kyiv describes the deportation of children by Russia as genocide.", Framing.Attributed)]
    public void A_counter_description_by_the_accused_denies(string text, Framing expected)
    {
        var (analyzed, analysis) = Pipeline.Run(text);
        var claim = analysis.Claims().First(e => analyzed.Span(e).StartsWith("deportation of", StringComparison.Ordinal)).Claim;
        Assert.NotNull(claim);
        Assert.True(claim.Framing == expected, $"{claim.Framing} by {claim.Marker}");
        Assert.Equal("describes", claim.Marker);
    }

    // A denial word after a determiner at the end of the sentence describes its own noun; a denial verb there denies.
    [Theory]
    [InlineData("Stories about alleged Russian atrocities keep appearing before every summit, from the staged footage of last spring.", "atrocities", Framing.Hedged)]
    [InlineData("Russian troops tortured prisoners in the camp, a charge the Kremlin rejects.", "tortured", Framing.Denied)]
    public void A_sentence_final_denial_must_be_a_verb(string text, string mention, Framing expected)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == expected, $"{claim.Framing} by {claim.Marker}");
    }
}
