using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Tests.Text;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>
/// detector11 (docs/VALIDITY.md, "The claim detector, round 11 (detector11)"): a feature set for the claim-sentence
/// detector that reads where the claims lexicon's roles stand in the sentence (<see cref="ClaimFeatureSet.WordsRolesAndOrder"/>,
/// <see cref="ClaimSentenceFeatures.OrderOf"/>): neighbouring roles in order with the distance between them, the suffix
/// class of the verb before a cue (its object) and of the word after an actor (its subject). Word classes, no event's
/// words. Measured held out over twenty-four sets; a model file names the set with <c>"features": "wordsrolesandorder"</c>.
/// </summary>
public class ClaimDetectorRound11Tests
{
    static List<string> Order(string body, int sentence = 0)
    {
        using var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(body)));
        var roles = Pipeline.RulesAlone.ClaimRoles(text, ClaimFeatureSet.WordsRolesAndOrder)[sentence];
        return [.. roles.Where(r => r.StartsWith('>'))];
    }

    [Fact]
    public void Neighbouring_roles_are_read_in_order_with_the_words_between_them()
    {
        var order = Order("Russian guards beat the prisoners in the camp, officials said.");
        Assert.Contains(">O:actor:russia|O:act|0", order);   // "Russian guards" "beat": side by side
        Assert.Contains(">O:act|O:cue|1-3", order);          // "beat the prisoners": one word between
        Assert.Contains(">O:cue|O:attribution|1-3", order);  // "prisoners in the camp, officials said"
        Assert.DoesNotContain(">O:cue|O:act|1-3", order);    // the order counts
        Assert.Equal(order.Distinct(), order);
    }

    [Fact]
    public void A_cues_verb_and_an_actors_next_word_are_read_by_their_suffix_class()
    {
        var order = Order("Russian forces struck the hospital at night.");
        Assert.Contains(">O:actor:russia>w", order);   // "Russian forces" "struck": an irregular past is a plain word
        Assert.Contains(">w>O:cue", order);            // "struck the hospital"
        var shelled = Order("The troops shelled the children as they fled.");
        Assert.Contains(">-ed>O:cue", shelled);        // "shelled the children": the object of a verb in -ed
        Assert.Contains(">-s>O:trigger", shelled);     // "troops shelled": the trigger "shelled" after a word in -s
    }

    [Theory]
    [InlineData("shelled", "-ed")]
    [InlineData("bombing", "-ing")]
    [InlineData("deportation", "-tion")]
    [InlineData("displacement", "-tion")]
    [InlineData("strikes", "-s")]
    [InlineData("witness", "w")]
    [InlineData("shot", "w")]
    public void Suffix_classes(string word, string expected) => Assert.Equal(expected, ClaimSentenceFeatures.SuffixClass(word));

    [Fact]
    public void The_other_feature_sets_read_no_order_and_this_one_keeps_the_words_and_roles()
    {
        const string body = "Russian guards beat the prisoners in the camp, officials said.";
        using var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(body)));
        Assert.DoesNotContain(Pipeline.RulesAlone.ClaimRoles(text)[0], r => r.StartsWith('>'));
        var (analysed, analysis) = Pipeline.Run(body);
        using (analysed)
        {
            var kinds = ClaimSentenceFeatures.LexiconKindsOf(Pipeline.Analyzer);
            var evidence = analysis.Evidence.Where(e => e.Sentence == 0).ToList();
            var roles = Pipeline.RulesAlone.ClaimRoles(analysed)[0];
            var withOrder = Pipeline.RulesAlone.ClaimRoles(analysed, ClaimFeatureSet.WordsRolesAndOrder)[0];
            Assert.Equal(roles, withOrder.Where(r => !r.StartsWith('>')));
            var plain = ClaimSentenceFeatures.Of(analysed, 0, evidence, kinds, 18, ClaimFeatureSet.WordsAndRoles, roles);
            var ordered = ClaimSentenceFeatures.Of(analysed, 0, evidence, kinds, 18, ClaimFeatureSet.WordsRolesAndOrder, withOrder);
            // Every word and role feature is there (a first draft left the words out and lost 27 articles held out),
            // and each order string once, under "o:" and never in a role pair.
            var expected = new HashSet<int>(plain);
            foreach (var o in withOrder.Where(r => r.StartsWith('>'))) expected.Add(ClaimSentenceFeatures.Slot(18, "o:", o.AsSpan(1)));
            Assert.Equal(expected.Order(), ordered);
            Assert.Contains(ClaimSentenceFeatures.Slot(18, "w:", "guards"), ordered);
        }
    }

    [Fact]
    public void A_model_file_may_name_the_set_and_the_detector_scores_its_order_features()
    {
        // A model that knows only the order feature of an actor before an act: the sentence with that order scores.
        static ClaimSentenceModel Model() => ClaimSentenceModel.Parse($$"""
            {"name": "claim-sentences", "version": 1, "features": "wordsrolesandorder", "bits": 18, "threshold": 0.9, "bias": -3,
             "weights": [[{{ClaimSentenceFeatures.Slot(18, "o:", "O:actor:russia|O:act|0")}},8]]}
            """);
        Assert.Equal(ClaimFeatureSet.WordsRolesAndOrder, Model().Features);
        const string sentence = "Russian guards beat the prisoners in the camp.";
        using var text = AnalyzedText.Analyze(ArticleText.Compose(new ArticleParts(sentence)));
        var kinds = ClaimSentenceFeatures.LexiconKindsOf(Pipeline.Analyzer);
        var slots = ClaimSentenceFeatures.Of(text, 0, [], kinds, 18, ClaimFeatureSet.WordsRolesAndOrder,
            Pipeline.RulesAlone.ClaimRoles(text, ClaimFeatureSet.WordsRolesAndOrder)[0]);
        Assert.True(Model().Probability(slots) > 0.99);
        var without = ClaimSentenceFeatures.Of(text, 0, [], kinds, 18, ClaimFeatureSet.WordsAndRoles, Pipeline.RulesAlone.ClaimRoles(text)[0]);
        Assert.True(Model().Probability(without) < 0.1);
    }
}
