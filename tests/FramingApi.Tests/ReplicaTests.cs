using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using FramingApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FramingApi.Tests;

/// <summary>
/// The API over a primary and a streaming-replication standby of its own (scripts/pg.sh and scripts/pg-replica.sh:
/// initdb, pg_basebackup, hot standby): reads are served by the standby — they keep answering, comparisons included,
/// once the primary is stopped — and writes go to the primary, answering 503 with Retry-After while it is away.
/// </summary>
public sealed class ReplicaTests : IAsyncLifetime
{
    readonly string _dir = Path.Combine(Path.GetTempPath(), "framing-replica-" + Guid.NewGuid().ToString("N")[..8]);
    int _primaryPort;
    int _replicaPort;
    PairFactory? _api;

    static async Task<string> BashAsync(string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        // Both streams at once: a script that fills one pipe while the other is read would never end.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var (stdout, stderr) = (await output, await error);
        Assert.True(process.ExitCode == 0, $"{script}: {stderr}");
        return stdout.Trim();
    }

    public async Task InitializeAsync()
    {
        try
        {
            _primaryPort = int.Parse(await BashAsync($". scripts/pg.sh && PG_FSYNC=off pg_start '{_dir}/primary' >&2 && echo $PG_PORT"));
            _replicaPort = int.Parse(await BashAsync(
                $". scripts/pg.sh && . scripts/pg-replica.sh && PG_FSYNC=off pg_replica_start {_primaryPort} '{_dir}/replica' >&2 && echo $PG_REPLICA_PORT"));
            // As ApiFactory: a minute to open a connection on a loaded machine (a stopped primary refuses at once).
            _api = new PairFactory($"Host=127.0.0.1;Port={_primaryPort};Username=postgres;Database=postgres;Timeout=60;Command Timeout=300",
                $"Host=127.0.0.1;Port={_replicaPort};Username=postgres;Database=postgres;Timeout=60;Command Timeout=300");
            _api.UseKestrel(0);
            _api.StartServer();
        }
        catch
        {
            // Whatever started is stopped: a failed start must not leave servers running after the test run.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_api is not null) await _api.DisposeAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        await BashAsync($". scripts/pg.sh && pg_stop '{_dir}/replica'; pg_stop '{_dir}/primary'; rm -rf '{_dir}'");
    }

    /// <summary>
    /// GETs a path until it answers 200 (the standby replays the seeds a moment after the primary wrote them); fails
    /// with the last answer and where replication stands.
    /// </summary>
    async Task EventuallyOkAsync(HttpClient client, string path)
    {
        try
        {
            await Wait.UntilAsync(async () =>
            {
                using var response = await client.GetAsync(path);
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            }, answer => answer.StatusCode == HttpStatusCode.OK, $"GET {path} to answer 200", pollMilliseconds: 100);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; {await ReplicationStateAsync()}", e);
        }
    }

    /// <summary>Where the standby stands against the primary, for a failure's message (a slow machine shows here).</summary>
    async Task<string> ReplicationStateAsync()
    {
        static async Task<string> Scalar(int port, string sql)
        {
            try
            {
                await using var conn = new Npgsql.NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres");
                await conn.OpenAsync();
                await using var cmd = new Npgsql.NpgsqlCommand(sql, conn);
                return Convert.ToString(await cmd.ExecuteScalarAsync()) ?? "null";
            }
            catch (Exception e)
            {
                return e.Message;
            }
        }
        return $"primary at {await Scalar(_primaryPort, "SELECT pg_current_wal_lsn()::text")}, standby replayed "
            + $"{await Scalar(_replicaPort, "SELECT pg_last_wal_replay_lsn()::text")} (received "
            + $"{await Scalar(_replicaPort, "SELECT pg_last_wal_receive_lsn()::text")}, receiver "
            + $"{await Scalar(_replicaPort, "SELECT coalesce((SELECT status FROM pg_stat_wal_receiver), 'not running')")})";
    }

    /// <summary>Asserts a response's status, naming the request and the body when it differs; returns the body.</summary>
    static async Task<string> AssertStatusAsync(HttpStatusCode status, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {(int)response.StatusCode}, not {(int)status}: {body}");
        return body;
    }

    [Fact]
    public async Task Reads_come_from_the_standby_and_keep_answering_without_the_primary_while_writes_answer_503()
    {
        var client = _api!.Client();
        const string story = "/api/stories/biden-icc-evidence-2023/comparison";
        await EventuallyOkAsync(client, story);

        // An article written now is on the primary; the API's reads wait for the standby to replay it.
        await AssertStatusAsync(HttpStatusCode.Created, client.PostJsonAsync("/api/sources", new { slug = "replica-wire", name = "Replica Wire" }));
        await AssertStatusAsync(HttpStatusCode.Created, client.PostJsonAsync("/api/articles", new
        {
            source = "replica-wire", story = "biden-icc-evidence-2023", published_at = "2023-07-26",
            text = "Officials said the evidence of alleged war crimes would be shared with the court.",
        }));
        var comparison = JsonNode.Parse(await AssertStatusAsync(HttpStatusCode.OK, client.GetAsync(story)))!;
        Assert.True(comparison["article_count"]!.GetValue<int>() == 6,
            $"article_count {comparison["article_count"]}, not 6; {await ReplicationStateAsync()}");

        await BashAsync($". scripts/pg.sh && pg_stop '{_dir}/primary'");

        // Reads, including comparisons never built before (so read from the standby now), still answer.
        foreach (var path in new[]
        {
            story + "?topic=cluster_munitions", "/api/comparisons/sources?sources=hngn,replica-wire&from=2023-07-01&to=2023-07-31",
            "/api/articles?story=biden-icc-evidence-2023", "/api/articles/1/analysis",
            "/api/stories/biden-icc-evidence-2023/comparison/evidence?source=hngn&topic=cluster_munitions",
        })
            await AssertStatusAsync(HttpStatusCode.OK, client.GetAsync(path));

        var write = await client.PostJsonAsync("/api/articles", new { source = "replica-wire", text = "Written while the primary is away." });
        await write.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(write.Headers.RetryAfter is not null, "A 503 carries Retry-After.");
    }

    sealed class PairFactory(string primary, string replica) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Framing", primary);
            builder.UseSetting("ConnectionStrings:FramingRead", replica);
            builder.UseSetting("Seeds:Load", "true");
            builder.UseSetting("Comparisons:WarmUpSeconds", "0"); // as ApiFactory: no start-up JIT warm-up in tests
            // The test suite loads the machine (many databases at once, two cores): the standby may need more than the
            // default 2 s to replay a write. The mechanism tested is the same.
            builder.UseSetting("Database:ReplicaWait", Wait.Bound.ToString());
        }

        public HttpClient Client()
        {
            var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Accept.Add(new("application/json"));
            // A read may wait up to ReplicaWait for the standby: longer than HttpClient's default 100 s.
            client.Timeout = TimeSpan.FromMinutes(5);
            return client;
        }
    }
}
