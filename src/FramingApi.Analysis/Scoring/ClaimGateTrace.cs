using FramingApi.Analysis.Lexicons;
using FramingApi.Analysis.Text;

namespace FramingApi.Analysis.Scoring;

/// <summary>
/// Claims round 51 (gates51), bench only: which condition stopped each match of a claims lexicon, for
/// <c>evaluate --gates</c> (<see cref="Validation.CorpusEvaluator.Gates"/>). Off (null) unless the evaluator turns it on
/// for the calling thread; the analysis reads it only where a claims match is dropped or scored, and never changes
/// what it returns.
/// </summary>
internal static class ClaimGateTrace
{
    /// <summary>One match of a claims lexicon: its characters, its role, whether it is an act, and what became of it
    /// (null: nothing past its role; <c>no-cue</c>; a veto of <see cref="ClaimFramingScorer.Score"/>; <c>found</c>).</summary>
    internal sealed class Record(int start, int end, int sentence, string term, ScoringRole role, bool act)
    {
        internal int Start { get; } = start;
        internal int End { get; } = end;
        internal int Sentence { get; } = sentence;
        internal string Term { get; } = term;
        internal ScoringRole Role { get; } = role;
        internal bool Act { get; } = act;
        internal string? Outcome { get; set; }
    }

    [ThreadStatic] static Dictionary<int, Record>? t_records;

    /// <summary>The records of the text being analysed on this thread, by match index; null when tracing is off.</summary>
    internal static Dictionary<int, Record>? Records
    {
        get => t_records;
        set => t_records = value;
    }

    internal static void Begin(AnalyzedText text, LexiconPlan plan, in LexiconMatch match, int index, ScoringRole role)
    {
        var tokens = text.Tokens;
        var start = tokens[match.FirstToken].Start;
        var end = tokens[match.FirstToken + match.TokenCount - 1].End;
        t_records![index] = new Record(start, end, tokens[match.FirstToken].Sentence, text.Text[start..end], role, plan.IsAct(match));
    }

    internal static void Outcome(int index, string outcome)
    {
        if (t_records is { } records && records.TryGetValue(index, out var record)) record.Outcome = outcome;
    }
}
