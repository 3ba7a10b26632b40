using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace FramingApi.Infrastructure;

/// <summary>What a request costs the server, for the rate limits (endpoint metadata; writes are known by their API key mark).</summary>
public enum RequestCost
{
    /// <summary>Reads answered from small queries or the cache: not limited.</summary>
    Cheap,
    /// <summary>Anything that writes (the endpoints that need an API key).</summary>
    Write,
    /// <summary>POST /api/analyze: the whole pipeline on up to 8 MB, with nothing stored.</summary>
    Analyze,
    /// <summary>Reads whose cost grows with the data: evidence lists, lexicon exports and definitions, comparison rebuilds.</summary>
    Expensive,
}

/// <summary>Endpoint metadata: the cost class of the endpoint's requests.</summary>
public sealed record RequestCostMetadata(RequestCost Cost);

/// <summary>One token bucket per client: <see cref="Burst"/> requests at once, refilled at <see cref="PerSecond"/>.</summary>
public sealed class BucketSettings
{
    public int Burst { get; set; }
    public int PerSecond { get; set; }
}

/// <summary>
/// The rate limits (configuration section <c>RateLimits</c>, e.g. <c>RateLimits__Analyze__PerSecond=10</c>): per client
/// — its API key when it sends a valid one, else its address — a token bucket for each costly kind of request; and
/// for the two kinds that take the most memory or CPU, analyses and comparison rebuilds, a limit on how many run at
/// once over all clients, with a queue.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    /// <summary>false turns every limit off (a private install behind its own gateway).</summary>
    public bool Enabled { get; set; } = true;
    public BucketSettings Writes { get; set; } = new() { Burst = 100, PerSecond = 20 };
    public BucketSettings Analyze { get; set; } = new() { Burst = 20, PerSecond = 5 };
    public BucketSettings Expensive { get; set; } = new() { Burst = 60, PerSecond = 10 };
    /// <summary>Analyses running at once (over all clients); the rest wait in the queue. Default: half the cores, at least 1.</summary>
    public int AnalyzeConcurrency { get; set; } = HalfTheCores;
    /// <summary>
    /// Comparison rebuilds (a comparison not in the cache) running at once; the rest wait in the queue. Default: half the
    /// cores, at least 1, so that the other half serves everything else (docs/RELIABILITY.md has the measurement).
    /// </summary>
    public int RebuildConcurrency { get; set; } = HalfTheCores;

    static int HalfTheCores => Math.Max(1, Environment.ProcessorCount / 2);
    /// <summary>Requests that may wait for each of the two concurrency limits; beyond it, 503 with Retry-After.</summary>
    public int QueueLimit { get; set; } = 64;
}

/// <summary>
/// The limiters, built on ASP.NET Core's rate limiter (<see cref="PartitionedRateLimiter"/>): <see cref="Requests"/> is
/// the rate-limiting middleware's global limiter (the token buckets); analyses then wait for <see cref="Analyses"/>
/// (<see cref="UseAnalysisQueue"/>, before their body is read), and the comparison endpoints take a lease of
/// <see cref="Rebuilds"/> only when they must build (a cached comparison is not limited). Over a client's limit: 429
/// with Retry-After; a full queue: 503 with Retry-After.
/// </summary>
public sealed class ClientLimits : IDisposable
{
    readonly ApiKeys _keys;
    readonly List<IDisposable> _owned = [];

    public ClientLimits(RateLimitSettings settings, ApiKeys keys)
    {
        _keys = keys;
        Settings = settings;
        var buckets = Own(PartitionedRateLimiter.Create<HttpContext, (RequestCost, string)>(http =>
        {
            var cost = CostOf(http);
            return cost == RequestCost.Cheap || !settings.Enabled
                ? RateLimitPartition.GetNoLimiter((RequestCost.Cheap, ""))
                : RateLimitPartition.GetTokenBucketLimiter((cost, ClientKey(http)), _ => Bucket(BucketOf(cost)));
        }));
        // Not chained to the buckets: the middleware first tries without waiting and then waits, and a chain would take
        // a second token from the bucket for every request that has to wait its turn.
        Requests = buckets;
        Analyses = Own(Concurrency(settings.AnalyzeConcurrency, _ => true));

        var rebuildBuckets = Own(PartitionedRateLimiter.Create<HttpContext, string>(http => settings.Enabled
            ? RateLimitPartition.GetTokenBucketLimiter(ClientKey(http), _ => Bucket(settings.Expensive))
            : RateLimitPartition.GetNoLimiter("")));
        Rebuilds = Own(PartitionedRateLimiter.CreateChained(rebuildBuckets, Own(Concurrency(settings.RebuildConcurrency, _ => true))));

        BucketSettings BucketOf(RequestCost cost) =>
            cost switch { RequestCost.Write => settings.Writes, RequestCost.Analyze => settings.Analyze, _ => settings.Expensive };
    }

    public RateLimitSettings Settings { get; }

    /// <summary>The middleware's limiter: a client's token bucket for its request's cost.</summary>
    public PartitionedRateLimiter<HttpContext> Requests { get; }

    /// <summary>The analyses running at once, over all clients, and the queue of those waiting.</summary>
    public PartitionedRateLimiter<HttpContext> Analyses { get; }

    /// <summary>A comparison rebuild: the client's bucket of expensive reads, then the rebuild concurrency limit.</summary>
    public PartitionedRateLimiter<HttpContext> Rebuilds { get; }

    /// <summary>
    /// Makes analyses wait for their turn (<see cref="Analyses"/>) after the rate limits and before their body is read,
    /// so that the bodies of queued requests are not held in memory; a full queue is 503.
    /// </summary>
    public static IApplicationBuilder UseAnalysisQueue(IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (CostOf(http) != RequestCost.Analyze) { await next(http); return; }
        var limits = http.RequestServices.GetRequiredService<ClientLimits>();
        using var lease = await limits.Analyses.AcquireAsync(http, 1, http.RequestAborted);
        if (lease.IsAcquired) await next(http);
        else await Rejection(http, lease).ExecuteAsync(http);
    });

    /// <summary>
    /// Runs <paramref name="work"/> under a lease of <paramref name="limiter"/> (waiting in its queue), or answers why not.
    /// </summary>
    public static async Task<IResult> RunAsync(PartitionedRateLimiter<HttpContext> limiter, HttpContext http, Func<Task<IResult>> work,
        CancellationToken ct)
    {
        using var lease = await limiter.AcquireAsync(http, 1, ct);
        return lease.IsAcquired ? await work() : Rejection(http, lease);
    }

    /// <summary>The answer to a request a limiter refused: 429 over the client's own limit, 503 when the queue is full.</summary>
    public static IResult Rejection(HttpContext http, RateLimitLease lease)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
            return Problems.TooManyRequests("This client has sent more requests of this kind than its limit allows; retry after the " +
                "seconds in Retry-After (docs/RELIABILITY.md lists the limits).");
        }
        http.Response.Headers.RetryAfter = "1";
        return Problems.ServerBusy("Too many requests of this kind are waiting to run; retry in a second.");
    }

    /// <summary>The middleware's settings: the global limiter and the answer to a refused request.</summary>
    public void Configure(RateLimiterOptions options)
    {
        options.GlobalLimiter = Requests;
        options.OnRejected = (context, _) => new ValueTask(Rejection(context.HttpContext, context.Lease).ExecuteAsync(context.HttpContext));
    }

    static RequestCost CostOf(HttpContext http)
    {
        var metadata = http.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<RequestCostMetadata>() is { } cost) return cost.Cost;
        return metadata?.GetMetadata<RequiresApiKeyMetadata>() is not null ? RequestCost.Write : RequestCost.Cheap;
    }

    /// <summary>Who a request counts against: a valid API key, else the address it came from (an invalid key counts as none).</summary>
    string ClientKey(HttpContext http) =>
        _keys.ValidKey(http) is { } key ? "key:" + key : "ip:" + http.Connection.RemoteIpAddress;

    static TokenBucketRateLimiterOptions Bucket(BucketSettings s) => new()
    {
        TokenLimit = Math.Max(1, s.Burst),
        TokensPerPeriod = Math.Max(1, s.PerSecond),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0, // over the limit: answered at once, not held
        AutoReplenishment = true,
    };

    PartitionedRateLimiter<HttpContext> Concurrency(int permits, Func<HttpContext, bool> applies) =>
        PartitionedRateLimiter.Create<HttpContext, bool>(http => applies(http)
            ? RateLimitPartition.GetConcurrencyLimiter(true, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = Math.Max(1, permits),
                QueueLimit = Math.Max(0, Settings.QueueLimit),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(false));

    T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    public void Dispose()
    {
        foreach (var d in _owned) d.Dispose();
    }
}

public static class RateLimitExtensions
{
    /// <summary>
    /// Marks the cost class of an endpoint's requests (writes need no mark: their API key mark says it), and documents
    /// its 429 (and, for analyses, the 503 of a full queue).
    /// </summary>
    public static TBuilder WithCost<TBuilder>(this TBuilder builder, RequestCost cost) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new RequestCostMetadata(cost)).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return cost == RequestCost.Analyze ? builder.ProducesProblem(StatusCodes.Status503ServiceUnavailable) : builder;
    }

    /// <summary>
    /// The limits from configuration (read when first needed, so that configuration added late — tests, hosting — is
    /// seen), and ASP.NET Core's rate limiter over them.
    /// </summary>
    public static IServiceCollection AddClientLimits(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(RateLimitSettings.Section).Get<RateLimitSettings>()
            ?? new RateLimitSettings());
        services.AddSingleton<ClientLimits>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ClientLimits>((options, limits) => limits.Configure(options));
        return services;
    }
}
