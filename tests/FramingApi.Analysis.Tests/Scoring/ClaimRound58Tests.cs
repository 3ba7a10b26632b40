using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 58 (claimsverb58; docs/ANALYSIS.md, "Round 58 (claimsverb58)"): the present-tense verb <i>claims</i>
/// with a zero-<i>that</i> complement after a subject ("Moscow claims Ukrainian forces shelled the hospital") reports a
/// named speaker's claim: <c>attributed</c>, as tests/validation/README.md frames "X says" and as the readers label
/// "Russia claims these shells have killed civilians" (dev13-20). On main the bare verb was read as nothing and these
/// mentions were asserted in the outlet's voice. The noun <i>claims</i> (after a determiner, a possessive, a common or
/// nationality modifier; before <i>of</i>, a verb or a common noun; <i>to claim</i> a right) is no reporting verb and
/// never becomes the marker.
/// </summary>
public class ClaimRound58Tests
{
    [Theory]
    [InlineData("Kyiv claims Russian forces shelled the hospital.", "shelled")]
    [InlineData("Ukraine claims Russia committed war crimes in Bucha.", "war crimes")]
    [InlineData("Moscow claims Ukrainian forces shelled the hospital.", "shelled")]
    [InlineData("Moscow now claims Ukrainian troops tortured prisoners in Kursk.", "tortured")]
    [InlineData("The ministry claims Russian soldiers executed civilians in Izium.", "executed civilians")]
    [InlineData("He claims Russian troops deported children from Kherson.", "deported children")]
    [InlineData("She claims Russian security agents tortured her husband.", "tortured")]
    [InlineData("Zelensky claims Russia is committing genocide in Ukraine.", "genocide")]
    [InlineData("Kyiv still claims Russian troops executed prisoners of war.", "executed")]
    [InlineData("Ukraine's prosecutor general claims Russian forces tortured detainees in Kherson.", "tortured")]
    public void The_verb_claims_with_a_zero_that_clause_attributes_the_claim(string sentence, string mention)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
        {
            var claim = Pipeline.ClaimSpans(sentence, analyzer)
                .Where(c => c.Span.StartsWith(mention, StringComparison.OrdinalIgnoreCase)).Select(c => c.Claim).FirstOrDefault();
            Assert.NotNull(claim);
            Assert.Equal(Framing.Attributed, claim.Framing);
            Assert.Equal("claims", claim.Marker);
        }
    }

    [Theory]
    [InlineData("Insurance claims rose after Russian forces shelled the city.")]
    [InlineData("The claims were dismissed after investigators found Russian troops had not shelled the hospital.")]
    [InlineData("Russia's claims of genocide in Donbas were rejected by the court.")]
    [InlineData("Claims adjusters said Russian missiles destroyed the warehouse.")]
    [InlineData("The company claims department reported that Russian strikes destroyed three depots.")]
    [InlineData("Unemployment claims jumped after Russian shelling destroyed the factory.")]
    [InlineData("Land claims Moscow rejects were filed after Russian troops looted the village.")]
    [InlineData("War crimes claims against Russian commanders are mounting.")]
    [InlineData("Those claims Russian forces tortured prisoners deserve scrutiny.")]
    [InlineData("The claims Russian forces shelled the hospital were never verified.")]
    [InlineData("Kyiv's claims Russian soldiers executed civilians were confirmed by the UN.")]
    [InlineData("Ukraine filed claims for damage after Russian troops looted the museum.")]
    [InlineData("He filed insurance claims after Russian shelling destroyed his home.")]
    [InlineData("The Ukrainian claims commission received files on homes Russian troops looted.")]
    [InlineData("The court claims jurisdiction over Russian soldiers who tortured prisoners.")]
    [InlineData("Russia claims responsibility for the strike that killed civilians in Kharkiv.")]
    [InlineData("The court claims the power to try Russian commanders who ordered the shelling of hospitals.")]
    [InlineData("Fresh claims Russian troops abducted children surfaced on Monday.")]
    [InlineData("The investigators examined claims Russian forces shelled the hospital.")]
    [InlineData("Such claims Russia deported children must be tested in court.")]
    [InlineData("Moscow dismissed Ukrainian claims Russian forces shelled the hospital.")]
    [InlineData("Kyiv rejected Russian claims Ukrainian troops tortured prisoners in Kursk.")]
    [InlineData("Officials weighed American claims Russian troops deported children.")]
    [InlineData("Health insurance claims the hospital submitted after Russian shelling were paid.")]
    [InlineData("The war claims the lives of civilians every day as Russian forces shell the city.")]
    public void The_noun_claims_is_no_reporting_verb(string sentence)
    {
        foreach (var analyzer in Pipeline.ShippedAndRulesAlone)
            Assert.DoesNotContain(Pipeline.ClaimSpans(sentence, analyzer), c => c.Claim.Marker is "claims" or "Claims");
    }
}
