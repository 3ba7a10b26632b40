using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;

namespace FramingApi.Benchmarks;

/// <summary>
/// The analysis the API runs at ingestion, for one article: compose (title as headline, as the bulk import does),
/// segment, tokenize, match every lexicon of the analyzer and score.
/// </summary>
public static class ArticlePipeline
{
    /// <summary>The parts of a corpus document as the bulk import passes them to <see cref="ArticleText.Compose"/>.</summary>
    public static ArticleParts Parts(CorpusDocument document) => new(document.Text, document.Title);

    /// <summary>Runs the whole pipeline; returns the evidence count (so that nothing is optimised away).</summary>
    public static int Run(ArticleParts parts, FramingAnalyzer analyzer) =>
        analyzer.Analyze(ArticleText.Compose(parts)).Evidence.Count;
}
