using System.Net;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>The claim, sourcing and topic results of issue 3, through the API on the seed story.</summary>
public sealed class AnalysisApiTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    async Task<(string Text, JsonNode Analysis)> SeedAsync(string source, string? lexicon = null)
    {
        var list = await (await _client.GetAsync($"/api/articles?source={source}")).JsonAsync();
        var id = list["items"]![0]!["id"]!.GetValue<long>();
        var article = await (await _client.GetAsync($"/api/articles/{id}")).JsonAsync();
        var analysis = await (await _client.GetAsync($"/api/articles/{id}/analysis" + (lexicon is null ? "" : $"?lexicon={lexicon}"))).JsonAsync();
        return (article["text"]!.GetValue<string>(), analysis);
    }

    static IEnumerable<JsonNode> Claims(JsonNode analysis, string target) =>
        analysis["evidence"]!.AsArray().Where(e => e!["target"]?.GetValue<string>() == target).Select(e => e!);

    static string Before(string text, JsonNode e, int n)
    {
        var start = e["start"]!.GetValue<int>();
        return text[Math.Max(0, start - n)..start];
    }

    [Fact]
    public async Task Libertarian_institute_hedges_russian_war_crimes_and_asserts_american_ones()
    {
        var (text, analysis) = await SeedAsync("libertarian-institute", "claims");
        var warCrimes = Claims(analysis, "war_crimes").ToList();

        var headline = warCrimes.Where(e => e["segment"]!.GetValue<string>() is "headline" or "lead").ToList();
        Assert.True(headline.Count >= 3, "both headline copies and the lead");
        Assert.All(headline, e =>
        {
            Assert.Equal("russia", e["actor"]!.GetValue<string>());
            Assert.Equal("hedged", e["framing"]!.GetValue<string>());
            Assert.Equal("alleged", e["marker"]!.GetValue<string>().ToLowerInvariant());
        });

        var us = warCrimes.Where(e => Before(text, e, 3) == "US " || Before(text, e, 9) == "American ").ToList();
        Assert.Equal(2, us.Count);
        Assert.All(us, e =>
        {
            Assert.Equal("us", e["actor"]!.GetValue<string>());
            Assert.Equal("asserted", e["framing"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task The_nyt_copy_asserts_russian_war_crimes_and_has_anonymous_sources()
    {
        var (text, analysis) = await SeedAsync("nyt-syndicated-copy");
        var mention = Claims(analysis, "war_crimes").First(e => Before(text, e, 20).EndsWith("evidence of Russian ", StringComparison.Ordinal));
        Assert.Equal("russia", mention["actor"]!.GetValue<string>());
        Assert.Equal("asserted", mention["framing"]!.GetValue<string>());

        var anonymous = analysis["evidence"]!.AsArray()
            .Where(e => e!["category"]!.GetValue<string>() == "anonymous_source")
            .Select(e => e!["matched"]!.GetValue<string>().ToLowerInvariant()).ToList();
        Assert.Contains(anonymous, m => m.Contains("familiar with the matter"));
        Assert.Contains(anonymous, m => m.Contains("condition of anonymity"));
    }

    [Fact]
    public async Task Hngn_asserts_russias_war_crimes_and_hedges_the_us_allegations()
    {
        var (text, analysis) = await SeedAsync("hngn", "claims");
        var warCrimes = Claims(analysis, "war_crimes").ToList();

        var russias = warCrimes.First(e => Before(text, e, 9) == "Russia's ");
        Assert.Equal("russia", russias["actor"]!.GetValue<string>());
        Assert.Equal("asserted", russias["framing"]!.GetValue<string>());

        var usForces = warCrimes.First(e => Before(text, e, 60).Contains("allegations of US forces and the CIA committing", StringComparison.Ordinal));
        Assert.Equal("us", usForces["actor"]!.GetValue<string>());
        Assert.Equal("hedged", usForces["framing"]!.GetValue<string>());

        var biden = warCrimes.First(e => Before(text, e, 18).EndsWith("clearly committed ", StringComparison.Ordinal));
        Assert.Equal("quotation", biden["voice"]!.GetValue<string>());

        // "allegedly made in recent days" and "The evidence allegedly includes" hedge no war-crimes claim.
        Assert.DoesNotContain(warCrimes, e => e["marker"]?.GetValue<string>() == "allegedly");
    }

    [Fact]
    public async Task Stars_and_stripes_hedges_the_accusation_and_covers_bucha()
    {
        var (text, analysis) = await SeedAsync("stars-and-stripes");
        // "accused of targeting civilians and committing atrocities": both claims hedged by "accused of".
        const string context = "accused of targeting civilians and committing atrocities";
        var at = text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(at >= 0, "the sentence is in the stored text");
        foreach (var target in new[] { "targeting civilians", "atrocities" })
        {
            var start = at + context.IndexOf(target, StringComparison.Ordinal);
            var claim = analysis["evidence"]!.AsArray().Single(e => e!["start"]!.GetValue<int>() == start && e["target"] is not null)!;
            Assert.Equal(target, claim["matched"]!.GetValue<string>());
            Assert.Equal("hedged", claim["framing"]!.GetValue<string>());
            Assert.Equal("russia", claim["actor"]!.GetValue<string>());
            Assert.Equal("accused of", claim["marker"]!.GetValue<string>());
        }

        var bucha = analysis["scores"]!.AsArray().Single(s => s!["lexicon"]!.GetValue<string>() == "topics"
            && s["category"]!.GetValue<string>() == "bucha" && s["voice"]!.GetValue<string>() == "article")!;
        Assert.True(bucha["covered"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("cluster_munitions", "libertarian-institute")]
    [InlineData("bucha", "stars-and-stripes")]
    [InlineData("israel_palestine", "libertarian-institute")]
    [InlineData("pentagon_resistance", "libertarian-institute,outside-the-beltway,stars-and-stripes,nyt-syndicated-copy,hngn")]
    [InlineData("child_deportation", "libertarian-institute,outside-the-beltway,stars-and-stripes,nyt-syndicated-copy,hngn")]
    public async Task Topics_are_covered_by_exactly_the_expected_sources(string topic, string coveredBy)
    {
        var expected = coveredBy.Split(',').ToHashSet();
        foreach (var source in new[] { "libertarian-institute", "outside-the-beltway", "stars-and-stripes", "nyt-syndicated-copy", "hngn" })
        {
            var (_, analysis) = await SeedAsync(source, "topics");
            var score = analysis["scores"]!.AsArray().Single(s => s!["category"]!.GetValue<string>() == topic && s["voice"]!.GetValue<string>() == "article")!;
            Assert.True(expected.Contains(source) == score["covered"]!.GetValue<bool>(), $"{topic} covered by {source}: {score["covered"]}");
        }
    }

    [Fact]
    public async Task Cluster_munitions_outweigh_every_topic_the_libertarian_institute_mentions_once_late()
    {
        var (_, analysis) = await SeedAsync("libertarian-institute", "topics");
        var topics = analysis["scores"]!.AsArray().Where(s => s!["voice"]!.GetValue<string>() == "article").Select(s => s!).ToList();
        var cluster = topics.Single(s => s["category"]!.GetValue<string>() == "cluster_munitions");
        var onceLate = topics.Where(s => s["hits"]!.GetValue<int>() == 1 && s["first_mention"]?.GetValue<double>() >= 0.5).ToList();
        Assert.NotEmpty(onceLate);
        Assert.All(onceLate, s => Assert.True(cluster["emphasis"]!.GetValue<double>() > s["emphasis"]!.GetValue<double>(),
            $"{s["category"]}: {s["emphasis"]} ≥ {cluster["emphasis"]}"));
    }

    [Fact]
    public async Task Reader_comments_count_only_under_the_comments_voice()
    {
        var (_, analysis) = await SeedAsync("outside-the-beltway", "claims");
        var evidence = analysis["evidence"]!.AsArray();
        Assert.Contains(evidence, e => e!["voice"]!.GetValue<string>() == "comments" && e["target"]?.GetValue<string>() == "war_crimes");

        foreach (var voice in new[] { "outlet", "quotation", "comments" })
        {
            var evidenceHits = evidence.Count(e => e!["category"]!.GetValue<string>() == "war_crimes" && e["voice"]!.GetValue<string>() == voice);
            var score = analysis["scores"]!.AsArray().SingleOrDefault(s => s!["category"]!.GetValue<string>() == "war_crimes" && s["voice"]!.GetValue<string>() == voice);
            Assert.Equal(evidenceHits, score?["hits"]!.GetValue<int>() ?? 0);
        }
    }

    [Fact]
    public async Task Every_stored_evidence_span_points_at_its_matched_text()
    {
        var list = await (await _client.GetAsync("/api/articles?story=biden-icc-evidence-2023")).JsonAsync();
        foreach (var item in list["items"]!.AsArray())
        {
            var id = item!["id"]!.GetValue<long>();
            var text = (await (await _client.GetAsync($"/api/articles/{id}")).JsonAsync())["text"]!.GetValue<string>();
            var analysis = await (await _client.GetAsync($"/api/articles/{id}/analysis")).JsonAsync();
            Assert.NotEmpty(analysis["evidence"]!.AsArray());
            Assert.NotEmpty(analysis["lexicons"]!.AsArray());
            foreach (var e in analysis["evidence"]!.AsArray())
            {
                Assert.Equal(e!["matched"]!.GetValue<string>(), text[e["start"]!.GetValue<int>()..e["end"]!.GetValue<int>()]);
                if (e["marker_start"] is { } ms)
                    Assert.Equal(e["marker"]!.GetValue<string>(), text[ms.GetValue<int>()..e["marker_end"]!.GetValue<int>()]);
            }
        }
    }

    [Theory]
    [InlineData("!!! ??? ...")]
    [InlineData("word")]
    public async Task Analyze_answers_for_texts_without_sentences(string text)
    {
        var response = await _client.PostJsonAsync("/api/analyze", new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, (await response.JsonAsync())["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Analyze_handles_a_one_megabyte_token()
    {
        var response = await _client.PostJsonAsync("/api/analyze", new { text = new string('z', 1_000_000) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.JsonAsync())["counts"]!["words_outlet"]!.GetValue<int>());
    }

    [Fact]
    public async Task Analyze_rejects_bad_input_like_article_creation()
    {
        var problem = await (await _client.PostRawJsonAsync("/api/analyze", """{"text": "   "}""")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("text", problem.ErrorFields());
        await (await _client.GetAsync("/api/articles/999999/analysis")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/articles/1/analysis?voice=everyone")).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
