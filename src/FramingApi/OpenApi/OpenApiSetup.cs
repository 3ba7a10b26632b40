using System.Text.Json;
using System.Text.Json.Nodes;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FramingApi.OpenApi;

/// <summary>Example request and response bodies for an operation's OpenAPI description.</summary>
public sealed record OpenApiExamples(object? Request, IReadOnlyDictionary<int, object> Responses, string RequestContentType = "application/json");

public static class OpenApiSetup
{
    public const string ApiKeyScheme = "ApiKey";

    static readonly JsonSerializerOptions ExampleJson = CreateExampleJson();

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

    public static IServiceCollection AddFramingOpenApi(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        o.AddDocumentTransformer((document, _, _) =>
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
                Name = ApiKeyFilter.Header,
                Description = "Needed by write endpoints when the server has keys configured (Auth__ApiKeys).",
            };
            return Task.CompletedTask;
        });

        o.AddOperationTransformer((operation, context, _) =>
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

            if (metadata.OfType<OpenApiExamples>().LastOrDefault() is not { } examples) return Task.CompletedTask;
            if (examples.Request is { } request && operation.RequestBody?.Content is { } content)
            {
                var node = request is string s && examples.RequestContentType != "application/json"
                    ? JsonValue.Create(s)
                    : JsonSerializer.SerializeToNode(request, ExampleJson);
                foreach (var (type, media) in content)
                    if (type == examples.RequestContentType || content.Count == 1) media.Example = node?.DeepClone();
            }
            foreach (var (status, body) in examples.Responses)
            {
                if (operation.Responses?.TryGetValue(status.ToString(), out var response) != true || response!.Content is null) continue;
                foreach (var (type, media) in response.Content)
                    if (type.Contains("json", StringComparison.Ordinal)) media.Example = JsonSerializer.SerializeToNode(body, ExampleJson);
            }
            return Task.CompletedTask;
        });
    });

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
