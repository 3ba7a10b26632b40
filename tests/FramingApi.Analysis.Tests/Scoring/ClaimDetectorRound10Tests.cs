using System.Globalization;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Tests.Text;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// detector10 (docs/VALIDITY.md, "The claim detector, round 10 (detector10)"): the model file's <c>cueThreshold</c>
/// keeps the claim-sentence detector's new mention off a cue — a claims target that names only the victims or the place
/// (<i>children, residents, the town</i>) — in a sentence rated under it; the shipped file says 1 (never), except for the
/// object of <i>against</i> (<i>crimes against civilians</i>: the phrase names the act with its victims). Held out over
/// twenty-three sets, 541 → 544 of 712 russia articles at seed 11 (nested alike). Claims round 46 had ranked the cue last
/// (<see cref="ClaimRound46Tests"/>) and measured, in-sample, dropping it outright.
/// </summary>
public class ClaimDetectorRound10Tests
{
    // The first sentence gives the article a claim against russia in the outlet's voice (so the detector acts at its
    // claimed bar); the second is the detector's, with the test model's strong word ("dawn") in it.
    const string Claimed = "Russian troops committed war crimes in Bucha, the report says. ";

    static ClaimSentenceModel Model(double? cue) =>
        ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9, "claimedThreshold": 0.9,{{(cue is { } q ? $" \"cueThreshold\": {q.ToString(CultureInfo.InvariantCulture)}," : "")}} "bias": 0,
             "weights": [[{{ClaimSentenceFeatures.Slot(18, "w:", "dawn")}},5]]}
            """);

    static List<Evidence> Added(ClaimSentenceModel? model, string sentence)
    {
        var body = Claimed + sentence;
        var at = body.IndexOf(sentence, StringComparison.Ordinal);
        var (text, analysis) = Pipeline.Run(new ArticleParts(body), Pipeline.With(model));
        text.Dispose();
        return [.. analysis.Evidence.Where(e => e.Claim is not null && e.Start >= at)];
    }

    static string Span(Evidence e, string sentence) => (Claimed + sentence)[e.Start..e.End];

    [Fact]
    public void The_shipped_model_keeps_its_mentions_off_a_cue()
    {
        // Written by learn … --cue-threshold 1 --write-model seeds/models/claim-sentences.json at the merge: this guards
        // that the option survives it.
        var model = Pipeline.ShippedModel;
        Assert.NotNull(model);
        Assert.Equal(1, model.CueThreshold);
    }

    // The sentence's only claims target is a cue (the children, the village): round 46's detector put its mention there.
    [Theory]
    [InlineData("At dawn soldiers loaded the children onto buses.", "children")]
    [InlineData("The village was quiet at dawn.", "village")]
    public void Under_the_cue_bar_a_sentence_whose_only_target_is_a_cue_gets_no_mention(string sentence, string cue)
    {
        Assert.Empty(Added(null, sentence)); // the rules leave it alone
        var before = Assert.Single(Added(Model(cue: null), sentence));
        Assert.Equal(cue, Span(before, sentence));
        Assert.True(before.Claim!.Detector);
        Assert.Empty(Added(Model(cue: 1), sentence));
        Assert.Empty(Added(Model(cue: 0.999), sentence)); // the test model rates it 0.993
        Assert.Equal(cue, Span(Assert.Single(Added(Model(cue: 0.99), sentence)), sentence)); // a bar it reaches
    }

    // The object of "against" names the act's victims inside the phrase that names the act: it may stand.
    [Fact]
    public void A_cue_after_against_stays_unless_the_strict_form_measured()
    {
        const string sentence = "Dozens of soldiers were seen at dawn, and violence against children followed.";
        var rulesAndCue = Added(Model(cue: null), sentence);
        var kept = Added(Model(cue: 1), sentence);
        Assert.Equal(rulesAndCue, kept);
        Assert.Contains(kept, e => e.Claim!.Detector && Span(e, sentence) == "children");
        Assert.DoesNotContain(Added(Model(cue: 1).With(DetectorVariant.Ship2 | DetectorVariant.StrictCue), sentence), e => e.Claim!.Detector);
    }

    // A sentence with an act keeps its mention on the act, with or without the bar.
    [Fact]
    public void An_act_is_the_span_either_way()
    {
        const string sentence = "At dawn the village was shelled.";
        Assert.Equal("shelled", Span(Assert.Single(Added(Model(cue: null), sentence)), sentence));
        Assert.Equal("shelled", Span(Assert.Single(Added(Model(cue: 1), sentence)), sentence));
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("1.5")]
    public void A_cueThreshold_below_the_threshold_or_above_1_is_refused(string cue) =>
        Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9, "cueThreshold": {{cue}}, "bias": 0, "weights": []}
            """));

    [Fact]
    public void Without_cueThreshold_a_model_has_none() => Assert.Null(Model(cue: null).CueThreshold);
}
