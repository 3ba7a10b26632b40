using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

public class ClaimsSummaryTests
{
    static Evidence Mention(string target, string actor, Framing framing, Voice voice = Voice.Outlet) =>
        new(0, target, target, 0, 1, 0, voice, SegmentKind.Body, new ClaimDetail(target, actor, framing, null, null, null));

    [Theory]
    [InlineData(3, 0, 0, 0, FramingLabel.Asserted)]
    [InlineData(2, 1, 0, 0, FramingLabel.Asserted)]
    [InlineData(1, 1, 0, 0, FramingLabel.Mixed)]      // half is not more than half
    [InlineData(1, 2, 1, 0, FramingLabel.Mixed)]
    [InlineData(0, 1, 3, 1, FramingLabel.Attributed)]
    [InlineData(0, 0, 0, 2, FramingLabel.Denied)]
    [InlineData(0, 0, 0, 0, FramingLabel.Absent)]
    public void The_dominant_framing_has_more_than_half_of_the_mentions(int asserted, int hedged, int attributed, int denied, FramingLabel expected)
    {
        Assert.Equal(expected, ClaimsSummary.Dominant(asserted, hedged, attributed, denied));
    }

    [Fact]
    public void Rows_per_target_actor_and_voice_and_per_actor_and_voice_over_all_targets()
    {
        var summary = ClaimsSummary.From(
        [
            Mention("war_crimes", "russia", Framing.Asserted),
            Mention("war_crimes", "russia", Framing.Asserted),
            Mention("torture", "russia", Framing.Hedged),
            Mention("war_crimes", "russia", Framing.Attributed, Voice.Quotation),
            Mention("war_crimes", "us", Framing.Denied),
        ]);

        Assert.Equal(
        [
            new ClaimFramingCounts("torture", "russia", Voice.Outlet, 0, 1, 0, 0, FramingLabel.Hedged),
            new ClaimFramingCounts("war_crimes", "russia", Voice.Outlet, 2, 0, 0, 0, FramingLabel.Asserted),
            new ClaimFramingCounts("war_crimes", "us", Voice.Outlet, 0, 0, 0, 1, FramingLabel.Denied),
            new ClaimFramingCounts("war_crimes", "russia", Voice.Quotation, 0, 0, 1, 0, FramingLabel.Attributed),
        ], summary.ByTarget);
        Assert.Equal(
        [
            new ClaimFramingCounts(null, "russia", Voice.Outlet, 2, 1, 0, 0, FramingLabel.Asserted),
            new ClaimFramingCounts(null, "us", Voice.Outlet, 0, 0, 0, 1, FramingLabel.Denied),
            new ClaimFramingCounts(null, "russia", Voice.Quotation, 0, 0, 1, 0, FramingLabel.Attributed),
        ], summary.ByActor);
        Assert.Equal(3, summary.ByActor[0].Mentions);
    }

    [Fact]
    public void The_article_label_merges_denials_into_hedged_and_says_absent_without_mentions()
    {
        var summary = ClaimsSummary.From(
        [
            Mention("war_crimes", "russia", Framing.Denied),
            Mention("torture", "russia", Framing.Hedged),
            Mention("war_crimes", "russia", Framing.Asserted),
            Mention("war_crimes", "russia", Framing.Asserted, Voice.Comments),
            Mention("war_crimes", "russia", Framing.Asserted, Voice.Comments),
        ]);
        // Outlet voice: 1 denied + 1 hedged + 1 asserted. Apart, none has a majority; merged, hedged has two of three.
        Assert.Equal(FramingLabel.Mixed, summary.ByActor.Single(r => r.Voice == Voice.Outlet).Dominant);
        Assert.Equal(FramingLabel.Hedged, summary.ArticleLabel("russia"));
        Assert.Equal(FramingLabel.Asserted, summary.ArticleLabel("russia", Voice.Comments));
        Assert.Equal(FramingLabel.Absent, summary.ArticleLabel("ukraine"));
        Assert.Equal(FramingLabel.Absent, summary.ArticleLabel("russia", Voice.Quotation));
    }

    [Fact]
    public void Evidence_without_a_claim_and_boilerplate_count_for_nothing()
    {
        var summary = ClaimsSummary.From(
        [
            new Evidence(1, "cluster_munitions", "cluster munition*", 0, 5, 0, Voice.Outlet, SegmentKind.Body),
            Mention("war_crimes", "russia", Framing.Asserted, Voice.None),
        ]);
        Assert.Same(ClaimsSummary.Empty, summary);
        Assert.Equal(FramingLabel.Absent, summary.ArticleLabel("russia"));
    }

    [Fact]
    public void The_summary_of_an_analysed_article_reads_its_claim_mentions()
    {
        var (_, analysis) = Pipeline.Run(
            "Russian forces committed war crimes in Bucha. Moscow denies the atrocities. " +
            "Prosecutors say Russian soldiers tortured prisoners.");
        var summary = ClaimsSummary.From(analysis.Evidence);
        var russia = summary.ByActor.Single(r => r.Actor == "russia" && r.Voice == Voice.Outlet);
        var counted = analysis.Claims().Count(e => e.Claim!.Actor == "russia" && e.Voice == Voice.Outlet);
        Assert.Equal(counted, russia.Mentions);
        Assert.True(russia.Mentions >= 3);
        Assert.Equal(summary.ByTarget.Where(r => r.Actor == "russia" && r.Voice == Voice.Outlet).Sum(r => r.Mentions), russia.Mentions);
    }

    [Theory]
    [InlineData(FramingLabel.Asserted, "asserted")]
    [InlineData(FramingLabel.Mixed, "mixed")]
    [InlineData(FramingLabel.Absent, "absent")]
    public void Labels_have_the_names_of_the_api(FramingLabel label, string key) => Assert.Equal(key, ClaimsSummary.Key(label));
}
