using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace FramingApi.Infrastructure;

/// <summary>
/// The one check that every string a client sends passes before anything reads it further: no control character
/// (other than tab, line feed and carriage return) and no unpaired UTF-16 surrogate, which PostgreSQL cannot store or
/// compare (a NUL is error 22021, a lone surrogate 22P05) and no field has use for. It runs over a handler's bound
/// arguments (<see cref="CheckRequestStrings"/>: query, route and body values alike), and over what handlers read from
/// the body themselves (each line of a bulk import, a lexicon document or <c>.dic</c> file) by <see cref="Check"/>.
/// Strings are walked through objects, lists and arrays, and named as the client wrote them: <c>actor</c>,
/// <c>comments[2]</c>, <c>categories[3].description</c>.
/// </summary>
public static class RequestStrings
{
    /// <summary>
    /// Adds an error to <paramref name="errors"/> for every string in <paramref name="value"/> (a string, a list, or an
    /// object of the API's own types, walked through its settable properties) that holds a character no field accepts.
    /// </summary>
    public static void Check(object? value, string field, FieldErrors errors) => Walk(value, field, errors, depth: 0);

    /// <summary>
    /// An endpoint filter for a group: checks the strings among each handler's bound arguments (strings, and objects
    /// of the API's own types that are not services) and answers 400 naming the field before the handler runs.
    /// </summary>
    public static TBuilder CheckRequestStrings<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var services = factory.ApplicationServices.GetService<IServiceProviderIsService>();
            var inputs = factory.MethodInfo.GetParameters()
                .Select((p, i) => (Index: i, Name: ParameterName(p), p.ParameterType))
                .Where(p => p.ParameterType == typeof(string) || (IsOwnType(p.ParameterType) && services?.IsService(p.ParameterType) != true))
                .ToArray();
            if (inputs.Length == 0) return next;
            return invocation =>
            {
                var errors = new FieldErrors();
                foreach (var (index, name, _) in inputs) Check(invocation.Arguments[index], name, errors);
                return errors.Any ? ValueTask.FromResult<object?>(Problems.Invalid(errors)) : next(invocation);
            };
        });
        return builder;
    }

    const int MaxDepth = 16;

    static void Walk(object? value, string field, FieldErrors errors, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                if (FieldErrors.FindBadCharacter(s, multiline: true) is { } problem) errors.Add(field, problem);
                return;
            case IEnumerable list when depth < MaxDepth:
                var i = 0;
                foreach (var item in list) Walk(item, $"{field}[{i++}]", errors, depth + 1);
                return;
            default:
                if (depth >= MaxDepth || !IsOwnType(value.GetType())) return;
                foreach (var property in Properties(value.GetType()))
                    Walk(property.Get(value), field.Length == 0 ? property.Name : $"{field}.{property.Name}", errors, depth + 1);
                return;
        }
    }

    /// <summary>Types of the API and its library: request bodies, query objects, lexicon definitions.</summary>
    static bool IsOwnType(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("FramingApi", StringComparison.Ordinal) == true;

    sealed record Property(string Name, Func<object, object?> Get);

    static readonly ConcurrentDictionary<Type, Property[]> PropertiesByType = new();

    // Settable (or init) properties only: what a client can send. Computed ones (a lexicon's content hash, a query's
    // parsed slug list) are derived from those and would only repeat them, at a cost.
    static Property[] Properties(Type type) => PropertiesByType.GetOrAdd(type, static t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.SetMethod is not null && p.GetIndexParameters().Length == 0 && MayHoldStrings(p.PropertyType))
            .Select(p => new Property(JsonName(p), p.GetValue))
            .ToArray());

    static bool MayHoldStrings(Type type) => type == typeof(string) || typeof(IEnumerable).IsAssignableFrom(type) || IsOwnType(type);

    static string JsonName(PropertyInfo p) =>
        p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name);

    static string ParameterName(ParameterInfo p) =>
        // A body object's fields are named from the root ("title", not "request.title"); query and route values by
        // their parameter's name.
        p.ParameterType == typeof(string) ? p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name ?? "" : "";
}
