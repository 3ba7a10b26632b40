using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using FramingApi.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace FramingApi.BrowserTests;

/// <summary>The seed story's page in real Chromium against the real API, checked against what the API itself answers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StoryPageTests(BrowserFixture browser)
{
    const string Story = "biden-icc-evidence-2023";
    const string StoryPath = "/#/story/" + Story;
    const string Comparison = "/api/stories/" + Story + "/comparison";

    [Fact]
    public async Task The_seed_story_page_shows_its_five_sources_by_nine_topics_as_the_api_has_them()
    {
        var comparison = await browser.GetJsonAsync(Comparison);
        var sources = comparison["sources"]!.AsArray();
        var topics = comparison["topics"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Equal(5, sources.Count);
        Assert.Equal(9, topics.Count);

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Biden orders the US to share evidence" }).ClickAsync();
        var heatmap = page.Locator("#emphasis table.matrix");
        await heatmap.WaitForAsync();

        Assert.Equal(5, await heatmap.Locator("tbody tr").CountAsync());
        Assert.Equal(9, await heatmap.Locator("thead th.col-head").CountAsync());
        Assert.Equal(45, await heatmap.Locator("tbody td button.cell").CountAsync());
        var rowNames = await heatmap.Locator("tbody th.row-head").EvaluateAllAsync<string[]>("ths => ths.map(th => th.firstChild.textContent)");
        Assert.Equal(sources.Select(s => s!["name"]!.GetValue<string>()), rowNames);

        foreach (var source in sources)
        {
            var slug = source!["source"]!.GetValue<string>();
            var omissions = source["omissions"]!.AsArray().Select(o => o!.GetValue<string>()).ToHashSet();
            foreach (var topic in source["topics"]!.AsArray())
            {
                var key = topic!["topic"]!.GetValue<string>();
                var cell = heatmap.Locator($"td[data-row='{slug}'][data-col='{key}'] button");
                var state = await cell.GetAttributeAsync("data-state");
                if (topic["covered"]!.GetValue<bool>())
                {
                    Assert.Equal("value", state);
                    Assert.Equal(topic["emphasis"]!.GetValue<double>().ToString("0.00", CultureInfo.InvariantCulture), (await cell.InnerTextAsync()).Trim());
                    var label = await cell.GetAttributeAsync("aria-label");
                    Assert.Contains($"rank {topic["rank"]!.GetValue<int>()} of 5", label);
                    Assert.Contains($"{topic["hits"]!.GetValue<int>()} hit", label);
                }
                else
                {
                    Assert.Equal(omissions.Contains(key) ? "omitted" : "empty", state);
                    Assert.Equal("true", await cell.GetAttributeAsync("aria-disabled"));
                    if (!omissions.Contains(key)) Assert.Equal("", (await cell.InnerTextAsync()).Trim());
                }
            }
        }
        // The seed story has at least one blind spot (a topic most others cover), so the omitted state is exercised.
        Assert.True(await heatmap.Locator("button[data-state='omitted']").CountAsync() > 0);

        // The rank shows on hover.
        var cluster = heatmap.Locator("td[data-row='libertarian-institute'][data-col='cluster_munitions'] button");
        await cluster.HoverAsync();
        await Assertions.Expect(page.Locator("#tooltip")).ToContainTextAsync("rank 1 of 5");

        await page.Mouse.MoveAsync(0, 0);
        await session.ScreenshotAsync("story-1366.png");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task The_Libertarian_Institute_cluster_munitions_cell_highlights_exactly_the_api_evidence_spans()
    {
        var comparison = await browser.GetJsonAsync(Comparison);
        var topic = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!["topics"]!
            .AsArray().Single(t => t!["topic"]!.GetValue<string>() == "cluster_munitions")!;
        var evidence = await browser.GetJsonAsync(topic["evidence"]!.GetValue<string>() + "&page_size=200");
        // Reader comments never count in a comparison: the page leaves them out of the topic's evidence.
        var expected = evidence["items"]!.AsArray().Select(Span.From).Where(s => s.Voice != "comments").OrderBy(s => s.Start).ToList();
        Assert.Equal(topic["hits"]!.GetValue<int>(), expected.Count);

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(StoryPath);
        await page.Locator("#emphasis td[data-row='libertarian-institute'][data-col='cluster_munitions'] button").ClickAsync();
        var marks = await HighlightedSpansAsync(page, expected.Count);

        Assert.Equal(expected.Select(s => (s.Article, s.Start, s.End)), marks.Select(s => (s.Article, s.Start, s.End)));
        foreach (var article in expected.Select(s => s.Article).Distinct())
        {
            var text = (await browser.GetJsonAsync($"/api/articles/{article}"))["text"]!.GetValue<string>();
            foreach (var (mark, api) in marks.Zip(expected).Where(p => p.First.Article == article))
            {
                Assert.Equal(text[api.Start..api.End], mark.Text);
                Assert.Equal(api.Matched, mark.Text);
                Assert.Equal(api.Voice, mark.Voice);
            }
        }
        // Sentences as the API numbers them (from 0), in the span list and the legend that says so: one convention
        // between the page, its CSV and the JSON.
        var sentences = evidence["items"]!.AsArray().Where(e => e!["voice"]!.GetValue<string>() != "comments")
            .Select(e => e!["sentence"]!.GetValue<int>()).Order().ToList();
        var listed = (await page.Locator("#evidence .span-list li").AllInnerTextsAsync())
            .Select(t => int.Parse(System.Text.RegularExpressions.Regex.Match(t, @"\bsentence (\d+)\b").Groups[1].Value)).Order().ToList();
        Assert.Equal(sentences, listed);
        await Assertions.Expect(page.Locator("#evidence .evidence-legend")).ToContainTextAsync("numbered from 0");
        // The article is shown with its segments: the headline is labelled as such.
        await Assertions.Expect(page.Locator("#evidence .text-seg.seg-headline").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#evidence .evidence-summary")).ToContainTextAsync($"{expected.Count} spans in 1 article");

        await page.Locator("#evidence mark[data-span]").First.ScrollIntoViewIfNeededAsync();
        await session.ScreenshotAsync("evidence-1366.png", fullPage: false);

        // A number opens as many spans as it counts: the evidence link carries the voice the number counts
        // (voice=article: outlet + quotations), so the reader comments of the article are not listed with it.
        await page.Keyboard.PressAsync("Escape");
        var beltway = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "outside-the-beltway")!["topics"]!
            .AsArray().Single(t => t!["topic"]!.GetValue<string>() == "pentagon_resistance")!;
        Assert.Contains("voice=article", beltway["evidence"]!.GetValue<string>());
        var beltwayItems = (await browser.GetJsonAsync(beltway["evidence"]!.GetValue<string>() + "&page_size=200"))["items"]!.AsArray();
        Assert.DoesNotContain(beltwayItems, e => e!["voice"]!.GetValue<string>() == "comments");
        Assert.Equal(beltway["hits"]!.GetValue<int>(), beltwayItems.Count);
        await page.Locator("#emphasis td[data-row='outside-the-beltway'][data-col='pentagon_resistance'] button").ClickAsync();
        var shown = await HighlightedSpansAsync(page, beltway["hits"]!.GetValue<int>());
        Assert.DoesNotContain(shown, s => s.Voice == "comments");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task A_claim_framing_bar_opens_its_mentions_with_the_deciding_marker_underlined()
    {
        var comparison = await browser.GetJsonAsync(Comparison);
        var row = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!["claims"]!
            .AsArray().Single(c => c!["target"]!.GetValue<string>() == "war_crimes" && c["actor"]!.GetValue<string>() == "russia"
                && c["voice"]!.GetValue<string>() == "outlet")!;
        var hedged = row["hedged"]!.GetValue<int>();
        Assert.True(hedged > 0);
        var analysis = await browser.GetJsonAsync("/api/articles/1/analysis?lexicon=claims&category=war_crimes");
        var expected = analysis["evidence"]!.AsArray()
            .Where(e => e!["actor"]?.GetValue<string>() == "russia" && e["framing"]?.GetValue<string>() == "hedged" && e["voice"]!.GetValue<string>() == "outlet")
            .Select(e => (Start: e!["start"]!.GetValue<int>(), End: e["end"]!.GetValue<int>(), MarkerStart: e["marker_start"]!.GetValue<int>(), MarkerEnd: e["marker_end"]!.GetValue<int>()))
            .ToList();
        Assert.Equal(hedged, expected.Count);
        var text = (await browser.GetJsonAsync("/api/articles/1"))["text"]!.GetValue<string>();

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(StoryPath);
        await page.Locator("#claims select").SelectOptionAsync("war_crimes");
        var russia = page.Locator(".actor-panel", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Actor: Russia" }) });
        var bar = russia.Locator(".claims-row", new() { HasText = "The Libertarian Institute" }).Locator(".claims-bar-row").First;
        var segment = bar.Locator("button[data-framing='hedged']");
        Assert.Equal(hedged.ToString(CultureInfo.InvariantCulture), await segment.GetAttributeAsync("data-count"));
        await segment.ClickAsync();

        var marks = await HighlightedSpansAsync(page, expected.Count);
        Assert.Equal(expected.Select(e => (e.Start, e.End)), marks.Select(m => (m.Start, m.End)));
        Assert.All(marks, m => Assert.Equal("outlet", m.Voice));
        var markers = await page.Locator("#evidence .article-text .marker").AllInnerTextsAsync();
        // A marker that encloses its claim (scare quotes: the quote marks are the marker) is drawn in pieces around
        // the claim's highlight; the pieces, in order, still spell it.
        var underlined = string.Concat(markers);
        foreach (var e in expected) Assert.Contains(text[e.MarkerStart..e.MarkerEnd], underlined);
        Assert.All(await page.Locator("#evidence .article-text .marker").EvaluateAllAsync<string[]>(
            "els => els.map(e => getComputedStyle(e).textDecorationLine)"), d => Assert.Contains("underline", d));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task The_spans_download_is_the_apis_evidence_csv_escaped_for_a_spreadsheet_with_the_spans_on_the_page()
    {
        var comparison = await browser.GetJsonAsync(Comparison);
        var link = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!["topics"]!
            .AsArray().Single(t => t!["topic"]!.GetValue<string>() == "cluster_munitions")!["evidence"]!.GetValue<string>();
        // The API's own evidence CSV of the cell, as a spreadsheet user asks for it; the page leaves reader comments out.
        var (apiHeader, apiRows) = ReadCsv(await browser.GetTextAsync(link + "&format=csv&escape_formulas=true&page_size=200", "text/csv"));
        var expected = apiRows.Where(r => r["voice"] != "comments").ToList();
        Assert.NotEmpty(expected);

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        var csvRequests = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("format=csv", StringComparison.Ordinal)) csvRequests.Add(request.Url); };
        await page.GotoAsync(StoryPath);
        await page.Locator("#emphasis td[data-row='libertarian-institute'][data-col='cluster_munitions'] button").ClickAsync();
        await HighlightedSpansAsync(page, expected.Count);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#evidence button[data-download='spans']").ClickAsync());
        var (header, rows) = ReadCsv(await File.ReadAllTextAsync((await download.PathAsync())!));

        // Every column of the API's CSV (title and context included, which the page's own CSV lacked), and the rows of
        // exactly the spans on the page, as the API wrote them with escape_formulas=true.
        Assert.Equal(apiHeader, header);
        Assert.Contains("title", header);
        Assert.Contains("context", header);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++) Assert.Equal(expected[i], rows[i]);
        Assert.Contains(csvRequests, u => u.Contains("escape_formulas=true", StringComparison.Ordinal) && u.Contains("/comparison/evidence?", StringComparison.Ordinal));
        Assert.Equal("api", await page.Locator("#evidence button[data-download='spans']").GetAttributeAsync("data-made"));
        Assert.StartsWith("evidence-", download.SuggestedFilename);
        session.AssertNoErrors();
    }

    /// <summary>user20: the sourcing table's Anonymous button asks the API for those spans (attribution=anonymous)
    /// instead of loading every attributed span and filtering them on the page: the dialog's count is the table's,
    /// with no "filtered on this page" note, and every highlighted source is an anonymous one.</summary>
    [Fact]
    public async Task The_anonymous_sources_button_asks_the_api_for_the_anonymous_spans_only()
    {
        var comparison = await browser.GetJsonAsync(Comparison);
        var source = comparison["sources"]!.AsArray().Where(s => s!["sourcing"]!["anonymous"]!.GetValue<int>() > 0)
            .OrderBy(s => s!["source"]!.GetValue<string>(), StringComparer.Ordinal).First()!;
        var anonymous = source["sourcing"]!["anonymous"]!.GetValue<int>();

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        var evidenceRequests = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("/comparison/evidence?", StringComparison.Ordinal)) evidenceRequests.Add(request.Url); };
        await page.GotoAsync(StoryPath);
        await page.Locator("#sourcing tbody tr", new() { HasText = source["name"]!.GetValue<string>() })
            .Locator("td[data-label='Anonymous'] button").ClickAsync();
        await Assertions.Expect(page.Locator("#evidence .evidence-summary")).ToContainTextAsync(new System.Text.RegularExpressions.Regex($@"\b{anonymous} spans?\b"));
        await Assertions.Expect(page.Locator("#evidence .evidence-summary")).Not.ToContainTextAsync("filtered on this page");
        Assert.Contains(evidenceRequests, u => u.Contains("attribution=anonymous", StringComparison.Ordinal));
        var marks = await page.Locator("#evidence .article-text mark[data-span]").EvaluateAllAsync<string[]>("els => els.map(e => e.className)");
        Assert.NotEmpty(marks);
        Assert.All(marks, c => Assert.Contains("attribution-anonymous", c));
        session.AssertNoErrors();
    }

    internal static (string[] Header, List<Dictionary<string, string>> Rows) ReadCsv(string text)
    {
        using var reader = CsvReader.FromText(text, null);
        string[]? header = null;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            header ??= reader.Headers.ToArray();
            rows.Add(header.ToDictionary(h => h, h => reader.GetString(h)));
        }
        return (header ?? [], rows);
    }

    [Fact]
    public async Task The_csv_download_is_the_comparison_with_one_row_per_source_and_measure()
    {
        var apiCsv = await browser.GetTextAsync(Comparison + "?format=csv&escape_formulas=true", "text/csv");
        var comparison = await browser.GetJsonAsync(Comparison);

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(StoryPath);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[data-csv]").ClickAsync());
        var downloaded = await File.ReadAllTextAsync((await download.PathAsync())!);

        Assert.Equal(apiCsv, downloaded);
        using var reader = CsvReader.FromText(downloaded, null);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read()) rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h)));
        Assert.Equal(apiCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1, rows.Count);
        Assert.Equal(5, rows.Select(r => r["source"]).Distinct().Count());
        var emphasis = rows.Where(r => r["group"] == "topic" && r["measure"] == "emphasis")
            .ToDictionary(r => (r["source"], r["key"]), r => double.Parse(r["value"], CultureInfo.InvariantCulture));
        Assert.Equal(5 * 9, emphasis.Count);
        foreach (var source in comparison["sources"]!.AsArray())
            foreach (var topic in source!["topics"]!.AsArray())
                Assert.Equal(topic!["emphasis"]!.GetValue<double>(), emphasis[(source["source"]!.GetValue<string>(), topic["topic"]!.GetValue<string>())]);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task The_heatmap_and_its_evidence_work_from_the_keyboard_alone()
    {
        var comparison = await browser.GetJsonAsync(Comparison);
        var row = comparison["sources"]!.AsArray().Select(s => s!["source"]!.GetValue<string>()).ToList().IndexOf("libertarian-institute");
        var col = comparison["topics"]!.AsArray().Select(t => t!.GetValue<string>()).ToList().IndexOf("cluster_munitions");

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync(StoryPath);
        await page.Locator("#emphasis table.matrix").WaitForAsync();

        // Tab from the top of the page until the heatmap has focus: it is one tab stop, at its first cell.
        var reached = false;
        for (var i = 0; i < 60 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.matches('#emphasis button.cell') ?? false");
        }
        Assert.True(reached, "Tab never reached the heatmap.");
        Assert.Equal("0,0", await FocusedCellAsync(page, comparison));

        for (var i = 0; i < row; i++) await page.Keyboard.PressAsync("ArrowDown");
        for (var i = 0; i < col; i++) await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal($"{row},{col}", await FocusedCellAsync(page, comparison));
        await Assertions.Expect(page.Locator("#tooltip")).ToContainTextAsync("rank 1 of 5");

        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("#evidence");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Locator("#evidence mark[data-span]").First.WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('evidence').contains(document.activeElement)"),
            "Focus should move into the evidence dialog.");

        // A span in the list takes focus to its highlight in the text.
        await page.Locator("#evidence .span-list button").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.matches('#evidence mark[data-span=\"0\"]') ?? false"));

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        Assert.Equal($"{row},{col}", await FocusedCellAsync(page, comparison));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task At_phone_width_nothing_scrolls_sideways()
    {
        await using var session = await browser.OpenAsync(390, 844);
        var page = session.Page;
        foreach (var path in new[] { "/", StoryPath, "/#/compare", "/#/lexicons" })
        {
            await page.GotoAsync(path);
            await page.Locator("main h1").WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await AssertNoSidewaysScrollAsync(page, path);
        }

        await page.GotoAsync(StoryPath);
        await page.Locator("#emphasis table.matrix").WaitForAsync();
        await session.ScreenshotAsync("story-390.png");
        await page.Locator("#emphasis td[data-row='libertarian-institute'][data-col='cluster_munitions'] button").ClickAsync();
        await page.Locator("#evidence mark[data-span]").First.ScrollIntoViewIfNeededAsync();
        await AssertNoSidewaysScrollAsync(page, "the evidence view");
        Assert.True(await page.EvaluateAsync<bool>("() => { const d = document.getElementById('evidence'); return d.scrollWidth <= d.clientWidth; }"),
            "The evidence dialog scrolls sideways.");
        await session.ScreenshotAsync("evidence-390.png", fullPage: false);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_view()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await page.Locator(".story-list").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "the stories");

        await page.GotoAsync(StoryPath);
        await page.Locator("#emphasis table.matrix").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "the story page");

        await page.Locator("#emphasis td[data-row='libertarian-institute'][data-col='cluster_munitions'] button").ClickAsync();
        await page.Locator("#evidence mark[data-span]").First.WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "the evidence view");
        await page.Keyboard.PressAsync("Escape");

        await page.GotoAsync("/#/compare");
        await page.Locator("#emphasis table.matrix").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "the sources comparison");

        await page.GotoAsync("/#/lexicons");
        await page.Locator(".lexicon-list").WaitForAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "the lexicons");
        session.AssertNoErrors();
    }

    static async Task AssertNoSidewaysScrollAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{where} is {widths[0]} px wide in a {widths[1]} px viewport.");
    }

    static async Task<string> FocusedCellAsync(IPage page, JsonNode comparison)
    {
        var cell = await page.EvaluateAsync<string[]>("() => [document.activeElement?.dataset.row ?? '', document.activeElement?.dataset.col ?? '']");
        var row = comparison["sources"]!.AsArray().Select(s => s!["source"]!.GetValue<string>()).ToList().IndexOf(cell[0]);
        var col = comparison["topics"]!.AsArray().Select(t => t!.GetValue<string>()).ToList().IndexOf(cell[1]);
        return $"{row},{col}";
    }

    /// <summary>The highlighted spans of the evidence view, parts of one span joined, in text order.</summary>
    internal static async Task<List<Span>> HighlightedSpansAsync(IPage page, int expectedCount)
    {
        await Assertions.Expect(page.Locator("#evidence mark[data-span]")).Not.ToHaveCountAsync(0);
        var parts = await page.Locator("#evidence .article-text mark[data-span]").EvaluateAllAsync<JsonElement>("""
            marks => marks.map(m => ({
              span: +m.dataset.span, start: +m.dataset.start, end: +m.dataset.end, voice: m.dataset.voice,
              text: m.textContent, article: +m.closest('[data-article-id]').dataset.articleId }))
            """);
        var spans = parts.EnumerateArray()
            .GroupBy(p => p.GetProperty("span").GetInt32())
            .Select(g => new Span(g.First().GetProperty("article").GetInt64(), g.First().GetProperty("start").GetInt32(),
                g.First().GetProperty("end").GetInt32(), string.Concat(g.Select(p => p.GetProperty("text").GetString())),
                g.First().GetProperty("voice").GetString()!, string.Concat(g.Select(p => p.GetProperty("text").GetString()))))
            .OrderBy(s => s.Article).ThenBy(s => s.Start).ToList();
        Assert.Equal(expectedCount, spans.Count);
        return spans;
    }

    internal sealed record Span(long Article, int Start, int End, string Matched, string Voice, string Text)
    {
        public static Span From(JsonNode? e) => new(e!["article_id"]!.GetValue<long>(), e["start"]!.GetValue<int>(), e["end"]!.GetValue<int>(),
            e["matched"]!.GetValue<string>(), e["voice"]!.GetValue<string>(), "");
    }
}
