using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>Round 20: the article-level errors of dev4–dev8 by root cause (docs/VALIDITY.md), with texts of our own.</summary>
public class ClaimRound20Tests
{
    static ClaimDetail? Claim(string text, string mention) => Pipeline.ClaimOf(text, mention);

    // No frame gives the mention an actor and no other mention has one: the actor the text is about is the one the
    // sentences of its claims name as a possible agent, not the victim state the text names most often for its own
    // politics (a dateline, a place, the victims and a reporter are no agents).
    [Theory]
    [InlineData("ODESA, May 3 - Ukraine's government said on Friday it would ask Ukraine's allies for more air defence, and Ukraine's energy minister met donors in Kyiv. Russia sent drones and Russia's bombers fired missiles overnight in what the governor described as attacks on civilians at the port of Odesa.",
        "attacks on civilians")]
    [InlineData("Ukraine's foreign minister said on Monday that Ukraine would raise the case in Geneva, and Ukraine's ombudsman wrote to the Red Cross. The footage shows the execution of two Ukrainian soldiers who had surrendered; Russia's defence ministry did not comment, and Russian bloggers shared the clip.",
        "execution")]
    public void The_claims_sentences_name_the_actor_a_text_is_about(string text, string mention)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal("russia", claim.Actor);
    }

    // Fewer than two possible agents in the claims' sentences: the actor most of the text's cues name still decides.
    [Theory]
    [InlineData("Russia's army has held the town since March, and Russia's governor there reports to Moscow. Russia moved in more troops in May. Ukraine's prosecutors have opened cases over attacks on civilians in the district.",
        "attacks on civilians", "russia")]
    [InlineData("Kyiv's deputies voted on Tuesday to join the court, and Kyiv's president signed the bill. Kyiv will send its nominations in the spring. Prosecutors in Kyiv have opened cases over attacks on civilians in the south.",
        "attacks on civilians", "ukraine")]
    public void Too_few_agents_in_the_claims_sentences_leave_the_texts_count(string text, string mention, string actor)
    {
        var claim = Claim(text, mention);
        Assert.NotNull(claim);
        Assert.Equal(actor, claim.Actor);
    }

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
