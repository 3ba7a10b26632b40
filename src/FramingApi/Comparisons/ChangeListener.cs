using Npgsql;

namespace FramingApi.Comparisons;

/// <summary>
/// Listens for the database's <c>framing_changes</c> notifications (sent on commit by triggers, migration 0006),
/// each naming what changed (<see cref="ChangeScope"/>), and passes them to whoever subscribed — the comparison
/// cache, which drops only the comparisons a change touches. While the listening connection is down nothing can be
/// trusted: <see cref="IsLive"/> is false and callers check the database; every reconnect counts as a change of
/// everything, since notifications may have been missed meanwhile. It also keeps the WAL position a read replica must
/// have replayed to show every change this instance has heard of (<see cref="RequiredLsn"/>).
/// </summary>
public sealed class ChangeListener(NpgsqlDataSource db, ILogger<ChangeListener> log) : BackgroundService
{
    volatile bool _live;
    long _generation;
    ulong _requiredLsn;

    /// <summary>Called for every change, from this process's writes at once and from notifications as they come.</summary>
    public event Action<ChangeScope>? Changed;

    /// <summary>Moves on with every change (and every reconnect).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>True while notifications are being received.</summary>
    public bool IsLive => _live;

    /// <summary>The WAL position (PostgreSQL LSN as a number) of the newest change this instance knows of.</summary>
    public ulong RequiredLsn => Interlocked.Read(ref _requiredLsn);

    /// <summary>A change made by this process: its own next read must not wait for the notification to come back.</summary>
    public void Invalidate(ChangeScope scope)
    {
        Interlocked.Increment(ref _generation);
        Changed?.Invoke(scope);
    }

    /// <summary>A change of everything.</summary>
    public void Invalidate() => Invalidate(ChangeScope.All);

    /// <summary>
    /// Raises <see cref="RequiredLsn"/> to the primary's WAL position now, read on <paramref name="primary"/> (a
    /// connection to the primary): after a write of this process, or when changes may have gone unheard.
    /// </summary>
    public async Task RequireCurrentPositionAsync(NpgsqlConnection primary, CancellationToken ct)
    {
        await using var position = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", primary);
        if (ParseLsn((string?)await position.ExecuteScalarAsync(ct)) is not { } value) return;
        var seen = Interlocked.Read(ref _requiredLsn);
        while (value > seen)
        {
            var before = Interlocked.CompareExchange(ref _requiredLsn, value, seen);
            if (before == seen) return;
            seen = before;
        }
    }

    /// <summary>pg_lsn text ("16/B374D848") as a number; null for anything else.</summary>
    public static ulong? ParseLsn(string? lsn)
    {
        var slash = lsn?.IndexOf('/') ?? -1;
        if (slash <= 0) return null;
        return ulong.TryParse(lsn![..slash], System.Globalization.NumberStyles.HexNumber, null, out var high)
            && ulong.TryParse(lsn[(slash + 1)..], System.Globalization.NumberStyles.HexNumber, null, out var low)
            ? (high << 32) | low
            : null;
    }

    /// <summary>Invalidates everything before the response of a lexicon write (a new version changes every comparison's topics).</summary>
    public static IApplicationBuilder UseChangeInvalidation(IApplicationBuilder app) => app.Use((http, next) =>
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
            && http.Request.Path.StartsWithSegments("/api/lexicons"))
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
                var heard = 0;
                conn.Notification += (_, e) =>
                {
                    Interlocked.Increment(ref heard);
                    Invalidate(ChangeScope.Parse(e.Payload));
                };
                await using (var listen = new NpgsqlCommand("LISTEN framing_changes", conn))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                // Whatever was written before now (this instance's start-up writes, changes missed while away) is
                // unheard of: a replica must reach the primary's position now before it is read.
                await RequireCurrentPositionAsync(conn, stoppingToken);
                Invalidate();
                _live = true;
                while (!stoppingToken.IsCancellationRequested)
                {
                    await conn.WaitAsync(stoppingToken);
                    if (Interlocked.Exchange(ref heard, 0) == 0) continue;
                    // Changes by other instances: a replica must reach the primary's position now to show them.
                    await RequireCurrentPositionAsync(conn, stoppingToken);
                }
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
                Invalidate();
            }
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }
}
