using System.Text.Json;
using Microsoft.Playwright;

namespace FramingApi.BrowserTests.Infrastructure;

/// <summary>axe-core (vendored from npm, Vendor/axe-core, pinned in its VERSION file) injected into the page under test.</summary>
public static class Axe
{
    static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vendor", "axe-core", "axe.min.js")));

    public sealed record Violation(string Id, string Impact, string Help, string[] Nodes);

    /// <summary>Runs axe on the whole document (WCAG 2.0/2.1/2.2 A and AA rules and best practices) and returns the violations.</summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact ?? 'unknown', help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary ?? '').replace(/\s+/g, ' ')),
              }));
            }
            """);
        return json.Deserialize<Violation[]>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Asserts that axe finds no serious or critical violation; lists them all when it does.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        var serious = (await RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {where}:\n" + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes))));
    }
}
