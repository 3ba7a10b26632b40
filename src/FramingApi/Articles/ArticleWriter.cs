using Dapper;
using FramingApi.Analyses;
using FramingApi.Analysis.Scoring;
using FramingApi.Analysis.Text;
using FramingApi.Comparisons;
using FramingApi.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace FramingApi.Articles;

/// <summary>
/// Everything stored about a new article: its row (with its search vector, binary tsvector), its segments, what each lexicon version
/// found (packed, <see cref="PackedAnalysis"/>), and its sampled shingles for shared text. Built from a request by
/// <see cref="ArticleIngestion.Prepare"/> (or from a seed), written by <see cref="ArticleWriter"/>. <c>Raw</c> is
/// null when the body as received is <c>Text[RawStart, RawStart + RawLength)</c>.
/// </summary>
public sealed record ArticleRecord(
    long? SourceId,
    long? StoryId,
    string? Url,
    string? Title,
    string? Author,
    DateTimeOffset? PublishedAt,
    string ContentType,
    string? Raw,
    int? RawStart,
    int? RawLength,
    string Language,
    string Text,
    IReadOnlyList<Segment> Segments,
    byte[] ContentHash,
    int WordCount,
    ArticleAnalysis Scores,
    LexiconSet Lexicons,
    byte[][] Packed,
    byte[] Search,
    long[] OwnShingles,
    long[] QuotedShingles)
{
    /// <summary>Where the title, author, date, canonical url, language and section came from, and the page-only values.</summary>
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.None;

    /// <summary>Per segment: why the page's block was removed from the article, or null.</summary>
    public IReadOnlyList<string?> RemovalReasons { get; init; } = [];
}

/// <summary>What the scorers found in one stored article's text, packed per lexicon, and the lexicon versions that found it.</summary>
public sealed record ScoredArticle(long ArticleId, ArticleAnalysis Analysis, LexiconSet Lexicons, byte[][] Packed)
{
    public static ScoredArticle Of(long articleId, string text, ArticleAnalysis analysis, LexiconSet lexicons) =>
        new(articleId, analysis, lexicons, PackAll(text, analysis, lexicons));

    /// <summary>One packed value per lexicon of the set, in its order.</summary>
    public static byte[][] PackAll(string text, ArticleAnalysis analysis, LexiconSet lexicons)
    {
        var packed = new byte[lexicons.Versions.Count][];
        for (var i = 0; i < packed.Length; i++) packed[i] = PackedAnalysis.Pack(text, analysis, i);
        return packed;
    }
}

public enum WriteOutcome { Created, Duplicate, UrlConflict }

/// <summary>What happened to one article of a write: created, the same as a stored one, or a URL taken by another text.</summary>
public readonly record struct WriteResult(WriteOutcome Outcome, long Id);

/// <summary>
/// The one writer of everything stored about an article, used by single and bulk ingestion, the seed loader and the
/// re-scoring worker. Rows go in by binary COPY, inside the caller's transaction or one of its own; each step below
/// writes one table. After a commit it tells the comparison cache which stories and sources changed (so this
/// instance's next read does not wait for the database's notification) and the read data source up to which
/// WAL position it must have replayed to show the write.
/// </summary>
public sealed class ArticleWriter(NpgsqlDataSource db, Comparisons.ChangeListener changes, ILogger<ArticleWriter> log)
{
    // Two index lookups (url; source and hash), not one OR that the planner would answer with a scan.
    const string FindExistingSql = """
        SELECT id, url, COALESCE(source_id, 0) AS source_key, content_hash
        FROM articles WHERE url = ANY(@urls)
        UNION
        SELECT a.id, a.url, COALESCE(a.source_id, 0), a.content_hash
        FROM unnest(@sourceKeys, @hashes) AS k(source_key, content_hash)
        JOIN articles a ON COALESCE(a.source_id, 0) = k.source_key AND a.content_hash = k.content_hash
        """;

    const string ReserveIdsSql = "SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, @n)";

    const string ArticleColumns = """
        source_id, story_id, url, title, author, published_at, content_type, raw, raw_start, raw_length, text,
        content_hash, word_count, language, search
        """;

    // COPY writes the identity column as given (like OVERRIDING SYSTEM VALUE): the ids reserved above.
    const string CopyArticlesSql = $"COPY articles (id, {ArticleColumns}) FROM STDIN (FORMAT BINARY)";

    const string CreateStagingSql = """
        CREATE TEMP TABLE article_staging (
            ord int, id bigint, source_id bigint, story_id bigint, url text, title text, author text, published_at timestamptz,
            content_type text, raw text, raw_start int, raw_length int, text text, content_hash bytea, word_count int,
            language text, search tsvector
        ) ON COMMIT DROP
        """;

    const string CopyStagingSql = $"COPY article_staging (ord, id, {ArticleColumns}) FROM STDIN (FORMAT BINARY)";

    // The slow path, when a concurrent writer stored one of the batch's articles between our check and our COPY: ON
    // CONFLICT DO NOTHING with no target covers both unique indexes (url; source and content hash), also between
    // rows of the same batch, and waits for a concurrent insert of the same key to commit first.
    const string InsertFromStagingSql = $"""
        INSERT INTO articles (id, {ArticleColumns}) OVERRIDING SYSTEM VALUE
        SELECT id, {ArticleColumns}
        FROM article_staging ORDER BY ord
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    const string CopySegmentsSql = "COPY article_segments (article_id, kinds, starts, ends) FROM STDIN (FORMAT BINARY)";

    const string CopyStatsSql = """
        COPY article_stats (article_id, words_outlet, words_quotation, words_comments, sentences_outlet,
                            sentences_quotation, sentences_comments) FROM STDIN (FORMAT BINARY)
        """;

    const string CopyAnalysesSql = """
        COPY article_lexicon_versions (article_id, lexicon_id, lexicon_version_id, analysis) FROM STDIN (FORMAT BINARY)
        """;

    const string CopyShinglesSql = "COPY article_shingle_sets (article_id, published, own, quoted) FROM STDIN (FORMAT BINARY)";

    const string ReplaceAnalysesSql = """
        INSERT INTO article_lexicon_versions (article_id, lexicon_id, lexicon_version_id, analysis)
        SELECT x.article_id, v.lexicon_id, v.id, x.analysis
        FROM unnest(@articles::bigint[], @versions::bigint[], @analyses::bytea[]) AS x(article_id, version_id, analysis)
        JOIN lexicon_versions v ON v.id = x.version_id
        ON CONFLICT (article_id, lexicon_id)
        DO UPDATE SET lexicon_version_id = excluded.lexicon_version_id, analysis = excluded.analysis, scored_at = now()
        """;

    // New articles added to their sources' days (article_days, as the insert trigger would: migration 0051), then their
    // metric summaries, then their days' rollups, summed by SummaryDays and merged
    // (metric_summary_days_merge: new days inserted, stored ones locked and added to): one round trip. The insert
    // trigger leaves the rollups to this command while framing.day_sums_by_writer is 1 (transaction-local; migration 0048).
    // A day row's variable-length arrays come flat, each row's slice given by its offset and length.
    const string SummariesAndDaysSql = $"""
        INSERT INTO article_days AS d (source_id, day, n, id_sum)
        SELECT * FROM unnest(@articleDaySources::bigint[], @articleDays::date[], @articleDayN::int[], @articleDayIdSums::bigint[])
        ORDER BY 1, 2
        ON CONFLICT (source_id, day) DO UPDATE SET n = d.n + excluded.n, id_sum = d.id_sum + excluded.id_sum;
        SELECT set_config('framing.day_sums_by_writer', '1', true);
        {TimeSeries.MetricSummaryWriter.InsertSql};
        SELECT set_config('framing.day_sums_by_writer', '', true);
        SELECT metric_summary_days_merge(array_agg(ROW(d.version, d.source, d.day, d.n, d.id_sum,
                   (@dayXCodes::int[])[d.xo + 1 : d.xo + d.xn], (@dayYCodes::int[])[d.yo + 1 : d.yo + d.yn],
                   (@dayVals::float8[])[d.vo + 1 : d.vo + d.vn])::metric_summary_days ORDER BY d.version, d.source, d.day))
        FROM unnest(@dayVersions::bigint[], @daySources::bigint[], @days::date[], @dayN::int[], @dayIdSums::bigint[],
                    @dayXo::int[], @dayXn::int[], @dayYo::int[], @dayYn::int[], @dayVo::int[], @dayVn::int[])
             AS d(version, source, day, n, id_sum, xo, xn, yo, yn, vo, vn)
        """;

    const string PairingSql = "SELECT code, x_code FROM metric_summary_pairing WHERE code = ANY(@codes)";

    const string CopyMetadataSql = """
        COPY article_metadata (article_id, title_source, authors, author_source, published_at_source, modified_at,
                               modified_at_source, canonical_url, canonical_url_source, language_source, section,
                               section_source) FROM STDIN (FORMAT BINARY)
        """;

    const string CopySegmentReasonsSql = "COPY segment_reasons (article_id, ordinal, reason) FROM STDIN (FORMAT BINARY)";

    // A bulk import's transactions: the search index's pending list may grow this far before their own inserts merge
    // it (migration 0050 left the index to this setting); SearchIndexMerger merges it beside them, normally at about
    // two batches' entries (~3 MB each). A bound all the same, for a merger that falls behind or fails.
    const string MergeSearchApartSql = "SET LOCAL gin_pending_list_limit = '16MB'";

    // The writer adds its new articles to article_days itself, in its last statement (AddToRollupsAsync), so the
    // articles' insert trigger steps aside while it copies them (migration 0051).
    const string ArticleDaysByWriterSql = "SELECT set_config('framing.article_days_by_writer', '1', true)";
    const string ArticleDaysByTriggerSql = "SELECT set_config('framing.article_days_by_writer', '', true)";

    /// <summary>
    /// Writes a batch of new articles in one transaction; duplicates write nothing. Two batches that hold the same urls
    /// in opposite orders can deadlock on the unique index: the victim's transaction is run again.
    /// </summary>
    public Task<WriteResult[]> InsertAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken ct) =>
        DatabaseErrors.RetryConflictsAsync(() => TryInsertAsync(articles, ct), log, $"writing {articles.Count} article(s)", ct);

    /// <summary>A merger of the search index's pending list for one bulk import (<see cref="SearchIndexMerger"/>).</summary>
    public SearchIndexMerger StartSearchMerger() => new(db, log);

    async Task<WriteResult[]> TryInsertAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        NewArticles batch;
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            batch = await CopyNewAsync(conn, tx, articles, ct);
            await AddToRollupsAsync(conn, tx, batch, ct);
            await tx.CommitAsync(ct);
        }
        await AnnounceAsync(conn, batch, ct);
        return batch.Results;
    }

    /// <summary>After a commit: this instance's cache and read source learn what changed, before the response goes out.</summary>
    async Task AnnounceAsync(NpgsqlConnection conn, NewArticles batch, CancellationToken ct)
    {
        if (batch.Created.Count == 0) return;
        changes.Invalidate(Comparisons.ChangeScope.Of(batch.Created.Select(c => (c.Article.StoryId, c.Article.SourceId, c.Article.PublishedAt))));
        await changes.RequireCurrentPositionAsync(conn, ct);
    }

    /// <summary>Writes a batch of new articles inside the caller's transaction; duplicates write nothing.</summary>
    public static async Task<WriteResult[]> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ArticleRecord> articles,
        CancellationToken ct)
    {
        var batch = await CopyNewAsync(conn, tx, articles, ct);
        await AddToRollupsAsync(conn, tx, batch, ct);
        return batch.Results;
    }

    /// <summary>
    /// A bulk import's batch in its turn (<see cref="WriteTurn"/>): one transaction whose COPYs run while the batch
    /// ahead is written on another connection, and whose rollups and commit follow that batch's commit. Null when the
    /// batch was not written because the batch ahead failed. Conflicts lost are run again, as
    /// <see cref="InsertAsync(IReadOnlyList{ArticleRecord}, CancellationToken)"/> does.
    /// </summary>
    public async Task<WriteResult[]?> InsertInTurnAsync(IReadOnlyList<ArticleRecord> articles, WriteTurn turn, CancellationToken ct)
    {
        var committed = false;
        try
        {
            if (!await turn.MayStartAsync(ct)) return null;
            var results = await DatabaseErrors.RetryConflictsAsync(async () =>
            {
                while (true)
                {
                    try
                    {
                        if (await TryInsertInTurnAsync(articles, turn, ct) is { } written) return written;
                    }
                    catch (PostgresException e) when (DatabaseErrors.IsConflict(e))
                    {
                        turn.AttemptLost();
                        throw;
                    }
                    // Rolled back for the batch ahead: written again after it, or not at all if it failed. Its ids are
                    // gone, so the batch behind, which took its own after them, must roll back too.
                    turn.AttemptLost();
                    if (!await turn.AfterAheadAsync(ct)) return null;
                }
            }, log, $"writing {articles.Count} article(s)", ct);
            committed = results is not null;
            return results;
        }
        finally
        {
            turn.End(committed);
        }
    }

    async Task<WriteResult[]?> TryInsertInTurnAsync(IReadOnlyList<ArticleRecord> articles, WriteTurn turn, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        NewArticles batch;
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            await conn.ExecuteAsync(new CommandDefinition(MergeSearchApartSql, transaction: tx, cancellationToken: ct));
            await turn.TakeAsync(conn, tx, ct);
            await turn.AheadTookIdsAsync(ct);
            batch = await CopyNewAsync(conn, tx, articles, ct, turn.IdsTaken);
            if (!await turn.AheadCommittedAsync(conn, tx, ct)) return null;
            await AddToRollupsAsync(conn, tx, batch, ct);
            await tx.CommitAsync(ct);
        }
        await AnnounceAsync(conn, batch, ct);
        return batch.Results;
    }

    /// <summary>What a batch's COPYs wrote: each line's outcome and the articles created with their scores, for its rollups.</summary>
    sealed record NewArticles(WriteResult[] Results, List<(long Id, ArticleRecord Article)> Created, List<ScoredArticle> Scored);

    /// <summary>
    /// The part of a batch's write that touches only rows of its own new articles: it finds the duplicates, reserves
    /// ids (then calls <paramref name="idsTaken"/>) and copies the articles and everything stored per article. The
    /// rows shared with other articles — the per-day rollups, the summaries' part codes — are
    /// <see cref="AddToRollupsAsync"/>'s.
    /// </summary>
    static async Task<NewArticles> CopyNewAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ArticleRecord> articles,
        CancellationToken ct, Action? idsTaken = null)
    {
        var results = await MatchExistingAsync(conn, tx, articles, ct);
        var fresh = Enumerable.Range(0, articles.Count).Where(i => results[i].Outcome == WriteOutcome.Created).ToList();
        if (fresh.Count == 0)
        {
            idsTaken?.Invoke();
            ResolveRepeats(articles, results);
            return new NewArticles(results, [], []);
        }

        var ids = (await conn.QueryAsync<long>(new CommandDefinition(ReserveIdsSql, new { n = fresh.Count }, tx, cancellationToken: ct))).ToList();
        idsTaken?.Invoke();
        for (var k = 0; k < fresh.Count; k++) results[fresh[k]] = new WriteResult(WriteOutcome.Created, ids[k]);
        var created = fresh.Select(i => (Id: results[i].Id, Article: articles[i])).ToList();

        // The articles' days are added by AddToRollupsAsync, not by the insert trigger (migration 0051).
        await conn.ExecuteAsync(new CommandDefinition(ArticleDaysByWriterSql, transaction: tx, cancellationToken: ct));
        await tx.SaveAsync("copy", ct);
        try
        {
            await CopyArticlesAsync(conn, created, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Someone stored one of these meanwhile: insert what is still new, one row at a time against the indexes.
            await tx.RollbackAsync("copy", ct);
            created = await InsertStagedAsync(conn, tx, created, ct);
            var inserted = created.Select(c => c.Id).ToHashSet();
            foreach (var i in fresh.Where(i => !inserted.Contains(results[i].Id))) results[i] = default;
            await ResolveLeftoversAsync(conn, tx, articles, results, ct);
        }
        await conn.ExecuteAsync(new CommandDefinition(ArticleDaysByTriggerSql, transaction: tx, cancellationToken: ct));
        ResolveRepeats(articles, results);
        if (created.Count == 0) return new NewArticles(results, created, []);

        await CopySegmentsAsync(conn, created, ct);
        var scored = created.Select(c => new ScoredArticle(c.Id, c.Article.Scores, c.Article.Lexicons, c.Article.Packed)).ToList();
        await CopyStatsAsync(conn, scored, ct);
        await CopyAnalysesAsync(conn, scored, ct);
        await CopyShinglesAsync(conn, created, ct);
        await CopyMetadataAsync(conn, created, ct);
        await CopySegmentReasonsAsync(conn, created, ct);
        return new NewArticles(results, created, scored);
    }

    /// <summary>
    /// The last statement of a batch's write: its new articles added to their sources' days, their metric summaries
    /// inserted and their days' rollups merged — rows that other batches' articles share (migrations 0048, 0051).
    /// </summary>
    static Task AddToRollupsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, NewArticles batch, CancellationToken ct) =>
        batch.Created.Count == 0 ? Task.CompletedTask : WriteSummariesAsync(conn, tx, batch.Created, batch.Scored, ct);

    /// <summary>Replaces what one lexicon found (its analysis, with the version that made it) for a set of stored articles.</summary>
    public static async Task ReplaceLexiconScoresAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ScoredArticle> articles,
        CancellationToken ct)
    {
        if (articles.Count == 0) return;
        var versions = articles[0].Lexicons.Versions;
        var rows = articles.SelectMany(a => versions.Select((v, i) => (a.ArticleId, v.Id, a.Packed[i]))).ToList();
        await conn.ExecuteAsync(new CommandDefinition(ReplaceAnalysesSql, new
        {
            articles = rows.Select(r => r.ArticleId).ToArray(),
            versions = rows.Select(r => r.Id).ToArray(),
            analyses = rows.Select(r => r.Item3).ToArray(),
        }, tx, cancellationToken: ct));
        await TimeSeries.MetricSummaryWriter.WriteAsync(conn, tx, articles, ct);
    }

    /// <summary>
    /// Each article of the batch: a duplicate of a stored one (or of an earlier line of the batch), a URL conflict,
    /// or new (<see cref="WriteOutcome.Created"/>, its id still 0).
    /// </summary>
    static async Task<WriteResult[]> MatchExistingAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ArticleRecord> articles,
        CancellationToken ct)
    {
        var existing = await FindAsync(conn, tx, articles, ct);
        var results = new WriteResult[articles.Count];
        var firstByUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstByText = new Dictionary<(long, string), int>();
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            if (Stored(existing, a) is { } stored) { results[i] = stored; continue; }
            var textKey = (a.SourceId ?? 0, Convert.ToHexString(a.ContentHash));
            var earlier = a.Url is { } url && firstByUrl.TryGetValue(url, out var u) ? u : firstByText.TryGetValue(textKey, out var t) ? t : -1;
            if (earlier >= 0)
            {
                // Resolved once the earlier line has its id (below): the same text is its duplicate, another a conflict.
                results[i] = new WriteResult(WriteOutcome.Duplicate, -1 - earlier);
                continue;
            }
            results[i] = new WriteResult(WriteOutcome.Created, 0);
            if (a.Url is not null) firstByUrl[a.Url] = i;
            firstByText[textKey] = i;
        }
        return results;
    }

    /// <summary>Points the batch's repeats at the article their earlier line created (or found), once ids are known.</summary>
    static void ResolveRepeats(IReadOnlyList<ArticleRecord> articles, WriteResult[] results)
    {
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Outcome != WriteOutcome.Duplicate || results[i].Id >= 0) continue;
            var earlier = (int)(-1 - results[i].Id);
            var (a, b) = (articles[i], articles[earlier]);
            var sameText = (a.SourceId ?? 0) == (b.SourceId ?? 0) && a.ContentHash.AsSpan().SequenceEqual(b.ContentHash);
            results[i] = new WriteResult(sameText ? WriteOutcome.Duplicate : WriteOutcome.UrlConflict, results[earlier].Id);
        }
    }

    static async Task<List<KeyRow>> FindAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ArticleRecord> articles, CancellationToken ct) =>
        (await conn.QueryAsync<KeyRow>(new CommandDefinition(FindExistingSql, new
        {
            urls = articles.Select(a => a.Url).OfType<string>().ToArray(),
            sourceKeys = articles.Select(a => a.SourceId ?? 0).ToArray(),
            hashes = articles.Select(a => a.ContentHash).ToArray(),
        }, tx, cancellationToken: ct))).ToList();

    /// <summary>The stored article with the same url or text, as a duplicate or a url conflict; null when there is none.</summary>
    static WriteResult? Stored(List<KeyRow> existing, ArticleRecord a)
    {
        var sourceKey = a.SourceId ?? 0;
        var byUrl = a.Url is { } url ? existing.FirstOrDefault(e => e.Url == url) : null;
        if (byUrl is not null && (byUrl.SourceKey != sourceKey || !byUrl.ContentHash.AsSpan().SequenceEqual(a.ContentHash)))
            return new WriteResult(WriteOutcome.UrlConflict, byUrl.Id);
        var byText = byUrl ?? existing.FirstOrDefault(e => e.SourceKey == sourceKey && e.ContentHash.AsSpan().SequenceEqual(a.ContentHash));
        return byText is null ? null : new WriteResult(WriteOutcome.Duplicate, byText.Id);
    }

    /// <summary>After the slow path: the articles it did not insert are duplicates or conflicts of what is stored now.</summary>
    static async Task ResolveLeftoversAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<ArticleRecord> articles,
        WriteResult[] results, CancellationToken ct)
    {
        var pending = Enumerable.Range(0, articles.Count).Where(i => results[i] == default).ToList();
        if (pending.Count == 0) return;
        var existing = await FindAsync(conn, tx, pending.Select(i => articles[i]).ToList(), ct);
        foreach (var i in pending)
            results[i] = Stored(existing, articles[i]) ?? throw new InvalidOperationException("An article was neither inserted nor found.");
    }

    static async Task CopyArticlesAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyArticlesSql, ct);
        foreach (var (id, a) in created) await WriteArticleAsync(copy, null, id, a, ct);
        await copy.CompleteAsync(ct);
    }

    static async Task WriteArticleAsync(NpgsqlBinaryImporter copy, int? ord, long id, ArticleRecord a, CancellationToken ct)
    {
        await copy.StartRowAsync(ct);
        if (ord is { } o) await copy.WriteAsync(o, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
        await WriteNullable(copy, a.SourceId, NpgsqlDbType.Bigint, ct);
        await WriteNullable(copy, a.StoryId, NpgsqlDbType.Bigint, ct);
        await WriteNullable(copy, a.Url, NpgsqlDbType.Text, ct);
        await WriteNullable(copy, a.Title, NpgsqlDbType.Text, ct);
        await WriteNullable(copy, a.Author, NpgsqlDbType.Text, ct);
        await WriteNullable(copy, a.PublishedAt?.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
        await copy.WriteAsync(Vocabulary.ContentTypeNames.Set.Require(a.ContentType), NpgsqlDbType.Text, ct);
        await WriteNullable(copy, a.Raw, NpgsqlDbType.Text, ct);
        await WriteNullable(copy, a.RawStart, NpgsqlDbType.Integer, ct);
        await WriteNullable(copy, a.RawLength, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(a.Text, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(a.ContentHash, NpgsqlDbType.Bytea, ct);
        await copy.WriteAsync(a.WordCount, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(a.Language, NpgsqlDbType.Text, ct);
        // The tsvector in PostgreSQL's binary form (SearchVector): binary COPY hands a field's bytes to the column
        // type's receive function, so they go as they are.
        await copy.WriteAsync(a.Search, NpgsqlDbType.Bytea, ct);
    }

    /// <summary>The slow path: stage the rows, insert those that are still new; returns the ones inserted.</summary>
    static async Task<List<(long Id, ArticleRecord Article)>> InsertStagedAsync(NpgsqlConnection conn, NpgsqlTransaction tx,
        List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition(CreateStagingSql, transaction: tx, cancellationToken: ct));
        await using (var copy = await conn.BeginBinaryImportAsync(CopyStagingSql, ct))
        {
            for (var i = 0; i < created.Count; i++) await WriteArticleAsync(copy, i, created[i].Id, created[i].Article, ct);
            await copy.CompleteAsync(ct);
        }
        var inserted = (await conn.QueryAsync<long>(new CommandDefinition(InsertFromStagingSql, transaction: tx, cancellationToken: ct))).ToHashSet();
        return created.Where(c => inserted.Contains(c.Id)).ToList();
    }

    // One row per article: its segments' kinds and offsets by ordinal (migration 0046; read through the view segments).
    static async Task CopySegmentsAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopySegmentsSql, ct);
        foreach (var (id, article) in created)
        {
            var segments = article.Segments;
            var (kinds, starts, ends) = (new string[segments.Count], new int[segments.Count], new int[segments.Count]);
            for (var ordinal = 0; ordinal < segments.Count; ordinal++)
            {
                var s = segments[ordinal];
                (kinds[ordinal], starts[ordinal], ends[ordinal]) = (Vocabulary.SegmentNames.Map.Name(s.Kind), s.Start, s.End);
            }
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(kinds, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(starts, NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(ends, NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
        }
        await copy.CompleteAsync(ct);
    }

    static async Task CopyStatsAsync(NpgsqlConnection conn, IReadOnlyList<ScoredArticle> articles, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyStatsSql, ct);
        foreach (var a in articles)
        {
            var c = a.Analysis.Counts;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(a.ArticleId, NpgsqlDbType.Bigint, ct);
            foreach (var n in (int[])[c.OutletWords, c.QuotationWords, c.CommentWords, c.OutletSentences, c.QuotationSentences, c.CommentSentences])
                await copy.WriteAsync(n, NpgsqlDbType.Integer, ct);
        }
        await copy.CompleteAsync(ct);
    }

    static async Task CopyAnalysesAsync(NpgsqlConnection conn, IReadOnlyList<ScoredArticle> articles, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyAnalysesSql, ct);
        foreach (var a in articles)
            for (var i = 0; i < a.Lexicons.Versions.Count; i++)
            {
                var version = a.Lexicons.Versions[i];
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(a.ArticleId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(version.LexiconId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(version.Id, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(a.Packed[i], NpgsqlDbType.Bytea, ct);
            }
        await copy.CompleteAsync(ct);
    }

    /// <summary>New articles' counts per source and day, metric summaries and their per-day rollups (<see cref="SummaryDays"/>), in one round trip.</summary>
    static async Task WriteSummariesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, List<(long Id, ArticleRecord Article)> created,
        IReadOnlyList<ScoredArticle> scored, CancellationToken ct)
    {
        var summaries = await TimeSeries.MetricSummaryWriter.PrepareNewAsync(conn, tx, scored, ct);
        var codes = summaries.Rows.SelectMany(r => r.Codes).Distinct().ToArray();
        var pairing = (await conn.QueryAsync<(int Code, int XCode)>(new CommandDefinition(PairingSql, new { codes }, tx, cancellationToken: ct)))
            .ToDictionary(p => p.Code, p => p.XCode);
        var articles = created.ToDictionary(c => c.Id, c => c.Article);
        var days = SummaryDays.Sum(summaries.Analyses.Select((a, i) =>
        {
            var article = articles[a.ArticleId];
            return new WrittenSummary(a.ArticleId, a.LexiconVersionId, article.SourceId, article.PublishedAt is { } t ? AsStored(t) : null,
                summaries.Rows[i].Codes, summaries.Rows[i].Vals);
        }), pairing);
        var articleDays = created
            .Where(c => c.Article.SourceId is not null && c.Article.PublishedAt is not null)
            .GroupBy(c => (Source: c.Article.SourceId!.Value, Day: DateOnly.FromDateTime(AsStored(c.Article.PublishedAt!.Value))))
            .Select(g => (g.Key.Source, g.Key.Day, N: g.Count(), IdSum: g.Sum(c => c.Id)))
            .ToList();
        var args = summaries.InsertArgs;
        args.AddDynamicParams(new
        {
            articleDaySources = articleDays.Select(d => d.Source).ToArray(), articleDays = articleDays.Select(d => d.Day).ToArray(),
            articleDayN = articleDays.Select(d => d.N).ToArray(), articleDayIdSums = articleDays.Select(d => d.IdSum).ToArray(),
            dayVersions = days.Select(d => d.VersionId).ToArray(), daySources = days.Select(d => d.SourceId).ToArray(),
            days = days.Select(d => d.Day).ToArray(), dayN = days.Select(d => d.N).ToArray(), dayIdSums = days.Select(d => d.IdSum).ToArray(),
            dayXCodes = days.SelectMany(d => d.XCodes).ToArray(), dayYCodes = days.SelectMany(d => d.YCodes).ToArray(),
            dayVals = days.SelectMany(d => d.Vals).ToArray(),
            dayXo = Offsets(days.Select(d => d.XCodes.Length)), dayXn = days.Select(d => d.XCodes.Length).ToArray(),
            dayYo = Offsets(days.Select(d => d.YCodes.Length)), dayYn = days.Select(d => d.YCodes.Length).ToArray(),
            dayVo = Offsets(days.Select(d => d.Vals.Length)), dayVn = days.Select(d => d.Vals.Length).ToArray(),
        });
        await conn.ExecuteAsync(new CommandDefinition(SummariesAndDaysSql, args, tx, cancellationToken: ct));
    }

    /// <summary>Where each of a run of slices starts in their concatenation.</summary>
    static int[] Offsets(IEnumerable<int> lengths)
    {
        var (offsets, at) = (new List<int>(), 0);
        foreach (var n in lengths) { offsets.Add(at); at += n; }
        return [.. offsets];
    }

    // A publication time as PostgreSQL stores it from Npgsql: whole microseconds since 2000, the rest dropped (towards
    // 2000), so that its UTC day is the stored row's.
    static DateTime AsStored(DateTimeOffset t)
    {
        var epoch = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        return new DateTime((t.UtcTicks - epoch) / 10 * 10 + epoch, DateTimeKind.Utc);
    }

    static async Task CopyShinglesAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        await using var copy = await conn.BeginBinaryImportAsync(CopyShinglesSql, ct);
        var now = DateTime.UtcNow;
        foreach (var (id, article) in created)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(article.PublishedAt?.UtcDateTime ?? now, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(PackedShingles.Pack(article.OwnShingles), NpgsqlDbType.Bytea, ct);
            await copy.WriteAsync(PackedShingles.Pack(article.QuotedShingles), NpgsqlDbType.Bytea, ct);
        }
        await copy.CompleteAsync(ct);
    }

    static async Task CopyMetadataAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        static string? Source<T>(Sourced<T>? value) where T : notnull =>
            value is { } v ? Vocabulary.ProvenanceNames.Map.Name(v.Source) : null;

        await using var copy = await conn.BeginBinaryImportAsync(CopyMetadataSql, ct);
        foreach (var (id, article) in created)
        {
            var m = article.Metadata;
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(id, NpgsqlDbType.Bigint, ct);
            await WriteNullable(copy, Source(m.Title), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, m.Authors?.Value.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.Authors), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.PublishedAt), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, m.ModifiedAt?.Value.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            await WriteNullable(copy, Source(m.ModifiedAt), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, m.CanonicalUrl?.Value, NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.CanonicalUrl), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.Language), NpgsqlDbType.Text, ct);
            await WriteNullable(copy, m.Section?.Value, NpgsqlDbType.Text, ct);
            await WriteNullable(copy, Source(m.Section), NpgsqlDbType.Text, ct);
        }
        await copy.CompleteAsync(ct);
    }

    static async Task CopySegmentReasonsAsync(NpgsqlConnection conn, List<(long Id, ArticleRecord Article)> created, CancellationToken ct)
    {
        if (!created.Any(c => c.Article.RemovalReasons.Any(r => r is not null))) return;
        await using var copy = await conn.BeginBinaryImportAsync(CopySegmentReasonsSql, ct);
        foreach (var (id, article) in created)
            for (var ordinal = 0; ordinal < article.RemovalReasons.Count; ordinal++)
                if (article.RemovalReasons[ordinal] is { } reason)
                    await copy.WriteRowAsync(ct, id, ordinal, reason);
        await copy.CompleteAsync(ct);
    }

    static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

    static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, ct) : copy.WriteNullAsync(ct);

    sealed record KeyRow(long Id, string? Url, long SourceKey, byte[] ContentHash);
}
