using FramingApi.Analysis.Scoring;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Analyses;

/// <summary>
/// The claims summary of an analysis answer (issue 11 section 2), made by the library's <see cref="ClaimsSummary"/>
/// from the answer's claim mentions, one claims lexicon at a time (two claims lexicons find the same mention twice,
/// so their counts are kept apart), and named through the vocabulary.
/// </summary>
public static class ClaimSummaries
{
    /// <summary>The summary rows of the claim mentions among <paramref name="evidence"/>, each with its lexicon's name.</summary>
    public static (IReadOnlyList<ClaimSummaryRow> ByTarget, IReadOnlyList<ClaimActorRow> ByActor) Of(
        IEnumerable<(string Lexicon, Evidence Evidence)> evidence)
    {
        var byTarget = new List<ClaimSummaryRow>();
        var byActor = new List<ClaimActorRow>();
        foreach (var group in evidence.Where(e => e.Evidence.Claim is not null).GroupBy(e => e.Lexicon).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var summary = ClaimsSummary.From(group.Select(e => e.Evidence));
            foreach (var r in summary.ByTarget)
                byTarget.Add(new ClaimSummaryRow(group.Key, r.Target!, r.Actor, VoiceNames.Voices.Name(r.Voice),
                    r.Asserted, r.Hedged, r.Attributed, r.Denied, r.Mentions, FramingLabelNames.Map.Name(r.Dominant)));
            foreach (var r in summary.ByActor)
                byActor.Add(new ClaimActorRow(group.Key, r.Actor, VoiceNames.Voices.Name(r.Voice),
                    r.Asserted, r.Hedged, r.Attributed, r.Denied, r.Mentions, FramingLabelNames.Map.Name(r.Dominant),
                    FramingLabelNames.Map.Name(summary.ArticleLabel(r.Actor, r.Voice))));
        }
        return (byTarget, byActor);
    }

    /// <summary>The summary of a stored analysis's evidence.</summary>
    public static (IReadOnlyList<ClaimSummaryRow> ByTarget, IReadOnlyList<ClaimActorRow> ByActor) Of(IEnumerable<EvidenceDto> evidence) =>
        Of(evidence.Where(e => e.Framing is not null).Select(e => (e.Lexicon, ToLibrary(e))));

    /// <summary>The answer with its claims summary filled in from its evidence.</summary>
    public static AnalysisResponse WithClaimsSummary(this AnalysisResponse analysis)
    {
        var (byTarget, byActor) = Of(analysis.Evidence);
        return analysis with { ClaimsSummary = byTarget, ClaimsByActor = byActor };
    }

    /// <summary>
    /// A stored evidence span as the library's <see cref="Evidence"/> (lexicon index 0: callers group by lexicon name).
    /// A claim mention keeps its target, actor, framing and marker; other spans keep their attribution kind.
    /// </summary>
    public static Evidence ToLibrary(EvidenceDto e) => new(0, e.Category, e.Term, e.Start, e.End, e.Sentence,
        VoiceNames.Voices.Parse(e.Voice), SegmentNames.Map.Parse(e.Segment),
        e.Framing is { } framing
            ? new ClaimDetail(e.Target ?? e.Category, e.Actor ?? ClaimActorNames.Unknown, FramingNames.Map.Parse(framing), e.Marker, e.MarkerStart, e.MarkerEnd,
                Detector: e.Detector == true)
            : null,
        e.Attribution is { } attribution ? new AttributionDetail(AttributionNames.Map.Parse(attribution), e.MarkerStart, e.MarkerEnd) : null);
}
