using System.Buffers;
using System.ComponentModel;
using System.IO.Pipelines;
using System.Text.Json;
using FramingApi.Analyses;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FramingApi.Articles;

/// <summary>The result of one line of a bulk import.</summary>
public sealed record BulkLineResult(
    [property: Description("1-based line number in the request body.")] int Line,
    [property: NamesFrom(typeof(BulkStatusNames)), Description("created, duplicate (same url or same text from the same source as a stored article), conflict (url stored with another text), or invalid.")] string Status,
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

    public static async Task<Results<Ok<BulkImportResponse>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ArticleWriter writer, References references, AnalyzerProvider analyzers,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !AcceptedContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            return Problems.UnsupportedMediaType(
                $"Send one JSON article per line with Content-Type: {NdjsonContentType} ({(request.ContentType is { } sent ? $"got '{sent}'" : "none was sent")}).");

        var import = new Import(writer, references, analyzers, json.Value.SerializerOptions);
        try
        {
            if (await import.ReadAsync(request.BodyReader, ct) is { } problem) return problem;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Batches already written stay written; say which, so the client can resume after them.
            return Problems.TooLarge("Request body too large", e.Message,
                new Dictionary<string, object?> { ["results"] = import.Results });
        }
        return TypedResults.Ok(import.Response());
    }

    /// <summary>One import: the lines read so far, the batch waiting to be written, and the results.</summary>
    sealed class Import(ArticleWriter writer, References references, AnalyzerProvider analyzers, JsonSerializerOptions options)
    {
        const int BatchSize = 200;
        const long BatchChars = 16_000_000;
        const int MaxLines = 1_000_000;
        static readonly long MaxLineBytes = ArticleLimits.MaxArticleBodyBytes;

        sealed record Pending(int Line, ArticleCreateRequest Request);

        readonly List<Pending> _batch = [];
        long _batchChars;
        int _line;
        // Source and story ids by slug, looked up once per slug for the whole import.
        readonly SlugIds _ids = new(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        readonly HashSet<string> _askedSources = new(StringComparer.Ordinal);
        readonly HashSet<string> _askedStories = new(StringComparer.Ordinal);

        public List<BulkLineResult> Results { get; } = [];

        /// <summary>Reads the body to its end, writing batches as they fill; a problem when there are too many lines.</summary>
        public async Task<ProblemHttpResult?> ReadAsync(PipeReader reader, CancellationToken ct)
        {
            var skippingLongLine = false;
            while (true)
            {
                var read = await reader.ReadAsync(ct);
                var buffer = read.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } newline)
                {
                    if (skippingLongLine) skippingLongLine = false;
                    else Accept(buffer.Slice(0, newline));
                    buffer = buffer.Slice(buffer.GetPosition(1, newline));
                    if (_batch.Count >= BatchSize || _batchChars >= BatchChars) await FlushAsync(ct);
                    if (_line > MaxLines) return Problems.TooLarge("Too many lines", $"At most {MaxLines:N0} lines per request; split the file.");
                }

                if (!skippingLongLine && buffer.Length > MaxLineBytes)
                {
                    // A line this long is rejected without being held: drop its bytes up to the next newline.
                    _line++;
                    Results.Add(Invalid(_line, FieldErrors.Body, $"The line is longer than {MaxLineBytes:N0} bytes."));
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
            await FlushAsync(ct);
            return null;
        }

        public BulkImportResponse Response()
        {
            Results.Sort((a, b) => a.Line.CompareTo(b.Line));
            int Count(string status) => Results.Count(r => r.Status == status);
            return new BulkImportResponse(Results.Count, Count(BulkStatusNames.Created), Count(BulkStatusNames.Duplicate),
                Count(BulkStatusNames.Conflict), Count(BulkStatusNames.Invalid), Results);
        }

        /// <summary>Parses and checks one line; a valid article joins the batch, an invalid one gets its result now.</summary>
        void Accept(ReadOnlySequence<byte> bytes)
        {
            _line++;
            if (IsBlank(bytes)) return;
            var errors = new FieldErrors();
            ArticleCreateRequest? article = null;
            try
            {
                var jsonReader = new Utf8JsonReader(bytes);
                article = JsonSerializer.Deserialize<ArticleCreateRequest>(ref jsonReader, options);
                if (article is null) errors.Add(FieldErrors.Body, "Each line must be a JSON object.");
                // The line must end with its object: '{"text":"A"}{"text":"B"}' is one invalid line, not A with B dropped.
                else if (!AtEnd(ref jsonReader)) errors.Add(FieldErrors.Body, "Each line must hold exactly one JSON object; there is more after it.");
            }
            catch (JsonException e)
            {
                errors.AddJson(e);
            }
            article?.CleanPage();
            if (article is not null) RequestStrings.Check(article, "", errors);
            if (article is not null && !errors.Any) ArticleIngestion.Validate(article, errors);
            if (errors.Any) { Results.Add(Invalid(_line, errors)); return; }
            _batch.Add(new Pending(_line, article!));
            _batchChars += (article!.Text ?? article.Html)!.Length;
        }

        async Task FlushAsync(CancellationToken ct)
        {
            if (_batch.Count == 0) return;
            await LoadIdsAsync(ct);
            var lexicons = await analyzers.ActiveAsync(ct);
            var prepared = new ArticleRecord?[_batch.Count];
            var errors = new FieldErrors?[_batch.Count];

            // Analysis is pure CPU work: spread it over the cores while the database waits for the batch.
            Parallel.For(0, _batch.Count, new ParallelOptions { CancellationToken = ct }, i =>
            {
                var r = _batch[i].Request;
                var e = new FieldErrors();
                var sourceId = _ids.Source("source", r.Source, e);
                var storyId = _ids.Story("story", r.Story, e);
                if (!e.Any) prepared[i] = ArticleIngestion.Prepare(r, sourceId, storyId, lexicons, e);
                if (e.Any) errors[i] = e;
            });

            var lines = new List<int>();
            var articles = new List<ArticleRecord>();
            for (var i = 0; i < _batch.Count; i++)
            {
                if (errors[i] is { } e) Results.Add(Invalid(_batch[i].Line, e));
                else { articles.Add(prepared[i]!); lines.Add(_batch[i].Line); }
            }
            _batch.Clear();
            _batchChars = 0;
            if (articles.Count == 0) return;

            var written = await writer.InsertAsync(articles, ct);
            for (var i = 0; i < written.Length; i++) Results.Add(new BulkLineResult(lines[i], StatusName(written[i].Outcome), written[i].Id, null));
        }

        async Task LoadIdsAsync(CancellationToken ct)
        {
            var sources = _batch.Select(p => p.Request.Source).OfType<string>().Where(_askedSources.Add).ToList();
            var stories = _batch.Select(p => p.Request.Story).OfType<string>().Where(_askedStories.Add).ToList();
            _ids.Add(await references.ResolveAsync(sources, stories, ct));
        }
    }

    static string StatusName(WriteOutcome outcome) => outcome switch
    {
        WriteOutcome.Created => BulkStatusNames.Created,
        WriteOutcome.Duplicate => BulkStatusNames.Duplicate,
        _ => BulkStatusNames.Conflict,
    };

    /// <summary>Whether nothing but white space follows the value the reader has just read.</summary>
    static bool AtEnd(ref Utf8JsonReader reader)
    {
        try
        {
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    static bool IsBlank(ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes)
            foreach (var b in segment.Span)
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    static BulkLineResult Invalid(int line, FieldErrors errors) => new(line, BulkStatusNames.Invalid, null, errors.ToDictionary());

    static BulkLineResult Invalid(int line, string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Invalid(line, errors);
    }
}
