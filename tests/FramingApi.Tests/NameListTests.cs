using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FramingApi.Infrastructure;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// user21: the names a 400 lists (NameList) can be read back when a user's key holds the list's separator (a .dic label
/// "harm,"), and a metric without a name it needs (category_rate and category_per_1000: lexicon and category;
/// topic_coverage, topic_emphasis: topic) lists the names it may be as an unknown one does — through the real HTTP
/// pipeline and PostgreSQL.
/// </summary>
public sealed class NameListTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    const string Range = "from=2023-07-20&to=2023-07-31";

    [Theory]
    [InlineData(new string[0], "(none)")]
    [InlineData(new[] { "care", "harm" }, "care, harm")]
    [InlineData(new[] { "harm,", "@sum" }, "\"harm,\", @sum")]
    [InlineData(new[] { "a,b", "c" }, "\"a,b\", c")]
    [InlineData(new[] { "say\"it\"", "back\\slash" }, "\"say\\\"it\\\"\", back\\slash")]
    [InlineData(new[] { "care", "etc." }, "care, \"etc.\"")]
    [InlineData(new[] { "(none)" }, "\"(none)\"")]
    public void Names_are_listed_as_they_are_unless_the_list_could_not_be_read_back(string[] names, string listed) =>
        Assert.Equal(listed, NameList.Join(names));

    /// <summary>The message's error for one field (there is one).</summary>
    static string Message(JsonNode problem, string field) => problem["errors"]![field]!.AsArray().Single()!.GetValue<string>();

    /// <summary>Imports a .dic whose first label holds a comma, waits for its scoring job, and returns its name.</summary>
    async Task<string> ImportCommaLexiconAsync()
    {
        const string lexicon = "comma-labels";
        if ((await _client.GetAsync($"/api/lexicons/{lexicon}")).StatusCode == HttpStatusCode.OK) return lexicon;
        const string dic = "%\n1\tharm,\n2\tcare\n%\nsuffer*\t1\nprotect*\t2\n";
        var imported = await _client.PostAsync($"/api/lexicons/import?name={lexicon}", new StringContent(dic, Encoding.UTF8, "text/plain"));
        var created = await imported.JsonAsync();
        Assert.True(imported.StatusCode == HttpStatusCode.Created, created.ToJsonString());
        Assert.Equal("succeeded", (await Wait.ForJobAsync(_client, created["job"]!["id"]!.GetValue<long>()))["status"]!.GetValue<string>());
        return lexicon;
    }

    /// <summary>The list at the end of a message, either order of the two keys.</summary>
    static void AssertLists(string message, string start, params string[] eitherOrder)
    {
        Assert.StartsWith(start, message);
        Assert.Contains(message[start.Length..], new[] { string.Join(", ", eitherOrder) + ".", string.Join(", ", eitherOrder.Reverse()) + "." });
    }

    [Fact]
    public async Task A_key_holding_a_comma_is_quoted_in_the_known_list_of_an_unknown_and_of_a_missing_category()
    {
        var lexicon = await ImportCommaLexiconAsync();
        var differences = $"/api/stories/any-story/comparison/differences?metric=category_rate&lexicon={lexicon}";

        var unknown = await (await _client.GetAsync(differences + "&category=nope")).ProblemAsync(HttpStatusCode.BadRequest);
        AssertLists(Message(unknown, "category"), "Unknown category 'nope'. Known: ", "\"harm,\"", "care");
        var missing = await (await _client.GetAsync(differences)).ProblemAsync(HttpStatusCode.BadRequest);
        AssertLists(Message(missing, "category"), "Required for this metric. Known: ", "\"harm,\"", "care");

        var series = $"/api/timeseries?sources=hngn&{Range}&metric=category_per_1000&lexicon={lexicon}";
        var seriesUnknown = await (await _client.GetAsync(series + "&category=nope")).ProblemAsync(HttpStatusCode.BadRequest);
        AssertLists(Message(seriesUnknown, "category"), $"Unknown category of {lexicon} 'nope'. Known: ", "\"harm,\"", "care");
        var seriesMissing = await (await _client.GetAsync(series)).ProblemAsync(HttpStatusCode.BadRequest);
        AssertLists(Message(seriesMissing, "category"), "Required with metric=category_per_1000. Known: ", "\"harm,\"", "care");

        // The stored analysis of an article, filtered by a category that is none of the lexicon's.
        var article = await (await _client.PostJsonAsync("/api/articles", new { text = "The harbour flooded twice this spring." })).JsonAsync();
        var analysis = await (await _client.GetAsync($"/api/articles/{article["id"]!.GetValue<long>()}/analysis?lexicon={lexicon}&category=nope"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        AssertLists(Message(analysis, "category"), "Unknown category 'nope'. Known: ", "\"harm,\"", "care");
    }

    [Fact]
    public async Task A_category_metric_without_its_category_lists_the_lexicons_categories_as_an_unknown_category_does()
    {
        var loaded = await (await _client.GetAsync("/api/lexicons/loaded")).JsonAsync();
        var keys = loaded["categories"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Equal(k, NameList.Quote(k)));   // ordinary keys: the wording is unchanged

        var differences = "/api/stories/any-story/comparison/differences?metric=category_rate&lexicon=loaded";
        var missing = Message(await (await _client.GetAsync(differences)).ProblemAsync(HttpStatusCode.BadRequest), "category");
        var unknown = Message(await (await _client.GetAsync(differences + "&category=nope")).ProblemAsync(HttpStatusCode.BadRequest), "category");
        Assert.StartsWith("Unknown category 'nope'. Known: ", unknown);
        Assert.Equal("Required for this metric. Known: " + unknown["Unknown category 'nope'. Known: ".Length..], missing);
        Assert.Equal(keys.Order(StringComparer.Ordinal), missing["Required for this metric. Known: ".Length..^1].Split(", ").Order(StringComparer.Ordinal));

        var series = $"/api/timeseries?sources=hngn&{Range}&metric=category_per_1000&lexicon=loaded";
        var seriesMissing = Message(await (await _client.GetAsync(series)).ProblemAsync(HttpStatusCode.BadRequest), "category");
        var seriesUnknown = Message(await (await _client.GetAsync(series + "&category=nope")).ProblemAsync(HttpStatusCode.BadRequest), "category");
        Assert.StartsWith("Unknown category of loaded 'nope'. Known: ", seriesUnknown);
        Assert.Equal("Required with metric=category_per_1000. Known: " + seriesUnknown["Unknown category of loaded 'nope'. Known: ".Length..], seriesMissing);

        // Without a lexicon (or with an unknown one) there are no categories to list: the category is named plainly.
        var neither = await (await _client.GetAsync("/api/stories/any-story/comparison/differences?metric=category_rate")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Required for this metric.", Message(neither, "category"));
        var seriesNeither = await (await _client.GetAsync($"/api/timeseries?sources=hngn&{Range}&metric=category_per_1000&lexicon=nope"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Required with metric=category_per_1000.", Message(seriesNeither, "category"));
    }

    /// <summary>The other names a metric needs (topic; lexicon) are listed when missing, as when unknown.</summary>
    [Theory]
    [InlineData("/api/stories/any-story/comparison/differences?metric=topic_coverage", "topic", "Required for this metric.")]
    [InlineData("/api/stories/any-story/comparison/differences?metric=category_rate&category=emotive", "lexicon", "Required for this metric.")]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=topic_emphasis", "topic", "Required with metric=topic_emphasis.")]
    [InlineData($"/api/timeseries?sources=hngn&{Range}&metric=category_per_1000&category=emotive", "lexicon", "Required with metric=category_per_1000.")]
    public async Task A_missing_topic_or_lexicon_lists_the_known_ones_as_an_unknown_one_does(string url, string field, string required)
    {
        var missing = Message(await (await _client.GetAsync(url)).ProblemAsync(HttpStatusCode.BadRequest), field);
        var unknown = Message(await (await _client.GetAsync($"{url}&{field}=nope")).ProblemAsync(HttpStatusCode.BadRequest), field);
        Assert.StartsWith(required + " Known: ", missing);
        var listed = missing[(required + " Known: ").Length..^1].Split(", ");
        var known = unknown[(unknown.IndexOf(" Known: ", StringComparison.Ordinal) + " Known: ".Length)..^1].Split(", ");
        Assert.Equal(known.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Contains(field == "topic" ? "bucha" : "loaded", listed);
    }
}
