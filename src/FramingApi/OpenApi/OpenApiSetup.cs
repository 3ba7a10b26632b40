using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FramingApi.OpenApi;

/// <summary>Example request and response bodies for an operation's OpenAPI description.</summary>
public sealed record OpenApiExamples(object? Request, IReadOnlyDictionary<int, object> Responses, string RequestContentType = "application/json");

/// <summary>An operation that also takes a web page as its body: the page's content types, and an example page.</summary>
public sealed record OpenApiPageBody(string Example, IReadOnlyList<string> ContentTypes);

public static class OpenApiSetup
{
    public const string ApiKeyScheme = "ApiKey";

    static readonly JsonSerializerOptions ExampleJson = CreateExampleJson();

    /// <summary>Request examples leave out what they do not give: "Try it out" sends them as shown.</summary>
    static readonly JsonSerializerOptions RequestExampleJson = new(ExampleJson)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    static JsonSerializerOptions CreateExampleJson()
    {
        var o = new JsonSerializerOptions();
        ApiJson.Configure(o);
        o.UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip;
        return o;
    }

    /// <summary>Attaches examples: the request body and one response body per status code.</summary>
    public static TBuilder WithExamples<TBuilder>(this TBuilder builder, object? request = null, params (int Status, object Body)[] responses)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenApiExamples(request, responses.ToDictionary(r => r.Status, r => r.Body)));

    /// <summary>Attaches a non-JSON request example (NDJSON, a .dic file) and JSON response examples.</summary>
    public static TBuilder WithTextExample<TBuilder>(this TBuilder builder, string body, string contentType, params (int Status, object Body)[] responses)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenApiExamples(body, responses.ToDictionary(r => r.Status, r => r.Body), contentType));

    /// <summary>Documents the page content types of an operation that takes a JSON body or a web page: a string
    /// schema (the page's bytes) and an example page, instead of the JSON body's schema.</summary>
    public static TBuilder WithPageBodyExample<TBuilder>(this TBuilder builder, string page, IReadOnlyList<string> contentTypes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenApiPageBody(page, contentTypes));

    public static IServiceCollection AddFramingOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddDocumentTransformer((document, _, _) => { DescribeDocument(document); return Task.CompletedTask; });
        o.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo is null && typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type))
                DescribeProblem(schema, context.JsonTypeInfo.Type == typeof(HttpValidationProblemDetails));
            if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(ItemMaxLengthAttribute), true) is [ItemMaxLengthAttribute item, ..]
                && schema.Items is OpenApiSchema items)
                items.MaxLength = item.Length;
            // A string written in pieces (LongTextConverter) is still a string: the schema generator cannot see through a converter.
            if (context.JsonPropertyInfo is { PropertyType: var type, AttributeProvider: var attributes } property && type == typeof(string)
                && attributes?.GetCustomAttributes(typeof(JsonConverterAttribute), true) is [JsonConverterAttribute { ConverterType: var converter }, ..]
                && converter == typeof(LongTextConverter))
                schema.Type = property.IsGetNullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            // So is a time read by UtcUnlessZonedConverter (the generator keeps its date-time format, not its type).
            if (context.JsonPropertyInfo is { PropertyType: var timeType } && schema.Type is null
                && (timeType == typeof(DateTimeOffset) || timeType == typeof(DateTimeOffset?)))
                schema.Type = timeType == typeof(DateTimeOffset?) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) => { DescribeOperation(operation, context); return Task.CompletedTask; });
        o.AddClientContract();
    });

    /// <summary>The document's title and description, the API key scheme, and descriptions where the framework drops them.</summary>
    static void DescribeDocument(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "FramingApi",
            Version = "v1",
            Description = """
                Compare how news outlets frame the same event. Store sources, stories and articles; FramingApi
                extracts and segments each article (headline, lead, body, quotations, boilerplate, reader comments)
                and scores it with lexicon-based framing scorers, returning the evidence for every number.

                Reads are public. Writes need an `X-Api-Key` header when the server has keys configured.
                Errors are RFC 9457 problem details. JSON field names are snake_case.
                """,
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeys.Header,
            Description = "Needed by write endpoints when the server has keys configured (Auth__ApiKeys).",
        };

        // A nullable property of an object type is written as oneOf [null, $ref] with its [Description] on the
        // $ref branch, where clients and Swagger UI do not show it as the property's; say it on the property.
        foreach (var schema in document.Components.Schemas?.Values ?? [])
            foreach (var property in schema.Properties?.Values.OfType<OpenApiSchema>() ?? [])
                if (string.IsNullOrEmpty(property.Description) && property.OneOf?.FirstOrDefault(s => !string.IsNullOrEmpty(s.Description)) is { } described)
                    property.Description = described.Description;
    }

    /// <summary>Marks operations that need the API key and attaches their examples.</summary>
    static void DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<RequiresApiKeyMetadata>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [],
            });
        }

        if (metadata.OfType<OpenApiPageBody>().LastOrDefault() is { } page) DescribePageBody(operation, page);
        if (metadata.OfType<OpenApiExamples>().LastOrDefault() is not { } examples) return;
        if (examples.Request is { } request && operation.RequestBody?.Content is { } content)
        {
            var node = request is string s && examples.RequestContentType != "application/json"
                ? JsonValue.Create(s)
                : JsonSerializer.SerializeToNode(request, RequestExampleJson);
            foreach (var (type, media) in content)
                if (type == examples.RequestContentType || content.Count == 1) media.Example = node?.DeepClone();
        }
        foreach (var (status, body) in examples.Responses)
        {
            if (operation.Responses?.TryGetValue(status.ToString(), out var response) != true || response!.Content is null) continue;
            foreach (var (type, media) in response.Content)
                if (type.Contains("json", StringComparison.Ordinal)) media.Example = JsonSerializer.SerializeToNode(body, ExampleJson);
        }
    }

    /// <summary>The page content types of an operation's body: a string (the page as fetched) with an example page.</summary>
    static void DescribePageBody(OpenApiOperation operation, OpenApiPageBody page)
    {
        if (operation.RequestBody?.Content is not { } content) return;
        foreach (var type in page.ContentTypes)
            content[type] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "The web page as it was fetched: its bytes, decoded by a byte order mark, else the charset of the Content-Type header (when it names a known encoding), else the page's own <meta charset> or XML declaration, else UTF-8 (windows-1252 when the bytes are not UTF-8). The article's other fields go in the query parameters.",
                },
                Example = JsonValue.Create(page.Example),
            };
    }

    /// <summary>
    /// The framework's problem types carry no descriptions of their own. Their members are RFC 9457's; extensions
    /// (trace_id always, existing_id and existing on a 409) are serialised as further members, so the schema must
    /// not forbid additional properties.
    /// </summary>
    static void DescribeProblem(OpenApiSchema schema, bool validation)
    {
        schema.Description = validation
            ? "An RFC 9457 problem for invalid input (400; 422 for an unknown source, story or lexicon named in a body): errors names each field."
            : "An RFC 9457 problem (application/problem+json). Some carry further members, e.g. a 409 names the stored article in existing_id and existing.";
        schema.AdditionalPropertiesAllowed = true;
        schema.AdditionalProperties = null;
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["trace_id"] = new OpenApiSchema { Type = JsonSchemaType.String };
        var descriptions = new Dictionary<string, string>
        {
            ["type"] = "A URI reference that identifies the problem type (for the standard statuses, the RFC 9110 section).",
            ["title"] = "A short summary of the problem type, e.g. 'Invalid request' or 'Not found'.",
            ["status"] = "The HTTP status code, repeated.",
            ["detail"] = "What went wrong in this request, for people to read.",
            ["instance"] = "A URI reference to this occurrence of the problem, when there is one.",
            ["errors"] = "Field → messages. Fields are JSON names as sent (snake_case), with paths into arrays, e.g. 'comments[2]' or 'entries[3].term'; 'body' when the problem is the body as a whole (e.g. malformed JSON).",
            ["trace_id"] = "The request's trace identifier: quote it when reporting a problem, to find it in the server logs.",
        };
        foreach (var (name, property) in schema.Properties)
            if (descriptions.TryGetValue(name, out var description) && property is OpenApiSchema concrete)
                concrete.Description = description;
    }

    public static WebApplication UseFramingSwaggerUI(this WebApplication app)
    {
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.SwaggerEndpoint("/openapi/v1.json", "FramingApi v1");
            o.DocumentTitle = "FramingApi";
            o.DisplayRequestDuration();
        });
        return app;
    }
}
