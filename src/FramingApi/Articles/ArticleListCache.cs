using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using FramingApi.Comparisons;
using FramingApi.Infrastructure;
using Microsoft.Extensions.Options;

namespace FramingApi.Articles;

/// <summary>
/// The article list's answers (pages and search pages) kept as the JSON bytes that were sent, keyed by the
/// normalised query (<see cref="ListKey"/>), each with a strong ETag (a hash of its bytes) that answers
/// <c>If-None-Match</c> with 304. A hit costs no database round trip. Invalidation rides on the comparisons' change
/// notifications (<see cref="ChangeListener"/>): a change drops the pages whose filter it may touch — a write to one
/// story leaves the pages filtered by another story (or by a source it did not write to in their range) cached; an
/// unfiltered page goes with any change. A page read while any change happened is not kept (it may predate the change),
/// and nothing is served from the cache while the listener is down. Bounded by bytes
/// (<c>Articles:ListCacheBytes</c>, 32 MB by default; 0 turns it off), least recently used first.
/// </summary>
public sealed class ArticleListCache
{
    /// <summary>Default bound on the bytes of cached pages: <c>Articles:ListCacheBytes</c>.</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    readonly ChangeListener _listener;
    readonly JsonSerializerOptions _json;
    readonly long _maxBytes;
    readonly ConcurrentDictionary<ListKey, Entry> _entries = new();
    long _bytes;
    long _hits;

    public ArticleListCache(ChangeListener listener, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IConfiguration configuration)
    {
        (_listener, _json) = (listener, json.Value.SerializerOptions);
        _maxBytes = configuration.GetValue("Articles:ListCacheBytes", DefaultMaxBytes);
        listener.Changed += OnChanged;
    }

    /// <summary>How many requests were answered from the cache since start: for tests.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Bytes held by cached pages.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The change generation to pass to <see cref="Answer"/>: read it before reading the page.</summary>
    public long Generation => _listener.Generation;

    /// <summary>The cached answer of a (valid) list request, or null when it must be read.</summary>
    public IResult? TryAnswer(HttpContext http, ListKey key)
    {
        if (_maxBytes <= 0 || !_listener.IsLive || !_entries.TryGetValue(key, out var entry) || entry.Stale) return null;
        entry.LastUsed = Environment.TickCount64;
        Interlocked.Increment(ref _hits);
        return Respond(http, entry.Json, entry.ETag);
    }

    /// <summary>
    /// Answers a page just read, and keeps it when no change happened since <paramref name="generation"/> (taken
    /// before the read). The bytes are those a cache hit sends later.
    /// </summary>
    public IResult Answer(HttpContext http, ListKey key, ListScope scope, object page, long generation)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(page, page.GetType(), _json);
        var entry = new Entry(key, scope, json);
        if (_maxBytes > 0 && _listener.IsLive && _listener.Generation == generation) Store(entry);
        if (_listener.Generation != generation) entry.Stale = true; // a change while it was stored
        return Respond(http, json, entry.ETag);
    }

    static IResult Respond(HttpContext http, byte[] json, string etag)
    {
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        return ConditionalRequests.IsNotModified(http.Request, etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(json, "application/json; charset=utf-8");
    }

    void OnChanged(ChangeScope scope)
    {
        foreach (var entry in _entries.Values)
            if (entry.Scope.TouchedBy(scope) && !entry.Stale)
            {
                entry.Stale = true;
                if (_entries.TryRemove(new KeyValuePair<ListKey, Entry>(entry.Key, entry))) Interlocked.Add(ref _bytes, -entry.Bytes);
            }
    }

    void Store(Entry entry)
    {
        if (_entries.TryRemove(entry.Key, out var old)) Interlocked.Add(ref _bytes, -old.Bytes);
        if (_entries.TryAdd(entry.Key, entry)) Interlocked.Add(ref _bytes, entry.Bytes);
        if (Bytes <= _maxBytes) return;
        foreach (var (key, e) in _entries.OrderBy(e => e.Value.LastUsed).ToList())
        {
            if (Bytes <= _maxBytes * 3 / 4) break;
            if (_entries.TryRemove(new KeyValuePair<ListKey, Entry>(key, e))) Interlocked.Add(ref _bytes, -e.Bytes);
        }
    }

    sealed class Entry(ListKey key, ListScope scope, byte[] json)
    {
        volatile bool _stale;
        long _lastUsed = Environment.TickCount64;

        public ListKey Key { get; } = key;
        public ListScope Scope { get; } = scope;
        public byte[] Json { get; } = json;
        public string ETag { get; } = $"\"{Convert.ToHexStringLower(SHA256.HashData(json))[..24]}\"";
        public long Bytes => Json.Length + 256 + 2L * (Key.Query?.Length ?? 0) + 2L * (Key.Cursor?.Length ?? 0);
        public bool Stale { get => _stale; set => _stale = value; }
        public long LastUsed { get => Interlocked.Read(ref _lastUsed); set => Interlocked.Exchange(ref _lastUsed, value); }
    }
}

/// <summary>
/// A list request, normalised: the filters as given (slugs; the date bounds as the instants they mean, so that
/// <c>to=2023-07-31</c> and <c>to=2023-07-31T23:59:59.999999Z</c> share one entry), the page (0 with a cursor) or
/// the cursor, the page size and the search text.
/// </summary>
public sealed record ListKey(string? Source, string? Story, long? FromTicks, long? ToTicks, int Page, int PageSize, string? Cursor, string? Query)
{
    public static ListKey Of(string? source, string? story, Infrastructure.DateRange range, Infrastructure.PageRequest page, string? cursor, string? q) =>
        new(source, story, range.From?.UtcTicks, range.To?.UtcTicks, cursor is null ? page.Page : 0, page.Size, cursor, q);
}

/// <summary>What a cached page lists, as ids and instants: what decides which changes drop it.</summary>
public readonly record struct ListScope(long? SourceId, long? StoryId, DateTimeOffset? From, DateTimeOffset? To)
{
    /// <summary>
    /// Whether a change may alter this page: every changed article adds its story and its source (with its
    /// publication time) to the scope, so a page filtered by story needs its story named, one filtered by source needs
    /// that source written inside the page's date range; an unfiltered page (or one filtered only by date) goes with
    /// any change.
    /// </summary>
    public bool TouchedBy(ChangeScope scope)
    {
        if (scope.IsAll) return true;
        if (StoryId is { } story && !scope.Stories.Contains(story)) return false;
        if (SourceId is not { } source) return true;
        if (!scope.Sources.TryGetValue(source, out var written)) return false;
        if (written.From is null || written.To is null) return true;
        return (To is null || written.From <= To) && (From is null || written.To >= From);
    }
}
