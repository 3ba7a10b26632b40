using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using FramingApi.Database;
using FramingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FramingApi.Tests;

public sealed class HealthAndDocsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    [Fact]
    public async Task Health_endpoints_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
        var ready = await (await _client.GetAsync("/health/ready")).JsonAsync();
        Assert.Equal("ready", ready["status"]!.GetValue<string>());
    }

    /// <summary>No answer is ever sniffed into another type by a browser: a JSON answer, a CSV, a 404's problem
    /// details, the page and a static file all say nosniff.</summary>
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/api/sources")]
    [InlineData("/api/articles/export")]
    [InlineData("/api/nowhere")]
    [InlineData("/")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_answer_forbids_content_sniffing(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Swagger_ui_and_the_openapi_document_are_served()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/swagger/index.html")).StatusCode);
        var doc = await (await _client.GetAsync("/openapi/v1.json")).JsonAsync();
        Assert.False(string.IsNullOrWhiteSpace(doc["info"]!["description"]!.GetValue<string>()));

        var paths = doc["paths"]!.AsObject();
        foreach (var path in new[] { "/api/sources", "/api/stories", "/api/articles", "/api/articles/bulk", "/api/articles/{id}" })
            Assert.True(paths.ContainsKey(path), $"{path} is documented");

        // Every /api operation has a summary, a description and an example of its successful response.
        foreach (var (path, item) in paths.Where(p => p.Key.StartsWith("/api", StringComparison.Ordinal)))
            foreach (var (method, operation) in item!.AsObject())
            {
                Assert.False(string.IsNullOrWhiteSpace(operation!["summary"]?.GetValue<string>()), $"{method} {path} summary");
                Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()), $"{method} {path} description");
                var responses = operation["responses"]!.AsObject();
                var success = responses.First(r => r.Key.StartsWith('2')).Value!;
                if (success["content"] is JsonObject content)
                    Assert.True(content.Any(c => c.Value!["example"] is not null), $"{method} {path} has a response example");
                if (operation["requestBody"]?["content"] is JsonObject body)
                    Assert.True(body.Any(c => c.Value!["example"] is not null), $"{method} {path} has a request example");
            }
    }

    [Fact]
    public async Task Every_field_of_the_openapi_document_is_described()
    {
        var doc = await (await _client.GetAsync("/openapi/v1.json")).JsonAsync();
        var missing = new List<string>();

        // Schemas are walked from the components and from every operation's parameters and bodies, so inline
        // schemas (array items, nested objects, maps) are checked as well as named ones.
        foreach (var (name, schema) in doc["components"]!["schemas"]!.AsObject())
        {
            if (!Described(schema)) missing.Add($"schema {name}");
            CheckSchema(schema, name, missing);
        }
        foreach (var (path, item) in doc["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
            {
                var at = $"{method.ToUpperInvariant()} {path}";
                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                {
                    var name = $"{at} parameter {parameter!["name"]}";
                    if (!Described(parameter)) missing.Add(name);
                    CheckSchema(parameter["schema"], name, missing);
                }
                foreach (var (type, media) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                    CheckSchema(media!["schema"], $"{at} body {type}", missing);
                foreach (var (status, response) in operation["responses"]!.AsObject())
                    foreach (var (type, media) in response!["content"]?.AsObject() ?? [])
                        CheckSchema(media!["schema"], $"{at} {status} {type}", missing);
            }

        Assert.True(missing.Count == 0, $"{missing.Count} undescribed in /openapi/v1.json:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Paging_parameters_carry_their_range_and_default_in_the_schema_and_the_api_keeps_to_them()
    {
        var doc = await (await _client.GetAsync("/openapi/v1.json")).JsonAsync();
        var paged = doc["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (At: $"{o.Key} {p.Key}", Operation: o.Value!)))
            .SelectMany(o => (o.Operation["parameters"]?.AsArray() ?? []).Select(p => (o.At, Parameter: p!)))
            .Where(p => p.Parameter["name"]!.GetValue<string>() is "page" or "page_size").ToList();
        Assert.True(paged.Count >= 14, $"only {paged.Count} paging parameters");
        foreach (var (at, parameter) in paged)
        {
            var schema = parameter["schema"]!;
            var size = parameter["name"]!.GetValue<string>() == "page_size";
            Assert.True(schema["minimum"]?.ToString() == "1", $"{at} {parameter["name"]}: minimum {schema["minimum"]}");
            Assert.True(schema["maximum"]?.ToString() == (size ? "200" : "1000000"), $"{at} {parameter["name"]}: maximum {schema["maximum"]}");
            if (size) Assert.True(schema["default"]?.ToString() == "50", $"{at} page_size: default {schema["default"]}");
        }

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/sources?page_size=200&page=1000000")).StatusCode);
        await (await _client.GetAsync("/api/sources?page_size=201")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await _client.GetAsync("/api/sources?page=1000001")).ProblemAsync(HttpStatusCode.BadRequest);
        var first = await (await _client.GetAsync("/api/lexicons")).JsonAsync();
        Assert.Equal(50, first["page_size"]!.GetValue<int>());
    }

    static bool Described(JsonNode? node) =>
        node?["description"] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s);

    /// <summary>Every property needs a description of its own (next to a $ref too: the referenced schema describes
    /// the type, not what this field means), and an enum's description must name each of its values.</summary>
    static void CheckSchema(JsonNode? schema, string at, List<string> missing)
    {
        if (schema is not JsonObject s) return;
        if (s["enum"] is JsonArray values)
        {
            var description = s["description"]?.GetValue<string>() ?? "";
            foreach (var value in values.Where(v => v is not null).Select(v => v!.ToString()))
                if (!description.Contains(value, StringComparison.Ordinal)) missing.Add($"{at}: enum value '{value}' not described");
        }
        foreach (var (name, property) in s["properties"]?.AsObject() ?? [])
        {
            if (!Described(property)) missing.Add($"{at}.{name}");
            CheckSchema(property, $"{at}.{name}", missing);
        }
        CheckSchema(s["items"], $"{at}[]", missing);
        CheckSchema(s["additionalProperties"], $"{at}{{}}", missing);
        foreach (var key in new[] { "allOf", "anyOf", "oneOf" })
            foreach (var part in s[key]?.AsArray() ?? [])
                CheckSchema(part, at, missing);
    }

    [Fact]
    public async Task Migrations_started_twice_at_once_apply_once()
    {
        var runner = api.Services.GetRequiredService<MigrationRunner>();
        await Task.WhenAll(runner.ApplyAsync(default), runner.ApplyAsync(default), runner.ApplyAsync(default));
        await using var conn = await api.OpenDatabaseAsync();
        var versions = (await conn.QueryAsync<string>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(MigrationRunner.Embedded().Select(m => m.Version), versions);
    }
}
