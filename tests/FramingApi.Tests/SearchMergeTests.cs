using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using FramingApi.Tests.Infrastructure;

namespace FramingApi.Tests;

/// <summary>
/// With <c>Articles:SearchMergeEntries</c> set (docs/PERFORMANCE.md "Bulk ingestion, wave 20"), a bulk import merges the
/// search index's pending list once its batches have added that many index entries instead of after every batch, and
/// once more at its end for what is left. Here the bound is small, so that an import of small articles merges mid-way
/// and at its end; BulkImportTests' import runs with the default, a merge after every batch.
/// </summary>
public sealed class SearchMergeTests(SearchMergeTests.Factory api) : IClassFixture<SearchMergeTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Articles:SearchMergeEntries", "2500")];
    }

    const string MergeSql = "SELECT gin_clean_pending_list('articles_search_idx'::regclass)";

    [Theory]
    [InlineData(610)] // ~10 entries an article: batches 1–2 pass the bound and are merged mid-way, 3–4 (200 and 10) at the end
    [InlineData(230)] // two batches under the bound: only the end's merge
    public async Task Nothing_of_an_import_is_left_pending_and_a_search_finds_every_article(int lines)
    {
        var client = api.Client();
        var slug = $"merge-{lines}";
        await client.PostJsonAsync("/api/sources", new { slug, name = "Merge" });
        await using var conn = await api.OpenDatabaseAsync();
        await conn.ExecuteScalarAsync<long>(MergeSql);

        var body = string.Join("\n", Enumerable.Range(1, lines).Select(i => JsonSerializer.Serialize(new
        {
            source = slug, url = $"https://merge.example/{lines}/{i}",
            text = $"Article {i} of {lines}: the lighthouse keeper counted {i} cormorants on the breakwater, the harbourmaster said.",
        }, Http.Options)));
        var response = await client.PostAsync("/api/articles/bulk", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(lines, (await response.JsonAsync())["created"]!.GetValue<int>());

        Assert.Equal(0, await conn.ExecuteScalarAsync<long>(MergeSql));
        Assert.Equal(lines, await conn.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.slug = @slug AND a.search @@ websearch_to_tsquery('english', 'cormorants breakwater')",
            new { slug }));
    }
}
