using System.Threading.Channels;
using Dapper;
using Npgsql;

namespace FramingApi.Articles;

/// <summary>
/// Merges the search index's pending list into the index (<c>gin_clean_pending_list</c>) on a connection of its own
/// while a bulk import writes. The import's transactions raise the list's limit for themselves
/// (<see cref="ArticleWriter.InsertInTurnAsync"/>), so their inserts
/// only append to it; the merge, the largest part of what PostgreSQL spends on an imported article (docs/PERFORMANCE.md,
/// "Bulk ingestion, wave 13"), then runs in a second backend beside the writer's, which is the import's slower stage,
/// instead of inside it. PostgreSQL runs such a merge beside inserts and searches as autovacuum does; a search reads
/// the entries of the list and of the index alike, so what it finds does not depend on when they are merged.
/// </summary>
/// <remarks>
/// After each committed batch the writer asks for a merge (<see cref="Request"/>); requests made while one runs are
/// taken together by the next, so the list holds about what one batch adds while the merge before it runs. The import
/// answers only after the last merge (<see cref="CompleteAsync"/>): its cost is counted with the import and no list
/// is left for the searches after it. If a merge fails (say the API's role does not own the index), the import goes on
/// without: its inserts merge the list themselves once it reaches their limit.
/// </remarks>
public sealed class SearchIndexMerger
{
    const string MergeSql = "SELECT gin_clean_pending_list('articles_search_idx'::regclass)";

    readonly Channel<bool> _requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = false, FullMode = BoundedChannelFullMode.DropWrite }); // both writers ask
    readonly Task _merging;

    public SearchIndexMerger(NpgsqlDataSource db, ILogger log) => _merging = Task.Run(() => MergeAllAsync(db, log));

    /// <summary>Pages merged out of the list so far (<c>gin_clean_pending_list</c>'s count).</summary>
    public long PagesMerged { get; private set; }

    /// <summary>A batch was committed: merge what it added (one request waiting already covers it).</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>No more batches: returns once the merge asked for last is done.</summary>
    public Task CompleteAsync()
    {
        _requests.Writer.TryComplete();
        return _merging;
    }

    async Task MergeAllAsync(NpgsqlDataSource db, ILogger log)
    {
        try
        {
            await using var conn = await db.OpenConnectionAsync();
            // Not cancelled with the request: a merge stopped halfway would leave its work for the next insert anyway.
            await foreach (var _ in _requests.Reader.ReadAllAsync())
                PagesMerged += await conn.ExecuteScalarAsync<long>(MergeSql);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Merging the search index's pending list beside the bulk import failed; the import's inserts merge it themselves");
        }
    }
}
