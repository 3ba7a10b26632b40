using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace FramingApi.Tests.Infrastructure;

/// <summary>
/// The real API on Kestrel (a real socket, the whole middleware pipeline) over its own fresh PostgreSQL database,
/// created on the server named by <c>ConnectionStrings__Framing</c> (./test.sh starts one) and dropped afterwards.
/// One instance per test class (<c>IClassFixture</c>); tests build the rows they need.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly string _database = "framing_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Whether the seed story is loaded at start-up.</summary>
    protected virtual bool LoadSeeds => false;

    /// <summary>Extra configuration for a test class (API keys, CORS origins…).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    /// <summary>
    /// Rate limits generous enough for any test (RateLimitTests sets tight ones): tests fire requests far faster than a
    /// client should, and every test class has its own server.
    /// </summary>
    static readonly KeyValuePair<string, string?>[] GenerousLimits =
    [
        .. new[] { "Writes", "Analyze", "Expensive" }.SelectMany(kind => new KeyValuePair<string, string?>[]
        {
            new($"RateLimits:{kind}:Burst", "100000"), new($"RateLimits:{kind}:PerSecond", "100000"),
        }),
        new("RateLimits:QueueLimit", "10000"),
    ];

    public string ConnectionString { get; }

    public ApiFactory()
    {
        var server = ServerConnectionString();
        // The API fails fast (5 s) when it cannot open a connection, and gives a command 30 s; the test suite starts many
        // servers and backends at once on a loaded two-core machine, where either can take longer without anything
        // being wrong.
        ConnectionString = new NpgsqlConnectionStringBuilder(server)
        {
            Database = _database, Pooling = true, Timeout = 60, CommandTimeout = 300,
        }.ConnectionString;
    }

    /// <summary>The server's maintenance database, for CREATE and DROP DATABASE: a drop waits for a checkpoint, which a
    /// machine busy writing can take more than the default 30 s of a command to finish.</summary>
    static string AdminConnectionString() =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Database = "postgres", Pooling = false, Timeout = 60, CommandTimeout = 300 }.ConnectionString;

    static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Framing")
        ?? throw new InvalidOperationException(
            "The API tests need a PostgreSQL server: run ./test.sh (it starts one), or set ConnectionStrings__Framing.");

    public async Task InitializeAsync()
    {
        await using (var conn = new NpgsqlConnection(AdminConnectionString()))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Framing", ConnectionString);
        builder.UseSetting("Seeds:Load", LoadSeeds ? "true" : "false");
        builder.UseSetting("Comparisons:WarmUpSeconds", "0"); // tests start many servers; ComparisonWarmUpTests runs the warm-up
        foreach (var (key, value) in GenerousLimits.Concat(Settings)) builder.UseSetting(key, value);
    }

    /// <summary>A client of the real server, accepting JSON. Without the test host's redirect and cookie handlers:
    /// the redirect handler buffers request bodies (to replay them), which would hide whether uploads stream.</summary>
    public HttpClient Client()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = false,
        });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        // HttpClient gives up after 100 s by default: a large request on a loaded machine can take longer.
        client.Timeout = TimeSpan.FromMinutes(5);
        return client;
    }

    /// <summary>A direct connection to this test's database, to check what was (not) written.</summary>
    public async Task<NpgsqlConnection> OpenDatabaseAsync()
    {
        var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        return conn;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(AdminConnectionString());
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>The API with the seed story loaded, as ./run.sh serves it.</summary>
public class SeededApiFactory : ApiFactory
{
    protected override bool LoadSeeds => true;
}
