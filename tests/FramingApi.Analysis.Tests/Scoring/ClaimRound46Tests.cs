using System.Globalization;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Tests.Text;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// Claims round 46 (precision41; docs/VALIDITY.md, "Claims round 46 (precision41)"): the claim-sentence detector's new
/// mention stands on a word that names the act — an act, a trigger, a crime noun — before a perpetration or event word,
/// and only then on a cue, a noun that names the victims or the place (<i>children, residents, the town</i>). The cue
/// says who suffered; a reader marks what was done. On main the nearest target to the model's strongest word won,
/// whichever it was.
/// </summary>
public class ClaimRound46Tests
{
    // The first sentence gives the article a claim against russia in the outlet's voice (so the detector acts at its
    // claimed bar); the second is the detector's: a passive with a place for subject is no claim for the rules ("the
    // town was hit"), and the test model's strong word stands next to the place.
    const string Claimed = "Russian troops committed war crimes in Bucha, the report says. ";

    static ClaimSentenceModel Model(string word) =>
        ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9, "claimedThreshold": 0.9, "bias": 0,
             "weights": [[{{ClaimSentenceFeatures.Slot(18, "w:", word)}},{{5.ToString(CultureInfo.InvariantCulture)}}]]}
            """);

    static List<Evidence> Claims(ClaimSentenceModel? model, string body)
    {
        var (text, analysis) = Pipeline.Run(new ArticleParts(body), Pipeline.With(model));
        text.Dispose();
        return [.. analysis.Evidence.Where(e => e.Claim is not null)];
    }

    [Theory]
    [InlineData("All through that winter the city was shelled night after night.", "winter", "shelled")]
    [InlineData("Through the spring the villages along the river were shelled every day.", "spring", "shelled")]
    public void The_detector_puts_its_mention_on_the_act_not_on_the_victims_or_the_place(string sentence, string strong, string act)
    {
        var body = Claimed + sentence;
        var at = body.IndexOf(sentence, StringComparison.Ordinal);
        // The rules leave the sentence without a mention.
        Assert.DoesNotContain(Claims(null, body), e => e.Start >= at);
        var added = Assert.Single(Claims(Model(strong), body), e => e.Start >= at);
        Assert.True(added.Claim!.Detector);
        Assert.Equal("russia", added.Claim.Actor);
        Assert.Equal(act, body[added.Start..added.End]);
    }
}
