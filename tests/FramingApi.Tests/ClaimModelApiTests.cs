using System.Net;
using System.Text.Json.Nodes;
using FramingApi.Lexicons;
using FramingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FramingApi.Tests;

/// <summary>
/// A claim-sentence model file beside the built-in lexicons (<c>seeds/models/claim-sentences.json</c>): the API loads
/// it at start-up, the built-in claims lexicon names it (so it is part of the version every score names), and the
/// analysis runs it. The model here is made by hand: a bias of 10 flags every candidate sentence.
/// </summary>
public sealed class ClaimModelApiTests(ClaimModelApiTests.ModelSeedsFactory api) : IClassFixture<ClaimModelApiTests.ModelSeedsFactory>
{
    /// <summary>An API whose seeds folder holds the built-in lexicons and a hand-made model.</summary>
    public sealed class ModelSeedsFactory : ApiFactory
    {
        public string Seeds { get; } = Path.Combine(Path.GetTempPath(), "framing-seeds-" + Guid.NewGuid().ToString("N")[..12]);

        public ModelSeedsFactory()
        {
            Directory.CreateDirectory(Path.Combine(Seeds, "lexicons"));
            Directory.CreateDirectory(Path.Combine(Seeds, "models"));
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds", "lexicons"), "*.json"))
                File.Copy(file, Path.Combine(Seeds, "lexicons", Path.GetFileName(file)));
            WriteModel(bias: 10);
        }

        public void WriteModel(double bias) => File.WriteAllText(Path.Combine(Seeds, "models", "claim-sentences.json"),
            $$"""{"name": "claim-sentences", "version": 1, "bits": 18, "threshold": 0.9, "bias": {{bias.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "weights": []}""");

        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Seeds:Path", Seeds)];
    }

    readonly HttpClient _client = api.Client();

    [Fact]
    public async Task A_sentence_only_the_model_flags_gets_a_claim_mention_against_russia_marked_as_the_detectors()
    {
        // The rules make no claim of "Prisoners" here (a torture trigger without its cue: ClaimSentenceDetectorTests), and
        // their only claim is quoted, so the article is the detector's to look at; the model flags the sentence, and the
        // claim rules frame the mention at that word ("allegedly": hedged).
        var response = await _client.PostJsonAsync("/api/analyze",
            new { text = "\"Russia committed war crimes,\" the mayor said. Prisoners allegedly came back with broken ribs after months in the camp." });
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {json}");
        var claims = json["evidence"]!.AsArray().Where(e => e!["lexicon"]!.GetValue<string>() == "claims" && e["target"] is not null).ToList();
        Assert.Equal(2, claims.Count);
        var quoted = claims.Single(e => e!["voice"]!.GetValue<string>() == "quotation");
        Assert.False(quoted!["detector"]!.GetValue<bool>());
        var mention = claims.Single(e => e!["voice"]!.GetValue<string>() == "outlet");
        Assert.Equal("Prisoners", mention!["matched"]!.GetValue<string>());
        Assert.Equal("russia", mention["actor"]!.GetValue<string>());
        Assert.Equal("outlet", mention["voice"]!.GetValue<string>());
        Assert.Equal("hedged", mention["framing"]!.GetValue<string>());
        Assert.Equal("allegedly", mention["marker"]!.GetValue<string>());
        Assert.True(mention["detector"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_rules_mentions_are_marked_as_not_the_detectors_and_other_evidence_has_no_mark()
    {
        // A claim the rules frame: the article is theirs, the detector (a fallback) adds nothing.
        var response = await _client.PostJsonAsync("/api/analyze", new { text = "Russian forces committed war crimes in Bucha, officials said. Prisoners came back with broken ribs." });
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {json}");
        var evidence = json["evidence"]!.AsArray();
        var claims = evidence.Where(e => e!["target"] is not null).ToList();
        Assert.Contains(claims, e => e!["matched"]!.GetValue<string>() == "war crimes" && e["actor"]!.GetValue<string>() == "russia");
        Assert.All(claims, e => Assert.False(e!["detector"]!.GetValue<bool>()));
        Assert.All(evidence.Where(e => e!["target"] is null), e => Assert.Null(e!["detector"]));
    }

    [Fact]
    public async Task A_posted_lexicon_never_names_a_model()
    {
        const string Body = """
            "kind": "claims", "categories": [{"key": "war_crimes", "role": "target"}, {"key": "russia", "role": "actor"}],
            "entries": [{"term": "war crimes", "categories": ["war_crimes"]}, {"term": "russia", "categories": ["russia"]}]}
            """;
        var named = await _client.PostRawJsonAsync("/api/lexicons", """{"name": "posted-with-model", "model": "claim-sentences/1 sha256:00", """ + Body);
        var plain = await _client.PostRawJsonAsync("/api/lexicons", """{"name": "posted-without", """ + Body);
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        Assert.Equal(HttpStatusCode.Created, plain.StatusCode);
        // The model is dropped: the same content, the same hash (the name is not part of it).
        Assert.Equal((await plain.JsonAsync())["version"]!["content_hash"]!.GetValue<string>(),
            (await named.JsonAsync())["version"]!["content_hash"]!.GetValue<string>());
    }
}

/// <summary>The built-in claims lexicon's version follows its model file (a class of its own: it changes the model the
/// other class's analysis runs with).</summary>
public sealed class ClaimModelVersionTests(ClaimModelApiTests.ModelSeedsFactory api) : IClassFixture<ClaimModelApiTests.ModelSeedsFactory>
{
    readonly HttpClient _client = api.Client();

    [Fact]
    public async Task A_changed_model_file_is_a_new_version_of_the_claims_lexicon()
    {
        var before = await (await _client.GetAsync("/api/lexicons/claims")).JsonAsync();
        api.WriteModel(bias: 9);
        using (var scope = api.Services.CreateScope())
        {
            var model = ActivatorUtilities.CreateInstance<BuiltinModel>(scope.ServiceProvider);
            await ActivatorUtilities.CreateInstance<BuiltinLexicons>(scope.ServiceProvider, model).SyncAsync(CancellationToken.None);
        }
        var after = await (await _client.GetAsync("/api/lexicons/claims")).JsonAsync();
        Assert.Equal(before["version"]!["version"]!.GetValue<int>() + 1, after["version"]!["version"]!.GetValue<int>());
        Assert.NotEqual(before["version"]!["content_hash"]!.GetValue<string>(), after["version"]!["content_hash"]!.GetValue<string>());
        Assert.Equal(before["entries"]!.AsArray().Count, after["entries"]!.AsArray().Count); // the same terms: only the model changed
    }
}
