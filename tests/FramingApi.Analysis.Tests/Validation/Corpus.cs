using FramingApi.Analysis.Tests.Scoring;
using FramingApi.Analysis.Validation;

namespace FramingApi.Analysis.Tests.Validation;

/// <summary>The labelled validation corpus (tests/validation/), as copied next to the test assembly.</summary>
static class Corpus
{
    public static string Folder(string half) => Path.Combine(AppContext.BaseDirectory, "validation", half);

    public static IEnumerable<string> Files(string half) =>
        Directory.GetFiles(Folder(half), "*.json").Order(StringComparer.Ordinal);

    public static IReadOnlyList<LabelledArticle> Half(string half) =>
        [.. Files(half).Select(f => LabelledArticle.Parse(File.ReadAllText(f)))];

    static readonly Lazy<CorpusEvaluator> BuiltIn = new(() => new CorpusEvaluator(Pipeline.Analyzer));

    /// <summary>The evaluator with the built-in lexicons.</summary>
    public static CorpusEvaluator Evaluator => BuiltIn.Value;

    static readonly Lazy<EvaluationReport> DevReport = new(() => Evaluator.Evaluate(Half("dev")));

    /// <summary>The dev half's report (computed once).</summary>
    public static EvaluationReport Dev => DevReport.Value;

    static readonly Lazy<EvaluationReport> Dev2Report = new(() => Evaluator.Evaluate(Half("dev2")));

    /// <summary>The second dev set's report (computed once): longer articles, written blind by another engineer.</summary>
    public static EvaluationReport Dev2 => Dev2Report.Value;
}
