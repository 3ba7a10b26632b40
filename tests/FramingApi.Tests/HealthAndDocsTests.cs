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
    public async Task Migrations_started_twice_at_once_apply_once()
    {
        var runner = api.Services.GetRequiredService<MigrationRunner>();
        await Task.WhenAll(runner.ApplyAsync(default), runner.ApplyAsync(default), runner.ApplyAsync(default));
        await using var conn = await api.OpenDatabaseAsync();
        var versions = (await conn.QueryAsync<string>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Equal(MigrationRunner.Embedded().Select(m => m.Version), versions);
    }
}
