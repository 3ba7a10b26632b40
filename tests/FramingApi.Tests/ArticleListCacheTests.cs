using System.Net;
using System.Net.Http.Headers;
using FramingApi.Articles;
using FramingApi.Comparisons;
using FramingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FramingApi.Tests;

/// <summary>
/// The article list's answer cache over real HTTP: a cached page is byte for byte the page read fresh, a write is
/// visible in the next read on the same instance, a write to one story leaves another story's page cached, and
/// If-None-Match answers 304 until the page changes. Hits are counted by the cache itself.
/// </summary>
public sealed class ArticleListCacheTests(ArticleListCacheTests.Factory api) : IClassFixture<ArticleListCacheTests.Factory>
{
    /// <summary>A server that ranks only 3 hits of a search, so that the bound shows with a few articles.</summary>
    public sealed class Factory : ApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Articles:SearchRankedHits", "3")];
    }

    readonly HttpClient _client = api.Client();
    ArticleListCache Cache => api.Services.GetRequiredService<ArticleListCache>();

    async Task StoryAsync(string story, string source, int articles, string words = "harbour")
    {
        await _client.PostJsonAsync("/api/stories", new { slug = story, title = story });
        await _client.PostJsonAsync("/api/sources", new { slug = source, name = source });
        for (var i = 0; i < articles; i++) await AddAsync(story, source, i, words);
    }

    async Task<long> AddAsync(string story, string source, int i, string words = "harbour")
    {
        var response = await _client.PostJsonAsync("/api/articles", new
        {
            source, story, published_at = $"2024-05-{i + 1:00}T10:00:00Z",
            text = $"Officials said the {words} in {story} was documented, article {i} of the series, case {i * 7}.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync())["id"]!.GetValue<long>();
    }

    /// <summary>Waits until the notifications of the writes so far have come back, so that a late one does not drop a
    /// page between two reads (a pause of no change, used before, ended early on a loaded machine).</summary>
    Task SettleAsync() => api.SettleAsync();

    async Task<(byte[] Body, string ETag)> GetAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("/api/articles?story=lc-same&page_size=2")]
    [InlineData("/api/articles?q=harbour&story=lc-same")]
    [InlineData("/api/articles")]
    public async Task A_cached_page_is_byte_for_byte_the_page_read_fresh(string url)
    {
        if (!(await _client.GetAsync("/api/stories/lc-same")).IsSuccessStatusCode) await StoryAsync("lc-same", "lc-same-src", 3);
        api.Services.GetRequiredService<ChangeListener>().Invalidate();
        await SettleAsync();
        var hits = Cache.Hits;

        var fresh = await GetAsync(url);
        Assert.Equal(hits, Cache.Hits);
        var cached = await GetAsync(url);
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(fresh.Body, cached.Body);
        Assert.Equal(fresh.ETag, cached.ETag);

        // Read fresh again from the database (everything invalidated): the same bytes, the same ETag.
        api.Services.GetRequiredService<ChangeListener>().Invalidate();
        var again = await GetAsync(url);
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(fresh.Body, again.Body);
        Assert.Equal(fresh.ETag, again.ETag);
    }

    [Fact]
    public async Task A_write_is_in_the_next_read_and_leaves_other_stories_pages_cached()
    {
        await StoryAsync("lc-x", "lc-src-x", 2);
        await StoryAsync("lc-y", "lc-src-y", 2);
        await SettleAsync();
        var x = await GetAsync("/api/articles?story=lc-x");
        var y = await GetAsync("/api/articles?story=lc-y");
        var hits = Cache.Hits;

        var added = await AddAsync("lc-x", "lc-src-x", 5);
        var y2 = await GetAsync("/api/articles?story=lc-y");
        Assert.Equal(hits + 1, Cache.Hits); // story Y's page was not touched
        Assert.Equal(y.Body, y2.Body);
        var x2 = await (await _client.GetAsync("/api/articles?story=lc-x")).JsonAsync();
        Assert.Equal(hits + 1, Cache.Hits); // story X's page was read again
        Assert.Equal(3, x2["total"]!.GetValue<long>());
        Assert.Equal(added, x2["items"]![0]!["id"]!.GetValue<long>());

        // Revalidation: the old ETag of X is not current any more; the new one answers 304.
        var current = await GetAsync("/api/articles?story=lc-x");
        Assert.NotEqual(x.ETag, current.ETag);
        Assert.Equal(HttpStatusCode.OK, (await ConditionalAsync("/api/articles?story=lc-x", x.ETag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await ConditionalAsync("/api/articles?story=lc-x", current.ETag)).StatusCode);

        // A delete is in the next read too.
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/articles/{added}")).StatusCode);
        var x3 = await (await _client.GetAsync("/api/articles?story=lc-x")).JsonAsync();
        Assert.Equal(2, x3["total"]!.GetValue<long>());
        Assert.DoesNotContain(x3["items"]!.AsArray(), i => i!["id"]!.GetValue<long>() == added);
    }

    [Fact]
    public async Task Equivalent_date_bounds_share_one_cached_page()
    {
        await StoryAsync("lc-dates", "lc-src-dates", 2);
        await SettleAsync();
        var byDate = await GetAsync("/api/articles?story=lc-dates&from=2024-05-01&to=2024-05-31");
        var hits = Cache.Hits;
        var byTime = await GetAsync("/api/articles?story=lc-dates&from=2024-05-01T00:00:00Z&to=2024-05-31T23:59:59.999999Z");
        Assert.Equal(hits + 1, Cache.Hits);
        Assert.Equal(byDate.Body, byTime.Body);
    }

    [Fact]
    public async Task A_search_ranks_only_its_newest_hits()
    {
        // Five hits; this server ranks 3 (Articles:SearchRankedHits): the three newest, by rank; the total counts all five.
        await StoryAsync("lc-rank", "lc-src-rank", 5, "zeppelin hangar");
        var page = await (await _client.GetAsync("/api/articles?q=zeppelin&story=lc-rank")).JsonAsync();
        Assert.Equal(5, page["total"]!.GetValue<long>());
        // The answer says that only 3 can be read, and counts its pages from them.
        Assert.Equal(3, page["ranked_hits"]!.GetValue<int>());
        Assert.Equal(1, page["total_pages"]!.GetValue<int>());
        var dates = page["items"]!.AsArray().Select(i => i!["published_at"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(3, dates.Count);
        Assert.All(dates, d => Assert.True(d >= new DateTime(2024, 5, 3, 0, 0, 0, DateTimeKind.Utc)));
        var ranks = page["items"]!.AsArray().Select(i => i!["rank"]!.GetValue<double>()).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);
        Assert.Null(page["next_cursor"]);

        // Paged by cursor, the same three: two, then one, then no cursor.
        var first = await (await _client.GetAsync("/api/articles?q=zeppelin&story=lc-rank&page_size=2")).JsonAsync();
        var cursor = first["next_cursor"]!.GetValue<string>();
        Assert.Equal(2, first["total_pages"]!.GetValue<int>());
        var second = await (await _client.GetAsync($"/api/articles?q=zeppelin&story=lc-rank&page_size=2&cursor={cursor}")).JsonAsync();
        Assert.Null(second["next_cursor"]);
        var paged = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => i!["id"]!.GetValue<long>());
        Assert.Equal(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()), paged);
        Assert.All(second["items"]!.AsArray(), i => Assert.Contains("zeppelin", i!["snippet"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }

    async Task<HttpResponseMessage> ConditionalAsync(string url, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        return await _client.SendAsync(request);
    }
}
