using System.ComponentModel;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FramingApi.Sources;

public static class SourcesApi
{
    public static RouteGroupBuilder MapSources(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/sources").WithTags("Sources");

        group.MapPost("/", CreateSource).WithName("CreateSource").RequireApiKey()
            .WithSummary("Create a source")
            .WithDescription("Registers an outlet. The slug is how articles and comparisons refer to it. 409 when the slug is taken.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithExamples(Examples.SourceCreate, (201, Examples.SourceCreated));
        group.MapGet("/", ListSources).WithName("ListSources")
            .WithSummary("List sources")
            .WithDescription("All sources, ordered by slug, with their article counts; paginated.")
            .WithExamples(null, (200, Examples.Sources));
        group.MapGet("/{slug}", GetSource).WithName("GetSource")
            .WithSummary("Get a source")
            .WithDescription("One source by slug, with its article count.")
            .WithExamples(null, (200, Examples.Source));
        return group;
    }

    static async Task<Results<Created<SourceResponse>, ValidationProblem, ProblemHttpResult>> CreateSource(
        SourceCreateRequest request, SourcesStore store, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.Slug("slug", request.Slug);
        errors.Text("name", request.Name, TextLimits.SourceName, required: true);
        errors.Url("homepage", request.Homepage);
        errors.Text("country", request.Country, TextLimits.Country);
        errors.Text("description", request.Description, TextLimits.Description, multiline: true);
        errors.OneOf("kind", request.Kind, Vocabulary.SourceKindNames.Set);
        if (request.Labels is { } labels)
        {
            if (labels.Length > TextLimits.Labels) errors.Add("labels", $"At most {TextLimits.Labels} labels.");
            for (var i = 0; i < Math.Min(labels.Length, TextLimits.Labels); i++) errors.Text($"labels[{i}]", labels[i], TextLimits.Label, required: true);
        }
        if (errors.Any) return Problems.Invalid(errors);

        var source = new SourceRecord(request.Slug!, request.Name!, request.Homepage, request.Country,
            request.Kind ?? Vocabulary.SourceKindNames.Unknown, request.Description, request.Labels ?? []);
        if (await store.CreateAsync(source, ct) is null)
            return Problems.Conflict($"A source with slug {Echo.Quote(request.Slug)} already exists.");
        var created = (await store.FindAsync(request.Slug!, ct))!;
        return TypedResults.Created($"/api/sources/{created.Slug}", created);
    }

    static Task<Results<Ok<Paged<SourceResponse>>, ValidationProblem>> ListSources(
        SourcesStore store, CancellationToken ct,
        [Description("Page number, from 1.")] int? page = null,
        [Description("Items per page, 1-200 (default 50).")] int? page_size = null) =>
        Paging.RespondAsync(page, page_size, store.ListAsync, ct);

    static async Task<Results<Ok<SourceResponse>, ProblemHttpResult>> GetSource(
        [Description("Source slug, e.g. 'libertarian-institute'.")] string slug, SourcesStore store, CancellationToken ct) =>
        await store.FindAsync(slug, ct) is { } source
            ? TypedResults.Ok(source)
            : Problems.NotFound($"No source {Echo.Quote(slug)}.");
}
