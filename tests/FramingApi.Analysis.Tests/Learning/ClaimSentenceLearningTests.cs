using FramingApi.Analysis.Tests.Scoring;
using FramingApi.Benchmarks.Learning;

namespace FramingApi.Analysis.Tests.Learning;

/// <summary>The pieces of the benchmark's <c>learn</c> command (bench/FramingApi.Benchmarks/Learning, linked here).</summary>
public class ClaimSentenceLearningTests
{
    [Fact]
    public void A_feature_string_always_hashes_to_the_same_slot_within_the_table()
    {
        var slot = SentenceFeatures.Slot(18, "w:", "tortured");
        Assert.Equal(slot, SentenceFeatures.Slot(18, "w:", "tortured"));
        Assert.InRange(slot, 0, (1 << 18) - 1);
        Assert.InRange(SentenceFeatures.Slot(8, "w:", "tortured"), 0, 255);
        // The prefix keeps a word, a stem and a pair apart; the parts of a pair are joined by a space.
        Assert.NotEqual(slot, SentenceFeatures.Slot(18, "s:", "tortured"));
        Assert.Equal(SentenceFeatures.Slot(18, "b:", "war crimes"), SentenceFeatures.Slot(18, "b:", "war", "crimes"));
        Assert.NotEqual(SentenceFeatures.Slot(18, "b:", "war", "crimes"), SentenceFeatures.Slot(18, "b:", "crimes", "war"));
    }

    [Theory]
    [InlineData("deportations", "deport")]
    [InlineData("tortured", "tortur")]
    [InlineData("shelling", "shell")]
    [InlineData("atrocities", "atrocity")]
    [InlineData("crimes", "crim")]
    [InlineData("was", "was")]
    [InlineData("red", "red")]
    public void Crude_stems_strip_one_suffix_and_keep_three_letters(string word, string stem)
    {
        Span<char> buffer = stackalloc char[32];
        Assert.Equal(stem, SentenceFeatures.Stem(word, buffer).ToString());
    }

    [Fact]
    public void A_sentence_has_its_words_pairs_stems_voice_and_the_lexicons_evidence_as_sorted_distinct_slots()
    {
        var (text, analysis) = Pipeline.Run("Russian troops tortured prisoners. The weather was mild.");
        using (text)
        {
            var kinds = SentenceFeatures.LexiconKindsOf(Pipeline.Analyzer);
            var slots = SentenceFeatures.Of(text, 0, analysis.Evidence.Where(e => e.Sentence == 0), kinds, 18);
            Assert.Equal(slots.Order().Distinct(), slots);
            Assert.Contains(SentenceFeatures.Slot(18, "w:", "tortured"), slots);
            Assert.Contains(SentenceFeatures.Slot(18, "b:", "troops", "tortured"), slots);
            Assert.Contains(SentenceFeatures.Slot(18, "b:", "^", "russian"), slots);
            Assert.Contains(SentenceFeatures.Slot(18, "s:", "tortur"), slots);
            Assert.Contains(SentenceFeatures.Slot(18, "v:", "Outlet"), slots);
            Assert.Contains(SentenceFeatures.Slot(18, "e:", "claims", "torture"), slots);
            Assert.Contains(SentenceFeatures.Slot(18, "e:", "claim"), slots);
            Assert.DoesNotContain(SentenceFeatures.Slot(18, "w:", "weather"), slots);
        }
    }

    [Fact]
    public void The_regression_separates_a_tiny_separable_case_and_is_deterministic_for_a_seed()
    {
        // Slot 1 marks the positives, slot 2 the negatives; slot 3 is noise on both sides.
        Example[] examples =
        [
            new([1], true), new([1, 3], true), new([1], true),
            new([2], false), new([2, 3], false), new([2], false), new([3], false),
        ];
        var settings = new TrainingSettings(Bits: 4, Lambda: 1e-3, LearningRate: 0.5, Epochs: 50, Seed: 7);
        var model = LogisticRegression.Fit(examples, settings);
        foreach (var example in examples)
            Assert.Equal(example.Label, model.Probability(example.Slots) > 0.5);
        Assert.True(model.Weight(1) > 0);
        Assert.True(model.Weight(2) < 0);
        Assert.Equal(0, model.Weight(0)); // never seen: untouched

        var again = LogisticRegression.Fit(examples, settings);
        Assert.Equal(model.Score([1, 3]), again.Score([1, 3]));
    }

    [Fact]
    public void A_stronger_l2_penalty_keeps_the_weights_smaller()
    {
        Example[] examples = [new([1], true), new([1], true), new([2], false), new([2], false)];
        var weak = LogisticRegression.Fit(examples, new TrainingSettings(Bits: 4, Lambda: 0, Epochs: 100));
        var strong = LogisticRegression.Fit(examples, new TrainingSettings(Bits: 4, Lambda: 1, Epochs: 100));
        Assert.True(Math.Abs(strong.Weight(1)) < Math.Abs(weak.Weight(1)));
    }

    [Fact]
    public void Leave_one_set_out_tests_each_set_once_on_a_model_of_all_the_others()
    {
        string[] items = ["dev-1", "dev2-1", "dev-2", "dev3-1", "dev2-2"];
        var folds = LeaveOneSetOut.Split(items, i => i[..i.IndexOf('-')]);
        Assert.Equal(["dev", "dev2", "dev3"], folds.Select(f => f.HeldOut));
        Assert.Equal(["dev-1", "dev-2"], folds[0].Test);
        Assert.Equal(["dev2-1", "dev3-1", "dev2-2"], folds[0].Train);
        foreach (var fold in folds)
        {
            Assert.All(fold.Test, i => Assert.StartsWith(fold.HeldOut + "-", i));
            Assert.DoesNotContain(fold.Train, i => i.StartsWith(fold.HeldOut + "-", StringComparison.Ordinal));
            Assert.Equal(items.Length, fold.Train.Count + fold.Test.Count);
        }
    }
}
