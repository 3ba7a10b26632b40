using Dapper;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FramingApi.Analysis.Lexicons;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

public sealed class LexiconsApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    static object Lexicon(string name, params (string Term, string Category)[] entries) => new
    {
        name, kind = "custom", description = "test lexicon",
        categories = entries.Select(e => e.Category).Distinct().Select(c => new { key = c }).ToArray(),
        entries = entries.Select(e => new { term = e.Term, categories = new[] { e.Category } }).ToArray(),
    };

    Task<JsonNode> WaitForJobAsync(long id) => Wait.ForJobAsync(_client, id);

    [Fact]
    public async Task The_built_in_lexicons_are_listed_with_their_versions()
    {
        var list = (await (await _client.GetAsync("/api/lexicons")).JsonAsync())["items"]!.AsArray();
        foreach (var name in new[] { "claims", "sourcing", "loaded", "topics" })
        {
            var lexicon = list.Single(l => l!["name"]!.GetValue<string>() == name)!;
            Assert.True(lexicon["builtin"]!.GetValue<bool>());
            Assert.Equal(64, lexicon["latest"]!["content_hash"]!.GetValue<string>().Length);
        }
        var topics = await (await _client.GetAsync("/api/lexicons/topics")).JsonAsync();
        var keys = topics["categories"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "cluster_munitions", "icc_scrutiny_of_us", "pentagon_resistance", "congressional_pressure",
            "child_deportation", "civilian_infrastructure", "bucha", "israel_palestine", "accountability" }, keys);
    }

    [Fact]
    public async Task A_new_version_rescores_stored_articles_in_the_background_and_scores_name_it()
    {
        var article = await (await _client.PostJsonAsync("/api/articles", new { text = "The harbour flooded twice this spring. Fishermen lost boats in the harbour." })).JsonAsync();
        var id = article["id"]!.GetValue<long>();

        var created = await _client.PostJsonAsync("/api/lexicons", Lexicon("harbour-words", ("harbour", "place")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var v1 = await created.JsonAsync();
        Assert.Equal("succeeded", (await WaitForJobAsync(v1["job"]!["id"]!.GetValue<long>()))["status"]!.GetValue<string>());

        var analysis = await (await _client.GetAsync($"/api/articles/{id}/analysis?lexicon=harbour-words")).JsonAsync();
        var score = analysis["scores"]!.AsArray().Single(s => s!["voice"]!.GetValue<string>() == "outlet")!;
        Assert.Equal(2, score["hits"]!.GetValue<int>());
        Assert.Equal(v1["version"]!["id"]!.GetValue<long>(), score["lexicon_version_id"]!.GetValue<long>());

        var v2Response = await _client.PostJsonAsync("/api/lexicons/harbour-words/versions",
            new { kind = "custom", categories = new[] { new { key = "place" } }, entries = new[] { new { term = "harbour", categories = new[] { "place" } }, new { term = "boat*", categories = new[] { "place" } } } });
        Assert.Equal(HttpStatusCode.Created, v2Response.StatusCode);
        var v2 = await v2Response.JsonAsync();
        Assert.Equal(2, v2["version"]!["version"]!.GetValue<int>());
        var job = await WaitForJobAsync(v2["job"]!["id"]!.GetValue<long>());
        Assert.Equal("succeeded", job["status"]!.GetValue<string>());
        Assert.Equal(1.0, job["progress"]!.GetValue<double>());

        analysis = await (await _client.GetAsync($"/api/articles/{id}/analysis?lexicon=harbour-words")).JsonAsync();
        score = analysis["scores"]!.AsArray().Single(s => s!["voice"]!.GetValue<string>() == "outlet")!;
        Assert.Equal(3, score["hits"]!.GetValue<int>());
        Assert.Equal(v2["version"]!["id"]!.GetValue<long>(), score["lexicon_version_id"]!.GetValue<long>());
        Assert.All(analysis["evidence"]!.AsArray(), e => Assert.Equal(v2["version"]!["id"]!.GetValue<long>(), e!["lexicon_version_id"]!.GetValue<long>()));

        // Each version stays readable as it was: ?version=1 has v1's single entry and hash, the latest has both.
        var first = await (await _client.GetAsync("/api/lexicons/harbour-words?version=1")).JsonAsync();
        Assert.Equal(1, first["version"]!["version"]!.GetValue<int>());
        Assert.Equal(v1["version"]!["content_hash"]!.GetValue<string>(), first["version"]!["content_hash"]!.GetValue<string>());
        Assert.Equal(["harbour"], first["entries"]!.AsArray().Select(e => e!["term"]!.GetValue<string>()));
        var latest = await (await _client.GetAsync("/api/lexicons/harbour-words")).JsonAsync();
        Assert.Equal(2, latest["version"]!["version"]!.GetValue<int>());
        Assert.Equal(2, latest["versions"]!.AsArray().Count);
        Assert.Equal(["boat*", "harbour"], latest["entries"]!.AsArray().Select(e => e!["term"]!.GetValue<string>()).Order(StringComparer.Ordinal));

        // The same content again is no new version and no job.
        var same = await _client.PostJsonAsync("/api/lexicons/harbour-words/versions",
            new { kind = "custom", categories = new[] { new { key = "place" } }, entries = new[] { new { term = "boat*", categories = new[] { "place" } }, new { term = "harbour", categories = new[] { "place" } } } });
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(2, (await same.JsonAsync())["version"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_job_also_rescores_an_article_left_with_the_previous_version_behind_its_cursor()
    {
        var v1 = await (await _client.PostJsonAsync("/api/lexicons", Lexicon("stale-words", ("ferry", "boat")))).JsonAsync();
        await WaitForJobAsync(v1["job"]!["id"]!.GetValue<long>());
        var article = await (await _client.PostJsonAsync("/api/articles", new { text = "The ferry left at dawn. A second ferry followed the barge." })).JsonAsync();
        var id = article["id"]!.GetValue<long>();
        var v2 = await (await _client.PostJsonAsync("/api/lexicons/stale-words/versions", new
        {
            kind = "custom", categories = new[] { new { key = "boat" } },
            entries = new[] { new { term = "ferry", categories = new[] { "boat" } }, new { term = "barge", categories = new[] { "boat" } } },
        })).JsonAsync();
        var v1Id = v1["version"]!["id"]!.GetValue<long>();
        var v2Id = v2["version"]!["id"]!.GetValue<long>();
        var jobId = v2["job"]!["id"]!.GetValue<long>();
        await WaitForJobAsync(jobId);

        // What an ingestion that read the lexicons just before v2 existed, and committed after the job had passed its
        // id, leaves behind: the article scored with v1. Then the job runs again from past every article.
        await using (var db = await api.OpenDatabaseAsync())
        {
            await db.ExecuteAsync("""
                UPDATE article_lexicon_versions SET lexicon_version_id = @v1Id, analysis = NULL
                WHERE article_id = @id AND lexicon_version_id = @v2Id;
                UPDATE analysis_jobs SET status = 'queued', last_article_id = (SELECT max(id) FROM articles) WHERE id = @jobId;
                """, new { id, v1Id, v2Id, jobId });
        }
        var job = await WaitForJobAsync(jobId);
        Assert.Equal("succeeded", job["status"]!.GetValue<string>());

        var analysis = await (await _client.GetAsync($"/api/articles/{id}/analysis?lexicon=stale-words")).JsonAsync();
        Assert.Equal(v2Id, Assert.Single(analysis["lexicons"]!.AsArray())!["lexicon_version_id"]!.GetValue<long>());
        var outlet = analysis["scores"]!.AsArray().Single(s => s!["voice"]!.GetValue<string>() == "outlet")!;
        Assert.Equal(3, outlet["hits"]!.GetValue<int>()); // ferry, ferry, barge: v2's entries
        Assert.Equal(v2Id, outlet["lexicon_version_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_article_lists_every_lexicon_version_that_scored_it_even_without_hits()
    {
        var article = await (await _client.PostJsonAsync("/api/articles", new { text = "The weather was mild and the market opened on time." })).JsonAsync();
        var analysis = await (await _client.GetAsync($"/api/articles/{article["id"]!.GetValue<long>()}/analysis")).JsonAsync();
        var listed = analysis["lexicons"]!.AsArray().Select(l => l!["name"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "claims", "sourcing", "loaded", "topics" }, listed);
        Assert.DoesNotContain(analysis["evidence"]!.AsArray(), e => e!["lexicon"]!.GetValue<string>() == "loaded");
    }

    [Fact]
    public async Task A_dic_file_imported_scores_a_text_and_exports_as_the_same_dictionary()
    {
        const string dic = "%\n1\tcare\n2\tharm\n%\nprotect*\t1\nsafe*\t1\nsuffer*\t2\ncivilian deaths\t2\nwounded\t1\t2\n";
        var imported = await _client.PostAsync("/api/lexicons/import?name=care-harm&description=Care%20and%20harm",
            new StringContent(dic, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);

        var analysis = await (await _client.PostJsonAsync("/api/analyze", new
        {
            text = "Aid groups tried to protect the wounded. Civilians suffered, and civilian deaths rose.", lexicon = "care-harm",
        })).JsonAsync();
        var outlet = analysis["scores"]!.AsArray().Where(s => s!["voice"]!.GetValue<string>() == "outlet")
            .ToDictionary(s => s!["category"]!.GetValue<string>(), s => s!["hits"]!.GetValue<int>());
        Assert.Equal(2, outlet["care"]);   // protect, wounded
        Assert.Equal(3, outlet["harm"]);   // wounded, suffered, civilian deaths
        var text = analysis["text"]!.GetValue<string>();
        Assert.All(analysis["evidence"]!.AsArray(), e =>
            Assert.Equal(e!["matched"]!.GetValue<string>(), text[e["start"]!.GetValue<int>()..e["end"]!.GetValue<int>()]));

        var export = await _client.GetAsync("/api/lexicons/care-harm/export?format=dic");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("care-harm-v1.dic", export.Content.Headers.ContentDisposition?.FileName);
        var exported = await export.Content.ReadAsStringAsync();
        Assert.Equal(LiwcDic.Parse(new StringReader(dic), "care-harm"), LiwcDic.Parse(new StringReader(exported), "care-harm"));

        var json = await _client.GetAsync("/api/lexicons/care-harm/export");
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        var fromJson = LexiconJson.Parse(await json.Content.ReadAsStringAsync());
        var original = LiwcDic.Parse(new StringReader(dic), "care-harm");
        Assert.Equal("Care and harm", fromJson.Description);
        Assert.Equal(original.Categories.Select(c => c.Key), fromJson.Categories.Select(c => c.Key));
        Assert.Equal(original.Entries, fromJson.Entries);
    }

    [Theory]
    [InlineData("""{"name":"empty-one","kind":"custom","categories":[{"key":"a"}],"entries":[]}""", "entries")]
    [InlineData("""{"name":"dupes","kind":"custom","categories":[{"key":"a"}],"entries":[{"term":"x","categories":["a"]},{"term":"X","categories":["a"]}]}""", "entries[1].term")]
    [InlineData("""{"name":"undeclared","kind":"custom","categories":[{"key":"a"}],"entries":[{"term":"x","categories":["b"]}]}""", "entries[0].categories")]
    [InlineData("""{"name":"bad kind","kind":"custom","categories":[{"key":"a"}],"entries":[{"term":"x","categories":["a"]}]}""", "name")]
    [InlineData("""{"name":"kindless","kind":"weird","categories":[{"key":"a"}],"entries":[{"term":"x","categories":["a"]}]}""", "kind")]
    [InlineData("""{"name":"broken",""", "body")]
    [InlineData("""{"name":"custom-rules","kind":"custom","categories":[{"key":"a"}],"entries":[{"term":"x","categories":["a"]}],"ruleWords":{"want_verbs":["want"]}}""", "ruleWords")]
    [InlineData("""{"name":"claims-topic-rules","kind":"claims","categories":[{"key":"a","role":"target"}],"entries":[{"term":"x","categories":["a"]}],"ruleWords":{"want_verbs":["want"]}}""", "ruleWords.want_verbs")]
    [InlineData("""{"name":"claims-bad-word","kind":"claims","categories":[{"key":"a","role":"target"}],"entries":[{"term":"x","categories":["a"]}],"ruleWords":{"law_nouns":["law","laws of war"]}}""", "ruleWords.law_nouns[1]")]
    [InlineData("""{"name":"snake-rules","kind":"topics","categories":[{"key":"a"}],"entries":[{"term":"x","categories":["a"]}],"rule_words":{"want_verbs":["want"]}}""", "rule_words")]
    [InlineData("""{"name":"huge-weight","kind":"custom","categories":[{"key":"a"}],"entries":[{"term":"x","categories":["a"],"weight":1e39}]}""", "entries[0].weight")]
    public async Task Invalid_lexicons_are_400_naming_the_field(string body, string field)
    {
        var response = await _client.PostRawJsonAsync("/api/lexicons", body);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.ErrorFields().Any(f => f.StartsWith(field, StringComparison.Ordinal)), problem.ToJsonString());
    }

    [Fact]
    public async Task A_topics_lexicon_s_rule_words_are_posted_and_exported_as_the_schema_spells_them()
    {
        var schema = (await (await _client.GetAsync("/openapi/v1.json")).JsonAsync())["components"]!["schemas"]!["LexiconCreateRequest"]!;
        Assert.NotNull(schema["properties"]!["ruleWords"]);
        Assert.Null(schema["properties"]!["rule_words"]);

        var builtIn = (await (await _client.GetAsync("/api/lexicons/topics/export")).JsonAsync()).AsObject();
        var ruleWords = builtIn["ruleWords"]!.AsObject();
        Assert.Contains("want_verbs", ruleWords.Select(kv => kv.Key));
        builtIn["name"] = "topics-rule-words";
        var created = await _client.PostRawJsonAsync("/api/lexicons", builtIn.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var exported = await (await _client.GetAsync("/api/lexicons/topics-rule-words/export")).JsonAsync();
        Assert.True(JsonNode.DeepEquals(ruleWords, exported["ruleWords"]), exported["ruleWords"]?.ToJsonString());
    }

    [Fact]
    public async Task A_claims_lexicon_s_rule_words_are_posted_and_exported()
    {
        var builtIn = (await (await _client.GetAsync("/api/lexicons/claims/export")).JsonAsync()).AsObject();
        var ruleWords = builtIn["ruleWords"]!.AsObject();
        Assert.Contains("law_nouns", ruleWords.Select(kv => kv.Key));
        Assert.Contains("classified_nouns", ruleWords.Select(kv => kv.Key));
        builtIn["name"] = "claims-rule-words";
        builtIn.Remove("model");
        var created = await _client.PostRawJsonAsync("/api/lexicons", builtIn.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var exported = await (await _client.GetAsync("/api/lexicons/claims-rule-words/export")).JsonAsync();
        Assert.True(JsonNode.DeepEquals(ruleWords, exported["ruleWords"]), exported["ruleWords"]?.ToJsonString());
    }

    [Fact]
    public async Task An_entry_of_ten_thousand_characters_is_rejected()
    {
        var body = new { name = "long-entry", kind = "custom", categories = new[] { new { key = "a" } }, entries = new[] { new { term = new string('x', 10_000), categories = new[] { "a" } } } };
        var problem = await (await _client.PostJsonAsync("/api/lexicons", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("entries[0].term", problem.ErrorFields());
    }

    [Theory]
    [InlineData("%\n1\tcare\n%\nprotect*\t2\n", "line 4")]        // undeclared category number
    [InlineData("1\tcare\n%\nprotect*\t1\n", "line 1")]            // no opening %
    [InlineData("%\n1\tcare\nprotect*\t1\n", null)]                // unterminated header
    [InlineData("%\nx\tcare\n%\nprotect*\t1\n", "line 2")]         // non-numeric category number
    public async Task Malformed_dic_files_are_400_naming_the_line(string dic, string? field)
    {
        var response = await _client.PostAsync("/api/lexicons/import?name=bad-dic", new StringContent(dic, Encoding.UTF8, "text/plain"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        if (field is not null) Assert.Contains(field, problem.ErrorFields());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/lexicons/bad-dic")).StatusCode);
    }

    [Fact]
    public async Task A_hundred_thousand_entry_lexicon_is_accepted_and_used()
    {
        var entries = Enumerable.Range(0, 100_000).Select(i => new { term = $"w{i:x}z", categories = new[] { i % 2 == 0 ? "even" : "odd" } }).ToArray();
        var body = new { name = "huge", kind = "custom", categories = new[] { new { key = "even" }, new { key = "odd" } }, entries };
        var response = await _client.PostJsonAsync("/api/lexicons", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(100_000, (await response.JsonAsync())["version"]!["entry_count"]!.GetValue<int>());

        var analysis = await (await _client.PostJsonAsync("/api/analyze", new { text = "Codes w0z and w1z and w2z appear here.", lexicon = "huge" })).JsonAsync();
        var outlet = analysis["scores"]!.AsArray().Where(s => s!["voice"]!.GetValue<string>() == "outlet")
            .ToDictionary(s => s!["category"]!.GetValue<string>(), s => s!["hits"]!.GetValue<int>());
        Assert.Equal(2, outlet["even"]);
        Assert.Equal(1, outlet["odd"]);
    }

    [Fact]
    public async Task Unknown_lexicons_and_versions_are_404_in_the_path_and_422_in_a_body()
    {
        await (await _client.GetAsync("/api/lexicons/nope")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/lexicons/topics?version=999")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync("/api/lexicons/topics/export?format=xml")).ProblemAsync(HttpStatusCode.BadRequest);
        var lexicon = await (await _client.PostJsonAsync("/api/analyze", new { text = "Some text.", lexicon = "nope" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("lexicon", lexicon.ErrorFields());
        var version = await (await _client.PostJsonAsync("/api/analyze", new { text = "Some text.", lexicon = "topics", lexicon_version = 999 }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("lexicon_version", version.ErrorFields());
        await (await _client.GetAsync("/api/jobs/987654")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_version_must_keep_the_kind_and_name()
    {
        var body = new { name = "other-name", kind = "custom", categories = new[] { new { key = "a" } }, entries = new[] { new { term = "x", categories = new[] { "a" } } } };
        var problem = await (await _client.PostJsonAsync("/api/lexicons/topics/versions", body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("name", problem.ErrorFields());
        var kind = await (await _client.PostJsonAsync("/api/lexicons/topics/versions", body with { name = "topics" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("kind", kind.ErrorFields());
    }
}
