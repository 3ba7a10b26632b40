using System.ComponentModel;
using FramingApi.Analyses;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FramingApi.Articles;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/articles").WithTags("Articles");

        MapWrites(group);

        group.MapGet("/", ListArticles).WithName("ListArticles")
            .WithSummary("List articles")
            .WithDescription("""
                Articles without their text, newest first (undated last), filtered by source, story and publication date
                range. Paged by cursor (next_cursor → ?cursor=: each page costs the same however deep) or by page
                number; total is exact up to 10,000 articles and estimated beyond (total_estimated).
                With q, a full-text search (PostgreSQL websearch_to_tsquery('english', q) over each article's own text,
                GIN-indexed), combined with the other filters: the hits by rank (highest first, then newest id), each
                with its rank, a snippet, the matched words' offsets in it and the snippet as HTML with <mark>. Its
                next_cursor pages by (rank, id). A search ranks at most its 1,000 newest hits (by publication, as the
                list orders): a search with more hits lists those 1,000 by rank (total still counts every hit, ranked_hits is set and total_pages counts the pages that can be read; narrow
                it with from/to, source or story to reach older ones): ranking costs the same however many match; only
                finding the hits and sorting their dates grows with them (about 1 µs a hit).
                Carries a strong ETag; If-None-Match answers 304 while the page is unchanged. Pages are cached in
                memory and dropped by any write that may change them, so a write is visible to the next read.
                """)
            .Produces<Paged<ArticleSummary>>(200)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .WithExamples(null, (200, Examples.Articles));

        group.MapGet("/export", ArticleExport.ExportAsync).WithName("ExportArticles").WithCost(RequestCost.Expensive)
            .WithSummary("Export articles with their text (NDJSON the bulk import takes back)")
            .WithDescription(ArticleExport.Description)
            .Produces<ExportLine>(200, BulkImport.NdjsonContentType)
            .WithExamples(null, (200, Examples.ExportLine));

        group.MapGet("/{id:long}", GetArticle).WithName("GetArticle")
            .WithSummary("Get an article")
            .WithDescription("One article with its extracted text and its segments (character offsets into the text).")
            .WithExamples(null, (200, Examples.Article));

        group.MapDelete("/{id:long}", DeleteArticle).WithName("DeleteArticle").RequireApiKey()
            .WithSummary("Delete an article")
            .WithDescription("Deletes an article with its segments, scores and evidence.");

        return group;
    }

    /// <summary>The two ways in: one article (JSON, text or a fetched page) and many (NDJSON).</summary>
    static void MapWrites(RouteGroupBuilder group)
    {
        group.MapPost("/", CreateArticle).WithName("CreateArticle").RequireApiKey()
            .WithRequestSizeLimit(ArticleLimits.MaxArticleBodyBytes)
            .Accepts<ArticleCreateRequest>(ArticleBody.ContentTypes[0], ArticleBody.ContentTypes[1..])
            .WithSummary("Store an article")
            .WithDescription("""
                Stores one article: extracts the text (from HTML if sent as html), segments it, and writes it in one
                transaction. Idempotent: the same url, or the same extracted text from the same source, is one
                article — sending it again answers 200 with the stored article and writes nothing (201 only when
                created). The same url with a different text is 409. Unknown source or story slugs are 422.
                A web page can also be sent as it was fetched: its bytes as the body with Content-Type text/html (or
                application/xhtml+xml), decoded by the header's charset or the page's own meta charset, with source,
                story, url, title, author, published_at and language as query parameters. The article is extracted
                from the page and the page's metadata fills what the request does not give (each with its *_source);
                a page with no article is 400.
                """)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithExamples(Examples.ArticleCreate, (201, Examples.Article), (200, Examples.Article))
            .WithPageBodyExample(Examples.Page, ArticleBody.PageContentTypes);

        group.MapPost("/bulk", BulkImport.ImportAsync).WithName("BulkImportArticles").RequireApiKey()
            .WithRequestSizeLimit(ArticleLimits.MaxBulkBodyBytes)
            .Accepts<string>(BulkImport.NdjsonContentType, "application/jsonl")
            .WithSummary("Import many articles as NDJSON")
            .WithDescription("""
                Takes one article per line (the body of POST /api/articles as compact JSON; content type
                application/x-ndjson), streams the body, and writes in batches of up to 200 articles, each batch one
                transaction. Answers 200 with one result per non-empty line: created, duplicate (with the stored id),
                conflict, or invalid (with the errors). Good lines are stored even when other lines are bad. A body
                with no line to import (empty, or blank lines only) is a 400 naming the body. If a
                batch cannot be written, nothing of it is stored and the import stops there: 503 (retry later) or 500,
                with the results of the lines stored before it.
                """)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithTextExample(Examples.BulkNdjson, BulkImport.NdjsonContentType, (200, Examples.Bulk));
    }

    static async Task<Results<Created<ArticleResponse>, Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> CreateArticle(
        HttpContext http, [AsParameters] PageQuery page, ArticlesStore store, ArticleWriter writer, References references,
        AnalyzerProvider analyzers, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var request = await ArticleBody.ReadAsync<ArticleCreateRequest>(http.Request, page, errors, ct);
        if (request is not null) ArticleIngestion.Validate(request, errors);
        if (errors.Any || request is null) return Problems.Invalid(errors);

        var ids = await references.ResolveAsync(request.Source, request.Story, ct);
        var sourceId = ids.Source("source", request.Source, errors);
        var storyId = ids.Story("story", request.Story, errors);
        if (errors.Any) return Problems.UnknownReference(errors);

        var article = ArticleIngestion.Prepare(request, sourceId, storyId, await analyzers.ActiveAsync(ct), errors);
        if (article is null) return Problems.Invalid(errors);

        var result = (await writer.InsertAsync([article], ct))[0];
        var location = $"/api/articles/{result.Id}";
        if (result.Outcome == WriteOutcome.UrlConflict)
            return Problems.Conflict($"The url is already stored as article {result.Id} with a different text.",
                new Dictionary<string, object?> { ["existing_id"] = result.Id, ["existing"] = location });

        var stored = (await store.FindAsync(result.Id, includeRaw: false, ct, primary: true))!;
        if (result.Outcome == WriteOutcome.Created) return TypedResults.Created(location, stored);
        http.Response.Headers.Location = location;
        return TypedResults.Ok(stored);
    }

    static async Task<IResult> ListArticles(
        HttpContext http, ArticlesStore store, References references, ArticleListCache cache, CancellationToken ct,
        [Description("Only articles of this source (slug).")] string? source = null,
        [Description("Only articles of this story (slug).")] string? story = null,
        [Description("Published at or after: a date (2023-07-01) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? from = null,
        [Description("Published at or before: a date (inclusive, the whole day) or an ISO 8601 time with its offset (2023-07-01T14:00:00Z).")] string? to = null,
        [Description("Page number, from 1 (an offset: deep pages cost more; prefer cursor).")] int? page = null,
        [Description("Items per page, 1-200 (default 50).")] int? page_size = null,
        [Description("The next_cursor of the previous page of this same list (the same source, story, from, to and q): the page after it (keyset paging). Not with page. A cursor of another list, or an edited one, is a 400 naming cursor.")] string? cursor = null,
        [Description("Full-text search of the articles' own text (headline, lead, body; not boilerplate or comments), in web-search syntax: words (all must occur, stemmed: 'munitions' finds 'munition'), \"quoted phrases\", or, -word to exclude; at most 500 characters. Hits come by rank, highest first, each with a snippet; a search with more than 1,000 hits ranks its 1,000 newest (ranked_hits says so). A search of only stop words is a 400.")] string? q = null)
    {
        var errors = new FieldErrors();
        var paging = Paging.Check(page, page_size, errors);
        errors.Slug("source", source, required: false);
        errors.Slug("story", story, required: false);
        var range = QueryValues.DateRange(from, to, errors);
        var scope = ListCursor.Scope(source, story, range, q);
        var after = CheckCursor(cursor, page, scope, q is not null, errors);
        SearchQuery.CheckForm(q, errors, required: false);
        if (errors.Any) return Problems.Invalid(errors);
        var key = ListKey.Of(source, story, range, paging, cursor, q);
        if (cache.TryAnswer(http, key) is { } cached) return cached;

        var generation = cache.Generation;
        if (q is not null && await store.ParseSearchAsync(q, errors, ct) is null) return Problems.Invalid(errors);
        var ids = await references.ResolveAsync(source, story, ct, read: true);
        var filter = new ArticleFilter(ids.Source("source", source, errors), ids.Story("story", story, errors), range.From, range.To, q);
        if (errors.Any) return Problems.Invalid(errors);

        var (items, total, estimated, next) = await store.ListAsync(filter, paging, after, ct);
        var answer = paging.Of(items, total) with
        {
            NextCursor = next?.Encode(scope), TotalEstimated = estimated,
            RankedHits = q is not null && total > store.RankedHits ? store.RankedHits : null,
        };
        return cache.Answer(http, key, new ListScope(filter.SourceId, filter.StoryId, range.From, range.To), answer, generation);
    }

    /// <summary>The cursor, decoded: one this very list gave (same source, story, dates and q), and not with a page number.
    /// When another parameter is already wrong the list is unknown, so only the cursor's form is checked.</summary>
    static ListCursor? CheckCursor(string? cursor, int? page, string scope, bool search, FieldErrors errors)
    {
        if (cursor is null) return null;
        var listKnown = !errors.Any;
        var (reading, after) = ListCursor.Decode(cursor, scope);
        if (reading == ListCursor.Reading.NotACursor)
            errors.Add("cursor", "Not a cursor this API gave: pass next_cursor as it was given, or leave cursor out for the first page.");
        else if (reading == ListCursor.Reading.Earlier)
            errors.Add("cursor", "This cursor was given by an earlier version of the API and no longer pages: leave cursor out to start from the first page.");
        else if (reading == ListCursor.Reading.OtherList && listKnown)
            errors.Add("cursor", "The cursor belongs to another list, or was changed: a cursor pages only the list that gave it (the same source, story, from, to and q); leave cursor out to start this list from its first page.");
        else if (after is { } position && (position.Rank is not null) != search)
            errors.Add("cursor", search ? "A list's cursor does not page a search: leave cursor out to start the search from its first page."
                : "A search's cursor pages only that search (give its q): leave cursor out to start this list from its first page.");
        if (page is not null) errors.Add("cursor", "Give either page or cursor.");
        return after;
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
