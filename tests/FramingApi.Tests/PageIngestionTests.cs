using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// Real pages in (issue 17): a page sent as its bytes (text/html) or as the JSON field html goes through the extractor;
/// what the page around the article holds is stored as boilerplate with its reason and never scored; the page's
/// metadata fills what the request does not give, each value with its provenance. Every page here is written for
/// the test.
/// </summary>
public sealed class PageIngestionTests(ApiFactory api) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    readonly HttpClient _client = api.Client();

    static PageIngestionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance); // windows-1251 for the test pages

    public async Task InitializeAsync() =>
        await _client.PostJsonAsync("/api/sources", new { slug = "page-wire", name = "Page Wire", kind = "wire" });

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Four paragraphs of made-up article prose without a claim word.</summary>
    static readonly string[] Prose =
    [
        "The city council voted on Tuesday to close the old river bridge to cars, after engineers found cracks in two of its supports, and to open it to cyclists and walkers instead.",
        "The vote was seven to two. Council members who opposed the closure said that the detour through the industrial estate would add twenty minutes to the morning drive for many families.",
        "Engineers told the council that the bridge, built in 1931, could carry pedestrians safely for at least another decade, but that heavy lorries had worn the steel beyond repair.",
        "A new bridge for cars is planned a mile downstream. The council expects to choose a design next spring, and work could start the following year if the regional grant is approved.",
    ];

    static string Paragraphs => string.Concat(Prose.Select(p => $"<p>{p}</p>\n"));

    /// <summary>A page: head, navigation, the article (headline and prose), a sidebar and a footer.</summary>
    static string Page(string head = "", string sidebar = "", string headline = "Council closes the old river bridge to cars", string htmlAttributes = "") => $"""
        <!DOCTYPE html>
        <html{htmlAttributes}><head><meta charset="utf-8"><title>{headline} | Page Wire</title>{head}</head>
        <body><nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/world">World</a></nav>
        <main><article><h1>{headline}</h1>
        {Paragraphs}</article>
        {sidebar}</main>
        <footer>© Page Wire. All rights reserved.</footer></body></html>
        """;

    const string RelatedStories = """
        <div class="related-stories"><h2>Related stories</h2><ul>
        <li><a href="/a">Russia accused of war crimes and genocide in Bucha</a></li>
        <li><a href="/b">Officials say atrocities were committed, Kremlin denies war crimes</a></li>
        <li><a href="/c">Alleged massacre of civilians under investigation</a></li>
        </ul></div>
        """;

    static async Task<HttpResponseMessage> PostPageAsync(HttpClient client, string path, byte[] page, string contentType)
    {
        var content = new ByteArrayContent(page);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(path, content);
    }

    Task<HttpResponseMessage> PostPageAsync(string path, string page, string contentType = "text/html; charset=utf-8") =>
        PostPageAsync(_client, path, Encoding.UTF8.GetBytes(page), contentType);

    static async Task<JsonNode> CreatedAsync(HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    static List<(string Kind, string Text, string? Reason, int Start, int End)> Segments(JsonNode article)
    {
        var text = article["text"]!.GetValue<string>();
        return article["segments"]!.AsArray().Select(s =>
        {
            int start = s!["start"]!.GetValue<int>(), end = s["end"]!.GetValue<int>();
            return (s["kind"]!.GetValue<string>(), text[start..end], s["reason"]?.GetValue<string>(), start, end);
        }).ToList();
    }

    [Fact]
    public async Task Related_stories_whose_headlines_hold_claim_words_are_stored_as_boilerplate_and_never_scored()
    {
        var article = await CreatedAsync(await PostPageAsync("/api/articles?source=page-wire&url=https://wire.example/bridge-related",
            Page(sidebar: RelatedStories, headline: "Bridge closes after cracks found")));
        var id = article["id"]!.GetValue<long>();
        var segments = Segments(article);

        // The related headlines are in the stored text, as boilerplate with the reason they were removed…
        var related = segments.Where(s => s.Text.Contains("war crimes", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, related.Count);
        Assert.All(related, s => Assert.Equal(("boilerplate", "related links"), (s.Kind, s.Reason)));
        Assert.Equal(string.Join("\n\n", Prose), string.Join("\n\n", segments.Where(s => s.Kind is "lead" or "body").Select(s => s.Text)));

        // …and nothing in them is scored: no evidence at all lies in boilerplate, and no claim was found.
        var analysis = await (await _client.GetAsync($"/api/articles/{id}/analysis")).JsonAsync();
        var boilerplate = segments.Where(s => s.Kind == "boilerplate").ToList();
        Assert.NotEmpty(boilerplate);
        foreach (var e in analysis["evidence"]!.AsArray())
        {
            int start = e!["start"]!.GetValue<int>(), end = e["end"]!.GetValue<int>();
            Assert.DoesNotContain(boilerplate, b => start < b.End && end > b.Start);
        }
        Assert.DoesNotContain(analysis["evidence"]!.AsArray(), e => e!["target"] is not null);
        Assert.All(analysis["scores"]!.AsArray().Where(s => s!["category"]!.GetValue<string>() is "war_crimes" or "genocide" or "atrocities"),
            s => Assert.Equal(0, s!["hits"]!.GetValue<int>()));
        Assert.DoesNotContain(analysis["evidence"]!.AsArray(), e => e!["segment"]!.GetValue<string>() == "boilerplate");
    }

    [Theory]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("application/json")]
    public async Task A_page_with_stray_control_characters_is_read_as_a_browser_reads_it(string contentType)
    {
        // Real pages carry them: a form feed between blocks, a NUL or an escape left in the markup by a CMS.
        var page = Page(headline: $"Control characters\u000C do not stop page {contentType.Length}").Replace("<main>", "<main>\u0000\u001B\f");
        var url = $"https://wire.example/bridge-control-{contentType.Length}";
        var response = contentType == "application/json"
            ? await _client.PostJsonAsync("/api/articles", new { source = "page-wire", url, html = page })
            : await PostPageAsync($"/api/articles?source=page-wire&url={url}", page, contentType);

        var article = await CreatedAsync(response);
        var segments = Segments(article);
        Assert.Equal(string.Join("\n\n", Prose), string.Join("\n\n", segments.Where(s => s.Kind is "lead" or "body").Select(s => s.Text)));
        Assert.DoesNotContain(article["text"]!.GetValue<string>(), c => c < ' ' && c is not ('\n' or '\r' or '\t'));
    }

    [Fact]
    public async Task A_control_character_in_a_field_other_than_the_page_is_still_refused()
    {
        var response = await _client.PostJsonAsync("/api/articles",
            new { source = "page-wire", url = "https://wire.example/bridge-control-title", title = "Bridge\u0007", html = Page() });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["title"], problem.ErrorFields());
    }

    [Fact]
    public async Task Dates_from_json_ld_are_stored_with_their_source()
    {
        const string head = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": "Council closes the old river bridge to cars", "datePublished": "2024-03-02T09:30:00+01:00",
              "dateModified": "2024-03-03T10:00:00Z", "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Berg"}],
              "articleSection": "Local"}</script>
            <link rel="canonical" href="https://wire.example/local/bridge-closes">
            """;
        // A <time> in the page says another day: JSON-LD comes first, and the page's time is not read instead.
        var page = Page(head, sidebar: """<p class="dateline"><time datetime="2020-01-01">1 January 2020</time></p>""",
            headline: "Council closes the old river bridge to cars", htmlAttributes: """ lang="en-GB" """);

        var article = await CreatedAsync(await PostPageAsync("/api/articles?source=page-wire", page));

        Assert.Equal(new DateTime(2024, 3, 2, 8, 30, 0, DateTimeKind.Utc), article["published_at"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("json_ld", article["published_at_source"]!.GetValue<string>());
        Assert.Equal(new DateTime(2024, 3, 3, 10, 0, 0, DateTimeKind.Utc), article["modified_at"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("json_ld", article["modified_at_source"]!.GetValue<string>());
        Assert.Equal(["Ana Ruiz", "Tom Berg"], article["authors"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(("Ana Ruiz, Tom Berg", "json_ld"), (article["author"]!.GetValue<string>(), article["author_source"]!.GetValue<string>()));
        Assert.Equal(("Council closes the old river bridge to cars", "json_ld"), (article["title"]!.GetValue<string>(), article["title_source"]!.GetValue<string>()));
        Assert.Equal(("Local", "json_ld"), (article["section"]!.GetValue<string>(), article["section_source"]!.GetValue<string>()));
        Assert.Equal(("en", "meta"), (article["language"]!.GetValue<string>(), article["language_source"]!.GetValue<string>()));
        Assert.Equal(("https://wire.example/local/bridge-closes", "meta"),
            (article["canonical_url"]!.GetValue<string>(), article["canonical_url_source"]!.GetValue<string>()));
        Assert.Null(article["url"]); // never taken from the page: the url is the identity the client gives
        Assert.Equal("html", article["content_type"]!.GetValue<string>());

        // The same provenance in the article list, in the stored article, and in the story lists' summaries.
        var id = article["id"]!.GetValue<long>();
        var stored = await (await _client.GetAsync($"/api/articles/{id}")).JsonAsync();
        Assert.True(JsonNode.DeepEquals(article, stored), $"{article}\n{stored}");
        var list = await (await _client.GetAsync("/api/articles?source=page-wire&from=2024-03-02&to=2024-03-02")).JsonAsync();
        var listed = list["items"]!.AsArray().Single(a => a!["id"]!.GetValue<long>() == id)!;
        foreach (var field in new[] { "published_at", "published_at_source", "modified_at", "authors", "author_source", "title_source", "section", "canonical_url", "language_source" })
            Assert.True(JsonNode.DeepEquals(article[field], listed[field]), $"{field}: {article[field]} vs {listed[field]}");
    }

    [Fact]
    public async Task Fields_given_in_the_request_win_over_the_page()
    {
        const string head = """
            <meta property="article:published_time" content="2024-03-02T09:30:00Z"><meta name="author" content="Page Author">
            <meta property="article:section" content="Local">
            """;
        var page = Page(head, headline: "Page headline about the bridge", htmlAttributes: """ lang="de" """);

        var article = await CreatedAsync(await PostPageAsync(
            "/api/articles?source=page-wire&url=https://wire.example/given-wins&title=Given%20headline&author=Given%20Author&published_at=2024-05-01&language=en",
            page));

        Assert.Equal(("Given headline", "given"), (article["title"]!.GetValue<string>(), article["title_source"]!.GetValue<string>()));
        Assert.Equal(("Given Author", "given"), (article["author"]!.GetValue<string>(), article["author_source"]!.GetValue<string>()));
        Assert.Equal(new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc), article["published_at"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("given", article["published_at_source"]!.GetValue<string>());
        Assert.Equal(("en", "given"), (article["language"]!.GetValue<string>(), article["language_source"]!.GetValue<string>()));
        Assert.Equal(("https://wire.example/given-wins", "given"), (article["url"]!.GetValue<string>(), article["canonical_url_source"]!.GetValue<string>()));
        // What the request does not give still comes from the page.
        Assert.Equal(("Local", "meta"), (article["section"]!.GetValue<string>(), article["section_source"]!.GetValue<string>()));
        // The given title is the headline segment, in place of the page's.
        var segments = Segments(article);
        Assert.Equal("Given headline", segments.Single(s => s.Kind == "headline").Text);
        Assert.DoesNotContain(segments, s => s.Kind != "boilerplate" && s.Text.Contains("Page headline", StringComparison.Ordinal));

        // The JSON field html: the same rule.
        var json = await CreatedAsync(await _client.PostJsonAsync("/api/articles", new
        {
            source = "page-wire", html = page, title = "Given headline in JSON", published_at = "2024-05-02T00:00:00Z",
        }));
        Assert.Equal(("given", "given", "meta", "meta"), (json["title_source"]!.GetValue<string>(), json["published_at_source"]!.GetValue<string>(),
            json["author_source"]!.GetValue<string>(), json["language_source"]!.GetValue<string>()));
        Assert.Equal(("Page Author", "de"), (json["author"]!.GetValue<string>(), json["language"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_text_article_keeps_given_values_and_names_no_page_source()
    {
        var article = await CreatedAsync(await _client.PostJsonAsync("/api/articles", new
        {
            source = "page-wire", text = string.Join("\n\n", Prose), title = "Bridge closes", url = "https://wire.example/text-bridge",
        }));
        Assert.Equal(("given", "given"), (article["title_source"]!.GetValue<string>(), article["canonical_url_source"]!.GetValue<string>()));
        Assert.Null(article["published_at_source"]);
        Assert.Null(article["author_source"]);
        Assert.Null(article["language_source"]); // the default 'en'
        Assert.Equal("en", article["language"]!.GetValue<string>());
        Assert.Equal("text", article["content_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_in_windows_1251_sent_as_bytes_keeps_its_cyrillic_text()
    {
        const string body = "Городской совет во вторник проголосовал за закрытие старого моста для автомобилей, после того как инженеры обнаружили трещины в двух опорах.";
        var page = $"""
            <html lang="ru"><head><title>Совет закрывает мост</title></head>
            <body><article><h1>Совет закрывает мост</h1><p>{body}</p><p>{body} Решение вступит в силу в понедельник.</p></article></body></html>
            """;
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(page);
        Assert.DoesNotContain(body, Encoding.UTF8.GetString(bytes)); // the bytes are not UTF-8: only the charset makes them readable

        var article = await CreatedAsync(await PostPageAsync(_client, "/api/articles?source=page-wire", bytes, "text/html; charset=windows-1251"));

        var segments = Segments(article);
        Assert.Equal("Совет закрывает мост", segments.Single(s => s.Kind == "headline").Text);
        Assert.Equal(body, segments.First(s => s.Kind == "lead").Text);
        Assert.Equal(("ru", "meta"), (article["language"]!.GetValue<string>(), article["language_source"]!.GetValue<string>()));
        Assert.Equal("Совет закрывает мост", article["title"]!.GetValue<string>());
        var raw = await (await _client.GetAsync($"/api/articles/{article["id"]}?include_raw=true")).JsonAsync();
        Assert.Contains(body, raw["raw"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("text/html; charset=klingon")]   // a label no encoding has: the page's own meta charset decides
    [InlineData("text/html")]                    // no label: the same
    public async Task A_wrong_or_missing_charset_label_falls_back_to_the_pages_own(string contentType)
    {
        const string body = "Депутаты обсуждали бюджет города на следующий год и одобрили новые расходы на ремонт дорог и мостов в центре.";
        var page = $"""
            <html><head><meta charset="windows-1251"><title>Бюджет</title></head>
            <body><article><h1>Бюджет</h1><p>{body}</p><p>{body}</p></article></body></html>
            """;
        var response = await PostPageAsync(_client, "/api/analyze", Encoding.GetEncoding("windows-1251").GetBytes(page), contentType);
        var analysed = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, analysed.ToJsonString());
        Assert.Contains(body, analysed["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_xhtml_page_has_its_body_found()
    {
        var page = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
            <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
            <head><title>XHTML: council closes the bridge</title><meta name="author" content="Ana Ruiz" /></head>
            <body><div id="page"><div class="menu"><a href="/">Home</a> | <a href="/local">Local</a></div>
            <div class="story"><h1>XHTML: council closes the bridge</h1>
            {Paragraphs.Replace("</p>", "</p><br />")}</div>
            <div id="footer">Page Wire, 1 Harbour Street</div></div></body></html>
            """;

        var article = await CreatedAsync(await PostPageAsync("/api/articles?source=page-wire", page, "application/xhtml+xml"));

        var segments = Segments(article);
        Assert.Equal(Prose, segments.Where(s => s.Kind is "lead" or "body").Select(s => s.Text));
        Assert.Equal("XHTML: council closes the bridge", segments.Single(s => s.Kind == "headline").Text);
        Assert.Equal(("Ana Ruiz", "meta"), (article["author"]!.GetValue<string>(), article["author_source"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_page_without_an_article_is_400_saying_so()
    {
        const string page = """
            <html><head><title>Subscribe</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <div class="paywall"><p>Subscribe to read.</p></div><footer>© Page Wire</footer></body></html>
            """;
        var before = await CountAsync("SELECT count(*) FROM articles");

        var asPage = await (await PostPageAsync("/api/articles?source=page-wire", page)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("no article", string.Join(" ", asPage["errors"]!["body"]!.AsArray().Select(m => m!.GetValue<string>())));

        var asJson = await (await _client.PostJsonAsync("/api/articles", new { html = page })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("no article", string.Join(" ", asJson["errors"]!["html"]!.AsArray().Select(m => m!.GetValue<string>())));

        var analysed = await (await PostPageAsync("/api/analyze", page)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("body", analysed.ErrorFields());
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM articles"));
    }

    [Fact]
    public async Task The_same_article_with_another_sidebar_is_a_duplicate()
    {
        var first = await CreatedAsync(await PostPageAsync("/api/articles?source=page-wire",
            Page(sidebar: RelatedStories, headline: "Bridge closes, council says")));
        var again = await PostPageAsync("/api/articles?source=page-wire",
            Page(sidebar: """<aside class="most-read"><h2>Most read</h2><ul><li><a href="/x">Storm warning for the coast</a></li></ul></aside>""",
                headline: "Bridge closes, council says"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var duplicate = await again.JsonAsync();
        Assert.Equal(first["id"]!.GetValue<long>(), duplicate["id"]!.GetValue<long>());
        Assert.Equal(first["content_hash"]!.GetValue<string>(), duplicate["content_hash"]!.GetValue<string>());

        // Another article in the same furniture is not.
        var other = await PostPageAsync("/api/articles?source=page-wire", Page(sidebar: RelatedStories, headline: "Ferry service resumes"));
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    [Fact]
    public async Task Analysing_a_page_answers_what_storing_it_stores()
    {
        var page = Page(sidebar: RelatedStories, headline: "Bridge analysis page");
        var created = await CreatedAsync(await PostPageAsync("/api/articles?source=page-wire&url=https://wire.example/analyze-page", page));
        var stored = await (await _client.GetAsync($"/api/articles/{created["id"]}/analysis")).JsonAsync();

        var response = await PostPageAsync("/api/analyze?source=page-wire&url=https://wire.example/analyze-page&lexicon=claims", page);
        var analysed = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, analysed.ToJsonString());

        Assert.Equal(created["text"]!.GetValue<string>(), analysed["text"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(created["segments"], analysed["segments"]), "segments, with their reasons");
        Assert.Equal(["claims"], analysed["lexicons"]!.AsArray().Select(l => l!["name"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(stored["counts"], analysed["counts"]), "counts");
    }

    [Theory]
    [InlineData("/api/articles?published_at=yesterday", "published_at")]
    [InlineData("/api/articles?source=Not%20A%20Slug", "source")]
    [InlineData("/api/articles?url=ftp://files.example/page", "url")]
    [InlineData("/api/articles?language=English", "language")]
    [InlineData("/api/analyze?lexicon_version=two", "lexicon_version")]
    public async Task Bad_query_parameters_of_a_page_are_400_naming_them(string path, string field)
    {
        var problem = await (await PostPageAsync(path, Page())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Theory]
    [InlineData("/api/articles?url=https://wire.example/json-with-query", "url")]
    [InlineData("/api/articles?title=T", "title")]
    [InlineData("/api/analyze?lexicon=claims", "lexicon")]
    public async Task Page_parameters_with_a_json_body_are_400_not_ignored(string path, string field)
    {
        var problem = await (await _client.PostJsonAsync(path, new { text = "The council met on Tuesday to discuss the budget." }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task An_unknown_source_of_a_page_is_422_naming_it()
    {
        var problem = await (await PostPageAsync("/api/articles?source=no-such-wire", Page())).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("source", problem.ErrorFields());
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_413_and_writes_nothing()
    {
        var before = await CountAsync("SELECT count(*) FROM articles");
        var huge = Page(sidebar: "<!--" + new string('x', 8_100_000) + "-->");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles?source=page-wire")
        {
            Content = new StringContent(huge, Encoding.UTF8, "text/html"),
        };
        request.Headers.ExpectContinue = true;
        await (await _client.SendAsync(request)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM articles"));
    }

    [Fact]
    public async Task A_date_only_in_the_url_is_a_day_with_its_source()
    {
        var article = await CreatedAsync(await PostPageAsync(
            "/api/articles?source=page-wire&url=https://wire.example/2019/11/19/bridge-closes", Page(headline: "Bridge closes in 2019")));
        Assert.Equal(new DateTime(2019, 11, 19, 0, 0, 0, DateTimeKind.Utc), article["published_at"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Equal("url", article["published_at_source"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deleting_a_page_article_deletes_its_metadata_and_reasons()
    {
        var article = await CreatedAsync(await PostPageAsync("/api/articles?source=page-wire", Page(sidebar: RelatedStories, headline: "Short-lived bridge story")));
        var id = article["id"]!.GetValue<long>();
        Assert.True(await CountAsync("SELECT count(*) FROM segment_reasons WHERE article_id = @id", new { id }) > 0);

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/articles/{id}")).StatusCode);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM segment_reasons WHERE article_id = @id", new { id }));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM article_metadata WHERE article_id = @id", new { id }));
    }

    [Fact]
    public async Task Bulk_lines_with_html_are_extracted_with_their_metadata()
    {
        const string head = """<meta property="article:published_time" content="2024-04-04T08:00:00Z">""";
        var good = System.Text.Json.JsonSerializer.Serialize(new { source = "page-wire", html = Page(head, RelatedStories, "Bulk bridge page") });
        var empty = System.Text.Json.JsonSerializer.Serialize(new { html = "<html><body><nav><a href='/'>Home</a></nav></body></html>" });
        var response = await _client.PostAsync("/api/articles/bulk", new StringContent(good + "\n" + empty + "\n", Encoding.UTF8, "application/x-ndjson"));
        var result = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToJsonString());

        var lines = result["results"]!.AsArray();
        Assert.Equal("created", lines[0]!["status"]!.GetValue<string>());
        Assert.Equal("invalid", lines[1]!["status"]!.GetValue<string>());
        Assert.Contains("no article", lines[1]!["errors"]!["html"]![0]!.GetValue<string>());

        var article = await (await _client.GetAsync($"/api/articles/{lines[0]!["id"]}")).JsonAsync();
        Assert.Equal(("meta", "html"), (article["published_at_source"]!.GetValue<string>(), article["content_type"]!.GetValue<string>()));
        Assert.Contains(Segments(article), s => s.Reason == "related links");
    }

    async Task<long> CountAsync(string sql, object? args = null)
    {
        await using var conn = await api.OpenDatabaseAsync();
        return await conn.ExecuteScalarAsync<long>(sql, args);
    }
}
