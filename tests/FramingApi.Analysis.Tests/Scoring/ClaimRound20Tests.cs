using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 20: the article-level errors of dev4–dev8 by root cause (docs/VALIDITY.md), with texts of our own.</summary>
public class ClaimRound20Tests
{
    static ClaimDetail? HeadlineClaim(string headline, string mention)
    {
        var (text, analysis) = Pipeline.Run(new ArticleParts("The court in The Hague is expected to rule next month.", headline));
        return analysis.Claims().FirstOrDefault(e => text.Span(e).Equals(mention, StringComparison.OrdinalIgnoreCase))?.Claim;
    }

    // A headline that asks whether the claim is true keeps the outlet's distance (the corpus README's convention).
    [Theory]
    [InlineData("Did Israel commit war crimes in Rafah?", "war crimes")]
    [InlineData("A reckoning for Moscow's crimes, or only for ours?", "Moscow's crimes")]
    [InlineData("Will the court ever try Putin for the deportation of Ukrainian children?", "deportation of Ukrainian children")]
    public void A_headline_question_hedges(string headline, string mention)
    {
        var claim = HeadlineClaim(headline, mention);
        Assert.NotNull(claim);
        Assert.True(claim.Framing == Framing.Hedged, $"{claim.Framing} by {claim.Marker}");
        Assert.Equal(headline.TrimEnd('?').ToLowerInvariant(), claim.Marker);
    }

    // A headline that states the claim, and a question in the body (the writer's rhetoric), are not hedged by it.
    [Fact]
    public void A_headline_statement_or_a_question_in_the_body_does_not_hedge()
    {
        var stated = HeadlineClaim("Israel committed war crimes in Rafah, and the court must say so", "war crimes");
        Assert.NotNull(stated);
        Assert.Equal(Framing.Asserted, stated.Framing);
        var body = Pipeline.ClaimOf("Did Israel commit war crimes in Rafah? The court in The Hague will decide.", "war crimes");
        Assert.NotNull(body);
        Assert.Equal(Framing.Asserted, body.Framing);
    }
}
