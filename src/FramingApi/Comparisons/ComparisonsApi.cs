using System.Collections.Concurrent;
using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FramingApi.Articles;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FramingApi.Comparisons;

public static class ComparisonsApi
{
    public const int MaxSources = 50;

    public static IEndpointRouteBuilder MapComparisons(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/stories/{slug}/comparison", StoryComparison).WithName("GetStoryComparison").WithTags("Comparisons")
            .WithSummary("Compare the sources of a story")
            .WithDescription("""
                One row per source in the story (its articles aggregated): topic emphasis with ranks, omissions (topics
                at least half of the other sources cover), claim framing by target and actor (own voice and
                quotations apart), sourcing, loaded language, distinctive terms (Fightin' Words z-scores) and shared
                text. Every number links to its evidence. JSON, or tidy CSV with Accept: text/csv or ?format=csv.
                Carries an ETag; If-None-Match answers 304 while the articles and lexicon versions are unchanged.
                """)
            .Produces<ComparisonResponse>(200, "application/json", "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(null, (200, Examples.Comparison));

        routes.MapGet("/stories/{slug}/comparison/evidence", StoryEvidence).WithName("GetStoryComparisonEvidence").WithTags("Comparisons")
            .WithSummary("The evidence behind a story comparison's numbers")
            .WithDescription("""
                The evidence spans of one source's articles in the story, filtered like the links in the comparison:
                topic, or kind (topics, claims, sourcing, loaded) and category, target, actor, framing, voice, or
                attributed=true for reporting phrases. Each span comes with its article and some context.
                """)
            .WithExamples(null, (200, Examples.ComparisonEvidence));

        routes.MapGet("/comparisons/sources", SourcesComparison).WithName("CompareSources").WithTags("Comparisons")
            .WithSummary("Compare sources across their articles in a date range")
            .WithDescription("""
                The measures of the story comparison, per source, over all their articles published in [from, to]
                (optionally only those of one story, or only one topic). Up to 50 sources. JSON or CSV, with an ETag.
                """)
            .Produces<ComparisonResponse>(200, "application/json", "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .WithExamples(null, (200, Examples.Comparison));

        routes.MapGet("/comparisons/sources/evidence", SourcesEvidence).WithName("CompareSourcesEvidence").WithTags("Comparisons")
            .WithSummary("The evidence behind a sources comparison's numbers")
            .WithDescription("As /api/stories/{slug}/comparison/evidence, for the articles of a sources comparison (source, from, to, story).")
            .WithExamples(null, (200, Examples.ComparisonEvidence));
        return routes;
    }

    static async Task<IResult> StoryComparison(
        [Description("Story slug, e.g. 'biden-icc-evidence-2023'.")] string slug,
        HttpContext http, ComparisonsStore store, ComparisonCache cache, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct,
        [Description("json (default) or csv; Accept: text/csv works too.")] string? format = null,
        [Description("Only this topic key.")] string? topic = null)
    {
        var errors = new FieldErrors();
        var csv = WantsCsv(http, format, errors);
        if (errors.Any) return Problems.Invalid(errors);

        var scope = new ComparisonScope("story", null, null, null, topic);
        var evidenceBase = $"/api/stories/{Uri.EscapeDataString(slug)}/comparison/evidence?";
        return await RespondAsync(http, store, cache, json.Value.SerializerOptions, $"story:{slug}:{topic}", async () =>
        {
            if (topic is not null) await CheckTopicAsync(topic, store, errors, ct);
            if (errors.Any) return (null, Problems.Invalid(errors));
            return await store.StoryIdAsync(slug, ct) is { } storyId
                ? (new ArticleSet(storyId, null, null, null), null)
                : (null, Problems.NotFound($"No story '{slug}'."));
        }, slug, scope, evidenceBase, topic, csv, $"comparison-{slug}", ct);
    }

    static async Task<IResult> SourcesComparison(
        HttpContext http, ComparisonsStore store, ComparisonCache cache, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct,
        [Description("Comma-separated source slugs, 1-50.")] string? sources = null,
        [Description("Published at or after: a date (2023-07-01) or an ISO 8601 time.")] string? from = null,
        [Description("Published at or before: a date (inclusive) or an ISO 8601 time.")] string? to = null,
        [Description("Only articles of this story (slug).")] string? story = null,
        [Description("Only this topic key.")] string? topic = null,
        [Description("json (default) or csv.")] string? format = null)
    {
        var errors = new FieldErrors();
        var csv = WantsCsv(http, format, errors);
        if (errors.Any) return Problems.Invalid(errors);

        var slugs = SourceSlugs(sources);
        var query = $"sources={Uri.EscapeDataString(string.Join(',', slugs))}"
            + (from is null ? "" : $"&from={Uri.EscapeDataString(from)}") + (to is null ? "" : $"&to={Uri.EscapeDataString(to)}")
            + (story is null ? "" : $"&story={Uri.EscapeDataString(story)}");
        ComparisonScope? scope = null;
        return await RespondAsync(http, store, cache, json.Value.SerializerOptions, $"sources:{query}:{topic}", async () =>
        {
            var (set, _, problem) = await SourcesSetAsync(store, sources, from, to, story, topic, ct);
            if (set is not null) scope = new ComparisonScope("sources", slugs, set.From, set.To, topic);
            return (set, problem);
        }, story, () => scope!, $"/api/comparisons/sources/evidence?{query}&", topic, csv, "comparison-sources", ct);
    }

    static List<string> SourceSlugs(string? sources) =>
        (sources ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    static Task<IResult> RespondAsync(HttpContext http, ComparisonsStore store, ComparisonCache cache, JsonSerializerOptions options,
        string key, Func<Task<(ArticleSet? Set, IResult? Problem)>> resolve, string? story, ComparisonScope scope, string evidenceBase,
        string? topic, bool csv, string fileName, CancellationToken ct) =>
        RespondAsync(http, store, cache, options, key, resolve, story, () => scope, evidenceBase, topic, csv, fileName, ct);

    /// <summary>
    /// Answers from the cache when the change listener vouches that nothing changed since the entry was built (no
    /// database round trip at all: only valid requests are ever cached, so the request needs no checking either);
    /// otherwise validates and resolves the request, reads the stamp, and the data only when the stamp moved on.
    /// </summary>
    static async Task<IResult> RespondAsync(HttpContext http, ComparisonsStore store, ComparisonCache cache, JsonSerializerOptions options,
        string key, Func<Task<(ArticleSet? Set, IResult? Problem)>> resolve, string? story, Func<ComparisonScope> scope, string evidenceBase,
        string? topic, bool csv, string fileName, CancellationToken ct)
    {
        var requested = http.Request.Headers.IfNoneMatch.ToString();
        var generation = cache.Listener.Generation;
        var entry = cache.Get(key);
        if (!cache.Listener.IsLive || entry is null || entry.Generation != generation)
        {
            var (set, problem) = await resolve();
            if (problem is not null) return problem;
            var known = entry;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var (stamp, data) = await store.ReadAsync(set!, s => known?.Stamp == s || ETag(key, s, csv) == requested, ct);
            var read = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (data is null && known?.Stamp == stamp)
            {
                known.Generation = generation; // checked: still current
                entry = known;
            }
            else if (data is null)
            {
                http.Response.Headers.ETag = ETag(key, stamp, csv);
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
            else
            {
                entry = cache.Set(key, new ComparisonCache.Entry(stamp, generation,
                    ComparisonBuilder.Build(data, story, scope(), evidenceBase, topic), options));
                cache.Log.LogInformation("Built comparison {Key}: read {ReadMs:F0} ms, built {BuildMs:F0} ms.", key,
                    read.TotalMilliseconds, (System.Diagnostics.Stopwatch.GetElapsedTime(started) - read).TotalMilliseconds);
            }
        }

        var etag = ETag(key, entry.Stamp, csv);
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.Vary = "Accept, Accept-Encoding";
        if (requested == etag) return TypedResults.StatusCode(StatusCodes.Status304NotModified);

        // Comparisons of large stories are big (100+ KB of JSON): gzip them once, when cached, for clients that accept it.
        var gzip = http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (gzip) http.Response.Headers.ContentEncoding = "gzip";
        if (csv)
        {
            http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"{fileName}.csv" }.ToString();
            return TypedResults.Bytes(gzip ? entry.CsvGzip : entry.Csv, "text/csv; charset=utf-8");
        }
        return TypedResults.Bytes(gzip ? entry.JsonGzip : entry.Json, "application/json; charset=utf-8");
    }

    static string ETag(string key, string stamp, bool csv) =>
        $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}|{stamp}")))[..20]}{(csv ? "-csv" : "")}\"";

    static bool WantsCsv(HttpContext http, string? format, FieldErrors errors)
    {
        if (format is not null)
        {
            if (format is not ("json" or "csv")) errors.Add("format", "Must be 'json' or 'csv'.");
            return format == "csv";
        }
        var accept = http.Request.Headers.Accept.ToString();
        return accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) && !accept.Contains("application/json", StringComparison.OrdinalIgnoreCase);
    }

    static async Task CheckTopicAsync(string topic, ComparisonsStore store, FieldErrors errors, CancellationToken ct)
    {
        var known = await store.TopicKeysAsync(ct);
        if (!known.Contains(topic)) errors.Add("topic", $"Unknown topic '{topic}'. Known topics: {string.Join(", ", known)}.");
    }

    /// <summary>Validates the parameters of a sources comparison and resolves them to an article set.</summary>
    static async Task<(ArticleSet? Set, IReadOnlyList<string>? Slugs, IResult? Problem)> SourcesSetAsync(ComparisonsStore store,
        string? sources, string? from, string? to, string? story, string? topic, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var slugs = SourceSlugs(sources);
        if (slugs.Count == 0) errors.Add("sources", "Name at least one source: sources=a,b,c.");
        else if (slugs.Count > MaxSources) errors.Add("sources", $"At most {MaxSources} sources (got {slugs.Count}).");
        else foreach (var s in slugs) errors.Slug("sources", s);
        if (from is { Length: 0 }) errors.Add("from", "Must not be empty.");
        if (to is { Length: 0 }) errors.Add("to", "Must not be empty.");
        var fromTime = from is { Length: > 0 } ? ArticlesApi.ParseBound("from", from, endOfDay: false, errors) : null;
        var toTime = to is { Length: > 0 } ? ArticlesApi.ParseBound("to", to, endOfDay: true, errors) : null;
        if (fromTime is not null && toTime is not null && fromTime >= toTime)
            errors.Add("from", fromTime == toTime ? "The date range is empty: 'from' equals 'to'." : "Must not be after 'to'.");
        errors.Slug("story", story, required: false);
        if (topic is not null) await CheckTopicAsync(topic, store, errors, ct);
        if (errors.Any) return (null, null, Problems.Invalid(errors));

        var ids = await store.SourceIdsAsync(slugs, ct);
        var missing = slugs.Where(s => !ids.ContainsKey(s)).ToList();
        if (missing.Count > 0) return (null, null, Problems.NotFound($"No source {string.Join(", ", missing.Select(m => $"'{m}'"))}."));
        long? storyId = null;
        if (story is not null && (storyId = await store.StoryIdAsync(story, ct)) is null) return (null, null, Problems.NotFound($"No story '{story}'."));
        return (new ArticleSet(storyId, slugs.Select(s => ids[s]).ToArray(), fromTime, toTime), slugs, null);
    }

    static async Task<Results<Ok<Paged<ComparisonEvidence>>, ValidationProblem, ProblemHttpResult>> StoryEvidence(
        [Description("Story slug.")] string slug, [AsParameters] EvidenceQuery query, ComparisonsStore store, CancellationToken ct)
    {
        if (await store.StoryIdAsync(slug, ct) is not { } storyId) return Problems.NotFound($"No story '{slug}'.");
        return await EvidenceAsync(store, new ArticleSet(storyId, null, null, null), query, ct);
    }

    static async Task<Results<Ok<Paged<ComparisonEvidence>>, ValidationProblem, ProblemHttpResult>> SourcesEvidence(
        [AsParameters] EvidenceQuery query, ComparisonsStore store, CancellationToken ct,
        [Description("The comparison's sources (ignored but allowed, so comparison links work as they are).")] string? sources = null,
        [Description("Published at or after: a date (2023-07-01) or an ISO 8601 time.")] string? from = null,
        [Description("Published at or before: a date (inclusive) or an ISO 8601 time.")] string? to = null,
        [Description("Only articles of this story (slug).")] string? story = null)
    {
        var (set, _, problem) = await SourcesSetAsync(store, query.Source, from, to, story, null, ct);
        if (problem is ProblemHttpResult p) return p;
        if (problem is ValidationProblem v) return v;
        return await EvidenceAsync(store, set!, query, ct);
    }

    /// <summary>The query parameters both evidence endpoints share: whose evidence, which of it, which page.</summary>
    sealed class EvidenceQuery
    {
        [FromQuery(Name = "source"), Description("Source slug (required).")] public string? Source { get; init; }
        [FromQuery(Name = "topic"), Description("A topic key: the topic's evidence.")] public string? Topic { get; init; }
        [FromQuery(Name = "kind"), Description("topics, claims, sourcing or loaded.")] public string? Kind { get; init; }
        [FromQuery(Name = "category"), Description("A category key.")] public string? Category { get; init; }
        [FromQuery(Name = "target"), Description("Claims: target category.")] public string? Target { get; init; }
        [FromQuery(Name = "actor"), Description("Claims: actor (russia, us, ukraine, israel, unknown).")] public string? Actor { get; init; }
        [FromQuery(Name = "framing"), Description("Claims: hedged, attributed, denied, asserted.")] public string? Framing { get; init; }
        [FromQuery(Name = "voice"), Description("outlet, quotation or comments.")] public string? Voice { get; init; }
        [FromQuery(Name = "attributed"), Description("true: only reporting phrases with an attribution (named, anonymous, unresolved).")]
        public bool? Attributed { get; init; }
        [FromQuery(Name = "page"), Description("Page number, from 1.")] public int? Page { get; init; }
        [FromQuery(Name = "page_size"), Description("Items per page, 1-200 (default 50).")] public int? PageSize { get; init; }
    }

    static async Task<Results<Ok<Paged<ComparisonEvidence>>, ValidationProblem, ProblemHttpResult>> EvidenceAsync(
        ComparisonsStore store, ArticleSet set, EvidenceQuery q, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (p, size, offset) = Paging.Check(q.Page, q.PageSize, errors);
        if (q.Source is null) errors.Add("source", "Required: the source whose evidence to list.");
        else errors.Slug("source", q.Source);
        if (q.Kind is not null && q.Kind is not ("topics" or "claims" or "sourcing" or "loaded")) errors.Add("kind", "Must be topics, claims, sourcing or loaded.");
        if (q.Framing is not null && !Analysis.Names.Framings.Contains(q.Framing)) errors.Add("framing", "Must be asserted, hedged, attributed or denied.");
        if (q.Voice is not null && q.Voice is not ("outlet" or "quotation" or "comments")) errors.Add("voice", "Must be outlet, quotation or comments.");
        if (q.Topic is not null && (q.Kind ?? "topics") != "topics") errors.Add("topic", "A topic implies kind=topics.");
        if (q.Topic is not null && q.Category is not null && q.Topic != q.Category) errors.Add("topic", "Give either topic or category.");
        if (errors.Any) return Problems.Invalid(errors);

        var ids = await store.SourceIdsAsync([q.Source!], ct);
        if (!ids.TryGetValue(q.Source!, out var sourceId)) return Problems.NotFound($"No source '{q.Source}'.");
        var filter = new ComparisonsStore.EvidenceFilter(q.Topic is not null ? "topics" : q.Kind, q.Topic ?? q.Category, q.Target, q.Actor,
            q.Framing, q.Voice, q.Attributed);
        var rows = await store.EvidenceAsync(set, sourceId, filter, size, offset, ct);
        var items = rows.Select(r => new ComparisonEvidence(r.ArticleId, r.Title, r.Source, r.Lexicon, r.LexiconVersionId, r.Category, r.Matched,
            r.Start, r.End, r.Sentence, r.Voice, r.Segment, r.Target, r.Actor, r.Framing, r.Marker, r.Attribution, r.Context.Trim())).ToList();
        return TypedResults.Ok(new Paged<ComparisonEvidence>(items, p, size, rows.Count > 0 ? rows[0].Total : 0));
    }
}

/// <summary>
/// Built comparisons by request, with their serialised (and gzipped) JSON and CSV. An entry is current while no
/// change was notified since it was built or checked (<see cref="ChangeListener"/>), so a repeated request for
/// unchanged data needs no database round trip. Bounded in size.
/// </summary>
public sealed class ComparisonCache(ChangeListener listener, ILogger<ComparisonCache> log)
{
    public sealed class Entry(string stamp, long generation, ComparisonResponse response, JsonSerializerOptions options)
    {
        readonly Lazy<byte[]> _json = new(() => JsonSerializer.SerializeToUtf8Bytes(response, options));
        readonly Lazy<byte[]> _csv = new(() => ComparisonCsv.Write(response));
        byte[]? _jsonGzip;
        byte[]? _csvGzip;
        long _generation = generation;

        public string Stamp { get; } = stamp;
        public ComparisonResponse Response { get; } = response;
        public long Generation { get => Interlocked.Read(ref _generation); set => Interlocked.Exchange(ref _generation, value); }
        public byte[] Json => _json.Value;
        public byte[] Csv => _csv.Value;
        // Computed at most a few times under a race, and never changed: a plain field is enough.
        public byte[] JsonGzip => _jsonGzip ??= Gzip(Json);
        public byte[] CsvGzip => _csvGzip ??= Gzip(Csv);
    }

    const int MaxEntries = 512;
    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public ChangeListener Listener { get; } = listener;

    public ILogger Log { get; } = log;

    public Entry? Get(string key) => _entries.TryGetValue(key, out var e) ? e : null;

    public Entry Set(string key, Entry entry)
    {
        if (_entries.Count >= MaxEntries) _entries.Clear();
        _entries[key] = entry;
        return entry;
    }

    static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal))
            gzip.Write(bytes);
        return output.ToArray();
    }
}
