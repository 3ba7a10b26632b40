using System.ComponentModel;

namespace FramingApi.Lexicons;

/// <summary>A lexicon with its latest version.</summary>
public sealed record LexiconSummary(
    [property: Description("Unique name, e.g. 'topics'.")] string Name,
    [property: Description("claims, sourcing, loaded, topics or custom: which scorers use it.")] string Kind,
    string Description,
    [property: Description("Shipped with FramingApi (seeds/lexicons/).")] bool Builtin,
    LexiconVersionInfo Latest,
    DateTime CreatedAt);

/// <summary>One immutable version of a lexicon.</summary>
public sealed record LexiconVersionInfo(
    [property: Description("Id of the version; every stored score and evidence span names it.")] long Id,
    [property: Description("1, 2, 3 … per lexicon.")] int Version,
    [property: Description("SHA-256 of the canonical content (docs/LEXICONS.md): the same content, the same hash.")] string ContentHash,
    int EntryCount,
    int CategoryCount,
    [property: Description("'builtin' (loaded from seeds/lexicons at start-up) or 'api'.")] string Origin,
    DateTime CreatedAt);

/// <summary>A lexicon version with its full definition.</summary>
public sealed record LexiconDetail(
    string Name,
    string Kind,
    string Description,
    bool Builtin,
    LexiconVersionInfo Version,
    [property: Description("Every version of this lexicon, oldest first.")] IReadOnlyList<LexiconVersionInfo> Versions,
    IReadOnlyList<LexiconCategoryDto> Categories,
    IReadOnlyList<LexiconEntryDto> Entries);

public sealed record LexiconCategoryDto(
    [property: Description("Stable key, e.g. 'cluster_munitions'.")] string Key,
    string Description,
    [property: Description("For claims lexicons: target, actor, hedge, attribution or denial.")] string? Role);

public sealed record LexiconEntryDto(
    [property: Description("A word, a phrase, or a stem with a trailing * (alleg*).")] string Term,
    IReadOnlyList<string> Categories,
    double Weight);

/// <summary>The answer to a new lexicon or version: the version, and the re-scoring job it scheduled (if any).</summary>
public sealed record LexiconVersionCreated(
    string Name,
    LexiconVersionInfo Version,
    [property: Description("The background job re-scoring stored articles with this version; null when nothing changed.")] JobResponse? Job);

/// <summary>A background re-scoring job.</summary>
public sealed record JobResponse(
    long Id,
    [property: Description("queued, running, succeeded, failed, or superseded (a newer version of the lexicon took over).")] string Status,
    string Lexicon,
    long LexiconVersionId,
    int Version,
    [property: Description("Articles to re-score (as counted when the job started).")] int Total,
    [property: Description("Articles re-scored so far.")] int Done,
    [property: Description("done / total, 0-1 (1 when there was nothing to do).")] double Progress,
    string? Error,
    DateTime CreatedAt,
    DateTime? StartedAt,
    DateTime? FinishedAt);

/// <summary>A lexicon document for the request body of POST /api/lexicons (the JSON format of docs/LEXICONS.md).</summary>
public sealed class LexiconDocument
{
    [Description("Unique name: lower-case letters, digits, hyphens and underscores.")]
    public string? Name { get; set; }

    [Description("claims, sourcing, loaded, topics or custom.")]
    public string? Kind { get; set; }

    public string? Description { get; set; }

    public List<LexiconCategoryDto>? Categories { get; set; }

    public List<LexiconEntryDto>? Entries { get; set; }
}
