using System.ComponentModel;
using System.Globalization;
using FramingApi.Analysis;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FramingApi.Articles;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/articles").WithTags("Articles");

        group.MapPost("/", CreateArticle).WithName("CreateArticle").RequireApiKey()
            .WithRequestSizeLimit(ArticleLimits.MaxArticleBodyBytes)
            .WithSummary("Store an article")
            .WithDescription("""
                Stores one article: extracts the text (from HTML if sent as html), segments it, and writes it in one
                transaction. Idempotent: the same url, or the same extracted text from the same source, is one
                article — sending it again answers 200 with the stored article and writes nothing (201 only when
                created). The same url with a different text is 409. Unknown source or story slugs are 422.
                """)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithExamples(Examples.ArticleCreate, (201, Examples.Article), (200, Examples.Article));

        group.MapPost("/bulk", BulkImport.ImportAsync).WithName("BulkImportArticles").RequireApiKey()
            .WithRequestSizeLimit(ArticleLimits.MaxBulkBodyBytes)
            .Accepts<string>(BulkImport.NdjsonContentType, "application/jsonl")
            .WithSummary("Import many articles as NDJSON")
            .WithDescription("""
                Takes one article per line (the body of POST /api/articles as compact JSON; content type
                application/x-ndjson), streams the body, and writes in batches of up to 200 articles, each batch one
                transaction. Answers 200 with one result per non-empty line: created, duplicate (with the stored id),
                conflict, or invalid (with the errors). Good lines are stored even when other lines are bad.
                """)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTextExample(Examples.BulkNdjson, BulkImport.NdjsonContentType, (200, Examples.Bulk));

        group.MapGet("/", ListArticles).WithName("ListArticles")
            .WithSummary("List articles")
            .WithDescription("Articles without their text, newest first, filtered by source, story and publication date range; paginated.")
            .WithExamples(null, (200, Examples.Articles));

        group.MapGet("/{id:long}", GetArticle).WithName("GetArticle")
            .WithSummary("Get an article")
            .WithDescription("One article with its extracted text and its segments (character offsets into the text).")
            .WithExamples(null, (200, Examples.Article));

        group.MapDelete("/{id:long}", DeleteArticle).WithName("DeleteArticle").RequireApiKey()
            .WithSummary("Delete an article")
            .WithDescription("Deletes an article with its segments, scores and evidence.");

        return group;
    }

    static async Task<Results<Created<ArticleResponse>, Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> CreateArticle(
        ArticleCreateRequest request, ArticlesStore store, AnalyzerProvider analyzers, HttpContext http, CancellationToken ct)
    {
        var errors = new FieldErrors();
        ArticleIngestion.Validate(request, errors);
        if (errors.Any) return Problems.Invalid(errors);

        var (sources, stories) = await store.ResolveAsync(
            request.Source is { } s ? [s] : [], request.Story is { } t ? [t] : [], ct);
        if (request.Source is not null && !sources.ContainsKey(request.Source)) errors.Add("source", $"No source '{request.Source}'.");
        if (request.Story is not null && !stories.ContainsKey(request.Story)) errors.Add("story", $"No story '{request.Story}'.");
        if (errors.Any) return Problems.UnknownReference(errors);

        var prepared = ArticleIngestion.Prepare(request, await analyzers.ActiveAsync(ct), errors);
        if (prepared is null) return Problems.Invalid(errors);

        var item = new WriteItem(prepared,
            request.Source is null ? null : sources[request.Source],
            request.Story is null ? null : stories[request.Story]);
        var result = (await store.WriteAsync([item], ct))[0];
        var location = $"/api/articles/{result.Id}";
        if (result.Outcome == WriteOutcome.UrlConflict)
            return Problems.Conflict($"The url is already stored as article {result.Id} with a different text.",
                new Dictionary<string, object?> { ["existing_id"] = result.Id, ["existing"] = location });

        var article = (await store.FindAsync(result.Id, includeRaw: false, ct))!;
        if (result.Outcome == WriteOutcome.Created) return TypedResults.Created(location, article);
        http.Response.Headers.Location = location;
        return TypedResults.Ok(article);
    }

    static async Task<Results<Ok<Paged<ArticleSummary>>, ValidationProblem>> ListArticles(
        ArticlesStore store, CancellationToken ct,
        [Description("Only articles of this source (slug).")] string? source = null,
        [Description("Only articles of this story (slug).")] string? story = null,
        [Description("Published at or after: a date (2023-07-01) or an ISO 8601 time.")] string? from = null,
        [Description("Published at or before: a date (inclusive, the whole day) or an ISO 8601 time.")] string? to = null,
        [Description("Page number, from 1.")] int? page = null,
        [Description("Items per page, 1-200 (default 50).")] int? page_size = null)
    {
        var errors = new FieldErrors();
        var (p, size, offset) = Paging.Check(page, page_size, errors);
        errors.Slug("source", source, required: false);
        errors.Slug("story", story, required: false);
        var fromTime = ParseBound("from", from, endOfDay: false, errors);
        var toTime = ParseBound("to", to, endOfDay: true, errors);
        if (fromTime > toTime) errors.Add("from", "Must not be after 'to'.");
        if (errors.Any) return Problems.Invalid(errors);

        var (sources, stories) = await store.ResolveAsync(source is null ? [] : [source], story is null ? [] : [story], ct);
        if (source is not null && !sources.ContainsKey(source)) errors.Add("source", $"No source '{source}'.");
        if (story is not null && !stories.ContainsKey(story)) errors.Add("story", $"No story '{story}'.");
        if (errors.Any) return Problems.Invalid(errors);

        var filter = new ArticleFilter(source is null ? null : sources[source], story is null ? null : stories[story], fromTime, toTime);
        var (items, total) = await store.ListAsync(filter, size, offset, ct);
        return TypedResults.Ok(new Paged<ArticleSummary>(items, p, size, total));
    }

    /// <summary>Parses a date ("2023-07-26") or an ISO 8601 time; a date as an upper bound means the end of that day.</summary>
    public static DateTimeOffset? ParseBound(string field, string? value, bool endOfDay, FieldErrors errors)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-10) : start;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)) return time;
        errors.Add(field, "Must be a date (2023-07-26) or an ISO 8601 time (2023-07-26T14:00:00Z).");
        return null;
    }

    static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(
        [Description("Article id.")] long id, ArticlesStore store, CancellationToken ct,
        [Description("Also return the body as received (text or HTML).")] bool include_raw = false) =>
        await store.FindAsync(id, include_raw, ct) is { } article
            ? TypedResults.Ok(article)
            : Problems.NotFound($"No article {id}.");

    static async Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(
        [Description("Article id.")] long id, ArticlesStore store, CancellationToken ct) =>
        await store.DeleteAsync(id, ct) ? TypedResults.NoContent() : Problems.NotFound($"No article {id}.");
}

public static class ArticleLimits
{
    /// <summary>A single article request: 8 MB, enough for a long article sent as a full HTML page.</summary>
    public const long MaxArticleBodyBytes = 8_000_000;

    /// <summary>A bulk request: 512 MB, streamed; each line at most <see cref="MaxArticleBodyBytes"/>.</summary>
    public const long MaxBulkBodyBytes = 512_000_000;
}
