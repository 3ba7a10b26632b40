using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace FramingApi.Infrastructure;

/// <summary>
/// Refuses query parameters an endpoint does not take. Ignored, a misspelt filter changes the answer without a word:
/// <c>GET /api/articles?sources=hngn</c> (the list takes <c>source</c>) would list every article of every source.
/// A 400 names the parameter and the ones the endpoint takes. Names starting with '_' pass (cache-busting
/// parameters such as jQuery's <c>_=1690000000</c>).
/// </summary>
public static class QueryNames
{
    /// <summary>An endpoint filter for a group: each handler's query names are read once from its parameters.</summary>
    public static TBuilder RejectUnknownQueryParameters<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var bound = Bindings(factory.MethodInfo, factory.ApplicationServices).ToList();
            var known = bound.Select(b => b.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var repeatable = bound.Where(b => IsList(b.Type)).Select(b => b.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return invocation =>
            {
                var errors = new FieldErrors();
                // A parameter bound from the path (GET /api/articles/{id}/analysis's id) is no query parameter: one
                // sent in the query as well would be ignored, so it is refused and not listed.
                var route = invocation.HttpContext.Request.RouteValues;
                foreach (var (name, values) in invocation.HttpContext.Request.Query)
                {
                    if (name.StartsWith('_')) continue;
                    if (!known.Contains(name) || route.ContainsKey(name))
                    {
                        var takes = known.Where(k => !route.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
                        errors.Add(name, takes.Count == 0
                            ? "Unknown query parameter: this endpoint takes none."
                            : $"Unknown query parameter: this endpoint takes {string.Join(", ", takes)}.");
                    }
                    // Bound to one value, a repeated name would arrive joined ("anonymous,named") and be refused as a
                    // wrong value, which reads as if each value were wrong.
                    else if (values.Count > 1 && !repeatable.Contains(name))
                        errors.Add(name, GivenTimes(values.Count));
                }
                return errors.Any ? ValueTask.FromResult<object?>(Problems.Invalid(errors)) : next(invocation);
            };
        });
        return builder;
    }

    /// <summary>The message of a query name given more than once.</summary>
    public static string GivenTimes(int count) =>
        $"Given {count} times: give it once.";

    /// <summary>The query names a handler binds, from its parameters (the OpenAPI conventions read them too).</summary>
    public static IEnumerable<string> Of(MethodInfo handler, IServiceProvider services) => Bindings(handler, services).Select(b => b.Name);

    /// <summary>The query names a handler binds, each with the type it binds to.</summary>
    static IEnumerable<(string Name, Type Type)> Bindings(MethodInfo handler, IServiceProvider services)
    {
        var isService = services.GetService<IServiceProviderIsService>();
        return handler.GetParameters().SelectMany(p => Names(p, isService));
    }

    /// <summary>The query names a handler parameter binds: its own (or its [FromQuery] name), or its properties' for [AsParameters].</summary>
    static IEnumerable<(string Name, Type Type)> Names(ParameterInfo p, IServiceProviderIsService? services)
    {
        if (p.GetCustomAttribute<AsParametersAttribute>() is not null)
            return p.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(q => q.SetMethod is not null && q.GetCustomAttribute<FromServicesAttribute>() is null)
                .Select(q => (q.GetCustomAttribute<FromQueryAttribute>()?.Name ?? q.Name, q.PropertyType));
        if (p.GetCustomAttribute<FromQueryAttribute>() is { } query) return [(query.Name ?? p.Name!, p.ParameterType)];
        if (p.GetCustomAttribute<FromBodyAttribute>() is not null || p.ParameterType == typeof(HttpContext) || p.ParameterType == typeof(HttpRequest)
            || p.ParameterType == typeof(CancellationToken) || services?.IsService(p.ParameterType) == true || IsBody(p.ParameterType))
            return [];
        return [(p.Name!, p.ParameterType)];
    }

    /// <summary>A type that binds several values of one query name (string[], StringValues …).</summary>
    static bool IsList(Type type) => type != typeof(string) && (type.IsArray || type == typeof(Microsoft.Extensions.Primitives.StringValues)
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)));

    /// <summary>A class of the API's own (not a string): the JSON body, not a query value.</summary>
    static bool IsBody(Type type) => type.IsClass && type != typeof(string);
}
