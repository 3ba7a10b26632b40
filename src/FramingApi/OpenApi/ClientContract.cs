using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FramingApi.Analysis.Lexicons;
using FramingApi.Infrastructure;
using FramingApi.Lexicons;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FramingApi.OpenApi;

/// <summary>
/// What the OpenAPI document promises a generated client (README "Typed clients"): closed sets of names are enums taken
/// from the vocabulary (<see cref="NamesFromAttribute"/>), open sets that lexicons define list the built-in keys
/// (<see cref="LexiconKeysAttribute"/>), required fields are required and never null, a body that needs one of two
/// fields is a oneOf (<see cref="ExactlyOneOfAttribute"/>), links are uri-references; for Swagger UI, every path
/// parameter has a working example, the tags follow a researcher's path, and the API key scheme (the Authorize button)
/// is there only when keys are configured. Numbers are JSON numbers because the API reads them strictly (ApiJson).
/// </summary>
public static partial class ClientContract
{
    /// <summary>The tags in the order a researcher needs them: what happened, how outlets differ, why, then the data.</summary>
    public static readonly IReadOnlyList<string> TagOrder =
        ["Stories", "Comparisons", TimeSeries.TimeSeriesApi.Tag, "Analysis", "Articles", "Sources", "Lexicons", "Validation", "Jobs", "Health"];

    public static OpenApiOptions AddClientContract(this OpenApiOptions o)
    {
        o.AddSchemaTransformer((schema, context, _) => { DescribeSchema(schema, context); return Task.CompletedTask; });
        o.AddOperationTransformer((operation, context, _) => { DescribeParameters(operation, context); return Task.CompletedTask; });
        o.AddDocumentTransformer((document, context, _) => { DescribeDocument(document, context.ApplicationServices); return Task.CompletedTask; });
        return o;
    }

    static void DescribeSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context)
    {
        if (context.JsonPropertyInfo is null)
        {
            var type = context.JsonTypeInfo.Type;
            if (type.GetCustomAttribute<ExactlyOneOfAttribute>(inherit: true) is { } one) RequireOneOf(schema, one.Fields);
            // A computed property (no setter, e.g. total_pages) is written every time.
            foreach (var computed in context.JsonTypeInfo.Properties.Where(p => p.Get is not null && p.Set is null))
                (schema.Required ??= new HashSet<string>()).Add(computed.Name);
            // Every problem the API writes has these (Problems, and the trace_id every problem gets in Program.cs).
            if (typeof(ProblemDetails).IsAssignableFrom(type))
                schema.Required = new HashSet<string>(typeof(HttpValidationProblemDetails).IsAssignableFrom(type)
                    ? ["title", "status", "trace_id", "errors"] : ["title", "status", "trace_id"]);
            return;
        }
        var attributes = context.JsonPropertyInfo.AttributeProvider?.GetCustomAttributes(inherit: true) ?? [];
        if (Annotate(schema, attributes, context.ApplicationServices) is { } builtin) schema.Description = $"{schema.Description} {builtin}";
        // [Required] marks what a request must give (the framework lists it in "required"): given means not null.
        if (attributes.OfType<RequiredAttribute>().Any() && schema.Type is { } given) schema.Type = given & ~JsonSchemaType.Null;
        if (attributes.OfType<ApiLinkAttribute>().Any())
        {
            schema.Format = "uri-reference";
            schema.Description += " A link: its path and query, relative to the server this document came from (e.g. http://127.0.0.1:8080 + it).";
        }
    }

    /// <summary>Sets the enum of a closed set (on the items of an array); for an open one, returns the sentence that
    /// lists its built-in keys, for the description.</summary>
    static string? Annotate(OpenApiSchema schema, object[] attributes, IServiceProvider services)
    {
        var target = schema.Type is { } t && t.HasFlag(JsonSchemaType.Array) && schema.Items is OpenApiSchema items ? items : schema;
        if (attributes.OfType<NamesFromAttribute>().FirstOrDefault() is { Prefixed: true } prefixed)
            target.Pattern = $"^({string.Join('|', prefixed.Resolve().Names.Select(Regex.Escape))})(:[^:\\s]+)*$";
        else if (attributes.OfType<NamesFromAttribute>().FirstOrDefault() is { } names)
        {
            target.Enum = [.. names.Resolve().Names.Select(n => (JsonNode)JsonValue.Create(n))];
            if (target.Type is { } type && type.HasFlag(JsonSchemaType.Null)) target.Enum.Add(null!);
        }
        return attributes.OfType<LexiconKeysAttribute>().FirstOrDefault() is { } keys && BuiltinKeys(services, keys) is { Count: > 0 } builtin
            ? $"Built-in: {string.Join(", ", builtin)}."
            : null;
    }

    /// <summary>Parameters get what properties get (an enum, the built-in keys) and an example value.</summary>
    static void DescribeParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        if (operation.Parameters is null) return;
        // The path as the document names it: /api/articles/{id}, without the route's constraints ({id:long}).
        var path = RouteConstraint().Replace("/" + context.Description.RelativePath?.Split('?')[0], "{$1}");
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            var described = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Name == parameter.Name);
            if (parameter.Schema is OpenApiSchema schema && described is not null)
            {
                if (Annotate(schema, ParameterAttributes(described), context.ApplicationServices) is { } builtin)
                    parameter.Description = $"{parameter.Description} {builtin}";
                if (schema.Enum is { Count: > 0 }) schema.Description ??= parameter.Description; // the values explained where the enum is
            }
            if (Examples.Parameter(context.Description.HttpMethod ?? "", path, parameter.Name!) is { } example) parameter.Example = example;
            if (parameter.Schema is OpenApiSchema paging) Bound(paging, parameter.Name!);
            if (parameter.Schema is OpenApiSchema schemaOf) Facts(parameter, schemaOf, context.Description.HttpMethod ?? "", path);
        }
    }

    /// <summary>
    /// What a handler checks by hand, where Swagger UI and generated clients can see it: query parameters every request
    /// of the operation must give are <c>required</c> (the handler binds them as optional so that leaving one out is
    /// its own 400 naming it, which the framework's binding would word otherwise), and defaults and bounds that are
    /// values, not rules. Only defaults that are harmless to send: Swagger UI sends a default it shows, so a parameter
    /// allowed only with others (escape_formulas, allocation, part, voice) has its default in the description alone.
    /// </summary>
    static void Facts(OpenApiParameter parameter, OpenApiSchema schema, string method, string path)
    {
        if (parameter.In != ParameterLocation.Query || method != "GET" && path != "/api/lexicons/import") return;
        var name = parameter.Name!;
        var required = (path, name) switch
        {
            ("/api/timeseries", "metric" or "sources" or "from" or "to") => true,
            ("/api/attention", "q" or "sources" or "from" or "to") => true,
            ("/api/comparisons/sources" or "/api/comparisons/sources/differences", "sources") => true,
            ("/api/validation/sample", "unit") => true,
            ("/api/lexicons/import", "name") => true,
            (_, "source") when path.EndsWith("/evidence", StringComparison.Ordinal) => true,
            (_, "metric") when path.EndsWith("/differences", StringComparison.Ordinal) => true,
            _ => false,
        };
        if (required) parameter.Required = true;

        (JsonNode? Default, string? Min, string? Max) facts = (path, name) switch
        {
            ("/api/timeseries" or "/api/attention", "interval") => (Vocabulary.TimeSeriesNames.Day, null, null),
            // Only where json is what leaving format out gives: the comparisons, evidence, time series and attention
            // answer by Accept then (text/csv gets CSV), which a client filling in the default would turn off.
            (_, "format") when (path.StartsWith("/api/validation", StringComparison.Ordinal) || path.StartsWith("/api/lexicons", StringComparison.Ordinal))
                && schema.Enum?.Any(v => v is JsonValue j && j.TryGetValue<string>(out var e) && e == "json") == true => ("json", null, null),
            ("/api/lexicons/import", "kind") => (LexiconKinds.Custom, null, null),
            ("/api/validation/sample", "n") => (Validation.ValidationSampling.DefaultSize, "1", Inv(Validation.ValidationSampling.MaxSize)),
            ("/api/validation/sample", "seed") => (null, "0", Inv(Validation.ValidationSampling.MaxSeed)),
            (_, "resamples") => (Validation.ValidationReporting.DefaultResamples, "0", Inv(Validation.ValidationReporting.MaxResamples)),
            (_, "seed") when path.EndsWith("/report", StringComparison.Ordinal) => (Validation.ValidationReporting.DefaultSeed, "0", null),
            _ => (null, null, null),
        };
        if (facts.Default is { } value) schema.Default ??= value;
        if (facts.Min is { } min) schema.Minimum ??= min;
        if (facts.Max is { } max) schema.Maximum ??= max;
    }

    static string Inv(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The paging parameters' ranges and default in the schema, where Swagger UI and generated clients check them.</summary>
    static void Bound(OpenApiSchema schema, string name)
    {
        (string Min, string Max, int? Default)? range = name switch
        {
            "page" => ("1", Paging.MaxPage.ToString(CultureInfo.InvariantCulture), null),
            "page_size" => ("1", Paging.MaxPageSize.ToString(CultureInfo.InvariantCulture), Paging.DefaultPageSize),
            _ => null,
        };
        if (range is not { } r) return;
        schema.Minimum = r.Min;
        schema.Maximum = r.Max;
        if (r.Default is { } value) schema.Default = JsonValue.Create(value);
    }

    static object[] ParameterAttributes(ApiParameterDescription parameter) =>
        parameter.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: { } info }
            ? info.GetCustomAttributes(inherit: true)
            : [];

    /// <summary>The body needs exactly one of the fields: one branch per field, which requires it as a string and allows the others only as null.</summary>
    static void RequireOneOf(OpenApiSchema schema, IReadOnlyList<string> fields)
    {
        schema.OneOf = [.. fields.Select(field => (IOpenApiSchema)new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = $"Sent as {field}: {field} is given, {Vocabulary.Describe([.. fields.Where(f => f != field)])} left out (or null).",
            Required = new HashSet<string> { field },
            Properties = fields.ToDictionary(f => f, f => (IOpenApiSchema)new OpenApiSchema
            {
                Type = f == field ? JsonSchemaType.String : JsonSchemaType.Null,
                MaxLength = f == field ? TextLimits.ArticleText : null,
                Description = f == field ? $"The article as {f} (required in this form)." : $"Left out when the article is sent as {field}.",
            }),
        })];
    }

    /// <summary>Tags in the researcher's order; without API keys configured, no key scheme (and so no Authorize button).</summary>
    static void DescribeDocument(OpenApiDocument document, IServiceProvider services)
    {
        var used = document.Tags?.ToDictionary(t => t.Name!) ?? [];
        var ordered = new HashSet<OpenApiTag>();
        foreach (var name in TagOrder.Concat(used.Keys.Except(TagOrder)))
            ordered.Add(used.GetValueOrDefault(name) ?? new OpenApiTag { Name = name });
        document.Tags = ordered;

        if (services.GetRequiredService<ApiKeys>().Required) return;
        document.Components?.SecuritySchemes?.Remove(OpenApiSetup.ApiKeyScheme);
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
            operation.Security = null;
    }

    static readonly Lock BuiltinLock = new();
    static (string Folder, IReadOnlyList<LexiconDefinition> Lexicons)? _builtin;

    /// <summary>The category keys of the built-in lexicons of a kind (and role), from the seed files, read once.</summary>
    static IReadOnlyList<string> BuiltinKeys(IServiceProvider services, LexiconKeysAttribute keys)
    {
        var folder = services.GetRequiredService<BuiltinLexicons>().Folder;
        IReadOnlyList<LexiconDefinition> lexicons;
        lock (BuiltinLock)
        {
            if (_builtin?.Folder != folder)
                _builtin = (folder, Directory.Exists(folder)
                    ? [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(f => LexiconJson.Parse(File.ReadAllText(f)))]
                    : []);
            lexicons = _builtin.Value.Lexicons;
        }
        return [.. lexicons.Where(l => l.Kind == keys.Kind).SelectMany(l => l.Categories)
            .Where(c => keys.Role is null || c.Role == keys.Role).Select(c => c.Key).Distinct()];
    }

    [GeneratedRegex(@"\{(\w+):[^}]*\}")]
    private static partial Regex RouteConstraint();
}
