using System.Net;
using System.Text;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// What a researcher met walking the README for the first time (wave 19, user19), each answer made to say what is
/// wrong and what to do: a misspelt lexicon lists the lexicons, an unknown source or story points at its list, and a
/// JSON array sent to the bulk import says it is not NDJSON.
/// </summary>
public sealed class FirstUseTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
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
}
