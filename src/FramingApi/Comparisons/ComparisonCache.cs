using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FramingApi.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FramingApi.Comparisons;

/// <summary>
/// Serves comparisons: built once per key and kept with their serialised (and gzipped) JSON and CSV, with an ETag for
/// each. Invalidation is scoped: a change (<see cref="ChangeListener"/>) marks stale only the entries whose articles
/// it may touch (<see cref="ChangeScope.Touches"/>) — a write to one story leaves every other story's comparison
/// warm. One build per key at a time: readers of a key being built wait for that build (single flight). The cache is
/// bounded by the bytes it holds (least recently used entries go first). A stale entry is not thrown away: its stamp
/// tells the rebuild whether the data moved, and answers 304s meanwhile.
/// </summary>
public sealed class ComparisonCache
{
    /// <summary>Default bound on the bytes of cached JSON, CSV and gzip: <c>Comparisons:CacheBytes</c>.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    readonly ComparisonsStore _store;
    readonly ChangeListener _listener;
    readonly JsonSerializerOptions _json;
    readonly ILogger<ComparisonCache> _log;
    readonly long _maxBytes;
    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> _building = new(StringComparer.Ordinal);
    // Changes since each build started: a build that overlapped a change touching it is kept, but as stale.
    readonly ConcurrentQueue<(long Sequence, ChangeScope Scope)> _recent = new();
    long _sequence;
    long _bytes;
    long _builds;

    public ComparisonCache(ComparisonsStore store, ChangeListener listener, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        IConfiguration configuration, ILogger<ComparisonCache> log)
    {
        (_store, _listener, _json, _log) = (store, listener, json.Value.SerializerOptions, log);
        _maxBytes = configuration.GetValue("Comparisons:CacheBytes", DefaultMaxBytes);
        listener.Changed += OnChanged;
    }

    /// <summary>How many comparisons were built (read and computed) since start: for tests and logs.</summary>
    public long Builds => Interlocked.Read(ref _builds);

    /// <summary>Bytes held by cached answers.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>
    /// The answer from the cache when it is current — no change touching it since it was built, and the change
    /// listener live — with no database round trip at all (only valid requests are ever cached, so the request needs
    /// no checking either); null when the request must be resolved and <see cref="AnswerAsync"/>ed.
    /// </summary>
    public IResult? TryAnswer(HttpContext http, string key, bool csv) =>
        _listener.IsLive && _entries.TryGetValue(key, out var entry) && !entry.Stale
            ? Answer(http, key, entry.Touch(), csv)
            : null;

    /// <summary>Reads the stamp, and the data only when the stamp moved on; builds (once per key at a time), caches and answers.</summary>
    public async Task<IResult> AnswerAsync(HttpContext http, ComparisonRequest request, bool csv, CancellationToken ct)
    {
        if (_listener.IsLive && _entries.TryGetValue(request.Key, out var current) && !current.Stale)
            return Answer(http, request.Key, current.Touch(), csv);
        var flight = _building.GetOrAdd(request.Key, key =>
        {
            Lazy<Task<Entry>>? self = null;
            self = new Lazy<Task<Entry>>(() => FlyAsync(request, () => _building.TryRemove(new KeyValuePair<string, Lazy<Task<Entry>>>(key, self!))));
            return self;
        });
        return Answer(http, request.Key, (await flight.Value.WaitAsync(ct)).Touch(), csv);
    }

    async Task<Entry> FlyAsync(ComparisonRequest request, Action landed)
    {
        try
        {
            return await BuildAsync(request);
        }
        finally
        {
            landed();
        }
    }

    /// <summary>
    /// One build, shared by every reader of the key meanwhile: the stamp first; when it equals the cached entry's, the
    /// entry is current again and nothing else is read. Otherwise the data, the comparison and its JSON. Not cancelled
    /// with the request that started it: the others wait for it too.
    /// </summary>
    async Task<Entry> BuildAsync(ComparisonRequest request)
    {
        var key = request.Key;
        var sequence = Interlocked.Read(ref _sequence);
        var known = _entries.GetValueOrDefault(key);
        var started = Stopwatch.GetTimestamp();
        var sections = BuildSections.Start();
        var (stamp, data) = await _store.ReadAsync(request.Articles, s => known?.Stamp == s, CancellationToken.None);
        var read = Stopwatch.GetElapsedTime(started);
        if (data is null)
        {
            known!.Stale = TouchedSince(sequence, request.Articles);
            return known;
        }

        Interlocked.Increment(ref _builds);
        var (response, csv) = request.Build(data);
        var entry = new Entry(stamp, request.FileName, request.Articles, response, csv, _json) { Stale = TouchedSince(sequence, request.Articles) };
        BuildSections.Mark("json");
        Store(key, entry);
        if (TouchedSince(sequence, request.Articles)) entry.Stale = true; // a change while it was being stored
        _log.LogInformation("Built comparison {Key}: {Articles} articles, read {ReadMs:F0} ms, built {BuildMs:F0} ms ({Sections}).", key,
            data.Articles.Count, read.TotalMilliseconds, (Stopwatch.GetElapsedTime(started) - read).TotalMilliseconds, sections);
        return entry;
    }

    void OnChanged(ChangeScope scope)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        _recent.Enqueue((sequence, scope));
        while (_recent.Count > 4096 && _recent.TryDequeue(out _)) { }
        foreach (var entry in _entries.Values)
            if (scope.Touches(entry.Articles)) entry.Stale = true;
    }

    /// <summary>Whether a change since <paramref name="sequence"/> may touch these articles (unknown, when the log has moved past it).</summary>
    bool TouchedSince(long sequence, ArticleSet articles)
    {
        if (!_listener.IsLive) return true;
        var changes = _recent.ToArray();
        if (changes.Length > 0 && changes[0].Sequence > sequence + 1) return true;
        return changes.Any(c => c.Sequence > sequence && c.Scope.Touches(articles));
    }

    void Store(string key, Entry entry)
    {
        if (_entries.TryGetValue(key, out var old) && _entries.TryRemove(new KeyValuePair<string, Entry>(key, old)))
            Interlocked.Add(ref _bytes, -old.Bytes - old.Json.Length);
        if (_entries.TryAdd(key, entry)) Interlocked.Add(ref _bytes, entry.Bytes + entry.Json.Length);
        entry.Grew += n => Interlocked.Add(ref _bytes, n);
        Trim();
    }

    /// <summary>Drops the least recently used entries until the cache holds at most its bound.</summary>
    void Trim()
    {
        if (Bytes <= _maxBytes) return;
        foreach (var (key, entry) in _entries.OrderBy(e => e.Value.LastUsed).ToList())
        {
            if (Bytes <= _maxBytes * 3 / 4) break;
            if (_entries.TryRemove(new KeyValuePair<string, Entry>(key, entry))) Interlocked.Add(ref _bytes, -entry.Bytes - entry.Json.Length);
        }
    }

    /// <summary>Whether the client asks for CSV: <c>format=csv</c>, or an Accept header that prefers text/csv.</summary>
    public static bool WantsCsv(HttpContext http, string? format, Infrastructure.FieldErrors errors)
    {
        if (format is not null)
        {
            errors.OneOf("format", format, Infrastructure.Vocabulary.OptionNames.JsonOrCsv);
            return format == "csv";
        }
        var accept = http.Request.Headers.Accept.ToString();
        return accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) && !accept.Contains("application/json", StringComparison.OrdinalIgnoreCase);
    }

    static IResult Answer(HttpContext http, string key, Entry entry, bool csv)
    {
        var escape = csv && Infrastructure.CsvCells.Requested(http);
        var etag = ETag(key, entry.Stamp, csv, escape);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.Vary = "Accept, Accept-Encoding";
        if (ConditionalRequests.IsNotModified(http.Request, etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);

        // Comparisons of large stories are big (100+ KB of JSON): gzip them once, when cached, for clients that accept it.
        var gzip = http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (gzip) http.Response.Headers.ContentEncoding = "gzip";
        if (escape)
        {
            // Escaped on request only: written from the cached file each time, and not gzipped.
            http.Response.Headers.Remove(HeaderNames.ContentEncoding);
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"{entry.FileName}.csv" }.ToString();
            return TypedResults.Bytes(Infrastructure.CsvCells.EscapeFile(entry.Csv), "text/csv; charset=utf-8");
        }
        if (csv)
        {
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"{entry.FileName}.csv" }.ToString();
            return TypedResults.Bytes(gzip ? entry.CsvGzip : entry.Csv, "text/csv; charset=utf-8");
        }
        return TypedResults.Bytes(gzip ? entry.JsonGzip : entry.Json, "application/json; charset=utf-8");
    }

    static string ETag(string key, string stamp, bool csv, bool escape) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}|{stamp}")))[..20]}{(csv ? "-csv" : "")}{(escape ? Infrastructure.CsvCells.ETagSuffix : "")}\"";

    /// <summary>A built answer (a comparison, or differences): its stamp, the articles it covers, its bytes (JSON now; CSV
    /// and gzip when first asked).</summary>
    sealed class Entry(string stamp, string fileName, ArticleSet articles, object response, Func<byte[]> csv, JsonSerializerOptions options)
    {
        readonly Lazy<byte[]> _csv = new(csv);
        byte[]? _jsonGzip;
        byte[]? _csvGzip;
        long _lastUsed = Environment.TickCount64;
        volatile bool _stale;

        public event Action<long>? Grew;
        public string Stamp { get; } = stamp;
        public string FileName { get; } = fileName;
        public ArticleSet Articles { get; } = articles;
        public byte[] Json { get; } = JsonSerializer.SerializeToUtf8Bytes(response, response.GetType(), options);
        public bool Stale { get => _stale; set => _stale = value; }
        public long LastUsed => Interlocked.Read(ref _lastUsed);
        public long Bytes { get; private set; } = 512 + 2L * fileName.Length;

        public byte[] Csv => Counted(_csv.Value, ref _csvCounted);
        // Computed at most a few times under a race, and never changed: a plain field is enough.
        public byte[] JsonGzip => Counted(_jsonGzip ??= Gzip(Json), ref _jsonGzipCounted);
        public byte[] CsvGzip => Counted(_csvGzip ??= Gzip(Csv), ref _csvGzipCounted);

        int _csvCounted, _jsonGzipCounted, _csvGzipCounted;

        public Entry Touch()
        {
            Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
            return this;
        }

        byte[] Counted(byte[] bytes, ref int counted)
        {
            if (Interlocked.Exchange(ref counted, 1) == 0)
            {
                Bytes += bytes.Length;
                Grew?.Invoke(bytes.Length);
            }
            return bytes;
        }
    }

    static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            gzip.Write(bytes);
        return output.ToArray();
    }
}
