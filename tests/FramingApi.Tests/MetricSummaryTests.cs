using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using FramingApi.Tests.Infrastructure;
using FramingApi.TimeSeries;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FramingApi.Tests;

/// <summary>
/// The per-article metric summaries the time series read (article_metric_summaries, docs/SCALING.md "Metric
/// summaries"): written with every analysis and naming its version, by the re-scoring job too, and rebuilt by the
/// start-up backfill to the same rows and the same series and ETag.
/// </summary>
public sealed class MetricSummaryTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    const string Story = "biden-icc-evidence-2023";
    const string Range = "from=2023-07-20&to=2023-07-31";

    // Every stored analysis has the summary row of its own version; no summary row names another version of its lexicon.
    const string UnsummarisedSql = """
        SELECT (SELECT count(*) FROM article_lexicon_versions v WHERE v.analysis IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM article_metric_summaries m WHERE m.article_id = v.article_id AND m.lexicon_version_id = v.lexicon_version_id))
             + (SELECT count(*) FROM article_metric_summaries m JOIN lexicon_versions mv ON mv.id = m.lexicon_version_id
                JOIN article_lexicon_versions v ON v.article_id = m.article_id AND v.lexicon_id = mv.lexicon_id
                WHERE m.lexicon_version_id <> v.lexicon_version_id)
        """;

    // The rows with their parts by name (metric, key, numerator or denominator) and value.
    const string RowsSql = """
        SELECT m.article_id, m.lexicon_version_id, m.source_id, m.story_id, m.published_at,
               (SELECT string_agg(format('%s/%s/%s=%s', p.metric, p.key, p.denominator, x.val), ';' ORDER BY p.metric, p.key, p.denominator)
                FROM unnest(m.codes, m.vals) AS x(code, val) JOIN metric_summary_parts p ON p.code = x.code) AS parts
        FROM article_metric_summaries m ORDER BY m.article_id, m.lexicon_version_id
        """;

    async Task<JsonNode> OkAsync(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    async Task<long> ScalarAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(api.ConnectionString);
        return await conn.ExecuteScalarAsync<long>(sql);
    }

    [Fact]
    public async Task The_backfill_rebuilds_the_same_summaries_and_the_series_keeps_its_answer_and_etag()
    {
        var url = $"/api/timeseries?sources=hngn,libertarian-institute&{Range}&interval=day&metric=hedged_share";
        var before = await _client.GetAsync(url);
        var body = await before.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(0, await ScalarAsync(UnsummarisedSql));

        await using var data = NpgsqlDataSource.Create(api.ConnectionString);
        await using var conn = await data.OpenConnectionAsync();
        var rows = (await conn.QueryAsync(RowsSql)).Select(r => (string)RowText(r)).ToList();
        Assert.NotEmpty(rows);
        var analyses = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM article_lexicon_versions WHERE analysis IS NOT NULL");
        Assert.Equal(analyses, rows.Count); // one row per analysis (article and lexicon version)
        await conn.ExecuteAsync("DELETE FROM article_metric_summaries");

        Assert.Equal(analyses, await MetricSummaryWriter.BackfillAsync(data, NullLogger.Instance, CancellationToken.None));
        Assert.Equal(rows, (await conn.QueryAsync(RowsSql)).Select(r => (string)RowText(r)).ToList());
        Assert.Equal(0, await MetricSummaryWriter.BackfillAsync(data, NullLogger.Instance, CancellationToken.None));

        var after = await _client.GetAsync(url);
        Assert.Equal(body, await after.Content.ReadAsStringAsync());
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(after.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(revalidate)).StatusCode);
    }

    // Imports a .dic lexicon and waits for the re-scoring job its import starts; the job must succeed.
    async Task ImportAndRescoreAsync(string lexicon, string dic, string? kind = null)
    {
        var query = kind is null ? $"name={lexicon}" : $"name={lexicon}&kind={kind}";
        var imported = await _client.PostAsync($"/api/lexicons/import?{query}", new StringContent(dic, Encoding.UTF8, "text/plain"));
        var created = await imported.JsonAsync();
        Assert.True(imported.StatusCode == HttpStatusCode.Created, created.ToJsonString());
        var job = created["job"]!["id"]!.GetValue<long>();
        Assert.Equal("succeeded", (await Wait.ForJobAsync(_client, job))["status"]!.GetValue<string>());
    }

    // A row as text, every column in order (the same rows give the same text).
    static string RowText(dynamic row) =>
        string.Join("|", ((IDictionary<string, object?>)row).Values.Select(v => v is DateTime d ? d.ToString("O") : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task A_lexicon_scored_by_its_rescoring_job_reaches_the_series_with_the_comparisons_rate_and_its_version()
    {
        const string lexicon = "summary-war";
        const string dic = "%\n1\tweapons\n2\tlaw\n%\ncluster*\t1\nmunition*\t1\nbomb*\t1\nwar crime*\t2\ncourt*\t2\nevidence\t2\n";
        await ImportAndRescoreAsync(lexicon, dic);
        Assert.Equal(0, await ScalarAsync(UnsummarisedSql));

        // The story's articles all fall in July: one monthly bucket per source, the story comparison's figure.
        var comparison = await OkAsync($"/api/stories/{Story}/comparison");
        var weapons = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!["categories"]!
            .AsArray().Single(c => c!["lexicon"]!.GetValue<string>() == lexicon && c["category"]!.GetValue<string>() == "weapons"
                                   && c["voice"]!.GetValue<string>() == "outlet")!;
        var series = await OkAsync($"/api/timeseries?sources=libertarian-institute&story={Story}&{Range}&interval=month&metric=category_per_1000&lexicon={lexicon}&category=weapons");
        var point = series["items"]!.AsArray().Single()!;
        Assert.Equal(weapons["per1000_words"]!.GetValue<double>(), point["value"]!.GetValue<double>(), 9);
        Assert.Equal(weapons["hits"]!.GetValue<int>(), point["n_mentions"]!.GetValue<long>());
        Assert.Contains(series["lexicons"]!.AsArray(), l => l!["name"]!.GetValue<string>() == lexicon);
    }

    [Fact]
    public async Task Two_lexicons_of_the_metrics_kind_are_summed_per_article_with_the_words_counted_once()
    {
        const string lexicon = "summary-loaded";
        const string dic = "%\n1\tcharged\n%\ncluster*\t1\nmunition*\t1\nwar crime*\t1\nevidence\t1\n";
        await ImportAndRescoreAsync(lexicon, dic, kind: "loaded");

        // The comparison's own-voice hits of both loaded-language lexicons, and the words (hits ÷ their rate per 1,000).
        var comparison = await OkAsync($"/api/stories/{Story}/comparison?lexicon=loaded,{lexicon}");
        var categories = comparison["sources"]!.AsArray().Single(s => s!["source"]!.GetValue<string>() == "libertarian-institute")!["categories"]!
            .AsArray().Where(c => c!["lexicon"]!.GetValue<string>() is "loaded" or lexicon && c["voice"]!.GetValue<string>() == "outlet").ToList();
        var hits = categories.Sum(c => c!["hits"]!.GetValue<int>());
        Assert.Contains(categories, c => c!["lexicon"]!.GetValue<string>() == lexicon && c["hits"]!.GetValue<int>() > 0);
        var some = categories.First(c => c!["hits"]!.GetValue<int>() > 0)!;
        var thousands = some["hits"]!.GetValue<int>() / some["per1000_words"]!.GetValue<double>();

        var series = await OkAsync($"/api/timeseries?sources=libertarian-institute&story={Story}&{Range}&interval=month&metric=loaded_per_1000");
        var point = series["items"]!.AsArray().Single()!;
        Assert.Equal(hits, point["n_mentions"]!.GetValue<long>());
        Assert.Equal(hits / thousands, point["value"]!.GetValue<double>(), 6);
        Assert.Equal(2, series["lexicons"]!.AsArray().Count(l => l!["name"]!.GetValue<string>() is "loaded" or lexicon));
    }
}
