using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 63 (claims63; docs/VALIDITY.md, "Claims round 63 (claims63)"): two ways of removing false mentions were
/// measured and not kept — the claim-sentence detector's span skipping a word that names the war's setting (the
/// object of a preposition of place or time, <i>during the occupation</i>, or a modifier, <i>the occupation
/// administration</i>: candidate commits d454a6f7, d8fa308d), and a law article's name in parentheses after its citation
/// (<i>under Article 438 of the Criminal Code of Ukraine (violation of the laws and customs of war)</i>: candidate
/// commit 5a09ece8). These guards are the round's reverse check: claims that stand beside those constructions, or
/// whose act is scoped by a modal or a negation that does not deny it, stay claims with the shipped detector and the
/// rules alone; names of laws and units stay no claims. A later round that ships such a rule must pass them.
/// </summary>
public class ClaimRound63Tests
{
    [Theory]
    [InlineData("executed", "Russian forces later executed the men in a forest outside the village.")]
    [InlineData("shelled", "It was not the first time Russia had shelled the market.")]
    [InlineData("tortured", "During the occupation, Russian soldiers tortured detainees in the basement of the police station.")]
    [InlineData("deported", "Since the first weeks of the invasion, Russian officials have deported children from Kherson to Crimea.")]
    [InlineData("deported", "The occupation administration deported forty children from the orphanage to Russia.")]
    [InlineData("deportation of children", "Prosecutors opened proceedings under Article 438 of the Criminal Code of Ukraine (violation of the laws and customs of war) over the deportation of children from Oleshky.")]
    [InlineData("executed", "Russian soldiers executed two prisoners, an offence under Article 438 of the Criminal Code of Ukraine (violation of the laws and customs of war).")]
    public void A_claim_beside_the_construction_stays_a_claim(string words, string sentence)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            Assert.True(Pipeline.HasMentionAfterWarLead(analyzer, sentence, words), sentence);
    }

    [Theory]
    [InlineData("war crimes", "The war crimes unit moved into a new office in Lviv this spring.")]
    [InlineData("Genocide", "The Genocide Convention was adopted in Paris in 1948.")]
    public void A_name_stays_no_claim(string words, string sentence)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            Assert.False(Pipeline.HasMentionAfterWarLead(analyzer, sentence, words), sentence);
    }
}
