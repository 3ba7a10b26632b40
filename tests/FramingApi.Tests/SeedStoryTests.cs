using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

public sealed class SeedStoryTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    [Fact]
    public async Task A_fresh_install_lists_the_seed_story_with_five_articles_and_five_sources()
    {
        var stories = await (await _client.GetAsync("/api/stories")).JsonAsync();
        var story = Assert.Single(stories["items"]!.AsArray())!;
        Assert.Equal("biden-icc-evidence-2023", story["slug"]!.GetValue<string>());
        Assert.Equal(5, story["articles"]!.AsArray().Count);
        Assert.Equal(5, story["sources"]!.AsArray().Count);
        Assert.Contains(story["sources"]!.AsArray(), s => s!["slug"]!.GetValue<string>() == "nyt-syndicated-copy");
    }

    [Fact]
    public async Task Seed_articles_are_segmented_with_comments_and_boilerplate()
    {
        var list = await (await _client.GetAsync("/api/articles?source=outside-the-beltway")).JsonAsync();
        var id = list["items"]![0]!["id"]!.GetValue<long>();
        var article = await (await _client.GetAsync($"/api/articles/{id}")).JsonAsync();
        var text = article["text"]!.GetValue<string>();
        var comments = article["segments"]!.AsArray().Where(s => s!["kind"]!.GetValue<string>() == "comments")
            .Select(s => text[s!["start"]!.GetValue<int>()..s["end"]!.GetValue<int>()]).ToList();
        Assert.Contains(comments, c => c.Contains("steve says:"));
        Assert.Contains(comments, c => c.Contains("OzarkHillbilly says:"));
        Assert.Equal("James Joyner", article["author"]!.GetValue<string>());
    }
}
