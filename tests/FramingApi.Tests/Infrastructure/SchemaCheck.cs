using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FramingApi.Tests.Infrastructure;

/// <summary>
/// Checks a JSON value against a schema of the API's OpenAPI document, for the parts of JSON Schema the document uses:
/// $ref, type (with null), enum, pattern, required, properties, additionalProperties, items and oneOf. Enough to hold
/// the answers of the real API to what the document promises a generated client.
/// </summary>
public sealed class SchemaCheck(JsonNode document)
{
    public List<string> Problems { get; } = [];

    public void Check(JsonNode? value, JsonNode schema, string at)
    {
        if (schema["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>()["#/components/schemas/".Length..];
            schema = document["components"]!["schemas"]![name] ?? throw new InvalidOperationException($"No schema {name}.");
        }
        if (schema["oneOf"] is JsonArray branches)
        {
            var passing = branches.Count(b => Passes(value, b!, at));
            if (passing != 1) Problems.Add($"{at}: {passing} of the oneOf branches match {Short(value)}");
        }
        if (Types(schema) is { } types && !types.Contains(Kind(value)) && !(Kind(value) == "integer" && types.Contains("number")))
        {
            Problems.Add($"{at}: {Kind(value)} {Short(value)} where the schema says {string.Join(" or ", types)}");
            return;
        }
        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
            Problems.Add($"{at}: {Short(value)} is not in the enum {allowed.ToJsonString()}");
        if (schema["pattern"] is JsonValue pattern && value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            && !Regex.IsMatch(v.GetValue<string>(), pattern.GetValue<string>()))
            Problems.Add($"{at}: {Short(value)} does not match {pattern}");
        if (value is JsonObject obj) CheckObject(obj, schema, at);
        if (value is JsonArray array && schema["items"] is { } items)
            for (var i = 0; i < array.Count; i++) Check(array[i], items, $"{at}[{i}]");
    }

    void CheckObject(JsonObject obj, JsonNode schema, string at)
    {
        foreach (var required in schema["required"]?.AsArray() ?? [])
            if (!obj.ContainsKey(required!.GetValue<string>())) Problems.Add($"{at}: required {required} is missing");
        var properties = schema["properties"]?.AsObject();
        foreach (var (name, value) in obj)
        {
            if (properties?[name] is { } property) Check(value, property, $"{at}.{name}");
            else if (schema["additionalProperties"] is JsonObject additional) Check(value, additional, $"{at}.{name}");
            else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
                Problems.Add($"{at}: {name} is not in the schema");
        }
    }

    bool Passes(JsonNode? value, JsonNode schema, string at)
    {
        var branch = new SchemaCheck(document);
        branch.Check(value, schema, at);
        return branch.Problems.Count == 0;
    }

    static List<string>? Types(JsonNode schema) => schema["type"] switch
    {
        JsonValue one => [one.GetValue<string>()],
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        _ => null,
    };

    static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => v.ToJsonString().IndexOfAny(['.', 'e', 'E']) < 0 ? "integer" : "number",
            _ => "null",
        },
        _ => "unknown",
    };

    static string Short(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 80 ? text[..80] + "…" : text;
    }
}
