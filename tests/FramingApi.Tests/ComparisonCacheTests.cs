using System.Net;
using FramingApi.Comparisons;
using FramingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FramingApi.Tests;

/// <summary>
/// The comparison cache over real HTTP: a write invalidates only the comparisons whose articles it touches, and
/// readers of a just-invalidated comparison share one rebuild. Rebuilds are counted by the cache itself.
/// </summary>
public sealed class ComparisonCacheTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();
    ComparisonCache Cache => api.Services.GetRequiredService<ComparisonCache>();

    async Task StoryAsync(string story, string source, int articles)
    {
        await _client.PostJsonAsync("/api/stories", new { slug = story, title = story });
        await _client.PostJsonAsync("/api/sources", new { slug = source, name = source });
        for (var i = 0; i < articles; i++)
            Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/articles", new
            {
                source, story, published_at = "2024-05-0" + (i + 1),
                text = $"Officials said the alleged war crimes in {story} were documented, article {i} of the series on harbour {i * 7}.",
            })).StatusCode);
    }

    async Task<string> EtagAsync(string story)
    {
        var response = await _client.GetAsync($"/api/stories/{story}/comparison");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    [Fact]
    public async Task A_write_to_one_story_leaves_another_storys_comparison_warm()
    {
        await StoryAsync("cache-x", "cache-src-x", 2);
        await StoryAsync("cache-y", "cache-src-y", 2);
        await EtagAsync("cache-x");
        var yTag = await EtagAsync("cache-y");
        var builds = Cache.Builds;

        // A new article in story X: X's comparison is rebuilt, Y's is answered from the cache without a build.
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/articles", new
        {
            source = "cache-src-x", story = "cache-x", text = "A third article: the court said the evidence was shared.",
        })).StatusCode);
        Assert.Equal(yTag, await EtagAsync("cache-y"));
        Assert.Equal(builds, Cache.Builds);
        var x = await (await _client.GetAsync("/api/stories/cache-x/comparison")).JsonAsync();
        Assert.Equal(3, x["article_count"]!.GetValue<int>());
        Assert.Equal(builds + 1, Cache.Builds);
        Assert.Equal(yTag, await EtagAsync("cache-y"));
        Assert.Equal(builds + 1, Cache.Builds);
    }

    [Fact]
    public async Task Concurrent_readers_of_a_just_invalidated_comparison_cause_one_rebuild()
    {
        await StoryAsync("cache-flight", "cache-src-flight", 3);
        var before = await EtagAsync("cache-flight");
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/articles", new
        {
            source = "cache-src-flight", story = "cache-flight", text = "Another article: officials denied the reports of strikes.",
        })).StatusCode);
        var builds = Cache.Builds;

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => _client.GetAsync("/api/stories/cache-flight/comparison")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.ETag!.Tag).Distinct());
        Assert.NotEqual(before, responses[0].Headers.ETag!.Tag);
        Assert.Equal(builds + 1, Cache.Builds);
    }

    [Fact]
    public async Task Sources_comparisons_asked_in_different_words_share_one_entry()
    {
        await StoryAsync("cache-keys", "cache-src-k1", 1);
        await _client.PostJsonAsync("/api/sources", new { slug = "cache-src-k2", name = "k2" });
        var first = await _client.GetAsync("/api/comparisons/sources?sources=cache-src-k2,cache-src-k1&from=2024-05-01&to=2024-05-31");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var builds = Cache.Builds;
        var same = await _client.GetAsync(
            "/api/comparisons/sources?sources=cache-src-k1,cache-src-k2,cache-src-k1&from=2024-05-01T00:00:00Z&to=2024-05-31T23:59:59.999999Z");
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(first.Headers.ETag, same.Headers.ETag);
        Assert.Equal(builds, Cache.Builds);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await same.Content.ReadAsStringAsync());
    }
}
