using System.Buffers;
using System.ComponentModel;
using System.IO.Pipelines;
using System.Text.Json;
using FramingApi.Analysis;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FramingApi.Articles;

/// <summary>The result of one line of a bulk import.</summary>
public sealed record BulkLineResult(
    [property: Description("1-based line number in the request body.")] int Line,
    [property: Description("created, duplicate (same url or same text from the same source as a stored article), conflict (url stored with another text), or invalid.")] string Status,
    [property: Description("The article's id (created, duplicate) or the id holding the url (conflict).")] long? Id,
    [property: Description("For invalid lines: field → messages.")] IDictionary<string, string[]>? Errors);

/// <summary>Counts and per-line results of a bulk import.</summary>
public sealed record BulkImportResponse(
    [property: Description("Non-empty lines read (blank lines are skipped).")] int Lines,
    [property: Description("Lines stored as new articles.")] int Created,
    [property: Description("Lines that were already stored (same url, or same text from the same source); nothing written.")] int Duplicates,
    [property: Description("Lines whose url is stored with a different text; nothing written.")] int Conflicts,
    [property: Description("Lines that could not be read or failed validation; their errors are in results.")] int Invalid,
    [property: Description("One result per non-empty line, in line order.")] IReadOnlyList<BulkLineResult> Results);

/// <summary>
/// NDJSON bulk import. The body is read through the request's <see cref="PipeReader"/> one line at a time and never
/// held whole; lines are parsed, validated and analysed as they arrive, and written in batches (one transaction
/// each, binary COPY). Memory is bounded by one batch plus one line.
/// </summary>
public static class BulkImport
{
    public const string NdjsonContentType = "application/x-ndjson";
    static readonly string[] AcceptedContentTypes = [NdjsonContentType, "application/jsonl", "application/ndjson", "application/x-jsonlines"];

    const int BatchSize = 200;
    const long BatchChars = 16_000_000;
    const int MaxLines = 1_000_000;
    static readonly long MaxLineBytes = ArticleLimits.MaxArticleBodyBytes;

    sealed record Pending(int Line, ArticleCreateRequest Request);

    public static async Task<Results<Ok<BulkImportResponse>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ArticlesStore store, AnalyzerProvider analyzers, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !AcceptedContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            return TypedResults.Problem(
                $"Send one JSON article per line with Content-Type: {NdjsonContentType} (got '{request.ContentType ?? "none"}').",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");

        var options = json.Value.SerializerOptions;
        var results = new List<BulkLineResult>();
        var batch = new List<Pending>();
        long batchChars = 0;
        var references = new ReferenceCache(store);
        var reader = request.BodyReader;
        var line = 0;
        var skippingLongLine = false;

        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            results.AddRange(await WriteBatchAsync(batch, store, await analyzers.ActiveAsync(ct), references, ct));
            batch.Clear();
            batchChars = 0;
        }

        void Accept(ReadOnlySequence<byte> bytes)
        {
            line++;
            if (IsBlank(bytes)) return;
            var errors = new FieldErrors();
            ArticleCreateRequest? article = null;
            try
            {
                var jsonReader = new Utf8JsonReader(bytes);
                article = JsonSerializer.Deserialize<ArticleCreateRequest>(ref jsonReader, options);
                if (article is null) errors.Add("body", "Each line must be a JSON object.");
            }
            catch (JsonException e)
            {
                errors.Add(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.'), FirstSentence(e.Message));
            }
            if (article is not null) ArticleIngestion.Validate(article, errors);
            if (errors.Any) { results.Add(Invalid(line, errors)); return; }
            batch.Add(new Pending(line, article!));
            batchChars += (article!.Text ?? article.Html)!.Length;
        }

        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(ct);
                var buffer = read.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } newline)
                {
                    if (skippingLongLine) skippingLongLine = false;
                    else Accept(buffer.Slice(0, newline));
                    buffer = buffer.Slice(buffer.GetPosition(1, newline));
                    if (batch.Count >= BatchSize || batchChars >= BatchChars) await FlushAsync();
                    if (line > MaxLines)
                        return TypedResults.Problem($"At most {MaxLines:N0} lines per request; split the file.",
                            statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too many lines");
                }

                if (!skippingLongLine && buffer.Length > MaxLineBytes)
                {
                    // A line this long is rejected without being held: drop its bytes up to the next newline.
                    line++;
                    results.Add(Invalid(line, "body", $"The line is longer than {MaxLineBytes:N0} bytes."));
                    skippingLongLine = true;
                }
                if (skippingLongLine) buffer = buffer.Slice(buffer.End);

                if (read.IsCompleted)
                {
                    if (!skippingLongLine && buffer.Length > 0) Accept(buffer);
                    reader.AdvanceTo(buffer.End);
                    break;
                }
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
            await FlushAsync();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Batches already written stay written; say which, so the client can resume after them.
            return TypedResults.Problem(e.Message, statusCode: 413, title: "Request body too large",
                extensions: new Dictionary<string, object?> { ["results"] = results });
        }

        results.Sort((a, b) => a.Line.CompareTo(b.Line));
        return TypedResults.Ok(new BulkImportResponse(
            results.Count,
            results.Count(r => r.Status == "created"),
            results.Count(r => r.Status == "duplicate"),
            results.Count(r => r.Status == "conflict"),
            results.Count(r => r.Status == "invalid"),
            results));
    }

    static async Task<List<BulkLineResult>> WriteBatchAsync(List<Pending> batch, ArticlesStore store, LexiconSet lexicons,
        ReferenceCache references, CancellationToken ct)
    {
        await references.LoadAsync(batch.Select(p => p.Request), ct);
        var results = new List<BulkLineResult>(batch.Count);
        var prepared = new PreparedArticle?[batch.Count];
        var errors = new FieldErrors?[batch.Count];

        // Analysis is pure CPU work: spread it over the cores while the database waits for the batch.
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var r = batch[i].Request;
            var e = new FieldErrors();
            if (r.Source is not null && !references.Sources.ContainsKey(r.Source)) e.Add("source", $"No source '{r.Source}'.");
            if (r.Story is not null && !references.Stories.ContainsKey(r.Story)) e.Add("story", $"No story '{r.Story}'.");
            if (!e.Any) prepared[i] = ArticleIngestion.Prepare(r, lexicons, e);
            if (e.Any) errors[i] = e;
        });

        var items = new List<WriteItem>();
        var lines = new List<int>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (errors[i] is { } e) { results.Add(Invalid(batch[i].Line, e)); continue; }
            var r = batch[i].Request;
            items.Add(new WriteItem(prepared[i]!,
                r.Source is null ? null : references.Sources[r.Source],
                r.Story is null ? null : references.Stories[r.Story]));
            lines.Add(batch[i].Line);
        }
        if (items.Count == 0) return results;

        var written = await store.WriteAsync(items, ct);
        for (var i = 0; i < written.Length; i++)
        {
            var status = written[i].Outcome switch
            {
                WriteOutcome.Created => "created",
                WriteOutcome.Duplicate => "duplicate",
                _ => "conflict",
            };
            results.Add(new BulkLineResult(lines[i], status, written[i].Id, null));
        }
        return results;
    }

    /// <summary>Source and story ids by slug, looked up once per slug for the whole import.</summary>
    sealed class ReferenceCache(ArticlesStore store)
    {
        readonly HashSet<string> _askedSources = new(StringComparer.Ordinal);
        readonly HashSet<string> _askedStories = new(StringComparer.Ordinal);
        public Dictionary<string, long> Sources { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, long> Stories { get; } = new(StringComparer.Ordinal);

        public async Task LoadAsync(IEnumerable<ArticleCreateRequest> requests, CancellationToken ct)
        {
            var list = requests.ToList();
            var sources = list.Select(r => r.Source).OfType<string>().Where(_askedSources.Add).ToList();
            var stories = list.Select(r => r.Story).OfType<string>().Where(_askedStories.Add).ToList();
            if (sources.Count == 0 && stories.Count == 0) return;
            var (foundSources, foundStories) = await store.ResolveAsync(sources, stories, ct);
            foreach (var (k, v) in foundSources) Sources[k] = v;
            foreach (var (k, v) in foundStories) Stories[k] = v;
        }
    }

    static bool IsBlank(ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes)
            foreach (var b in segment.Span)
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    static BulkLineResult Invalid(int line, FieldErrors errors) => new(line, "invalid", null, errors.ToDictionary());

    static BulkLineResult Invalid(int line, string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Invalid(line, errors);
    }
}
