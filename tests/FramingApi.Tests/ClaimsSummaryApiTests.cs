using System.Net;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>claims_summary and claims_by_actor in GET /api/articles/{id}/analysis and POST /api/analyze (issue 11 section 2).</summary>
public sealed class ClaimsSummaryApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    // Russia's war crimes: one asserted and two hedged mentions in the outlet's voice (dominant: hedged, 2 of 3).
    // Atrocities: one asserted and one hedged (no majority: mixed).
    const string Text = """
        Russian forces committed war crimes in Bucha.

        Russia's alleged war crimes were documented by the court. Russia's alleged war crimes were reported again on Monday.

        Russian troops committed atrocities in Irpin. The alleged atrocities by Russian troops in Izium were also listed.
        """;

    async Task<JsonNode> OkJsonAsync(HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    static JsonNode Row(JsonNode analysis, string list, string actor, string voice, string? target = null) =>
        analysis[list]!.AsArray().Single(r => r!["actor"]!.GetValue<string>() == actor && r["voice"]!.GetValue<string>() == voice
                                              && (target is null || r["target"]!.GetValue<string>() == target))!;

    static string Evidence(JsonNode analysis) =>
        string.Join("\n", analysis["evidence"]!.AsArray().Where(e => e!["framing"] is not null)
            .Select(e => $"{e!["matched"]} {e["target"]} {e["actor"]} {e["voice"]} {e["framing"]}"));

    [Fact]
    public async Task Analyze_counts_each_framing_and_names_the_majority_or_mixed()
    {
        var analysis = await OkJsonAsync(await _client.PostJsonAsync("/api/analyze", new { text = Text, lexicon = "claims" }));
        var why = Evidence(analysis);

        var warCrimes = Row(analysis, "claims_summary", "russia", "outlet", "war_crimes");
        Assert.True(warCrimes["asserted"]!.GetValue<int>() == 1 && warCrimes["hedged"]!.GetValue<int>() == 2, why);
        Assert.Equal(3, warCrimes["mentions"]!.GetValue<int>());
        Assert.Equal("hedged", warCrimes["dominant"]!.GetValue<string>());
        Assert.Equal("claims", warCrimes["lexicon"]!.GetValue<string>());

        var atrocities = Row(analysis, "claims_summary", "russia", "outlet", "atrocities");
        Assert.True(atrocities["asserted"]!.GetValue<int>() == 1 && atrocities["hedged"]!.GetValue<int>() == 1, why);
        Assert.Equal("mixed", atrocities["dominant"]!.GetValue<string>());

        // Over both targets: 2 asserted, 3 hedged of 5 mentions.
        var russia = Row(analysis, "claims_by_actor", "russia", "outlet");
        Assert.Equal(5, russia["mentions"]!.GetValue<int>());
        Assert.Equal("hedged", russia["dominant"]!.GetValue<string>());
        Assert.Equal("hedged", russia["article_label"]!.GetValue<string>());
        Assert.Null(russia["target"]);
    }

    [Fact]
    public async Task Every_row_is_the_count_of_its_evidence_and_a_denial_counts_as_hedged_only_in_the_article_label()
    {
        const string text = """
            Russia denied committing war crimes in Bucha. Moscow rejected the war crimes allegations as fabricated.
            Russian forces committed war crimes there, the prosecutor said. "These are war crimes," the minister said.
            """;
        var analysis = await OkJsonAsync(await _client.PostJsonAsync("/api/analyze", new { text, lexicon = "claims" }));
        var claims = analysis["evidence"]!.AsArray().Where(e => e!["framing"] is not null).Select(e => e!).ToList();
        Assert.NotEmpty(claims);

        // Recount from the evidence: one row per target, actor and voice; the majority rule by hand.
        var expected = claims.GroupBy(e => (Target: e["target"]!.GetValue<string>(), Actor: e["actor"]!.GetValue<string>(), Voice: e["voice"]!.GetValue<string>()))
            .ToDictionary(g => g.Key, g => g.GroupBy(e => e["framing"]!.GetValue<string>()).ToDictionary(f => f.Key, f => f.Count()));
        var rows = analysis["claims_summary"]!.AsArray();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var row in rows)
        {
            var counts = expected[(row!["target"]!.GetValue<string>(), row["actor"]!.GetValue<string>(), row["voice"]!.GetValue<string>())];
            foreach (var framing in new[] { "asserted", "hedged", "attributed", "denied" })
                Assert.Equal(counts.GetValueOrDefault(framing), row[framing]!.GetValue<int>());
            var total = counts.Values.Sum();
            var majority = counts.Where(c => 2 * c.Value > total).Select(c => c.Key).SingleOrDefault() ?? "mixed";
            Assert.Equal(majority, row["dominant"]!.GetValue<string>());
        }

        foreach (var row in analysis["claims_by_actor"]!.AsArray())
        {
            int Count(string f) => row![f]!.GetValue<int>();
            var total = Count("asserted") + Count("hedged") + Count("attributed") + Count("denied");
            var label = 2 * Count("asserted") > total ? "asserted"
                : 2 * (Count("hedged") + Count("denied")) > total ? "hedged"
                : 2 * Count("attributed") > total ? "attributed" : "mixed";
            Assert.Equal(label, row!["article_label"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_stored_article_has_the_summary_of_its_analysis_and_the_filters_apply_to_it()
    {
        var created = await OkJsonAsync(await _client.PostJsonAsync("/api/articles", new { text = Text, url = "https://summary.example/1" }));
        var id = created["id"]!.GetValue<long>();
        var analysed = await OkJsonAsync(await _client.PostJsonAsync("/api/analyze", new { text = Text }));
        var stored = await OkJsonAsync(await _client.GetAsync($"/api/articles/{id}/analysis"));

        Assert.True(JsonNode.DeepEquals(analysed["claims_summary"], stored["claims_summary"]), $"{analysed["claims_summary"]}\n{stored["claims_summary"]}");
        Assert.True(JsonNode.DeepEquals(analysed["claims_by_actor"], stored["claims_by_actor"]));
        Assert.NotEmpty(stored["claims_summary"]!.AsArray());

        var atrocities = await OkJsonAsync(await _client.GetAsync($"/api/articles/{id}/analysis?category=atrocities"));
        Assert.All(atrocities["claims_summary"]!.AsArray(), r => Assert.Equal("atrocities", r!["target"]!.GetValue<string>()));
        Assert.Equal(2, Row(atrocities, "claims_by_actor", "russia", "outlet")["mentions"]!.GetValue<int>());

        var topics = await OkJsonAsync(await _client.GetAsync($"/api/articles/{id}/analysis?lexicon=topics"));
        Assert.Empty(topics["claims_summary"]!.AsArray());
        Assert.Empty(topics["claims_by_actor"]!.AsArray());
    }
}
