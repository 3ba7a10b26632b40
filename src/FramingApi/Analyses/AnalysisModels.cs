using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using FramingApi.Articles;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using FramingApi.Analysis.Lexicons;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Analyses;

/// <summary>Words and sentences per voice: the denominators of every rate.</summary>
public sealed record VoiceCountsDto(
    [property: Description("Words (tokens) in the outlet's own voice: headline, lead and body outside quotations. Boilerplate is never counted.")] int WordsOutlet,
    [property: Description("Words inside quotations in the headline, lead and body.")] int WordsQuotation,
    [property: Description("Words in reader comments.")] int WordsComments,
    [property: Description("Sentences with at least one word in the outlet's own voice (a sentence that mixes voices counts in each).")] int SentencesOutlet,
    [property: Description("Sentences with at least one quoted word.")] int SentencesQuotation,
    [property: Description("Sentences of reader comments.")] int SentencesComments);

/// <summary>A lexicon version that scored the text.</summary>
public sealed record LexiconVersionDto(
    [property: Description("Lexicon name, e.g. 'claims'.")] string Name,
    [property: NamesFrom(typeof(LexiconKindNames), nameof(LexiconKindNames.Set)), Description("claims, sourcing, loaded, topics or custom: which scorers used the lexicon.")] string Kind,
    [property: Description("Id of the lexicon version; scores and evidence name it in their lexicon_version_id.")] long LexiconVersionId,
    [property: Description("Version number within the lexicon: 1, 2, 3 …")] int Version,
    [property: Description("SHA-256 (hex) of the version's canonical content (docs/LEXICONS.md): the same content, the same hash.")] string ContentHash);

/// <summary>A category's score in one voice scope.</summary>
public sealed record ScoreDto(
    [property: Description("Name of the lexicon the category belongs to.")] string Lexicon,
    [property: Description("The lexicon version that made this score.")] long LexiconVersionId,
    [property: Description("Category key in the lexicon, e.g. 'cluster_munitions'. Claims lexicons add framing_asserted, framing_hedged, framing_attributed and framing_denied (target mentions by framing); sourcing lexicons add attribution_named, attribution_anonymous and attribution_unresolved (reporting phrases by source).")] string Category,
    [property: NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Scopes)), Description("The voice scope counted: outlet (the outlet's own words), quotation, comments (reader comments), or article (outlet + quotation: the text as published).")] string Voice,
    [property: Description("Matches of the category's terms in this voice scope.")] int Hits,
    [property: Description("Sum of the matched entries' weights (= hits when all weights are 1).")] double WeightedHits,
    [property: Description("hits per 1,000 words of this voice scope (0 when the scope has no words).")] double Per1000Words,
    [property: Description("Share of the scope's sentences with at least one hit, 0-1.")] double SentenceShare,
    [property: Description("Position-weighted sentence share, 0-1: headline ×3, lead ×2, body ×1, and earlier sentences up to ×2 (docs/ANALYSIS.md).")] double Emphasis,
    [property: Description("Relative position among the scope's sentences (0 = first sentence, 1 = last) of the first sentence with a hit; null when none.")] double? FirstMention,
    [property: Description("hits ≥ 1.")] bool Covered);

/// <summary>One matched span of the text and what the scorers made of it.</summary>
public sealed record EvidenceDto(
    [property: Description("Name of the lexicon whose entry matched.")] string Lexicon,
    [property: Description("The lexicon version that found this span.")] long LexiconVersionId,
    [property: Description("Category key of the matched entry, e.g. 'war_crimes' or 'anonymous_source'.")] string Category,
    [property: Description("The lexicon entry that matched, e.g. 'alleg*' or 'war crime*'.")] string Term,
    [property: Description("The text at [start, end), as written.")] string Matched,
    [property: Description("Start of the span: offset in UTF-16 code units into the analysed text (the article's stored text; for POST /api/analyze, the answer's text).")] int Start,
    [property: Description("End of the span (exclusive), in UTF-16 code units into the same text.")] int End,
    [property: Description("0-based index of the sentence the span is in, counted over the whole text (every segment, boilerplate included; the page shows this number too).")] int Sentence,
    [property: NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Stored)), Description("Whose words the span is: outlet (the outlet's own), quotation (quoted material) or comments (reader comments).")] string Voice,
    [property: NamesFrom(typeof(SegmentNames)), Description("The segment the span is in: headline, lead, body or comments (quotations lie inside lead and body; boilerplate is never matched).")] string Segment,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Target), Description("Claim mentions only (else null): the claim target category.")] string? Target,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), Description("Claim mentions only (else null): the actor the claim is attributed to, an actor category key of the claims lexicon, or unknown.")] string? Actor,
    [property: NamesFrom(typeof(FramingNames)), Description("Claim mentions only (else null): hedged, attributed, denied or asserted (docs/ANALYSIS.md).")] string? Framing,
    [property: Description("Claims: the marker that decided the framing ('alleged', 'according to' …), as written. Reporting phrases: the source (a name, an anonymous-source phrase or a pronoun). Null when there is none.")] string? Marker,
    [property: Description("Start of the marker (claims) or source (reporting phrases) in UTF-16 code units into the text; null when there is none.")] int? MarkerStart,
    [property: Description("End (exclusive) of the marker or source in UTF-16 code units; null when there is none.")] int? MarkerEnd,
    [property: NamesFrom(typeof(AttributionNames)), Description("Reporting phrases only (else null): whose statement it reports: named, anonymous or unresolved.")] string? Attribution,
    [property: Description("Claim mentions only (else null): true when the trained claim-sentence detector made this mention, in an article where the claim rules found no claim against russia in the outlet's voice (its span, target and framing come from the claim rules at the word the model points to; the actor is russia); false for the claim rules' own mentions (docs/ANALYSIS.md, 'The claim-sentence detector').")] bool? Detector = null);

/// <summary>Claim mentions of one target, actor and voice, counted by framing, with the dominant framing.</summary>
public sealed record ClaimSummaryRow(
    [property: Description("The claims lexicon whose mentions are counted (the built-in one is 'claims').")] string Lexicon,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Target), Description("The claim target category.")] string Target,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), Description("The actor the mentions are attributed to: an actor category key of the claims lexicon, or unknown.")] string Actor,
    [property: NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Stored)), Description("Whose words the mentions are in: outlet (the outlet's own), quotation or comments (reader comments).")] string Voice,
    [property: Description("Mentions stated as fact.")] int Asserted,
    [property: Description("Mentions hedged (alleged, reportedly, scare quotes …).")] int Hedged,
    [property: Description("Mentions attributed to someone (according to …, X said).")] int Attributed,
    [property: Description("Mentions reported as denied.")] int Denied,
    [property: Description("All mentions of the row: asserted + hedged + attributed + denied (always at least 1: rows without mentions are left out).")] int Mentions,
    [property: NamesFrom(typeof(FramingLabelNames), nameof(FramingLabelNames.Dominant)), Description("The framing of more than half of the mentions (asserted, hedged, attributed or denied), else mixed. Never absent: with no mention there is no row.")] string Dominant);

/// <summary>Claim mentions of one actor and voice over all targets, counted by framing.</summary>
public sealed record ClaimActorRow(
    [property: Description("The claims lexicon whose mentions are counted.")] string Lexicon,
    [property: LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), Description("The actor: an actor category key of the claims lexicon, or unknown.")] string Actor,
    [property: NamesFrom(typeof(VoiceNames), nameof(VoiceNames.Stored)), Description("Whose words the mentions are in: outlet, quotation or comments.")] string Voice,
    [property: Description("Mentions stated as fact, over all targets.")] int Asserted,
    [property: Description("Hedged mentions, over all targets.")] int Hedged,
    [property: Description("Attributed mentions, over all targets.")] int Attributed,
    [property: Description("Denied mentions, over all targets.")] int Denied,
    [property: Description("All mentions of the row (at least 1).")] int Mentions,
    [property: NamesFrom(typeof(FramingLabelNames), nameof(FramingLabelNames.Dominant)), Description("The framing of more than half of the mentions (asserted, hedged, attributed or denied), else mixed; the four framings counted apart.")] string Dominant,
    [property: NamesFrom(typeof(FramingLabelNames), nameof(FramingLabelNames.ArticleLabels)), Description("The label a reader gives the article's framing of this actor in this voice: as dominant, but a reported denial counts as hedged (it distances the claim), so asserted, hedged, attributed or mixed. In the outlet voice this is the label docs/VALIDITY.md measures and the validation field framing:<actor> is compared with.")] string ArticleLabel);

/// <summary>An article's analysis: counts, scores by lexicon version, and every evidence span.</summary>
public sealed record AnalysisResponse(
    [property: Description("The stored article, or null for POST /api/analyze.")] long? ArticleId,
    [property: Description("Words and sentences per voice: the denominators of the rates.")] VoiceCountsDto Counts,
    [property: Description("The lexicon versions that scored the text, one per lexicon, whether they found anything or not (for a stored article: as recorded when it was scored or last re-scored); only the named lexicon when one is given.")] IReadOnlyList<LexiconVersionDto> Lexicons,
    [property: Description("One score per lexicon version, category and voice scope. Categories without a hit in a scope are left out, except the categories of topics lexicons and the synthetic framing_* and attribution_* ones, which are given in every scope.")] IReadOnlyList<ScoreDto> Scores,
    [property: Description("Every matched span, with its claim or attribution details, in text order. POST /api/analyze gives the first evidence_limit of them (default 1,000) and evidence_total says how many there are.")] IReadOnlyList<EvidenceDto> Evidence,
    [property: Description("POST /api/analyze only: the analysed text, which the offsets point into."), JsonConverter(typeof(LongTextConverter))] string? Text,
    [property: Description("POST /api/analyze only: the segments of the text.")] IReadOnlyList<SegmentResponse>? Segments)
{
    /// <summary>Set by the endpoints from <see cref="Evidence"/> (<see cref="ClaimSummaries"/>), so the store need not know it.</summary>
    [Required]
    [Description("The article-level summary of claim framing: one row per claims lexicon, target, actor and voice with the count of each framing and the dominant one (more than half of the mentions, else mixed). A target, actor and voice without mentions has no row (its framing is absent). Built from the evidence of this answer, so the lexicon, category and voice filters apply to it.")]
    public IReadOnlyList<ClaimSummaryRow> ClaimsSummary { get; init; } = [];

    [Required]
    [Description("The same counts per claims lexicon, actor and voice over all targets, with the dominant framing and the article-level label (a denial counts as hedged).")]
    public IReadOnlyList<ClaimActorRow> ClaimsByActor { get; init; } = [];

    /// <summary>POST /api/analyze only: how many spans the analysis found; evidence holds the first of them.</summary>
    [Description("POST /api/analyze only (else null): how many evidence spans the analysis found (the claims summaries count them all). When it is more than the length of evidence, the rest were left out: ask for more with evidence_limit (docs/RELIABILITY.md).")]
    public int? EvidenceTotal { get; init; }
}

/// <summary>
/// The body of POST /api/analyze: the body of POST /api/articles, checked the same way, and an optional lexicon.
/// Nothing is stored, so the fields that only matter for storage (source, story, url, author, published_at,
/// language) are checked for form and then ignored; a source or story slug need not exist.
/// </summary>
public sealed class AnalyzeRequest : ArticleCreateRequest
{
    [Description("Only this lexicon (by name; its latest version unless lexicon_version is given). Default: the latest version of every lexicon, as at ingestion.")]
    [MaxLength(TextLimits.Name)]
    public string? Lexicon { get; set; }

    [Description("Version number of 'lexicon' to use (needs lexicon).")]
    public int? LexiconVersion { get; set; }

    [Description("How many evidence spans to return, the first in text order: 0 to 20,000 (default 1,000). evidence_total in the answer says how many there are. The spans together are also kept within twice the size of the text plus 512 KB, so that the answer stays within 25 times its request plus 1 MB (docs/RELIABILITY.md).")]
    public int? EvidenceLimit { get; set; }

    [Description("Emphasis weights to score with instead of the server's (docs/ANALYSIS.md); any weight left out keeps the server's value. Only for this request: stored scores always use the server's weights.")]
    public EmphasisRequest? Emphasis { get; set; }
}

/// <summary>Emphasis weights for one POST /api/analyze request: a sentence weighs segment weight × (1 + position_boost × (1 − p)).</summary>
public sealed class EmphasisRequest
{
    [Description("Weight of headline sentences, > 0 and ≤ 1000 (default 3).")]
    public double? Headline { get; set; }

    [Description("Weight of lead sentences, > 0 and ≤ 1000 (default 2).")]
    public double? Lead { get; set; }

    [Description("Weight of body sentences (and reader comments), > 0 and ≤ 1000 (default 1).")]
    public double? Body { get; set; }

    [Description("How much more the first sentence of a scope weighs than its last, 0 to 1000 (default 1: the first weighs twice the last; 0: position does not count).")]
    public double? PositionBoost { get; set; }
}

/// <summary>The query parameters of POST /api/analyze with a web page as its body: the article's, and the lexicon.</summary>
public sealed class AnalyzePageQuery : PageQuery
{
    [FromQuery(Name = "lexicon"), Description("With a text/html body only: only this lexicon (the JSON field 'lexicon').")]
    public string? Lexicon { get; init; }

    [FromQuery(Name = "lexicon_version"), Description("With a text/html body only: version number of 'lexicon' (the JSON field 'lexicon_version').")]
    public string? LexiconVersion { get; init; }

    public override void ApplyTo(ArticleCreateRequest request, FieldErrors errors)
    {
        base.ApplyTo(request, errors);
        if (request is not AnalyzeRequest analyze) return;
        analyze.Lexicon = Lexicon;
        if (LexiconVersion is null) return;
        if (int.TryParse(LexiconVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version)) analyze.LexiconVersion = version;
        else errors.Add("lexicon_version", "Must be a whole number, e.g. 2.");
    }

    public override void RejectWithJson(FieldErrors errors)
    {
        base.RejectWithJson(errors);
        if (Lexicon is not null) errors.Add("lexicon", OnlyWithPage);
        if (LexiconVersion is not null) errors.Add("lexicon_version", OnlyWithPage);
    }
}
