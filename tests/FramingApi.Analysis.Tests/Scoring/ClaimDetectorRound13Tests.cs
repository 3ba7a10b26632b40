using System.Globalization;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// detector13 (docs/VALIDITY.md, "The claim detector, round 13 (detector13)"): the model file's <c>actorThreshold</c>
/// makes a sentence the claims lexicon has no act word for a candidate of the claim-sentence detector when it names
/// russia as an actor in the outlet's voice, in an article the rules did not claim for russia; it counts at that bar, and
/// its mention stands on the strongest word for the model in the actor's clause, framed by the sentence's own markers.
/// </summary>
public class ClaimDetectorRound13Tests
{
    // The first sentence gives the article a claim mention against russia in a quotation, which the detector's
    // pre-filters ask for (a claim mention, russia named), and no claim against russia in the outlet's voice: the
    // detector acts as a fallback.
    const string Fallback = "\"Russian troops committed war crimes here,\" a farmer said. ";

    // The rules' claim against russia in the outlet's voice: the detector acts at its claimed bar only.
    const string Claimed = "Russian troops committed war crimes in the town, the report says. ";

    static ClaimSentenceModel Model(double? actor, string word = "detonated", double weight = 5) =>
        ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.7, "claimedThreshold": 0.9, "cueThreshold": 1,{{(actor is { } a ? $" \"actorThreshold\": {a.ToString(CultureInfo.InvariantCulture)}," : "")}} "bias": 0,
             "weights": [[{{ClaimSentenceFeatures.Slot(18, "w:", word)}},{{weight.ToString(CultureInfo.InvariantCulture)}}]]}
            """);

    static List<(string Span, ClaimDetail Claim)> Added(ClaimSentenceModel? model, string lead, string sentence)
    {
        var body = lead + sentence;
        var at = body.IndexOf(sentence, StringComparison.Ordinal);
        var (text, analysis) = Pipeline.Run(new ArticleParts(body), Pipeline.With(model));
        text.Dispose();
        return [.. analysis.Evidence.Where(e => e.Claim is { Detector: true } && e.Start >= at).Select(e => (body[e.Start..e.End], e.Claim!))];
    }

    // Sentences whose act word the claims lexicon does not know: only the actor names the claim. (With "the charges"
    // the sentence would read attributed: "charges" is an accusation word of the lexicon.)
    [Theory]
    [InlineData("Russian forces detonated the explosives under the bridge.", "detonated", Framing.Asserted)]
    [InlineData("Russian forces allegedly detonated the explosives under the bridge.", "detonated", Framing.Hedged)]
    [InlineData("Russian forces detonated the explosives under the bridge, according to the mayor.", "detonated", Framing.Attributed)]
    public void A_sentence_naming_russia_without_an_act_word_gets_a_mention_on_its_strongest_word(string sentence, string span, Framing framing)
    {
        Assert.Empty(Added(null, Fallback, sentence)); // the rules have no act here
        Assert.Empty(Added(Model(actor: null), Fallback, sentence)); // nor the detector without the bar: never scored
        var (found, claim) = Assert.Single(Added(Model(actor: 0.9), Fallback, sentence));
        Assert.Equal(span, found);
        Assert.Equal("russia", claim.Actor);
        Assert.Equal(framing, claim.Framing);
    }

    // The bar is the file's: the test model rates the sentence 0.993.
    [Fact]
    public void Under_the_actor_bar_the_sentence_gets_nothing() =>
        Assert.Empty(Added(Model(actor: 0.995), Fallback, "Russian forces detonated the explosives under the bridge."));

    // A sentence whose strongest word the model does not rate is not a claim, however it names russia.
    [Fact]
    public void A_sentence_the_model_does_not_rate_gets_nothing() =>
        Assert.Empty(Added(Model(actor: 0.9), Fallback, "Russian forces crossed the bridge under the river at night."));

    // No russia actor, no candidate: the widening is keyed to the actor, not to any word the model likes.
    [Fact]
    public void A_sentence_without_russia_as_an_actor_gets_nothing() =>
        Assert.Empty(Added(Model(actor: 0.9), Fallback, "Unknown men detonated the explosives under the bridge."));

    // In an article the rules claimed for russia the widening stays off (a fallback only).
    [Fact]
    public void In_an_article_the_rules_claimed_the_actor_sentences_are_not_scored() =>
        Assert.Empty(Added(Model(actor: 0.9), Claimed, "Russian forces detonated the explosives under the bridge."));

    // The mention stands in the actor's clause: a strong word of another clause is not its span.
    [Fact]
    public void The_span_is_in_the_actors_clause()
    {
        var (found, _) = Assert.Single(Added(Model(actor: 0.9, word: "fled", weight: 5), Fallback,
            "Russian forces emptied the granary at dawn, and the villagers fled."));
        Assert.Equal("emptied", found); // the first word of the clause, all of its words weighing nothing
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("1")]
    public void An_actorThreshold_below_the_threshold_or_at_1_is_refused(string actor) =>
        Assert.Throws<FormatException>(() => ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.7, "actorThreshold": {{actor}}, "bias": 0, "weights": []}
            """));

    [Fact]
    public void Without_actorThreshold_a_model_has_none() => Assert.Null(Model(actor: null).ActorThreshold);
}
