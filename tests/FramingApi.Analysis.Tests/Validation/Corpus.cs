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

    /// <summary>A named figure of a report, as the regression guards name them: <c>framing.russia.accuracy</c>,
    /// <c>framing.russia.kappa</c>, <c>mentions.recall</c>/<c>precision</c>/<c>actor</c>/<c>framing</c>/<c>voice</c>,
    /// <c>topics.micro_f1</c>/<c>macro_f1</c>, <c>anonymous.f1</c>; NaN where it is undefined.</summary>
    public static double Figure(EvaluationReport report, string name)
    {
        double? value = name.Split('.') switch
        {
            ["framing", var actor, "accuracy"] => report.FramingOf(actor).Matrix.Accuracy,
            ["framing", var actor, "kappa"] => report.FramingOf(actor).Matrix.CohensKappa,
            ["mentions", "recall"] => report.Mentions.Recall,
            ["mentions", "precision"] => report.Mentions.Precision,
            ["mentions", "actor"] => report.Mentions.ActorAccuracy,
            ["mentions", "framing"] => report.Mentions.FramingAccuracy,
            ["mentions", "voice"] => report.Mentions.VoiceAccuracy,
            ["topics", "micro_f1"] => report.TopicsMicro.F1,
            ["topics", "macro_f1"] => report.TopicsMacroF1,
            ["anonymous", "f1"] => report.AnonymousSourcing.F1,
            _ => throw new ArgumentException($"No figure '{name}'."),
        };
        return value ?? double.NaN;
    }
}
