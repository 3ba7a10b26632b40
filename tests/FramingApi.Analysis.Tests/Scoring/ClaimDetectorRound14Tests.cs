using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// detector14 (docs/VALIDITY.md, "The claim detector, round 14 (detector14)"): a feature set for the claim-sentence
/// detector that reads word shapes instead of an event's words (<see cref="ClaimFeatureSet.WordsRolesAndShape"/>): a
/// number and a capitalised name inside the sentence become one shape each in the word, pair and stem features, every
/// word of five letters or more adds its last three letters, a form of <i>be</i> before a word in -ed marks a passive,
/// and the sentence's place in the article is a feature. Measured held out over the twenty-six open sets.
/// </summary>
public class ClaimDetectorRound14Tests
{
    static int[] Slots(string body, ClaimFeatureSet features, int sentence = 0)
    {
        using var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(body)));
        var kinds = ClaimSentenceFeatures.LexiconKindsOf(Pipeline.Analyzer);
        return ClaimSentenceFeatures.Of(text, sentence, [], kinds, 18, features, Pipeline.RulesAlone.ClaimRoles(text, features)[sentence]);
    }

    static int Slot(string prefix, string first, string second = "") => ClaimSentenceFeatures.Slot(18, prefix, first, second);

    [Fact]
    public void Numbers_and_names_inside_the_sentence_are_read_as_their_shape()
    {
        var slots = Slots("Troops of Garvania shelled 14 houses in Tessel on Monday.", ClaimFeatureSet.WordsRolesAndShape);
        Assert.Contains(Slot("w:", "<num>"), slots);
        Assert.Contains(Slot("w:", "<name>"), slots);
        Assert.Contains(Slot("b:", "shelled", "<num>"), slots);
        Assert.Contains(Slot("b:", "in", "<name>"), slots);
        Assert.DoesNotContain(Slot("w:", "14"), slots);
        Assert.DoesNotContain(Slot("w:", "tessel"), slots);
        Assert.DoesNotContain(Slot("w:", "garvania"), slots);
        // The sentence's first word keeps its word whatever its case: every sentence's first word is capitalised.
        Assert.Contains(Slot("w:", "troops"), slots);
        Assert.Contains(Slot("b:", "^", "troops"), slots);
    }

    [Fact]
    public void An_abbreviation_in_capitals_keeps_its_word()
    {
        var slots = Slots("The strike was condemned by the UN and NATO on Monday.", ClaimFeatureSet.WordsRolesAndShape);
        Assert.Contains(Slot("w:", "un"), slots);
        Assert.Contains(Slot("w:", "nato"), slots);
        Assert.Contains(Slot("w:", "<name>"), slots); // "Monday"
    }

    [Fact]
    public void Long_words_add_their_ending_a_passive_and_the_place_in_the_article()
    {
        var slots = Slots("The hospital was shelled at dawn.", ClaimFeatureSet.WordsRolesAndShape);
        Assert.Contains(Slot("x:", "tal"), slots);  // "hospital"
        Assert.Contains(Slot("x:", "led"), slots);  // "shelled"
        Assert.DoesNotContain(Slot("x:", "awn"), slots); // "dawn": four letters
        Assert.Contains(Slot("p:", "passive"), slots);
        Assert.Contains(Slot("i:", "0"), slots);
        var second = Slots("Officials spoke on Monday. The hospital was shelled at dawn.", ClaimFeatureSet.WordsRolesAndShape, sentence: 1);
        Assert.Contains(Slot("i:", "1"), second);
        Assert.DoesNotContain(Slot("i:", "0"), second);
        Assert.DoesNotContain(Slot("p:", "passive"), Slots("Troops shelled the hospital at dawn.", ClaimFeatureSet.WordsRolesAndShape));
    }

    [Fact]
    public void The_shapes_are_added_only_to_their_own_feature_set()
    {
        const string body = "Troops of Garvania shelled 14 houses in Tessel on Monday.";
        var plain = Slots(body, ClaimFeatureSet.WordsAndRoles);
        Assert.Contains(Slot("w:", "tessel"), plain);
        Assert.Contains(Slot("w:", "14"), plain);
        Assert.DoesNotContain(Slot("w:", "<num>"), plain);
        Assert.DoesNotContain(Slot("x:", "led"), plain);
        Assert.DoesNotContain(Slot("i:", "0"), plain);
        // The roles and the evidence are the same in both sets: only the words' features change.
        var shaped = Slots(body, ClaimFeatureSet.WordsRolesAndShape);
        using var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(body)));
        Assert.Equal(Pipeline.RulesAlone.ClaimRoles(text)[0], Pipeline.RulesAlone.ClaimRoles(text, ClaimFeatureSet.WordsRolesAndShape)[0]);
        Assert.Contains(Slot("w:", "shelled"), shaped);
        Assert.Contains(Slot("w:", "houses"), shaped);
    }

    [Fact]
    public void A_model_file_may_name_the_set_and_the_detector_scores_its_shapes()
    {
        // A model that knows only "shelled <num>": a sentence with any number after the verb scores, one without does not.
        static ClaimSentenceModel Model() => ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "features": "wordsrolesandshape", "bits": 18, "threshold": 0.9, "bias": -3,
             "weights": [[{{Slot("b:", "shelled", "<num>")}},8]]}
            """);
        Assert.Equal(ClaimFeatureSet.WordsRolesAndShape, Model().Features);
        Assert.True(Model().Probability(Slots("Troops shelled 37 houses.", ClaimFeatureSet.WordsRolesAndShape)) > 0.99);
        Assert.True(Model().Probability(Slots("Troops shelled 37 houses.", ClaimFeatureSet.WordsAndRoles)) < 0.1);
        Assert.True(Model().Probability(Slots("Troops shelled the houses.", ClaimFeatureSet.WordsRolesAndShape)) < 0.1);
    }
}
