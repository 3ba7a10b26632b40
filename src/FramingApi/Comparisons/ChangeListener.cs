using Npgsql;

namespace FramingApi.Comparisons;

/// <summary>
/// Listens for the database's <c>framing_changes</c> notifications (sent on commit by triggers, migration 0004)
/// and counts them as a generation. A comparison cached at the current generation is still current; while the
/// listening connection is down nothing can be trusted, so <see cref="IsLive"/> is false and callers check the
/// database. Every reconnect starts a new generation, since notifications may have been missed meanwhile.
/// </summary>
public sealed class ChangeListener(NpgsqlDataSource db, ILogger<ChangeListener> log) : BackgroundService
{
    long _generation;
    volatile bool _live;

    /// <summary>Moves on with every notified change (and every reconnect).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>True while notifications are being received.</summary>
    public bool IsLive => _live;

    /// <summary>
    /// Starts a new generation at once, for writes made by this process: its own next read must not wait for the
    /// notification to come back from the database.
    /// </summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>Invalidates before the response of every write request (POST, PUT, PATCH, DELETE) starts.</summary>
    public static IApplicationBuilder UseChangeInvalidation(IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method))
        {
            var listener = http.RequestServices.GetRequiredService<ChangeListener>();
            http.Response.OnStarting(() => { listener.Invalidate(); return Task.CompletedTask; });
        }
        return next(http);
    });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var conn = await db.OpenConnectionAsync(stoppingToken);
                conn.Notification += (_, _) => Interlocked.Increment(ref _generation);
                await using (var listen = new NpgsqlCommand("LISTEN framing_changes", conn))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                Interlocked.Increment(ref _generation);
                _live = true;
                while (!stoppingToken.IsCancellationRequested)
                    await conn.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Lost the change-notification connection; comparisons are checked against the database until it is back.");
            }
            finally
            {
                _live = false;
                Interlocked.Increment(ref _generation);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }
}
