using System.Net;
using FramingApi.Comparisons;
using FramingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FramingApi.Tests;

/// <summary>
/// The start-up warm-up (<see cref="ComparisonWarmUp"/>) on the seed story: it builds comparisons of a real scope until
/// the JIT is quiet, without going through the cache (the first request still builds, and answers what it answers
/// without a warm-up); on a store with no story it does nothing.
/// </summary>
public sealed class ComparisonWarmUpTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    ComparisonCache Cache => api.Services.GetRequiredService<ComparisonCache>();

    [Fact]
    public async Task Warms_up_on_the_seed_story_without_caching_anything()
    {
        var client = api.Client();
        var before = await client.GetStringAsync("/api/comparisons/sources?sources=libertarian-institute,hngn&from=2023-07-01&to=2023-07-31");
        var builds = Cache.Builds;

        var rounds = await ComparisonWarmUp.RunAsync(api.Services, CancellationToken.None);

        Assert.InRange(rounds, 36, 90); // at least past the JIT's 30 calls per method, at most its bound
        Assert.Equal(builds, Cache.Builds);
        var story = await client.GetAsync("/api/stories/biden-icc-evidence-2023/comparison");
        Assert.Equal(HttpStatusCode.OK, story.StatusCode);
        Assert.Equal(builds + 1, Cache.Builds); // not cached by the warm-up: built now
        Assert.Equal(before, await client.GetStringAsync("/api/comparisons/sources?sources=libertarian-institute,hngn&from=2023-07-01&to=2023-07-31"));
    }

    [Fact]
    public async Task Does_nothing_without_a_story()
    {
        IAsyncLifetime empty = new ApiFactory();
        await empty.InitializeAsync();
        try
        {
            Assert.Equal(0, await ComparisonWarmUp.RunAsync(((ApiFactory)empty).Services, CancellationToken.None));
        }
        finally
        {
            await empty.DisposeAsync();
        }
    }
}
