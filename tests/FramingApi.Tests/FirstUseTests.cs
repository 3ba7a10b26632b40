using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// What a researcher met walking the README for the first time (wave 19, user19), each answer made to say what is
/// wrong and what to do: a misspelt lexicon lists the lexicons, an unknown source or story points at its list, and a
/// JSON array sent to the bulk import says it is not NDJSON; and the tour's own HTML article (an &lt;h1&gt; and a
/// paragraph, no &lt;title&gt;) is stored with its headline as its title (title_source "headline", wave 19, title19).
/// </summary>
public sealed partial class FirstUseTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    [Fact]
    public async Task A_misspelt_lexicon_filter_lists_the_lexicons()
    {
        var problem = await (await _client.GetAsync("/api/articles/1/analysis?lexicon=claim")).ProblemAsync(HttpStatusCode.BadRequest);
        var message = problem["errors"]!["lexicon"]![0]!.GetValue<string>();
        Assert.Contains("No lexicon 'claim'", message);
        Assert.Contains("claims", message.Split("Known lexicons:")[1]);
    }

    [Theory]
    [InlineData("/api/articles?source=libertarian-institut", "source", "GET /api/sources")]
    [InlineData("/api/articles/export?story=biden-icc", "story", "GET /api/stories")]
    [InlineData("/api/comparisons/sources?sources=hngn,no-such-outlet", "sources", "GET /api/sources")]
    public async Task An_unknown_source_or_story_points_at_the_list(string url, string field, string list)
    {
        var problem = await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(list, problem["errors"]![field]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_json_array_sent_to_the_bulk_import_is_told_it_is_not_ndjson()
    {
        var body = """[{"source":"hngn","text":"An article in an array."},{"source":"hngn","text":"Another one."}]""";
        var response = await _client.PostAsync("/api/articles/bulk", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var result = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, result["invalid"]!.GetValue<int>());
        var message = result["results"]![0]!["errors"]!["body"]![0]!.GetValue<string>();
        Assert.Contains("JSON array", message);
        Assert.Contains("NDJSON", message);
    }

    [Fact]
    public async Task The_readme_tours_html_article_takes_its_headline_as_its_title()
    {
        // The tour's two requests, as README.md writes them: the source, then the article sent as html.
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var bodies = ReadmeCurlBody().Matches(readme).Select(m => m.Groups["body"].Value).ToList();
        var source = bodies.Single(b => b.Contains("\"slug\":\"example-wire\"", StringComparison.Ordinal));
        var article = bodies.Single(b => b.Contains("\"html\":\"<h1>", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync("/api/sources", new StringContent(source, Encoding.UTF8, "application/json"))).StatusCode);

        var response = await _client.PostAsync("/api/articles", new StringContent(article, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.JsonAsync();

        Assert.Equal(("US to share war crimes evidence", "headline"), (created["title"]!.GetValue<string>(), created["title_source"]!.GetValue<string>()));
        var headline = created["segments"]!.AsArray().Single(s => s!["kind"]!.GetValue<string>() == "headline")!;
        Assert.Equal(created["title"]!.GetValue<string>(),
            created["text"]!.GetValue<string>()[headline["start"]!.GetValue<int>()..headline["end"]!.GetValue<int>()]);
        // Stored so: the article, and the story's list of articles, say the same.
        var id = created["id"]!.GetValue<long>();
        var stored = await (await _client.GetAsync($"/api/articles/{id}")).JsonAsync();
        Assert.Equal(("US to share war crimes evidence", "headline"), (stored["title"]!.GetValue<string>(), stored["title_source"]!.GetValue<string>()));
        var listed = (await (await _client.GetAsync("/api/articles?source=example-wire")).JsonAsync())["items"]!.AsArray()
            .Single(a => a!["id"]!.GetValue<long>() == id)!;
        Assert.Equal(("US to share war crimes evidence", "headline"), (listed["title"]!.GetValue<string>(), listed["title_source"]!.GetValue<string>()));

        // A title the request gives still wins over the headline.
        var given = JsonNode.Parse(article)!.AsObject();
        given["url"] = "https://wire.example/icc-given-title";
        given["html"] = given["html"]!.GetValue<string>().Replace("officials said", "officials said on Thursday", StringComparison.Ordinal);
        given["title"] = "Given title";
        var withTitle = await (await _client.PostAsync("/api/articles", new StringContent(given.ToJsonString(), Encoding.UTF8, "application/json"))).JsonAsync();
        Assert.Equal(("Given title", "given"), (withTitle["title"]!.GetValue<string>(), withTitle["title_source"]!.GetValue<string>()));
    }

    /// <summary>The JSON body of a README curl that posts JSON to /api/sources or /api/articles (-d '…', over lines).</summary>
    [GeneratedRegex(@"curl -s -X POST http://127\.0\.0\.1:8080/api/(?:sources|articles) -H 'Content-Type: application/json' \\\n\s*-d '(?<body>[^']*)'")]
    private static partial Regex ReadmeCurlBody();

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FramingApi.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No FramingApi.sln above {AppContext.BaseDirectory}.");
    }
}
