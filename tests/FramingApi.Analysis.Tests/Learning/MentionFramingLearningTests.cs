using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Tests.Scoring;
using FramingApi.Benchmarks.Learning;

namespace FramingApi.Analysis.Tests.Learning;

/// <summary>The pieces of the benchmark's <c>learn --framing</c> (the mention-framing experiment, detector5).</summary>
public class MentionFramingLearningTests
{
    static readonly HashSet<string> Words = new(MentionFramingFeatures.Words, StringComparer.Ordinal);

    static List<string> FeaturesOf(string body, string mention)
    {
        var (text, analysis) = Pipeline.Run(body);
        using (text)
        {
            var evidence = analysis.Evidence;
            var index = evidence.ToList().FindIndex(e => e.Claim is not null && text.Span(e).Contains(mention, StringComparison.Ordinal));
            Assert.True(index >= 0, $"no claim mention '{mention}'");
            var features = new List<string>();
            MentionFramingFeatures.Of(text, evidence, index, ClaimSentenceFeatures.LexiconKindsOf(Pipeline.Analyzer), Words, features);
            return features;
        }
    }

    [Fact]
    public void A_mentions_features_name_the_rules_framing_and_the_markers_around_it_by_side_and_distance()
    {
        var features = FeaturesOf("Russian troops allegedly tortured prisoners in the camp, officials said.", "tortured");
        Assert.Contains("rule:hedged", features);
        Assert.Contains("voice:Outlet", features);
        Assert.Contains("w:allegedly:before:near", features);
        Assert.Contains("w:said:after:mid", features);
        Assert.Contains("shape:ed", features);
        Assert.Contains(features, f => f.StartsWith("s:hedge:before:", StringComparison.Ordinal));
        Assert.DoesNotContain("question", features);
    }

    [Fact]
    public void Quote_marks_at_a_mentions_edges_a_question_and_the_sentence_before_are_features()
    {
        var features = FeaturesOf("Officials said the strike was deliberate. Did Russia commit \"genocide\"?", "genocide");
        Assert.Contains("q:openbefore", features);
        Assert.Contains("q:closeafter", features);
        Assert.Contains("question", features);
        Assert.Contains(features, f => f.StartsWith("p:", StringComparison.Ordinal)); // "said" in the sentence before
        Assert.Equal(features.Distinct(), features);
    }

    [Fact]
    public void Softmax_regression_learns_which_feature_decides_the_class_and_its_probabilities_sum_to_one()
    {
        // Class k when slot 10 + k is on; slot 1 (a constant) is on for all; slot 2 is noise.
        var examples = new List<ClassExample>();
        for (var i = 0; i < 300; i++)
        {
            var k = i % 3;
            examples.Add(new ClassExample(i % 2 == 0 ? [1, 2, 10 + k] : [1, 10 + k], k));
        }
        var model = SoftmaxRegression.Fit(examples, 3, new TrainingSettings(Bits: 6, Epochs: 8, Seed: 1));
        Span<double> p = stackalloc double[3];
        for (var k = 0; k < 3; k++)
        {
            model.Probabilities([1, 10 + k], p);
            Assert.Equal(1.0, p[0] + p[1] + p[2], 9);
            Assert.True(p[k] > 0.9, $"class {k}: {p[k]}");
        }
        Assert.Equal(3, model.Classes);
        Assert.Contains(model.NonZeroWeights(), w => w.Slot == 11);
        Assert.DoesNotContain(model.NonZeroWeights(), w => w.Slot == 40); // never seen: no weight
    }
}
