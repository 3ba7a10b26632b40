using System.Runtime.Intrinsics.X86;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Tests.Scoring;

/// <summary>The scoring document's sentence ranks and emphasis weights: the vector computation is the scalar one.</summary>
public class ScoringDocumentTests
{
    public static TheoryData<double, double, double, double> Weights => new()
    {
        { 3.0, 2.0, 1.0, 1.0 }, // the defaults
        { 2.7, 1.3, 0.9, 0.0 },
        { 1.1, 5.5, 0.3, 2.75 },
    };

    [Theory]
    [MemberData(nameof(Weights))]
    public void Ranks_and_weights_by_vector_are_the_scalar_ones_bit_for_bit(double headline, double lead, double body, double boost)
    {
        var weights = new EmphasisWeights(headline, lead, body, boost);
        var random = new Random(17);
        SegmentKind[] kinds = [SegmentKind.Headline, SegmentKind.Lead, SegmentKind.Body, SegmentKind.Comments];
        foreach (var count in new[] { 0, 1, 2, 3, 7, 40, 333 })
        {
            // Any mix of voices (none: a boilerplate sentence), in any segment.
            var sentences = Enumerable.Range(0, count)
                .Select(s => new Sentence(s, s + 1, s, 1, kinds[random.Next(kinds.Length)], (byte)random.Next(8)))
                .ToArray();
            var scalar = Compute(sentences, weights, vector: false);
            Assert.Equal(count == 0 ? 0 : scalar.Ranks.Max() + 1, scalar.ScopeSentences.Max());
            if (!Avx.IsSupported) continue; // the scalar path is the one this machine runs
            var vector = Compute(sentences, weights, vector: true);
            Assert.Equal(scalar.Ranks, vector.Ranks);
            Assert.Equal(scalar.ScopeSentences, vector.ScopeSentences);
            Assert.Equal(scalar.Weights.Select(BitConverter.DoubleToInt64Bits), vector.Weights.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(scalar.Totals.Select(BitConverter.DoubleToInt64Bits), vector.Totals.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    static (int[] Ranks, double[] Weights, int[] ScopeSentences, double[] Totals) Compute(Sentence[] sentences,
        EmphasisWeights weights, bool vector)
    {
        var n = sentences.Length * ScoringDocument.ScopeCount;
        // Stale values in the buffers, as in pooled arrays: every element must be written.
        var ranks = Enumerable.Repeat(12345, n).ToArray();
        var sentenceWeights = Enumerable.Repeat(double.NaN, n).ToArray();
        var scopeSentences = new int[ScoringDocument.ScopeCount];
        var totals = new double[ScoringDocument.ScopeCount];
        if (vector) ScoringDocument.RanksAndWeightsByVector(sentences, weights, ranks, sentenceWeights, scopeSentences, totals);
        else ScoringDocument.RanksAndWeights(sentences, weights, ranks, sentenceWeights, scopeSentences, totals);
        return (ranks, sentenceWeights, scopeSentences, totals);
    }
}
