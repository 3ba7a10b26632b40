using System.Net;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

public sealed class KeyedApiFactory : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Auth:ApiKeys", "first-test-key,second-test-key"),
        new("Cors:Origins", "https://app.example"),
    ];
}

public sealed class AuthAndCorsTests(KeyedApiFactory api) : IClassFixture<KeyedApiFactory>
{
    [Fact]
    public async Task Writes_need_a_valid_key_when_keys_are_configured()
    {
        using var client = api.Client();
        var body = new { slug = "keyed-src", name = "Keyed" };

        await (await client.PostJsonAsync("/api/sources", body)).ProblemAsync(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Add("X-Api-Key", "wrong-key");
        await (await client.PostJsonAsync("/api/sources", body)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/sources/keyed-src")).ProblemAsync(HttpStatusCode.NotFound);

        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", "second-test-key");
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/sources", body)).StatusCode);
    }

    [Fact]
    public async Task Reads_stay_public()
    {
        using var client = api.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sources")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/stories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/lexicons")).StatusCode);
        // Analysing a posted text stores nothing, so it needs no key either.
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/analyze", new { text = "Officials said the talks failed." })).StatusCode);
    }

    [Fact]
    public async Task Cors_allows_only_the_configured_origins()
    {
        using var client = api.Client();
        var allowed = new HttpRequestMessage(HttpMethod.Options, "/api/sources");
        allowed.Headers.Add("Origin", "https://app.example");
        allowed.Headers.Add("Access-Control-Request-Method", "POST");
        allowed.Headers.Add("Access-Control-Request-Headers", "x-api-key,content-type");
        var ok = await client.SendAsync(allowed);
        Assert.Equal("https://app.example", ok.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var other = new HttpRequestMessage(HttpMethod.Get, "/api/sources");
        other.Headers.Add("Origin", "https://evil.example");
        var refused = await client.SendAsync(other);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
