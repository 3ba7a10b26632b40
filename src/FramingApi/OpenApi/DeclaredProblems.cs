using System.Reflection;
using FramingApi.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace FramingApi.OpenApi;

/// <summary>
/// Declares, in the OpenAPI document, the problems every endpoint of a kind can answer, so that a client (and Swagger
/// UI) sees them without each route repeating them: 400 wherever the request carries a value (a path or query
/// parameter, a body: malformed, of the wrong type, with a control character …), 404 wherever the path names a
/// resource, 413 and 415 wherever a body is read. A status a route declares itself is left as it declared it.
/// </summary>
public static class DeclaredProblems
{
    const string ProblemJson = "application/problem+json";

    public static TBuilder DeclareProblems<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            var declared = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
            var pathValues = endpoint is RouteEndpointBuilder { RoutePattern.Parameters.Count: > 0 };
            var body = endpoint.Metadata.OfType<IAcceptsMetadata>().Any();
            var values = pathValues || body || TakesQueryValues(endpoint);
            void Declare(int status, Type type)
            {
                if (declared.Add(status)) endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, type, [ProblemJson]));
            }
            if (values) Declare(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
            if (pathValues) Declare(StatusCodes.Status404NotFound, typeof(ProblemDetails));
            if (body)
            {
                Declare(StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails));
                Declare(StatusCodes.Status415UnsupportedMediaType, typeof(ProblemDetails));
            }
        });
        return builder;
    }

    /// <summary>Whether the handler binds a query value (the names <see cref="QueryNames"/> accepts for it).</summary>
    static bool TakesQueryValues(EndpointBuilder endpoint) =>
        endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } method && QueryNames.Of(method, endpoint.ApplicationServices).Any();
}
