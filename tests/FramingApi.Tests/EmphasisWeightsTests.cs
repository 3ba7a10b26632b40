using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>The server's emphasis weights from configuration, for stored articles.</summary>
public sealed class WeightedApiFactory : ApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Analysis:Emphasis:Headline", "10"), new("Analysis:Emphasis:Lead", "1"),
        new("Analysis:Emphasis:Body", "1"), new("Analysis:Emphasis:PositionBoost", "0"),
    ];
}

/// <summary>Emphasis weights: configured for the server, and overridden per request by POST /api/analyze.</summary>
public sealed class EmphasisWeightsTests(WeightedApiFactory api) : IClassFixture<WeightedApiFactory>
{
    readonly HttpClient _client = api.Client();

    // The topic is in the headline only; the body has four sentences without it.
    static readonly object Article = new
    {
        title = "Cluster munitions for Ukraine",
        text = "The shipment was announced on Friday. Officials gave no date.\n\nThe talks went on. Nothing else was decided.",
    };

    static (double Emphasis, int Sentences) ClusterMunitions(JsonNode analysis)
    {
        var score = analysis["scores"]!.AsArray().Single(s =>
            s!["category"]!.GetValue<string>() == "cluster_munitions" && s["voice"]!.GetValue<string>() == "outlet")!;
        return (score["emphasis"]!.GetValue<double>(), analysis["counts"]!["sentences_outlet"]!.GetValue<int>());
    }

    [Fact]
    public async Task Stored_articles_are_scored_with_the_configured_weights()
    {
        var created = await (await _client.PostJsonAsync("/api/articles", Article)).JsonAsync();
        var analysis = await (await _client.GetAsync($"/api/articles/{created["id"]!.GetValue<long>()}/analysis?lexicon=topics")).JsonAsync();
        var (emphasis, sentences) = ClusterMunitions(analysis);
        Assert.Equal(5, sentences);
        // Headline 10, every other sentence 1, position not counted: 10 / (10 + 4).
        Assert.Equal(10.0 / (10 + sentences - 1), emphasis, 12);
    }

    [Fact]
    public async Task Analyze_takes_other_weights_for_one_request()
    {
        var response = await _client.PostJsonAsync("/api/analyze", new
        {
            title = "Cluster munitions for Ukraine",
            text = "The shipment was announced on Friday. Officials gave no date.\n\nThe talks went on. Nothing else was decided.",
            lexicon = "topics",
            emphasis = new { headline = 4.0 },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (emphasis, sentences) = ClusterMunitions(await response.JsonAsync());
        Assert.Equal(4.0 / (4 + sentences - 1), emphasis, 12); // the others stay the server's: 1, 1, boost 0

        var plain = await (await _client.PostJsonAsync("/api/analyze", Article)).JsonAsync();
        Assert.Equal(10.0 / (10 + sentences - 1), ClusterMunitions(plain).Emphasis, 12);
    }

    [Theory]
    [InlineData("""{"text":"A text.","emphasis":{"lead":0}}""", "emphasis.lead")]
    [InlineData("""{"text":"A text.","emphasis":{"position_boost":-1}}""", "emphasis.position_boost")]
    [InlineData("""{"text":"A text.","emphasis":{"body":1e9}}""", "emphasis.body")]
    [InlineData("""{"text":"A text.","emphasis":{"headline":"high"}}""", "emphasis")]
    [InlineData("""{"text":"A text.","emphasis":{"title":2}}""", "emphasis")]
    public async Task Invalid_weights_are_400_naming_the_weight(string body, string field)
    {
        var problem = await (await _client.PostRawJsonAsync("/api/analyze", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.ErrorFields().Any(f => f.StartsWith(field, StringComparison.Ordinal)), problem.ToJsonString());
    }

    [Theory]
    [InlineData("Headline", "0")]
    [InlineData("PositionBoost", "-0.5")]
    [InlineData("Lead", "two")]
    public void Invalid_configured_weights_stop_the_start_up(string key, string value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>($"Analysis:Emphasis:{key}", value)]).Build();
        var ex = Assert.Throws<InvalidOperationException>(() => FramingApi.Analyses.AnalyzerProvider.EmphasisWeightsFrom(configuration));
        Assert.StartsWith("Analysis:Emphasis", ex.Message, StringComparison.Ordinal);
    }
}
