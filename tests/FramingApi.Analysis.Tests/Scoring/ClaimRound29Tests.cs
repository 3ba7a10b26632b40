using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 29 (claims24), sentences of our own: a classification of an act as the crime reports someone's legal
/// reading (ClaimFramingScorer.Classification); "speak of" reports its complement, never what stands before it
/// (claims.json, ClaimFramingScorer.ReportsComplementAfter); the name of a criminal code's article is no claim
/// (ClaimFramingScorer.IsArticleName); the crime that material concerns is presupposed
/// (ClaimFramingScorer.IsEvidenceSubject).</summary>
public class ClaimRound29Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // A prosecutor's or court's classification of the act as the crime: the claim is theirs.
    [Theory]
    [InlineData("Prosecutors in Kyiv opened a case on Monday, classifying the killing of the men by Russian troops as a war crime.", "war crime", "classifying")]
    [InlineData("The strike by Russian forces on the market, which the regional prosecutor qualifies as a war crime, killed nine.", "war crime", "qualifies")]
    [InlineData("Last year the commission recognised the Russian drone attacks on the villages of the region as crimes against humanity.", "crimes against humanity", "recognised")]
    [InlineData("The characterisation of Russia's strikes on the grid as crimes against humanity is new at the court.", "crimes against humanity", "characterisation")]
    [InlineData("Ukraine's prosecutors have classified the Russian strike on the station as a war crime under the criminal code.", "war crime", "classified")]
    public void A_classification_as_the_crime_is_attributed(string text, string mention, string marker)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Attributed, claim.Framing);
        Assert.Equal(marker, claim.Marker);
    }

    // No classification: the outlet's own reading.
    [Theory]
    // An intransitive "qualifies as": the writer says what the act is.
    [InlineData("The Russian shelling of the hospital plainly qualifies as a war crime.", "war crime")]
    // The classifying word is an adjective, and no "as" comes before the claim.
    [InlineData("Classified cables left the embassy on the day Russian troops committed war crimes in the town.", "war crimes")]
    // "as" too far from the claim: it belongs to another phrase.
    [InlineData("The case was classified as urgent after Russian troops committed war crimes in the town.", "war crimes")]
    public void Without_a_classification_the_claim_stays_asserted(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // "speak of" reports the claim after it.
    [Theory]
    [InlineData("Officials in Kyiv speak of Russian genocide and demand a tribunal.", "genocide")]
    [InlineData("Several Ukrainian ministers have gone further than the court, speaking of Russian genocide.", "genocide")]
    [InlineData("American officials were among the first to speak of Russian war crimes in the town.", "war crimes")]
    public void Speak_of_attributes_its_complement(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Attributed, claim.Framing);
    }

    // A claim before "speak of" is not what it reports.
    [Fact]
    public void Speak_of_does_not_report_what_stands_before_it()
    {
        var claim = Claim("Russian troops tortured prisoners in the camp, and the Kremlin has no standing to speak of the rule of law.", "tortured");
        Assert.NotNull(claim);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // The crime named as a criminal code's article is the name of a law, no claim.
    [Theory]
    [InlineData("Russian troops held the men in a cellar; prosecutors opened proceedings under the article of the criminal code concerning violation of the laws and customs of war.", "violation of the laws and customs of war")]
    [InlineData("Kyiv says it opened a case against the Russian commander under the article of the criminal code covering violations of the laws of war.", "violations of the laws of war")]
    [InlineData("Prosecutors charged the Russian officers under the article on cruel treatment of prisoners of war.", "cruel treatment")]
    public void A_criminal_code_article_is_no_claim(string text, string mention) =>
        Assert.Null(Claim(text, mention));

    // The act a case is about, or the crime committed, is still a claim.
    [Theory]
    [InlineData("Prosecutors opened proceedings under Article 438 over the deportation of children by Russian forces.", "deportation of children")]
    [InlineData("The court ruled that the Russian officer's cruel treatment of prisoners of war was a crime under the code.", "cruel treatment")]
    public void A_case_about_an_act_keeps_the_claim(string text, string mention) =>
        Assert.NotNull(Claim(text, mention));

    // The material is about the crime: presupposed, whoever reports what the material holds.
    [Theory]
    [InlineData("According to the newspaper, the evidence concerns, in particular, the deportation of Ukrainian children by Russian forces.", "deportation of Ukrainian children")]
    [InlineData("Much of that material concerned Russian strikes on Ukraine's power grid, according to officials.", "strikes on")]
    public void What_the_evidence_concerns_is_asserted(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(Framing.Asserted, claim.Framing);
    }

    // Not the material's subject: the report still frames the claim.
    [Theory]
    // The subject of "concerns" is no evidence noun.
    [InlineData("According to the newspaper, the dispute concerns the deportation of Ukrainian children by Russian forces.", "deportation of Ukrainian children")]
    // A clause of its own between the verb and the mention.
    [InlineData("According to the newspaper, the evidence concerns a period in which Russian troops committed war crimes.", "war crimes")]
    // A hedge still hedges.
    [InlineData("According to the newspaper, the evidence concerns the alleged deportation of Ukrainian children by Russian forces.", "deportation of Ukrainian children")]
    public void Other_subjects_keep_the_framing_of_the_sentence(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.NotEqual(Framing.Asserted, claim.Framing);
    }
}
