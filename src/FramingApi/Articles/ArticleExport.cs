using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Articles;

/// <summary>
/// GET /api/articles/export: the stored articles as NDJSON that <c>POST /api/articles/bulk</c> takes back unchanged.
/// Each line is the request that stored the article, rebuilt from what is kept of it — the body as received (text or
/// page), the comments and boilerplate sent apart (the segments after it), and of the metadata only what the request
/// gave (<c>*_source</c> = given; what a page gave comes back from the page) — so that importing the export into a
/// store with the same sources, stories and lexicons stores the same articles: the same text, segments, metadata with
/// its provenance, content hash and scores. Streamed: a batch of articles at a time, never the whole export in memory.
/// </summary>
public static class ArticleExport
{
    public const string FileName = "articles.ndjson";

    static readonly byte[] Newline = "\n"u8.ToArray();

    /// <summary>The API's JSON names, nulls left out (the bulk import reads an absent field as null), and text written
    /// as UTF-8 rather than \u escapes, so a line is no longer than the JSON of its body needs to be.</summary>
    static readonly JsonSerializerOptions Json = Options();

    static JsonSerializerOptions Options()
    {
        var options = new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        ApiJson.Configure(options);
        return options;
    }

    public const string Description = """
        Every stored article the filters select (source, story, from, to and q, as in GET /api/articles; a search
        exports all its hits, unranked), as NDJSON (application/x-ndjson): one line per article, in id order, each
        exactly a line POST /api/articles/bulk takes — text or html as it was received, title, author, published_at,
        language where the request gave them (what a page gave comes back from the page), url, source, story, and the
        comments and boilerplate sent apart. Importing it into a store with the same sources, stories and lexicons gives
        the same articles (text, segments, metadata and its provenance, content hash, scores). No ids: the import
        numbers the articles anew, in the same order. Streamed from one snapshot, a few articles at a time, so it holds
        nothing whole in memory; an export that fails after its first line ends without the chunked terminator (the
        client sees a broken transfer, never a short file that looks whole). Rate-limited as other exports.
        """;

    public static async Task<IResult> ExportAsync(
        ArticlesStore store, References references, CancellationToken ct,
        [Description("Only articles of this source (slug).")] string? source = null,
        [Description("Only articles of this story (slug).")] string? story = null,
        [Description("Published at or after: a date (2023-07-01) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? from = null,
        [Description("Published at or before: a date (inclusive, the whole day) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? to = null,
        [Description("Only the articles a full-text search finds (the syntax of GET /api/articles?q=); all its hits, in id order.")] string? q = null)
    {
        var errors = new FieldErrors();
        errors.Slug("source", source, required: false);
        errors.Slug("story", story, required: false);
        var range = QueryValues.DateRange(from, to, errors);
        SearchQuery.CheckForm(q, errors, required: false);
        if (errors.Any) return Problems.Invalid(errors);
        if (q is not null && await store.ParseSearchAsync(q, errors, ct) is null) return Problems.Invalid(errors);
        var ids = await references.ResolveAsync(source, story, ct, read: true);
        var filter = new ArticleFilter(ids.Source("source", source, errors), ids.Story("story", story, errors), range.From, range.To, q);
        if (errors.Any) return Problems.Invalid(errors);
        return new NdjsonStream(store, filter);
    }

    /// <summary>Writes the export as the response: headers first, then each batch as it is read, flushed.</summary>
    sealed class NdjsonStream(ArticlesStore store, ArticleFilter filter) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            var response = http.Response;
            response.ContentType = BulkImport.NdjsonContentType + "; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename={FileName}";
            response.Headers.CacheControl = "no-store";
            if (HttpMethods.IsHead(http.Request.Method)) return;
            var ct = http.RequestAborted;
            var started = false;
            try
            {
                await foreach (var batch in store.ExportAsync(filter, ct))
                {
                    foreach (var article in batch)
                    {
                        await JsonSerializer.SerializeAsync(response.Body, Line(article), Json, ct);
                        await response.Body.WriteAsync(Newline, ct);
                    }
                    started = true;
                    await response.Body.FlushAsync(ct);
                }
            }
            catch (Exception) when (started || response.HasStarted)
            {
                // The status is sent: a problem answer is no longer possible. Abort, so that the client sees a broken
                // transfer rather than a file that ends early and looks complete.
                http.Abort();
            }
        }
    }

    /// <summary>The request that stored the article, as far as it is kept (see <see cref="ArticleExport"/>).</summary>
    public static ExportLine Line(ExportedArticle article)
    {
        var r = article.Row;
        var page = r.ContentType == ContentTypeNames.Html;
        var (body, partsFrom) = Body(r, article.Segments, page);
        List<string>? comments = null, boilerplate = null;
        foreach (var s in article.Segments)
        {
            if (s.Start < partsFrom) continue;
            if (s.Kind == SegmentNames.Comments) (comments ??= []).Add(r.Text[s.Start..s.End]);
            else if (s.Kind == SegmentNames.Boilerplate) (boilerplate ??= []).Add(r.Text[s.Start..s.End]);
        }
        // A text article's metadata can only have come from its request; a page's, from the page unless given.
        string? Given(string? value, string? provenance) => provenance == ProvenanceNames.Given || (!page && provenance is null) ? value : null;
        return new ExportLine
        {
            Source = r.Source, Story = r.Story, Url = r.Url, Title = Given(r.Title, r.TitleSource), Author = Given(r.Author, r.AuthorSource),
            PublishedAt = r.PublishedAt is { } at && (r.PublishedAtSource == ProvenanceNames.Given || (!page && r.PublishedAtSource is null))
                ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null,
            // Not the default 'en' (null provenance), unless given; a text article stored before provenance was kept
            // can only have had another language from its request.
            Language = r.LanguageSource == ProvenanceNames.Given || (!page && r.LanguageSource is null && r.Language != ArticleIngestion.DefaultLanguage)
                ? r.Language : null,
            Text = page ? null : body, Html = page ? body : null, Comments = comments, Boilerplate = boilerplate,
        };
    }

    /// <summary>
    /// The body as received and where the parts sent apart begin in the text. A text body is kept as its span of the
    /// text, and the comments and boilerplate sent apart follow it. A page is kept as received, and what was sent
    /// apart is the run of comments and boilerplate segments without a removal reason at the end of the text (the
    /// page's own removed blocks, before them, each carry their reason).
    /// </summary>
    static (string Body, int PartsFrom) Body(ArticleSummaryRow r, IReadOnlyList<ExportSegment> segments, bool page)
    {
        if (!page)
            return r is { Raw: null, RawStart: { } start, RawLength: { } length }
                ? (r.Text.Substring(start, length), start + length)
                : (r.Raw ?? r.Text, r.Text.Length + 1);
        var from = r.Text.Length + 1;
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var s = segments[i];
            if (s.Reason is not null || s.Kind is not (SegmentNames.Comments or SegmentNames.Boilerplate)) break;
            from = s.Start;
        }
        return (r.Raw ?? r.Text, from);
    }
}

/// <summary>A line of the export: the fields of POST /api/articles (<see cref="ArticleCreateRequest"/>) that the
/// article's request gave, the others left out; text or html, never both.</summary>
[ExactlyOneOf("text", "html")]
public sealed class ExportLine
{
    [Description("Source slug, left out when the article has none.")] public string? Source { get; init; }
    [Description("Story slug, left out when the article has none.")] public string? Story { get; init; }
    [Description("The url as sent, left out when none was.")] public string? Url { get; init; }
    [Description("The headline the request gave (for a page, left out when it came from the page).")] public string? Title { get; init; }
    [Description("The by-line the request gave (for a page, left out when it came from the page).")] public string? Author { get; init; }
    [Description("The publication time the request gave, ISO 8601 (for a page, left out when it came from the page).")] public DateTimeOffset? PublishedAt { get; init; }
    [Description("The language the request gave; left out when it was the default or came from the page.")] public string? Language { get; init; }
    [Description("The article as the text it was sent as."), JsonConverter(typeof(LongTextConverter))] public string? Text { get; init; }
    [Description("The article as the page it was sent as (sent as bytes: decoded to text)."), JsonConverter(typeof(LongTextConverter))] public string? Html { get; init; }
    [Description("The reader comments sent apart, trimmed.")] public IReadOnlyList<string>? Comments { get; init; }
    [Description("The boilerplate sent apart, trimmed.")] public IReadOnlyList<string>? Boilerplate { get; init; }
}
