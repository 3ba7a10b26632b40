using System.ComponentModel;
using FramingApi.Analyses;
using FramingApi.Infrastructure;
using FramingApi.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FramingApi.Validation;

/// <summary>
/// The validation workflow (issue 11 section 4): a blind random sample for human coding, the coders' codes, and a
/// report of how far the tool agrees with them (docs/VALIDITY.md).
/// </summary>
public static class ValidationApi
{
    public static RouteGroupBuilder MapValidation(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/validation").WithTags("Validation");

        group.MapGet("/sample", Sample).WithName("GetValidationSample").WithCost(RequestCost.Expensive)
            .WithSummary("A reproducible random sample of units for human coding")
            .WithDescription("""
                Draws n units — claim mentions, sentences or articles — from a story's articles, or from sources' articles
                in a date range, optionally stratified by source. Each unit comes with its id (which codes refer to), its
                article, offsets, text and context, and the code book of the fields coders can code. The tool's labels are
                left out unless include_tool_labels=true, so coding stays blind. The same seed over the same data gives the
                same sample: each unit's key is SHA-256("<seed>:<unit id>") and the sample is the n smallest keys (in each
                source when stratified). JSON, or CSV with format=csv. The example is the seed story's
                /api/validation/sample?story=biden-icc-evidence-2023&unit=sentence&n=3&seed=42
                """)
            .Produces<SampleResponse>(200, "application/json", "text/csv")
            .WithExamples(null, (200, Examples.ValidationSample));

        group.MapPost("/sets", CreateSet).WithName("CreateValidationSet").RequireApiKey()
            .Accepts<ValidationSetRequest>("application/json", CodesReader.CsvContentType)
            .WithSummary("Store a set of human codes")
            .WithDescription("""
                Human codes as JSON (name, description, claims_lexicon, coders, codes) or CSV (columns unit, coder, field,
                value; name, description and claims_lexicon in the query). A code is one coder's value of one field for
                one unit of a sample: fields framing and actor for claim units; framing:<actor>, topic:<topic>,
                anonymous_sourcing and category:<lexicon>:<category> for sentences and articles (the sample's code book).
                Every row is checked — the unit exists, the field applies to it, the value is one of the field's, no
                coder codes a field of a unit twice, every listed coder has codes — and any mistake is a 400 whose errors
                name the row and the field (codes[3].value in JSON, line[5].unit in CSV; a missing CSV column by its
                name). Nothing is stored unless all is right; then 201 with the set and the path of its report. The
                example codes the three sentences of the sample example.
                """)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithExamples(Examples.ValidationSetCreate, (201, Examples.ValidationSet));

        group.MapGet("/sets/{id:long}", GetSet).WithName("GetValidationSet")
            .WithSummary("A stored set of human codes")
            .WithDescription("The set's name, unit kind, coders and fields, with their counts, and the path of its report.")
            .WithExamples(null, (200, Examples.ValidationSet));

        group.MapGet("/sets/{id:long}/report", Report).WithName("GetValidationReport").WithCost(RequestCost.Expensive)
            .WithSummary("How far the tool agrees with the set's human coders")
            .WithDescription("""
                Per field: units coded; each coder's agreement with the others and each pair's agreement and Cohen's kappa;
                Krippendorff's alpha (nominal) among the humans and with the tool as one more coder; Cohen's kappa of the
                tool against each coder and against the human majority; accuracy, per-class precision, recall and F1, and
                the confusion matrix against the majority; 95 % bootstrap intervals (units resampled); and the units where
                the tool and the majority disagree, with the evidence spans to open. The tool's values are read from the
                stored analysis now (the lexicon versions are listed). JSON, or CSV with format=csv (part=measures, the
                default, or part=disagreements).
                """)
            .Produces<ValidationReport>(200, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(null, (200, Examples.ValidationReport));
        return group;
    }

    static async Task<Results<Ok<SampleResponse>, FileContentHttpResult, ValidationProblem>> Sample(
        [AsParameters] SampleQuery query, ValidationSampling sampling, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (await sampling.DrawAsync(query, errors, ct) is not { } sample) return Problems.Invalid(errors);
        return query.Format == "csv"
            ? TypedResults.File(ValidationCsv.Sample(sample, query.EscapeFormulas == true), ValidationCsv.ContentType, $"sample-{sample.Unit}-{sample.Seed}.csv")
            : TypedResults.Ok(sample);
    }

    static async Task<Results<Created<ValidationSetResponse>, ValidationProblem, ProblemHttpResult>> CreateSet(
        HttpRequest request, SetIntake intake, ValidationStore store, AnalyzerProvider analyzers,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct,
        [Description("CSV only: a name for the set.")] string? name = null,
        [Description("CSV only: a description of the set.")] string? description = null,
        [Description("CSV only: the claims lexicon (default 'claims').")] string? claims_lexicon = null)
    {
        if (CodesReader.IsCsv(request) is not { } csv)
            return Problems.UnsupportedMediaType($"Send the codes as application/json or {CodesReader.CsvContentType} (got {Echo.Quote(request.ContentType)}).");
        var errors = new FieldErrors();
        SentSet? sent = null;
        if (csv)
        {
            if (await CodesReader.ReadCsvAsync(request.Body, errors, ct) is { } codes) sent = new SentSet(name, description, claims_lexicon, null, codes);
        }
        else
        {
            foreach (var (parameter, value) in new[] { ("name", name), ("description", description), ("claims_lexicon", claims_lexicon) })
                if (value is not null) errors.Add(parameter, "Only with a CSV body; in JSON, send it in the body.");
            sent = await CodesReader.ReadJsonAsync(request.Body, json.Value.SerializerOptions, errors, ct);
        }
        if (sent is null || errors.Any) return Problems.Invalid(errors, "The codes cannot be stored; see errors.");

        var catalog = FieldCatalog.From(await analyzers.ActiveAsync(ct), sent.ClaimsLexicon ?? ValidationSampling.DefaultClaimsLexicon);
        if (catalog.ClaimsLexiconProblem() is { } problem)
        {
            errors.Add("claims_lexicon", problem);
            return csv || catalog.ClaimsLexiconExists ? Problems.Invalid(errors) : Problems.UnknownReference(errors, "The set names a lexicon that does not exist.");
        }
        if (await intake.CheckAsync(sent, catalog, errors, ct) is not { } set) return Problems.Invalid(errors, "The codes cannot be stored; see errors.");
        var id = await store.CreateAsync(set, ct);
        return TypedResults.Created($"/api/validation/sets/{id}", Summary((await store.FindAsync(id, ct))!));
    }

    static async Task<Results<Ok<ValidationSetResponse>, ProblemHttpResult>> GetSet(
        [Description("Set id.")] long id, ValidationStore store, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } set ? TypedResults.Ok(Summary(set)) : Problems.NotFound($"No validation set {id}.");

    static ValidationSetResponse Summary(StoredSet set) => new(set.Id, set.Name, set.Description, set.UnitKind, set.ClaimsLexicon,
        set.Units.Count, set.Codes.Count,
        set.Codes.GroupBy(c => c.Coder).Select(g => new CoderCount(g.Key, g.Count())).ToList(),
        set.Codes.GroupBy(c => c.Field).Select(g => new FieldCount(g.Key, g.Select(c => c.Unit).Distinct().Count(), g.Count())).ToList(),
        set.CreatedAt, $"/api/validation/sets/{set.Id}/report");

    static async Task<Results<Ok<ValidationReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Report(
        [Description("Set id.")] long id, ValidationReporting reporting, CancellationToken ct,
        [NamesFrom(typeof(Vocabulary.OptionNames), nameof(Vocabulary.OptionNames.JsonOrCsv)), Description("json (default) or csv.")] string? format = null,
        [NamesFrom(typeof(Vocabulary.OptionNames), nameof(Vocabulary.OptionNames.ReportParts)), Description("CSV only: measures (default; one row per field and figure) or disagreements (one row per unit where the tool and the majority disagree).")] string? part = null,
        [Description("Bootstrap resamples, 100-10000 (default 1000), or 0 for no intervals.")] int? resamples = null,
        [Description("Seed of the percentile bootstrap of alpha and kappa (default 1): the same seed gives the same intervals.")] long? seed = null,
        [Description(CsvCells.Description)] bool? escape_formulas = null)
    {
        var errors = new FieldErrors();
        errors.OneOf("format", format, Vocabulary.OptionNames.JsonOrCsv);
        errors.OneOf("part", part, Vocabulary.OptionNames.ReportParts);
        if (part is not null && format != "csv") errors.Add("part", "Only with format=csv (the JSON has both).");
        if (resamples is not (null or 0 or (>= ValidationReporting.MinResamples and <= ValidationReporting.MaxResamples)))
            errors.Add("resamples", $"Must be 0 (no intervals) or between {ValidationReporting.MinResamples} and {ValidationReporting.MaxResamples}.");
        if (seed is < 0) errors.Add("seed", "Must not be negative.");
        CsvCells.Check(escape_formulas, format == "csv", errors);
        if (errors.Any) return Problems.Invalid(errors);

        if (await reporting.BuildAsync(id, resamples ?? ValidationReporting.DefaultResamples, seed ?? ValidationReporting.DefaultSeed, ct) is not { } report)
            return Problems.NotFound($"No validation set {id}.");
        if (format != "csv") return TypedResults.Ok(report);
        return part == "disagreements"
            ? TypedResults.File(ValidationCsv.Disagreements(report, escape_formulas == true), ValidationCsv.ContentType, $"validation-{id}-disagreements.csv")
            : TypedResults.File(ValidationCsv.Report(report, escape_formulas == true), ValidationCsv.ContentType, $"validation-{id}-report.csv");
    }
}
