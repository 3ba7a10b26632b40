using FramingApi.Analysis.Scoring;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// detector7 (docs/VALIDITY.md, "The claim detector, round 7"): the shipped claim-sentence model reads the roles the
/// claim rules give the sentence's words beside its words (<c>features: wordsandroles</c>), at threshold 0.9 — held
/// out over twenty sets 476 of 622 russia articles against the words model's 472, with the threshold chosen inside the
/// training sets as with it fixed (the fallback's bar is 0.7 since detector11). The file is retrained at every merge with
/// <c>learn --threshold 0.7 --features wordsandroles … --write-model seeds/models/claim-sentences.json</c>; these guard
/// that the options survive the retraining.
/// </summary>
public class ClaimDetectorRound7Tests
{
    [Fact]
    public void The_shipped_model_reads_words_and_roles_at_the_fallback_threshold_0_7()
    {
        // 0.9 from detector7 to detector11; detector11 measured 0.7 better held out on every seed (nested 567 → 569).
        var model = Pipeline.ShippedModel;
        Assert.NotNull(model);
        Assert.Equal(ClaimFeatureSet.WordsAndRoles, model.Features);
        Assert.Equal(0.7, model.Threshold);
    }
}
