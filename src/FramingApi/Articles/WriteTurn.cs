using System.Diagnostics;
using Dapper;
using Npgsql;

namespace FramingApi.Articles;

/// <summary>
/// One batch's place in a bulk import's order of commits, when the import writes two batches at once on two
/// connections (<see cref="BulkImport"/>, <see cref="ArticleWriter.InsertInTurnAsync"/>). The batches still commit in
/// line order and a failed one still stops everything after it; what runs at the same time is the costly part of each
/// transaction, the COPYs of rows that belong to the batch's own articles. The rules:
/// <list type="number">
/// <item>A batch that shares a url or a text (source and content hash) with the batch ahead starts only after that one
/// has committed, so that it finds those articles stored, as one writer would have (and no two transactions of the
/// import wait on each other's unique keys).</item>
/// <item>A batch reserves its article ids only after the batch ahead has reserved its own: ids follow the lines.</item>
/// <item>A batch takes a transaction-level advisory lock first. Before its last statement — the rows it shares with
/// other batches: the per-day rollups and the summaries' part codes — it waits for the lock of the batch ahead, that is
/// for its transaction to end, inside PostgreSQL, so that a cycle through another request's locks is one that
/// PostgreSQL's deadlock detector sees and breaks (its victim's transaction is run again).</item>
/// <item>It then goes on only if the batch ahead committed. If the batch ahead failed, it rolls back and is not
/// written. If an attempt of the batch ahead was rolled back (a conflict lost, or its own batch ahead's), it rolls back,
/// waits for the batch ahead to end, and is written after it, alone: the ids it took came after ids given up.</item>
/// </list>
/// </summary>
public sealed class WriteTurn
{
    /// <summary>The advisory-lock namespace (the first of PostgreSQL's two 32-bit keys) of the batches' turns.</summary>
    const int TurnLockSpace = 0x5752_5442; // "WRTB"

    const string TakeSql = "SELECT pg_advisory_xact_lock(@space, @key)";

    // Waits for the holder's transaction to end, then lets go at once: a session lock taken and given back.
    const string AwaitSql = "SELECT pg_advisory_lock_shared(@space, @key); SELECT pg_advisory_unlock_shared(@space, @key)";

    WriteTurn? _ahead;
    readonly Task<bool> _aheadEnded = Task.FromResult(true);
    readonly bool _followsCommit;
    HashSet<string>? _urls;
    HashSet<(long, string)>? _texts;
    readonly int _key = Random.Shared.Next();
    readonly TaskCompletionSource _idsTaken = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly TaskCompletionSource _attemptLost = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly TaskCompletionSource<bool> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="ahead">The batch written before this one, or null.</param>
    /// <param name="articles">This batch's articles (their urls and texts are kept for the batch after it).</param>
    public WriteTurn(WriteTurn? ahead, IReadOnlyList<ArticleRecord> articles)
    {
        _urls = new HashSet<string>(articles.Select(a => a.Url).OfType<string>(), StringComparer.Ordinal);
        _texts = [.. articles.Select(TextKey)];
        if (ahead is null || ahead._ended.Task is { IsCompletedSuccessfully: true, Result: true }) return;
        (_ahead, _aheadEnded) = (ahead, ahead._ended.Task);
        _followsCommit = articles.Any(a => a.Url is { } url && ahead._urls!.Contains(url) || ahead._texts!.Contains(TextKey(a)));
        // Only the next batch compares with these keys.
        (ahead._urls, ahead._texts) = (null, null);
    }

    static (long, string) TextKey(ArticleRecord a) => (a.SourceId ?? 0, Convert.ToHexString(a.ContentHash));

    /// <summary>How long its attempts waited for the transaction of the batch ahead to end (Stopwatch ticks).</summary>
    public long WaitedTicks { get; private set; }

    /// <summary>True once the batch has committed; false once it has stopped without (nothing of it is stored).</summary>
    public Task<bool> Ended => _ended.Task;

    /// <summary>
    /// Before the first attempt: false when the batch must not be written (it follows the commit of the batch ahead,
    /// which failed). Once it may start, a batch that follows the commit of the one ahead has no batch ahead any more.
    /// </summary>
    public async Task<bool> MayStartAsync(CancellationToken ct)
    {
        if (_ahead is not { } ahead) return true;
        if (ahead._ended.Task is { IsCompletedSuccessfully: true, Result: false }) return false;
        return !_followsCommit || await AfterAheadAsync(ct);
    }

    /// <summary>Ends when the batch ahead has ended, either way (at once when there is none).</summary>
    public Task AheadEnded => _aheadEnded;

    /// <summary>An attempt's first statement: the turn's own lock, held to the end of its transaction.</summary>
    public Task TakeAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(TakeSql, new { space = TurnLockSpace, key = _key }, tx, cancellationToken: ct));

    /// <summary>Before reserving ids: the batch ahead has reserved its own (or stopped trying).</summary>
    public Task AheadTookIdsAsync(CancellationToken ct) => _ahead is { } ahead
        ? Task.WhenAny(ahead._idsTaken.Task, ahead._attemptLost.Task, ahead._ended.Task).WaitAsync(ct)
        : Task.CompletedTask;

    /// <summary>This batch's ids are reserved (or it reserves none).</summary>
    public void IdsTaken() => _idsTaken.TrySetResult();

    /// <summary>
    /// Before the last statement: waits (in PostgreSQL) for the transaction of the batch ahead to end. True when it
    /// committed; false when this attempt must roll back (<see cref="AfterAheadAsync"/> says whether to go again).
    /// </summary>
    public async Task<bool> AheadCommittedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        if (_ahead is not { } ahead) return true;
        var waiting = Stopwatch.GetTimestamp();
        await conn.ExecuteAsync(new CommandDefinition(AwaitSql, new { space = TurnLockSpace, key = ahead._key }, tx, cancellationToken: ct));
        // Its transaction has ended; which way is known to its writer as soon as its call returns.
        await Task.WhenAny(ahead._ended.Task, ahead._attemptLost.Task).WaitAsync(ct);
        WaitedTicks += Stopwatch.GetTimestamp() - waiting;
        return ahead._ended.Task is { IsCompletedSuccessfully: true, Result: true } && !ahead._attemptLost.Task.IsCompleted;
    }

    /// <summary>
    /// Waits for the batch ahead to end (before the first attempt of a batch that follows its commit, or after an attempt
    /// rolled back because of it). True when this batch is to be written, now alone (the batch ahead committed); false
    /// when it must not be written (the batch ahead failed).
    /// </summary>
    public async Task<bool> AfterAheadAsync(CancellationToken ct)
    {
        if (_ahead is not { } ahead) return true;
        if (!await ahead.Ended.WaitAsync(ct)) return false;
        _ahead = null;
        return true;
    }

    /// <summary>An attempt was rolled back (a conflict lost, or the batch ahead's); the batch is written again.</summary>
    public void AttemptLost() => _attemptLost.TrySetResult();

    /// <summary>The batch committed (true) or stopped without (false). Lets go of the batch ahead.</summary>
    public void End(bool committed)
    {
        _idsTaken.TrySetResult();
        _ended.TrySetResult(committed);
        _ahead = null;
    }
}
