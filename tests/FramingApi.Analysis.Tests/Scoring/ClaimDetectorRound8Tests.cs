using System.Globalization;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Tests.Text;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// detector8 (docs/VALIDITY.md, "The claim detector, round 8"): the model file's <c>claimedThreshold</c> lets the
/// claim-sentence detector act beyond the fallback — in an article where the rules already found a claim against
/// russia in the outlet's voice — at its own bar (at least the fallback's threshold). The shipped file has it at 0.9:
/// held out over twenty-one sets, with the bar chosen inside the training sets, 489 → 496 of 652 russia articles. The
/// file is retrained at every merge with <c>learn --threshold 0.7 --features wordsandroles --claimed-threshold 0.9
/// --write-model seeds/models/claim-sentences.json</c>; the first case guards that the option survives it.
/// </summary>
public class ClaimDetectorRound8Tests
{
    // The rules find a claim against russia in the outlet's voice in the first sentence; the second has a claim word
    // (prisoners) the rules leave without an actor or cue.
    const string Claimed = "Russian troops committed war crimes in Bucha, the report says. ";

    static ClaimSentenceModel Model(double? claimedThreshold, double ribs = 5) =>
        ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9,{{(claimedThreshold is { } c ? $" \"claimedThreshold\": {c.ToString(CultureInfo.InvariantCulture)}," : "")}} "bias": 0,
             "weights": [[{{ClaimSentenceFeatures.Slot(18, "w:", "ribs")}},{{ribs.ToString(CultureInfo.InvariantCulture)}}]]}
            """);

    static List<Evidence> Claims(ClaimSentenceModel? model, string body)
    {
        var (text, analysis) = Pipeline.Run(new ArticleParts(body), Pipeline.With(model));
        text.Dispose();
        return [.. analysis.Evidence.Where(e => e.Claim is not null)];
    }

    [Fact]
    public void The_shipped_model_acts_beyond_the_fallback_at_0_9()
    {
        var model = Pipeline.ShippedModel;
        Assert.NotNull(model);
        Assert.Equal(0.9, model.ClaimedThreshold);
        Assert.Equal(0.7, model.Threshold); // the fallback's own bar, lowered from 0.9 by detector11 (learn --threshold 0.7)
        Assert.Equal(ClaimFeatureSet.WordsAndRoles, model.Features);
    }

    [Fact]
    public void Without_claimedThreshold_the_detector_is_a_fallback_only()
    {
        const string body = Claimed + "Prisoners allegedly came back with broken ribs after months in the camp.";
        var rules = Claims(null, body);
        Assert.Contains(rules, e => e.Claim is { Actor: "russia" } && e.Voice == Voice.Outlet);
        Assert.Null(Model(null).ClaimedThreshold);
        Assert.Equal(rules, Claims(Model(null), body));
    }

    [Fact]
    public void With_claimedThreshold_a_sentence_of_an_article_the_rules_claimed_counts_from_that_bar()
    {
        const string body = Claimed + "Prisoners allegedly came back with broken ribs after months in the camp.";
        var rules = Claims(null, body);
        // ribs weighs 5: probability 0.993, over a bar of 0.95 — a new mention against russia, framed by the rules there.
        var added = Assert.Single(Claims(Model(0.95), body).Except(rules));
        Assert.Equal("russia", added.Claim!.Actor);
        Assert.Equal(Voice.Outlet, added.Voice);
        Assert.Equal(Framing.Hedged, added.Claim.Framing);
        Assert.Equal("allegedly", added.Claim.Marker);
        Assert.True(added.Claim.Detector);
        // Under the bar (0.999) nothing is added, though the fallback's threshold (0.9) is reached.
        Assert.Equal(rules, Claims(Model(0.999), body));
    }

    [Fact]
    public void Beyond_the_fallback_an_asserted_mention_is_added_and_the_marked_only_variant_leaves_it_out()
    {
        // No hedge, denial, scare quotes or attribution in the sentence: the new mention is asserted.
        const string body = Claimed + "Prisoners came back with broken ribs after months in the camp.";
        var rules = Claims(null, body);
        Assert.Equal(Framing.Asserted, Assert.Single(Claims(Model(0.95), body).Except(rules)).Claim!.Framing);
        // MarkedOnly (measured, not shipped: it biases the added framings away from asserted) adds only marked mentions.
        Assert.Equal(rules, Claims(Model(0.95).With(DetectorVariant.Shipped | DetectorVariant.MarkedOnly), body));
        // AgreeingMarkers (measured, not shipped): the rules' framing at the span must be the sentence markers'; here both
        // are asserted, so the mention stands.
        Assert.Single(Claims(Model(0.95).With(DetectorVariant.Shipped | DetectorVariant.AgreeingMarkers), body).Except(rules));
    }

    [Fact]
    public void In_a_fallback_article_the_fallbacks_threshold_holds_and_an_asserted_mention_is_added()
    {
        // A quoted claim only: the rules found none against russia in the outlet's voice, so the fallback acts at 0.9.
        const string body = "\"Russia committed war crimes,\" the mayor said. Prisoners came back with broken ribs after months in the camp.";
        var rules = Claims(null, body);
        var added = Assert.Single(Claims(Model(0.999, ribs: 3), body).Except(rules)); // probability 0.953: over 0.9, under 0.999
        Assert.Equal(Framing.Asserted, added.Claim!.Framing);
    }

    [Fact]
    public void The_context_features_name_the_rules_claims_against_russia_around_the_sentence_and_in_the_article()
    {
        // ClaimFeatureSet.WordsRolesAndContext (measured, not shipped: held out it framed the same articles).
        var (text, analysis) = Pipeline.Run(new ArticleParts(Claimed + "Prisoners came back with broken ribs after months in the camp."), Pipeline.RulesAlone);
        text.Dispose();
        Assert.Equal(["prev", "article-outlet", "article-any"], ClaimSentenceFeatures.ContextOf(analysis.Evidence, 1));
        Assert.Equal(["article-outlet", "article-any"], ClaimSentenceFeatures.ContextOf(analysis.Evidence, 5));
        Assert.Empty(ClaimSentenceFeatures.ContextOf([], 1));
    }

    [Theory]
    [InlineData("0.8")]
    [InlineData("1")]
    public void A_claimedThreshold_below_the_threshold_or_from_1_is_refused(string value)
    {
        Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse(
            $$"""{"name": "x", "version": 1, "bits": 18, "threshold": 0.9, "claimedThreshold": {{value}}, "bias": 0, "weights": []}"""));
        Assert.Equal(0.9, ClaimSentenceModel.Parse(
            """{"name": "x", "version": 1, "bits": 18, "threshold": 0.9, "claimedThreshold": 0.9, "bias": 0, "weights": []}""").ClaimedThreshold);
    }

    // claims37: a sentence the rules ruled out as a whole — a legal qualification of nobody's act, a definition — gets no
    // mention from a model that acts beyond the fallback, however much it weighs the sentence's words.
    [Theory]
    [InlineData("Killing prisoners who have surrendered is a war crime under the Geneva Conventions.")]
    [InlineData("War crimes are serious violations of the Geneva Conventions.")]
    public void A_sentence_the_rules_ruled_out_gets_no_detector_mention(string definition)
    {
        var model = ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9, "claimedThreshold": 0.9, "bias": 0,
             "weights": [[{{ClaimSentenceFeatures.Slot(18, "w:", "geneva")}},8], [{{ClaimSentenceFeatures.Slot(18, "w:", "ribs")}},8]]}
            """);
        var body = Claimed + definition;
        var rules = Claims(null, body);
        Assert.Equal(rules, Claims(model, body));
        // The same model adds a mention where the rules ruled nothing out.
        Assert.Single(Claims(model, Claimed + "Prisoners came back with broken ribs after months in the camp.").Except(Claims(null, Claimed + "Prisoners came back with broken ribs after months in the camp.")));
    }
}
