using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FramingApi.Tests.Hostile;

/// <summary>
/// The mutations of a valid JSON object, field by field, driven by the field's schema: wrong types, null, hostile
/// strings (NUL, control characters, lone surrogates, one character over maxLength, huge), invalid UTF-8, numbers and
/// dates out of range, huge and deep arrays, deep nesting; each field left out, and an extra one. Nested objects and the
/// first item of arrays of objects are mutated the same way. Each mutation is the whole body, as JSON text (or bytes,
/// for invalid UTF-8).
/// </summary>
public sealed class FieldMutations(HostileRequests requests)
{
    const string Marker = "\u2063HOSTILE\u2063"; // replaced by invalid UTF-8 bytes after serialisation
    // Replaced by the escapes \ud800 and \udc00 after serialisation: a writer replaces a lone surrogate with U+FFFD.
    const string HighSurrogate = "\u2064HIGH\u2064", LowSurrogate = "\u2064LOW\u2064";
    // Replaced (with its quotes) by arrays nested 200 deep: a writer refuses to write more than 64 levels.
    const string DeepArrays = "\u2064DEEP\u2064";

    public IEnumerable<(string What, object Body)> Of(JsonObject example, JsonNode schema) =>
        Of(example, schema, "", change => With(example, change));

    /// <summary>
    /// The mutations of <paramref name="target"/> (the body, or an object inside it); <paramref name="apply"/> makes the
    /// whole body from a change to the target.
    /// </summary>
    IEnumerable<(string What, object Body)> Of(JsonObject target, JsonNode schema, string prefix, Func<Action<JsonObject>, string> apply)
    {
        var properties = schema["properties"] as JsonObject ?? [];
        yield return ($"{prefix}extra field", apply(o => o["hostile_extra_field"] = 1));
        yield return ($"{prefix}extra field with a NUL in its name", apply(o => o["bad\u0000name"] = "x"));
        foreach (var (name, propertySchema) in properties)
        {
            var field = $"{prefix}{name}";
            var resolved = requests.Resolve(propertySchema!);
            if (target.ContainsKey(name)) yield return ($"{field} left out", apply(o => o.Remove(name)));
            foreach (var (what, value) in Values(resolved))
                yield return ($"{field} = {what}", apply(o => o[name] = value?.DeepClone()));
            if (HostileRequests.TypeOf(resolved) == "string")
                yield return ($"{field} with invalid UTF-8", InvalidUtf8(apply(o => o[name] = $"ok {Marker} ok")));
            foreach (var nested in Nested(target, name, resolved, field, apply)) yield return nested;
        }
    }

    /// <summary>Mutations inside an object field, or inside the first item of an array of objects.</summary>
    IEnumerable<(string What, object Body)> Nested(JsonObject target, string name, JsonNode schema, string field, Func<Action<JsonObject>, string> apply)
    {
        var type = HostileRequests.TypeOf(schema);
        if (type == "object" && schema["properties"] is not null)
        {
            var inner = target[name] as JsonObject ?? [];
            return Of(inner, schema, field + ".", change => apply(o =>
            {
                var copy = (JsonObject)inner.DeepClone();
                change(copy);
                o[name] = copy;
            }));
        }
        if (type == "array" && schema["items"] is { } items && HostileRequests.TypeOf(requests.Resolve(items)) == "object")
        {
            var first = (target[name] as JsonArray)?.FirstOrDefault() as JsonObject ?? [];
            return Of(first, requests.Resolve(items), field + "[0].", change => apply(o =>
            {
                var copy = (JsonObject)first.DeepClone();
                change(copy);
                var array = (JsonArray?)(target[name] as JsonArray)?.DeepClone() ?? [];
                if (array.Count == 0) array.Add(copy); else array[0] = copy;
                o[name] = array;
            }));
        }
        return [];
    }

    /// <summary>Values a field of this schema must refuse (or handle) without a 500.</summary>
    static IEnumerable<(string What, JsonNode? Value)> Values(JsonNode schema)
    {
        var type = HostileRequests.TypeOf(schema);
        yield return ("null", null);
        yield return ("an object", new JsonObject { ["a"] = 1 });
        yield return ("arrays nested 200 deep", DeepArrays);
        if (type != "string") yield return ("a string", "hostile");
        if (type != "array") yield return ("an array", new JsonArray(1, 2));
        if (type is not ("integer" or "number")) yield return ("a number", 42);
        if (type != "boolean") yield return ("a boolean", true);
        switch (type)
        {
            case "string":
                foreach (var value in Strings(schema)) yield return value;
                break;
            case "integer":
                foreach (var n in new[] { "-1", "0", "2147483648", "-9223372036854775809", "1.5", "1e309", "99999999999999999999999" })
                    yield return ($"number {n}", JsonNode.Parse(n));
                yield return ("a numeric string", "7");
                break;
            case "number":
                foreach (var n in new[] { "-1", "0", "1e308", "-1e308", "1e309", "5e-324", "1000000000000000000000000000000" })
                    yield return ($"number {n}", JsonNode.Parse(n));
                yield return ("NaN as a string", "NaN");
                break;
            case "array":
                foreach (var value in Arrays(schema)) yield return value;
                break;
        }
    }

    static IEnumerable<(string What, JsonNode? Value)> Strings(JsonNode schema)
    {
        yield return ("a NUL", "a\u0000b");
        yield return ("a control character", "bell\u0007");
        yield return ("an escape character", "\u001B[31m");
        yield return ("DEL", "del\u007F");
        yield return ("a lone high surrogate", $"x{HighSurrogate}y");
        yield return ("a lone low surrogate", LowSurrogate);
        yield return ("two high surrogates", $"{HighSurrogate}{HighSurrogate}");
        yield return ("a right-to-left override", "abc\u202Edef");
        yield return ("empty", "");
        yield return ("white space", " \t\n ");
        yield return ("huge (100,000 characters)", new string('x', 100_000));
        if (schema["maxLength"] is { } max && max.GetValue<int>() < 3_000_000)
            yield return ($"one over maxLength ({max.GetValue<int>() + 1:N0})", new string('y', max.GetValue<int>() + 1));
        if (schema["format"]?.GetValue<string>() is "date" or "date-time")
            foreach (var date in new[] { "9999-12-31T23:59:59Z", "0001-01-01", "1799-12-31", "2201-01-01", "2023-02-30", "2023-07-26T25:00:00Z", "yesterday", "-2023-01-01" })
                yield return ($"date {date}", date);
    }

    static IEnumerable<(string What, JsonNode? Value)> Arrays(JsonNode schema)
    {
        yield return ("an empty array", new JsonArray());
        yield return ("an array with null", new JsonArray((JsonNode?)null));
        yield return ("an array of arrays", new JsonArray(new JsonArray("x")));
        yield return ("an array with a NUL string", new JsonArray("ok", "a\u0000b"));
        yield return ("an array with a lone surrogate", new JsonArray(HighSurrogate));
        yield return ("an array of 100,000 strings", new JsonArray([.. Enumerable.Repeat<JsonNode?>("x", 100_000).Select(n => n?.DeepClone())]));
        if (schema["maxItems"] is { } max && max.GetValue<int>() <= 300_000)
            yield return ($"one item over maxItems ({max.GetValue<int>() + 1:N0})",
                new JsonArray([.. Enumerable.Range(0, max.GetValue<int>() + 1).Select(i => (JsonNode?)$"i{i}")]));
    }

    static string With(JsonObject example, Action<JsonObject> change)
    {
        var copy = (JsonObject)example.DeepClone();
        change(copy);
        return copy.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .Replace(HighSurrogate, "\\ud800", StringComparison.Ordinal).Replace(LowSurrogate, "\\udc00", StringComparison.Ordinal)
            .Replace($"\"{DeepArrays}\"", new string('[', 200) + new string(']', 200), StringComparison.Ordinal);
    }

    static byte[] InvalidUtf8(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var marker = Encoding.UTF8.GetBytes(Marker);
        var at = bytes.AsSpan().IndexOf(marker);
        return at < 0 ? bytes : [.. bytes[..at], 0xC3, 0x28, 0xFF, 0xFE, .. bytes[(at + marker.Length)..]];
    }
}
