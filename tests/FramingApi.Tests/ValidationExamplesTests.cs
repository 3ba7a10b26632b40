using System.Net;
using System.Text.Json.Nodes;
using FramingApi.OpenApi;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// The validation endpoints' OpenAPI examples work on the seed story as a fresh install serves it. When the analysis
/// changes how the seed articles split into sentences, capture them again: the sample of the description's query into
/// src/FramingApi/OpenApi/Examples/validation-sample.json, then the set and its report from posting
/// validation-set-request.json (docs/VALIDITY.md).
/// </summary>
public sealed class ValidationExamplesTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    static IEnumerable<string> Units(JsonNode sample) => sample["units"]!.AsArray().Select(u => u!["unit"]!.GetValue<string>());

    [Fact]
    public async Task The_sample_example_is_what_its_query_draws_from_the_seed_story()
    {
        var response = await _client.GetAsync("/api/validation/sample?story=biden-icc-evidence-2023&unit=sentence&n=3&seed=42");
        var sample = await response.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Units(Examples.ValidationSample), Units(sample));
        Assert.True(JsonNode.DeepEquals(Examples.ValidationSample["units"], sample["units"]), $"{sample["units"]}");
    }

    [Fact]
    public async Task The_set_example_is_stored_and_reported()
    {
        var created = await _client.PostJsonAsync("/api/validation/sets", Examples.ValidationSetCreate);
        var set = await created.JsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, set.ToJsonString());
        Assert.Equal(Examples.ValidationSet["codes"]!.GetValue<int>(), set["codes"]!.GetValue<int>());

        var report = await (await _client.GetAsync(set["report"]!.GetValue<string>())).JsonAsync();
        Assert.Equal(Examples.ValidationReport["fields"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()),
            report["fields"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()));
        Assert.Equal(Examples.ValidationReport["fields"]![0]!["alpha_humans"]!.ToJsonString(), report["fields"]![0]!["alpha_humans"]!.ToJsonString());
    }
}
