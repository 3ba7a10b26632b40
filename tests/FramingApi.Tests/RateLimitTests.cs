using System.Net;
using System.Net.Http.Json;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>Tight limits, so that a test reaches them in a few requests.</summary>
public sealed class TightLimitsFactory : ApiFactory
{
    protected override bool LoadSeeds => true;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Auth:ApiKeys", "key-writes,key-other,key-evidence,key-rebuild,key-cached"),
        new("RateLimits:Writes:Burst", "3"), new("RateLimits:Writes:PerSecond", "1"),
        new("RateLimits:Analyze:Burst", "2"), new("RateLimits:Analyze:PerSecond", "1"),
        new("RateLimits:Expensive:Burst", "3"), new("RateLimits:Expensive:PerSecond", "1"),
    ];
}

/// <summary>Per-client limits: 429 problem details with Retry-After over the limit, counted per API key or address.</summary>
public sealed class RateLimitTests(TightLimitsFactory api) : IClassFixture<TightLimitsFactory>
{
    const string Story = "biden-icc-evidence-2023";

    HttpClient Client(string key)
    {
        var client = api.Client();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>
    /// Sends requests until one is refused; checks how many passed against the burst and the tokens refilled while they
    /// ran (a slow machine refills more); returns the refusal.
    /// </summary>
    static async Task<HttpResponseMessage> UntilRefusedAsync(int burst, Func<int, Task<HttpResponseMessage>> send)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < 50; i++)
        {
            var response = await send(i);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // One token a second (PerSecond = 1 in TightLimitsFactory), refilled on the limiter's own clock.
                var refilled = (int)Math.Ceiling(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
                Assert.InRange(i, burst, burst + refilled);
                return response;
            }
            Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict,
                $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        throw new Xunit.Sdk.XunitException("No request was refused.");
    }

    static async Task AssertTooManyAsync(HttpResponseMessage refused)
    {
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("Retry-After", problem["detail"]!.GetValue<string>());
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.InRange(retryAfter, 1, 60);
    }

    [Fact]
    public async Task Writes_over_the_limit_are_429_with_Retry_After_and_each_key_has_its_own_bucket()
    {
        using var one = Client("key-writes");
        var refused = await UntilRefusedAsync(3, i => one.PostJsonAsync("/api/sources", new { slug = $"limit-src-{i}", name = "Limited" }));
        await AssertTooManyAsync(refused);

        // Another client has its own bucket; and after Retry-After the first may write again. Retry-After is a least
        // wait; the bucket refills on a timer, which a loaded machine runs late: a second more than it asks for.
        using var two = Client("key-other");
        Assert.Equal(HttpStatusCode.Created, (await two.PostJsonAsync("/api/sources", new { slug = "limit-other", name = "Other" })).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(int.Parse(refused.Headers.GetValues("Retry-After").Single()) + 1));
        var after = await one.PostJsonAsync("/api/sources", new { slug = "limit-after", name = "After" });
        Assert.True(after.StatusCode == HttpStatusCode.Created, $"{(int)after.StatusCode} after Retry-After: {await after.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Analyses_over_the_limit_are_429_counted_by_address_when_no_valid_key_is_sent()
    {
        // The only test here without a valid key: the others' requests count against their keys, not this address.
        using var client = api.Client();
        var refused = await UntilRefusedAsync(2, _ => client.PostJsonAsync("/api/analyze", new { text = "Officials said the talks failed." }));
        await AssertTooManyAsync(refused);

        // Rotating made-up keys does not escape the address's limit: a wrong key counts as none.
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/analyze") { Content = JsonContent.Create(new { text = "Officials said so." }) };
            request.Headers.Add("X-Api-Key", $"made-up-{i}");
            await AssertTooManyAsync(await client.SendAsync(request));
        }
    }

    [Fact]
    public async Task Evidence_and_exports_over_the_limit_are_429()
    {
        using var client = Client("key-evidence");
        var refused = await UntilRefusedAsync(3, i => client.GetAsync(i % 2 == 0
            ? $"/api/stories/{Story}/comparison/evidence?source=hngn&topic=cluster_munitions"
            : "/api/lexicons/topics/export"));
        await AssertTooManyAsync(refused);
    }

    [Fact]
    public async Task Comparisons_are_limited_only_when_they_must_be_rebuilt()
    {
        using var client = Client("key-rebuild");
        // A fresh comparison per request (a different date range each time) must be rebuilt: limited.
        var refused = await UntilRefusedAsync(3, i =>
            client.GetAsync($"/api/comparisons/sources?sources=hngn,libertarian-institute&from=2023-07-{1 + i % 25:00}&to=2023-07-27"));
        await AssertTooManyAsync(refused);

        // The same comparison again comes from the cache: never limited, however often.
        using var other = Client("key-cached");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/stories/{Story}/comparison")).StatusCode);
        for (var i = 0; i < 30; i++)
            Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/stories/{Story}/comparison")).StatusCode);
    }

    [Fact]
    public async Task Cheap_reads_are_not_limited()
    {
        using var client = Client("key-cached");
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/sources")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
    }
}

/// <summary>One analysis at a time and no queue, so that a second analysis meanwhile finds the queue full.</summary>
public sealed class SingleAnalysisFactory : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("RateLimits:AnalyzeConcurrency", "1"), new("RateLimits:QueueLimit", "0")];
}

public sealed class ConcurrencyLimitTests(SingleAnalysisFactory api) : IClassFixture<SingleAnalysisFactory>
{
    [Fact]
    public async Task Analyses_beyond_the_running_ones_and_the_queue_are_503_with_Retry_After()
    {
        using var client = api.Client();
        var text = string.Join(' ', Enumerable.Repeat("Officials said the alleged war crimes were documented.", 20_000));
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostJsonAsync("/api/analyze", new { text })));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var busy = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(busy);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable));
        foreach (var r in busy)
        {
            await r.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("1", r.Headers.GetValues("Retry-After").Single());
        }
    }
}
