using Dapper;
using FramingApi.Analysis;
using Npgsql;
using NpgsqlTypes;

namespace FramingApi.Articles;

public enum WriteOutcome { Created, Duplicate, UrlConflict }

/// <summary>What happened to one article of a write: created, the same as a stored one, or a URL taken by another text.</summary>
public readonly record struct WriteResult(WriteOutcome Outcome, long Id);

/// <summary>An article to write, with its source and story resolved to ids.</summary>
public sealed record WriteItem(PreparedArticle Article, long? SourceId, long? StoryId);

/// <summary>Filters of the article list; null means no filter.</summary>
public sealed record ArticleFilter(long? SourceId, long? StoryId, DateTimeOffset? From, DateTimeOffset? To);

public sealed class ArticlesStore(NpgsqlDataSource db)
{
    const string CreateStagingSql = """
        CREATE TEMP TABLE article_staging (
            ord int, source_id bigint, story_id bigint, url text, title text, author text, published_at timestamptz,
            content_type text, raw text, text text, content_hash bytea, word_count int, language text
        ) ON COMMIT DROP
        """;

    const string CopyStagingSql = """
        COPY article_staging (ord, source_id, story_id, url, title, author, published_at, content_type, raw, text,
                              content_hash, word_count, language) FROM STDIN (FORMAT BINARY)
        """;

    // ON CONFLICT DO NOTHING with no target covers both unique indexes (url; source and content hash), also
    // between rows of the same batch, and waits for a concurrent insert of the same key to commit first: fifty
    // identical requests at once still make one row.
    const string InsertFromStagingSql = """
        INSERT INTO articles (source_id, story_id, url, title, author, published_at, content_type, raw, text,
                              content_hash, word_count, language)
        SELECT source_id, story_id, url, title, author, published_at, content_type, raw, text,
               content_hash, word_count, language
        FROM article_staging ORDER BY ord
        ON CONFLICT DO NOTHING
        RETURNING id, url, COALESCE(source_id, 0) AS source_key, content_hash
        """;

    // Two index lookups (url; source and hash), not one OR that the planner would answer with a scan.
    const string FindExistingSql = """
        SELECT id, url, COALESCE(source_id, 0) AS source_key, content_hash
        FROM articles WHERE url = ANY(@urls)
        UNION
        SELECT a.id, a.url, COALESCE(a.source_id, 0), a.content_hash
        FROM unnest(@sourceKeys, @hashes) AS k(source_key, content_hash)
        JOIN articles a ON COALESCE(a.source_id, 0) = k.source_key AND a.content_hash = k.content_hash
        """;

    const string CopySegmentsSql = """
        COPY segments (article_id, ordinal, kind, start_offset, end_offset) FROM STDIN (FORMAT BINARY)
        """;

    const string CopyTermsSql = "COPY article_terms (article_id, terms, counts) FROM STDIN (FORMAT BINARY)";

    const string CopyShinglesSql = "COPY article_shingles (article_id, hash, own) FROM STDIN (FORMAT BINARY)";

    const string SummaryColumns = """
        a.id, so.slug AS source, st.slug AS story, a.url, a.title, a.author, a.published_at, a.word_count,
        encode(a.content_hash, 'hex') AS content_hash, a.created_at
        """;

    const string FindSql = $"""
        SELECT {SummaryColumns}, a.content_type, a.language, a.text, CASE WHEN @includeRaw THEN a.raw END AS raw
        FROM articles a
        LEFT JOIN sources so ON so.id = a.source_id
        LEFT JOIN stories st ON st.id = a.story_id
        WHERE a.id = @id;

        SELECT kind, start_offset AS start, end_offset AS "end"
        FROM segments WHERE article_id = @id ORDER BY ordinal;
        """;

    const string ListSql = $"""
        SELECT {SummaryColumns}, count(*) OVER () AS total
        FROM articles a
        LEFT JOIN sources so ON so.id = a.source_id
        LEFT JOIN stories st ON st.id = a.story_id
        WHERE (@sourceId::bigint IS NULL OR a.source_id = @sourceId)
          AND (@storyId::bigint IS NULL OR a.story_id = @storyId)
          AND (@from::timestamptz IS NULL OR a.published_at >= @from)
          AND (@to::timestamptz IS NULL OR a.published_at <= @to)
        ORDER BY a.published_at DESC NULLS LAST, a.id DESC
        LIMIT @limit OFFSET @offset
        """;

    const string DeleteSql = "DELETE FROM articles WHERE id = @id";

    /// <summary>Ids of the given source and story slugs that exist.</summary>
    public async Task<(Dictionary<string, long> Sources, Dictionary<string, long> Stories)> ResolveAsync(
        IReadOnlyCollection<string> sourceSlugs, IReadOnlyCollection<string> storySlugs, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var sources = (await conn.QueryAsync<(string Slug, long Id)>(new CommandDefinition(
            "SELECT slug, id FROM sources WHERE slug = ANY(@slugs)", new { slugs = sourceSlugs.ToArray() }, cancellationToken: ct)))
            .ToDictionary(r => r.Slug, r => r.Id, StringComparer.Ordinal);
        var stories = (await conn.QueryAsync<(string Slug, long Id)>(new CommandDefinition(
            "SELECT slug, id FROM stories WHERE slug = ANY(@slugs)", new { slugs = storySlugs.ToArray() }, cancellationToken: ct)))
            .ToDictionary(r => r.Slug, r => r.Id, StringComparer.Ordinal);
        return (sources, stories);
    }

    /// <summary>Writes a batch of articles in one transaction; duplicates write nothing.</summary>
    public async Task<WriteResult[]> WriteAsync(IReadOnlyList<WriteItem> items, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var results = await WriteAsync(conn, tx, items, ct);
        await tx.CommitAsync(ct);
        return results;
    }

    /// <summary>Writes a batch inside the caller's transaction (used by the seed loader).</summary>
    public static async Task<WriteResult[]> WriteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<WriteItem> items, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition(CreateStagingSql, transaction: tx, cancellationToken: ct));
        await using (var copy = await conn.BeginBinaryImportAsync(CopyStagingSql, ct))
        {
            for (var i = 0; i < items.Count; i++)
            {
                var (a, sourceId, storyId) = (items[i].Article, items[i].SourceId, items[i].StoryId);
                var r = a.Request;
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, ct);
                await WriteNullable(copy, sourceId, NpgsqlDbType.Bigint, ct);
                await WriteNullable(copy, storyId, NpgsqlDbType.Bigint, ct);
                await WriteNullable(copy, r.Url, NpgsqlDbType.Text, ct);
                await WriteNullable(copy, r.Title, NpgsqlDbType.Text, ct);
                await WriteNullable(copy, r.Author, NpgsqlDbType.Text, ct);
                await WriteNullable(copy, r.PublishedAt?.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(a.ContentType, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(a.Raw, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(a.Text, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(a.ContentHash, NpgsqlDbType.Bytea, ct);
                await copy.WriteAsync(a.WordCount, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(a.Language, NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }

        var created = (await conn.QueryAsync<KeyRow>(new CommandDefinition(InsertFromStagingSql, transaction: tx, cancellationToken: ct))).ToList();
        var results = new WriteResult[items.Count];
        var pending = new List<int>();
        var createdByKey = created.ToDictionary(k => (k.Url, k.SourceKey, Convert.ToHexString(k.ContentHash)), k => k.Id);
        var claimed = new HashSet<long>();
        for (var i = 0; i < items.Count; i++)
        {
            var key = (items[i].Article.Request.Url, items[i].SourceId ?? 0, Convert.ToHexString(items[i].Article.ContentHash));
            if (createdByKey.TryGetValue(key, out var id) && claimed.Add(id)) results[i] = new WriteResult(WriteOutcome.Created, id);
            else pending.Add(i);
        }

        if (pending.Count > 0)
        {
            var existing = (await conn.QueryAsync<KeyRow>(new CommandDefinition(FindExistingSql, new
            {
                urls = pending.Select(i => items[i].Article.Request.Url).OfType<string>().ToArray(),
                sourceKeys = pending.Select(i => items[i].SourceId ?? 0).ToArray(),
                hashes = pending.Select(i => items[i].Article.ContentHash).ToArray(),
            }, tx, cancellationToken: ct))).ToList();

            foreach (var i in pending)
            {
                var a = items[i].Article;
                var sourceKey = items[i].SourceId ?? 0;
                var byUrl = a.Request.Url is { } url ? existing.FirstOrDefault(e => e.Url == url) : null;
                var byText = existing.FirstOrDefault(e => e.SourceKey == sourceKey && e.ContentHash.AsSpan().SequenceEqual(a.ContentHash));
                results[i] = byUrl is not null && (byUrl.SourceKey != sourceKey || !byUrl.ContentHash.AsSpan().SequenceEqual(a.ContentHash))
                    ? new WriteResult(WriteOutcome.UrlConflict, byUrl.Id)
                    : new WriteResult(WriteOutcome.Duplicate, (byUrl ?? byText)?.Id
                        ?? throw new InvalidOperationException("An article was neither inserted nor found."));
            }
        }

        await using (var copy = await conn.BeginBinaryImportAsync(CopySegmentsSql, ct))
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (results[i].Outcome != WriteOutcome.Created) continue;
                var ordinal = 0;
                foreach (var s in items[i].Article.Analysis.Segments)
                {
                    await copy.StartRowAsync(ct);
                    await copy.WriteAsync(results[i].Id, NpgsqlDbType.Bigint, ct);
                    await copy.WriteAsync(ordinal++, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(ArticleIngestion.SegmentKindName(s.Kind), NpgsqlDbType.Text, ct);
                    await copy.WriteAsync(s.Start, NpgsqlDbType.Integer, ct);
                    await copy.WriteAsync(s.End, NpgsqlDbType.Integer, ct);
                }
            }
            await copy.CompleteAsync(ct);
        }

        var analyses = new List<StoredAnalysis>();
        for (var i = 0; i < items.Count; i++)
            if (results[i].Outcome == WriteOutcome.Created)
                analyses.Add(new StoredAnalysis(results[i].Id, items[i].Article.Text, items[i].Article.Scores, items[i].Article.Lexicons));
        await AnalysisStore.WriteAsync(conn, analyses, withCounts: true, ct);

        await using (var terms = await conn.BeginBinaryImportAsync(CopyTermsSql, ct))
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (results[i].Outcome != WriteOutcome.Created) continue;
                var counts = items[i].Article.Terms;
                await terms.StartRowAsync(ct);
                await terms.WriteAsync(results[i].Id, NpgsqlDbType.Bigint, ct);
                await terms.WriteAsync(counts.Keys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await terms.WriteAsync(counts.Values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer, ct);
            }
            await terms.CompleteAsync(ct);
        }

        await using (var shingles = await conn.BeginBinaryImportAsync(CopyShinglesSql, ct))
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (results[i].Outcome != WriteOutcome.Created) continue;
                foreach (var (hash, own) in items[i].Article.Shingles)
                    await shingles.WriteRowAsync(ct, results[i].Id, hash, own);
            }
            await shingles.CompleteAsync(ct);
        }

        return results;
    }

    static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

    static Task WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is { } v ? copy.WriteAsync(v, type, ct) : copy.WriteNullAsync(ct);

    public async Task<ArticleResponse?> FindAsync(long id, bool includeRaw, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var grid = await conn.QueryMultipleAsync(new CommandDefinition(FindSql, new { id, includeRaw }, cancellationToken: ct));
        var row = await grid.ReadSingleOrDefaultAsync<ArticleRow>();
        if (row is null) return null;
        var segments = (await grid.ReadAsync<SegmentResponse>()).ToList();
        return new ArticleResponse(row.Id, row.Source, row.Story, row.Url, row.Title, row.Author, row.PublishedAt, row.WordCount,
            row.ContentHash, row.CreatedAt, row.ContentType, row.Language, row.Text, segments, row.Raw);
    }

    public async Task<(IReadOnlyList<ArticleSummary> Items, long Total)> ListAsync(ArticleFilter f, int limit, int offset, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = (await conn.QueryAsync<SummaryRow>(new CommandDefinition(ListSql, new
        {
            sourceId = f.SourceId, storyId = f.StoryId, from = f.From?.UtcDateTime, to = f.To?.UtcDateTime, limit, offset,
        }, cancellationToken: ct))).ToList();
        var total = rows.Count > 0 ? rows[0].Total : 0;
        if (rows.Count == 0 && offset > 0)
            total = (await conn.QueryAsync<SummaryRow>(new CommandDefinition(ListSql, new
            {
                sourceId = f.SourceId, storyId = f.StoryId, from = f.From?.UtcDateTime, to = f.To?.UtcDateTime, limit = 1, offset = 0,
            }, cancellationToken: ct))).FirstOrDefault()?.Total ?? 0;
        return (rows.Select(r => r.ToSummary()).ToList(), total);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(DeleteSql, new { id }, cancellationToken: ct)) > 0;
    }

    sealed record KeyRow(long Id, string? Url, long SourceKey, byte[] ContentHash);

    sealed record ArticleRow(long Id, string? Source, string? Story, string? Url, string? Title, string? Author, DateTime? PublishedAt,
        int WordCount, string ContentHash, DateTime CreatedAt, string ContentType, string Language, string Text, string? Raw);

    sealed record SummaryRow(long Id, string? Source, string? Story, string? Url, string? Title, string? Author, DateTime? PublishedAt,
        int WordCount, string ContentHash, DateTime CreatedAt, long Total)
    {
        public ArticleSummary ToSummary() => new(Id, Source, Story, Url, Title, Author, PublishedAt, WordCount, ContentHash, CreatedAt);
    }
}
