using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FramingApi.Comparisons;

/// <summary>
/// Serves comparisons: built once per request key and kept with their serialised (and gzipped) JSON and CSV, with an
/// ETag for each. An entry is current while no change was notified since it was built or checked
/// (<see cref="ChangeListener"/>), so a repeated request for unchanged data needs no database round trip; otherwise
/// the store's stamp decides whether to read the data again. Bounded in size.
/// </summary>
public sealed class ComparisonCache(ComparisonsStore store, ChangeListener listener,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, ILogger<ComparisonCache> log)
{
    const int MaxEntries = 512;
    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>
    /// The answer from the cache when the change listener vouches that nothing changed since the entry was built (no
    /// database round trip at all: only valid requests are ever cached, so the request needs no checking either);
    /// null when the request must be resolved and <see cref="AnswerAsync"/>ed.
    /// </summary>
    public IResult? TryAnswer(HttpContext http, string key, bool csv) =>
        listener.IsLive && _entries.TryGetValue(key, out var entry) && entry.Generation == listener.Generation
            ? Answer(http, key, entry, csv)
            : null;

    /// <summary>Reads the stamp, and the data only when the stamp moved on; builds, caches and answers.</summary>
    public async Task<IResult> AnswerAsync(HttpContext http, ComparisonRequest request, bool csv, CancellationToken ct)
    {
        // Read before the data: a change notified while reading moves the generation on and the entry is checked again.
        var generation = listener.Generation;
        var key = request.Key;
        var requested = http.Request.Headers.IfNoneMatch.ToString();
        var known = _entries.GetValueOrDefault(key);
        var started = Stopwatch.GetTimestamp();
        var (stamp, data) = await store.ReadAsync(request.Articles, s => known?.Stamp == s || ETag(key, s, csv) == requested, ct);
        var read = Stopwatch.GetElapsedTime(started);
        if (data is null && known?.Stamp == stamp)
        {
            known.Generation = generation; // checked: still current
            return Answer(http, key, known, csv);
        }
        if (data is null)
        {
            http.Response.Headers.ETag = ETag(key, stamp, csv);
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var entry = Set(key, new Entry(stamp, generation, request.FileName,
            ComparisonBuilder.Build(data, request.Story, request.Scope, request.EvidenceBase, request.Topic), json.Value.SerializerOptions));
        log.LogInformation("Built comparison {Key}: read {ReadMs:F0} ms, built {BuildMs:F0} ms.", key,
            read.TotalMilliseconds, (Stopwatch.GetElapsedTime(started) - read).TotalMilliseconds);
        return Answer(http, key, entry, csv);
    }

    /// <summary>Whether the client asks for CSV: <c>format=csv</c>, or an Accept header that prefers text/csv.</summary>
    public static bool WantsCsv(HttpContext http, string? format, Infrastructure.FieldErrors errors)
    {
        if (format is not null)
        {
            if (format is not ("json" or "csv")) errors.Add("format", "Must be 'json' or 'csv'.");
            return format == "csv";
        }
        var accept = http.Request.Headers.Accept.ToString();
        return accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) && !accept.Contains("application/json", StringComparison.OrdinalIgnoreCase);
    }

    static IResult Answer(HttpContext http, string key, Entry entry, bool csv)
    {
        var etag = ETag(key, entry.Stamp, csv);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.Vary = "Accept, Accept-Encoding";
        if (http.Request.Headers.IfNoneMatch.ToString() == etag) return TypedResults.StatusCode(StatusCodes.Status304NotModified);

        // Comparisons of large stories are big (100+ KB of JSON): gzip them once, when cached, for clients that accept it.
        var gzip = http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (gzip) http.Response.Headers.ContentEncoding = "gzip";
        if (csv)
        {
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"{entry.FileName}.csv" }.ToString();
            return TypedResults.Bytes(gzip ? entry.CsvGzip : entry.Csv, "text/csv; charset=utf-8");
        }
        return TypedResults.Bytes(gzip ? entry.JsonGzip : entry.Json, "application/json; charset=utf-8");
    }

    static string ETag(string key, string stamp, bool csv) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}|{stamp}")))[..20]}{(csv ? "-csv" : "")}\"";

    Entry Set(string key, Entry entry)
    {
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = entry;
        return entry;
    }

    /// <summary>A built comparison, its stamp, and the generation at which it was last known current.</summary>
    sealed class Entry(string stamp, long generation, string fileName, ComparisonResponse response, JsonSerializerOptions options)
    {
        readonly Lazy<byte[]> _json = new(() => JsonSerializer.SerializeToUtf8Bytes(response, options));
        readonly Lazy<byte[]> _csv = new(() => ComparisonCsv.Write(response));
        byte[]? _jsonGzip;
        byte[]? _csvGzip;
        long _generation = generation;

        public string Stamp { get; } = stamp;
        public string FileName { get; } = fileName;
        public long Generation { get => Interlocked.Read(ref _generation); set => Interlocked.Exchange(ref _generation, value); }
        public byte[] Json => _json.Value;
        public byte[] Csv => _csv.Value;
        // Computed at most a few times under a race, and never changed: a plain field is enough.
        public byte[] JsonGzip => _jsonGzip ??= Gzip(Json);
        public byte[] CsvGzip => _csvGzip ??= Gzip(Csv);
    }

    static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            gzip.Write(bytes);
        return output.ToArray();
    }
}
