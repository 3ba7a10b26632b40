using System.ComponentModel;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using static FramingApi.Infrastructure.Vocabulary;

namespace FramingApi.Comparisons;

public static class ComparisonsApi
{
    public static IEndpointRouteBuilder MapComparisons(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/stories/{slug}/comparison", StoryComparison).WithName("GetStoryComparison").WithTags("Comparisons")
            .WithSummary("Compare the sources of a story")
            .WithDescription("""
                One row per source in the story (its articles aggregated): topic emphasis with ranks, omissions (topics
                at least half of the other sources cover), claim framing by target and actor (own voice and
                quotations apart), sourcing, loaded language, distinctive terms (Fightin' Words z-scores) and shared
                text; the categories of user dictionaries (or of the lexicons named with lexicon=) per 1,000 words. Every
                share and rate carries a 95 % interval (ci_low/ci_high fields), n_articles, n_mentions and low_n
                (docs/COMPARISON.md "Uncertainty"). Every number links to its evidence. JSON, or tidy CSV with Accept:
                text/csv or ?format=csv. Carries an ETag; If-None-Match answers 304 while the articles and lexicon
                versions are unchanged. A comparison that is not in the cache is built under limits (a few at once, and
                a rate per client: 503 or 429 with Retry-After beyond them); one in the cache is answered at once.
                """)
            .Produces<ComparisonResponse>(200, "application/json", "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(null, (200, Examples.Comparison));

        routes.MapGet("/stories/{slug}/comparison/evidence", StoryEvidence).WithName("GetStoryComparisonEvidence").WithTags("Comparisons")
            .WithCost(RequestCost.Expensive)
            .WithSummary("The evidence behind a story comparison's numbers")
            .WithDescription("""
                The evidence spans of one source's articles in the story, filtered like the links in the comparison:
                topic, or kind (topics, claims, sourcing, loaded) and category, target, actor, framing, voice, or
                attributed=true for reporting phrases (attribution=named, anonymous or unresolved for one kind of
                source). Each span comes with its article and some context. JSON, or CSV
                (format=csv or Accept: text/csv): one row per span with the JSON fields as columns, the total in
                X-Total-Count and the next page in a Link header; escape_formulas=true for a file to open in a spreadsheet.
                """)
            .Produces<Paged<ComparisonEvidence>>(200, "application/json", "text/csv")
            .WithExamples(null, (200, Examples.ComparisonEvidence));

        routes.MapGet("/comparisons/sources", SourcesComparison).WithName("CompareSources").WithTags("Comparisons")
            .WithSummary("Compare sources across their articles in a date range")
            .WithDescription("""
                The measures of the story comparison, per source, over all their articles published in [from, to]
                (optionally only those of one story, or only one topic). Up to 50 sources. JSON or CSV, with an ETag.
                """)
            .Produces<ComparisonResponse>(200, "application/json", "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(null, (200, Examples.Comparison));

        routes.MapGet("/comparisons/sources/evidence", SourcesEvidence).WithName("CompareSourcesEvidence").WithTags("Comparisons")
            .WithCost(RequestCost.Expensive)
            .WithSummary("The evidence behind a sources comparison's numbers")
            .WithDescription("As /api/stories/{slug}/comparison/evidence, for the articles of a sources comparison (source, from, to, story); JSON or CSV.")
            .Produces<Paged<ComparisonEvidence>>(200, "application/json", "text/csv")
            .WithExamples(null, (200, Examples.ComparisonEvidence));
        return routes.MapDifferences();
    }

    /// <summary>The differences endpoints: one metric across a story's sources, or across sources over a date range.</summary>
    static IEndpointRouteBuilder MapDifferences(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/stories/{slug}/comparison/differences", StoryDifferences).WithName("GetStoryComparisonDifferences").WithTags("Comparisons")
            .WithSummary("How sure: one metric's differences between a story's sources")
            .WithDescription(DifferencesDescription)
            .Produces<DifferencesResponse>(200, "application/json", "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(null, (200, Examples.StoryDifferences));

        routes.MapGet("/comparisons/sources/differences", SourcesDifferences).WithName("CompareSourcesDifferences").WithTags("Comparisons")
            .WithSummary("How sure: one metric's differences between sources over a date range")
            .WithDescription(DifferencesDescription + " The articles are those of GET /api/comparisons/sources (sources, from, to, story).")
            .Produces<DifferencesResponse>(200, "application/json", "text/csv")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithExamples(null, (200, Examples.SourcesDifferences));
        return routes;
    }

    const string DifferencesDescription = """
        For one metric (metric=, with target/actor/voice/topic/category/lexicon as it needs): each source's figure with
        its 95 % interval, n_articles, n_mentions and low_n, ranked with rank intervals (best first); and every pair of
        sources with the difference, its 95 % interval, a permutation-test p value over articles and a
        Benjamini–Hochberg q value across the pairs (docs/COMPARISON.md "Differences"). JSON, or CSV with Accept:
        text/csv or ?format=csv; an ETag like the comparisons. A missing, unknown or inapplicable parameter is a 400
        naming it. Built under the limits of a comparison rebuild (429 or 503 with Retry-After beyond them) unless
        cached.
        """;

    static async Task<IResult> StoryComparison(
        [Description("Story slug, e.g. 'biden-icc-evidence-2023'.")] string slug,
        HttpContext http, ComparisonResolver resolver, ComparisonCache cache, ClientLimits limits, CancellationToken ct,
        [NamesFrom(typeof(OptionNames), nameof(OptionNames.JsonOrCsv)), Description("json (default) or csv; Accept: text/csv works too.")] string? format = null,
        [Description(CsvCells.Description)] bool? escape_formulas = null,
        [LexiconKeys(LexiconKinds.Topics), Description("Only this topic key.")] string? topic = null,
        [Description(LexiconDescription)] string? lexicon = null)
    {
        var errors = new FieldErrors();
        var csv = ComparisonCache.WantsCsv(http, format, errors);
        CsvCells.Check(escape_formulas, csv, errors);
        if (errors.Any) return Problems.Invalid(errors);
        CsvCells.Request(http, escape_formulas);
        var lexicons = LexiconList.Parse(lexicon);
        if (cache.TryAnswer(http, ComparisonRequest.StoryKey(slug, topic, lexicons), csv) is { } cached) return cached;

        var request = await resolver.StoryAsync(slug, topic, ct, lexicons);
        return request.Value is { } r ? await BuildAsync(http, r, csv, cache, limits, ct) : (IResult?)request.Invalid ?? request.NotFound!;
    }

    const string LexiconDescription = """
        Comma-separated lexicon names whose categories to list per 1,000 words (categories[] of each source), any kind;
        default: every user dictionary (kind custom).
        """;

    static async Task<IResult> StoryDifferences(
        [Description("Story slug, e.g. 'biden-icc-evidence-2023'.")] string slug, [AsParameters] MetricParameters metric,
        HttpContext http, ComparisonResolver resolver, ComparisonCache cache, ClientLimits limits, CancellationToken ct,
        [NamesFrom(typeof(OptionNames), nameof(OptionNames.JsonOrCsv)), Description("json (default) or csv; Accept: text/csv works too.")] string? format = null,
        [Description(CsvCells.Description)] bool? escape_formulas = null)
    {
        var errors = new FieldErrors();
        var csv = ComparisonCache.WantsCsv(http, format, errors);
        CsvCells.Check(escape_formulas, csv, errors);
        if (errors.Any) return Problems.Invalid(errors);
        CsvCells.Request(http, escape_formulas);
        var key = ComparisonRequest.DifferencesKey(ComparisonRequest.StoryKey(slug, null), metric.Query());
        if (cache.TryAnswer(http, key, csv) is { } cached) return cached;

        var request = await resolver.StoryAsync(slug, null, ct, metric: metric);
        return request.Value is { } r ? await BuildAsync(http, r, csv, cache, limits, ct) : (IResult?)request.Invalid ?? request.NotFound!;
    }

    static async Task<IResult> SourcesDifferences(
        [AsParameters] MetricParameters metric, HttpContext http, ComparisonResolver resolver, ComparisonCache cache, ClientLimits limits,
        CancellationToken ct,
        [Description("Comma-separated source slugs, 1-50 (required).")] string? sources = null,
        [Description("Published at or after: a date (2023-07-01) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? from = null,
        [Description("Published at or before: a date (inclusive) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? to = null,
        [Description("Only articles of this story (slug).")] string? story = null,
        [NamesFrom(typeof(OptionNames), nameof(OptionNames.JsonOrCsv)), Description("json (default) or csv.")] string? format = null,
        [Description(CsvCells.Description)] bool? escape_formulas = null)
    {
        var errors = new FieldErrors();
        var csv = ComparisonCache.WantsCsv(http, format, errors);
        CsvCells.Check(escape_formulas, csv, errors);
        if (errors.Any) return Problems.Invalid(errors);
        CsvCells.Request(http, escape_formulas);
        var query = new SourcesQuery(sources, from, to, story);
        var key = ComparisonRequest.DifferencesKey(ComparisonRequest.SourcesKey(query, null), metric.Query());
        if (cache.TryAnswer(http, key, csv) is { } cached) return cached;

        var request = await resolver.SourcesAsync(query, null, ct, metric: metric);
        return request.Value is { } r ? await BuildAsync(http, r, csv, cache, limits, ct) : request.Invalid!;
    }

    static async Task<IResult> SourcesComparison(
        HttpContext http, ComparisonResolver resolver, ComparisonCache cache, ClientLimits limits, CancellationToken ct,
        [Description("Comma-separated source slugs, 1-50 (required).")] string? sources = null,
        [Description("Published at or after: a date (2023-07-01) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? from = null,
        [Description("Published at or before: a date (inclusive) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? to = null,
        [Description("Only articles of this story (slug).")] string? story = null,
        [LexiconKeys(LexiconKinds.Topics), Description("Only this topic key.")] string? topic = null,
        [NamesFrom(typeof(OptionNames), nameof(OptionNames.JsonOrCsv)), Description("json (default) or csv.")] string? format = null,
        [Description(CsvCells.Description)] bool? escape_formulas = null,
        [Description(LexiconDescription)] string? lexicon = null)
    {
        var errors = new FieldErrors();
        var csv = ComparisonCache.WantsCsv(http, format, errors);
        CsvCells.Check(escape_formulas, csv, errors);
        if (errors.Any) return Problems.Invalid(errors);
        CsvCells.Request(http, escape_formulas);
        var query = new SourcesQuery(sources, from, to, story);
        var lexicons = LexiconList.Parse(lexicon);
        if (cache.TryAnswer(http, ComparisonRequest.SourcesKey(query, topic, lexicons), csv) is { } cached) return cached;

        var request = await resolver.SourcesAsync(query, topic, ct, lexicons);
        return request.Value is { } r ? await BuildAsync(http, r, csv, cache, limits, ct) : request.Invalid!;
    }

    /// <summary>
    /// A comparison the cache could not answer at once: read (and built, unless its data is unchanged) under the
    /// rebuild limits, so that requests made to miss the cache cannot take every core (docs/RELIABILITY.md).
    /// </summary>
    static Task<IResult> BuildAsync(HttpContext http, ComparisonRequest request, bool csv, ComparisonCache cache, ClientLimits limits,
        CancellationToken ct) =>
        ClientLimits.RunAsync(limits.Rebuilds, http, () => cache.AnswerAsync(http, request, csv, ct), ct);

    static async Task<Results<Ok<Paged<ComparisonEvidence>>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> StoryEvidence(
        [Description("Story slug.")] string slug, [AsParameters] EvidenceQuery query, HttpContext http, ComparisonResolver resolver,
        ComparisonsStore store, CancellationToken ct)
    {
        var set = await resolver.StorySetAsync(slug, ct);
        if (set.Value is null) return set.NotFound!;
        return await EvidenceAsync(http, resolver, store, set.Value, query, $"evidence-{slug}-{query.Source}", ct);
    }

    static async Task<Results<Ok<Paged<ComparisonEvidence>>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> SourcesEvidence(
        [AsParameters] EvidenceQuery query, HttpContext http, ComparisonResolver resolver, ComparisonsStore store, CancellationToken ct,
        [Description("The comparison's sources (ignored but allowed, so comparison links work as they are).")] string? sources = null,
        [Description("Published at or after: a date (2023-07-01) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? from = null,
        [Description("Published at or before: a date (inclusive) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? to = null,
        [Description("Only articles of this story (slug).")] string? story = null)
    {
        var set = await resolver.RangeSetAsync(from, to, story, ct);
        if (set.Value is null) return set.Invalid!;
        return await EvidenceAsync(http, resolver, store, set.Value, query, $"evidence-{query.Source}", ct);
    }

    static async Task<Results<Ok<Paged<ComparisonEvidence>>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> EvidenceAsync(
        HttpContext http, ComparisonResolver resolver, ComparisonsStore store, ArticleSet set, EvidenceQuery q, string fileName, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var page = Paging.Check(q.Page, q.PageSize, errors);
        var filter = q.Filter(errors);
        var csv = ComparisonCache.WantsCsv(http, q.Format, errors);
        CsvCells.Check(q.EscapeFormulas, csv, errors);
        var sourceId = await resolver.EvidenceSourceAsync(q.Source, errors, ct);
        if (errors.Any) return Problems.Invalid(errors);

        var (rows, total) = await store.EvidenceAsync(set, sourceId!.Value, q.Source!, filter, page, ct);
        if (total == 0)
        {
            q.CheckNames(await store.LexiconKeysAsync(ct), errors);
            if (errors.Any) return Problems.Invalid(errors);
        }
        var items = rows.Select(r => new ComparisonEvidence(r.ArticleId, r.Title, r.Source, r.Lexicon, r.LexiconVersionId, r.Category, r.Matched,
            r.Start, r.End, r.Sentence, r.Voice, r.Segment, r.Target, r.Actor, r.Framing, r.Marker, r.Attribution, r.Context.Trim(),
            r.MarkerStart, r.MarkerEnd)).ToList();
        if (!csv) return TypedResults.Ok(page.Of(items, total));
        return EvidenceCsv.Answer(http, page.Of(items, total), fileName, q.EscapeFormulas == true);
    }
}
