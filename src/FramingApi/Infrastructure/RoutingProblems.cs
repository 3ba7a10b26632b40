using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Template;

namespace FramingApi.Infrastructure;

/// <summary>
/// The answers routing gives before any endpoint runs — a path no endpoint has (404), a method the path does not take
/// (405), a Content-Type the endpoint does not read (415) — come as bare problems ("Unsupported Media Type" and nothing
/// else). This says what was wrong and what would work: the methods the path takes, the content types its endpoint
/// reads, or that a path value does not fit the path (an article id that is not a whole number).
/// </summary>
public static class RoutingProblems
{
    /// <summary>Fills the detail of a routing problem that has none; other problems are left as they are.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null || problem.Status is not (404 or 405 or 415)) return;
        var http = context.HttpContext;
        var method = http.Request.Method;
        var path = http.Request.Path.Value ?? "/";
        var matches = Matching(http, path);
        // The titles of the API's own problems (Problems.cs), not the framework's "Not Found".
        problem.Title = problem.Status switch
        {
            415 => Problems.UnsupportedMediaTypeTitle, 405 => Problems.MethodNotAllowedTitle, _ => Problems.NotFoundTitle,
        };
        problem.Detail = problem.Status switch
        {
            415 => ContentTypes(matches, method) is [_, ..] types
                ? $"This endpoint reads the body as {string.Join(" or ", types)}; got {Echo.SentContentType(http.Request.ContentType)}: set the Content-Type header."
                : $"This endpoint does not read a body of this type; got {Echo.SentContentType(http.Request.ContentType)}.",
            405 => $"{method} is not allowed on {path}; it takes {string.Join(", ", Methods(matches))}.",
            _ when matches.Count > 0 => $"No {method} endpoint matches {path}: a value in the path does not have the form the path needs (an id is a whole number, at most {long.MaxValue}).",
            _ => $"No endpoint at {path}. The OpenAPI document (/openapi/v1.json, Swagger UI at /swagger) lists them.",
        };
    }

    /// <summary>The endpoints whose route template matches the path, constraints aside (so "/api/articles/abc" finds "{id:long}").</summary>
    static List<RouteEndpoint> Matching(HttpContext http, string path)
    {
        var found = new List<RouteEndpoint>();
        if (http.RequestServices.GetService<EndpointDataSource>() is not { } source) return found;
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var template = new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), new RouteValueDictionary());
            if (template.TryMatch(path, new RouteValueDictionary()) || template.TryMatch(path.TrimEnd('/'), new RouteValueDictionary()))
                found.Add(endpoint);
        }
        return found;
    }

    static List<string> ContentTypes(List<RouteEndpoint> endpoints, string method) =>
        endpoints.Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) != false)
            .SelectMany(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    static IEnumerable<string> Methods(List<RouteEndpoint> endpoints) =>
        HeadRequests.WithHead(endpoints.SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Distinct());
}
