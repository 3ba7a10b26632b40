using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>
/// A comparison request resolved against the database: the articles it covers and how its answer is presented.
/// <paramref name="Key"/> names it in the cache; it is known before anything is resolved (<see cref="StoryKey"/>,
/// <see cref="SourcesKey"/>, <see cref="DifferencesKey"/>), so a cached answer needs no resolving. With a
/// <paramref name="Metric"/> it asks for the differences of that metric between the sources, else for the comparison
/// (with the categories of <paramref name="Lexicons"/>, or of the default lexicons when null).
/// </summary>
public sealed record ComparisonRequest(string Key, ArticleSet Articles, string? Story, ComparisonScope Scope, string EvidenceBase,
    string? Topic, string FileName, IReadOnlyList<string>? Lexicons = null, MetricQuery? Metric = null)
{
    public static string StoryKey(string slug, string? topic, IReadOnlyList<string>? lexicons = null) =>
        $"story:{slug}:{topic}:{LexiconList.Key(lexicons)}";

    public static string SourcesKey(SourcesQuery query, string? topic, IReadOnlyList<string>? lexicons = null) =>
        $"sources:{query.Query}:{topic}:{LexiconList.Key(lexicons)}";

    /// <summary>The differences of a metric over the articles of a story or sources comparison's key.</summary>
    public static string DifferencesKey(string comparisonKey, MetricQuery metric) => $"differences:{comparisonKey}:{metric.Key}";

    /// <summary>The answer for the data read: the comparison or the differences, and a writer of its CSV.</summary>
    public (object Response, Func<byte[]> Csv) Build(ComparisonsStore.ArticleData data)
    {
        if (Metric is { } metric)
        {
            var differences = ComparisonDifferences.Build(data, Story, Scope, EvidenceBase, metric);
            return (differences, () => ComparisonCsv.WriteDifferences(differences));
        }
        var comparison = ComparisonBuilder.Build(data, Story, Scope, EvidenceBase, Topic, Lexicons);
        return (comparison, () => ComparisonCsv.Write(comparison));
    }
}

/// <summary>The lexicons a comparison lists per 1,000 words (<c>lexicon=a,b</c>).</summary>
public static class LexiconList
{
    /// <summary>The names of a comma-separated list, trimmed, without repeats, sorted (one cache entry per set); null when
    /// the parameter is absent (the default lexicons).</summary>
    public static IReadOnlyList<string>? Parse(string? value) =>
        value is null ? null : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The list in a cache key: empty for the default.</summary>
    public static string Key(IReadOnlyList<string>? lexicons) => lexicons is null ? "" : "=" + string.Join(',', lexicons.Select(Uri.EscapeDataString));
}

/// <summary>
/// The parameters of a sources comparison, normalised so that requests asking the same question share one cache
/// entry and one answer: the slugs deduplicated and sorted; each date bound the instant it means, to the microsecond
/// (PostgreSQL's precision, so nothing finer can change which articles fall in the range), written back as a date
/// when it is a whole UTC day ("to=2023-07-31" and "to=2023-07-31T23:59:59.999999Z" are one question). Bounds that do
/// not parse stay as sent (the request is then refused, and nothing is cached).
/// </summary>
public sealed record SourcesQuery(string? Sources, string? From, string? To, string? Story)
{
    public List<string> Slugs { get; } = QueryValues.SlugList(Sources).Order(StringComparer.Ordinal).ToList();

    public string? FromBound { get; } = Normalise(From, endOfDay: false);

    public string? ToBound { get; } = Normalise(To, endOfDay: true);

    public string Query => $"sources={Uri.EscapeDataString(string.Join(',', Slugs))}"
        + (FromBound is null ? "" : $"&from={Uri.EscapeDataString(FromBound)}") + (ToBound is null ? "" : $"&to={Uri.EscapeDataString(ToBound)}")
        + (Story is null ? "" : $"&story={Uri.EscapeDataString(Story)}");

    static string? Normalise(string? value, bool endOfDay)
    {
        if (value is null) return null;
        var errors = new FieldErrors();
        if (QueryValues.DateBound("bound", value, endOfDay, errors, strict: true) is not { } instant) return value;
        var utc = instant.ToUniversalTime();
        var micro = new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
        var day = micro.Date;
        if (!endOfDay && micro.TimeOfDay == TimeSpan.Zero) return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (endOfDay && micro == new DateTimeOffset(day, TimeSpan.Zero).AddDays(1).AddTicks(-10))
            return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return micro.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A value resolved from a request, or why it could not be: fields to fix (400), or a path naming nothing (404).</summary>
public readonly record struct Resolved<T>(T? Value, ValidationProblem? Invalid = null, ProblemHttpResult? NotFound = null)
{
    public static implicit operator Resolved<T>(ValidationProblem invalid) => new(default, invalid);
    public static implicit operator Resolved<T>(ProblemHttpResult notFound) => new(default, null, notFound);
}

/// <summary>
/// Turns the parameters of the comparison endpoints into what they compare, one small resolver per parameter. Follows
/// the error policy: a story in the path that does not exist is 404; a query value that names nothing (a source, a
/// story, a topic) is 400 naming the parameter.
/// </summary>
public sealed class ComparisonResolver(ComparisonsStore store, References references)
{
    /// <summary>At most this many sources in a sources comparison.</summary>
    public const int MaxSources = 50;

    public async Task<Resolved<ComparisonRequest>> StoryAsync(string slug, string? topic, CancellationToken ct,
        IReadOnlyList<string>? lexicons = null, MetricParameters? metric = null)
    {
        var errors = new FieldErrors();
        await TopicAsync(topic, errors, ct);
        var (names, query) = await LexiconsAndMetricAsync(lexicons, metric, errors, ct);
        if (errors.Any) return Problems.Invalid(errors);
        if (await StoryIdAsync(slug, ct) is not { } storyId) return Problems.NotFound($"No story {Echo.Quote(slug)}.");
        var key = ComparisonRequest.StoryKey(slug, topic, names);
        return new Resolved<ComparisonRequest>(new ComparisonRequest(query is null ? key : ComparisonRequest.DifferencesKey(key, query),
            new ArticleSet(storyId, null, null, null), slug, new ComparisonScope(ComparisonKindNames.Story, null, null, null, topic),
            $"/api/stories/{Uri.EscapeDataString(slug)}/comparison/evidence?", topic,
            query is null ? $"comparison-{slug}" : $"differences-{slug}-{query.Metric}", names, query));
    }

    public async Task<Resolved<ComparisonRequest>> SourcesAsync(SourcesQuery query, string? topic, CancellationToken ct,
        IReadOnlyList<string>? lexicons = null, MetricParameters? metric = null)
    {
        // One 400 names every mistake: a typo in a source beside a wrong metric, not the one and then the other.
        var errors = new FieldErrors();
        var set = await SourcesSetAsync(query, topic, errors, ct);
        var (names, asked) = await LexiconsAndMetricAsync(lexicons, metric, errors, ct);
        if (errors.Any || set is not { } articles) return Problems.Invalid(errors);
        var key = ComparisonRequest.SourcesKey(query, topic, names);
        return new Resolved<ComparisonRequest>(new ComparisonRequest(asked is null ? key : ComparisonRequest.DifferencesKey(key, asked), articles,
            query.Story, new ComparisonScope(ComparisonKindNames.Sources, query.Slugs, articles.From?.UtcDateTime, articles.To?.UtcDateTime, topic),
            $"/api/comparisons/sources/evidence?{query.Query}&", topic,
            asked is null ? "comparison-sources" : $"differences-sources-{asked.Metric}", names, asked));
    }

    /// <summary>The lexicons of lexicon= (each must exist) and the metric of the differences, checked against the lexicons'
    /// latest categories; the metric query is null for a comparison.</summary>
    async Task<(IReadOnlyList<string>? Lexicons, MetricQuery? Metric)> LexiconsAndMetricAsync(IReadOnlyList<string>? lexicons,
        MetricParameters? metric, FieldErrors errors, CancellationToken ct)
    {
        if (lexicons is null && metric is null) return (null, null);
        var keys = await store.LexiconKeysAsync(ct);
        if (lexicons is not null)
        {
            var known = keys.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
            if (lexicons.Count == 0) errors.Add("lexicon", "Name at least one lexicon: lexicon=a,b (leave the parameter out for the default).");
            foreach (var name in lexicons.Where(n => !known.Contains(n)))
                errors.Add("lexicon", SlugIds.UnknownLexicon(name, known));
        }
        return (lexicons, metric?.Check(keys, errors));
    }

    /// <summary>The articles of a sources comparison: its sources, date range and story checked and resolved (null,
    /// with the errors added, when any is wrong; the slugs are looked up whatever else is wrong, unless malformed).</summary>
    async Task<ArticleSet?> SourcesSetAsync(SourcesQuery query, string? topic, FieldErrors errors, CancellationToken ct)
    {
        CheckSources(query.Slugs, errors);
        var range = CheckRange(query.FromBound, query.ToBound, query.Story, errors);
        await TopicAsync(topic, errors, ct);
        if (await references.SourcesAndStoryAsync(query.Slugs, query.Story, errors, ct) is not { } ids) return null;
        return new ArticleSet(ids.Story, ids.Sources, range.From, range.To);
    }

    /// <summary>The articles of a sources comparison's evidence: its date range and story (the source is the evidence query's).</summary>
    public async Task<Resolved<ArticleSet>> RangeSetAsync(string? from, string? to, string? story, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var range = CheckRange(from, to, story, errors);
        if (errors.Any) return Problems.Invalid(errors);
        var storyId = (await references.ResolveAsync(null, story, ct, read: true)).Story("story", story, errors);
        if (errors.Any) return Problems.Invalid(errors);
        return new Resolved<ArticleSet>(new ArticleSet(storyId, null, range.From, range.To));
    }

    /// <summary>The story of a story's evidence: 404 when the path names none.</summary>
    public async Task<Resolved<ArticleSet>> StorySetAsync(string slug, CancellationToken ct) =>
        await StoryIdAsync(slug, ct) is { } storyId
            ? new Resolved<ArticleSet>(new ArticleSet(storyId, null, null, null))
            : Problems.NotFound($"No story {Echo.Quote(slug)}.");

    /// <summary>The source whose evidence is listed: required, and 400 when it does not exist.</summary>
    public async Task<long?> EvidenceSourceAsync(string? slug, FieldErrors errors, CancellationToken ct)
    {
        if (slug is null) { errors.Add("source", "Required: the source whose evidence to list."); return null; }
        errors.Slug("source", slug);
        if (errors.Any) return null;
        return (await references.ResolveAsync(slug, null, ct, read: true)).Source("source", slug, errors);
    }

    /// <summary>A non-empty date range and the form of an optional story slug.</summary>
    static DateRange CheckRange(string? from, string? to, string? story, FieldErrors errors)
    {
        var range = QueryValues.DateRange(from, to, errors);
        if (range.From is not null && range.From == range.To) errors.Add("from", "The date range is empty: 'from' equals 'to'.");
        errors.Slug("story", story, required: false);
        return range;
    }

    /// <summary>The sources list of a sources comparison or a time series: one to <see cref="MaxSources"/> slugs.</summary>
    internal static void CheckSources(List<string> slugs, FieldErrors errors)
    {
        if (slugs.Count == 0) errors.Add("sources", "Required: at least one source, as comma-separated slugs, e.g. sources=hngn,libertarian-institute (GET /api/sources lists them).");
        else if (slugs.Count > MaxSources) errors.Add("sources", $"At most {MaxSources} sources (got {slugs.Count}).");
        else foreach (var s in slugs) errors.Slug("sources", s);
    }

    /// <summary>An optional topic, which must be one the comparisons list.</summary>
    async Task TopicAsync(string? topic, FieldErrors errors, CancellationToken ct)
    {
        if (topic is null) return;
        errors.Known("topic", topic, await store.TopicKeysAsync(ct));
    }

    async Task<long?> StoryIdAsync(string slug, CancellationToken ct) =>
        (await references.ResolveAsync(null, slug, ct, read: true)).Stories.TryGetValue(slug, out var id) ? id : null;
}
