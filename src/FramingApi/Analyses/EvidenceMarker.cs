using FramingApi.Analysis.Scoring;

namespace FramingApi.Analyses;

/// <summary>
/// The marker of an evidence span as it is stored and served: for a claim mention the word that decided its framing,
/// for a reporting phrase its source.
/// </summary>
public static class EvidenceMarker
{
    /// <summary>The marker's span in the text, or (null, null) when there is none.</summary>
    public static (int? Start, int? End) Span(Evidence e) =>
        e.Claim is { } claim ? (claim.MarkerStart, claim.MarkerEnd)
        : e.Attribution is { } attribution ? (attribution.SourceStart, attribution.SourceEnd)
        : (null, null);

    /// <summary>The marker as it stands in the text (its span), else the scorer's marker term.</summary>
    public static string? Text(string text, Evidence e) =>
        Span(e) is ({ } s, { } end) && s >= 0 && end <= text.Length && s < end ? text[s..end] : e.Claim?.Marker;
}
