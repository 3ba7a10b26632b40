using System.Globalization;
using FramingApi.Analysis.Scoring;
using FramingApi.Benchmarks.Learning;
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

    // mend10: up to two determiners, possessives or adjectives may stand between "against" and its victims.
    [Theory]
    [InlineData("Dozens of soldiers were seen at dawn, and crimes against innocent civilians followed.", "civilians")]
    [InlineData("Dozens of soldiers were seen at dawn, and crimes against their children followed.", "children")]
    [InlineData("Dozens of soldiers were seen at dawn, and violence against their young children followed.", "children")]
    [InlineData("Dozens of soldiers were seen at dawn, and crimes against civilians followed.", "civilians")]
    // An "-ly" adjective is a modifier too (the third review: the auxiliary test took it for an adverb).
    [InlineData("Dozens of soldiers were seen at dawn, and crimes against elderly civilians followed.", "civilians")]
    public void A_victim_after_against_and_its_modifiers_keeps_the_mention(string sentence, string cue) =>
        Assert.Contains(Added(Model(cue: 1), sentence), e => e.Claim!.Detector && Span(e, sentence) == cue);

    // Three words between are no modifier run of the object (and the step back stops at any other word).
    [Fact]
    public void Three_modifiers_are_too_many() =>
        Assert.DoesNotContain(Added(Model(cue: 1), "Dozens of soldiers were seen at dawn, and crimes against the many innocent civilians followed."),
            e => e.Claim!.Detector);

    // The third review: a gerund before the determiner is no modifier (the children are the object of "evacuating"),
    // and the possessor of another noun is not the object of "against".
    [Theory]
    [InlineData("At dawn they warned against evacuating the children.", "children")]
    [InlineData("At dawn lawmakers voted against the civilians' evacuation plan.", "civilians")]
    public void A_cue_that_is_not_the_object_of_against_gets_no_mention(string sentence, string cue) =>
        Assert.DoesNotContain(Added(Model(cue: 1), sentence), e => e.Claim!.Detector && Span(e, sentence).StartsWith(cue, StringComparison.Ordinal));

    // A place after "against" names no victims: only a harm or crime noun before "against" makes it the act's object.
    [Fact]
    public void A_place_after_against_needs_a_harm_noun_before_it()
    {
        const string moved = "At dawn they moved against the village.";
        Assert.Equal("village", Span(Assert.Single(Added(Model(cue: null), moved)), moved)); // round 46's cue span
        Assert.Empty(Added(Model(cue: 1), moved));
        const string airstrike = "At dawn an airstrike against the village followed."; // airstrike: attack_nouns, no entry of its own
        Assert.Contains(Added(Model(cue: 1), airstrike), e => e.Claim!.Detector && Span(e, airstrike) == "village");
    }

    // mend10: a numeric option of the wrong kind is named, not reported as a JSON type error.
    [Theory]
    [InlineData("cueThreshold", "\"1\"")]
    [InlineData("cueThreshold", "null")]
    [InlineData("cueThreshold", "true")]
    [InlineData("claimedThreshold", "\"0.9\"")]
    [InlineData("relabelThreshold", "null")]
    [InlineData("threshold", "\"0.9\"")]
    [InlineData("bias", "true")]
    public void A_numeric_option_of_the_wrong_kind_is_named(string field, string value)
    {
        var fields = new Dictionary<string, string>
        {
            ["name"] = "\"claim-sentences\"", ["version"] = "1", ["bits"] = "18", ["threshold"] = "0.9", ["claimedThreshold"] = "0.9",
            ["relabelThreshold"] = "0.9", ["cueThreshold"] = "1", ["bias"] = "0", ["weights"] = "[]",
        };
        Assert.NotNull(ClaimSentenceModel.Parse("{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}"));
        fields[field] = value;
        var error = Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse("{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}"));
        Assert.Equal($"{field}: must be a number.", error.Message);
    }

    [Theory]
    [InlineData("bits", "\"18\"")]
    [InlineData("version", "1.5")]
    public void An_integer_option_of_the_wrong_kind_is_named(string field, string value)
    {
        var json = $$"""{"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9, "bias": 0, "weights": []}""";
        var error = Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse(json.Replace($"\"{field}\": {(field == "bits" ? "18" : "1")}", $"\"{field}\": {value}")));
        Assert.Equal($"{field}: must be an integer.", error.Message);
    }

    [Fact]
    public void A_relabelGate_of_the_wrong_kind_is_named() =>
        Assert.StartsWith("relabelGate: must be", Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse("""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9, "relabelThreshold": 0.9, "relabelGate": 1, "bias": 0, "weights": []}
            """)).Message);

    // mend10: learn refuses a --cue-threshold a model file could not hold, instead of raising it to the threshold.
    [Fact]
    public void Learn_refuses_a_cue_threshold_below_the_threshold()
    {
        var error = ModelOptionChecks.CueThresholdError(0.9, 0.5, null);
        Assert.NotNull(error);
        Assert.Contains("--cue-threshold 0.5", error);
        Assert.Contains("--threshold 0.9", error);
        Assert.Contains("from its threshold to 1", error);
        Assert.Contains("--nested threshold 0.95", ModelOptionChecks.CueThresholdError(0.5, 0.9, [0.5, 0.9, 0.95]));
        Assert.Null(ModelOptionChecks.CueThresholdError(0.9, 0.9, null));
        Assert.Null(ModelOptionChecks.CueThresholdError(0.9, 1, null));
        Assert.Null(ModelOptionChecks.CueThresholdError(0.9, null, null));
        Assert.Contains("above 1", ModelOptionChecks.CueThresholdError(0.9, 1.5, null));
    }
}
