using System.ComponentModel;
using FramingApi.Analysis.Lexicons;
using FramingApi.Articles;
using FramingApi.Comparisons;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.TimeSeries;

/// <summary>The query parameters both series share: which sources, which articles of theirs, which buckets, which format.</summary>
public class SeriesScopeQuery
{
    [FromQuery(Name = "sources"), Description("Comma-separated source slugs, 1-50 (required).")] public string? Sources { get; init; }
    [FromQuery(Name = "from"), Description("Published at or after (required): a date (2023-07-20, 00:00 UTC) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] public string? From { get; init; }
    [FromQuery(Name = "to"), Description("Published at or before (required): a date (the whole day, UTC) or an ISO 8601 time with its offset. At most 1,000 buckets from from to to.")] public string? To { get; init; }
    [NamesFrom(typeof(TimeSeriesNames), nameof(TimeSeriesNames.Intervals)), FromQuery(Name = "interval"), Description("day (default), week (Monday to Sunday) or month; buckets start at 00:00 UTC.")] public string? Interval { get; init; }
    [FromQuery(Name = "story"), Description("Only articles of this story (slug).")] public string? Story { get; init; }
    [NamesFrom(typeof(OptionNames), nameof(OptionNames.JsonOrCsv)), FromQuery(Name = "format"), Description("json (default) or csv; Accept: text/csv works too.")] public string? Format { get; init; }
    [FromQuery(Name = CsvCells.Parameter), Description(CsvCells.Description)] public bool? EscapeFormulas { get; init; }
}

/// <summary>The query parameters of GET /api/timeseries.</summary>
public sealed class SeriesQuery : SeriesScopeQuery
{
    [NamesFrom(typeof(TimeSeriesNames), nameof(TimeSeriesNames.Metrics)), FromQuery(Name = "metric"), Description("What to measure (required): articles, topic_coverage or topic_emphasis (with topic), hedged_share, attributed_share, denied_share or asserted_share (optionally target and actor), anonymous_share, loaded_per_1000 (optionally category), category_per_1000 (with lexicon and category). docs/OVER-TIME.md says what each means.")] public string? Metric { get; init; }
    [LexiconKeys(LexiconKinds.Topics), FromQuery(Name = "topic"), Description("topic_coverage and topic_emphasis: the topic key (required for them, not allowed with other metrics).")] public string? Topic { get; init; }
    [LexiconKeys(LexiconKinds.Claims, CategoryRoles.Target), FromQuery(Name = "target"), Description("Framing shares: only claims of this target (a target category of a claims lexicon).")] public string? Target { get; init; }
    [LexiconKeys(LexiconKinds.Claims, CategoryRoles.Actor), FromQuery(Name = "actor"), Description("Framing shares: only claims with this actor (an actor category of a claims lexicon, or unknown).")] public string? Actor { get; init; }
    [FromQuery(Name = "lexicon"), Description("category_per_1000: the lexicon (its name) whose category to count.")] public string? Lexicon { get; init; }
    [FromQuery(Name = "category"), Description("loaded_per_1000: only this loaded-language category; category_per_1000: the lexicon's category (required).")] public string? Category { get; init; }
}

/// <summary>The query parameters of GET /api/attention.</summary>
public sealed class AttentionQuery : SeriesScopeQuery
{
    [FromQuery(Name = "q"), Description("The search (required), in web-search syntax as for GET /api/articles?q=: words, \"quoted phrases\", or, -word; at most 500 characters.")] public string? Q { get; init; }
}

/// <summary>A time series request, checked and resolved: the articles, the metric, the buckets, and its cache key.</summary>
public sealed record SeriesRequest(string Key, ArticleSet Articles, SeriesFilter Filter, BucketInterval Interval, DateTime[] Buckets,
    IReadOnlyList<(long Id, string Slug)> Sources, string? Story, bool Csv);

/// <summary>An attention request, checked and resolved.</summary>
public sealed record AttentionRequest(string Key, ArticleSet Articles, string Q, string Query, BucketInterval Interval, DateTime[] Buckets,
    IReadOnlyList<(long Id, string Slug)> Sources, string? Story, bool Csv);

/// <summary>
/// Turns the parameters of the series endpoints into what they read, one small check per parameter; every mistake is
/// a 400 naming its parameter (an unknown source, story, metric, interval, topic, target, actor, lexicon or category;
/// from after to; too many buckets; a parameter the metric does not take; a search of only stop words).
/// </summary>
public sealed class TimeSeriesResolver(TimeSeriesStore store, References references)
{
    /// <summary>At most this many sources per series, as in a sources comparison.</summary>
    public const int MaxSources = ComparisonResolver.MaxSources;

    public async Task<Resolved<SeriesRequest>> SeriesAsync(HttpContext http, SeriesQuery q, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var scope = CheckScope(http, q, errors);
        var metric = CheckMetric(q, errors);
        // Every name checked against the lexicons in one pass, whatever else is wrong, so that one 400 names every
        // problem (lexicon=nope without category: the unknown lexicon and the missing category), as the differences do.
        var filter = metric is { } m ? CheckKeys(m, q, await store.CategoriesAsync(ct), errors) : null;
        var sources = await ResolveAsync(scope, errors, ct);
        if (errors.Any) return Problems.Invalid(errors);
        var key = $"timeseries:{scope.Normalised.Query}&interval={TimeSeriesNames.Intervals.Name(scope.Interval)}&metric={q.Metric}"
            + $"&topic={q.Topic}&target={q.Target}&actor={q.Actor}&lexicon={q.Lexicon}&category={q.Category}";
        return new Resolved<SeriesRequest>(new SeriesRequest(key, sources!.Value.Set, filter!, scope.Interval, scope.Buckets, sources.Value.Ids,
            q.Story, scope.Csv));
    }

    public async Task<Resolved<AttentionRequest>> AttentionAsync(HttpContext http, AttentionQuery q, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var scope = CheckScope(http, q, errors);
        SearchQuery.CheckForm(q.Q, errors, required: true);
        var query = errors.Has("q") ? null : await store.ParseSearchAsync(q.Q!, errors, ct);
        var sources = await ResolveAsync(scope, errors, ct);
        if (errors.Any) return Problems.Invalid(errors);
        var key = $"attention:{scope.Normalised.Query}&interval={TimeSeriesNames.Intervals.Name(scope.Interval)}&q={Uri.EscapeDataString(q.Q!)}";
        return new Resolved<AttentionRequest>(new AttentionRequest(key, sources!.Value.Set, q.Q!, query!, scope.Interval, scope.Buckets,
            sources.Value.Ids, q.Story, scope.Csv));
    }

    /// <summary>The checked scope: slugs, range, interval, buckets and format (with errors naming what is wrong).</summary>
    sealed record Scope(SourcesQuery Normalised, DateRange Range, BucketInterval Interval, DateTime[] Buckets, bool Csv);

    static Scope CheckScope(HttpContext http, SeriesScopeQuery q, FieldErrors errors)
    {
        var normalised = new SourcesQuery(q.Sources, q.From, q.To, q.Story);
        ComparisonResolver.CheckSources(normalised.Slugs, errors);
        if (q.From is null) errors.Add("from", "Required: the start of the series, e.g. from=2023-07-20.");
        if (q.To is null) errors.Add("to", "Required: the end of the series, e.g. to=2023-07-31 (the whole day).");
        var range = QueryValues.DateRange(q.From, q.To, errors);
        errors.Slug("story", q.Story, required: false);
        var csv = ComparisonCache.WantsCsv(http, q.Format, errors);
        CsvCells.Check(q.EscapeFormulas, csv, errors);
        CsvCells.Request(http, q.EscapeFormulas);

        var interval = BucketInterval.Day;
        if (errors.OneOf("interval", q.Interval, TimeSeriesNames.Intervals) && q.Interval is not null) interval = TimeSeriesNames.Intervals.Parse(q.Interval);

        DateTime[] buckets = [];
        if (range is { From: { } from, To: { } to } && from <= to && !errors.Any)
        {
            var count = Buckets.Count(from, to, interval);
            if (count > Buckets.MaxBuckets)
                errors.Add("interval", $"From {Echo.Quote(q.From)} to {Echo.Quote(q.To)} makes {count:N0} {TimeSeriesNames.Intervals.Name(interval)} buckets; at most "
                    + $"{Buckets.MaxBuckets:N0}: choose a longer interval or a shorter range.");
            else buckets = Buckets.Of(from, to, interval);
        }
        return new Scope(normalised, range, interval, buckets, csv);
    }

    static SeriesMetric? CheckMetric(SeriesQuery q, FieldErrors errors)
    {
        if (q.Metric is null) { errors.Add("metric", $"Required: {TimeSeriesNames.Metrics.Describe()}."); return null; }
        if (!TimeSeriesNames.Metrics.IsKnown(q.Metric))
        {
            // The differences endpoints name two of their metrics otherwise: say so rather than only listing ours.
            var hint = q.Metric switch
            {
                MetricNames.CategoryRate => $"The differences' {MetricNames.CategoryRate} is {TimeSeriesNames.CategoryPer1000} here.",
                MetricNames.TopicSentenceShare => $"{MetricNames.TopicSentenceShare} is a comparison measure only; over time, use {TimeSeriesNames.TopicEmphasis} or {TimeSeriesNames.TopicCoverage}.",
                _ => "",
            };
            errors.Add("metric", TimeSeriesNames.Metrics.Unknown("metric", q.Metric, hint));
            return null;
        }
        var metric = TimeSeriesNames.Metrics.Parse(q.Metric);
        var topics = metric is SeriesMetric.TopicCoverage or SeriesMetric.TopicEmphasis;
        var framing = new SeriesFilter(metric).Framing is not null;
        // The names a metric needs (topic; lexicon and category) are required by Require, which lists them.
        Allowed("topic", q.Topic, topics, q.Metric, errors);
        Allowed("target", q.Target, framing, q.Metric, errors);
        Allowed("actor", q.Actor, framing, q.Metric, errors);
        Allowed("lexicon", q.Lexicon, metric == SeriesMetric.CategoryPer1000, q.Metric, errors);
        Allowed("category", q.Category, metric is SeriesMetric.LoadedPer1000 or SeriesMetric.CategoryPer1000, q.Metric, errors);
        return metric;
    }

    /// <summary>
    /// The names a metric needs and was not given (topic_coverage and topic_emphasis: topic; category_per_1000: lexicon
    /// and category): each one's error lists the names it may be, as an unknown one's does — the lexicon's categories
    /// once the lexicon is known.
    /// </summary>
    static void Require(SeriesMetric metric, SeriesQuery q, IReadOnlyList<TimeSeriesStore.LexiconCategory> categories, FieldErrors errors)
    {
        var topic = metric is SeriesMetric.TopicCoverage or SeriesMetric.TopicEmphasis && q.Topic is null;
        var rate = metric == SeriesMetric.CategoryPer1000;
        var required = $"Required with metric={q.Metric}.";
        if (topic) errors.Required("topic", required, categories.Where(c => c.Kind == LexiconKinds.Topics).Select(c => c.Key));
        if (rate && q.Lexicon is null) errors.Required("lexicon", required, categories.Select(c => c.Lexicon));
        if (rate && q.Category is null) errors.Required("category", required, categories.Where(c => c.Lexicon == q.Lexicon).Select(c => c.Key));
    }

    /// <summary>A parameter a metric takes, or does not take: an error naming it when it is given in vain.</summary>
    static void Allowed(string field, string? value, bool takes, string metric, FieldErrors errors)
    {
        if (value is not null && !takes) errors.Add(field, $"metric={metric} does not take {field}.");
        else if (value is not null) errors.Text(field, value, 200, required: true);
    }

    /// <summary>The metric's filter, each key checked against the lexicons' categories (latest versions).</summary>
    static SeriesFilter CheckKeys(SeriesMetric metric, SeriesQuery q, IReadOnlyList<TimeSeriesStore.LexiconCategory> categories, FieldErrors errors)
    {
        string? kind = metric switch
        {
            SeriesMetric.Articles => null,
            SeriesMetric.TopicCoverage or SeriesMetric.TopicEmphasis => LexiconKinds.Topics,
            SeriesMetric.AnonymousShare => LexiconKinds.Sourcing,
            SeriesMetric.LoadedPer1000 => LexiconKinds.Loaded,
            SeriesMetric.CategoryPer1000 => categories.FirstOrDefault(c => c.Lexicon == q.Lexicon)?.Kind,
            _ => LexiconKinds.Claims,
        };
        Require(metric, q, categories, errors);
        // A name already refused (one the metric does not take, or not text) is not looked up as well.
        void Known(string field, string? value, IEnumerable<string> keys, string what)
        {
            if (!errors.Has(field)) errors.Known(field, value, keys, what);
        }
        var claims = categories.Where(c => c.Kind == LexiconKinds.Claims).ToList();
        Known("topic", q.Topic, categories.Where(c => c.Kind == LexiconKinds.Topics).Select(c => c.Key), "topic key");
        Known("target", q.Target, claims.Where(c => c.Role == CategoryRoles.Target).Select(c => c.Key), "claim target");
        Known("actor", q.Actor, claims.Where(c => c.Role == CategoryRoles.Actor).Select(c => c.Key).Append(ClaimActorNames.Unknown), "claim actor");
        Known("lexicon", q.Lexicon, categories.Select(c => c.Lexicon), "lexicon");
        var categoryKeys = metric == SeriesMetric.LoadedPer1000
            ? categories.Where(c => c.Kind == LexiconKinds.Loaded).Select(c => c.Key)
            : categories.Where(c => c.Lexicon == q.Lexicon).Select(c => c.Key);
        if (metric == SeriesMetric.LoadedPer1000 || !errors.Has("lexicon")) Known("category", q.Category, categoryKeys, metric == SeriesMetric.LoadedPer1000 ? "loaded-language category" : $"category of {q.Lexicon}");
        return new SeriesFilter(metric, q.Topic, q.Target, q.Actor, q.Lexicon, q.Category, kind);
    }

    /// <summary>The sources' and story's ids (400 naming the parameter for one that does not exist), and the articles they
    /// cover; looked up whatever else is wrong (a typo in a source is named with a wrong metric), unless the slugs are
    /// malformed.</summary>
    async Task<(ArticleSet Set, IReadOnlyList<(long Id, string Slug)> Ids)?> ResolveAsync(Scope scope, FieldErrors errors, CancellationToken ct)
    {
        var slugs = scope.Normalised.Slugs;
        if (await references.SourcesAndStoryAsync(slugs, scope.Normalised.Story, errors, ct) is not { } ids) return null;
        return (new ArticleSet(ids.Story, ids.Sources, scope.Range.From, scope.Range.To), ids.Sources.Zip(slugs, (id, slug) => (id, slug)).ToList());
    }
}
