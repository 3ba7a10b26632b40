using System.Text.Json.Serialization;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Lexicons;

/// <summary>A lexicon with its latest version.</summary>
public sealed record LexiconSummary(
    [property: Description("Unique name, e.g. 'topics'.")] string Name,
    [property: NamesFrom(typeof(LexiconKindNames), nameof(LexiconKindNames.Set)), Description("claims, sourcing, loaded, topics or custom: which scorers use it.")] string Kind,
    [property: Description("What the lexicon is for and where its terms come from.")] string Description,
    [property: Description("Shipped with FramingApi (seeds/lexicons/).")] bool Builtin,
    [property: Description("The latest version, which new articles are scored with.")] LexiconVersionInfo Latest,
    [property: Description("When the lexicon was created (UTC).")] DateTime CreatedAt);

/// <summary>One immutable version of a lexicon.</summary>
public sealed record LexiconVersionInfo(
    [property: Description("Id of the version; every stored score and evidence span names it.")] long Id,
    [property: Description("1, 2, 3 … per lexicon.")] int Version,
    [property: Description("SHA-256 of the canonical content (docs/LEXICONS.md): the same content, the same hash.")] string ContentHash,
    [property: Description("Entries (terms) in this version.")] int EntryCount,
    [property: Description("Categories in this version.")] int CategoryCount,
    [property: NamesFrom(typeof(OriginNames)), Description("'builtin' (loaded from seeds/lexicons at start-up) or 'api'.")] string Origin,
    [property: Description("When the version was created (UTC).")] DateTime CreatedAt);

/// <summary>A lexicon version with its full definition.</summary>
public sealed record LexiconDetail(
    [property: Description("Unique name, e.g. 'topics'.")] string Name,
    [property: NamesFrom(typeof(LexiconKindNames), nameof(LexiconKindNames.Set)), Description("claims, sourcing, loaded, topics or custom: which scorers use it.")] string Kind,
    [property: Description("What the lexicon is for and where its terms come from.")] string Description,
    [property: Description("Shipped with FramingApi (seeds/lexicons/).")] bool Builtin,
    [property: Description("The version shown: the latest, or the one asked for with ?version=N.")] LexiconVersionInfo Version,
    [property: Description("Every version of this lexicon, oldest first.")] IReadOnlyList<LexiconVersionInfo> Versions,
    [property: Description("The version's categories, in their order.")] IReadOnlyList<LexiconCategoryDto> Categories,
    [property: Description("The version's entries, in their order.")] IReadOnlyList<LexiconEntryDto> Entries);

/// <summary>A category of a lexicon.</summary>
public sealed record LexiconCategoryDto(
    [property: Description("Stable key, unique in the lexicon, no white space, e.g. 'cluster_munitions'."), MaxLength(TextLimits.Name)] string Key,
    [property: Description("Free text: what the category covers (empty when left out)."), MaxLength(TextLimits.CategoryDescription)] string Description = "",
    [property: NamesFrom(typeof(CategoryRoleNames)), Description("For claims lexicons (docs/LEXICONS.md): target (a claim), actor (who a claim is attributed to), hedge, attribution, denial, accusation ('accused of': attributes the claim, or hedges it when nobody makes it), perpetration ('committed': its subject is the agent), event ('the occupation': its owner is the agent), victim (victims that imply the agent), place (places that count as the object of an actor's plain violent verb); null (or left out) otherwise."), MaxLength(TextLimits.Name)] string? Role = null);

/// <summary>A term of a lexicon and the categories it counts for.</summary>
public sealed record LexiconEntryDto(
    [property: Description("A word, a phrase of up to 8 words, or a stem with a trailing * (alleg*); matched case-insensitively."), MaxLength(TextLimits.Term)] string Term,
    [property: Description("Keys of declared categories (at least one); a match counts once for each."), ItemMaxLength(TextLimits.EntryCategory)] IReadOnlyList<string> Categories,
    [property: Description("Weight of each match, a finite number (it sums into weighted_hits); 1 when left out.")] double Weight = 1);

/// <summary>The answer to a new lexicon or version: the version, and the re-scoring job it scheduled (if any).</summary>
public sealed record LexiconVersionCreated(
    [property: Description("Lexicon name.")] string Name,
    [property: Description("The version created (or, when the content was unchanged, the latest one).")] LexiconVersionInfo Version,
    [property: Description("The background job re-scoring stored articles with this version; null when nothing changed.")] JobResponse? Job);

/// <summary>A background re-scoring job.</summary>
public sealed record JobResponse(
    [property: Description("Job id (GET /api/jobs/{id}).")] long Id,
    [property: NamesFrom(typeof(JobStatusNames)), Description("queued, running, succeeded, failed, or superseded (a newer version of the lexicon took over).")] string Status,
    [property: Description("Name of the lexicon being re-scored.")] string Lexicon,
    [property: Description("Id of the lexicon version the articles are re-scored with.")] long LexiconVersionId,
    [property: Description("Version number of that lexicon version.")] int Version,
    [property: Description("Articles to re-score (as counted when the job started).")] int Total,
    [property: Description("Articles re-scored so far.")] int Done,
    [property: Description("done / total, 0-1 (1 when there was nothing to do).")] double Progress,
    [property: Description("Why the job failed; null unless status is failed.")] string? Error,
    [property: Description("When the job was queued (UTC).")] DateTime CreatedAt,
    [property: Description("When a worker first took it up (UTC); null while queued.")] DateTime? StartedAt,
    [property: Description("When it succeeded, failed or was superseded (UTC); null before.")] DateTime? FinishedAt);

/// <summary>A lexicon document for the request body of POST /api/lexicons (the JSON format of docs/LEXICONS.md).</summary>
public class LexiconDocument
{
    [Description("Unique name: lower-case letters, digits, hyphens and underscores, at most 100 characters. May be left out when adding a version.")]
    [MaxLength(TextLimits.Name)]
    public string? Name { get; set; }

    [Required, NamesFrom(typeof(LexiconKindNames), nameof(LexiconKindNames.Set)), Description("claims, sourcing, loaded, topics or custom: which scorer uses it. A new version keeps the lexicon's kind.")]
    [MaxLength(TextLimits.Name)]
    public string? Kind { get; set; }

    [Description("Free text: what the lexicon is for and where its terms come from.")]
    [MaxLength(TextLimits.LexiconDescription)]
    public string? Description { get; set; }

    [Required, Description("The categories (at least one), each with a unique key.")]
    [MaxLength(LexiconValidator.MaxCategories)]
    public List<LexiconCategoryDto>? Categories { get; set; }

    [Required, Description("The entries (at least one; at most 250,000), each a term with its categories and an optional weight.")]
    [MaxLength(LexiconValidator.MaxEntries)]
    public List<LexiconEntryDto>? Entries { get; set; }

    [Description("Claims lexicons only, in an export: the trained claim-sentence model the lexicon runs with, 'claim-sentences/1 sha256:…' (name, version and the file's SHA-256; docs/LEXICONS.md). Only the built-in claims lexicon names one (seeds/models/claim-sentences.json); a model in a posted lexicon is dropped.")]
    [MaxLength(TextLimits.LexiconDescription)]
    public string? Model { get; set; }

    // Spelt as the lexicon file format spells it (docs/LEXICONS.md), not in the API's snake_case: the body is read by
    // the library's LexiconJson, and an export is that same document.
    [JsonPropertyName("ruleWords")]
    [Description("Topics and claims lexicons only: named lists of single words (or stems ending in '*') that the topic or claim rules read, e.g. { \"want_verbs\": [\"want\", \"wants\", \"wanted\"] } or { \"law_nouns\": [\"law\", \"convention\"] }; each kind has its own list names; a list left out is empty and its rule never applies. Part of the content hash. The list names and rules are in docs/LEXICONS.md, \"Rule words\".")]
    public Dictionary<string, List<string>>? RuleWords { get; set; }
}

/// <summary>The body of POST /api/lexicons: a lexicon document whose name is required (a new version may leave it
/// out, taking it from the URL).</summary>
public sealed class LexiconCreateRequest : LexiconDocument
{
    [Required, Description("Unique name: lower-case letters, digits, hyphens and underscores, at most 100 characters.")]
    [MaxLength(TextLimits.Name)]
    public new string? Name { get => base.Name; set => base.Name = value; }
}
