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
/// After each committed batch the writer tells the merger how many index entries (lexemes) the batch added
/// (<see cref="Added"/>); once the batches not yet merged hold <c>mergeEntries</c> of them it asks for a merge — by
/// default after every batch (<see cref="DefaultMergeEntries"/>). Requests made while one runs are taken together by
/// the next. A merge costs a part per item of the list (sorting the items into the index's keys) and a part per
/// distinct key it touches (each key's entry or posting tree is rewritten once per merge); a larger list shares the
/// second part among more articles: with <c>Articles:SearchMergeEntries</c> = 360,000 (about three batches of 200 Brown
/// texts, ~8 MB of list) the merges took ~30 % less time and 4–10 KB less WAL per article, but the list's pages stay in
/// the index as free pages, and at 2,000 articles the store grew from 2.67 to 3.10 × its text (docs/PERFORMANCE.md,
/// "Bulk ingestion, wave 20"): a setting for imports into a large store, not the default. Keep it under ~600,000 (the
/// import's 16 MB <c>gin_pending_list_limit</c>, <c>ArticleWriter</c>), past which the writer's own inserts merge. The
/// import answers only after the last merge (<see cref="CompleteAsync"/>): its cost is counted with the import and no
/// list is left for the searches after it. If a merge fails (say the API's role does not own the index), the import
/// goes on without: its inserts merge the list themselves once it reaches their limit.
/// </remarks>
public sealed class SearchIndexMerger
{
    const string MergeSql = "SELECT gin_clean_pending_list('articles_search_idx'::regclass)";

    readonly Channel<bool> _requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.DropWrite });
    readonly Task _merging;

    /// <summary>The index entries (one per distinct lexeme of an article; ~23 bytes each in the list) that a merge waits for: 1, every batch.</summary>
    public const long DefaultMergeEntries = 1;

    readonly long _mergeEntries;
    long _unmerged;

    /// <param name="db">Where the index is.</param>
    /// <param name="log">For a merge that fails.</param>
    /// <param name="mergeEntries">Entries added before a merge is asked for; 1 merges after every batch.</param>
    public SearchIndexMerger(NpgsqlDataSource db, ILogger log, long mergeEntries = DefaultMergeEntries)
    {
        _mergeEntries = Math.Max(1, mergeEntries);
        _merging = Task.Run(() => MergeAllAsync(db, log));
    }

    /// <summary>Pages merged out of the list so far (<c>gin_clean_pending_list</c>'s count).</summary>
    public long PagesMerged { get; private set; }

    /// <summary>
    /// A batch was committed that added <paramref name="entries"/> index entries: a merge is asked for once the batches
    /// not yet merged hold <c>mergeEntries</c> (one request waiting already covers them).
    /// </summary>
    public void Added(long entries)
    {
        if (Interlocked.Add(ref _unmerged, entries) < _mergeEntries) return;
        Interlocked.Exchange(ref _unmerged, 0);
        _requests.Writer.TryWrite(true);
    }

    /// <summary>No more batches: returns once the merge asked for last is done.</summary>
    public Task CompleteAsync()
    {
        if (Interlocked.Exchange(ref _unmerged, 0) > 0) _requests.Writer.TryWrite(true);
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
