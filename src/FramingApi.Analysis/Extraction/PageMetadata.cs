namespace FramingApi.Analysis.Extraction;

/// <summary>Where a metadata value was read. Values are never guessed from free text.</summary>
public enum MetadataSource : byte
{
    /// <summary>A schema.org JSON-LD block (<c>NewsArticle</c>, <c>Article</c>, <c>BlogPosting</c> …, also inside <c>@graph</c>).</summary>
    JsonLd,
    /// <summary>A <c>&lt;meta&gt;</c> or <c>&lt;link&gt;</c> tag (OpenGraph, <c>article:</c>, Parse.ly, Dublin Core, Sailthru, microdata),
    /// the <c>lang</c> attribute of <c>&lt;html&gt;</c>, or the document's <c>&lt;title&gt;</c>.</summary>
    Meta,
    /// <summary>A <c>&lt;time datetime&gt;</c> element of the page.</summary>
    TimeElement,
    /// <summary>The page's url (a date in its path, such as <c>/2019/11/19/</c>).</summary>
    Url,
    /// <summary>The article's headline segment (the page's first <c>&lt;h1&gt;</c>), for the title of a page that has no
    /// title of its own (no JSON-LD <c>headline</c>, title meta tag or <c>&lt;title&gt;</c>): an HTML fragment sent as
    /// <c>&lt;h1&gt;…&lt;/h1&gt;&lt;p&gt;…&lt;/p&gt;</c>. Set by <see cref="ArticleExtractor"/>, never by <see cref="MetadataReader"/>.</summary>
    Headline,
}

/// <summary>A metadata value with its provenance.</summary>
/// <param name="Value">The value.</param>
/// <param name="Source">Where it was read.</param>
/// <param name="Detail">What exactly was read: the meta name (<c>article:published_time</c>), the JSON-LD property
/// (<c>NewsArticle.datePublished</c>), the element (<c>time[itemprop=datePublished]</c>) or the url part.</param>
public sealed record MetadataValue<T>(T Value, MetadataSource Source, string Detail);

/// <summary>A date read from a page: <see cref="HasTime"/> is false when only the day is known (a url path, a bare
/// date), in which case <see cref="Value"/> is midnight UTC of that day.</summary>
public readonly record struct PageDate(DateTimeOffset Value, bool HasTime);

/// <summary>What the page says about itself. Every value names its source; a value the page does not give is null.</summary>
public sealed record PageMetadata(
    MetadataValue<string>? Title,
    IReadOnlyList<MetadataValue<string>> Authors,
    MetadataValue<PageDate>? Published,
    MetadataValue<PageDate>? Modified,
    MetadataValue<string>? CanonicalUrl,
    MetadataValue<string>? Language,
    MetadataValue<string>? Section,
    MetadataValue<string>? SiteName,
    MetadataValue<string>? Description)
{
    /// <summary>No metadata at all.</summary>
    public static PageMetadata None { get; } = new(null, [], null, null, null, null, null, null, null);
}
