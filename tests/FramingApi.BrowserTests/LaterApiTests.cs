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
    public async Task The_time_series_endpoint_once_offered_is_drawn_per_source_with_a_table()
    {
        await using var session = await browser.OpenAsync();
        var page = session.Page;
        await page.RouteAsync("**/openapi/v1.json", async route =>
        {
            var response = await route.FetchAsync();
            var doc = JsonNode.Parse(await response.TextAsync())!;
            doc["paths"]!["/api/timeseries"] = JsonNode.Parse("""
                {"get":{"parameters":[
                  {"name":"metric","in":"query","schema":{"type":"string","enum":["articles","hedged_share"]}},
                  {"name":"interval","in":"query","schema":{"type":"string","enum":["day","week","month"]}}]}}
                """);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = doc.ToJsonString() });
        });
        var requested = new List<string>();
        await page.RouteAsync("**/api/timeseries?*", async route =>
        {
            requested.Add(route.Request.Url);
            var rows = new JsonArray();
            foreach (var source in new[] { "hngn", "libertarian-institute" })
                for (var day = 20; day <= 31; day++)
                    rows.Add(new JsonObject
                    {
                        ["source"] = source, ["bucket_start"] = $"2023-07-{day}T00:00:00Z", ["n_articles"] = day == 26 ? 1 : 0,
                        ["value"] = day == 26 ? 1 : 0, ["ci_low"] = null, ["ci_high"] = null, ["low_n"] = day == 26,
                    });
            await route.FulfillAsync(new RouteFulfillOptions { ContentType = "application/json", Body = new JsonObject { ["items"] = rows }.ToJsonString() });
        });

        await page.GotoAsync("/#/compare?sources=hngn,libertarian-institute&from=2023-07-20&to=2023-07-31");
        var chart = page.Locator("#timeseries .line-chart svg[role='img']");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.Equal(2, await chart.Locator("polyline").CountAsync());
        Assert.Equal(24, await page.Locator("#timeseries details tbody tr").CountAsync());
        Assert.Equal(["articles", "hedged_share"], await page.Locator("#timeseries select").First.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        var query = new Uri(Assert.Single(requested)).Query;
        Assert.Contains("metric=articles", query);
        Assert.Contains("interval=day", query);
        Assert.Contains("sources=hngn%2Clibertarian-institute", query);
        Assert.Contains("from=2023-07-20", query);
        session.AssertNoErrors();
    }
}
