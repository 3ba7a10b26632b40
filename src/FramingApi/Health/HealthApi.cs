using System.ComponentModel;
using Dapper;
using FramingApi.Infrastructure;
using Npgsql;

namespace FramingApi.Health;

public static class HealthApi
{
    const string LiveStatus = "live", ReadyStatus = "ready", DatabaseOk = "ok";

    /// <summary>What each endpoint answers (the OpenAPI document lists them as enums).</summary>
    public static readonly NameSet States = new("health status", LiveStatus, ReadyStatus);
    public static readonly NameSet DatabaseStates = new("database status", DatabaseOk);

    /// <summary>Liveness and readiness for load balancers and orchestrators (not under /api, never need a key).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/health").WithTags("Health");
        group.MapGet("/live", () => TypedResults.Ok(new HealthStatus(LiveStatus, null)))
            .WithName("Live").WithSummary("The process is up")
            .WithDescription("Always 200 while the process serves requests; checks nothing else.");
        group.MapGet("/ready", Ready)
            .WithName("Ready").WithSummary("The API can serve: the database answers")
            .WithDescription("200 when PostgreSQL answers a query within 2 seconds, else 503 with Retry-After.")
            .Produces<HealthStatus>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    /// <summary>The answer of a health endpoint.</summary>
    public sealed record HealthStatus(
        [property: NamesFrom(typeof(HealthApi), nameof(States)), Description("live (GET /health/live) or ready (GET /health/ready).")] string Status,
        [property: NamesFrom(typeof(HealthApi), nameof(DatabaseStates)), Description("ok when PostgreSQL answered (readiness); null for liveness, which does not check it.")] string? Database);

    static async Task<IResult> Ready(NpgsqlDataSource db, HttpContext http, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await using var conn = await db.OpenConnectionAsync(timeout.Token);
            await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: timeout.Token));
            return TypedResults.Ok(new HealthStatus(ReadyStatus, DatabaseOk));
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            return Problems.Unavailable(http, "Not ready", "The database does not answer.");
        }
    }
}
