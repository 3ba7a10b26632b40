using Npgsql;

namespace FramingApi.Database;

/// <summary>
/// Where reads go: a streaming replica when <c>ConnectionStrings:FramingRead</c> names one (writes always go to the
/// primary, <c>ConnectionStrings:Framing</c>), else the primary itself. Lists, analyses, comparison builds, evidence
/// and exports read here. A replica lags the primary by the time it takes to replay the WAL (milliseconds on one
/// machine); so that an instance never builds a comparison from a replica that has not yet replayed a change it has
/// heard of (its own writes, or another instance's notifications), a connection to a replica first waits, up to
/// <paramref name="maxWait"/> (<c>Database:ReplicaWait</c>, 2 s by default), until its replay position reaches
/// <see cref="Comparisons.ChangeListener.RequiredLsn"/>.
/// </summary>
public sealed class ReadDataSource(NpgsqlDataSource source, bool isReplica, Comparisons.ChangeListener changes, TimeSpan maxWait)
{
    /// <summary>How long a read waits for a lagging replica by default before it reads what the replica has.</summary>
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromSeconds(2);

    ulong _replayed;

    /// <summary>Whether reads go to a replica rather than the primary.</summary>
    public bool IsReplica => isReplica;

    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var conn = await source.OpenConnectionAsync(ct);
        var required = changes.RequiredLsn;
        if (!isReplica || required <= Interlocked.Read(ref _replayed)) return conn;
        var deadline = DateTime.UtcNow + maxWait;
        while (true)
        {
            await using var cmd = new NpgsqlCommand("SELECT pg_last_wal_replay_lsn()::text", conn);
            var replayed = Comparisons.ChangeListener.ParseLsn((string?)await cmd.ExecuteScalarAsync(ct)) ?? ulong.MaxValue;
            if (replayed >= required || DateTime.UtcNow > deadline)
            {
                if (replayed >= required) Interlocked.Exchange(ref _replayed, Math.Max(replayed, Interlocked.Read(ref _replayed)));
                return conn;
            }
            await Task.Delay(5, ct);
        }
    }
}
