using FramingApi.Analysis.Tests.Scoring;
using FramingApi.Analysis.Validation;

namespace FramingApi.Analysis.Tests.Validation;

/// <summary>Claims round 51 (gates51): <see cref="CorpusEvaluator.Gates"/> names the gate that stopped each labelled
/// span the tool did not find (bench only: <c>evaluate --gates</c>, bench/claims-gates.py), and changes nothing else.</summary>
public class ClaimGatesTests
{
    static LabelledArticle Article(string body, params string[] spans) =>
        new("dev-g", "wire", "Test Wire", "A headline without claims", [body], [],
            new ArticleLabels([.. spans.Select(s => new LabelledClaim(s, 0, "attacks_on_civilians", "russia", "asserted", "outlet"))],
                new Dictionary<string, string> { ["russia"] = "asserted" }, [], false), null);

    static readonly LabelledArticle Stopped = Article(
        "Two civilians were killed in the village on Tuesday. Russian soldiers killed the cook. The mayor left at night.",
        "were killed", "Two civilians", "killed the cook", "left at night");

    static string Evidence(EvaluationReport report, string span) =>
        Assert.Single(report.Misses, m => m.Kind == "mention" && m.Actual == "not found" && m.Evidence.StartsWith($"'{span}'", StringComparison.Ordinal)).Evidence;

    [Fact]
    public void Each_missed_span_ends_in_its_gate()
    {
        var report = new CorpusEvaluator(Pipeline.Analyzer) { Gates = true }.Evaluate([Stopped]);

        Assert.EndsWith("[gate b: act without agent 'killed']", Evidence(report, "were killed"));
        Assert.EndsWith("[gate c: act without cue (in reach; an actor in its sentence) 'killed']", Evidence(report, "killed the cook"));
        Assert.EndsWith("[gate a1: no claims-lexicon word]", Evidence(report, "left at night"));
        Assert.EndsWith("[gate a2: cue words only 'civilians']", Evidence(report, "Two civilians"));
    }

    [Fact]
    public void Without_gates_the_report_is_unchanged()
    {
        var plain = Corpus.Evaluator.Evaluate([Stopped]);
        var gated = new CorpusEvaluator(Pipeline.Analyzer) { Gates = true }.Evaluate([Stopped]);

        Assert.DoesNotContain(plain.Misses, m => m.Evidence.Contains("[gate", StringComparison.Ordinal));
        Assert.Equal(plain.Misses.Select(m => (m.Kind, m.Expected, m.Actual)), gated.Misses.Select(m => (m.Kind, m.Expected, m.Actual)));
        Assert.Equal(plain.Misses.Select(m => m.Evidence),
            gated.Misses.Select(m => System.Text.RegularExpressions.Regex.Replace(m.Evidence, @" \[gate [^\]]*\]$", "")));
    }

    // mend50b: the trace is per thread; an analysis that throws must not leave it on for the next caller.
    [Fact]
    public void A_throwing_analysis_turns_the_trace_off()
    {
        Assert.Throws<InvalidOperationException>(() =>
            CorpusEvaluator.Traced<int>(true, () => throw new InvalidOperationException("analysis failed"), out _));

        Assert.Null(FramingApi.Analysis.Scoring.ClaimGateTrace.Records);
    }

    // Guard: a traced analysis hands back its records and leaves the trace off.
    [Fact]
    public void A_traced_analysis_returns_its_records_and_turns_the_trace_off()
    {
        var value = CorpusEvaluator.Traced(true, () => 7, out var records);

        Assert.Equal(7, value);
        Assert.NotNull(records);
        Assert.Null(FramingApi.Analysis.Scoring.ClaimGateTrace.Records);
    }
}
