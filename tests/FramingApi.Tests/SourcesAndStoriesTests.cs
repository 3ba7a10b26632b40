using System.Net;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

public sealed class SourcesAndStoriesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    [Fact]
    public async Task A_created_source_can_be_read_back_and_is_listed()
    {
        var created = await _client.PostJsonAsync("/api/sources", new
        {
            slug = "daily-example", name = "The Daily Example", homepage = "https://daily.example", country = "GB",
            kind = "newspaper", labels = new[] { "uk" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/sources/daily-example", created.Headers.Location?.OriginalString);

        var source = await (await _client.GetAsync("/api/sources/daily-example")).JsonAsync();
        Assert.Equal("The Daily Example", source["name"]!.GetValue<string>());
        Assert.Equal("newspaper", source["kind"]!.GetValue<string>());
        Assert.Equal(0, source["article_count"]!.GetValue<long>());

        var list = await (await _client.GetAsync("/api/sources?page_size=200")).JsonAsync();
        Assert.Contains(list["items"]!.AsArray(), s => s!["slug"]!.GetValue<string>() == "daily-example");
    }

    [Fact]
    public async Task A_taken_slug_is_a_conflict()
    {
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/sources", new { slug = "twice", name = "A" })).StatusCode);
        var again = await _client.PostJsonAsync("/api/sources", new { slug = "twice", name = "B" });
        var problem = await again.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("twice", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"slug":"Not A Slug","name":"x"}""", "slug")]
    [InlineData("""{"slug":"ok-slug"}""", "name")]
    [InlineData("""{"slug":"ok-slug2","name":"x","kind":"tabloid-ish"}""", "kind")]
    [InlineData("""{"slug":"ok-slug3","name":"x","homepage":"ftp://x"}""", "homepage")]
    public async Task Invalid_sources_are_validation_problems_naming_the_field(string body, string field)
    {
        var response = await _client.PostRawJsonAsync("/api/sources", body);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task A_story_lists_its_sources_and_articles()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "story-src-a", name = "A" });
        await _client.PostJsonAsync("/api/sources", new { slug = "story-src-b", name = "B" });
        var created = await _client.PostJsonAsync("/api/stories", new { slug = "flood-2024", title = "The flood", event_date = "2024-05-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        foreach (var (source, text) in new[] { ("story-src-a", "The river rose in the night."), ("story-src-b", "Water covered the town."), ("story-src-a", "Rescue teams arrived today.") })
            Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/articles", new { source, story = "flood-2024", text })).StatusCode);

        var story = await (await _client.GetAsync("/api/stories/flood-2024")).JsonAsync();
        Assert.Equal("2024-05-01", story["event_date"]!.GetValue<string>());
        Assert.Equal(3, story["article_count"]!.GetValue<long>());
        Assert.Equal(2, story["source_count"]!.GetValue<long>());
        var a = story["sources"]!.AsArray().Single(s => s!["slug"]!.GetValue<string>() == "story-src-a");
        Assert.Equal(2, a!["article_count"]!.GetValue<long>());
        Assert.All(story["articles"]!.AsArray(), x => Assert.Equal("flood-2024", x!["story"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Unknown_slugs_are_not_found_problems()
    {
        (await (await _client.GetAsync("/api/stories/no-such-story")).ProblemAsync(HttpStatusCode.NotFound)).ToString();
        (await (await _client.GetAsync("/api/sources/no-such-source")).ProblemAsync(HttpStatusCode.NotFound)).ToString();
    }
}
