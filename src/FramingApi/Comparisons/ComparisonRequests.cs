using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

/// <summary>
/// A comparison request resolved against the database: the articles it covers and how its answer is presented.
/// <paramref name="Key"/> names it in the cache; it is known before anything is resolved (<see cref="StoryKey"/>,
/// <see cref="SourcesKey"/>), so a cached answer needs no resolving.
/// </summary>
public sealed record ComparisonRequest(string Key, ArticleSet Articles, string? Story, ComparisonScope Scope, string EvidenceBase,
    string? Topic, string FileName)
{
    public static string StoryKey(string slug, string? topic) => $"story:{slug}:{topic}";

    public static string SourcesKey(SourcesQuery query, string? topic) => $"sources:{query.Query}:{topic}";
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
        if (QueryValues.DateBound("bound", value, endOfDay, errors) is not { } instant) return value;
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

    public async Task<Resolved<ComparisonRequest>> StoryAsync(string slug, string? topic, CancellationToken ct)
    {
        var errors = new FieldErrors();
        await TopicAsync(topic, errors, ct);
        if (errors.Any) return Problems.Invalid(errors);
        if (await StoryIdAsync(slug, ct) is not { } storyId) return Problems.NotFound($"No story '{slug}'.");
        return new Resolved<ComparisonRequest>(new ComparisonRequest(ComparisonRequest.StoryKey(slug, topic),
            new ArticleSet(storyId, null, null, null), slug, new ComparisonScope(ComparisonKindNames.Story, null, null, null, topic),
            $"/api/stories/{Uri.EscapeDataString(slug)}/comparison/evidence?", topic, $"comparison-{slug}"));
    }

    public async Task<Resolved<ComparisonRequest>> SourcesAsync(SourcesQuery query, string? topic, CancellationToken ct)
    {
        var set = await SourcesSetAsync(query, topic, ct);
        if (set.Value is not { } articles) return set.Invalid!;
        return new Resolved<ComparisonRequest>(new ComparisonRequest(ComparisonRequest.SourcesKey(query, topic), articles, query.Story,
            new ComparisonScope(ComparisonKindNames.Sources, query.Slugs, articles.From, articles.To, topic),
            $"/api/comparisons/sources/evidence?{query.Query}&", topic, "comparison-sources"));
    }

    /// <summary>The articles of a sources comparison: its sources, date range and story checked and resolved.</summary>
    public async Task<Resolved<ArticleSet>> SourcesSetAsync(SourcesQuery query, string? topic, CancellationToken ct)
    {
        var errors = new FieldErrors();
        CheckSources(query.Slugs, errors);
        var range = CheckRange(query.FromBound, query.ToBound, query.Story, errors);
        await TopicAsync(topic, errors, ct);
        if (errors.Any) return Problems.Invalid(errors);

        var ids = await references.ResolveAsync(query.Slugs, query.Story is null ? [] : [query.Story], ct, read: true);
        var sourceIds = query.Slugs.Select(s => ids.Source("sources", s, errors)).ToList();
        var storyId = ids.Story("story", query.Story, errors);
        if (errors.Any) return Problems.Invalid(errors);
        return new Resolved<ArticleSet>(new ArticleSet(storyId, sourceIds.Select(id => id!.Value).ToArray(), range.From, range.To));
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
            : Problems.NotFound($"No story '{slug}'.");

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

    static void CheckSources(List<string> slugs, FieldErrors errors)
    {
        if (slugs.Count == 0) errors.Add("sources", "Name at least one source: sources=a,b,c.");
        else if (slugs.Count > MaxSources) errors.Add("sources", $"At most {MaxSources} sources (got {slugs.Count}).");
        else foreach (var s in slugs) errors.Slug("sources", s);
    }

    /// <summary>An optional topic, which must be one the comparisons list.</summary>
    async Task TopicAsync(string? topic, FieldErrors errors, CancellationToken ct)
    {
        if (topic is null) return;
        var known = await store.TopicKeysAsync(ct);
        if (!known.Contains(topic)) errors.Add("topic", $"Unknown topic '{topic}'. Known topics: {string.Join(", ", known)}.");
    }

    async Task<long?> StoryIdAsync(string slug, CancellationToken ct) =>
        (await references.ResolveAsync(null, slug, ct, read: true)).Stories.TryGetValue(slug, out var id) ? id : null;
}
