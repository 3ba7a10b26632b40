using System.Buffers;
using System.ComponentModel;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text.Json;
using System.Threading.Channels;
using FramingApi.Analyses;
using FramingApi.Infrastructure;
using static FramingApi.Infrastructure.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Npgsql;

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
/// each, binary COPY; two batches at once, committed in order). Memory is bounded by three analysed batches, the batch
/// being read and one line.
/// </summary>
public static class BulkImport
{
    public const string NdjsonContentType = "application/x-ndjson";

    /// <summary>
    /// Batches written at once, each on a connection of its own (<see cref="WriteTurn"/>); 1 writes them one after the
    /// other. Two by default: on 2 cores the writer's one backend was the import's slower stage (docs/PERFORMANCE.md
    /// "Bulk ingestion, wave 15").
    /// </summary>
    public const string WritersSetting = "Articles:BulkWriters";
    const int DefaultWriters = 2;
    static readonly string[] AcceptedContentTypes = [NdjsonContentType, "application/jsonl", "application/ndjson", "application/x-jsonlines"];

    public static async Task<Results<Ok<BulkImportResponse>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ArticleWriter writer, References references, AnalyzerProvider analyzers,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IConfiguration config, ILoggerFactory loggers, CancellationToken ct)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !AcceptedContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            return Problems.UnsupportedMediaType(
                $"Send one JSON article per line with Content-Type: {NdjsonContentType} (got {Echo.SentContentType(request.ContentType)}).");

        var writers = Math.Clamp(config.GetValue(WritersSetting, DefaultWriters), 1, 4);
        var import = new Import(writer, references, analyzers, json.Value.SerializerOptions, writers);
        var outcome = await import.RunAsync(request.BodyReader, ct);
        var log = loggers.CreateLogger(typeof(BulkImport));
        import.LogStages(log);
        return outcome switch
        {
            { Stopped: { } failure } => Stopped(request.HttpContext, import, failure, log),
            { TooLarge: { } tooLarge } =>
                // Batches already written stay written; say which, so the client can resume after them.
                Problems.TooLarge("Request body too large", tooLarge.Message, new Dictionary<string, object?> { ["results"] = import.AllResults() }),
            { Problem: { } problem } => problem,
            _ => import.Response() switch
            {
                { Lines: 0 } => NothingToImport(),
                var response => TypedResults.Ok(response),
            },
        };
    }

    /// <summary>
    /// A body with no line to import (empty, or blank lines only) is a client's mistake — a file path that did not
    /// expand, a pipe that produced nothing — not an import of nothing: 200 with zero lines would read as success.
    /// </summary>
    static ValidationProblem NothingToImport()
    {
        var errors = new FieldErrors();
        errors.Add(FieldErrors.Body, "The body is empty (or holds only blank lines): send one JSON article per line.");
        return Problems.Invalid(errors, "Nothing to import: the body has no article lines.");
    }

    /// <summary>
    /// A write failed: nothing of its batch is stored (one transaction), the batches before it are, and nothing after
    /// it was written. 503 with Retry-After when the database was away or kept conflicting, else 500; either way the
    /// lines stored so far are in <c>results</c>, so the client can resend the rest.
    /// </summary>
    static ProblemHttpResult Stopped(HttpContext http, Import import, WriteFailure failure, ILogger log)
    {
        log.LogError(failure.Error, "Bulk import stopped: writing lines {First}–{Last} failed", failure.FirstLine, failure.LastLine);
        var results = import.AllResults();
        var written = results.Count(r => r.Status != BulkStatusNames.Invalid);
        var detail = $"Writing lines {failure.FirstLine:N0}–{failure.LastLine:N0} failed, so none of them was stored and the import stopped there; " +
            $"{written:N0} line(s) before them were stored or found stored (see 'results'). Resend from line {failure.FirstLine:N0}.";
        var retry = failure.Error is NpgsqlException or TimeoutException && DatabaseErrors.IsUnavailable(failure.Error)
            || failure.Error is PostgresException p && DatabaseErrors.IsConflict(p);
        return Problems.ImportStopped(http, retry, detail, new Dictionary<string, object?> { ["results"] = results });
    }

    /// <summary>How a run ended: read to the end (all null), a problem found while reading, a body over the limit, or a failed write.</summary>
    sealed record Outcome(ProblemHttpResult? Problem = null, BadHttpRequestException? TooLarge = null, WriteFailure? Stopped = null);

    /// <summary>The write of a batch that failed: its first and last line and the error.</summary>
    sealed record WriteFailure(int FirstLine, int LastLine, Exception Error);

    /// <summary>A batch analysed and ready to write: the line of each article, in order.</summary>
    sealed record Prepared(int[] Lines, ArticleRecord[] Articles);

    /// <summary>
    /// One import, as a pipeline of two stages joined by a bounded channel: the request's task reads lines, checks them
    /// and analyses each full batch on all cores; the writer stage writes the analysed batches, one transaction each,
    /// two at a time on two connections, and commits them in line order (<see cref="WriteTurn"/>). Batches n and n+1 are
    /// written while n+2 is analysed, and n+3 is not analysed before the writer stage has taken n+2 (back-pressure: the
    /// reader waits for the channel to be empty before it analyses, and the writer stage takes a batch only when one of
    /// its two connections is free), so at most three analysed batches are held at once. A failed write stops both
    /// stages: the batches after it are neither analysed further nor written, and the one written beside it rolls back.
    /// </summary>
    sealed class Import(ArticleWriter writer, References references, AnalyzerProvider analyzers, JsonSerializerOptions options, int writers)
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
        readonly Channel<Prepared> _analysed = Channel.CreateBounded<Prepared>(
            new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

        // The reader's results (invalid lines) and the writer's (written lines): each stage adds to its own list.
        readonly List<BulkLineResult> _checked = [];
        readonly List<BulkLineResult> _written = [];
        WriteFailure? _failure;
        // Where the time went (Stopwatch ticks), so that the log says which stage bounds the import: analysing; writing
        // (the batches' write times added up, two at a time); the reader waiting for the writers; the writers waiting
        // for analysis with no batch being written; the batches waiting for the commit of the batch ahead (WriteTurn);
        // the wait for the search index's last merge after the last batch, and the pages the merges took out of the
        // pending list; the reader waiting for the request's body, parsing and checking lines, and looking up slugs and
        // lexicons per batch; the writers' time after the reader's end; the whole import.
        long _analysing, _writing, _readerWaiting, _writerWaiting, _aheadWaiting, _lastMerge, _pagesMerged;
        long _bodyWaiting, _parsing, _lookingUp, _afterReading, _total;

        /// <summary>One line in the log: the stages' times, which show which stage bounds the import.</summary>
        public void LogStages(ILogger log) => log.LogInformation(
            "Bulk import of {Lines} lines in {Total:F2} s: analysis {Analysis:F2} s, writing {Writing:F2} s, reader waited for the writer {ReaderWaited:F2} s, writer waited for analysis {WriterWaited:F2} s, last search-index merge {LastMerge:F2} s ({Pages} pending pages merged in all), batches waited for the batch ahead {AheadWaited:F2} s, reader waited for the body {BodyWaited:F2} s, parsing lines {Parsing:F2} s, looking up ids and lexicons {LookingUp:F2} s, writing after the last line was read {AfterReading:F2} s",
            _line, Seconds(_total), Seconds(_analysing), Seconds(_writing), Seconds(_readerWaiting), Seconds(_writerWaiting), Seconds(_lastMerge), _pagesMerged, Seconds(_aheadWaiting), Seconds(_bodyWaiting), Seconds(_parsing), Seconds(_lookingUp), Seconds(_afterReading));

        static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;

        /// <summary>Every result so far, in line order; only once both stages have stopped.</summary>
        public List<BulkLineResult> AllResults() => [.. _checked.Concat(_written).OrderBy(r => r.Line)];

        /// <summary>Runs both stages to the end of the body, or until one of them stops the import.</summary>
        public async Task<Outcome> RunAsync(PipeReader reader, CancellationToken ct)
        {
            var began = Stopwatch.GetTimestamp();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var writing = Task.Run(() => WriteAllAsync(stop), CancellationToken.None);
            Outcome outcome;
            try
            {
                outcome = await ReadAsync(reader, stop.Token) is { } problem ? new Outcome(problem) : new Outcome();
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                outcome = new Outcome(TooLarge: e);
            }
            catch (Exception) when (_failure is not null || stop.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                // The writer failed, and the reader stopped because of it (a cancelled analysis, a closed channel).
                outcome = new Outcome();
            }
            finally
            {
                // What is analysed is still written (a body over the limit keeps the batches before it), then the writer ends.
                _analysed.Writer.TryComplete();
                var read = Stopwatch.GetTimestamp();
                await writing;
                _afterReading = Stopwatch.GetTimestamp() - read;
                _total = Stopwatch.GetTimestamp() - began;
            }
            if (_failure is { } failure)
            {
                if (ct.IsCancellationRequested) throw new OperationCanceledException(ct);
                return new Outcome(Stopped: failure);
            }
            return outcome;
        }

        /// <summary>
        /// The writer stage: the analysed batches in order, two at a time on two connections (<see cref="WriteTurn"/>:
        /// their COPYs overlap, their commits keep the lines' order), the search index's pending list merged beside
        /// them after each commit (<see cref="SearchIndexMerger"/>); at the first failure, stops the reader, lets the
        /// batch being written beside it roll back, and returns. Returns once the last merge is done.
        /// </summary>
        async Task WriteAllAsync(CancellationTokenSource stop)
        {
            var merger = writer.StartSearchMerger();
            var writing = new List<Task>(writers);
            WriteTurn? last = null;
            try
            {
                while (true)
                {
                    writing.RemoveAll(w => w.IsCompleted);
                    var (waited, idle) = (Stopwatch.GetTimestamp(), writing.Count == 0);
                    if (!await _analysed.Reader.WaitToReadAsync(CancellationToken.None) || _failure is not null) break;
                    if (idle) _writerWaiting += Stopwatch.GetTimestamp() - waited;
                    if (!_analysed.Reader.TryRead(out var batch)) continue;
                    last = new WriteTurn(last, batch.Articles);
                    writing.Add(WriteAsync(batch, last, merger, stop));
                    // A free connection before the next batch is taken (so the reader's back-pressure holds).
                    if (writing.Count == writers) writing.Remove(await Task.WhenAny(writing));
                }
            }
            finally
            {
                await Task.WhenAll(writing);
                var merging = Stopwatch.GetTimestamp();
                await merger.CompleteAsync();
                _lastMerge = Stopwatch.GetTimestamp() - merging;
                _pagesMerged = merger.PagesMerged;
            }
        }

        /// <summary>One batch in its turn; a failure (the first in line order) stops the import.</summary>
        async Task WriteAsync(Prepared batch, WriteTurn turn, SearchIndexMerger merger, CancellationTokenSource stop)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                // Null: not written, because the batch ahead failed (its failure is the one answered).
                if (await writer.InsertInTurnAsync(batch.Articles, turn, stop.Token) is not { } written) return;
                merger.Request();
                lock (_written)
                {
                    _writing += Stopwatch.GetTimestamp() - started;
                    _aheadWaiting += turn.WaitedTicks;
                    for (var i = 0; i < written.Length; i++)
                        _written.Add(new BulkLineResult(batch.Lines[i], StatusName(written[i].Outcome), written[i].Id, null));
                }
            }
            catch (Exception e)
            {
                // Answered only if the batch ahead commits: the first failure in line order stops the import (and a
                // batch ahead that is still writing must not be cancelled by this one's failure).
                await turn.AheadEnded;
                lock (_written)
                    if (_failure is null || _failure.FirstLine > batch.Lines[0]) _failure = new WriteFailure(batch.Lines[0], batch.Lines[^1], e);
                await stop.CancelAsync();
                _analysed.Writer.TryComplete();
            }
        }

        /// <summary>Reads the body to its end, handing batches to the writer as they fill; a problem when there are too many lines.</summary>
        async Task<ProblemHttpResult?> ReadAsync(PipeReader reader, CancellationToken ct)
        {
            var skippingLongLine = false;
            while (true)
            {
                var reading = Stopwatch.GetTimestamp();
                var read = await reader.ReadAsync(ct);
                _bodyWaiting += Stopwatch.GetTimestamp() - reading;
                var buffer = read.Buffer;
                while (buffer.PositionOf((byte)'\n') is { } newline)
                {
                    if (skippingLongLine) skippingLongLine = false;
                    else
                    {
                        var parsing = Stopwatch.GetTimestamp();
                        Accept(buffer.Slice(0, newline));
                        _parsing += Stopwatch.GetTimestamp() - parsing;
                    }
                    buffer = buffer.Slice(buffer.GetPosition(1, newline));
                    if (_batch.Count >= BatchSize || _batchChars >= BatchChars) await FlushAsync(ct);
                    if (_line > MaxLines) return Problems.TooLarge("Too many lines", $"At most {MaxLines:N0} lines per request; split the file.");
                }

                if (!skippingLongLine && buffer.Length > MaxLineBytes)
                {
                    // A line this long is rejected without being held: drop its bytes up to the next newline.
                    _line++;
                    _checked.Add(Invalid(_line, FieldErrors.Body, $"The line is longer than {MaxLineBytes:N0} bytes."));
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
            var results = AllResults();
            int Count(string status) => results.Count(r => r.Status == status);
            return new BulkImportResponse(results.Count, Count(BulkStatusNames.Created), Count(BulkStatusNames.Duplicate),
                Count(BulkStatusNames.Conflict), Count(BulkStatusNames.Invalid), results);
        }

        /// <summary>Parses and checks one line; a valid article joins the batch, an invalid one gets its result now.</summary>
        void Accept(ReadOnlySequence<byte> bytes)
        {
            _line++;
            if (_line == 1) bytes = WithoutByteOrderMark(bytes);
            if (IsBlank(bytes)) return;
            var errors = new FieldErrors();
            var article = ReadLine(bytes, options, errors);
            if (article is null) { _checked.Add(Invalid(_line, errors)); return; }
            _batch.Add(new Pending(_line, article));
            _batchChars += (article.Text ?? article.Html)!.Length;
        }

        /// <summary>
        /// Waits until the writer has taken the batch before (so that no third analysed batch is held), then analyses
        /// this one on all cores and hands it to the writer.
        /// </summary>
        async Task FlushAsync(CancellationToken ct)
        {
            if (_batch.Count == 0) return;
            var waiting = Stopwatch.GetTimestamp();
            // False once the writer has stopped (a failed write): nothing more is analysed.
            if (!await _analysed.Writer.WaitToWriteAsync(ct)) throw new ChannelClosedException();
            _readerWaiting += Stopwatch.GetTimestamp() - waiting;
            var looking = Stopwatch.GetTimestamp();
            await LoadIdsAsync(ct);
            var lexicons = await analyzers.ActiveAsync(ct);
            _lookingUp += Stopwatch.GetTimestamp() - looking;
            var prepared = new ArticleRecord?[_batch.Count];
            var errors = new FieldErrors?[_batch.Count];

            // Analysis is pure CPU work: spread it over the cores while the writer writes the batch before.
            var started = Stopwatch.GetTimestamp();
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
                if (errors[i] is { } e) _checked.Add(Invalid(_batch[i].Line, e));
                else { articles.Add(prepared[i]!); lines.Add(_batch[i].Line); }
            }
            _batch.Clear();
            _batchChars = 0;
            var analysed = Stopwatch.GetTimestamp();
            _analysing += analysed - started;
            if (articles.Count > 0) await _analysed.Writer.WriteAsync(new Prepared([.. lines], [.. articles]), ct);
            _readerWaiting += Stopwatch.GetTimestamp() - analysed;
        }

        async Task LoadIdsAsync(CancellationToken ct)
        {
            var sources = _batch.Select(p => p.Request.Source).OfType<string>().Where(_askedSources.Add).ToList();
            var stories = _batch.Select(p => p.Request.Story).OfType<string>().Where(_askedStories.Add).ToList();
            _ids.Add(await references.ResolveAsync(sources, stories, ct));
        }
    }

    /// <summary>
    /// One non-blank line read and checked as an article (parsed, its strings checked, its fields validated): the
    /// request, or null with the reasons in <paramref name="errors"/>. Also run by <see cref="IngestionWarmUp"/>.
    /// </summary>
    public static ArticleCreateRequest? ReadLine(ReadOnlySequence<byte> bytes, JsonSerializerOptions options, FieldErrors errors)
    {
        if (bytes.IsSingleSegment) return ReadLine(bytes.First.Span, options, errors);
        // A line longer than one of the request pipe's segments (4 KB: every article) is copied into one buffer first,
        // so that the import runs the JSON reader's one-span path, the one the start-up warm-up compiles (warm, the two
        // cost the same; a fresh process's import was still compiling the multi-segment one: docs/PERFORMANCE.md
        // "Bulk ingestion, wave 20").
        var length = checked((int)bytes.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            bytes.CopyTo(buffer);
            return ReadLine(buffer.AsSpan(0, length), options, errors);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    static ArticleCreateRequest? ReadLine(ReadOnlySpan<byte> bytes, JsonSerializerOptions options, FieldErrors errors)
    {
        ArticleCreateRequest? article = null;
        if (StartsWithArray(bytes))
        {
            // The commonest mistake: a JSON array of articles sent whole, which reads as one line that is no object.
            errors.Add(FieldErrors.Body, "This line is a JSON array: the bulk body is NDJSON, one article object per line, not an array of "
                + "articles (jq -c '.[]' articles.json > articles.ndjson turns one into the other).");
            return null;
        }
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
        return errors.Any ? null : article;
    }

    static string StatusName(WriteOutcome outcome) => outcome switch
    {
        WriteOutcome.Created => BulkStatusNames.Created,
        WriteOutcome.Duplicate => BulkStatusNames.Duplicate,
        _ => BulkStatusNames.Conflict,
    };

    /// <summary>Whether the line's first JSON token opens an array.</summary>
    static bool StartsWithArray(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes);
            return reader.Read() && reader.TokenType == JsonTokenType.StartArray;
        }
        catch (JsonException)
        {
            return false;
        }
    }

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

    /// <summary>
    /// The first line without a UTF-8 byte order mark: Windows Notepad, PowerShell 5's <c>Out-File -Encoding utf8</c>
    /// and Excel's "CSV UTF-8" write one, and JSON does not allow it, so the file's first article was refused
    /// ("'0xEF' is an invalid start of a value") while <c>POST /api/articles</c> took the same bytes.
    /// </summary>
    static ReadOnlySequence<byte> WithoutByteOrderMark(ReadOnlySequence<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.Length < bom.Length) return bytes;
        Span<byte> first = stackalloc byte[3];
        bytes.Slice(0, 3).CopyTo(first);
        return first.SequenceEqual(bom) ? bytes.Slice(3) : bytes;
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
