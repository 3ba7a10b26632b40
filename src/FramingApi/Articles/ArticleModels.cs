using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using FramingApi.Analysis.Extraction;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Articles;

/// <summary>
/// An article to store. Send its content as <c>text</c> (plain text) or <c>html</c> (a page or fragment; its text
/// is extracted with an HTML parser), not both. Parts you already know apart can be sent separately: they keep
/// their kind and are not guessed by the segmenter. POST /api/analyze takes the same body.
/// </summary>
[ExactlyOneOf("text", "html")]
public class ArticleCreateRequest
{
    [Description("The article as plain text. Paragraphs separated by line breaks. Either text or html is required, not both.")]
    [MaxLength(TextLimits.ArticleText)]
    public string? Text { get; set; }

    [Description("The article as a web page (HTML or XHTML, whole or a fragment): the article is extracted from it (headline, lead, body and block quotations; navigation, related links, share and sign-up boxes, captions, footers kept apart as boilerplate, each with the reason) and the title, author, dates, canonical url, language and section are read from the page where this request does not give them (docs/EXTRACTION.md). A page with no article is 400. Either text or html is required, not both; a page's bytes can also be sent as the body itself, with Content-Type text/html.")]
    [MaxLength(TextLimits.ArticleText)]
    public string? Html { get; set; }

    /// <summary>The field that errors about <see cref="Html"/> name when it is not <c>html</c>: <c>body</c> when the
    /// page was the request's body (Content-Type text/html). Not part of the JSON.</summary>
    internal string? HtmlField { get; set; }

    /// <summary>Reads <see cref="Html"/> as a browser would (<see cref="PageDecoder.Clean"/>): a page's stray control
    /// characters are no reason to refuse it, while every other field keeps the one string check.</summary>
    internal void CleanPage()
    {
        if (Html is not null) Html = PageDecoder.Clean(Html);
    }

    [Description("Canonical URL, absolute http or https. Unique: storing the same URL again answers with the stored article. Never taken from a page (its canonical link is stored as canonical_url). POST /api/analyze checks it and ignores it.")]
    [MaxLength(TextLimits.Url)]
    public string? Url { get; set; }

    [Description("Headline. The headline segment; prepended to the text unless the text starts with it (for html, it replaces the page's headline). Without it, an article sent as html takes the page's title, or for a page without one (an HTML fragment such as <h1>…</h1><p>…</p>) its headline (title_source says from where).")]
    [MaxLength(TextLimits.ArticleTitle)]
    public string? Title { get; set; }

    [Description("By-line. Without it, an article sent as html takes the page's authors. POST /api/analyze checks it and ignores it.")]
    [MaxLength(TextLimits.Author)]
    public string? Author { get; set; }

    [Description("Publication time, ISO 8601 (e.g. 2023-07-26 or 2023-07-26T14:00:00Z; a time without a zone is UTC), years 1800-2200. Without it, an article sent as html takes the page's date (published_at_source says from where). POST /api/analyze checks it and ignores it.")]
    public DateTimeOffset? PublishedAt { get; set; }

    [Description("Slug of an existing source (see /api/sources); an unknown one is 422. POST /api/analyze checks only the slug's form and ignores it.")]
    [MaxLength(TextLimits.Slug)]
    public string? Source { get; set; }

    [Description("Slug of an existing story (see /api/stories); an unknown one is 422. POST /api/analyze checks only the slug's form and ignores it.")]
    [MaxLength(TextLimits.Slug)]
    public string? Story { get; set; }

    [Description("ISO 639-1 language code in lower case; without it, an article sent as html takes the page's language (lang=\"en-GB\" is 'en'), else 'en' (the built-in lexicons are English). POST /api/analyze checks it and ignores it.")]
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
    [property: Description(ArticleFieldText.Id)] long Id,
    [property: Description(ArticleFieldText.Source)] string? Source,
    [property: Description(ArticleFieldText.Story)] string? Story,
    [property: Description(ArticleFieldText.Url)] string? Url,
    [property: Description(ArticleFieldText.Title)] string? Title,
    [property: Description(ArticleFieldText.Author)] string? Author,
    [property: Description(ArticleFieldText.PublishedAt)] DateTime? PublishedAt,
    [property: Description(ArticleFieldText.WordCount)] int WordCount,
    [property: Description(ArticleFieldText.ContentHash)] string ContentHash,
    [property: Description(ArticleFieldText.CreatedAt)] DateTime CreatedAt,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.Title)] string? TitleSource,
    [property: Description(ArticleFieldText.Authors)] IReadOnlyList<string>? Authors,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.Author)] string? AuthorSource,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.PublishedAt)] string? PublishedAtSource,
    [property: Description(ArticleFieldText.ModifiedAt)] DateTime? ModifiedAt,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.ModifiedAt)] string? ModifiedAtSource,
    [property: Description(ArticleFieldText.CanonicalUrl)] string? CanonicalUrl,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.CanonicalUrl)] string? CanonicalUrlSource,
    [property: Description(ArticleFieldText.Language)] string Language,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.Language)] string? LanguageSource,
    [property: Description(ArticleFieldText.Section)] string? Section,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.Section)] string? SectionSource)
{
    [Description("Search only (?q=): how well the article matches, 0-1 — cover density (how many of the search's words occur, how close together) over 1 + log(the article's length), scaled to rank / (rank + 1); hits are listed by it, highest first. Left out of other lists.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public float? Rank { get; init; }

    [Description("Search only (?q=): an excerpt of the article's own text (headline, lead and body; never boilerplate or comments) around the matches, up to two fragments joined by ' … ', as plain text. Left out of other lists.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Snippet { get; init; }

    [Description("Search only (?q=): the matched words in snippet, as [start, end) offsets in UTF-16 code units.")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Highlight>? Highlights { get; init; }

    [Description("Search only (?q=): snippet as HTML, its text escaped and each match in <mark>…</mark> (safe to insert as HTML).")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SnippetHtml { get; init; }
}

/// <summary>The descriptions of the fields an article in a list (<see cref="ArticleSummary"/>) and a whole article
/// (<see cref="ArticleResponse"/>) share, written once.</summary>
static class ArticleFieldText
{
    public const string Id = "Database id.";
    public const string Source = "Source slug, or null.";
    public const string Story = "Story slug, or null.";
    public const string Url = "Canonical URL as sent, or null (never taken from a page: see canonical_url).";
    public const string Title = "Headline as sent, else the page's title, else (a page without a title) the page's headline, or null; title_source says which.";
    public const string Author = "By-line as sent, else the page's authors joined by ', ', or null; author_source says which.";
    public const string PublishedAt = "Publication time (UTC) as sent, else the page's, or null; published_at_source says which. A date without a time (from a url, or a bare day) is midnight UTC of that day.";
    public const string WordCount = "Tokens in the headline, lead, body, quotations and comments (boilerplate excluded).";
    public const string ContentHash = "SHA-256 of the extracted text (whitespace-normalised), hex; one article per source and hash. For an article sent as html, of its headline, lead, body and comments only: the same article with other boilerplate around it is the same article.";
    public const string CreatedAt = "When the article was stored (UTC).";
    public const string Authors = "The authors: the by-line as sent (one item), else the page's authors, or null.";
    public const string ModifiedAt = "When the page says the article was last modified (UTC), or null.";
    public const string CanonicalUrl = "The url as sent, else the page's canonical link (link rel=canonical, og:url, JSON-LD url), or null.";
    public const string Language = "ISO 639-1 language code as sent, else the page's; 'en' when neither gives one.";
    public const string Section = "The page's section (JSON-LD articleSection, article:section …), or null.";
}

/// <summary>The descriptions of the <c>*_source</c> fields: where each metadata value came from.</summary>
static class ProvenanceText
{
    const string Values = "given (the request gave it), json_ld (the page's JSON-LD), meta (a meta or link tag, the html lang, or the <title>), time_element (a <time datetime> of the page) or url (a date in the page's url path)";
    public const string Title = "Where title came from: given (the request gave it), json_ld (the page's JSON-LD headline), meta (a meta tag such as og:title, or the <title>) or headline (a page without any of those, such as an HTML fragment: its headline segment, the first <h1>); time_element and url never give it; null when there is none.";
    public const string Author = "Where author and authors came from: " + Values + " (headline never gives it); null when there is none.";
    public const string PublishedAt = "Where published_at came from: " + Values + " (headline never gives it); null when there is none. Never guessed from the text.";
    public const string ModifiedAt = "Where modified_at came from: json_ld or meta (given, time_element, url and headline never give it); null when there is none.";
    public const string CanonicalUrl = "Where canonical_url came from: given (the url sent), json_ld or meta (time_element, url and headline never give it); null when there is none.";
    public const string Language = "Where language came from: given, json_ld or meta (time_element, url and headline never give it); null when it is the default 'en' (or, for an article stored before sources were recorded, not known).";
    public const string Section = "Where section came from: json_ld or meta (given, time_element, url and headline never give it); null when there is none.";
}

/// <summary>A stretch of the stored text: [start, end) in UTF-16 code units, as JavaScript and .NET index strings.</summary>
public sealed record SegmentResponse(
    [property: NamesFrom(typeof(SegmentNames)), Description("headline, lead, body, quotation, boilerplate or comments. Quotation segments lie inside lead/body.")] string Kind,
    [property: Description("First character of the segment: offset in UTF-16 code units into the text.")] int Start,
    [property: Description("End of the segment (exclusive), in UTF-16 code units into the text.")] int End,
    [property: Description("Boilerplate removed from a page: why it was left out of the article (navigation, aside, footer, header, caption, share, related links, sign-up, comments, advertisement, byline, tags, hidden, noscript fallback, dialog, sidebar, mostly links, form, duplicate, outside the article; docs/EXTRACTION.md). Null for every other segment, and for boilerplate the segmenter found in a text or the client sent apart.")] string? Reason);

/// <summary>A stored article with its extracted text and segments.</summary>
public sealed record ArticleResponse(
    [property: Description(ArticleFieldText.Id)] long Id,
    [property: Description(ArticleFieldText.Source)] string? Source,
    [property: Description(ArticleFieldText.Story)] string? Story,
    [property: Description(ArticleFieldText.Url)] string? Url,
    [property: Description(ArticleFieldText.Title)] string? Title,
    [property: Description(ArticleFieldText.Author)] string? Author,
    [property: Description(ArticleFieldText.PublishedAt)] DateTime? PublishedAt,
    [property: Description(ArticleFieldText.WordCount)] int WordCount,
    [property: Description(ArticleFieldText.ContentHash)] string ContentHash,
    [property: Description(ArticleFieldText.CreatedAt)] DateTime CreatedAt,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.Title)] string? TitleSource,
    [property: Description(ArticleFieldText.Authors)] IReadOnlyList<string>? Authors,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.Author)] string? AuthorSource,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.PublishedAt)] string? PublishedAtSource,
    [property: Description(ArticleFieldText.ModifiedAt)] DateTime? ModifiedAt,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.ModifiedAt)] string? ModifiedAtSource,
    [property: Description(ArticleFieldText.CanonicalUrl)] string? CanonicalUrl,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.CanonicalUrl)] string? CanonicalUrlSource,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.Language)] string? LanguageSource,
    [property: Description(ArticleFieldText.Section)] string? Section,
    [property: NamesFrom(typeof(ProvenanceNames)), Description(ProvenanceText.Section)] string? SectionSource,
    [property: NamesFrom(typeof(ContentTypeNames)), Description("'text' or 'html': what was sent (a page sent as the body with Content-Type text/html is html).")] string ContentType,
    [property: Description(ArticleFieldText.Language)] string Language,
    [property: Description("The extracted text every offset points into: headline, body, then any comments and boilerplate sent apart. For html: the headline, the article's blocks, then the blocks removed from the page (boilerplate, each with its reason), then comments and boilerplate sent apart."), JsonConverter(typeof(LongTextConverter))] string Text,
    [property: Description("The segments of the text, by offsets into it.")] IReadOnlyList<SegmentResponse> Segments,
    [property: Description("The body as received (a page sent as bytes: decoded to text); only with ?include_raw=true."), JsonConverter(typeof(LongTextConverter))] string? Raw);
