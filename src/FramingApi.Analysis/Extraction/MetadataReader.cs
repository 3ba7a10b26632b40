using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FramingApi.Analysis.Extraction;

/// <summary>Reads <see cref="PageMetadata"/> from a parsed page.</summary>
/// <remarks>
/// Each field takes the first source that gives it, in this order:
/// <list type="number">
/// <item>JSON-LD: the first object whose <c>@type</c> is an article type (<c>NewsArticle</c>, <c>Article</c>,
/// <c>BlogPosting</c>, <c>ReportageNewsArticle</c> …), found at the top level, in arrays, in <c>@graph</c> or nested
/// (<c>mainEntity</c>); <c>headline</c>, <c>author</c> (names of persons or organisations, strings or objects,
/// arrays), <c>datePublished</c>, <c>dateModified</c>, <c>url</c>/<c>mainEntityOfPage</c>, <c>inLanguage</c>,
/// <c>articleSection</c>, <c>publisher.name</c>, <c>description</c>.</item>
/// <item>Meta tags: OpenGraph and <c>article:</c> (<c>og:title</c>, <c>article:published_time</c>,
/// <c>article:modified_time</c>, <c>article:author</c> unless it is a url, <c>article:section</c>,
/// <c>og:site_name</c>, <c>og:url</c>), Parse.ly (<c>parsely-pub-date</c> …), Sailthru (<c>sailthru.date</c> …),
/// Dublin Core (<c>dc.date</c>, <c>dcterms.created</c>, <c>dc.creator</c> …), plain <c>author</c>,
/// <c>description</c>, microdata (<c>itemprop="datePublished"</c> on any element with <c>content</c> or
/// <c>datetime</c>), <c>&lt;link rel="canonical"&gt;</c>, <c>&lt;html lang&gt;</c>, and the <c>&lt;title&gt;</c>
/// element last for the title.</item>
/// <item><c>&lt;time datetime&gt;</c> for the published date: one marked as such (<c>pubdate</c>, or a class or
/// itemprop naming publication) first, else the first one that is not inside a link, list item, navigation, aside
/// or footer (those date other stories).</item>
/// <item>The url path for the published date (<c>/2019/11/19/</c>, <c>/2019-11-19/</c>, <c>/20191119/</c>), as a day only.</item>
/// </list>
/// Dates must parse as ISO 8601 or RFC 1123; a value that does not is skipped, never guessed.
/// </remarks>
public static partial class MetadataReader
{
    static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
        "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report", "SatiricalArticle", "Review",
    };

    static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The page's metadata; <paramref name="url"/> is where the page came from, if known.</summary>
    public static PageMetadata Read(IDocument document, string? url) => Read(document, url, out _);

    /// <summary>The page's metadata, and the JSON-LD article's <c>headline</c> and <c>articleBody</c> (hints for the
    /// content extractor).</summary>
    internal static PageMetadata Read(IDocument document, string? url, out JsonLdArticle? jsonLd)
    {
        ArgumentNullException.ThrowIfNull(document);
        var article = jsonLd = FindJsonLdArticle(document);
        var metaAll = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase); // every value (several authors)
        var meta = MetaTags(document);

        string? Meta(params string[] names)
        {
            foreach (var name in names)
                if (meta.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)) return value;
            return null;
        }
        MetadataValue<string>? MetaValue(params string[] names)
        {
            foreach (var name in names)
                if (meta.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
                    return new(Clean(value), MetadataSource.Meta, name);
            return null;
        }
        MetadataValue<PageDate>? MetaDate(params string[] names)
        {
            foreach (var name in names)
                if (meta.TryGetValue(name, out var value) && ParseDate(value) is { } date)
                    return new(date, MetadataSource.Meta, name);
            return null;
        }
        MetadataValue<string>? Ld(string? value, string property) =>
            string.IsNullOrWhiteSpace(value) ? null : new(Clean(value), MetadataSource.JsonLd, $"{article!.Type}.{property}");
        MetadataValue<PageDate>? LdDate(string? value, string property) =>
            ParseDate(value) is { } date ? new(date, MetadataSource.JsonLd, $"{article!.Type}.{property}") : null;

        var documentTitle = document.QuerySelector("head > title")?.TextContent;
        var title = Ld(article?.Headline, "headline")
                    ?? MetaValue("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "title")
                    ?? (string.IsNullOrWhiteSpace(documentTitle) ? null : new(Clean(documentTitle), MetadataSource.Meta, "title element"));

        var authors = new List<MetadataValue<string>>();
        if (article is not null)
            foreach (var name in article.Authors) AddAuthor(authors, name, MetadataSource.JsonLd, $"{article.Type}.author");
        if (authors.Count == 0)
        {
            foreach (var name in new[] { "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl" })
            {
                if (!metaAll.TryGetValue(name, out var values)) continue;
                foreach (var value in values)
                    foreach (var one in SplitAuthors(value, name == "byl"))
                        AddAuthor(authors, one, MetadataSource.Meta, name);
                if (authors.Count > 0) break;
            }
        }

        var published = LdDate(article?.DatePublished, "datePublished")
                        ?? MetaDate("article:published_time", "og:published_time", "article:published", "parsely-pub-date",
                            "sailthru.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date", "dc.date.created",
                            "pubdate", "publishdate", "publish-date", "date", "itemprop:datepublished", "article.published",
                            "datepublished", "cxenseparse:recs:publishtime")
                        ?? TimeElementDate(document)
                        ?? UrlDate(url);
        var modified = LdDate(article?.DateModified, "dateModified")
                       ?? MetaDate("article:modified_time", "og:updated_time", "article:modified", "dcterms.modified",
                           "dc.date.modified", "lastmod", "last-modified", "itemprop:datemodified", "datemodified");

        var canonicalHref = document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href");
        var canonical = (Absolute(canonicalHref, url) is { } c ? new MetadataValue<string>(c, MetadataSource.Meta, "link rel=canonical") : null)
                        ?? (Absolute(Meta("og:url"), url) is { } o ? new MetadataValue<string>(o, MetadataSource.Meta, "og:url") : null)
                        ?? (Absolute(article?.Url, url) is { } j ? new MetadataValue<string>(j, MetadataSource.JsonLd, $"{article!.Type}.url") : null)
                        ?? (Absolute(url, null) is { } u ? new MetadataValue<string>(u, MetadataSource.Url, "page url") : null);

        var htmlLang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang");
        var language = (IsLanguageTag(htmlLang) ? new MetadataValue<string>(htmlLang!.Trim(), MetadataSource.Meta, "html lang") : null)
                       ?? (IsLanguageTag(Meta("content-language")) ? MetaValue("content-language") : null)
                       ?? (IsLanguageTag(article?.Language) ? Ld(article!.Language, "inLanguage") : null)
                       ?? (IsLanguageTag(Meta("og:locale")?.Replace('_', '-')) ? new MetadataValue<string>(Meta("og:locale")!.Replace('_', '-'), MetadataSource.Meta, "og:locale") : null);

        var section = Ld(article?.Section, "articleSection")
                      ?? MetaValue("article:section", "parsely-section", "sailthru.section", "section", "dc.subject");
        var siteName = MetaValue("og:site_name", "application-name") ?? Ld(article?.Publisher, "publisher.name");
        var description = MetaValue("og:description", "description", "twitter:description", "dc.description")
                          ?? Ld(article?.Description, "description");

        return new PageMetadata(title, authors, published, modified, canonical, language, section, siteName, description);

        // Meta values by lower-cased name/property, the first value of each.
        Dictionary<string, string> MetaTags(IDocument doc)
        {
            var first = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var element in doc.QuerySelectorAll("meta[content], [itemprop][content], [itemprop][datetime]"))
            {
                string? key;
                if (element.LocalName == "meta")
                    key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("http-equiv");
                else key = null;
                var itemprop = element.GetAttribute("itemprop");
                var value = element.GetAttribute("content") ?? element.GetAttribute("datetime");
                if (value is null) continue;
                if (key is not null) Add(first, key.Trim().ToLowerInvariant(), value);
                if (itemprop is not null) Add(first, "itemprop:" + itemprop.Trim().ToLowerInvariant(), value);
            }
            return first;
        }

        void Add(Dictionary<string, string> first, string key, string value)
        {
            first.TryAdd(key, value);
            if (!metaAll.TryGetValue(key, out var list)) metaAll[key] = list = [];
            list.Add(value);
        }
    }

    static void AddAuthor(List<MetadataValue<string>> authors, string? name, MetadataSource source, string detail)
    {
        if (string.IsNullOrWhiteSpace(name)) return;
        var clean = Clean(name);
        if (clean.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) clean = clean[3..].Trim();
        if (clean.Length is 0 or > 200 || clean.Contains("://", StringComparison.Ordinal) || clean.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return;
        foreach (var known in authors)
            if (string.Equals(known.Value, clean, StringComparison.OrdinalIgnoreCase)) return;
        authors.Add(new(clean, source, detail));
    }

    static IEnumerable<string> SplitAuthors(string value, bool byline)
    {
        // A "byl" value is a byline ("By Jane Doe and John Roe"); other meta values name one author each, or a list
        // separated by commas.
        var text = byline && value.TrimStart().StartsWith("by ", StringComparison.OrdinalIgnoreCase) ? value.TrimStart()[3..] : value;
        return AuthorSeparator().Split(text).Where(part => !string.IsNullOrWhiteSpace(part));
    }

    static bool IsLanguageTag(string? value) => value is not null && LanguageTag().IsMatch(value.Trim());

    static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href, out var joined)
            && joined.Scheme is "http" or "https")
            return joined.ToString();
        return null;
    }

    /// <summary>Collapses whitespace runs and trims.</summary>
    internal static string Clean(string value) => Whitespace().Replace(value, " ").Trim();

    /// <summary>Parses an ISO 8601 or RFC 1123 date ("2019-11-19T08:03:00-0500", "2019-11-19", "Tue, 19 Nov 2019
    /// 13:03:00 GMT"); null when it does not parse. A date without an offset is taken as UTC.</summary>
    public static PageDate? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (text.Length > 64) return null;
        var day = DayOnly().Match(text);
        if (day.Success)
        {
            return DateTimeOffset.TryParseExact(day.Value, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"], CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var d) && d.Year is >= 1800 and <= 2200
                ? new PageDate(new DateTimeOffset(d.Date, TimeSpan.Zero), false)
                : null;
        }
        // "-0500" / "+0100" offsets without a colon, which .NET does not read.
        text = OffsetWithoutColon().Replace(text, "$1:$2");
        if (!IsoOrRfc().IsMatch(text)) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && parsed.Year is >= 1800 and <= 2200)
            return new PageDate(parsed, true);
        return null;
    }

    /// <summary>A <c>&lt;time datetime&gt;</c> that dates this page (see the class remarks).</summary>
    static MetadataValue<PageDate>? TimeElementDate(IDocument document)
    {
        MetadataValue<PageDate>? firstPlain = null;
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (ParseDate(time.GetAttribute("datetime")) is not { } date) continue;
            var itemprop = time.GetAttribute("itemprop") ?? "";
            var cls = time.ClassName ?? "";
            if (time.HasAttribute("pubdate") || itemprop.Contains("datePublished", StringComparison.OrdinalIgnoreCase)
                || PublishedClass().IsMatch(cls))
                return new(date, MetadataSource.TimeElement, time.HasAttribute("pubdate") ? "time[pubdate]" : itemprop.Length > 0 ? $"time[itemprop={itemprop}]" : $"time.{cls.Trim()}");
            if (firstPlain is null && !InOtherStory(time)) firstPlain = new(date, MetadataSource.TimeElement, "first time element");
        }
        return firstPlain;

        static bool InOtherStory(IElement time)
        {
            for (var e = time.ParentElement; e is not null; e = e.ParentElement)
                if (e.LocalName is "a" or "li" or "nav" or "aside" or "footer") return true;
            return false;
        }
    }

    /// <summary>A day in the url's path: /2019/11/19/, /2019-11-19, /20191119/.</summary>
    static MetadataValue<PageDate>? UrlDate(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var match = UrlDay().Match(uri.AbsolutePath);
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var dayOfMonth = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year is < 1990 or > 2200 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month)) return null;
        return new(new PageDate(new DateTimeOffset(year, month, dayOfMonth, 0, 0, 0, TimeSpan.Zero), false), MetadataSource.Url, match.Value);
    }

    /// <summary>The JSON-LD article object's fields the reader uses.</summary>
    internal sealed record JsonLdArticle(string Type, string? Headline, IReadOnlyList<string> Authors, string? DatePublished,
        string? DateModified, string? Url, string? Language, string? Section, string? Publisher, string? Description, string? ArticleBody);

    static JsonLdArticle? FindJsonLdArticle(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            var json = script.TextContent;
            if (string.IsNullOrWhiteSpace(json)) continue;
            using var parsed = ParseJson(json);
            if (parsed is null) continue;
            if (FindArticle(parsed.RootElement, 0) is { } found) return found;
        }
        return null;
    }

    static JsonDocument? ParseJson(string json)
    {
        try
        {
            return JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException)
        {
            // Hand-written JSON-LD often has raw line breaks or tabs inside strings.
            try
            {
                return JsonDocument.Parse(json.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), JsonOptions);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    static JsonLdArticle? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8) return null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (FindArticle(item, depth + 1) is { } found) return found;
                return null;
            case JsonValueKind.Object:
                if (ArticleType(element) is { } type) return ToArticle(element, type);
                foreach (var property in element.EnumerateObject())
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                        && property.Name is "@graph" or "mainEntity" or "mainEntityOfPage" or "itemListElement" or "hasPart")
                        if (FindArticle(property.Value, depth + 1) is { } found) return found;
                return null;
            default:
                return null;
        }
    }

    static string? ArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return null;
        if (type.ValueKind == JsonValueKind.String)
            return ArticleTypes.Contains(type.GetString()!) ? type.GetString() : null;
        if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)) return t.GetString();
        return null;
    }

    static JsonLdArticle ToArticle(JsonElement a, string type)
    {
        var authors = new List<string>();
        if (a.TryGetProperty("author", out var author)) Names(author, authors);
        if (authors.Count == 0 && a.TryGetProperty("creator", out var creator)) Names(creator, authors);
        string? url = Text(a, "url");
        if (url is null && a.TryGetProperty("mainEntityOfPage", out var main))
            url = main.ValueKind == JsonValueKind.String ? main.GetString() : main.ValueKind == JsonValueKind.Object ? Text(main, "@id") ?? Text(main, "url") : null;
        string? publisher = null;
        if (a.TryGetProperty("publisher", out var pub) && pub.ValueKind == JsonValueKind.Object) publisher = Text(pub, "name");
        return new JsonLdArticle(type, Text(a, "headline") ?? Text(a, "name"), authors, Text(a, "datePublished") ?? Text(a, "dateCreated"),
            Text(a, "dateModified"), url, Text(a, "inLanguage"), Text(a, "articleSection"), publisher, Text(a, "description"),
            Text(a, "articleBody") ?? Text(a, "text"));

        static void Names(JsonElement value, List<string> names)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    names.Add(value.GetString()!);
                    break;
                case JsonValueKind.Object:
                    if (Text(value, "name") is { } name) names.Add(name);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray()) Names(item, names);
                    break;
            }
        }
    }

    /// <summary>A string property, or the first string of an array property.</summary>
    static string? Text(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        if (value.ValueKind == JsonValueKind.Array)
            foreach (var item in value.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) return item.GetString();
        return null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSeparator();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^\d{4}(?:-\d{2}-\d{2}|/\d{2}/\d{2}|\d{4})$")]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex OffsetWithoutColon();

    // ISO 8601 date-times and RFC 1123 dates; anything else ("yesterday", "3 hours ago") is not read.
    [GeneratedRegex(@"^(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:\d{2}|UTC|GMT)?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}(?::\d{2})? (?:GMT|UTC|[+-]\d{2}:?\d{2}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoOrRfc();

    [GeneratedRegex(@"publish|posted|pubdate|date-?published|article-?date", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublishedClass();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)\d{2})(?:/(?<m>\d{2})/(?<d>\d{2})|-(?<m>\d{2})-(?<d>\d{2})|(?<m>\d{2})(?<d>\d{2}))(?![0-9])")]
    private static partial Regex UrlDay();
}
