using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FramingApi.BrowserTests.Infrastructure;
using FramingApi.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FramingApi.BrowserTests;

/// <summary>The sources comparison, the lexicon choice, the time-series slot, and how the page behaves when the API is slow or fails.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OtherViewsTests(BrowserFixture browser)
{
    const string StoryPath = "/#/story/biden-icc-evidence-2023";

    [Fact]
    public async Task The_sources_comparison_over_a_date_range_shows_the_api_numbers_and_their_evidence()
    {
        const string query = "sources=hngn,libertarian-institute,stars-and-stripes&from=2023-07-01&to=2023-07-31";
        var comparison = await browser.GetJsonAsync($"/api/comparisons/sources?{query}");

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync($"/#/compare?{query}");
        var heatmap = page.Locator("#emphasis table.matrix");
        await heatmap.WaitForAsync();

        Assert.Equal(3, await heatmap.Locator("tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator(".compare-form input[name='sources']:checked").CountAsync());
        Assert.Equal("2023-07-01", await page.Locator(".compare-form input[name='from']").InputValueAsync());
        var li = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!;
        var topic = li["topics"]!.AsArray().Single(t => t!["topic"]!.GetValue<string>() == "pentagon_resistance")!;
        var cell = heatmap.Locator("td[data-row='libertarian-institute'][data-col='pentagon_resistance'] button");
        Assert.Equal(topic["emphasis"]!.GetValue<double>().ToString("0.00", CultureInfo.InvariantCulture), (await cell.InnerTextAsync()).Trim());

        // Its evidence comes from the sources comparison's own evidence link.
        var evidence = await browser.GetJsonAsync(topic["evidence"]!.GetValue<string>() + "&page_size=200");
        await cell.ClickAsync();
        var marks = await StoryPageTests.HighlightedSpansAsync(page, evidence["items"]!.AsArray().Count);
        Assert.Equal(evidence["items"]!.AsArray().Select(StoryPageTests.Span.From).Select(s => (s.Article, s.Start, s.End)).OrderBy(s => s),
            marks.Select(s => (s.Article, s.Start, s.End)).OrderBy(s => s));
        await page.Keyboard.PressAsync("Escape");

        // The CSV link is the same comparison as CSV.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[data-csv]").ClickAsync());
        Assert.Equal(await browser.GetTextAsync($"/api/comparisons/sources?{query}&format=csv&escape_formulas=true", "text/csv"),
            await File.ReadAllTextAsync((await download.PathAsync())!));

        await session.ScreenshotAsync("compare-1366.png");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task The_page_is_static_files_at_the_root_revalidated_on_every_load()
    {
        using var page = await browser.Api.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.True(page.Headers.CacheControl?.NoCache, page.Headers.CacheControl?.ToString());
        Assert.Contains("<script type=\"module\" src=\"js/app.js\"></script>", await page.Content.ReadAsStringAsync());
        using var script = await browser.Api.GetAsync("/js/app.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(script.Headers.ETag);
        // The API's own routes are untouched.
        using var swagger = await browser.Api.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }

    [Fact]
    public async Task Each_sourcing_number_opens_as_many_spans_as_it_counts()
    {
        var comparison = await browser.GetJsonAsync("/api/stories/biden-icc-evidence-2023/comparison");
        // Outside the Beltway has reader comments with reporting phrases: they must not be shown behind its numbers.
        var sourcing = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "outside-the-beltway")!["sourcing"]!;

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(StoryPath);
        var row = page.Locator("#sourcing tbody tr", new() { HasText = "Outside the Beltway" });
        var columns = new[] { ("named", 2), ("anonymous", 3), ("unresolved", 4), ("anonymous_source_phrases", 5), ("neutral_verbs", 6), ("loaded_verbs", 7) };
        Assert.Contains(columns, c => sourcing[c.Item1]!.GetValue<int>() > 0);
        foreach (var (measure, column) in columns)
        {
            var count = sourcing[measure]!.GetValue<int>();
            if (count == 0) continue; // a zero opens nothing
            var button = row.Locator($"td:nth-child({column + 1}) button");
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), (await button.InnerTextAsync()).Trim());
            await button.ClickAsync();
            var spans = await StoryPageTests.HighlightedSpansAsync(page, count);
            Assert.All(spans, s => Assert.Equal("outlet", s.Voice));
            await page.Keyboard.PressAsync("Escape");
        }
        session.AssertNoErrors();
    }

    [Fact]
    public async Task The_time_series_shows_once_the_api_offers_it_and_a_note_until_then()
    {
        var openApi = await browser.GetJsonAsync("/openapi/v1.json");
        var offered = openApi["paths"]!.AsObject().ContainsKey("/api/timeseries");

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/#/compare?sources=hngn,libertarian-institute&from=2023-07-20&to=2023-07-31");
        var slot = page.Locator("#timeseries");
        if (offered) await Assertions.Expect(slot.Locator(".line-chart svg[role='img']")).ToBeVisibleAsync();
        else await Assertions.Expect(slot.Locator(".note")).ToContainTextAsync("GET /api/timeseries");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task A_users_own_dictionary_can_be_chosen_and_its_numbers_open_their_evidence()
    {
        const string dic = "%\n1\tcourt\n2\tharm\n%\ncourt*\t1\ntribunal*\t1\nprosecut*\t1\ncivilian*\t2\nkill*\t2\nwounded\t2\n";
        var imported = await browser.Api.PostAsync("/api/lexicons/import?name=my-dictionary", new StringContent(dic, Encoding.UTF8, "text/plain"));
        Assert.True(imported.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        await WaitForRescoringAsync();

        // What the page should show: hits per 1,000 words (own voice + quotations) per source, from each article's analysis.
        var story = await browser.GetJsonAsync("/api/stories/biden-icc-evidence-2023");
        var expected = new Dictionary<string, (int Hits, int Words)>();
        foreach (var article in story["articles"]!.AsArray())
        {
            var analysis = await browser.GetJsonAsync($"/api/articles/{article!["id"]}/analysis?lexicon=my-dictionary");
            var words = analysis["counts"]!["words_outlet"]!.GetValue<int>() + analysis["counts"]!["words_quotation"]!.GetValue<int>();
            var hits = analysis["scores"]!.AsArray().Where(s => s!["voice"]!.GetValue<string>() == "article" && s["category"]!.GetValue<string>() == "court")
                .Sum(s => s!["hits"]!.GetValue<int>());
            var source = article["source"]!.GetValue<string>();
            var (h, w) = expected.GetValueOrDefault(source);
            expected[source] = (h + hits, w + words);
        }
        Assert.Contains(expected.Values, v => v.Hits > 0);

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(StoryPath);
        var select = page.Locator("#lexicon select");
        await Assertions.Expect(select).ToBeEnabledAsync();
        Assert.Equal("my-dictionary", await select.InputValueAsync());   // a user's own lexicon comes first
        await Assertions.Expect(select.Locator("option[value='my-dictionary']")).ToContainTextAsync("yours");
        await page.Locator("#lexicon").GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var matrix = page.Locator("#lexicon table.matrix");
        await matrix.WaitForAsync();

        foreach (var (source, (hits, words)) in expected)
        {
            var cell = matrix.Locator($"td[data-row='{source}'][data-col='court'] button");
            if (hits == 0) { Assert.Equal("empty", await cell.GetAttributeAsync("data-state")); continue; }
            Assert.Equal((hits * 1000.0 / words).ToString("0.0", CultureInfo.InvariantCulture), (await cell.InnerTextAsync()).Trim());
        }

        var (withHits, _) = expected.First(e => e.Value.Hits > 0);
        await matrix.Locator($"td[data-row='{withHits}'][data-col='court'] button").ClickAsync();
        var marks = await StoryPageTests.HighlightedSpansAsync(page, expected[withHits].Hits);
        Assert.All(marks, m => Assert.NotEqual("comments", m.Voice));

        // Its spans download as the API's evidence CSV (the story's evidence of this source, lexicon and category),
        // one row per span on the page.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#evidence button[data-download='spans']").ClickAsync());
        var (header, rows) = StoryPageTests.ReadCsv(await File.ReadAllTextAsync((await download.PathAsync())!));
        Assert.Equal("api", await page.Locator("#evidence button[data-download='spans']").GetAttributeAsync("data-made"));
        Assert.Contains("context", header);
        Assert.Equal(marks.Select(m => (m.Article, m.Start, m.End)).Order(),
            rows.Select(r => (long.Parse(r["article_id"], CultureInfo.InvariantCulture), int.Parse(r["start"], CultureInfo.InvariantCulture),
                int.Parse(r["end"], CultureInfo.InvariantCulture))).Order());
        Assert.All(rows, r => Assert.Equal(("my-dictionary", "court", withHits), (r["lexicon"], r["category"], r["source"])));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task A_slow_api_shows_loading_and_a_failing_one_an_error_with_a_working_retry()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        var calls = 0;
        // The first answer is held until the test has seen the loading state (a fixed pause let a slow page load past
        // it), then fails.
        var seenLoading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/api/stories/*/comparison", async route =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await seenLoading.Task;
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 503, ContentType = "application/problem+json",
                    Body = """{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.4","title":"The database is unavailable","status":503}""",
                });
            }
            else await route.ContinueAsync();
        });

        await page.GotoAsync(StoryPath);
        try
        {
            await Assertions.Expect(page.Locator("main .loading[role='status']")).ToBeVisibleAsync();
        }
        finally
        {
            seenLoading.TrySetResult();
        }
        var error = page.Locator("main .error[role='alert']");
        await Assertions.Expect(error).ToContainTextAsync("The database is unavailable");
        await error.GetByRole(AriaRole.Button, new() { Name = "Retry" }).ClickAsync();
        await Assertions.Expect(page.Locator("#emphasis table.matrix")).ToBeVisibleAsync();
        Assert.Equal(2, calls);

        // The only error on the page is the browser's own report of the 503.
        Assert.All(session.Errors, e => Assert.Contains("503", e));
        Assert.Single(session.Errors);
    }

    [Fact]
    public async Task Every_view_loads_without_a_console_error()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.Locator(".story-list").WaitForAsync();
        await page.GotoAsync(StoryPath);
        await page.Locator("#emphasis table.matrix").WaitForAsync();
        foreach (var button in new[] { "#claims .segment", "#sourcing button.num", "#loaded button.cell-value", "#shared .link-button" })
        {
            await page.Locator(button).First.ClickAsync();
            await Assertions.Expect(page.Locator("#evidence .evidence-summary")).ToBeVisibleAsync();
            await page.Locator("#evidence [data-close]").ClickAsync();
        }
        await page.GotoAsync("/#/compare");
        await page.Locator("#emphasis table.matrix").WaitForAsync();
        await page.GotoAsync("/#/lexicons");
        await page.Locator(".lexicon-list").WaitForAsync();
        await page.GotoAsync("/#/nowhere");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Not found");
        session.AssertNoErrors();
    }

    async Task WaitForRescoringAsync() => await Wait.UntilAsync(async () =>
        {
            var jobs = await browser.GetJsonAsync("/api/jobs");
            var list = jobs is JsonArray a ? a : jobs["items"]!.AsArray();
            Assert.DoesNotContain(list, j => j!["status"]!.GetValue<string>() == "failed");
            return jobs;
        }, jobs => (jobs is JsonArray a ? a : jobs["items"]!.AsArray()).All(j => j!["status"]!.GetValue<string>() is "succeeded"),
        "Re-scoring to finish (the jobs)", pollMilliseconds: 200);
}
