using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Runs every scorer over an analysed text with a set of lexicons compiled once (thread-safe, reusable):
/// one matcher pass over the tokens, then category scores for every lexicon, claim framing for claims lexicons and
/// attribution for sourcing lexicons.
/// </summary>
public sealed class FramingAnalyzer
{
    /// <summary>Compiles the lexicons (validated definitions) into one matcher.</summary>
    public FramingAnalyzer(IReadOnlyList<LexiconDefinition> lexicons, EmphasisWeights? weights = null) => throw new NotImplementedException();

    /// <summary>The compiled lexicons, in the order given; <see cref="Evidence.Lexicon"/> and <see cref="CategoryScore.Lexicon"/> index it.</summary>
    public IReadOnlyList<CompiledLexicon> Lexicons => throw new NotImplementedException();

    /// <summary>Scores one text.</summary>
    public ArticleAnalysis Analyze(AnalyzedText text) => throw new NotImplementedException();
}
