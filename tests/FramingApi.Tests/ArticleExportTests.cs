using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// GET /api/articles/export: NDJSON that the bulk import takes back unchanged. The round trip — export, delete every
/// article, import the export as it is — gives the same articles: text, segments (with removal reasons), metadata and
/// its provenance, content hash and analysis, for the seed story's articles and for text and page articles with
/// every part a request can send.
/// </summary>
public sealed class ArticleExportTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    const string Story = "biden-icc-evidence-2023";
    readonly HttpClient _client = api.Client();

    const string Page = """
        <html lang="en"><head><title>Page title | Example Wire</title>
        <meta property="og:title" content="Kyiv says Russia committed war crimes in Izium">
        <meta name="author" content="Page Author">
        <meta property="article:published_time" content="2023-07-25T09:30:00Z">
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Kyiv says Russia committed war crimes in Izium</h1>
        <p>Ukrainian prosecutors said on Tuesday that Russian forces committed war crimes in Izium, where investigators found a mass grave.</p>
        <p>Moscow denied the allegations and said the reports were staged, while the International Criminal Court said it was gathering evidence.</p>
        <p>Officials familiar with the matter said the United States would share its own evidence with the court.</p>
        </article><footer>Copyright Example Wire 2023</footer></body></html>
        """;

    async Task AddArticlesAsync()
    {
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/sources", new { slug = "export-wire", name = "Export Wire" })).StatusCode);
        // Text, with every part a request can send.
        var text = await _client.PostJsonAsync("/api/articles", new
        {
            source = "export-wire", story = Story, url = "https://wire.example/export/1", title = "US to share war crimes evidence",
            author = "Jane Roe", published_at = "2023-07-27T08:00:00Z", language = "en",
            text = "The United States will share evidence of alleged Russian war crimes with the ICC, officials said.\r\n\r\nRussia denied it.",
            comments = new[] { "  =These are war crimes, plain and simple.  ", "Who decides?" },
            boilerplate = new[] { "Photo: Reuters", "Sign up for our newsletter" },
        });
        Assert.Equal(HttpStatusCode.Created, text.StatusCode);
        // A page: metadata from the page where the request gives none, the author given, a comment sent apart.
        var page = await _client.PostJsonAsync("/api/articles", new
        {
            source = "export-wire", url = "https://wire.example/export/2", author = "Given Author", html = Page,
            comments = new[] { "Reader: the evidence is clear." },
        });
        Assert.Equal(HttpStatusCode.Created, page.StatusCode);
        // The page as its bytes, with nothing given but the source.
        var bytes = new ByteArrayContent(Encoding.UTF8.GetBytes(Page.Replace("Izium", "Bucha")));
        bytes.Headers.ContentType = new("text/html") { CharSet = "utf-8" };
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync("/api/articles?source=export-wire", bytes)).StatusCode);
        // Text alone: no metadata at all.
        Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/articles", new { text = "Officials said Russia committed war crimes." })).StatusCode);
    }

    async Task<List<long>> IdsAsync()
    {
        var list = await (await _client.GetAsync("/api/articles?page_size=200")).JsonAsync();
        return list["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()).Order().ToList();
    }

    /// <summary>An article and its analysis as JSON, without what a new row is bound to differ in (ids, creation time).</summary>
    async Task<string> StateAsync(long id)
    {
        var articleResponse = await _client.GetAsync($"/api/articles/{id}");
        var analysisResponse = await _client.GetAsync($"/api/articles/{id}/analysis");
        Assert.Equal(HttpStatusCode.OK, articleResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, analysisResponse.StatusCode);
        var article = await articleResponse.JsonAsync();
        var analysis = await analysisResponse.JsonAsync();
        Assert.NotEmpty(article["segments"]!.AsArray());
        return Strip(new JsonObject { ["article"] = article.DeepClone(), ["analysis"] = analysis.DeepClone() }).ToJsonString();
    }

    static JsonNode Strip(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                    if (key is "id" or "article_id" or "created_at" or "analysis" && o[key] is not JsonObject) o.Remove(key);
                    else if (o[key] is { } child) Strip(child);
                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) Strip(item);
                break;
        }
        return node;
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_store_gives_the_same_articles()
    {
        await AddArticlesAsync();
        var before = new List<string>();
        foreach (var id in await IdsAsync()) before.Add(await StateAsync(id));
        Assert.Equal(9, before.Count);

        var export = await _client.GetAsync("/api/articles/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/x-ndjson", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal("articles.ndjson", export.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(export.Headers.TransferEncodingChunked, "streamed (chunked), not buffered into one Content-Length");
        var body = await export.Content.ReadAsStringAsync();
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Length);
        Assert.EndsWith("\n", body);
        // What a page gave comes back from the page: only the given author is in its line.
        var pageLine = JsonNode.Parse(lines.Single(l => l.Contains("wire.example/export/2")))!.AsObject();
        Assert.Equal(["source", "url", "author", "html", "comments"], pageLine.Select(p => p.Key).ToArray());
        Assert.Equal("Given Author", pageLine["author"]!.GetValue<string>());
        var textLine = JsonNode.Parse(lines.Single(l => l.Contains("wire.example/export/1")))!.AsObject();
        Assert.Equal("=These are war crimes, plain and simple.", textLine["comments"]![0]!.GetValue<string>());
        Assert.Equal("2023-07-27T08:00:00+00:00", textLine["published_at"]!.GetValue<string>());

        foreach (var id in await IdsAsync()) Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/articles/{id}")).StatusCode);
        Assert.Empty(await IdsAsync());

        var import = await _client.PostAsync("/api/articles/bulk", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        var result = await import.JsonAsync();
        Assert.True(import.StatusCode == HttpStatusCode.OK && result["created"]!.GetValue<int>() == 9, result.ToJsonString());

        var after = new List<string>();
        foreach (var id in await IdsAsync()) after.Add(await StateAsync(id));
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++) Assert.Equal(before[i], after[i]);
        // And the export of the imported store is the same file.
        Assert.Equal(body, await (await _client.GetAsync("/api/articles/export")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_filters_are_the_article_lists()
    {
        async Task<string[]> Lines(string query) =>
            (await (await _client.GetAsync($"/api/articles/export?{query}")).Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        async Task<long> Total(string query) => (await (await _client.GetAsync($"/api/articles?{query}")).JsonAsync())["total"]!.GetValue<long>();

        foreach (var query in new[] { "source=libertarian-institute", $"story={Story}", "from=2023-07-26&to=2023-07-26", "q=cluster munitions", "from=2030-01-01" })
            Assert.True((await Lines(query)).Length == await Total(query), query);
        Assert.All(await Lines("source=libertarian-institute"), l => Assert.Equal("libertarian-institute", JsonNode.Parse(l)!["source"]!.GetValue<string>()));
        Assert.Empty(await Lines("from=2030-01-01"));
    }

    [Theory]
    [InlineData("source=no-such-outlet", "source")]
    [InlineData("story=no-such-story", "story")]
    [InlineData("from=yesterday", "from")]
    [InlineData("q=the%20of", "q")]
    [InlineData("page_size=10", "page_size")]
    public async Task A_wrong_filter_is_a_400_naming_it(string query, string field)
    {
        var problem = await (await _client.GetAsync($"/api/articles/export?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }
}

/// <summary>The export of an article stored before metadata provenance was kept (its own class: it alters a row by
/// hand, which the round trip above would rightly count as a difference).</summary>
public sealed class ArticleExportLegacyTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    /// <summary>A text article whose metadata has no provenance (stored before it was kept) can only have had its
    /// title, author, date and a language other than the default from its request: they are exported.</summary>
    [Fact]
    public async Task A_text_article_without_provenance_exports_what_its_request_must_have_given()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "legacy-wire", name = "Legacy Wire" });
        var created = await (await _client.PostJsonAsync("/api/articles", new
        {
            source = "legacy-wire", title = "Krieg", language = "de", published_at = "2023-07-20", text = "Die Beamten sagten, Russland habe Kriegsverbrechen begangen.",
        })).JsonAsync();
        await using (var conn = await api.OpenDatabaseAsync())
            await Dapper.SqlMapper.ExecuteAsync(conn, "UPDATE article_metadata SET title_source = NULL, published_at_source = NULL, language_source = NULL WHERE article_id = @id",
                new { id = created["id"]!.GetValue<long>() });
        var line = JsonNode.Parse((await _client.GetStringAsync("/api/articles/export?source=legacy-wire")).Trim())!.AsObject();
        Assert.Equal(["source", "title", "published_at", "language", "text"], line.Select(p => p.Key).ToArray());
        Assert.Equal("de", line["language"]!.GetValue<string>());
    }
}
