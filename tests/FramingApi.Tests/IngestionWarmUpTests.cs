using System.Text.Json.Nodes;
using FramingApi.Articles;
using FramingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FramingApi.Tests;

/// <summary>
/// The start-up warm-up of bulk ingestion (<see cref="IngestionWarmUp"/>): every seed text passes the import's checks
/// and preparation in every round (a warm-up whose lines were refused would warm nothing), and nothing is written.
/// </summary>
public sealed class IngestionWarmUpTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Prepares_every_seed_text_in_every_round_and_writes_nothing()
    {
        var before = await RowCountsAsync();

        var (rounds, prepared) = await IngestionWarmUp.RunAsync(api.Services, CancellationToken.None, minRounds: 2, maxRounds: 2);

        Assert.Equal(2, rounds);
        var seedTexts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds", "articles"), "*.txt").Length;
        Assert.True(seedTexts > 0);
        Assert.Equal(rounds * Environment.ProcessorCount * seedTexts, prepared);
        Assert.Equal(before, await RowCountsAsync());
        var list = JsonNode.Parse(await api.Client().GetStringAsync("/api/articles"))!;
        Assert.Equal(0, list["total"]!.GetValue<long>());
    }

    async Task<(long Articles, long Summaries, long Parts)> RowCountsAsync()
    {
        await using var conn = await api.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_metric_summaries), (SELECT count(*) FROM metric_summary_parts)", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
