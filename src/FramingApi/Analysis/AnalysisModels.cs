using System.ComponentModel;
using FramingApi.Articles;

namespace FramingApi.Analysis;

/// <summary>Words and sentences per voice: the denominators of every rate.</summary>
public sealed record VoiceCountsDto(int WordsOutlet, int WordsQuotation, int WordsComments, int SentencesOutlet, int SentencesQuotation, int SentencesComments);

/// <summary>A lexicon version that produced scores.</summary>
public sealed record LexiconVersionDto(string Name, string Kind, long LexiconVersionId, int Version, string ContentHash);

/// <summary>A category's score in one voice scope.</summary>
public sealed record ScoreDto(
    string Lexicon,
    [property: Description("The lexicon version that made this score.")] long LexiconVersionId,
    string Category,
    [property: Description("outlet (the outlet's own words), quotation, comments (reader comments), or article (outlet + quotation).")] string Voice,
    [property: Description("Matches of the category's terms in this voice scope.")] int Hits,
    [property: Description("Sum of the matched entries' weights (= hits when all weights are 1).")] double WeightedHits,
    [property: Description("hits per 1,000 words of this voice scope.")] double Per1000Words,
    [property: Description("Share of the scope's sentences with at least one hit, 0-1.")] double SentenceShare,
    [property: Description("Position-weighted sentence share, 0-1: headline ×3, lead ×2, body ×1, and earlier sentences up to ×2 (docs/ANALYSIS.md).")] double Emphasis,
    [property: Description("Relative position (0 = first sentence, 1 = last) of the first sentence with a hit; null when none.")] double? FirstMention,
    [property: Description("hits ≥ 1.")] bool Covered);

/// <summary>One matched span of the text and what the scorers made of it.</summary>
public sealed record EvidenceDto(
    string Lexicon,
    long LexiconVersionId,
    string Category,
    [property: Description("The lexicon entry that matched, e.g. 'alleg*' or 'war crime*'.")] string Term,
    [property: Description("The text at [start, end).")] string Matched,
    [property: Description("Offsets in UTF-16 code units into the article's text.")] int Start,
    int End,
    [property: Description("0-based sentence index.")] int Sentence,
    [property: Description("outlet, quotation or comments.")] string Voice,
    [property: Description("headline, lead, body or comments.")] string Segment,
    [property: Description("Claims: the claim target category (war_crimes, atrocities …).")] string? Target,
    [property: Description("Claims: who the claim is about (russia, us, ukraine, israel or unknown).")] string? Actor,
    [property: Description("Claims: hedged, attributed, denied or asserted.")] string? Framing,
    [property: Description("Claims: the marker that decided the framing ('alleged', 'according to' …). Attributions: the source phrase.")] string? Marker,
    int? MarkerStart,
    int? MarkerEnd,
    [property: Description("Reporting phrases: named, anonymous or unresolved.")] string? Attribution);

/// <summary>An article's analysis: counts, scores by lexicon version, and every evidence span.</summary>
public sealed record AnalysisResponse(
    [property: Description("The stored article, or null for POST /api/analyze.")] long? ArticleId,
    VoiceCountsDto Counts,
    IReadOnlyList<LexiconVersionDto> Lexicons,
    IReadOnlyList<ScoreDto> Scores,
    IReadOnlyList<EvidenceDto> Evidence,
    [property: Description("POST /api/analyze only: the analysed text, which the offsets point into.")] string? Text,
    [property: Description("POST /api/analyze only: the segments of the text.")] IReadOnlyList<SegmentResponse>? Segments);

/// <summary>The body of POST /api/analyze: an article's content (as for POST /api/articles) and an optional lexicon.</summary>
public sealed class AnalyzeRequest
{
    [Description("Plain text; either text or html is required.")]
    public string? Text { get; set; }

    [Description("HTML, as for POST /api/articles.")]
    public string? Html { get; set; }

    [Description("Headline, scored as the headline segment.")]
    public string? Title { get; set; }

    [Description("Reader comments, scored under the comments voice.")]
    public string[]? Comments { get; set; }

    [Description("Only this lexicon (by name; its latest version unless lexicon_version is given). Default: all lexicons.")]
    public string? Lexicon { get; set; }

    [Description("Version number of 'lexicon' to use.")]
    public int? LexiconVersion { get; set; }
}
