using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// POST /api/analyze is open to anyone, so what one request can cost is bounded (issue 13, defect 6): the evidence is
/// capped (1,000 spans unless asked for more, up to 20,000), and the answer stays within 25 times its request plus 1 MB
/// whatever the text.
/// </summary>
public sealed class AnalyzeLimitsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    // Every sentence makes several spans: a claim target, its framing marker, a loaded word, a topic cue.
    static string Dense(int sentences) =>
        string.Concat(Enumerable.Repeat("Russia's alleged war crimes and atrocities, officials said. ", sentences));

    async Task<(JsonNode Body, long RequestBytes, long ResponseBytes)> AnalyzeAsync(object body)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(body, Http.Options);
        var response = await _client.PostRawJsonAsync("/api/analyze", json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text[..Math.Min(500, text.Length)]}");
        return (JsonNode.Parse(text)!, Encoding.UTF8.GetByteCount(json), Encoding.UTF8.GetByteCount(text));
    }

    [Fact]
    public async Task The_evidence_is_capped_at_1000_spans_by_default_and_says_how_many_there_are()
    {
        var (body, _, _) = await AnalyzeAsync(new { text = Dense(1_000) });
        var evidence = body["evidence"]!.AsArray();
        var total = body["evidence_total"]!.GetValue<int>();

        Assert.Equal(1_000, evidence.Count);
        Assert.True(total > 2_000, $"evidence_total {total}");
        var starts = evidence.Select(e => e!["start"]!.GetValue<int>()).ToList();
        Assert.Equal(starts.Order(), starts); // the first spans, in text order
    }

    [Fact]
    public async Task More_or_fewer_spans_can_be_asked_for()
    {
        // Long enough for 2,500 spans to fit in twice its size plus 512 KB.
        var text = Dense(4_000);
        var (more, _, _) = await AnalyzeAsync(new { text, evidence_limit = 2_500 });
        var (none, _, _) = await AnalyzeAsync(new { text, evidence_limit = 0 });

        Assert.Equal(2_500, more["evidence"]!.AsArray().Count);
        Assert.Empty(none["evidence"]!.AsArray());
        Assert.Equal(more["evidence_total"]!.GetValue<int>(), none["evidence_total"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(more["scores"], none["scores"]), "The scores count every span, returned or not.");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(20_001)]
    public async Task An_evidence_limit_out_of_range_is_400(int limit)
    {
        var problem = await (await _client.PostJsonAsync("/api/analyze", new { text = "War crimes.", evidence_limit = limit }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("evidence_limit", problem.ErrorFields());
    }

    public static TheoryData<string, object> Hostile => new()
    {
        { "dense matches, all spans asked for", new { text = Dense(6_000), evidence_limit = 20_000 } },
        { "dense matches in a short text", new { text = Dense(150), evidence_limit = 20_000 } },
        { "one character per paragraph", new { text = string.Concat(Enumerable.Repeat("a\n", 150_000)) } },
        { "many one-word comments", new { text = "War crimes.", comments = Enumerable.Repeat("war", 10_000).ToArray() } },
        { "one long matched token", new { text = "alleg" + new string('x', 300_000), evidence_limit = 20_000 } },
        { "short html paragraphs", new { html = string.Concat(Enumerable.Repeat("<p>War crimes, officials said.</p>", 20_000)) } },
    };

    [Theory]
    [MemberData(nameof(Hostile), DisableDiscoveryEnumeration = true)]
    public async Task The_answer_stays_within_25_times_its_request_plus_1_MB(string what, object body)
    {
        var (_, request, response) = await AnalyzeAsync(body);
        Assert.True(response <= 25 * request + 1_000_000, $"{what}: {response:N0} bytes answered to {request:N0}");
    }
}
