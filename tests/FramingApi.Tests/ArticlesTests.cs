using System.Net;
using Dapper;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

public sealed class ArticlesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    async Task Source(string slug) => await _client.PostJsonAsync("/api/sources", new { slug, name = slug });

    async Task<long> CountAsync(string sql, object? args = null)
    {
        await using var conn = await api.OpenDatabaseAsync();
        return await conn.ExecuteScalarAsync<long>(sql, args);
    }

    [Fact]
    public async Task An_article_is_stored_with_its_text_and_segments()
    {
        await Source("seg-src");
        var response = await _client.PostJsonAsync("/api/articles", new
        {
            source = "seg-src", title = "Dam breaks after storm", url = "https://news.example/dam",
            author = "A. Writer", published_at = "2024-03-02T10:00:00Z",
            text = "Dam breaks after storm\n\nA dam broke on Tuesday after three days of rain, officials said, flooding two villages downstream.\n\nResidents were evacuated.",
            comments = new[] { "Terrible news.", "Who maintained the dam?" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.JsonAsync();
        var id = article["id"]!.GetValue<long>();
        Assert.Equal($"/api/articles/{id}", response.Headers.Location?.OriginalString);

        var text = article["text"]!.GetValue<string>();
        var segments = article["segments"]!.AsArray();
        var headline = segments.First(s => s!["kind"]!.GetValue<string>() == "headline")!;
        Assert.Equal("Dam breaks after storm", text[headline["start"]!.GetValue<int>()..headline["end"]!.GetValue<int>()]);
        var comments = segments.Where(s => s!["kind"]!.GetValue<string>() == "comments").Select(s => text[s!["start"]!.GetValue<int>()..s["end"]!.GetValue<int>()]).ToList();
        Assert.Contains("Who maintained the dam?", comments);
        Assert.Contains(segments, s => s!["kind"]!.GetValue<string>() == "lead");

        var fetched = await (await _client.GetAsync($"/api/articles/{id}?include_raw=true")).JsonAsync();
        Assert.Equal("seg-src", fetched["source"]!.GetValue<string>());
        Assert.StartsWith("Dam breaks", fetched["raw"]!.GetValue<string>());
        Assert.Equal(64, fetched["content_hash"]!.GetValue<string>().Length);
    }

    /// <summary>A list item carries the article's language, as the article does: a researcher filtering a page of
    /// results by language should not need one request per article.</summary>
    [Fact]
    public async Task Article_lists_carry_each_article_s_language()
    {
        await Source("lang-src");
        await _client.PostJsonAsync("/api/stories", new { slug = "lang-story", title = "Languages" });
        await _client.PostJsonAsync("/api/articles", new { source = "lang-src", story = "lang-story", language = "de", text = "Der Damm brach am Dienstag nach drei Tagen Regen." });
        await _client.PostJsonAsync("/api/articles", new { source = "lang-src", story = "lang-story", text = "The dam broke on Tuesday after three days of rain." });

        var listed = (await (await _client.GetAsync("/api/articles?source=lang-src")).JsonAsync())["items"]!.AsArray();
        Assert.Equal(["de", "en"], listed.Select(a => a!["language"]!.GetValue<string>()).Order());
        foreach (var item in listed)
        {
            var article = await (await _client.GetAsync($"/api/articles/{item!["id"]}")).JsonAsync();
            Assert.Equal(article["language"]!.GetValue<string>(), item["language"]!.GetValue<string>());
        }
        var searched = (await (await _client.GetAsync("/api/articles?source=lang-src&q=dam")).JsonAsync())["items"]!.AsArray();
        Assert.Equal("en", Assert.Single(searched)!["language"]!.GetValue<string>());
        var story = await (await _client.GetAsync("/api/stories/lang-story")).JsonAsync();
        Assert.Equal(["de", "en"], story["articles"]!.AsArray().Select(a => a!["language"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Html_is_turned_into_text_by_a_parser()
    {
        var html = """
            <html><head><title>t</title><script>var tracking = "war crimes";</script><style>p{}</style></head>
            <body><nav>Home | World | Sport</nav><h1>Bridge reopens</h1>
            <p>The bridge reopened on Monday &amp; traffic resumed.</p><p>Engineers inspected it for weeks.</p>
            <p>The repairs cost less than expected.</p></body></html>
            """;
        var response = await _client.PostJsonAsync("/api/articles", new { html });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.JsonAsync();
        var text = article["text"]!.GetValue<string>();
        Assert.Contains("The bridge reopened on Monday & traffic resumed.", text);
        Assert.DoesNotContain("tracking", text);
        Assert.DoesNotContain("<p>", text);
        // The navigation is kept out of the article: stored only as boilerplate, with the reason, never scored.
        var segments = article["segments"]!.AsArray().Select(s => (Kind: s!["kind"]!.GetValue<string>(),
            Text: text[s["start"]!.GetValue<int>()..s["end"]!.GetValue<int>()], Reason: s["reason"]?.GetValue<string>())).ToList();
        Assert.DoesNotContain(segments, s => s.Kind != "boilerplate" && s.Text.Contains("Home | World"));
        Assert.Contains(("boilerplate", "Home | World | Sport", "navigation"), segments);
    }

    [Fact]
    public async Task The_same_url_or_the_same_text_from_the_same_source_is_one_article()
    {
        await Source("idem-src");
        var body = new { source = "idem-src", url = "https://news.example/idem-1", text = "One unique report about a harbour fire." };
        var first = await _client.PostJsonAsync("/api/articles", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (await first.JsonAsync())["id"]!.GetValue<long>();

        var again = await _client.PostJsonAsync("/api/articles", body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, (await again.JsonAsync())["id"]!.GetValue<long>());

        // Same text, same source, no url: still the same article (whitespace differences do not matter).
        var sameText = await _client.PostJsonAsync("/api/articles", new { source = "idem-src", text = "One unique report   about a harbour fire.\n" });
        Assert.Equal(HttpStatusCode.OK, sameText.StatusCode);
        Assert.Equal(id, (await sameText.JsonAsync())["id"]!.GetValue<long>());

        // The same url with another text is a conflict, and writes nothing.
        var conflict = await _client.PostJsonAsync("/api/articles", new { source = "idem-src", url = "https://news.example/idem-1", text = "A different text." });
        var problem = await conflict.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(id, problem["existing_id"]!.GetValue<long>());

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.slug = 'idem-src'"));
    }

    [Fact]
    public async Task Fifty_concurrent_identical_requests_make_exactly_one_row()
    {
        await Source("race-src");
        var body = new { source = "race-src", url = "https://news.example/race", text = "Fifty copies of the same story arrive at once." };
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _client.PostJsonAsync("/api/articles", body)));

        var other = responses.FirstOrDefault(r => r.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK));
        Assert.True(other is null, $"{other?.StatusCode} among the answers: {(other is null ? "" : await other.Content.ReadAsStringAsync())}");
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.JsonAsync())["id"]!.GetValue<long>()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM articles WHERE url = 'https://news.example/race'"));
        Assert.True(await CountAsync("SELECT count(*) FROM segments WHERE article_id = @id", new { id = ids[0] }) > 0);
    }

    [Fact]
    public async Task Articles_are_listed_with_filters_and_pages()
    {
        await Source("list-a");
        await Source("list-b");
        await _client.PostJsonAsync("/api/stories", new { slug = "list-story", title = "List story" });
        for (var day = 1; day <= 5; day++)
            await _client.PostJsonAsync("/api/articles", new
            {
                source = day % 2 == 0 ? "list-b" : "list-a", story = "list-story",
                published_at = $"2024-01-0{day}T12:00:00Z", text = $"Report number {day} about the list story.",
            });

        var page1 = await (await _client.GetAsync("/api/articles?story=list-story&page_size=2")).JsonAsync();
        Assert.Equal(5, page1["total"]!.GetValue<long>());
        Assert.Equal(3, page1["total_pages"]!.GetValue<int>());
        var firstPage = page1["items"]!.AsArray().Select(i => i!["published_at"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(2, firstPage.Count);
        Assert.True(firstPage[0] > firstPage[1]);

        var page3 = await (await _client.GetAsync("/api/articles?story=list-story&page_size=2&page=3")).JsonAsync();
        Assert.Single(page3["items"]!.AsArray());

        var bySource = await (await _client.GetAsync("/api/articles?source=list-b")).JsonAsync();
        Assert.Equal(2, bySource["total"]!.GetValue<long>());

        var byDate = await (await _client.GetAsync("/api/articles?story=list-story&from=2024-01-02&to=2024-01-03")).JsonAsync();
        Assert.Equal(2, byDate["total"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_deleted_article_is_gone_with_its_segments()
    {
        var created = await (await _client.PostJsonAsync("/api/articles", new { text = "A short-lived report about nothing much." })).JsonAsync();
        var id = created["id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/articles/{id}")).StatusCode);
        await (await _client.GetAsync($"/api/articles/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync($"/api/articles/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM segments WHERE article_id = @id", new { id }));
    }
}
