using System.ComponentModel;
using System.Text.RegularExpressions;
using System.Text;
using System.Text.Json;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FramingApi.Lexicons;

public static partial class LexiconsApi
{
    /// <summary>Lexicon documents may be large (LIWC-size dictionaries): 32 MB.</summary>
    public const long MaxLexiconBytes = 32_000_000;

    public static RouteGroupBuilder MapLexicons(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/lexicons").WithTags("Lexicons");

        group.MapGet("/", ListLexicons).WithName("ListLexicons")
            .WithSummary("List lexicons")
            .WithDescription("Lexicons (built-in and user-made) by name, each with its latest version; paginated.")
            .WithExamples(null, (200, Examples.LexiconList));
        group.MapGet("/{name}", GetLexicon).WithName("GetLexicon").WithCost(RequestCost.Expensive)
            .WithSummary("Get a lexicon")
            .WithDescription("A lexicon's latest version (or ?version=N) with its categories, entries and the list of its versions.")
            .WithExamples(null, (200, Examples.LexiconDetail));
        group.MapPost("/", CreateLexicon).WithName("CreateLexicon").RequireApiKey()
            .WithRequestSizeLimit(MaxLexiconBytes)
            .Accepts<LexiconCreateRequest>("application/json")
            .WithSummary("Create a lexicon")
            .WithDescription("""
                Creates a lexicon from its JSON document (docs/LEXICONS.md) as version 1, and schedules a job that
                scores every stored article with it. 400 names the offending field (e.g. entries[3].term); 409 when
                the name is taken.
                """)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithExamples(Examples.LexiconCreate, (201, Examples.LexiconCreated));
        group.MapPost("/{name}/versions", AddVersion).WithName("AddLexiconVersion").RequireApiKey()
            .WithRequestSizeLimit(MaxLexiconBytes)
            .Accepts<LexiconDocument>("application/json")
            .WithSummary("Add a lexicon version")
            .WithDescription("""
                Adds a new immutable version (the document's name may be left out; the kind must stay the same) and
                schedules re-scoring of every stored article; follow the job's progress at /api/jobs/{id}. Sending
                the same content as the latest version changes nothing and answers 200 with that version.
                """)
            .WithExamples(Examples.LexiconCreate, (201, Examples.LexiconCreated));
        group.MapPost("/import", ImportDic).WithName("ImportLexiconDic").RequireApiKey()
            .WithRequestSizeLimit(MaxLexiconBytes)
            .Accepts<string>("text/plain")
            .WithSummary("Import a LIWC .dic dictionary")
            .WithDescription("""
                Imports a dictionary in the LIWC .dic format (a % header of numbered categories, then one entry per
                line with its category numbers; * wildcards). Creates the lexicon, or adds a version when it exists.
                Errors name the line.
                """)
            .WithTextExample(Examples.DicExample, "text/plain", (201, Examples.LexiconCreated));
        group.MapGet("/{name}/export", ExportLexicon).WithName("ExportLexicon").WithCost(RequestCost.Expensive)
            .WithSummary("Export a lexicon")
            .WithDescription("The lexicon (latest or ?version=N) as a JSON document (format=json, the default) or a LIWC .dic file (format=dic), as a download. A lexicon that .dic cannot express (an entry weighted other than 1, or a term ending in a number) is 422: export it as JSON.")
            .Produces<LexiconDocument>(200, "application/json", "text/plain")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithExamples(null, (200, Examples.LexiconCreate));

        routes.MapGet("/jobs/{id:long}", GetJob).WithName("GetJob").WithTags("Jobs")
            .WithSummary("A re-scoring job")
            .WithDescription("Status and progress of the background job that re-scores stored articles after a new lexicon version.")
            .WithExamples(null, (200, Examples.Job));
        routes.MapGet("/jobs", ListJobs).WithName("ListJobs").WithTags("Jobs")
            .WithSummary("Re-scoring jobs")
            .WithDescription("The jobs, newest first, optionally of one status; paginated.")
            .WithExamples(null, (200, new Paged<JobResponse>([Examples.Job], 1, 50, 1)));
        return group;
    }

    static Task<Results<Ok<Paged<LexiconSummary>>, ValidationProblem>> ListLexicons(LexiconsStore store, CancellationToken ct,
        [Description("Page number, from 1.")] int? page = null,
        [Description("Items per page, 1-200 (default 50).")] int? page_size = null) =>
        Paging.RespondAsync(page, page_size, store.ListAsync, ct);

    static async Task<Results<Ok<LexiconDetail>, ProblemHttpResult>> GetLexicon(
        [Description("Lexicon name, e.g. 'topics'.")] string name, LexiconsStore store, CancellationToken ct,
        [Description("Version number; the latest when left out.")] int? version = null) =>
        await store.FindAsync(name, version, ct) is { } found
            ? TypedResults.Ok(found.Detail)
            : Problems.NotFound(version is null ? $"No lexicon {Echo.Quote(name)}." : $"No version {version} of lexicon {Echo.Quote(name)}.");

    static async Task<Results<Created<LexiconVersionCreated>, ValidationProblem, ProblemHttpResult>> CreateLexicon(
        HttpRequest request, LexiconsStore store, JobsStore jobs, JobSignal signal, CancellationToken ct)
    {
        if (!IsJson(request)) return UnsupportedMediaType("application/json");
        var (definition, problem) = await ParseJsonAsync(request, null, ct);
        if (problem is not null) return problem;

        var result = await store.CreateAsync(definition!, builtin: false, ct);
        if (result is null) return Problems.Conflict($"A lexicon named {Echo.Quote(definition!.Name)} exists; add a version with POST /api/lexicons/{definition.Name}/versions.");
        signal.Notify();
        return TypedResults.Created($"/api/lexicons/{definition!.Name}",
            new LexiconVersionCreated(definition.Name, result.Version, result.JobId is { } id ? await jobs.FindAsync(id, ct) : null));
    }

    static async Task<Results<Created<LexiconVersionCreated>, Ok<LexiconVersionCreated>, ValidationProblem, ProblemHttpResult>> AddVersion(
        [Description("Lexicon name.")] string name, HttpRequest request, LexiconsStore store, JobsStore jobs, JobSignal signal, CancellationToken ct)
    {
        if (!IsJson(request)) return UnsupportedMediaType("application/json");
        var (definition, problem) = await ParseJsonAsync(request, name, ct);
        if (problem is not null) return problem;
        return await AddVersionAsync(name, definition!, store, jobs, signal, ct);
    }

    static async Task<Results<Created<LexiconVersionCreated>, Ok<LexiconVersionCreated>, ValidationProblem, ProblemHttpResult>> AddVersionAsync(
        string name, LexiconDefinition definition, LexiconsStore store, JobsStore jobs, JobSignal signal, CancellationToken ct)
    {
        try
        {
            var result = await store.AddVersionAsync(name, definition, Vocabulary.OriginNames.Api, ct);
            if (result is null) return Problems.NotFound($"No lexicon {Echo.Quote(name)}.");
            var body = new LexiconVersionCreated(name, result.Version, result.JobId is { } id ? await jobs.FindAsync(id, ct) : null);
            if (!result.Created) return TypedResults.Ok(body);
            signal.Notify();
            return TypedResults.Created($"/api/lexicons/{name}?version={result.Version.Version}", body);
        }
        catch (KindMismatchException e)
        {
            var errors = new FieldErrors();
            errors.Add("kind", $"Must stay '{e.Kind}': a lexicon keeps its kind across versions.");
            return Problems.Invalid(errors);
        }
    }

    static async Task<Results<Created<LexiconVersionCreated>, Ok<LexiconVersionCreated>, ValidationProblem, ProblemHttpResult>> ImportDic(
        HttpRequest request, LexiconsStore store, JobsStore jobs, JobSignal signal, CancellationToken ct,
        [Description("Name for the lexicon (lower-case letters, digits, - and _).")] string? name = null,
        [NamesFrom(typeof(Vocabulary.LexiconKindNames), nameof(Vocabulary.LexiconKindNames.Set)), Description("claims, sourcing, loaded, topics or custom (default).")] string? kind = null,
        [Description("A description to store with it.")] string? description = null)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("text/plain" or "application/octet-stream" or "text/x-liwc-dic"))
            return UnsupportedMediaType("text/plain");
        var errors = new FieldErrors();
        CheckName("name", name, errors);
        errors.OneOf("kind", kind, Vocabulary.LexiconKindNames.Set);
        if (errors.Any) return Problems.Invalid(errors);

        LexiconDefinition definition;
        try
        {
            using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
            var text = await reader.ReadToEndAsync(ct);
            definition = LiwcDic.Parse(new StringReader(text), name!, kind ?? LexiconKinds.Custom);
            if (description is not null) definition = LexiconValidator.Validate(definition with { Description = description });
            CheckText(definition, errors);
            if (errors.Any) return Problems.Invalid(errors, "The .dic file is not valid; see errors.");
        }
        catch (LexiconFormatException e)
        {
            errors.Add(e.Line is { } line ? $"line {line}" : e.Field ?? FieldErrors.Body, e.Message);
            return Problems.Invalid(errors, "The .dic file is not valid; see errors.");
        }
        catch (DecoderFallbackException)
        {
            errors.Add(FieldErrors.Body, "The file is not valid UTF-8.");
            return Problems.Invalid(errors);
        }

        var created = await store.CreateAsync(definition, builtin: false, ct);
        if (created is not null)
        {
            signal.Notify();
            return TypedResults.Created($"/api/lexicons/{name}",
                new LexiconVersionCreated(name!, created.Version, created.JobId is { } id ? await jobs.FindAsync(id, ct) : null));
        }
        return await AddVersionAsync(name!, definition, store, jobs, signal, ct);
    }

    static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportLexicon(
        [Description("Lexicon name.")] string name, LexiconsStore store, CancellationToken ct,
        [NamesFrom(typeof(Vocabulary.OptionNames), nameof(Vocabulary.OptionNames.JsonOrDic)), Description("json (default) or dic.")] string? format = null,
        [Description("Version number; the latest when left out.")] int? version = null)
    {
        var errors = new FieldErrors();
        if (!errors.OneOf("format", format, Vocabulary.OptionNames.JsonOrDic)) return Problems.Invalid(errors);
        format ??= "json";
        if (await store.FindAsync(name, version, ct) is not { } found)
            return Problems.NotFound(version is null ? $"No lexicon {Echo.Quote(name)}." : $"No version {version} of lexicon {Echo.Quote(name)}.");

        var fileName = $"{name}-v{found.Detail.Version.Version}.{format}";
        if (format == "json")
            return TypedResults.File(LexiconDownload.Write(found.Definition), "application/json", fileName);
        try
        {
            return TypedResults.File(Encoding.UTF8.GetBytes(LiwcDic.Write(found.Definition)), "text/plain; charset=utf-8", fileName);
        }
        catch (LexiconFormatException e)
        {
            return Problems.Unprocessable("Not expressible as .dic", $"This lexicon cannot be written as .dic: {e.Message} Export it as JSON.");
        }
    }

    static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> GetJob([Description("Job id.")] long id, JobsStore jobs, CancellationToken ct) =>
        await jobs.FindAsync(id, ct) is { } job ? TypedResults.Ok(job) : Problems.NotFound($"No job {id}.");

    static async Task<Results<Ok<Paged<JobResponse>>, ValidationProblem>> ListJobs(JobsStore jobs, CancellationToken ct,
        [NamesFrom(typeof(Vocabulary.JobStatusNames)), Description("queued, running, succeeded, failed or superseded.")] string? status = null,
        [Description("Page number, from 1.")] int? page = null,
        [Description("Items per page, 1-200 (default 50).")] int? page_size = null)
    {
        var errors = new FieldErrors();
        errors.OneOf("status", status, Vocabulary.JobStatusNames.Set);
        var paging = Paging.Check(page, page_size, errors);
        if (errors.Any) return Problems.Invalid(errors);
        var (items, total) = await jobs.ListAsync(status, paging, ct);
        return TypedResults.Ok(paging.Of(items, total));
    }

    static bool IsJson(HttpRequest request) => request.HasJsonContentType();

    static ProblemHttpResult UnsupportedMediaType(string expected) => Problems.UnsupportedMediaType($"Send the body as {expected}.");

    /// <summary>
    /// Reads and validates a lexicon document; for a new version the name may be left out (it is the URL's). One
    /// parsing path for new lexicons and new versions, so the same document gets the same answer from both.
    /// </summary>
    static async Task<(LexiconDefinition? Definition, ValidationProblem? Problem)> ParseJsonAsync(HttpRequest request, string? name, CancellationToken ct)
    {
        var errors = new FieldErrors();
        string json;
        try
        {
            using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: true));
            json = await reader.ReadToEndAsync(ct);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(FieldErrors.Body, "The body is not valid UTF-8.");
            return (null, Problems.Invalid(errors));
        }

        try
        {
            // Only the built-in claims lexicon comes with the trained model: a posted "model" (a built-in definition
            // sent back, say) is dropped, and the version runs on its rules alone (docs/LEXICONS.md).
            var parsed = LexiconJson.Parse(json, nameIfMissing: name);
            var definition = parsed.Model is null ? parsed : parsed with { Model = null };
            CheckName("name", definition.Name, errors);
            if (name is not null && definition.Name != name) errors.Add("name", $"Must be {Echo.Quote(name)} (the lexicon in the URL) or left out.");
            CheckText(definition, errors);
            return errors.Any ? (null, Problems.Invalid(errors, "The lexicon is not valid; see errors.")) : (definition, null);
        }
        catch (LexiconFormatException e) when (e.InnerException is JsonException malformed)
        {
            var field = errors.AddJson(malformed);
            return (null, Problems.Invalid(errors, JsonMessages.Describe(malformed) == JsonMessages.MissingBody
                ? "The lexicon is missing; see errors."
                : $"The lexicon JSON could not be read at {Echo.Quote(field)} (line {malformed.LineNumber + 1}, byte {malformed.BytePositionInLine})."));
        }
        catch (LexiconFormatException e)
        {
            errors.Add(e.Field is { Length: > 0 } field ? field : e.Line is { } line ? $"line {line}" : FieldErrors.Body, e.Message);
        }
        return (null, Problems.Invalid(errors, "The lexicon is not valid; see errors."));
    }

    /// <summary>Free text of a lexicon: characters any field may hold, and the lengths of descriptions.</summary>
    static void CheckText(LexiconDefinition definition, FieldErrors errors)
    {
        RequestStrings.Check(definition, "", errors);
        errors.Text("description", definition.Description, TextLimits.LexiconDescription, multiline: true);
        for (var i = 0; i < definition.Categories.Count; i++)
            errors.Text($"categories[{i}].description", definition.Categories[i].Description, TextLimits.CategoryDescription, multiline: true);
    }

    static void CheckName(string field, string? name, FieldErrors errors)
    {
        if (name is null) errors.Add(field, "Required.");
        else if (!NamePattern().IsMatch(name)) errors.Add(field, "Must be 1-100 characters: lower-case letters, digits, '-' and '_', starting with a letter or digit.");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,99}$")]
    private static partial Regex NamePattern();
}
