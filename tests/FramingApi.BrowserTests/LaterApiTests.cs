using System.Text.Json.Nodes;
using FramingApi.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace FramingApi.BrowserTests;

/// <summary>
/// What the page does with what a later API adds (issue 15: intervals, n and low-n flags on comparison figures; the
/// time-series endpoint). The real answers are taken from the server and only extended in the browser, in the shapes
/// issue 15 names (ci_low / ci_high per measure, n_articles, n_mentions, low_n; rows of source, bucket_start, value).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LaterApiTests(BrowserFixture browser)
{
    [Fact]
    public async Task Intervals_and_low_n_flags_show_when_the_comparison_carries_them()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.RouteAsync("**/api/stories/*/comparison", async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!;
            var li = body["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!;
            var claim = li["claims"]!.AsArray().Single(c => c!["target"]!.GetValue<string>() == "war_crimes"
                && c["actor"]!.GetValue<string>() == "russia" && c["voice"]!.GetValue<string>() == "outlet")!;
            claim["hedged_share_ci_low"] = 0.4;
            claim["hedged_share_ci_high"] = 1.0;
            claim["n_articles"] = 1;
            claim["n_mentions"] = claim["hedged"]!.GetValue<int>();
            claim["low_n"] = true;
            li["sourcing"]!["anonymous_share_ci_low"] = 0.05;
            li["sourcing"]!["anonymous_share_ci_high"] = 0.7;
            li["sourcing"]!["low_n"] = true;
            var topic = li["topics"]!.AsArray().Single(t => t!["topic"]!.GetValue<string>() == "cluster_munitions")!;
            topic["emphasis_ci_low"] = 0.03;
            topic["emphasis_ci_high"] = 0.15;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        });

        await page.GotoAsync("/#/story/biden-icc-evidence-2023");
        var cell = page.Locator("#emphasis td[data-row='libertarian-institute'][data-col='cluster_munitions'] button");
        await Assertions.Expect(cell).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("95 % interval 0.03–0.15"));

        await page.Locator("#claims select").SelectOptionAsync("war_crimes");
        var russia = page.Locator(".actor-panel", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Actor: Russia" }) });
        var row = russia.Locator(".claims-row", new() { HasText = "The Libertarian Institute" }).Locator(".claims-bar-row").First;
        await Assertions.Expect(row.Locator("button[data-framing='hedged']")).ToHaveAttributeAsync("aria-label",
            new System.Text.RegularExpressions.Regex("(\\d+) of \\1 hedged .*100 % \\(95 % interval 40 %–100 %\\)"));
        await Assertions.Expect(row.Locator(".n")).ToContainTextAsync("low n");

        var sourcing = page.Locator("#sourcing tbody tr", new() { HasText = "The Libertarian Institute" });
        await Assertions.Expect(sourcing.Locator(".share-cell")).ToContainTextAsync("5 %–70 %");
        await Assertions.Expect(sourcing.Locator(".share-cell .low-n")).ToBeVisibleAsync();
        Assert.Equal(1, await sourcing.Locator(".share-ci").CountAsync());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task The_real_intervals_and_low_n_of_the_seed_comparison_show_on_the_page()
    {
        // No routing: the API's own field names (hedged_share_ci_low/_ci_high, anonymous_share_ci_low/_ci_high,
        // n_articles, n_mentions, low_n) as the page reads them.
        var comparison = await browser.GetJsonAsync("/api/stories/biden-icc-evidence-2023/comparison");
        var li = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!;
        var claim = li["claims"]!.AsArray().Single(c => c!["target"]!.GetValue<string>() == "war_crimes"
            && c["actor"]!.GetValue<string>() == "russia" && c["voice"]!.GetValue<string>() == "outlet")!;
        Assert.True(claim["low_n"]!.GetValue<bool>());
        static string Percent(JsonNode? v) => $"{Math.Round(v!.GetValue<double>() * 100, MidpointRounding.AwayFromZero)} %";

        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/#/story/biden-icc-evidence-2023");
        await page.Locator("#claims select").SelectOptionAsync("war_crimes");
        var russia = page.Locator(".actor-panel", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Actor: Russia" }) });
        var row = russia.Locator(".claims-row", new() { HasText = "The Libertarian Institute" }).Locator(".claims-bar-row").First;
        var interval = $"(95 % interval {Percent(claim["hedged_share_ci_low"])}–{Percent(claim["hedged_share_ci_high"])})";
        await Assertions.Expect(row.Locator("button[data-framing='hedged']")).ToHaveAttributeAsync("aria-label",
            new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(interval)));
        await Assertions.Expect(row.Locator(".n")).ToContainTextAsync("low n");

        // Each source whose anonymous share has an interval shows it in the sourcing table.
        var withInterval = comparison["sources"]!.AsArray().Where(s => s!["sourcing"]!["anonymous_share_ci_low"] is not null).ToList();
        Assert.NotEmpty(withInterval);
        foreach (var source in withInterval)
        {
            var cell = page.Locator("#sourcing tbody tr", new() { HasText = source!["name"]!.GetValue<string>() }).Locator(".share-cell");
            await Assertions.Expect(cell).ToContainTextAsync(
                $"{Percent(source["sourcing"]!["anonymous_share_ci_low"])}–{Percent(source["sourcing"]!["anonymous_share_ci_high"])}");
        }
        session.AssertNoErrors();
    }

    [Fact]
    public async Task The_time_series_of_the_real_endpoint_is_drawn_per_source_with_a_table_and_redrawn_for_another_measure()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        var requested = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("/api/timeseries?")) requested.Add(request.Url); };

        await page.GotoAsync("/#/compare?sources=hngn,libertarian-institute&from=2023-07-20&to=2023-07-31");
        var chart = page.Locator("#timeseries .line-chart svg[role='img']");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.Equal(2, await chart.Locator("polyline").CountAsync());
        // 12 days for each of the two sources, empty days included: the API's rows, one table row each.
        var rows = page.Locator("#timeseries details tbody tr");
        Assert.Equal(24, await rows.CountAsync());
        var options = await page.Locator("#timeseries select").First.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
        Assert.Contains("hedged_share", options);
        Assert.Contains("category_per_1000", options);
        var query = new Uri(Assert.Single(requested)).Query;
        Assert.Contains("metric=articles", query);
        Assert.Contains("interval=day", query);
        Assert.Contains("sources=hngn%2Clibertarian-institute", query);

        // The day of the seed story holds Libertarian Institute's one article; the days around it hold none.
        var storyDay = rows.Filter(new() { HasText = "The Libertarian Institute" }).Filter(new() { HasText = "2023-07-26" });
        await Assertions.Expect(storyDay.Locator("td").Nth(1)).ToHaveTextAsync("1");

        await page.Locator("#timeseries select").First.SelectOptionAsync("hedged_share");
        await page.Locator("#timeseries select").Nth(1).SelectOptionAsync("week");
        await page.Locator("#timeseries button", new() { HasText = "Show" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(6); // the weeks of 17, 24 and 31 July, per source
        await Assertions.Expect(rows.Filter(new() { HasText = "The Libertarian Institute" }).Filter(new() { HasText = "%–" })).ToHaveCountAsync(1);
        Assert.Contains(requested, u => u.Contains("metric=hedged_share") && u.Contains("interval=week"));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Interval_bands_are_shaded_for_two_sources_and_left_to_the_table_for_more()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        // Bands are the series' polygons with an opacity (triangle and diamond point markers are polygons too).
        var bands = page.Locator("#timeseries .line-chart g.series > polygon[fill-opacity]");
        var caption = page.Locator("#timeseries p.meta");

        await page.GotoAsync("/#/compare?sources=hngn,libertarian-institute&from=2023-07-20&to=2023-07-31");
        await Assertions.Expect(page.Locator("#timeseries .line-chart svg[role='img']")).ToBeVisibleAsync();
        await Assertions.Expect(bands).ToHaveCountAsync(2);
        await Assertions.Expect(caption).ToContainTextAsync("Shaded bands are 95 % intervals");

        // Five sources' bands (each empty day's count alone reaches from 0 to 3.7) would cover the lines with one grey block.
        await page.GotoAsync("/#/compare?sources=hngn,libertarian-institute,stars-and-stripes,outside-the-beltway,nyt-syndicated-copy&from=2023-07-20&to=2023-07-31");
        await Assertions.Expect(page.Locator("#timeseries .line-chart g.series")).ToHaveCountAsync(5);
        await Assertions.Expect(bands).ToHaveCountAsync(0);
        await Assertions.Expect(caption).ToContainTextAsync("The 95 % intervals are in the table below");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task A_server_without_the_time_series_gets_a_note_instead_of_a_failed_request()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.RouteAsync("**/openapi/v1.json", async route =>
        {
            var response = await route.FetchAsync();
            var doc = JsonNode.Parse(await response.TextAsync())!;
            doc["paths"]!.AsObject().Remove("/api/timeseries");
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = doc.ToJsonString() });
        });
        var asked = false;
        page.Request += (_, request) => asked |= request.Url.Contains("/api/timeseries");

        await page.GotoAsync("/#/compare?sources=hngn,libertarian-institute&from=2023-07-20&to=2023-07-31");
        await Assertions.Expect(page.Locator("#timeseries .note")).ToContainTextAsync("once the server offers GET /api/timeseries");
        Assert.False(asked);
        session.AssertNoErrors();
    }
}
