using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FramingApi.Infrastructure;

namespace FramingApi.Articles;

/// <summary>
/// An article to store. Send its content as <c>text</c> (plain text) or <c>html</c> (a page or fragment; its text
/// is extracted with an HTML parser), not both. Parts you already know apart can be sent separately: they keep
/// their kind and are not guessed by the segmenter. POST /api/analyze takes the same body.
/// </summary>
public class ArticleCreateRequest
{
    [Description("The article as plain text. Paragraphs separated by line breaks. Either text or html is required, not both.")]
    [MaxLength(TextLimits.ArticleText)]
    public string? Text { get; set; }

    [Description("The article as HTML; its readable text is extracted (scripts, navigation and forms dropped). Either text or html is required, not both.")]
    [MaxLength(TextLimits.ArticleText)]
    public string? Html { get; set; }

    [Description("Canonical URL, absolute http or https. Unique: storing the same URL again answers with the stored article. POST /api/analyze checks it and ignores it.")]
    [MaxLength(TextLimits.Url)]
    public string? Url { get; set; }

    [Description("Headline. The headline segment; prepended to the text unless the text starts with it.")]
    [MaxLength(TextLimits.ArticleTitle)]
    public string? Title { get; set; }

    [Description("By-line. POST /api/analyze checks it and ignores it.")]
    [MaxLength(TextLimits.Author)]
    public string? Author { get; set; }

    [Description("Publication time, ISO 8601 (e.g. 2023-07-26 or 2023-07-26T14:00:00Z), years 1800-2200. POST /api/analyze checks it and ignores it.")]
    public DateTimeOffset? PublishedAt { get; set; }

    [Description("Slug of an existing source (see /api/sources); an unknown one is 422. POST /api/analyze checks only the slug's form and ignores it.")]
    [MaxLength(TextLimits.Slug)]
    public string? Source { get; set; }

    [Description("Slug of an existing story (see /api/stories); an unknown one is 422. POST /api/analyze checks only the slug's form and ignores it.")]
    [MaxLength(TextLimits.Slug)]
    public string? Story { get; set; }

    [Description("ISO 639-1 language code in lower case; default 'en' (the built-in lexicons are English). POST /api/analyze checks it and ignores it.")]
    [MaxLength(TextLimits.Language)]
    public string? Language { get; set; }

    [Description("Reader comments, one string each: appended to the text as comments segments and scored under the comments voice, apart from the article's own voice.")]
    [MaxLength(TextLimits.ArticleParts), ItemMaxLength(TextLimits.ArticleText)]
    public string[]? Comments { get; set; }

    [Description("Site furniture you already separated (captions, bios, sign-up lines): appended to the text as boilerplate segments, never scored.")]
    [MaxLength(TextLimits.ArticleParts), ItemMaxLength(TextLimits.ArticleText)]
    public string[]? Boilerplate { get; set; }
}

/// <summary>An article in a list: metadata without the text.</summary>
public sealed record ArticleSummary(
    [property: Description("Database id.")] long Id,
    [property: Description("Source slug, or null.")] string? Source,
    [property: Description("Story slug, or null.")] string? Story,
    [property: Description("Canonical URL as sent, or null.")] string? Url,
    [property: Description("Headline as sent, or null.")] string? Title,
    [property: Description("By-line as sent, or null.")] string? Author,
    [property: Description("Publication time (UTC) as sent, or null.")] DateTime? PublishedAt,
    [property: Description("Tokens in the headline, lead, body, quotations and comments (boilerplate excluded).")] int WordCount,
    [property: Description("SHA-256 of the extracted text (whitespace-normalised), hex; one article per source and hash.")] string ContentHash,
    [property: Description("When the article was stored (UTC).")] DateTime CreatedAt);

/// <summary>A stretch of the stored text: [start, end) in UTF-16 code units, as JavaScript and .NET index strings.</summary>
public sealed record SegmentResponse(
    [property: Description("headline, lead, body, quotation, boilerplate or comments. Quotation segments lie inside lead/body.")] string Kind,
    [property: Description("First character of the segment: offset in UTF-16 code units into the text.")] int Start,
    [property: Description("End of the segment (exclusive), in UTF-16 code units into the text.")] int End);

/// <summary>A stored article with its extracted text and segments.</summary>
public sealed record ArticleResponse(
    [property: Description("Database id.")] long Id,
    [property: Description("Source slug, or null.")] string? Source,
    [property: Description("Story slug, or null.")] string? Story,
    [property: Description("Canonical URL as sent, or null.")] string? Url,
    [property: Description("Headline as sent, or null; the text begins with it.")] string? Title,
    [property: Description("By-line as sent, or null.")] string? Author,
    [property: Description("Publication time (UTC) as sent, or null.")] DateTime? PublishedAt,
    [property: Description("Tokens in the headline, lead, body, quotations and comments (boilerplate excluded).")] int WordCount,
    [property: Description("SHA-256 of the extracted text (whitespace-normalised), hex; one article per source and hash.")] string ContentHash,
    [property: Description("When the article was stored (UTC).")] DateTime CreatedAt,
    [property: Description("'text' or 'html': what was sent.")] string ContentType,
    [property: Description("ISO 639-1 language code as sent; 'en' when none was given.")] string Language,
    [property: Description("The extracted text every offset points into: headline, body, then any comments and boilerplate sent apart."), JsonConverter(typeof(LongTextConverter))] string Text,
    [property: Description("The segments of the text, by offsets into it.")] IReadOnlyList<SegmentResponse> Segments,
    [property: Description("The body as received; only with ?include_raw=true."), JsonConverter(typeof(LongTextConverter))] string? Raw);
