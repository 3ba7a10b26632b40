using System.ComponentModel;
using FramingApi.Analysis.Extraction;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace FramingApi.Articles;

/// <summary>
/// The fields of an article sent as a web page, as query parameters: with a <c>text/html</c> (or XHTML) body there
/// is no JSON to carry them. They mean exactly what the JSON fields of the same names mean and are checked by the
/// same code; with a JSON body they must not be used (send them as fields).
/// </summary>
public class PageQuery
{
    [FromQuery(Name = "source"), Description("With a text/html body only: slug of an existing source (the JSON field 'source').")]
    public string? Source { get; init; }

    [FromQuery(Name = "story"), Description("With a text/html body only: slug of an existing story (the JSON field 'story').")]
    public string? Story { get; init; }

    [FromQuery(Name = "url"), Description("With a text/html body only: where the page was fetched, absolute http or https (the JSON field 'url'); also resolves the page's relative links and dates in its path.")]
    public string? Url { get; init; }

    [FromQuery(Name = "title"), Description("With a text/html body only: the headline, instead of the page's (the JSON field 'title').")]
    public string? Title { get; init; }

    [FromQuery(Name = "author"), Description("With a text/html body only: the by-line, instead of the page's (the JSON field 'author').")]
    public string? Author { get; init; }

    [FromQuery(Name = "published_at"), Description("With a text/html body only: publication time, a date (2023-07-26) or an ISO 8601 time, instead of the page's (the JSON field 'published_at').")]
    public string? PublishedAt { get; init; }

    [FromQuery(Name = "language"), Description("With a text/html body only: ISO 639-1 code in lower case, instead of the page's (the JSON field 'language').")]
    public string? Language { get; init; }

    /// <summary>Sets the request's fields from the parameters; a value that cannot be read is an error naming it.</summary>
    public virtual void ApplyTo(ArticleCreateRequest request, FieldErrors errors)
    {
        request.Source = Source;
        request.Story = Story;
        request.Url = Url;
        request.Title = Title;
        request.Author = Author;
        request.Language = Language;
        request.PublishedAt = QueryValues.DateBound("published_at", PublishedAt, endOfDay: false, errors);
    }

    /// <summary>With a JSON body: an error for each parameter given, which would otherwise be silently ignored.</summary>
    public virtual void RejectWithJson(FieldErrors errors)
    {
        if (Source is not null) errors.Add("source", OnlyWithPage);
        if (Story is not null) errors.Add("story", OnlyWithPage);
        if (Url is not null) errors.Add("url", OnlyWithPage);
        if (Title is not null) errors.Add("title", OnlyWithPage);
        if (Author is not null) errors.Add("author", OnlyWithPage);
        if (PublishedAt is not null) errors.Add("published_at", OnlyWithPage);
        if (Language is not null) errors.Add("language", OnlyWithPage);
    }

    protected const string OnlyWithPage =
        "A query parameter only with a text/html body (the page itself); with a JSON body, send it as a field of the JSON.";
}

/// <summary>
/// The body of <c>POST /api/articles</c> and <c>POST /api/analyze</c>: a JSON article, or a web page's bytes
/// (<c>text/html</c>, <c>application/xhtml+xml</c>) with its fields as query parameters. Either way the result is one
/// request, which then goes through the same checks, limits and extraction.
/// </summary>
public static class ArticleBody
{
    /// <summary>The content types of a page sent as the body.</summary>
    public static readonly string[] PageContentTypes = ["text/html", "application/xhtml+xml"];

    /// <summary>Every content type the article endpoints accept: JSON, then the page types.</summary>
    public static readonly string[] ContentTypes = ["application/json", .. PageContentTypes];

    /// <summary>
    /// Reads the request: JSON as the JSON endpoints do (malformed JSON is a 400 naming the field, from the exception
    /// handler), a page by decoding its bytes as <see cref="PageDecoder"/> does (a byte order mark, the Content-Type's
    /// charset, the page's own meta charset, else UTF-8). Null, with errors, when the query and the body do not go
    /// together; a wrong content type is a 415. The size limit is the endpoint's, for both.
    /// </summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest http, PageQuery query, FieldErrors errors, CancellationToken ct)
        where T : ArticleCreateRequest, new()
    {
        if (IsPage(http.ContentType))
        {
            var page = PageDecoder.Decode(await ReadBytesAsync(http, ct), http.ContentType);
            var request = new T { Html = PageDecoder.Clean(page.Text), HtmlField = FieldErrors.Body };
            query.ApplyTo(request, errors);
            return errors.Any ? null : request;
        }
        if (!http.HasJsonContentType())
            throw new BadHttpRequestException(
                $"Send the article as JSON (application/json) or a web page (text/html or application/xhtml+xml); got {Echo.SentContentType(http.ContentType)}.",
                StatusCodes.Status415UnsupportedMediaType);
        query.RejectWithJson(errors);
        if (errors.Any) return null;
        var json = await http.ReadFromJsonAsync<T>(ct);
        if (json is null) errors.Add(FieldErrors.Body, "Must be a JSON object.");
        // Read here rather than bound, so the strings are checked here, as the group's filter checks bound ones.
        else
        {
            json.CleanPage();
            RequestStrings.Check(json, "", errors);
        }
        return errors.Any ? null : json;
    }

    static bool IsPage(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && PageContentTypes.Any(t => type.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole body; Kestrel stops a body over the endpoint's limit with a 413 while it is read.</summary>
    static async Task<byte[]> ReadBytesAsync(HttpRequest http, CancellationToken ct)
    {
        using var buffer = new MemoryStream(http.ContentLength is { } length and <= int.MaxValue ? (int)length : 64 * 1024);
        await http.Body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
