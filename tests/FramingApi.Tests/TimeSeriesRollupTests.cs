using System.Net;
using System.Text;
using Dapper;
using FramingApi.Comparisons;
using FramingApi.Database;
using FramingApi.Tests.Infrastructure;
using FramingApi.TimeSeries;
using Microsoft.Extensions.DependencyInjection;

namespace FramingApi.Tests;

/// <summary>
/// A series without a story read from the per-source, per-day rollups (migrations 0043, 0045; docs/SCALING.md "Per-day
/// rollups") answers the rows, values and intervals the per-article reading gives on the same store, for every metric
/// and interval — on the seed, after new articles (some written at once to the same source and day), after a
/// re-scoring and after deletes.
/// </summary>
public sealed class TimeSeriesRollupTests(SeededApiFactory api) : IClassFixture<SeededApiFactory>
{
    readonly HttpClient _client = api.Client();

    static readonly DateTimeOffset From = new(2023, 6, 26, 0, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset To = new DateTimeOffset(2023, 9, 3, 0, 0, 0, TimeSpan.Zero).AddTicks(-10);
    const string Lexicon = "rollup-words";

    /// <summary>Every metric with what narrows it, the keys taken from the stored lexicons.</summary>
    async Task<List<SeriesFilter>> FiltersAsync(TimeSeriesStore store)
    {
        var categories = await store.CategoriesAsync(CancellationToken.None);
        string Key(string kind, string? role = null) => categories.First(c => c.Kind == kind && (role is null || c.Role == role)).Key;
        var topic = Key("topics");
        var (target, actor) = (Key("claims", "target"), Key("claims", "actor"));
        List<SeriesFilter> filters =
        [
            new(SeriesMetric.Articles),
            new(SeriesMetric.TopicCoverage, Topic: topic, LexiconKind: "topics"),
            new(SeriesMetric.TopicEmphasis, Topic: topic, LexiconKind: "topics"),
            new(SeriesMetric.AnonymousShare, LexiconKind: "sourcing"),
            new(SeriesMetric.LoadedPer1000, LexiconKind: "loaded"),
            new(SeriesMetric.LoadedPer1000, Category: Key("loaded"), LexiconKind: "loaded"),
            new(SeriesMetric.HedgedShare, Target: target, LexiconKind: "claims"),
            new(SeriesMetric.AttributedShare, Actor: actor, LexiconKind: "claims"),
        ];
        foreach (var metric in new[] { SeriesMetric.HedgedShare, SeriesMetric.AttributedShare, SeriesMetric.DeniedShare, SeriesMetric.AssertedShare })
            filters.Add(new SeriesFilter(metric, LexiconKind: "claims"));
        if (categories.Any(c => c.Lexicon == Lexicon))
            filters.Add(new SeriesFilter(SeriesMetric.CategoryPer1000, Lexicon: Lexicon, Category: "weapons", LexiconKind: "category"));
        return filters;
    }

    /// <summary>Asserts that both readings give the same series, for every metric and interval; returns how many rows had a value.</summary>
    async Task<int> AssertSameSeriesAsync()
    {
        var rollups = api.Services.GetRequiredService<TimeSeriesStore>();
        var perArticle = new TimeSeriesStore(api.Services.GetRequiredService<ReadDataSource>()) { Rollups = false };
        await using var conn = await api.OpenDatabaseAsync();
        var sources = (await conn.QueryAsync<(long Id, string Slug)>("SELECT id, slug FROM sources ORDER BY slug")).ToList();
        var set = new ArticleSet(null, sources.Select(s => s.Id).ToArray(), From, To);
        Assert.True(SeriesRollups.Answer(set));
        var valued = 0;
        foreach (var interval in new[] { BucketInterval.Day, BucketInterval.Week, BucketInterval.Month })
            foreach (var filter in await FiltersAsync(rollups))
            {
                var request = new SeriesRequest("k", set, filter, interval, Buckets.Of(From, To, interval), sources, null, false);
                var expected = await ResponseAsync(perArticle, request);
                var actual = await ResponseAsync(rollups, request);
                var what = $"{filter} by {interval}";
                Assert.Equal(expected.Lexicons, actual.Lexicons);
                Assert.Equal(expected.Items.Count, actual.Items.Count);
                foreach (var (e, a) in expected.Items.Zip(actual.Items))
                {
                    Assert.True((e.Source, e.BucketStart, e.TotalArticles, e.NArticles, e.NMentions, e.LowN)
                        == (a.Source, a.BucketStart, a.TotalArticles, a.NArticles, a.NMentions, a.LowN), $"{what}: {e} != {a}");
                    Same(e.Value, a.Value, what);
                    Same(e.CiLow, a.CiLow, what);
                    Same(e.CiHigh, a.CiHigh, what);
                    if (e.Value is not null && e.TotalArticles > 0) valued++;
                }
            }
        return valued;
    }

    static async Task<TimeSeriesResponse> ResponseAsync(TimeSeriesStore store, SeriesRequest request)
    {
        if (request.Filter.Metric == SeriesMetric.Articles)
            return TimeSeriesBuilder.Response(request, (await store.CountsAsync(request.Articles, request.Interval, null, _ => false, CancellationToken.None)).Counts!);
        return TimeSeriesBuilder.Response(request, (await store.ReadAsync(request.Articles, request.Filter, request.Interval, _ => false, CancellationToken.None)).Data!);
    }

    // The sums of non-integer parts (emphasis, words ÷ 1,000) are added in another order: equal to the last few bits.
    static void Same(double? expected, double? actual, string what)
    {
        Assert.True(expected is null == actual is null, $"{what}: {expected} != {actual}");
        if (expected is { } e) Assert.True(Math.Abs(e - actual!.Value) <= 1e-9 * Math.Max(1, Math.Abs(e)), $"{what}: {e} != {actual}");
    }

    // The rollups as the triggers kept them (days left empty excepted) and as migration 0045 makes them from the summaries,
    // one entry per row: a day's rows (n, id_sum) with each of its parts' values (metric_summary_day_entries).
    const string EntriesSql = """
        SELECT d.lexicon_version_id, d.source_id, d.day, d.n, d.id_sum, e.code, e.denominator, e.k, e.s1, e.s2, e.s3, e.lo, e.hi
        FROM {0} d LEFT JOIN LATERAL metric_summary_day_entries(d.x_codes, d.y_codes, d.vals) e ON true
        WHERE d.n > 0
        ORDER BY 1, 2, 3, 7, 6
        """;

    const string FromScratchSql = """
        (SELECT s.* FROM (SELECT array_agg(version) AS versions, array_agg(source_id) AS sources, array_agg(day) AS days
                          FROM (SELECT DISTINCT lexicon_version_id AS version, source_id, (published_at AT TIME ZONE 'UTC')::date AS day
                                FROM article_metric_summaries WHERE source_id IS NOT NULL AND published_at IS NOT NULL) k) a
         CROSS JOIN LATERAL metric_summary_day_sums(a.versions, a.sources, a.days) s)
        """;

    sealed record Entry(long LexiconVersionId, long SourceId, DateOnly Day, int N, long IdSum, int? Code, bool? Denominator, double? K,
        double? S1, double? S2, double? S3, double? Lo, double? Hi);

    async Task AssertRollupsAsBuiltFromScratchAsync()
    {
        await using var conn = await api.OpenDatabaseAsync();
        await AssertRollupsAsBuiltFromScratchAsync(conn);
    }

    /// <summary>
    /// The per-day rollups kept by the writers and triggers (articles per source and day; summaries per version, source
    /// and day) are what is made from scratch of the stored articles and summaries. Also run by <see cref="BulkImportTests"/>.
    /// </summary>
    internal static async Task AssertRollupsAsBuiltFromScratchAsync(Npgsql.NpgsqlConnection conn)
    {
        Assert.Equal(
            (await conn.QueryAsync<(long, DateTime, int, long)>("""
                SELECT source_id, (published_at AT TIME ZONE 'UTC')::date, count(*)::int, sum(id)::bigint FROM articles
                WHERE source_id IS NOT NULL AND published_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
                """)).ToList(),
            (await conn.QueryAsync<(long, DateTime, int, long)>("SELECT source_id, day, n, id_sum FROM article_days WHERE n <> 0 ORDER BY 1, 2")).ToList());
        var kept = (await conn.QueryAsync<Entry>(string.Format(EntriesSql, "metric_summary_days"))).ToList();
        var scratch = (await conn.QueryAsync<Entry>(string.Format(EntriesSql, FromScratchSql))).ToList();
        Assert.NotEmpty(scratch);
        Assert.Equal(scratch.Count, kept.Count);
        foreach (var (e, a) in scratch.Zip(kept))
        {
            var what = $"{e} != {a}";
            Assert.True((e.LexiconVersionId, e.SourceId, e.Day, e.N, e.IdSum, e.Code, e.Denominator, e.K)
                == (a.LexiconVersionId, a.SourceId, a.Day, a.N, a.IdSum, a.Code, a.Denominator, a.K), what);
            foreach (var (x, y) in new[] { (e.S1, a.S1), (e.S2, a.S2), (e.S3, a.S3), (e.Lo, a.Lo), (e.Hi, a.Hi) })
                Same(x, y, what);
        }
        // One compact row per lexicon version, source and day with summary rows, and no other.
        Assert.Equal(await conn.ExecuteScalarAsync<long>($"SELECT count(*) FROM {FromScratchSql} s"),
            await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM metric_summary_days WHERE n > 0"));
    }

    async Task<List<long>> PostCopiesAsync(string source, string day, int copies)
    {
        await using var conn = await api.OpenDatabaseAsync();
        var texts = (await conn.QueryAsync<string>("SELECT text FROM articles WHERE story_id IS NOT NULL ORDER BY id LIMIT 4")).ToList();
        var posts = Enumerable.Range(0, copies).Select(async i =>
        {
            var created = await _client.PostJsonAsync("/api/articles", new
            {
                source, published_at = $"{day}T{10 + i % 12:00}:15:00Z", title = $"Copy {i}", url = $"https://rollup.example/{source}/{day}/{i}",
                text = texts[i % texts.Count] + $" Rollup copy {source} {day} {i}.",
            });
            var body = await created.JsonAsync();
            Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToJsonString());
            return body["id"]!.GetValue<long>();
        });
        return [.. await Task.WhenAll(posts)];
    }

    async Task ImportAndRescoreAsync(string dic)
    {
        var imported = await _client.PostAsync($"/api/lexicons/import?name={Lexicon}", new StringContent(dic, Encoding.UTF8, "text/plain"));
        var created = await imported.JsonAsync();
        Assert.True(imported.StatusCode == HttpStatusCode.Created, created.ToJsonString());
        var job = created["job"]!["id"]!.GetValue<long>();
        Assert.Equal("succeeded", (await Wait.ForJobAsync(_client, job))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_series_from_rollups_equals_the_per_article_series_after_inserts_rescoring_and_deletes()
    {
        Assert.True(await AssertSameSeriesAsync() > 0);

        // New articles: eight written at once to one source and day (their writers share that day's rollup rows), more
        // on other days, and a new source.
        await _client.PostJsonAsync("/api/sources", new { slug = "rollup-wire", name = "Rollup Wire" });
        var sameDay = await PostCopiesAsync("rollup-wire", "2023-07-24", 8);
        var others = (await PostCopiesAsync("hngn", "2023-07-25", 3)).Concat(await PostCopiesAsync("rollup-wire", "2023-08-14", 2)).ToList();
        await using var conn = await api.OpenDatabaseAsync();
        Assert.Equal(8, await conn.ExecuteScalarAsync<int>("""
            SELECT n FROM article_days WHERE source_id = (SELECT id FROM sources WHERE slug = 'rollup-wire') AND day = '2023-07-24'
            """));
        await AssertSameSeriesAsync();

        // A new lexicon, then a second version of it: its re-scoring job replaces the first version's summaries.
        await ImportAndRescoreAsync("%\n1\tweapons\n2\tlaw\n%\ncluster*\t1\nmunition*\t1\nwar crime*\t2\ncourt*\t2\n");
        await AssertSameSeriesAsync();
        await ImportAndRescoreAsync("%\n1\tweapons\n2\tlaw\n%\ncluster*\t1\nbomb*\t1\nweapon*\t1\nevidence\t2\n");
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("""
            SELECT count(*) FROM metric_summary_days d JOIN lexicon_versions v ON v.id = d.lexicon_version_id JOIN lexicons l ON l.id = v.lexicon_id
            WHERE l.name = 'rollup-words' AND v.version = 1 AND d.n > 0
            """));
        await AssertSameSeriesAsync();

        // Deletes: some of the day written at once, one elsewhere.
        foreach (var id in sameDay.Take(5).Append(others[0]))
            Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/articles/{id}")).StatusCode);
        await AssertSameSeriesAsync();

        // What the triggers kept, entry by entry, is what the migration makes from scratch of the same summaries.
        await AssertRollupsAsBuiltFromScratchAsync();

        // The rollups are what the series read: emptied, the article count without a story is 0 everywhere.
        await conn.ExecuteAsync("DELETE FROM article_days");
        var store = api.Services.GetRequiredService<TimeSeriesStore>();
        var all = (await conn.QueryAsync<long>("SELECT id FROM sources")).ToArray();
        var (_, counts) = await store.CountsAsync(new ArticleSet(null, all, From, To), BucketInterval.Month, null, _ => false, CancellationToken.None);
        Assert.Empty(counts!);
    }

    // Two transactions writing the summary rows of one source and day: the first holds the day's rollup row (its
    // trigger locked it), the second waits for it, then the first commits. SQL run by the second must see the first's
    // rows: what the triggers keep is then what the migration makes from scratch. The first commits only once the
    // server shows the second waiting for a lock (a fixed pause let a slow second statement arrive after the commit,
    // testing no race at all).
    async Task RaceAsync(string first, string second)
    {
        await using var one = await api.OpenDatabaseAsync();
        await using var two = await api.OpenDatabaseAsync();
        await using var watch = await api.OpenDatabaseAsync();
        await using var tx1 = await one.BeginTransactionAsync();
        await one.ExecuteAsync(first, transaction: tx1);
        await using var tx2 = await two.BeginTransactionAsync();
        var waiting = two.ExecuteAsync(second, transaction: tx2);
        await Wait.UntilAsync(async () => waiting.IsCompleted ? "completed without waiting" : await watch.ExecuteScalarAsync<string?>(
                "SELECT coalesce(wait_event_type, 'running') FROM pg_stat_activity WHERE pid = @pid", new { pid = two.ProcessID }) ?? "gone",
            state => state is "Lock" or "completed without waiting", $"{second} to wait for a lock held by {first} (its state)");
        Assert.False(waiting.IsCompleted, $"{second} did not wait for {first}");
        await tx1.CommitAsync();
        await waiting;
        await tx2.CommitAsync();
        await AssertRollupsAsBuiltFromScratchAsync();
    }

    [Fact]
    public async Task Concurrent_writers_of_one_source_and_day_lose_nothing()
    {
        await _client.PostJsonAsync("/api/sources", new { slug = "rollup-race", name = "Rollup Race" });
        var ids = await PostCopiesAsync("rollup-race", "2023-08-02", 3);
        await using var conn = await api.OpenDatabaseAsync();
        await conn.ExecuteAsync("CREATE TABLE rollup_race AS SELECT * FROM article_metric_summaries WHERE article_id = ANY(@ids)", new { ids });
        string Delete(long id) => $"DELETE FROM article_metric_summaries WHERE article_id = {id}";
        string Insert(long id) => $"INSERT INTO article_metric_summaries SELECT * FROM rollup_race WHERE article_id = {id}";
        var (a, b, c) = (ids[0], ids[1], ids[2]);

        await RaceAsync(Delete(a), Delete(b));   // two deletes: the second makes the day again without either
        await RaceAsync(Insert(a), Insert(b));   // two inserts: both added
        await conn.ExecuteAsync(Delete(c));
        await RaceAsync(Delete(a), Insert(c));   // an insert waiting for a delete adds to what the delete made
        await RaceAsync(Insert(a), Delete(b));   // a delete waiting for an insert makes the day with the insert's rows
        await conn.ExecuteAsync(Insert(b));
        await conn.ExecuteAsync("DROP TABLE rollup_race");

        var versions = await conn.ExecuteScalarAsync<int>("SELECT count(DISTINCT lexicon_version_id) FROM article_metric_summaries WHERE article_id = ANY(@ids)",
            new { ids });
        Assert.True(versions > 0);
        Assert.Equal(3 * versions, await conn.ExecuteScalarAsync<int>("""
            SELECT sum(n) FROM metric_summary_days WHERE source_id = (SELECT id FROM sources WHERE slug = 'rollup-race') AND day = '2023-08-02'
            """));
        await AssertRollupsAsBuiltFromScratchAsync();
    }
}
