using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>POST /api/analyze takes the body of article creation and analyses it exactly as ingestion does.</summary>
public sealed class AnalyzeApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    const string Html = """
        <html><head><title>Wire | Example</title><script>var tracking = "alleged war crimes";</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article>
          <h1>US to share evidence of alleged Russian war crimes</h1>
          <p>The United States will share evidence of alleged Russian war crimes with the International Criminal Court,
             officials familiar with the matter said on Wednesday.</p>
          <p>"These are atrocities," a senior official said, speaking on condition of anonymity. The Pentagon had
             resisted the move for months, fearing scrutiny of US troops.</p>
          <p>Cluster munitions sent to Ukraine were not discussed, the official claimed.</p>
        </article></body></html>
        """;

    async Task<JsonNode> AnalyzeAsync(object body)
    {
        var response = await _client.PostJsonAsync("/api/analyze", body);
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    static List<JsonNode> Sorted(JsonNode list, Func<JsonNode, string> key) =>
        list.AsArray().Select(n => n!).OrderBy(key, StringComparer.Ordinal).ToList();

    static string ScoreKey(JsonNode s) => $"{s["lexicon"]}|{s["category"]}|{s["voice"]}";

    static string EvidenceKey(JsonNode e) =>
        $"{e["start"]!.GetValue<int>():D8}|{e["lexicon"]}|{e["category"]}|{e["end"]!.GetValue<int>():D8}|{e["term"]}";

    static void AssertSameItems(List<JsonNode> expected, List<JsonNode> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: {expected.Count} stored, {actual.Count} analysed");
        for (var i = 0; i < expected.Count; i++)
            Assert.True(JsonNode.DeepEquals(expected[i], actual[i]), $"{what} {i}: stored {expected[i].ToJsonString()}, analysed {actual[i].ToJsonString()}");
    }

    [Fact]
    public async Task An_html_body_with_a_title_is_analysed_as_the_article_stored_from_it()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "analyze-wire", name = "Analyze Wire", kind = "wire" });
        var body = new
        {
            source = "analyze-wire",
            url = "https://wire.example/analyze-same",
            title = "US to share evidence of alleged Russian war crimes",
            author = "A. Reporter",
            published_at = "2023-07-26T14:00:00Z",
            language = "en",
            html = Html,
            comments = new[] { "These are war crimes, plain and simple.", "The regime lies." },
            boilerplate = new[] { "Sign up for our newsletter about atrocities." },
        };

        var created = await _client.PostJsonAsync("/api/articles", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync())["id"]!.GetValue<long>();
        var article = await (await _client.GetAsync($"/api/articles/{id}")).JsonAsync();
        var stored = await (await _client.GetAsync($"/api/articles/{id}/analysis")).JsonAsync();

        var analysed = await AnalyzeAsync(body);

        Assert.Null(analysed["article_id"]);
        Assert.Equal(article["text"]!.GetValue<string>(), analysed["text"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(article["segments"], analysed["segments"]), "segments");
        Assert.True(JsonNode.DeepEquals(stored["counts"], analysed["counts"]), $"counts: {stored["counts"]} vs {analysed["counts"]}");
        AssertSameItems(Sorted(stored["scores"]!, ScoreKey), Sorted(analysed["scores"]!, ScoreKey), "score");
        AssertSameItems(Sorted(stored["evidence"]!, EvidenceKey), Sorted(analysed["evidence"]!, EvidenceKey), "evidence");
        Assert.NotEmpty(stored["evidence"]!.AsArray());

        // Both name every lexicon version applied, whether it found anything or not.
        var storedLexicons = stored["lexicons"]!.AsArray().Select(l => l!.ToJsonString()).Order().ToList();
        Assert.NotEmpty(storedLexicons);
        Assert.Equal(storedLexicons, analysed["lexicons"]!.AsArray().Select(a => a!.ToJsonString()).Order().ToList());
    }

    [Fact]
    public async Task Article_metadata_is_accepted_and_nothing_is_stored()
    {
        await using var conn = await api.OpenDatabaseAsync();
        var before = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM articles");

        var analysed = await AnalyzeAsync(new
        {
            text = "Officials said Russia committed war crimes.",
            title = "War crimes",
            source = "no-such-source",
            story = "no-such-story",
            url = "https://news.example/never-stored",
            author = "Someone",
            published_at = "2023-07-26",
            language = "en",
        });

        Assert.Contains(analysed["evidence"]!.AsArray(), e => e!["category"]!.GetValue<string>() == "war_crimes");
        Assert.Equal(before, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM articles"));
        Assert.Equal(0L, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM articles WHERE url = 'https://news.example/never-stored'"));
    }

    [Fact]
    public async Task Comments_count_only_under_the_comments_voice()
    {
        var analysed = await AnalyzeAsync(new
        {
            text = "The committee met on Tuesday to discuss the budget.",
            comments = new[] { "These are war crimes, plain and simple.", "Genocide, and nobody cares." },
            lexicon = "claims",
        });

        var claims = analysed["evidence"]!.AsArray().Where(e => e!["target"] is not null).ToList();
        Assert.True(claims.Count >= 2, analysed["evidence"]!.ToJsonString());
        Assert.All(claims, e =>
        {
            Assert.Equal("comments", e!["voice"]!.GetValue<string>());
            Assert.Equal("comments", e["segment"]!.GetValue<string>());
        });

        var warCrimes = analysed["scores"]!.AsArray().Where(s => s!["category"]!.GetValue<string>() == "war_crimes").ToList();
        Assert.Equal(1, warCrimes.Single(s => s!["voice"]!.GetValue<string>() == "comments")!["hits"]!.GetValue<int>());
        Assert.All(warCrimes.Where(s => s!["voice"]!.GetValue<string>() != "comments"), s => Assert.Equal(0, s!["hits"]!.GetValue<int>()));

        var counts = analysed["counts"]!;
        Assert.Equal(9, counts["words_outlet"]!.GetValue<int>());
        Assert.Equal(11, counts["words_comments"]!.GetValue<int>());
        Assert.Equal(2, analysed["segments"]!.AsArray().Count(s => s!["kind"]!.GetValue<string>() == "comments"));
    }

    [Fact]
    public async Task Boilerplate_is_kept_in_the_text_but_never_scored()
    {
        const string text = "The committee met on Tuesday. Officials said the talks went well.";
        var plain = await AnalyzeAsync(new { text });
        var withBoilerplate = await AnalyzeAsync(new
        {
            text,
            boilerplate = new[] { "Photo: alleged war crimes, atrocities and massacres by the regime.", "Officials said: sign up now." },
        });

        var segments = withBoilerplate["segments"]!.AsArray().Where(s => s!["kind"]!.GetValue<string>() == "boilerplate").ToList();
        Assert.Equal(2, segments.Count);
        Assert.Contains("alleged war crimes", withBoilerplate["text"]!.GetValue<string>());
        Assert.All(withBoilerplate["evidence"]!.AsArray(), e => Assert.All(segments, s =>
            Assert.True(e!["end"]!.GetValue<int>() <= s!["start"]!.GetValue<int>() || e["start"]!.GetValue<int>() >= s["end"]!.GetValue<int>(),
                $"evidence {e.ToJsonString()} lies in boilerplate")));

        // Boilerplate comes after the body, so nothing else moves: the analysis is that of the text without it.
        Assert.True(JsonNode.DeepEquals(plain["counts"], withBoilerplate["counts"]), "counts");
        Assert.True(JsonNode.DeepEquals(plain["scores"], withBoilerplate["scores"]), "scores");
        Assert.True(JsonNode.DeepEquals(plain["evidence"], withBoilerplate["evidence"]), "evidence");
    }

    [Theory]
    [InlineData("""{"text": "Some text.", "html": "<p>Some text.</p>"}""", "text")]
    [InlineData("""{"title": "Only a title"}""", "text")]
    [InlineData("""{"text": "   "}""", "text")]
    [InlineData("""{"text": 5}""", "text")]
    [InlineData("""{"text": "Some text.", "comments": "one comment"}""", "comments")]
    [InlineData("""{"text": "Some text.", "comments": ["ok", "  "]}""", "comments[1]")]
    [InlineData("""{"text": "Some text.", "boilerplate": [7]}""", "boilerplate[0]")]
    [InlineData("""{"text": "Some text.", "published_at": "yesterday"}""", "published_at")]
    [InlineData("""{"text": "Some text.", "published_at": "1500-01-01"}""", "published_at")]
    [InlineData("""{"text": "Some text.", "source": "Not A Slug"}""", "source")]
    [InlineData("""{"text": "Some text.", "story": "a--b"}""", "story")]
    [InlineData("""{"text": "Some text.", "url": "ftp://files.example/a"}""", "url")]
    [InlineData("""{"text": "Some text.", "language": "English"}""", "language")]
    [InlineData("""{"text": "Some text.", "lexicon_version": 1}""", "lexicon_version")]
    [InlineData("""{"txt": "Some text."}""", "txt")]
    [InlineData("""{"html": "<script>x()</script>"}""", "html")] // HTML without readable text
    public async Task Bad_input_is_a_validation_problem_as_at_article_creation(string json, string field)
    {
        var problem = await (await _client.PostRawJsonAsync("/api/analyze", json)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());

        // The same body (without analyze's own field) is rejected by article creation for the same field.
        if (field != "lexicon_version")
        {
            var created = await (await _client.PostRawJsonAsync("/api/articles", json)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.Contains(field, created.ErrorFields());
        }
    }
}
