using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using FramingApi.Tests.Infrastructure;
using Npgsql;

namespace FramingApi.Tests;

/// <summary>
/// Adding a lexicon version while the re-scoring job of that lexicon writes a batch: the two transactions must not
/// deadlock (issue 13, defect 4). The interleaving that deadlocked is forced, not hoped for: the test holds the
/// articles' rows, so the worker stops inside its batch (holding the job's row) while the new version arrives.
/// </summary>
public sealed class RescoringConflictTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    static object Lexicon(string? name, params string[] terms) => new
    {
        name, kind = "custom", description = "harbour words",
        categories = new[] { new { key = "harbour" } },
        entries = terms.Select(t => new { term = t, categories = new[] { "harbour" } }).ToArray(),
    };

    [Fact]
    public async Task A_version_added_while_its_lexicon_is_being_rescored_neither_deadlocks_nor_fails_the_job()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Created, (await _client.PostJsonAsync("/api/articles",
                new { text = $"The ferry {i} reached the harbour at dawn, and the quay was quiet." })).StatusCode);
        await using var db = await api.OpenDatabaseAsync();
        await RowCounts.ReadAsync(db); // waits for the built-in lexicons' jobs

        await using (var blocker = await api.OpenDatabaseAsync())
        await using (var hold = await blocker.BeginTransactionAsync())
        {
            // Scores name their article (a foreign key): the worker's batch waits here, after it has locked its job.
            await blocker.ExecuteAsync("SELECT id FROM articles FOR UPDATE", transaction: hold);

            var created = await (await _client.PostJsonAsync("/api/lexicons", Lexicon("quay-words", "harbour"))).JsonAsync();
            var firstJob = created["job"]!["id"]!.GetValue<long>();
            await WaitForLockWaitersAsync(db, 1);

            var adding = _client.PostJsonAsync("/api/lexicons/quay-words/versions", Lexicon(null, "harbour", "quay"));
            await WaitForLockWaitersAsync(db, 2);
            await hold.CommitAsync();

            var response = await adding;
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"Adding the version answered {(int)response.StatusCode}: {body}");
            var secondJob = JsonNode.Parse(body)!["job"]!["id"]!.GetValue<long>();

            // The first job finished its only batch before the version could be added: it either ended, or was superseded.
            Assert.Contains((await WaitForJobAsync(firstJob))["status"]!.GetValue<string>(), new[] { "succeeded", "superseded" });
            Assert.Equal("succeeded", (await WaitForJobAsync(secondJob))["status"]!.GetValue<string>());
        }

        var failed = await (await _client.GetAsync("/api/jobs?status=failed")).JsonAsync();
        Assert.Empty(failed["items"]!.AsArray());
        var analysis = await (await _client.GetAsync("/api/articles?page_size=1")).JsonAsync();
        var id = analysis["items"]![0]!["id"]!.GetValue<long>();
        var scores = await (await _client.GetAsync($"/api/articles/{id}/analysis?lexicon=quay-words")).JsonAsync();
        Assert.Equal(2, Assert.Single(scores["lexicons"]!.AsArray())!["version"]!.GetValue<int>());
    }

    /// <summary>Waits until this many of the API's connections wait for a lock (row, transaction or advisory).</summary>
    static async Task WaitForLockWaitersAsync(NpgsqlConnection db, int count)
    {
        const string Sql = """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'FramingApi' AND wait_event_type = 'Lock'
            """;
        await Wait.UntilAsync(() => db.ExecuteScalarAsync<long>(Sql), n => n >= count,
            $"{count} of the API's transactions waiting for a lock (count of those waiting)", pollMilliseconds: 20);
    }

    Task<JsonNode> WaitForJobAsync(long id) => Wait.ForJobAsync(_client, id);
}

/// <summary>A job that fails for a reason of the server's (its own database, since the broken version stays in it).</summary>
public sealed class FailedJobTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    readonly HttpClient _client = api.Client();

    [Fact]
    public async Task A_failed_job_tells_users_what_happened_without_the_servers_error()
    {
        var created = await (await _client.PostJsonAsync("/api/lexicons", new { name = "broken-words", kind = "custom", categories = new[] { new { key = "a" } }, entries = new[] { new { term = "pier", categories = new[] { "a" } } } })).JsonAsync();
        await WaitForJobAsync(created["job"]!["id"]!.GetValue<long>());
        await using (var db = await api.OpenDatabaseAsync())
        {
            // A version the worker cannot compile (nothing the API would store): its job fails for a reason of the server's.
            await db.ExecuteAsync("""
                WITH v AS (
                    INSERT INTO lexicon_versions (lexicon_id, version, content_hash, definition, entry_count, category_count, origin)
                    SELECT id, 2, 'broken', '{"name": "broken-words"}', 0, 0, 'api' FROM lexicons WHERE name = 'broken-words'
                    RETURNING id)
                INSERT INTO analysis_jobs (lexicon_version_id, total) SELECT id, 0 FROM v;
                """);
        }
        var failed = await WaitForFailedJobAsync();

        var error = failed["error"]!.GetValue<string>();
        Assert.Contains($"job {failed["id"]!.GetValue<long>()}", error);
        Assert.DoesNotMatch(@"Exception|categor|FramingApi\.|System\.|at \w+\.", error);
    }

    async Task<JsonNode> WaitForFailedJobAsync() =>
        (await Wait.UntilAsync(async () => await (await _client.GetAsync("/api/jobs?status=failed")).JsonAsync(),
            failed => failed["items"]!.AsArray().Count > 0, "A job to fail (GET /api/jobs?status=failed)"))["items"]![0]!;

    Task<JsonNode> WaitForJobAsync(long id) => Wait.ForJobAsync(_client, id);
}
