using System.ComponentModel;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FramingApi.Stories;

public static class StoriesApi
{
    public static RouteGroupBuilder MapStories(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/stories").WithTags("Stories");

        group.MapPost("/", CreateStory).WithName("CreateStory").RequireApiKey()
            .WithSummary("Create a story")
            .WithDescription("Registers a news event; articles join it by naming its slug. 409 when the slug is taken.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithExamples(Examples.StoryCreate, (201, Examples.StoryCreated));
        group.MapGet("/", ListStories).WithName("ListStories")
            .WithSummary("List stories")
            .WithDescription("Stories, most recent event first, each with its sources and its articles (without text); paginated.")
            .WithExamples(null, (200, Examples.Stories));
        group.MapGet("/{slug}", GetStory).WithName("GetStory")
            .WithSummary("Get a story")
            .WithDescription("One story with its sources (and their article counts) and its articles.")
            .WithExamples(null, (200, Examples.Story));
        return group;
    }

    static async Task<Results<Created<StoryResponse>, ValidationProblem, ProblemHttpResult>> CreateStory(
        StoryCreateRequest request, StoriesStore store, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Slug("slug", request.Slug);
        errors.Text("title", request.Title, TextLimits.StoryTitle, required: true);
        errors.Text("description", request.Description, TextLimits.Description, multiline: true);
        if (request.EventDate is { Year: < QueryValues.MinYear or > QueryValues.MaxYear })
            errors.Add("event_date", $"Must be between the years {QueryValues.MinYear} and {QueryValues.MaxYear}.");
        if (errors.Any) return Problems.Invalid(errors);

        if (await store.CreateAsync(new StoryRecord(request.Slug!, request.Title!, request.Description, request.EventDate), ct) is null)
            return Problems.Conflict($"A story with slug {Echo.Quote(request.Slug)} already exists.");
        var created = (await store.FindAsync(request.Slug!, ct))!;
        return TypedResults.Created($"/api/stories/{created.Slug}", created);
    }

    static Task<Results<Ok<Paged<StoryResponse>>, ValidationProblem>> ListStories(
        StoriesStore store, CancellationToken ct,
        [Description("Page number, from 1.")] int? page = null,
        [Description("Items per page, 1-200 (default 50).")] int? page_size = null) =>
        Paging.RespondAsync(page, page_size, store.ListAsync, ct);

    static async Task<Results<Ok<StoryResponse>, ProblemHttpResult>> GetStory(
        [Description("Story slug, e.g. 'biden-icc-evidence-2023'.")] string slug, StoriesStore store, CancellationToken ct) =>
        await store.FindAsync(slug, ct) is { } story
            ? TypedResults.Ok(story)
            : Problems.NotFound($"No story {Echo.Quote(slug)}.");
}
