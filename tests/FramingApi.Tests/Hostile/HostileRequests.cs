using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace FramingApi.Tests.Hostile;

/// <summary>One request of the hostile-input suite: what it tries, and the request itself.</summary>
public sealed record HostileRequest(string Operation, string What, HttpMethod Method, string Url, HttpContent? Content)
{
    public bool Writes => Method != HttpMethod.Get;

    public HttpRequestMessage Message() => new(Method, Url) { Content = Content };
}

/// <summary>
/// Generates hostile requests for every operation of the served OpenAPI document: each path and query parameter
/// given hostile values (control characters, NULs, lone surrogates, invalid UTF-8, huge, out-of-range numbers and
/// dates, wrong types), and each request body malformed, mistyped, with fields missing or extra, every field given
/// wrong types, hostile strings, huge strings and arrays, deep nesting, invalid UTF-8, out-of-range numbers and dates,
/// and sent with wrong content types. The base request of an operation is valid (values of the seed story, the
/// documented examples), so that each mutation reaches as far into the API as it can.
/// </summary>
public sealed class HostileRequests(JsonNode document)
{
    const string Story = "biden-icc-evidence-2023";
    const string Source = "hngn";

    // Valid values of the path parameters, by the path's first segments, so that a request otherwise reaches its handler.
    static string PathValue(string path, string name) => (path, name) switch
    {
        (_, "slug") when path.StartsWith("/api/sources", StringComparison.Ordinal) => Source,
        (_, "slug") => Story,
        (_, "id") => "2",
        (_, "name") => "topics",
        _ => "x",
    };

    // Query parameters an operation needs to get past its first check.
    static IEnumerable<(string Name, string Value)> RequiredQuery(string method, string path) => (method, path) switch
    {
        ("get", "/api/stories/{slug}/comparison/evidence") => [("source", Source)],
        ("get", "/api/comparisons/sources") => [("sources", $"{Source},libertarian-institute")],
        ("get", "/api/comparisons/sources/evidence") => [("source", Source)],
        ("post", "/api/lexicons/import") => [("name", "hostile-dic")],
        _ => [],
    };

    /// <summary>Values for a query or path parameter, already escaped for a URL.</summary>
    static readonly string[] HostileParameterValues =
    [
        "%00", "a%00b", "%01", "%07", "%1B", "%7F", "%ED%A0%80", "%ED%B0%80", "%FF%FE", "%C0%AF", "%E2%80%AE", "%0D%0ASet-Cookie:%20x",
        new string('x', 5_000), "", "%20%20", "-1", "0", "2147483648", "99999999999999999999", "1e309", "-1.5", "NaN", "true", "maybe",
        "9999-12-31", "0001-01-01", "2023-02-30", "2023-07-26T25:61:00Z", "%27%3B%20DROP%20TABLE%20articles%3B--", "..%2F..%2Fetc%2Fpasswd",
        "a,,b,%00,c", string.Join(',', Enumerable.Range(0, 60).Select(i => $"s{i}")), "%F0%9F%98%80", "%5B%5D", "%7B%7D",
    ];

    public IEnumerable<HostileRequest> All()
    {
        foreach (var (path, operations) in document["paths"]!.AsObject())
            foreach (var (method, operation) in operations!.AsObject())
            {
                var op = new Operation(method, path, operation!, this);
                foreach (var request in op.ParameterMutations()) yield return request;
                foreach (var request in op.BodyMutations()) yield return request;
            }
    }

    /// <summary>A schema with its $ref followed and a nullable union reduced to its non-null branch.</summary>
    public JsonNode Resolve(JsonNode schema)
    {
        if (schema["$ref"] is { } reference)
            return Resolve(document["components"]!["schemas"]![reference.GetValue<string>().Split('/')[^1]]!);
        // An object with properties and a oneOf of forms (text or html) is the object; its forms only constrain it.
        if (schema["properties"] is not null) return schema;
        foreach (var union in new[] { "oneOf", "anyOf" })
            if (schema[union] is JsonArray branches && branches.FirstOrDefault(b => b!["type"]?.ToString() != "null") is { } branch)
                return Resolve(branch);
        return schema;
    }

    /// <summary>The schema's JSON type, other than null.</summary>
    public static string TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).Where(t => t != "null")
            .OrderBy(t => t switch { "integer" => 0, "number" => 1, "boolean" => 2, "array" => 3, "object" => 4, _ => 5 }).FirstOrDefault() ?? "null",
        JsonValue type => type.GetValue<string>(),
        _ => schema["properties"] is not null ? "object" : "any",
    };

    sealed class Operation(string method, string path, JsonNode operation, HostileRequests requests)
    {
        readonly string _name = $"{method.ToUpperInvariant()} {path}";
        readonly HttpMethod _method = HttpMethod.Parse(method);

        JsonArray Parameters => operation["parameters"] as JsonArray ?? [];

        string Url(string? mutated = null, string? value = null)
        {
            var url = path;
            foreach (var p in Parameters.Where(p => p!["in"]!.GetValue<string>() == "path"))
            {
                var name = p!["name"]!.GetValue<string>();
                url = url.Replace($"{{{name}}}", name == mutated ? value : PathValue(path, name), StringComparison.Ordinal);
            }
            var query = RequiredQuery(method, path).Where(q => q.Name != mutated).Select(q => $"{q.Name}={q.Value}").ToList();
            if (mutated is not null && Parameters.Any(p => p!["name"]!.GetValue<string>() == mutated && p["in"]!.GetValue<string>() == "query"))
                query.Add($"{mutated}={value}");
            return query.Count == 0 ? url : $"{url}?{string.Join('&', query)}";
        }

        public IEnumerable<HostileRequest> ParameterMutations()
        {
            foreach (var p in Parameters)
            {
                var name = p!["name"]!.GetValue<string>();
                var inPath = p["in"]!.GetValue<string>() == "path";
                foreach (var value in HostileParameterValues)
                {
                    // An empty path segment, or a small number that is a real article, is another request, not a hostile one.
                    if (inPath && (value.Length == 0 || (_method == HttpMethod.Delete && value is "0" or "-1" or "true"))) continue;
                    // Where a page may be the body, its fields are query parameters: send the page, so that they are read.
                    var content = p["in"]!.GetValue<string>() == "query" && AcceptsPages ? Text(Page, "text/html") : BaseContent();
                    yield return new(_name, $"{p["in"]} parameter {name} = {Shorten(value)}", _method, Url(name, value), content);
                }
            }
        }

        bool AcceptsPages => operation["requestBody"]?["content"]?["text/html"] is not null;

        (string ContentType, JsonNode Schema, JsonNode? Example)? Body()
        {
            if (operation["requestBody"]?["content"] is not JsonObject content || content.Count == 0) return null;
            var (type, media) = content.First();
            return (type, media!["schema"]!, media["example"]);
        }

        HttpContent? BaseContent() => Body() is { } body ? Text(BaseBody(body.ContentType, body.Example), body.ContentType) : null;

        static string BaseBody(string contentType, JsonNode? example) => contentType switch
        {
            "application/json" => example!.ToJsonString(),
            "application/x-ndjson" => example!.GetValue<string>().Split('\n')[0],
            _ => example?.GetValue<string>() ?? "",
        };

        public IEnumerable<HostileRequest> BodyMutations()
        {
            if (Body() is not { } body) yield break;
            var url = Url();
            foreach (var (what, content) in MalformedBodies(body.ContentType, BaseBody(body.ContentType, body.Example)))
                yield return new(_name, what, _method, url, content);
            if (AcceptsPages)
                foreach (var (what, content) in HostilePages())
                    yield return new(_name, what, _method, url, content);
            if (body.ContentType is "application/json" or "application/x-ndjson")
            {
                var example = JsonNode.Parse(BaseBody(body.ContentType, body.Example))!.AsObject();
                foreach (var (what, json) in new FieldMutations(requests).Of(example, requests.Resolve(body.Schema)))
                    yield return new(_name, what, _method, url, json is byte[] bytes ? Bytes(bytes, body.ContentType) : Text((string)json, body.ContentType));
            }
        }

        static IEnumerable<(string What, HttpContent Content)> MalformedBodies(string contentType, string valid)
        {
            string[] texts =
            [
                "", " ", "{", "}", "[", "null", "nul", "true", "42", "\"a string\"", "[]", "{\"a\":}", "{'a': 1}", "{\"a\" 1}", valid + " trailing",
                valid + valid, "\u0000", "\uFEFF", new string('[', 10_000) + new string(']', 10_000), new string('{', 5_000),
                "{\"a\":" + new string('[', 100) + new string(']', 100) + "}",
                "[" + string.Join(',', Enumerable.Repeat("1", 200_000)) + "]",
                "{" + string.Join(',', Enumerable.Range(0, 20_000).Select(i => $"\"f{i}\":1")) + "}",
                new string('x', 3_000_000),
            ];
            foreach (var text in texts) yield return ($"body {Shorten(text)}", Text(text, contentType));
            yield return ("body with invalid UTF-8", Bytes([.. Encoding.UTF8.GetBytes(valid[..Math.Max(0, valid.Length - 2)]), 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}'], contentType));
            yield return ("body with a lone surrogate encoded as UTF-8", Bytes([.. "{\"text\":\""u8.ToArray(), 0xED, 0xA0, 0x80, .. "\"}"u8.ToArray()], contentType));
            foreach (var wrong in new[] { "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16" })
                if (wrong != contentType) yield return ($"content type {wrong}", Text(valid, wrong));
            var none = new ByteArrayContent(Encoding.UTF8.GetBytes(valid));
            yield return ("no content type", none);
        }
    }

    const string Page = "<html><head><title>Hostile page</title></head><body><article><h1>Officials deny war crimes</h1>" +
        "<p>Officials said the alleged war crimes were documented, according to the report.</p></article></body></html>";

    /// <summary>Web pages as bodies (text/html): hostile bytes, encodings and structure.</summary>
    static IEnumerable<(string What, HttpContent Content)> HostilePages()
    {
        var page = Encoding.UTF8.GetBytes(Page);
        var middle = Page.IndexOf("Officials said", StringComparison.Ordinal);
        byte[] With(params byte[] inserted) => [.. page[..middle], .. inserted, .. page[middle..]];
        yield return ("page with NUL bytes", Bytes(With(0, 0, 0), "text/html"));
        yield return ("page with control characters", Bytes(With(7, 8, 11, 12, 27, 127), "text/html"));
        yield return ("page with invalid UTF-8", Bytes(With(0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80), "text/html; charset=utf-8"));
        yield return ("page declared UTF-16 but UTF-8", Bytes(page, "text/html; charset=utf-16"));
        yield return ("page with an unknown charset", Bytes(page, "text/html; charset=x-no-such-charset"));
        yield return ("page with a lying meta charset", Text("<meta charset=\"utf-32\">" + Page, "text/html"));
        yield return ("page nested 100,000 deep", Text(string.Concat(Enumerable.Repeat("<div>", 100_000)) + "war crimes", "text/html"));
        yield return ("page of 3,000,000 angle brackets", Text(new string('<', 3_000_000), "text/html"));
        yield return ("page of 200,000 empty paragraphs", Text(string.Concat(Enumerable.Repeat("<p></p>", 200_000)), "text/html"));
        yield return ("page with 50,000 attributes", Text("<p " + string.Join(' ', Enumerable.Range(0, 50_000).Select(i => $"a{i}=x")) + ">war crimes</p>", "text/html"));
        yield return ("empty page", Text("", "text/html"));
        yield return ("XHTML that is not XML", Text("<html><body><p>war crimes</b></html>", "application/xhtml+xml"));
        yield return ("a page with a JSON body type", Text(Page, "application/json"));
    }

    static string Shorten(string value) => value.Length <= 40 ? value : $"{value[..20]}…({value.Length:N0} chars)";

    static HttpContent Text(string text, string contentType) => Bytes(Encoding.UTF8.GetBytes(text), contentType);

    static HttpContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
