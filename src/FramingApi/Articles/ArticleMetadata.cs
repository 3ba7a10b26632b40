using FramingApi.Analysis.Extraction;
using FramingApi.Infrastructure;

namespace FramingApi.Articles;

/// <summary>Where a stored metadata value came from: the request, or a part of the page the article was sent as.</summary>
public enum MetadataProvenance : byte
{
    /// <summary>The request gave it (a field of the JSON body, or a query parameter with a page).</summary>
    Given,
    /// <summary>The page's schema.org JSON-LD (<c>NewsArticle.datePublished</c> …).</summary>
    JsonLd,
    /// <summary>A meta or link tag of the page (OpenGraph, <c>article:</c>, Dublin Core …), its <c>lang</c> or its <c>&lt;title&gt;</c>.</summary>
    Meta,
    /// <summary>A <c>&lt;time datetime&gt;</c> element of the page.</summary>
    TimeElement,
    /// <summary>The page's url (a date in its path, a day only).</summary>
    Url,
    /// <summary>The article's headline (the page's first <c>&lt;h1&gt;</c>), for the title of a page without a title of its own.</summary>
    Headline,
}

/// <summary>A metadata value and where it came from.</summary>
public readonly record struct Sourced<T>(T Value, MetadataProvenance Source);

/// <summary>
/// The metadata stored with an article, each value with its provenance: what the request gave, else what the page
/// says about itself (<see cref="PageMetadata"/>), else nothing. Nothing is guessed: a page value that would not pass
/// the checks of the same field sent by a client (too long, control characters, a year outside 1800-2200, a
/// language that is not a language code) is left out rather than repaired.
/// </summary>
public sealed record ArticleMetadata(
    Sourced<string>? Title,
    Sourced<IReadOnlyList<string>>? Authors,
    Sourced<DateTimeOffset>? PublishedAt,
    Sourced<DateTimeOffset>? ModifiedAt,
    Sourced<string>? CanonicalUrl,
    Sourced<string>? Language,
    Sourced<string>? Section)
{
    public const int MaxTitleChars = TextLimits.ArticleTitle;
    public const int MaxAuthorChars = TextLimits.Author;
    public const int MaxSectionChars = 300;
    public const int MaxUrlChars = 2000;

    /// <summary>No metadata at all.</summary>
    public static ArticleMetadata None { get; } = new(null, null, null, null, null, null, null);

    /// <summary>The by-line as one string: the given one, or the page's authors joined by ", " (as many as fit).</summary>
    public string? Author => Authors is { } a ? string.Join(", ", a.Value) : null;

    /// <summary>The request's fields, and for an article sent as a page, the page's metadata where the request is silent.</summary>
    public static ArticleMetadata Resolve(ArticleCreateRequest r, PageMetadata? page) => new(
        Given(r.Title) ?? PageText(page?.Title, MaxTitleChars),
        r.Author is { } author ? new Sourced<IReadOnlyList<string>>([author], MetadataProvenance.Given) : PageAuthors(page),
        r.PublishedAt is { } at ? new(at, MetadataProvenance.Given) : PageDate(page?.Published),
        PageDate(page?.Modified),
        Given(r.Url) ?? PageUrl(page?.CanonicalUrl),
        Given(r.Language) ?? PageLanguage(page?.Language),
        PageText(page?.Section, MaxSectionChars));

    static Sourced<string>? Given(string? value) => value is null ? null : new(value, MetadataProvenance.Given);

    static MetadataProvenance From(MetadataSource source) => source switch
    {
        MetadataSource.JsonLd => MetadataProvenance.JsonLd,
        MetadataSource.Meta => MetadataProvenance.Meta,
        MetadataSource.TimeElement => MetadataProvenance.TimeElement,
        MetadataSource.Url => MetadataProvenance.Url,
        MetadataSource.Headline => MetadataProvenance.Headline,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "A metadata source without a provenance."),
    };

    static bool Storable(string value, int maxChars) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= maxChars && FieldErrors.FindBadCharacter(value, multiline: false) is null;

    static Sourced<string>? PageText(MetadataValue<string>? value, int maxChars) =>
        value is not null && Storable(value.Value, maxChars) ? new(value.Value, From(value.Source)) : null;

    static Sourced<DateTimeOffset>? PageDate(MetadataValue<PageDate>? value) =>
        value?.Value.Value is { Year: >= 1800 and <= 2200 } date ? new(date, From(value.Source)) : null;

    static Sourced<string>? PageUrl(MetadataValue<string>? value) =>
        value is not null && Storable(value.Value, MaxUrlChars) && Uri.TryCreate(value.Value, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
            ? new(value.Value, From(value.Source))
            : null;

    /// <summary>The page's language tag as the API's language code: its primary subtag, lower-cased ("en-GB" → "en");
    /// none when that is not two or three letters.</summary>
    static Sourced<string>? PageLanguage(MetadataValue<string>? value)
    {
        if (value is null) return null;
        var primary = value.Value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? new(primary, From(value.Source)) : null;
    }

    /// <summary>The page's authors that can be stored, in order, as many as fit the by-line's length together.</summary>
    static Sourced<IReadOnlyList<string>>? PageAuthors(PageMetadata? page)
    {
        if (page is null || page.Authors.Count == 0) return null;
        var names = new List<string>(page.Authors.Count);
        var length = 0;
        foreach (var author in page.Authors)
        {
            var name = author.Value;
            if (!Storable(name, MaxAuthorChars) || names.Contains(name, StringComparer.Ordinal)) continue;
            var added = length + (names.Count > 0 ? 2 : 0) + name.Length;
            if (added > MaxAuthorChars) break;
            names.Add(name);
            length = added;
        }
        return names.Count == 0 ? null : new(names, From(page.Authors[0].Source));
    }
}
