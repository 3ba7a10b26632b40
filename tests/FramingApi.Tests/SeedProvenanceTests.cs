using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>The seed story's articles are text: their hashes are the plain-text hash, and every value they hold was given.</summary>
public sealed partial class SeedProvenanceTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    [Fact]
    public async Task Seed_articles_hash_their_whole_text_and_name_every_value_given()
    {
        var story = await (await _client.GetAsync("/api/stories/biden-icc-evidence-2023")).JsonAsync();
        var summaries = story["articles"]!.AsArray();
        Assert.Equal(5, summaries.Count);
        foreach (var summary in summaries)
        {
            var article = await (await _client.GetAsync($"/api/articles/{summary!["id"]}")).JsonAsync();
            var text = article["text"]!.GetValue<string>();

            // SHA-256 of the whole stored text, white space collapsed: the hash every text article has always had.
            var normalised = Whitespace().Replace(text, " ").Trim();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised))), article["content_hash"]!.GetValue<string>());

            // Every seed gives its date; two give a title and an author, none a url (seeds/story.json).
            Assert.Equal("text", article["content_type"]!.GetValue<string>());
            Assert.Equal("given", article["published_at_source"]!.GetValue<string>());
            Assert.Equal(article["title"] is null ? null : "given", article["title_source"]?.GetValue<string>());
            Assert.Equal(article["author"] is null ? null : "given", article["author_source"]?.GetValue<string>());
            Assert.Null(article["canonical_url"]);
            Assert.Null(article["canonical_url_source"]);
            Assert.Null(article["section"]);
            Assert.Null(article["modified_at"]);
            Assert.All(article["segments"]!.AsArray(), s => Assert.Null(s!["reason"]));
            Assert.Equal(article["published_at_source"]!.GetValue<string>(), summary["published_at_source"]!.GetValue<string>());
        }
        Assert.Equal(2, summaries.Count(a => a!["title_source"]?.GetValue<string>() == "given"));
    }

    // \s and the no-break space, as .NET's char.IsWhiteSpace counts them in these texts.
    [GeneratedRegex(@"[\s\u00a0]+")]
    private static partial Regex Whitespace();
}
